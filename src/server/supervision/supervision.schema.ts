import type { z } from 'zod';
import { ZSupervisedNotes } from '#store';

// The shapes the store returns are declared beside it (src/store/notes/note.schema.ts).
export type { TSupervisedNote } from '#store';

/** Supervisees' signed notes: awaiting co-signature (longest waiting first) and recently co-signed. */
export const ZSupervisedNotesResponse = ZSupervisedNotes;
export type TSupervisedNotesResponse = z.infer<typeof ZSupervisedNotesResponse>;
