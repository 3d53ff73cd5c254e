import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getSettings, putSettings } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { ZPutSettingsRequest, ZSettingsResponse } from './settings.schema.ts';

export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/settings', { schema: { tags: ['settings'], response: { 200: ZSettingsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { settings: await getSettings(store, auth.user.id) };
  });

  app.put('/api/settings', { config: { audit: { action: 'change', entity: 'settings', id: 'auth.user.id' } }, schema: { tags: ['settings'], body: ZPutSettingsRequest, response: { 200: ZSettingsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    await putSettings(store, auth.user.id, request.body);
    return { settings: await getSettings(store, auth.user.id) };
  });
};
