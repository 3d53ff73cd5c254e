// A note as the store returns it and the API answers it: the single source of these shapes.
// The store's views are these types (note-view.ts); src/server/notes/note.schema.ts re-exports
// them for its routes and web/ (type-only imports).
import { z } from 'zod';
import { ZWorksheet } from '#worksheet';
import { ZDiagnosis } from '../clients/client.schema.ts';
import { ZDocument, ZFormatKey } from './document.schema.ts';

export const ZNoteStatus = z.enum(['draft', 'signed']);
export type TNoteStatus = z.infer<typeof ZNoteStatus>;
export const ZSignature = z.object({ name: z.string(), credentials: z.string() });
/** How the viewer reaches the note: 'supervisor' reads (and may co-sign) but never changes it. */
export const ZNoteAccess = z.enum(['author', 'supervisor']);
/** A note signed later than the clinician's threshold after its session, with both dates. */
export const ZLateEntry = z.object({
  /** The session's date (YYYY-MM-DD). */
  sessionDate: z.string(),
  /** The calendar day it was signed on, in the clinician's time zone (YYYY-MM-DD). */
  signedDate: z.string(),
  /** The instant of the signature (ISO-8601). */
  signedAt: z.string(),
});
export type TLateEntry = z.infer<typeof ZLateEntry>;

export const ZNoteListItem = z.object({
  id: z.string(),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  format: ZFormatKey,
  status: ZNoteStatus,
  sessionDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  /** When the clinician's supervisor co-signed; null until then. */
  cosignedAt: z.string().nullable(),
  /** When the draft, or a signed note's raw summary, is deleted automatically; null if never. */
  purgeAt: z.string().nullable(),
  /** When the clinician marked this signed note entered in error (kept, shown as such); null if never. */
  enteredInErrorAt: z.string().nullable(),
  /** The session's start and end time (HH:MM, 24-hour) and minutes, as the clinician set them. */
  sessionStartTime: z.string().nullable(),
  sessionEndTime: z.string().nullable(),
  sessionMinutes: z.number().int().nullable(),
  /** Set when the note was signed past the late-entry threshold (Settings) after the session. */
  lateEntry: ZLateEntry.nullable(),
  /** The first sentence of the note's body, cut to about 90 characters; null when the body is empty. */
  firstLine: z.string().nullable(),
  /** The CPT code Afterword suggested; null when none, or once the session section was edited. */
  cptCode: z.string().nullable(),
});
export type TNoteListItem = z.infer<typeof ZNoteListItem>;

export const ZAddendum = z.object({ id: z.string(), text: z.string(), signedBy: ZSignature, signedAt: z.string() });
export type TAddendum = z.infer<typeof ZAddendum>;

export const ZNote = ZNoteListItem.extend({
  signedBy: ZSignature.nullable(),
  cosignedBy: ZSignature.nullable(),
  /** 'supervisor': the viewer supervises the author, reads the note and may co-sign it, never change it. */
  access: ZNoteAccess,
  /** The client's diagnoses on file, for the header of a copied or exported note. */
  clientDiagnoses: z.array(ZDiagnosis),
  summary: z.string().nullable(),
  worksheet: ZWorksheet.nullable(),
  document: ZDocument,
  addenda: z.array(ZAddendum),
  /** Why the note was marked entered in error; null when it was not. */
  enteredInErrorReason: z.string().nullable(),
});
export type TNote = z.infer<typeof ZNote>;

/** A supervisee's note in the supervisor's list, with who wrote it. */
export const ZSupervisedNote = ZNoteListItem.extend({ clinician: ZSignature.extend({ id: z.string() }) });
export type TSupervisedNote = z.infer<typeof ZSupervisedNote>;

/** Supervisees' signed notes: awaiting co-signature (longest waiting first) and recently co-signed. */
export const ZSupervisedNotes = z.object({ awaiting: z.array(ZSupervisedNote), recent: z.array(ZSupervisedNote) });
export type TSupervisedNotes = z.infer<typeof ZSupervisedNotes>;
