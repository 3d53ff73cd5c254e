import type { ReactNode } from 'react';
import type { LateEntry } from '../api/types.ts';
import { formatDate } from './format-date.ts';

/** Shown beside the status of a note signed later than the clinician's late-entry threshold. */
export function LateEntryBadge({ lateEntry }: { lateEntry: LateEntry | null | undefined }): ReactNode {
  return lateEntry ? <span className="badge badge--late">Late entry</span> : null;
}

/** "Late entry: session on Nov 27, 2026, signed on Dec 1, 2026": both dates, in words. */
export function lateEntryText(lateEntry: LateEntry): string {
  return `Late entry: session on ${formatDate(lateEntry.sessionDate)}, signed on ${formatDate(lateEntry.signedDate)}`;
}
