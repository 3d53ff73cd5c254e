import type { Store } from '../open-store.ts';
import { type ClientView, toClientView } from './client-view.ts';

/** The clinician's own clients, by display name (sorted after decryption). */
export async function listClients(store: Store, userId: string): Promise<ClientView[]> {
  const rows = await store.db.selectFrom('clients').selectAll().where('user_id', '=', userId).execute();
  return rows.map((row) => toClientView(store, row)).sort((a, b) => a.displayName.localeCompare(b.displayName));
}
