// Dictating the post-session summary in the browser, with a page-level SpeechRecognition stand-in
// (speech-recognition-stand-in.ts): recognition runs only when the browser promises it stays on
// the device; interim words show as they are recognised; the final text lands in the Text box to
// be read before generating; the 5-minute cap stops it; a browser that cannot promise on-device
// recognition is told so and offered the other ways; errors and Cancel keep nothing.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FakeTranscriptionServer, startFakeTranscriptionServer } from '../support/fake-transcription-server.ts';
import { accessibilityViolations } from './check-accessibility.ts';
import { installSpeechStandIn, type SpeechStandInState } from './speech-recognition-stand-in.ts';
import { createOwnerAccount, SCREENSHOTS, startWebApp } from './start-web-app.ts';
import type { WebApp } from './start-web-app.ts';

const OWNER = { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@example.test', password: 'quiet harbour lantern 42' };

let app: WebApp;
let page: Page;
let fake: FakeTranscriptionServer;

interface PageSpeech extends SpeechStandInState {
  current: { hear(text: string, isFinal: boolean): void; fail(code: string): void } | null;
}
type SpeechWindow = Window & { __speech: PageSpeech };

const speech = (): Promise<SpeechStandInState> =>
  page.evaluate(() => {
    const { availableCalls, installCalls, starts, stops, aborts, status } = (window as unknown as SpeechWindow).__speech;
    return { availableCalls, installCalls, starts, stops, aborts, status };
  });
const setStatus = (status: SpeechStandInState['status']): Promise<void> =>
  page.evaluate((s) => {
    (window as unknown as SpeechWindow).__speech.status = s;
  }, status);
/** The microphone "hears" words (interim until final). */
const hear = (text: string, isFinal: boolean): Promise<void> =>
  page.evaluate(([t, f]) => (window as unknown as SpeechWindow).__speech.current?.hear(t as string, f as boolean), [text, isFinal] as const);
const fail = (code: string): Promise<void> => page.evaluate((c) => (window as unknown as SpeechWindow).__speech.current?.fail(c), code);

const summaryBox = (): ReturnType<Page['getByLabel']> => page.getByLabel('Post-session summary');
const panel = (): ReturnType<Page['getByRole']> => page.getByRole('region', { name: 'Dictate your summary' });

/** A fresh Write page with the dictation panel open. */
async function openDictation(status: SpeechStandInState['status']): Promise<void> {
  // Away and back: the panel closes; the summary typed so far is kept in memory, so it is cleared.
  await page.goto(`${app.url}/#/clients`);
  await page.goto(`${app.url}/#/write`);
  await page.getByRole('heading', { name: 'Write a note' }).waitFor();
  await summaryBox().fill('');
  await setStatus(status);
  await page.getByRole('button', { name: 'Dictate summary' }).click();
  await panel().waitFor();
  await page.getByText('Checking how this browser recognises speech').waitFor({ state: 'detached' });
}

beforeAll(async () => {
  // Chromium's fake microphone (a tone) for recording to the transcription service.
  app = await startWebApp({ browserArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
  await app.context.grantPermissions(['microphone'], { origin: app.url });
  fake = await startFakeTranscriptionServer();
  page = app.page;
  await page.clock.install();
  await page.addInitScript(installSpeechStandIn);
  await createOwnerAccount(page, app.url, OWNER);
});

afterAll(async () => {
  await app?.close();
  await fake?.close();
});

describe('dictating the summary on the device', () => {
  test('the Write page offers "Dictate summary" as the summary after the session, never the session', async () => {
    const button = page.getByRole('button', { name: 'Dictate summary' });
    await button.waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'dictation-button.png') });
    expect(await page.locator(`#${await button.getAttribute('aria-describedby')}`).textContent()).toBe(
      'Speak your summary after the session (at most 5 minutes). Never the session itself.',
    );
  });

  test('recognises on the device only, shows interim words, and puts the final text in the Text box to read before generating', async () => {
    await openDictation('available');
    // Every question to the browser is about recognition on the device.
    const asked = (await speech()).availableCalls;
    expect(asked.length).toBeGreaterThan(0);
    for (const call of asked) expect(call).toEqual({ langs: ['en-US'], processLocally: true });
    expect(await panel().textContent()).toContain('After the session, never during it · at most 5 minutes');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Start dictating' }).click();
    expect((await speech()).starts).toEqual([{ processLocally: true, lang: 'en-US', continuous: true, interimResults: true }]);
    await panel().getByText('0:00').waitFor();
    expect(await panel().textContent()).toContain('Listening (on this device)');

    await hear('fifty three minutes telehealth', false);
    await panel().locator('.dictation__interim', { hasText: 'fifty three minutes telehealth' }).waitFor();
    await hear('fifty three minutes telehealth individual.', true);
    await hear('client reports sleep improved', false);
    await panel().locator('.dictation__interim', { hasText: 'client reports sleep improved' }).waitFor();
    expect(await panel().locator('.dictation__live').textContent()).toContain('fifty three minutes telehealth individual. client reports sleep improved');
    expect(await summaryBox().inputValue()).toBe('');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'dictation-listening.png') });

    await page.clock.fastForward(42_000);
    await panel().getByText(/^0:4\d$/).waitFor();
    await page.getByRole('button', { name: 'Stop and add to summary' }).click();
    await panel().getByRole('status').waitFor();
    expect(await panel().getByRole('status').textContent()).toBe('Added 9 words to the Text box. Read them there before you generate.');
    expect(await summaryBox().inputValue()).toBe('fifty three minutes telehealth individual. client reports sleep improved');
    expect((await speech()).stops).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A second dictation adds to what is there; the clinician edits, then generates.
    await page.getByRole('button', { name: 'Dictate more' }).click();
    await hear('denies SI HI. plan thought record.', true);
    await page.getByRole('button', { name: 'Stop and add to summary' }).click();
    await panel().getByText('Added 6 words').waitFor();
    expect(await summaryBox().inputValue()).toBe('fifty three minutes telehealth individual. client reports sleep improved\ndenies SI HI. plan thought record.');
    await page.getByRole('button', { name: 'Generate note' }).click();
    await page.getByRole('heading', { name: /Subjective/i }).waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/#\/notes\//);
    await page.getByText(/sleep improved/i).first().waitFor();
    expect(app.externalRequests).toEqual([]);
  });

  test('stops at the 5-minute cap and keeps what was said', async () => {
    await openDictation('available');
    await page.getByRole('button', { name: 'Start dictating' }).click();
    await hear('client reports a hard week at work.', true);
    await page.clock.fastForward('04:50');
    await panel().getByText(/^4:5\d$/).waitFor();
    expect(await summaryBox().inputValue()).toBe('');
    await page.clock.fastForward(11_000);
    await panel().getByText('Stopped at the 5-minute limit. Added 7 words to the Text box.').waitFor();
    expect(await summaryBox().inputValue()).toBe('client reports a hard week at work.');
  });

  test('Cancel and recognition errors put nothing in the summary', async () => {
    await openDictation('available');
    await page.getByRole('button', { name: 'Start dictating' }).click();
    await hear('client named a colleague', true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await panel().getByText('Cancelled. Nothing was kept.').waitFor();
    expect(await summaryBox().inputValue()).toBe('');

    await page.getByRole('button', { name: 'Start dictating' }).click();
    await fail('not-allowed');
    await panel().getByText('The browser was not allowed to use the microphone. Allow it in the address bar, then start again.').waitFor();
    expect(await summaryBox().inputValue()).toBe('');
    await page.getByRole('button', { name: 'Start dictating' }).waitFor();
  });

  test('offers to download on-device recognition when the browser can', async () => {
    await openDictation('downloadable');
    expect(await page.getByRole('button', { name: 'Start dictating' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Download speech recognition to this device' }).click();
    await page.getByRole('button', { name: 'Start dictating' }).waitFor();
    expect((await speech()).installCalls).toEqual([{ langs: ['en-US'], processLocally: true }]);
  });
});

describe('a browser that cannot promise on-device recognition', () => {
  for (const [what, status] of [
    ['says the language is not available on the device', 'unavailable'],
    ['has recognition that cannot be asked (it may run online)', null],
  ] as const) {
    test(`is never used when it ${what}; the other ways are offered`, async () => {
      const startsBefore = (await speech()).starts.length;
      await openDictation(status);
      await panel().getByText('This browser cannot promise to recognise speech on this device').waitFor();
      expect(await page.getByRole('button', { name: 'Start dictating' }).count()).toBe(0);
      expect(await panel().getByRole('link', { name: 'Settings › Dictation' }).getAttribute('href')).toBe('#/settings');
      expect(await panel().textContent()).toContain('Type the summary in the Text box.');
      expect((await speech()).starts.length).toBe(startsBefore);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `dictation-not-local-${status ?? 'no-available'}.png`) });
    });
  }
});

describe("dictating to the clinician's own transcription service", () => {
  test('an address outside this machine and its network is saved only once confirmed', async () => {
    await page.goto(`${app.url}/#/settings`);
    const address = page.getByLabel('Service address (base URL)');
    await address.fill('https://transcribe.example.com/v1');
    await page.getByRole('form', { name: 'Dictation' }).getByLabel('Model', { exact: true }).fill('whisper-1');
    await page.getByRole('button', { name: 'Save dictation settings' }).click();
    await page.getByText(/this address is outside this machine and its private network/).waitFor();
    const confirm = page.getByLabel('Send my dictated audio, which may name clients and others, to this address outside this machine and its network');
    expect(await confirm.isChecked()).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The clinician runs the service on this machine instead, and it asks for a key.
    await address.fill(`${fake.url}/v1`);
    const key = page.getByRole('form', { name: 'Dictation' }).getByLabel('Key');
    await key.fill('sk-dictation-browser');
    await page.getByRole('button', { name: 'Save dictation settings' }).click();
    await page.getByText('Transcription service saved').waitFor();
    // Stored, never shown again.
    expect(await key.inputValue()).toBe('');
    // The data-flow statement now names where dictated summaries go.
    await expect
      .poll(() => page.getByRole('region', { name: 'Data-flow statement' }).textContent())
      .toContain('is sent to a speech-to-text service running on this same computer');
    await page.getByRole('form', { name: 'Dictation' }).getByText('A key is stored (encrypted).').waitFor();
  });

  test('records the summary, sends it as 16 kHz mono WAV through the server, and puts the text in the Text box', async () => {
    await openDictation('unavailable');
    await panel().getByText('This browser cannot promise to recognise speech on this device').waitFor();
    const host = new URL(fake.url).host;
    expect(await panel().textContent()).toContain(`Sent through Afterword's server to ${host} (Settings › Dictation), transcribed, and wiped; never stored.`);
    fake.requiredKey = 'sk-dictation-browser';
    const uploaded = fake.nextUpload();
    await page.getByRole('button', { name: 'Record for your transcription service' }).click();
    await panel().getByText(`Recording for ${host}`).waitFor();
    await page.waitForTimeout(1_500); // real audio from the fake microphone
    await page.getByRole('button', { name: 'Stop and add to summary' }).click();
    const upload = await uploaded;
    expect(upload).toMatchObject({ path: '/v1/audio/transcriptions', model: 'whisper-1', fileType: 'audio/wav', authorization: 'Bearer sk-dictation-browser' });
    const wav = upload.file!;
    expect(wav.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect([wav.readUInt16LE(22), wav.readUInt32LE(24), wav.readUInt16LE(34)]).toEqual([1, 16_000, 16]);
    expect(wav.readUInt32LE(40)).toBeGreaterThan(16_000); // more than half a second of samples
    await panel().getByRole('status').filter({ hasText: 'Added' }).waitFor();
    expect(await summaryBox().inputValue()).toBe(fake.transcript);
  });
});

test('no page errors, and nothing requested from another origin', () => {
  // The one refused save (the unconfirmed remote address) is the browser's only complaint.
  expect(app.pageErrors).toEqual(['console: Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  expect(app.externalRequests).toEqual([]);
});
