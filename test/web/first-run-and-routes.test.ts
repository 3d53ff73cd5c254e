// On a phone-sized screen: the first run offers two-step sign-in as soon as the owner account
// exists, and it can be turned on right there; then every page of the app opens, each fetching
// its own code the first time it is opened (the first page does not carry the others), with no
// error in the console and nothing asked of another origin.
import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Noor Haddad', credentials: 'LMFT', email: 'noor@example.test', password: 'linen kettle meadow 58' };

let app: WebApp;
let page: Page;
/** Every script the page fetched, by file name (Vite names a page's chunk after its module). */
const scripts: string[] = [];
const fetchedPage = (name: string): boolean => scripts.some((file) => file.startsWith(`${name}-`));

beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 390, height: 844 } });
  page = app.page;
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) scripts.push(path.slice('/assets/'.length));
  });
});

afterAll(async () => {
  await app?.close();
});

describe('first run on a phone', () => {
  test('creating the owner account leads to the offer of two-step sign-in, which can be turned on there', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Welcome to Afterword' }).waitFor();
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Credentials').fill(OWNER.credentials);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await page.getByLabel('Confirm password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Create account' }).click();

    // The offer: what it is, how to turn it on, and a way past it.
    await page.getByRole('heading', { name: 'Protect your account' }).waitFor();
    expect(await page.getByText('Off. Turn it on to ask for a code').count()).toBe(1);
    await page.getByRole('button', { name: 'Skip for now' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByLabel('Your password, to turn it on').fill(OWNER.password);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.locator('code.secret').textContent())?.trim() ?? '';
    await page.getByLabel('Code from the app').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'I have saved them' }).click();
    expect(await page.getByText('On: signing in asks for a code').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Skip for now' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Continue to Afterword' }).click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
  });
});

describe('every page opens, each with its own code', () => {
  test('the Write page came without the code of the other pages', () => {
    expect(fetchedPage('write-note-page')).toBe(true);
    for (const other of ['review-page', 'history-page', 'clients-page', 'settings-page', 'audit-page']) expect(fetchedPage(other)).toBe(false);
  });

  test('writing a note opens the review page', async () => {
    await page.getByLabel('Post-session summary').fill('50 min indiv in person. pt reports sleeping better. practiced grounding. denies SI/HI. plan: continue weekly.');
    await page.getByRole('button', { name: 'Generate note' }).click();
    await page.getByRole('heading', { name: /Subjective/i }).waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/#\/notes\//);
    expect(fetchedPage('review-page')).toBe(true);
  });

  const pages = [
    { link: 'Notes', heading: 'Notes', chunk: 'history-page' },
    { link: 'Clients', heading: 'Clients', chunk: 'clients-page' },
    { link: 'Settings', heading: 'Settings', chunk: 'settings-page' },
    { link: 'Audit log', heading: 'Audit log', chunk: 'audit-page' },
    { link: 'Write a note', heading: 'Write a note', chunk: 'write-note-page' },
  ];
  for (const { link, heading, chunk } of pages) {
    test(`${link} opens`, async () => {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(fetchedPage(chunk)).toBe(true);
    });
  }

  test('Settings shows two-step sign-in as turned on during the first run', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByText('On: signing in asks for a code').waitFor();
  });

  test('no page logged an error or asked another origin for anything', () => {
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
