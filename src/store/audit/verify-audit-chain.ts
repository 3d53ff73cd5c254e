// Walks the chain from the start and reports the first row whose hash or link does not hold.
import type { Store } from '../open-store.ts';
import { computeAuditHash, GENESIS_HASH } from './compute-audit-hash.ts';

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  firstBadId?: number;
}

const PAGE = 1000;

export async function verifyAuditChain(store: Store): Promise<AuditChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq', 'asc')
      .limit(PAGE)
      .execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const expected = computeAuditHash(prevHash, {
        seq,
        at: row.at,
        userId: row.user_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
      });
      // A gap in seq means a row was removed; a wrong link or hash means one was edited.
      if (seq !== expectedSeq || row.prev_hash !== prevHash || row.hash !== expected) {
        return { ok: false, checked, firstBadId: seq };
      }
      checked++;
      prevHash = row.hash;
      expectedSeq = seq + 1;
    }
    if (rows.length < PAGE) return { ok: true, checked };
  }
}
