import { AppError } from '../app-error.ts';
import { openField } from '../crypto/seal-field.ts';
import type { NotesTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import type { NoteView } from './note-view.ts';
import { readRetentionDays } from './read-retention-days.ts';
import { toNoteView } from './to-note-view.ts';

/** The note row if it belongs to `userId`; another clinician's note is simply not found. */
export async function findOwnNoteRow(store: Store, userId: string, noteId: string): Promise<NotesTable> {
  const row = await store.db.selectFrom('notes').selectAll().where('id', '=', noteId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Note not found');
  return row;
}

export async function getNote(store: Store, userId: string, noteId: string): Promise<NoteView> {
  const row = await findOwnNoteRow(store, userId, noteId);
  const addenda = await store.db.selectFrom('addenda').selectAll().where('note_id', '=', noteId).orderBy('created_at', 'asc').execute();
  let clientName: string | null = null;
  if (row.client_id) {
    const client = await store.db.selectFrom('clients').select(['id', 'display_name_enc']).where('id', '=', row.client_id).executeTakeFirst();
    if (client) clientName = openField(store, 'clients', client.id, 'display_name', client.display_name_enc);
  }
  return toNoteView(store, { row, addenda, clientName, retentionDays: await readRetentionDays(store, userId) });
}
