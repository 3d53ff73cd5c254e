// A local Whisper model (AFTERWORD_WHISPER_MODEL) needs the optional package
// @huggingface/transformers (installed by default; `npm install --omit=optional` leaves it out, and
// its install reaches no network: docs/decisions.md) and a model folder in the ONNX layout.
// This says what is missing, before any audio arrives.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const WHISPER_PACKAGE = '@huggingface/transformers';
const WHISPER_PACKAGE_VERSION = '4.3.1';
export const WHISPER_MODEL_ENV = 'AFTERWORD_WHISPER_MODEL';
/** What @huggingface/transformers reads from a Whisper model folder (full precision). */
export const WHISPER_MODEL_FILES = ['config.json', 'generation_config.json', 'preprocessor_config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/encoder_model.onnx', 'onnx/decoder_model_merged.onnx'];

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
  const missing = WHISPER_MODEL_FILES.filter((file) => !existsSync(join(modelPath, file)));
  if (missing.length > 0) {
    return `${WHISPER_MODEL_ENV} is ${modelPath}, but that folder has no ${missing.join(', ')}. Give the folder of a Whisper model in the ONNX layout (for example one exported with Hugging Face Optimum: ${WHISPER_MODEL_FILES.join(', ')}).`;
  }
  return null;
}
