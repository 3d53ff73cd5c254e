// Turns the ticked goals of a compose request into the lines the composer receives as
// `context.plan.goals`, in the words of the active plan plus the clinician's rating and line.
// Ids that are not in the client's active plan are refused, naming the field.
import { AppError, getActivePlan, type Store } from '#store';
import type { TPlanProgress } from './plan-progress.schema.ts';

/**
 * @example await resolvePlanProgress(store, userId, { clientId, items: [{ goalId: 'g1', progress: 'improved' }] })
 * // { planId: '…', goals: ['Goal: sleep through the night. Progress: improved.'] }
 */
export async function resolvePlanProgress(store: Store, userId: string, progress: TPlanProgress): Promise<{ planId: string | null; goals: string[] }> {
  if (!progress.items.length) return { planId: null, goals: [] };
  const plan = await getActivePlan(store, userId, progress.clientId);
  if (!plan) throw new AppError('bad_request', 'This client has no signed treatment plan to tick goals from', { field: 'body.planProgress.clientId' });
  const goals = progress.items.map((item, i) => {
    const goal = plan.content.goals.find((g) => g.id === item.goalId);
    if (!goal) throw new AppError('bad_request', `There is no goal ${item.goalId} in the active plan`, { field: `body.planProgress.items.${i}.goalId` });
    const objective = item.objectiveId ? plan.content.objectives.find((o) => o.id === item.objectiveId && o.goalId === goal.id) : undefined;
    if (item.objectiveId && !objective) throw new AppError('bad_request', `There is no objective ${item.objectiveId} under goal ${item.goalId} in the active plan`, { field: `body.planProgress.items.${i}.objectiveId` });
    const note = item.note?.trim();
    return `Goal: ${goal.text.replace(/[.\s]+$/, '')}.${objective ? ` Objective: ${objective.behaviour.replace(/[.\s]+$/, '')}.` : ''} Progress: ${item.progress}.${note ? ` ${note.replace(/[.\s]+$/, '')}.` : ''}`;
  });
  return { planId: plan.id, goals };
}
