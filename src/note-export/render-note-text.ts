// A laid-out note as plain text for pasting into an EHR: header lines, then each section's title
// on its own line above its text, blank lines between blocks, the signature block and addenda last.
import type { TCopyLayout } from './copy-layout.schema.ts';
import type { NoteLayout } from './layout-note.ts';

export interface RenderTextOptions {
  /** Which header fields to include and how titles are written; every field, as written, without one. */
  layout?: Pick<TCopyLayout, 'header' | 'titles'>;
}

function title(text: string, options: RenderTextOptions): string {
  return options.layout?.titles === 'capitals' ? text.toLocaleUpperCase('en-US') : text;
}

/**
 * One section alone, for "Copy" on a single section: its title, then its text.
 * @example renderSectionText({ title: 'Plan', text: 'Meet next week.' }, { layout: { titles: 'capitals' } }); // 'PLAN\nMeet next week.'
 */
export function renderSectionText(section: { title: string; text: string }, options: RenderTextOptions = {}): string {
  return `${title(section.title, options)}\n${section.text}`;
}

/**
 * @example
 * renderNoteText(layoutNote(note, { formatInstant }), { layout: { header: {...}, titles: 'capitals' } })
 * // 'Date of service: Mar 1, 2026\n...\n\nSUBJECTIVE\nClient reported ...\n\nElectronically signed by ...'
 */
export function renderNoteText(note: NoteLayout, options: RenderTextOptions = {}): string {
  const blocks: string[] = [];
  if (note.enteredInError) blocks.push(note.enteredInError);
  const header = note.header.filter((h) => options.layout?.header[h.field] ?? true);
  if (header.length) blocks.push(header.map((h) => `${h.label}: ${h.value}`).join('\n'));
  blocks.push(...note.sections.map((s) => renderSectionText(s, options)));
  if (note.signature.length) blocks.push(note.signature.join('\n'));
  if (note.addenda.length) blocks.push(...note.addenda.map((a) => `${a.meta}\n${a.text}`));
  return blocks.join('\n\n');
}
