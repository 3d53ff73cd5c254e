// Documents written from a template and kept with the client. The client's clinician saves them;
// that clinician and their supervisor read them (the same rule as notes); anyone else is told the
// client does not exist. A saved document is a record as written: there is no editing or signing
// of it here (a clinician who needs a signed record writes a note).
import { randomUUID } from 'node:crypto';
import type { TTemplateDocument } from '#documents';
import { AppError } from '../app-error.ts';
import { findClientAccess } from '../clients/find-client-access.ts';
import { openJson, sealJson } from '../crypto/seal-field.ts';
import type { ClientDocumentsTable } from '../database.ts';
import type { Store } from '../open-store.ts';

export interface ClientDocumentView {
  id: string;
  clientId: string;
  document: TTemplateDocument;
  createdAt: string;
}

/** @example const saved = await saveClientDocument(store, user.id, clientId, document); */
export async function saveClientDocument(store: Store, userId: string, clientId: string, document: TTemplateDocument): Promise<ClientDocumentView> {
  if ((await findClientAccess(store, userId, clientId)) !== 'clinician') throw new AppError('forbidden', 'Only the client’s clinician can save documents for this client');
  const id = randomUUID();
  const row = { id, user_id: userId, client_id: clientId, document_enc: (await sealJson(store, userId, 'client_documents', id, 'document', document))!, created_at: store.now().toISOString() };
  await store.db.insertInto('client_documents').values(row).execute();
  return toView(store, row);
}

/**
 * The client's saved documents, newest first (the client's clinician or supervisor only).
 * @example
 * const documents = await listClientDocuments(store, auth.user.id, request.params.id);
 */
export async function listClientDocuments(store: Store, userId: string, clientId: string): Promise<ClientDocumentView[]> {
  await findClientAccess(store, userId, clientId);
  const rows = await store.db.selectFrom('client_documents').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((row) => toView(store, row));
}

function toView(store: Store, row: ClientDocumentsTable): ClientDocumentView {
  return { id: row.id, clientId: row.client_id, document: openJson<TTemplateDocument>(store, 'client_documents', row.id, 'document', row.document_enc)!, createdAt: row.created_at };
}
