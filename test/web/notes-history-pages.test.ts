// The Notes page with more notes than fit on a page: it shows the most recent 50, more on
// request, and never more rows than were asked for; a search answers the words typed last, the
// requests for words typed before being cancelled, never overwriting the current answer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const NOTES = 120;

let app: WebApp;
let page: Page;

function document(text: string): unknown {
  return {
    format: 'soap',
    sections: [{ key: 'subjective', title: 'Subjective', text, sentences: [{ text, source: [] }] }],
    risk: { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] },
    warnings: [],
  };
}

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
  const { csrfToken } = (await (await page.request.get(`${app.url}/api/auth/me`)).json()) as { csrfToken: string };
  for (let i = 0; i < NOTES; i++) {
    const day = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const topic = i % 10 === 0 ? 'grief after a loss' : i % 10 === 1 ? 'anxiety at work' : 'sleep and routine';
    const res = await page.request.post(`${app.url}/api/notes`, {
      data: { format: 'soap', worksheet: { date: day }, document: document(`Client discussed ${topic} (session ${i + 1}).`) },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(res.status()).toBe(200);
  }
});

afterAll(async () => {
  await app?.close();
});

const rows = () => page.locator('table tbody tr');

describe('Notes page with many notes', () => {
  test('shows the 50 most recent notes, then older ones on request, until all are shown', async () => {
    await page.goto(`${app.url}/#/notes`);
    await expect.poll(() => rows().count()).toBe(50);
    await expect.poll(() => page.getByText('Showing the 50 most recent notes').isVisible()).toBe(true);
    // Newest session first: the last note written has the latest session date.
    expect(await rows().first().locator('.note-first-line').textContent()).toContain(`session ${NOTES})`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Show older notes' }).click();
    await expect.poll(() => rows().count()).toBe(100);
    await page.getByRole('button', { name: 'Show older notes' }).click();
    await expect.poll(() => rows().count()).toBe(NOTES);
    await expect.poll(() => page.getByText(`${NOTES} notes`, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Show older notes' }).count()).toBe(0);
    expect(await rows().last().locator('.note-first-line').textContent()).toContain('(session 1)');
    expect(app.pageErrors).toEqual([]);
  });

  test('a search answers the words typed last: the request for earlier words is cancelled', async () => {
    await page.reload();
    await expect.poll(() => rows().count()).toBe(50);
    const aborted: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.url().includes('/api/notes?') && r.failure()?.errorText.includes('ABORTED')) aborted.push(new URL(r.url()).searchParams.get('q') ?? '');
    });
    // The server is slow to answer the first search, so its answer would arrive last.
    await page.route(/\/api\/notes\?.*q=anxiety/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => undefined);
    });
    const search = page.getByLabel('Search notes');
    await search.fill('anxiety');
    await page.waitForRequest(/\/api\/notes\?.*q=anxiety/);
    await search.fill('grief');
    await expect.poll(() => rows().count()).toBe(NOTES / 10);
    await page.waitForTimeout(2000);
    const lines = await rows().locator('.note-first-line').allTextContents();
    expect(lines).toHaveLength(NOTES / 10);
    expect(lines.every((l) => l.includes('grief'))).toBe(true);
    expect(aborted).toContain('anxiety');
    await expect.poll(() => page.getByText(`${NOTES / 10} matching notes`).isVisible()).toBe(true);

    // Session dates narrow the search in the database too.
    await page.getByLabel('Sessions from').fill('2026-03-01');
    await expect.poll(async () => (await rows().locator('.note-first-line').allTextContents()).length).toBe(6);
    await page.unroute(/\/api\/notes\?.*q=anxiety/);
    expect(app.pageErrors).toEqual([]);
  });

  test('opened on the Notes page, the app asks for the session and the first notes together', async () => {
    const asked: { path: string; at: number }[] = [];
    const answered = new Map<string, number>();
    const onRequest = (r: { url(): string }) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) asked.push({ path: url.pathname + url.search, at: performance.now() });
    };
    const onFinished = (r: { url(): string }) => {
      const url = new URL(r.url());
      if (!answered.has(url.pathname + url.search)) answered.set(url.pathname + url.search, performance.now());
    };
    // A fresh start of the app (a bookmark, a reload), not a change of route within it.
    await page.goto('about:blank');
    page.on('request', onRequest);
    page.on('requestfinished', onFinished);
    await page.goto(`${app.url}/#/notes`);
    await expect.poll(() => rows().count()).toBe(50);
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);

    // (The session is checked twice here: tests run React's development build, whose StrictMode
    // runs each effect twice. The list is asked for once: its early answer stands in for the page's request.)
    expect(asked.filter((a) => a.path === '/api/notes?limit=50')).toHaveLength(1);
    // The list did not wait for the session check to come back (it used to, then for a render).
    const listAsked = asked.find((a) => a.path === '/api/notes?limit=50')?.at ?? Number.POSITIVE_INFINITY;
    expect(listAsked).toBeLessThan(answered.get('/api/auth/me') ?? 0);
    expect(app.pageErrors).toEqual([]);
  });

  test("opened on the Notes page, the app does not download the Write page's code; opened on Write, it does", async () => {
    const scripts: string[] = [];
    const onRequest = (r: { url(): string }) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) scripts.push(path);
    };
    const writeCode = () => scripts.filter((path) => path.includes('write-note-page'));
    await page.goto('about:blank');
    page.on('request', onRequest);
    await page.goto(`${app.url}/#/notes`);
    await expect.poll(() => rows().count()).toBe(50);
    // Its code used to be preloaded on every start, competing with the Notes page's own.
    expect(writeCode()).toEqual([]);

    await page.goto('about:blank');
    await page.goto(`${app.url}/#/write`);
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    page.off('request', onRequest);
    expect(writeCode().length).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
  });

  test('signed out on the Notes page, signing in shows the notes (the answer asked for before is not reused)', async () => {
    const context = await app.newContext();
    const other = await context.newPage();
    await other.goto(`${app.url}/#/notes`);
    await other.getByLabel('Email').fill(OWNER.email);
    await other.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => other.locator('table tbody tr').count()).toBe(50);
    expect(await other.locator('table tbody tr').first().locator('.note-first-line').textContent()).toContain(`session ${NOTES})`);
    await context.close();
  });
});
