// A local Whisper model (AFTERWORD_WHISPER_MODEL) needs the optional package
// @huggingface/transformers, which Afterword does not install: it adds about 474 MB and its
// install reaches the network unless told not to (docs/decisions.md). This says what is missing.

export const WHISPER_PACKAGE = '@huggingface/transformers';
const WHISPER_PACKAGE_VERSION = '4.3.1';
export const WHISPER_MODEL_ENV = 'AFTERWORD_WHISPER_MODEL';

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
 * Null when no local model is asked for; otherwise why it cannot be used and what to do.
 * @example findWhisperProblem('/models/whisper-base') // "AFTERWORD_WHISPER_MODEL is set ..., but ... npm install ..."
 */
export function findWhisperProblem(modelPath: string | undefined, resolve: ResolvePackage = resolveFromHere): string | null {
  if (!modelPath?.trim()) return null;
  if (!resolve(WHISPER_PACKAGE)) {
    return `${WHISPER_MODEL_ENV} is set, but the optional package ${WHISPER_PACKAGE} that runs a local Whisper model is not installed. Install it without its network download: ONNXRUNTIME_NODE_INSTALL=skip npm install ${WHISPER_PACKAGE}@${WHISPER_PACKAGE_VERSION}. Or unset ${WHISPER_MODEL_ENV} and use a transcription endpoint (--endpoint URL, AFTERWORD_TRANSCRIBE_URL, or Settings › Dictation).`;
  }
  return `${WHISPER_MODEL_ENV} is set and ${WHISPER_PACKAGE} is installed, but this version of Afterword cannot run a local Whisper model yet. Unset ${WHISPER_MODEL_ENV} and use a transcription endpoint (--endpoint URL, AFTERWORD_TRANSCRIBE_URL, or Settings › Dictation).`;
}
