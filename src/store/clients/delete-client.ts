import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';

/** Deletes a client with no notes; a client with notes answers conflict (delete the notes first). */
export async function deleteClient(store: Store, userId: string, clientId: string): Promise<void> {
  await store.transaction(async () => {
    const client = await store.db.selectFrom('clients').select('id').where('id', '=', clientId).where('user_id', '=', userId).executeTakeFirst();
    if (!client) throw new AppError('not_found', 'Client not found');
    const note = await store.db.selectFrom('notes').select('id').where('client_id', '=', clientId).limit(1).executeTakeFirst();
    if (note) throw new AppError('conflict', 'This client still has notes; delete them first');
    await store.db.deleteFrom('clients').where('id', '=', clientId).execute();
  });
}
