// One composer thread of the pool (create-compose-pool.ts): composes what it is sent and
// answers the Document, or the composer's own error. Nothing else crosses: an unexpected
// error is sent as its name only, since its message might quote the summary.
import { parentPort } from 'node:worker_threads';
import { ComposeError, composeNote } from '#compose';
import type { WorkerAnswer, WorkerRequest } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('compose-worker runs as a worker thread');

port.on('message', ({ input, as, layout }: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    const document = composeNote(input, layout);
    answer = as === 'json' ? { kind: 'done_json', json: JSON.stringify(document) } : { kind: 'done', document };
  } catch (e) {
    answer =
      e instanceof ComposeError
        ? { kind: 'compose_error', code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) }
        : { kind: 'failed', name: e instanceof Error ? e.name : 'unknown' };
  }
  port.postMessage(answer);
});
port.postMessage({ kind: 'ready' } satisfies WorkerAnswer);
