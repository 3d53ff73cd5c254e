// Pure operations on a stored note document: edits, regeneration that keeps the clinician's
// edits, and which warnings the clinician has already addressed. The text for the EHR (Copy note)
// is laid out by src/note-export, shared with the PDF and the CLI.
import type { Source } from '../../../src/compose/types.ts';
import type { StoredDocument, StoredSection, StoredSentence } from '../api/types.ts';

/** The composer's bracketed request for content it did not have, e.g. "[Not documented: add the plan.]". */
export function isPrompt(text: string): boolean {
  return /^\[.*\]$/.test(text.trim());
}

/** Sections that still hold a bracketed prompt; signing them would copy the prompt into the record. */
export function sectionsWithPrompts(doc: StoredDocument): string[] {
  return doc.sections.filter((s) => s.sentences.some((x) => isPrompt(x.text))).map((s) => s.title);
}

export function sectionText(section: StoredSection): string {
  return section.sentences
    .map((s) => s.text.trim())
    .filter(Boolean)
    .join(' ');
}

/** Replaces (or, with null, removes) one sentence and marks it as the clinician's. */
export function editSentence(doc: StoredDocument, options: { sectionKey: string; index: number; text: string | null }): StoredDocument {
  return {
    ...doc,
    sections: doc.sections.map((section) => {
      if (section.key !== options.sectionKey) return section;
      const sentences =
        options.text === null
          ? section.sentences.filter((_, i) => i !== options.index)
          : section.sentences.map((s, i) => (i === options.index ? { ...s, text: options.text as string, edited: true } : s));
      const next = { ...section, sentences };
      return { ...next, text: sectionText(next) };
    }),
  };
}

/** Adds a sentence written by the clinician at the end of a section. */
export function addSentence(doc: StoredDocument, options: { sectionKey: string; text: string }): StoredDocument {
  return {
    ...doc,
    sections: doc.sections.map((section) => {
      if (section.key !== options.sectionKey) return section;
      // The clinician's sentence answers the section's bracketed prompt, which then goes.
      const kept = section.sentences.filter((s) => !isPrompt(s.text));
      const next = { ...section, sentences: [...kept, { text: options.text, source: [], edited: true }] };
      return { ...next, text: sectionText(next) };
    }),
  };
}

export function countEdits(doc: StoredDocument): number {
  return doc.sections.reduce((n, s) => n + s.sentences.filter((x) => x.edited).length, 0);
}

const sourceKey = (sources: Source[]): string =>
  sources
    .map((s) => ('field' in s ? `${s.origin}:${s.field}` : `${s.origin}:${s.start}-${s.end}`))
    .sort()
    .join('|');

function overlap(a: Source[], b: Source[]): number {
  let n = 0;
  for (const x of a)
    for (const y of b) {
      if ('field' in x && 'field' in y && x.field === y.field) n++;
      else if ('start' in x && 'start' in y && x.start < y.end && y.start < x.end) n++;
    }
  return n;
}

/**
 * Carries the clinician's edited sentences into a regenerated document: an edited sentence
 * replaces the new sentence written from the same words; otherwise it goes into the section
 * with the same key, or the section whose sentences share its sources, or before the risk section.
 */
export function keepEdits(previous: StoredDocument, next: StoredDocument): StoredDocument {
  const sections: StoredSection[] = next.sections.map((s) => ({ ...s, sentences: [...s.sentences] }));
  for (const oldSection of previous.sections) {
    for (const edited of oldSection.sentences.filter((s) => s.edited)) {
      const key = edited.source.length > 0 ? sourceKey(edited.source) : null;
      let placed = false;
      if (key) {
        for (const section of sections) {
          const i = section.sentences.findIndex((s) => !s.edited && sourceKey(s.source) === key);
          if (i >= 0) {
            section.sentences[i] = edited;
            placed = true;
            break;
          }
        }
      }
      if (placed) continue;
      let target = sections.find((s) => s.key === oldSection.key);
      if (!target && edited.source.length > 0) {
        let best = 0;
        for (const section of sections) {
          const score = section.sentences.reduce((n, s) => n + overlap(s.source, edited.source), 0);
          if (score > best) {
            best = score;
            target = section;
          }
        }
      }
      target ??= sections.filter((s) => s.key !== 'risk' && s.key !== 'session').at(-1) ?? sections.at(-1);
      target?.sentences.push(edited);
    }
  }
  return { ...next, sections: sections.map((s) => ({ ...s, text: sectionText(s) })) };
}

/** A warning about a section counts as addressed once the clinician has edited or added a sentence there. */
export function isWarningAddressed(doc: StoredDocument, section: string | undefined): boolean {
  if (!section) return false;
  const found = doc.sections.find((s) => s.key === section);
  return Boolean(found?.sentences.some((s: StoredSentence) => s.edited && s.text.trim() && !isPrompt(s.text)));
}
