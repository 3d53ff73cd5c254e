// A colleague forgot their password: the owner gives a one-time password from Settings ›
// Colleagues, and at the colleague's next sign-in Afterword asks for their own password before
// anything else opens.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Iris Mendel', credentials: 'PsyD', email: 'iris@example.test', password: 'violet harbour kettle 5' };
const SAM = { name: 'Sam Ortiz', credentials: 'LPC', email: 'sam@example.test', password: 'river stone lamp 19' };

let app: WebApp;
let owner: Page;

beforeAll(async () => {
  app = await startWebApp();
  owner = app.page;
  await createOwnerAccount(owner, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
});

describe('a one-time password from the owner', () => {
  test('must be replaced by the colleague’s own password at their next sign-in', async () => {
    await owner.getByRole('link', { name: 'Settings' }).click();
    await owner.getByRole('button', { name: 'Add a colleague' }).click();
    await owner.getByLabel("Colleague's name").fill(SAM.name);
    await owner.getByLabel('Their credentials').fill(SAM.credentials);
    await owner.getByLabel('Their email').fill(SAM.email);
    await owner.getByLabel('Temporary password').fill(SAM.password);
    await owner.getByRole('button', { name: 'Add colleague' }).click();

    // The owner resets Sam's password and is shown the one-time password once.
    await owner.getByRole('group', { name: `Account of ${SAM.name}` }).getByRole('button', { name: 'Reset password' }).click();
    const banner = owner.getByRole('status').filter({ hasText: 'One-time password for' });
    const oneTime = (await banner.locator('code.secret').textContent())?.trim() ?? '';
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await banner.scrollIntoViewIfNeeded();
    await owner.screenshot({ path: join(SCREENSHOTS, '20-colleague-one-time-password.png') });

    // Sam signs in with it on their own computer and is asked for a new password first.
    const sam = await (await app.newContext()).newPage();
    await sam.goto(app.url);
    await sam.getByLabel('Email').fill(SAM.email);
    await sam.getByLabel('Password').fill(oneTime);
    await sam.getByRole('button', { name: 'Sign in' }).click();
    await sam.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await sam.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    // A common password is refused with a reason; a good one opens the app.
    await sam.getByLabel('One-time password').fill(oneTime);
    await sam.getByLabel('New password', { exact: true }).fill('qwerty123456');
    await sam.getByLabel('Confirm new password').fill('qwerty123456');
    await sam.getByRole('button', { name: 'Save and continue' }).click();
    await sam.getByText('on a list of the most common passwords', { exact: false }).waitFor();
    await sam.screenshot({ path: join(SCREENSHOTS, '21-choose-new-password.png') });
    await sam.getByLabel('New password', { exact: true }).fill('paper lanterns at dusk');
    await sam.getByLabel('Confirm new password').fill('paper lanterns at dusk');
    await sam.getByRole('button', { name: 'Save and continue' }).click();
    await sam.getByRole('heading', { name: 'Write a note' }).waitFor();
    // The refused password is a 400 the page shows; nothing else went wrong.
    expect(app.pageErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
