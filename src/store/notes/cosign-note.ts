import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { signerOf } from '../users/signer-of.ts';
import { findVisibleNoteRow } from './find-note-row.ts';
import { getNote } from './get-note.ts';
import type { NoteView } from './note-view.ts';

/**
 * Adds the supervisor's co-signature (name, credentials, time) to a supervisee's signed note.
 * Only the clinician's current supervisor may (the author: forbidden; anyone else: not found);
 * a draft or an already co-signed note is a conflict. The note itself stays as signed.
 * @example const note = await cosignNote(store, supervisor.id, noteId);
 */
export async function cosignNote(store: Store, supervisorId: string, noteId: string): Promise<NoteView> {
  const { row, access } = await findVisibleNoteRow(store, supervisorId, noteId);
  if (access !== 'supervisor') throw new AppError('forbidden', "Only the clinician's supervisor can co-sign this note");
  if (row.status !== 'signed') throw new AppError('conflict', 'The clinician has not signed this note yet');
  const user = await signerOf(store.db, supervisorId);
  const result = await store.db
    .updateTable('notes')
    .set({ cosigned_at: store.now().toISOString(), cosigned_by_user_id: supervisorId, cosigned_by_name: user.name, cosigned_by_credentials: user.credentials })
    .where('id', '=', noteId)
    .where('user_id', '=', row.user_id)
    .where('status', '=', 'signed')
    .where('cosigned_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict', 'This note is already co-signed');
  return getNote(store, supervisorId, noteId);
}
