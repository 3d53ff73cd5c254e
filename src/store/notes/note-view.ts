// The store's views of a note are the types of its schemas (note.schema.ts, document.schema.ts):
// one shape, declared once, that the API answers without a cast.
import type { TAddendum, TLateEntry, TNote, TNoteListItem, TSupervisedNote } from './note.schema.ts';

export type { StoredDocument } from './document.schema.ts';
export type AddendumView = TAddendum;
export type NoteListItem = TNoteListItem;
/** A late entry, with both dates, for the interface and exports. */
export type LateEntryView = TLateEntry;
/** A supervisee's note in the supervisor's list, with who wrote it. */
export type SupervisedNoteItem = TSupervisedNote;
export type NoteView = TNote;
