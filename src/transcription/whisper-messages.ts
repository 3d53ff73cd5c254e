// What the local Whisper thread (whisper-worker.ts) and the server's side of it (whisper-thread.ts)
// say to each other. Audio goes in as a copy the thread zero-fills; errors come back as a code and
// a message from TranscriptionError, never the audio or the text.
import type { TranscriptionErrorCode } from './transcription-error.ts';

export interface WhisperThreadData {
  modelDir: string;
  sha256?: string;
}

export type WhisperRequest = { type: 'transcribe'; id: number; wav: Uint8Array } | { type: 'cancel'; id: number };

export type WhisperAnswer =
  | { type: 'loaded' }
  | { type: 'load-failed'; code: TranscriptionErrorCode; message: string }
  | { type: 'text'; id: number; text: string }
  | { type: 'failed'; id: number; code: TranscriptionErrorCode; message: string };
