import type { Document, Section, Sentence } from '#compose';
import type { Worksheet } from '#worksheet';
import type { Diagnosis } from '../clients/client-view.ts';
import type { NoteStatus } from '../database.ts';
import type { NoteAccess } from './find-note-row.ts';

/** A document as stored: the composer's Document, with sentences the clinician changed marked. */
export type StoredSentence = Sentence & { edited?: boolean };
export type StoredSection = Omit<Section, 'sentences'> & { sentences: StoredSentence[] };
export type StoredDocument = Omit<Document, 'sections'> & { sections: StoredSection[] };

export interface SignatureView {
  name: string;
  credentials: string;
}

export interface AddendumView {
  id: string;
  text: string;
  signedBy: SignatureView;
  signedAt: string;
}

export interface NoteListItem {
  id: string;
  clientId: string | null;
  clientName: string | null;
  format: string;
  status: NoteStatus;
  sessionDate: string | null;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  /** When the clinician's supervisor co-signed the signed note; null until then. */
  cosignedAt: string | null;
  /** When the draft (or, once signed, the raw summary) is deleted; null when nothing will be. */
  purgeAt: string | null;
  /** When the clinician marked this signed note entered in error; null if never. */
  enteredInErrorAt: string | null;
  /** The session's start and end (HH:MM) and length, as the clinician set them; null if not. */
  sessionStartTime: string | null;
  sessionEndTime: string | null;
  sessionMinutes: number | null;
  /** Set when the note was signed later than the clinician's late-entry threshold after the session. */
  lateEntry: LateEntryView | null;
  /** The first sentence of the body, cut short (note-glance.ts); null when the body is empty. */
  firstLine: string | null;
  /** The suggested CPT code; null when none (or the session section was edited). */
  cptCode: string | null;
}

/** A late entry, with both dates, for the interface and exports. */
export interface LateEntryView {
  /** The session's date (YYYY-MM-DD). */
  sessionDate: string;
  /** The calendar day it was signed on, where the clinician was (YYYY-MM-DD). */
  signedDate: string;
  /** The instant of the signature (ISO-8601, UTC). */
  signedAt: string;
}

/** A supervisee's note in the supervisor's list, with who wrote it. */
export interface SupervisedNoteItem extends NoteListItem {
  clinician: SignatureView & { id: string };
}

export interface NoteView extends NoteListItem {
  signedBy: SignatureView | null;
  cosignedBy: SignatureView | null;
  /** How the viewer reaches the note: 'supervisor' reads (and may co-sign) but never changes it. */
  access: NoteAccess;
  /** The client's diagnoses on file, named (an exported note's header names the session's codes with them). */
  clientDiagnoses: Diagnosis[];
  summary: string | null;
  worksheet: Worksheet | null;
  document: StoredDocument;
  addenda: AddendumView[];
  /** Why the note was marked entered in error; null when it was not. */
  enteredInErrorReason: string | null;
}
