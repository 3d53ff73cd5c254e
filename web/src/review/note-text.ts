// Pure operations on a stored note document: edits, and which warnings the clinician has already
// addressed. Regeneration that keeps the edits is keep-edits.ts. The text for the EHR (Copy note)
// is laid out by src/note-export, shared with the PDF and the CLI.
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

/** Replaces (or, with null, removes) one sentence and marks it as the clinician's (no longer the model's). */
export function editSentence(doc: StoredDocument, options: { sectionKey: string; index: number; text: string | null }): StoredDocument {
  return {
    ...doc,
    sections: doc.sections.map((section) => {
      if (section.key !== options.sectionKey) return section;
      const sentences =
        options.text === null
          ? section.sentences.filter((_, i) => i !== options.index)
          : section.sentences.map((s, i) => {
              if (i !== options.index) return s;
              // Once the clinician rewrites it, a sentence the model added is the clinician's.
              const { modelAdded: _, ...rest } = s;
              return { ...rest, text: options.text as string, edited: true };
            });
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

/** A warning about a section counts as addressed once the clinician has edited or added a sentence there. */
export function isWarningAddressed(doc: StoredDocument, section: string | undefined): boolean {
  if (!section) return false;
  const found = doc.sections.find((s) => s.key === section);
  return Boolean(found?.sentences.some((s: StoredSentence) => s.edited && s.text.trim() && !isPrompt(s.text)));
}
