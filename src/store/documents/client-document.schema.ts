// A document written from a template and kept with a client, as the store returns it and the API
// answers it (src/server/documents/documents.schema.ts re-exports it for routes and web/).
import { z } from 'zod';
import { ZTemplateDocument } from '#documents';
import { ZNoteAccess, ZNoteStatus, ZSignature } from '../notes/note.schema.ts';

export const ZClientDocument = z.object({
  id: z.string(),
  clientId: z.string(),
  document: ZTemplateDocument,
  /** The title of the template it was written from (the document's own title has placeholders filled); null when not given. */
  templateTitle: z.string().nullable(),
  /** 'draft' until signed, like a note; a signed document is never changed or deleted. */
  status: ZNoteStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedBy: ZSignature.nullable(),
  /** When and why the clinician marked the signed document entered in error; null when not. */
  enteredInErrorAt: z.string().nullable(),
  enteredInErrorReason: z.string().nullable(),
  /** 'supervisor': the viewer supervises the clinician and reads the document, never changes it. */
  access: ZNoteAccess,
});
export type TClientDocument = z.infer<typeof ZClientDocument>;
