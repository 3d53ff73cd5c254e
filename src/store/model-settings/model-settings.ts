// The user's own model endpoint: read (the key only as "there is one", or opened for a call) and
// saved. The key is sealed; the rest is configuration, not clinical text.
import { openField, sealField } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';

export interface ModelSettingsView {
  enabled: boolean;
  baseUrl: string | null;
  model: string | null;
  hasKey: boolean;
  stream: boolean;
  timeoutSeconds: number;
  outsideConfirmedUrl: string | null;
}

export interface ModelSettingsChanges {
  enabled: boolean;
  baseUrl: string | null;
  model: string | null;
  /** undefined: keep the stored key; null: remove it. */
  apiKey?: string | null | undefined;
  stream: boolean;
  timeoutSeconds: number;
  outsideConfirmedUrl: string | null;
}

export const DEFAULT_MODEL_SETTINGS: ModelSettingsView = { enabled: false, baseUrl: null, model: null, hasKey: false, stream: true, timeoutSeconds: 60, outsideConfirmedUrl: null };

/**
 * The clinician's own model endpoint (off by default), without its key: `hasKey` says whether one
 * is stored.
 * @example const { enabled, baseUrl, hasKey } = await getModelSettings(store, userId); // { enabled: false, baseUrl: null, hasKey: false, … } until set
 */
export async function getModelSettings(store: Store, userId: string): Promise<ModelSettingsView> {
  const row = await store.db.selectFrom('model_settings').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return DEFAULT_MODEL_SETTINGS;
  return {
    enabled: Number(row.enabled) === 1,
    baseUrl: row.base_url,
    model: row.model,
    hasKey: row.api_key_enc !== null,
    stream: Number(row.stream) === 1,
    timeoutSeconds: Number(row.timeout_seconds),
    outsideConfirmedUrl: row.outside_confirmed_url,
  };
}

/**
 * The stored key, opened for one call to the user's model; null when none is stored.
 * @example const key = await unsafeOpenModelKey(store, userId); // the key as typed in Settings, or null
 */
export async function unsafeOpenModelKey(store: Store, userId: string): Promise<string | null> {
  // unsafe: returns a secret; the caller (the polish route) checks the user owns it.
  const row = await store.db.selectFrom('model_settings').select('api_key_enc').where('user_id', '=', userId).executeTakeFirst();
  return row?.api_key_enc ? String(openField(store, 'model_settings', userId, 'api_key', row.api_key_enc)) : null;
}

/**
 * Stores the clinician's model endpoint and, when given, its key (encrypted; null removes it,
 * undefined keeps it).
 * @example await putModelSettings(store, userId, { enabled: true, baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', stream: true, timeoutSeconds: 60, outsideConfirmedUrl: null });
 */
export async function putModelSettings(store: Store, userId: string, changes: ModelSettingsChanges): Promise<void> {
  const values = {
    enabled: changes.enabled ? 1 : 0,
    base_url: changes.baseUrl,
    model: changes.model,
    stream: changes.stream ? 1 : 0,
    timeout_seconds: changes.timeoutSeconds,
    outside_confirmed_url: changes.outsideConfirmedUrl,
    updated_at: store.now().toISOString(),
    ...(changes.apiKey !== undefined ? { api_key_enc: await sealField(store, userId, 'model_settings', userId, 'api_key', changes.apiKey) } : {}),
  };
  await store.transaction(async () => {
    const existing = await store.db.selectFrom('model_settings').select('user_id').where('user_id', '=', userId).executeTakeFirst();
    if (existing) await store.db.updateTable('model_settings').set(values).where('user_id', '=', userId).execute();
    else await store.db.insertInto('model_settings').values({ user_id: userId, api_key_enc: null, ...values }).execute();
  });
}
