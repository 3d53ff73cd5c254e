// A treatment plan in Chromium: the clinician drafts a plan from an intake summary, sees what it
// still lacks, picks a suggested objective, edits the session frequency and review date, saves and
// signs it; the client's page and the Write page then show the active plan, and a plan whose
// review date has passed is flagged as overdue on Write, where the plan's goals are ticked as
// addressed with progress and sent with the compose request. axe checks the page as it stands.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const INTAKE = [
  'Presenting problem: constant worry about work and health, missed 3 days of work this month.',
  'Goal: sleep through the night most nights.',
  'Objective: GAD-7 below 10 by 2027-03-01.',
  'Strengths: supportive partner, keeps appointments.',
  'Plan: CBT for worry weekly.',
].join('\n');

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

describe('treatment plan', () => {
  test('draft from an intake summary, pick a suggestion, edit, save and sign; tick its goal on Write', { timeout: 90_000 }, async () => {
    const { client } = await api<{ client: { id: string } }>('post', '/api/clients', { displayName: 'R.M.', diagnoses: [{ code: 'F41.1', label: 'Generalized anxiety disorder' }] });

    // The client's page says there is no plan yet and links to drafting one.
    await page.goto(`${app.url}/#/clients/${client.id}`);
    await page.getByText('No active plan.').waitFor();
    expect(await accessibilityViolations(page), 'client page without a plan').toEqual([]);
    await page.getByRole('link', { name: 'Draft a treatment plan' }).click();
    await page.getByRole('heading', { name: 'Treatment plan: R.M.' }).waitFor();

    await page.getByLabel('Intake summary').fill(INTAKE);
    await page.getByLabel('Plan date').fill('2026-12-01');
    await page.getByRole('button', { name: 'Draft plan' }).click();

    // What the summary said is in the plan; what it did not say is asked for, not filled.
    await expect.poll(() => page.getByLabel('Goal 1', { exact: true }).inputValue()).toBe('sleep through the night most nights');
    expect(await page.getByRole('group', { name: 'Problem 1' }).getByLabel('Functional impact').inputValue()).toBe('missed 3 days of work this month');
    // "GAD-7 below 10 by 2027-03-01" fills Measure, Target and By date; it names no behaviour, so that is asked for.
    const objective1 = page.getByRole('group', { name: 'Objective 1' });
    expect(await objective1.getByLabel('Behaviour').inputValue()).toBe('');
    expect(await objective1.getByLabel('Measure').inputValue()).toBe('GAD-7');
    expect(await objective1.getByLabel('Target').inputValue()).toBe('below 10');
    expect(await objective1.getByLabel('By date').inputValue()).toBe('2027-03-01');
    expect(await page.getByLabel('Session frequency').inputValue()).toBe('');
    const stillToGive = page.getByRole('region', { name: 'Still to give' });
    await stillToGive.getByText('Give the session frequency').waitFor();
    await stillToGive.getByText('Give the plan’s review date.').waitFor();
    await stillToGive.getByText('Say what the client will do or show for objective 1 (measured by GAD-7).').waitFor();
    expect(await page.getByText('F41.1').first().textContent()).toContain('F41.1');

    // A suggestion enters only when picked.
    const suggestions = page.getByRole('region', { name: 'Suggestions to pick from' });
    await suggestions.getByText('Generalized anxiety').click();
    expect(await page.getByRole('group', { name: 'Objective 2' }).count()).toBe(0);
    await suggestions.getByRole('button', { name: /^Pick objective: Practise a relaxation or breathing skill/ }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Objective 2' }).getByLabel('Behaviour').inputValue()).toBe('Practise a relaxation or breathing skill');
    expect(await suggestions.getByRole('button', { name: /^Picked objective: Practise a relaxation/ }).textContent()).toBe('Picked');

    // The clinician gives what was missing.
    await page.getByLabel('Session frequency').fill('Weekly, 50 minutes');
    await page.getByLabel('Review date').fill('2027-03-01');
    await objective1.getByLabel('Behaviour').fill('Report fewer anxiety symptoms');
    await page.getByRole('group', { name: 'Objective 2' }).getByLabel('Serves goal').selectOption({ label: 'Goal 1' });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: 'Draft, version 1' }).waitFor();
    await expect.poll(() => stillToGive.textContent()).not.toContain('session frequency');
    // Tying the picked objective to a goal kept it the library's: it still shows as picked.
    expect(await suggestions.getByRole('button', { name: /^Picked objective: Practise a relaxation/ }).textContent()).toBe('Picked');
    // The "saved" toast goes after a few seconds: the screenshot shows the plan, not the toast over it.
    await expect.poll(() => page.locator('.toast').count(), { timeout: 6000 }).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, '30-treatment-plan-draft.png'), fullPage: true });

    await page.getByRole('button', { name: 'Sign plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign plan version 1?' });
    await dialog.getByRole('button', { name: 'Sign plan' }).click();
    const active = page.getByRole('region', { name: 'Active plan, version 1' });
    await active.waitFor();
    expect(await active.textContent()).toContain('Dana Whitfield, LCSW');
    expect(await active.textContent()).toContain('sleep through the night most nights');
    expect(await active.textContent()).toContain('Practise a relaxation or breathing skill');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Write shows the active plan for this client, and its goals to tick (the golden thread).
    await page.goto(`${app.url}/#/write?client=${client.id}`);
    await page.getByText('Active plan version 1').waitFor();
    const ticks = page.getByRole('group', { name: 'Plan goals addressed (version 1)' });
    await ticks.getByText('No plan goal addressed').waitFor();
    await ticks.getByLabel('Goal 1: sleep through the night most nights').check();
    await ticks.getByLabel('Progress').selectOption('improved');
    await ticks.getByLabel('Line (optional)').fill('slept 6 hours on 4 nights');
    expect(await ticks.getByText('No plan goal addressed').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Post-session summary').fill('Client reported sleeping better. Reviewed sleep diary.');
    await page.screenshot({ path: join(SCREENSHOTS, '31-write-plan-goals.png'), fullPage: true });
    const compose = page.waitForRequest((r) => r.url().endsWith('/api/compose'));
    await page.getByRole('button', { name: 'Generate note' }).click();
    expect((await compose).postDataJSON().planProgress).toEqual({ clientId: client.id, items: [{ goalId: 'g1', objectiveId: null, progress: 'improved', note: 'slept 6 hours on 4 nights' }] });
    await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/#\/notes\/[\w-]+$/);
  });

  test('a plan whose review date has passed is flagged as overdue on Write', async () => {
    const { client } = await api<{ client: { id: string } }>('post', '/api/clients', { displayName: 'T.S.' });
    const { plan } = await api<{ plan: Record<string, unknown> }>('post', '/api/plans/draft', { summary: 'Goal: walk daily. Review 2026-01-15.' });
    const saved = await api<{ plan: { id: string } }>('post', `/api/clients/${client.id}/plans`, { content: plan });
    await api('post', `/api/plans/${saved.plan.id}/sign`);
    await page.goto(`${app.url}/#/write?client=${client.id}`);
    await page.getByText('Plan review overdue').waitFor();
    await page.goto(`${app.url}/#/clients/${client.id}/plan`);
    await page.getByText('Plan review overdue: the review date was').waitFor();
  });
});
