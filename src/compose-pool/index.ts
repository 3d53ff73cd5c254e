// Public face of the composer pool: the composer in worker threads, with a time budget per compose.
export {
  ComposeBusyError,
  type ComposedBody,
  type ComposePool,
  type ComposePoolOptions,
  ComposeTimeoutError,
  ComposeTooLargeError,
  ComposeUnavailableError,
  createComposePool,
  DEFAULT_COMPOSE_BUDGET_MS,
  defaultComposeWorkers,
} from './create-compose-pool.ts';
export type { AnswerEncoding } from './encode-answer.ts';
