import { ZCopyLayout } from '#note-export';
import { ZSettings } from '#store';
import { z } from 'zod';
import { ZFormatInput, ZStyle } from '../compose/document.schema.ts';
import { ZCredentials, ZPersonName } from '../users/user.schema.ts';

// The settings as the store returns them are declared beside it (src/store/settings/settings.schema.ts).
export type { TSettings } from '#store';

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
