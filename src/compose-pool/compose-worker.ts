// One composer thread of the pool (create-compose-pool.ts): composes what it is sent and
// answers the Document, or the composer's own error. Nothing else crosses: an unexpected
// error is sent as its name only, since its message might quote the summary.
import { parentPort } from 'node:worker_threads';
import { ComposeError, composeNote, type Document } from '#compose';
import { checkDocumentLimits } from './check-document-limits.ts';
import { type AnswerEncoding, encodeAnswer } from './encode-answer.ts';
import { WARM_UP_INPUTS } from './warm-up-summaries.ts';
import type { WorkerAnswer, WorkerRequest } from './worker-messages.ts';

const port = parentPort;
if (!port) throw new Error('compose-worker runs as a worker thread');

port.on('message', ({ input, as, layout, encoding }: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    answer = answerFor(composeNote(input, layout), as, encoding ?? null);
  } catch (e) {
    answer =
      e instanceof ComposeError
        ? { kind: 'compose_error', code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) }
        : { kind: 'failed', name: e instanceof Error ? e.name : 'unknown' };
  }
  port.postMessage(answer, answer.kind === 'done_body' ? [answer.bytes.buffer as ArrayBuffer] : []);
});
// Made-up summaries composed before the worker says it is ready: the composer's patterns compile
// on first use, and that time belongs to starting the worker, not to the first real notes' budget.
for (const input of WARM_UP_INPUTS) composeNote(input);
port.postMessage({ kind: 'ready' } satisfies WorkerAnswer);

function answerFor(document: Document, as: WorkerRequest['as'], encoding: AnswerEncoding | null): WorkerAnswer {
  switch (as) {
    case 'document':
      return { kind: 'done', document };
    case 'json':
      return { kind: 'done_json', json: JSON.stringify(document) };
    case 'api_json':
    case 'api_body': {
      const check = checkDocumentLimits(document);
      if (!check.ok) return 'tooLarge' in check ? { kind: 'too_large', what: check.tooLarge } : { kind: 'invalid_document' };
      return as === 'api_json' ? { kind: 'done_json', json: check.json } : { kind: 'done_body', ...encodeAnswer(check.json, encoding) };
    }
    default: {
      const never: never = as;
      throw new Error(`unknown answer form ${String(never)}`);
    }
  }
}
