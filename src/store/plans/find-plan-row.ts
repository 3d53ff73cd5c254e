import { AppError } from '../app-error.ts';
import type { TreatmentPlansTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import { findPlanClient } from './find-plan-client.ts';
import type { PlanAccess } from './plan-view.ts';

/** A plan version `userId` may see (the client's clinician or their supervisor), or not found. */
export async function findPlanRow(store: Store, userId: string, planId: string): Promise<{ row: TreatmentPlansTable; access: PlanAccess }> {
  const row = await store.db.selectFrom('treatment_plans').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Plan not found');
  try {
    const { access } = await findPlanClient(store, userId, row.client_id);
    return { row, access };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') throw new AppError('not_found', 'Plan not found');
    throw error;
  }
}
