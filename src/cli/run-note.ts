// `afterword note [FILE|-] --format soap [--worksheet FILE] [--style FILE] [--json]`
import { composeNote, type Document, FORMAT_KEYS, findSessionDate } from '#compose';
import type { CommandSpec, OptionTable, OptionValues } from './parse-command.ts';
import { readInput, readJsonFile } from './read-input.ts';

const NOTE_OPTIONS = {
  format: { type: 'string', value: 'FORMAT', default: 'soap', example: 'birp', description: `the note format: ${FORMAT_KEYS.join(', ')}` },
  worksheet: { type: 'string', value: 'FILE', example: 'worksheet.json', description: 'a worksheet (JSON, src/worksheet/worksheet.schema.ts), alone or with a summary' },
  style: { type: 'string', value: 'FILE', example: 'style.json', description: 'a style (JSON: clientTerm, pronouns, clinicianTerm, tense, length, ...)' },
  json: { type: 'boolean', description: 'print the Document as JSON instead of plain text' },
} as const satisfies OptionTable;

export const NOTE_COMMAND: CommandSpec<typeof NOTE_OPTIONS> = {
  name: 'note',
  summary: 'Writes one progress note from a post-session summary (a file, or standard input).',
  operands: '[FILE|-]',
  maxOperands: 1,
  details: 'With --worksheet and no FILE, the note is written from the worksheet alone.',
  options: NOTE_OPTIONS,
};

/** The note as text (or JSON) for standard output. */
export function runNote(options: OptionValues<typeof NOTE_OPTIONS>, operands: string[]): string {
  const file = operands[0];
  const summary = file || !options.worksheet ? readInput(file) : undefined;
  const worksheet = options.worksheet ? readJsonFile(options.worksheet, 'worksheet') : undefined;
  const style = options.style ? readJsonFile(options.style, 'style') : undefined;
  // "5/20" has no year: like the Write page, the command line gives it the latest such day up to
  // today (the composer has no clock), and says so beside the note.
  const given = worksheet as { date?: unknown } | undefined;
  const found = summary && given?.date === undefined ? findSessionDate(summary, { today: localToday() }) : undefined;
  const dated = found?.date && found.yearInferred ? { ...(given ?? {}), date: found.date } : worksheet;
  const doc = composeNote({ ...(summary !== undefined ? { summary } : {}), ...(dated ? { worksheet: dated } : {}), format: options.format, ...(style ? { style } : {}) });
  if (dated !== worksheet && found) doc.warnings.push({ code: 'date_inferred', message: `The session date "${found.text}" has no year: ${found.date} was used (the latest such day up to today). Check it.`, section: 'session' });
  return options.json ? JSON.stringify(doc, null, 2) : formatAsText(doc);
}

/** Today on this machine's calendar, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Plain text shaped for pasting into an EHR: titles, then text; warnings after a rule. */
function formatAsText(doc: Document): string {
  const out = doc.sections.map((s) => `${s.title.toUpperCase()}\n${s.text}`);
  if (doc.cpt) out.push(`SUGGESTED CPT\n${doc.cpt.code}: ${doc.cpt.description} (${doc.cpt.reason})`);
  if (doc.warnings.length) out.push(`---\nWarnings (not part of the note):\n${doc.warnings.map((w) => `- ${w.message}`).join('\n')}`);
  return out.join('\n\n');
}
