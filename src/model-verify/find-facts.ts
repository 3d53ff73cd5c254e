// The checkable facts of a text: numbers, dates, quotes, medications, diagnoses. Each is
// normalised so the draft's "two" and the reply's "2" meet.
import { DIAGNOSES, DIAGNOSIS_CODE } from './lexicon/diagnoses.ts';
import { MEDICATION_SUFFIXES, MEDICATIONS } from './lexicon/medications.ts';
import { hasTerm, readWords } from './read-tokens.ts';

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  hundred: '100', once: '1', twice: '2', half: '0.5', dozen: '12',
};

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DATE_PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  new RegExp(`\\b(?:${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'gi'),
  /\b(?:yesterday|today|tomorrow|tonight|last (?:week|month|year|night)|next (?:week|month|year))\b/gi,
];

/** Numbers as digits ("two weeks" gives "2"; "50mg" gives "50"). */
export function findNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.,:]\d+)*/g)) out.push(m[0].replace(/,/g, ''));
  for (const word of readWords(text)) {
    const n = NUMBER_WORDS[word.toLowerCase()];
    if (n) out.push(n);
  }
  return out;
}

/** Date expressions, lower case ("March 3", "3/14", "last week", "Tuesday"). "May" counts only capitalised. */
export function findDates(text: string): string[] {
  const out: string[] = [];
  for (const pattern of DATE_PATTERNS) {
    const flags = pattern.flags.includes('i') ? pattern.flags : `${pattern.flags}i`;
    for (const m of text.matchAll(new RegExp(pattern.source, flags))) {
      if (/^may\b/i.test(m[0]) && !/^May\b/.test(m[0])) continue;
      if (/^(?:mar|jan|dec|sep|oct|nov|aug|jun|jul|apr|feb)$/i.test(m[0]) && !/^[A-Z]/.test(m[0])) continue;
      out.push(m[0].toLowerCase().replace(/\s+/g, ' '));
    }
  }
  return out;
}

/** Quoted words, normalised (curly quotes, spacing, case). */
export function findQuotes(text: string): string[] {
  return [...text.matchAll(/["“]([^"”]{2,})["”]/g)].map((m) => normalizeQuote(m[1] ?? ''));
}

export function normalizeQuote(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

export function findMedications(text: string): string[] {
  const listed = MEDICATIONS.filter((m) => hasTerm(text, m));
  const bySuffix = readWords(text)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 7 && MEDICATION_SUFFIXES.some((s) => w.endsWith(s)));
  return [...new Set([...listed, ...bySuffix])];
}

export function findDiagnoses(text: string): string[] {
  const named = DIAGNOSES.filter((d) => hasTerm(text, d));
  const codes = [...text.matchAll(DIAGNOSIS_CODE)].map((m) => m[0].toLowerCase());
  return [...new Set([...named, ...codes])];
}
