// The idle timeout, as a clinician meets it: a warning with a countdown before the session ends,
// and "Stay signed in" keeps working.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWebApp, createOwnerAccount } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Ruth Adeyemi', credentials: 'LMFT', email: 'ruth@example.test', password: 'cedar lantern brook 9' };

let app: WebApp;
let page: Page;

beforeAll(async () => {
  // A short idle timeout so the warning shows within the test (half-way at most). The server
  // extends a session at most every 5 s, so the timeout must be well above that.
  app = await startWebApp({ server: { idleTimeoutSeconds: 14 } });
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
});

describe('the idle timeout', () => {
  test('the idle warning counts down and “Stay signed in” keeps the session', { timeout: 30_000 }, async () => {
    const warning = page.getByRole('dialog', { name: 'Still there?' });
    await warning.waitFor({ timeout: 20_000 });
    expect(await warning.textContent()).toMatch(/signed out in 0:0\d/);
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    await warning.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
  });


  test('letting it run out asks for the password in place, without leaving the page', async () => {
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await page.getByLabel('Post-session summary').fill('Typed while the session ran out.');
    await page.getByRole('dialog', { name: 'Sign in again to continue' }).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Post-session summary').inputValue()).toBe('Typed while the session ran out.');
    await page.getByRole('dialog').getByLabel('Password').fill(OWNER.password);
    await page.getByRole('dialog').getByRole('button', { name: 'Sign in and continue' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.getByLabel('Post-session summary').inputValue()).toBe('Typed while the session ran out.');
  }, 40_000);
});
