// `afterword transcribe FILE.wav`: a dictated summary to text through the service the user names,
// and clear directions when none is named.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../support/dictation-wav.ts';
import { type FakeTranscriptionServer, startFakeTranscriptionServer } from '../support/fake-transcription-server.ts';
import { runCli, runCliAsync } from './run-cli.ts';

describe('afterword transcribe', () => {
  let dir: string;
  let wavFile: string;
  let fake: FakeTranscriptionServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'afterword-transcribe-'));
    wavFile = join(dir, 'summary.wav');
    writeFileSync(wavFile, makeWav({ seconds: 2 }));
    fake = await startFakeTranscriptionServer();
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('with no service or model configured, exits 2 and says how to configure one', () => {
    const run = runCli(['transcribe', wavFile]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/No transcription service or model is configured\. Give --endpoint URL \(or set AFTERWORD_TRANSCRIBE_URL\)/);
  });

  it('with AFTERWORD_WHISPER_MODEL naming no model folder, says so before reading the audio', () => {
    const run = runCli(['transcribe', join(dir, 'not-there.wav')], { env: { AFTERWORD_WHISPER_MODEL: join(dir, 'whisper-base') } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`AFTERWORD_WHISPER_MODEL is ${join(dir, 'whisper-base')}, but there is no such folder.`);
  });

  it('transcribes on a local Whisper model with no endpoint given, writing nothing, and refuses the model when its pinned SHA-256 differs', async () => {
    const model = join(import.meta.dirname, '..', 'support', 'whisper-test-model');
    // A fresh temporary folder: the run leaves nothing there (no audio, and none of ONNX Runtime's
    // telemetry files, which it writes unless ORT_DISABLE_TELEMETRY is set). tsx's cache is off.
    const temp = mkdtempSync(join(tmpdir(), 'afterword-transcribe-temp-'));
    const run = await runCliAsync(['transcribe', wavFile, '--whisper-model', model], { env: { TMPDIR: temp, TSX_DISABLE_CACHE: '1' } });
    expect(readdirSync(temp)).toEqual([]);
    rmSync(temp, { recursive: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^(?:alpha|bravo|river|stone|maple|cloud|amber|orbit|quartz|meadow|lantern|harbor|violet|copper|willow|comet|pebble|summit|canyon|falcon)(?: \w+)*\n$/);

    const pinned = await runCliAsync(['transcribe', wavFile], { env: { AFTERWORD_WHISPER_MODEL: model, AFTERWORD_WHISPER_SHA256: '0'.repeat(64) } });
    expect(pinned.status).toBe(2);
    expect(pinned.stdout).toBe('');
    expect(pinned.stderr).toMatch(/has SHA-256 [0-9a-f]{64}, not the 0{64} it was pinned to: its files changed/);
  });

  it('transcribes through --endpoint, or AFTERWORD_TRANSCRIBE_URL, and prints only the text', async () => {
    const run = await runCliAsync(['transcribe', wavFile, '--endpoint', `${fake.url}/v1`, '--model', 'small.en']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${fake.transcript}\n`);
    expect(fake.received.at(-1)).toMatchObject({ path: '/v1/audio/transcriptions', model: 'small.en', fileType: 'audio/wav' });
    const fromEnv = await runCliAsync(['transcribe', wavFile], { env: { AFTERWORD_TRANSCRIBE_URL: fake.url } });
    expect(fromEnv.status).toBe(0);
    expect(fake.received.at(-1)).toMatchObject({ path: '/v1/audio/transcriptions', model: 'whisper-1' });
  });

  it('sends the key from AFTERWORD_TRANSCRIBE_KEY (or --key) to a service that asks for one, and says when it is refused', async () => {
    fake.requiredKey = 'sk-transcribe-cli';
    try {
      const refused = await runCliAsync(['transcribe', wavFile, '--endpoint', fake.url]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/refused the request \(401\): it may need a key/);
      const run = await runCliAsync(['transcribe', wavFile, '--endpoint', fake.url], { env: { AFTERWORD_TRANSCRIBE_KEY: 'sk-transcribe-cli' } });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`${fake.transcript}\n`);
      expect(fake.received.at(-1)?.authorization).toBe('Bearer sk-transcribe-cli');
      const wrong = await runCliAsync(['transcribe', wavFile, '--endpoint', fake.url, '--key', 'sk-wrong']);
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toMatch(/refused the key \(401\)/);
      expect(wrong.stderr).not.toContain('sk-wrong');
    } finally {
      fake.requiredKey = null;
    }
  });

  it('exits 1 when the service fails, and 2 for audio it cannot take or an address outside the network', async () => {
    fake.mode = 'error';
    const failed = await runCliAsync(['transcribe', wavFile, '--endpoint', fake.url]);
    fake.mode = 'ok';
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/answered with an error \(500\)/);
    const stereo = join(dir, 'stereo.wav');
    writeFileSync(stereo, makeWav({ seconds: 1, rate: 44_100, channels: 2 }));
    const bad = runCli(['transcribe', stereo, '--endpoint', fake.url]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Send 16 kHz, 16-bit, mono PCM WAV/);
    const remote = runCli(['transcribe', wavFile, '--endpoint', 'https://transcribe.example.com/v1']);
    expect(remote.status).toBe(2);
    expect(remote.stderr).toMatch(/--allow-remote: this address is outside this machine/);
  });
});
