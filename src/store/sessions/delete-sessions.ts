import type { Store } from '../open-store.ts';

/**
 * Ends one session (signing out on this browser).
 * @example await deleteSession(store, session.id);
 */
export async function deleteSession(store: Store, sessionId: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/**
 * Signs the user out everywhere.
 * @example await deleteUserSessions(store, userId); // after a password change or deactivation
 */
export async function deleteUserSessions(store: Store, userId: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
