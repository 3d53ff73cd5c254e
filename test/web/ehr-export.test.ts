// Getting a note into the EHR, in a real browser against the real server: the clinician chooses a
// copy layout, writes and signs a note, adds an addendum, copies the note (header, body, signature,
// addendum on the clipboard), downloads its PDF and opens it to print.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { flatText, readPdf } from '../support/read-pdf.ts';
import { expectAccessible } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const SUMMARY =
  'Pt reports sleep improved to 6 hrs since last wk but still anxious about work deadlines. ' +
  'Used CBT cognitive restructuring around "I always fail"; pt engaged and identified two alternative thoughts. ' +
  'Denies SI/HI. Plan: thought record daily, f/u 1 wk.';
const ADDENDUM = 'Client called the next day to confirm the appointment time.';

let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('a signed note into the EHR', () => {
  test('the clinician sets up a client with a diagnosis and asks for section titles in capitals', async () => {
    await createOwnerAccount(page, app.url, OWNER);
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Add client' }).first().click();
    await page.getByLabel('Display name').fill('Jane Marie');
    await page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' }).fill('F41.1');
    await page.getByRole('listbox', { name: 'Matching ICD-10 codes' }).getByRole('option').first().waitFor();
    await page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' }).press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Chosen diagnoses' }).textContent()).toContain('F41.1');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: 'Jane Marie', level: 2 }).waitFor();

    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Copy note' }).waitFor();
    await page.getByLabel('Section titles').selectOption('capitals');
    await page.getByLabel('CPT code (suggested)').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
  });

  test('writes a note with the session details on the worksheet, signs it and adds an addendum', async () => {
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'Jane Marie' });
    await page.getByRole('radio', { name: 'SOAP' }).check();
    await page.getByLabel('Post-session summary').fill(SUMMARY);
    await page.getByRole('tab', { name: /Worksheet/ }).click();
    await page.getByLabel('Session date', { exact: true }).fill('2026-11-30');
    await page.getByLabel('Start', { exact: true }).fill('14:00');
    await page.getByLabel('End', { exact: true }).fill('14:53');
    await page.getByLabel('Minutes', { exact: true }).fill('53');
    await page.getByRole('group', { name: 'Modality' }).getByLabel('Video').check();
    await page.getByRole('button', { name: 'Generate note' }).click();
    await page.getByRole('heading', { name: /Subjective/i }).waitFor({ timeout: 15_000 });

    // A draft has no PDF yet.
    expect(await page.getByRole('button', { name: 'Download PDF' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign this note?' });
    await dialog.getByRole('button', { name: `Sign as ${OWNER.name}, ${OWNER.credentials}` }).click();
    await page.getByText(`Signed by ${OWNER.name}, ${OWNER.credentials}`).waitFor();

    await page.getByLabel('New addendum').fill(ADDENDUM);
    await page.getByRole('button', { name: 'Sign addendum' }).click();
    await page.locator('.addendum').filter({ hasText: 'confirm the appointment time' }).waitFor();
  });

  test('Copy note puts the header, the body with titles in capitals, the signature and the addendum on the clipboard', async () => {
    await page.getByRole('button', { name: 'Copy note' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the whole note' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const [header] = copied.split('\n\n');
    expect(header).toBe(
      [
        'Date of service: Nov 30, 2026',
        'Time: 2:00 pm to 2:53 pm (53 minutes)',
        'Service: telehealth (video)',
        'Diagnosis (ICD-10): F41.1 Generalized anxiety disorder',
      ].join('\n'),
    );
    // The CPT code was switched off in Settings.
    expect(copied).not.toContain('CPT');
    expect(copied).toContain('\n\nSUBJECTIVE\nClient reported sleep improved to 6 hours');
    // Signed just now, in the browser's zone (the test browser is in New York), the zone named.
    expect(copied).toMatch(new RegExp(`\\n\\nElectronically signed by ${OWNER.name}, ${OWNER.credentials} on \\w{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M E[SD]T\\n(?:Late entry: session on .+, signed on .+\\.\\n)?\\n`));
    expect(copied).toMatch(new RegExp(`Addendum signed by ${OWNER.name}, ${OWNER.credentials} on [^\\n]+ E[SD]T\\n${ADDENDUM}$`));
    expect(copied).not.toMatch(/<[a-z]/);

    // One section alone still copies on its own, titled as set.
    await page.getByRole('button', { name: 'Copy Plan' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied Plan' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^PLAN\n.*[Tt]hought record/);
  });

  test('Download PDF saves the signed note as a PDF with the same header, body, signature and addendum', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('progress-note-2026-11-30.pdf');
    const bytes = await readFile(await download.path());
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    const text = flatText(pdf);
    for (const expected of [
      'SOAP progress note',
      'Date of service Nov 30, 2026',
      'Time 2:00 pm to 2:53 pm (53 minutes)',
      'Diagnosis (ICD-10) F41.1 Generalized anxiety disorder',
      'Subjective Client reported sleep improved to 6 hours',
      `Electronically signed by ${OWNER.name}, ${OWNER.credentials} on`,
      `Addendum signed by ${OWNER.name}, ${OWNER.credentials} on`,
      ADDENDUM,
      'Client J.M.',
      'Page 1 of 1',
    ]) {
      expect(text).toContain(expected);
    }
    // Times in the browser's zone (the test browser is in New York).
    expect(text).toMatch(/Electronically signed by Dana Whitfield, LCSW on \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M E[SD]T/);
  });

  test('the review page offers the exports of a signed note', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    // The copy and download confirmations fade first: they would cover the source column.
    await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 6_000 });
    await page.screenshot({ path: join(SCREENSHOTS, '14-review-signed-exports.png') });
    await expectAccessible(page, '14-review-signed-exports');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Copy note' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, '15-settings-copy-layout.png') });
    await expectAccessible(page, '15-settings-copy-layout');
    await page.goBack();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
  });

  test('with rich text chosen, the clipboard carries formatted text beside the plain text', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Clipboard').selectOption('rich');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Copy note' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the whole note' }).last().waitFor();
    const flavours = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
    });
    expect(flavours.html).toContain('<strong>Date of service:</strong> Nov 30, 2026');
    expect(flavours.html).toContain('<strong>SUBJECTIVE</strong><br>Client reported sleep improved');
    expect(flavours.html).toContain(ADDENDUM);
    expect(flavours.text).toMatch(/^Date of service: Nov 30, 2026\n/);
  });

  test('Print opens the same PDF in a new tab, to print from the browser’s viewer', async () => {
    // Chromium's own PDF viewer loads its style sheet from inside the browser (chrome-extension://),
    // not from the network: let it, while every other origin stays blocked.
    await app.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
    const [popup] = await Promise.all([app.context.waitForEvent('page'), page.getByRole('button', { name: 'Print' }).click()]);
    await expect.poll(() => popup.url()).toMatch(/\/api\/notes\/[^/]+\/pdf\?tz=America%2FNew_York&disposition=inline$/);
    const response = await page.request.get(popup.url());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/^inline;/);
    await popup.close();
  });

  test('nothing was requested from another origin and nothing broke the CSP', async () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
