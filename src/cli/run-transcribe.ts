// `afterword transcribe FILE.wav`: one dictated summary to text, through the transcription
// service the user names or a Whisper model on this machine. The file is read into memory and
// that copy is zero-filled afterwards.
import { readFileSync } from 'node:fs';
import { findWhisperProblem, loadWhisper, readDictationWav, TranscriptionError, transcribeViaEndpoint, ZTranscriptionSettings } from '#transcription';
import { CliError, EXIT_FAILURE } from './cli-error.ts';
import type { OptionValues } from './parse-command.ts';
import { describeFileError } from './read-input.ts';
import type { TRANSCRIBE_OPTIONS } from './transcribe-options.ts';
import { writeAllSync } from './write-sync.ts';

const HOW_TO_CONFIGURE =
  'No transcription service or model is configured. Give --endpoint URL (or set AFTERWORD_TRANSCRIBE_URL): an OpenAI-compatible /v1/audio/transcriptions service you run, such as http://127.0.0.1:8000/v1, with --model NAME if it is not whisper-1. Or give --whisper-model DIR (or set AFTERWORD_WHISPER_MODEL): a Whisper model in the ONNX layout, run on this machine (see README, Dictation).';

/** Prints the transcript; exit status 0. */
export async function runTranscribe(options: OptionValues<typeof TRANSCRIBE_OPTIONS>, operands: string[]): Promise<number> {
  const file = operands[0];
  if (!file) throw new CliError('Give the WAV file of your dictated summary: afterword transcribe summary.wav.');
  const transcribe = options.endpoint ? viaEndpoint(options) : viaLocalModel(options);
  let wav: Buffer;
  try {
    wav = readFileSync(file);
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${describeFileError(error)}.`);
  }
  try {
    const text = await transcribe(wav);
    writeAllSync(1, `${text}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TranscriptionError)) throw error;
    throw new CliError(`${file}: ${error.message}`, error.code === 'bad_audio' || error.code === 'too_long' || error.code === 'not_configured' ? undefined : EXIT_FAILURE);
  } finally {
    wav.fill(0);
  }
}

type Transcribe = (wav: Uint8Array) => Promise<string>;

function viaEndpoint(options: OptionValues<typeof TRANSCRIBE_OPTIONS>): Transcribe {
  const endpoint = ZTranscriptionSettings.safeParse({ baseUrl: options.endpoint, model: options.model, allowRemote: options['allow-remote'] });
  if (!endpoint.success) {
    const issue = endpoint.error.issues[0];
    const option = issue?.path[0] === 'allowRemote' ? '--allow-remote' : issue?.path[0] === 'model' ? '--model' : '--endpoint';
    throw new CliError(`${option}: ${issue?.message ?? 'is not valid'}${option === '--allow-remote' ? ' (give --allow-remote)' : ''}.`);
  }
  return (wav) => transcribeViaEndpoint({ endpoint: endpoint.data, wav, ...(options.key ? { apiKey: options.key } : {}) });
}

/** The local Whisper model, checked before the file is read; it is loaded once the audio is in hand. */
function viaLocalModel(options: OptionValues<typeof TRANSCRIBE_OPTIONS>): Transcribe {
  const model = options['whisper-model'];
  if (!model) throw new CliError(HOW_TO_CONFIGURE);
  const problem = findWhisperProblem(model);
  if (problem) throw new CliError(problem);
  return async (wav) => {
    readDictationWav(wav);
    const whisper = await loadWhisper(model, options['whisper-sha256'] ? { sha256: options['whisper-sha256'] } : {});
    return await whisper.transcribe(wav);
  };
}
