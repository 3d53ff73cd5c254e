import type { ClientsTable } from '../database.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';

export interface Diagnosis {
  code: string;
  label: string;
}

export interface ClientView {
  id: string;
  displayName: string;
  realName: string | null;
  pronouns: string | null;
  diagnoses: Diagnosis[];
  preferredFormat: string | null;
  context: string | null;
  createdAt: string;
  updatedAt: string;
  /** When the client was archived (discharged); null while active. */
  archivedAt: string | null;
  /** How many notes (drafts and signed) the clinician has for this client: a client with notes cannot be deleted. */
  noteCount: number;
}

export function toClientView(store: Store, row: ClientsTable, noteCount: number): ClientView {
  return {
    id: row.id,
    displayName: openField(store, 'clients', row.id, 'display_name', row.display_name_enc) ?? '',
    realName: openField(store, 'clients', row.id, 'real_name', row.real_name_enc),
    pronouns: row.pronouns,
    diagnoses: openJson<Diagnosis[]>(store, 'clients', row.id, 'diagnoses', row.diagnoses_enc) ?? [],
    preferredFormat: row.preferred_format,
    context: openField(store, 'clients', row.id, 'context', row.context_enc),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    noteCount,
  };
}
