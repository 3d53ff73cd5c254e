// `afterword doc --template FILE [SUMMARY|-] [--worksheet FILE] [--style FILE] [--json]`
import { composeDocument, DocumentError, type TTemplateDocument } from '#documents';
import type { Worksheet } from '#worksheet';
import { CliError } from './cli-error.ts';
import type { CommandSpec, OptionTable, OptionValues } from './parse-command.ts';
import { readInput, readJsonFile } from './read-input.ts';

const DOC_OPTIONS = {
  template: { type: 'string', value: 'FILE', example: 'src/documents/starters/intake-assessment.json', description: 'the template (JSON: title, sections with title, purpose, fixedText); the starters are in src/documents/starters/' },
  worksheet: { type: 'string', value: 'FILE', example: 'worksheet.json', description: 'a worksheet (JSON, src/worksheet/worksheet.schema.ts), alone or with a summary' },
  style: { type: 'string', value: 'FILE', example: 'style.json', description: 'a style (JSON: clientTerm, pronouns, clinicianTerm, tense, ...)' },
  date: { type: 'string', value: 'TEXT', example: '2026-12-01', description: 'fills {date} (else the session date the summary gives, else a prompt)' },
  clinician: { type: 'string', value: 'NAME', example: '"Dana Reyes"', description: 'fills {clinician} (else a prompt)' },
  credentials: { type: 'string', value: 'TEXT', example: 'LCSW', description: 'fills {credentials} (else a prompt)' },
  json: { type: 'boolean', description: 'print the document as JSON: sections of sentences with their sources, and warnings' },
} as const satisfies OptionTable;

export const DOC_COMMAND: CommandSpec<typeof DOC_OPTIONS> = {
  name: 'doc',
  summary: 'Writes a document from your own template and a summary (a file, or standard input).',
  operands: '[SUMMARY|-]',
  maxOperands: 1,
  details: 'Each section of the template is filled with what its purpose names; a section with nothing from the input gets a bracketed prompt. With --worksheet and no SUMMARY, the document is written from the worksheet alone.',
  options: DOC_OPTIONS,
  check(values) {
    if (!values.template) throw new CliError('Say which template to use: --template FILE (the starters are in src/documents/starters/).');
  },
};

/** The document as text (or JSON) for standard output. */
export function runDoc(options: OptionValues<typeof DOC_OPTIONS>, operands: string[]): string {
  const templateFile = options.template!;
  const template = readJsonFile(templateFile, 'template');
  const file = operands[0];
  const summary = file || !options.worksheet ? readInput(file) : undefined;
  const worksheet = options.worksheet ? (readJsonFile(options.worksheet, 'worksheet') as Worksheet) : undefined;
  const style = options.style ? readJsonFile(options.style, 'style') : undefined;
  const values = { ...(options.date ? { date: options.date } : {}), ...(options.clinician ? { clinician: options.clinician } : {}), ...(options.credentials ? { credentials: options.credentials } : {}) };
  try {
    const doc = composeDocument({ template, ...(summary !== undefined ? { summary } : {}), ...(worksheet ? { worksheet } : {}), ...(style ? { style } : {}), values });
    return options.json ? JSON.stringify(doc, null, 2) : formatAsText(doc);
  } catch (error) {
    if (error instanceof DocumentError) throw new CliError(`${templateFile}: ${error.message}`);
    throw error;
  }
}

/** Plain text for pasting: the title, each section's title and text; warnings after a rule. */
function formatAsText(doc: TTemplateDocument): string {
  const out = [doc.title.toUpperCase(), ...doc.sections.map((s) => `${s.title}\n${s.text}`)];
  if (doc.warnings.length) out.push(`---\nWarnings (not part of the document):\n${doc.warnings.map((w) => `- ${w.message}`).join('\n')}`);
  return out.join('\n\n');
}
