import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { enteredInErrorColumns, expectOneRowChanged } from '../signing/sign-record.ts';
import { findOwnNoteRow } from './find-note-row.ts';
import { getNote } from './get-note.ts';
import type { NoteView } from './note-view.ts';

/**
 * Marks a signed note as entered in error (written for the wrong client, a duplicate...), with
 * the clinician's reason. The note stays, unchanged and readable, shown as entered in error; a
 * draft is simply deleted instead (conflict), and a note is marked once.
 * @example await markNoteEnteredInError(store, { userId, noteId, reason: 'Written for the wrong client' });
 */
export async function markNoteEnteredInError(store: Store, options: { userId: string; noteId: string; reason: string }): Promise<NoteView> {
  const row = await findOwnNoteRow(store, options.userId, options.noteId);
  if (row.status !== 'signed') throw new AppError('conflict', 'Only a signed note can be marked entered in error; delete the draft instead');
  const result = await store.db
    .updateTable('notes')
    .set(await enteredInErrorColumns(store, { userId: options.userId, table: 'notes', rowId: row.id, reason: options.reason }))
    .where('id', '=', row.id)
    .where('entered_in_error_at', 'is', null)
    .executeTakeFirst();
  expectOneRowChanged(result, 'This note is already marked entered in error');
  return getNote(store, options.userId, options.noteId);
}
