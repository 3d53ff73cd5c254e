import type { Store } from '../open-store.ts';
import { toUserView, type UserView } from './user-view.ts';

export async function listUsers(store: Store): Promise<UserView[]> {
  const rows = await store.db.selectFrom('users').selectAll().orderBy('created_at', 'asc').execute();
  return rows.map(toUserView);
}
