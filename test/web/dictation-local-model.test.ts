// Dictating to the Whisper model the server runs (AFTERWORD_WHISPER_MODEL), for a clinician with
// no transcription service of their own and a browser that cannot promise on-device recognition:
// the panel offers the server's model, records from Chromium's fake microphone, and puts what
// the model heard in the Text box. The model is test/support/whisper-test-model (random weights:
// it "hears" only its test words).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { accessibilityViolations } from './check-accessibility.ts';
import { installSpeechStandIn } from './speech-recognition-stand-in.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp, type WebApp } from './start-web-app.ts';

const OWNER = { name: 'Rosa Delgado', credentials: 'LMFT', email: 'rosa@example.test', password: 'amber orchard kettle 58' };
const MODEL = join(import.meta.dirname, '..', 'support', 'whisper-test-model');
const TEST_WORDS = /^(?:alpha|bravo|river|stone|maple|cloud|amber|orbit|quartz|meadow|lantern|harbor|violet|copper|willow|comet|pebble|summit|canyon|falcon)(?: \w+)*$/;

let app: WebApp;
let page: Page;

beforeAll(async () => {
  app = await startWebApp({ server: { whisperModel: MODEL }, browserArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
  await app.context.grantPermissions(['microphone'], { origin: app.url });
  page = app.page;
  await page.addInitScript(installSpeechStandIn);
  await createOwnerAccount(page, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
});

test("Settings names the server's speech model, and the data-flow statement says dictation goes nowhere", async () => {
  await page.goto(`${app.url}/#/settings`);
  await page.getByRole('form', { name: 'Dictation' }).getByText('This server runs the Whisper model whisper-test-model').waitFor();
  await expect
    .poll(() => page.getByRole('region', { name: 'Data-flow statement' }).textContent())
    .toContain('is turned into text by a speech recognition model that runs inside Afterword, on the computer that runs it, and deleted; it is sent nowhere and never stored.');
  expect(await page.getByRole('region', { name: 'Data-flow statement' }).textContent()).toContain('No outside service receives anything');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test("records the summary for the server's model and puts what it heard in the Text box", async () => {
  await page.goto(`${app.url}/#/write`);
  await page.getByRole('heading', { name: 'Write a note' }).waitFor();
  await page.evaluate(() => {
    (window as unknown as { __speech: { status: string } }).__speech.status = 'unavailable';
  });
  await page.getByRole('button', { name: 'Dictate summary' }).click();
  const panel = page.getByRole('region', { name: 'Dictate your summary' });
  await panel.getByText('This browser cannot promise to recognise speech on this device').waitFor();
  expect(await panel.textContent()).toContain('Transcribed by the Whisper model whisper-test-model on the computer that runs Afterword, and wiped; sent nowhere, never stored.');
  expect(await panel.textContent()).not.toContain('Use a transcription service you run');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'dictation-server-model.png') });

  await page.getByRole('button', { name: "Record for Afterword's speech model" }).click();
  await panel.getByText("Recording for Afterword's speech model").waitFor();
  await page.waitForTimeout(1_500); // real audio from the fake microphone
  await page.getByRole('button', { name: 'Stop and add to summary' }).click();
  await panel.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  expect(await page.getByLabel('Post-session summary').inputValue()).toMatch(TEST_WORDS);
});

test('no page errors, and nothing requested from another origin', () => {
  expect(app.pageErrors).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});
