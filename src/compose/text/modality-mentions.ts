// A modality a fact names ("CBT") is recorded beside its text, as a mention, so a fact's text is
// plain text. The reader, which marks a modality where it reads one (⟪CBT⟫, expand-shorthand),
// lifts its marks into mentions when a fact is done; the writer puts them back as its own markup
// while it rewrites a sentence, and spells each out on first use (write-document).
import type { Fact, ModalityMention } from '../types.ts';

const MARK = /⟪([^⟫]+)⟫/g;

/** The text without modality marks, and where each marked acronym now starts. */
export function liftModalities(marked: string): { text: string; modalities: ModalityMention[] } {
  const modalities: ModalityMention[] = [];
  let removed = 0;
  const text = marked.replace(MARK, (_m, acronym: string, offset: number) => {
    modalities.push({ start: offset - removed, acronym });
    removed += 2;
    return acronym;
  });
  return { text, modalities };
}

/** A fact whose text carries marks, as a fact with plain text and its mentions beside it. */
export function withModalitiesLifted(fact: Fact): Fact {
  const { text, modalities } = liftModalities(fact.text);
  return { ...fact, text, ...(modalities.length ? { modalities } : {}) };
}

/** The fact's text with each mentioned modality marked again (⟪CBT⟫): the writer's working form. */
export function markModalities(fact: Pick<Fact, 'text' | 'modalities'>): string {
  let out = fact.text;
  for (const { start, acronym } of [...(fact.modalities ?? [])].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, start)}⟪${acronym}⟫${out.slice(start + acronym.length)}`;
  }
  return out;
}
