// Appends one event to the hash chain. Events name who did what to which record; they never
// carry clinical text. Two writers racing for the same tip collide on the unique seq or
// prev_hash, and the loser retries on the new tip.
import type { Store } from '../open-store.ts';
import { computeAuditHash, GENESIS_HASH } from './compute-audit-hash.ts';

export const AUDIT_ACTIONS = ['view', 'create', 'change', 'copy', 'export', 'sign', 'cosign', 'delete', 'sign_in', 'sign_out'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ENTITIES = ['note', 'note_list', 'supervision_list', 'client', 'client_list', 'addendum', 'user', 'settings', 'session', 'totp'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEventInput {
  /** null for the system (the retention purge). */
  userId: string | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
}

const MAX_ATTEMPTS = 20;

export async function appendAuditEvent(store: Store, event: AuditEventInput): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.db.transaction().execute(async (trx) => {
        const tip = await trx.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
        const row = {
          seq: (tip?.seq ?? 0) + 1,
          at: store.now().toISOString(),
          userId: event.userId,
          action: event.action,
          entity: event.entity,
          entityId: event.entityId ?? null,
        };
        const prevHash = tip?.hash ?? GENESIS_HASH;
        await trx
          .insertInto('audit_events')
          .values({
            seq: row.seq,
            at: row.at,
            user_id: row.userId,
            action: row.action,
            entity: row.entity,
            entity_id: row.entityId,
            prev_hash: prevHash,
            hash: computeAuditHash(prevHash, row),
          })
          .execute();
      });
      return;
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  // SQLite: unique violation or busy snapshot; PostgreSQL: unique violation (23505), serialization (40001).
  return code.startsWith('SQLITE_CONSTRAINT') || code.startsWith('SQLITE_BUSY') || code === '23505' || code === '40001';
}
