// Measures on a client's page in Chromium: a PHQ-9 entered item by item (item 9 above zero warns),
// a second as a total; the trend chart then has two points over shaded bands, the table lists
// both with the change, and the page passes axe. The section is its own lazily loaded chunk.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp, type WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };

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

describe('Measures on the client page', () => {
  test('two PHQ-9 scores make a chart with two points, bands, a table and the item 9 warning', async () => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/assets/')) chunks.push(r.url());
    });
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('link', { name: 'Add client' }).first().click();
    await page.getByLabel('Display name').fill('K.L.');
    await page.getByRole('button', { name: /save|add client/i }).last().click();
    await page.getByRole('heading', { name: 'K.L.', level: 2 }).waitFor();
    await page.getByText('No measures for K.L. yet.').waitFor();
    // The section's code came in its own chunk, after the Clients page's.
    expect(chunks.some((u) => /measures-section/.test(u))).toBe(true);

    // First: each item, with the published wording; item 9 answered "several days".
    await page.getByRole('button', { name: 'Add a measure' }).click();
    const form = page.getByRole('form', { name: 'Add a measure' });
    await form.getByLabel('Date taken').fill('2026-11-03');
    for (let i = 1; i <= 8; i++) await form.getByRole('combobox', { name: new RegExp(`^Item ${i}:`) }).selectOption('2');
    await form.getByRole('combobox', { name: 'Item 9: Thoughts that you would be better off dead, or of hurting yourself in some way' }).selectOption('1');
    await expect.poll(() => form.locator('.measure-form__preview').textContent()).toContain('Score 17 of 27: moderately severe');
    await expect.poll(() => form.locator('.measure-form__preview').textContent()).toContain('PHQ-9 item 9');
    await form.getByRole('button', { name: 'Save measure' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'PHQ-9 17 of 27' });
    await expect.poll(() => saved.textContent()).toContain('moderately severe');
    await expect.poll(() => saved.textContent()).toContain('the note must document a risk assessment');

    // Second: the total only, a week later.
    await form.getByLabel('Date taken').fill('2026-11-10');
    await form.getByText('Total only').click();
    await form.getByLabel('PHQ-9 total').fill('9');
    await form.getByRole('button', { name: 'Save measure' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'PHQ-9 9 of 27' }).textContent()).toContain('from previous -8, better (reliable change)');

    const chart = page.getByRole('img', { name: /PHQ-9 scores over time/ });
    await chart.waitFor();
    expect(await chart.locator('circle.trend__point').count()).toBe(2);
    const chartText = (await chart.textContent()) ?? '';
    for (const band of ['minimal 0-4', 'mild 5-9', 'moderate 10-14', 'moderately severe 15-19', 'severe 20-27']) expect(chartText).toContain(band);
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    expect(chartText).toContain('2 scores, latest 9 of 27 (mild)');

    const rows = page.getByRole('table').filter({ hasText: 'From previous' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(1).textContent()).toMatch(/17 of 27.*item 9: 1, address risk in the note.*moderately severe/);
    expect(await rows.nth(2).textContent()).toMatch(/9 of 27.*total only.*mild.*-8, better \(reliable change\)/);

    await page.getByRole('button', { name: 'Close' }).click();
    // The toasts fade after a few seconds; the screenshot waits so they do not hide the table.
    await expect.poll(() => page.locator('.toast').count(), { timeout: 8_000 }).toBe(0);
    // From the top: scrolled, the sticky side bar would be drawn part-way down the full-page image.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'client-measures.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
