// In Chromium: the clinician turns on their own model in Settings (a fake OpenAI-compatible server
// on loopback, answering first as plain JSON, later as a server-sent-events stream), sees the
// data-flow statement follow, generates a note on the Write page and polishes it on the review
// page. The model's wording goes into the note with its own sentence marked "model-added", stays
// through a reload, and can be undone back to the draft. Hostile replies (an invented medication,
// invented suicidal ideation) are discarded with the check's name, and the note is unchanged.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../support/fake-model-server.ts';
import { accessibilityViolations } from './check-accessibility.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp, type WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const SUMMARY = '50 min indiv. Client reported poor sleep x2 wks. Taking sertraline 50mg. Denies SI/HI. Used CBT thought record.';
const ADDED = 'Overall, these concerns were the focus.';
let app: WebApp;
let page: Page;
let model: FakeModelServer;

const subjective = (): Promise<string | null> => page.locator('.note-section[data-section="subjective"] .note-section__text').textContent();
const marked = () => page.locator('.note .sentence.is-model-added');
const panel = () => page.locator('.panel').filter({ has: page.getByRole('heading', { name: 'Your model' }) });
/** Reloads the review page and waits for the note (expect.poll alone gives up after a second). */
async function reload(): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: /Subjective/i }).waitFor();
}
/** The next save of the note (the indicator may still say "Saved" from the one before). */
const nextSave = () => page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/notes/') && r.ok());

async function saveModelSettings(options: { stream: boolean }): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Your own model' });
  await form.getByLabel('Polish drafts with my model').check();
  await form.getByLabel('Model address').fill(model.baseUrl);
  await form.getByLabel('Model name').fill('local-test');
  await form.getByLabel('Key').fill('sk-local-test');
  await form.getByLabel('Stream the reply').setChecked(options.stream);
  await form.getByRole('button', { name: 'Save model settings' }).click();
  await expect.poll(() => form.textContent()).toContain('Saved address: on this computer.');
}

beforeAll(async () => {
  // Rewords one sentence and adds one of its own to the section with the sleep complaint.
  model = await startFakeModelServer({ text: (s) => (s.includes('poor sleep') ? `${s.replace('Taking sertraline', 'The client is taking sertraline')} ${ADDED}` : s) });
  app = await startWebApp();
  page = app.page;
  await createOwnerAccount(page, app.url, OWNER);
});
afterAll(async () => {
  await app?.close();
  await model?.close();
});

test('turn on my model, generate, polish into the note, see what it added, undo, and see hostile replies refused', async () => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const statement = page.getByRole('region', { name: 'Data-flow statement' });
  await expect.poll(() => statement.textContent()).toContain('No outside service receives anything');
  await saveModelSettings({ stream: false });
  await expect.poll(() => statement.textContent()).toContain('sent to a language model running on this same computer');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Generate a draft on the Write page.
  await page.getByRole('link', { name: 'Write a note' }).first().click();
  await page.getByRole('radio', { name: 'SOAP' }).check();
  await page.getByLabel('Post-session summary').fill(SUMMARY);
  await page.getByRole('button', { name: 'Generate note' }).click();
  await page.getByRole('heading', { name: /Subjective/i }).waitFor({ timeout: 15_000 });
  const draft = await subjective();
  expect(draft).toContain('poor sleep');
  expect(draft).not.toContain(ADDED);
  const risk = await page.locator('.note-section[data-section="risk"]').textContent();

  // Polish (plain JSON reply): the model's wording is now the note's, its own sentence marked.
  let saved = nextSave();
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'wording is in the note' }).count()).toBe(1);
  expect(await page.getByRole('status').filter({ hasText: 'wording is in the note' }).textContent()).toBe(
    'Your model’s wording is in the note: 1 sentence reworded; 1 sentence added by your model, marked “model-added”: read it before signing.',
  );
  expect(await marked().allTextContents()).toEqual([ADDED]);
  expect(await page.locator('.note-section[data-section="subjective"] .model-added-tag').textContent()).toBe('model-added');
  expect(await subjective()).toContain(ADDED);
  expect(await page.locator('.note-section[data-section="risk"]').textContent()).toBe(risk);
  const sent = model.requests.at(-1);
  expect(sent?.stream).toBe(false);
  expect(sent?.authorization).toBe('Bearer sk-local-test');
  // What left: redacted narrative sections only, never the risk section.
  expect(JSON.stringify(model.requests)).not.toContain('suicidal');
  // The reworded sentences keep their sources: hovering one marks the summary's words.
  await page.locator('.note-section[data-section="subjective"] .sentence').first().hover();
  await expect.poll(() => page.locator('.source-summary mark.is-source').count()).toBeGreaterThan(0);
  // The model's own sentence has no source to show.
  expect(await marked().first().getAttribute('data-sources')).toBe('0');
  await saved;
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SCREENSHOTS, '32-review-polished-model-added.png'), fullPage: true });
  await panel().screenshot({ path: join(SCREENSHOTS, '32b-polish-panel-adopted.png') });
  expect(await accessibilityViolations(page)).toEqual([]);

  // Undo: back to the composer's draft, nothing marked.
  saved = nextSave();
  await page.getByRole('button', { name: 'Back to the draft before polishing' }).click();
  await expect.poll(() => subjective()).toBe(draft);
  expect(await marked().count()).toBe(0);
  await saved;
  await reload();
  await expect.poll(() => subjective()).toBe(draft);

  // Polish again; the adopted wording and its mark are stored with the note, and signing asks about it.
  saved = nextSave();
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  await expect.poll(() => marked().count()).toBe(1);
  await saved;
  await reload();
  await expect.poll(() => marked().allTextContents()).toEqual([ADDED]);
  const polished = await subjective();
  await page.getByRole('button', { name: 'Sign note' }).click();
  await expect.poll(() => page.getByRole('dialog').textContent()).toContain('Written by your model');
  await page.getByRole('button', { name: 'Keep editing' }).click();
  const noteUrl = page.url();

  // An edit made while the model works wins: the reply, checked against the note as it was, is set aside.
  model.answer = { delayMs: 2_000, text: (s) => s };
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  await page.getByRole('status').filter({ hasText: 'Your model is rewording the draft' }).waitFor();
  await page.locator('.note-section[data-section="objective"] .sentence').first().click();
  const editor = page.getByRole('textbox', { name: /Edit sentence/ });
  await editor.fill('Therapist used a cognitive behavioral therapy (CBT) thought record about sleep.');
  await editor.press('Enter');
  await expect.poll(() => page.getByRole('alert').filter({ hasText: 'set aside' }).count(), { timeout: 10_000 }).toBe(1);
  expect(await page.locator('.note-section[data-section="objective"]').textContent()).toContain('thought record about sleep.');
  expect(await marked().allTextContents()).toEqual([ADDED]);

  // Streaming on; hostile replies are discarded, naming the check, and the note stays as it was.
  await saveModelSettings({ stream: true });
  await page.goto(noteUrl);
  await page.getByRole('heading', { name: /Subjective/i }).waitFor();
  model.answer = { text: (s) => s.replace('sertraline 50mg', 'sertraline 50mg and lorazepam') };
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'discarded' });
  await expect.poll(() => refusal.textContent()).toMatch(/discarded because it named a medication the draft does not .*Your draft is unchanged\./);
  expect(model.requests.at(-1)?.stream).toBe(true);
  expect(await subjective()).toBe(polished);
  // "Model settings saved" fades first: it would cover the panel.
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 8_000 });
  await panel().screenshot({ path: join(SCREENSHOTS, '33-review-polish-refused.png') });

  model.answer = { text: (s) => `${s} Client endorsed suicidal ideation with a plan.` };
  await page.getByRole('button', { name: 'Polish with my model' }).click();
  await expect.poll(() => refusal.textContent()).toMatch(/discarded because .*risk/i);
  expect(await subjective()).toBe(polished);
  expect(await page.locator('.note-section[data-section="risk"]').textContent()).toBe(risk);
  await reload();
  await expect.poll(() => subjective()).toBe(polished);
  expect(app.externalRequests).toEqual([]);
}, 180_000);
