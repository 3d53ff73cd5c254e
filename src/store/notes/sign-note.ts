import type { Store } from '../open-store.ts';
import { expectOneRowChanged, signatureColumns } from '../signing/sign-record.ts';
import { checkTimeZone, decideLateEntry } from './decide-late-entry.ts';
import { findOwnNoteRow } from './find-note-row.ts';
import { getNote } from './get-note.ts';
import type { NoteView } from './note-view.ts';

export interface SignNoteOptions {
  userId: string;
  noteId: string;
  /** The clinician's IANA time zone (from the browser): the calendar the late-entry rule reads. Default: the server's. */
  timeZone?: string | undefined;
}

/**
 * Locks a draft with the clinician's name, credentials and the time, and fixes whether it is a
 * late entry (signed past the clinician's threshold after the session). Signing twice is a conflict.
 * @example const note = await signNote(store, { userId, noteId, timeZone: 'America/New_York' });
 */
export async function signNote(store: Store, options: SignNoteOptions): Promise<NoteView> {
  const { userId, noteId } = options;
  if (options.timeZone) checkTimeZone(options.timeZone);
  const row = await findOwnNoteRow(store, userId, noteId);
  const settings = await store.db.selectFrom('user_settings').select('late_entry_hours').where('user_id', '=', userId).executeTakeFirst();
  const signedAt = store.now();
  const signature = await signatureColumns(store, userId, signedAt);
  const late = decideLateEntry({
    sessionDate: row.session_date,
    sessionStartTime: row.session_start_time,
    sessionEndTime: row.session_end_time,
    sessionMinutes: row.session_minutes === null ? null : Number(row.session_minutes),
    signedAt,
    timeZone: options.timeZone,
    thresholdHours: settings?.late_entry_hours == null ? null : Number(settings.late_entry_hours),
  });
  const result = await store.db
    .updateTable('notes')
    .set({
      ...signature,
      signed_local_date: late.signedLocalDate,
      late_entry: late.lateEntry === null ? null : late.lateEntry ? 1 : 0,
    })
    .where('id', '=', noteId)
    .where('user_id', '=', userId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  expectOneRowChanged(result, 'This note is already signed');
  return getNote(store, userId, noteId);
}
