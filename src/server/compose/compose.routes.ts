// POST /api/compose: input in, Document out, nothing stored.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, appendAuditEvent, getSettings } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { buildComposeContext } from './build-compose-context.ts';
import { ZComposeRequest } from './compose.schema.ts';
import { type TDocument, ZDocument } from './document.schema.ts';
import { loadComposer } from './load-composer.ts';

export const composeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.post('/api/compose', { schema: { tags: ['notes'], body: ZComposeRequest, response: { 200: ZDocument } } }, async (request) => {
    const auth = requireAuth(request);
    const { summary, worksheet, format, style, clientId } = request.body;
    if (!summary?.trim() && !worksheet) throw new AppError('bad_request', 'Give a summary, a worksheet, or both', { field: 'summary' });
    const settings = await getSettings(store, auth.user.id);
    const context = clientId ? await buildComposeContext(store, auth.user.id, clientId) : undefined;
    if (clientId) await appendAuditEvent(store, { userId: auth.user.id, action: 'view', entity: 'client', entityId: clientId });
    const composeNote = await loadComposer();
    const document = composeNote({
      ...(summary ? { summary } : {}),
      ...(worksheet ? { worksheet } : {}),
      format,
      style: { ...settings.style, ...style },
      ...(context ? { context } : {}),
    });
    return document as TDocument;
  });
};
