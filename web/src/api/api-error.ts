/** An error answered by the API (`{error:{code,message,field?}}`) or a failed request. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(options: { code: string; message: string; status: number; field?: string }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.field = options.field;
  }
}

/** Words for the clinician: the server's message when it has one, else a plain explanation. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'network':
        return 'Afterword could not reach its server. Your text is still here; try again in a moment.';
      case 'locked':
        return 'Too many sign-in attempts. Wait a few minutes, then try again.';
      case 'bad_credentials':
        return 'That email and password do not match an account.';
      case 'reauth_cancelled':
        return 'Not saved: you are signed out. Sign in again to save; your text is still here.';
      default:
        return error.message || 'Something went wrong.';
    }
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}
