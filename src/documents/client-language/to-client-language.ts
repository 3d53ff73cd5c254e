// A composed clinical sentence reframed for the client to read: second person, plain words, no
// codes. Only the frames of plain-language-lexicon.ts are used, so the client's copy says what the
// note says and no more; a sentence no frame fits, or one that still holds risk wording, a code, a
// diagnosis, the clinician's assessment, an abbreviation or a pronoun whose person is unsure, is
// left out (null) rather than mangled.
import { CLINICIAN_ONLY, CODE_PATTERNS, FRAMES, type Frame, JARGON, OTHER_PEOPLE, PLAIN_TERMS } from './plain-language-lexicon.ts';

export interface ClientLanguageOptions {
  /** How the composer named the client ("Client", "Patient", a name) and the clinician. */
  clientTerm?: string | undefined;
  clinicianTerm?: string | undefined;
  /** The client's pronouns on file: only then is "her"/"his"/"their" read as the client's. */
  pronouns?: 'she' | 'he' | 'they' | undefined;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const POSSESSIVE = { she: 'her', he: 'his', they: 'their' } as const;
const THIRD_PERSON = /\b(?:she|he|they|her|hers|him|his|them|their|theirs|herself|himself|themselves|themself)\b/i;
const TERMS = [...PLAIN_TERMS].sort((a, b) => b.term.length - a.term.length).map((t) => ({ re: new RegExp(`\\b${escapeRegExp(t.term)}\\b`, 'gi'), plain: t.plain }));
const STOPS = CLINICIAN_ONLY.flatMap((g) => g.stems).map((s) => new RegExp(`\\b${escapeRegExp(s)}`, 'i'));
const JARGON_WORDS = JARGON.map((s) => new RegExp(`\\b${escapeRegExp(s)}`, 'i'));
// "You talked about drinking most nights and wants to cut down": a second verb after "and" would
// stay in the third person; such a report is left out rather than half converted.
const SECOND_VERB = /\b(?:and|but)\s+(?:also\s+)?[a-z]+(?:s|ed)\b/;

function compile(frame: Frame, options: ClientLanguageOptions): RegExp {
  const client = ['client', 'patient', ...(options.clientTerm ? [options.clientTerm] : [])].map(escapeRegExp).join('|');
  const clinician = ['therapist', 'clinician', 'this writer', ...(options.clinicianTerm ? [options.clinicianTerm] : [])].map(escapeRegExp).join('|');
  return new RegExp(frame.match.replaceAll('{client}', `(?:${client})`).replaceAll('{clinician}', `(?:${clinician})`), 'i');
}

/** Plain words for clinical terms, and no "(CBT)" after a spelled-out modality. */
function plainWords(text: string): string {
  let out = text.replace(/\s*\([A-Z][A-Za-z-]*[A-Z]\)/g, '');
  for (const { re, plain } of TERMS) out = out.replace(re, plain);
  return out;
}

function reframe(sentence: string, options: ClientLanguageOptions, depth: number): string | null {
  const body = sentence.trim().replace(/[.!]+$/, '');
  for (const frame of FRAMES) {
    const m = compile(frame, options).exec(body);
    if (!m) continue;
    if (frame.again) return depth > 2 ? null : reframe(m[1]!, options, depth + 1);
    if (frame.id.startsWith('client-') && SECOND_VERB.test(m.at(-1) ?? '')) return null;
    // A group that opened the sentence had a capital only for that: "Weekly ..." -> "Next: weekly ...".
    const group = (n: number): string => {
      const g = m[n] ?? '';
      return body.startsWith(g) && frame.write.indexOf(`$${n}`) > 0 ? g.charAt(0).toLowerCase() + g.slice(1) : g;
    };
    return frame.write.replace(/\$(\d)/g, (_s, n: string) => group(Number(n)));
  }
  return null;
}

/** "her mother" -> "your mother" when "her" can only be the client's (pronouns on file, no one else named before it). */
function possessives(text: string, options: ClientLanguageOptions): string {
  if (!options.pronouns) return text;
  const word = POSSESSIVE[options.pronouns];
  const re = new RegExp(`\\b${word}\\b`, 'gi');
  return text.replace(re, (found, offset: number) => (OTHER_PEOPLE.test(text.slice(0, offset)) ? found : 'your'));
}

/**
 * The sentence for the client, or null when it cannot be said safely in plain words.
 * @example
 * toClientLanguage('Client will practice paced breathing twice a day.') // 'You will practice slow breathing twice a day.'
 * toClientLanguage('Client denied suicidal ideation.') // null (risk wording)
 */
export function toClientLanguage(sentence: string, options: ClientLanguageOptions = {}): string | null {
  if (/^\[/.test(sentence.trim())) return null;
  if (isClinicianOnly(sentence)) return null;
  const framed = reframe(sentence, options, 0);
  if (framed === null) return null;
  const plain = possessives(plainWords(framed), options).replace(/\s+/g, ' ').trim();
  // What the frames and terms could not settle: another person's pronoun, an abbreviation, a code.
  if (!plain || THIRD_PERSON.test(plain) || /\b[A-Z]{2,}\b/.test(plain) || isClinicianOnly(plain) || JARGON_WORDS.some((re) => re.test(plain))) return null;
  const text = plain[0]!.toUpperCase() + plain.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Whether the text holds risk wording, a diagnosis, the clinician's assessment, a score or a code. */
export function isClinicianOnly(text: string): boolean {
  return STOPS.some((re) => re.test(text)) || CODE_PATTERNS.some((c) => c.pattern.test(text));
}
