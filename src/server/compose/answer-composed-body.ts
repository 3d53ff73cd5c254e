// The compose route's answer is made in the composer's thread (src/compose-pool/encode-answer.ts):
// JSON already checked against the route's response schema, as bytes, compressed there when the
// client accepts it. This thread picks the encoding and writes the bytes out as they are.
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AnswerEncoding, ComposedBody } from '#compose-pool';

/** In the server's order of preference, as register-compression.ts. */
const ENCODINGS: AnswerEncoding[] = ['br', 'gzip'];

/** The encoding to compress the answer with, as the request's Accept-Encoding allows; null: none. */
export function acceptedEncoding(request: FastifyRequest): AnswerEncoding | null {
  const header = request.headers['accept-encoding'];
  return header ? negotiate(header, ENCODINGS) : null;
}

/**
 * Sends the composed bytes as they are and returns them typed as the route's answer, so a
 * readOnly route's audit event is appended before they go out (audit/route-audit.ts). The
 * compression plugin leaves an answer alone that already has a Content-Encoding.
 *
 * @example
 *   return answerComposedBody<TDocument>(reply, await pool.composeBody(input, { encoding: acceptedEncoding(request) }));
 */
export function answerComposedBody<T>(reply: FastifyReply, { body, encoding }: ComposedBody): T {
  reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  if (encoding) reply.header('content-encoding', encoding);
  return body as unknown as T;
}
