// Retention (DESIGN, Privacy): unsigned drafts, and a signed note's raw summary and worksheet
// free text, go `retentionDays` after the note was created; the signed document stays.
import type { NotesTable } from '../database.ts';

const DAY_MS = 86_400_000;

export type PurgeFacts = Pick<NotesTable, 'status' | 'created_at' | 'free_text_purged_at'> & {
  /** Whether the raw summary or the worksheet is still stored. */
  hasFreeText: boolean;
};

export function computePurgeAt(row: PurgeFacts, retentionDays: number): string | null {
  if (row.status === 'signed' && (row.free_text_purged_at !== null || !row.hasFreeText)) return null;
  return new Date(Date.parse(row.created_at) + retentionDays * DAY_MS).toISOString();
}

/** Notes created before this instant are due. */
export function purgeCutoff(now: Date, retentionDays: number): string {
  return new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
}
