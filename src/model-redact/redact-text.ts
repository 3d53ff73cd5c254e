// Replaces identifiers in text bound for a model with typed placeholders ([CLIENT], [PERSON_2],
// [DATE_1]) and maps them back in the reply. Three passes, surest first: the client's known
// identifiers from their profile, then patterns with validators, then capitalised words that are
// not clinical vocabulary. One Redaction serves every section of a note, so the same name is the
// same placeholder throughout.
import { CAPITALISED_WORD, CLINICAL_VOCABULARY, COMMON_OPENERS } from './lexicon/clinical-vocabulary.ts';
import { IDENTIFIER_PATTERNS, type PlaceholderKind } from './lexicon/identifier-patterns.ts';

export interface KnownIdentifiers {
  /** The client's names as stored: real name, display name, nicknames. */
  clientNames: string[];
  /** Free text of the profile (relatives and others named there are read from it). */
  profileText?: string;
}

export interface Redaction {
  /** The text with identifiers replaced. */
  redact(text: string): string;
  /** The reply with each placeholder this redaction made put back; unknown placeholders stay. */
  restore(text: string): string;
  /** How many identifiers of each kind were replaced (for the data-flow statement and tests). */
  counts(): Partial<Record<PlaceholderKind, number>>;
}

interface Span {
  start: number;
  end: number;
  kind: PlaceholderKind;
}

const VOCABULARY = new Set(CLINICAL_VOCABULARY);
const NOT_INITIALS = new Set(['ID', 'MD', 'OK', 'PA', 'NP', 'DO', 'ER', 'IN', 'ON', 'AM', 'PM', 'MI', 'SI', 'HI', 'AA', 'NA', 'DX', 'TX', 'HX', 'SX', 'RX', 'OT', 'PT', 'ST', 'ED', 'BP', 'US', 'IT', 'AT', 'OR', 'TV', 'HW', 'FU', 'IV', 'UK', 'LA', 'NY', 'DC']);
const OPENERS = new Set(COMMON_OPENERS);
const NEXT_WORD = new RegExp(`^\\s+(${CAPITALISED_WORD.source})`);
const TITLE = /(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?\s+$/;
const RELATION =
  /\b(?:sister|brother|mother|mom|mum|father|dad|husband|wife|partner|spouse|fianc[ée]e?|boyfriend|girlfriend|son|daughter|child|friend|coworker|co-worker|colleague|boss|aunt|uncle|grandmother|grandma|grandfather|grandpa|cousin|niece|nephew|roommate|neighbou?r|teacher|supervisor|manager|stepfather|stepmother|stepdad|stepmom|ex|named|called|psychiatrist|doctor|prescriber|pastor|sponsor)(?:'s)?,?\s+$/i;

/**
 * Starts a redaction for one note, knowing the client's identifiers.
 *
 * @example
 * const r = createRedaction({ clientNames: ['Jonathan Reyes', 'Jon'] });
 * r.redact('Jon called 503-555-0142 on March 3.'); // '[CLIENT] called [PHONE_1] on [DATE_1].'
 * r.restore('[CLIENT] phoned on [DATE_1].');       // 'Jon phoned on March 3.'
 */
export function createRedaction(known: KnownIdentifiers): Redaction {
  const byOriginal = new Map<string, string>();
  const byPlaceholder = new Map<string, string>();
  const next: Partial<Record<PlaceholderKind, number>> = {};
  const clientForms = clientNameForms([...known.clientNames, ...nicknames(known.profileText ?? '')]);
  const relatives = relativeNames(known.profileText ?? '', clientForms);

  const placeholderFor = (original: string, kind: PlaceholderKind): string => {
    const key = `${kind}:${original}`;
    const existing = byOriginal.get(key);
    if (existing) return existing;
    const n = (next[kind] ?? 0) + 1;
    next[kind] = n;
    // The client's first-seen name form is plain [CLIENT]; every other kind is numbered.
    const placeholder = kind === 'CLIENT' && n === 1 ? '[CLIENT]' : `[${kind}_${n}]`;
    byOriginal.set(key, placeholder);
    byPlaceholder.set(placeholder, original);
    return placeholder;
  };

  return {
    redact(text) {
      // Email and web addresses first: a name inside one is part of the address.
      const spans = patternSpans(text, ['EMAIL', 'URL']);
      addSpans(spans, knownSpans(text, clientForms, 'CLIENT'));
      addSpans(spans, knownSpans(text, relatives, 'PERSON'));
      addSpans(spans, patternSpans(text));
      addSpans(spans, capitalisedSpans(text, spans));
      spans.sort((a, b) => a.start - b.start);
      let out = '';
      let at = 0;
      for (const span of spans) {
        out += text.slice(at, span.start) + placeholderFor(text.slice(span.start, span.end), span.kind);
        at = span.end;
      }
      return out + text.slice(at);
    },
    restore(text) {
      return text.replace(/\[[A-Z]+(?:_\d+)?\]/g, (p) => byPlaceholder.get(p) ?? p);
    },
    counts: () => ({ ...next }),
  };
}

/** Adds spans that overlap none already taken. */
function addSpans(taken: Span[], candidates: Span[]): void {
  for (const c of candidates) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
}

/** Full names, each part of three or more letters, and initials (J.D., JD, J. D.), longest first. */
function clientNameForms(names: string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (!trimmed) continue;
    forms.add(trimmed);
    const parts = trimmed.split(/[\s.]+/).filter(Boolean);
    for (const part of parts) if (part.length >= 3 || /^[A-Z]{2,3}$/.test(part)) forms.add(part);
    if (parts.length >= 2) {
      const initials = parts.map((p) => p[0]!.toUpperCase());
      forms.add(`${initials.join('.')}.`);
      forms.add(`${initials.join('. ')}.`);
      // Bare initials ("JD") unless they spell a common abbreviation ("ID", "MD").
      if (!NOT_INITIALS.has(initials.join(''))) forms.add(initials.join(''));
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** The client's own other names, as a profile gives them ("Goes by Jon", "nickname: Bex"). */
function nicknames(profileText: string): string[] {
  return [...profileText.matchAll(/\b(?:goes by|nickname(?: is)?:?|prefers to be called|prefers)\s+["“]?([A-Za-z][a-z]+)/gi)].map((m) => m[1]!);
}

/** Other people the profile names (relatives, friends): its capitalised words that are not vocabulary. */
function relativeNames(profileText: string, clientForms: string[]): string[] {
  const names = capitalisedSpans(profileText, []).map((s) => profileText.slice(s.start, s.end));
  return [...new Set(names)].filter((n) => !clientForms.includes(n)).sort((a, b) => b.length - a.length);
}

function knownSpans(text: string, forms: string[], kind: PlaceholderKind): Span[] {
  const spans: Span[] = [];
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Initials and short forms match as written; names of three or more letters in any case.
    const flags = /^[A-Z.\s]+$/.test(form) ? 'g' : 'gi';
    for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, flags))) {
      addSpans(spans, [{ start: m.index, end: m.index + m[0].length, kind }]);
    }
  }
  return spans;
}

function patternSpans(text: string, only?: PlaceholderKind[]): Span[] {
  const spans: Span[] = [];
  for (const { kind, pattern, group, valid } of IDENTIFIER_PATTERNS) {
    if (only && !only.includes(kind)) continue;
    for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const value = group ? m[group] : m[0];
      if (!value) continue;
      const start = m.index + (group ? m[0].indexOf(value) : 0);
      if (valid && !valid(value, text, start)) continue;
      addSpans(spans, [{ start, end: start + value.length, kind }]);
    }
  }
  return spans;
}

/** Runs of capitalised words that are not vocabulary; a run after a title or a relation word is a person. */
function capitalisedSpans(text: string, taken: Span[]): Span[] {
  const spans: Span[] = [];
  const word = new RegExp(CAPITALISED_WORD.source, 'g');
  for (let m = word.exec(text); m; m = word.exec(text)) {
    let end = m.index + m[0].length;
    const overlaps = (start: number, stop: number) => taken.some((t) => start < t.end && t.start < stop);
    if (!isNameWord(m[0], text, m.index) || overlaps(m.index, end)) continue;
    // Extend over following capitalised words ("Dana Whitfield", "Mount Hood") not already taken.
    for (;;) {
      const rest = NEXT_WORD.exec(text.slice(end));
      if (!rest || VOCABULARY.has(rest[1]!) || overlaps(end, end + rest[0].length)) break;
      end += rest[0].length;
    }
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const kind: PlaceholderKind = TITLE.test(before) || RELATION.test(before) ? 'PERSON' : 'NAME';
    spans.push({ start: m.index, end, kind });
    word.lastIndex = end;
  }
  return spans;
}

function isNameWord(word: string, text: string, index: number): boolean {
  if (VOCABULARY.has(word) || word.length === 1) return false;
  // An acronym (MRN, NAMI, ER) is not a name; initials of the client are caught as known identifiers.
  if (/^[A-Z]{2,5}s?$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (!sentenceInitial(text, index)) return true;
  // At the start of a sentence a capital proves nothing: the word is a name unless it is a common
  // opener, or the text also uses it in lower case.
  if (OPENERS.has(lower)) return false;
  if (new RegExp(`(?<![A-Za-z])${lower}(?![A-Za-z])`).test(text)) return false;
  return !(/(?:ed|ing|ly)$/.test(lower) && lower.length >= 7 && !/mmed$/.test(lower));
}

function sentenceInitial(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/["“'‘([*•-]+$/, '').trimEnd();
  return before === '' || /[.!?:;]$/.test(before) || /\n\s*$/.test(text.slice(0, index));
}
