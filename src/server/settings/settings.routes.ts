import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { appendAuditEvent, getSettings, putSettings } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { type TSettings, ZPutSettingsRequest, ZSettingsResponse } from './settings.schema.ts';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/settings', { schema: { tags: ['settings'], response: { 200: ZSettingsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { settings: (await getSettings(store, auth.user.id)) as TSettings };
  });

  app.put('/api/settings', { schema: { tags: ['settings'], body: ZPutSettingsRequest, response: { 200: ZSettingsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    await putSettings(store, auth.user.id, request.body);
    await appendAuditEvent(store, { userId: auth.user.id, action: 'change', entity: 'settings', entityId: auth.user.id });
    return { settings: (await getSettings(store, auth.user.id)) as TSettings };
  });
};
