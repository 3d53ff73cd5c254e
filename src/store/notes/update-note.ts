import type { FormatKey } from '#compose';
import type { Updateable } from 'kysely';
import type { Worksheet } from '#worksheet';
import { AppError } from '../app-error.ts';
import { sealField, sealJson } from '../crypto/seal-field.ts';
import type { NotesTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import { findOwnNoteRow } from './find-note-row.ts';
import { getNote } from './get-note.ts';
import { indexNote } from './index-note.ts';
import type { NoteView, StoredDocument } from './note-view.ts';
import { sessionColumns } from './session-columns.ts';

export interface NoteChanges {
  summary?: string | null | undefined;
  worksheet?: Worksheet | null | undefined;
  document?: StoredDocument | undefined;
  format?: FormatKey | undefined;
}

/**
 * Changes a draft. A signed note is immutable (conflict): corrections are addenda.
 * @example await updateNote(store, userId, noteId, { document: edited, format: 'dap' });
 */
export async function updateNote(store: Store, userId: string, noteId: string, changes: NoteChanges): Promise<NoteView> {
  const row = await findOwnNoteRow(store, userId, noteId);
  const set: Updateable<NotesTable> = { updated_at: store.now().toISOString() };
  if (changes.summary !== undefined) set.summary_enc = await sealField(store, userId, 'notes', noteId, 'summary', changes.summary);
  if (changes.worksheet !== undefined) {
    set.worksheet_enc = await sealJson(store, userId, 'notes', noteId, 'worksheet', changes.worksheet);
    const session = sessionColumns(changes.worksheet);
    Object.assign(set, session, { list_date: session.session_date ?? row.created_at.slice(0, 10) });
  }
  if (changes.document !== undefined) set.document_enc = await sealJson(store, userId, 'notes', noteId, 'document', changes.document) as string;
  if (changes.format !== undefined) set.format = changes.format;
  await store.transaction(async () => {
    const result = await store.db
      .updateTable('notes')
      .set(set)
      .where('id', '=', noteId)
      .where('user_id', '=', userId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('conflict', 'This note is signed; add an addendum instead');
    if (changes.document !== undefined) await indexNote(store, { noteId, userId, document: changes.document });
  });
  return getNote(store, userId, noteId);
}
