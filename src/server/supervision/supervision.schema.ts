import { z } from 'zod';
import { ZNoteListItem, ZSignature } from '../notes/note.schema.ts';

export const ZSupervisedNote = ZNoteListItem.extend({ clinician: ZSignature.extend({ id: z.string() }) });
export type TSupervisedNote = z.infer<typeof ZSupervisedNote>;

/** Supervisees' signed notes: awaiting co-signature (longest waiting first) and recently co-signed. */
export const ZSupervisedNotesResponse = z.object({ awaiting: z.array(ZSupervisedNote), recent: z.array(ZSupervisedNote) });
export type TSupervisedNotesResponse = z.infer<typeof ZSupervisedNotesResponse>;
