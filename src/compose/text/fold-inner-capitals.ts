// "DeShawn", "LaToya", "McKenzie": the reader's patterns know a name as one capital and then small
// letters ([A-Z][a-z]+), so a name with a capital inside was read as its last part ("Shawn"). The
// summary is read with such names written as one capital and small letters (the same length, so every
// source span stays true), and the note's words are given their own capitals back before anyone sees them.

import type { Folded } from './fold-accents.ts';

/** A word of two or more capitalised parts, each a capital and small letters ("DeShawn", "McKenzie"). */
const INNER_CAPITALS = /(?<![\p{L}'])(?:[A-Z][a-z]+){2,}(?![\p{L}])/gu;

/**
 * Writes each word with a capital inside as one capital and small letters, and gives back a function
 * that restores the word as written.
 * @example
 * const f = foldInnerCapitals('Family session: DeShawn (15) and mom.'); // f.text === 'Family session: Deshawn (15) and mom.'
 * f.restore('Deshawn was seen alone.') // 'DeShawn was seen alone.'
 */
export function foldInnerCapitals(text: string): Folded {
  const originals = new Map<string, string>();
  for (const [word] of text.matchAll(INNER_CAPITALS)) originals.set(word.toLowerCase(), word);
  if (!originals.size) return { text, restore: (written) => written };
  const folded = text.replace(INNER_CAPITALS, (word) => `${word[0]}${word.slice(1).toLowerCase()}`);
  const pattern = new RegExp(`(?<![\\p{L}'])(?:${[...originals.keys()].join('|')})(?![\\p{L}])`, 'giu');
  return { text: folded, restore: (written) => written.replace(pattern, (word) => (/^[A-Z]/.test(word) ? originals.get(word.toLowerCase())! : word)) };
}
