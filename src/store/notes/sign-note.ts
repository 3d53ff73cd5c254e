import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { signerOf } from '../users/signer-of.ts';
import { findOwnNoteRow } from './find-note-row.ts';
import { getNote } from './get-note.ts';
import type { NoteView } from './note-view.ts';

/** Locks a draft with the clinician's name, credentials and the time. Signing twice is a conflict. */
export async function signNote(store: Store, userId: string, noteId: string): Promise<NoteView> {
  await findOwnNoteRow(store, userId, noteId);
  const user = await signerOf(store.db, userId);
  const result = await store.db
    .updateTable('notes')
    .set({ status: 'signed', signed_at: store.now().toISOString(), signed_by_name: user.name, signed_by_credentials: user.credentials })
    .where('id', '=', noteId)
    .where('user_id', '=', userId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict', 'This note is already signed');
  return getNote(store, userId, noteId);
}
