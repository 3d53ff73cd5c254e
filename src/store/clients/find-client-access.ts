// Who may reach a client's clinical records beyond the profile (measures): the same rule as for
// notes (notes/find-note-row.ts). The client's clinician reads and writes; that clinician's
// supervisor reads; anyone else is told the client does not exist.
import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';

export type ClientAccess = 'clinician' | 'supervisor';

/** @example const access = await findClientAccess(store, user.id, clientId); // 'clinician' */
export async function findClientAccess(store: Store, userId: string, clientId: string): Promise<ClientAccess> {
  const found = await store.db
    .selectFrom('clients')
    .innerJoin('users', 'users.id', 'clients.user_id')
    .select(['clients.user_id as owner_id', 'users.supervisor_id as supervisor_id'])
    .where('clients.id', '=', clientId)
    .executeTakeFirst();
  if (found?.owner_id === userId) return 'clinician';
  if (found && found.supervisor_id !== null && found.supervisor_id === userId) return 'supervisor';
  throw new AppError('not_found', 'Client not found');
}
