// Supervision in the browser: the owner names a clinician's supervisor in Settings › Colleagues,
// the clinician writes and signs a note, the supervisor finds it under “To co-sign”, reads it
// read-only with its sources and co-signs it, and the clinician then sees the co-signature.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './check-accessibility.ts';
import { chooseOwnPassword, SCREENSHOTS, skipTwoStepOffer, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const SUPERVISOR = { name: 'Morgan Reyes', credentials: 'PhD', email: 'morgan@example.test', password: 'steady compass morning 7' };
const CLINICIAN = { name: 'Sam Ortiz', credentials: 'LPC', email: 'sam@example.test', password: 'river stone lamp 19' };
const SUMMARY = '50 min indiv session. Pt reports sleep improved to 6 hrs. Used CBT cognitive restructuring; pt engaged. Denies SI/HI. Plan: sleep diary daily, next session in 1 wk.';

let app: WebApp;
let owner: Page;
let clinician: Page;
let supervisor: Page;

/** A colleague's first sign-in with the password the owner typed; they choose their own at once. */
async function signInFirstTime(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await chooseOwnPassword(page, { given: who.password, own: `my own ${who.password}` });
}

async function addColleague(who: typeof SUPERVISOR, role: 'clinician' | 'supervisor'): Promise<void> {
  await owner.getByRole('button', { name: 'Add a colleague' }).click();
  await owner.getByLabel("Colleague's name").fill(who.name);
  await owner.getByLabel('Their credentials').fill(who.credentials);
  await owner.getByLabel('Their email').fill(who.email);
  await owner.getByLabel('Temporary password').fill(who.password);
  await owner.getByLabel('Role').selectOption(role);
  await owner.getByRole('button', { name: 'Add colleague' }).click();
  await owner.getByRole('status').filter({ hasText: `Added ${who.name}` }).waitFor();
}

beforeAll(async () => {
  app = await startWebApp();
  owner = app.page;
  await owner.goto(app.url);
  await owner.getByLabel('Your name').fill(OWNER.name);
  await owner.getByLabel('Credentials').fill(OWNER.credentials);
  await owner.getByLabel('Email').fill(OWNER.email);
  await owner.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await owner.getByLabel('Confirm password').fill(OWNER.password);
  await owner.getByRole('button', { name: 'Create account' }).click();
  await skipTwoStepOffer(owner);
});

afterAll(async () => {
  await app?.close();
});

describe('a supervisor co-signs a supervisee’s note', () => {
  test('the owner adds a supervisor and a clinician, and names the supervisor in Settings › Colleagues', async () => {
    await owner.getByRole('link', { name: 'Settings' }).click();
    await owner.getByRole('heading', { name: 'Colleagues' }).waitFor();
    await addColleague(SUPERVISOR, 'supervisor');
    await addColleague(CLINICIAN, 'clinician');
    const selector = owner.getByLabel(`Supervisor for ${CLINICIAN.name}`);
    await expect.poll(() => selector.inputValue()).toBe('');
    // Only a supervisor and the owner are offered; supervisors have no supervisor of their own.
    expect(await selector.locator('option').allTextContents()).toEqual(['No supervisor', `${OWNER.name} (owner)`, SUPERVISOR.name]);
    expect(await owner.getByLabel(`Supervisor for ${SUPERVISOR.name}`).count()).toBe(0);
    await selector.selectOption({ label: SUPERVISOR.name });
    await owner.getByRole('status').filter({ hasText: `${SUPERVISOR.name} now supervises ${CLINICIAN.name}` }).waitFor();
    await owner.reload();
    await expect.poll(() => owner.getByLabel(`Supervisor for ${CLINICIAN.name}`).locator('option:checked').textContent()).toBe(SUPERVISOR.name);
    await owner.getByRole('heading', { name: 'Colleagues' }).scrollIntoViewIfNeeded();
    await owner.waitForTimeout(200);
    await owner.screenshot({ path: join(SCREENSHOTS, '17a-colleagues-supervisor.png') });
    await expectAccessible(owner, '17a-colleagues-supervisor');
    // The owner supervises nobody, so is not offered co-signing.
    expect(await owner.getByRole('link', { name: 'To co-sign' }).count()).toBe(0);
  });

  test('the clinician writes and signs a note', async () => {
    clinician = await (await app.newContext()).newPage();
    await signInFirstTime(clinician, CLINICIAN);
    expect(await clinician.getByRole('link', { name: 'To co-sign' }).count()).toBe(0);
    await clinician.getByRole('link', { name: 'Clients' }).click();
    await clinician.getByRole('link', { name: 'Add client' }).first().click();
    await clinician.getByLabel('Display name').fill('T.B.');
    await clinician.getByRole('button', { name: 'Add client' }).click();
    await clinician.getByRole('heading', { name: 'T.B.', level: 2 }).waitFor();
    await clinician.getByRole('link', { name: 'Write a note' }).first().click();
    await clinician.getByLabel('Client', { exact: true }).selectOption({ label: 'T.B.' });
    await clinician.getByRole('radio', { name: 'SOAP' }).check();
    await clinician.getByLabel('Post-session summary').fill(SUMMARY);
    await clinician.getByRole('button', { name: 'Generate note' }).click();
    await clinician.getByRole('heading', { name: /Subjective/i }).waitFor({ timeout: 15_000 });
    await clinician.getByRole('button', { name: 'Sign note' }).click();
    await clinician.getByRole('dialog', { name: 'Sign this note?' }).getByRole('button', { name: `Sign as ${CLINICIAN.name}, ${CLINICIAN.credentials}` }).click();
    await clinician.getByText(`Signed by ${CLINICIAN.name}, ${CLINICIAN.credentials}`).waitFor();
    expect(await clinician.getByText(/Co-signed by/).count()).toBe(0);
  });

  test('the supervisor finds it under “To co-sign” and reads it read-only, with its sources', async () => {
    supervisor = await (await app.newContext()).newPage();
    await signInFirstTime(supervisor, SUPERVISOR);
    await supervisor.getByRole('link', { name: 'To co-sign' }).click();
    await supervisor.getByRole('heading', { name: 'To co-sign' }).waitFor();
    const row = supervisor.getByRole('table', { name: 'Notes waiting for your co-signature' }).getByRole('row').filter({ hasText: 'T.B.' });
    await row.waitFor();
    expect(await row.textContent()).toContain(`${CLINICIAN.name}, ${CLINICIAN.credentials}`);
    await row.getByRole('link', { name: 'Review' }).click();
    await supervisor.getByRole('heading', { name: /Subjective/i }).waitFor();
    await supervisor.getByText(`Written and signed by ${CLINICIAN.name}, ${CLINICIAN.credentials}`).waitFor();
    await supervisor.getByText('Waiting for your co-signature.').waitFor();
    await supervisor.getByRole('heading', { name: 'The clinician’s words' }).waitFor();
    // Nothing to change: no editing, signing or addenda.
    for (const name of ['Sign note', 'Add sentence', 'Sign addendum']) expect(await supervisor.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await supervisor.locator('.sentence[role="button"]').count()).toBe(0);
    // Provenance still works: a sentence lights up the words it was written from.
    await supervisor.locator('.note-section[data-section="subjective"] .sentence').first().hover();
    await expect.poll(() => supervisor.locator('.source-summary mark.is-source').count()).toBeGreaterThan(0);
    await supervisor.mouse.move(0, 0);
  });

  test('co-signing asks for confirmation and adds the supervisor’s name, credentials and date', async () => {
    await supervisor.getByRole('button', { name: 'Co-sign note' }).click();
    const dialog = supervisor.getByRole('dialog', { name: 'Co-sign this note?' });
    await dialog.getByRole('button', { name: 'Not yet' }).click();
    await dialog.waitFor({ state: 'detached' });
    await supervisor.getByRole('button', { name: 'Co-sign note' }).click();
    await dialog.getByRole('button', { name: `Co-sign as ${SUPERVISOR.name}, ${SUPERVISOR.credentials}` }).click();
    const line = supervisor.locator('.signed-banner__cosign');
    await line.waitFor();
    expect(await line.textContent()).toMatch(new RegExp(`^Co-signed by ${SUPERVISOR.name}, ${SUPERVISOR.credentials} on \\w{3} \\d{1,2}, \\d{4}`));
    expect(await supervisor.getByRole('button', { name: 'Co-sign note' }).count()).toBe(0);
    await supervisor.locator('.toast').first().waitFor({ state: 'detached', timeout: 6_000 });
    await supervisor.evaluate(() => window.scrollTo(0, 0));
    await supervisor.waitForTimeout(200);
    await supervisor.screenshot({ path: join(SCREENSHOTS, '17-cosign.png') });
    await expectAccessible(supervisor, '17-cosign');

    // The list moves it to “Recently co-signed”.
    await supervisor.getByRole('link', { name: 'To co-sign' }).click();
    await supervisor.getByText('Nothing to co-sign.').waitFor();
    await supervisor.getByRole('table', { name: 'Notes you co-signed recently' }).getByRole('row').filter({ hasText: 'T.B.' }).waitFor();
  });

  test('the clinician sees the co-signature on the signed note', async () => {
    await clinician.reload();
    await clinician.getByText(new RegExp(`Co-signed by ${SUPERVISOR.name}, ${SUPERVISOR.credentials} on`)).waitFor();
    await clinician.getByRole('link', { name: 'Notes' }).click();
    await clinician.getByRole('row').filter({ hasText: 'T.B.' }).filter({ hasText: 'co-signed' }).waitFor();
  });

  test('nothing was requested from another origin and no page broke', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
