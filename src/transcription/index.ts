// Transcription of a dictated post-session summary (never a session): the audio's checks, an
// OpenAI-compatible endpoint the user runs, and a local Whisper model (optional package).
export { findWhisperProblem, WHISPER_MODEL_ENV, WHISPER_PACKAGE, type WhisperModelFiles, whisperModelFiles } from './find-whisper-problem.ts';
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
export { type LocalWhisper, loadWhisper, MAX_TOKENS_PER_WINDOW } from './transcribe-with-whisper.ts';
export { TranscriptionError, type TranscriptionErrorCode } from './transcription-error.ts';
export { whisperModelDigest } from './whisper-model-digest.ts';
export { startWhisperThread, type WhisperThread } from './whisper-thread.ts';
