import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../start-test-server.ts';

describe('serving the built front end', () => {
  let t: TestServer;
  const webDir = mkdtempSync(join(tmpdir(), 'afterword-web-'));
  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Afterword</title><script type="module" src="/assets/app.js"></script>');
    writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log(1)');
    t = await startTestServer({ config: { webDir } });
  });
  afterAll(async () => {
    await t.stop();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, and keeps /api answers JSON', async () => {
    const home = await fetch(`${t.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<title>Afterword</title>');

    const csp = home.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(home.headers.get('x-frame-options')).toBe('DENY');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');

    const asset = await fetch(`${t.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // Built assets are named by their content: kept for good, so reopening the app fetches none.
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The page that names them is checked on every visit, so a new build is picked up at once.
    expect(home.headers.get('cache-control')).toBe('no-cache');

    const deepLink = await fetch(`${t.url}/notes/123`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<title>Afterword</title>');

    const unknownApi = await fetch(`${t.url}/api/nothing-here`);
    expect(unknownApi.status).toBe(404);
    expect(await unknownApi.json()).toEqual({ error: { code: 'not_found', message: 'Not found' } });
  });

  it('publishes the OpenAPI document for every route', async () => {
    const spec = await (await fetch(`${t.url}/api/openapi.json`)).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of ['/api/health', '/api/setup', '/api/auth/login', '/api/notes/{id}/sign', '/api/compose', '/api/audit/verify']) {
      expect(spec.paths).toHaveProperty([path]);
    }
    expect(spec.paths['/api/notes'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('document');
  });
});
