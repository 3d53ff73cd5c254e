// The columns a Notes list row is built from: plain metadata, the encrypted glance, and whether
// free text is still kept (for the purge date), never the document, summary or worksheet
// ciphertext, which are the bulk of a row.
import { sql } from 'kysely';
import type { NotesTable } from '../database.ts';

export const NOTE_LIST_COLUMNS = [
  'notes.id',
  'notes.user_id',
  'notes.client_id',
  'notes.format',
  'notes.status',
  'notes.session_date',
  'notes.created_at',
  'notes.updated_at',
  'notes.signed_at',
  'notes.cosigned_at',
  'notes.entered_in_error_at',
  'notes.free_text_purged_at',
  'notes.session_start_time',
  'notes.session_end_time',
  'notes.session_minutes',
  'notes.signed_local_date',
  'notes.late_entry',
  'notes.list_date',
  'notes.glance_enc',
] as const;

/** 1 while the raw summary or worksheet is still stored, else 0. */
export const hasFreeTextColumn = sql<number>`case when notes.summary_enc is null and notes.worksheet_enc is null then 0 else 1 end`.as('has_free_text');

type Column = (typeof NOTE_LIST_COLUMNS)[number] extends `notes.${infer C}` ? C : never;
export type NoteListColumns = Pick<NotesTable, Column & keyof NotesTable> & { has_free_text: number };
