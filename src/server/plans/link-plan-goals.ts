// The plan goals a note names: those the clinician ticked (resolve-plan-progress.ts), and those
// whose own words the summary uses (findGoalsInSummary), which the composer then writes where the
// format puts goals exactly as a ticked goal without a progress rating. Done here, on the
// composer's caller side: the composer receives them as context.plan.goals lines, its contract.
import { findGoalsInSummary } from '#plans';
import { getActivePlan, type Store } from '#store';
import type { TPlanProgress } from './plan-progress.schema.ts';
import { resolvePlanProgress } from './resolve-plan-progress.ts';

export interface LinkPlanGoalsOptions {
  userId: string;
  /** The note's client; the ticked goals' client when only planProgress names one. */
  clientId?: string | null | undefined;
  summary?: string | null | undefined;
  planProgress?: TPlanProgress | null | undefined;
}

/**
 * The goal lines for the composer and the plan they came from (null when none was used).
 * @example
 * await linkPlanGoals(store, { userId, clientId, summary: 'Sleeping through the night 4 of 7 nights.' })
 * // { planId: '…', goals: ['Goal: Sleep through the night.'] }
 */
export async function linkPlanGoals(store: Store, options: LinkPlanGoalsOptions): Promise<{ planId: string | null; goals: string[] }> {
  const { userId, summary, planProgress } = options;
  const ticked = planProgress ? await resolvePlanProgress(store, userId, planProgress) : { planId: null, goals: [] };
  const clientId = planProgress?.clientId ?? options.clientId;
  if (!summary?.trim() || !clientId) return ticked;
  const plan = await getActivePlan(store, userId, clientId);
  if (!plan) return ticked;
  const tickedIds = new Set(planProgress?.items.map((i) => i.goalId) ?? []);
  const inSummary = findGoalsInSummary(summary, plan.content.goals.filter((g) => !tickedIds.has(g.id)));
  if (!inSummary.length) return ticked;
  const byId = new Map(plan.content.goals.map((g) => [g.id, g.text]));
  return { planId: plan.id, goals: [...ticked.goals, ...inSummary.map((g) => `Goal: ${byId.get(g.goalId)!.replace(/[.\s]+$/, '')}.`)] };
}
