// Who may reach a note: its author, and the author's supervisor (read-only, plus co-signing).
// Everyone else is told it does not exist, so ids of other clinicians' notes leak nothing.
import { AppError } from '../app-error.ts';
import type { NotesTable } from '../database.ts';
import type { Store } from '../open-store.ts';

/** How the viewer reaches the note: as the clinician who wrote it, or as that clinician's supervisor. */
export type NoteAccess = 'author' | 'supervisor';

export interface VisibleNoteRow {
  row: NotesTable;
  access: NoteAccess;
}

/**
 * The note row if `userId` wrote it or currently supervises the clinician who did; otherwise
 * not found.
 * @example const { row, access } = await findVisibleNoteRow(store, user.id, noteId);
 */
export async function findVisibleNoteRow(store: Store, userId: string, noteId: string): Promise<VisibleNoteRow> {
  const found = await store.db
    .selectFrom('notes')
    .innerJoin('users', 'users.id', 'notes.user_id')
    .selectAll('notes')
    .select('users.supervisor_id as author_supervisor_id')
    .where('notes.id', '=', noteId)
    .executeTakeFirst();
  if (!found) throw new AppError('not_found', 'Note not found');
  const { author_supervisor_id: supervisorId, ...row } = found;
  if (row.user_id === userId) return { row, access: 'author' };
  if (supervisorId !== null && supervisorId === userId) return { row, access: 'supervisor' };
  throw new AppError('not_found', 'Note not found');
}

/**
 * The note row if `userId` wrote it. A supervisor sees the note but may not change it
 * (forbidden); anyone else gets not found.
 */
export async function findOwnNoteRow(store: Store, userId: string, noteId: string): Promise<NotesTable> {
  const { row, access } = await findVisibleNoteRow(store, userId, noteId);
  if (access !== 'author') throw new AppError('forbidden', 'Only the clinician who wrote this note can change it');
  return row;
}
