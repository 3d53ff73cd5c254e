// Public face of the store: persistence, encryption at rest, the audit chain.
export { AppError, ERROR_CODES, type ErrorCode } from './app-error.ts';
export type { ClinicalText, NotClinical } from './clinical-text.ts';
export { openStore, DATABASE_FILE_NAME, type Store, type OpenStoreOptions } from './open-store.ts';
export { KEY_FILE_NAME, PENDING_KEY_FILE_NAME } from './crypto/load-master-key.ts';
export { rotateMasterKey, type RotateMasterKeyOptions, type RotationReport } from './crypto/rotate-master-key.ts';
export { StartupError } from './startup-error.ts';
export { markServerRunning, type ServerMark } from './running-server/mark-server-running.ts';
export type { Role, NoteStatus, UsersTable } from './database.ts';

export {
  appendAuditEvent,
  appendAuditEvents,
  auditEmailId,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type AuditAction,
  type AuditEntity,
  type AuditEventInput,
} from './audit/append-audit-event.ts';
export { AUDIT_CHECKPOINT_FILE, describeAuditCheckpoint } from './audit/audit-checkpoint.ts';
export { computeLegacyAuditHash, GENESIS_HASH } from './audit/compute-audit-hash.ts';
export { listAuditEvents, type AuditEventView } from './audit/list-audit-events.ts';
export { verifyAuditChain, type AuditChainReport, type AuditCheckpointStatus, type AuditProblem } from './audit/verify-audit-chain.ts';

export { createUser } from './users/create-user.ts';
export { countUsers } from './users/count-users.ts';
export { findUserByEmail, findUserById } from './users/find-user.ts';
export { listUsers } from './users/list-users.ts';
export { assignSupervisor, type AssignSupervisorOptions } from './users/assign-supervisor.ts';
export { countSupervisees } from './users/count-supervisees.ts';
export { toUserView, type UserView } from './users/user-view.ts';
export { setUserPassword, type SetUserPasswordOptions } from './users/set-user-password.ts';
export { setUserActive, type SetUserActiveOptions } from './users/set-user-active.ts';
export { savePendingTotpSecret, readTotpSecrets, enableTotp, recordTotpStep, disableTotp } from './users/update-totp.ts';
export { replaceRecoveryCodes, redeemRecoveryCode } from './users/recovery-codes.ts';

export { createSession } from './sessions/create-session.ts';
export { findSession, type ActiveSession, type SessionLimits } from './sessions/find-session.ts';
export { touchSession } from './sessions/touch-session.ts';
export { deleteSession, deleteUserSessions } from './sessions/delete-sessions.ts';
export {
  countLoginAttempt,
  uncountLoginAttempt,
  clearLoginAttempts,
  lockedUntil,
  pruneLoginAttempts,
  type CountedAttempt,
  type LockoutPolicy,
} from './logins/login-attempts.ts';

export { getSettings } from './settings/get-settings.ts';
export { getStyle } from './settings/get-style.ts';
export { putSettings } from './settings/put-settings.ts';
export {
  getTranscriptionSettings,
  hasTranscriptionKey,
  putTranscriptionSettings,
  type TranscriptionSettingsChanges,
  unsafeOpenTranscriptionKey,
} from './settings/transcription-settings.ts';
export { DEFAULT_RETENTION_DAYS, type SettingsView, type SettingsChanges } from './settings/settings-view.ts';
export { ZSettings, type TSettings } from './settings/settings.schema.ts';

export { createClient, type ClientFields } from './clients/create-client.ts';
export { getClient } from './clients/get-client.ts';
export { listClients } from './clients/list-clients.ts';
export { updateClient } from './clients/update-client.ts';
export { deleteClient } from './clients/delete-client.ts';
export { setClientArchived, type SetClientArchivedOptions } from './clients/set-client-archived.ts';
export type { ClientView, Diagnosis } from './clients/client-view.ts';
export type { ClientAccess } from './clients/find-client-access.ts';
export { ZClient, ZDiagnosis, ZPronouns, type TClient, type TDiagnosis, type TPronouns } from './clients/client.schema.ts';

export { createMeasure, type CreateMeasureOptions } from './measures/create-measure.ts';
export { listMeasures } from './measures/list-measures.ts';
export type { MeasureAnswers, MeasureRecord } from './measures/measure-view.ts';

export { createNote } from './notes/create-note.ts';
export { getNote } from './notes/get-note.ts';
export { listNotes, type ListNotesOptions, type NotePage, NOTE_PAGE_DEFAULT, NOTE_PAGE_MAX } from './notes/list-notes.ts';
export { updateNote } from './notes/update-note.ts';
export { signNote, type SignNoteOptions } from './notes/sign-note.ts';
export { addAddendum } from './notes/add-addendum.ts';
export { cosignNote } from './notes/cosign-note.ts';
export { listSupervisedNotes, type SupervisedNotes } from './notes/list-supervised-notes.ts';
export type { NoteAccess } from './notes/find-note-row.ts';
export { deleteNote, SIGNED_NOTE_NOT_DELETABLE } from './notes/delete-note.ts';
export { markNoteEnteredInError } from './notes/mark-note-entered-in-error.ts';
export { getLastPlan, type LastPlan } from './notes/get-last-plan.ts';
export { purgeExpiredNotes, type PurgeReport } from './notes/purge-expired-notes.ts';
export type { NoteView, NoteListItem, StoredDocument, AddendumView, SupervisedNoteItem, LateEntryView } from './notes/note-view.ts';
export {
  ZAddendum,
  ZLateEntry,
  ZNote,
  ZNoteAccess,
  ZNoteListItem,
  ZNoteStatus,
  ZSignature,
  ZSupervisedNote,
  ZSupervisedNotes,
  type TAddendum,
  type TLateEntry,
  type TNote,
  type TNoteListItem,
  type TNoteStatus,
  type TSupervisedNote,
  type TSupervisedNotes,
} from './notes/note.schema.ts';
export { DOCUMENT_FIELDS, DOCUMENT_LIMITS, ZDocument, ZSource, ZFormatInput, ZFormatKey, type TDocument } from './notes/document.schema.ts';

export { getModelSettings, putModelSettings, unsafeOpenModelKey, DEFAULT_MODEL_SETTINGS, type ModelSettingsView, type ModelSettingsChanges } from './model-settings/model-settings.ts';
export { createPlanDraft, type CreatePlanDraftOptions } from './plans/create-plan-draft.ts';
export { updatePlanDraft } from './plans/update-plan-draft.ts';
export { signPlan } from './plans/sign-plan.ts';
export { getPlan } from './plans/get-plan.ts';
export { listPlans, getActivePlan } from './plans/list-plans.ts';
export type { PlanView, PlanAccess } from './plans/plan-view.ts';

export { createTemplate, updateTemplate, deleteTemplate, getTemplate, listTemplates, TEMPLATES_PER_USER } from './documents/save-template.ts';
export type { TemplateView } from './documents/template-view.ts';
export { saveClientDocument, listClientDocuments, type ClientDocumentView, type SaveClientDocumentOptions } from './documents/save-client-document.ts';
export {
  getClientDocument,
  updateClientDocument,
  signClientDocument,
  markClientDocumentEnteredInError,
  deleteClientDocument,
  SIGNED_DOCUMENT_NOT_DELETABLE,
} from './documents/change-client-document.ts';
export { ZClientDocument, type TClientDocument } from './documents/client-document.schema.ts';
