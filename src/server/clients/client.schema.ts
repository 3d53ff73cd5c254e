import { z } from 'zod';
import { ZFormatInput, ZFormatKey } from '../compose/document.schema.ts';
import { ICD10_CODE_FORMAT } from '../icd10/icd10.schema.ts';

export const ZDiagnosis = z.object({
  code: z.string().trim().regex(ICD10_CODE_FORMAT, 'use an ICD-10-CM code such as F41.1'),
  label: z.string().trim().min(1).max(300),
});

export type TDiagnosis = z.infer<typeof ZDiagnosis>;

export const ZPronouns = z.enum(['she', 'he', 'they']);

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

const fields = {
  displayName: z.string().trim().min(1, 'give a display name or initials').max(100),
  realName: z.string().trim().max(200),
  pronouns: ZPronouns,
  diagnoses: z.array(ZDiagnosis).max(20),
  preferredFormat: ZFormatInput,
  context: z.string().max(5000),
};

export const ZCreateClientRequest = z.object({
  displayName: fields.displayName,
  realName: fields.realName.nullish(),
  pronouns: fields.pronouns.nullish(),
  diagnoses: fields.diagnoses.nullish(),
  preferredFormat: fields.preferredFormat.nullish(),
  context: fields.context.nullish(),
});
export type TCreateClientRequest = z.infer<typeof ZCreateClientRequest>;

/** Fields to change; null clears an optional one. */
export const ZUpdateClientRequest = z.object({
  displayName: fields.displayName.optional(),
  realName: fields.realName.nullable().optional(),
  pronouns: fields.pronouns.nullable().optional(),
  diagnoses: fields.diagnoses.nullable().optional(),
  preferredFormat: fields.preferredFormat.nullable().optional(),
  context: fields.context.nullable().optional(),
});
export type TUpdateClientRequest = z.infer<typeof ZUpdateClientRequest>;

export const ZClientParams = z.object({ id: z.string().max(64) });
export const ZClientResponse = z.object({ client: ZClient });
export const ZClientsResponse = z.object({ clients: z.array(ZClient) });
export const ZLastPlanResponse = z.object({ plan: z.string().optional(), homework: z.string().optional(), noteId: z.string().optional() });
export type TLastPlanResponse = z.infer<typeof ZLastPlanResponse>;
