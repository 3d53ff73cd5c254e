// What a pool asks a composer thread, and what it answers.
import type { ComposeErrorCode, ComposeInput, Document, Layout } from '#compose';
import type { AnswerEncoding } from './encode-answer.ts';

/**
 * `json`: answer the Document as JSON text, made in the thread (cheaper to pass than the object).
 * `api_json`: the same, after checking it against the API's schema and limits (check-document-limits.ts).
 * `api_body`: as `api_json`, answered as the bytes of the HTTP answer, compressed with `encoding` if given (encode-answer.ts).
 */
export interface WorkerRequest {
  input: ComposeInput;
  as: 'document' | 'json' | 'api_json' | 'api_body';
  encoding?: AnswerEncoding | null;
  /** A clinician's template's sections and placement, in place of the format's (composeWithLayout). */
  layout?: Layout;
}

export type WorkerAnswer =
  | { kind: 'ready' }
  | { kind: 'done'; document: Document }
  | { kind: 'done_json'; json: string }
  /** `bytes` own their ArrayBuffer and are transferred, not copied. */
  | { kind: 'done_body'; bytes: Uint8Array; encoding: AnswerEncoding | null }
  | { kind: 'compose_error'; code: ComposeErrorCode; message: string; field?: string }
  | { kind: 'too_large'; what: string }
  | { kind: 'invalid_document' }
  | { kind: 'failed'; name: string };
