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
}

/** Newest first. */
export async function listAuditEvents(store: Store, options: ListAuditEventsOptions = {}): Promise<AuditEventView[]> {
  let query = store.db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.user_id')
    .select(['audit_events.seq', 'audit_events.at', 'audit_events.user_id', 'users.name', 'audit_events.action', 'audit_events.entity', 'audit_events.entity_id'])
    .orderBy('audit_events.seq', 'desc')
    .limit(options.limit ?? 500);
  if (options.before !== undefined) query = query.where('audit_events.seq', '<', options.before);
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
