import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface SetUserActiveOptions {
  userId: string;
  active: boolean;
}

/**
 * Deactivates an account (its sessions end at once; it cannot sign in; its notes, clients and
 * audit events are kept) or reactivates it. The owner's account cannot be deactivated; the
 * route checks that only the owner may call this.
 * @example await setUserActive(store, { userId, active: false });
 */
export async function setUserActive(store: Store, options: SetUserActiveOptions): Promise<UserView> {
  return store.transaction(async () => {
    const db = store.db;
    const user = await db.selectFrom('users').selectAll().where('id', '=', options.userId).executeTakeFirst();
    if (!user) throw new AppError('not_found', 'Colleague not found');
    if (user.role === 'owner') throw new AppError('bad_request', "The practice owner's account cannot be deactivated", { field: 'params.id' });
    const deactivatedAt = options.active ? null : (user.deactivated_at ?? store.now().toISOString());
    await db.updateTable('users').set({ deactivated_at: deactivatedAt }).where('id', '=', options.userId).execute();
    if (!options.active) await db.deleteFrom('sessions').where('user_id', '=', options.userId).execute();
    return toUserView({ ...user, deactivated_at: deactivatedAt });
  });
}
