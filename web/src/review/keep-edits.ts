// Regeneration that keeps the clinician's edits: each edited or added sentence of the old draft
// goes into the section of the new draft that means what its old section meant.
import type { Source } from '../../../src/compose/types.ts';
import type { StoredDocument, StoredSection, StoredSentence } from '../api/types.ts';
import { isPrompt, sectionText } from './note-text.ts';
import { sectionsWithSameMeaning } from './section-meaning.ts';

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

/** Where one of the clinician's sentences went when the draft was regenerated. */
export interface EditPlacement {
  text: string;
  /** Title of the section it was in. */
  from: string;
  /** Title of the section it is in now. */
  to: string;
}

export interface KeptEdits {
  document: StoredDocument;
  placements: EditPlacement[];
}

export interface KeepEditsOptions {
  /**
   * For a sentence whose old section splits into several in the new format (SOAP Objective holds
   * observations and interventions; GIRP has Response and Intervention), the section the composer
   * puts that sentence's words in, by sentence text. See `sentencesNeedingMeaning`.
   */
  meanings?: ReadonlyMap<string, string>;
}

interface PendingEdit {
  sentence: StoredSentence;
  from: StoredSection;
  targets: string[];
}

/** Each edited sentence of `previous` with the sections of `next` that mean what its section meant. */
function pendingEdits(previous: StoredDocument, next: StoredDocument): PendingEdit[] {
  const present = new Set(next.sections.map((s) => s.key));
  return previous.sections.flatMap((from) => {
    const targets =
      previous.format === next.format
        ? [from.key]
        : sectionsWithSameMeaning({ format: previous.format, section: from.key }, next.format);
    return from.sentences
      .filter((s) => s.edited && s.text.trim())
      .map((sentence) => ({ sentence, from, targets: targets.filter((key) => present.has(key)) }));
  });
}

const sameWordsIn = (section: StoredSection, sentence: StoredSentence): number =>
  sentence.source.length === 0 ? -1 : section.sentences.findIndex((s) => !s.edited && sourceKey(s.source) === sourceKey(sentence.source));

/**
 * The clinician's sentences that a regenerated draft cannot place by section meaning alone: their
 * section maps to several sections of the new format and no new sentence has the same words. The
 * review page asks the composer where each would go (`KeepEditsOptions.meanings`).
 */
export function sentencesNeedingMeaning(previous: StoredDocument, next: StoredDocument): string[] {
  return pendingEdits(previous, next)
    .filter(({ sentence, targets }) => {
      if (targets.length < 2) return false;
      return !next.sections.some((s) => targets.includes(s.key) && sameWordsIn(s, sentence) >= 0);
    })
    .map(({ sentence }) => sentence.text);
}

/**
 * Carries the clinician's edited and added sentences into a regenerated document, each into the
 * section that means what its old section meant (`sectionsWithSameMeaning`): it replaces the new
 * sentence written from the same words there; otherwise it goes where the composer would put its
 * words (`options.meanings`), or to the section sharing most of its source words, or to the
 * first section with that meaning. Returns where each went, to tell the clinician.
 *
 * @example
 * keepEdits(soapWithEditedObjective, girp).placements // [{ text: 'Therapist used ...', from: 'Objective', to: 'Intervention' }]
 */
export function keepEdits(previous: StoredDocument, next: StoredDocument, options: KeepEditsOptions = {}): KeptEdits {
  const sections: StoredSection[] = next.sections.map((s) => ({ ...s, sentences: [...s.sentences] }));
  const placements: EditPlacement[] = [];
  for (const { sentence, from, targets } of pendingEdits(previous, next)) {
    const candidates = targets.flatMap((key) => sections.filter((s) => s.key === key));
    // The same words written again in a section with another meaning: the clinician's version
    // replaces them (in its own section), so the note does not say it twice.
    for (const other of sections.filter((s) => !targets.includes(s.key))) {
      const i = sameWordsIn(other, sentence);
      if (i >= 0) other.sentences.splice(i, 1);
    }
    let target: StoredSection | undefined;
    let index = -1;
    for (const section of candidates) {
      index = sameWordsIn(section, sentence);
      if (index >= 0) {
        target = section;
        break;
      }
    }
    if (!target) {
      const meant = options.meanings?.get(sentence.text);
      target = candidates.find((s) => s.key === meant);
    }
    if (!target && sentence.source.length > 0) {
      let best = 0;
      for (const section of candidates) {
        const score = section.sentences.reduce((n, s) => n + overlap(s.source, sentence.source), 0);
        if (score > best) {
          best = score;
          target = section;
        }
      }
    }
    target ??= candidates[0] ?? sections.filter((s) => s.key !== 'risk' && s.key !== 'session').at(-1) ?? sections.at(-1);
    if (!target) continue;
    if (index >= 0 && target.sentences[index]) target.sentences[index] = sentence;
    else {
      // The clinician's sentence answers the section's bracketed prompt, which then goes.
      target.sentences = [...target.sentences.filter((s) => !isPrompt(s.text)), sentence];
    }
    placements.push({ text: sentence.text, from: from.title, to: target.title });
  }
  return { document: { ...next, sections: sections.map((s) => ({ ...s, text: sectionText(s) })) }, placements };
}
