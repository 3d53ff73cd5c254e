// One empty database per migration test: a fresh PostgreSQL database in the 'postgres' project, a
// temporary SQLite file otherwise; destroyed after each test. Plus the migration lists a test of
// one migration needs: those before it, and those up to and including it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, type Migration } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { createPostgresDialect } from '../../src/store/dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from '../../src/store/dialects/create-sqlite-dialect.ts';
import { MIGRATIONS } from '../../src/store/migrations/migrate-to-latest.ts';
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
