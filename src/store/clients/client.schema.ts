// A client as the store returns it and the API answers it: the single source of this shape.
// src/server/clients/client.schema.ts re-exports it and adds what a request must satisfy.
import { z } from 'zod';
import { ZFormatKey } from '../notes/document.schema.ts';

/** A diagnosis on file (the API checks the code's ICD-10-CM form on the way in). */
export const ZDiagnosis = z.object({ code: z.string(), label: z.string() });
export type TDiagnosis = z.infer<typeof ZDiagnosis>;

export const ZPronouns = z.enum(['she', 'he', 'they']);
export type TPronouns = z.infer<typeof ZPronouns>;

export const ZClient = z.object({
  id: z.string(),
  displayName: z.string(),
  realName: z.string().nullable(),
  pronouns: ZPronouns.nullable(),
  diagnoses: z.array(ZDiagnosis),
  preferredFormat: ZFormatKey.nullable(),
  context: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the client was archived (discharged): kept, hidden from Write; null while active. */
  archivedAt: z.string().nullable(),
  /** The clinician's notes for this client: a client with notes cannot be deleted, only archived. */
  noteCount: z.number().int(),
});
export type TClient = z.infer<typeof ZClient>;
