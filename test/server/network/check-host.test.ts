// The server on a network: a request naming another host is refused (DNS rebinding), the
// cookie is Secure whenever the origin is https, and HSTS is sent only over https. Requests go
// through node:http/https because fetch does not let a page (or a test) choose the Host header.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '#server';
import { OWNER, startTestServer, type TestServer } from '../start-test-server.ts';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(url: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: unknown; ca?: Buffer }): Promise<RawAnswer> {
  const target = new URL(options.path, url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers };
  const make = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = make(target, { method: options.method ?? 'GET', headers, ...(options.ca ? { ca: options.ca, servername: 'localhost' } : {}) }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const sessionCookie = (answer: RawAnswer) => (answer.headers['set-cookie'] ?? []).find((c) => c.startsWith('aw_session=')) ?? '';

describe('the server on a network', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  it('by default answers only to the loopback names with its port, static files included', async () => {
    t = await startTestServer();
    const port = new URL(t.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) {
      expect((await send(t.url, { path: '/api/health', headers: { host } })).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1:${Number(port) + 1}`, `rebind.127.0.0.1.nip.io:${port}`]) {
      const refused = await send(t.url, { path: '/api/setup', headers: { host } });
      expect(refused.status, host).toBe(421);
      const { error } = JSON.parse(refused.body);
      expect(error.code).toBe('wrong_host');
      expect(error.message).toMatch(/DNS-rebinding/);
      expect(error.message).toContain(`127.0.0.1:${port}`);
      expect(error.message).toMatch(/--public-url/);
    }
    expect((await send(t.url, { path: '/', headers: { host: `evil.example:${port}` } })).status).toBe(421);
    // The first-run setup, the attack's target, cannot be reached through a rebound name.
    const setup = await send(t.url, { method: 'POST', path: '/api/setup', headers: { host: `evil.example:${port}` }, body: OWNER });
    expect(setup.status).toBe(421);
    expect((await t.client().get('/api/setup')).body).toEqual({ needed: true });
    // Over plain http: no HSTS, no Secure cookie.
    const owner = await send(t.url, { method: 'POST', path: '/api/setup', body: OWNER });
    expect(owner.status).toBe(200);
    expect(owner.headers['strict-transport-security']).toBeUndefined();
    expect(sessionCookie(owner)).not.toMatch(/Secure/i);
  });

  it('--public-url sets the host it answers to, and an https origin makes the cookie Secure', async () => {
    t = await startTestServer({ config: { publicUrl: 'https://notes.practice.test' } });
    expect((await send(t.url, { path: '/api/health', headers: { host: 'notes.practice.test' } })).status).toBe(200);
    expect((await send(t.url, { path: '/api/health', headers: { host: 'other.practice.test' } })).status).toBe(421);
    const setup = await send(t.url, { method: 'POST', path: '/api/setup', headers: { host: 'notes.practice.test', origin: 'https://notes.practice.test' }, body: OWNER });
    expect(setup.status).toBe(200);
    expect(sessionCookie(setup)).toMatch(/; Secure/i);
  });

  it('behind a trusted reverse proxy, X-Forwarded-Proto https brings HSTS; an untrusted one is ignored', async () => {
    t = await startTestServer({ config: { publicUrl: 'https://notes.practice.test', trustProxy: 'loopback' } });
    const proxied = { host: 'notes.practice.test', 'x-forwarded-proto': 'https' };
    expect((await send(t.url, { path: '/api/health', headers: proxied })).headers['strict-transport-security']).toBe('max-age=31536000');
    await t.stop();
    t = await startTestServer({ config: { publicUrl: 'https://notes.practice.test' } });
    expect((await send(t.url, { path: '/api/health', headers: proxied })).headers['strict-transport-security']).toBeUndefined();
  });

  it('serves HTTPS with --tls-cert/--tls-key: Secure cookie and HSTS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterword-tls-'));
    const server = { close: async () => {} };
    try {
      // A self-signed certificate for localhost, made here with the system's openssl.
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
      const cert = readFileSync(join(dir, 'cert.pem'));
      const running = await startServer({ port: 0, dataDir: join(dir, 'data'), logger: false, tls: { cert, key: readFileSync(join(dir, 'key.pem')) } });
      server.close = running.close;
      expect(running.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const health = await send(running.url, { path: '/api/health', ca: cert });
      expect(health.status).toBe(200);
      expect(health.headers['strict-transport-security']).toBe('max-age=31536000');
      const setup = await send(running.url, { method: 'POST', path: '/api/setup', body: OWNER, ca: cert });
      expect(setup.status).toBe(200);
      expect(sessionCookie(setup)).toMatch(/; Secure/i);
      // The same checks hold over https: another host is refused.
      expect((await send(running.url, { path: '/api/health', headers: { host: 'evil.example' }, ca: cert })).status).toBe(421);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
