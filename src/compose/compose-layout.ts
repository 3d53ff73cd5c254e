// composeWithLayout: the composer's reading and writing, laid out in the caller's sections (a
// clinician's own template) instead of a built-in format. Every sentence keeps its sources.
import { composeNote } from './compose-note.ts';
import type { Layout } from './formats/formats.ts';
import type { ComposeInput, Document } from './types.ts';

export type { Layout } from './formats/formats.ts';

/**
 * Writes a document whose sections and placement come from `layout`. The session section comes
 * first and the risk section last, as in a note; the caller keeps or drops them.
 * @example
 * composeWithLayout({ summary: 'pt reports better sleep. plan: f/u 1 wk' }, { sections: [{ key: 'a', title: 'Progress' }, { key: 'b', title: 'Next steps' }], place: { report: 'a', ..., plan: 'b', homework: 'b' } })
 */
export function composeWithLayout(input: Omit<ComposeInput, 'format'>, layout: Layout): Document {
  // The base format only names the document's kind; its sections and placement are not used.
  return composeNote({ ...input, format: 'simple' }, layout);
}
