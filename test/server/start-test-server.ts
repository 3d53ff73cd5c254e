// Starts the real server on a free port with a real SQLite file in a temporary folder, and
// gives the test a clock to move and browser-like clients (cookie jar + CSRF header).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, type ServerConfig, startServer, type LoggerSettings } from '#server';
import type { StoredDocument } from '#store';
import { freshPostgresDatabase } from '../support/fresh-postgres-database.ts';

export interface TestServer {
  server: RunningServer;
  url: string;
  dataDir: string;
  /** Set when the tests run on PostgreSQL. */
  databaseUrl: string | undefined;
  clock: { now: Date; advance(ms: number): void };
  client(): ApiClient;
  stop(): Promise<void>;
}

export async function startTestServer(options: { config?: Partial<ServerConfig>; logger?: LoggerSettings } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'afterword-server-'));
  const clock = {
    now: new Date(),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const databaseUrl = await freshPostgresDatabase();
  const server = await startServer({
    port: 0,
    dataDir,
    logger: options.logger ?? false,
    now: () => clock.now,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  return {
    server,
    url: server.url,
    dataDir,
    databaseUrl,
    clock,
    client: () => new ApiClient(server.url),
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Answers are read loosely in tests: each test asserts the fields it cares about. */
// biome-ignore lint/suspicious/noExplicitAny: JSON bodies under test
export type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  /** Leave out the x-csrf-token header (to prove it is required). */
  noCsrf?: boolean;
  headers?: Record<string, string>;
}

/** One browser: keeps the session cookie and the CSRF token it was given. */
export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(readonly baseUrl: string) {}

  async call<T = Json>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && !options.noCsrf && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const [name, value] = (pair ?? '').split('=');
      if (name === 'aw_session') this.cookie = value ? `aw_session=${value}` : undefined;
    }
    const text = await response.text();
    const parsed = response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text;
    if (parsed && typeof parsed === 'object' && typeof parsed.csrfToken === 'string') this.csrfToken = parsed.csrfToken;
    return { status: response.status, body: parsed as T, headers: response.headers };
  }
  get<T = Json>(path: string, options?: CallOptions) {
    return this.call<T>('GET', path, undefined, options);
  }
  post<T = Json>(path: string, body?: unknown, options?: CallOptions) {
    return this.call<T>('POST', path, body ?? {}, options);
  }
  patch<T = Json>(path: string, body: unknown, options?: CallOptions) {
    return this.call<T>('PATCH', path, body, options);
  }
  put<T = Json>(path: string, body: unknown, options?: CallOptions) {
    return this.call<T>('PUT', path, body, options);
  }
  delete<T = Json>(path: string, body?: unknown, options?: CallOptions) {
    return this.call<T>('DELETE', path, body, options);
  }
}

export const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@practice.test', password: 'correct horse battery' };

/** First run: the owner account, signed in. */
export async function setUpOwner(t: TestServer): Promise<ApiClient> {
  const owner = t.client();
  const res = await owner.post('/api/setup', OWNER);
  if (res.status !== 200) throw new Error(`setup failed: ${res.status} ${JSON.stringify(res.body)}`);
  return owner;
}

/** The password the owner types when adding a colleague in these tests; the colleague replaces it at once. */
export const FIRST_PASSWORD = 'handed over in person';

/**
 * A colleague's first sign-in with the password the owner chose for them: the server allows
 * nothing but choosing their own, so they choose `ownPassword` at once. Returns their browser.
 */
export async function firstSignIn(t: TestServer, who: { email: string; givenPassword: string; ownPassword: string }): Promise<ApiClient> {
  const client = t.client();
  const login = await client.post('/api/auth/login', { email: who.email, password: who.givenPassword });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const changed = await client.post('/api/auth/password', { currentPassword: who.givenPassword, newPassword: who.ownPassword });
  if (changed.status !== 200) throw new Error(`choosing a password failed: ${changed.status} ${JSON.stringify(changed.body)}`);
  return client;
}

/** The owner adds a clinician, who then signs in on their own and chooses `password` as their own. */
export async function addClinician(t: TestServer, owner: ApiClient, who: { name: string; email: string; password?: string }): Promise<ApiClient> {
  const password = who.password ?? 'another long password';
  const added = await owner.post('/api/users', { name: who.name, credentials: 'LPC', email: who.email, password: FIRST_PASSWORD, role: 'clinician' });
  if (added.status !== 200) throw new Error(`adding user failed: ${added.status} ${JSON.stringify(added.body)}`);
  return firstSignIn(t, { email: who.email, givenPassword: FIRST_PASSWORD, ownPassword: password });
}

/** A small SOAP document as the composer would return it. */
export function soapDocument(subjective: string): StoredDocument {
  const section = (key: string, title: string, text: string) => ({ key, title, text, sentences: [{ text, source: [{ origin: 'summary' as const, start: 0, end: text.length }] }] });
  return {
    format: 'soap',
    sections: [
      section('subjective', 'Subjective', subjective),
      section('objective', 'Objective', 'Client was engaged.'),
      section('assessment', 'Assessment', 'Client is progressing.'),
      section('plan', 'Plan', 'Client will complete a thought record daily.'),
    ],
    risk: { si: 'denied', hi: 'denied', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
    warnings: [{ code: 'no_times', message: 'No session times were given.' }],
  };
}
