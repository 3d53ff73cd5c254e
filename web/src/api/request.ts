// One fetch wrapper for the whole interface: JSON in and out, the CSRF header on every state
// change, and recovery from an expired session without losing what the clinician typed: a 401
// asks the session layer to sign in again in place (a dialog), then the same request is retried.
import { ApiError } from './api-error.ts';
import { takeEarlyAnswer } from './early-answers.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let reauthenticate: (() => Promise<void>) | null = null;
let pendingReauth: Promise<void> | null = null;
const activityListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For a request that is not JSON (a dictation's audio), sent with fetch directly. */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** The session layer registers how to sign in again; it resolves when signed in, rejects if the user gives up. */
export function setReauthHandler(handler: (() => Promise<void>) | null): void {
  reauthenticate = handler;
}

/** Called after every answered request: the server's idle timer restarts on each request. */
export function onServerActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

const AUTH_PATHS = ['/api/auth/login', '/api/auth/me', '/api/setup', '/api/auth/logout'];

/** Per-request options: `signal` cancels a request the page no longer needs (a stale search). */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

async function send(method: Method, path: string, body: unknown, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    // Asked for at start-up (early-answers.ts): the same request, already on its way.
    const early = method === 'GET' ? takeEarlyAnswer(path) : undefined;
    if (early) return await early;
    return await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    // A cancelled request is not a network failure: the caller asked for it and ignores it.
    if (options.signal?.aborted) throw error;
    throw new ApiError({ code: 'network', message: 'The server could not be reached.', status: 0 });
  }
}

async function toError(response: Response): Promise<ApiError> {
  let code = 'internal';
  let message = `The server answered ${response.status}.`;
  let field: string | undefined;
  try {
    const data = (await response.json()) as { error?: { code?: string; message?: string; field?: string } };
    if (data.error?.code) code = data.error.code;
    if (data.error?.message) message = data.error.message;
    field = data.error?.field;
  } catch {
    // Not JSON: keep the generic message.
  }
  return new ApiError({ code, message, status: response.status, ...(field ? { field } : {}) });
}

async function refreshCsrf(): Promise<void> {
  const response = await send('GET', '/api/auth/me', undefined);
  if (response.ok) {
    const me = (await response.json()) as { csrfToken?: string };
    if (me.csrfToken) csrfToken = me.csrfToken;
  }
}

/** Sends one API request (signing in again and retrying as needed); the answer if it is a success, else throws ApiError. */
async function exchange(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<Response> {
  let response = await send(method, path, body, options);
  const isAuthCall = AUTH_PATHS.some((p) => path.startsWith(p));

  if (response.status === 403 && !isAuthCall) {
    const error = await toError(response.clone());
    if (error.code === 'csrf') {
      await refreshCsrf();
      response = await send(method, path, body, options);
    }
  }
  if (response.status === 401 && !isAuthCall && reauthenticate) {
    const error = await toError(response.clone());
    if (error.code === 'unauthenticated') {
      pendingReauth ??= reauthenticate().finally(() => {
        pendingReauth = null;
      });
      try {
        await pendingReauth;
      } catch {
        throw new ApiError({ code: 'reauth_cancelled', message: 'Signed out.', status: 401 });
      }
      response = await send(method, path, body, options);
    }
  }

  // A passive check (`?passive=1`) does not extend the session on the server, so it is not activity.
  if (response.status !== 401 && !path.includes('passive=1')) for (const listener of activityListeners) listener();
  if (!response.ok) throw await toError(response);
  return response;
}

/** Sends one API request and returns its JSON answer; throws ApiError. */
async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const response = await exchange(method, path, body, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions): Promise<T> => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> => request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body: unknown): Promise<T> => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown): Promise<T> => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown): Promise<T> => request<T>('DELETE', path, body),
  /** A file the API answers with (a note's PDF), as a Blob. */
  blob: async (path: string): Promise<Blob> => (await exchange('GET', path)).blob(),
};
