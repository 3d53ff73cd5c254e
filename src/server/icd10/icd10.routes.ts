import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ICD10_CODES, ICD10_RELEASE, ICD10_RELEASE_ENDS } from './icd10-codes.ts';
import { ZIcd10Response } from './icd10.schema.ts';

export const icd10Routes: FastifyPluginAsyncZod = async (app) => {
  // Reference data, no clinical content: public.
  app.get('/api/icd10', { config: { public: true }, schema: { tags: ['reference'], response: { 200: ZIcd10Response } } }, async () => ({
    codes: [...ICD10_CODES],
    release: ICD10_RELEASE,
    releaseEnds: ICD10_RELEASE_ENDS,
  }));
};
