// Codes, the Notes list and the audit log in Chromium: the ICD-10 picker finds F40.01 by code,
// F84.0 by "autism", panic disorder by "panic"; a whole code that is not in the list is added as
// typed with a note; Enter in the picker never submits the client form. The Notes list shows each
// note's session time, first line and CPT code. The audit log filters by user, action and days,
// links to the note, and downloads the filtered events as CSV (and records that download).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, expectAccessible } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };

let app: WebApp;
let page: Page;

/** A call to the API as the signed-in browser (its cookie and CSRF token). */
async function apiPost<T>(path: string, data: unknown): Promise<T> {
  const me = await page.request.get(`${app.url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = await page.request.post(`${app.url}${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

const picker = (): ReturnType<Page['getByRole']> => page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' });
const options = (): ReturnType<Page['getByRole']> => page.getByRole('listbox', { name: 'Matching ICD-10 codes' }).getByRole('option');
/** A screenshot of the page as it stands, which axe checks too. */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}
const chips = async (): Promise<string> => (await page.getByRole('list', { name: 'Chosen diagnoses' }).textContent()) ?? '';

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
});

describe('ICD-10 picker', () => {
  test('finds F40.01 and F84.0 by code and by words, adds a code not in the list as typed, and Enter never submits the form', async () => {
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByText('No clients yet.').waitFor();
    await page.getByRole('link', { name: 'Add client' }).first().click();
    await page.getByLabel('Display name').fill('K.L.');

    // By code: F40.01 comes first, with its ICD-10-CM name; Enter chooses it.
    await picker().fill('F40.01');
    await expect.poll(() => options().first().textContent()).toBe('F40.01 Agoraphobia with panic disorder');
    await picker().press('Enter');
    await expect.poll(chips).toContain('F40.01 Agoraphobia with panic disorder');
    // The form was not submitted: it is still open and no client exists yet.
    await page.getByRole('form', { name: 'New client' }).waitFor();
    expect(await page.getByRole('heading', { name: 'K.L.', level: 2 }).count()).toBe(0);

    // By the word a clinician uses: "autism" finds F84.0 (ICD-10-CM says "Autistic disorder").
    await picker().fill('autism');
    await expect.poll(() => options().allTextContents()).toEqual(['F84.0 Autistic disorder']);
    // And by its code, without the dot.
    await picker().fill('f840');
    await expect.poll(() => options().first().textContent()).toBe('F84.0 Autistic disorder');
    await options().first().click();
    await expect.poll(chips).toContain('F84.0 Autistic disorder');

    // By a word of the name: "panic" lists panic disorder first, and the agoraphobia codes.
    await picker().fill('panic');
    await expect.poll(() => options().first().textContent()).toBe('F41.0 Panic disorder [episodic paroxysmal anxiety]');
    expect((await options().allTextContents()).join('\n')).toContain('F40.02 Agoraphobia without panic disorder');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The list is FY2026 (it ended on 30 September 2026): the picker says so and how to add a newer code.
    await picker().fill('');
    await page.getByText('This release ended on 2026-09-30: a code added since is not in the list; type the whole code to add it.').waitFor();

    // A whole code the list does not have: offered as typed, with a note that says so.
    await picker().fill('f43.9a');
    await page.getByText("F43.9A is not in Afterword's list (ICD-10-CM FY2026").waitFor();
    await expect.poll(() => options().allTextContents()).toEqual(['F43.9A Add as typed (not in the list)']);
    await shot('21-icd10-free-entry');
    await picker().press('Enter');
    await expect.poll(chips).toContain("F43.9A Entered by hand: not in Afterword's ICD-10-CM list");

    // Words that match nothing: Enter adds nothing and still does not submit.
    await picker().fill('zzqx');
    await page.getByText('No code matches.').waitFor();
    await picker().press('Enter');
    await page.getByRole('form', { name: 'New client' }).waitFor();
    expect(await page.getByRole('list', { name: 'Chosen diagnoses' }).getByRole('listitem').count()).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The button submits; the client keeps the three codes.
    await picker().fill('');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: 'K.L.', level: 2 }).waitFor();
    for (const code of ['F40.01', 'F84.0', 'F43.9A']) await page.getByText(code, { exact: true }).first().waitFor();
  });
});

describe('Notes list', () => {
  test('shows each note with its session time, first line and CPT code', async () => {
    const document = {
      format: 'soap',
      sections: [
        { key: 'session', title: 'Session', text: 'Individual psychotherapy, 53 minutes.', sentences: [{ text: 'Individual psychotherapy, 53 minutes.', source: [] }] },
        {
          key: 'subjective',
          title: 'Subjective',
          text: 'Client reported two panic attacks on the subway this week and avoided the train on three days. Client said work felt manageable.',
          sentences: [
            { text: 'Client reported two panic attacks on the subway this week and avoided the train on three days.', source: [] },
            { text: 'Client said work felt manageable.', source: [] },
          ],
        },
        { key: 'plan', title: 'Plan', text: 'Client will practice interoceptive exposure daily.', sentences: [{ text: 'Client will practice interoceptive exposure daily.', source: [] }] },
      ],
      risk: { si: 'denied', hi: 'denied', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
      warnings: [],
      cpt: { code: '90837', description: 'Individual psychotherapy, 60 minutes', reason: '53 minutes of individual psychotherapy' },
    };
    await apiPost('/api/notes', { format: 'soap', summary: 'panic attacks on subway', worksheet: { date: '2026-11-27', startTime: '14:00', endTime: '14:53', minutes: 53 }, document });

    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Nov 27, 2026' });
    await row.waitFor();
    const headers = (await page.getByRole('columnheader').allTextContents()).map((t) => t.trim());
    expect(headers.slice(0, 5)).toEqual(['Session', 'Client', 'First line', 'CPT', 'Format']);
    const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    expect(cells[0]).toBe('Nov 27, 20262:00 pm to 2:53 pm (53 min)');
    expect(cells[2]).toBe('Client reported two panic attacks on the subway this week and avoided the train on three…');
    expect(cells[3]).toBe('90837');
    await shot('22-notes-list-first-line-cpt');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('Audit log', () => {
  test('filters by user, action and days, links to the note, and exports what it shows as CSV', async () => {
    // A colleague, and one event of theirs, so the user filter has something to leave out.
    await apiPost('/api/users', { name: 'Sam Okafor', credentials: 'LPC', email: 'sam@example.test', role: 'clinician', password: 'a long temporary password 9' });

    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('row').filter({ hasText: 'Nov 27, 2026' }).getByRole('link', { name: 'Nov 27, 2026' }).click();
    await page.getByRole('heading', { name: /^No client/, level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);

    // Action: only views.
    await page.getByLabel('Action').selectOption('view');
    await expect.poll(async () => new Set(await page.locator('tbody .action').allTextContents())).toEqual(new Set(['view']));
    // User: only Dana's (Sam has viewed nothing).
    await page.getByLabel('User').selectOption({ label: OWNER.name });
    await expect.poll(async () => new Set(await rows.locator('td:nth-child(3)').allTextContents())).toEqual(new Set([OWNER.name]));
    // Days: today only (the browser's calendar) keeps them; yesterday alone empties the list.
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const yesterday = await page.evaluate(() => new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA'));
    await page.getByLabel('From').fill(today);
    await page.getByLabel('To').fill(today);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const viewsToday = await rows.count();
    await shot('23-audit-filters');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The note an event is about opens from the log.
    const noteLink = rows.getByRole('link', { name: /^Open note / }).first();
    await noteLink.waitFor();

    // CSV: the same events as the table, with a header.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile((await file.path()) as string, 'utf8')).trimEnd().split('\r\n');
    expect(csv[0]).toBe('id,at,user_id,user_name,action,entity,entity_id');
    expect(csv).toHaveLength(viewsToday + 1);
    expect(csv.slice(1).every((line) => line.includes(`,${OWNER.name},view,`))).toBe(true);

    await page.getByLabel('From').fill(yesterday);
    await page.getByLabel('To').fill(yesterday);
    await page.getByText('No events match these filters.').waitFor();

    // The download is in the log, as an export of the audit log.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Action').selectOption('export');
    await expect.poll(() => rows.first().textContent()).toContain('audit log');

    // And the link opens the note.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Action').selectOption('view');
    await rows.getByRole('link', { name: /^Open note / }).first().click();
    await page.getByRole('heading', { name: /^No client/, level: 1 }).waitFor();
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
