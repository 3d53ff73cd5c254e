// Turns every thrown error into `{ error: { code, message, field? } }`. Messages come from our
// own AppErrors or from fixed text here: never from a parser, which may quote the request body
// (JSON.parse does), nor from a validator's input.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type AuditEntity, appendAuditEvent, type ErrorCode } from '#store';
import type { RouteAudit } from '../audit/route-audit.ts';
import { logEvent } from '../logging/log-event.ts';
import type { TErrorBody } from './error.schema.ts';
import { ERROR_STATUS } from './error-status.ts';

function body(code: ErrorCode, message: string, field?: string): TErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const path = first ? [first.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('') : '';
    const field = `${error.validationContext ?? 'body'}${path ? `.${path}` : ''}`;
    // Zod's issue messages describe the rule ("Too big: expected string to have <=200 characters"), not the value.
    return new AppError('bad_request', `Invalid ${field}: ${first?.message ?? 'invalid value'}`, { field });
  }
  if (isResponseSerializationError(error)) return new AppError('internal', 'The server produced an invalid answer');
  const status = (error as FastifyError).statusCode ?? 500;
  if (status === 429) return new AppError('locked', 'Too many attempts; wait a few minutes and try again');
  if (status === 404) return new AppError('not_found', 'Not found');
  if (status === 413) return new AppError('bad_request', 'The request is too large');
  if (status === 415) return new AppError('bad_request', 'Send JSON (content-type: application/json)');
  if (status >= 400 && status < 500) return new AppError('bad_request', 'The request could not be read');
  return new AppError('internal', 'Something went wrong on the server');
}

export async function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const appError = toAppError(error);
  const status = ERROR_STATUS[appError.code];
  if (status >= 500) logEvent(request.log, { level: 'error', message: 'request failed', err: error });
  else logEvent(request.log, { level: 'info', message: 'request refused', fields: { code: appError.code, field: appError.field } });
  if (appError.code === 'forbidden' || appError.code === 'not_found') await auditRefusal(request);
  // Sent as JSON text, so a serializer the route set for its own answer (compose sends its
  // document's text as made) passes it through unchanged.
  // A compose answer sets its Content-Encoding before its bytes are sent; the error is plain JSON.
  reply.removeHeader('content-encoding');
  reply
    .status(status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(body(appError.code, appError.message, appError.field)));
}

/**
 * A signed-in user refused a record (another clinician's note answers 404, a supervisor's
 * change 403) or an owner-only route: recorded as `refuse` with the record's id (or the route),
 * after the refused work was rolled back.
 */
async function auditRefusal(request: FastifyRequest): Promise<void> {
  const route = request.routeOptions.url;
  if (!request.auth || !route) return;
  const declared: RouteAudit | readonly RouteAudit[] | undefined = request.routeOptions.config.audit;
  const first = Array.isArray(declared) ? (declared as readonly RouteAudit[])[0] : (declared as RouteAudit | undefined);
  const entity: AuditEntity = first?.entity ?? 'route';
  const id = (request.params as { id?: unknown } | undefined)?.id;
  try {
    await appendAuditEvent(request.server.store, { userId: request.auth.user.id, action: 'refuse', entity, entityId: typeof id === 'string' ? id : `${request.method} ${route}` });
  } catch (auditError) {
    logEvent(request.log, { level: 'error', message: 'could not audit a refused request', err: auditError });
  }
}
