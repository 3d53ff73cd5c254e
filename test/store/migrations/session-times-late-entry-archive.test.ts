// The session-times / late-entry / archive migration adds its columns and its down() removes
// exactly them, on SQLite (the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
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

async function columns(): Promise<Record<string, string[]>> {
  const tables = await db.introspection.getTables();
  return Object.fromEntries(tables.filter((t) => ['notes', 'clients', 'user_settings'].includes(t.name)).map((t) => [t.name, t.columns.map((c) => c.name).sort()]));
}

it('adds the session times, the late-entry columns and archived_at; down() takes exactly them away', async () => {
  const name = '2026-12-02-0001-session-times-late-entry-archive';
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n < name));
  // Up to this migration only: later ones add their own columns.
  const through = Object.fromEntries(Object.entries(MIGRATIONS).filter(([n]) => n <= name));
  await migrateToLatest(db, { migrations: before });
  const without = await columns();
  await migrateToLatest(db, { migrations: through });
  const withIt = await columns();
  expect(withIt.notes).toEqual([...(without.notes ?? []), 'session_start_time', 'session_end_time', 'session_minutes', 'signed_local_date', 'late_entry'].sort());
  expect(withIt.clients).toEqual([...(without.clients ?? []), 'archived_at'].sort());
  expect(withIt.user_settings).toEqual([...(without.user_settings ?? []), 'late_entry_hours'].sort());

  const migrator = new Migrator({ db, provider: { getMigrations: async () => through } });
  const { error, results } = await migrator.migrateTo(Object.keys(before).at(-1)!);
  expect(error).toBeUndefined();
  expect(results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([[name, 'Down', 'Success']]);
  expect(await columns()).toEqual(without);
});
