// Walks the chain from the start, checks every keyed link, then compares the chain with the
// checkpoint file outside the database (audit-checkpoint.ts). Reports the first row whose
// position, link or hash does not hold, or a chain shorter than its checkpoint (the newest
// rows deleted, or all of them).
// The checkpoint may lag the chain (written after commit; on PostgreSQL each process writes its
// own folder's file), so the rule is: the chain holds the checkpointed head at its position,
// and is at least that long.
import type { Store } from '../open-store.ts';
import type { AuditCheckpoint } from './audit-checkpoint.ts';
import { type AuditRowContent, computeLegacyAuditHash, GENESIS_HASH } from './compute-audit-hash.ts';

export type AuditProblem = 'row_altered' | 'row_missing' | 'truncated' | 'checkpoint_missing' | 'checkpoint_invalid' | 'checkpoint_mismatch';

export interface AuditCheckpointStatus {
  /** verified: the chain holds the checkpointed head; missing: no file (yet); invalid: unreadable or bad signature; mismatch: the chain differs or is shorter. */
  state: 'verified' | 'missing' | 'invalid' | 'mismatch';
  count: number | null;
  /** The first entry appended while the checkpoint file existed (1 when it covers the whole log). */
  since: number | null;
  writtenAt: string | null;
}

export interface AuditChainReport {
  ok: boolean;
  /** Rows whose links checked out, from the first. */
  checked: number;
  firstBadId?: number;
  problem?: AuditProblem;
  /** What was found, in plain words (ids and counts only). */
  message: string;
  checkpoint: AuditCheckpointStatus;
}

const PAGE = 1000;

/**
 * Walks the whole audit chain from its first row, checking each keyed link and the checkpoint file
 * (so a cut at the end is seen too). Reports ids and counts, never content.
 * @example const report = await verifyAuditChain(store); // { ok: true, checked: 42, message: 'Intact: all 42 entries check out, and …', checkpoint: { … } }
 */
export async function verifyAuditChain(store: Store): Promise<AuditChainReport> {
  const read = store.auditCheckpoint.read();
  const writeError = store.auditCheckpoint.lastWriteError();
  const checkpoint: AuditCheckpoint | null = read.state === 'present' ? read.checkpoint : null;
  const status = (state: AuditCheckpointStatus['state']): AuditCheckpointStatus => ({
    state,
    count: checkpoint?.count ?? null,
    since: checkpoint?.since ?? null,
    writtenAt: checkpoint?.writtenAt ?? null,
  });

  // A broken chain cannot match any checkpoint.
  const brokenStatus = status(read.state === 'present' ? 'mismatch' : read.state);

  // Rows before the first `rekey` row were written before the key existed (upgrade-audit-chain.ts).
  const rekey = await store.db.selectFrom('audit_events').select('seq').where('action', '=', 'rekey').orderBy('seq', 'asc').limit(1).executeTakeFirst();
  const keyedFrom = rekey ? Number(rekey.seq) : 1;

  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  let hashAtCheckpoint: string | null = null;
  for (;;) {
    const rows = await store.db.selectFrom('audit_events').selectAll().where('seq', '>=', expectedSeq).orderBy('seq', 'asc').limit(PAGE).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const content: AuditRowContent = { seq, at: row.at, userId: row.user_id, action: row.action, entity: row.entity, entityId: row.entity_id };
      const expected = seq < keyedFrom ? computeLegacyAuditHash(prevHash, content) : store.auditSigner.chainHash(prevHash, content);
      if (seq !== expectedSeq) {
        const message = `Entry ${expectedSeq} is missing or renumbered (found entry ${seq} in its place).`;
        return { ok: false, checked, firstBadId: seq, problem: 'row_missing', message, checkpoint: brokenStatus };
      }
      if (row.prev_hash !== prevHash || row.hash !== expected) {
        const message = `Entry ${seq} was altered, inserted or moved: its signature does not match.`;
        return { ok: false, checked, firstBadId: seq, problem: 'row_altered', message, checkpoint: brokenStatus };
      }
      checked++;
      if (checkpoint && seq === checkpoint.count) hashAtCheckpoint = row.hash;
      prevHash = row.hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < PAGE) break;
  }

  if (read.state === 'invalid') {
    return { ok: false, checked, problem: 'checkpoint_invalid', message: `The checkpoint file cannot be trusted: ${read.reason}.`, checkpoint: status('invalid') };
  }
  if (!checkpoint) {
    // Beside an SQLite database the checkpoint is written with the first event, so its absence
    // means it was removed. On PostgreSQL a process that has not written yet has none.
    if (checked > 0 && store.dialect === 'sqlite') {
      return { ok: false, checked, problem: 'checkpoint_missing', message: 'The checkpoint file is missing, so deleted entries could not be detected.', checkpoint: status('missing') };
    }
    return { ok: true, checked, message: `Intact: all ${checked} entries check out (no checkpoint in this data folder yet).`, checkpoint: status('missing') };
  }
  if (checked < checkpoint.count) {
    return {
      ok: false,
      checked,
      problem: 'truncated',
      message: `Entries were deleted: the log has ${checked} entries but the checkpoint of ${checkpoint.writtenAt} recorded ${checkpoint.count}.`,
      checkpoint: status('mismatch'),
    };
  }
  if (hashAtCheckpoint !== checkpoint.headHash) {
    return { ok: false, checked, firstBadId: checkpoint.count, problem: 'checkpoint_mismatch', message: `Entry ${checkpoint.count} differs from the checkpoint.`, checkpoint: status('mismatch') };
  }
  const lagging = writeError ? ` The last checkpoint write failed (${writeError}); check that the data folder is writable.` : '';
  // Re-created after a deletion, started on a new PostgreSQL host, or after an upgrade: it vouches
  // for the log's length only from `since` on.
  const late =
    checkpoint.since > 1
      ? ` The checkpoint file was started at entry ${checkpoint.since}; deleting older entries together with an earlier checkpoint file would not be detected.`
      : '';
  return {
    ok: true,
    checked,
    message: `Intact: all ${checked} entries check out, and the checkpoint of entry ${checkpoint.count} matches.${late}${lagging}`,
    checkpoint: status('verified'),
  };
}

