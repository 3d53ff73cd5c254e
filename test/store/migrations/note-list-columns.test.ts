// The note list columns migration adds its columns, the search index table and the list index,
// fills list_date for notes already there (the backfill after it), and its down() removes exactly
// what it added, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { Migrator } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { migrationsBefore, migrationDatabasePerTest } from '../../support/migration-database.ts';

const database = migrationDatabasePerTest();

async function schema(): Promise<Record<string, string[]>> {
  const db = database();
  const tables = await db.introspection.getTables();
  return Object.fromEntries(tables.filter((t) => ['notes', 'note_terms'].includes(t.name)).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

it('adds list_date, glance_enc, indexed_version and note_terms, fills list_date of existing notes, and down() takes exactly them away', async () => {
  const db = database();
  const name = '2026-12-03-0005-note-list-columns';
  const backfill = '2026-12-03-0006-note-list-date-backfill';
  const before = migrationsBefore(name);
  const through = migrationsBefore(backfill, { through: true });
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
