// The retention purge: run at start and hourly by the server. Idempotent, so several server
// processes may run it at once.
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Store } from '../open-store.ts';
import { DEFAULT_RETENTION_DAYS } from '../settings/settings-view.ts';
import { purgeCutoff } from './compute-purge-at.ts';

export interface PurgeReport {
  draftsDeleted: number;
  summariesDeleted: number;
}

export async function purgeExpiredNotes(store: Store): Promise<PurgeReport> {
  const report: PurgeReport = { draftsDeleted: 0, summariesDeleted: 0 };
  const users = await store.db
    .selectFrom('users')
    .leftJoin('user_settings', 'user_settings.user_id', 'users.id')
    .select(['users.id', 'user_settings.retention_days'])
    .execute();
  const now = store.now();
  for (const user of users) {
    const cutoff = purgeCutoff(now, user.retention_days === null ? DEFAULT_RETENTION_DAYS : Number(user.retention_days));
    const drafts = await store.db
      .selectFrom('notes')
      .select('id')
      .where('user_id', '=', user.id)
      .where('status', '=', 'draft')
      .where('created_at', '<', cutoff)
      .execute();
    for (const draft of drafts) {
      await store.db.deleteFrom('notes').where('id', '=', draft.id).where('status', '=', 'draft').execute();
      await appendAuditEvent(store, { userId: null, action: 'delete', entity: 'note', entityId: draft.id });
      report.draftsDeleted++;
    }
    const signed = await store.db
      .selectFrom('notes')
      .select('id')
      .where('user_id', '=', user.id)
      .where('status', '=', 'signed')
      .where('summary_enc', 'is not', null)
      .where('created_at', '<', cutoff)
      .execute();
    for (const note of signed) {
      await store.db.updateTable('notes').set({ summary_enc: null, summary_purged_at: now.toISOString() }).where('id', '=', note.id).execute();
      await appendAuditEvent(store, { userId: null, action: 'change', entity: 'note', entityId: note.id });
      report.summariesDeleted++;
    }
  }
  return report;
}
