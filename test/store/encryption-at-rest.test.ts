import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, createNote, createUser, getNote, KEY_FILE_NAME, type StoredDocument } from '#store';
import { openTempStore, type TempStore } from './open-temp-store.ts';

const PHRASE = 'marmalade lighthouse panic attacks';
const NAME = 'Philippa Quenby-Arkwright';

function documentSaying(text: string): StoredDocument {
  return {
    format: 'soap',
    sections: [{ key: 'subjective', title: 'Subjective', text, sentences: [{ text, source: [{ origin: 'summary', start: 0, end: text.length }] }] }],
    risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
    warnings: [],
  };
}

describe('encryption at rest', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('keeps the key file private to its owner', () => {
    expect(statSync(join(t.dataDir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
  });

  it('a stolen database file (with its WAL) does not contain the note text or the real name', async () => {
    const user = await createUser(t.store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' });
    const client = await createClient(t.store, user.id, { displayName: 'P.Q.', realName: NAME, context: `context ${PHRASE}` });
    const note = await createNote(t.store, {
      userId: user.id,
      clientId: client.id,
      format: 'soap',
      summary: `Client described ${PHRASE} this week.`,
      worksheet: { goals: [`reduce ${PHRASE}`] },
      document: documentSaying(`Client reported ${PHRASE}.`),
    });

    // The store reads it back...
    const read = await getNote(t.store, user.id, note.id);
    expect(read.summary).toContain(PHRASE);
    expect(read.document.sections[0]?.text).toContain(PHRASE);

    // ...but no file in the data folder holds it (database, WAL, shared memory).
    const files = readdirSync(t.dataDir).filter((f) => f.startsWith('afterword.db'));
    expect(files).toContain('afterword.db-wal');
    for (const file of files) {
      const raw = readFileSync(join(t.dataDir, file));
      for (const secret of [PHRASE, 'marmalade', NAME, 'Quenby']) {
        expect(raw.includes(Buffer.from(secret, 'utf8')), `${file} contains "${secret}"`).toBe(false);
        expect(raw.includes(Buffer.from(secret, 'utf16le')), `${file} contains "${secret}" (utf16)`).toBe(false);
      }
    }
  });

  it('refuses a ciphertext moved into another row', async () => {
    const user = await createUser(t.store, { email: 'a@example.org', name: 'Dr A', credentials: 'LCSW', role: 'owner', passwordHash: 'x' });
    const a = await createClient(t.store, user.id, { displayName: 'A', context: 'first' });
    const b = await createClient(t.store, user.id, { displayName: 'B', context: 'second' });
    const rowA = await t.store.db.selectFrom('clients').select('context_enc').where('id', '=', a.id).executeTakeFirstOrThrow();
    await t.store.db.updateTable('clients').set({ context_enc: rowA.context_enc }).where('id', '=', b.id).execute();
    const { getClient } = await import('#store');
    await expect(getClient(t.store, user.id, b.id)).rejects.toThrow(/failed authentication/);
  });
});

describe('the key', () => {
  it('refuses to open a database with a different key, and opens it with the right one', async () => {
    const { openStore } = await import('#store');
    const t = await openTempStore();
    const { readFileSync } = await import('node:fs');
    const key = readFileSync(join(t.dataDir, KEY_FILE_NAME), 'utf8').trim();
    await t.store.close();
    const otherKey = Buffer.alloc(32, 7).toString('base64');
    await expect(openStore({ dataDir: t.dataDir, key: otherKey })).rejects.toThrow(/key does not match/);
    const again = await openStore({ dataDir: t.dataDir, key });
    await again.close();
    const { rmSync } = await import('node:fs');
    rmSync(t.dataDir, { recursive: true, force: true });
  });
});
