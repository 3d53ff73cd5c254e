import type { Store } from '../open-store.ts';

export async function deleteSession(store: Store, sessionId: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Signs the user out everywhere. */
export async function deleteUserSessions(store: Store, userId: string): Promise<void> {
  await store.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
