// The SHA-256 of a Whisper model folder, so that the model a clinician checked is the model that
// runs. It is the digest of `sha256sum`'s listing of the files Afterword loads, so it can be
// checked by hand: (cd DIR && sha256sum config.json generation_config.json
// preprocessor_config.json tokenizer.json tokenizer_config.json onnx/encoder_model.onnx
// onnx/decoder_model_merged.onnx) | sha256sum   (with _quantized before .onnx for an 8-bit model)
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { whisperModelFiles } from './find-whisper-problem.ts';
import { TranscriptionError } from './transcription-error.ts';

/**
 * @example await whisperModelDigest('/models/whisper-base.en') // '3f0c…' (64 hex digits)
 */
export async function whisperModelDigest(modelDir: string): Promise<string> {
  const model = whisperModelFiles(modelDir);
  if (!model) throw new TranscriptionError('not_configured', `${modelDir} holds no complete Whisper model in the ONNX layout.`);
  let listing = '';
  for (const file of model.files) {
    const hash = createHash('sha256');
    await pipeline(createReadStream(join(modelDir, file)), hash);
    listing += `${hash.digest('hex')}  ${file}\n`;
  }
  return createHash('sha256').update(listing).digest('hex');
}
