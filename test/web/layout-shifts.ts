// Layout shifts a page makes while it loads, as Chromium reports them (the Layout Instability API,
// the figure Lighthouse sums as CLS), with the elements that moved, for the stable-layout tests.
import type { Page } from 'playwright-core';

export interface Shift {
  value: number;
  moved: string[];
}

/** From the next navigation on, records every layout shift not caused by input. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({ value: entry.value, moved: (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : 'text')) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded on the current page so far. */
function layoutShifts(page: Page): Promise<Shift[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: Shift[] }).layoutShifts);
}

/** Their sum: what Lighthouse reports as cumulative layout shift for a page that shifts once per load. */
export const totalShift = (shifts: readonly Shift[]): number => shifts.reduce((sum, s) => sum + s.value, 0);

/** Opens the app afresh at `hash`, waits for `ready`, the network and two frames, and returns the shifts seen. */
export async function shiftsUntilSettled(page: Page, url: string, hash: string, ready: () => Promise<void>): Promise<Shift[]> {
  await page.goto('about:blank');
  await page.goto(`${url}/${hash}`);
  await ready();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return layoutShifts(page);
}
