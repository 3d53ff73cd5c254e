// Notes saved before the search index existed (or under an older index version) are indexed
// when the store opens: their list rows show a first line again and search finds them.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createNote, createUser, listNotes, type StoredDocument } from '#store';
import { indexUnindexedNotes } from '../../../src/store/notes/index-note.ts';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

let t: TempStore;
let userId: string;
const doc = (text: string): StoredDocument => ({
  format: 'soap',
  sections: [{ key: 'subjective', title: 'Subjective', text, sentences: [{ text, source: [] }] }],
  risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
  warnings: [],
});

beforeEach(async () => {
  t = await openTempStore();
  userId = (await createUser(t.store, { email: 'a@example.org', name: 'A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' })).id;
});
afterEach(async () => {
  await t.dispose();
});

it('indexes notes written before the index, and only those', async () => {
  const old = await createNote(t.store, { userId, format: 'soap', document: doc('Client described agoraphobia.') });
  const current = await createNote(t.store, { userId, format: 'soap', document: doc('Client described agoraphobia too.') });
  // As a note saved by the previous version is: no glance, no terms.
  await t.store.db.updateTable('notes').set({ glance_enc: null, indexed_version: null }).where('id', '=', old.id).execute();
  await t.store.db.deleteFrom('note_terms').where('note_id', '=', old.id).execute();
  expect((await listNotes(t.store, { userId, q: 'agoraphobia' })).notes.map((n) => n.id)).toEqual([current.id]);

  expect(await indexUnindexedNotes(t.store)).toEqual({ indexed: 1 });
  const { notes } = await listNotes(t.store, { userId, q: 'agoraphobia' });
  expect(notes.map((n) => n.id).sort()).toEqual([old.id, current.id].sort());
  expect(notes.find((n) => n.id === old.id)?.firstLine).toBe('Client described agoraphobia.');
  expect(await indexUnindexedNotes(t.store)).toEqual({ indexed: 0 });
});
