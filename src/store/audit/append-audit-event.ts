// Appends events to the keyed hash chain, inside the caller's transaction when there is one
// (so the change and the event that records it commit together), else in a transaction of its
// own. Events name who did what to which record; they never carry clinical text or a typed
// email (an unknown sign-in email is recorded as a keyed hash, see auditEmailId).
// Writers are serialised on the chain's tip: PostgreSQL takes a transaction-scoped advisory
// lock; SQLite allows one writer at a time anyway. A writer that still loses the race (the
// unique seq or prev_hash) makes the whole transaction run again on the new tip.
import { sql } from 'kysely';
import type { Store } from '../open-store.ts';
import { RetryableConflict } from '../transactions/ambient-transaction.ts';
import { GENESIS_HASH } from './compute-audit-hash.ts';

export const AUDIT_ACTIONS = [
  'view',
  'create',
  'change',
  'copy',
  'export',
  'sign',
  'cosign',
  'delete',
  'entered_in_error',
  'sign_in',
  'sign_out',
  'sign_in_failed',
  'lock',
  'refuse',
  'rekey',
  'rotate_key',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_ENTITIES = [
  'note',
  'note_list',
  'supervision_list',
  'client',
  'client_list',
  'addendum',
  'user',
  'settings',
  'session',
  'totp',
  'audit_log',
  'route',
  'measure',
  'measure_list',
  'plan',
  'plan_list',
  'template',
  'template_list',
  'document',
  'document_list',
  'master_key',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEventInput {
  /** null for the system (the retention purge, the chain upgrade). */
  userId: string | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
}

/** An arbitrary constant that names the audit chain's advisory lock on PostgreSQL. */
const AUDIT_LOCK_KEY = 7_412_001;

/**
 * @example await store.transaction(async () => { await deleteThing(store, id); await appendAuditEvent(store, { userId, action: 'delete', entity: 'note', entityId: id }); });
 */
export async function appendAuditEvent(store: Store, event: AuditEventInput): Promise<void> {
  await appendAuditEvents(store, [event]);
}

/**
 * Appends several events to the audit chain in one transaction, in order, each linked to the one
 * before (an empty list writes nothing).
 * @example await appendAuditEvents(store, [{ userId, action: 'sign', entity: 'note', entityId: noteId }, { userId, action: 'export', entity: 'note', entityId: noteId }]);
 */
export async function appendAuditEvents(store: Store, events: readonly AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await store.transaction(async () => {
    await lockAuditChain(store);
    const tip = await store.db.selectFrom('audit_events').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
    let seq = Number(tip?.seq ?? 0);
    const firstSeq = seq + 1;
    let prevHash = tip?.hash ?? GENESIS_HASH;
    const at = store.now().toISOString();
    for (const event of events) {
      seq++;
      const row = { seq, at, userId: event.userId, action: event.action, entity: event.entity, entityId: event.entityId ?? null };
      const hash = store.auditSigner.chainHash(prevHash, row);
      try {
        await store.db
          .insertInto('audit_events')
          .values({ seq, at, user_id: row.userId, action: row.action, entity: row.entity, entity_id: row.entityId, prev_hash: prevHash, hash })
          .execute();
      } catch (error) {
        throw isRaceLost(error) ? new RetryableConflict(error) : error;
      }
      prevHash = hash;
    }
    const head = { count: seq, hash: prevHash, firstSeq };
    await store.afterCommit(() => store.auditCheckpoint.record(head));
  });
}

/** Inside a transaction: waits until no other transaction is extending the chain (PostgreSQL). */
export async function lockAuditChain(store: Store): Promise<void> {
  if (store.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(store.db);
}

/**
 * The audit id of a sign-in email with no account: a keyed hash, never the text typed.
 * @example auditEmailId(store, ' Someone@Example.org ') // 'email:…' (22 characters of a keyed hash; the same for 'someone@example.org')
 */
export function auditEmailId(store: Store, email: string): string {
  return `email:${store.cipher.mac('audit email', email.trim().toLowerCase()).slice(0, 22)}`;
}

function isRaceLost(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  // SQLite: unique violation or busy snapshot; PostgreSQL: unique violation (23505), serialization (40001).
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code.startsWith('SQLITE_BUSY') || code === '23505' || code === '40001';
}
