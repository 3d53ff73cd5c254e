// Shapes of the HTTP API (docs/api.md), derived from the server's zod schemas (z.infer) so the
// interface cannot drift from what the API sends; test/web/api-types.test.ts compares them with
// /api/openapi.json. Type-only imports: no server code reaches the bundle. The composer's shapes
// come from src/compose and src/worksheet.
import type { Document, FormatKey, Section, Sentence, Style } from '../../../src/compose/types.ts';
import type { TCopyLayout } from '../../../src/note-export/index.ts';
import type { Worksheet } from '../../../src/worksheet/worksheet.schema.ts';
import type { TAuditEvent, TAuditResponse, TAuditVerifyResponse } from '../../../src/server/audit/audit.schema.ts';
import type { TMe, TTotpEnrolment } from '../../../src/server/auth/auth.schema.ts';
import type { TClient, TCreateClientRequest, TDiagnosis, TLastPlanResponse } from '../../../src/server/clients/client.schema.ts';
import type { TAddendum, TLateEntry, TNote, TNoteListItem, TNoteStatus } from '../../../src/server/notes/note.schema.ts';
import type { TSettings } from '../../../src/server/settings/settings.schema.ts';
import type { TSupervisedNote, TSupervisedNotesResponse } from '../../../src/server/supervision/supervision.schema.ts';
import type { TColleague, TRole, TUser } from '../../../src/server/users/user.schema.ts';

export type { Document, FormatKey, Section, Sentence, Style, TCopyLayout, Worksheet };

export type Role = TRole;
/** An account as the API answers it (GET /api/auth/me, sign-in, setup). */
export type User = TUser;
/** A colleague in the owner's list: an account with the end of a sign-in lockout, if one is running. */
export type Colleague = TColleague;
export type Me = TMe;
export type Diagnosis = TDiagnosis;
export type Client = TClient;
/** What the client form sends: the client's own fields, without what the server keeps. */
export type ClientInput = Omit<TCreateClientRequest, 'preferredFormat'> & { preferredFormat?: FormatKey | null };
export type LateEntry = TLateEntry;
export type LastPlan = TLastPlanResponse;

/**
 * A sentence as stored: the clinician's edits are marked, and so is a sentence the clinician's own
 * model wrote with no draft sentence as its source (adopted from "Polish with my model").
 */
export type StoredSentence = Sentence & { edited?: boolean; modelAdded?: boolean };
export type StoredSection = Omit<Section, 'sentences'> & { sentences: StoredSentence[] };
export type StoredDocument = Omit<Document, 'sections'> & { sections: StoredSection[] };

export type NoteStatus = TNoteStatus;
export type Addendum = TAddendum;
/** The stored document keeps the composer's own types (src/compose/types.ts) in the interface. */
export type Note = Omit<TNote, 'document'> & { document: StoredDocument };
export type NoteListItem = TNoteListItem;
/** A supervisee's signed note in the supervisor's list. */
export type SupervisedNote = TSupervisedNote;
export type SupervisedNotes = TSupervisedNotesResponse;
export type Settings = TSettings;
export type AuditEvent = TAuditEvent;
export type AuditLogPage = TAuditResponse;
export type AuditVerify = TAuditVerifyResponse;
export type TotpEnrolment = TTotpEnrolment;
