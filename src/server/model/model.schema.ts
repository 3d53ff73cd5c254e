import type { PolishedDocument } from '#model-verify';
import { DOCUMENT_FIELDS, ZSource } from '#store';
import { z } from 'zod';
import { ZDocument } from '../compose/document.schema.ts';

const ZEndpointReach = z.enum(['loopback', 'private', 'outside']);

const ZModelSettings = z.object({
  enabled: z.boolean(),
  baseUrl: z.string().nullable(),
  model: z.string().nullable(),
  /** The key itself is never sent back. */
  hasKey: z.boolean(),
  stream: z.boolean(),
  timeoutSeconds: z.number().int(),
  /** Where the endpoint is; null without one. */
  reach: ZEndpointReach.nullable(),
  /** What turning on an outside endpoint sends, to show before asking for confirmation. */
  outsideNotice: z.string(),
});
export type TModelSettings = z.infer<typeof ZModelSettings>;

const ZBaseUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password && !url.search && !url.hash;
    } catch {
      return false;
    }
  }, 'give the API root as an http:// or https:// address such as http://127.0.0.1:11434/v1 (no user, query or #)');

export const ZPutModelSettingsRequest = z.object({
  enabled: z.boolean(),
  baseUrl: ZBaseUrl.nullable(),
  model: z.string().trim().min(1, 'name the model, as your server calls it').max(200).nullable(),
  /** Left out: keep the stored key. null: remove it. */
  apiKey: z.string().trim().min(1).max(500).nullable().optional(),
  stream: z.boolean().default(true),
  timeoutSeconds: z.number().int().min(5, 'allow your model at least 5 seconds').max(600, 'allow your model at most 600 seconds').default(60),
  /** true: the user read the notice and agrees to send redacted sections to this outside endpoint. */
  confirmOutside: z.boolean().optional(),
});
export const ZModelSettingsResponse = z.object({ model: ZModelSettings });

export const ZPolishRequest = z.object({
  document: ZDocument,
  clientId: z.string().max(64).nullish(),
});

const ZPolishedSentence = z.object({
  text: z.string(),
  source: z.array(ZSource),
  from: z.array(z.number().int()),
  modelAdded: z.boolean(),
});
const ZPolishedDocumentObject = z.looseObject({
  ...DOCUMENT_FIELDS,
  sections: z.array(z.object({ key: z.string(), title: z.string(), text: z.string(), sentences: z.array(ZPolishedSentence) })),
});
/** The verifier's polished draft; typed as src/model-verify declares it (the compiler checks the two agree). */
const ZPolishedDocument: z.ZodType<PolishedDocument, z.input<typeof ZPolishedDocumentObject>> = ZPolishedDocumentObject;

export const ZPolishResponse = z.union([
  z.object({
    accepted: z.literal(true),
    document: ZPolishedDocument,
    modelAdded: z.number().int(),
  }),
  z.object({ accepted: z.literal(false), check: z.string(), message: z.string(), section: z.string().optional() }),
]);
export type TPolishResponse = z.infer<typeof ZPolishResponse>;
