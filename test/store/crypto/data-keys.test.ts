// Per-user data keys, on a real SQLite file and (in the 'postgres' project) PostgreSQL: each
// clinician's rows are encrypted with their own key, named in every ciphertext; a second
// process reads and writes a user created after it started; every encrypted column is covered
// by the one-time re-encryption; a database written before per-user keys opens and is converted.
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClient, getNote, KEY_FILE_NAME, updateNote } from '#store';
import { createPostgresDialect } from '../../../src/store/dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from '../../../src/store/dialects/create-sqlite-dialect.ts';
import { ENCRYPTED_TABLES } from '../../../src/store/crypto/encrypted-columns.ts';
import { wrapKey, wrappingKey } from '../../../src/store/crypto/wrap-key.ts';
import { migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { migrationsBefore } from '../../support/migration-database.ts';
import { documentSaying, type PracticeData, practiceData, seedTwoClinicians } from './practice-data.ts';

let data: PracticeData;
beforeEach(async () => {
  data = await practiceData();
});
afterEach(() => data.dispose());

const keyIdOf = (stored: string | null): string | undefined => /^k1\.([^.]+)\./.exec(stored ?? '')?.[1];

describe('per-user data keys', () => {
  it('encrypts each clinician’s notes and clients with their own key, named in every value', async () => {
    const store = await data.open();
    try {
      const notes = await seedTwoClinicians(store, 2);
      const [ada, bo] = [notes[0]?.userId, notes.at(-1)?.userId];
      const rows = await store.db.selectFrom('notes').select(['user_id', 'summary_enc', 'document_enc', 'glance_enc']).execute();
      const clients = await store.db.selectFrom('clients').select(['user_id', 'display_name_enc', 'context_enc']).execute();
      const keys = await store.db.selectFrom('data_keys').select(['id', 'user_id', 'wrapped_key']).execute();
      const keyOf = (userId: string | undefined): string | undefined => keys.find((k) => k.user_id === userId)?.id;
      expect(keyOf(ada)).toBeDefined();
      expect(keyOf(bo)).toBeDefined();
      expect(keyOf(ada)).not.toBe(keyOf(bo));
      for (const row of rows) for (const value of [row.summary_enc, row.document_enc, row.glance_enc]) expect(keyIdOf(value)).toBe(keyOf(row.user_id));
      for (const row of clients) for (const value of [row.display_name_enc, row.context_enc]) expect(keyIdOf(value)).toBe(keyOf(row.user_id));
      // Stored wrapped: the installation secret and two user keys, none in the clear.
      expect(keys).toHaveLength(3);
      for (const k of keys) expect(k.wrapped_key).toMatch(/^w1\./);
    } finally {
      await store.close();
    }
  });

  it('a second process reads and edits the notes of a user created after it started', async () => {
    const first = await data.open();
    const second = await data.open();
    try {
      const [note] = await seedTwoClinicians(first, 1);
      if (!note) throw new Error('no note seeded');
      expect((await getNote(second, note.userId, note.noteId)).summary).toBe(note.summary);
      await updateNote(second, note.userId, note.noteId, { summary: 'Edited in the second process.' });
      expect((await getNote(first, note.userId, note.noteId)).summary).toBe('Edited in the second process.');
      // Both processes used the one key of that user.
      expect(await second.db.selectFrom('data_keys').select('id').where('user_id', '=', note.userId).execute()).toHaveLength(1);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('refuses to start when a user’s key was wrapped under another master key, saying how that happens', async () => {
    const store = await data.open();
    try {
      const [note] = await seedTwoClinicians(store, 1);
      const row = await store.db.selectFrom('data_keys').select('id').where('user_id', '=', note?.userId as string).executeTakeFirstOrThrow();
      // What a server still running with the old key during rotate-key would have written.
      await store.db.updateTable('data_keys').set({ wrapped_key: wrapKey(wrappingKey(randomBytes(32)), row.id, randomBytes(32)) }).where('id', '=', row.id).execute();
    } finally {
      await store.close();
    }
    await expect(data.open()).rejects.toThrow(/does not open with the master key in use.*kept running during afterword rotate-key/);
  });

  it('lists every encrypted column of the schema for the one-time re-encryption', async () => {
    const store = await data.open();
    try {
      const inSchema = (await store.db.introspection.getTables())
        .flatMap((t) => t.columns.filter((c) => c.name.endsWith('_enc')).map((c) => `${t.name}.${c.name.slice(0, -4)}`))
        .filter((name) => name !== 'key_check.value')
        .sort();
      const listed = ENCRYPTED_TABLES.flatMap((t) => t.columns.map((c) => `${t.table}.${c}`)).sort();
      expect(listed).toEqual(inSchema);
    } finally {
      await store.close();
    }
  });
});

// The format rows had before per-user keys (create-field-cipher.ts until 2026-12-04): one key
// derived from the master key, `v1.<iv>.<ciphertext+tag>`, AAD table:row:column.
function sealedTheOldWay(master: Buffer, text: string, at: string): string {
  const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'afterword field encryption v1', 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(at, 'utf8'));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

describe('a database written before per-user keys', () => {
  it('opens with its key; its rows are re-encrypted under each owner’s key and read back unchanged', async () => {
    const master = randomBytes(32);
    writeFileSync(join(data.dataDir, KEY_FILE_NAME), `${master.toString('base64')}\n`, { mode: 0o600 });
    // biome-ignore lint/suspicious/noExplicitAny: written against the schema of the time, no type
    const db: Kysely<any> = new Kysely({
      dialect: data.databaseUrl ? await createPostgresDialect(data.databaseUrl) : createSqliteDialect(join(data.dataDir, 'afterword.db')),
    });
    const at = '2026-11-30T10:00:00.000Z';
    const users = ['u-ada', 'u-bo'];
    try {
      await migrateToLatest(db, { migrations: migrationsBefore('2026-12-04-0201-user-data-keys') });
      await db.insertInto('key_check').values({ id: 'master', value_enc: sealedTheOldWay(master, 'afterword key check v1', 'key_check:master:value') }).execute();
      for (const id of users) {
        await db
          .insertInto('users')
          .values({ id, email: `${id}@example.org`, name: id, credentials: 'LCSW', role: 'clinician', password_hash: 'x', totp_enabled: 0, created_at: at })
          .execute();
        await db
          .insertInto('clients')
          .values({ id: `c-${id}`, user_id: id, display_name_enc: sealedTheOldWay(master, `Client of ${id}`, `clients:c-${id}:display_name`), created_at: at, updated_at: at })
          .execute();
        const summary = `Summary written by ${id}.`;
        await db
          .insertInto('notes')
          .values({
            id: `n-${id}`,
            user_id: id,
            client_id: `c-${id}`,
            format: 'soap',
            status: 'draft',
            summary_enc: sealedTheOldWay(master, summary, `notes:n-${id}:summary`),
            document_enc: sealedTheOldWay(master, JSON.stringify(documentSaying(summary)), `notes:n-${id}:document`),
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
    } finally {
      await db.destroy();
    }

    const store = await data.open();
    try {
      for (const id of users) {
        expect((await getNote(store, id, `n-${id}`)).summary).toBe(`Summary written by ${id}.`);
        expect((await getClient(store, id, `c-${id}`)).displayName).toBe(`Client of ${id}`);
      }
      const rows = await store.db.selectFrom('notes').select(['user_id', 'summary_enc', 'document_enc']).execute();
      const keyIds = new Set(rows.map((r) => keyIdOf(r.summary_enc)));
      expect(keyIds.size).toBe(2);
      for (const row of rows) expect(keyIdOf(row.document_enc)).toBe(keyIdOf(row.summary_enc));
      expect(await store.db.selectFrom('key_check').selectAll().execute()).toEqual([]);
    } finally {
      await store.close();
    }
    // A wrong key is still refused once converted.
    await expect(data.open(randomBytes(32).toString('base64'))).rejects.toThrow(/does not match this database/);
  });

  it('refuses a wrong key before converting anything', async () => {
    const master = randomBytes(32);
    // biome-ignore lint/suspicious/noExplicitAny: see above
    const db: Kysely<any> = new Kysely({
      dialect: data.databaseUrl ? await createPostgresDialect(data.databaseUrl) : createSqliteDialect(join(data.dataDir, 'afterword.db')),
    });
    try {
      await migrateToLatest(db, { migrations: migrationsBefore('2026-12-04-0201-user-data-keys') });
      await db.insertInto('key_check').values({ id: 'master', value_enc: sealedTheOldWay(master, 'afterword key check v1', 'key_check:master:value') }).execute();
    } finally {
      await db.destroy();
    }
    await expect(data.open(randomBytes(32).toString('base64'))).rejects.toThrow(/does not match this database/);
    const store = await data.open(master.toString('base64'));
    await store.close();
  });
});
