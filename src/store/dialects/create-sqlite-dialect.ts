// SQLite through better-sqlite3: one file, WAL mode so readers never wait for the writer and
// several server processes can share the file.
import { closeSync, openSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { type DialectAdapter, SqliteAdapter, SqliteDialect } from 'kysely';

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
  return new AfterwordSqliteDialect({ database });
}
