import { sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { ensureNameFree, guardNameUnique } from '../users/ensure-name-free.ts';
import type { SettingsChanges } from './settings-view.ts';

/**
 * Stores the settings; a change that leaves out the copy layout or the late-entry threshold keeps
 * the stored one.
 * @example await putSettings(store, userId, { style: { clientTerm: 'client' }, defaultFormat: 'dap', retentionDays: 30 });
 */
export async function putSettings(store: Store, userId: string, settings: SettingsChanges): Promise<void> {
  const values = {
    ...(settings.copyLayout ? { copy_layout: JSON.stringify(settings.copyLayout) } : {}),
    // A style may name the client term, so it is sealed like clinical text.
    style_enc: await sealJson(store, userId, 'user_settings', userId, 'style', settings.style),
    default_format: settings.defaultFormat,
    retention_days: settings.retentionDays,
    updated_at: store.now().toISOString(),
    ...(settings.lateEntryHours !== undefined ? { late_entry_hours: settings.lateEntryHours } : {}),
  };
  await store.transaction(async () => {
    await ensureNameFree(store.db, settings.name, userId);
    await guardNameUnique(() => store.db.updateTable('users').set({ name: settings.name, credentials: settings.credentials }).where('id', '=', userId).execute());
    const existing = await store.db.selectFrom('user_settings').select('user_id').where('user_id', '=', userId).executeTakeFirst();
    if (existing) await store.db.updateTable('user_settings').set(values).where('user_id', '=', userId).execute();
    else await store.db.insertInto('user_settings').values({ user_id: userId, ...values }).execute();
  });
}
