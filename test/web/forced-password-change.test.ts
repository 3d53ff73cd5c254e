// A password the owner chose is never a colleague's own: their first password (typed by the owner
// when adding them) and a one-time password after a reset both open only "Choose a new password"
// at the next sign-in, before anything else.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './check-accessibility.ts';
import { chooseOwnPassword, createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Iris Mendel', credentials: 'PsyD', email: 'iris@example.test', password: 'violet harbour kettle 5' };
const SAM = { name: 'Sam Ortiz', credentials: 'LPC', email: 'sam@example.test', password: 'river stone lamp 19' };
const FIRST_PASSWORD = 'handed over at the front desk';

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

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(app.url);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('a password the owner chose', () => {
  test('the first one, typed by the owner when adding a colleague, is replaced by the colleague’s own at their first sign-in', async () => {
    await owner.getByRole('link', { name: 'Settings' }).click();
    await owner.getByRole('button', { name: 'Add a colleague' }).click();
    await owner.getByLabel("Colleague's name").fill(SAM.name);
    await owner.getByLabel('Their credentials').fill(SAM.credentials);
    await owner.getByLabel('Their email').fill(SAM.email);
    await owner.getByLabel('Temporary password').fill(FIRST_PASSWORD);
    await owner.getByRole('button', { name: 'Add colleague' }).click();
    await owner.getByRole('listitem').filter({ hasText: SAM.email }).getByText('must choose their own password').waitFor();

    const sam = await (await app.newContext()).newPage();
    await signIn(sam, { email: SAM.email, password: FIRST_PASSWORD });
    await sam.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    // Nothing of the app opens: no navigation, and a typed-in address shows the same page.
    expect(await sam.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await sam.goto(`${app.url}/#/clients`);
    await sam.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await sam.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    // Once chosen, the page that was asked for opens.
    await chooseOwnPassword(sam, { given: FIRST_PASSWORD, own: SAM.password, opens: 'Clients' });
    await sam.close();

    // The owner's list no longer says Sam must choose a password.
    await owner.reload();
    await owner.getByRole('group', { name: `Account of ${SAM.name}` }).waitFor();
    expect(await owner.getByRole('listitem').filter({ hasText: SAM.email }).getByText('must choose their own password').count()).toBe(0);
  });

  test('a one-time password after a reset must be replaced by the colleague’s own at their next sign-in', { timeout: 90_000 }, async () => {
    // The owner resets Sam's password and is shown the one-time password once.
    await owner.getByRole('group', { name: `Account of ${SAM.name}` }).getByRole('button', { name: 'Reset password' }).click();
    const banner = owner.getByRole('status').filter({ hasText: 'One-time password for' });
    const oneTime = (await banner.locator('code.secret').textContent())?.trim() ?? '';
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    await banner.scrollIntoViewIfNeeded();
    await owner.screenshot({ path: join(SCREENSHOTS, '20-colleague-one-time-password.png') });
    await expectAccessible(owner, '20-colleague-one-time-password');

    // Sam signs in with it on their own computer and is asked for a new password first.
    const sam = await (await app.newContext()).newPage();
    await signIn(sam, { email: SAM.email, password: oneTime });
    await sam.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await sam.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    // A common password is refused with a reason; a good one opens the app.
    await sam.getByLabel('Password from the practice owner').fill(oneTime);
    await sam.getByLabel('New password', { exact: true }).fill('qwerty123456');
    await sam.getByLabel('Confirm new password').fill('qwerty123456');
    await sam.getByRole('button', { name: 'Save and continue' }).click();
    await sam.getByText('on a list of the most common passwords', { exact: false }).waitFor();
    await sam.screenshot({ path: join(SCREENSHOTS, '21-choose-new-password.png') });
    await expectAccessible(sam, '21-choose-new-password');
    await chooseOwnPassword(sam, { given: oneTime, own: 'paper lanterns at dusk' });
    // The refused password is a 400 the page shows; nothing else went wrong.
    expect(app.pageErrors.filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
