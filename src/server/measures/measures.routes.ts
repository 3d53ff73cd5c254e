// Standardised measures per client (PHQ-9, GAD-7, ...). Scored by src/measures, stored sealed.
// Access as for the client's notes: the client's clinician reads and adds; that clinician's
// supervisor reads; anyone else gets 404. Each read and each entry is in the audit log.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findInstrument, scoreMeasure, withChanges } from '#measures';
import { AppError, createMeasure, listMeasures, type MeasureRecord, type Store } from '#store';
import { requireAuth } from '../auth/require-auth.ts';
import { type TMeasure, ZCreateMeasureRequest, ZMeasureParams, ZMeasureResponse, ZMeasuresResponse } from './measure.schema.ts';

/** The client's measures with band, warnings and change (each against its own instrument's earlier scores). */
async function measuresOf(store: Store, userId: string, clientId: string): Promise<TMeasure[]> {
  return withChanges(await listMeasures(store, userId, clientId)).map((m) => {
    const instrument = findInstrument(m.instrument);
    return { ...m, fullName: instrument?.fullName ?? m.instrument, min: instrument?.min ?? 0, max: instrument?.max ?? m.total };
  });
}

export const measuresRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store } = app;

  app.get(
    '/api/clients/:id/measures',
    { config: { audit: { action: 'view', entity: 'measure_list' } }, schema: { tags: ['measures'], params: ZMeasureParams, response: { 200: ZMeasuresResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { measures: await measuresOf(store, auth.user.id, request.params.id) };
    },
  );

  app.post(
    '/api/clients/:id/measures',
    {
      config: { audit: { action: 'create', entity: 'measure', id: 'result.measure.id' } },
      schema: { tags: ['measures'], params: ZMeasureParams, body: ZCreateMeasureRequest, response: { 200: ZMeasureResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { instrument, takenOn, items, total } = request.body;
      const scored = scoreMeasure({ instrument, items, total });
      // The messages name items and ranges, never the values entered.
      if (!scored.ok) throw new AppError('bad_request', scored.errors.join(' '), { field: `body.${scored.field}` });
      const { score } = scored;
      const created: MeasureRecord = await createMeasure(store, {
        userId: auth.user.id,
        clientId: request.params.id,
        takenOn,
        answers: { instrument: score.instrument, items: score.items, total: score.total },
      });
      // Read back with the client's other measures: its change since the last one is part of it.
      const measure = (await measuresOf(store, auth.user.id, request.params.id)).find((m) => m.id === created.id);
      if (!measure) throw new AppError('not_found', 'The measure was saved but could not be read back; reload the client');
      return { measure };
    },
  );
};
