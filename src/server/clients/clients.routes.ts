// A clinician's own clients. Another clinician's client answers 404, as if it did not exist.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createClient, deleteClient, getClient, getLastPlan, listClients, setClientArchived, updateClient } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { ZOk } from '../auth/auth.schema.ts';
import {
  ZClientParams,
  ZClientResponse,
  ZClientsResponse,
  ZCreateClientRequest,
  ZLastPlanResponse,
  ZUpdateClientRequest,
} from './client.schema.ts';

export const clientsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/clients', { config: { audit: { action: 'view', entity: 'client_list', id: 'none' } }, schema: { tags: ['clients'], response: { 200: ZClientsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const clients = await listClients(store, auth.user.id);
    return { clients: clients };
  });

  app.post('/api/clients', { config: { audit: { action: 'create', entity: 'client', id: 'result.client.id' } }, schema: { tags: ['clients'], body: ZCreateClientRequest, response: { 200: ZClientResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const client = await createClient(store, auth.user.id, request.body);
    return { client: client };
  });

  app.get('/api/clients/:id', { config: { audit: { action: 'view', entity: 'client' } }, schema: { tags: ['clients'], params: ZClientParams, response: { 200: ZClientResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const client = await getClient(store, auth.user.id, request.params.id);
    return { client: client };
  });

  app.patch(
    '/api/clients/:id',
    { config: { audit: { action: 'change', entity: 'client' } }, schema: { tags: ['clients'], params: ZClientParams, body: ZUpdateClientRequest, response: { 200: ZClientResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const client = await updateClient(store, auth.user.id, request.params.id, request.body);
      return { client: client };
    },
  );

  // Archive (discharge) or restore: the client and their notes are kept either way.
  for (const [path, archived] of [['archive', true], ['restore', false]] as const) {
    app.post(
      `/api/clients/:id/${path}`,
      { config: { audit: { action: 'change', entity: 'client' } }, schema: { tags: ['clients'], params: ZClientParams, response: { 200: ZClientResponse } } },
      async (request) => {
        const auth = requireAuth(request);
        const client = await setClientArchived(store, { userId: auth.user.id, clientId: request.params.id, archived });
        return { client: client };
      },
    );
  }

  // A client with notes answers 409 (see deleteClient): archive them instead.
  app.delete('/api/clients/:id', { config: { audit: { action: 'delete', entity: 'client' } }, schema: { tags: ['clients'], params: ZClientParams, response: { 200: ZOk } } }, async (request) => {
    const auth = requireAuth(request);
    await deleteClient(store, auth.user.id, request.params.id);
    return { ok: true as const };
  });

  app.get('/api/clients/:id/last-plan', { config: { audit: { action: 'view', entity: 'note', id: 'result.noteId', onlyIf: 'result.noteId' } }, schema: { tags: ['clients'], params: ZClientParams, response: { 200: ZLastPlanResponse } } }, async (request) => {
    const auth = requireAuth(request);
    await getClient(store, auth.user.id, request.params.id);
    const last = await getLastPlan(store, auth.user.id, request.params.id);
    return last;
  });
};
