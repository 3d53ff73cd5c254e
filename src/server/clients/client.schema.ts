import { z } from 'zod';
import { ZClient, ZDiagnosis, ZPronouns } from '#store';
import { ZFormatInput } from '../compose/document.schema.ts';
import { ICD10_CODE_FORMAT } from '../icd10/icd10.schema.ts';

// The client as the store returns it is declared beside the store (src/store/clients/client.schema.ts).
export type { TClient, TDiagnosis } from '#store';

/** A diagnosis as a request gives it: the stored shape, with an ICD-10-CM code and a label. */
const ZDiagnosisInput = ZDiagnosis.extend({
  code: z.string().trim().regex(ICD10_CODE_FORMAT, 'use an ICD-10-CM code such as F41.1'),
  label: z.string().trim().min(1).max(300),
});

const fields = {
  displayName: z.string().trim().min(1, 'give a display name or initials').max(100),
  realName: z.string().trim().max(200),
  pronouns: ZPronouns,
  diagnoses: z.array(ZDiagnosisInput).max(20),
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

export const ZClientParams = z.object({ id: z.string().max(64) });
export const ZClientResponse = z.object({ client: ZClient });
export const ZClientsResponse = z.object({ clients: z.array(ZClient) });
export const ZLastPlanResponse = z.object({ plan: z.string().optional(), homework: z.string().optional(), noteId: z.string().optional() });
export type TLastPlanResponse = z.infer<typeof ZLastPlanResponse>;
