// The transcription-key migration adds user_settings.transcription_key_enc and its down() removes
// exactly it, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
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

it('adds user_settings.transcription_key_enc; down() takes exactly it away', async () => {
  const db = database();
  const name = '2026-12-04-0401-transcription-key';
  const before = migrationsBefore(name);
  const upTo = migrationsBefore(name, { through: true });
  await migrateToLatest(db, { migrations: before });
  const without = await columns();
  await migrateToLatest(db, { migrations: upTo });
  const withIt = await columns();
  expect(withIt.user_settings).toEqual([...(without.user_settings ?? []), 'transcription_key_enc'].sort());
  expect(withIt.notes).toEqual(without.notes);

  const migrator = new Migrator({ db, provider: { getMigrations: async () => upTo } });
  const { error, results } = await migrator.migrateTo(Object.keys(before).at(-1)!);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([[name, 'Down', 'Success']]);
  expect(await columns()).toEqual(without);
});
