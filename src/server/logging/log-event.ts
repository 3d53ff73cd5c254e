// The one way server code writes a log line. Its types refuse decrypted clinical text
// (ClinicalText) as the message or as a field; an error goes under `err`, which the logger's
// serializer reduces to its type, code and frames (create-logger-options.ts).
import type { FastifyBaseLogger } from 'fastify';
import type { NotClinical } from '#store';

type LogValue = NotClinical | number | boolean | null | undefined;

export interface LogEvent {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: NotClinical;
  /** Ids, codes and counts; a ClinicalText here does not compile. */
  fields?: Readonly<Record<string, LogValue>>;
  err?: unknown;
}

/**
 * @example logEvent(request.log, { level: 'info', message: 'request refused', fields: { code: 'not_found' } });
 */
export function logEvent(log: FastifyBaseLogger, event: LogEvent): void {
  log[event.level]({ ...event.fields, ...(event.err === undefined ? {} : { err: event.err }) }, event.message);
}
