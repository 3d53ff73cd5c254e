// A migration that fails halfway leaves no partial schema: each migration commits whole or not at
// all, on SQLite (this file in the 'sqlite' project) and on PostgreSQL (the 'postgres' project).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, type Migration, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresDialect } from '../../../src/store/dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from '../../../src/store/dialects/create-sqlite-dialect.ts';
import { MIGRATIONS, migrateToLatest } from '../../../src/store/migrations/migrate-to-latest.ts';
import { freshPostgresDatabase } from '../../support/fresh-postgres-database.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against no schema type
type AnyDb = Kysely<any>;

const createTallies: Migration = {
  async up(db: AnyDb) {
    await db.schema.createTable('tallies').addColumn('id', 'text', (c) => c.primaryKey()).execute();
  },
};

/** Creates a table, adds a column, writes a row, then fails: none of it may remain. */
function halfway(options: { fails: boolean }): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.createTable('half_done').addColumn('id', 'text', (c) => c.primaryKey()).execute();
      await db.schema.alterTable('tallies').addColumn('extra', 'text').execute();
      await db.insertInto('tallies').values({ id: 'written-before-the-failure' }).execute();
      if (options.fails) await sql`insert into no_such_table values (1)`.execute(db);
    },
  };
}

let db: AnyDb;
let dialectName: string;
let cleanup: () => void = () => {};

beforeEach(async () => {
  const databaseUrl = await freshPostgresDatabase();
  if (databaseUrl) {
    dialectName = 'postgres';
    db = new Kysely({ dialect: await createPostgresDialect(databaseUrl) });
  } else {
    dialectName = 'sqlite';
    const dir = mkdtempSync(join(tmpdir(), 'afterword-migrate-'));
    db = new Kysely({ dialect: createSqliteDialect(join(dir, 'afterword.db')) });
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  }
});

afterEach(async () => {
  await db.destroy();
  cleanup();
});

async function tables(): Promise<Map<string, string[]>> {
  const found = await db.introspection.getTables();
  return new Map(found.map((t) => [t.name, t.columns.map((c) => c.name)]));
}

async function applied(): Promise<string[]> {
  const rows = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
  return rows.map((r) => r.name as string);
}

describe('migrations are atomic', () => {
  it('a migration failing halfway is rolled back whole; the one before it stays; fixed, it applies', async () => {
    const failing = { '0001-tallies': createTallies, '0002-halfway': halfway({ fails: true }) };
    await expect(migrateToLatest(db, { migrations: failing })).rejects.toThrow(/migration 0002-halfway failed and was rolled back/);

    const after = await tables();
    expect(after.has('half_done'), `${dialectName}: the table the failed migration created`).toBe(false);
    expect(after.get('tallies'), `${dialectName}: the column the failed migration added`).toEqual(['id']);
    expect(await db.selectFrom('tallies').selectAll().execute(), `${dialectName}: the row it wrote`).toEqual([]);
    expect(await applied()).toEqual(['0001-tallies']);

    await migrateToLatest(db, { migrations: { ...failing, '0002-halfway': halfway({ fails: false }) } });
    expect((await tables()).get('tallies')?.sort()).toEqual(['extra', 'id']);
    expect(await applied()).toEqual(['0001-tallies', '0002-halfway']);
  });

  it("the app's schema survives a later migration that fails halfway", async () => {
    await migrateToLatest(db);
    const before = await tables();
    expect([...before.keys()]).toEqual(expect.arrayContaining(['users', 'notes', 'audit_events', 'key_check']));

    const later = { ...MIGRATIONS, '2999-01-01-0001-tallies': createTallies, '2999-01-01-0002-halfway': halfway({ fails: true }) };
    await expect(migrateToLatest(db, { migrations: later })).rejects.toThrow(/2999-01-01-0002-halfway failed/);
    const after = await tables();
    expect(after.has('half_done')).toBe(false);
    expect(after.get('tallies')).toEqual(['id']);
    for (const [name, columns] of before) expect(after.get(name), name).toEqual(columns);
  });
});
