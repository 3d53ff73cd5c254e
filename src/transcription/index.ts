// Transcription of a dictated post-session summary (never a session): the audio's checks, an
// OpenAI-compatible endpoint the user runs, and the optional local Whisper model's requirements.
export { findWhisperProblem, WHISPER_MODEL_ENV, WHISPER_PACKAGE } from './find-whisper-problem.ts';
export { readDictationWav } from './read-dictation-wav.ts';
export { transcribeViaEndpoint, transcriptionUrl } from './transcribe-via-endpoint.ts';
export {
  DICTATION_MAX_BYTES,
  DICTATION_MAX_SECONDS,
  isLocalNetworkHost,
  type TTranscribeResponse,
  type TTranscriptionSettings,
  type TTranscriptionSettingsResponse,
  ZPutTranscriptionSettingsRequest,
  ZTranscribeResponse,
  ZTranscriptionSettings,
  ZTranscriptionSettingsResponse,
} from './transcription.schema.ts';
export { TranscriptionError, type TranscriptionErrorCode } from './transcription-error.ts';
