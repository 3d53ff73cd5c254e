import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { findOwnNoteRow } from './find-note-row.ts';

/** Deletes a note and its addenda (the clinician's decision; the audit log keeps that it happened). */
export async function deleteNote(store: Store, userId: string, noteId: string): Promise<void> {
  // A supervisor may see the note, not delete it (forbidden); anyone else: not found.
  await findOwnNoteRow(store, userId, noteId);
  await store.transaction(async () => {
    const row = await store.db.selectFrom('notes').select('id').where('id', '=', noteId).where('user_id', '=', userId).executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Note not found');
    await store.db.deleteFrom('addenda').where('note_id', '=', noteId).execute();
    await store.db.deleteFrom('notes').where('id', '=', noteId).execute();
  });
}
