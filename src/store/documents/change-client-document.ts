// A saved document's life after it is written, with the rules of a note: the clinician edits the
// draft, signs it (signing/sign-record.ts, the notes' own code), and from then on it is kept as
// signed: never edited or deleted, only marked entered in error with a reason. Only an unsigned
// draft can be deleted. The supervisor reads (get) and is refused every change.
import type { TTemplateDocument } from '#documents';
import { AppError } from '../app-error.ts';
import { sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { enteredInErrorColumns, expectOneRowChanged, signatureColumns } from '../signing/sign-record.ts';
import type { TClientDocument } from './client-document.schema.ts';
import { findClientDocumentRow, findOwnClientDocumentRow, toClientDocument } from './find-client-document.ts';

/**
 * One saved document, opened (the client's clinician or supervisor).
 * @example const document = await getClientDocument(store, user.id, documentId);
 */
export async function getClientDocument(store: Store, userId: string, documentId: string): Promise<TClientDocument> {
  const { row, access } = await findClientDocumentRow(store, userId, documentId);
  return toClientDocument(store, row, access);
}

/**
 * Replaces a draft's text (its title and sections as the clinician edited them). A signed document is immutable (conflict).
 * @example await updateClientDocument(store, user.id, documentId, edited);
 */
export async function updateClientDocument(store: Store, userId: string, documentId: string, document: TTemplateDocument): Promise<TClientDocument> {
  const row = await findOwnClientDocumentRow(store, userId, documentId);
  const result = await store.db
    .updateTable('client_documents')
    .set({ document_enc: (await sealJson(store, userId, 'client_documents', row.id, 'document', document))!, updated_at: store.now().toISOString() })
    .where('id', '=', row.id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  expectOneRowChanged(result, SIGNED_DOCUMENT_NOT_EDITABLE);
  return getClientDocument(store, userId, documentId);
}

/**
 * Locks a draft with the clinician's name, credentials and the time, as a note is signed.
 * @example const signed = await signClientDocument(store, user.id, documentId);
 */
export async function signClientDocument(store: Store, userId: string, documentId: string): Promise<TClientDocument> {
  const row = await findOwnClientDocumentRow(store, userId, documentId);
  const signature = await signatureColumns(store, userId);
  const result = await store.db
    .updateTable('client_documents')
    .set({ ...signature, updated_at: signature.signed_at })
    .where('id', '=', row.id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  expectOneRowChanged(result, 'This document is already signed');
  return getClientDocument(store, userId, documentId);
}

/**
 * Marks a signed document entered in error (the wrong client, a duplicate), with the reason; it stays readable, shown as such.
 * @example await markClientDocumentEnteredInError(store, { userId, documentId, reason: 'Written for the wrong client' });
 */
export async function markClientDocumentEnteredInError(store: Store, options: { userId: string; documentId: string; reason: string }): Promise<TClientDocument> {
  const row = await findOwnClientDocumentRow(store, options.userId, options.documentId);
  if (row.status !== 'signed') throw new AppError('conflict', 'Only a signed document can be marked entered in error; delete the draft instead');
  const result = await store.db
    .updateTable('client_documents')
    .set(await enteredInErrorColumns(store, { userId: options.userId, table: 'client_documents', rowId: row.id, reason: options.reason }))
    .where('id', '=', row.id)
    .where('entered_in_error_at', 'is', null)
    .executeTakeFirst();
  expectOneRowChanged(result, 'This document is already marked entered in error');
  return getClientDocument(store, options.userId, options.documentId);
}

/**
 * Deletes an unsigned draft; a signed document is part of the record and is never deleted (conflict).
 * @example await deleteClientDocument(store, user.id, documentId);
 */
export async function deleteClientDocument(store: Store, userId: string, documentId: string): Promise<void> {
  const row = await findOwnClientDocumentRow(store, userId, documentId);
  const result = await store.db.deleteFrom('client_documents').where('id', '=', row.id).where('status', '=', 'draft').executeTakeFirst();
  if (Number(result.numDeletedRows) !== 1) throw new AppError('conflict', SIGNED_DOCUMENT_NOT_DELETABLE);
}

const SIGNED_DOCUMENT_NOT_EDITABLE = 'This document is signed: it cannot be changed. Mark it entered in error and write a new one if it is wrong.';
export const SIGNED_DOCUMENT_NOT_DELETABLE =
  'A signed document cannot be deleted: mark it "entered in error" with a reason (it is kept and shown as such)';
