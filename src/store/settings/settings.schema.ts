// A clinician's settings as the store returns them and the API answers them: the single source
// of this shape (src/server/settings/settings.schema.ts re-exports it with the request schema).
import { ZStyle } from '#compose';
import { ZCopyLayout } from '#note-export';
import { z } from 'zod';
import { ZFormatKey } from '../notes/document.schema.ts';

export const ZSettings = z.object({
  style: ZStyle,
  /** How "Copy note" lays the note out for the EHR. */
  copyLayout: ZCopyLayout,
  defaultFormat: ZFormatKey,
  retentionDays: z.number().int(),
  name: z.string(),
  credentials: z.string(),
  /** A note signed more than this many hours after its session is a late entry; null: on a later calendar day. */
  lateEntryHours: z.number().int().nullable(),
});
export type TSettings = z.infer<typeof ZSettings>;
