import type { Store } from '../open-store.ts';
import { findPlanRow } from './find-plan-row.ts';
import { type PlanView, toPlanView } from './plan-view.ts';

/**
 * One plan version as `userId` may see it, or not found.
 * @example const plan = await getPlan(store, userId, planId); // { version: 2, status: 'draft', content, prompts, … }
 */
export async function getPlan(store: Store, userId: string, planId: string): Promise<PlanView> {
  const { row, access } = await findPlanRow(store, userId, planId);
  return toPlanView(store, row, access);
}
