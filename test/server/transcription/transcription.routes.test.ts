// Dictation through the server: the clinician's transcription service is configured in Settings,
// a dictated summary (16 kHz PCM WAV) is forwarded to it in memory, and afterwards no audio is
// anywhere: not in the data folder, not in the temporary folder, not in the logs, after a
// success, an error and a cancel alike.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioFingerprint, makeWav } from '../../support/dictation-wav.ts';
import { type FakeTranscriptionServer, startFakeTranscriptionServer } from '../../support/fake-transcription-server.ts';
import { type ApiClient, setUpOwner, startTestServer, type TestServer } from '../start-test-server.ts';

/** Every file under a folder (recursively), with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(path, readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** No new file anywhere in the temporary folder (data folder included), and no audio or transcript in any file or log line. */
function expectNothingLeft(left: { tempDir: string; filesBefore: string[]; sent: Buffer[]; log: string; transcript: string }): void {
  const files = filesUnder(left.tempDir);
  expect([...files.keys()].filter((f) => !left.filesBefore.includes(f))).toEqual([]);
  for (const [path, bytes] of files) {
    expect(bytes.includes('RIFF') && bytes.includes('WAVE'), `${path} holds a WAV file`).toBe(false);
    for (const wav of left.sent) expect(bytes.includes(audioFingerprint(wav)), `${path} holds dictated audio`).toBe(false);
  }
  expect(left.log).not.toContain('RIFF');
  expect(left.log).not.toContain(left.transcript);
}

/** A log stream for the server that keeps every line, to search for audio or text later. */
function logInto(lines: string[]): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
}

/** Posts a WAV as the browser does (raw audio/wav body, session cookie, CSRF header). */
function postDictation(t: TestServer, owner: ApiClient, wav: Buffer, signal?: AbortSignal): Promise<Response> {
  return fetch(`${t.url}/api/transcribe`, {
    method: 'POST',
    headers: { 'content-type': 'audio/wav', cookie: owner.cookie ?? '', 'x-csrf-token': owner.csrfToken ?? '' },
    body: new Uint8Array(wav),
    ...(signal ? { signal } : {}),
  });
}

describe('dictation through the server (POST /api/transcribe)', () => {
  let t: TestServer;
  let owner: ApiClient;
  let fake: FakeTranscriptionServer;
  let tempDir: string;
  const savedTmp = process.env.TMPDIR;
  const logLines: string[] = [];
  let filesBefore: string[];
  const sent: Buffer[] = [];

  beforeAll(async () => {
    // The server's temporary folder (and its data folder, made inside it) is a fresh one to scan.
    tempDir = mkdtempSync(join(tmpdir(), 'afterword-dictation-tmp-'));
    process.env.TMPDIR = tempDir;
    t = await startTestServer({ logger: { level: 'trace', stream: logInto(logLines) } });
    owner = await setUpOwner(t);
    fake = await startFakeTranscriptionServer();
  });
  afterAll(async () => {
    await fake?.close();
    await t?.stop();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(tempDir, { recursive: true, force: true });
  });

  function transcribe(wav: Buffer, signal?: AbortSignal): Promise<Response> {
    sent.push(wav);
    return postDictation(t, owner, wav, signal);
  }

  function expectNoAudioLeft(): void {
    expectNothingLeft({ tempDir, filesBefore, sent, log: logLines.join(''), transcript: fake.transcript });
  }

  it('says what to do when no transcription service is configured', async () => {
    filesBefore = [...filesUnder(tempDir).keys()];
    expect((await owner.get('/api/settings/transcription')).body).toEqual({ transcription: null, hasKey: false, whisperProblem: null, localModel: null });
    const res = await transcribe(makeWav({ seconds: 1, seed: 1 }));
    expect(res.status).toBe(503);
    expect((await res.json()).error.message).toMatch(/No transcription service is configured\. Add one in Settings › Dictation/);
    expect(fake.received).toHaveLength(0);
  });

  it('refuses an endpoint outside this machine and its network unless the clinician confirms it', async () => {
    const remote = await owner.put('/api/settings/transcription', { transcription: { baseUrl: 'https://transcribe.example.com/v1', model: 'whisper-1' } });
    expect(remote.status).toBe(400);
    expect(remote.body.error.field).toBe('body.transcription.allowRemote');
    expect(remote.body.error.message).toMatch(/outside this machine .* confirm/);
    const confirmed = await owner.put('/api/settings/transcription', { transcription: { baseUrl: 'https://transcribe.example.com/v1', model: 'whisper-1', allowRemote: true } });
    expect(confirmed.status).toBe(200);
    const local = await owner.put('/api/settings/transcription', { transcription: { baseUrl: `${fake.url}/v1`, model: 'Systran/faster-whisper-small' } });
    expect(local.status).toBe(200);
    expect(local.body.transcription).toEqual({ baseUrl: `${fake.url}/v1`, model: 'Systran/faster-whisper-small', allowRemote: false });
    expect((await owner.get('/api/settings/transcription')).body.transcription.baseUrl).toBe(`${fake.url}/v1`);
  });

  it('forwards the dictation as a multipart upload and answers the text; the audio is then gone', async () => {
    const wav = makeWav({ seconds: 3, seed: 2 });
    const res = await transcribe(wav);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ text: fake.transcript });
    const upload = fake.received.at(-1)!;
    expect(upload.path).toBe('/v1/audio/transcriptions');
    expect(upload.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload).toMatchObject({ model: 'Systran/faster-whisper-small', responseFormat: 'json', fileName: 'summary.wav', fileType: 'audio/wav' });
    expect(upload.file?.equals(wav)).toBe(true);
    expectNoAudioLeft();
  });

  it('says the service failed, without echoing its answer, and keeps no audio', async () => {
    fake.mode = 'error';
    const res = await transcribe(makeWav({ seconds: 2, seed: 3 }));
    expect(res.status).toBe(503);
    const { error } = await res.json();
    expect(error.message).toMatch(/answered with an error \(500\)/);
    expect(error.message).not.toContain('model crashed');
    expectNoAudioLeft();
    fake.mode = 'ok';
  });

  it('stops waiting on the service when the clinician cancels, and keeps no audio', async () => {
    fake.mode = 'hang';
    const cancel = new AbortController();
    const uploaded = fake.nextUpload();
    const pending = transcribe(makeWav({ seconds: 2, seed: 4 }), cancel.signal).catch((e: unknown) => e);
    await uploaded;
    cancel.abort();
    expect(await pending).toBeInstanceOf(Error);
    // The forward to the service is withdrawn too.
    await expect.poll(() => fake.abandoned, { timeout: 5_000 }).toBe(1);
    expectNoAudioLeft();
    fake.mode = 'ok';
  });

  it('sends the key a service asks for, stored sealed and never shown again; a wrong or missing key is named as such', async () => {
    fake.requiredKey = 'sk-transcribe-7f3a9c';
    const endpoint = { baseUrl: `${fake.url}/v1`, model: 'Systran/faster-whisper-small' };
    const missing = await transcribe(makeWav({ seconds: 1, seed: 10 }));
    expect(missing.status).toBe(503);
    expect((await missing.json()).error.message).toMatch(/refused the request \(401\): it may need a key\. Add it in Settings › Dictation/);

    const saved = await owner.put('/api/settings/transcription', { transcription: endpoint, apiKey: 'sk-transcribe-7f3a9c' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ transcription: endpoint, hasKey: true });
    expect(JSON.stringify((await owner.get('/api/settings/transcription')).body)).not.toContain('sk-transcribe');
    // Sealed at rest: the key is nowhere in the database files in plain text.
    for (const [path, bytes] of filesUnder(t.dataDir)) expect(bytes.includes('sk-transcribe-7f3a9c'), path).toBe(false);
    const ok = await transcribe(makeWav({ seconds: 1, seed: 11 }));
    expect(ok.status).toBe(200);
    expect(fake.received.at(-1)?.authorization).toBe('Bearer sk-transcribe-7f3a9c');

    // Saving the endpoint again without a key keeps the stored one.
    expect((await owner.put('/api/settings/transcription', { transcription: endpoint })).body.hasKey).toBe(true);
    expect((await transcribe(makeWav({ seconds: 1, seed: 12 }))).status).toBe(200);

    expect((await owner.put('/api/settings/transcription', { transcription: endpoint, apiKey: 'sk-wrong' })).status).toBe(200);
    const wrong = await transcribe(makeWav({ seconds: 1, seed: 13 }));
    expect(wrong.status).toBe(503);
    const { error } = await wrong.json();
    expect(error.message).toMatch(/refused the key \(401\): check the key in Settings › Dictation/);
    expect(error.message).not.toContain('sk-wrong');

    const blank = await owner.put('/api/settings/transcription', { transcription: endpoint, apiKey: '  ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error.field).toBe('body.apiKey');

    // null removes the key; removing the endpoint removes its key too.
    expect((await owner.put('/api/settings/transcription', { transcription: endpoint, apiKey: null })).body.hasKey).toBe(false);
    expect(fake.received.length).toBeGreaterThan(0);
    await owner.put('/api/settings/transcription', { transcription: endpoint, apiKey: 'sk-transcribe-7f3a9c' });
    expect((await owner.put('/api/settings/transcription', { transcription: null })).body).toMatchObject({ transcription: null, hasKey: false });
    await owner.put('/api/settings/transcription', { transcription: endpoint });
    expect((await owner.get('/api/settings/transcription')).body.hasKey).toBe(false);
    fake.requiredKey = null;
    expectNoAudioLeft();
  });

  it('refuses audio that is not 16 kHz mono PCM, or longer than 5 minutes, before forwarding it', async () => {
    const before = fake.received.length;
    const stereo = await transcribe(makeWav({ seconds: 1, rate: 44_100, channels: 2, seed: 5 }));
    expect(stereo.status).toBe(400);
    expect((await stereo.json()).error.message).toMatch(/2 channel\(s\), 44100 Hz.*Send 16 kHz, 16-bit, mono PCM WAV/);
    const long = await transcribe(makeWav({ seconds: 5 * 60 + 2, seed: 6 }));
    expect(long.status).toBe(400);
    expect((await long.json()).error.message).toMatch(/at most 5 minutes/);
    expect(fake.received.length).toBe(before);
    expectNoAudioLeft();
  });

  it('refuses a dictation from someone not signed in', async () => {
    const res = await fetch(`${t.url}/api/transcribe`, { method: 'POST', headers: { 'content-type': 'audio/wav' }, body: new Uint8Array(makeWav({ seconds: 1, seed: 7 })) });
    expect(res.status).toBe(401);
    expectNoAudioLeft();
  });
});

describe('dictation through the Whisper model this server runs (AFTERWORD_WHISPER_MODEL)', () => {
  const model = join(import.meta.dirname, '..', '..', 'support', 'whisper-test-model');
  let t: TestServer;
  let owner: ApiClient;
  let tempDir: string;
  const savedTmp = process.env.TMPDIR;
  const logLines: string[] = [];
  const sent: Buffer[] = [];

  beforeAll(async () => {
    tempDir = mkdtempSync(join(tmpdir(), 'afterword-whisper-tmp-'));
    process.env.TMPDIR = tempDir;
    // Run from source, the model's thread registers tsx, whose transpile cache would land in the
    // temporary folder this test watches; the built command has no such cache.
    process.env.TSX_DISABLE_CACHE = '1';
    t = await startTestServer({ config: { whisperModel: model }, logger: { level: 'trace', stream: logInto(logLines) } });
    owner = await setUpOwner(t);
  });
  afterAll(async () => {
    await t?.stop();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    delete process.env.TSX_DISABLE_CACHE;
    rmSync(tempDir, { recursive: true, force: true });
  });

  function transcribe(wav: Buffer, signal?: AbortSignal): Promise<Response> {
    sent.push(wav);
    return postDictation(t, owner, wav, signal);
  }

  it('names the model in Settings, transcribes on it with no service set, and leaves no audio, transcript or file behind', async () => {
    const filesBefore = [...filesUnder(tempDir).keys()];
    expect((await owner.get('/api/settings/transcription')).body).toEqual({ transcription: null, hasKey: false, whisperProblem: null, localModel: 'whisper-test-model' });
    const res = await transcribe(makeWav({ seconds: 40, seed: 21 }));
    expect(res.status).toBe(200);
    const { text } = await res.json();
    expect(text).toMatch(/^(?:alpha|bravo|river|stone|maple|cloud|amber|orbit|quartz|meadow|lantern|harbor|violet|copper|willow|comet|pebble|summit|canyon|falcon)(?: \w+)*$/);

    const cancel = new AbortController();
    const pending = transcribe(makeWav({ seconds: 240, seed: 22 }), cancel.signal).catch((e: unknown) => e);
    setTimeout(() => cancel.abort(), 100);
    expect(await pending).toBeInstanceOf(Error);
    const bad = await transcribe(makeWav({ seconds: 1, rate: 8_000, seed: 23 }));
    expect(bad.status).toBe(400);

    expectNothingLeft({ tempDir, filesBefore, sent, log: logLines.join(''), transcript: text.split(' ').slice(0, 4).join(' ') });
  });

  it("a clinician's own service, once set, is used instead of the server's model", async () => {
    const fake = await startFakeTranscriptionServer();
    try {
      expect((await owner.put('/api/settings/transcription', { transcription: { baseUrl: `${fake.url}/v1`, model: 'whisper-1' } })).status).toBe(200);
      const res = await transcribe(makeWav({ seconds: 2, seed: 24 }));
      expect(await res.json()).toEqual({ text: fake.transcript });
      expect(fake.received).toHaveLength(1);
    } finally {
      await owner.put('/api/settings/transcription', { transcription: null });
      await fake.close();
    }
  });
});

describe('a server Whisper model that cannot be used', () => {
  it('says in Settings what is missing, and a dictation answers that instead of a transcript', async () => {
    const missing = mkdtempSync(join(tmpdir(), 'afterword-no-model-'));
    const t = await startTestServer({ config: { whisperModel: missing } });
    try {
      const owner = await setUpOwner(t);
      const settings = (await owner.get('/api/settings/transcription')).body;
      expect(settings.localModel).toBeNull();
      expect(settings.whisperProblem).toMatch(/that folder has no config\.json, .*onnx\/encoder_model\.onnx/);
      const res = await postDictation(t, owner, makeWav({ seconds: 1, seed: 25 }));
      expect(res.status).toBe(503);
      expect((await res.json()).error.message).toBe(settings.whisperProblem);
    } finally {
      await t.stop();
      rmSync(missing, { recursive: true, force: true });
    }
  });
});
