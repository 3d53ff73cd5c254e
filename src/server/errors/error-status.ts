// The one place where error codes become HTTP statuses.
import type { ErrorCode } from '#store';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  bad_credentials: 401,
  unauthenticated: 401,
  totp_required: 401,
  csrf: 403,
  deactivated: 403,
  password_change_required: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 429,
  /** Misdirected Request: the Host header names another server (DNS rebinding). */
  wrong_host: 421,
  unavailable: 503,
  internal: 500,
};
