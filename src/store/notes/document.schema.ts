// The composer's Document (src/compose/types.ts) as the store keeps it, as a zod schema: it
// validates what the web sends back (an edited document) and documents what /api/compose
// answers. Objects are loose so a field the composer adds later passes through instead of being
// dropped. The schema's type is the composer's own Document (checked by the compiler both ways,
// see ZDocument), so no route casts between the two.
import { type Document, FORMAT_KEYS, type Section, type Sentence, type Warning } from '#compose';
import { z } from 'zod';
import { SERVICE_TYPES, SESSION_MODALITIES } from '#worksheet';

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
 * (check-document-size.ts), never a 500.
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

const ZSentence = z.looseObject({
  text: z.string().max(DOCUMENT_LIMITS.sentenceChars),
  source: z.array(ZSource).max(DOCUMENT_LIMITS.sourcesPerSentence),
  /** Set by the web on sentences the clinician changed. */
  edited: z.boolean().optional(),
  /** Set by the web on an adopted polish's sentence that no draft sentence is the source of. */
  modelAdded: z.boolean().optional(),
});

const ZSection = z.looseObject({
  key: z.string().min(1).max(60),
  title: z.string().max(200),
  text: z.string().max(DOCUMENT_LIMITS.sectionChars),
  sentences: z.array(ZSentence).max(DOCUMENT_LIMITS.sentencesPerSection),
});

const ZRisk = z.looseObject({
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

const ZWarning = z.looseObject({ code: z.string().max(60), message: z.string().max(1000), section: z.string().max(60).optional() });
const ZCpt = z.looseObject({ code: z.string().max(20), description: z.string().max(500), reason: z.string().max(1000) });

/** The session details an exported note's header repeats (src/compose/types.ts SessionHeader). */
const ZSessionHeader = z.looseObject({
  date: z.string().max(40).optional(),
  startTime: z.string().max(20).optional(),
  endTime: z.string().max(20).optional(),
  minutes: z.number().int().min(0).max(1440).optional(),
  serviceType: z.enum(SERVICE_TYPES).optional(),
  modality: z.enum(SESSION_MODALITIES).optional(),
});

/** A sentence as stored: the clinician's changes are marked. */
type StoredSentence = Sentence & { edited?: boolean };
type StoredSection = Omit<Section, 'sentences'> & { sentences: StoredSentence[] };
/** A warning as stored: its code is kept as text, so a note outlives a code the composer retires. */
type StoredWarning = Omit<Warning, 'code'> & { code: string };
/** The composer's Document as stored; the composer's own Document is one. */
export type StoredDocument = Omit<Document, 'sections' | 'warnings'> & { sections: StoredSection[]; warnings: StoredWarning[] };

/** The Document's fields, for a schema that changes one of them (the polished draft of src/server/model). */
export const DOCUMENT_FIELDS = {
  format: ZFormatKey,
  sections: z.array(ZSection).max(30),
  risk: ZRisk,
  warnings: z.array(ZWarning).max(DOCUMENT_LIMITS.warnings),
  cpt: ZCpt.optional(),
  session: ZSessionHeader.optional(),
};
const ZDocumentObject = z.looseObject(DOCUMENT_FIELDS);

/**
 * The stored Document. Typed as StoredDocument: the annotation compiles only while what the
 * schema accepts fits the composer's Document, so the two cannot drift apart unseen.
 * @example const document = ZDocument.parse(JSON.parse(text));
 */
export const ZDocument: z.ZodType<StoredDocument, z.input<typeof ZDocumentObject>> = ZDocumentObject;
export type TDocument = StoredDocument;
