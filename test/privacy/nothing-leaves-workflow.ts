// The whole workflow, run by nothing-leaves.test.ts inside a network namespace with only loopback
// under strace: the server from source (sign-in, client, compose, polish with a model on
// loopback, dictation on the local Whisper model, save, sign, PDF, settings, audit), then the CLI
// (note, batch, transcribe on the local model). Prints WORKFLOW OK.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AFTERWORD, runCli, startServe } from '../cli/run-cli.ts';
import { ApiClient } from '../server/start-test-server.ts';
import { makeWav } from '../support/dictation-wav.ts';
import { startFakeModelServer } from '../support/fake-model-server.ts';

const WHISPER_MODEL = join(import.meta.dirname, '..', 'support', 'whisper-test-model');

function expectStatus(what: string, status: number): void {
  if (status !== 200) throw new Error(`${what}: HTTP ${status}`);
}

const dataDir = mkdtempSync(join(tmpdir(), 'afterword-offline-'));
const model = await startFakeModelServer({ text: (s) => s });
const server = await startServe([...AFTERWORD, 'serve', '--port', '0', '--data', join(dataDir, 'data'), '--whisper-model', WHISPER_MODEL]);
try {
  const owner = new ApiClient(server.url);
  expectStatus('setup', (await owner.post('/api/setup', { name: 'Dana Whitfield', credentials: 'LCSW', email: 'dana@practice.test', password: 'correct horse battery' })).status);
  const { client } = (await owner.post('/api/clients', { displayName: 'J.R.', realName: 'Jonathan Reyes', context: 'Goes by Jon.' })).body;
  const summary = '53 min indiv telehealth. Jon reported poor sleep x2 wks. Denies SI/HI. Used CBT thought record. HW: thought record daily.';
  const composed = await owner.post('/api/compose', { format: 'soap', summary, clientId: client.id });
  expectStatus('compose', composed.status);
  const dictated = await fetch(`${server.url}/api/transcribe`, {
    method: 'POST',
    headers: { 'content-type': 'audio/wav', cookie: owner.cookie ?? '', 'x-csrf-token': owner.csrfToken ?? '' },
    body: new Uint8Array(makeWav({ seconds: 35 })),
  });
  expectStatus('transcribe on the local Whisper model', dictated.status);
  expectStatus('model settings', (await owner.call('PUT', '/api/settings/model', { enabled: true, baseUrl: model.baseUrl, model: 'local', stream: true, timeoutSeconds: 30 })).status);
  const polished = await owner.post('/api/compose/polish', { document: composed.body, clientId: client.id });
  expectStatus('polish', polished.status);
  if (!polished.body.accepted) throw new Error(`polish rejected: ${polished.body.check}`);
  const saved = await owner.post('/api/notes', { format: 'soap', summary, clientId: client.id, worksheet: { date: '2026-11-30' }, document: composed.body });
  expectStatus('save', saved.status);
  expectStatus('sign', (await owner.post(`/api/notes/${saved.body.note.id}/sign`)).status);
  expectStatus('pdf', (await owner.get(`/api/notes/${saved.body.note.id}/pdf`)).status);
  expectStatus('settings', (await owner.get('/api/settings')).status);
  expectStatus('data flow', (await owner.get('/api/settings/data-flow')).status);
  expectStatus('audit', (await owner.get('/api/audit')).status);
  // The front page (served when the web bundle is built; 404 from source): either way, loopback only.
  await fetch(`${server.url}/`);
} finally {
  await server.stop();
  await model.close();
}
const note = runCli(['note', '--format', 'dap'], { input: 'Client reported better sleep. Denies SI.' });
if (note.status !== 0) throw new Error(`afterword note exited ${note.status}`);
const batch = runCli(['batch'], { input: `${JSON.stringify({ id: '1', format: 'soap', summary: 'Client reported better sleep.' })}\n` });
if (batch.status !== 0) throw new Error(`afterword batch exited ${batch.status}`);
const wavFile = join(dataDir, 'summary.wav');
writeFileSync(wavFile, makeWav({ seconds: 3 }));
const transcribed = runCli(['transcribe', wavFile, '--whisper-model', WHISPER_MODEL]);
if (transcribed.status !== 0) throw new Error(`afterword transcribe exited ${transcribed.status}`);
rmSync(dataDir, { recursive: true, force: true });
console.log('WORKFLOW OK');
