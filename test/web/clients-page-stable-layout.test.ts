// Opening the Clients page: once something is on screen, nothing moves while the page's code and
// its client list arrive. Below 1000 px the list sits above the chosen client's details, so a
// list that grows when it arrives used to push the details down (issue 9: CLS 0.070 on a phone).
// Measured with Chromium's own layout-shift entries, the ones behind Lighthouse's CLS.
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './check-accessibility.ts';
import { createOwnerAccount, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';
import { shiftsUntilSettled, totalShift, watchLayoutShifts } from './layout-shifts.ts';
import type { Shift } from './layout-shifts.ts';

const OWNER = { name: 'Ines Duarte', credentials: 'LCSW', email: 'ines@example.test', password: 'copper window orchard 31' };

let app: WebApp;
let page: Page;
let chosenId = '';

beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 412, height: 823 } });
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
  const me = await page.request.get(`${app.url}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  for (const displayName of ['A.B.', 'J.K.', 'M.R.']) {
    const answer = await page.request.post(`${app.url}/api/clients`, { data: { displayName }, headers: { 'x-csrf-token': csrfToken } });
    const { client } = (await answer.json()) as { client: { id: string } };
    if (displayName === 'J.K.') chosenId = client.id;
  }
  // The list arrives well after the page is drawn, as it does on a slow machine or a busy server.
  await page.route(`${app.url}/api/clients`, async (route) => {
    await new Promise((done) => setTimeout(done, 400));
    await route.continue();
  });
  // Every layout shift from the first frame on, with the elements that moved.
  await watchLayoutShifts(page);
});

afterAll(async () => {
  await app?.close();
});

/** Opens the app afresh on a Clients address and returns the shifts seen until the list and the details are shown and settled. */
function openClients(hash: string, ready: () => Promise<void>): Promise<Shift[]> {
  return shiftsUntilSettled(page, app.url, hash, async () => {
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page.getByRole('link', { name: /M\.R\./ }).waitFor();
    await ready();
  });
}


describe('the Clients page holds still while its list arrives', () => {
  for (const [device, viewport] of [
    ['a phone', { width: 412, height: 823 }],
    ['a tablet', { width: 820, height: 1180 }],
    ['a laptop', { width: 1366, height: 768 }],
  ] as const) {
    test(`on ${device} (${viewport.width}x${viewport.height}), with a client chosen and with none, nothing shifts from the first frame to the list and details shown`, async () => {
      await page.setViewportSize(viewport);
      const chosen = await openClients(`#/clients/${chosenId}`, async () => {
        await page.getByRole('region', { name: 'Client details' }).getByText('J.K.').first().waitFor();
      });
      // Lighthouse calls under 0.1 good; a page that holds still scores 0. A tiny allowance for sub-pixel rounding.
      expect(totalShift(chosen), JSON.stringify(chosen)).toBeLessThan(0.001);
      const none = await openClients('#/clients', async () => {
        await page.getByText('Choose a client to see their details').waitFor();
      });
      expect(totalShift(none), JSON.stringify(none)).toBeLessThan(0.001);
    });
  }

  // What holds the space while the answers are on their way is part of the page too.
  test("while the list, then the client's plan and the Measures code, are on their way, the page passes axe", async () => {
    await page.setViewportSize({ width: 412, height: 823 });
    const gate = (): { open: () => void; hold: (route: Route) => Promise<void> } => {
      let open: () => void = () => {};
      const opened = new Promise<void>((done) => {
        open = done;
      });
      return { open, hold: async (route) => opened.then(() => route.continue()) };
    };
    const list = gate();
    const details = gate();
    const isList = (url: URL): boolean => url.pathname === '/api/clients';
    const isDetail = (url: URL): boolean => url.pathname.endsWith('/plans/active') || /measures-section[^/]*\.js$/.test(url.pathname);
    await page.route(isList, list.hold);
    await page.route(isDetail, details.hold);
    await page.goto('about:blank');
    await page.goto(`${app.url}/#/clients/${chosenId}`);
    await page.getByRole('heading', { name: 'Clients', level: 1 }).waitFor();
    await page.getByText('Loading…').waitFor();
    // The details come with the list, not before it.
    expect(await page.getByRole('region', { name: 'Client details' }).count()).toBe(0);
    await expectAccessible(page, 'the Clients page before its list');
    list.open();
    await page.getByText('Checking the treatment plan…').waitFor();
    await page.getByRole('heading', { name: 'Measures' }).waitFor();
    await expectAccessible(page, "a client's details before their plan and the Measures code");
    details.open();
    await page.getByText('No active plan.').waitFor();
    await page.getByRole('button', { name: 'Add a measure' }).waitFor();
    await page.unroute(isList, list.hold);
    await page.unroute(isDetail, details.hold);
  });
});
