import type { Store } from '../open-store.ts';
import { DEFAULT_RETENTION_DAYS } from '../settings/settings-view.ts';

export async function readRetentionDays(store: Store, userId: string): Promise<number> {
  const row = await store.db.selectFrom('user_settings').select('retention_days').where('user_id', '=', userId).executeTakeFirst();
  return row ? Number(row.retention_days) : DEFAULT_RETENTION_DAYS;
}
