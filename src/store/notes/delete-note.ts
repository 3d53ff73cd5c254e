import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { findOwnNoteRow } from './find-note-row.ts';

/**
 * Deletes an unsigned draft and its addenda (the clinician's decision; the audit log keeps that it
 * happened). A signed note is part of the record and is never deleted (conflict): it is corrected
 * by addenda, or marked entered in error (mark-note-entered-in-error.ts).
 * @example await deleteNote(store, userId, noteId); // conflict if it is signed
 */
export async function deleteNote(store: Store, userId: string, noteId: string): Promise<void> {
  // A supervisor may see the note, not delete it (forbidden); anyone else: not found.
  await findOwnNoteRow(store, userId, noteId);
  await store.transaction(async () => {
    const row = await store.db.selectFrom('notes').select(['id', 'status']).where('id', '=', noteId).where('user_id', '=', userId).executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Note not found');
    if (row.status === 'signed') throw new AppError('conflict', SIGNED_NOTE_NOT_DELETABLE);
    await store.db.deleteFrom('addenda').where('note_id', '=', noteId).execute();
    await store.db.deleteFrom('notes').where('id', '=', noteId).execute();
  });
}

export const SIGNED_NOTE_NOT_DELETABLE =
  'A signed note cannot be deleted: correct it with an addendum, or mark it "entered in error" with a reason (it is kept and shown as such)';
