// `afterword note [FILE|-] --format soap [--worksheet FILE] [--style FILE] [--json]`
import { composeNote, type Document } from '#compose';
import { CliError, readInput, readJsonFile, takeFlag, takeOption } from './cli-args.ts';

export function runNote(args: string[]): string {
  const rest = [...args];
  const format = takeOption(rest, '--format') ?? 'soap';
  const worksheetPath = takeOption(rest, '--worksheet');
  const stylePath = takeOption(rest, '--style');
  const json = takeFlag(rest, '--json');
  if (rest.some((a) => a.startsWith('--'))) throw new CliError(`Unknown option ${rest.find((a) => a.startsWith('--'))}. Options: --format, --worksheet, --style, --json.`);
  const file = rest[0];
  const summary = file || !worksheetPath ? readInput(file) : undefined;
  const worksheet = worksheetPath ? readJsonFile(worksheetPath, 'worksheet') : undefined;
  const style = stylePath ? readJsonFile(stylePath, 'style') : undefined;
  const doc = composeNote({ ...(summary !== undefined ? { summary } : {}), ...(worksheet ? { worksheet } : {}), format, ...(style ? { style } : {}) });
  return json ? JSON.stringify(doc, null, 2) : formatAsText(doc);
}

/** Plain text shaped for pasting into an EHR: titles, then text; warnings after a rule. */
export function formatAsText(doc: Document): string {
  const out = doc.sections.map((s) => `${s.title.toUpperCase()}\n${s.text}`);
  if (doc.cpt) out.push(`SUGGESTED CPT\n${doc.cpt.code}: ${doc.cpt.description} (${doc.cpt.reason})`);
  if (doc.warnings.length) out.push(`---\nWarnings (not part of the note):\n${doc.warnings.map((w) => `- ${w.message}`).join('\n')}`);
  return out.join('\n\n');
}

