// A running server says so, for `afterword rotate-key` (and anything else that must not run beside
// it) to see: a small file in the data folder naming its process, and, on PostgreSQL, a shared
// advisory lock held for the server's life on a connection of its own, so a server on another
// machine using the same database is seen too. Released when the server closes; a server that
// crashes leaves a file whose process is gone (ignored) and its lock ends with its connection.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files a running server writes in its data folder: afterword.server-<pid>-<random>.lock. */
export const SERVER_MARK_PREFIX = 'afterword.server-';
export const SERVER_MARK_SUFFIX = '.lock';
/** An arbitrary constant naming the "a server is running" advisory lock on PostgreSQL. */
export const SERVER_LOCK_KEY = 7_412_002;

export interface ServerMark {
  /** Removes the file and ends the lock (the server is closing). */
  release(): Promise<void>;
}

export interface MarkServerRunningOptions {
  dataDir: string;
  /** postgres://... when the data lives in PostgreSQL. */
  databaseUrl?: string | undefined;
}

/**
 * Marks this process as a server running on the data folder (and database) until `release`.
 * @example const mark = await markServerRunning({ dataDir: './data' }); // …serve…; await mark.release();
 */
export async function markServerRunning(options: MarkServerRunningOptions): Promise<ServerMark> {
  const file = join(options.dataDir, `${SERVER_MARK_PREFIX}${process.pid}-${randomBytes(4).toString('hex')}${SERVER_MARK_SUFFIX}`);
  writeFileSync(file, `${JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() })}\n`, { mode: 0o600 });
  let endLock = async (): Promise<void> => undefined;
  if (options.databaseUrl) {
    try {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      // Shared: several servers may run on one database; rotate-key asks for it exclusively.
      await client.query('select pg_advisory_lock_shared($1)', [SERVER_LOCK_KEY]);
      endLock = () => client.end();
    } catch (error) {
      rmSync(file, { force: true });
      throw error;
    }
  }
  return {
    async release() {
      rmSync(file, { force: true });
      await endLock();
    },
  };
}
