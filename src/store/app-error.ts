// The one error type of the application. Codes are strings; the server maps each code to an
// HTTP status and a user-facing message in one place (src/server/errors/error-status.ts).
// It lives in the store, the lowest layer that raises it, so every layer above can import it.
// Messages and details carry ids only, never clinical text.

import type { NotClinical } from './clinical-text.ts';

export const ERROR_CODES = [
  'bad_request',
  'bad_credentials',
  'unauthenticated',
  'totp_required',
  'csrf',
  'deactivated',
  'password_change_required',
  'forbidden',
  'not_found',
  'conflict',
  'locked',
  'wrong_host',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorOptions {
  /** The request field the error is about (a path such as `body.email`), never its value. */
  field?: string;
  cause?: unknown;
}

/**
 * An expected failure with a stable code.
 * @example throw new AppError('not_found', 'Note not found');
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  /** `message` is refused at compile time when it is decrypted text (ClinicalText). */
  constructor(code: ErrorCode, message: NotClinical, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
  }
}
