// The writing style a clinician chooses: one schema shared by the composer, the API and the web.
import { z } from 'zod';

export const ZStyle = z
  .object({
    clientTerm: z.string().trim().max(60, 'use at most 60 characters').optional(),
    pronouns: z.enum(['she', 'he', 'they']).optional(),
    clinicianTerm: z.enum(['therapist', 'clinician', 'this writer']).optional(),
    tense: z.enum(['past', 'present']).optional(),
    length: z.enum(['brief', 'standard', 'detailed']).optional(),
    keepQuotes: z.boolean().optional(),
    pirpLast: z.enum(['plan', 'progress']).optional(),
  })
  .strict();
export type TStyle = z.infer<typeof ZStyle>;
