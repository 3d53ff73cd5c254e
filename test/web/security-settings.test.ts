// Second factor as a clinician meets it: enrol TOTP from Settings with the QR code, keep the
// recovery codes, then sign in with a code from the authenticator.
import { join } from 'node:path';
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './check-accessibility.ts';
import { SCREENSHOTS, startWebApp, createOwnerAccount } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Lee Park', credentials: 'PsyD', email: 'lee@example.test', password: 'amber orchard window 3' };

let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('security in Settings', () => {
  test('two-step sign-in: enrol with the QR code, see recovery codes, then sign in with a code', async () => {
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    // Turning it on asks for the password again.
    await page.getByLabel('Your password, to turn it on').fill(OWNER.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.locator('code.secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).waitFor({ state: 'detached' });
    await page.locator('.totp__enrol').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, '14-settings-totp-enrol.png') });
    await expectAccessible(page, '14-settings-totp-enrol');
    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await expect.poll(() => codes.count()).toBeGreaterThan(3);
    const recoveryCode = (await codes.first().textContent())?.trim() ?? '';
    await page.screenshot({ path: join(SCREENSHOTS, '15-settings-recovery-codes.png') });
    await expectAccessible(page, '15-settings-recovery-codes');
    await page.getByRole('button', { name: 'I have saved them' }).click();
    expect(await page.getByText('On: signing in asks for a code').count()).toBe(1);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The password alone is not enough now: the form asks for a code.
    const codeField = page.getByLabel('Authentication code');
    await codeField.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, '16-sign-in-code.png') });
    await expectAccessible(page, '16-sign-in-code');
    await codeField.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That code did not work.', { exact: false }).waitFor();
    // A recovery code works once (the authenticator's current code was just used to enrol).
    await codeField.fill(recoveryCode);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
  });
});
