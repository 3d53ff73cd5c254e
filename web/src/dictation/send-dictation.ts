// Sends a recorded dictation to POST /api/transcribe (the server forwards it to the clinician's
// transcription service) and wipes the WAV once the answer, an error or a cancel is in.
import { ApiError, describeError } from '../api/api-error.ts';
import { currentCsrfToken } from '../api/request.ts';

/** The transcript; throws an Error whose message says what went wrong, never what was said. */
export async function sendDictation(wav: Uint8Array<ArrayBuffer>, signal: AbortSignal): Promise<string> {
  try {
    const token = currentCsrfToken();
    const response = await fetch('/api/transcribe', {
      method: 'POST',
      headers: { 'content-type': 'audio/wav', accept: 'application/json', ...(token ? { 'x-csrf-token': token } : {}) },
      body: wav,
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
    const data = (await response.json().catch(() => ({}))) as { text?: string; error?: { code?: string; message?: string } };
    if (!response.ok || typeof data.text !== 'string') {
      throw new ApiError({ code: data.error?.code ?? 'internal', message: data.error?.message ?? `The server answered ${response.status}.`, status: response.status });
    }
    return data.text;
  } catch (error) {
    if (signal.aborted) throw new Error('Cancelled; nothing was kept.');
    throw new Error(error instanceof ApiError ? describeError(error) : 'The server could not be reached.');
  } finally {
    wav.fill(0);
  }
}
