import { randomUUID } from 'node:crypto';
import { AppError } from '../app-error.ts';
import { sealField } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { signerOf } from '../users/signer-of.ts';
import { findOwnNoteRow } from './find-note-row.ts';
import { getNote } from './get-note.ts';
import type { NoteView } from './note-view.ts';

/**
 * Adds a signed addendum to a signed note (a draft is simply edited). Returns the addendum id and
 * the note.
 * @example const { addendumId, note } = await addAddendum(store, userId, noteId, 'Client called on 12/6 to correct the date of the last session.');
 */
export async function addAddendum(store: Store, userId: string, noteId: string, text: string): Promise<{ addendumId: string; note: NoteView }> {
  const row = await findOwnNoteRow(store, userId, noteId);
  if (row.status !== 'signed') throw new AppError('conflict', 'This note is a draft; edit it instead of adding an addendum');
  const user = await signerOf(store.db, userId);
  const id = randomUUID();
  await store.db
    .insertInto('addenda')
    .values({
      id,
      note_id: noteId,
      user_id: userId,
      text_enc: await sealField(store, userId, 'addenda', id, 'text', text) as string,
      created_at: store.now().toISOString(),
      signed_by_name: user.name,
      signed_by_credentials: user.credentials,
    })
    .execute();
  return { addendumId: id, note: await getNote(store, userId, noteId) };
}
