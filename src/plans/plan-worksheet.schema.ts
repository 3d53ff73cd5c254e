// The plan worksheet: what a clinician gives in fields rather than in a summary. It may be the only
// input. Messages name the field so a clinician knows what to fix.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD, e.g. 2027-03-01');
const line = (max: number): z.ZodString => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const ZPlanWorksheet = z
  .object({
    /** The plan's date; relative dates in the summary ("review in 90 days") count from it. */
    date: isoDate.optional(),
    diagnoses: z
      .array(
        z.union([
          z.string().trim().toUpperCase().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'use an ICD-10-CM code such as F41.1'),
          z.object({ code: z.string().trim().toUpperCase().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'use an ICD-10-CM code such as F41.1'), name: line(300).optional() }).strict(),
        ]),
      )
      .max(20)
      .optional(),
    problems: z.array(z.object({ problem: line(1000), impact: line(1000).optional() }).strict()).max(30).optional(),
    goals: z.array(line(500)).max(30).optional(),
    objectives: z
      .array(
        z
          .object({
            /** The goal it serves: its position in `goals`, counting from 1. */
            goal: z.number().int().min(1, 'is the goal’s number in goals, counting from 1').optional(),
            behaviour: line(500),
            measure: line(300).optional(),
            target: line(300).optional(),
            date: isoDate.optional(),
          })
          .strict(),
      )
      .max(60)
      .optional(),
    interventions: z.array(z.object({ modality: line(100).optional(), name: line(500), frequency: line(100).optional() }).strict()).max(30).optional(),
    sessionFrequency: line(100).optional(),
    strengths: z.array(line(500)).max(30).optional(),
    barriers: z.array(line(500)).max(30).optional(),
    targetDate: isoDate.optional(),
    reviewDate: isoDate.optional(),
    /** Library suggestions the clinician picked (src/plans/plan-library.ts), by id, with the details only the clinician can give. */
    picks: z
      .array(z.union([line(80), z.object({ id: line(80), target: line(300).optional(), date: isoDate.optional(), frequency: line(100).optional() }).strict()]))
      .max(100)
      .optional(),
  })
  .strict();
export type TPlanWorksheet = z.infer<typeof ZPlanWorksheet>;

/**
 * The first problems of a worksheet that failed ZPlanWorksheet, each naming its field.
 * @example
 * const parsed = ZPlanWorksheet.safeParse(input);
 * if (!parsed.success) throw new PlanError('invalid_worksheet', describeWorksheetIssues(parsed.error)); // "goals[1]: must not be empty"
 */
export function describeWorksheetIssues(error: z.ZodError, limit = 5): string {
  return error.issues
    .slice(0, limit)
    .map((issue) => {
      const path = issue.path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
      const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : issue.message;
      return `${path || 'worksheet'}: ${message}`;
    })
    .join('; ');
}
