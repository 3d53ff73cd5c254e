import { isTimeZone } from '#note-export';
import { z } from 'zod';
import { ZWorksheet } from '#worksheet';
import { ZSummary } from '../compose/compose.schema.ts';
import { ZNote, ZNoteListItem, ZNoteStatus } from '#store';
import { ZDocument, ZFormatInput } from '../compose/document.schema.ts';

// The shapes the store returns are declared beside it (src/store/notes/note.schema.ts).
export {
  type TAddendum,
  type TLateEntry,
  type TNote,
  type TNoteListItem,
  type TNoteStatus,
  ZNote,
} from '#store';

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

export const ZUpdateNoteRequest = z.object({
  summary: ZSummary.nullable().optional(),
  worksheet: ZWorksheet.nullable().optional(),
  document: ZDocument.optional(),
  format: ZFormatInput.optional(),
});

/** The clinician's IANA time zone, from the browser: whether the note is a late entry is read on their calendar. */
export const ZSignNoteRequest = z.object({ timeZone: z.string().min(1).max(64).optional() });

export const ZAddendumRequest = z.object({ text: z.string().trim().min(1, 'write the addendum').max(20_000) });
export const ZEnteredInErrorRequest = z.object({
  reason: z.string().trim().min(1, 'say why this note was entered in error (for example: written for the wrong client)').max(2000),
});
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
