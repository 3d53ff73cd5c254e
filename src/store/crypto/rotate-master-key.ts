// Replaces the master key. Only the wrapped keys change (one row per user with data, plus the
// installation secret); no note, client or other clinical row is rewritten. The order makes a
// crash at any point recoverable:
//   1. the new key is written to `afterword.key.new` (0600, synced);
//   2. every wrapped key is rewritten in one transaction (a crash before commit: the old key
//      still opens everything, the stray .new file opens nothing);
//   3. with a key file, `afterword.key.new` is renamed over `afterword.key` (a crash before this:
//      the next start finds that the old key fails, the .new key opens the database, and finishes
//      the rename; see open-installation-secret.ts).
// With AFTERWORD_KEY nothing is written to the environment: the new key stays in
// `afterword.key.new` for the person to move into AFTERWORD_KEY.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME, openStore } from '../open-store.ts';
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

/**
 * Generates a new master key and rewraps every data key with it; stop Afterword first.
 * @example const report = await rotateMasterKey({ dataDir: './data' }); // report.rewrapped === users + 1
 */
export async function rotateMasterKey(options: RotateMasterKeyOptions): Promise<RotationReport> {
  if (!options.databaseUrl && !existsSync(join(options.dataDir, DATABASE_FILE_NAME))) {
    throw new StartupError(`There is no Afterword database in ${options.dataDir}: give its data folder with --data DIR (or AFTERWORD_DATA), or set DATABASE_URL for PostgreSQL.`);
  }
  const store = await openStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, key: options.envKey });
  const pending = join(options.dataDir, PENDING_KEY_FILE_NAME);
  try {
    const next = randomBytes(32);
    writePrivateSynced(pending, `${next.toString('base64')}\n`);
    syncFolder(options.dataDir);
    const rewrapped = await store.transaction(async () => {
      const count = await store.keys.rewrap(next);
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
