// The treatment-plans migration adds its table and its down() takes exactly that away, on SQLite
// and (in the 'postgres' project) PostgreSQL.
import { Migrator } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MIGRATIONS, migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { openTempStore, type TempStore } from '../open-temp-store.ts';

let t: TempStore;
beforeEach(async () => {
  t = await openTempStore();
});
afterEach(async () => {
  await t.dispose();
});

it('adds treatment_plans with plain dates and encrypted content; down() removes it', async () => {
  const name = '2026-12-03-0002-treatment-plans';
  const db = t.store.db as never;
  const table = async (): Promise<string[] | undefined> => (await t.store.db.introspection.getTables()).find((x) => x.name === 'treatment_plans')?.columns.map((c) => c.name).sort();
  await migrateToLatest(db);
  expect(await table()).toEqual(['client_id', 'content_enc', 'created_at', 'id', 'review_date', 'signed_at', 'signed_by_credentials', 'signed_by_name', 'status', 'summary_enc', 'target_date', 'updated_at', 'user_id', 'version']);
  const names = Object.keys(MIGRATIONS);
  const previous = names[names.indexOf(name) - 1] as string;
  const upTo = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n <= name));
  await new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } }).migrateTo(name);
  const { error, results } = await new Migrator({ db, provider: { getMigrations: async () => upTo } }).migrateTo(previous);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([[name, 'Down', 'Success']]);
  expect(await table()).toBeUndefined();
});
