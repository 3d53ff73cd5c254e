// What a pool asks a composer thread, and what it answers.
import type { ComposeErrorCode, ComposeInput, Document, Layout } from '#compose';

/**
 * `json`: answer the Document as JSON text, made in the thread (cheaper to pass than the object).
 * `api_json`: the same, after checking it against the API's schema and limits (check-document-limits.ts).
 */
export interface WorkerRequest {
  input: ComposeInput;
  as: 'document' | 'json' | 'api_json';
  /** A clinician's template's sections and placement, in place of the format's (composeWithLayout). */
  layout?: Layout;
}

export type WorkerAnswer =
  | { kind: 'ready' }
  | { kind: 'done'; document: Document }
  | { kind: 'done_json'; json: string }
  | { kind: 'compose_error'; code: ComposeErrorCode; message: string; field?: string }
  | { kind: 'too_large'; what: string }
  | { kind: 'invalid_document' }
  | { kind: 'failed'; name: string };
