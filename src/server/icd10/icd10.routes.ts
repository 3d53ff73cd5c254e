import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ICD10_CODES } from './icd10-codes.ts';

export const ZIcd10Response = z.object({ codes: z.array(z.object({ code: z.string(), label: z.string() })) });

export const icd10Routes: FastifyPluginAsyncZod = async (app) => {
  // Reference data, no clinical content: public.
  app.get('/api/icd10', { config: { public: true }, schema: { tags: ['reference'], response: { 200: ZIcd10Response } } }, async () => ({
    codes: [...ICD10_CODES],
  }));
};
