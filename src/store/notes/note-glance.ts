// What the Notes list shows of a note's content: the first sentence of its body, cut short, and
// the CPT code suggested for it.
import type { StoredDocument } from './note-view.ts';

export interface NoteGlance {
  /** The first sentence of the body (after the session line), at most FIRST_LINE_MAX characters; null when the body is empty. */
  firstLine: string | null;
  /** The suggested CPT code; null when there is none or the clinician edited the session section it came from. */
  cptCode: string | null;
}

const FIRST_LINE_MAX = 90;

/**
 * @example noteGlance(doc) // { firstLine: 'Client reported a rough week after a fight with her husband…', cptCode: '90837' }
 */
export function noteGlance(doc: StoredDocument | null): NoteGlance {
  if (!doc) return { firstLine: null, cptCode: null };
  const first = doc.sections
    .filter((s) => s.key !== 'session')
    .flatMap((s) => s.sentences)
    // A bracketed prompt ("[Not documented ...]") is not something the note says.
    .find((s) => s.text.trim() && !s.text.trim().startsWith('['));
  // The header leaves the composer's code out once the session section is edited; so does the list.
  const sessionEdited = doc.sections.some((s) => s.key === 'session' && s.sentences.some((x) => x.edited));
  return { firstLine: first ? shorten(first.text.trim()) : null, cptCode: doc.cpt && !sessionEdited ? doc.cpt.code : null };
}

function shorten(text: string): string {
  if (text.length <= FIRST_LINE_MAX) return text;
  const cut = text.slice(0, FIRST_LINE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > FIRST_LINE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
