import type { Worksheet } from '#worksheet';
import type { Diagnosis } from '../clients/client-view.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { AddendaTable, NotesTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import { computePurgeAt } from './compute-purge-at.ts';
import type { NoteAccess } from './find-note-row.ts';
import { type NoteGlance, noteGlance } from './note-glance.ts';
import type { NoteListColumns } from './note-list-columns.ts';
import { ZFormatKey } from './document.schema.ts';
import type { NoteListItem, NoteView, StoredDocument } from './note-view.ts';

/** A list row: the list columns, with the glance decrypted (one small field, never the document). */
export function toNoteListItemFromColumns(store: Store, row: NoteListColumns, clientName: string | null, retentionDays: number): NoteListItem {
  const glance = openJson<NoteGlance>(store, 'notes', row.id, 'glance', row.glance_enc) ?? { firstLine: null, cptCode: null };
  return { ...toNoteListItem(row, clientName, retentionDays), firstLine: glance.firstLine, cptCode: glance.cptCode };
}

/** The list fields of a note, without what needs its decrypted document (see noteGlance). */
type NoteListRow = Omit<NoteListItem, 'firstLine' | 'cptCode'>;

function toNoteListItem(row: Omit<NoteListColumns, 'glance_enc' | 'list_date' | 'user_id'>, clientName: string | null, retentionDays: number): NoteListRow {
  return {
    id: row.id,
    clientId: row.client_id,
    clientName,
    // Stored in lower case through ZFormatInput; parsed so a stray value fails here, not in a reader.
    format: ZFormatKey.parse(row.format),
    status: row.status,
    sessionDate: row.session_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    cosignedAt: row.cosigned_at,
    purgeAt: computePurgeAt({ ...row, hasFreeText: Number(row.has_free_text) === 1 }, retentionDays),
    enteredInErrorAt: row.entered_in_error_at,
    sessionStartTime: row.session_start_time,
    sessionEndTime: row.session_end_time,
    sessionMinutes: row.session_minutes === null ? null : Number(row.session_minutes),
    lateEntry:
      Number(row.late_entry) === 1 && row.session_date && row.signed_local_date && row.signed_at
        ? { sessionDate: row.session_date, signedDate: row.signed_local_date, signedAt: row.signed_at }
        : null,
  };
}

export interface ToNoteViewOptions {
  row: NotesTable;
  access: NoteAccess;
  addenda: AddendaTable[];
  clientName: string | null;
  /** The client's diagnoses on file (for an exported note's header); [] without a client. */
  clientDiagnoses?: Diagnosis[];
  retentionDays: number;
}

export function toNoteView(store: Store, options: ToNoteViewOptions): NoteView {
  const { row } = options;
  const document = openJson<StoredDocument>(store, 'notes', row.id, 'document', row.document_enc) as StoredDocument;
  return {
    ...toNoteListItem({ ...row, has_free_text: row.summary_enc === null && row.worksheet_enc === null ? 0 : 1 }, options.clientName, options.retentionDays),
    ...noteGlance(document),
    signedBy: row.signed_by_name === null ? null : { name: row.signed_by_name, credentials: row.signed_by_credentials ?? '' },
    cosignedBy: row.cosigned_by_name === null ? null : { name: row.cosigned_by_name, credentials: row.cosigned_by_credentials ?? '' },
    access: options.access,
    clientDiagnoses: options.clientDiagnoses ?? [],
    summary: openField(store, 'notes', row.id, 'summary', row.summary_enc),
    worksheet: openJson<Worksheet>(store, 'notes', row.id, 'worksheet', row.worksheet_enc),
    document,
    addenda: options.addenda.map((a) => ({
      id: a.id,
      text: openField(store, 'addenda', a.id, 'text', a.text_enc) ?? '',
      signedBy: { name: a.signed_by_name, credentials: a.signed_by_credentials },
      signedAt: a.created_at,
    })),
    enteredInErrorReason: openField(store, 'notes', row.id, 'entered_in_error_reason', row.entered_in_error_reason_enc),
  };
}
