// A supervisor sees a supervisee's client's measures in the browser, read-only: on the note they
// open from "To co-sign", the PHQ-9 trend and table are shown with no way to add a measure, and the
// read is in the audit log as the supervisor's view, as their reads of notes are.
import { join } from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const GIVEN = 'handed over in person';

let app: WebApp;
let owner: Page;

/** JSON over the API as the browser context's signed-in user (its cookie, its CSRF token). */
async function call<T>(request: APIRequestContext, method: 'get' | 'post' | 'patch', path: string, data?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'get') headers['x-csrf-token'] = ((await (await request.get(`${app.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
  const res = await request.fetch(`${app.url}${path}`, { method: method.toUpperCase(), headers, ...(data !== undefined ? { data } : {}) });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

/** A colleague's own browser: the first sign-in with the owner's password, then their own. */
async function colleague(email: string): Promise<{ page: Page; request: APIRequestContext }> {
  const context = await app.newContext();
  const { request } = context;
  const login = await request.post(`${app.url}/api/auth/login`, { data: { email, password: GIVEN } });
  expect(login.status()).toBe(200);
  await call(request, 'post', '/api/auth/password', { currentPassword: GIVEN, newPassword: `my own ${GIVEN}` });
  return { page: await context.newPage(), request };
}

beforeAll(async () => {
  app = await startWebApp();
  owner = app.page;
  await createOwnerAccount(owner, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
});

describe('a supervisor reads a supervisee’s measures', () => {
  test('on the supervisee’s note, read-only, and audited', { timeout: 120_000 }, async () => {
    const added = await call<{ user: { id: string } }>(owner.request, 'post', '/api/users', { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@example.test', password: GIVEN, role: 'supervisor' });
    const sam = await call<{ user: { id: string } }>(owner.request, 'post', '/api/users', { name: 'Sam Ortiz', credentials: 'LPC', email: 'sam@example.test', password: GIVEN, role: 'clinician' });
    await call(owner.request, 'patch', `/api/users/${sam.user.id}`, { supervisorId: added.user.id });

    // The clinician enters two PHQ-9 scores for a client and signs a note.
    const clinician = await colleague('sam@example.test');
    const { client } = await call<{ client: { id: string } }>(clinician.request, 'post', '/api/clients', { displayName: 'K.L.' });
    await call(clinician.request, 'post', `/api/clients/${client.id}/measures`, { instrument: 'PHQ-9', takenOn: '2026-11-03', total: 17 });
    await call(clinician.request, 'post', `/api/clients/${client.id}/measures`, { instrument: 'PHQ-9', takenOn: '2026-11-24', total: 9 });
    const summary = '50 min indiv. pt reports sleep improved. PHQ-9 9 (was 17). Used CBT. Denies SI/HI. Plan: f/u 1 wk.';
    const document = await call(clinician.request, 'post', '/api/compose', { format: 'soap', summary, clientId: client.id });
    const { note } = await call<{ note: { id: string } }>(clinician.request, 'post', '/api/notes', { clientId: client.id, format: 'soap', summary, document });
    await call(clinician.request, 'post', `/api/notes/${note.id}/sign`, {});

    // The supervisor opens it from "To co-sign": the measures are below the note, with no way to add one.
    const supervisor = await colleague('morgan@example.test');
    await supervisor.page.goto(`${app.url}/#/supervision`);
    await supervisor.page.getByRole('link', { name: /Nov|Dec/ }).first().click();
    const measures = supervisor.page.getByRole('region', { name: 'Measures' });
    await measures.getByText('PHQ-9', { exact: true }).waitFor();
    await measures.getByRole('img').first().waitFor();
    const rows = await measures.getByRole('row').allTextContents();
    expect(rows.some((r) => /17 of 27/.test(r) && /Sam Ortiz/.test(r))).toBe(true);
    expect(rows.some((r) => /9 of 27/.test(r) && /-8, better \(reliable change\)/.test(r))).toBe(true);
    expect(await supervisor.page.getByRole('button', { name: 'Add a measure' }).count()).toBe(0);
    expect(await accessibilityViolations(supervisor.page)).toEqual([]);
    await measures.scrollIntoViewIfNeeded();
    await supervisor.page.screenshot({ path: join(SCREENSHOTS, '42-supervisor-measures.png') });

    // The supervisor cannot add one through the API either; the read is audited as theirs.
    const refused = await supervisor.request.post(`${app.url}/api/clients/${client.id}/measures`, {
      data: { instrument: 'PHQ-9', takenOn: '2026-11-30', total: 5 },
      headers: { 'x-csrf-token': ((await (await supervisor.request.get(`${app.url}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken },
    });
    expect(refused.status()).toBe(403);
    const { events } = await call<{ events: { userId: string | null; action: string; entity: string; entityId: string | null }[] }>(owner.request, 'get', '/api/audit');
    expect(events.some((e) => e.userId === added.user.id && e.action === 'view' && e.entity === 'measure_list' && e.entityId === client.id)).toBe(true);
    expect(app.externalRequests).toEqual([]);
  });
});
