// Retention (DESIGN, Privacy): unsigned drafts and raw summaries go `retentionDays` after the
// note was created; a signed note stays, without its summary.
import type { NotesTable } from '../database.ts';

const DAY_MS = 86_400_000;

export function computePurgeAt(row: Pick<NotesTable, 'status' | 'created_at' | 'summary_enc'>, retentionDays: number): string | null {
  if (row.status === 'signed' && row.summary_enc === null) return null;
  return new Date(Date.parse(row.created_at) + retentionDays * DAY_MS).toISOString();
}

/** Notes created before this instant are due. */
export function purgeCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}
