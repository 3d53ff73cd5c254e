import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';

/**
 * Deletes a client with no notes, plans or signed documents, and their measures and draft documents. A client with notes answers conflict: signed notes are part of
 * the record and are never deleted, so such a client is archived instead (set-client-archived.ts).
 * @example await deleteClient(store, userId, clientId); // conflict if the client has notes
 */
export async function deleteClient(store: Store, userId: string, clientId: string): Promise<void> {
  await store.transaction(async () => {
    const client = await store.db.selectFrom('clients').select('id').where('id', '=', clientId).where('user_id', '=', userId).executeTakeFirst();
    if (!client) throw new AppError('not_found', 'Client not found');
    const note = await store.db.selectFrom('notes').select('id').where('client_id', '=', clientId).limit(1).executeTakeFirst();
    if (note) throw new AppError('conflict', CLIENT_WITH_NOTES_NOT_DELETABLE);
    // Treatment plans are part of the record too: a client with one is archived, not deleted.
    const plan = await store.db.selectFrom('treatment_plans').select('id').where('client_id', '=', clientId).limit(1).executeTakeFirst();
    if (plan) throw new AppError('conflict', CLIENT_WITH_PLANS_NOT_DELETABLE);
    // A signed document is part of the record too; unsigned drafts go with the client below.
    const signed = await store.db.selectFrom('client_documents').select('id').where('client_id', '=', clientId).where('status', '=', 'signed').limit(1).executeTakeFirst();
    if (signed) throw new AppError('conflict', CLIENT_WITH_SIGNED_DOCUMENTS_NOT_DELETABLE);
    // Measures go with the client's profile (they are not part of any signed note).
    await store.db.deleteFrom('client_measures').where('client_id', '=', clientId).execute();
    // So do unsigned drafts of documents written from templates.
    await store.db.deleteFrom('client_documents').where('client_id', '=', clientId).execute();
    await store.db.deleteFrom('clients').where('id', '=', clientId).execute();
  });
}

const CLIENT_WITH_NOTES_NOT_DELETABLE =
  'This client has notes, so the client cannot be deleted: signed notes are kept. Archive the client instead (kept, hidden from Write, can be restored).';

const CLIENT_WITH_PLANS_NOT_DELETABLE = 'This client has a treatment plan, so the client cannot be deleted: plans are kept. Archive the client instead.';

const CLIENT_WITH_SIGNED_DOCUMENTS_NOT_DELETABLE = 'This client has a signed document, so the client cannot be deleted: signed documents are kept. Archive the client instead.';
