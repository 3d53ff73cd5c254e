// How "Copy note" lays a note out for the clinician's EHR: which header fields come first,
// whether section titles are in capitals, and whether the clipboard gets rich text (HTML) as
// well as plain text. One per user, stored with their settings; shared with the web.
import { z } from 'zod';

/** The header fields a copied note may start with, in the order they are written. */
export const HEADER_FIELDS = ['date', 'time', 'service', 'cpt', 'diagnoses'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export const ZCopyLayout = z
  .object({
    /** Header fields to include; the others are left out of the copy (never out of the PDF). */
    header: z.object({ date: z.boolean(), time: z.boolean(), service: z.boolean(), cpt: z.boolean(), diagnoses: z.boolean() }).strict(),
    /** Section titles as the format writes them ("Subjective") or in capitals ("SUBJECTIVE"). */
    titles: z.enum(['as_written', 'capitals']),
    /** 'rich' puts formatted text (HTML) on the clipboard beside the plain text, for EHRs with a rich editor. */
    clipboard: z.enum(['plain', 'rich']),
  })
  .strict();
export type TCopyLayout = z.infer<typeof ZCopyLayout>;

/** Every header field, titles as written, plain text: what a user who never changed it gets. */
export const DEFAULT_COPY_LAYOUT: TCopyLayout = {
  header: { date: true, time: true, service: true, cpt: true, diagnoses: true },
  titles: 'as_written',
  clipboard: 'plain',
};
