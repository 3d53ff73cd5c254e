// `afterword transcribe FILE.wav`: its options and help. The command itself
// (src/cli/run-transcribe.ts) is loaded only when run.
import type { CommandSpec, OptionTable } from './parse-command.ts';

export const TRANSCRIBE_OPTIONS = {
  endpoint: {
    type: 'string',
    value: 'URL',
    env: 'AFTERWORD_TRANSCRIBE_URL',
    example: 'http://127.0.0.1:8000/v1',
    description: 'an OpenAI-compatible transcription service you run (POST URL/audio/transcriptions); the audio goes there and nowhere else',
  },
  model: { type: 'string', value: 'NAME', env: 'AFTERWORD_TRANSCRIBE_MODEL', default: 'whisper-1', example: 'whisper-1', description: 'the model name the service expects' },
  key: {
    type: 'string',
    value: 'KEY',
    env: 'AFTERWORD_TRANSCRIBE_KEY',
    description: 'the key the service asks for, sent as a bearer token; prefer the environment variable (a flag is visible in the process list)',
  },
  'allow-remote': { type: 'boolean', env: 'AFTERWORD_TRANSCRIBE_ALLOW_REMOTE', description: 'allow an --endpoint outside this machine and its private network (the audio, which may name people, goes there)' },
  'whisper-model': {
    type: 'string',
    value: 'DIR',
    env: 'AFTERWORD_WHISPER_MODEL',
    example: './models/whisper-base',
    description: 'a local Whisper model (ONNX layout), used when no --endpoint is given; runs on this machine with the optional package @huggingface/transformers',
  },
  'whisper-sha256': { type: 'string', value: 'HEX', env: 'AFTERWORD_WHISPER_SHA256', description: 'the SHA-256 the local Whisper model folder must have (the SHA-256 of the sha256sum listing of its files; README, Dictation); a changed model is refused' },
} as const satisfies OptionTable;

export const TRANSCRIBE_COMMAND: CommandSpec<typeof TRANSCRIBE_OPTIONS> = {
  name: 'transcribe',
  summary: 'Transcribes a dictated post-session summary (a WAV file, at most 5 minutes) to text.',
  operands: 'FILE.wav',
  maxOperands: 1,
  details:
    'FILE.wav is your own dictated summary after the session, never a recording of a session: 16 kHz, 16-bit, mono PCM, at most 5 minutes. The text goes to standard output; the audio is read into memory, transcribed by the service you name or the local Whisper model, and wiped. Nothing is written.',
  options: TRANSCRIBE_OPTIONS,
};
