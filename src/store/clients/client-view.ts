import { ZFormatKey } from '../notes/document.schema.ts';
import type { ClientsTable } from '../database.ts';
import { openField, openJson } from '../crypto/seal-field.ts';
import type { Store } from '../open-store.ts';

import { type TClient, type TDiagnosis, ZPronouns } from './client.schema.ts';

export type Diagnosis = TDiagnosis;
/** A client as the store returns it: the type of ZClient (client.schema.ts). */
export type ClientView = TClient;

export function toClientView(store: Store, row: ClientsTable, noteCount: number): ClientView {
  return {
    id: row.id,
    displayName: openField(store, 'clients', row.id, 'display_name', row.display_name_enc) ?? '',
    realName: openField(store, 'clients', row.id, 'real_name', row.real_name_enc),
    // Written through the same schemas; parsed here so a stray value fails loudly, not downstream.
    pronouns: row.pronouns === null ? null : ZPronouns.parse(row.pronouns),
    diagnoses: openJson<Diagnosis[]>(store, 'clients', row.id, 'diagnoses', row.diagnoses_enc) ?? [],
    preferredFormat: row.preferred_format === null ? null : ZFormatKey.parse(row.preferred_format),
    context: openField(store, 'clients', row.id, 'context', row.context_enc),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
    noteCount,
  };
}
