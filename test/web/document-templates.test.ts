// Documents from templates in Chromium: the clinician builds a template (renames, adds, ticks
// what fills a section, moves a section up, adds fixed text), saves it, writes a document from it
// for a client and keeps it with the client, exports the template as a JSON file and imports it
// again; a bad file is refused naming the field. axe checks the page as it stands.
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };

let app: WebApp;
let page: Page;

async function api<T>(method: 'get' | 'post', path: string, data?: unknown): Promise<T> {
  const me = await page.request.get(`${app.url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const res = method === 'get' ? await page.request.get(`${app.url}${path}`) : await page.request.post(`${app.url}${path}`, { data: data ?? {}, headers: { 'x-csrf-token': csrfToken } });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
});

describe('document templates', () => {
  test('build a template, write a document from it for a client, export it and import it again', { timeout: 120_000 }, async () => {
    const { client } = await api<{ client: { id: string } }>('post', '/api/clients', { displayName: 'R.M.' });

    await page.goto(`${app.url}/#/templates`);
    await page.getByRole('heading', { name: 'Templates', level: 1 }).waitFor();
    const list = page.getByRole('navigation', { name: 'Templates' });
    for (const starter of ['Intake / biopsychosocial assessment', 'Termination (discharge) summary', 'Supervision note', 'Treatment-plan review', 'Your session summary']) await list.getByRole('button', { name: starter }).waitFor();
    await list.getByText('None yet').waitFor();

    // Build: a new template, renamed, its first section renamed with fixed text, a risk section added and moved up.
    await page.getByRole('button', { name: 'New template' }).click();
    await page.getByLabel('Template title').fill('Progress letter');
    await page.getByLabel('Section 1 title').fill('What happened');
    await page.getByLabel('Section 1 fixed text').fill('Prepared by {clinician}, {credentials}.');
    await page.getByRole('button', { name: 'Add a section' }).click();
    await page.getByLabel('Section 3 title').fill('Safety');
    await page.getByRole('group', { name: 'What fills section 3' }).getByLabel('Risk assessment').check();
    await page.getByRole('button', { name: 'Move section 3 up' }).click();
    expect(await page.getByLabel('Section 2 title').inputValue()).toBe('Safety');
    expect(await page.getByLabel('Section 3 title').inputValue()).toBe('Plan');

    // A kind ticked in two sections is named as the problem, and saving waits until it is fixed.
    await page.getByRole('group', { name: 'What fills section 2' }).getByLabel('Plan', { exact: true }).check();
    await page.getByText('sections[2].purpose[0]: "plan" already fills sections[1]').waitFor();
    expect(await page.getByRole('button', { name: 'Save as my template' }).isDisabled()).toBe(true);
    await page.getByRole('group', { name: 'What fills section 2' }).getByLabel('Plan', { exact: true }).uncheck();

    await page.getByRole('button', { name: 'Save as my template' }).click();
    await list.getByRole('button', { name: 'Progress letter' }).waitFor();

    // Write a document from it for the client (the sample summary), and keep it with the client.
    await page.getByLabel('Client (optional)').selectOption(client.id);
    await page.getByRole('button', { name: 'Write document' }).click();
    const written = page.getByRole('article', { name: 'Written document' });
    await written.getByRole('heading', { name: 'Progress letter' }).waitFor();
    expect(await written.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['What happened', 'Safety', 'Plan']);
    await written.getByText('Prepared by Dana Whitfield, LCSW.').waitFor();
    await written.getByText(/Client reported panic attacks down to 2 this week/).waitFor();
    await written.getByText(/denied suicidal ideation/).first().waitFor();
    await written.getByText(/Homework: thought record daily/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, '40-document-templates.png'), fullPage: true });

    await page.getByRole('button', { name: 'Save with client' }).click();
    await page.getByText('Document saved with the client as a draft.').waitFor();
    const saved = await api<{ documents: { document: { title: string } }[] }>('get', `/api/clients/${client.id}/documents`);
    expect(saved.documents.map((d) => d.document.title)).toEqual(['Progress letter']);

    // Export as a JSON file: the template as built.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('progress-letter.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported).toEqual({
      title: 'Progress letter',
      sections: [
        { title: 'What happened', purpose: ['report', 'observation', 'intervention', 'response'], fixedText: 'Prepared by {clinician}, {credentials}.' },
        { title: 'Safety', purpose: ['risk'] },
        { title: 'Plan', purpose: ['plan', 'homework'] },
      ],
    });

    // Import it again (as a colleague's copy with another title), save it: both are listed.
    const file = join(tmpdir(), `afterword-template-${process.pid}.json`);
    await writeFile(file, JSON.stringify({ ...exported, title: 'Progress letter (imported)' }));
    await page.getByLabel('Template file to import').setInputFiles(file);
    await page.getByText('Template imported: save it to keep it.').waitFor();
    expect(await page.getByLabel('Template title').inputValue()).toBe('Progress letter (imported)');
    expect(await page.getByLabel('Section 2 title').inputValue()).toBe('Safety');
    await page.getByRole('button', { name: 'Save as my template' }).click();
    await list.getByRole('button', { name: 'Progress letter (imported)' }).waitFor();
    const mine = await api<{ templates: { template: { title: string } }[] }>('get', '/api/templates');
    expect(mine.templates.map((t) => t.template.title)).toEqual(['Progress letter', 'Progress letter (imported)']);

    // A file that is not a valid template is refused, naming the field.
    await writeFile(file, JSON.stringify({ title: 'Broken', sections: [{ title: 'Mood', purpose: ['feelings'] }] }));
    await page.getByLabel('Template file to import').setInputFiles(file);
    await page.getByRole('alert').filter({ hasText: 'sections[0].purpose[0]: "feelings" is not a record kind' }).waitFor();
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
