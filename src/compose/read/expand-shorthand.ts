// Spells out shorthand in one clause: symbols and numbers first, then words from the lexicon.
// Modality acronyms become markers (⟪CBT⟫) that the writer spells out on first use.
import { applyRulesInOrder } from './apply-rules-in-order.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { AMBIGUOUS } from '../lexicon/ambiguous.ts';
import { MODALITIES, OTHER_SENSES } from '../lexicon/modalities.ts';
import { SHORTHAND } from '../lexicon/shorthand.ts';
import { SYMBOL_RULES } from '../lexicon/symbol-rules.ts';


const sensitive = new Map<string, string>();
const insensitive = new Map<string, string>();
for (const e of SHORTHAND) {
  if (e.caseSensitive) sensitive.set(e.short, e.expansion);
  else insensitive.set(e.short.toLowerCase(), e.expansion);
}
/** Entries listed with capitals ("EtOH", "A&Ox3") expand in lower case when written as listed. */
const AS_LISTED = new Set(SHORTHAND.filter((e) => !e.caseSensitive && e.short !== e.short.toLowerCase()).map((e) => e.short));
const allShorts = [...SHORTHAND.map((e) => e.short)].sort((a, b) => b.length - a.length);
// A word boundary that also treats / and - as joining characters, so "w/o" is one token and
// "re-evaluate" is not "re".
const WORD = new RegExp(`(?<![A-Za-z0-9'&⟪\u2060-])(${allShorts.map(escapeRegExp).join('|')})(?![A-Za-z0-9&⟫]|-[A-Za-z0-9])`, 'gi');

const modalityByAcronym = new Map(MODALITIES.map((m) => [m.acronym, m]));
// "EFT-informed" keeps its suffix: "emotionally focused therapy (EFT)-informed".
const MODALITY = new RegExp(`(?<![A-Za-z0-9⟪\u2060-])(${[...MODALITIES].sort((a, b) => b.acronym.length - a.acronym.length).map((m) => escapeRegExp(m.acronym)).join('|')})(?![A-Za-z0-9⟫]|-(?!informed|based|focused|oriented|style)[A-Za-z]|\\s*\\d{5})`, 'g');

/** True when brackets after an acronym spell out its letters ("ACT (acknowledge / communicate / target)"). */
function definedInBrackets(acronym: string, after: string): boolean {
  const inner = /^\s*\(([^)]{4,120})\)/.exec(after)?.[1];
  if (!inner) return false;
  const initials = inner.split(/[\s/,;-]+/).filter((w) => /^[A-Za-z]/.test(w) && !/^(and|or|the|a|of|to|for)$/i.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  return initials.startsWith(acronym.replace(/[^A-Z]/g, ''));
}

/** Marks a modality for first-use spelling: ⟪CBT⟫. */
export const modalityMarker = (acronym: string): string => `⟪${acronym}⟫`;

/** What the reader knows beyond the clause, and where it notes abbreviations it kept. */
export interface ShorthandContext {
  /** The whole summary, for topic cues ("SE" in a summary about sleep). */
  topic?: string;
  /** Ambiguous abbreviations kept as written because no cue settled their meaning. */
  unresolved?: Set<string>;
  /** Capitals the summary uses as a person's initials ("mbr PH", "wife CW"): never spelled out as shorthand. */
  personInitials?: ReadonlySet<string>;
}

const AMBIGUOUS_RULES = AMBIGUOUS.map((entry) => ({
  entry,
  re: new RegExp(`(?<![A-Za-z0-9'&⟪\u2060/-])${escapeRegExp(entry.short)}(?![A-Za-z0-9&⟫/]|-[A-Za-z0-9]|'[a-z])`, entry.caseSensitive ? 'g' : 'gi'),
}));

/**
 * Spells out ambiguous abbreviations whose meaning a cue makes certain; the others are kept,
 * marked with a word joiner (U+2060) so the later passes leave them alone, and noted.
 */
const resolveAmbiguous = applyRulesInOrder({
  rules: AMBIGUOUS_RULES,
  patternOf: (rule) => rule.re,
  apply: (text, { entry, re }, context: ShorthandContext) =>
    text.replace(re, (m: string, offset: number, whole: string) => {
      if (context.personInitials?.has(m)) return `\u2060${m}`;
      // ("Couples - Jess & Mo (both they/them), Mo's bestie Lin": a capitalised word the summary uses as a name, with its
      // possessive or joined to another name, is that person, never "mother".)
      if (/^[A-Z][a-z]+$/.test(m) && context.topic !== undefined && new RegExp(`\\b${m}['’]s\\b|\\b[A-Z][a-z]+\\s*(?:&|\\+|and)\\s*${m}\\b(?!\\s*['’]s)`).test(context.topic)) return m;
      const before = whole.slice(0, offset);
      const after = whole.slice(offset + m.length);
      if (entry.except?.test(after)) return m;
      // ("Mo quiet most of group, left early"): a capitalised word, then how someone was or what they did, is a name.
      if (/^[A-Z][a-z]+$/.test(m) && /^\s+(?:quiet|shared|participated|left|arrived|joined|laughed|signed|engaged|seemed|looked|stayed|cried|talked|asked)\b/.test(after)) return m;
      // Cues next to the letters outrank the summary's topic: "went to the ED" in a summary about eating.
      // The words right after the letters say most ("the ED telling you"), then the words before, then the topic.
      // ("pre-surgical psych eval": cues on both sides together outrank either alone.)
      // (A meaning the summary's own usage rules out is no candidate: "Children's ED" beside "ED referral".)
      const meanings = entry.meanings.filter((x) => !x.unlessTopic?.test(context.topic ?? '') && (!x.onlyTopic || x.onlyTopic.test(context.topic ?? '')));
      const meaning =
        meanings.find((x) => x.both?.before.test(before) && x.both.after.test(after)) ?? meanings.find((x) => x.after?.test(after)) ?? meanings.find((x) => x.before?.test(before)) ?? meanings.find((x) => context.topic !== undefined && x.topic?.test(context.topic));
      if (meaning) return meaning.expansion;
      if (entry.fallback) return entry.fallback;
      if (!entry.silent) context.unresolved?.add(m);
      return `\u2060${m}`;
    }),
});

// Most rules match nothing in a clause: applyRulesInOrder skips runs of them with one test.
const applySymbolRules = applyRulesInOrder({
  rules: SYMBOL_RULES,
  patternOf: (rule) => rule.pattern,
  apply: (text, rule) => text.replace(rule.pattern, rule.replace as (substring: string, ...args: string[]) => string),
});

export function expandShorthand(text: string, context: ShorthandContext = {}): string {
  let out = applySymbolRules(resolveAmbiguous(text, context), undefined);
  // "ACT (acknowledge feeling / communicate limit / target alternative)": the clinician defined
  // the letters in brackets, so they are that, not the modality.
  out = out.replace(MODALITY, (m: string, _acronym: string, offset: number, whole: string) => {
    // "ACT team" is Assertive Community Treatment, a service, not acceptance and commitment therapy.
    const other = OTHER_SENSES.find((x) => x.acronym === m && x.after.test(whole.slice(offset + m.length)) && (!x.topic || x.topic.test(context.topic ?? whole)));
    if (other) return other.expansion;
    return modalityByAcronym.has(m) && !definedInBrackets(m, whole.slice(offset + m.length)) && !insideProgramName(m, whole, offset) ? modalityMarker(m) : m;
  });
  out = out.replace(WORD, (m: string, _w: string, offset: number, whole: string) => {
    if (context.personInitials?.has(m)) return m;
    const exact = sensitive.get(m);
    // "(TIPP)", "(GDS)" already in brackets: the spelled-out form without its own brackets, never nested.
    // ("(she signed ROI)": anywhere inside brackets, too.)
    if (exact?.includes('(') && (whole[offset - 1] === '(' || insideBrackets(whole, offset))) return exact.replace(/\s*\([^()]*\)$/, '');
    // "TIPP skills (temperature, ...)" spelled out by the clinician already: the letters stay as written.
    const spelled = exact?.includes('(') ? /\(([a-z]+)/i.exec(exact)?.[1] : undefined;
    if (spelled && new RegExp(`^\\s*(?:\\w+\\s+)?\\(\\s*${spelled}\\b`, 'i').test(whole.slice(offset + m.length, offset + m.length + 40))) return m;
    // ("self-exclusion at Mohegan Sun": after a name, "Sun" is part of the name, never the day.)
    // ("pH 7.05 on arrival": the acidity measured, never "phone".)
    if (m === 'pH') return m;
    if (insideProgramName(m, whole, offset)) return m;
    if (m === 'Sun' && /(?<!\b(?:On|Every|Last|Next|This|By|Until|Since|Before|After|From|Through|Sat|Saturday|Fri|Friday|Mon|Monday)\s*)\b[A-Z][a-z]+\s+$/.test(whole.slice(Math.max(0, offset - 30), offset))) return m;
    if (exact !== undefined) return exact;
    const lower = insensitive.get(m.toLowerCase());
    if (lower === undefined) return m;
    if (AS_LISTED.has(m)) return lower;
    // A capitalised jotting ("Pt reports") keeps its capital; acronyms become plain words.
    if (m.length > 1 && m === m.toUpperCase() && /[A-Z]/.test(m)) return lower;
    // Only a capitalised word keeps its capital: a mixed-case acronym ("EtOH") becomes a plain word.
    if (m[0] === m[0]!.toUpperCase() && m[0] !== m[0]!.toLowerCase() && m.slice(1) === m.slice(1).toLowerCase()) return lower[0]!.toUpperCase() + lower.slice(1);
    return lower;
  });
  // "TIPP skills" spelled out keeps one "skills": "TIPP skills (temperature, ...)", not "... (...) skills".
  out = out.replace(/\u2060/g, '').replace(/\b([a-z]+?)(s?)( \([^()]{8,}\)) \1s?\b/g, '$1$2$3');
  // "PO (protective order)": letters the clinician spelled out in brackets are said once.
  out = out.replace(/\b([a-z][a-z' -]{3,40}?) \((\1)\)/gi, '$1');
  // "denied SI HI", "HI ideation": two domains jotted side by side are joined; "ideation" said twice is said once.
  out = out.replace(/\b(suicidal ideation) (homicidal ideation)\b/g, '$1 and $2').replace(/\b((?:suicidal|homicidal) ideation) ideation\b/g, '$1');
  // ("Hx ∅ attempts", "hx: none of SH"): no history of them.
  out = out.replace(/\b[Hh]istory:?\s+(?:no|none|negative for)\s+(?:of\s+)?((?:prior\s+|previous\s+)?(?:suicide\s+)?(?:attempts?|hospitali[sz]ations?|self-harm|overdoses?|violence|arrests?))\b/g, 'no history of $1');
  // ("Hx detained by Taliban 2021": what was done to the client, after "history", is a history of being so.)
  out = out.replace(/\b([Hh]istory)(?: of)? (detained|arrested|hospitali[sz]ed|incarcerated|jailed|imprisoned|abused|assaulted|raped|tortured|trafficked|deported|kidnapped|beaten|bullied|molested|neglected|homeless)\b/g, '$1 of being $2');
  // "an SUD eval" spelled out is "a substance use disorder evaluation": the article agrees with the words now written.
  return /\b[Aa]n?\s+[A-Z]{2,}/.test(text) ? out.replace(/\b([Aa]n?) ([a-z][a-z-]*)/g, (m, article: string, word: string) => (EXPANSION_FIRST_WORDS.has(word) ? `${article[0]}${soundsLikeVowel(word) ? 'n' : ''} ${word}` : m)) : out;
}

/** ("Combat PTSD Skills Group", "Women's DBT Skills Group": letters inside a program's own title-case name stay as the name has them.) */
const insideProgramName = (m: string, whole: string, offset: number): boolean =>
  m.length > 1 && m === m.toUpperCase() && /\b[A-Z][a-z']+\s+$/.test(whole.slice(Math.max(0, offset - 30), offset)) && /^\s+(?:[A-Z][a-z]+\s+)?(?:Group|Program|Clinic|Team|Center|Unit|Class|Workshop|Course|Track)\b/.test(whole.slice(offset + m.length, offset + m.length + 40));

/** The first word of every spelled-out abbreviation: only these can follow an article written for the letters. */
/** Whether an offset stands inside brackets opened earlier on its line. */
const insideBrackets = (text: string, offset: number): boolean => {
  const line = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return (line.match(/\(/g)?.length ?? 0) > (line.match(/\)/g)?.length ?? 0);
};

const EXPANSION_FIRST_WORDS = new Set([...SHORTHAND.map((e) => e.expansion), ...AMBIGUOUS.flatMap((e) => e.meanings.map((x) => x.expansion)), ...SYMBOL_RULES.map((r) => (typeof r.replace === 'string' && /^[a-z]/.test(r.replace) ? r.replace : ''))].map((x) => /^[a-z][a-z-]*/.exec(x)?.[0]).filter((x): x is string => !!x));

/** "an emergency", "a unit", "an hour": the article a word takes by its first sound. */
function soundsLikeVowel(word: string): boolean {
  return /^[aeio]|^u(?!n[iy]|s[aeu]|r[aeio]|ti|k)|^h(?:our|onest|onor)/.test(word);
}

/** Only the slash shorthand, for quoted speech that is otherwise kept verbatim. */
const IN_QUOTE: Record<string, string> = { 'w/o': 'without', 'w/': 'with', 'b/c': 'because', hrs: 'hours', hr: 'hour', wk: 'week', wks: 'weeks', mins: 'minutes', yrs: 'years', mon: 'Monday', tues: 'Tuesday', weds: 'Wednesday', thurs: 'Thursday', fri: 'Friday' };

/** Only the clinician's own jotting inside a quote (slashes and units), not the client's words. */
export function expandInQuote(text: string): string {
  // Dictation software writes the client's "I" in lower case.
  return text.replace(/(?<![\w'-])i(?=(?:'[a-z]{1,2})?(?![\w-]))/g, 'I').replace(/(?<![A-Za-z])(w\/o|w\/|b\/c)(?![A-Za-z])|(?<=\d\s?)(hrs|hr|wks|wk|mins|yrs)\b|\b(Mon|Tues|Weds|Thurs|Fri)\b(?!-)/g, (m) => IN_QUOTE[m.toLowerCase()] ?? m);
}
