// GET /api/settings/data-flow: the plain-language data-flow statement for the signed-in user's
// configuration, to show in Settings and copy or print for a consent form.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classifyEndpoint } from '#model-provider';
import { getModelSettings, getSettings, getTranscriptionSettings } from '#store';
import { findWhisperProblem } from '#transcription';
import { requireAuth } from '../auth/require-auth.ts';
import { describeDataFlow } from './describe-data-flow.ts';

const ZDataFlowResponse = z.object({ statement: z.array(z.string()) });

export const dataFlowRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, config } = app;
  const localSpeechModel = Boolean(config.whisperModel) && !findWhisperProblem(config.whisperModel ?? undefined);
  app.get('/api/settings/data-flow', { schema: { tags: ['settings'], response: { 200: ZDataFlowResponse } } }, async (request) => {
    const auth = requireAuth(request);
    const settings = await getSettings(store, auth.user.id);
    const model = await getModelSettings(store, auth.user.id);
    const transcription = await getTranscriptionSettings(store, auth.user.id);
    const statement = describeDataFlow({
      database: store.dialect,
      retentionDays: settings.retentionDays,
      model: { enabled: model.enabled, host: model.baseUrl ? new URL(model.baseUrl).host : null, reach: model.baseUrl ? classifyEndpoint(model.baseUrl) : null },
      transcription: transcription ? { host: new URL(transcription.baseUrl).host, reach: classifyEndpoint(transcription.baseUrl) } : null,
      localSpeechModel,
    });
    return { statement };
  });
};
