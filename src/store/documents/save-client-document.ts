// Documents written from a template and kept with the client, as drafts. The client's clinician
// saves them; that clinician and their supervisor read them (the same rule as notes); anyone else
// is told the client does not exist. Editing, signing and the rest: change-client-document.ts.
import { randomUUID } from 'node:crypto';
import type { TTemplateDocument } from '#documents';
import { AppError } from '../app-error.ts';
import { findClientAccess } from '../clients/find-client-access.ts';
import { sealField, sealJson } from '../crypto/seal-field.ts';
import type { ClientDocumentsTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import type { TClientDocument } from './client-document.schema.ts';
import { toClientDocument } from './find-client-document.ts';

export type ClientDocumentView = TClientDocument;

export interface SaveClientDocumentOptions {
  userId: string;
  clientId: string;
  document: TTemplateDocument;
  /** The template's own title, listed beside the document's. */
  templateTitle?: string | null | undefined;
}

/** @example const saved = await saveClientDocument(store, { userId: user.id, clientId, document, templateTitle: 'Intake' }); */
export async function saveClientDocument(store: Store, options: SaveClientDocumentOptions): Promise<ClientDocumentView> {
  const { userId, clientId, document } = options;
  if ((await findClientAccess(store, userId, clientId)) !== 'clinician') throw new AppError('forbidden', 'Only the client’s clinician can save documents for this client');
  const id = randomUUID();
  const now = store.now().toISOString();
  const row: ClientDocumentsTable = {
    id,
    user_id: userId,
    client_id: clientId,
    document_enc: (await sealJson(store, userId, 'client_documents', id, 'document', document))!,
    created_at: now,
    status: 'draft',
    updated_at: now,
    template_title_enc: await sealField(store, userId, 'client_documents', id, 'template_title', options.templateTitle?.trim() || null),
    signed_at: null,
    signed_by_name: null,
    signed_by_credentials: null,
    entered_in_error_at: null,
    entered_in_error_reason_enc: null,
  };
  await store.db.insertInto('client_documents').values(row).execute();
  return toClientDocument(store, row, 'author');
}

/**
 * The client's saved documents, newest first (the client's clinician or supervisor only).
 * @example
 * const documents = await listClientDocuments(store, auth.user.id, request.params.id);
 */
export async function listClientDocuments(store: Store, userId: string, clientId: string): Promise<ClientDocumentView[]> {
  const access = (await findClientAccess(store, userId, clientId)) === 'clinician' ? 'author' : 'supervisor';
  const rows = await store.db.selectFrom('client_documents').selectAll().where('client_id', '=', clientId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((row) => toClientDocument(store, row, access));
}
