// Who may reach a client's plans: the same people as the client's notes. The client's clinician
// reads and changes them; that clinician's supervisor reads them. Everyone else is told the
// client does not exist, so ids leak nothing.
import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import type { PlanAccess } from './plan-view.ts';

/** The access `userId` has to the client's plans, or not found. */
export async function findPlanClient(store: Store, userId: string, clientId: string): Promise<{ clinicianId: string; access: PlanAccess }> {
  const found = await store.db
    .selectFrom('clients')
    .innerJoin('users', 'users.id', 'clients.user_id')
    .select(['clients.user_id as clinician_id', 'users.supervisor_id as supervisor_id'])
    .where('clients.id', '=', clientId)
    .executeTakeFirst();
  if (!found) throw new AppError('not_found', 'Client not found');
  if (found.clinician_id === userId) return { clinicianId: found.clinician_id, access: 'author' };
  if (found.supervisor_id !== null && found.supervisor_id === userId) return { clinicianId: found.clinician_id, access: 'supervisor' };
  throw new AppError('not_found', 'Client not found');
}

/** Only the client's clinician changes a plan; a supervisor is refused, anyone else is told not found. */
export async function findOwnPlanClient(store: Store, userId: string, clientId: string): Promise<void> {
  const { access } = await findPlanClient(store, userId, clientId);
  if (access !== 'author') throw new AppError('forbidden', 'Only the client’s clinician can change the treatment plan');
}
