// Who may reach a saved document: the client's clinician (reads and changes), that clinician's
// supervisor (reads); everyone else is told it does not exist. The same rule as notes.
import type { TTemplateDocument } from '#documents';
import { AppError } from '../app-error.ts';
import { findClientAccess } from '../clients/find-client-access.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { ClientDocumentsTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import type { TClientDocument } from './client-document.schema.ts';

export interface VisibleDocumentRow {
  row: ClientDocumentsTable;
  access: TClientDocument['access'];
}

/**
 * The document's row and how the viewer reaches it; not found for anyone but the client's clinician and their supervisor.
 * @example const { row, access } = await findClientDocumentRow(store, user.id, documentId);
 */
export async function findClientDocumentRow(store: Store, userId: string, documentId: string): Promise<VisibleDocumentRow> {
  const row = await store.db.selectFrom('client_documents').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Document not found');
  const access = await findClientAccess(store, userId, row.client_id).catch(() => {
    throw new AppError('not_found', 'Document not found');
  });
  return { row, access: access === 'clinician' ? 'author' : 'supervisor' };
}

/**
 * The document's row if the viewer is the client's clinician; the supervisor may read, not change (forbidden).
 * @example const row = await findOwnClientDocumentRow(store, user.id, documentId);
 */
export async function findOwnClientDocumentRow(store: Store, userId: string, documentId: string): Promise<ClientDocumentsTable> {
  const { row, access } = await findClientDocumentRow(store, userId, documentId);
  if (access !== 'author') throw new AppError('forbidden', 'Only the client’s clinician can change this document');
  return row;
}

/** The row, opened, as the API answers it. */
export function toClientDocument(store: Store, row: ClientDocumentsTable, access: TClientDocument['access']): TClientDocument {
  return {
    id: row.id,
    clientId: row.client_id,
    document: openJson<TTemplateDocument>(store, 'client_documents', row.id, 'document', row.document_enc)!,
    templateTitle: openField(store, 'client_documents', row.id, 'template_title', row.template_title_enc),
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at ?? row.created_at,
    signedAt: row.signed_at,
    signedBy: row.signed_by_name ? { name: row.signed_by_name, credentials: row.signed_by_credentials ?? '' } : null,
    enteredInErrorAt: row.entered_in_error_at,
    enteredInErrorReason: openField(store, 'client_documents', row.id, 'entered_in_error_reason', row.entered_in_error_reason_enc),
    access,
  };
}
