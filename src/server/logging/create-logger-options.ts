// Logs carry method, path (never the query string: `?q=` is a search over notes), status,
// timing and error types: never bodies, headers, cookies or error messages, which could hold
// clinical text.
import type { Writable } from 'node:stream';
import type { FastifyServerOptions } from 'fastify';

export interface LoggerSettings {
  level?: string;
  /** Where log lines go (default stdout); tests collect them to check for leaks. */
  stream?: Writable;
}

interface RequestLike {
  method?: string;
  url?: string;
  id?: string;
}

function serializeError(err: unknown): { type: string; message: string; stack: string; [key: string]: unknown } {
  const e = err as { name?: string; code?: unknown; statusCode?: unknown; stack?: string; message?: string };
  return {
    type: e?.name ?? typeof err,
    // Only our own AppError messages are known to be free of clinical text.
    message: e?.name === 'AppError' ? String(e.message) : '(message omitted)',
    code: e?.code,
    statusCode: e?.statusCode,
    // Frames only: the first stack line repeats the message.
    stack: e?.stack?.split('\n').slice(1, 8).join('\n') ?? '',
  };
}

export function createLoggerOptions(settings: LoggerSettings | false): FastifyServerOptions['logger'] {
  if (settings === false) return false;
  return {
    level: settings.level ?? 'info',
    ...(settings.stream ? { stream: settings.stream } : {}),
    serializers: {
      req: (req: RequestLike) => ({ id: req.id, method: req.method, path: (req.url ?? '').split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: serializeError,
    },
  };
}
