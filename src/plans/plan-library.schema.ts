// The shape of a library entry (src/plans/plan-library.ts), shared with the API and web/.
import { z } from 'zod';

const ZLibraryGoal = z.object({ id: z.string(), text: z.string() });
const ZLibraryObjective = z.object({
  id: z.string(),
  /** The library goal this objective serves. */
  goal: z.string(),
  behaviour: z.string(),
  measure: z.string(),
  target: z.string(),
});
const ZLibraryIntervention = z.object({ id: z.string(), modality: z.string(), text: z.string() });

export const ZLibraryCondition = z.object({
  key: z.string(),
  label: z.string(),
  /** ICD-10-CM code prefixes this condition is offered for ("F41.1" matches F41.1; "F10" matches F10.20). */
  codes: z.array(z.string()).readonly(),
  /** Words in a summary that make this condition worth offering (lower case, matched as word starts). */
  cues: z.array(z.string()).readonly(),
  goals: z.array(ZLibraryGoal).readonly(),
  objectives: z.array(ZLibraryObjective).readonly(),
  interventions: z.array(ZLibraryIntervention).readonly(),
});
export type LibraryCondition = z.infer<typeof ZLibraryCondition>;
