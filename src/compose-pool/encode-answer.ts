// The bytes of an API answer, made in the composer's thread: the note's JSON as UTF-8, compressed
// when the client accepts it. The server's thread then only writes them out (issue 7: nothing on
// the event loop grows with the note; a 500 KB note took tens of milliseconds of its time to
// encode and compress). Same settings as the server's own compression (register-compression.ts).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type AnswerEncoding = 'br' | 'gzip';

/** Answers under this many bytes go out as they are, as the server does with its other answers. */
const COMPRESS_THRESHOLD_BYTES = 1024;

const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/**
 * The JSON text as bytes, compressed with `encoding` when given and worth it. The bytes own their
 * whole ArrayBuffer, so they can be transferred to another thread instead of copied.
 * @example encodeAnswer('{"format":"soap"}', 'br') // { bytes: Uint8Array, encoding: null } (too small to compress)
 */
export function encodeAnswer(json: string, encoding: AnswerEncoding | null): { bytes: Uint8Array; encoding: AnswerEncoding | null } {
  const utf8 = new TextEncoder().encode(json);
  if (!encoding || utf8.byteLength < COMPRESS_THRESHOLD_BYTES) return { bytes: utf8, encoding: null };
  const packed = encoding === 'br' ? brotliCompressSync(utf8, BROTLI_OPTIONS) : gzipSync(utf8);
  // zlib may answer a slice of a shared pool: copy it into bytes of its own.
  return { bytes: new Uint8Array(packed), encoding };
}
