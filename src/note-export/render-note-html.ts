// A laid-out note as simple HTML for the clipboard's rich-text flavour: paragraphs, bold labels
// and titles, line breaks. No styles, classes, links or images: an EHR's editor keeps the text.
import type { NoteLayout } from './layout-note.ts';
import type { RenderTextOptions } from './render-note-text.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!).replace(/\n/g, '<br>');
}

/**
 * @example renderNoteHtml(layout) // '<p><strong>Date of service:</strong> Mar 1, 2026<br>...</p><p><strong>Subjective</strong><br>...</p>'
 */
export function renderNoteHtml(note: NoteLayout, options: RenderTextOptions = {}): string {
  const title = (t: string): string => (options.layout?.titles === 'capitals' ? t.toLocaleUpperCase('en-US') : t);
  const blocks: string[] = [];
  if (note.enteredInError) blocks.push(`<p><strong>${escapeHtml(note.enteredInError)}</strong></p>`);
  const header = note.header.filter((h) => options.layout?.header[h.field] ?? true);
  if (header.length) blocks.push(`<p>${header.map((h) => `<strong>${escapeHtml(h.label)}:</strong> ${escapeHtml(h.value)}`).join('<br>')}</p>`);
  for (const s of note.sections) blocks.push(`<p><strong>${escapeHtml(title(s.title))}</strong><br>${escapeHtml(s.text)}</p>`);
  if (note.signature.length) blocks.push(`<p>${note.signature.map(escapeHtml).join('<br>')}</p>`);
  for (const a of note.addenda) blocks.push(`<p><em>${escapeHtml(a.meta)}</em><br>${escapeHtml(a.text)}</p>`);
  return blocks.join('\n');
}
