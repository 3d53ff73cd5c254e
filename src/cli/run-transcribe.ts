// `afterword transcribe FILE.wav`: one dictated summary to text, through the transcription
// service the user names. The file is read into memory and that copy is zero-filled afterwards.
import { readFileSync } from 'node:fs';
import { findWhisperProblem, TranscriptionError, transcribeViaEndpoint, ZTranscriptionSettings } from '#transcription';
import { CliError, EXIT_FAILURE } from './cli-error.ts';
import type { OptionValues } from './parse-command.ts';
import { describeFileError } from './read-input.ts';
import type { TRANSCRIBE_OPTIONS } from './transcribe-options.ts';
import { writeAllSync } from './write-sync.ts';

const HOW_TO_CONFIGURE =
  'No transcription service or model is configured. Give --endpoint URL (or set AFTERWORD_TRANSCRIBE_URL): an OpenAI-compatible /v1/audio/transcriptions service you run, such as http://127.0.0.1:8000/v1, with --model NAME if it is not whisper-1. A local Whisper model (AFTERWORD_WHISPER_MODEL) needs the optional package @huggingface/transformers (see README, Dictation).';

/** Prints the transcript; exit status 0. */
export async function runTranscribe(options: OptionValues<typeof TRANSCRIBE_OPTIONS>, operands: string[]): Promise<number> {
  const file = operands[0];
  if (!file) throw new CliError('Give the WAV file of your dictated summary: afterword transcribe summary.wav.');
  if (!options.endpoint) throw new CliError(findWhisperProblem(options['whisper-model']) ?? HOW_TO_CONFIGURE);
  const endpoint = ZTranscriptionSettings.safeParse({ baseUrl: options.endpoint, model: options.model, allowRemote: options['allow-remote'] });
  if (!endpoint.success) {
    const issue = endpoint.error.issues[0];
    const option = issue?.path[0] === 'allowRemote' ? '--allow-remote' : issue?.path[0] === 'model' ? '--model' : '--endpoint';
    throw new CliError(`${option}: ${issue?.message ?? 'is not valid'}${option === '--allow-remote' ? ' (give --allow-remote)' : ''}.`);
  }
  let wav: Buffer;
  try {
    wav = readFileSync(file);
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${describeFileError(error)}.`);
  }
  try {
    const text = await transcribeViaEndpoint({ endpoint: endpoint.data, wav, ...(options.key ? { apiKey: options.key } : {}) });
    writeAllSync(1, `${text}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TranscriptionError)) throw error;
    throw new CliError(`${file}: ${error.message}`, error.code === 'bad_audio' || error.code === 'too_long' ? undefined : EXIT_FAILURE);
  } finally {
    wav.fill(0);
  }
}
