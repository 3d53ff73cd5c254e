import type { Style } from '#compose';
import { openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';

/**
 * The user's note style alone: one read of one column, for a route that composes on every request
 * (getSettings reads the account and every setting).
 * @example const style = await getStyle(store, userId); // {} when none is saved
 */
export async function getStyle(store: Store, userId: string): Promise<Style> {
  const row = await store.db.selectFrom('user_settings').select('style_enc').where('user_id', '=', userId).executeTakeFirst();
  return (row && openJson<Style>(store, 'user_settings', userId, 'style', row.style_enc)) ?? {};
}
