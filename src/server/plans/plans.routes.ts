// Treatment plans: draft one from a summary and/or worksheet (nothing stored), then keep it as a
// client's versioned plan: create a draft, edit, sign, list versions, the active plan. The same
// people reach a client's plans as the client's notes; every read and change is audited.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { draftPlan, PLAN_LIBRARY, PlanError } from '#plans';
import { AppError, createPlanDraft, getActivePlan, getPlan, listPlans, signPlan, updatePlanDraft } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { ICD10_CODES } from '../icd10/icd10-codes.ts';
import {
  ZActivePlanResponse,
  ZCreatePlanRequest,
  ZDraftPlanRequest,
  ZDraftPlanResponse,
  ZPlanLibraryResponse,
  ZPlanParams,
  ZPlanResponse,
  ZPlansResponse,
  ZUpdatePlanRequest,
} from './plan.schema.ts';

export const plansRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  // Nothing is stored or read from the store: like /api/compose, not audited.
  app.post('/api/plans/draft', { schema: { tags: ['plans'], body: ZDraftPlanRequest, response: { 200: ZDraftPlanResponse } } }, async (request) => {
    requireAuth(request);
    const { summary, worksheet, date } = request.body;
    try {
      const draft = draftPlan({ ...(summary ? { summary } : {}), ...(worksheet ? { worksheet } : {}), ...(date ? { date } : {}), reference: ICD10_CODES });
      return { ...draft, suggestions: draft.suggestions.map(({ condition, reason }) => ({ ...condition, reason })) };
    } catch (error) {
      if (error instanceof PlanError) throw new AppError('bad_request', error.message, { field: error.code === 'no_input' ? 'body.summary' : 'body.worksheet' });
      throw error;
    }
  });

  app.get('/api/plans/library', { schema: { tags: ['plans'], response: { 200: ZPlanLibraryResponse } } }, async (request) => {
    requireAuth(request);
    return { conditions: [...PLAN_LIBRARY] };
  });

  app.get(
    '/api/clients/:id/plans',
    { config: { audit: { action: 'view', entity: 'plan_list' } }, schema: { tags: ['plans'], params: ZPlanParams, response: { 200: ZPlansResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { plans: await listPlans(store, auth.user.id, request.params.id) };
    },
  );

  app.get(
    '/api/clients/:id/plans/active',
    { config: { audit: { action: 'view', entity: 'plan', id: 'result.plan.id', onlyIf: 'result.plan.id' } }, schema: { tags: ['plans'], params: ZPlanParams, response: { 200: ZActivePlanResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { plan: await getActivePlan(store, auth.user.id, request.params.id) };
    },
  );

  app.post(
    '/api/clients/:id/plans',
    { config: { audit: { action: 'create', entity: 'plan', id: 'result.plan.id' } }, schema: { tags: ['plans'], params: ZPlanParams, body: ZCreatePlanRequest, response: { 200: ZPlanResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      const { content, summary } = request.body;
      return { plan: await createPlanDraft(store, { userId: auth.user.id, clientId: request.params.id, content, summary }) };
    },
  );

  app.get('/api/plans/:id', { config: { audit: { action: 'view', entity: 'plan' } }, schema: { tags: ['plans'], params: ZPlanParams, response: { 200: ZPlanResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { plan: await getPlan(store, auth.user.id, request.params.id) };
  });

  app.patch(
    '/api/plans/:id',
    { config: { audit: { action: 'change', entity: 'plan' } }, schema: { tags: ['plans'], params: ZPlanParams, body: ZUpdatePlanRequest, response: { 200: ZPlanResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { plan: await updatePlanDraft(store, auth.user.id, request.params.id, request.body.content) };
    },
  );

  app.post('/api/plans/:id/sign', { config: { audit: { action: 'sign', entity: 'plan' } }, schema: { tags: ['plans'], params: ZPlanParams, response: { 200: ZPlanResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return { plan: await signPlan(store, auth.user.id, request.params.id) };
  });
};
