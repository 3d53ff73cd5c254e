// What a route audits is declared on the route (`config.audit`), and this hook makes it so:
// the handler runs inside one store transaction, the declared events are appended in that same
// transaction, and the answer goes out only after both have committed. A failure anywhere
// (the handler, the audit insert, the commit) leaves neither the change nor its event.
// Handlers call store operations as usual: they join the transaction (store/transactions).
// A route that changes nothing and may run long (compose: seconds in a worker) says `readOnly`:
// it holds no transaction open (on SQLite one would hold every other request's writes), and its
// events are appended after its handler returns, before the answer is sent, so no answer leaves
// without its event. Such a handler returns its answer rather than calling reply.send().
//
// @example
//   app.delete('/api/notes/:id', { config: { audit: { action: 'delete', entity: 'note' } }, schema }, handler)
//   // records { action: 'delete', entity: 'note', entityId: request.params.id, userId: signed-in user }
//   app.post('/api/compose', { config: { audit: { action: 'view', entity: 'client', id: 'body.clientId', onlyIf: 'body.clientId', readOnly: true } } }, handler)
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { type AuditAction, type AuditEntity, type AuditEventInput, appendAuditEvents } from '#store';

/** Where an event's record id or user id comes from: a path into the request or the handler's answer. */
type AuditValueSource = 'params.id' | 'query.clientId' | 'body.clientId' | 'auth.user.id' | `result.${string}` | 'none';

export interface RouteAudit {
  action: AuditAction;
  entity: AuditEntity;
  /** The record; default `params.id`, or none when the route has no :id. */
  id?: AuditValueSource;
  /** Who; default the signed-in user. */
  by?: AuditValueSource;
  /** Recorded only when this value is present (for a route that may touch nothing). */
  onlyIf?: AuditValueSource;
  /** The route changes nothing: no transaction around it; the event is appended after its handler returns, before the answer is sent. */
  readOnly?: true;
}

interface AuditSources {
  params: unknown;
  query: unknown;
  body: unknown;
  auth: unknown;
  result: unknown;
}

function pick(sources: AuditSources, source: AuditValueSource): string | null {
  if (source === 'none') return null;
  let value: unknown = sources;
  for (const key of source.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' ? value : null;
}

/** The events a route declared, for this request and answer. */
function auditEventsFor(specs: RouteAudit | readonly RouteAudit[], request: FastifyRequest, result: unknown): AuditEventInput[] {
  const sources: AuditSources = { params: request.params, query: request.query, body: request.body, auth: request.auth, result };
  return asList(specs)
    .filter((spec) => spec.onlyIf === undefined || pick(sources, spec.onlyIf) !== null)
    .map((spec) => ({
      userId: pick(sources, spec.by ?? 'auth.user.id'),
      action: spec.action,
      entity: spec.entity,
      entityId: pick(sources, spec.id ?? 'params.id'),
    }));
}

function asList(specs: RouteAudit | readonly RouteAudit[]): readonly RouteAudit[] {
  return Array.isArray(specs) ? specs : [specs as RouteAudit];
}

/** Registers the hook; call before the routes are registered. */
export function registerRouteAudit(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const specs = route.config?.audit;
    if (!specs) return;
    const handler = route.handler;
    if (asList(specs).some((spec) => spec.readOnly)) {
      route.handler = async function auditedRead(request, reply) {
        const result = await handler.call(this, request, reply);
        await appendAuditEvents(request.server.store, auditEventsFor(specs, request, result));
        return result;
      };
      return;
    }
    route.handler = async function auditedHandler(request, reply) {
      const { store } = request.server;
      return store.transaction(async () => {
        const result = await handler.call(this, request, reply);
        await appendAuditEvents(store, auditEventsFor(specs, request, result));
        return result;
      });
    };
  });
}
