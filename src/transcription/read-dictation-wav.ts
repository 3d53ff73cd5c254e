// Checks that a WAV file holds what dictation sends (16 kHz, 16-bit, mono PCM) and how long it is.
// Reads the header only; the samples are neither copied nor decoded.
import { DICTATION_MAX_SECONDS, DICTATION_SAMPLE_RATE } from './transcription.schema.ts';
import { TranscriptionError } from './transcription-error.ts';

export interface DictationWav {
  /** Length of the audio in seconds. */
  seconds: number;
}

const WANTED = 'Send 16 kHz, 16-bit, mono PCM WAV (for example: ffmpeg -i in.m4a -ar 16000 -ac 1 -c:a pcm_s16le out.wav)';

/**
 * @example readDictationWav(bytes).seconds // 73.5
 */
export function readDictationWav(bytes: Uint8Array, maxSeconds = DICTATION_MAX_SECONDS): DictationWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.byteLength < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new TranscriptionError('bad_audio', `This is not a WAV file. ${WANTED}.`);
  let format: { pcm: boolean; channels: number; rate: number; bits: number } | null = null;
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ' && at + 24 <= bytes.byteLength) {
      format = { pcm: view.getUint16(at + 8, true) === 1, channels: view.getUint16(at + 10, true), rate: view.getUint32(at + 12, true), bits: view.getUint16(at + 22, true) };
    }
    if (id === 'data') {
      if (!format) break;
      if (!format.pcm || format.channels !== 1 || format.rate !== DICTATION_SAMPLE_RATE || format.bits !== 16) {
        throw new TranscriptionError('bad_audio', `This WAV file is ${format.pcm ? 'PCM' : 'compressed'}, ${format.channels} channel(s), ${format.rate} Hz, ${format.bits}-bit. ${WANTED}.`);
      }
      const dataBytes = Math.min(size, bytes.byteLength - at - 8);
      const seconds = dataBytes / (DICTATION_SAMPLE_RATE * 2);
      if (seconds === 0) throw new TranscriptionError('bad_audio', 'This WAV file holds no audio.');
      if (seconds > maxSeconds + 0.5) {
        throw new TranscriptionError('too_long', `This dictation is ${Math.round(seconds)} s long; a dictated summary is at most ${maxSeconds} s (${maxSeconds / 60} minutes). Dictate a shorter summary.`);
      }
      return { seconds };
    }
    at += 8 + size + (size % 2);
  }
  throw new TranscriptionError('bad_audio', `This WAV file has no ${format ? 'audio data' : 'format'} chunk. ${WANTED}.`);
}
