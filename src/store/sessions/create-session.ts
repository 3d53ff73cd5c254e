// Sessions live in the database so any server process can serve any request.
// The cookie carries a random token; the table keeps only its sha256.
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../open-store.ts';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Returns the token for the cookie.
 * @example const token = await createSession(store, userId); // 43 base64url characters
 */
export async function createSession(store: Store, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = store.now().toISOString();
  await store.db.insertInto('sessions').values({ id: hashSessionToken(token), user_id: userId, created_at: now, last_seen_at: now }).execute();
  return token;
}
