import { isTimeZone } from '#note-export';
import { z } from 'zod';
import { ZWorksheet } from '#worksheet';
import { ZSummary } from '../compose/compose.schema.ts';
import { ZDocument, ZFormatInput, ZFormatKey } from '../compose/document.schema.ts';

export const ZNoteStatus = z.enum(['draft', 'signed']);
export type TNoteStatus = z.infer<typeof ZNoteStatus>;
export const ZSignature = z.object({ name: z.string(), credentials: z.string() });
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
  clientDiagnoses: z.array(z.object({ code: z.string(), label: z.string() })),
  summary: z.string().nullable(),
  worksheet: ZWorksheet.nullable(),
  document: ZDocument,
  addenda: z.array(ZAddendum),
  enteredInErrorReason: z.string().nullable(),
});
export type TNote = z.infer<typeof ZNote>;

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written YYYY-MM-DD, such as 2026-11-27');

export const ZNotesQuery = z.object({
  clientId: z.string().max(64).optional(),
  /** Words every listed note contains (whole words; in the note, its client's name or its format). */
  q: z.string().max(200).optional(),
  status: ZNoteStatus.optional(),
  /** Session dates from and to, inclusive (a note without one counts by the day it was written). */
  from: ZDay.optional(),
  to: ZDay.optional(),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(400).optional(),
  /** Rows per page: 50 unless given, at most 200. */
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ZCreateNoteRequest = z.object({
  clientId: z.string().max(64).nullish(),
  format: ZFormatInput,
  summary: ZSummary.nullish(),
  worksheet: ZWorksheet.nullish(),
  document: ZDocument,
});
export type TCreateNoteRequest = z.infer<typeof ZCreateNoteRequest>;

export const ZUpdateNoteRequest = z.object({
  summary: ZSummary.nullable().optional(),
  worksheet: ZWorksheet.nullable().optional(),
  document: ZDocument.optional(),
  format: ZFormatInput.optional(),
});
export type TUpdateNoteRequest = z.infer<typeof ZUpdateNoteRequest>;

/** The clinician's IANA time zone, from the browser: whether the note is a late entry is read on their calendar. */
export const ZSignNoteRequest = z.object({ timeZone: z.string().min(1).max(64).optional() });
export type TSignNoteRequest = z.infer<typeof ZSignNoteRequest>;

export const ZAddendumRequest = z.object({ text: z.string().trim().min(1, 'write the addendum').max(20_000) });
export const ZEnteredInErrorRequest = z.object({
  reason: z.string().trim().min(1, 'say why this note was entered in error (for example: written for the wrong client)').max(2000),
});
export type TEnteredInErrorRequest = z.infer<typeof ZEnteredInErrorRequest>;
export const ZCopiedRequest = z.object({ section: z.string().max(60).optional() });
export const ZNoteParams = z.object({ id: z.string().max(64) });
export const ZNotePdfQuery = z.object({
  /** The reader's time zone for the signature and addendum times; the server's own without one. */
  tz: z.string().max(64).refine(isTimeZone, 'use an IANA time zone such as America/New_York').optional(),
  /** 'inline' opens in the browser's PDF viewer (to print); 'attachment' downloads. */
  disposition: z.enum(['attachment', 'inline']).default('attachment'),
});
export const ZNoteResponse = z.object({ note: ZNote });
/** A page of the Notes list; `nextCursor` is null on the last page. */
export const ZNotesResponse = z.object({ notes: z.array(ZNoteListItem), nextCursor: z.string().nullable() });
