// The owner adds colleagues, sets who supervises each clinician, and runs their accounts: a
// one-time password when one is forgotten, deactivation and reactivation, unlocking after too
// many failed sign-ins. Each colleague signs in on their own and sees only their own records (a
// supervisor also reads and co-signs their supervisees' notes).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppError,
  assignSupervisor,
  clearLoginAttempts,
  createUser,
  findUserById,
  listUsers,
  lockedUntil,
  setUserActive,
  setUserPassword,
  type Store,
  toUserView,
  type UserView,
} from '#store';
import { checkPasswordPolicy } from '../auth/check-password-policy.ts';
import { hashPassword } from '../auth/hash-password.ts';
import { newTemporaryPassword } from '../auth/new-temporary-password.ts';
import { requireAuth } from '../auth/require-auth.ts';
import type { ServerConfig } from '../server-config.ts';
import {
  type TColleague,
  ZColleagueResponse,
  ZCreateUserRequest,
  ZResetPasswordResponse,
  ZUpdateUserRequest,
  ZUserParams,
  ZUserResponse,
  ZUsersResponse,
} from './user.schema.ts';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, config } = app;
  const owner = { role: 'owner' as const };

  app.get('/api/users', { config: owner, schema: { tags: ['users'], response: { 200: ZUsersResponse } } }, async () => ({
    users: await Promise.all((await listUsers(store)).map((u) => asColleague(store, config, u))),
  }));

  app.post(
    '/api/users',
    { config: { ...owner, audit: { action: 'create', entity: 'user', id: 'result.user.id' } }, schema: { tags: ['users'], body: ZCreateUserRequest, response: { 200: ZUserResponse } } },
    async (request) => {
      const { password, ...profile } = request.body;
      checkPasswordPolicy({ password, email: profile.email, name: profile.name });
      // The owner chose this password, so the colleague replaces it at their first sign-in.
      const user = await createUser(store, { ...profile, passwordHash: await hashPassword(password), mustChangePassword: true });
      return { user };
    },
  );

  app.patch(
    '/api/users/:id',
    { config: { ...owner, audit: { action: 'change', entity: 'user' } }, schema: { tags: ['users'], params: ZUserParams, body: ZUpdateUserRequest, response: { 200: ZUserResponse } } },
    async (request) => {
      const user = await assignSupervisor(store, { clinicianId: request.params.id, supervisorId: request.body.supervisorId });
      return { user };
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    { config: { ...owner, audit: { action: 'change', entity: 'user' } }, schema: { tags: ['users'], params: ZUserParams, response: { 200: ZResetPasswordResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const target = await colleague(store, auth.user.id, request.params.id, 'Change your own password in Settings');
      const temporaryPassword = newTemporaryPassword();
      // Their sessions end; the lockout (if any) ends too, so the new password works at once.
      await setUserPassword(store, { userId: target.id, passwordHash: await hashPassword(temporaryPassword), mustChange: true });
      await clearLoginAttempts(store, target.email);
      const user = await asColleague(store, config, toUserView({ ...target, must_change_password: 1 }));
      return { user, temporaryPassword };
    },
  );

  for (const [path, active] of [
    ['/api/users/:id/deactivate', false],
    ['/api/users/:id/reactivate', true],
  ] as const) {
    app.post(
      path,
      { config: { ...owner, audit: { action: 'change', entity: 'user' } }, schema: { tags: ['users'], params: ZUserParams, response: { 200: ZColleagueResponse } } },
      async (request) => {
        const auth = requireAuth(request);
        await colleague(store, auth.user.id, request.params.id, 'You cannot deactivate your own account');
        const view = await setUserActive(store, { userId: request.params.id, active });
        return { user: await asColleague(store, config, view) };
      },
    );
  }

  app.post(
    '/api/users/:id/unlock',
    { config: { ...owner, audit: { action: 'change', entity: 'user' } }, schema: { tags: ['users'], params: ZUserParams, response: { 200: ZColleagueResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const target = await colleague(store, auth.user.id, request.params.id, 'You are signed in, so your account is not locked');
      await clearLoginAttempts(store, target.email);
      return { user: await asColleague(store, config, toUserView(target)) };
    },
  );
};

/** Another account of the practice (the owner acts on colleagues, not on themself). */
async function colleague(store: Store, ownerId: string, id: string, selfMessage: string) {
  if (id === ownerId) throw new AppError('bad_request', selfMessage, { field: 'params.id' });
  const user = await findUserById(store, id);
  if (!user) throw new AppError('not_found', 'Colleague not found');
  return user;
}

async function asColleague(store: Store, config: ServerConfig, user: UserView): Promise<TColleague> {
  const until = await lockedUntil(store, user.email, { maxFailures: config.maxLoginFailures, lockSeconds: config.lockoutSeconds });
  return { ...user, lockedUntil: until ? until.toISOString() : null };
}
