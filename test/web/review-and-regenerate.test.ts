// Reviewing on a laptop and a phone, and regenerating without losing work: the clinician's own
// words stay in view beside the note at 1280x720 and 1366x768; the review page and the Notes list
// fit a 390 px phone; "Keep my edits" moves each of the clinician's sentences to the section with
// the same meaning in the new format and says where; an open sentence edit is not lost to a
// reload; signing out in one tab clears the others; a too-long pasted summary says what is cut.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { SCREENSHOTS, createOwnerAccount, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Rae Lindqvist', credentials: 'LMFT', email: 'rae@example.test', password: 'harbour lantern 42 quiet' };
// Enough gaps that the note has several warnings: the warnings list must not squeeze the sources.
const SUMMARY =
  'Pt reports panic attacks down to 1x this wk, still worried about work. Pt appeared tense and fidgety. Taught box breathing in session. Pt receptive, practiced twice. HW: box breathing 2x daily. F/u 1 wk.';

let app: WebApp;
let page: Page;
let noteUrl = '';

beforeAll(async () => {
  app = await startWebApp({ viewport: { width: 1280, height: 720 } });
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
  await page.getByLabel('Post-session summary').fill(SUMMARY);
  await page.getByRole('button', { name: 'Generate note' }).click();
  await page.locator('.note-section[data-section="subjective"]').waitFor({ timeout: 15_000 });
  noteUrl = page.url();
});

afterAll(async () => {
  await app?.close();
});

const section = (key: string) => page.locator(`.note-section[data-section="${key}"]`);

async function horizontalOverflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('the clinician’s words stay in view on a laptop', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ]) {
    test(`at ${viewport.width}x${viewport.height} the source panel keeps at least 300 px beside the note, with the highlight inside`, async () => {
      await page.setViewportSize(viewport);
      expect(await page.locator('.warnings__list .warning').count()).toBeGreaterThanOrEqual(2);
      // Reading the end of the note: the page is scrolled, the side column stays.
      await section('risk').scrollIntoViewIfNeeded();
      await section('plan').locator('.sentence').first().hover();
      const sources = await page.locator('.review__sources').boundingBox();
      expect(sources).not.toBeNull();
      expect(sources!.height).toBeGreaterThanOrEqual(300);
      expect(sources!.y).toBeGreaterThanOrEqual(0);
      expect(sources!.y + sources!.height).toBeLessThanOrEqual(viewport.height);
      const mark = await page.locator('.review__sources mark.is-source').first().boundingBox();
      expect(mark).not.toBeNull();
      expect(mark!.y).toBeGreaterThanOrEqual(sources!.y);
      expect(mark!.y + mark!.height).toBeLessThanOrEqual(sources!.y + sources!.height);
      await page.screenshot({ path: join(SCREENSHOTS, `review-laptop-${viewport.width}.png`) });
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

describe('on a 390 px phone', () => {
  test('the review page has no sideways scroll and its buttons are on screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await horizontalOverflow(page)).toBe(0);
    for (const name of ['Copy note', 'Sign note']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    const regenerate = page.getByRole('button', { name: 'Regenerate draft' });
    await regenerate.scrollIntoViewIfNeeded();
    const box = await regenerate.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-review.png') });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('the Notes list is one card per note, with Open and Delete reachable', async () => {
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    for (const name of ['Open', 'Delete']) {
      const box = await page.locator('tbody tr').first().getByRole(name === 'Open' ? 'link' : 'button', { name }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-notes.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(noteUrl);
    await section('subjective').waitFor();
  });
});

describe('an open sentence edit', () => {
  test('reloading the page asks first, and staying keeps the text being typed', async () => {
    await section('assessment').locator('.sentence').first().click();
    const box = page.getByRole('textbox', { name: /Edit sentence/ });
    await box.fill('Client was receptive and practiced box breathing twice with coaching.');
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.dismiss();
    });
    await page.reload({ timeout: 2_000 }).catch(() => undefined);
    expect(asked).toEqual(['beforeunload']);
    expect(await box.inputValue()).toBe('Client was receptive and practiced box breathing twice with coaching.');
    await box.press('Escape');
  });
});

describe('regenerating SOAP as GIRP with "Keep my edits"', () => {
  test('each sentence goes to the section with the same meaning, and the page says where', async () => {
    const edited = 'Therapist taught box breathing (four counts each way) and coached two rounds.';
    const addedIntervention = 'Therapist introduced grounding with the 5-4-3-2-1 technique.';
    const addedReport = 'Client said the new job starts on Monday.';
    await section('objective').locator('.sentence', { hasText: 'box breathing' }).click();
    await page.getByRole('textbox', { name: /Edit sentence/ }).fill(edited);
    await page.getByRole('textbox', { name: /Edit sentence/ }).press('Enter');
    await page.locator('.save-state--ok').waitFor();
    for (const [key, text] of [
      ['objective', addedIntervention],
      ['subjective', addedReport],
    ] as const) {
      await section(key).getByRole('button', { name: 'Add sentence' }).click();
      await page.getByRole('textbox', { name: /Edit sentence/ }).fill(text);
      await page.getByRole('textbox', { name: /Edit sentence/ }).press('Enter');
      await section(key).getByText(text).waitFor();
    }
    await page.locator('.save-state--ok').waitFor();

    await page.getByLabel('Format', { exact: true }).selectOption('girp');
    await page.getByRole('button', { name: 'Regenerate draft' }).click();
    await page.getByRole('dialog', { name: 'Keep your edits?' }).getByRole('button', { name: 'Keep my edits' }).click();
    await section('intervention').waitFor({ timeout: 15_000 });

    // An intervention stays an intervention; what the client said goes where GIRP keeps reports.
    const intervention = await section('intervention').textContent();
    expect(intervention).toContain(edited);
    expect(intervention).toContain(addedIntervention);
    expect(intervention).not.toContain('Therapist taught box breathing in session.');
    expect(await section('response').textContent()).toContain(addedReport);
    expect(await section('plan').textContent()).not.toContain(addedReport);
    expect(await page.locator('.edited-tag').count()).toBe(3);

    const notice = page.getByRole('status').filter({ hasText: 'kept in the GIRP draft' });
    await notice.waitFor();
    const items = await notice.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      expect.stringMatching(/Client said the new job.*from Subjective to Response/),
      expect.stringMatching(/Therapist taught box breathing.*from Objective to Intervention/),
      expect.stringMatching(/Therapist introduced grounding.*from Objective to Intervention/),
    ]);
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'review-kept-edits.png') });
    expect(await accessibilityViolations(page)).toEqual([]);

    // It is stored: after a reload the sentences are where the notice said.
    await page.locator('.save-state--ok').waitFor();
    await page.reload();
    expect(await section('intervention').textContent()).toContain(addedIntervention);
  });
});

describe('signing out in one tab', () => {
  test('the other tab goes to the sign-in page at once and keeps no clinical text', async () => {
    const other = await app.context.newPage();
    await other.goto(`${app.url}/#/write`);
    const unsent = 'Pt reports nightmares 3x this wk. Denies SI.';
    await other.getByLabel('Post-session summary').fill(unsent);
    const third = await app.context.newPage();
    await third.goto(noteUrl);
    await third.locator('.note-section').first().waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    for (const tab of [other, third]) {
      await tab.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 3_000 });
      expect(await tab.getByText('You signed out in another tab.').count()).toBe(1);
      const text = (await tab.locator('body').textContent()) ?? '';
      expect(text).not.toContain('nightmares');
      expect(text).not.toContain('box breathing');
    }

    // Signing in again in that tab does not bring the unsent summary back.
    await other.getByLabel('Email').fill(OWNER.email);
    await other.getByLabel('Password').fill(OWNER.password);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('link', { name: 'Write a note', exact: true }).click();
    await other.getByRole('heading', { name: 'Write a note' }).waitFor();
    expect(await other.getByLabel('Post-session summary').inputValue()).toBe('');
    await third.close();
    page = other;
  });
});

describe('a pasted summary longer than one note takes', () => {
  test('the page says how much is cut and the last words kept, keeps the full text, and the note uses the kept part', async () => {
    const kept = `${'Pt reports sleep improving and work stress easing. '.repeat(391)}Pt practiced grounding. LAST KEPT WORDS here.`;
    const rest = ' Overflow sentence about the weekend that will not fit. '.repeat(30);
    const pasted = kept + rest;
    expect(kept.length).toBeLessThan(20_000);
    expect(pasted.length).toBeGreaterThan(20_000);
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await page.getByLabel('Post-session summary').focus();
    await page.keyboard.press('ControlOrMeta+V');

    // Nothing is dropped from the box; the message says where the cut falls, before generating.
    expect((await page.getByLabel('Post-session summary').inputValue()).length).toBe(pasted.length);
    const alert = page.getByRole('alert').filter({ hasText: 'too long for one note' });
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    const used = pasted.slice(0, 20_000).replace(/\S*$/, '').trimEnd();
    expect(message).toContain(`${(pasted.length - used.length).toLocaleString('en-US')} characters too long`);
    expect(message).toContain(`first ${used.length.toLocaleString('en-US')} characters`);
    expect(message).toMatch(/which end with “…[^”]*\S”/);
    expect(message).toContain(used.split(' ').slice(-3).join(' '));
    await alert.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'write-summary-too-long.png') });
    expect(await accessibilityViolations(page)).toEqual([]);

    const generate = page.getByRole('button', { name: `Generate from the first ${used.length.toLocaleString('en-US')} characters` });
    await generate.click();
    await page.locator('.note-section').first().waitFor({ timeout: 20_000 });
    const summaryShown = (await page.locator('.source-summary__text').textContent()) ?? '';
    expect(summaryShown.length).toBe(used.length);
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
