// Documents from templates: the starters and each clinician's own templates (list, create,
// change, delete), writing a document from a template (nothing stored), and keeping a written
// document with a client. Every read and change of a template or a document is audited; a saved document is
// a record like a note: edited as a draft, signed, then only marked entered in error.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComposeError } from '#compose';
import { ComposeBusyError, ComposeTimeoutError, createComposePool } from '#compose-pool';
import { arrangeDocument, STARTERS, type TTemplate, templateLayout, ZTemplateDocument } from '#documents';
import {
  AppError,
  appendAuditEvent,
  createTemplate,
  deleteClientDocument,
  deleteTemplate,
  getClientDocument,
  getSettings,
  getTemplate,
  listClientDocuments,
  listTemplates,
  markClientDocumentEnteredInError,
  saveClientDocument,
  signClientDocument,
  updateClientDocument,
  updateTemplate,
} from '#store';
import { ZOk } from '../auth/auth.schema.ts';
import { requireAuth } from '../auth/require-auth.ts';
import { buildComposeContext } from '../compose/build-compose-context.ts';
import {
  ZClientDocumentResponse,
  ZClientDocumentsResponse,
  ZComposeDocumentRequest,
  ZDocumentEnteredInErrorRequest,
  ZSaveDocumentRequest,
  ZUpdateDocumentRequest,
  ZTemplateBody,
  ZTemplateParams,
  ZTemplateResponse,
  ZTemplatesResponse,
} from './documents.schema.ts';

export const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, config } = app;
  const tags = ['documents'];
  // Documents are composed in worker threads with the same time budget as notes (compose.routes.ts),
  // so one summary never stalls the server. The threads start on the first document written.
  const pool = createComposePool({ size: config.composeWorkers, budgetMs: config.composeBudgetMs });
  app.addHook('onClose', () => pool.close());

  app.get('/api/templates', { config: { audit: { action: 'view', entity: 'template_list', id: 'none' } }, schema: { tags, response: { 200: ZTemplatesResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { starters: [...STARTERS], templates: await listTemplates(store, auth.user.id) };
  });

  app.post('/api/templates', { config: { audit: { action: 'create', entity: 'template', id: 'result.template.id' } }, schema: { tags, body: ZTemplateBody, response: { 200: ZTemplateResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { template: await createTemplate(store, auth.user.id, request.body.template) };
  });

  app.get('/api/templates/:id', { config: { audit: { action: 'view', entity: 'template' } }, schema: { tags, params: ZTemplateParams, response: { 200: ZTemplateResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { template: await getTemplate(store, auth.user.id, request.params.id) };
  });

  app.put('/api/templates/:id', { config: { audit: { action: 'change', entity: 'template' } }, schema: { tags, params: ZTemplateParams, body: ZTemplateBody, response: { 200: ZTemplateResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { template: await updateTemplate(store, auth.user.id, request.params.id, request.body.template) };
  });

  app.delete('/api/templates/:id', { config: { audit: { action: 'delete', entity: 'template' } }, schema: { tags, params: ZTemplateParams } }, async (request, reply) => {
    const auth = requireAuth(request);
    await deleteTemplate(store, auth.user.id, request.params.id);
    return reply.status(204).send();
  });

  // Nothing is stored; composing with a client's profile shows it in the document: a view of the client.
  // A saved template read by id is audited in chooseTemplate, as /api/compose does for a plan.
  const audit = { action: 'view', entity: 'client', id: 'body.clientId', onlyIf: 'body.clientId', readOnly: true } as const;
  app.post('/api/documents/compose', { config: { audit }, schema: { tags, body: ZComposeDocumentRequest, response: { 200: ZTemplateDocument } } }, async (request) => {
    const auth = requireAuth(request);
    const { summary, worksheet, style, clientId, date } = request.body;
    if (!summary?.trim() && !worksheet) throw new AppError('bad_request', 'Give a summary, a worksheet, or both', { field: 'body.summary' });
    const template = await chooseTemplate(request.body, auth.user.id);
    const settings = await getSettings(store, auth.user.id);
    const context = clientId ? await buildComposeContext(store, auth.user.id, clientId) : undefined;
    const values = { clinician: auth.user.name, credentials: auth.user.credentials, ...(date ? { date } : {}) };
    const merged = { ...settings.style, ...style };
    const input = { format: 'simple', ...(summary ? { summary } : {}), ...(worksheet ? { worksheet } : {}), style: merged, ...(context ? { context } : {}) };
    try {
      const note = await pool.compose(input, { layout: templateLayout(template) });
      return arrangeDocument({ template, note, style: merged, values });
    } catch (e) {
      if (e instanceof ComposeError) throw new AppError('bad_request', e.message, { field: `body.${e.field ?? 'summary'}` });
      if (e instanceof ComposeTimeoutError) throw new AppError('unavailable', `Writing this document took longer than ${(e.budgetMs / 1000).toLocaleString('en-US')} s and was stopped. Shorten the summary, then try again.`, { field: 'summary' });
      if (e instanceof ComposeBusyError) throw new AppError('unavailable', 'The composer is busy with other documents. Try again in a moment.');
      throw new AppError('unavailable', 'The composer could not write this document. Try again; if it keeps failing, shorten the summary.');
    }
  });

  async function chooseTemplate(body: { template?: TTemplate | null; templateId?: string | null; starterId?: string | null }, userId: string): Promise<TTemplate> {
    if (body.template) return body.template;
    if (body.templateId) {
      const saved = await getTemplate(store, userId, body.templateId);
      await appendAuditEvent(store, { userId, action: 'view', entity: 'template', entityId: saved.id });
      return saved.template;
    }
    const starter = STARTERS.find((s) => s.id === body.starterId);
    if (!starter) throw new AppError('bad_request', `There is no starter "${String(body.starterId).slice(0, 40)}". Use one of: ${STARTERS.map((s) => s.id).join(', ')}`, { field: 'body.starterId' });
    return starter.template;
  }

  app.get(
    '/api/clients/:id/documents',
    { config: { audit: { action: 'view', entity: 'document_list' } }, schema: { tags, params: ZTemplateParams, response: { 200: ZClientDocumentsResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { documents: await listClientDocuments(store, auth.user.id, request.params.id) };
    },
  );

  app.post(
    '/api/clients/:id/documents',
    { config: { audit: { action: 'create', entity: 'document', id: 'result.document.id' } }, schema: { tags, params: ZTemplateParams, body: ZSaveDocumentRequest, response: { 200: ZClientDocumentResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const { document, templateTitle } = request.body;
      return { document: await saveClientDocument(store, { userId: auth.user.id, clientId: request.params.id, document, templateTitle }) };
    },
  );

  // One saved document: read (its clinician and their supervisor), edited while a draft, signed,
  // marked entered in error once signed, copied (recorded), deleted while a draft; as notes are.
  const params = ZTemplateParams;
  app.get('/api/documents/:id', { config: { audit: { action: 'view', entity: 'document' } }, schema: { tags, params, response: { 200: ZClientDocumentResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { document: await getClientDocument(store, auth.user.id, request.params.id) };
  });

  app.put('/api/documents/:id', { config: { audit: { action: 'change', entity: 'document' } }, schema: { tags, params, body: ZUpdateDocumentRequest, response: { 200: ZClientDocumentResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { document: await updateClientDocument(store, auth.user.id, request.params.id, request.body.document) };
  });

  app.post('/api/documents/:id/sign', { config: { audit: { action: 'sign', entity: 'document' } }, schema: { tags, params, response: { 200: ZClientDocumentResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { document: await signClientDocument(store, auth.user.id, request.params.id) };
  });

  app.post(
    '/api/documents/:id/entered-in-error',
    { config: { audit: { action: 'entered_in_error', entity: 'document' } }, schema: { tags, params, body: ZDocumentEnteredInErrorRequest, response: { 200: ZClientDocumentResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { document: await markClientDocumentEnteredInError(store, { userId: auth.user.id, documentId: request.params.id, reason: request.body.reason }) };
    },
  );

  // The browser copies the text itself; this records that clinical content left the app.
  app.post('/api/documents/:id/copied', { config: { audit: { action: 'copy', entity: 'document' } }, schema: { tags, params, response: { 200: ZOk } } }, async (request) => {
    const auth = requireAuth(request);
    await getClientDocument(store, auth.user.id, request.params.id);
    return { ok: true as const };
  });

  app.delete('/api/documents/:id', { config: { audit: { action: 'delete', entity: 'document' } }, schema: { tags, params, response: { 200: ZOk } } }, async (request) => {
    const auth = requireAuth(request);
    await deleteClientDocument(store, auth.user.id, request.params.id);
    return { ok: true as const };
  });
};
