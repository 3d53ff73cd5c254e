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

/**
 * Finds a live session for a cookie token; an idle or too-old one is deleted and not returned. One
 * query per request: the session and its (active) user are read together.
 * @example const session = await findSession(store, token, { idleSeconds: 30 * 60, absoluteSeconds: 12 * 3600 }); // undefined once idle
 */
export async function findSession(store: Store, token: string, limits: SessionLimits): Promise<ActiveSession | undefined> {
  const id = hashSessionToken(token);
  // A left join, so a session whose user is deactivated is still found (and deleted below). A
  // deactivated account's sessions are deleted when it is deactivated; checking here too means
  // no request gets through between the owner's click and that delete.
  const row = await store.db
    .selectFrom('sessions')
    .leftJoin('users', (join) => join.onRef('users.id', '=', 'sessions.user_id').on('users.deactivated_at', 'is', null))
    .selectAll('users')
    .select(['sessions.id as session_id', 'sessions.user_id as session_user_id', 'sessions.created_at as session_created_at', 'sessions.last_seen_at as session_last_seen_at'])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, session_user_id, session_created_at, session_last_seen_at, ...userColumns } = row;
  const session: SessionsTable = { id: session_id, user_id: session_user_id, created_at: session_created_at, last_seen_at: session_last_seen_at };
  const expiresAt = sessionExpiry(session, limits);
  if (expiresAt.getTime() <= store.now().getTime() || userColumns.id === null) {
    await store.db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  return { session, user: userColumns as UsersTable, expiresAt };
}

function sessionExpiry(session: SessionsTable, limits: SessionLimits): Date {
  const idle = Date.parse(session.last_seen_at) + limits.idleSeconds * 1000;
  const absolute = Date.parse(session.created_at) + limits.absoluteSeconds * 1000;
  return new Date(Math.min(idle, absolute));
}
