// Opens the store: picks the dialect, runs migrations, loads the key. Callers only see `Store`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Dialect, Kysely } from 'kysely';
import { checkKey, databaseHasKey } from './crypto/check-key.ts';
import { createFieldCipher, type FieldCipher } from './crypto/create-field-cipher.ts';
import { loadMasterKey } from './crypto/load-master-key.ts';
import type { Database } from './database.ts';
import { createPostgresDialect } from './dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from './dialects/create-sqlite-dialect.ts';
import { migrateToLatest } from './migrations/migrate-to-latest.ts';

export interface Store {
  db: Kysely<Database>;
  cipher: FieldCipher;
  dialect: 'sqlite' | 'postgres';
  /** The clock every store operation uses; tests inject one to move time forward. */
  now(): Date;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  /** postgres://... to use PostgreSQL instead of <dataDir>/afterword.db. */
  databaseUrl?: string | undefined;
  /** Base64 master key; defaults to the key file in dataDir. */
  key?: string | undefined;
  now?: () => Date;
}

export const DATABASE_FILE_NAME = 'afterword.db';

/**
 * @example const store = await openStore({ dataDir: './data' }); ...; await store.close();
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const usePostgres = Boolean(options.databaseUrl);
  const dialect: Dialect = usePostgres
    ? await createPostgresDialect(options.databaseUrl as string)
    : createSqliteDialect(join(options.dataDir, DATABASE_FILE_NAME));
  const db = new Kysely<Database>({ dialect });
  let cipher: FieldCipher;
  try {
    await migrateToLatest(db as Kysely<unknown>);
    // The database is read first so that a missing key file is an error for a database that
    // already holds data, and a new key only for a new one.
    cipher = createFieldCipher(loadMasterKey({ dataDir: options.dataDir, envKey: options.key, databaseExists: await databaseHasKey(db) }));
    await checkKey(db, cipher);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    cipher,
    dialect: usePostgres ? 'postgres' : 'sqlite',
    now: options.now ?? (() => new Date()),
    close: () => db.destroy(),
  };
}
