// A user's transcription endpoint for dictation (Settings › Dictation), and the key the service
// may ask for (sealed like the model key; never sent back, only "there is one"). Kept apart from
// the other settings: saving one never touches the other.
import { type TTranscriptionSettings, ZTranscriptionSettings } from '#transcription';
import { openField, sealField } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { DEFAULT_FORMAT, DEFAULT_RETENTION_DAYS } from './settings-view.ts';

/**
 * The stored endpoint, or null when none is stored or it no longer fits the schema.
 * @example const endpoint = await getTranscriptionSettings(store, userId); // { baseUrl: 'http://127.0.0.1:8000/v1', model: 'whisper-1', … } or null
 */
export async function getTranscriptionSettings(store: Store, userId: string): Promise<TTranscriptionSettings | null> {
  const row = await store.db.selectFrom('user_settings').select('transcription').where('user_id', '=', userId).executeTakeFirst();
  if (!row?.transcription) return null;
  try {
    const parsed = ZTranscriptionSettings.safeParse(JSON.parse(row.transcription));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Whether a key for the transcription service is stored.
 * @example
 * if (await hasTranscriptionKey(store, auth.user.id)) settings.keyStored = true;
 */
export async function hasTranscriptionKey(store: Store, userId: string): Promise<boolean> {
  const row = await store.db.selectFrom('user_settings').select('transcription_key_enc').where('user_id', '=', userId).executeTakeFirst();
  return Boolean(row?.transcription_key_enc);
}

/**
 * The stored key, opened for one call to the transcription service; null when none is stored.
 * @example
 * const key = await unsafeOpenTranscriptionKey(store, auth.user.id); // never logged, never returned to the web
 */
export async function unsafeOpenTranscriptionKey(store: Store, userId: string): Promise<string | null> {
  // unsafe: returns a secret; the caller (POST /api/transcribe) sends it only to this user's own endpoint.
  const row = await store.db.selectFrom('user_settings').select('transcription_key_enc').where('user_id', '=', userId).executeTakeFirst();
  return row?.transcription_key_enc ? String(openField(store, 'user_settings', userId, 'transcription_key', row.transcription_key_enc)) : null;
}

export interface TranscriptionSettingsChanges {
  /** The endpoint; null removes it, and its key with it (dictation then stays in the browser). */
  endpoint: TTranscriptionSettings | null;
  /** undefined: keep the stored key; null: remove it. */
  apiKey?: string | null | undefined;
}

/**
 * Stores the endpoint and, when given, its key.
 * @example await putTranscriptionSettings(store, userId, { endpoint: { baseUrl, model }, apiKey: null }); // key removed
 */
export async function putTranscriptionSettings(store: Store, userId: string, changes: TranscriptionSettingsChanges): Promise<void> {
  const { endpoint: settings } = changes;
  const apiKey = settings === null ? null : changes.apiKey;
  const values = {
    transcription: settings ? JSON.stringify(settings) : null,
    updated_at: store.now().toISOString(),
    ...(apiKey !== undefined ? { transcription_key_enc: await sealField(store, userId, 'user_settings', userId, 'transcription_key', apiKey) } : {}),
  };
  await store.transaction(async () => {
    const existing = await store.db.selectFrom('user_settings').select('user_id').where('user_id', '=', userId).executeTakeFirst();
    if (existing) await store.db.updateTable('user_settings').set(values).where('user_id', '=', userId).execute();
    else await store.db.insertInto('user_settings').values({ user_id: userId, default_format: DEFAULT_FORMAT, retention_days: DEFAULT_RETENTION_DAYS, ...values }).execute();
  });
}
