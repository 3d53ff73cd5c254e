// POST /api/compose: input in, Document out, nothing stored. The composer runs in worker
// threads (src/compose-pool) with a time budget, so one summary never stalls the server.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ComposeInput } from '#compose';
import { ComposeError } from '#compose';
import { type ComposedBody, ComposeBusyError, ComposeTimeoutError, ComposeTooLargeError, ComposeUnavailableError, createComposePool, type ComposePool } from '#compose-pool';
import { AppError, appendAuditEvent, getStyle } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { linkPlanGoals } from '../plans/link-plan-goals.ts';
import { buildComposeContext } from './build-compose-context.ts';
import { ZComposeRequest } from './compose.schema.ts';
import { type TDocument, ZDocument } from './document.schema.ts';
import { acceptedEncoding, answerComposedBody } from './answer-composed-body.ts';

export const composeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, config } = app;
  const pool = createComposePool({ size: config.composeWorkers, budgetMs: config.composeBudgetMs });
  app.addHook('onClose', () => pool.close());

  // Composing with a client's profile and plan shows them in the note: a view of the client.
  const audit = { action: 'view', entity: 'client', id: 'body.clientId', onlyIf: 'body.clientId', readOnly: true } as const;
  app.post('/api/compose', { config: { audit }, schema: { tags: ['notes'], body: ZComposeRequest, response: { 200: ZDocument } } }, async (request, reply) => {
    const auth = requireAuth(request);
    const { summary, worksheet, format, style, clientId, planProgress } = request.body;
    if (!summary?.trim() && !worksheet) throw new AppError('bad_request', 'Give a summary, a worksheet, or both', { field: 'summary' });
    const savedStyle = await getStyle(store, auth.user.id);
    const profileContext = clientId ? await buildComposeContext(store, auth.user.id, clientId) : undefined;
    // The ticked plan goals, and those whose words the summary uses, reach the composer as
    // context.plan.goals (the composer's contract).
    const { planId, goals } = await linkPlanGoals(store, { userId: auth.user.id, clientId, summary, planProgress });
    if (planId) await appendAuditEvent(store, { userId: auth.user.id, action: 'view', entity: 'plan', entityId: planId });
    const context = goals.length ? { ...profileContext, plan: { ...profileContext?.plan, goals } } : profileContext;
    // The worker checks the note against the API's limits and answers the bytes to send, compressed
    // as the client accepts: this thread does nothing that grows with the note (src/compose-pool).
    const body = await composeInPool(
      pool,
      {
        ...(summary ? { summary } : {}),
        ...(worksheet ? { worksheet } : {}),
        format,
        style: { ...savedStyle, ...style },
        ...(context ? { context } : {}),
      },
      acceptedEncoding(request),
    );
    // Returned, not sent, so the view is audited before it goes out (audit/route-audit.ts).
    return answerComposedBody<TDocument>(reply, body);
  });
};

/** Composes in the pool, as the answer's checked bytes; the pool's refusals become errors that say what to do. */
async function composeInPool(pool: ComposePool, input: ComposeInput, encoding: ComposedBody['encoding']): Promise<ComposedBody> {
  try {
    return await pool.composeBody(input, { encoding });
  } catch (e) {
    if (e instanceof ComposeError) throw new AppError('bad_request', e.message, { field: e.field ?? 'summary' });
    if (e instanceof ComposeTooLargeError) {
      throw new AppError('bad_request', `The note from this summary would be too large: ${e.what}. Shorten the summary or split it into separate notes.`, { field: 'summary' });
    }
    // Anything but a size rule is the composer's fault, not the summary's: a real 500.
    if (e instanceof ComposeUnavailableError && e.reason === 'invalid') throw new AppError('internal', 'The composer produced a note the server cannot read');
    if (e instanceof ComposeTimeoutError) {
      const seconds = (e.budgetMs / 1000).toLocaleString('en-US');
      throw new AppError('unavailable', `Composing this note took longer than ${seconds} s and was stopped. Shorten the summary or split it into separate notes, then try again.`, { field: 'summary' });
    }
    if (e instanceof ComposeBusyError) throw new AppError('unavailable', 'The composer is busy with other notes. Try again in a moment.');
    throw new AppError('unavailable', 'The composer could not write this note. Try again; if it keeps failing, shorten the summary.');
  }
}
