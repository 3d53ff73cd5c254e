// A user's transcription endpoint for dictation (Settings › Dictation). Kept apart from the other
// settings: saving one never touches the other.
import { type TTranscriptionSettings, ZTranscriptionSettings } from '#transcription';
import type { Store } from '../open-store.ts';
import { DEFAULT_FORMAT, DEFAULT_RETENTION_DAYS } from './settings-view.ts';

/** The stored endpoint, or null when none is stored or it no longer fits the schema. */
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

/** Stores the endpoint; null removes it (dictation then stays in the browser). */
export async function putTranscriptionSettings(store: Store, userId: string, settings: TTranscriptionSettings | null): Promise<void> {
  const values = { transcription: settings ? JSON.stringify(settings) : null, updated_at: store.now().toISOString() };
  await store.transaction(async () => {
    const existing = await store.db.selectFrom('user_settings').select('user_id').where('user_id', '=', userId).executeTakeFirst();
    if (existing) await store.db.updateTable('user_settings').set(values).where('user_id', '=', userId).execute();
    else await store.db.insertInto('user_settings').values({ user_id: userId, default_format: DEFAULT_FORMAT, retention_days: DEFAULT_RETENTION_DAYS, ...values }).execute();
  });
}
