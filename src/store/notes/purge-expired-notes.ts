// The retention purge: run at start and hourly by the server. Idempotent, so several server
// processes may run it at once. Each deletion or trim commits together with its audit event
// (the system's doing: no user).
// Drafts older than the author's retention period are deleted. A signed note that old keeps
// only what the signed record needs: its raw summary goes, and its worksheet keeps only the
// structured choices (stripWorksheetFreeText); the signed document and addenda stay.
import { stripWorksheetFreeText, type Worksheet } from '#worksheet';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { openJson, sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { DEFAULT_RETENTION_DAYS } from '../settings/settings-view.ts';
import { purgeCutoff } from './compute-purge-at.ts';

export interface PurgeReport {
  draftsDeleted: number;
  summariesDeleted: number;
  /** Signed notes whose worksheet lost its free text. */
  worksheetsTrimmed: number;
}

/**
 * Applies each clinician's retention: deletes unsigned drafts past it, and the summaries and
 * worksheet free text behind signed notes past it (the signed note is kept). Run at start-up and
 * daily.
 * @example const report = await purgeExpiredNotes(store); // { draftsDeleted: 1, summariesDeleted: 4, worksheetsTrimmed: 2 }
 */
export async function purgeExpiredNotes(store: Store): Promise<PurgeReport> {
  const report: PurgeReport = { draftsDeleted: 0, summariesDeleted: 0, worksheetsTrimmed: 0 };
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
      await store.transaction(async () => {
        const deleted = await store.db.deleteFrom('notes').where('id', '=', draft.id).where('status', '=', 'draft').executeTakeFirst();
        if (Number(deleted.numDeletedRows) !== 1) return;
        await appendAuditEvent(store, { userId: null, action: 'delete', entity: 'note', entityId: draft.id });
        report.draftsDeleted++;
      });
    }
    const signed = await store.db
      .selectFrom('notes')
      .select('id')
      .where('user_id', '=', user.id)
      .where('status', '=', 'signed')
      .where('free_text_purged_at', 'is', null)
      .where('created_at', '<', cutoff)
      .execute();
    for (const note of signed) {
      await store.transaction(async () => {
        const row = await store.db
          .selectFrom('notes')
          .select(['summary_enc', 'worksheet_enc', 'free_text_purged_at'])
          .where('id', '=', note.id)
          .executeTakeFirst();
        if (!row || row.free_text_purged_at !== null) return;
        const worksheet = openJson<Worksheet>(store, 'notes', note.id, 'worksheet', row.worksheet_enc);
        const trimmed = worksheet ? stripWorksheetFreeText(worksheet) : null;
        const worksheetChanged = worksheet !== null && JSON.stringify(trimmed) !== JSON.stringify(worksheet);
        await store.db
          .updateTable('notes')
          .set({
            summary_enc: null,
            summary_purged_at: now.toISOString(),
            ...(worksheetChanged ? { worksheet_enc: await sealJson(store, user.id, 'notes', note.id, 'worksheet', trimmed) } : {}),
            free_text_purged_at: now.toISOString(),
          })
          .where('id', '=', note.id)
          .execute();
        if (row.summary_enc === null && !worksheetChanged) return;
        await appendAuditEvent(store, { userId: null, action: 'change', entity: 'note', entityId: note.id });
        if (row.summary_enc !== null) report.summariesDeleted++;
        if (worksheetChanged) report.worksheetsTrimmed++;
      });
    }
  }
  return report;
}
