// Identifier patterns (the HIPAA Safe Harbor list: dates, phone numbers, email and web addresses,
// street addresses, ZIP codes, record and insurance numbers, ages over 89), each with the
// placeholder type it becomes and, where a pattern alone over-matches, a validator. Ordered: a
// longer, surer pattern runs before a looser one.
export type PlaceholderKind = 'CLIENT' | 'PERSON' | 'NAME' | 'DATE' | 'PHONE' | 'EMAIL' | 'URL' | 'ADDRESS' | 'ZIP' | 'ID' | 'AGE';

export interface IdentifierPattern {
  kind: PlaceholderKind;
  pattern: RegExp;
  /** Which capture group is the identifier (0: the whole match). */
  group?: number;
  /** False: not an identifier after all (the match is left as written). */
  valid?: (match: string, text: string, index: number) => boolean;
  example: { matches: string; not?: string };
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const STREET_SUFFIX = '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Loop|Row)';
const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const RATING_BEFORE = /(?:rated|rating|rates|score[ds]?|scale|suds|pain|mood|anxiety|craving|urges?|level|at|of|out of|was|a)\s*$/i;

export const IDENTIFIER_PATTERNS: readonly IdentifierPattern[] = [
  { kind: 'EMAIL', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, example: { matches: 'jo.doe@mail.com' } },
  {
    kind: 'URL',
    // A sentence's closing punctuation is not part of the address.
    pattern: /\b(?:https?:\/\/|www\.)[^\s<>"')]*[^\s<>"').,;:!?]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|us|info|me|co)\b(?:\/[^\s<>"')]*[^\s<>"').,;:!?])?/gi,
    example: { matches: 'https://example.org/x', not: 'e.g. sleep' },
  },
  {
    kind: 'ADDRESS',
    pattern: new RegExp(
      `\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][a-z]+\\.?\\s+){1,3}${STREET_SUFFIX}\\b\\.?(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*[A-Za-z0-9-]+)?(?:,\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?(?:,?\\s+(?:${STATES})\\b)?)?`,
      'g',
    ),
    example: { matches: '42 Alder Creek Road, Apt 3', not: '3 times' },
  },
  { kind: 'ID', pattern: /\b\d{3}-\d{2}-\d{4}\b/g, valid: (m) => !/^(?:000|666|9)/.test(m), example: { matches: '123-45-6789' } },
  {
    kind: 'PHONE',
    pattern: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?)\s*\d{1,5})?|\b\d{10}\b|\+\d{2,3}[\s\d-]{8,14}\d/g,
    example: { matches: '(503) 555-0142', not: '1 2 3' },
  },
  {
    kind: 'ZIP',
    pattern: new RegExp(`\\b(?:${STATES}|ZIP|zip|Zip|ZIP code|zip code)\\s*:?\\s*(\\d{5}(?:-\\d{4})?)\\b`, 'g'),
    group: 1,
    example: { matches: 'OR 97214' },
  },
  {
    kind: 'ID',
    pattern:
      /\b(?:MRN|medical record(?: number)?|record(?: number)?|chart(?: number)?|member(?: ID)?|policy|insurance(?: ID)?|subscriber(?: ID)?|group|Medicaid(?: ID)?|Medicare(?: ID)?|account|case|claim|ID|license|SSN)\s*(?:#|no\.?|number|num\.?)?\s*:?\s*([A-Z0-9][A-Z0-9-]{3,})\b/gi,
    group: 1,
    valid: (m) => /\d/.test(m),
    example: { matches: 'MRN: 00482913' },
  },
  {
    kind: 'AGE',
    pattern: /\b(?:(?:age[ds]?|aged)\s+(?:9\d|1[0-2]\d)\b|(?:9\d|1[0-2]\d)(?:\s+|-)(?:years?|yrs?)(?:\s+|-)old\b|(?:9\d|1[0-2]\d)\s*(?:yo|y\/o|y\.o\.)(?![A-Za-z]))/gi,
    example: { matches: '93-year-old', not: '43-year-old' },
  },
  // An age set off by commas after a person ("Grandmother, 95, moved in").
  { kind: 'AGE', pattern: /(?<=[A-Za-z],\s)(?:9\d|1[01]\d)(?=[,)])/g, example: { matches: 'Grandmother, 95, moved in' } },
  {
    kind: 'DATE',
    pattern: new RegExp(
      `\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}/\\d{1,2})\\b`,
      'g',
    ),
    valid: (m, text, index) => {
      const numeric = /^(\d{1,2})\/(\d{1,2})$/.exec(m);
      if (!numeric) return true;
      // "7/10" after a rating word is a score out of ten, not July 10.
      if (Number(numeric[2]) === 10 && RATING_BEFORE.test(text.slice(Math.max(0, index - 20), index))) return false;
      return Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12 && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 31;
    },
    example: { matches: 'March 3rd, 2024', not: 'pain 7/10' },
  },
  // A month alone ("since March"); "May" only after a word that makes it a month ("in May").
  { kind: 'DATE', pattern: new RegExp(`\\b${MONTH.replace('May|', '')}(?=[\\s,.;:)]|$)|(?<=\\b(?:in|since|of|until|by|early|late|mid|last|next|this)\\s)May\\b`, 'g'), example: { matches: 'since March' } },
  { kind: 'ID', pattern: /\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{5,}\b|\b\d{6,}\b|\b\d{5}(?:-\d{4})?\b/g, valid: (m) => !/^(?:PHQ|GAD|PCL|DSM|ICD)/.test(m), example: { matches: 'XJH4829921' } },
];
