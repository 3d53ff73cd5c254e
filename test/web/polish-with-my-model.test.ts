// In Chromium: the clinician turns on their own model in Settings (a fake OpenAI-compatible server
// on loopback), sees the data-flow statement follow, polishes a draft on the review page and sees
// the model's added sentence marked; a reply that names a medication the draft does not is
// discarded with the check's name, and the draft is unchanged.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../support/fake-model-server.ts';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, startWebApp, type WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
let app: WebApp;
let page: Page;
let model: FakeModelServer;

async function apiPost<T>(path: string, data: unknown): Promise<T> {
  const { csrfToken } = (await (await page.request.get(`${app.url}/api/auth/me`)).json()) as { csrfToken: string };
  const res = await page.request.post(`${app.url}${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  model = await startFakeModelServer({ text: (s) => (s.includes('poor sleep') ? `${s} Overall, these concerns were the focus.` : s) });
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
});
afterAll(async () => {
  await app?.close();
  await model?.close();
});

test('turn on my model, polish a draft, see what it added, and see a hostile reply refused', async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const statement = page.getByRole('region', { name: 'Data-flow statement' });
  await expect.poll(() => statement.textContent()).toContain('No outside service receives anything');

  const form = page.getByRole('form', { name: 'Your own model' });
  await form.getByLabel('Polish drafts with my model').check();
  await form.getByLabel('Model address').fill(model.baseUrl);
  await form.getByLabel('Model name').fill('local-test');
  await form.getByRole('button', { name: 'Save model settings' }).click();
  await expect.poll(() => form.textContent()).toContain('Saved address: on this computer.');
  await expect.poll(() => statement.textContent()).toContain('sent to a language model running on this same computer');
  expect(await accessibilityViolations(page)).toEqual([]);

  const summary = '50 min indiv. Client reported poor sleep x2 wks. Taking sertraline 50mg. Denies SI/HI. Used CBT thought record.';
  const document = await apiPost('/api/compose', { format: 'soap', summary });
  const { note } = await apiPost<{ note: { id: string } }>('/api/notes', { format: 'soap', summary, worksheet: { date: '2026-11-30' }, document });
  await page.goto(`${app.url}/#/notes/${note.id}`);
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  const polished = page.getByRole('region', { name: 'Polished by your model' });
  await polished.waitFor();
  expect(await polished.locator('mark.model-added').allTextContents()).toEqual(['Overall, these concerns were the focus. ']);
  expect(await polished.textContent()).toContain('1 sentence added by your model is marked.');
  expect(model.requests.length).toBeGreaterThan(0);
  expect(JSON.stringify(model.requests)).not.toContain('suicidal');
  expect(await accessibilityViolations(page)).toEqual([]);

  model.answer = { text: (s) => s.replace('sertraline 50mg', 'sertraline 50mg and lorazepam') };
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'discarded' });
  await expect.poll(() => refusal.textContent()).toMatch(/discarded because it named a medication the draft does not .*Your draft is unchanged\./);
  expect(await page.getByRole('region', { name: 'Polished by your model' }).count()).toBe(0);
  expect(app.externalRequests).toEqual([]);
}, 120_000);
