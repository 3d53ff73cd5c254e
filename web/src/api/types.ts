// Shapes of the HTTP API (docs/api.md). The composer's shapes come from src/compose and
// src/worksheet; these are the wrappers the server adds around them.
import type { Document, FormatKey, Section, Sentence, Style } from '../../../src/compose/types.ts';
import type { TCopyLayout } from '../../../src/note-export/index.ts';
import type { Worksheet } from '../../../src/worksheet/worksheet.schema.ts';

export type { Document, FormatKey, Section, Sentence, Style, TCopyLayout, Worksheet };

export type Role = 'owner' | 'clinician' | 'supervisor';

export interface User {
  id: string;
  name: string;
  credentials?: string;
  email: string;
  role: Role;
  totpEnabled?: boolean;
  /** A clinician's supervisor (reads and co-signs their notes). */
  supervisorId?: string | null;
  /** Signed in with a one-time password: must choose a new one before anything else. */
  mustChangePassword?: boolean;
  /** When the owner deactivated the account; null while active. */
  deactivatedAt?: string | null;
  /** In the owner's colleagues list: when a sign-in lockout ends, if one is running. */
  lockedUntil?: string | null;
}

export interface Me {
  user: User;
  csrfToken: string;
  idleTimeoutSeconds: number;
  expiresAt?: string;
  superviseeCount?: number;
}

export interface Diagnosis {
  code: string;
  label: string;
}

export interface Client {
  id: string;
  displayName: string;
  realName?: string | null;
  pronouns?: 'she' | 'he' | 'they' | null;
  diagnoses?: Diagnosis[];
  preferredFormat?: FormatKey | null;
  context?: string | null;
  createdAt?: string;
  /** When the client was archived (discharged): kept, hidden from Write; null while active. */
  archivedAt?: string | null;
  /** The clinician's notes for this client: a client with notes cannot be deleted, only archived. */
  noteCount?: number;
}

export type ClientInput = Omit<Client, 'id' | 'createdAt' | 'archivedAt' | 'noteCount'>;

/** A note signed later than the clinician's threshold after its session, with both dates. */
export interface LateEntry {
  sessionDate: string;
  signedDate: string;
  signedAt: string;
}

export interface LastPlan {
  plan?: string;
  homework?: string;
  noteId?: string;
}

/** A sentence as stored: the clinician's edits are marked. */
export type StoredSentence = Sentence & { edited?: boolean };
export type StoredSection = Omit<Section, 'sentences'> & { sentences: StoredSentence[] };
export type StoredDocument = Omit<Document, 'sections'> & { sections: StoredSection[] };

export type NoteStatus = 'draft' | 'signed';

export interface Addendum {
  id?: string;
  text: string;
  signedAt?: string;
  createdAt?: string;
  signedBy?: string | { name: string; credentials?: string };
}

export interface Note {
  id: string;
  clientId?: string | null;
  clientName?: string | null;
  format: FormatKey;
  status: NoteStatus;
  summary?: string | null;
  worksheet?: Worksheet | null;
  document: StoredDocument;
  addenda?: Addendum[];
  sessionDate?: string | null;
  createdAt: string;
  updatedAt?: string;
  signedAt?: string | null;
  signedBy?: string | { name: string; credentials?: string } | null;
  cosignedAt?: string | null;
  cosignedBy?: { name: string; credentials?: string } | null;
  /** 'supervisor': the viewer supervises the author; the note is read-only for them. */
  access?: 'author' | 'supervisor';
  /** The client's diagnoses on file, for the header of a copied note. */
  clientDiagnoses?: Diagnosis[];
  purgeAt?: string | null;
  /** Set when the clinician marked the signed note entered in error (it is kept). */
  enteredInErrorAt?: string | null;
  enteredInErrorReason?: string | null;
  sessionStartTime?: string | null;
  sessionEndTime?: string | null;
  sessionMinutes?: number | null;
  lateEntry?: LateEntry | null;
}

export interface NoteListItem {
  id: string;
  clientId?: string | null;
  clientName?: string | null;
  format: FormatKey;
  status: NoteStatus;
  sessionDate?: string | null;
  createdAt: string;
  signedAt?: string | null;
  cosignedAt?: string | null;
  purgeAt?: string | null;
  enteredInErrorAt?: string | null;
  lateEntry?: LateEntry | null;
  sessionStartTime?: string | null;
  sessionEndTime?: string | null;
  sessionMinutes?: number | null;
  firstLine?: string | null;
  cptCode?: string | null;
}

/** A supervisee's signed note in the supervisor's list. */
export interface SupervisedNote extends NoteListItem {
  clinician: { id: string; name: string; credentials: string };
}

export interface SupervisedNotes {
  awaiting: SupervisedNote[];
  recent: SupervisedNote[];
}

export interface Settings {
  style: Style;
  copyLayout: TCopyLayout;
  defaultFormat: FormatKey;
  retentionDays: number;
  name: string;
  credentials: string;
  /** A note signed more than this many hours after its session is a late entry; null: on a later calendar day. */
  lateEntryHours?: number | null;
}

export interface AuditEvent {
  id: string | number;
  at: string;
  userId?: string | null;
  userName?: string | null;
  action: string;
  entity?: string | null;
  entityId?: string | null;
}

export interface AuditLogPage {
  events: AuditEvent[];
  /** The checkpoint file as it stands, before verification. */
  checkpoint: { state: 'present' | 'missing' | 'invalid'; count: number | null; since: number | null; writtenAt: string | null };
  /** What the filters offer: the actions the log records and the practice's users. */
  filters: { actions: string[]; users: { id: string; name: string }[] };
}

export interface AuditVerify {
  ok: boolean;
  checked: number;
  firstBadId?: string | number;
  problem?: string;
  /** What was found, in plain words. */
  message: string;
  /** The signed head of the log kept outside the database (a shorter log means deleted entries). */
  checkpoint: { state: 'verified' | 'missing' | 'invalid' | 'mismatch'; count: number | null; since: number | null; writtenAt: string | null };
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}
