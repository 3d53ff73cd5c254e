import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface AssignSupervisorOptions {
  clinicianId: string;
  /** A supervisor's or the owner's account; null removes the supervisor. */
  supervisorId: string | null;
}

/**
 * Sets who supervises a clinician (reads and co-signs their notes). The owner's decision; the
 * route checks the role. Only a clinician has a supervisor, and only a supervisor or the owner
 * can be one.
 * @example await assignSupervisor(store, { clinicianId, supervisorId });
 */
export async function assignSupervisor(store: Store, options: AssignSupervisorOptions): Promise<UserView> {
  const clinician = await store.db.selectFrom('users').select(['id', 'role']).where('id', '=', options.clinicianId).executeTakeFirst();
  if (!clinician) throw new AppError('not_found', 'Colleague not found');
  if (clinician.role !== 'clinician') throw new AppError('bad_request', 'Only a clinician can have a supervisor', { field: 'params.id' });
  if (options.supervisorId !== null) {
    const supervisor = await store.db.selectFrom('users').select(['id', 'role']).where('id', '=', options.supervisorId).executeTakeFirst();
    if (!supervisor || supervisor.role === 'clinician') {
      throw new AppError('bad_request', 'Choose a supervisor or the practice owner', { field: 'body.supervisorId' });
    }
  }
  await store.db.updateTable('users').set({ supervisor_id: options.supervisorId }).where('id', '=', options.clinicianId).execute();
  const row = await store.db.selectFrom('users').selectAll().where('id', '=', options.clinicianId).executeTakeFirstOrThrow();
  return toUserView(row);
}
