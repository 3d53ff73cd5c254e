import { AppError } from '../app-error.ts';
import type { Store } from '../open-store.ts';

export interface SetUserPasswordOptions {
  userId: string;
  passwordHash: string;
  /** A one-time password from the owner: the account must choose its own at the next sign-in. */
  mustChange: boolean;
  /** Sessions of the account to keep (the one that changed its own password); all others end. */
  keepSessionId?: string;
}

/**
 * Replaces an account's password and ends its other sessions. The route checks who may.
 * @example await setUserPassword(store, { userId, passwordHash, mustChange: true });
 */
export async function setUserPassword(store: Store, options: SetUserPasswordOptions): Promise<void> {
  await store.transaction(async () => {
    const db = store.db;
    const result = await db
      .updateTable('users')
      .set({ password_hash: options.passwordHash, must_change_password: options.mustChange ? 1 : 0 })
      .where('id', '=', options.userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('not_found', 'Colleague not found');
    let sessions = db.deleteFrom('sessions').where('user_id', '=', options.userId);
    if (options.keepSessionId) sessions = sessions.where('id', '!=', options.keepSessionId);
    await sessions.execute();
  });
}
