// A Whisper model the user keeps on this machine (ONNX layout), run in this process by the optional
// package @huggingface/transformers. Remote models are off and the library's fetch refuses every
// call, so nothing is downloaded or sent; the audio is decoded into one sample buffer this module
// owns and zero-fills when the transcription ends (the caller wipes the WAV bytes).
import { basename, dirname, resolve } from 'node:path';
import { readDictationWav } from './read-dictation-wav.ts';
import { TranscriptionError } from './transcription-error.ts';
import { findWhisperProblem, WHISPER_PACKAGE, whisperModelFiles } from './find-whisper-problem.ts';
import { whisperModelDigest } from './whisper-model-digest.ts';

/** Whisper hears 30-second windows; each overlaps its neighbours by 5 s so no word is cut. */
const WINDOW_SECONDS = 30;
const OVERLAP_SECONDS = 5;
/**
 * Tokens one window may produce. A spoken 30 s is about 80 words (some 110 tokens); a model that
 * loops on a word would otherwise decode to Whisper's 448 and double the time.
 */
export const MAX_TOKENS_PER_WINDOW = 192;

export interface LocalWhisper {
  /** The model folder, as configured. */
  readonly modelDir: string;
  /**
   * The text of one dictation (16 kHz, 16-bit, mono PCM WAV). Dictations queue: one runs at a time.
   * A cancel stops the decoding at the next token and throws `cancelled`.
   */
  transcribe(wav: Uint8Array, options?: { signal?: AbortSignal }): Promise<string>;
}

type Transformers = typeof import('@huggingface/transformers');
type Recognizer = (audio: Float32Array, options: Record<string, unknown>) => Promise<unknown>;

/**
 * Loads the model (a second or two for whisper-base) and answers a transcriber. Throws a
 * TranscriptionError naming what to fix when the package or a model file is missing, or when the
 * folder's SHA-256 (whisperModelDigest) is not the one it was pinned to.
 * @example const whisper = await loadWhisper('/models/whisper-base.en'); const text = await whisper.transcribe(wav);
 */
export async function loadWhisper(modelDir: string, options: { sha256?: string } = {}): Promise<LocalWhisper> {
  const problem = findWhisperProblem(modelDir);
  if (problem) throw new TranscriptionError('not_configured', problem);
  if (options.sha256) {
    const digest = await whisperModelDigest(modelDir);
    if (digest !== options.sha256.trim().toLowerCase()) {
      throw new TranscriptionError('not_configured', `The Whisper model in ${modelDir} has SHA-256 ${digest}, not the ${options.sha256.trim()} it was pinned to: its files changed. Check where the model came from, then pin its new digest (--whisper-sha256, AFTERWORD_WHISPER_SHA256).`);
    }
  }
  const library = await importTransformers();
  const folder = resolve(modelDir);
  const env = library.env;
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useFSCache = false;
  env.useBrowserCache = false;
  env.useWasmCache = false;
  // Nothing the library does may reach a network: a fetch it tries fails at once.
  env.fetch = async () => {
    throw new Error('Afterword does not let the local Whisper model fetch anything.');
  };
  env.logLevel = library.LogLevel.ERROR;
  env.localModelPath = `${dirname(folder)}/`;
  let recognize: Recognizer;
  try {
    const dtype = whisperModelFiles(folder)?.dtype ?? 'fp32';
    recognize = (await library.pipeline('automatic-speech-recognition', basename(folder), { local_files_only: true, dtype })) as unknown as Recognizer;
  } catch (error) {
    throw new TranscriptionError('not_configured', `The Whisper model in ${modelDir} could not be loaded (${describeLoadError(error)}). Give the folder of a Whisper model in the ONNX layout (config.json, tokenizer.json, onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx).`);
  }

  class StopWhenCancelled extends library.StoppingCriteria {
    constructor(private readonly signal: AbortSignal) {
      super();
    }
    override _call(inputIds: unknown[]): boolean[] {
      return inputIds.map(() => this.signal.aborted);
    }
  }

  let queue: Promise<unknown> = Promise.resolve();
  return {
    modelDir,
    async transcribe(wav, options = {}) {
      readDictationWav(wav);
      const run = queue.then(async () => {
        const { signal } = options;
        if (signal?.aborted) throw cancelled();
        const samples = pcmSamples(wav);
        try {
          const result = await recognize(samples, {
            chunk_length_s: WINDOW_SECONDS,
            stride_length_s: OVERLAP_SECONDS,
            max_new_tokens: MAX_TOKENS_PER_WINDOW,
            ...(signal ? { stopping_criteria: [new StopWhenCancelled(signal)] } : {}),
          });
          if (signal?.aborted) throw cancelled();
          return (result as { text?: string }).text?.trim() ?? '';
        } finally {
          samples.fill(0);
        }
      });
      queue = run.catch(() => undefined);
      return await run;
    },
  };
}

/**
 * ONNX Runtime's Linux build carries Microsoft's telemetry client (1DS, collector
 * mobile.events.data.microsoft.com): on load it writes a session file with an install id (.ses)
 * and a debug log to the temporary folder. ORT_DISABLE_TELEMETRY turns it off; the runtime reads it
 * with getenv when it loads, so it is set in the process's own environment first (a worker thread's
 * process.env is a copy native code never sees: whisper-thread.ts sets it before starting one).
 */
export function disableRuntimeTelemetry(): void {
  process.env.ORT_DISABLE_TELEMETRY = '1';
}

async function importTransformers(): Promise<Transformers> {
  disableRuntimeTelemetry();
  try {
    return await import('@huggingface/transformers');
  } catch {
    throw new TranscriptionError('not_configured', `A local Whisper model needs the optional package ${WHISPER_PACKAGE}, which is not installed.`);
  }
}

/** The 16-bit samples of a checked dictation WAV as floats in [-1, 1). */
function pcmSamples(wav: Uint8Array): Float32Array {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  let at = 12;
  while (at + 8 <= wav.byteLength) {
    const size = view.getUint32(at + 4, true);
    if (String.fromCharCode(...wav.subarray(at, at + 4)) === 'data') {
      const count = Math.floor(Math.min(size, wav.byteLength - at - 8) / 2);
      const samples = new Float32Array(count);
      for (let i = 0; i < count; i++) samples[i] = view.getInt16(at + 8 + i * 2, true) / 32768;
      return samples;
    }
    at += 8 + size + (size % 2);
  }
  return new Float32Array(0);
}

function cancelled(): TranscriptionError {
  return new TranscriptionError('cancelled', 'The dictation was cancelled before it was transcribed.');
}

/** The library's reason, shortened: a file name or a format problem, never audio or text. */
function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 200);
}
