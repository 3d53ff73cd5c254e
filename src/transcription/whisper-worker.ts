// The local Whisper model's own thread: it loads the model once and transcribes one dictation at a
// time, so the log-mel features and the decoding loop (some 100 to 200 ms of JavaScript per
// 30-second window) never hold up the server's event loop. Started by whisper-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadWhisper } from './transcribe-with-whisper.ts';
import { TranscriptionError } from './transcription-error.ts';
import type { WhisperAnswer, WhisperRequest, WhisperThreadData } from './whisper-messages.ts';

const port = parentPort;
if (!port) throw new Error('whisper-worker.ts runs as a worker thread (see whisper-thread.ts).');
const send = (answer: WhisperAnswer): void => port.postMessage(answer);
const { modelDir, sha256 } = workerData as WhisperThreadData;

const cancels = new Map<number, AbortController>();
const loading = loadWhisper(modelDir, sha256 ? { sha256 } : {});
loading.then(
  () => send({ type: 'loaded' }),
  (error: unknown) => send({ type: 'load-failed', ...describe(error) }),
);

port.on('message', (request: WhisperRequest) => {
  if (request.type === 'cancel') {
    cancels.get(request.id)?.abort();
    return;
  }
  const cancel = new AbortController();
  cancels.set(request.id, cancel);
  loading
    .then((whisper) => whisper.transcribe(request.wav, { signal: cancel.signal }))
    .then(
      (text) => send({ type: 'text', id: request.id, text }),
      (error: unknown) => send({ type: 'failed', id: request.id, ...describe(error) }),
    )
    .finally(() => {
      request.wav.fill(0);
      cancels.delete(request.id);
    });
});

/** A TranscriptionError as it is; anything else (the runtime failing) without its details. */
function describe(error: unknown): { code: TranscriptionError['code']; message: string } {
  if (error instanceof TranscriptionError) return { code: error.code, message: error.message };
  return { code: 'not_configured', message: `The local Whisper model in ${modelDir} failed while transcribing. Check the model folder, or use a transcription service.` };
}
