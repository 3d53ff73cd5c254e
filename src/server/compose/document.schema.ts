// The composer's Document (src/compose/types.ts) as a zod schema, for validating what the web
// sends back (an edited document) and documenting what /api/compose answers. Objects are
// loose so a field the composer adds later passes through instead of being dropped.
import { z } from 'zod';
import { SERVICE_TYPES, SESSION_MODALITIES } from '#worksheet';
import { FORMAT_KEYS } from './format-keys.ts';

export const ZFormatKey = z.enum(FORMAT_KEYS);
/** Accepts any case ("SOAP") as the composer does, and answers the lower-case key. */
export const ZFormatInput = z.string().trim().toLowerCase().pipe(ZFormatKey);

export const ZSource = z.union([
  z.object({ origin: z.enum(['summary', 'dictation']), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ origin: z.enum(['worksheet', 'profile', 'plan']), field: z.string().max(300) }),
]);

/**
 * How large a Document may be. Every count a summary the API accepts (20,000 characters) can
 * produce fits: at most one clause per two characters, each spelled out to several times its
 * length ("SI" -> "suicidal ideation"). What decides is the whole document's size, kept so that a
 * saved note (summary and document together) stays under the request body limit (2 MiB).
 * A composed document beyond them is refused with a message saying what to shorten
 * (src/compose-pool/check-document-limits.ts, in the composer thread), never a 500.
 */
export const DOCUMENT_LIMITS = {
  sentenceChars: 200_000,
  sourcesPerSentence: 10_000,
  sectionChars: 500_000,
  sentencesPerSection: 10_000,
  riskItems: 10_000,
  riskItemChars: 20_000,
  warnings: 1_000,
  /** The whole Document as JSON, in UTF-8 bytes. */
  documentBytes: 1_500_000,
} as const;

export const ZSentence = z.looseObject({
  text: z.string().max(DOCUMENT_LIMITS.sentenceChars),
  source: z.array(ZSource).max(DOCUMENT_LIMITS.sourcesPerSentence),
  /** Set by the web on sentences the clinician changed. */
  edited: z.boolean().optional(),
});

export const ZSection = z.looseObject({
  key: z.string().min(1).max(60),
  title: z.string().max(200),
  text: z.string().max(DOCUMENT_LIMITS.sectionChars),
  sentences: z.array(ZSentence).max(DOCUMENT_LIMITS.sentencesPerSection),
});

export const ZRisk = z.looseObject({
  si: z.enum(['denied', 'passive', 'active', 'not_assessed']),
  hi: z.enum(['denied', 'present', 'not_assessed']),
  selfHarm: z.enum(['denied', 'present', 'history', 'not_assessed']),
  plan: z.boolean().optional(),
  intent: z.boolean().optional(),
  means: z.boolean().optional(),
  protectiveFactors: z.array(z.string().max(DOCUMENT_LIMITS.riskItemChars)).max(DOCUMENT_LIMITS.riskItems),
  safetyPlan: z.array(z.string().max(DOCUMENT_LIMITS.riskItemChars)).max(DOCUMENT_LIMITS.riskItems),
  level: z.string().max(60).optional(),
});

export const ZWarning = z.looseObject({ code: z.string().max(60), message: z.string().max(1000), section: z.string().max(60).optional() });
export const ZCpt = z.looseObject({ code: z.string().max(20), description: z.string().max(500), reason: z.string().max(1000) });

/** The session details an exported note's header repeats (src/compose/types.ts SessionHeader). */
export const ZSessionHeader = z.looseObject({
  date: z.string().max(40).optional(),
  startTime: z.string().max(20).optional(),
  endTime: z.string().max(20).optional(),
  minutes: z.number().int().min(0).max(1440).optional(),
  serviceType: z.enum(SERVICE_TYPES).optional(),
  modality: z.enum(SESSION_MODALITIES).optional(),
});

export const ZDocument = z.looseObject({
  format: ZFormatKey,
  sections: z.array(ZSection).max(30),
  risk: ZRisk,
  warnings: z.array(ZWarning).max(DOCUMENT_LIMITS.warnings),
  cpt: ZCpt.optional(),
  session: ZSessionHeader.optional(),
});
export type TDocument = z.infer<typeof ZDocument>;

// The style schema is the composer's own (src/compose/style.schema.ts): one source of truth.
export { ZStyle, type TStyle } from '#compose';
