// "José", "Inés", "Zoë", "Chávez": the reader's patterns know names and words by their ASCII
// letters ([A-Z][a-z]+, \b), so an accented name was read as no name at all. The summary is read
// with each accented letter folded to its base letter (one character for one, so every source span
// stays true), and the note's words are given their accents back before anyone sees them.

/** A precomposed letter whose base is an ASCII letter ("é" -> "e", "Ñ" -> "N"); undefined otherwise. */
function baseLetter(ch: string): string | undefined {
  if (ch.charCodeAt(0) < 0x80) return undefined;
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  return base.length === 1 && /[A-Za-z]/.test(base) ? base : undefined;
}

/** A word; those with a non-ASCII letter are folded (matched word by word: linear on any input). */
const WORD = /\p{L}+/gu;
const NON_ASCII = /\P{ASCII}/u;

export interface Folded {
  /** The summary, its accented letters folded, at the same length. */
  text: string;
  /** Gives the folded words of any text written from `text` their accents back. */
  restore: (written: string) => string;
}

/**
 * Folds the accented letters of `text`'s words. A word is left as written when its folded form
 * also stands in the summary unaccented ("resume" beside "résumé"): giving the accent back could
 * not tell the two apart.
 * @example
 * const f = foldAccents('Session w/ José and Inés.'); // f.text === 'Session w/ Jose and Ines.'
 * f.restore('Jose reported he works nights.') // 'José reported he works nights.'
 */
export function foldAccents(text: string): Folded {
  const spellings = new Map<string, Set<string>>();
  // Nothing to fold in a summary typed in ASCII (the common case): no scan at all.
  if (!NON_ASCII.test(text)) return { text, restore: (written) => written };
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue;
    const key = fold(word).toLowerCase();
    if (key !== word.toLowerCase()) spellings.set(key, (spellings.get(key) ?? new Set()).add(word.toLowerCase()));
  }
  // A folded form the summary also writes unaccented, or that two accented words share, stays as written.
  for (const [word] of text.matchAll(/(?<!\p{L})[A-Za-z]+(?!\p{L})/gu)) spellings.delete(word.toLowerCase());
  const originals = new Map([...spellings].filter(([, words]) => words.size === 1).map(([key, words]) => [key, [...words][0]!]));
  if (!originals.size) return { text, restore: (written) => written };
  const folded = text.replace(WORD, (word) => (NON_ASCII.test(word) && originals.has(fold(word).toLowerCase()) ? fold(word) : word));
  const pattern = new RegExp(`(?<!\\p{L})(?:${[...originals.keys()].join('|')})(?!\\p{L})`, 'giu');
  return { text: folded, restore: (written) => written.replace(pattern, (word) => withCase(originals.get(word.toLowerCase())!, word)) };
}

function fold(word: string): string {
  let out = '';
  for (const ch of word) out += baseLetter(ch) ?? ch;
  return out;
}

/** The original word in the written word's capitals, letter by letter ("JOSE" -> "JOSÉ", "Ines" -> "Inés"). */
function withCase(original: string, written: string): string {
  let out = '';
  for (let i = 0; i < original.length; i++) out += written[i] !== undefined && written[i] !== written[i]!.toLowerCase() ? original[i]!.toUpperCase() : original[i]!;
  return out;
}
