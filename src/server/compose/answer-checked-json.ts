// A handler that returns its answer (so a readOnly route's audit event is appended before it goes
// out, audit/route-audit.ts) but whose answer is JSON text already checked against the route's
// response schema elsewhere (the composer thread, src/compose-pool/check-document-limits.ts).
import type { FastifyReply } from 'fastify';

/**
 * Sends `json` as is and returns it typed as the route's answer. The one place the text stands in
 * for the object: the worker parsed it with the same schema before answering it.
 *
 * @example
 *   return answerCheckedJson<TDocument>(reply, await pool.composeJson(input, { apiLimits: true }));
 */
export function answerCheckedJson<T>(reply: FastifyReply, json: string): T {
  reply.type('application/json; charset=utf-8').serializer(String);
  return json as unknown as T;
}
