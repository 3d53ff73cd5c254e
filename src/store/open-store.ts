// Opens the store: picks the dialect, runs migrations, loads the key. Callers only see `Store`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Dialect, Kysely } from 'kysely';
import { type AuditCheckpointFile, createAuditCheckpointFile } from './audit/audit-checkpoint.ts';
import { type AuditSigner, createAuditSigner } from './audit/compute-audit-hash.ts';
import { upgradeAuditChain } from './audit/upgrade-audit-chain.ts';
import { adoptDataKeys } from './crypto/adopt-data-keys.ts';
import { databaseHasKey } from './crypto/check-key.ts';
import { createFieldCipher, type FieldCipher } from './crypto/create-field-cipher.ts';
import { createKeyRing, dataKeyLoader, type KeyRing } from './crypto/key-ring.ts';
import { loadMasterKey } from './crypto/load-master-key.ts';
import { openInstallationSecret } from './crypto/open-installation-secret.ts';
import { wrappingKey } from './crypto/wrap-key.ts';
import type { Database } from './database.ts';
import { createPostgresDialect } from './dialects/create-postgres-dialect.ts';
import { createSqliteDialect } from './dialects/create-sqlite-dialect.ts';
import { migrateToLatest } from './migrations/migrate-to-latest.ts';
import { StartupError } from './startup-error.ts';
import { indexUnindexedNotes } from './notes/index-note.ts';
import { createAmbientTransactions } from './transactions/ambient-transaction.ts';

export interface Store {
  /** The current transaction inside `transaction(fn)`, else the database. */
  readonly db: Kysely<Database>;
  cipher: FieldCipher;
  /** Each user's data key (created on first write), unwrapped; `keys.forUser(id)` before `cipher.encrypt`. */
  keys: KeyRing;
  dialect: 'sqlite' | 'postgres';
  dataDir: string;
  /**
   * Runs `fn` in one database transaction that every store call inside it joins (nested calls
   * join the outer one). Runs it again if an audit append lost a race for the chain's tip.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Runs `work` after the current transaction commits (at once outside a transaction). */
  afterCommit(work: () => Promise<void>): Promise<void>;
  auditSigner: AuditSigner;
  auditCheckpoint: AuditCheckpointFile;
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
  let keys: KeyRing | undefined;
  const root = new Kysely<Database>({ dialect });
  const db = root.withPlugin(dataKeyLoader(() => keys));
  // Keys another process created are loaded while a query may hold SQLite's one connection (or
  // a PostgreSQL transaction): SQLite gets a second connection for that, PostgreSQL the pool.
  let sqliteLoader: Kysely<Database> | undefined;
  const loaderDb = (): Kysely<Database> => {
    if (usePostgres) return root;
    sqliteLoader ??= new Kysely<Database>({ dialect: createSqliteDialect(join(options.dataDir, DATABASE_FILE_NAME)) });
    return sqliteLoader;
  };
  const closeAll = async (): Promise<void> => {
    await sqliteLoader?.destroy();
    await db.destroy();
  };
  let store: Store;
  try {
    await migrateToLatest(db as Kysely<unknown>);
    const now = options.now ?? (() => new Date());
    // The database is read first so that a missing key file is an error for a database that
    // already holds data, and a new key only for a new one.
    const opened = await openInstallationSecret({
      db,
      masterKey: loadMasterKey({ dataDir: options.dataDir, envKey: options.key, databaseExists: await databaseHasKey(db) }),
      fromEnv: Boolean(options.key),
      dataDir: options.dataDir,
      now: now(),
    });
    const ambient = createAmbientTransactions(db);
    const ring = createKeyRing({ kek: wrappingKey(opened.masterKey), db: () => ambient.current(), loaderDb, afterCommit: (work) => ambient.afterCommit(work), now });
    // Every key unwrapped now, so one wrapped under another master key stops the start, not a request.
    await ring.load((await db.selectFrom('data_keys').select('id').where('user_id', 'is not', null).execute()).map((r) => r.id)).catch((error: unknown) => {
      throw new StartupError(
        `${error instanceof Error ? error.message : 'A data key does not open'}. A server that kept running during afterword rotate-key may have added it; the data it encrypts cannot be read with this key.`,
        { cause: error },
      );
    });
    keys = ring;
    const cipher = createFieldCipher(opened.installationSecret, ring);
    const auditSigner = createAuditSigner(opened.installationSecret);
    store = {
      get db() {
        return ambient.current();
      },
      cipher,
      keys: ring,
      dialect: usePostgres ? 'postgres' : 'sqlite',
      dataDir: options.dataDir,
      transaction: (fn) => ambient.run(fn),
      afterCommit: (work) => ambient.afterCommit(work),
      auditSigner,
      auditCheckpoint: createAuditCheckpointFile({ dataDir: options.dataDir, signer: auditSigner, now }),
      now,
      close: closeAll,
    };
    await adoptDataKeys(store);
    await upgradeAuditChain(store);
    await indexUnindexedNotes(store);
  } catch (error) {
    await closeAll();
    throw error;
  }
  return store;
}
