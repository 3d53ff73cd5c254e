// The local Whisper model in a thread of its own (whisper-worker.ts): the same transcribe as
// loadWhisper, with the audio copied to the thread (which zero-fills its copy) and cancels passed
// on. The server uses it; the CLI, which has nothing else to keep responsive, loads the model itself.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../worker-entry.ts';
import { readDictationWav } from './read-dictation-wav.ts';
import { disableRuntimeTelemetry, type LocalWhisper } from './transcribe-with-whisper.ts';
import { TranscriptionError } from './transcription-error.ts';
import type { WhisperAnswer, WhisperRequest, WhisperThreadData } from './whisper-messages.ts';

export interface WhisperThread extends LocalWhisper {
  /** Stops the thread; dictations still waiting are answered "cancelled". */
  close(): Promise<void>;
}

/**
 * Resolves once the model is loaded; rejects with the loader's TranscriptionError (a missing file,
 * a changed digest) and stops the thread.
 * @example const whisper = await startWhisperThread('/models/whisper-base.en'); await whisper.transcribe(wav);
 */
export async function startWhisperThread(modelDir: string, options: { sha256?: string } = {}): Promise<WhisperThread> {
  const entry = workerEntry(import.meta.url, 'whisper-worker');
  if (!entry) throw new TranscriptionError('not_configured', 'The local Whisper thread (dist/whisper-worker.mjs) is missing: build Afterword again (npm run build).');
  disableRuntimeTelemetry();
  const data: WhisperThreadData = { modelDir, ...(options.sha256 ? { sha256: options.sha256 } : {}) };
  const worker = new Worker(entry.url, { workerData: { ...entry.workerData, ...data } });
  const waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let next = 0;
  const failAll = (error: TranscriptionError): void => {
    for (const [, pending] of waiting) pending.reject(error);
    waiting.clear();
  };

  await new Promise<void>((resolve, reject) => {
    worker.on('message', (answer: WhisperAnswer) => {
      if (answer.type === 'loaded') resolve();
      else if (answer.type === 'load-failed') {
        reject(new TranscriptionError(answer.code, answer.message));
        void worker.terminate();
      } else {
        const pending = waiting.get(answer.id);
        waiting.delete(answer.id);
        if (answer.type === 'text') pending?.resolve(answer.text);
        else pending?.reject(new TranscriptionError(answer.code, answer.message));
      }
    });
    worker.on('error', () => {
      const error = new TranscriptionError('not_configured', `The local Whisper model in ${modelDir} stopped with an error. Check the model folder, or use a transcription service.`);
      reject(error);
      failAll(error);
    });
    worker.on('exit', () => {
      const error = new TranscriptionError('cancelled', 'The local Whisper model was stopped before it transcribed this dictation.');
      reject(error);
      failAll(error);
    });
  });

  return {
    modelDir,
    async transcribe(wav, { signal } = {}) {
      readDictationWav(wav);
      if (signal?.aborted) throw new TranscriptionError('cancelled', 'The dictation was cancelled before it was transcribed.');
      const id = next++;
      const text = new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
      const onAbort = (): void => worker.postMessage({ type: 'cancel', id } satisfies WhisperRequest);
      signal?.addEventListener('abort', onAbort, { once: true });
      // A copy for the thread (structured clone), which zero-fills it; the caller wipes its own.
      worker.postMessage({ type: 'transcribe', id, wav } satisfies WhisperRequest);
      try {
        return await text;
      } finally {
        signal?.removeEventListener('abort', onAbort);
      }
    },
    async close() {
      await worker.terminate();
    },
  };
}
