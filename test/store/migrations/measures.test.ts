// The measures migration adds the client_measures table and its down() removes exactly it, on
// SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
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

const tableColumns = async (): Promise<Record<string, string[]>> =>
  Object.fromEntries((await db.introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));

it('adds client_measures (answers sealed in measure_enc); down() removes exactly it', async () => {
  const name = '2026-12-03-0001-measures';
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < name));
  const upTo = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n <= name));
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
