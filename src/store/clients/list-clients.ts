import type { Store } from '../open-store.ts';
import { type ClientView, toClientView } from './client-view.ts';

/**
 * The clinician's own clients, archived ones included (each says so), by display name (sorted after
 * decryption).
 * @example const clients = await listClients(store, userId); // [{ displayName: 'A.B.', archivedAt: null, … }, …]
 */
export async function listClients(store: Store, userId: string): Promise<ClientView[]> {
  const rows = await store.db.selectFrom('clients').selectAll().where('user_id', '=', userId).execute();
  const counts = await store.db
    .selectFrom('notes')
    .select(['client_id', (eb) => eb.fn.countAll().as('n')])
    .where('user_id', '=', userId)
    .where('client_id', 'is not', null)
    .groupBy('client_id')
    .execute();
  const noteCounts = new Map(counts.map((c) => [c.client_id, Number(c.n)]));
  return rows.map((row) => toClientView(store, row, noteCounts.get(row.id) ?? 0)).sort((a, b) => a.displayName.localeCompare(b.displayName));
}
