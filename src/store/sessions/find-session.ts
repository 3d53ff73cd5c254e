import type { SessionsTable, UsersTable } from '../database.ts';
import type { Store } from '../open-store.ts';
import { hashSessionToken } from './create-session.ts';

export interface SessionLimits {
  idleSeconds: number;
  absoluteSeconds: number;
}

export interface ActiveSession {
  session: SessionsTable;
  user: UsersTable;
  /** When the session ends if nothing else happens. */
  expiresAt: Date;
}

/** Finds a live session for a cookie token; an idle or too-old one is deleted and not returned. */
export async function findSession(store: Store, token: string, limits: SessionLimits): Promise<ActiveSession | undefined> {
  const id = hashSessionToken(token);
  const session = await store.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session) return undefined;
  const now = store.now().getTime();
  const expiresAt = sessionExpiry(session, limits);
  // A deactivated account's sessions are deleted when it is deactivated; checking here too means
  // no request gets through between the owner's click and that delete.
  const user =
    expiresAt.getTime() > now
      ? await store.db.selectFrom('users').selectAll().where('id', '=', session.user_id).where('deactivated_at', 'is', null).executeTakeFirst()
      : undefined;
  if (!user) {
    await store.db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  return { session, user, expiresAt };
}

export function sessionExpiry(session: SessionsTable, limits: SessionLimits): Date {
  const idle = Date.parse(session.last_seen_at) + limits.idleSeconds * 1000;
  const absolute = Date.parse(session.created_at) + limits.absoluteSeconds * 1000;
  return new Date(Math.min(idle, absolute));
}
