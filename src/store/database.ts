// The one schema of the store, shared by every dialect. Timestamps are ISO-8601 strings in UTC
// (they sort as text on SQLite and PostgreSQL alike); booleans are 0/1 integers.
// Columns ending in `_enc` hold AES-256-GCM ciphertext (see crypto/create-field-cipher.ts);
// everything else is searchable metadata and holds no clinical text.

export type Role = 'owner' | 'clinician' | 'supervisor';
export type NoteStatus = 'draft' | 'signed';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  credentials: string;
  role: Role;
  password_hash: string;
  totp_enabled: number;
  totp_secret_enc: string | null;
  totp_pending_secret_enc: string | null;
  totp_last_step: number | null;
  created_at: string;
  /** The clinician's supervisor (reads and co-signs their notes); set by the owner. */
  supervisor_id: string | null;
  /** 1 after the owner set a one-time password: every request but changing it is refused. */
  must_change_password: number;
  /** Set while the owner has deactivated the account: no sign-in, no session; notes are kept. */
  deactivated_at: string | null;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a copy of the database does not hand out live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

interface LoginAttemptsTable {
  /** Keyed hash (HMAC under the master key) of the lower-cased email as typed, whether or not
   * such an account exists: a copy of the database does not list who tried to sign in. */
  email_hash: string;
  /** Sign-in attempts counted in the current window (before the password is checked). */
  attempts: number;
  /** When the count is forgotten (and a lockout ends); the row is pruned after it. */
  window_ends_at: string;
}

interface RecoveryCodesTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

interface UserSettingsTable {
  user_id: string;
  style_enc: string | null;
  default_format: string;
  retention_days: number;
  /** The user's copy layout as JSON (no clinical text); null for the default. */
  copy_layout: string | null;
  updated_at: string;
  /** A note signed more than this many hours after its session is a late entry; null: signed on a later calendar day. */
  late_entry_hours: number | null;
  /** The transcription endpoint for dictation, as JSON (src/transcription); null: none configured. */
  transcription: string | null;
  /** The transcription service's key, sealed (AAD user_settings:user:transcription_key); null: none. */
  transcription_key_enc: string | null;
}

interface ModelSettingsTable {
  user_id: string;
  /** 1: the user's model polishes drafts on request; 0 (the default): never called. */
  enabled: number;
  base_url: string | null;
  model: string | null;
  api_key_enc: string | null;
  stream: number;
  timeout_seconds: number;
  /** The outside (not loopback, not private) base URL the user confirmed sending redacted sections to. */
  outside_confirmed_url: string | null;
  updated_at: string;
}

export interface ClientsTable {
  id: string;
  user_id: string;
  display_name_enc: string;
  real_name_enc: string | null;
  pronouns: string | null;
  diagnoses_enc: string | null;
  preferred_format: string | null;
  context_enc: string | null;
  created_at: string;
  updated_at: string;
  /** Set while the client is archived (discharged): kept, hidden from the client picker. */
  archived_at: string | null;
}

export interface NotesTable {
  id: string;
  user_id: string;
  client_id: string | null;
  format: string;
  status: NoteStatus;
  session_date: string | null;
  summary_enc: string | null;
  worksheet_enc: string | null;
  document_enc: string;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by_name: string | null;
  signed_by_credentials: string | null;
  summary_purged_at: string | null;
  cosigned_at: string | null;
  cosigned_by_user_id: string | null;
  cosigned_by_name: string | null;
  cosigned_by_credentials: string | null;
  /** A signed note marked entered in error (kept, never deleted), and the clinician's reason. */
  entered_in_error_at: string | null;
  entered_in_error_reason_enc: string | null;
  /** When the retention purge removed a signed note's raw summary and worksheet free text. */
  free_text_purged_at: string | null;
  /** The session's times as the clinician set them (HH:MM, 24-hour) and its length. */
  session_start_time: string | null;
  session_end_time: string | null;
  session_minutes: number | null;
  /** Fixed at signing: the calendar day it was signed on where the clinician was, and whether
   * that made the note a late entry (1 or 0; null when the session date was not known). */
  signed_local_date: string | null;
  late_entry: number | null;
  /** The day the Notes list sorts by: the session date, else the day the note was written. */
  list_date: string | null;
  /** What a list row shows of the content (first line, CPT code), as encrypted JSON (note-glance.ts). */
  glance_enc: string | null;
  /** The version of list columns and search terms this row holds (index-note.ts); null: not yet. */
  indexed_version: number | null;
}

/** The search index: one keyed hash (HMAC) per distinct normalised word of a note; no word is stored readable. */
interface NoteTermsTable {
  term: string;
  note_id: string;
}

export interface AddendaTable {
  id: string;
  note_id: string;
  user_id: string;
  text_enc: string;
  created_at: string;
  signed_by_name: string;
  signed_by_credentials: string;
}

export interface ClientMeasuresTable {
  id: string;
  client_id: string;
  /** Who entered it: the client's clinician. */
  user_id: string;
  /** The day the measure was taken (YYYY-MM-DD). */
  taken_on: string;
  /** JSON { instrument, items, total } (store/measures/measure-view.ts). */
  measure_enc: string;
  created_at: string;
}

interface AuditEventsTable {
  /** Position in the chain, 1-based; unique, so two writers cannot both extend the same tip. */
  seq: number;
  at: string;
  user_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  prev_hash: string;
  hash: string;
}

export type PlanStatus = 'draft' | 'signed';

export interface TreatmentPlansTable {
  id: string;
  /** The clinician whose client it is (who drafts and signs it). */
  user_id: string;
  client_id: string;
  /** 1, 2, ... per client; the signed version with the highest number is the active plan. */
  version: number;
  status: PlanStatus;
  review_date: string | null;
  target_date: string | null;
  /** The plan (src/plans/plan.schema.ts ZPlanContent) as JSON. */
  content_enc: string;
  /** The intake summary the plan was drafted from, so its items' spans can be shown. */
  summary_enc: string | null;
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by_name: string | null;
  signed_by_credentials: string | null;
}

export interface DocumentTemplatesTable {
  id: string;
  /** The clinician whose template it is; no one else sees it. */
  user_id: string;
  /** The template (src/documents/template.schema.ts ZTemplate) as JSON. */
  content_enc: string;
  created_at: string;
  updated_at: string;
}

export interface ClientDocumentsTable {
  id: string;
  /** The clinician who wrote and saved it. */
  user_id: string;
  client_id: string;
  /** The written document (src/documents/template-document.schema.ts) as JSON. */
  document_enc: string;
  created_at: string;
  /** 'draft' until signed; a signed document is never changed or deleted (2026-12-05-0001). */
  status: NoteStatus;
  updated_at: string | null;
  /** The template's own title (the document's title has its placeholders filled). */
  template_title_enc: string | null;
  signed_at: string | null;
  signed_by_name: string | null;
  signed_by_credentials: string | null;
  entered_in_error_at: string | null;
  entered_in_error_reason_enc: string | null;
}

interface KeyCheckTable {
  id: string;
  value_enc: string;
}

/** A random AES-256 key, wrapped by the master key (src/store/crypto/wrap-key.ts). */
interface DataKeysTable {
  /** The key id that prefixes every ciphertext written with this key. */
  id: string;
  /** Whose data it encrypts; null for the installation's own secret (MAC and audit keys). */
  user_id: string | null;
  wrapped_key: string;
  created_at: string;
}

export interface Database {
  key_check: KeyCheckTable;
  data_keys: DataKeysTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  recovery_codes: RecoveryCodesTable;
  user_settings: UserSettingsTable;
  model_settings: ModelSettingsTable;
  clients: ClientsTable;
  notes: NotesTable;
  note_terms: NoteTermsTable;
  addenda: AddendaTable;
  client_measures: ClientMeasuresTable;
  audit_events: AuditEventsTable;
  treatment_plans: TreatmentPlansTable;
  document_templates: DocumentTemplatesTable;
  client_documents: ClientDocumentsTable;
}
