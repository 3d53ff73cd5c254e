// Taking a verified polish into the note: the model's sentences replace the draft's, each keeping
// the provenance the verifier aligned (its draft sentences' sources), and a sentence with no draft
// source stays marked as the model's own. A section the model left as it was keeps the draft's
// sentences exactly (the session and risk sections are never sent).
import type { TPolishResponse } from '../../../src/server/model/model.schema.ts';
import type { StoredDocument, StoredSection, StoredSentence } from '../api/types.ts';
import { sectionText } from './note-text.ts';

export type PolishedDocument = Extract<TPolishResponse, { accepted: true }>['document'];

export interface AdoptedPolish {
  document: StoredDocument;
  /** Sentences whose wording changed. */
  reworded: number;
  /** Sentences the model wrote with no draft sentence as their source. */
  added: number;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * @example
 * const { document, added } = adoptPolish(draft, reply.document); // added: 1, marked modelAdded
 */
export function adoptPolish(draft: StoredDocument, polished: PolishedDocument): AdoptedPolish {
  let reworded = 0;
  let added = 0;
  const sections = draft.sections.map((section): StoredSection => {
    const reply = polished.sections.find((s) => s.key === section.key);
    if (!reply || squash(reply.text) === squash(section.text)) return section;
    const sentences = reply.sentences.map((p): StoredSentence => {
      const origins = p.from.map((i) => section.sentences[i]).filter((s): s is StoredSentence => s !== undefined);
      const same = origins.length === 1 && origins[0] && squash(origins[0].text) === squash(p.text) ? origins[0] : undefined;
      if (same) return same;
      // Polishing twice: a sentence from the model's own sentences is still the model's.
      const modelAdded = p.modelAdded || (origins.length > 0 && origins.every((o) => o.modelAdded));
      // The clinician's edit, reworded, is still the clinician's (warnings it answered stay answered).
      const edited = origins.some((o) => o.edited);
      if (modelAdded) added++;
      else reworded++;
      return { text: p.text, source: p.source, ...(edited ? { edited: true } : {}), ...(modelAdded ? { modelAdded: true } : {}) };
    });
    const next = { ...section, sentences };
    return { ...next, text: sectionText(next) };
  });
  return { document: { ...draft, sections }, reworded, added };
}

export function countModelAdded(doc: StoredDocument): number {
  return doc.sections.reduce((n, s) => n + s.sentences.filter((x) => x.modelAdded).length, 0);
}
