// A stored note as note export reads it: the diagnoses its header names are the session's codes
// (the worksheet's), named from the client's file or the ICD-10 reference list, else the file's.
import { type ExportableNote, resolveDiagnoses } from '#note-export';
import type { NoteView } from '#store';
import { ICD10_CODES } from '../icd10/icd10-codes.ts';

export function exportableNote(note: NoteView): ExportableNote {
  return { ...note, diagnoses: resolveDiagnoses({ codes: note.worksheet?.diagnoses, onFile: note.clientDiagnoses, reference: ICD10_CODES }) };
}
