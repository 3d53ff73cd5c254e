// In Chromium: the "Your own model" form appears only once the saved settings have arrived, so
// a tick or an address the clinician enters is never overwritten by a late answer (a full test
// run once saw "Polish drafts with my model" untick itself right after it was ticked).
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createOwnerAccount, startWebApp, type WebApp } from './start-web-app.ts';

const OWNER = { name: 'Rae Okafor', credentials: 'LPC', email: 'rae@example.test', password: 'amber meadow fiddle 77' };
let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
});
afterAll(async () => {
  await app?.close();
});

test('the model form waits for the saved settings, then keeps what the clinician enters', async () => {
  // Hold the saved settings back until the test lets them through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/settings/model', async (route: Route) => {
    if (route.request().method() !== 'GET') return route.continue();
    await held;
    return route.continue();
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Loading your model settings' }).waitFor();
  // While the answer is held, there is nothing to tick that the answer could undo.
  expect(await page.getByLabel('Polish drafts with my model').count()).toBe(0);
  release();
  const form = page.getByRole('form', { name: 'Your own model' });
  await form.getByLabel('Polish drafts with my model').check();
  await form.getByLabel('Model address').fill('http://127.0.0.1:11434/v1');
  // Nothing arrives later to overwrite them.
  await page.waitForTimeout(300);
  expect(await form.getByLabel('Polish drafts with my model').isChecked()).toBe(true);
  expect(await form.getByLabel('Model address').inputValue()).toBe('http://127.0.0.1:11434/v1');
  await page.unroute('**/api/settings/model');
});
