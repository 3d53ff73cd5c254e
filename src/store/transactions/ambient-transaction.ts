// One database transaction per unit of work, found through AsyncLocalStorage: every store
// operation called inside `store.transaction(fn)` reads and writes through that transaction
// (store.db returns it), so a change and the audit event that records it commit together or
// not at all, without threading a transaction argument through every function.
// Nested calls join the outer transaction. Work registered with `afterCommit` runs once the
// outermost transaction has committed (the audit checkpoint file is written then).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.ts';

interface AmbientContext {
  trx: Transaction<Database>;
  afterCommit: Array<() => Promise<void>>;
}

/** Thrown by a statement that lost a race the caller may win by running the whole unit again. */
export class RetryableConflict extends Error {
  constructor(cause: unknown) {
    super('concurrent write conflict; retry the transaction', { cause });
    this.name = 'RetryableConflict';
  }
}

export interface AmbientTransactions {
  /** The current transaction, or the root database outside one. */
  current(): Kysely<Database>;
  run<T>(fn: () => Promise<T>): Promise<T>;
  afterCommit(work: () => Promise<void>): Promise<void>;
  active(): boolean;
}

const MAX_ATTEMPTS = 20;

export function createAmbientTransactions(db: Kysely<Database>): AmbientTransactions {
  const storage = new AsyncLocalStorage<AmbientContext>();
  return {
    current: () => storage.getStore()?.trx ?? db,
    active: () => storage.getStore() !== undefined,
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (storage.getStore()) return fn();
      for (let attempt = 1; ; attempt++) {
        const afterCommit: AmbientContext['afterCommit'] = [];
        try {
          const result = await db.transaction().execute((trx) => storage.run({ trx, afterCommit }, fn));
          for (const work of afterCommit) await work();
          return result;
        } catch (error) {
          if (!(error instanceof RetryableConflict) || attempt >= MAX_ATTEMPTS) throw error instanceof RetryableConflict ? (error.cause ?? error) : error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
        }
      }
    },
    async afterCommit(work) {
      const context = storage.getStore();
      if (context) context.afterCommit.push(work);
      else await work();
    },
  };
}
