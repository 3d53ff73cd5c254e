// The anchor of the audit chain outside the database: `<data>/audit-checkpoint.json` holds the
// head (row count and the hash of that row) and an HMAC of both under the audit key. Rows
// deleted from the end of the chain, or all of them, leave the chain shorter than the
// checkpoint, which verify-audit-chain.ts reports.
// Written after each commit that appended events (the commits of one event-loop turn share one write), via a
// temporary file and a rename so a crash never leaves half a file, mode 0600. It may lag the
// database (a crash between commit and write, or several processes on one PostgreSQL database,
// each writing its own data folder's file): verification asks only that the chain holds the
// checkpointed head at its position and is at least that long. It never moves backwards.
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { AuditSigner } from './compute-audit-hash.ts';

export const AUDIT_CHECKPOINT_FILE = 'audit-checkpoint.json';

interface AuditHead {
  count: number;
  hash: string;
  /** The first entry the commit that produced this head appended. */
  firstSeq: number;
}

const ZCheckpointFile = z.object({
  version: z.literal(1),
  count: z.number().int().min(0),
  /** The first entry appended while this file existed: a file started late (re-created, a new PostgreSQL host) cannot vouch for entries before it. */
  since: z.number().int().min(1),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  writtenAt: z.string(),
  mac: z.string(),
});
export type AuditCheckpoint = z.infer<typeof ZCheckpointFile>;

/**
 * The checkpoint as it stands, without checking it against the chain (for display).
 * @example describeAuditCheckpoint(store.auditCheckpoint) // { state: 'present', count: 42, since: 1, writtenAt: '2026-12-05T09:00:00.000Z' }
 */
export function describeAuditCheckpoint(file: AuditCheckpointFile): {
  state: 'present' | 'missing' | 'invalid';
  count: number | null;
  since: number | null;
  writtenAt: string | null;
} {
  const read = file.read();
  if (read.state !== 'present') return { state: read.state, count: null, since: null, writtenAt: null };
  const { count, since, writtenAt } = read.checkpoint;
  return { state: 'present', count, since, writtenAt };
}

type CheckpointRead = { state: 'present'; checkpoint: AuditCheckpoint } | { state: 'missing' } | { state: 'invalid'; reason: string };

export interface AuditCheckpointFile {
  path: string;
  read(): CheckpointRead;
  /**
   * Resolves once a checkpoint at least as new as `head` is on disk. Never rejects: the events
   * are committed already, so a failed write (disk full, folder not writable) leaves the
   * checkpoint lagging and is reported by `lastWriteError` and by verification instead.
   */
  record(head: AuditHead): Promise<void>;
  /** The error code of the last failed write, cleared by the next good one. */
  lastWriteError(): string | null;
}

export interface AuditCheckpointFileOptions {
  dataDir: string;
  signer: AuditSigner;
  now(): Date;
}

function signedText(c: Pick<AuditCheckpoint, 'count' | 'since' | 'headHash' | 'writtenAt'>): string {
  return JSON.stringify([1, c.count, c.since, c.headHash, c.writtenAt]);
}

export function createAuditCheckpointFile(options: AuditCheckpointFileOptions): AuditCheckpointFile {
  const path = join(options.dataDir, AUDIT_CHECKPOINT_FILE);
  let wanted: AuditHead | null = null;
  /** The lowest firstSeq recorded since the last write: where a new file starts vouching. */
  let oldestUnwritten = Number.POSITIVE_INFINITY;
  let written = 0;
  let scheduled: Promise<void> | null = null;
  let writeError: string | null = null;

  function read(): CheckpointRead {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
      return { state: 'invalid', reason: 'the checkpoint file cannot be read' };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { state: 'invalid', reason: 'the checkpoint file is not JSON' };
    }
    const checked = ZCheckpointFile.safeParse(parsed);
    if (!checked.success) return { state: 'invalid', reason: 'the checkpoint file is malformed' };
    if (checked.data.mac !== options.signer.signCheckpoint(signedText(checked.data))) {
      return { state: 'invalid', reason: 'the checkpoint signature does not match (edited, or written under another key)' };
    }
    return { state: 'present', checkpoint: checked.data };
  }

  function writeIfBehind(): void {
    const head = wanted;
    if (!head || head.count <= written) return;
    // Another process sharing this folder may have written a newer head: never go backwards.
    const current = read();
    if (current.state === 'present' && current.checkpoint.count >= head.count) {
      written = current.checkpoint.count;
      return;
    }
    const since = current.state === 'present' ? current.checkpoint.since : Math.min(oldestUnwritten, head.count);
    const body = { version: 1 as const, count: head.count, since, headHash: head.hash, writtenAt: options.now().toISOString() };
    const file = { ...body, mac: options.signer.signCheckpoint(signedText(body)) };
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      // Synchronous: a few tens of microseconds on a local disk, less than the thread-pool round
      // trips of the async calls. A new file gets exactly 0600: a umask only removes bits.
      writeFileSync(temp, `${JSON.stringify(file)}\n`, { mode: 0o600, flag: 'wx' });
      renameSync(temp, path);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    written = head.count;
    oldestUnwritten = Number.POSITIVE_INFINITY;
  }

  return {
    path,
    read,
    lastWriteError: () => writeError,
    record(head) {
      if (!wanted || head.count > wanted.count) wanted = head;
      oldestUnwritten = Math.min(oldestUnwritten, head.firstSeq);
      if (scheduled) return scheduled;
      // The write waits for the event loop's next turn, not a microtask: the commits that land
      // meanwhile (concurrent saves, one SQLite transaction after another) share it, where each
      // used to write and rename the file itself (about 1.6 ms each here, the most of a save).
      scheduled = new Promise<void>((resolve) => {
        setImmediate(() => {
          scheduled = null;
          try {
            writeIfBehind();
            writeError = null;
          } catch (error) {
            writeError = (error as NodeJS.ErrnoException).code ?? 'write failed';
          }
          resolve();
        });
      });
      return scheduled;
    },
  };
}
