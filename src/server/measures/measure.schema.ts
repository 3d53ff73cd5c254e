import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const ZMeasureParams = z.object({ id: z.string().max(64) });

export const ZCreateMeasureRequest = z.object({
  /** The instrument's name or a jotted alias ("PHQ-9", "phq9"). */
  instrument: z.string().trim().min(1, 'choose an instrument, such as PHQ-9').max(20),
  /** The day the measure was taken. */
  takenOn: z
    .string()
    .regex(ISO_DATE, 'use a date as YYYY-MM-DD')
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'use a real calendar date'),
  /** One answer per item, in order; or give `total`. */
  items: z.array(z.number().int('each item answer is a whole number')).max(40).nullish(),
  total: z.number().int('the total is a whole number').nullish(),
});

const ZScoreChange = z.object({ points: z.number().int(), reliable: z.boolean().nullable(), direction: z.enum(['better', 'worse', 'same']) });

const ZMeasure = z.object({
  id: z.string(),
  clientId: z.string(),
  /** As src/measures spells it: "PHQ-9". */
  instrument: z.string(),
  fullName: z.string(),
  takenOn: z.string(),
  items: z.array(z.number().int()).nullable(),
  total: z.number().int(),
  /** The instrument's lowest and highest total (for charts). */
  min: z.number().int(),
  max: z.number().int(),
  /** The published severity band; null when the instrument has none. */
  band: z.string().nullable(),
  /** Items the note must address (PHQ-9 item 9 above zero), or a risk item not known from a total. */
  warnings: z.array(z.object({ code: z.enum(['risk_item', 'risk_item_unknown']), item: z.number().int(), message: z.string() })),
  /** From the previous and from the first administration of the same instrument. */
  change: z.object({
    fromPrevious: ZScoreChange.nullable(),
    fromBaseline: ZScoreChange.nullable(),
    threshold: z.object({ points: z.number().int(), meaning: z.string() }).nullable(),
  }),
  enteredBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
});
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZMeasureResponse = z.object({ measure: ZMeasure });
export const ZMeasuresResponse = z.object({ measures: z.array(ZMeasure) });
