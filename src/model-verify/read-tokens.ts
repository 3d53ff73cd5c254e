// Words and content words of a sentence, shared by alignment and the fact checks.
const STOPWORDS = new Set(
  'a an and are as at be been being but by for from had has have he her hers him his i in into is it its of on or our she so than that the their them then there these they this those to was we were which who with will would client clients patient therapist clinician session also during about after before while over per'.split(' '),
);

/** Words as written (letters, digits, inner hyphens and apostrophes). */
export function readWords(text: string): string[] {
  return text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
}

/** Lower-case content words with a light stem, so "reported" and "reports" meet. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of readWords(text)) {
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    out.add(lower.replace(/(?:ing|ed|es|s|ly)$/, '') || lower);
  }
  return out;
}

/** Whether `text` contains `entry` as a whole word or phrase ("kill*" as a prefix), case-insensitively. */
export function hasTerm(text: string, entry: string): boolean {
  const prefix = entry.endsWith('*');
  const body = (prefix ? entry.slice(0, -1) : entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${body}${prefix ? '' : '(?![A-Za-z0-9])'}`, 'i').test(text);
}
