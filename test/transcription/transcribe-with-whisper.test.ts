// A local Whisper model run by @huggingface/transformers, against a tiny model with random weights
// in the real ONNX layout (test/support/whisper-test-model, made by
// scripts/make-test-whisper-model.py). What it recognises is nonsense made of its test words; these
// tests check the path a real model takes: loading without any network, windowing, the token cap,
// cancelling, the pinned digest, and that nothing is written anywhere.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWhisper, loadWhisper, MAX_TOKENS_PER_WINDOW, TranscriptionError, whisperModelDigest, whisperModelFiles } from '#transcription';
import { makeWav } from '../support/dictation-wav.ts';

const MODEL = join(import.meta.dirname, '..', 'support', 'whisper-test-model');
const TEST_WORDS = /^(?: (?:alpha|bravo|river|stone|maple|cloud|amber|orbit|quartz|meadow|lantern|harbor|violet|copper|willow|comet|pebble|summit|canyon|falcon))+$/;

/** Every file under a folder, as relative paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length))
    .sort();
}

async function failure(promise: Promise<unknown>): Promise<TranscriptionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TranscriptionError);
  return error as TranscriptionError;
}

describe('a local Whisper model', () => {
  let whisper: LocalWhisper;
  beforeAll(async () => {
    whisper = await loadWhisper(MODEL);
  });

  it('transcribes a dictation of several 30-second windows into text from the model vocabulary, the same each time', async () => {
    const wav = makeWav({ seconds: 70, seed: 3 });
    const text = await whisper.transcribe(wav);
    expect(text.length).toBeGreaterThan(0);
    expect(` ${text}`).toMatch(TEST_WORDS);
    expect(await whisper.transcribe(wav)).toBe(text);
  });

  it('stops a window at the token cap rather than decoding a loop to the end', async () => {
    const text = await whisper.transcribe(makeWav({ seconds: 20, seed: 4 }));
    const words = text.split(' ').length;
    // The test model repeats itself and never ends a window on its own; each word is one token.
    expect(words).toBeGreaterThan(MAX_TOKENS_PER_WINDOW / 2);
    expect(words).toBeLessThanOrEqual(MAX_TOKENS_PER_WINDOW);
  });

  it('a cancelled dictation throws "cancelled", before it starts or while it runs, and the next one still runs', async () => {
    const before = new AbortController();
    before.abort();
    expect((await failure(whisper.transcribe(makeWav({ seconds: 5 }), { signal: before.signal }))).code).toBe('cancelled');

    const during = new AbortController();
    const running = whisper.transcribe(makeWav({ seconds: 120, seed: 5 }), { signal: during.signal });
    setTimeout(() => during.abort(), 50);
    expect((await failure(running)).code).toBe('cancelled');

    expect(await whisper.transcribe(makeWav({ seconds: 3, seed: 6 }))).not.toBe('');
  });

  it('refuses audio that is not a dictation WAV, with what to send', async () => {
    const error = await failure(whisper.transcribe(makeWav({ seconds: 2, rate: 44_100 })));
    expect(error.code).toBe('bad_audio');
    expect(error.message).toContain('Send 16 kHz, 16-bit, mono PCM WAV');
  });

  it('writes nothing: not in the model folder, the temporary folder or the library cache', async () => {
    const temp = mkdtempSync(join(tmpdir(), 'afterword-whisper-temp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      const modelBefore = filesUnder(MODEL);
      await (await loadWhisper(MODEL)).transcribe(makeWav({ seconds: 40, seed: 7 }));
      expect(filesUnder(MODEL)).toEqual(modelBefore);
      expect(readdirSync(temp)).toEqual([]);
      expect(readdirSync(join(import.meta.dirname, '..', '..', 'node_modules', '@huggingface', 'transformers'))).not.toContain('.cache');
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe('loading a local Whisper model', () => {
  let copies: string;
  beforeAll(() => {
    copies = mkdtempSync(join(tmpdir(), 'afterword-whisper-model-'));
  });
  afterAll(() => rmSync(copies, { recursive: true, force: true }));

  it('names the missing file of a model folder, and fetches nothing to make up for it', async () => {
    const model = join(copies, 'no-tokenizer');
    cpSync(MODEL, model, { recursive: true });
    rmSync(join(model, 'tokenizer.json'));
    const error = await failure(loadWhisper(model));
    expect(error.code).toBe('not_configured');
    expect(error.message).toContain('that folder has no tokenizer.json');
  });

  it('loads an 8-bit model (only the _quantized weights), and its digest covers those files', async () => {
    const model = join(copies, 'eight-bit');
    cpSync(MODEL, model, { recursive: true });
    for (const name of ['encoder_model', 'decoder_model_merged']) renameSync(join(model, 'onnx', `${name}.onnx`), join(model, 'onnx', `${name}_quantized.onnx`));
    expect(whisperModelFiles(model)).toEqual({ dtype: 'q8', files: [...whisperModelFiles(MODEL)!.files.slice(0, 5), 'onnx/encoder_model_quantized.onnx', 'onnx/decoder_model_merged_quantized.onnx'] });
    const text = await (await loadWhisper(model)).transcribe(makeWav({ seconds: 4, seed: 8 }));
    expect(` ${text}`).toMatch(TEST_WORDS);
    // The same bytes under other names: the listing names the files, so the digest differs.
    expect(await whisperModelDigest(model)).not.toBe(await whisperModelDigest(MODEL));
  });

  it('says what is wrong with a model file that is not ONNX', async () => {
    const model = join(copies, 'broken');
    cpSync(MODEL, model, { recursive: true });
    writeFileSync(join(model, 'onnx', 'encoder_model.onnx'), 'not a model');
    const error = await failure(loadWhisper(model));
    expect(error.code).toBe('not_configured');
    expect(error.message).toMatch(/^The Whisper model in .* could not be loaded \(.+\)\. Give the folder of a Whisper model in the ONNX layout/);
  });

  it("its digest is sha256sum's listing of the model files, hashed; a pinned digest must match", async () => {
    const listing = execFileSync('sha256sum', whisperModelFiles(MODEL)!.files, { cwd: MODEL });
    const byHand = execFileSync('sha256sum', [], { input: listing }).toString().split(' ')[0];
    const digest = await whisperModelDigest(MODEL);
    expect(digest).toBe(byHand);
    await expect(loadWhisper(MODEL, { sha256: digest.toUpperCase() })).resolves.toBeDefined();

    const changed = join(copies, 'changed');
    cpSync(MODEL, changed, { recursive: true });
    writeFileSync(join(changed, 'generation_config.json'), '{"max_length": 448}\n', { flag: 'a' });
    const error = await failure(loadWhisper(changed, { sha256: digest }));
    expect(error.code).toBe('not_configured');
    expect(error.message).toContain(`not the ${digest} it was pinned to: its files changed`);
  });
});
