// Runs the composer off the calling thread, in a few worker threads, each compose with a time
// budget: a summary that takes too long stops its worker (a new one takes its place) and is
// answered with ComposeTimeoutError, so the server's event loop and the other composes go on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ComposeError, type ComposeInput, type Document, type Layout } from '#compose';
import { workerEntry } from '../worker-entry.ts';
import type { AnswerEncoding } from './encode-answer.ts';
import type { WorkerAnswer, WorkerRequest } from './worker-messages.ts';

export interface ComposePoolOptions {
  /** Worker threads composing at once (default: the cores less one, at least 2, at most 4). */
  size?: number;
  /** How long one compose may run before its worker is stopped (default 2,000 ms). */
  budgetMs?: number;
  /** Composes waiting for a free worker before more are turned away (default 100 per worker). */
  maxQueue?: number;
}

export interface ComposePool {
  /**
   * Composes in a worker; rejects with ComposeError, ComposeTimeoutError, ComposeBusyError or
   * ComposeUnavailableError. `budgetMs` overrides the pool's budget for this compose; `layout`
   * lays the document out in a template's sections instead of the format's.
   */
  compose(input: ComposeInput, options?: { budgetMs?: number; layout?: Layout }): Promise<Document>;
  /**
   * As compose, answering the Document as JSON text made in the worker (for writing it out as is).
   * With `apiLimits`, the worker first checks it against the API's schema and limits and rejects
   * with ComposeTooLargeError (or ComposeUnavailableError 'invalid'), so the caller's thread does
   * nothing that grows with the note.
   */
  composeJson(input: ComposeInput, options?: { budgetMs?: number; apiLimits?: boolean }): Promise<string>;
  /**
   * As composeJson with `apiLimits`, answering the bytes of the HTTP answer: the JSON as UTF-8,
   * compressed in the worker with `encoding` when given (and the note is over 1 KB; `encoding`
   * in the answer says whether it was). The caller's thread only writes them out.
   */
  composeBody(input: ComposeInput, options?: { budgetMs?: number; encoding?: AnswerEncoding | null }): Promise<ComposedBody>;
  /** Stops every worker; waiting composes are turned away. */
  close(): Promise<void>;
  readonly size: number;
  readonly budgetMs: number;
}

export const DEFAULT_COMPOSE_BUDGET_MS = 2000;

/** The bytes of a composed note's HTTP answer, and their content encoding (null: plain JSON). */
export interface ComposedBody {
  body: Buffer;
  encoding: AnswerEncoding | null;
}

/**
 * How many composer threads to start when none is configured: one core is left to the server's
 * own event loop, with at least 2 threads (one long note never blocks the next) and at most 4.
 * @example createComposePool({ size: defaultComposeWorkers(), budgetMs: DEFAULT_COMPOSE_BUDGET_MS });
 */
export function defaultComposeWorkers(): number {
  return Math.max(2, Math.min(4, availableParallelism() - 1));
}

/** The compose ran past its budget; its worker was stopped. Says nothing about the input. */
export class ComposeTimeoutError extends Error {
  constructor(readonly budgetMs: number) {
    super(`Composing took longer than ${budgetMs} ms and was stopped.`);
    this.name = 'ComposeTimeoutError';
  }
}

/** The note is larger than the API keeps; `what` says which limit, in counts only. */
export class ComposeTooLargeError extends Error {
  constructor(readonly what: string) {
    super(`The note would be too large: ${what}.`);
    this.name = 'ComposeTooLargeError';
  }
}

/** Every worker is busy and the queue is full. */
export class ComposeBusyError extends Error {
  constructor() {
    super('The composer is busy.');
    this.name = 'ComposeBusyError';
  }
}

/** A worker could not start, ran out of memory or failed unexpectedly. */
export class ComposeUnavailableError extends Error {
  /** `invalid`: the composer wrote a document that fails the API's schema (its fault, not the input's). */
  constructor(readonly reason: 'start' | 'memory' | 'crash' | 'closed' | 'invalid') {
    super(`The composer is unavailable (${reason}).`);
    this.name = 'ComposeUnavailableError';
  }
}

interface Task {
  request: WorkerRequest;
  budgetMs: number;
  resolve(answer: Document | string | ComposedBody): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/** Memory one worker may use: a runaway input fails alone instead of taking the process down. */
const WORKER_HEAP_MB = 512;
/** Workers that die before they are ready, in a row, before waiting composes are turned away. */
const MAX_START_FAILURES = 2;

/**
 * A pool of composer threads, started on first use.
 * @example
 * const pool = createComposePool({ budgetMs: 2000 });
 * const doc = await pool.compose({ summary: 'pt reports better sleep. denies SI/HI.', format: 'soap' });
 * await pool.close();
 */
export function createComposePool(options: ComposePoolOptions = {}): ComposePool {
  const size = Math.max(1, Math.floor(options.size ?? defaultComposeWorkers()));
  const budgetMs = Math.max(1, options.budgetMs ?? DEFAULT_COMPOSE_BUDGET_MS);
  const maxQueue = Math.max(0, options.maxQueue ?? 100 * size);
  const slots = new Set<Slot>();
  const queue: Task[] = [];
  let startFailures = 0;
  let closed = false;

  function spawn(): void {
    const { url, workerData } = composeWorkerEntry();
    const worker = new Worker(url, { workerData, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (answer: WorkerAnswer) => onAnswer(slot, answer));
    worker.on('error', (error) => finish(slot, new ComposeUnavailableError(isOutOfMemory(error) ? 'memory' : slot.ready ? 'crash' : 'start')));
    worker.on('exit', () => {
      if (!slots.delete(slot)) return;
      finish(slot, new ComposeUnavailableError('crash'));
      if (!slot.ready && ++startFailures >= MAX_START_FAILURES) {
        startFailures = 0;
        turnAwayQueue(new ComposeUnavailableError('start'));
        return;
      }
      // Replaced only when there is work: a thread that cannot start is not restarted in a loop.
      if (queue.length) fill();
    });
  }

  function onAnswer(slot: Slot, answer: WorkerAnswer): void {
    switch (answer.kind) {
      case 'ready':
        slot.ready = true;
        startFailures = 0;
        break;
      case 'done':
        finish(slot, undefined, answer.document);
        break;
      case 'done_json':
        finish(slot, undefined, answer.json);
        break;
      case 'done_body':
        // The transferred bytes, wrapped without a copy.
        finish(slot, undefined, { body: Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength), encoding: answer.encoding });
        break;
      case 'compose_error':
        finish(slot, new ComposeError(answer.code, answer.message, answer.field));
        break;
      case 'too_large':
        finish(slot, new ComposeTooLargeError(answer.what));
        break;
      case 'invalid_document':
        finish(slot, new ComposeUnavailableError('invalid'));
        break;
      case 'failed':
        finish(slot, new ComposeUnavailableError('crash'));
        break;
      default: {
        const never: never = answer;
        throw new Error(`unknown answer ${String(never)}`);
      }
    }
    dispatch();
  }

  /** Ends the slot's task, if any, with a document or an error. */
  function finish(slot: Slot, error: Error | undefined, answer?: Document | string | ComposedBody): void {
    const task = slot.task;
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    if (!task) return;
    if (error) task.reject(error);
    else task.resolve(answer as Document | string | ComposedBody);
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (!queue.length) break;
      if (!slot.ready || slot.task) continue;
      const task = queue.shift() as Task;
      slot.task = task;
      slot.timer = setTimeout(() => overBudget(slot, task.budgetMs), task.budgetMs);
      slot.worker.postMessage(task.request);
    }
    // An idle pool never keeps the process alive; work in hand or waiting does.
    for (const slot of slots) {
      if (slot.task || queue.length) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  function turnAwayQueue(error: Error): void {
    for (const task of queue.splice(0)) task.reject(error);
    dispatch();
  }

  function overBudget(slot: Slot, ms: number): void {
    slots.delete(slot);
    finish(slot, new ComposeTimeoutError(ms));
    void slot.worker.terminate();
    fill();
  }

  /** Starts workers up to the pool's size while there is work (or a replacement is due). */
  function fill(): void {
    if (closed) return;
    try {
      while (slots.size < size) spawn();
    } catch (error) {
      // No worker code to start (a broken install): say so to everyone waiting.
      if (!slots.size) turnAwayQueue(error instanceof Error ? error : new ComposeUnavailableError('start'));
    }
    dispatch();
  }

  function submit(request: WorkerRequest, ms: number | undefined): Promise<Document | string | ComposedBody> {
    if (closed) return Promise.reject(new ComposeUnavailableError('closed'));
    if (queue.length >= maxQueue) return Promise.reject(new ComposeBusyError());
    return new Promise((resolve, reject) => {
      queue.push({ request, budgetMs: Math.max(1, ms ?? budgetMs), resolve, reject });
      fill();
    });
  }

  return {
    size,
    budgetMs,
    compose(input, options = {}) {
      return submit({ input, as: 'document', ...(options.layout ? { layout: options.layout } : {}) }, options.budgetMs) as Promise<Document>;
    },
    composeJson(input, options = {}) {
      return submit({ input, as: options.apiLimits ? 'api_json' : 'json' }, options.budgetMs) as Promise<string>;
    },
    composeBody(input, options = {}) {
      return submit({ input, as: 'api_body', encoding: options.encoding ?? null }, options.budgetMs) as Promise<ComposedBody>;
    },
    async close() {
      closed = true;
      turnAwayQueue(new ComposeUnavailableError('closed'));
      const stopping = [...slots].map((slot) => {
        slots.delete(slot);
        finish(slot, new ComposeUnavailableError('closed'));
        return slot.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}

function isOutOfMemory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** Where the composer thread's code is (src/worker-entry.ts). */
function composeWorkerEntry(): { url: URL; workerData?: { entry: string } } {
  const entry = workerEntry(import.meta.url, 'compose-worker');
  if (!entry) throw new ComposeUnavailableError('start');
  return entry;
}
