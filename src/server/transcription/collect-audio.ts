// Reads a dictation's request body into one buffer sized from Content-Length, zero-filling each
// network chunk once copied: the audio exists in memory in one place the route can wipe, and
// nowhere on disk. A body without a length, or longer than the cap, is refused before it is read.
import type { IncomingMessage } from 'node:http';
import { AppError } from '#store';
import { DICTATION_MAX_BYTES, DICTATION_MAX_SECONDS } from '#transcription';

/** Fastify content-type parser for `audio/wav`: the body becomes a Buffer (or the request is refused). */
export function collectAudio(request: { headers: IncomingMessage['headers'] }, payload: IncomingMessage, done: (error: Error | null, body?: Buffer) => void): void {
  const length = Number(request.headers['content-length']);
  if (!Number.isInteger(length) || length <= 0) {
    payload.resume();
    done(new AppError('bad_request', 'Send the dictation with its length (Content-Length), as a 16 kHz mono PCM WAV file'));
    return;
  }
  if (length > DICTATION_MAX_BYTES) {
    payload.resume();
    done(new AppError('bad_request', `A dictated summary is at most ${DICTATION_MAX_SECONDS / 60} minutes; this one is longer. Dictate a shorter summary.`));
    return;
  }
  const audio = Buffer.alloc(length);
  let filled = 0;
  let finished = false;
  const finish = (error: Error | null): void => {
    if (finished) return;
    finished = true;
    if (error || filled !== length) {
      audio.fill(0);
      done(error ?? new AppError('bad_request', 'The dictation arrived incomplete; try again'));
    } else done(null, audio);
  };
  payload.on('data', (chunk: Buffer) => {
    if (filled + chunk.length > length) {
      chunk.fill(0);
      payload.destroy();
      return finish(new AppError('bad_request', 'The dictation is longer than its Content-Length'));
    }
    chunk.copy(audio, filled);
    filled += chunk.length;
    chunk.fill(0);
  });
  payload.on('end', () => finish(null));
  payload.on('error', (error) => finish(error));
  payload.on('close', () => finish(null));
}
