// Dates and records in the browser: the Write page's session date (today's, shown and editable;
// filled from a date in the summary, never from a session number), a note for a session days
// ago signed today and marked as a late entry with both dates on the review page and in the
// Notes list, client search, archiving a client (hidden from Write, shown under "Archived",
// restored), and deleting a client with notes refused before any confirmation dialog.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, expectAccessible } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const ZONE = 'America/New_York'; // the browser context's time zone (start-web-app.ts)

/** YYYY-MM-DD in the browser's time zone, `daysAgo` days before now. */
function dayInZone(daysAgo: number): string {
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
/** As the interface writes a date ("Nov 27, 2026"). */
const shown = (iso: string): string => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

/** Screenshots wait for toasts to fade (the CSP refuses an injected stylesheet to hide them). */
async function shot(name: string): Promise<void> {
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 6_000 }).catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}

let app: WebApp;
let page: Page;
const today = dayInZone(0);
const sessionDay = dayInZone(4);
const [, sessionMonth, sessionDate] = sessionDay.split('-').map(Number);

/** Adds a client through the API, as the signed-in browser (its cookie and CSRF token). */
async function addClient(client: { displayName: string; realName?: string; diagnoses?: { code: string; label: string }[] }): Promise<string> {
  const me = await page.request.get(`${app.url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.post(`${app.url}/api/clients`, { data: client, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { client: { id: string } }).client.id;
}

const dateControl = (): ReturnType<Page['getByLabel']> => page.getByLabel('Session date');
const clientOptions = async (): Promise<string[]> => (await page.getByLabel('Client', { exact: true }).locator('option').allTextContents()).map((t) => t.trim());

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
  await addClient({ displayName: 'J.M.', realName: 'Jordan Miles', diagnoses: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }] });
  await addClient({ displayName: 'Avery Quinn', diagnoses: [{ code: 'F32.1', label: 'Major depressive disorder, single episode, moderate' }] });
});

afterAll(async () => {
  await app?.close();
});

describe('session dates and late entries', () => {
  test("the session date starts as today's, shown and editable above both input tabs", async () => {
    // Reloaded, so the Write page lists the clients added through the API.
    await page.goto(`${app.url}/#/write`);
    await page.reload();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    expect(await dateControl().inputValue()).toBe(today);
    await page.getByText("Today's date. Change it if the session was on another day.").waitFor();
    // The control is outside the tabs: it stays on the worksheet tab too.
    await page.getByRole('tab', { name: /Worksheet/ }).click();
    expect(await dateControl().isVisible()).toBe(true);
    await page.getByRole('tab', { name: /Text/ }).click();
  });

  test('a session number is not a date; a date written in the summary fills the control', async () => {
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'J.M.' });
    await page.getByLabel('Post-session summary').fill('session 3, 50 min indiv. pt reports sleep improved.');
    expect(await dateControl().inputValue()).toBe(today);

    await page
      .getByLabel('Post-session summary')
      .fill(`${sessionMonth}/${sessionDate} indiv 50 min. session 3. Pt reports sleep improved to 6 hrs. Used CBT thought record; pt engaged. Denies SI/HI. Plan: sleep diary daily.`);
    await expect.poll(() => dateControl().inputValue()).toBe(sessionDay);
    await page.getByText(`From your summary ("${sessionMonth}/${sessionDate}")`).waitFor();
    await shot('18-write-session-date');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('a note for a session four days ago, signed today, is marked as a late entry with both dates', async () => {
    await page.getByLabel('Start', { exact: true }).fill('14:00');
    await page.getByLabel('End', { exact: true }).fill('14:50');
    await page.getByRole('button', { name: 'Generate note' }).click();
    await page.getByRole('button', { name: 'Sign note' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.eyebrow').textContent()).toContain(`Session ${shown(sessionDay)}, 14:00–14:50`);
    // The note says the date the clinician saw in the control, and no late mark before signing.
    expect(await page.locator('.note').textContent()).toContain(sessionDay);
    expect(await page.getByText('Late entry').count()).toBe(0);

    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('dialog', { name: 'Sign this note?' }).getByRole('button', { name: /^Sign as/ }).click();
    await page.locator('.signed-banner').waitFor();
    const mark = `Late entry: session on ${shown(sessionDay)}, signed on ${shown(today)}.`;
    expect(await page.locator('h1 .badge--late').textContent()).toBe('Late entry');
    expect(await page.locator('.signed-banner').textContent()).toContain(mark);
    await shot('19-review-late-entry');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The copied note (for the EHR) says so too, after the signature.
    await page.getByRole('button', { name: 'Copy note' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the whole note' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`Electronically signed by Dana Whitfield, LCSW on .*\\n${mark.replace(/[.]/g, '\\.')}$`));
  });

  test('the Notes list shows the late entry with the session date and the date it was signed', async () => {
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'J.M.' });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(shown(sessionDay));
    expect(text).toContain('Late entry');
    expect(text).toContain(`signed ${shown(today)}`);
    await shot('20-notes-late-entry');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('clients: search, archive, delete', () => {
  test('the search box finds clients by name or initials and by diagnosis code', async () => {
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    const list = page.getByRole('region', { name: 'Client list' });
    const names = async (): Promise<string[]> => (await list.locator('.client-list__name').allTextContents()).map((t) => t.trim());
    await expect.poll(names).toEqual(['Avery Quinn', 'J.M.']);
    await page.getByLabel('Search clients').fill('F41');
    await expect.poll(names).toEqual(['J.M.']);
    await page.getByLabel('Search clients').fill('jordan');
    await expect.poll(names).toEqual(['J.M.']);
    await page.getByLabel('Search clients').fill('avery');
    await expect.poll(names).toEqual(['Avery Quinn']);
    await page.getByLabel('Search clients').fill('F99');
    await list.getByText('No client matches.').waitFor();
    await page.getByLabel('Search clients').fill('');
    await expect.poll(names).toEqual(['Avery Quinn', 'J.M.']);
  });

  test('deleting a client who has notes is refused with a clear message, and no confirmation dialog opens', async () => {
    await page.getByRole('link', { name: /J\.M\./ }).click();
    await page.getByRole('heading', { name: 'J.M.', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('alert').filter({ hasText: 'J.M. has 1 note, so they cannot be deleted' }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await shot('21-client-delete-refused');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('a client without notes can be deleted after confirming', async () => {
    const id = await addClient({ displayName: 'Temp Client' });
    await page.goto(`${app.url}/#/clients/${id}`);
    await page.reload();
    await page.getByRole('heading', { name: 'Temp Client', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Delete client' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Temp Client?' });
    await dialog.getByRole('button', { name: 'Delete client' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted Temp Client' }).waitFor();
  });

  test('an archived client is hidden from Write, listed under Archived, and can be restored', async () => {
    await page.getByRole('link', { name: /J\.M\./ }).click();
    await page.getByRole('button', { name: 'Archive client' }).click();
    await page.getByRole('status').filter({ hasText: 'Archived J.M.' }).waitFor();
    await page.getByText(/Archived on .*J\.M\. is kept with their notes/).waitFor();
    // The list shows archived clients under the Archived filter only.
    const list = page.getByRole('region', { name: 'Client list' });
    await expect.poll(() => list.getByLabel('Archived (1)').isChecked()).toBe(true);
    await shot('22-client-archived');
    expect(await accessibilityViolations(page)).toEqual([]);
    await list.getByLabel('Active').check();
    await expect.poll(() => list.locator('.client-list__name').allTextContents()).toEqual(['Avery Quinn']);

    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    await expect.poll(clientOptions).toEqual(['No client (a note without a profile)', 'Avery Quinn']);

    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByLabel(/^Archived/).check();
    await page.getByRole('link', { name: /J\.M\./ }).click();
    await page.getByRole('button', { name: 'Restore client' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored J.M.' }).waitFor();
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await expect.poll(clientOptions).toEqual(['No client (a note without a profile)', 'Avery Quinn', 'J.M.']);
  });

  test('the late-entry threshold is a setting', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const threshold = page.getByLabel('Mark a note as a late entry when it is signed');
    expect(await threshold.locator('option:checked').textContent()).toBe('On a later day than the session');
    await threshold.selectOption({ label: 'More than 3 days after the session' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    await page.reload();
    expect(await page.getByLabel('Mark a note as a late entry when it is signed').locator('option:checked').textContent()).toBe('More than 3 days after the session');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the accessibility check does find a violation when there is one', async () => {
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '/favicon.svg';
      document.querySelector('main, .page')?.append(img);
    });
    expect((await accessibilityViolations(page)).join('\n')).toMatch(/^image-alt/m);
  });

  test('nothing left the machine and the pages raised no errors', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
