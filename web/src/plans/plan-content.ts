// Changing a plan in the browser: edits mark an item as the clinician's own (its text no longer
// traces to the summary), and a picked suggestion enters with its library id. Nothing is added
// that the clinician did not pick or type.
import type { LibraryCondition } from '../../../src/plans/plan-library.schema.ts';
import type { TPlanContent, TPlanSource } from '../../../src/plans/plan.schema.ts';

export type PlanContent = TPlanContent;
export const BY_CLINICIAN: TPlanSource = { origin: 'clinician' };

function nextId(prefix: string, taken: readonly { id: string }[]): string {
  let n = taken.length + 1;
  while (taken.some((t) => t.id === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A goal, objective or intervention the clinician picked from the library. */
export function addPicked(plan: PlanContent, condition: LibraryCondition, id: string): PlanContent {
  const goal = condition.goals.find((g) => g.id === id);
  if (goal) return { ...plan, goals: [...plan.goals, { id: nextId('g', plan.goals), text: goal.text, source: { origin: 'library', id } }] };
  const objective = condition.objectives.find((o) => o.id === id);
  if (objective) {
    const served = plan.goals.find((g) => g.source.origin === 'library' && g.source.id === objective.goal);
    const added = { id: nextId('o', plan.objectives), goalId: served?.id ?? null, behaviour: objective.behaviour, measure: objective.measure, target: objective.target, date: null, source: { origin: 'library' as const, id } };
    return { ...plan, objectives: [...plan.objectives, added] };
  }
  const intervention = condition.interventions.find((i) => i.id === id);
  if (intervention) return { ...plan, interventions: [...plan.interventions, { modality: intervention.modality, text: intervention.text, frequency: null, source: { origin: 'library', id } }] };
  return plan;
}

/** Whether a library item is already in the plan. */
export function isPicked(plan: PlanContent, id: string): boolean {
  return [...plan.goals, ...plan.objectives, ...plan.interventions].some((item) => item.source.origin === 'library' && item.source.id === id);
}

export function newGoal(plan: PlanContent): PlanContent {
  return { ...plan, goals: [...plan.goals, { id: nextId('g', plan.goals), text: 'New goal', source: BY_CLINICIAN }] };
}

export function newObjective(plan: PlanContent, goalId: string | null): PlanContent {
  return { ...plan, objectives: [...plan.objectives, { id: nextId('o', plan.objectives), goalId, behaviour: 'New objective', measure: null, target: null, date: null, source: BY_CLINICIAN }] };
}

/** Lines of a text box as plan items; an unchanged line keeps its source. */
export function linesToItems(text: string, before: PlanContent['strengths']): PlanContent['strengths'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => before.find((item) => item.text === line) ?? { text: line, source: BY_CLINICIAN });
}

/** "" for a cleared field: the plan holds null (the server then asks for it). */
export function orNull(text: string): string | null {
  return text.trim() ? text : null;
}
