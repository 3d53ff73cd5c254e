// Sends one dictation to an OpenAI-compatible transcription service the user runs
// (`POST /v1/audio/transcriptions`, multipart: file, model, response_format=json) and returns the
// text. The request body is built here, in one buffer this module owns, so that it can be
// zero-filled as soon as the answer (or the failure) is in; nothing is written to disk or logged.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { readDictationWav } from './read-dictation-wav.ts';
import type { TTranscriptionSettings } from './transcription.schema.ts';
import { TranscriptionError } from './transcription-error.ts';

export interface TranscribeViaEndpointOptions {
  endpoint: Pick<TTranscriptionSettings, 'baseUrl' | 'model'>;
  /** The dictation: 16 kHz, 16-bit, mono PCM WAV. Not changed here; the caller zero-fills it. */
  wav: Uint8Array;
  /** Aborted when the clinician cancels (or the browser goes away). */
  signal?: AbortSignal;
  /** The key the service asks for, sent as `Authorization: Bearer KEY`; none: no header. */
  apiKey?: string;
  /** How long the service may take; default 120 s (a 5-minute dictation on a slow CPU). */
  timeoutMs?: number;
}

const ZReply = z.object({ text: z.string() });

/**
 * The transcription address of an OpenAI-compatible server from its root, with or without `/v1`.
 * @example transcriptionUrl('http://127.0.0.1:8000'); // 'http://127.0.0.1:8000/v1/audio/transcriptions'
 */
export function transcriptionUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return `${base}${base.endsWith('/v1') ? '' : '/v1'}/audio/transcriptions`;
}

/**
 * @example
 * const text = await transcribeViaEndpoint({ endpoint: { baseUrl: 'http://127.0.0.1:8000/v1', model: 'whisper-1' }, wav });
 */
export async function transcribeViaEndpoint(options: TranscribeViaEndpointOptions): Promise<string> {
  readDictationWav(options.wav);
  const url = transcriptionUrl(options.endpoint.baseUrl);
  const boundary = `afterword-${randomUUID()}`;
  const field = (name: string, value: string): string => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = Buffer.from(
    `${field('model', options.endpoint.model)}${field('response_format', 'json')}--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="summary.wav"\r\ncontent-type: audio/wav\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const body = Buffer.alloc(head.length + options.wav.byteLength + tail.length);
  head.copy(body, 0);
  body.set(options.wav, head.length);
  tail.copy(body, head.length + options.wav.byteLength);

  const timeout = AbortSignal.timeout(options.timeoutMs ?? 120_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          accept: 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body, signal });
    } catch (error) {
      throw failure(error, options.signal, url);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new TranscriptionError('refused', refusal(response.status, url, Boolean(options.apiKey)));
    }
    let reply: unknown;
    try {
      reply = await response.json();
    } catch (error) {
      if (signal.aborted) throw failure(error, options.signal, url);
      throw new TranscriptionError('bad_reply', `The transcription service at ${url} did not answer with JSON. Check that it speaks the OpenAI transcription API.`);
    }
    const parsed = ZReply.safeParse(reply);
    if (!parsed.success) throw new TranscriptionError('bad_reply', `The transcription service at ${url} answered without a "text" field. Check that it speaks the OpenAI transcription API.`);
    return parsed.data.text.trim();
  } finally {
    body.fill(0);
  }
}

function failure(error: unknown, cancel: AbortSignal | undefined, url: string): TranscriptionError {
  if (cancel?.aborted) return new TranscriptionError('cancelled', 'The dictation was cancelled; nothing was kept.');
  if (error instanceof DOMException && error.name === 'TimeoutError') return new TranscriptionError('timeout', `The transcription service at ${url} took too long to answer. Try a shorter dictation, or check the service.`);
  return new TranscriptionError('unreachable', `The transcription service at ${url} could not be reached. Check that it is running and that the address in Settings › Dictation is right.`);
}

function refusal(status: number, url: string, sentKey: boolean): string {
  if (status === 404) return `The transcription service answered 404 at ${url}: check the base URL (it should end before /audio/transcriptions).`;
  if (status === 401 || status === 403) {
    return sentKey
      ? `The transcription service at ${url} refused the key (${status}): check the key in Settings › Dictation.`
      : `The transcription service at ${url} refused the request (${status}): it may need a key. Add it in Settings › Dictation.`;
  }
  if (status === 400 || status === 422) return `The transcription service at ${url} refused the request (${status}): check the model name in Settings › Dictation.`;
  return `The transcription service at ${url} answered with an error (${status}). Check its own log.`;
}
