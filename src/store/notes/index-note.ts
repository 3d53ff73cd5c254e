// Keeps a note's list columns and search terms in step with its document: what a list row shows
// of the content (glance, encrypted) and one keyed hash per distinct word (search/term-hash.ts).
// Written with every change of the document, in the same transaction; notes written before this
// existed are filled at start-up (indexUnindexedNotes).
import { sealJson } from '../crypto/seal-field.ts';
import { openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { searchWords } from '../search/search-words.ts';
import { termHash } from '../search/term-hash.ts';
import { noteGlance } from './note-glance.ts';
import type { StoredDocument } from './note-view.ts';

/** Bump when what is indexed changes: rows with an older version are indexed again at start-up. */
export const INDEX_VERSION = 1;
const INSERT_CHUNK = 400;

export interface IndexNoteOptions {
  noteId: string;
  userId: string;
  document: StoredDocument | null;
}

/** The words a note is found by: its sections' titles, text and sentences (an edited sentence may be newer than its section's text). */
export function noteText(document: StoredDocument | null): string {
  return (document?.sections ?? []).map((s) => [s.title, s.text, ...s.sentences.map((x) => x.text)].join('\n')).join('\n');
}

/** Replaces the note's glance and search terms. */
export async function indexNote(store: Store, options: IndexNoteOptions): Promise<void> {
  const { noteId, userId, document } = options;
  await store.transaction(async () => {
    await store.db
      .updateTable('notes')
      .set({ glance_enc: await sealJson(store, userId, 'notes', noteId, 'glance', noteGlance(document)), indexed_version: INDEX_VERSION })
      .where('id', '=', noteId)
      .execute();
    await store.db.deleteFrom('note_terms').where('note_id', '=', noteId).execute();
    const rows = searchWords(noteText(document)).map((word) => ({ term: termHash(store, userId, word), note_id: noteId }));
    // Two words may share a hash prefix only by a 2^-96 accident; dedupe anyway so the insert cannot fail.
    const unique = [...new Map(rows.map((r) => [r.term, r])).values()];
    for (let i = 0; i < unique.length; i += INSERT_CHUNK) {
      await store.db.insertInto('note_terms').values(unique.slice(i, i + INSERT_CHUNK)).execute();
    }
  });
}

/**
 * Indexes notes written before the index (or under an older INDEX_VERSION), a batch per
 * transaction. Run at start-up; a second process running it at the same time only redoes work.
 * @example await indexUnindexedNotes(store); // { indexed: 12000 }
 */
export async function indexUnindexedNotes(store: Store, batchSize = 500): Promise<{ indexed: number }> {
  let indexed = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('notes')
      .select(['id', 'user_id', 'document_enc'])
      .where((eb) => eb.or([eb('indexed_version', 'is', null), eb('indexed_version', '<', INDEX_VERSION)]))
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return { indexed };
    await store.transaction(async () => {
      for (const row of rows) {
        const document = openJson<StoredDocument>(store, 'notes', row.id, 'document', row.document_enc);
        await indexNote(store, { noteId: row.id, userId: row.user_id, document });
      }
    });
    indexed += rows.length;
  }
}
