// `afterword export NOTE.json --as pdf|text [--out FILE]`: its options and help. The command
// itself (src/cli/run-export.ts) is loaded only when run, so other commands never load pdfkit.
import { CliError } from './cli-error.ts';
import { type CommandSpec, InvalidValue, type OptionTable } from './parse-command.ts';

const KINDS = ['pdf', 'text'] as const;
type ExportKind = (typeof KINDS)[number];

function parseKind(text: string): ExportKind {
  const kind = text.trim().toLowerCase();
  if ((KINDS as readonly string[]).includes(kind)) return kind as ExportKind;
  throw new InvalidValue('must be pdf or text');
}

export const EXPORT_OPTIONS = {
  as: { type: 'string', value: 'pdf|text', example: 'pdf', parse: parseKind, description: 'a PDF, or plain text for pasting into an EHR (required)' },
  out: { type: 'string', value: 'FILE', example: 'note.pdf', description: 'write to this file instead of standard output' },
} as const satisfies OptionTable;

export const EXPORT_COMMAND: CommandSpec<typeof EXPORT_OPTIONS> = {
  name: 'export',
  summary: 'Exports a note as a PDF or as plain text for the EHR (a file, or standard input).',
  operands: 'NOTE.json',
  maxOperands: 1,
  details:
    'NOTE.json is what `afterword note --json` prints (exported as an unsigned draft), or a note as GET /api/notes/:id returns it (with its signature, co-signature and addenda). Times are shown in this machine\'s time zone (TZ).',
  options: EXPORT_OPTIONS,
  check(values) {
    if (!values.as) throw new CliError('Say what to export as: --as pdf or --as text.');
  },
};
