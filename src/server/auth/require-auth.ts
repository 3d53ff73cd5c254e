import type { FastifyRequest } from 'fastify';
import { AppError } from '#store';
import type { AuthContext } from './auth-context.ts';

/** The signed-in user of a guarded route (guard-request.ts has already refused anyone else). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in to continue');
  return request.auth;
}
