import type { FastifyReply } from 'fastify';
import { createSession, type Store, toUserView, type UsersTable } from '#store';
import type { TSignedIn } from './auth.schema.ts';
import { deriveCsrfToken } from './derive-csrf-token.ts';
import { setSessionCookie } from './session-cookie.ts';

/** Creates a session for the user, sets the cookie and returns what the client needs. The caller audits the sign-in. */
export async function startSession(store: Store, reply: FastifyReply, user: UsersTable): Promise<TSignedIn> {
  const token = await createSession(store, user.id);
  setSessionCookie(reply, token);
  return { user: toUserView(user), csrfToken: deriveCsrfToken(store, token) };
}
