// SQLite through better-sqlite3: one file, WAL mode so readers never wait for the writer and
// several server processes can share the file.
import { closeSync, openSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

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
  return new SqliteDialect({ database });
}
