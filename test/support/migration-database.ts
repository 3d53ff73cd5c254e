// One empty database per migration test: a fresh PostgreSQL database in the 'postgres' project, a
// temporary SQLite file otherwise; destroyed after each test. Plus the migration lists a test of
// one migration needs: those before it, and those up to and including it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, type Migration, Migrator } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { createPostgresDialect } from '../../src/store/dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from '../../src/store/dialects/create-sqlite-dialect.ts';
import { MIGRATIONS, migrateToLatest } from '../../src/store/migrations/migrate-to-latest.ts';
import { freshPostgresDatabase } from './fresh-postgres-database.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no schema type
type AnyDb = Kysely<any>;

/** Registers the before/after hooks; call `db()` inside a test for that test's database. */
export function migrationDatabasePerTest(): () => AnyDb {
  let db: AnyDb | undefined;
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
    await db?.destroy();
    cleanup();
  });
  return () => db!;
}

/** The app's migrations named before `name` (`through`: and `name` itself), oldest first. */
export function migrationsBefore(name: string, { through = false } = {}): Record<string, Migration> {
  return Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => (through ? n <= name : n < name)));
}

/** Each table's column names, sorted, for the tables named. */
async function tableColumns(db: AnyDb, tables: readonly string[]): Promise<Record<string, string[]>> {
  const all = await db.introspection.getTables();
  return Object.fromEntries(all.filter((t) => tables.includes(t.name)).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

/**
 * Runs the migrations before `name`, then `name`, then its down(); answers the tables' columns at
 * each step and the down() results, for a test to assert what `name` added and that down() took exactly it.
 */
export async function upAndDown(db: AnyDb, name: string, tables: readonly string[]) {
  const before = migrationsBefore(name);
  const upTo = migrationsBefore(name, { through: true });
  await migrateToLatest(db, { migrations: before });
  const without = await tableColumns(db, tables);
  await migrateToLatest(db, { migrations: upTo });
  const withIt = await tableColumns(db, tables);
  const { error, results } = await new Migrator({ db, provider: { getMigrations: async () => upTo } }).migrateTo(Object.keys(before).at(-1)!);
  const afterDown = await tableColumns(db, tables);
  return { without, withIt, afterDown, error, steps: results?.map((r) => [r.migrationName, r.direction, r.status]) };
}
