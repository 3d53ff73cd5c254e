import type { Store } from '../open-store.ts';
import { findPlanClient } from './find-plan-client.ts';
import { type PlanView, toPlanView } from './plan-view.ts';

/**
 * Every version of the client's plan, newest first, for the clinician or their supervisor.
 * @example const [newest] = await listPlans(store, userId, clientId); // version 3, 2, 1
 */
export async function listPlans(store: Store, userId: string, clientId: string): Promise<PlanView[]> {
  const { access } = await findPlanClient(store, userId, clientId);
  const rows = await store.db.selectFrom('treatment_plans').selectAll().where('client_id', '=', clientId).orderBy('version', 'desc').execute();
  return rows.map((row) => toPlanView(store, row, access));
}

/**
 * The active plan: the newest signed version, or null when none is signed.
 * @example const active = await getActivePlan(store, userId, clientId); // null until a version is signed
 */
export async function getActivePlan(store: Store, userId: string, clientId: string): Promise<PlanView | null> {
  const { access } = await findPlanClient(store, userId, clientId);
  const row = await store.db.selectFrom('treatment_plans').selectAll().where('client_id', '=', clientId).where('status', '=', 'signed').orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row ? toPlanView(store, row, access) : null;
}
