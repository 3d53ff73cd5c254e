// What a route audits is declared on the route (`config.audit`), and this hook makes it so:
// the handler runs inside one store transaction, the declared events are appended in that same
// transaction, and the answer goes out only after both have committed. A failure anywhere
// (the handler, the audit insert, the commit) leaves neither the change nor its event.
// Handlers call store operations as usual: they join the transaction (store/transactions).
//
// @example
//   app.delete('/api/notes/:id', { config: { audit: { action: 'delete', entity: 'note' } }, schema }, handler)
//   // records { action: 'delete', entity: 'note', entityId: request.params.id, userId: signed-in user }
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { type AuditAction, type AuditEntity, type AuditEventInput, appendAuditEvents } from '#store';

/** Where an event's record id or user id comes from: a path into the request or the handler's answer. */
export type AuditValueSource = 'params.id' | 'query.clientId' | 'auth.user.id' | `result.${string}` | 'none';

export interface RouteAudit {
  action: AuditAction;
  entity: AuditEntity;
  /** The record; default `params.id`, or none when the route has no :id. */
  id?: AuditValueSource;
  /** Who; default the signed-in user. */
  by?: AuditValueSource;
  /** Recorded only when this value is present (for a route that may touch nothing). */
  onlyIf?: AuditValueSource;
}

interface AuditSources {
  params: unknown;
  query: unknown;
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
export function auditEventsFor(specs: RouteAudit | readonly RouteAudit[], request: FastifyRequest, result: unknown): AuditEventInput[] {
  const sources: AuditSources = { params: request.params, query: request.query, auth: request.auth, result };
  const list: readonly RouteAudit[] = Array.isArray(specs) ? specs : [specs as RouteAudit];
  return list
    .filter((spec) => spec.onlyIf === undefined || pick(sources, spec.onlyIf) !== null)
    .map((spec) => ({
      userId: pick(sources, spec.by ?? 'auth.user.id'),
      action: spec.action,
      entity: spec.entity,
      entityId: pick(sources, spec.id ?? 'params.id'),
    }));
}

/** Registers the hook; call before the routes are registered. */
export function registerRouteAudit(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const specs = route.config?.audit;
    if (!specs) return;
    const handler = route.handler;
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
