import type { Store } from '../open-store.ts';
import { toUserView, type UserView } from './user-view.ts';

/**
 * Every account (the owner's Colleagues list), oldest first, without secrets.
 * @example const colleagues = await listUsers(store); // [{ id, email, name, role: 'owner', … }, …]
 */
export async function listUsers(store: Store): Promise<UserView[]> {
  const rows = await store.db.selectFrom('users').selectAll().orderBy('created_at', 'asc').execute();
  return rows.map(toUserView);
}
