// A summary longer than the composer accepts is cut before generating, and the clinician is told
// exactly where: how many characters go and the last words kept. The full text stays in the box.

export interface SummaryCut {
  /** What the note is written from: the start of the summary, ending at a word boundary. */
  kept: string;
  /** How many characters are left out (everything after `kept`). */
  cutChars: number;
  /** The last few words of `kept`, to find the place in the text. */
  lastWordsKept: string;
  /** The first few words left out. */
  firstWordsCut: string;
}

const WORDS_SHOWN = 8;
/** How far back from the limit a cut looks for a space, so no word is split. */
const WORD_BOUNDARY_REACH = 60;

/**
 * Where a summary over `limit` characters is cut, or null when it fits.
 *
 * @example
 * cutSummary('one two three', 9) // { kept: 'one two', cutChars: 6, lastWordsKept: 'one two', firstWordsCut: 'three' }
 */
export function cutSummary(text: string, limit: number): SummaryCut | null {
  if (text.length <= limit) return null;
  let end = limit;
  // Never split a surrogate pair (an emoji or a rare character).
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  if (!/\s/.test(text.charAt(end))) {
    const space = text.slice(Math.max(0, end - WORD_BOUNDARY_REACH), end).search(/\s\S*$/);
    if (space >= 0) end = Math.max(0, end - WORD_BOUNDARY_REACH) + space;
  }
  const kept = text.slice(0, end).trimEnd();
  const rest = text.slice(kept.length);
  return {
    kept,
    cutChars: rest.length,
    lastWordsKept: kept.split(/\s+/).slice(-WORDS_SHOWN).join(' '),
    firstWordsCut: rest.trim().split(/\s+/).slice(0, WORDS_SHOWN).join(' '),
  };
}
