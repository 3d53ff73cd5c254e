// SQLite through better-sqlite3: one file, WAL mode so readers never wait for the writer and
// several server processes can share the file.
import { closeSync, openSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { type DialectAdapter, SqliteAdapter, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';

/** Compiled statements kept per connection: enough for every query the app writes, bounded for `in (...)` lists of varying length. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; SQLite's parse and plan cost more than many of our reads.
 * This keeps compiled statements by their SQL text and reuses them. Safe because Kysely runs one
 * query at a time per connection (its mutex), so a statement is never used twice at once, and
 * SQLite re-prepares a statement by itself after a schema change.
 */
function reusePreparedStatements(database: SqliteDatabase, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last, so eviction drops the least recently used.
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, so its migrator
 * would run migrations without one and a migration failing halfway would leave half a schema.
 * This adapter says it does; the migrator is the only reader of the flag. (A future migration
 * that must toggle `PRAGMA foreign_keys`, which is a no-op inside a transaction, has to do so
 * outside the migrator.)
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AfterwordSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export function createSqliteDialect(file: string): SqliteDialect {
  // Created 0600 like the key file, before SQLite opens it: SQLite gives its -wal and -shm files
  // the database file's mode, so they are private too.
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const database = new BetterSqlite3(file, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // Deleted clinical text should not linger in free pages of the file.
  database.pragma('secure_delete = ON');
  return new AfterwordSqliteDialect({ database: reusePreparedStatements(database) });
}
