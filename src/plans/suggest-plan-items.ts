// Which library conditions to offer for a plan: those a given diagnosis code belongs to, and those
// the summary's words point to. Offered only: the plan holds nothing from here until it is picked.
import { PLAN_LIBRARY } from './plan-library.ts';
import type { LibraryCondition } from './plan-library.schema.ts';

export interface PlanSuggestion {
  condition: LibraryCondition;
  /** Why it is offered: "diagnosis F41.1" or "the summary mentions “worry”". */
  reason: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @example suggestPlanItems({ codes: ['F41.1'], summary: '' })[0]?.condition.key // 'generalized-anxiety'
 */
export function suggestPlanItems(input: { codes: readonly string[]; summary: string }): PlanSuggestion[] {
  const out: PlanSuggestion[] = [];
  for (const condition of PLAN_LIBRARY) {
    const code = input.codes.find((c) => condition.codes.some((prefix) => c.startsWith(prefix)));
    if (code) {
      out.push({ condition, reason: `diagnosis ${code}` });
      continue;
    }
    const cue = condition.cues.find((word) => new RegExp(`\\b${escapeRegExp(word)}`, 'i').test(input.summary));
    if (cue) out.push({ condition, reason: `the summary mentions “${cue.trim()}”` });
  }
  return out;
}

/**
 * A library entry by id, with what kind of entry it is; undefined for an unknown id.
 * @example findLibraryItem('depression.goal.mood')?.kind; // 'goal'
 */
export function findLibraryItem(id: string):
  | { kind: 'goal'; item: LibraryCondition['goals'][number] }
  | { kind: 'objective'; item: LibraryCondition['objectives'][number] }
  | { kind: 'intervention'; item: LibraryCondition['interventions'][number] }
  | null {
  for (const condition of PLAN_LIBRARY) {
    const goal = condition.goals.find((g) => g.id === id);
    if (goal) return { kind: 'goal', item: goal };
    const objective = condition.objectives.find((o) => o.id === id);
    if (objective) return { kind: 'objective', item: objective };
    const intervention = condition.interventions.find((i) => i.id === id);
    if (intervention) return { kind: 'intervention', item: intervention };
  }
  return null;
}
