import { findClientAccess } from '../clients/find-client-access.ts';
import type { Store } from '../open-store.ts';
import { type MeasureRecord, toMeasureRecord } from './measure-view.ts';

/**
 * A client's measures, oldest first (by the day taken, then by entry), for the clinician or their
 * supervisor.
 * @example const measures = await listMeasures(store, userId, clientId); // [{ instrument: 'PHQ-9', total: 14, takenOn: '2026-11-28', … }, …]
 */
export async function listMeasures(store: Store, userId: string, clientId: string): Promise<MeasureRecord[]> {
  await findClientAccess(store, userId, clientId);
  const rows = await store.db
    .selectFrom('client_measures')
    .innerJoin('users', 'users.id', 'client_measures.user_id')
    .selectAll('client_measures')
    .select('users.name as entered_by_name')
    .where('client_measures.client_id', '=', clientId)
    .orderBy('client_measures.taken_on')
    .orderBy('client_measures.created_at')
    .execute();
  return rows.map(({ entered_by_name, ...row }) => toMeasureRecord(store, row, entered_by_name));
}
