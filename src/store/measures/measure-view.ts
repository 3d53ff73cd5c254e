import { openJson } from '../crypto/seal-field.ts';
import type { ClientMeasuresTable } from '../database.ts';
import type { Store } from '../open-store.ts';

/** What is sealed in measure_enc. */
export interface MeasureAnswers {
  /** The instrument's name as src/measures spells it ("PHQ-9"). */
  instrument: string;
  /** The item answers, or null when only the total was entered. */
  items: number[] | null;
  total: number;
}

export interface MeasureRecord extends MeasureAnswers {
  id: string;
  clientId: string;
  takenOn: string;
  enteredBy: { id: string; name: string };
  createdAt: string;
}

export function toMeasureRecord(store: Store, row: ClientMeasuresTable, enteredByName: string): MeasureRecord {
  const answers = openJson<MeasureAnswers>(store, 'client_measures', row.id, 'measure', row.measure_enc) as MeasureAnswers;
  return {
    id: row.id,
    clientId: row.client_id,
    takenOn: row.taken_on,
    instrument: answers.instrument,
    items: answers.items,
    total: answers.total,
    enteredBy: { id: row.user_id, name: enteredByName },
    createdAt: row.created_at,
  };
}
