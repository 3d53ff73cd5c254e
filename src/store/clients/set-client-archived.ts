import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import type { ClientView } from './client-view.ts';
import { getClient } from './get-client.ts';

export interface SetClientArchivedOptions {
  userId: string;
  clientId: string;
  /** true archives (discharges) the client; false restores them. */
  archived: boolean;
}

/**
 * Archives a client (discharged: the profile and notes are kept, the client is hidden from the
 * client picker on Write) or restores them. Archiving an archived client keeps its first date.
 * @example await setClientArchived(store, { userId, clientId, archived: true });
 */
export async function setClientArchived(store: Store, options: SetClientArchivedOptions): Promise<ClientView> {
  const now = store.now().toISOString();
  let query = store.db
    .updateTable('clients')
    .set(options.archived ? { archived_at: now, updated_at: now } : { archived_at: null, updated_at: now })
    .where('id', '=', options.clientId)
    .where('user_id', '=', options.userId);
  if (options.archived) query = query.where('archived_at', 'is', null);
  const result = await query.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    // Not updated: either not this clinician's client, or already archived.
    const client = await getClient(store, options.userId, options.clientId);
    if (!options.archived || !client.archivedAt) throw new AppError('not_found', 'Client not found');
    return client;
  }
  return getClient(store, options.userId, options.clientId);
}
