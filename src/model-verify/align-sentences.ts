// Aligns each reply sentence to the draft sentences it came from, by shared content words, so
// a polished sentence keeps the provenance of its sources. A sentence with no source is
// model-added.
import { contentWords } from './read-tokens.ts';

/** For each reply sentence, the indexes of the draft sentences it came from (empty: model-added). */
export function alignSentences(reply: readonly string[], draft: readonly string[]): number[][] {
  const draftWords = draft.map(contentWords);
  return reply.map((sentence) => {
    const words = contentWords(sentence);
    const sources: number[] = [];
    draftWords.forEach((d, index) => {
      let shared = 0;
      for (const w of words) if (d.has(w)) shared++;
      const needed = Math.min(2, d.size, words.size);
      if (shared === 0 || shared < needed) return;
      if (shared / d.size >= 0.5 || shared / words.size >= 0.5) sources.push(index);
    });
    return sources;
  });
}
