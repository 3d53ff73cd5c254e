// The measures migration adds the client_measures table and its down() removes exactly it, on
// SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { Migrator } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { migrationsBefore, migrationDatabasePerTest } from '../../support/migration-database.ts';

const database = migrationDatabasePerTest();

const tableColumns = async (): Promise<Record<string, string[]>> =>
  Object.fromEntries((await database().introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));

it('adds client_measures (answers sealed in measure_enc); down() removes exactly it', async () => {
  const db = database();
  const name = '2026-12-03-0001-measures';
  const before = migrationsBefore(name);
  const upTo = migrationsBefore(name, { through: true });
  await migrateToLatest(db, { migrations: before });
  const without = await tableColumns();
  await migrateToLatest(db, { migrations: upTo });
  const withIt = await tableColumns();
  expect(withIt.client_measures).toEqual(['client_id', 'created_at', 'id', 'measure_enc', 'taken_on', 'user_id']);
  expect({ ...withIt, client_measures: undefined }).toEqual({ ...without, client_measures: undefined });

  const migrator = new Migrator({ db, provider: { getMigrations: async () => upTo } });
  const { error, results } = await migrator.migrateTo(Object.keys(before).at(-1)!);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([[name, 'Down', 'Success']]);
  expect(await tableColumns()).toEqual(without);
});
