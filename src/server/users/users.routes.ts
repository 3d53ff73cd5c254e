// The owner adds colleagues and sets who supervises each clinician; each signs in on their own
// and sees only their own records (a supervisor also reads and co-signs their supervisees' notes).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assignSupervisor, createUser, listUsers } from '#store';
import { hashPassword } from '../auth/hash-password.ts';
import { ZCreateUserRequest, ZUpdateUserRequest, ZUserParams, ZUserResponse, ZUsersResponse } from './user.schema.ts';

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/users', { config: { role: 'owner' }, schema: { tags: ['users'], response: { 200: ZUsersResponse } } }, async () => ({
    users: await listUsers(store),
  }));

  app.post(
    '/api/users',
    { config: { role: 'owner', audit: { action: 'create', entity: 'user', id: 'result.user.id' } }, schema: { tags: ['users'], body: ZCreateUserRequest, response: { 200: ZUserResponse } } },
    async (request) => {
      const { password, ...profile } = request.body;
      const user = await createUser(store, { ...profile, passwordHash: await hashPassword(password) });
      return { user };
    },
  );

  app.patch(
    '/api/users/:id',
    { config: { role: 'owner', audit: { action: 'change', entity: 'user' } }, schema: { tags: ['users'], params: ZUserParams, body: ZUpdateUserRequest, response: { 200: ZUserResponse } } },
    async (request) => {
      const user = await assignSupervisor(store, { clinicianId: request.params.id, supervisorId: request.body.supervisorId });
      return { user };
    },
  );
};
