// A stored note as note export reads it: the diagnoses its header names are the session's codes
// (the worksheet's), named from the client's file or the ICD-10 reference list, else the file's.
// The server uses it for the PDF route, the CLI for a note saved from the API.
import { type Diagnosis, type ExportableNote, resolveDiagnoses } from '#note-export';
import { ICD10_CODES } from '../icd10/icd10-codes.ts';

export type StoredNoteForExport = ExportableNote & {
  worksheet?: (ExportableNote['worksheet'] & { diagnoses?: string[] | undefined }) | null | undefined;
  clientDiagnoses?: readonly Diagnosis[] | undefined;
};

export function exportableNote(note: StoredNoteForExport): ExportableNote {
  return { ...note, diagnoses: resolveDiagnoses({ codes: note.worksheet?.diagnoses, onFile: note.clientDiagnoses, reference: ICD10_CODES }) };
}
