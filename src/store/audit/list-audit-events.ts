import type { Store } from '../open-store.ts';

export interface AuditEventView {
  id: number;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}

export interface ListAuditEventsOptions {
  limit?: number;
  /** Only events with a smaller id (for paging back in time). */
  before?: number;
  /** Only this user's events. */
  userId?: string;
  /** Only events with this action ("view", "export", ...). */
  action?: string;
  /** Only events at or after this instant (ISO-8601). */
  since?: string;
  /** Only events before this instant (ISO-8601). */
  until?: string;
}

/**
 * Newest first, filtered. Times are stored as ISO-8601 UTC strings, so instants compare as text.
 * @example await listAuditEvents(store, { action: 'export', since: '2026-11-30T05:00:00.000Z', limit: 200 })
 */
export async function listAuditEvents(store: Store, options: ListAuditEventsOptions = {}): Promise<AuditEventView[]> {
  let query = store.db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.user_id')
    .select(['audit_events.seq', 'audit_events.at', 'audit_events.user_id', 'users.name', 'audit_events.action', 'audit_events.entity', 'audit_events.entity_id'])
    .orderBy('audit_events.seq', 'desc')
    .limit(options.limit ?? 500);
  if (options.before !== undefined) query = query.where('audit_events.seq', '<', options.before);
  if (options.userId !== undefined) query = query.where('audit_events.user_id', '=', options.userId);
  if (options.action !== undefined) query = query.where('audit_events.action', '=', options.action);
  if (options.since !== undefined) query = query.where('audit_events.at', '>=', toStoredInstant(options.since));
  if (options.until !== undefined) query = query.where('audit_events.at', '<', toStoredInstant(options.until));
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.seq),
    at: r.at,
    userId: r.user_id,
    userName: r.name ?? null,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
  }));
}

/** The stored form of an instant ("2026-11-30T05:00:00.000Z"), so text comparison orders it right. */
function toStoredInstant(iso: string): string {
  return new Date(iso).toISOString();
}
