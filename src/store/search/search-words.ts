// The words a note is found by, and the words of a query, normalised the same way: lower case,
// accents removed ("café" finds "cafe"), split on anything that is not a letter or digit
// ("self-harm" is "self" and "harm"), stop words and one-letter words dropped, each word once.
import { STOP_WORDS } from './stop-words.ts';

const STOP = new Set(STOP_WORDS);
const MAX_WORD = 40;

/**
 * @example searchWords('Client reported self-harm; café') // ['client', 'reported', 'self', 'harm', 'cafe']
 */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of normaliseText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= 2 && word.length <= MAX_WORD && !STOP.has(word)) words.add(word);
  }
  return [...words];
}

/** Lower case without accents: what search compares (also a client's name against a query word). */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
