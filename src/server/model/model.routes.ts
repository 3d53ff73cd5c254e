// The user's own model: its settings (off by default; an outside endpoint only after an explicit
// confirmation naming what is sent) and POST /api/compose/polish, which redacts, calls, restores
// and verifies (src/model-provider), and answers with the polished draft or the check it failed.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { chatCompletion, classifyEndpoint, ModelError, polishDraft } from '#model-provider';
import { AppError, appendAuditEvent, getClient, getModelSettings, getSettings, type ModelSettingsView, putModelSettings, type Store, unsafeOpenModelKey } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { type TPolishResponse, type TModelSettings, ZModelSettingsResponse, ZPolishRequest, ZPolishResponse, ZPutModelSettingsRequest } from './model.schema.ts';
import { OUTSIDE_NOTICE } from './outside-notice.ts';

/** Client terms that are not names (style.clientTerm), so not identifiers to redact. */
const GENERIC_CLIENT_TERMS = new Set(['client', 'patient', 'the client', 'the patient', 'member', 'consumer', 'individual']);

export const modelRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get('/api/settings/model', { schema: { tags: ['settings'], response: { 200: ZModelSettingsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { model: toResponse(await getModelSettings(store, auth.user.id)) };
  });

  app.put(
    '/api/settings/model',
    { config: { audit: { action: 'change', entity: 'settings', id: 'auth.user.id' } }, schema: { tags: ['settings'], body: ZPutModelSettingsRequest, response: { 200: ZModelSettingsResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const body = request.body;
      if (body.enabled && (!body.baseUrl || !body.model)) throw new AppError('bad_request', 'To turn your model on, give its address and the model name', { field: body.baseUrl ? 'model' : 'baseUrl' });
      const current = await getModelSettings(store, auth.user.id);
      const outside = body.baseUrl !== null && classifyEndpoint(body.baseUrl) === 'outside';
      const confirmed = outside && (body.confirmOutside === true || current.outsideConfirmedUrl === body.baseUrl);
      if (body.enabled && outside && !confirmed) throw new AppError('bad_request', `Confirm before turning this on. ${OUTSIDE_NOTICE}`, { field: 'confirmOutside' });
      await putModelSettings(store, auth.user.id, {
        enabled: body.enabled,
        baseUrl: body.baseUrl,
        model: body.model,
        ...(body.apiKey !== undefined ? { apiKey: body.apiKey } : {}),
        stream: body.stream,
        timeoutSeconds: body.timeoutSeconds,
        outsideConfirmedUrl: confirmed ? body.baseUrl : null,
      });
      return { model: toResponse(await getModelSettings(store, auth.user.id)) };
    },
  );

  app.post('/api/compose/polish', { schema: { tags: ['notes'], body: ZPolishRequest, response: { 200: ZPolishResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const settings = await getModelSettings(store, auth.user.id);
    if (!settings.enabled || !settings.baseUrl || !settings.model) throw new AppError('conflict', 'Your own model is off. Turn it on in Settings, with its address and model name, to polish drafts.');
    if (classifyEndpoint(settings.baseUrl) === 'outside' && settings.outsideConfirmedUrl !== settings.baseUrl) {
      throw new AppError('conflict', 'Your model\'s address is outside this computer and your network and has not been confirmed. Confirm it in Settings.');
    }
    const draft = request.body.document;
    const known = await knownIdentifiers(store, auth.user.id, request.body.clientId ?? null);
    const apiKey = await unsafeOpenModelKey(store, auth.user.id);
    const { baseUrl, model, stream, timeoutSeconds } = settings;
    // One budget for the whole draft, shared by its sections.
    const deadline = Date.now() + timeoutSeconds * 1000;
    try {
      const { result } = await polishDraft({
        draft,
        known,
        complete: (messages) => chatCompletion({ baseUrl, model, apiKey: apiKey ?? undefined, messages, stream, timeoutMs: Math.max(1, deadline - Date.now()) }),
      });
      // Redacted sections left for the user's model: recorded like any other export of clinical content.
      const clientId = request.body.clientId;
      await appendAuditEvent(store, { userId: auth.user.id, action: 'export', entity: clientId ? 'client' : 'settings', entityId: clientId ?? auth.user.id });
      if (!result.accepted) return { accepted: false, check: result.check, message: result.message, ...(result.section ? { section: result.section } : {}) } satisfies TPolishResponse;
      const modelAdded = result.document.sections.reduce((n, s) => n + s.sentences.filter((x) => x.modelAdded).length, 0);
      return { accepted: true, document: result.document, modelAdded } satisfies TPolishResponse;
    } catch (e) {
      if (e instanceof ModelError && e.code === 'timeout') {
        // The budget is the whole draft's, not what was left for the section that ran out.
        throw new AppError('unavailable', `Your model did not finish within ${timeoutSeconds} s and was stopped. Try a smaller model, or raise the time limit in Settings. Your draft is unchanged.`);
      }
      if (e instanceof ModelError) throw new AppError('unavailable', `${e.message} Your draft is unchanged.`);
      throw e;
    }
  });
};

function toResponse(view: ModelSettingsView): TModelSettings {
  return {
    enabled: view.enabled,
    baseUrl: view.baseUrl,
    model: view.model,
    hasKey: view.hasKey,
    stream: view.stream,
    timeoutSeconds: view.timeoutSeconds,
    reach: view.baseUrl ? classifyEndpoint(view.baseUrl) : null,
    outsideNotice: OUTSIDE_NOTICE,
  };
}

/** The names to take out before anything leaves: the client's, the profile's people, and a client term that is a name. */
async function knownIdentifiers(store: Store, userId: string, clientId: string | null): Promise<{ clientNames: string[]; profileText?: string }> {
  const { style } = await getSettings(store, userId);
  const names: string[] = [];
  if (style.clientTerm && !GENERIC_CLIENT_TERMS.has(style.clientTerm.toLowerCase())) names.push(style.clientTerm);
  if (!clientId) return { clientNames: names };
  const client = await getClient(store, userId, clientId);
  await appendAuditEvent(store, { userId, action: 'view', entity: 'client', entityId: clientId });
  return { clientNames: [...names, client.displayName, ...(client.realName ? [client.realName] : [])], ...(client.context ? { profileText: client.context } : {}) };
}
