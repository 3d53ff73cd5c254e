// Why a transcription failed, as a code and a message that names what to fix. Never the audio,
// never the transcript, never the service's own answer (it may echo what was said).

export type TranscriptionErrorCode =
  /** The audio is not 16 kHz 16-bit mono PCM WAV, or is empty. */
  | 'bad_audio'
  /** Longer than the dictation cap. */
  | 'too_long'
  /** No endpoint or model configured. */
  | 'not_configured'
  /** The service could not be reached, answered with an error, or answered nonsense. */
  | 'unreachable'
  | 'refused'
  | 'bad_reply'
  /** The service took longer than allowed. */
  | 'timeout'
  /** The request was withdrawn (the clinician cancelled). */
  | 'cancelled';

export class TranscriptionError extends Error {
  readonly code: TranscriptionErrorCode;
  constructor(code: TranscriptionErrorCode, message: string) {
    super(message);
    this.name = 'TranscriptionError';
    this.code = code;
  }
}
