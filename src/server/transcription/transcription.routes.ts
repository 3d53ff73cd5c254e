// Dictation on the server: the user's transcription endpoint in Settings, and
// POST /api/transcribe, which takes one dictated summary (16 kHz mono PCM WAV, in the body),
// forwards it to that endpoint (or, with none set, to the Whisper model this server runs,
// AFTERWORD_WHISPER_MODEL) and answers the text. The audio lives in one buffer for the
// length of the request and is zero-filled before the answer leaves, on success, error or
// cancel; it is never written to disk and never logged (test/server/transcription proves it).
import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, getTranscriptionSettings, hasTranscriptionKey, putTranscriptionSettings, unsafeOpenTranscriptionKey } from '#store';
import {
  findWhisperProblem,
  startWhisperThread,
  TranscriptionError,
  type TTranscriptionSettingsResponse,
  type WhisperThread,
  transcribeViaEndpoint,
  ZPutTranscriptionSettingsRequest,
  ZTranscribeResponse,
  ZTranscriptionSettingsResponse,
} from '#transcription';
import { requireAuth } from '../auth/require-auth.ts';
import { collectAudio } from './collect-audio.ts';

export const transcriptionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, config } = app;
  const whisperProblem = findWhisperProblem(config.whisperModel ?? undefined);
  const modelDir = config.whisperModel && !whisperProblem ? config.whisperModel : null;
  // Started in its own thread on the first dictation, then kept; a start that failed (a changed
  // model) is tried again next time.
  let whisper: Promise<WhisperThread> | null = null;
  const localWhisper = (dir: string): Promise<WhisperThread> => {
    whisper ??= startWhisperThread(dir, config.whisperSha256 ? { sha256: config.whisperSha256 } : {}).catch((error: unknown) => {
      whisper = null;
      throw error;
    });
    return whisper;
  };
  app.addHook('onClose', async () => {
    await (await whisper?.catch(() => null))?.close();
  });
  // Scoped to this plugin: only /api/transcribe reads audio bodies.
  app.addContentTypeParser('audio/wav', collectAudio);
  // Whatever ended the request (a refused sign-in, an error, a cancel), the audio is wiped.
  const wipe = async (request: { body: unknown }): Promise<void> => {
    if (Buffer.isBuffer(request.body)) request.body.fill(0);
  };
  app.addHook('onResponse', wipe);
  app.addHook('onRequestAbort', wipe);

  const settingsResponse = async (userId: string): Promise<TTranscriptionSettingsResponse> => ({
    transcription: await getTranscriptionSettings(store, userId),
    hasKey: await hasTranscriptionKey(store, userId),
    whisperProblem,
    localModel: modelDir ? basename(modelDir) : null,
  });

  app.get('/api/settings/transcription', { schema: { tags: ['settings'], response: { 200: ZTranscriptionSettingsResponse } } }, async (request) => {
    const auth = requireAuth(request);
    return await settingsResponse(auth.user.id);
  });

  app.put(
    '/api/settings/transcription',
    { config: { audit: { action: 'change', entity: 'settings', id: 'auth.user.id' } }, schema: { tags: ['settings'], body: ZPutTranscriptionSettingsRequest, response: { 200: ZTranscriptionSettingsResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      await putTranscriptionSettings(store, auth.user.id, { endpoint: request.body.transcription, apiKey: request.body.apiKey });
      return await settingsResponse(auth.user.id);
    },
  );

  app.post('/api/transcribe', { schema: { tags: ['notes'], response: { 200: ZTranscribeResponse } } }, async (request, reply) => {
    const auth = requireAuth(request);
    const audio = request.body;
    // The clinician cancelled (or closed the page) before the answer: stop waiting on the service.
    const cancel = new AbortController();
    const onClose = (): void => {
      if (!reply.raw.writableFinished) cancel.abort();
    };
    reply.raw.on('close', onClose);
    try {
      if (!Buffer.isBuffer(audio)) throw new AppError('bad_request', 'Send the dictation as audio/wav (16 kHz mono PCM)', { field: 'body' });
      const endpoint = await getTranscriptionSettings(store, auth.user.id);
      if (!endpoint && modelDir) return { text: await (await localWhisper(modelDir)).transcribe(audio, { signal: cancel.signal }) };
      if (!endpoint) {
        throw new AppError('unavailable', whisperProblem ?? 'No transcription service is configured. Add one in Settings › Dictation (an OpenAI-compatible /v1/audio/transcriptions service you run), or dictate in the browser.');
      }
      const apiKey = await unsafeOpenTranscriptionKey(store, auth.user.id);
      const text = await transcribeViaEndpoint({ endpoint, wav: audio, signal: cancel.signal, ...(apiKey ? { apiKey } : {}) });
      return { text };
    } catch (error) {
      throw toAppError(error);
    } finally {
      reply.raw.off('close', onClose);
      if (Buffer.isBuffer(audio)) audio.fill(0);
    }
  });
};

function toAppError(error: unknown): unknown {
  if (!(error instanceof TranscriptionError)) return error;
  switch (error.code) {
    case 'bad_audio':
    case 'too_long':
      return new AppError('bad_request', error.message, { field: 'body' });
    case 'not_configured':
    case 'unreachable':
    case 'refused':
    case 'bad_reply':
    case 'timeout':
    case 'cancelled':
      return new AppError('unavailable', error.message);
  }
}
