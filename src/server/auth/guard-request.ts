// Runs before every /api handler: resolves the session from the cookie, refuses a route that
// needs one, checks the role, and checks the CSRF header on every state change. Routes opt out
// with `config.public` / `config.csrfExempt`; nothing opts in, so a new route is guarded.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, findSession, touchSession } from '#store';
import { csrfTokensMatch, deriveCsrfToken } from './derive-csrf-token.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function guardRequest(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const app = request.server;
  const routeConfig = request.routeOptions.config;
  request.auth = null;

  if (STATE_CHANGING.has(request.method)) checkOrigin(request);

  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    const limits = { idleSeconds: app.config.idleTimeoutSeconds, absoluteSeconds: app.config.sessionMaxSeconds };
    const found = await findSession(app.store, token, limits);
    if (found) {
      let lastSeen = found.session.last_seen_at;
      const passive = routeConfig.passive || (request.query as { passive?: string } | undefined)?.passive === '1';
      if (!passive) lastSeen = await touchSession(app.store, found.session.id, lastSeen);
      const expiresAt = new Date(Math.min(Date.parse(lastSeen) + limits.idleSeconds * 1000, Date.parse(found.session.created_at) + limits.absoluteSeconds * 1000));
      request.auth = { user: found.user, sessionId: found.session.id, csrfToken: deriveCsrfToken(app.store, token), expiresAt };
    }
  }

  if (routeConfig.public) return;
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in to continue');
  if (STATE_CHANGING.has(request.method) && !routeConfig.csrfExempt) {
    if (!csrfTokensMatch(request.auth.csrfToken, request.headers['x-csrf-token'])) {
      throw new AppError('csrf', 'Missing or wrong x-csrf-token header; reload the page');
    }
  }
  if (request.auth.user.must_change_password && !routeConfig.duringPasswordChange) {
    throw new AppError('password_change_required', 'Choose a new password first: the one you signed in with was set by the practice owner, so only changing it (POST /api/auth/password) is open until then');
  }
  if (routeConfig.role === 'owner' && request.auth.user.role !== 'owner') {
    throw new AppError('forbidden', 'Only the practice owner can do this');
  }
}

/** A browser sends Origin on cross-site POSTs: refuse any that is not this server. */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  if (origin === 'null') throw new AppError('csrf', 'Requests from opaque origins are refused');
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf', 'Bad Origin header');
  }
  // request.host is the Host header (already checked by check-host.ts), or X-Forwarded-Host behind a trusted proxy.
  const publicOrigin = request.server.config.publicUrl ? new URL(request.server.config.publicUrl).origin : null;
  if (host !== request.host && origin !== publicOrigin) throw new AppError('csrf', 'Cross-site request refused');
}
