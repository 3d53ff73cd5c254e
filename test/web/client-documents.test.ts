// A document from a template as a record, in Chromium: the clinician writes a termination summary
// for a client from the starter, saves it with the client, finds it on the client's page (title,
// template, date, status), opens it, edits a section while it is a draft, signs it, copies it, and
// sees it locked (no Edit, no Delete) with the signature. axe checks each state.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const EDIT = 'Discharged after 12 sessions with panic attacks down to 2 a week; no further sessions planned.';

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

describe('documents kept with a client', () => {
  test('write a termination summary for a client, find it on the client page, edit it and sign it', { timeout: 120_000 }, async () => {
    const me = await page.request.get(`${app.url}/api/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const created = await page.request.post(`${app.url}/api/clients`, { data: { displayName: 'R.M.' }, headers: { 'x-csrf-token': csrfToken } });
    const { client } = (await created.json()) as { client: { id: string } };

    // Write it from the starter, for the client, and save it with them.
    await page.goto(`${app.url}/#/templates`);
    await page.getByRole('navigation', { name: 'Templates' }).getByRole('button', { name: 'Termination (discharge) summary' }).click();
    await page.getByLabel('Client (optional)').selectOption(client.id);
    await page.getByRole('button', { name: 'Write document' }).click();
    await page.getByRole('article', { name: 'Written document' }).getByText(/Client reported panic attacks down to 2 this week/).waitFor();
    await page.getByRole('button', { name: 'Save with client' }).click();
    await page.getByText('Document saved with the client as a draft.').waitFor();

    // The client's page lists it: title, date, status; it opens the document.
    await page.goto(`${app.url}/#/clients/${client.id}`);
    const documents = page.getByRole('list', { name: 'Documents for R.M.' });
    const item = documents.getByRole('listitem');
    await item.getByRole('link', { name: 'Termination (discharge) summary' }).waitFor();
    expect(await item.textContent()).toMatch(/Termination \(discharge\) summary .*\d{4}.*Draft/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await item.getByRole('link', { name: 'Termination (discharge) summary' }).click();
    await page.getByRole('heading', { name: 'Termination (discharge) summary', level: 1 }).waitFor();
    await page.getByText('From the template “Termination (discharge) summary”', { exact: false }).waitFor();

    // Edit a section of the draft; the edit is kept after a reload.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByLabel('Status at discharge').fill(EDIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Document saved.').waitFor();
    await page.reload();
    const shown = page.getByRole('article', { name: 'Written document' });
    await shown.getByText(EDIT).waitFor();

    // Sign: the dialog names who signs; afterwards the document is locked.
    await page.getByRole('button', { name: 'Sign document' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign this document?' });
    await dialog.getByText('if it is wrong, mark it entered in error').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Sign as Dana Whitfield, LCSW' }).click();
    await page.getByText('Signed by Dana Whitfield, LCSW').waitFor();
    await page.getByText('This document is locked.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete draft' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Mark entered in error' }).waitFor();
    // The screenshot shows the signed document itself, once the toast has gone.
    await page.getByText('Document signed.').waitFor({ state: 'hidden', timeout: 15_000 });
    await page.screenshot({ path: join(SCREENSHOTS, '41-signed-document.png'), fullPage: true });

    // Copy: plain text with the section titles and the signature.
    await page.getByRole('button', { name: 'Copy document' }).click();
    await page.getByText('Document copied.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Termination \(discharge\) summary\n\nDischarge details\n/);
    expect(copied).toContain(`Status at discharge\n${EDIT}`);
    expect(copied).toMatch(/Signed by Dana Whitfield, LCSW, /);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${app.url}/#/clients/${client.id}`);
    await documents.getByRole('listitem').getByText('Signed').waitFor();
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
