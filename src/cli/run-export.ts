// `afterword export NOTE.json --as pdf|text [--out FILE]`: a note as a PDF, or as the plain text
// "Copy note" gives, made on this machine. NOTE.json is what `afterword note --json` prints (a
// Document: exported as an unsigned draft), or a note as the API returns it (`GET /api/notes/:id`,
// with or without its `{"note": ...}` wrapper: exported with its signatures and addenda).
import { writeFileSync } from 'node:fs';
import { type ExportableNote, layoutNote, renderNoteText } from '#note-export';
import { instantFormatter, renderNotePdf } from '#note-pdf';
import { ZDocument } from '../server/compose/document.schema.ts';
import { exportableNote } from '../server/notes/exportable-note.ts';
import { ZNote } from '../server/notes/note.schema.ts';
import { CliError } from './cli-error.ts';
import type { EXPORT_OPTIONS } from './export-options.ts';
import type { OptionValues } from './parse-command.ts';
import { describeFileError, readInput } from './read-input.ts';
import { writeAllSync } from './write-sync.ts';

/** The note in the file: a Document from `note --json`, or a note from the API. */
function readNote(file: string | undefined): ExportableNote {
  const name = !file || file === '-' ? 'standard input' : file;
  let value: unknown;
  try {
    value = JSON.parse(readInput(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name} is not valid JSON. Give what \`afterword note --json\` prints, or a note from the API.`);
  }
  const wrapped = value && typeof value === 'object' && 'note' in value ? (value as { note: unknown }).note : value;
  if (wrapped && typeof wrapped === 'object' && 'document' in wrapped) {
    // A note saved from an earlier version has no session times or late-entry mark: none were recorded.
    const parsed = ZNote.safeParse({ sessionStartTime: null, sessionEndTime: null, sessionMinutes: null, lateEntry: null, ...wrapped });
    if (!parsed.success) throw new CliError(`${name} is not a note as the API returns it: field "${parsed.error.issues[0]?.path.join('.') || 'note'}" ${parsed.error.issues[0]?.message ?? 'is invalid'}.`);
    return exportableNote(parsed.data);
  }
  const parsed = ZDocument.safeParse(wrapped);
  // Issue messages describe the rule, never the value: no clinical text reaches the terminal.
  if (!parsed.success) throw new CliError(`${name} is not a note: field "${parsed.error.issues[0]?.path.join('.') || 'document'}" ${parsed.error.issues[0]?.message ?? 'is invalid'}. Give what \`afterword note --json\` prints.`);
  return { document: parsed.data, status: 'draft' };
}

/** Writes the export to --out, or to standard output; exit status 0. */
export async function runExport(options: OptionValues<typeof EXPORT_OPTIONS>, operands: string[]): Promise<number> {
  const note = readNote(operands[0]);
  const layout = layoutNote(note, { formatInstant: instantFormatter() });
  if (options.as === 'pdf' && !options.out && process.stdout.isTTY) {
    throw new CliError('A PDF is not for a terminal: give --out FILE (for example --out note.pdf), or redirect standard output to a file.');
  }
  const output = options.as === 'pdf' ? await renderNotePdf(layout) : `${renderNoteText(layout)}\n`;
  if (!options.out) {
    writeAllSync(1, output);
    return 0;
  }
  try {
    writeFileSync(options.out, output);
  } catch (error) {
    throw new CliError(`Cannot write ${options.out}: ${describeFileError(error)}.`);
  }
  return 0;
}
