// Test helper: runs axe-core (WCAG 2 A and AA rules) on the page as it stands and returns the
// violations, one line each. axe is evaluated through the DevTools protocol, which the page's
// CSP (no inline or injected scripts) does not govern, so the page is checked exactly as served.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// axe's own source, as its package exports it for injection into a page.
const axeSource = axe.source;

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** "rule-id (impact): help — selector, selector" for each violation; empty when the page passes. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResult> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      }),
  );
  return result.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Fails the test, naming the page state and each violation, when axe finds any on the page as it
 * stands. Called at each state a clinician sees: pages, open dialogs, error messages, empty lists.
 * @example await expectAccessible(page, 'sign-in with a wrong password');
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await accessibilityViolations(page), `axe on ${state}`).toEqual([]);
}
