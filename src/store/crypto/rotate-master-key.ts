// Replaces the master key. Only the wrapped keys change (one row per user with data, plus the
// installation secret); no note, client or other clinical row is rewritten. A running server
// holds the old key in memory and would go on writing with it, so rotation refuses while one runs
// on the data folder (its mark file) or, on PostgreSQL, on the same database (its advisory lock,
// taken here exclusively for the whole transaction, so no server starts meanwhile either).
// The order makes a crash at any point recoverable:
//   1. the new key is written to `afterword.key.new` (0600, synced);
//   2. every wrapped key is rewritten, and a `rotate_key` audit event appended, in one
//      transaction (a crash before commit: the old key still opens everything, the stray .new
//      file opens nothing, and the log says nothing happened);
//   3. with a key file, `afterword.key.new` is renamed over `afterword.key` (a crash before this:
//      the next start finds that the old key fails, the .new key opens the database, and finishes
//      the rename; see open-installation-secret.ts).
// With AFTERWORD_KEY nothing is written to the environment: the new key stays in
// `afterword.key.new` for the person to move into AFTERWORD_KEY.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME, openStore } from '../open-store.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findRunningServer } from '../running-server/find-running-server.ts';
import { SERVER_LOCK_KEY } from '../running-server/mark-server-running.ts';
import { StartupError } from '../startup-error.ts';
import { KEY_FILE_NAME, PENDING_KEY_FILE_NAME } from './load-master-key.ts';

export interface RotateMasterKeyOptions {
  dataDir: string;
  /** postgres://... when the data lives in PostgreSQL. */
  databaseUrl?: string | undefined;
  /** The current key from AFTERWORD_KEY; absent: the key file in dataDir. */
  envKey?: string | undefined;
  /** Tests only: runs at a step (`rewrapped`: before commit; `committed`: before the rename), to simulate a crash there. */
  faultAt?: (step: 'rewrapped' | 'committed') => void;
}

export interface RotationReport {
  /** Wrapped keys rewritten: one per user who has stored data, plus the installation secret. */
  rewrapped: number;
  /** Where the new key is: the key file (done), or the pending file to move into AFTERWORD_KEY. */
  newKeyIn: { kind: 'key-file'; path: string } | { kind: 'pending-for-env'; path: string };
}

function writePrivateSynced(path: string, text: string): void {
  rmSync(path, { force: true });
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const SERVER_ON_DATABASE =
  'An Afterword server is using this PostgreSQL database, so the key was not changed. Stop every Afterword server that uses it, then run rotate-key again.';

function refuseIfServerRunning(dataDir: string): void {
  const running = findRunningServer(dataDir);
  if (!running) return;
  throw new StartupError(
    `Afterword is running on ${dataDir} (process ${running.pid}), so the key was not changed: stop it, then run rotate-key again. ` +
      `If no Afterword server is running, delete ${running.file} and try again.`,
  );
}

/**
 * Generates a new master key and rewraps every data key with it; stop Afterword first.
 * @example const report = await rotateMasterKey({ dataDir: './data' }); // report.rewrapped === users + 1
 */
export async function rotateMasterKey(options: RotateMasterKeyOptions): Promise<RotationReport> {
  if (!options.databaseUrl && !existsSync(join(options.dataDir, DATABASE_FILE_NAME))) {
    throw new StartupError(`There is no Afterword database in ${options.dataDir}: give its data folder with --data DIR (or AFTERWORD_DATA), or set DATABASE_URL for PostgreSQL.`);
  }
  refuseIfServerRunning(options.dataDir);
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, key: options.envKey });
  const pending = join(options.dataDir, PENDING_KEY_FILE_NAME);
  try {
    const next = randomBytes(32);
    const rewrapped = await store.transaction(async () => {
      if (store.dialect === 'postgres') {
        const { rows } = await sql<{ free: boolean }>`select pg_try_advisory_xact_lock(${SERVER_LOCK_KEY}) as free`.execute(store.db);
        if (!rows[0]?.free) throw new StartupError(SERVER_ON_DATABASE);
      }
      writePrivateSynced(pending, `${next.toString('base64')}\n`);
      syncFolder(options.dataDir);
      const count = await store.keys.rewrap(next);
      // No user: the command is run on the machine, outside any sign-in.
      await appendAuditEvent(store, { userId: null, action: 'rotate_key', entity: 'master_key' });
      options.faultAt?.('rewrapped');
      return count;
    });
    options.faultAt?.('committed');
    if (options.envKey) return { rewrapped, newKeyIn: { kind: 'pending-for-env', path: pending } };
    const keyFile = join(options.dataDir, KEY_FILE_NAME);
    renameSync(pending, keyFile);
    syncFolder(options.dataDir);
    return { rewrapped, newKeyIn: { kind: 'key-file', path: keyFile } };
  } finally {
    await store.close();
  }
}
