// The worksheet: structured details a clinician ticks after a session. It may be the only input.
// Its option lists (worksheet-options.ts) are shared with the web form, which renders them as
// checkboxes and selects; the web loads this schema only when a note is written.
import { z } from 'zod';
import {
  INTERVENTION_OPTIONS,
  type InterventionModality,
  MSE_OPTIONS,
  type MseDomain,
  PROGRESS_OPTIONS,
  RESPONSE_OPTIONS,
  SERVICE_TYPES,
  SESSION_MODALITIES,
} from './worksheet-options.ts';

export * from './worksheet-options.ts';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour time HH:MM, e.g. 14:05');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

const mseShape = Object.fromEntries(
  Object.entries(MSE_OPTIONS).map(([domain, options]) => [domain, z.array(z.enum(options as unknown as [string, ...string[]])).optional()]),
) as { [K in MseDomain]: z.ZodOptional<z.ZodArray<z.ZodEnum<{ [V in (typeof MSE_OPTIONS)[K][number]]: V }>>> };

export const ZWorksheet = z
  .object({
    date: date.optional(),
    startTime: time.optional(),
    endTime: time.optional(),
    minutes: z.number().int().min(1, 'minutes must be at least 1').max(600, 'minutes must be at most 600').optional(),
    serviceType: z.enum(SERVICE_TYPES).optional(),
    modality: z.enum(SESSION_MODALITIES).optional(),
    location: z.string().max(200).optional(),
    clientLocation: z.string().max(200).optional(),
    telehealthConsent: z.boolean().optional(),
    participants: z.array(z.string().min(1).max(100)).optional(),
    mse: z.object(mseShape).partial().optional(),
    risk: z
      .object({
        si: z.enum(['denied', 'passive', 'active', 'not_assessed']).optional(),
        hi: z.enum(['denied', 'present', 'not_assessed']).optional(),
        selfHarm: z.enum(['denied', 'present', 'history', 'not_assessed']).optional(),
        plan: z.boolean().optional(),
        intent: z.boolean().optional(),
        means: z.boolean().optional(),
        level: z.enum(['low', 'moderate', 'high']).optional(),
        protectiveFactors: z.array(z.string().min(1).max(200)).optional(),
        safetyPlan: z.array(z.string().min(1).max(200)).optional(),
      })
      .optional(),
    interventions: z
      .array(
        z.object({
          modality: z.enum(Object.keys(INTERVENTION_OPTIONS) as [InterventionModality, ...InterventionModality[]]),
          name: z.string().min(1).max(200),
        }),
      )
      .optional(),
    goals: z.array(z.string().min(1).max(300)).optional(),
    response: z.array(z.enum(RESPONSE_OPTIONS)).optional(),
    progress: z.enum(PROGRESS_OPTIONS).optional(),
    homework: z.array(z.string().min(1).max(300)).optional(),
    plan: z.array(z.string().min(1).max(300)).optional(),
    nextAppointment: z.string().max(100).optional(),
    diagnoses: z.array(z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'use an ICD-10-CM code such as F41.1')).optional(),
  })
  .strict();

export type Worksheet = z.infer<typeof ZWorksheet>;
