import { ZCopyLayout } from '#note-export';
import { z } from 'zod';
import { ZFormatInput, ZFormatKey, ZStyle } from '../compose/document.schema.ts';
import { ZCredentials, ZPersonName } from '../users/user.schema.ts';

export const ZSettings = z.object({
  style: ZStyle,
  copyLayout: ZCopyLayout,
  defaultFormat: ZFormatKey,
  retentionDays: z.number().int(),
  name: z.string(),
  credentials: z.string(),
  /** A note signed more than this many hours after its session is a late entry; null: on a later calendar day. */
  lateEntryHours: z.number().int().nullable(),
});
export type TSettings = z.infer<typeof ZSettings>;

export const ZPutSettingsRequest = z.object({
  style: ZStyle,
  /** Left out: the stored layout is kept (clients older than the setting send none). */
  copyLayout: ZCopyLayout.optional(),
  defaultFormat: ZFormatInput,
  retentionDays: z.number().int().min(1, 'keep drafts at least 1 day').max(365, 'drafts are kept at most 365 days'),
  name: ZPersonName,
  credentials: ZCredentials,
  /** Left out: unchanged. null: a note signed on a later calendar day than its session is a late entry. */
  lateEntryHours: z.number().int().min(1, 'a late-entry threshold is at least 1 hour').max(720, 'a late-entry threshold is at most 720 hours (30 days)').nullable().optional(),
});
export const ZSettingsResponse = z.object({ settings: ZSettings });
