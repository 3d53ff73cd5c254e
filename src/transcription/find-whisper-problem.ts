// A local Whisper model (AFTERWORD_WHISPER_MODEL) needs the optional package
// @huggingface/transformers (installed by default; `npm install --omit=optional` leaves it out, and
// its install reaches no network: docs/decisions.md) and a model folder in the ONNX layout.
// This says what is missing, before any audio arrives.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const WHISPER_PACKAGE = '@huggingface/transformers';
const WHISPER_PACKAGE_VERSION = '4.3.1';
export const WHISPER_MODEL_ENV = 'AFTERWORD_WHISPER_MODEL';
const SETTINGS_FILES = ['config.json', 'generation_config.json', 'preprocessor_config.json', 'tokenizer.json', 'tokenizer_config.json'];
/**
 * The weights @huggingface/transformers can load, in the order they are preferred: full precision,
 * then 8-bit (about twice as fast on a CPU; keep only the `_quantized` files to use it).
 */
const WEIGHTS = [
  { dtype: 'fp32', suffix: '' },
  { dtype: 'q8', suffix: '_quantized' },
] as const;

export interface WhisperModelFiles {
  dtype: (typeof WEIGHTS)[number]['dtype'];
  /** Every file that is loaded, relative to the model folder: what its digest covers. */
  files: string[];
}

const filesOf = (weights: (typeof WEIGHTS)[number]): string[] => [...SETTINGS_FILES, `onnx/encoder_model${weights.suffix}.onnx`, `onnx/decoder_model_merged${weights.suffix}.onnx`];

/**
 * The files a complete model folder is loaded from, or null.
 * @example whisperModelFiles('/models/whisper-base.en') // { dtype: 'fp32', files: ['config.json', ..., 'onnx/decoder_model_merged.onnx'] }
 */
export function whisperModelFiles(modelDir: string): WhisperModelFiles | null {
  for (const weights of WEIGHTS) {
    const files = filesOf(weights);
    if (files.every((file) => existsSync(join(modelDir, file)))) return { dtype: weights.dtype, files };
  }
  return null;
}

/** Whether a package can be found from here (`resolve` is swapped in tests). */
export type ResolvePackage = (name: string) => boolean;

const resolveFromHere: ResolvePackage = (name) => {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
};

/**
 * Null when no local model is asked for, or when the one asked for can be loaded; otherwise why
 * it cannot be used and what to do.
 * @example findWhisperProblem('/models/whisper-base') // "AFTERWORD_WHISPER_MODEL is /models/whisper-base, but that folder has no onnx/encoder_model.onnx ..."
 */
export function findWhisperProblem(modelPath: string | undefined, resolve: ResolvePackage = resolveFromHere): string | null {
  if (!modelPath?.trim()) return null;
  if (!resolve(WHISPER_PACKAGE)) {
    return `${WHISPER_MODEL_ENV} is set, but the optional package ${WHISPER_PACKAGE} that runs a local Whisper model is not installed. Install it without its network download: ONNXRUNTIME_NODE_INSTALL=skip npm install ${WHISPER_PACKAGE}@${WHISPER_PACKAGE_VERSION}. Or unset ${WHISPER_MODEL_ENV} and use a transcription endpoint (--endpoint URL, AFTERWORD_TRANSCRIBE_URL, or Settings › Dictation).`;
  }
  if (!existsSync(modelPath)) return `${WHISPER_MODEL_ENV} is ${modelPath}, but there is no such folder. Give the folder of a Whisper model in the ONNX layout.`;
  if (whisperModelFiles(modelPath)) return null;
  const missing = filesOf(WEIGHTS[0]).filter((file) => !existsSync(join(modelPath, file)));
  return `${WHISPER_MODEL_ENV} is ${modelPath}, but that folder has no ${missing.join(', ')}. Give the folder of a Whisper model in the ONNX layout (for example one exported with Hugging Face Optimum: ${filesOf(WEIGHTS[0]).join(', ')}; or, 8-bit, the same with onnx/encoder_model_quantized.onnx and onnx/decoder_model_merged_quantized.onnx).`;
}
