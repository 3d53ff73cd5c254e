// Retention (DESIGN, Privacy): unsigned drafts, and a signed note's raw summary and worksheet
// free text, go `retentionDays` after the note was created; the signed document stays.
import type { NotesTable } from '../database.ts';

const DAY_MS = 86_400_000;

export function computePurgeAt(
  row: Pick<NotesTable, 'status' | 'created_at' | 'summary_enc' | 'worksheet_enc' | 'free_text_purged_at'>,
  retentionDays: number,
): string | null {
  if (row.status === 'signed' && (row.free_text_purged_at !== null || (row.summary_enc === null && row.worksheet_enc === null))) return null;
  return new Date(Date.parse(row.created_at) + retentionDays * DAY_MS).toISOString();
}

/** Notes created before this instant are due. */
export function purgeCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}
