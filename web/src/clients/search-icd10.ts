// Finds ICD-10-CM codes by code (with or without its dot: "F40.01", "f4001", "F84") or by words
// of the name or of the terms clinicians use for it ("panic", "autism", "PTSD").
import { ICD10_CODE_FORMAT, type TIcd10Code } from '../../../src/server/icd10/icd10.schema.ts';

const bare = (code: string): string => code.replace('.', '').toLowerCase();
const words = (text: string): string[] => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
const CODE_LIKE = /^[a-z]\d[0-9a-z]?\.?[0-9a-z]{0,4}$/i;

/**
 * The best matches first: the exact code, codes that start with what was typed, names that start
 * with the words, names that contain every word, then codes found through a search term.
 * @example searchIcd10(codes, 'autism') // [{ code: 'F84.0', label: 'Autistic disorder', ... }]
 */
export function searchIcd10(codes: readonly TIcd10Code[], query: string, limit = 8): TIcd10Code[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const ranked: [number, number, TIcd10Code][] = [];
  const qWords = words(q);
  codes.forEach((c, i) => {
    let rank: number | undefined;
    if (CODE_LIKE.test(q) && bare(c.code).startsWith(bare(q))) rank = bare(c.code) === bare(q) ? 0 : 1;
    else if (qWords.length) {
      const label = words(c.label);
      const has = (pool: string[]): boolean => qWords.every((w) => pool.some((x) => x.startsWith(w)));
      if (c.label.toLowerCase().startsWith(q)) rank = 2;
      else if (has(label)) rank = 3;
      else if (c.terms?.length && has(c.terms.flatMap(words))) rank = 4;
    }
    if (rank !== undefined) ranked.push([rank, i, c]);
  });
  return ranked
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .slice(0, limit)
    .map(([, , c]) => c);
}

/**
 * What was typed as a code, in the form a claim uses ("f4001" -> "F40.01"), when it has the
 * shape of an ICD-10-CM code; otherwise undefined.
 */
export function normalizeIcd10Code(typed: string): string | undefined {
  const t = typed.trim().toUpperCase();
  const withDot = /^[A-Z]\d{2}[0-9A-Z]{1,4}$/.test(t) ? `${t.slice(0, 3)}.${t.slice(3)}` : t;
  return ICD10_CODE_FORMAT.test(withDot) ? withDot : undefined;
}
