import { randomUUID } from 'node:crypto';
import { AppError } from '../app-error.ts';
import { findClientAccess } from '../clients/find-client-access.ts';
import { sealJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';
import { type MeasureAnswers, type MeasureRecord, toMeasureRecord } from './measure-view.ts';

export interface CreateMeasureOptions {
  userId: string;
  clientId: string;
  /** YYYY-MM-DD. */
  takenOn: string;
  /** Already scored and validated (src/measures/score-measure.ts). */
  answers: MeasureAnswers;
}

/**
 * Stores a measure for one of the user's own clients; a supervisor may read but not add.
 * @example await createMeasure(store, { userId, clientId, takenOn: '2026-12-05', answers: scored });
 */
export async function createMeasure(store: Store, options: CreateMeasureOptions): Promise<MeasureRecord> {
  const access = await findClientAccess(store, options.userId, options.clientId);
  if (access !== 'clinician') throw new AppError('forbidden', "Only the client's clinician can add measures");
  const id = randomUUID();
  const row = {
    id,
    client_id: options.clientId,
    user_id: options.userId,
    taken_on: options.takenOn,
    measure_enc: await sealJson(store, options.userId, 'client_measures', id, 'measure', options.answers) as string,
    created_at: store.now().toISOString(),
  };
  await store.db.insertInto('client_measures').values(row).execute();
  const user = await store.db.selectFrom('users').select('name').where('id', '=', options.userId).executeTakeFirstOrThrow();
  return toMeasureRecord(store, row, user.name);
}
