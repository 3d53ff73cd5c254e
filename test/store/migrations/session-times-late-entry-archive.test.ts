// The session-times / late-entry / archive migration adds its columns and its down() removes
// exactly them, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { Migrator } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { migrationsBefore, migrationDatabasePerTest } from '../../support/migration-database.ts';

const database = migrationDatabasePerTest();

async function columns(): Promise<Record<string, string[]>> {
  const db = database();
  const tables = await db.introspection.getTables();
  return Object.fromEntries(tables.filter((t) => ['notes', 'clients', 'user_settings'].includes(t.name)).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

it('adds the session times, the late-entry columns and archived_at; down() takes exactly them away', async () => {
  const db = database();
  const name = '2026-12-02-0001-session-times-late-entry-archive';
  const before = migrationsBefore(name);
  // Up to this migration, not the latest: later migrations add columns of their own.
  const upTo = migrationsBefore(name, { through: true });
  await migrateToLatest(db, { migrations: before });
  const without = await columns();
  await migrateToLatest(db, { migrations: upTo });
  const withIt = await columns();
  expect(withIt.notes).toEqual([...(without.notes ?? []), 'session_start_time', 'session_end_time', 'session_minutes', 'signed_local_date', 'late_entry'].sort());
  expect(withIt.clients).toEqual([...(without.clients ?? []), 'archived_at'].sort());
  expect(withIt.user_settings).toEqual([...(without.user_settings ?? []), 'late_entry_hours'].sort());

  const migrator = new Migrator({ db, provider: { getMigrations: async () => upTo } });
  const { error, results } = await migrator.migrateTo(Object.keys(before).at(-1)!);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([[name, 'Down', 'Success']]);
  expect(await columns()).toEqual(without);
});
