// At start-up. A chain written before the audit key existed (plain sha256 links) is sealed by
// one keyed `rekey` event appended after it: that event's HMAC covers the legacy head's hash,
// so the legacy rows can no longer be rewritten either, and every later row is keyed.
// Verification checks the rows before the first `rekey` row with the legacy hash and the rest
// with the key. Nothing is rewritten, so the legacy part keeps whatever it could prove before.
// On PostgreSQL a process whose data folder has no checkpoint yet (a new machine) anchors the
// current head; on SQLite the checkpoint sits beside the database, so a missing one is
// reported by verification instead of silently recreated.
import type { Store } from '../open-store.ts';
import { appendAuditEvent, lockAuditChain } from './append-audit-event.ts';
import { computeLegacyAuditHash, GENESIS_HASH } from './compute-audit-hash.ts';

export async function upgradeAuditChain(store: Store): Promise<void> {
  const first = await store.db.selectFrom('audit_events').selectAll().where('seq', '=', 1).executeTakeFirst();
  if (!first) return;
  const legacy =
    first.hash ===
    computeLegacyAuditHash(GENESIS_HASH, { seq: 1, at: first.at, userId: first.user_id, action: first.action, entity: first.entity, entityId: first.entity_id });
  if (legacy) {
    await store.transaction(async () => {
      await lockAuditChain(store);
      const sealed = await store.db.selectFrom('audit_events').select('seq').where('action', '=', 'rekey').limit(1).executeTakeFirst();
      if (!sealed) await appendAuditEvent(store, { userId: null, action: 'rekey', entity: 'audit_log' });
    });
  }
  if (store.dialect === 'postgres' && store.auditCheckpoint.read().state === 'missing') {
    const tip = await store.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await store.auditCheckpoint.record({ count: Number(tip.seq), hash: tip.hash, firstSeq: Number(tip.seq) });
  }
}
