import type { Worksheet } from '#worksheet';
import type { NotesTable } from '../database.ts';

/**
 * The session's date and times as plain columns (searchable metadata, no clinical text), from the
 * worksheet fields the Write page's session control fills: the date the clinician set or accepted,
 * the start and end time, the minutes.
 */
export function sessionColumns(
  worksheet: Worksheet | null | undefined,
): Pick<NotesTable, 'session_date' | 'session_start_time' | 'session_end_time' | 'session_minutes'> {
  return {
    session_date: worksheet?.date ?? null,
    session_start_time: worksheet?.startTime ?? null,
    session_end_time: worksheet?.endTime ?? null,
    session_minutes: worksheet?.minutes ?? null,
  };
}
