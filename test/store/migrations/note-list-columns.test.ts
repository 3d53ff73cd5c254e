// The note list columns migration adds its columns, the search index table and the list index,
// fills list_date for notes already there (the backfill after it), and its down() removes exactly
// what it added, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createPostgresDialect } from '../../../src/store/dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from '../../../src/store/dialects/create-sqlite-dialect.ts';
import { MIGRATIONS, migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { freshPostgresDatabase } from '../../support/fresh-postgres-database.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no schema type
let db: Kysely<any>;
let cleanup: () => void = () => {};

beforeEach(async () => {
  const databaseUrl = await freshPostgresDatabase();
  if (databaseUrl) db = new Kysely({ dialect: await createPostgresDialect(databaseUrl) });
  else {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-migrate-'));
    db = new Kysely({ dialect: createSqliteDialect(join(dir, 'afterword.db')) });
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  }
});

afterEach(async () => {
  await db.destroy();
  cleanup();
});

async function schema(): Promise<Record<string, string[]>> {
  const tables = await db.introspection.getTables();
  return Object.fromEntries(tables.filter((t) => ['notes', 'note_terms'].includes(t.name)).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

it('adds list_date, glance_enc, indexed_version and note_terms, fills list_date of existing notes, and down() takes exactly them away', async () => {
  const name = '2026-12-03-0005-note-list-columns';
  const backfill = '2026-12-03-0006-note-list-date-backfill';
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < name));
  const through = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n <= backfill));
  await migrateToLatest(db, { migrations: before });
  const without = await schema();
  await db.insertInto('users').values({ id: 'u1', email: 'a@example.org', name: 'A', credentials: '', role: 'owner', password_hash: 'x', totp_enabled: 0, created_at: '2026-01-01T00:00:00.000Z' }).execute();
  const note = { user_id: 'u1', format: 'soap', status: 'draft', document_enc: 'v1.x.y', updated_at: '2026-03-01T09:00:00.000Z' };
  await db.insertInto('notes').values({ ...note, id: 'dated', session_date: '2026-02-27', created_at: '2026-03-01T09:00:00.000Z' }).execute();
  await db.insertInto('notes').values({ ...note, id: 'undated', session_date: null, created_at: '2026-03-01T09:00:00.000Z' }).execute();

  await migrateToLatest(db, { migrations: through });
  const withIt = await schema();
  expect(withIt.notes).toEqual([...(without.notes ?? []), 'list_date', 'glance_enc', 'indexed_version'].sort());
  expect(withIt.note_terms).toEqual(['note_id', 'term']);
  const rows = await db.selectFrom('notes').select(['id', 'list_date', 'indexed_version']).orderBy('id').execute();
  expect(rows).toEqual([
    { id: 'dated', list_date: '2026-02-27', indexed_version: null },
    { id: 'undated', list_date: '2026-03-01', indexed_version: null },
  ]);

  const migrator = new Migrator({ db, provider: { getMigrations: async () => through } });
  const { error, results } = await migrator.migrateTo(Object.keys(before).at(-1) as string);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([
    [backfill, 'Down', 'Success'],
    [name, 'Down', 'Success'],
  ]);
  expect(await schema()).toEqual(without);
});
