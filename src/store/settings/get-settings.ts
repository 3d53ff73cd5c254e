import type { Style } from '#compose';
import { ZFormatKey } from '../notes/document.schema.ts';
import { DEFAULT_COPY_LAYOUT, type TCopyLayout, ZCopyLayout } from '#note-export';
import { AppError } from '../app-error.ts';
import { openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { DEFAULT_FORMAT, DEFAULT_RETENTION_DAYS, type SettingsView } from './settings-view.ts';

/**
 * The clinician's settings (style, copy layout, default format, retention, late-entry threshold),
 * with defaults for what was never set; not found for an unknown account.
 * @example const { style, defaultFormat } = await getSettings(store, userId); // defaultFormat: 'soap' until changed
 */
export async function getSettings(store: Store, userId: string): Promise<SettingsView> {
  const user = await store.db.selectFrom('users').select(['name', 'credentials']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new AppError('not_found', 'Account not found');
  const row = await store.db.selectFrom('user_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return {
    style: (row && openJson<Style>(store, 'user_settings', userId, 'style', row.style_enc)) ?? {},
    copyLayout: readCopyLayout(row?.copy_layout ?? null),
    defaultFormat: row ? ZFormatKey.parse(row.default_format) : DEFAULT_FORMAT,
    retentionDays: row ? Number(row.retention_days) : DEFAULT_RETENTION_DAYS,
    name: user.name,
    credentials: user.credentials,
    lateEntryHours: row?.late_entry_hours == null ? null : Number(row.late_entry_hours),
  };
}

/** The stored layout, or the default when none is stored or it no longer fits the schema. */
function readCopyLayout(json: string | null): TCopyLayout {
  if (json === null) return DEFAULT_COPY_LAYOUT;
  try {
    const parsed = ZCopyLayout.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_COPY_LAYOUT;
  } catch {
    return DEFAULT_COPY_LAYOUT;
  }
}
