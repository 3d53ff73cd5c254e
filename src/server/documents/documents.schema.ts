// The templates and documents API's requests and answers; shared with web/. The template's own
// shape is src/documents/template.schema.ts (ZTemplate); a written document's is
// src/documents/template-document.schema.ts (ZTemplateDocument).
import { z } from 'zod';
import { ZTemplate, ZTemplateDocument } from '#documents';
import { ZClientDocument } from '#store';
import { ZWorksheet } from '#worksheet';
import { ZSummary } from '../compose/compose.schema.ts';
import { ZStyle } from '../compose/document.schema.ts';

export const ZTemplateParams = z.object({ id: z.string().max(64) });

const ZSavedTemplate = z.object({ id: z.string(), template: ZTemplate, createdAt: z.string(), updatedAt: z.string() });
export type TSavedTemplate = z.infer<typeof ZSavedTemplate>;

const ZStarter = z.object({ id: z.string(), template: ZTemplate });

export const ZTemplatesResponse = z.object({ starters: z.array(ZStarter), templates: z.array(ZSavedTemplate) });
export type TTemplatesResponse = z.infer<typeof ZTemplatesResponse>;

export const ZTemplateBody = z.object({ template: ZTemplate });
export const ZTemplateResponse = z.object({ template: ZSavedTemplate });

export const ZComposeDocumentRequest = z
  .object({
    /** The template itself (an unsaved edit, a preview), or one saved (templateId) or a starter (starterId). */
    template: ZTemplate.nullish(),
    templateId: z.string().max(64).nullish(),
    starterId: z.string().max(64).nullish(),
    summary: ZSummary.nullish(),
    worksheet: ZWorksheet.nullish(),
    style: ZStyle.nullish(),
    /** The client's profile (pronouns, diagnoses on file) is given to the composer as context. */
    clientId: z.string().max(64).nullish(),
    /** Fills {date}; {clinician} and {credentials} come from your account. */
    date: z.string().max(60).nullish(),
  })
  .refine((b) => [b.template, b.templateId, b.starterId].filter((x) => x != null).length === 1, { message: 'give one of template, templateId or starterId', path: ['template'] });

// The saved document's shape is the store's (src/store/documents/client-document.schema.ts).
export type { TClientDocument } from '#store';
export const ZSaveDocumentRequest = z.object({
  document: ZTemplateDocument,
  /** The template's own title, listed beside the document's on the client's page. */
  templateTitle: z.string().max(200).nullish(),
});
export const ZUpdateDocumentRequest = z.object({ document: ZTemplateDocument });
export const ZDocumentEnteredInErrorRequest = z.object({
  reason: z.string().trim().min(1, 'say why this document was entered in error (for example: written for the wrong client)').max(2000),
});
export const ZClientDocumentResponse = z.object({ document: ZClientDocument });
export const ZClientDocumentsResponse = z.object({ documents: z.array(ZClientDocument) });
