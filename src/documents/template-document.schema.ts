// A document written from a template: sections of sentences, each with its sources in the input
// (or marked as the template's fixed text, or a bracketed prompt with no source).
import { z } from 'zod';

const ZSource = z.union([
  z.object({ origin: z.enum(['summary', 'dictation']), start: z.number().int().min(0), end: z.number().int().min(0) }),
  z.object({ origin: z.enum(['worksheet', 'profile', 'plan']), field: z.string().max(300) }),
]);

export const ZDocumentSentence = z.object({
  text: z.string().max(200_000),
  source: z.array(ZSource).max(10_000),
  /** The template's own words (fixed text), copied verbatim with its placeholders filled. */
  fixed: z.boolean().optional(),
  /** The clinician's own words, typed over the draft on the document's page (no source in the input). */
  edited: z.boolean().optional(),
});

export const ZDocumentSection = z.object({
  key: z.string().max(60),
  title: z.string().max(200),
  text: z.string().max(500_000),
  sentences: z.array(ZDocumentSentence).max(10_000),
});

export const ZDocumentWarning = z.object({ code: z.string().max(60), message: z.string().max(2000), section: z.string().max(60).optional() });

export const ZTemplateDocument = z.object({
  title: z.string().max(200),
  audience: z.enum(['clinician', 'client']),
  sections: z.array(ZDocumentSection).max(40),
  warnings: z.array(ZDocumentWarning).max(1000),
});
export type TTemplateDocument = z.infer<typeof ZTemplateDocument>;
export type TDocumentSentence = z.infer<typeof ZDocumentSentence>;
export type TDocumentWarning = z.infer<typeof ZDocumentWarning>;
