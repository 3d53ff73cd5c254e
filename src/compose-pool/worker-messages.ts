// What a composer thread answers its pool.
import type { ComposeErrorCode, Document } from '#compose';

export type WorkerAnswer =
  | { kind: 'ready' }
  | { kind: 'done'; document: Document }
  | { kind: 'compose_error'; code: ComposeErrorCode; message: string; field?: string }
  | { kind: 'failed'; name: string };
