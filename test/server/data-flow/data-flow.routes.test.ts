// Settings show a data-flow statement written from the configuration: by default nothing goes
// anywhere; with the clinician's own model or transcription service, the statement says where it
// is and what it receives.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type ApiClient, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

let t: TestServer;
let owner: ApiClient;
beforeEach(async () => {
  t = await startTestServer();
  owner = await setUpOwner(t);
});
afterEach(() => t.stop());

const statement = async (): Promise<string> => ((await owner.get('/api/settings/data-flow')).body.statement as string[]).join('\n');

it('says what is stored where, encrypted how, kept how long, and that no outside service receives anything', async () => {
  const text = await statement();
  expect(text).toMatch(/never recorded/);
  expect(text).toMatch(t.databaseUrl ? /PostgreSQL database/ : /on this computer, in one database file/);
  expect(text).toMatch(/AES-256-GCM/);
  expect(text).toMatch(/deleted automatically after 14 days/);
  expect(text).toMatch(/No outside service receives anything/);
});

it('follows the configuration: retention, and an outside model service named with what it receives', async () => {
  const settings = (await owner.get('/api/settings')).body.settings;
  await owner.call('PUT', '/api/settings', { ...settings, retentionDays: 30 });
  await owner.call('PUT', '/api/settings/model', { enabled: true, baseUrl: 'https://models.example.com/v1', model: 'm', confirmOutside: true });
  const text = await statement();
  expect(text).toMatch(/deleted automatically after 30 days/);
  expect(text).toMatch(/outside language model service at models\.example\.com/);
  expect(text).toMatch(/never the session details or the risk assessment/);
  expect(text).not.toMatch(/No outside service/);
});

it('names a transcription service for dictated summaries, and no longer says that nothing leaves', async () => {
  await owner.call('PUT', '/api/settings/transcription', { transcription: { baseUrl: 'http://127.0.0.1:8000/v1', model: 'whisper-1' } });
  let text = await statement();
  expect(text).toMatch(/recording of that summary, which may name you, is sent to a speech-to-text service running on this same computer, turned into text and deleted/);
  expect(text).toMatch(/No language model service is involved/);
  expect(text).not.toMatch(/No outside service receives anything/);

  await owner.call('PUT', '/api/settings/transcription', { transcription: { baseUrl: 'https://speech.example.com/v1', model: 'whisper-1', allowRemote: true } });
  text = await statement();
  expect(text).toMatch(/outside speech-to-text service at speech\.example\.com, which can hear it/);

  await owner.call('PUT', '/api/settings/transcription', { transcription: null });
  expect(await statement()).toMatch(/No outside service receives anything/);
});
