// The whole daily path in a real browser against the real server: first run, sign in, a client,
// a SOAP note from a typed summary reviewed against its source, edited, fixed, signed, copied and
// found again; and a note from the worksheet alone. Screenshots of each page go to docs/screenshots;
// axe checks every state screenshotted, and the dialogs, errors and empty lists between them.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible } from './check-accessibility.ts';
import { SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };
const SUMMARY =
  '53 min telehealth indiv session. Pt reports sleep improved to 6 hrs since last wk but still anxious about work deadlines. ' +
  'Pt tearful when discussing conflict w/ manager. Used CBT cognitive restructuring around "I always fail"; pt engaged and identified two alternative thoughts. ' +
  'Denies SI/HI.';

let app: WebApp;
let page: Page;

/** Saves a screenshot; confirmations (toasts) are hidden unless the shot is about one. */
async function shot(name: string, options: { target?: Page; toasts?: boolean } = {}): Promise<void> {
  const target = options.target ?? page;
  // The CSP forbids injected styles, so wait for confirmations to fade instead of hiding them.
  if (!options.toasts) await target.locator('.toast').first().waitFor({ state: 'detached', timeout: 6_000 });
  await target.waitForTimeout(200);
  await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  await expectAccessible(target, name);
}

beforeAll(async () => {
  app = await startWebApp();
  page = app.page;
});

afterAll(async () => {
  await app?.close();
});

describe('a clinician in the browser', () => {
  test('first run asks for the owner account, offers two-step sign-in and signs the owner in', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Afterword' }).isVisible()).toBe(true);
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Credentials').fill(OWNER.credentials);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
    await page.getByLabel('Confirm password').fill(OWNER.password);
    await shot('01-first-run-setup');
    await page.getByRole('button', { name: 'Create account' }).click();
    // Two-step sign-in is offered at once (first-run-and-routes.test.ts turns it on there).
    await page.getByRole('heading', { name: 'Protect your account' }).waitFor();
    await shot('01b-first-run-two-step-offer');
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
  });

  test('signing out and in again', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('That email and password do not match an account.').waitFor();
    await expectAccessible(page, 'sign-in with a wrong password');
    await page.getByLabel('Password').fill(OWNER.password);
    await shot('02-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
  });

  test('adding a client with pronouns and a diagnosis from the ICD-10 picker', async () => {
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByText('No clients yet.').waitFor();
    await expectAccessible(page, 'clients, none yet');
    for (const name of ['R.K.', 'Alex P.']) {
      await page.getByRole('link', { name: 'Add client' }).first().click();
      if (name === 'R.K.') await expectAccessible(page, 'add-client form');
      await page.getByLabel('Display name').fill(name);
      await page.getByRole('button', { name: 'Add client' }).click();
      await page.getByRole('heading', { name, level: 2 }).waitFor();
    }
    await page.getByRole('link', { name: 'Add client' }).first().click();
    await page.getByLabel('Display name').fill('J.M.');
    await page.getByLabel('Pronouns').selectOption('she');
    await page.getByLabel('Preferred note format').selectOption('soap');
    await page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' }).fill('F41.1');
    await page.getByRole('listbox', { name: 'Matching ICD-10 codes' }).getByRole('option').first().waitFor();
    await page.getByLabel('Context for notes').fill('Working on work-related anxiety and sleep. Goal: sleep 7 hours most nights.');
    await page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' }).focus();
    await shot('03b-client-form-icd10');
    await page.getByRole('combobox', { name: 'Diagnoses (ICD-10)' }).press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Chosen diagnoses' }).textContent()).toContain('F41.1');
    await page.getByLabel('Context for notes').fill('Working on work-related anxiety and sleep. Goal: sleep 7 hours most nights.');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { name: 'J.M.', level: 2 }).waitFor();
    // Editing clears a field as well as sets one.
    await page.getByRole('button', { name: 'Edit' }).click();
    await expectAccessible(page, 'editing a client');
    await page.getByLabel('Pronouns').selectOption('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Not specified').waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Pronouns').selectOption('she');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('she / her', { exact: true }).waitFor();
    expect(await page.locator('.client-list .client-list__name').allTextContents()).toEqual(['Alex P.', 'J.M.', 'R.K.']);
    await shot('03-clients');
  });

  test('writing a SOAP note from a typed post-session summary', async () => {
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    // Nothing written yet: Generate waits for a summary or the worksheet.
    expect(await page.getByRole('button', { name: 'Generate note' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'Write, empty');
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'J.M.' });
    await page.getByRole('radio', { name: 'SOAP' }).check();
    await page.getByLabel('Post-session summary').fill(SUMMARY);
    // Leaving the page before generating keeps the text (in memory only).
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    await expectAccessible(page, 'Notes, none yet');
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await expect.poll(() => page.getByLabel('Post-session summary').inputValue()).toBe(SUMMARY);
    // The client list loads again; the chosen client is still chosen.
    await expect.poll(() => page.getByLabel('Client', { exact: true }).locator('option:checked').textContent()).toBe('J.M.');
    await shot('04-write-note');
    await page.getByRole('button', { name: 'Generate note' }).click();
    await page.getByRole('heading', { name: /Subjective/i }).waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/#\/notes\//);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('J.M.');
  });

  test('hovering a sentence highlights the words of the summary it came from', async () => {
    const sentence = page.locator('.note-section[data-section="subjective"] .sentence').first();
    await sentence.hover();
    const marked = page.locator('.source-summary mark.is-source');
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    const markedText = (await marked.allTextContents()).join(' ');
    expect(SUMMARY).toContain(markedText.split(' ')[0]);
    await shot('05-review-provenance');
    // Keyboard users get the same: focusing a sentence highlights its source.
    await page.mouse.move(0, 0);
    await sentence.focus();
    await expect.poll(() => marked.count()).toBeGreaterThan(0);
    // What no sentence was written from can be shown, so a dropped fact is easy to spot.
    const unused = page.getByLabel(/Show what the note does not use/);
    if ((await unused.count()) > 0) {
      await unused.check();
      await expect.poll(() => page.locator('.source-summary .is-unused').count()).toBeGreaterThan(0);
      await unused.uncheck();
    }
  });

  test('editing a sentence in place marks it as the clinician’s and saves it', async () => {
    const sentence = page.locator('.note-section[data-section="subjective"] .sentence').first();
    await sentence.click();
    const editor = page.getByRole('textbox', { name: /Edit sentence/ });
    await expectAccessible(page, 'review, editing a sentence');
    await editor.fill('Client reported sleeping about six hours a night since the last session.');
    await editor.press('Enter');
    await page.locator('.note-section[data-section="subjective"] .edited-tag').first().waitFor();
    await page.locator('.save-state--ok').waitFor();
    // The edit is stored: a reload shows it, still marked as edited.
    await page.reload();
    await page.getByText('Client reported sleeping about six hours a night since the last session.').waitFor();
    expect(await page.locator('.note-section[data-section="subjective"] .edited-tag').count()).toBe(1);
  });

  test('a warning links to its section and is addressed by adding the missing content', async () => {
    const warnings = page.locator('.warning[data-code]');
    await expect.poll(() => warnings.count()).toBeGreaterThan(0);
    // The summary gave no plan: the plan section asks for one.
    const planWarning = page.locator('.warning').filter({ has: page.getByRole('button', { name: /Go to Plan/ }) }).first();
    await planWarning.waitFor();
    await planWarning.getByRole('button', { name: /Go to Plan/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('section-plan');
    const plan = page.locator('.note-section[data-section="plan"]');
    await plan.getByRole('button', { name: 'Add sentence' }).click();
    const editor = page.getByRole('textbox', { name: /Edit sentence/ });
    await editor.fill('Client will complete a thought record three times before the next session in one week.');
    await editor.press('Enter');
    await planWarning.locator('.warning__state').waitFor();
    await expect.poll(() => planWarning.getAttribute('class')).toContain('is-done');
    await page.locator('.save-state--ok').waitFor();
    await shot('06-review-edited');
    // Back to the top for the signing step.
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test('signing locks the note with name, credentials and time', async () => {
    await page.getByRole('button', { name: 'Sign note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign this note?' });
    await dialog.waitFor();
    await shot('07-sign-dialog');
    await dialog.getByRole('button', { name: `Sign as ${OWNER.name}, ${OWNER.credentials}` }).click();
    await page.getByText(`Signed by ${OWNER.name}, ${OWNER.credentials}`).waitFor();
    expect(await page.locator('.sentence[role="button"]').count()).toBe(0);
    // The clinician's plan replaced the bracketed prompt: nothing "[Not documented…]" was signed.
    expect(await page.locator('.note-section[data-section="plan"]').textContent()).not.toContain('[');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('08-review-signed');
    expect(await page.getByRole('button', { name: 'Add sentence' }).count()).toBe(0);
  });

  test('copying the note puts plain text with section titles on the clipboard', async () => {
    await page.getByRole('button', { name: 'Copy note' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the whole note' }).waitFor();
    await shot('07b-copied', { toasts: true });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Session|^Subjective/m);
    expect(copied).toContain('Subjective\n');
    expect(copied).toContain('Client reported sleeping about six hours a night since the last session.');
    expect(copied).toContain(`Electronically signed by ${OWNER.name}, ${OWNER.credentials}`);
    expect(copied).not.toMatch(/edited|<[a-z]/);

    await page.getByRole('button', { name: 'Copy Plan' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied Plan' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Plan\n.*thought record/);
  });

  test('an addendum can be signed on the locked note', async () => {
    await page.getByLabel('New addendum').fill('Client called the next day to confirm the appointment time.');
    await page.getByRole('button', { name: 'Sign addendum' }).click();
    await page.locator('.addendum').filter({ hasText: 'confirm the appointment time' }).waitFor();
    await expectAccessible(page, 'signed note with an addendum');
    expect(await page.locator('.addendum__meta').textContent()).toContain(`Signed by ${OWNER.name}, ${OWNER.credentials} on`);
  });

  test('the note is found in history by search, with its status', async () => {
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    await page.getByLabel('Search notes').fill('J.M.');
    const row = page.getByRole('row').filter({ hasText: 'J.M.' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('Signed');
    expect(await row.first().textContent()).toContain('SOAP');
  });

  test('the last plan is offered as context for the client’s next note', async () => {
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await page.getByRole('heading', { name: 'Write a note', level: 1 }).waitFor();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'J.M.' });
    const context = page.getByRole('complementary', { name: 'Context' });
    await context.getByRole('heading', { name: 'Last plan' }).waitFor();
    expect(await context.textContent()).toContain('thought record three times');
    await context.getByLabel("Use J.M.'s profile and last plan as context").waitFor();
  });

  test('a note from the worksheet alone', async () => {
    await page.getByRole('link', { name: 'Write a note' }).first().click();
    await page.getByRole('heading', { name: 'Write a note' }).waitFor();
    await page.getByLabel('Client', { exact: true }).selectOption({ label: 'No client (a note without a profile)' });
    await page.getByRole('radio', { name: 'DAP' }).check();
    await page.getByRole('tab', { name: /Worksheet/ }).click();
    await page.getByLabel('Minutes').fill('50');
    await page.getByRole('group', { name: 'Modality' }).getByLabel('Video').check();
    await page.getByRole('group', { name: 'Mood' }).getByLabel('anxious', { exact: true }).check();
    // Keyboard: Tab reaches a chip, Space ticks it.
    await page.getByRole('group', { name: 'Affect' }).getByLabel('congruent', { exact: true }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('group', { name: 'Affect' }).getByLabel('congruent', { exact: true }).isChecked()).toBe(true);
    await page.getByRole('group', { name: 'Suicidal ideation' }).getByLabel('Denied').check();
    await page.getByRole('group', { name: 'Homicidal ideation' }).getByLabel('Denied').check();
    await page.getByRole('group', { name: 'CBT interventions' }).getByLabel('cognitive restructuring').check();
    await page.getByRole('group', { name: 'Client response' }).getByLabel('engaged', { exact: true }).check();
    await page.getByLabel('Homework', { exact: true }).fill('Thought record daily');
    await expect.poll(() => page.getByRole('tab', { name: /Worksheet/ }).textContent()).toMatch(/\d/);
    await page.locator('.ws-section').nth(1).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot('10-worksheet');
    await page.getByRole('button', { name: 'Generate note' }).click();
    await page.getByRole('heading', { name: /^Data$/i }).waitFor({ timeout: 15_000 });
    // The review shows the worksheet as the source; a sentence from it highlights its item.
    await page.locator('.source-worksheet').waitFor();
    const fromWorksheet = page.locator('.sentence[data-sources]:not([data-sources="0"])');
    await expect.poll(() => fromWorksheet.count()).toBeGreaterThan(0);
    await fromWorksheet.first().hover();
    await expect.poll(() => page.locator('.ws-item.is-source').count()).toBeGreaterThan(0);
    // The intervention sentence points at the ticked CBT intervention.
    await page.locator('.sentence', { hasText: 'cognitive restructuring' }).first().hover();
    await expect.poll(() => page.locator('.ws-item.is-source').allTextContents()).toEqual([expect.stringContaining('cognitive restructuring')]);
    await shot('11-review-worksheet');
  });

  test('regenerating in another format keeps the clinician’s edits when asked to', async () => {
    const data = page.locator('.note-section[data-section="data"]');
    await data.locator('.sentence').first().click();
    const mine = 'Mood was anxious and affect congruent with content.';
    await page.getByRole('textbox', { name: /Edit sentence/ }).fill(mine);
    await page.getByRole('textbox', { name: /Edit sentence/ }).press('Enter');
    await page.locator('.save-state--ok').waitFor();

    await page.getByLabel('Format', { exact: true }).selectOption('birp');
    await page.getByRole('button', { name: 'Regenerate draft' }).click();
    const ask = page.getByRole('dialog', { name: 'Keep your edits?' });
    await ask.waitFor();
    await expectAccessible(page, 'regenerate, keep-your-edits dialog');
    await ask.getByRole('button', { name: 'Keep my edits' }).click();
    await page.getByRole('heading', { name: /^Behavior$/i }).waitFor();
    expect(await page.locator('.eyebrow').textContent()).toContain('BIRP');
    expect(await page.locator('.note').textContent()).toContain(mine);
    expect(await page.locator('.edited-tag').count()).toBe(1);

    // Discarding is a choice too, and it is stored.
    await page.getByLabel('Format', { exact: true }).selectOption('dap');
    await page.getByRole('button', { name: 'Regenerate draft' }).click();
    await ask.getByRole('button', { name: 'Discard my edits' }).click();
    await page.getByRole('heading', { name: /^Data$/i }).waitFor();
    expect(await page.locator('.note').textContent()).not.toContain(mine);
    await page.locator('.save-state--ok').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /^Data$/i }).waitFor();
  });

  test('history lists both notes with their status and purge dates', async () => {
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { name: 'Notes' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('tbody').textContent()).toMatch(/Draft.*in 14 days|in 14 days.*Draft/s);
    await shot('09-history');
  });

  test('settings and the audit log', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Refer to yourself as').selectOption('this writer');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved' }).waitFor();
    await shot('12-settings');

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText(/Intact: all \d+ entries check out/).waitFor();
    await page.getByText(/Checkpoint: entry \d+, written .+, matches the log/).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'sign' }).count()).toBeGreaterThan(0);
    await shot('13-audit-log');
  });

  test('a draft is deleted from history after confirming', async () => {
    await page.getByRole('link', { name: 'Notes' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    const draft = page.getByRole('row').filter({ hasText: 'Draft' });
    await draft.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this note?' });
    await confirm.waitFor();
    await expectAccessible(page, 'delete-note dialog');
    await confirm.getByRole('button', { name: 'Keep note' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.locator('tbody tr').count()).toBe(2);
    await draft.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete note' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody').textContent()).toContain('Signed');
  });

  test('a signed note cannot be deleted; marked entered in error, it is kept and shown as such', async () => {
    const signedRow = page.getByRole('row').filter({ hasText: 'Signed' });
    expect(await signedRow.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await signedRow.getByRole('link', { name: 'Open' }).click();
    await page.getByRole('button', { name: 'Entered in error…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark this note entered in error?' });
    expect(await dialog.getByRole('button', { name: 'Mark entered in error' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'entered-in-error dialog');
    await dialog.getByLabel('Reason').fill('Written for the wrong client');
    await dialog.getByRole('button', { name: 'Mark entered in error' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Entered in error' }).waitFor();
    await page.getByText(/Marked entered in error on .+: Written for the wrong client/).waitFor();
    await expectAccessible(page, 'note entered in error');
    await page.getByRole('link', { name: 'Notes' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('tbody').textContent()).toContain('Entered in error');
  });

  test('nothing was requested from another origin, nothing broke the CSP, and no clinical text was left in browser storage', async () => {
    expect(app.externalRequests).toEqual([]);
    // A Content-Security-Policy violation or an uncaught error would be logged here.
    expect(app.pageErrors).toEqual([]);
    const stored = await page.evaluate(async () => {
      const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
      return { local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage), idb: dbs.length };
    });
    expect(stored.local).not.toContain('sleep');
    expect(stored.session).not.toContain('sleep');
    expect(stored).toEqual({ local: '{}', session: '{}', idb: 0 });
  });
});
