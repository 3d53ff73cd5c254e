// Every encrypted column, by table, with the column naming the user whose data key encrypts it
// (`row` is the column the AAD's row part comes from). Used once, to re-encrypt rows written
// before per-user keys; a test checks it against the `_enc` columns of the real schema.
export interface EncryptedTable {
  table: string;
  row: string;
  owner: string;
  /** Bare names: the table column is `<name>_enc`, the AAD uses the bare name. */
  columns: readonly string[];
}

export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [
  { table: 'users', row: 'id', owner: 'id', columns: ['totp_secret', 'totp_pending_secret'] },
  { table: 'user_settings', row: 'user_id', owner: 'user_id', columns: ['style', 'transcription_key'] },
  { table: 'model_settings', row: 'user_id', owner: 'user_id', columns: ['api_key'] },
  { table: 'clients', row: 'id', owner: 'user_id', columns: ['display_name', 'real_name', 'diagnoses', 'context'] },
  { table: 'notes', row: 'id', owner: 'user_id', columns: ['summary', 'worksheet', 'document', 'entered_in_error_reason', 'glance'] },
  { table: 'addenda', row: 'id', owner: 'user_id', columns: ['text'] },
  { table: 'client_measures', row: 'id', owner: 'user_id', columns: ['measure'] },
  { table: 'treatment_plans', row: 'id', owner: 'user_id', columns: ['content', 'summary'] },
  { table: 'document_templates', row: 'id', owner: 'user_id', columns: ['content'] },
  { table: 'client_documents', row: 'id', owner: 'user_id', columns: ['document', 'template_title', 'entered_in_error_reason'] },
];
