// One composer thread of the pool (create-compose-pool.ts): composes what it is sent and
// answers the Document, or the composer's own error. Nothing else crosses: an unexpected
// error is sent as its name only, since its message might quote the summary.
import { parentPort } from 'node:worker_threads';
import { ComposeError, type ComposeInput, composeNote } from '#compose';
import type { WorkerAnswer } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('compose-worker runs as a worker thread');

port.on('message', (input: ComposeInput) => {
  let answer: WorkerAnswer;
  try {
    answer = { kind: 'done', document: composeNote(input) };
  } catch (e) {
    answer =
      e instanceof ComposeError
        ? { kind: 'compose_error', code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) }
        : { kind: 'failed', name: e instanceof Error ? e.name : 'unknown' };
  }
  port.postMessage(answer);
});
port.postMessage({ kind: 'ready' } satisfies WorkerAnswer);
