import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'aw_session';

/** Secure whenever the origin is https: TLS here, an https --public-url, or a trusted proxy saying so. */
function secure(reply: FastifyReply): boolean {
  return reply.server.config.secureCookie || reply.request.protocol === 'https';
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', path: '/', secure: secure(reply) });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', path: '/', secure: secure(reply) });
}
