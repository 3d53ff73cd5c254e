// A treatment plan as the drafter returns it, the store keeps it and the API and web edit it.
// Every item says where it came from (`source`), so a reader can check that nothing was invented.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

/** Where an item came from: character spans of the summary, a worksheet field, a picked library entry, or the clinician's edit. */
export const ZPlanSource = z.discriminatedUnion('origin', [
  z.object({ origin: z.literal('summary'), spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0) })) }),
  z.object({ origin: z.literal('worksheet'), field: z.string() }),
  z.object({ origin: z.literal('library'), id: z.string() }),
  z.object({ origin: z.literal('clinician') }),
]);
export type TPlanSource = z.infer<typeof ZPlanSource>;

const text = (what: string, max: number): z.ZodString => z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

export const ZPlanDiagnosis = z.object({
  code: z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'use an ICD-10-CM code such as F41.1'),
  /** The ICD-10-CM name, or the clinician's; empty when neither is known (the plan then asks). */
  name: z.string().max(300),
  source: ZPlanSource,
});

export const ZPlanProblem = z.object({
  text: text('a problem', 1000),
  /** How the problem affects daily life (work, school, relationships, self-care); null when not said. */
  impact: text('a functional impact', 1000).nullable(),
  source: ZPlanSource,
});

export const ZPlanGoal = z.object({ id: z.string().min(1).max(40), text: text('a goal', 500), source: ZPlanSource });

export const ZPlanObjective = z.object({
  id: z.string().min(1).max(40),
  /** The goal this objective serves; null when the input did not say. */
  goalId: z.string().max(40).nullable(),
  /** What the client will do or show; empty when the input gave only a measure, target and date (the plan then asks). */
  behaviour: z.string().trim().max(500, 'an objective’s behaviour must be at most 500 characters'),
  measure: text('an objective’s measure', 300).nullable(),
  target: text('an objective’s target', 300).nullable(),
  date: isoDate.nullable(),
  source: ZPlanSource,
});

export const ZPlanIntervention = z.object({
  /** CBT, DBT, EMDR, ... when the input names it. */
  modality: z.string().max(100).nullable(),
  text: text('an intervention', 500),
  frequency: text('an intervention’s frequency', 100).nullable(),
  source: ZPlanSource,
});

export const ZPlanItem = z.object({ text: text('an item', 500), source: ZPlanSource });

/** What the clinician still has to decide or give: the field, and a question naming it. */
export const ZPlanPrompt = z.object({ field: z.string(), message: z.string() });

export const ZPlanContent = z.object({
  diagnoses: z.array(ZPlanDiagnosis).max(20),
  problems: z.array(ZPlanProblem).max(30),
  goals: z.array(ZPlanGoal).max(30),
  objectives: z.array(ZPlanObjective).max(60),
  interventions: z.array(ZPlanIntervention).max(30),
  sessionFrequency: ZPlanItem.nullable(),
  strengths: z.array(ZPlanItem).max(30),
  barriers: z.array(ZPlanItem).max(30),
  targetDate: isoDate.nullable(),
  reviewDate: isoDate.nullable(),
});
export type TPlanContent = z.infer<typeof ZPlanContent>;
export type TPlanGoal = z.infer<typeof ZPlanGoal>;
export type TPlanObjective = z.infer<typeof ZPlanObjective>;
export type TPlanIntervention = z.infer<typeof ZPlanIntervention>;
export type TPlanProblem = z.infer<typeof ZPlanProblem>;
export type TPlanDiagnosis = z.infer<typeof ZPlanDiagnosis>;
export type TPlanItem = z.infer<typeof ZPlanItem>;
export type TPlanPrompt = z.infer<typeof ZPlanPrompt>;
