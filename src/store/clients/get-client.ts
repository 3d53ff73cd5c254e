import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { type ClientView, toClientView } from './client-view.ts';

/**
 * The client if it belongs to `userId`; another clinician's client is simply not found.
 * @example const client = await getClient(store, userId, clientId); // { id, displayName: 'J.M.', noteCount: 3, … }
 */
export async function getClient(store: Store, userId: string, clientId: string): Promise<ClientView> {
  const row = await store.db.selectFrom('clients').selectAll().where('id', '=', clientId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Client not found');
  const count = await store.db.selectFrom('notes').select((eb) => eb.fn.countAll().as('n')).where('client_id', '=', clientId).executeTakeFirst();
  return toClientView(store, row, Number(count?.n ?? 0));
}
