// Opening the app on the Write page: once something is on screen, nothing moves under the
// clinician's eyes or finger while the page's code and its answers (session, clients, settings)
// arrive. Measured with Chromium's own layout-shift entries, the ones behind Lighthouse's CLS.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createOwnerAccount, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';
import { shiftsUntilSettled, totalShift, watchLayoutShifts } from './layout-shifts.ts';
import type { Shift } from './layout-shifts.ts';

const OWNER = { name: 'Ines Duarte', credentials: 'LCSW', email: 'ines@example.test', password: 'copper window orchard 31' };

let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 412, height: 823 } });
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
  const me = await page.request.get(`${app.url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  await page.request.post(`${app.url}/api/clients`, { data: { displayName: 'J.K.' }, headers: { 'x-csrf-token': csrfToken } });
  // Every layout shift from the first frame on, with the elements that moved.
  await watchLayoutShifts(page);
});

afterAll(async () => {
  await app?.close();
});

/** Opens the app afresh on a page and returns the shifts seen until it is ready and settled. */
function openPage(hash: string, ready: () => Promise<void>): Promise<Shift[]> {
  return shiftsUntilSettled(page, app.url, hash, ready);
}

/** Write, settled: the heading is shown and the clients list has arrived. */
async function openWrite(): Promise<Shift[]> {
  return openPage('#/write', async () => {
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    await page.getByRole('option', { name: 'J.K.' }).waitFor({ state: 'attached' });
  });
}


describe('the Write page holds still while it loads', () => {
  for (const [device, viewport] of [
    ['a phone', { width: 412, height: 823 }],
    ['a tablet', { width: 820, height: 1180 }],
    ['a laptop', { width: 1366, height: 768 }],
  ] as const) {
    test(`on ${device} (${viewport.width}x${viewport.height}), nothing shifts between the first frame and the page ready to type in`, async () => {
      await page.setViewportSize(viewport);
      const shifts = await openWrite();
      // Lighthouse calls under 0.1 good; a page that holds still scores 0. A tiny allowance for sub-pixel rounding.
      expect(totalShift(shifts), JSON.stringify(shifts)).toBeLessThan(0.001);
    });
  }

  // Write's code is usually here before the session check ends, so it is drawn at once. A page
  // whose code is fetched when it is opened shows a spinner under the top bar first: the top bar
  // must not change height when the page replaces it (it used to shrink by 35 px on a phone).
  // (The Clients page's own panels are measured in clients-page-stable-layout.test.ts.)
  test('on a phone, opening the Clients page (a spinner first, then the page), the top bar and the page under it do not move', async () => {
    await page.setViewportSize({ width: 412, height: 823 });
    const shifts = await openPage('#/clients', async () => {
      await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
      await page.getByText('J.K.').first().waitFor();
    });
    const shellMoves = shifts.filter((s) => s.moved.some((m) => /^(main\.main|nav\.|div\.sidebar__user|a\.sidebar__brand)/.test(m)));
    expect(shellMoves).toEqual([]);
  });
});
