// Splits a summary into clauses with their character spans: lines, then sentences, then
// semicolons. Labels such as "plan:" set the kind of everything after them on that line.
import { CLOSE_PEOPLE, COLLATERAL_SOURCES, KIN_AFTER_MODIFIER, KIN_MODIFIER, oneOf } from '../lexicon/people.ts';
import { BODY_SEEN, OBSERVATION_WORDS, TOLD_THEM_WHAT_CLINICIAN_WILL } from '../lexicon/cues.ts';
import { SUICIDE_PLAN_TOLD } from '../lexicon/risk-context.ts';
import { isFiniteVerb, looksLikePastVerb, verbForms } from '../lexicon/verbs.ts';
import { PAUSE_THEN_SPEAKER, PAUSE_THEN_TOPICS, PAUSE_WAITS_AFTER } from '../lexicon/dictation.ts';
import { looksDictated } from './clean-dictation.ts';
import { KEEP_LABEL_WORDS, LABELS, LETTER_SCHEMES, LINE_LONG_LABELS, SECTION_TITLE_LABELS } from '../lexicon/labels.ts';
import { CUT_SHORT_WORDS, DAY_NOUNS } from '../lexicon/symbol-rules.ts';
import type { FactKind } from '../types.ts';
import { allMatches } from './all-matches.ts';
import { findQuotes, insideAny, type Span } from '../text/find-quotes.ts';

export interface Clause {
  start: number;
  end: number;
  text: string;
  line: number;
  /** Index of the sentence within its line. */
  sentence: number;
  /** Kind set by a label on this line ("plan:"), if any. */
  labelKind?: FactKind;
  /** The label's own words, for label-only kinds such as "target" that keep their word. */
  label?: string;
  /** The first sentence of the first line when it reads as a heading. */
  header: boolean;
}

/** A full stop after these is part of the word, not the end of a sentence. */
// "husband d.": a relative who died, never a sentence end; "poss. ETOH use": a hedge shortened.
// ("Ryan 22 sr. roommate posted ...": "sr." after an age is the school year, and the sentence ends there; after a name it is "Senior".)
/** Words cut short with a full stop that are no words of their own ("self-excl.", "appt."), and who may start a sentence after them. */
/** A sentence that is no longer the impression: one with its own "Skills:" label, or the work done ("Taught grounding."). */
const AFTER_IMPRESSION_NEW_STATEMENT = { ownLabel: /^\s*[A-Z][A-Za-z/-]*(?:\s+[A-Za-z/-]+){0,3}:\s+(?=\S)/, workDone: /^\s*(?:practiced|practised|taught|used|introduced|reviewed|role-?played|completed|assigned|provided|worked on|modeled|rehearsed)\b/i };

const CUT_SHORT = new RegExp(`(?:^|[\\s(-])(?:${CUT_SHORT_WORDS.join('|')}|approx|incl|esp)\\.$`, 'i');
const SUBJECT_AFTER_CUT = /^(?:she|he|they|i|we|pt|client|patient|mom|dad|then|so|and|but|plan|will|next|no|denies|denied)$/;
const ABBREVIATIONS = new RegExp(`(?:^|[\\s(])(?:ms|mr|mrs|dr|atty|fr|sra|srta|mme|mlle|dep|sgt|lt|capt|cpl|det|ofc|prof|rev|col|maj|gen|cmdr|cdr|cpl|pvt|spc|adm|vs|v|e\\.g|i\\.e|approx|poss|est|st|(?<=[A-Z][a-z]+,?\\s)(?:jr|sr)|cf|(?<!\\b(?:per|to|with|by|for|from|the)\\s)pt|cl|ch|pg|vol|fig|esp|incl|cont|contd|assoc|dept|univ|enf|(?<=\\([^()]*)(?:mod|sev|hx|dx)|(?:${oneOf(CLOSE_PEOPLE)})(?:\\s+[a-z]+)? d|(?<=[A-Z][a-z]+,\\s?)d)\\.$|\\(d\\.$`, 'i');
/** "Sat. appointments", "by Wed. evening": a day's short form before a lower-case word. */
const DAY_NOUN_AFTER = new RegExp(`^\\s+${DAY_NOUNS}\\b`, 'i');
const DAY_ABBREVIATION = /(?:^|[\s(])(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;
const INITIALS = /(?:^|[\s(])(?:[A-Z]\.){1,3}$/;
const BULLET = /^\s*(?:[-*+>]|\d{1,2}[.)])\s+/;
// ("plan - add TIPP to safety plan": a section word and a spaced dash label the line too.)
// ("Goals (family): attend 4 of 5 days": whose they are, in brackets, before the colon; never after one letter, "A (defensive): ...".)
// ("Goal(s) (pt's words):": a plural written in brackets, then whose words, are still the label.)
const LABEL = /^\s*([A-Za-z][A-Za-z/ -]{0,24}?)(?:\s*#?\d{1,2})?(?:(?<=[A-Za-z]{2})\(s\))?(?:(?<=[A-Za-z)]{2})\s*\([^():]{1,24}\))?\s*[:=](?!\d)\s*|^\s*(plan|hw|homework|goal|goals|assessment|impression|interventions?|response|risk|safety|problem|evaluation|eval|situation|subjective|objective|behaviou?r|data)\s+[-–—]\s+|^\s*([DAPSOBIRGE])\/\s+(?=\S)/i;
/** A way to die named first ("OD on roommate's sertraline", "hang self in garage", "jump from the bridge"). */
// ("Plan: use his personal pistol, a Glock 19 kept in his truck": the way he would do it, with a gun.)
// ("Plan: gun. Intent: 'yes, probably.'": the means alone, under "Plan:", is the suicide plan too.)
const SUICIDE_METHOD_FIRST = /^\s*(?:to\s+)?(?:OD|overdose|overdosing|hang(?:ing)?(?:\s+(?:self|herself|himself|myself))?|jump(?:ing)?\s+(?:from|off)|shoot(?:ing)?\s+(?:self|herself|himself|myself)|cut(?:ting)?\s+(?:wrists?|throat)|drown(?:ing)?|crash(?:ing)?\s+(?:the|her|his|my)\s+car|take\s+(?:all|a bunch|the whole|every)\b|use\s+(?:his|her|their|my|a|the)\s+(?:[\w-]+\s+){0,2}(?:pistol|gun|handgun|rifle|shotgun|firearm|weapon|revolver|glock)\b|(?:(?:his|her|their|my|the|a)\s+)?(?:[\w'-]+\s+)?(?:gun|pistol|handgun|rifle|shotgun|firearm|revolver|pills|knife|rope)\s*(?=[.;,]|$))/i;
/** "A" written as a person ("A said", "A's thigh", "A on her phone"). */
const A_AS_PERSON = /(?:^|[\s(])A(?:'s\b|\s+(?:said|says|on|was|is|denied|denies|reported|reports|agreed|cried|and|admitted|stated|felt|feels|told|wants|wanted)\b)/;
/** "B:" labelling a line or sentence: then "A:" is a partner, not the assessment. */
const PARTNER_B = /(?:^|\n|[.;]\s)\s*B\s*:/;
// ("I. Validated ...", "E. Ray agreed ...": a letter and a full stop, before a capital, label the line too.)
// ("S- mom worried ...", "P- CPS report called in": a letter and a dash label its line too.)
const LETTER_LABEL = /^\s*(?:[-*•]\s*)?([A-Za-z])\s*(?:[:)]|-(?=\s)|\.(?=\s+[A-Z]))\s+/;
/** A format letter alone on its line ("B:"), heading the bullets under it. */
const LONE_LETTER = /^\s*([A-Za-z])\s*:\s*$/;
/** A label word alone on its line ("Interventions:"), heading the lines under it. */
const LONE_LABEL = /^\s*([A-Za-z][A-Za-z/ -]{0,30}?)\s*:\s*$/;

/** The one-letter scheme a summary uses, if it uses one: letter -> kinds in order of use. */
function letterScheme(text: string): Readonly<Record<string, FactKind[]>> | undefined {
  const letters = text.split('\n').map((l) => (LETTER_LABEL.exec(l) ?? LONE_LETTER.exec(l))?.[1]?.toUpperCase()).filter((x): x is string => !!x);
  const used = new Set(letters);
  // "P: ongoing depressive sx ... plan: see 2x wk": beside a plan labelled in full, a lone "P:" is the problem.
  // (Only with the plan after it: "Plan: overdose ...\nP: f/u call" keeps "P:" the plan.)
  const planAt = text.search(/^\s*(?:[-*•]\s*)?plan\s*:/im);
  if (used.size === 1 && used.has('P') && letters.length === 1 && planAt >= 0 && text.search(/^\s*(?:[-*•]\s*)?P\s*:/m) < planAt) return { P: ['report'] };
  // ("S: Rosa says Mateo has been skipping school ...", the only letter used: what was told, as "S:" means in any scheme.)
  // ("S: HV 10/22, 1600-1650" alone is a heading after a letter: only someone's telling makes a lone "S:" the report.)
  if (used.size === 1 && used.has('S') && /^\s*(?:[-*•]\s*)?S\s*:\s*(?:[A-Z][a-z]+|pt|client|patient|she|he|they|mom|dad|mother|father)\s+(?:says|said|reports|reported|states|stated|told)\b/im.test(text)) return { S: ['report'] };
  if (used.size < 2) return undefined;
  const fits = LETTER_SCHEMES.filter((s) => [...used].every((l) => s.letters.includes(l)));
  // "P: ... I: ... R: ... P: ...": a letter used twice fits the scheme that has it twice (PIRP).
  const repeats = (s: (typeof LETTER_SCHEMES)[number]): number => [...used].filter((l) => letters.filter((x) => x === l).length > 1 && (s.kinds[l]?.length ?? 0) > 1).length;
  // Then the scheme whose letters are most used wins; SOAP before DAP when both fit ("A:", "P:").
  // ("P: ... I: ..." with no third letter): the scheme that lists the letters in the order they were used (PIE, PIRP), never BIRP's late plan.
  const inOrder = (s: (typeof LETTER_SCHEMES)[number]): number => (letters.every((l, i) => i === 0 || s.letters.indexOf(l) >= s.letters.indexOf(letters[i - 1]!) || letters.indexOf(l) < i) ? 1 : 0);
  const best = fits.sort((a, b) => repeats(b) - repeats(a) || inOrder(b) - inOrder(a) || b.letters.length - a.letters.length)[0]?.kinds;
  // ("S: ... O: ... I: ... R: ... P: ...": letters borrowed from two schemes, three or more of them, each keep the meaning they
  // have in every scheme that has them; "P:" last is the plan.)
  if (best || used.size < 3) return best;
  const mixed: Record<string, FactKind[]> = {};
  for (const l of used) {
    const kinds = LETTER_SCHEMES.filter((x) => x.letters.includes(l)).map((x) => x.kinds[l]!.at(-1)!);
    if (new Set(kinds).size === 1) mixed[l] = [kinds[0]!];
    else if (l === 'P' && letters.at(-1) === 'P') mixed[l] = ['plan'];
    else return undefined;
  }
  return mixed;
}

export function splitClauses(text: string): Clause[] {
  const quotes = findQuotes(text);
  const quoteEnds = new Set(quotes.map((q) => q.end));
  const scheme = letterScheme(text);
  const letterUses = new Map<string, number>();
  // Whether the summary labels a partner "B:", read once (not once per one-letter label).
  let partnerB: boolean | undefined;
  const hasPartnerB = (): boolean => {
    if (partnerB === undefined) partnerB = PARTNER_B.test(text);
    return partnerB;
  };
  const clauses: Clause[] = [];
  const dictated = looksDictated(text);
  let lineStart = 0;
  let lineNo = 0;
  // ("B:\n- quiet first 20 min\n- Akers angry ...\nI:\n- psychoed ...": a label alone on its line heads the lines under
  // it, up to the next label or, once it has held a line, a blank line.)
  let blockKind: FactKind | undefined;
  let blockUsed = false;
  // (Set when a format letter's own line opened the block: a line with a label of its own ends it, "UDS: + cocaine".)
  let letterBlock = false;
  for (const rawLine of text.split('\n')) {
    const lineEnd = lineStart + rawLine.length;
    // ("A:" alone on its line: a format letter with nothing after it is no statement; the next letter keeps its place.)
    const emptyLetter = scheme ? LONE_LETTER.exec(rawLine) : null;
    if (emptyLetter && scheme?.[emptyLetter[1]!.toUpperCase()]) {
      const l = emptyLetter[1]!.toUpperCase();
      const n = letterUses.get(l) ?? 0;
      const kinds = scheme[l]!;
      letterUses.set(l, n + 1);
      blockKind = kinds[Math.min(n, kinds.length - 1)];
      blockUsed = false;
      letterBlock = false;
      lineStart = lineEnd + 1;
      continue;
    }
    const loneWord = LONE_LABEL.exec(rawLine)?.[1]?.trim().toLowerCase();
    if (loneWord && loneWord.length > 1 && LABELS[loneWord]) {
      blockKind = LABELS[loneWord];
      blockUsed = false;
      letterBlock = false;
      lineStart = lineEnd + 1;
      continue;
    }
    if (!rawLine.trim()) {
      if (blockUsed) blockKind = undefined;
      lineStart = lineEnd + 1;
      continue;
    }
    let from = lineStart;
    const bullet = BULLET.exec(rawLine);
    if (bullet) from += bullet[0].length;
    let labelKind: FactKind | undefined;
    let label: string | undefined;
    let sentence = 0;
    // A format letter ("S:", "P:") labels its whole line.
    let lineKind: FactKind | undefined;
    let lineHasClause = false;
    // The label that opened the line ("Behavior: ..."): a bare "Plan to take them tonight" later in it is the client's plan.
    let openingKind: FactKind | undefined;
    const letter = scheme ? LETTER_LABEL.exec(text.slice(from, lineEnd)) : null;
    if (scheme && letter) {
      const l = letter[1]!.toUpperCase();
      const kinds = scheme[l];
      if (kinds) {
        const n = letterUses.get(l) ?? 0;
        letterUses.set(l, n + 1);
        lineKind = kinds[Math.min(n, kinds.length - 1)];
        from += letter[0].length;
        // ("A: SH urges ... Low risk.\nHx NSSI increases monitoring need": the lines under a format letter's line, up to the next
        // letter or a blank line, are in its section too.)
        // ("G: tx goal #2 - reduce isolation.\nCl reports 1 social contact ...": a goal is its own line; what follows is told.)
        blockKind = lineKind === 'goal' ? undefined : lineKind;
        blockUsed = true;
        letterBlock = lineKind !== 'goal';
      }
    }
    if (!lineKind && blockKind) {
      lineKind = blockKind;
      blockUsed = true;
    }
    for (const s of capLength(text, splitRunOn(text, splitSentences(text, from, lineEnd, quotes, quoteEnds), quotes, dictated), quotes)) {
      // A plan or assessment label runs to the end of the line ("Assessment: urges w/o acts. mom-son conflict re:
      // phone. risk low-mod"); other labels name one statement.
      // ("Response: most engaged. Liam + Noah kept interrupting ...": a section's own name opening the line runs to its end too.)
      // ("A: prolonged grief features, mood improving slightly. MDD vs normative grief still open.": so does SOAP's "A:".)
      if (labelKind && labelKind !== 'plan' && !(labelKind === 'assessment' && label !== undefined && /^(?:assessment|assess|impressions?|clinical impression|formulation|dx impression|diagnostic impression|dx impress|dx|diagnosis|diagnoses)$/i.test(label)) && !(labelKind === 'assessment' && label === 'a' && !hasPartnerB() && !A_AS_PERSON.test(text) && !/(?:^|[\s(,;:])B\s+(?:[a-z]+(?:s|ed)|said|says|needed|wants?|feels?|felt)\b/.test(text)) && !(openingKind === labelKind && label !== undefined && LINE_LONG_LABELS.test(label))) {
        labelKind = undefined;
        label = undefined;
      }
      // ("Impression: BPD traits, r/o bipolar II. DBT skills: DEAR MAN practiced.": a sentence with a label of its own, or one
      // that opens with the work done, ends the impression's run.)
      if (labelKind === 'assessment' && label !== undefined && !lineKind && (AFTER_IMPRESSION_NEW_STATEMENT.ownLabel.test(text.slice(s.start, s.end)) || AFTER_IMPRESSION_NEW_STATEMENT.workDone.test(text.slice(s.start, s.end)))) {
        labelKind = undefined;
        label = undefined;
      }
      if (lineKind && !labelKind) labelKind = lineKind;
      let start = s.start;
      // "Plan cont weekly ...", "plan f/u 2 wks": a plan label jotted without its colon.
      // "Plan is to overdose on ...": a suicide plan, not the session's.
      // ("so plan ruth is going to plan something": in dictation, the plan opens with who will do it.)
      // ("Plan 5 more sessions, weekly, Wednesdays 1600": a number of sessions ahead is the plan too.)
      const bareLabel = /^\s*(plan|p)(?:\s+is(?:\s+to)?)?\s+(?=(?:cont|continue|f\/u|follow|next|return|rtc|see|meet|will|to|weekly|wkly|biweekly|biwkly|monthly|consider|\d+x|\d{1,2}\s+(?:more\s+)?(?:sessions|sess|visits|appts|appointments)|twice|call|check|keep|recheck|hold|start|stop|increase|decrease|titrate|taper|add|d\/c)\b|(?:she|he|they|client|pt|[a-z]+)\s+(?:is going to|will)\b|i(?:'m|\s+am)\s+(?:going to|gonna)\b|(?:i|we)(?:'ll|\s+will)\b)(?!(?:to\s+)?(?:overdose|od|kill|shoot|hang|jump|cut|die|end (?:it|his|her|their|my)|take (?:all|the|his|her|them|my|their|pills|everything|a bottle|a handful)|swallow|drive|crash|suicide|hurt|harm|attack|stab|beat|get back at|go after)\b)|^\s*(chief complaint|presenting problem)\s+(?!(?:is|was|are|were|has been|remains)\b)(?=[a-z0-9])/i.exec(text.slice(start, s.end));
      // ("Behavior: ... Plan to take them tonight w/ a fifth": inside a line another label opened, "plan to" is the
      // client's own unless what follows is the treatment's next step.)
      // ("Plan to use handgun tonight after wife goes to bed": a way to die is the client's plan wherever it is told.)
      const clientsPlan = bareLabel && ((openingKind && openingKind !== 'plan' && /^\s*plan\s+(?:is\s+)?to\s+(?!(?:cont|continue|follow|meet|see|return|call|check|schedule|review|start|begin|refer|increase|decrease|reassess|resume|complete)\b)/i.test(text.slice(start, s.end))) || SUICIDE_PLAN_TOLD.test(text.slice(start, s.end).trim()));
      const labelMatch = (clientsPlan ? null : bareLabel) ?? LABEL.exec(text.slice(start, s.end));
      // "goal for group:", "focus today:": a known label with the session named after it.
      // ("Goals Sophie named:": a goal label with who named them.)
      const labelWord = (labelMatch?.[1] ?? labelMatch?.[2] ?? labelMatch?.[3])?.trim().toLowerCase().replace(/^(.+?)\s+(?:(?:for|of)\s+(?:the\s+|this\s+)?(?:group|session|sess|today|visit)|today|per\s+(?:the\s+)?(?:client|pt|patient|teen|child|parents?|mom|mother|dad|father|family|couple)|(?:[a-z]+\s+)?(?:named|set|chose|identified|stated)(?:\s+by\s+[a-z]+)?)$/, (whole, base: string) => (LABELS[whole] === undefined && LABELS[base] !== undefined ? base : whole))
        // ("Devon goal: tell 1 trusted friend": a member's own goal or plan, named first, is still the goal or plan.)
        .replace(/^[a-z]+(?:'s)?\s+(goals?|plan|homework|hw)$/, (whole, base: string) => (LABELS[whole] === undefined && /^[A-Z]/.test((labelMatch?.[1] ?? '').trim()) ? base : whole));
      // ("A on her phone at start ... A said she last cut in August ... A: 'stop going through my phone.'": a letter the
      // summary uses for a person is that person speaking, never the assessment.)
      const oneLetter = labelWord?.length === 1 && (scheme !== undefined || (labelWord === 'a' && (hasPartnerB() || A_AS_PERSON.test(text))));
      if (labelMatch && labelWord && LABELS[labelWord] && !oneLetter) {
        labelKind = LABELS[labelWord];
        label = labelWord;
        // ("Pt reports SI x3 days ... Plan: OD on roommate's sertraline; has counted pills": a way to die under "Plan:" is the
        // client's suicide plan, kept with its label, never the session's plan.)
        if (labelKind === 'plan' && /^plan$/i.test(labelWord) && SUICIDE_METHOD_FIRST.test(text.slice(start + labelMatch[0].length, s.end))) {
          labelKind = 'risk';
          label = undefined;
        }
        if (sentence === 0) openingKind = labelKind;
        if (sentence === 0 && letterBlock && !letter) {
          blockKind = undefined;
          letterBlock = false;
        }
        // Report headings ("themes:", "target:") keep their word; kind-setting labels ("plan:") go.
        // A label jotted without its colon ("Chief complaint panic attacks") always goes.
        // ("Risk: moderate-high" keeps its word: with it, the level reads as the clinician's rating.)
        const titleOnly = SECTION_TITLE_LABELS.has(labelWord) && !(labelKind === 'risk' && /^\s*(?:(?:i think|i'd say|i would say|probably|likely)\s+)?(?:low|mod(?:erate)?|high|imminent|elevated|minimal)\b/i.test(text.slice(start + labelMatch[0].length, s.end)));
        if (((labelKind !== 'report' && labelKind !== 'risk' && !KEEP_LABEL_WORDS.has(labelWord)) || bareLabel || titleOnly) && label !== undefined) start += labelMatch[0].length;
      }
      const pieces = splitAt(text, start, s.end, ';', quotes).flatMap((x) => splitAtNewSubject(text, x, quotes));
      // ("Goal: reduce conflict over childcare; used speaker-listener, ..., f/u 2 wks"): after the goal, the work done and
      // the next step are statements of their own, no longer the goal.
      let goalOver = false;
      for (const c of labelKind === 'plan' || labelKind === 'homework' ? pieces.flatMap((x) => splitPlanItems(text, x, quotes)) : pieces) {
        const trimmed = trim(text, c.start, c.end);
        // ("A: ?": a label left with only a question mark says nothing; the section stays a prompt for the clinician.)
        if (!trimmed || /^[?!.\s-]+$/.test(text.slice(trimmed.start, trimmed.end))) continue;
        if (labelKind === 'goal' && lineHasClause && /^(?:used|practiced|reviewed|worked on|taught|explored|introduced|processed|role[- ]?played|both|f\/u|follow[- ]?up|next session|plan\b)/i.test(text.slice(trimmed.start, trimmed.end))) goalOver = true;
        const kindHere = goalOver ? undefined : labelKind;
        clauses.push({
          ...trimmed,
          text: text.slice(trimmed.start, trimmed.end),
          line: lineNo,
          sentence,
          ...(kindHere ? { labelKind: kindHere } : {}),
          ...(label && !goalOver ? { label } : {}),
          header: false,
        });
        lineHasClause = true;
      }
      sentence++;
    }
    if (lineHasClause) lineNo++;
    lineStart = lineEnd + 1;
  }
  return clauses;
}

/** Words after a quotation's closing full stop that run its sentence on ("... done.' and left"). */
const RUNS_ON = /^(and|but|or|so|then|when|because|which|who|after|before|while|as|to|about|in|at|with)\b/i;

function splitSentences(text: string, from: number, to: number, quotes: readonly Span[], quoteEnds: ReadonlySet<number>): Span[] {
  const out: Span[] = [];
  let start = from;
  // The last non-space character of the line, so "nothing follows" is one comparison, not a rescan.
  let lastText = to - 1;
  while (lastText >= from && /\s/.test(text[lastText]!)) lastText--;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    // A quotation that closes with its own full stop ends the sentence too ("... at times.' reinforced
    // skills"), unless the sentence runs on ("... done.' and left").
    if ((ch === '"' || ch === "'") && /[.!?]/.test(text[i - 1] ?? '') && quoteEnds.has(i + 1) && endsQuotedSentence(text, i + 1, to)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (insideAny(quotes, i)) continue;
    const next = text[i + 1];
    // "weekly.denies" is two sentences jotted without a space; "e.g." and "A.N." are not.
    // ("doxy.me", "psychologytoday.com": a web address, never two sentences.)
    const jammed = ch === '.' && next !== undefined && /[a-z]/.test(next) && /[a-z]{3}$/.test(text.slice(Math.max(from, i - 3), i)) && /^[a-z]{2}/.test(text.slice(i + 1, i + 3)) && !/^(?:me|com|org|net|io|gov|edu|us)\b/.test(text.slice(i + 1, i + 5));
    if (i + 1 < to && next !== ' ' && !jammed) continue;
    // The abbreviations and initials are at most 8 characters with the one before: a window of 16
    // reads the same as the whole sentence so far, without re-reading it at every full stop.
    const before = text.slice(Math.max(start, i + 1 - 16), i + 1);
    // ("not this pt. pt denied SI": "pt." with a new subject after it ends the sentence.)
    // ("apt on Kessler St. pt answered door": so does a street's "St." with the client's word after it.)
    const ptEnds = /\b(?:pt|st)\.$/i.test(before) && /^\s+(?:pt|client|patient|she|he|they|i|we)\s/i.test(text.slice(i + 1, i + 10));
    // ("ROI signed for atty. Refer to Dr. Okafor": a title jotted in lower case, then a verb with a capital, ends the sentence; "Atty. Delgado" keeps its name.)
    const titleEnds = /(?:^|\s)(?:atty|dr|sgt|det|ofc|capt|lt)\.$/.test(before) && ((w) => w !== undefined && (isFiniteVerb(w) || looksLikePastVerb(w) || verbForms(w)?.base === w))(/^\s+([A-Z][a-z]+)\b/.exec(text.slice(i + 1, i + 20))?.[1]?.toLowerCase());
    // ("never told the dept. Denies SI since": a word cut short, then a verb with a capital, ends the sentence too.)
    const cutShortEnds = /(?:^|\s)(?:dept|univ|approx|assoc|incl|esp|cont|contd|poss|est)\.$/i.test(before) && /^\s+(?:Denies|Denied|Endorses|Endorsed|Reports|Reported|Says|Said|States|Stated|Agreed|Agrees|Plan|Will)\b/.test(text.slice(i + 1, i + 14));
    if (ch === '.' && ABBREVIATIONS.test(before) && lastText > i && !ptEnds && !titleEnds && !cutShortEnds) continue;
    // "wakes at 3 a.m. most nights", "at 5 p.m. Tuesday": the time's stops, unless a new sentence starts.
    if (ch === '.' && /\b[ap]\.m\.$/i.test(before) && /^\s+(?:[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/.test(text.slice(i + 1, i + 12))) continue;
    // ("late to shift x3 in Feb. Session 3/19, 60 min": after a month's stop, a capital opens a new sentence.)
    if (ch === '.' && DAY_ABBREVIATION.test(before) && DAY_NOUN_AFTER.test(text.slice(i + 1, i + 16)) && !(/(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i.test(before) && /^\s+[A-Z]/.test(text.slice(i + 1, i + 4)))) continue;
    // ("signed self-excl. paperwork", "appt. times moved"): a cut-short word's own stop, before a lower-case word that is
    // neither a new subject nor a verb, ends no sentence.
    if (ch === '.' && CUT_SHORT.test(before) && ((w) => w !== undefined && !SUBJECT_AFTER_CUT.test(w) && !isFiniteVerb(w) && !looksLikePastVerb(w))(/^\s+([a-z][a-z'-]*)\b/.exec(text.slice(i + 1, i + 24))?.[1])) continue;
    // "M and J. J reports ...": an initial, then a sentence opening with a lone initial.
    // ("Leon W. goal: keep job": after an initial, a label and its colon open a new sentence.)
    // ("to report concern for C. Pt called C.'s wife": after an initial, the client's word opens a new sentence.)
    // ("the landlord for our client Kevin O. Mr. Haddad said": after an initial, a title and a name open a new sentence.)
    // ('shelter resident Beth H. States "I want to die"': after an initial, a verb with a capital opens a new sentence.)
    const verbAfterInitial = ch === '.' && ((w) => w !== undefined && (isFiniteVerb(w) || looksLikePastVerb(w)))(/^\s+([A-Z][a-z]+)(?=\s+(?:[a-z"']|I\b))/.exec(text.slice(i + 1, i + 24))?.[1]?.toLowerCase());
    // ("indiv f/u, 19yo M. AH less freq ...": a sex after an age ends its sentence; it is no one's initial.)
    const sexAfterAge = ch === '.' && /\b\d{1,2}\s*(?:yo|y\/o|y\.o\.|-year-old|year old)?\s*[MF]\.$/.test(before);
    if (ch === '.' && INITIALS.test(before) && !verbAfterInitial && !sexAfterAge && !/^\s+(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+[A-Z]/.test(text.slice(i + 1, i + 10)) && !/^\s+[A-Z]\s+[a-z]/.test(text.slice(i + 1, i + 6)) && !/^\s+[a-z]+(?:\s[a-z]+)?:\s/.test(text.slice(i + 1, i + 24)) && !/^\s+(?:Pt|Client|Patient|She|He|They|I|We|From|After|Before|Then|Later|During|At the)\s+[a-z]/.test(text.slice(i + 1, i + 14))) continue;
    // "PG-13 38 (meets threshold? reassess at 6 mo)": a doubt inside brackets stays inside its sentence.
    // ("(she was on a work trip in Chicago, hotel room. I'm licensed in IL, confirmed hotel address)": a short aside in brackets keeps its full stops too.)
    if (insideBrackets(text, Math.max(start, i - (ch === '.' ? 80 : 120)), i, Math.min(to, i + (ch === '.' ? 80 : 120)))) continue;
    // ("referred for ? BN": a question mark set apart before a diagnosis's letters marks it suspected, and ends nothing.)
    if (ch === '?' && /[\s(]/.test(text[i - 1] ?? '') && /^\s?[A-Z]{2,6}(?:-[A-Z0-9]+)?\b/.test(text.slice(i + 1, i + 12))) continue;
    // "Has stockpile? - said no, ...": a jotted question keeps its answer.
    // "Prior attempt? denies.": so does a one-word answer.
    // ("told mom? she says no": an answer with its teller keeps its question too.)
    if (ch === '?' && (/^\s+[-–—]\s/.test(text.slice(i + 1, i + 5)) || /^\s+(?:denies|denied|no|none|neg|negative|never|yes|endorses|endorsed)\b/i.test(text.slice(i + 1, i + 14)) || /^\s+(?:she|he|they|client|pt|patient)\s+(?:says|said|reports|reported|states|stated)\s+(?:no|yes|not|never|nope)\b/i.test(text.slice(i + 1, i + 30)))) continue;
    out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/** Position `at` sits inside a bracket opened after `from` and closed before `to` (windows keep the read linear). */
function insideBrackets(text: string, from: number, at: number, to: number): boolean {
  const before = text.slice(from, at);
  const after = text.slice(at, to);
  const close = after.indexOf(')');
  return before.lastIndexOf('(') > before.lastIndexOf(')') && close >= 0 && (after.indexOf('(') < 0 || close < after.indexOf('('));
}

/** After a closing quotation at `at`: spaces, then a word that does not run the sentence on. */
function endsQuotedSentence(text: string, at: number, to: number): boolean {
  let j = at;
  while (j < to && /\s/.test(text[j]!)) j++;
  if (j === at || j >= to) return false;
  // A capital after the closing quotation starts a sentence ("... forever." When I named ...).
  if (/[A-Z]/.test(text[j]!)) return true;
  // The longest run-on word is 7 letters; one more character settles the word boundary.
  return !RUNS_ON.test(text.slice(j, Math.min(to, j + 8)));
}

/** Words that start a new statement in dictation that runs on without punctuation. */
// ("his wife and kids would be better off": two people joined by "and" are one subject, never a new statement.)
// (Never the Roman numeral of "bipolar I", "type I", which reads like the clinician's "I"; never what
// someone "told him she ...", which is what was told.)
/** A person named by role, or a relative, just before a saying verb ("peer reported", "his teacher said"). */
const ROLE_BEFORE = new RegExp(`\\b(?:${oneOf([...COLLATERAL_SOURCES, ...CLOSE_PEOPLE, 'peer', 'peers', 'classmate', 'classmates', 'RN', 'roommate', 'neighbor', 'sponsor'])})\\s*$`, 'i');
// ("he did say when I asked about SI that sometimes he thinks ...": after "that" and an adverb, the speaker's words go on.)
// ("said she didn't mean it, she'd never hurt her": what she would do, after "said she ...", is still what she said.)
// ("the voices are telling him he doesn't deserve to live and he should die": what the voices say goes on past "and";
// "he says the other kid came at him first and he was just defending himself": so does what he says of himself;
// "next time he touches that fence he'll shoot him": and a threat after its condition.)
// ("there is no one here he wants to hurt": after "no one", "someone", the pronoun opens the relative clause.)
// ("mom said it's a phase she'll grow out of it": what "it" is, said, goes on with "she'll" in the same words.)
// ("He has a razor blade he'd hidden in his desk": a thing, then what he'd done with it, is one statement.)
// ("he feels like um he trained for nothing": what he feels, after a pause, is still what he feels.)
const RUN_ON_STARTS = /(?<!\b(?:feels|felt|feel|feeling|looks|looked|seems|seemed)\s+like\s*)(?<!['’]s)(?!\s(?:she|he|they)'d\s+(?:hidden|kept|saved|stashed|bought|taken|found|gotten|got|hid)\b(?<=\b(?:a|an|the|her|his|their|some)\s+(?:[a-z]+\s+)?[a-z]+\s(?:she|he|they)'d\s+[a-z]+))(?!\s+(?:she|he|they)(?:'ll|'d|\s+will|\s+would)\s(?<=\b(?:said|says)\s+(?:that\s+)?(?:it's|it is|this is|that's)\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+(?:she|he|they)(?:'ll|'d|\s+will|\s+would)\s))(?!(?<=\b(?:next time|the next time|if|as soon as|the moment)\s+[^.;,"]{2,50})\s+(?:she|he|they|i)(?:'ll|'d|\s+will|\s+would|'s gonna|\s+is gonna|\s+is going to)\s)(?!(?<=\b(?:said|says|stated|states|claims|claimed)\s+(?:that\s+)?[^.;,"]{1,60})\s+and\s+(?:she|he|they)\s+(?:was|were|is|had)\s+(?:just|only)\b)(?!(?<=\b(?:said|says|stated|states|claims|claimed)\s+(?:that\s+)?[^.;,"]{1,60}\s+and)\s+(?:she|he|they)\s+(?:was|were|is|had)\s+(?:just|only)\b)(?!\s+and\b(?<=\bvoices?\s+(?:(?:are|is|were|was|keeps?|kept)\s+)?(?:telling|saying|ordering|commanding)\s+(?:him|her|them|me)\b[^.;]{1,80}\s+and))(?<!\bvoices?\s+(?:(?:are|is|were|was|keeps?|kept)\s+)?(?:telling|saying|ordering|commanding)\s+(?:him|her|them|me)\b[^.;]{1,80}\s+and)(?<!\b(?:no one|nobody|anyone|anybody|someone|somebody)(?:\s+(?:here|else|there|at (?:home|work|school)))?)(?!(?<=\b(?:said|says|stated|states)\s+(?:that\s+)?(?:she|he|they)\s+[^.;,"]{1,40},)\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will)\s)(?!(?<=\b(?:a|an|another|one|each|every|other|any)\s+(?:\d{1,2}\s*(?:yo|y\/o)|[a-z-]+))\s+(?:client|patient|pt)s?\b)(?<!\b(?:that|if|when|because|how|like)\s+(?:sometimes|maybe|probably|often|really|just|still|now|honestly|actually|some nights|some days|most nights|most days|at times|lately|at night))(?!(?<=\b(?:wife|husband|partner|mom|mother|dad|father|sister|brother|son|daughter|kids|children|parents|friends?|girlfriend|boyfriend))\s+and\s+(?:(?:the|her|his|their|my)\s+)?(?:kids|children|mom|mother|dad|father|parents|wife|husband|partner|sister|brother|son|daughter|friends?|girlfriend|boyfriend)\b)(?!(?<=\b(?:wife|husband|partner|mom|mother|dad|father|sister|brother|son|daughter|kids|children|parents|friends?|girlfriend|boyfriend)\s+and)\s+(?:(?:the|her|his|their|my)\s+)?(?:kids|children|mom|mother|dad|father|parents|wife|husband|partner|sister|brother|son|daughter|friends?|girlfriend|boyfriend)\b)(?!(?<=\b(?:bipolar|type|stage|phase|tier|class))\s+i\b)(?!\s+i (?:think|guess)\s+(?:\d|about|around|maybe|like|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)(?<!\b(?:worst|best|hardest|toughest|longest|scariest|lowest|happiest|affair|wish|wishes|wished|with|for|to|from|how|that|like|why|when|if|because|bc|cuz|except|unless|once|actually|really|b\/c|whether|who|what|idea|aware|realize|realized|found out|find out|finds out|learned|learns|discovered|say|tell|night|moment|first time|only time|every time|each time|only place|only thing|only one|only person|only way|only reason|last place|last thing|nc|pc|cognition|before|after|until|till|til|while|where|since|because|than|as|although|though|said|says|stated|states|reported|reports|told|tells|yelled|shouted|screamed|threatened|warned|swore|confirm|confirmed|confirms|heard|verified|thinks|thought|thinking|think|feels|felt|feeling|feel|knows|knew|know|believes|believed|believe|wishing|hoping|mentioned|things|what|saying|texted|wrote|posted|messaged|texting|the|a|an|this|that|admitted|shared|shares|asked|asks|explained|described|noted|added|disclosed|mention|admit|share|disclose|explain|acknowledge|wondered|realized|long|much|many|often|far|sure|clear|certain|adamant|firm|convinced|confident|his|her|their|my|your|our|which|whom|whose|any|no|or|nor|without|denies|denied|herself|himself|themselves|themself|mean|means|meant|hope|hopes|hoped|afraid|worried|scared|terrified|nervous|fears|feared|fearful|promised|promise|swear|swore|guess|bet|agreed|agrees|decided|confirmed|insisted|acknowledged|understood|family|she|he|they|we|i|client|pt|patient|younger|older|(?<!a )little|big|baby|twin|own|best|close|childhood|think|believe|expect|doubt|suspect|is|was|had|have|has|were|are|got|get|gets|getting|been|be|being|made|make|makes|making|created|developed))(?<!\b(?:told|tells|tell|texted|asked|warned|promised|reminded|informed|gave|give|gives|assigned|sent|showed)\s+(?:him|her|them|me|us)\s*)(?<!\bsince then)(?<!\b(?:campus|county|city|transit|university|tribal)|\bw\/)(?!(?<=\b(?:safety|treatment|crisis|care|discharge|action|coping|prevention|behavior|behaviour|game|night|meal|sleep|feeding|chore|study|exercise|budget|work|morning|bedtime|sobriety|recovery))\s+plan\b)(?!\s(?:she|he|they|i|we)\s(?:has|have|had)\sleft\b\s*(?:[,.;]|$))(?!(?<=\b(?:the|her|his|their|any|some|all)\s+(?:[a-z]+\s+)?[a-z]+s)\s(?:she|he|they|i|we)\s(?:had|has|have|got|kept|bought|owned|owns|used|found)\s+(?:which|that|left|there|at home|(?:in|under|on|at|from|behind)\s+(?:the|a|her|his|their|my)\s+\w+)\b)(?!(?<=\b(?:the|her|his|their|any|some|all)\s+(?:[a-z]+\s+)?[a-z]+)\s(?:she|he|they|i|we)\s(?:had|has|have)\s+left\s+(?:over|from)\b)\s(?:(?:and|but|so)\s+)?(?:then\s+(?=(?:her |his |their )?(?:mom|dad|mother|father|stepdad|stepfather|stepmom|stepmother|she|he|they)\s))?(?:after (?:some |a |the )?(?:discussion|that|this|talking)\s+)?(?=(?:(?:the )?plan is(?! (?:stupid|dumb|pointless|useless|fine|good|bad|unfair|working|not working)\b)|plan to|plan for|(?:her |his |their )?(?:own )?goal (?:is|remains)|(?:so\s+)?(?:the\s+)?goals? (?:from|for) (?:last|this|the last|the previous) (?:time|session|visit|week) (?:was|were|is|are)|(?:the )?goals? (?:they|she|he|we|i) (?:set|chose|picked|agreed on|identified)\b|gave (?:[a-z]+|her|him|them) (?:the )?(?:988|crisis|number|numbers|info|information|handouts?|resources?|referrals?)|plan (?:see|f\/u|follow|continue|meet|return|next|weekly|biweekly)|plan (?=[a-z]+ (?:is going to|will|to|should)\b)|homework(?=\s*(?:is|was|will|for|assigned|given|to|this|next|[:-])(?:\b|\s)|\s*$)|(?:client|pt|patient|she|he) (?:herself|himself|themselves) \w+|so (?:passive|active|chronic) (?:si|suicidal|thoughts|ideation)|\d+\s+year\s+old\s+\w+\s+(?:says|said|is|was|reports)|(?:she|he|they|client|patient|pt|(?:the |her |his |their )?(?:mom|dad|mother|father|parents?|stepdad|stepfather|stepmom|stepmother|grandma|grandmother|grandpa|grandfather|aunt|uncle|partner|wife|husband|sister|brother|son|daughter|friend|boyfriend|girlfriend|roommate|teacher|baby|infant|kids|children|nursing)(?: [a-z]+ \d{1,2}| (?!(?:and|or|but|is|was|has|had|who|that|she|he|they)\b)[a-z]+(?= (?:lives|works|is|was|has|had|came|went|said|says|agreed|called)\b))?|(?<!\b(?:st|saint|at|in|to|from|of|on|by|ensure|ensures|ensured|ensuring|sure|confirm|confirms|confirmed|verify|verified|check|checked|whether)\s)[a-z]+'s [a-z0-9-]+(?: [a-z0-9-]+)?(?= (?:was|is|were)\b)|(?:client|patient|pt) (?!(?:was|is|has|had|and|very|really|still|also|then|then|not)\b)[a-z]+ (?!(?:was|is|has|had|and)\b)[a-z]+(?= \w+ed\b)|(?:campus |county |city |school |state |university )?police|the police|officers|paramedics|ems|cops|mobile crisis|pd|cps|aps|dcfs) (?:(?:just|also|still|really|never|only|actually|finally|even|both|all)\s+){0,2}(?:\w+ed|demo'd|role[- ]?played|said|says|reports|denies|was|is|are|were|felt|got|came|went|made|took|gave|began|became|seemed|thinks|feels|wants|put|has|had|does|did|can|will|would|(?<!\b(?:so|so that|wish|wishes|wished|hope|hoped|hopes|how)\s+(?:she|he|they)\s)(?:could|should|might)|agreed|left|tried|wrote|rewrote|drew|ran|sat|stood|cried|laughed|knows|needs|needed|hopes|states|stated|could not|couldn't|can't|won't|wouldn't|hasn't|hadn't|accepting|agreeing|declining|refusing|broke|lost|found|told|knew|saw|drove|threw|hit|kept|slept|woke|spent|paid|sent|sold|wore|won|shook|grew|hung|became|hid|began|brought|bought|caught|chose|drank|ate|fell|fought|forgot|heard|held|met|spoke|understood|lives|works|checks|calls|visits|helps|drives|stays|comes|goes|takes|brings|texts)|(?:she|he|they)'(?:ll|d|s)|(?:(?:her|his|their)\s+)?(?:mom|mother|dad|father|wife|husband|partner|sister|brother|son|daughter|girlfriend|boyfriend|grandma|grandmother)'s (?:going to|gonna)|this (?:is|was) (?:our|the|her|his|their) (?:\w+ )?(?:session|visit|meeting)|we(?: are|'re| were) (?:in|on|at|working|doing)|(?:we|i) (?:(?:strongly|also|then|gently|briefly|just|again|really)\s+)?(?:\w+ed|did|went|made|gave|taught|took|began|set|stayed|spent|also|will|spoke|saw|see|think|thought|told|said|had|have|sent|wrote|put|kept|got|ran|let|brought|held|met|drove|read)|(?:we|i)'ll|(?:we|i)'ve (?:got|put|locked|placed|secured|kept|stored)\b|(?:i'm|i am|we're|we are) going to|then (?:\w+ed|we|i|she|he|they)|denies|denied|(?:phq|gad|pcl)-\d+\s+(?:was|is|score|today|of|at)|(?:zarit|beck|hamilton|edinburgh|moca|mmse|slums|audit(?:-c)?|dast(?:-10)?|epds|bai|bdi(?:-ii)?|hads|ybocs|y-bocs|asrs|whodas|k10|k6|ces-d)(?:[\s-]+[a-z0-9-]+){0,3}\s+(?:was|is|scored|score|total)\s+\d+|affect (?:was|shifted|brightened|flat|constricted|tearful|blunted|restricted|labile|dysphoric|euthymic|anxious|congruent)|(?:c-ssrs|columbia-suicide severity rating scale) (?:was |screen )?(?:positive|negative|pos|neg)|mood (?:was|is)|(?<!\b(?:provisional|working|primary|secondary|differential|new|prior|previous|current|same|out|r\/o)\s)dx (?!of\b|was\b|deferred\b)[a-z]+|(?:the|his|her|their) (?:connection|video|audio|call|internet|wifi|wi-fi|signal|camera) (?:was|kept|dropped|froze|cut)|(?:no one|nobody) (?:reported|endorsed|disclosed|said|mentioned|denied)|there(?:'s| is| are| was| were) (?:a|an|no|two|three|\d+) (?:loaded |unloaded |old |new |small )?(?:handgun|gun|rifle|shotgun|firearm|weapon|knife|pistol)s?\b|no safety concerns|safety plan (?:was |were )?(?:reviewed|updated|completed|revised|discussed|done|made|created)|continue (?:weekly|twice|biweekly|monthly|with)|(?<!\b(?:at|by|on|in|of|to|about|than|through|until|till|before|after|during|from|for|the|his|her|their|our|reassess|re-assess|revisit|review|discuss|check|recheck|address|readminister|repeat|continue|reevaluate|re-evaluate|again|it|this|that|up)\s)(?<!\b(?:tell|telling|talk|talking|share|sharing|show|bring|ask|asking|disclose|present|practice|practicing)\b[^.;,]{0,40}\s)next session|(?:overall\s+)?progress (?:is|was|has been|remains) (?:partial|good|slow|limited|minimal|steady|fair|poor|mixed|significant|some)|follow[- ]up in|protective factors?(?=\s+(?:are|were|include|included|her|his|their|my|[a-z]+ing)\b)|(?:both|neither)(?: of them| partners| parents)? (?:deny|denied|denies|endorse|endorsed|endorses|reported|report|agreed|agree|said)|(?:when|once) (?:i|we) asked [A-Z][a-z]+)\b)/gi;

/** "... one morning asked directly about plan or intent she said no": the clinician's question resumes the telling, even in unbroken dictation. */
const ASKED_START = /(?<!\b(?:i|we|when|if|once|as|after|until)\s*)\s(?=asked\s+(?:(?:him|her|them|everyone|everybody|each of them|all of them|both)\s+)?(?:directly|about|if|whether)\b)/gi;
/** "asked everyone about ... anyone thinking about hurting themselves all three said no": the answer after the question. */
const ASKED_THEN_ALL_ANSWER = /(?<=\basked\b[^.;]{0,200})\s(?=(?:all (?:two|three|four|five|six|of them)|everyone|everybody|each of them|none of them|both(?: of them)?)\s+(?:said no|denied|answered no|denies)\b)|(?<=\b(?:all (?:two|three|four|five|six|of them)|everyone|everybody|both(?: of them)?|(?:she|he|they) (?:both|all)) said no)\s(?=[A-Z][a-z]+\s+(?:said|says|added|agreed|denied|reported)\b)/g;
/** "I asked her directly she said no we did psychoeducation": after the answer, the clinician's next act is a new statement. */
const SAID_NO_THEN = /(?<=\b(?:said|says|answered|replied)\s+(?:no|yes|nope|yeah))\s(?=\s*(?:we|I|mom|dad|mother|father|parents)\s+[a-z]+)/gi;
/** "she denied any SI when I asked sleep is about six hours": what follows the question's close is a new statement. */
const AFTER_WHEN_ASKED = /(?<=\b(?:denied|denies|endorsed|endorses)\b[^.;]{0,40}\bwhen\s+(?:I|we)\s+asked)\s(?=(?:sleep|mood|appetite|energy|eating|she|he|they|her|his|no|denies|plan)\b)/gi;
/** "mom waited in the lobby um during drawing she drew ...": after a pause, a time phrase and its doer start a statement. */
// ("... for a risk assessment um rest of the session we worked on ...": so does "the rest of the session".)
// ("... interpreter was Grace um so today we mainly worked on ...": "so" may open the time phrase after the pause.)
/** ("that's down from before    next week we're going to start ..."): after a pause, what comes next week opens a statement. */
// ("I gave her the support group info uh see her next week": after a pause, when the client is seen next opens the plan.)
const PAUSE_THEN_NEXT_WEEK = /\s(?=\s{2,}(?:so\s+)?next (?:week|session|time)\s+(?:we|I|she|he|they)(?:'re|'ll|'m|\s+are|\s+will|\s+am|\s+is)\b|\s{2,}(?:(?:and|so|then)\s+)?(?:(?:I'll|I will|will|we'll|we will)\s+)?(?:see|meet with|follow up with)\s+(?:her|him|them)\s+(?:again\s+)?(?:next\s+(?:week|wk|session|month)|in\s+(?:\d+|one|two|three|four|a)\s+(?:days?|weeks?|wks?|months?)|tomorrow)\b)/gi;
/** ("she came in today pretty tearful    talked about the call": after a pause, a verb of the session's talk opens a statement.) */
const PAUSE_THEN_TALKED = /\s(?=\s{2,}(?:talked|discussed|processed|explored|reviewed|practiced|went over|worked on)\s)/gi;
const PAUSE_THEN_LEADING = /\s(?=\s{2,}(?:so\s+)?(?:during|after|before|while|then|later|today|tonight|this morning|this week|at the end|at first|when(?= (?:I|we) (?:saw|met|got|arrived|spoke|talked|asked|checked))|(?:for\s+)?(?:the\s+)?rest of)\s+(?:\S+\s+){0,3}(?:she|he|they|I|we|mom|dad|mother|father|parents|(?:the\s+)?(?:patient|client|pt)|[A-Z][a-z]+)\s+[a-z]+)/g;
/**
 * "... for privacy um imaginal exposure on ...", "... drinking more um PCL-5 today 41", "... by the end um wt at last
 * visit was 38.6": after a pause, a measure, an exercise or the plan starts a statement, unless the words before the
 * pause wait for an object ("worried about um weight").
 */
const PAUSE_THEN_TOPIC = new RegExp(String.raw`(?<=\S)(?<!\b(?:${PAUSE_WAITS_AFTER.join('|')}))\s(?=\s{2,}(?:${PAUSE_THEN_TOPICS.join('|')})(?![\w-]))`, 'gi');
/** "admission assessment for new pt Darnell Okafor 34 yo M brought in by police ...": after the age and sex, how the client came starts a statement. */
/** "Indiv - Marisol T., 38F, sister Ana killed by ...": a heading that names the client by age and sex, then her story. */
const HEADING_AGE_SEX_THEN_STORY = /(?<=^\s*(?:[A-Za-z/()-]+\s+){0,3}[-–—:]\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?,\s*\d{1,2}\s*[MF]),\s(?=[a-z])/g;
const AGE_SEX_THEN_ARRIVAL = /(?<=\b\d{1,2}\s*(?:yo|y\/o|year[- ]old)?\s*[MF])\s(?=(?:brought|referred|admitted|transferred|sent|escorted|transported|walked)\b)/g;
/** "... she's coming up from Tucson um HRF placed and SPC notified": after a pause, a step jotted as done starts a statement. */
/** "she cried and said nobody told her that um plan is weekly CBT": after a pause, "plan is" starts the plan, whatever word waited before it. */
const PAUSE_THEN_PLAN_IS = /(?<=\S)(?<!\b(?:the|a|an|his|her|their|my|our|your|this|safety|treatment|care|no|any))\s(?=\s{2,}plan (?:is|was|will be)\b)/gi;
/** "the thoughts are totally unwanted no psychotic symptoms", "contamination never treated no SI she denied it": in a long
 * run-on, a finding denied opens a statement of its own. */
// ("no plan no intent": a second "no" in a list of what was denied goes on with the first.)
const NO_FINDING_START = /(?<!\bno\s+(?:plan|intent|means|access|weapons?|guns?|attempts?))(?<=\b(?!(?:and|or|with|had|has|have|is|was|are|were|reports?|reported|endorses|endorsed|denies|denied|but|if|that|of|for|says|said|states|stated|there's|there|also|since|because|given|as)\b)[a-z]{3,})\s(?=\s*no (?:psychotic|psychosis|hallucinations|delusions|paranoia|suicidal ideation|homicidal ideation|self-harm|SI|HI|SH|AVH|AH|VH|evidence of|signs of|(?:history of |hx of |prior |previous |past )(?:suicide )?attempts?|plan(?! (?:to|for|is)\b)|intent(?! to\b)|weapons?|guns?|firearms?|access to)\b)/g;
/** "she's oriented her thinking is clear": after one finding, another domain with its own verb is a statement of its own. */
const FINDING_THEN_DOMAIN = /(?<=\b(?:oriented|alert|calm|cooperative|tearful|anxious|guarded|engaged|appropriate|linear|goal-directed|clear|intact|euthymic|dysphoric|flat|bright|restless|fidgety)(?: x ?[1-4])?)\s(?=(?:her|his|their) (?:thinking|thought process|thoughts|speech|mood|affect|insight|judgment|judgement|memory|attention|concentration) (?:is|was|seems|seemed|appears|appeared)\b)/g;
// ("she's going to see her counselor tomorrow um also flagged to shelter director": after a pause, "also" and a step taken
// open a statement of their own.)
const PAUSE_THEN_DONE = new RegExp(String.raw`(?<=\S)(?<!\b(?:${PAUSE_WAITS_AFTER.join('|')}))\s(?=\s{2,}(?:also\s+(?:flagged|notified|alerted|emailed|messaged|called|texted|informed|told|sent|gave|left)\b|[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s+(?:placed|notified|ordered|faxed|paged|scheduled|updated|signed|submitted|filed)\b))`, 'g');
/** "bring up a med eval again next time she was kind of on the fence": after a time to come, a past "she was" starts a new statement. */
const NEXT_TIME_THEN_PAST = /(?<=\bnext (?:time|session|week|visit|appointment))\s(?=(?:she|he|they)\s+(?:was|were|seemed|said|felt)\b)/gi;
/** "... hasn't thought about how um his service revolver and the hunting rifles have been at his son's": after a pause, a thing of theirs and what it is or was starts a statement. */
const PAUSE_THEN_OWNED = /(?<=\S)\s(?=\s{2,}(?:his|her|their)\s+(?:[a-z'-]+\s+){1,6}?(?:has|have|had|is|are|was|were)\s+(?:been|still|now|at|in|with|locked|kept|stored|gone)\b)/gi;
const ASKED_AT = /^\s*(?:(?:and|but|so|then)\s+)?(?:i\s+)?asked\s+(?:(?:him|her|them)\s+)?(?:directly|about|if|whether)\b/i;
/** A named person starting a new statement in dictation: "... called 911 Jae says I keep ...". */
// ("... instead of an hour and a half Sofia pretty angry at me ...": a name and how that person was start one too.)
// ("which for Marguerite is a big deal": after a preposition the name is its object, not a new speaker;
// "her dad's friend (neighbor) Tom has": after a role and its bracket, the name is that person's.)
// ("which made Emma shut down and say ...": a name after a causative verb is its object, never a new speaker;
// "... opened it up Ms Wu talked about": a name with its title starts anew too.)
// ("At end, in private w/ me, Ayanna disclosed ...": when and where, set before the one who spoke, stay with what they said;
// so does a history's time: "History: at age 6, after grandpa died, Ethan told his teacher ...".)
// ("sometimes I wish God would take me": after a wish or a prayer, the one named is what is wished of, never a new speaker.)
// ("spent most of the session on that Lily says ...", "did a safety plan together Lily identified ...": "that" as the thing talked
// about, and a name then what the person chose or showed, start anew.)
const NAMED_SPEAKER = /(?<!\b(?:came in with|came in for|came for|brought in|brought up|wanted help with)\s+(?:is|was))(?<!(?:^\s*|[.;]\s*)(?:[Hh]istory|[Hh]x|[Bb]ackground)\s*:\s*[^.;:]{0,60},)(?<!(?:^\s*|[.;:]\s*)(?:[Aa]t (?:the )?(?:end|start|beginning|close)|[Ii]n private|[Pp]rivately|[Aa]lone|[Oo]ne[- ]on[- ]one|[Ii]ndividually|[Aa]fter (?:group|session|that)|[Ll]ater)\b[^,.;:]{0,24}(?:,\s*(?:at (?:the )?(?:end|start|beginning|close)|in private|privately|alone|one[- ]on[- ]one|individually|after (?:group|session|that)|later)\b[^,.;:]{0,24})*,)(?<!\b[A-Z][a-z]+)(?<!\b(?:Mr|Mrs|Ms|Mx|Dr)\.)(?<!\b(?:daughter|son|sister|brother|mom|mother|dad|father|husband|wife|partner|friend|neighbou?r|roommate|coworker|boyfriend|girlfriend|aunt|uncle|cousin|boss|teacher)\s\([^()]{1,30}\))(?<!\b(?:hurting|harming|killing|hurt|harm|kill|hitting|threatening|threaten|toward|towards|against|disclosed|reported|reports|said|says|stated|states|admitted|revealed|shared|explained|mentioned|told|tells|thinks|thought|believes|worries|feared|fears|knows|wish|wishes|wished|hope|hopes|hoped|pray|prays|prayed|learned|found out|denies|denied|doubts|doubted|last|next|this|on|by|since|until|when|whenever|if|while|because|after|before|until|since|once|(?<!\b(?:on|about|with|for|at|over)\s+)that|daughter|son|sister|brother|mom|mother|dad|father|husband|wife|partner|friend|neighbor|neighbour|roommate|coworker|co-worker|landlord|pastor|sponsor|boyfriend|girlfriend|aunt|uncle|cousin|grandson|granddaughter|niece|nephew|boss|teacher|named|called|made|makes|make|making|let|lets|helped|helping|watched|saw|heard|where|what|who|which|whether|how|why|if|unless|until|though|although|as|for|to|with|about|of|from|at|and|or|than|like|in|on|near|into|around|outside|inside|toward|towards|through))\s(?=(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s)?[A-Z][a-z]+ (?:(?:actually|also|even|finally|then|later|eventually|quietly|immediately|initially|first)\s+)?(?:(?:(?:pretty|very|really|so|quite|visibly)\s+)?(?:angry|upset|tearful|irritable|frustrated|defensive|withdrawn|shut down)\b|says|said|is|was|has|had|found|called|denies|denied|reports|reported|agreed|came|went|left|told|wants|feels|felt|did|does|didn't|doesn't|endorsed|endorses|cried|would|will|got|became|seemed|looked|softened|admitted|shared|disclosed|explained|interrupted|started|stopped|mentioned|noted|asked|talked|tried|used|practiced|brought|opened|identified|showed|chose|named|wrote|drew|picked)\b)/g;

/**
 * Jotted dictation with no punctuation at all ("denied SI says ... sleeping okay appetite down used
 * breathing plan next week"): a status jot (a domain and its state), a verb with no subject after
 * another jot, and the plan each start a statement. Only in a run of 12 or more words with no
 * comma, semicolon or colon, so a typed sentence is never cut.
 */
/**
 * A filler blanked by cleanDictation leaves a run of spaces: a pause. Before a new speaker
 * ("... since um he denies ...") it ends the statement dictation gave no full stop.
 */
/** "she called the crisis line no actually she called her sister": the correction starts a new statement (the one before it is dropped). */
const AFTER_CORRECTION = /(?<=\b(?:no actually|no wait|scratch that),?)\s/gi;

/** "... a burden um Dana herself denied ...": after a pause, a name and its verb start a statement. */
// ("crisis walk-in um Ava 15 came in with her dad": a name and an age said aloud, then what the person did.)
// ("Sam said his ears get hot um so the main thing was Carl during check in he was ...": a member named, then when.)
const PAUSE_THEN_NAME = /\s(?=\s{2,}[A-Z][a-z]+\s+(?:\d{1,2}\s+)?(?:herself|himself|themself|[a-z]+ed|said|says|is|was|has|had|denies|reports|agreed|came|went|got|left|during check[- ]?in|during group|at check[- ]?in)\b)/g;

// ("so I um asked about intent": a pause after the speaker's own pronoun is inside the statement.)
// ("she said he told her you know I'll kill you": after "told her", what follows the pause is what was told; after "he feels
// like um", what he feels.)
const PAUSE_THEN_SPEAKER_AT = new RegExp(`(?<!\\b(?:i|we|she|he|they)\\s*)(?<!\\b(?:told|tells|tell|telling|asked|texted|yelled at|screamed at)\\s+(?:her|him|them|me|us)\\s*)(?<!\\b(?:feels|felt|feel|feeling|looks|looked|seems|seemed|sounds|sounded)\\s+like\\s*)(?<!\\b(?:able to say|was saying|kept saying|keeps saying)\\s*)(?<!\\b(?:said|says|say|saying|stated|states|told (?:me|us|her|him|them))\\s+(?:something\\s+)?like\\s*)\\s(?=\\s{2,}(?:(?:so|and|then)\\s+)?(?:${PAUSE_THEN_SPEAKER.join('|')})\\s)`, 'gi');

/** A person, then where they are from: "her friend from church", "a girl in her class", "his coworker at the plant". */
const PERSON_FROM_PLACE = /\b(?:friend|friends|classmate|neighbou?r|coworker|co-worker|cousin|roommate|teammate|peer|girl|boy|kid|guy|woman|man|lady|mom|mother|dad|father|sister|brother|aunt|uncle|teacher|pastor|boss)\s+(?:from|at|in|on)\s+(?:(?:her|his|their|the|my|a|our)\s+)?[a-z]+$/i;
// ("J. (miscarriage 14 wks) said her due date is next week": a name or an initial opening the sentence, with a note on
// them in brackets, is the subject of the verb after it.)
// ("she has no desire no intent to hurt the baby": one denial listing what there is none of, never two statements.)
// ("he is sleeping better no evidence of psychosis he denies any thoughts of suicide", "no psychosis thought process linear":
// an exam finding, the client's answer and the next domain each start a jot of their own.)
// ("her roommate (another resident) said last night ...": a saying after a person's bracketed aside is that person's, never a new jot.)
const JOT_STARTS = /(?<!\bno\s+(?:desire|wish|interest))(?<!(?:^|[.;:]\s+)\s*(?:[A-Z]\.|[A-Z][a-z]+)\s*\([^()]{1,40}\))(?<!(?:^|[.;:]\s+|-\s+)\s*(?:\d+|[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he|[Oo]ther)\s+(?:attendee|member|participant|peer|student|coworker|co-worker|resident|client|patient|teen|employee|worker|veteran|parent)\s*\([A-Z][^()]{0,40}\))(?<!'s|'re|'m|n't)(?<!\b(?:then|ever|never|always|just|even|finally|really|actually|also|once|until|till|by|at|before|after|through|since|her|his|their|my|the|a|and|or|of|with|without|has|have|had|about|was|is|poor|good|no|in|on|for|she|he|they|client|pt|patient|i|we|mom|dad|mother|father|partner|wife|husband|sister|brother|son|daughter|friend|boyfriend|girlfriend|roommate|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|teacher|officer|nurse|staff|sw|cw|worker|caseworker|counselor|principal|coach|psychiatrist|therapist|doctor|pcp|np|to|not|also|still|reports|reported|report|says|said|states|stated|notes|noted|describes|described|endorses|endorsed|denies|denied|feels|felt|c\/o|complains of|complained of|that|but|since|because|so|if|when|while|each|both|all|everyone|everybody|someone|somebody|nobody|members|who|them|him|us|me|gave|give|gives|assigned|any|some|more|students|peers|staff|teachers|members|kids|others|other|parents|witnesses|neighbors|officers|nurses|one|two|three|four|five|six|best|close|childhood))(?<![&+])\s(?=(?:sleep(?:ing)?|appetite|energy|mood|concentration|motivation|(?:work |school |home )?stress|cravings|anxiety)\s+(?:is\s+|was\s+)?(?:okay|ok|fine|good|poor|down|up|improved|improving|worse|better|fair|high|low|decreased|increased|variable|stable|same|\d+\/10)\b|(?<!\)\s)(?<!\b(?:plan|log|card|record|sheet|list)\s)(?<!\b(?:after|when|because|before|until|since|once|while)\s+(?:(?:the|a|his|her|their|that|this|another|some|other)\s+)*[a-z]+\s)(?:says|said|states|stated|reports|reported(?!\s+by\b)|used|practiced|reviewed|taught|introduced|processed|explored)\s|plan\s+(?:is\s+|to\s+)?(?:next|f\/u|follow|see|continue|return|rtc|weekly|in)\b|(?<!\b(?:reassess|re-assess|revisit|review|discuss|check|recheck|address|readminister|repeat|continue|reevaluate|re-evaluate|again|it|this|that|up)\s)next (?:session|appointment)\b|homework(?=\s*(?:is|was|will|for|assigned|given|to|this|next|[:-])(?:\b|\s)|\s*$)|no (?:thoughts|plan|intent)\b|no (?:evidence|signs?) of\b|no new (?:marks|cuts|wounds|injuries|scratches|burns|bruises)\b|no (?:psychosis|psychotic symptoms|hallucinations|delusions|paranoia|AVH|AH|VH)\b|(?<![-–—:,]\s)(?:she|he|they) (?:denies|denied|endorses|endorsed)\b|(?:thought process|thought content|insight|judgment|judgement|affect|speech)\s+(?:is\s+|was\s+)?(?:linear|goal[- ]directed|logical|organized|disorganized|tangential|circumstantial|fair|good|poor|limited|intact|impaired|congruent|restricted|flat|blunted|constricted|pressured|normal)\b)/gi;

/** "... hugged her plan see Kayla alone next week": "plan" and a bare act of the clinician's starts the plan, even after "her". */
const PLAN_THEN_ACT = /(?<!\b(?:a|the|made|make|gave|give|sent|send|placed|place|for|needs?|with)\s*)\s(?=referrals? to\s)|\s(?=(?:and\s+)?after\s+(?:a\s+|the\s+)?(?:consult|consultation)\s+with\s)|(?<=\bnext (?:week|session|time)|\bin (?:one|two|three|four|\d) weeks?)\s(?=(?:keep|continue|practice|complete|track|bring|read|schedule|try|finish)\s)|\s(?=plan\s+(?:is\s+)?(?:see|f\/u|follow up|continue|meet|return|rtc|recheck|reassess|weekly|biweekly|monthly|every|keep|stay|start|begin|add)\b)/gi;

/** "denies any SI herself she is staying with a friend": after "herself", a state of the client's starts a statement. */
// ("he denied any SI himself affect brighter than last week": so does what was seen.)
// ("... instead of handling it himself denies wanting to hurt himself we made a plan": a denial, or the clinician's act, starts anew.)
/** "... the thought that her body failed her she was able to come up with an alternative": in dictation, what the client could do opens a statement of its own. */
const ABLE_TO_START = /(?<=\b(?!(?:that|if|when|because|so|and|but|or|whether|said|says|felt|feels|think|thinks|thought|hope|hopes)\b)[a-z]{2,})\s(?=(?:she|he|they)\s+(?:was|were)\s+(?:(?:not|then|also|finally|eventually)\s+)?able\s+to\s)/g;
const SELF_THEN_STATE = /(?<=\b(?:herself|himself|themselves|themself))\s(?=(?:she|he|they)(?:'s|'re|\s+is|\s+was|\s+are|\s+were|\s+will|'ll)\s|(?:affect|mood|insight|judgment|eye contact)\s)/gi;
// ("... instead of handling it himself denies wanting to hurt himself we made a plan": after a reflexive object, a denial or the
// clinician's act starts anew; "Zoe herself denies SI", after a name or a pronoun, is the person, and her denial goes on with her.)
const SELF_THEN_ACT = /(?<!\b(?:[A-Z][a-z]+|she|he|they|client|pt|patient|mom|dad|mother|father)\s+(?:herself|himself|themselves|themself))(?<=\b(?:herself|himself|themselves|themself))\s(?=(?:denies|denied)\s|(?:we|I)\s+(?:made|did|talked|agreed|worked|discussed|practiced|reviewed|went|came up|spent|role[- ]?played)\b)/g;

/** "Marcus was pretty engaged today volunteered the first example talked about urges": after a time or the thing done, a bare act of the client's starts a statement. */
const ACT_AFTER_JOT = /(?<=\b(?:today|yesterday|tonight|this week|in group|in session|examples?|role[- ]?plays?|exercises?|activity|activities|skills?|worksheets?|questions?|check-in|check in))\s(?=(?:volunteered|talked|shared|identified|practiced|described|participated|offered|processed|admitted|disclosed|engaged|asked)\s)/gi;

/** "he hasn't thought about how I asked about intent": the clinician's own act starts a statement, even after "how" or "what". */
// ("... grades dropped from As to Cs I met with Sophie alone she was guarded": meeting the client alone, and "my impression is", start one too.)
const CLINICIAN_ACT = /(?<!\b(?:said|says|told|tells|that|like|saying|thinks|thought|feels|felt|the|a|an|and|but|so|to|when|whenever|if|after|before|until|while|because|since|once|where|as)\s*)\s(?=(?:and\s+)?i (?:asked|assessed|screened|inquired|explored|validated|reviewed|explained|normalized|called|noted|met with|saw [A-Z]|spoke with|brought (?:her|him|them) back|grounded (?:her|him|them)|redirected|coached|guided (?:her|him|them)|reminded (?:her|him|them)|encouraged (?:her|him|them))\b|(?:and\s+)?my (?:impression|clinical impression|formulation|working diagnosis) is\b)/gi;

/** "... more than before PHQ-9 was 19": a score starts a statement, whatever word comes before it. */
// ("... meet again Tuesday also UDS last week was negative": a screen's result, after "also", is a statement too.)
// ("he scored twenty two on the PHQ-9 today": after "the", the instrument is the score's, never a new statement.)
const MEASURE_STARTS = /\s(?=(?:NC|PC|negative cognition|positive cognition)\s+(?:I|I'm|I'll|I've|my)\b)|(?=\s(?:VOC|VoC|SUDS?)\s+(?:was|is|of|at|rated|=|:|\d))(?<=\b(?:I|I'm|my)\b[^.;"]{0,60})\s|\s{2,}(?=(?:PHQ|GAD|PCL|AUDIT|EPDS|CDI|SCARED|RCADS|MoCA|GDS|ORS|SRS|Y-BOCS|CY-BOCS|ISI)(?:-[A-Z0-9]+)?(?:\s+(?:today|this week|score|total))?(?:\s+(?:was|is|of|at))?\s+\d)|(?<!\b(?:rated|rating|the|her|his|their|initial|and|with|of|her|by)\s*)\s(?=SUDs?\s+(?:started|starting|began|was|went|dropped|came|peaked|ended|rose|at)\b)|\s{2,}(?=(?:(?:started|starting|ended|ending)\s+)?SUDs?\b)|(?<!\b(?:the|on|in|from|per|of))\s(?=(?:(?:his|her|their)\s+)?(?:phq|gad|pcl)-?\d+\s+(?:was|is|score|today|of|at)\b|also\s+(?:uds|urine drug screen|utox|tox screen|breathalyzer|labs)\s+(?:\S+\s+){0,3}(?:was|were|came back)\b)|(?<="\s*)\s(?=(?:when|then|so|and then|but)\s+(?:i|he|she|they|we)\s)/gi;

/** "Eli (9) w/ mom – practiced 'bossing back'": after a short heading and a dash, the session's work starts. */
// ("Telehealth f/u w/ 19yo M freshman re: drinking after ... (BASICS 2 of 2) - reports 8-10 drinks": a longer heading, with its "re:", too.)
/** "Legacy letter to granddaughter discussed, pt wants to dictate it": after a topic done, the client's own wish starts anew. */
const DONE_THEN_CLIENT = /(?<=\b(?:discussed|reviewed|explored|processed|addressed|introduced|completed))\s*,\s(?=(?:client|pt|patient)\s+(?:wants|wanted|agreed|declined|chose|would like|prefers|asked)\b)/gi;
/** "Collateral call w/ hospice RN Beth re pt Mrs. Hall: RN reports ...": a call's heading ends at its colon. */
// ("... re: my client Mrs. Kowalczyk": the colon of "re:" opens what the call was about, never a new statement.)
/** "PrEP client Omar, 22, brief check-in 20 min: on Apretude ...": a visit named with its minutes, then a colon, heads the line. */
const VISIT_HEADING_COLON = /(?<=^\s*[^:;\n]{0,80}\b(?:check[- ]?in|session|sess|visit|f\/u|follow[- ]?up)\s+\d{1,3}\s*(?:min|mins|minutes)\b):\s(?=[A-Za-z])/gi;
const CALL_HEADING_COLON = /(?<=^\s*(?:collateral|phone call|call|consult(?:ation)?|telephone call|tc)\b[^:;\n]{3,100})(?<!\bre):\s(?=[A-Za-z])/gi;
/** "telehealth phone call w/ Marcus (dad, 38), partner gave birth ...": after a visit named with its client, what is told starts. */
const VISIT_WITH_CLIENT_THEN = /(?<=^\s*(?:telehealth|tele|video|phone|telephone|in[- ]person|individual|indiv|session|intake|f\/u|follow-up|check-in)\b[^,.;:()]{0,40}\s(?:w\/|with)\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*\([^()]{1,30}\)),\s(?=[a-z])/gi;
/** ("Call w/ Ms. Hart (school nurse) re Ava's 504 — CGM alerts going off in class": after a call named with whom and about what, what was said starts.) */
const CALL_HEADING_DASH = /(?<=^\s*(?:(?:[Pp]hone|[Tt]elephone|[Bb]rief|[Qq]uick|[Cc]ollateral)\s+)?[Cc]all\s+(?:w\/\s*|with\s+)(?:[^-–—;:\n]|(?<=\w)-(?=\w)){3,100}?\s[-–—])\s(?=\S)/g;
/** "no safety concerns for anyone nobody reported any self harm": in dictation, "nobody" saying what no one reported starts anew. */
/** ("Plan: presumptive PTSD, will discuss CPT vs PE": a diagnosis said with how sure it is, then the steps, is two statements.) */
const DIAGNOSIS_THEN_STEPS = /(?<=(?:^|:)\s*(?:provisional|working|presumptive|tentative)\s+(?:dx\s+)?[A-Za-z][\w.' -]{1,40}),(?=\s*(?:will|plan|refer|f\/u|follow|start|begin|schedule|continue|rtc)\b)/gi;
/** ('he said "if I lose ball I lose everything" he's sleeping ten hours': after the words quoted close, the one who said them goes on anew.) */
const QUOTE_THEN_SUBJECT = /(?<=[a-z.!?,]")\s(?=(?:she|he|they)(?:'s|\s+(?:is|was|has|had|says|said|feels|felt|gets|got|goes|went|keeps|kept|[a-z]+ed))\s)/g;
/** ("Brother drove pt to St. Mary's ED 1520, called ED charge RN with handoff": a handoff to the hospital's staff is the clinician's own act.) */
const COMMA_THEN_HANDOFF = /(?<=,)\s(?=called\s+(?:the\s+)?(?:ED|ER|emergency department|emergency room|hospital|unit|crisis|triage|intake)\b[^.;,]{0,30}\bwith\s+(?:a\s+)?(?:warm\s+)?(?:handoff|hand-off|report)\b)/g;
/** ("crisis walk in 11 15 started about 2:40 ... so like an hour and a half client is Jerome T 34": who the client is starts anew.) */
const CLIENT_IS_NAMED = /\s(?=(?:so\s+)?(?:the\s+)?(?:client|pt|patient)(?:'s name)?\s+is\s+[A-Z][a-z]+)/g;
/** ("checks the locks two or three times a night wife is annoyed by that": after how often, who is next starts anew.) */
const FREQUENCY_THEN_SUBJECT = /(?<=\b(?:times|once|twice)\s+(?:a|per|every)\s+(?:night|day|week|month))\s(?=(?:(?:his|her|their|the)\s+)?(?:wife|husband|partner|mom|mother|dad|father|she|he|they|we|i)\s+(?:is|was|are|were|[a-z]+ed|said|says|gets|got|thinks|feels)\b)/gi;
/** ("annoyed by that we talked about ...": "that" as the thing, then who did what, starts anew.) */
/** ("she's going to call the caregiver support line I gave her the number"): the clinician's giving, run on after the thing given. */
/** ("he doesn't have a plan he doesn't know how he'd do it", "he does own a handgun it's in a safe"): a second statement run on
 * after a plan denied or a means named. */
const RISK_ITEM_THEN_MORE = /(?<=\b(?:have|has|had)\s+(?:a\s+|any\s+)?(?:plan|intent|means))\s(?=(?:she|he|they)\s+(?:does not|doesn't|did not|didn't|would not|wouldn't|has not|hasn't|is not|isn't|wouldn't)\b)|(?<=\b(?:gun|handgun|rifle|firearm|pistol|shotgun|guns|rifles|firearms))\s(?=(?:it|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:in|at|locked|kept|stored|unloaded|loaded)\b)/gi;
/** ("not sleeping maybe four hours a night crying a lot at work"): after how often, what else the client does starts anew. */
const FREQUENCY_THEN_GERUND = /(?=\s(?:crying|waking|staying|sleeping|eating|drinking|using|isolating|missing|skipping|fighting|arguing|yelling|having|feeling|getting|calling|texting)\b)(?<=\b(?:hours?|hrs?|times|once|twice|nights?|days?)\s+(?:a|per|every|each)\s+(?:night|day|week|month))\s/gi;
/** ("she has not actually cut she showed mom her arms"): after an act said not done, the pronoun's next act starts anew. */
const NOT_DONE_THEN_PRONOUN = /(?=\s(?:she|he|they)\s+(?:showed|went|told|said|gave|took|let|pulled|rolled|[a-z]+ed)\b)(?<=\b(?:not|n't|never)\s+(?:actually\s+|really\s+)?(?:cut|done it|acted on (?:it|them)|hurt (?:her|him|them)sel(?:f|ves)|used|drunk|drank|relapsed))\s/gi;
/** ("did a safety plan together his daughter's number is on it"): what is in the thing done, run on after "together". */
const TOGETHER_THEN_POSSESSIVE = /(?=\s(?:his|her|their)\s+[a-z]+(?:'s)?\s+(?:[a-z]+\s+)?(?:is|are|was|were)\b)(?<=\b(?:together|with (?:him|her|them)))\s/gi;
/** ("he answered the door after a while apartment was pretty cluttered"): how the place was, run on after what was done. */
const THEN_PLACE_WAS = /(?=\s(?:the\s+)?(?:apartment|apt|house|home|bedroom|kitchen|place|room|yard)\s+(?:was|is|were|looked|smelled)\b)(?<=[a-z])(?<!\b(?:the|a|an|his|her|their|my|our|in|at|to|of|from|into|whole|entire|and|or)\b)\s/gi;
/** ("not taking his sertraline for about two weeks ran out and didn't refill"): why, run on after how long. */
const LENGTH_THEN_RAN_OUT = /(?=\s(?:ran out|stopped|quit)\b)(?<=\b(?:weeks?|days?|months?|wks?)\b)\s/gi;
/** ("roleplays in pairs, good engagement", "Jamal dominated early, redirected x2, responded well"): how the work was taken up,
 * jotted after it, is the response. */
const COMMA_THEN_HOW_TAKEN = /,\s(?=(?:(?:good|great|fair|poor|limited|minimal|full|active|strong|variable)\s+(?:engagement|participation|buy-?in)|(?:responded|engaged|participated)\s+(?:well|appropriately|actively|poorly))\s*(?:[,.;]|$))/gi;
/** ("... no interpreter needed so he came in really agitated"): how the client came in starts anew after the heading. */
const SO_CAME_IN = /(?=\sso\s+(?:she|he|they)\s+(?:came|arrived|presented|showed up|walked)\s+in\b)\s/gi;
/** ("came in really agitated his asylum interview got moved up"): what happened to the client's appointment or case starts anew. */
const THEN_HIS_CASE_MOVED = /(?=\s(?:his|her|their)\s+(?:[a-z]+\s+){0,2}(?:got|was|were|has been|had been|is)\s+(?:moved|cancelled|canceled|denied|approved|scheduled|postponed|rescheduled|delayed|pushed)\b)(?<=[a-z])(?<!\b(?:and|or|that|because|since|when|after|before|said|says|the|a|an|of|to|for|with)\b)\s/gi;
/** ("... and to call the crisis line um I'll see him Friday"): the clinician's next step, run on, starts anew. */
const THEN_I_WILL_SEE = /(?=\s+I(?:'ll|\s+will)\s+(?:see|call|meet|follow up|check in|text)\s+(?:him|her|them|with)\b)(?<=[a-z])(?<!\b(?:and|that|so|if|when|because|said|says|told|then|but|or)\b)\s/g;
/** ("she would never do anything her kids keep her going"): who keeps the client going, run on after what she would not do. */
const THEN_WHO_KEEPS_GOING = /(?=\s(?:but\s+)?(?:her|his|their|my)\s+(?:kids|children|son|daughter|family|husband|wife|partner|grandkids|grandchildren|dog|cat|faith)\s+(?:keep|keeps|kept|are|is)\b)(?<=\b(?:anything|it|that|this|something|herself|himself|themselves))\s/gi;
/** ("pt asked re PD as option, told him I'd pass to neph"): after the client's clause, "told him I'd ..." is the clinician telling the client.
 * The comma is looked for first: the look back from every letter of a long word was quadratic. */
const CLIENT_THEN_TOLD_HIM = /(?=,\stold\s)(?<=^\s*(?:pt|client|patient|cl|she|he)\s+[a-z]{1,40}[^,;.]{0,60}),\s(?=told\s+(?:him|her|them)\s+(?:that\s+)?(?:I|I'd|I'll|I'm|we|we'd|we'll)\b)/gi;
/** ("C-SSRS positive for actual plan and intent high acute risk will follow up ..."): a risk level run on between a finding and the plan. */
const LEVEL_RUN_ON = /(?<=\b(?:intent|plan|ideation|SI|means|attempts?|history|hx|behaviou?rs?|preparation|prep))\s(?=(?:high|low|moderate|mod|elevated|imminent)(?:\s+(?:acute|chronic|imminent))?\s+risk\b)|(?<=\b(?:high|low|moderate|mod|elevated|imminent)(?:\s+(?:acute|chronic))?\s+risk)\s(?=(?:will|plan|f\/u|follow|to follow|next)\b)/gi;
/** ("Susan's the one he lives with, about 60 minutes, so the main thing was ...", "about 60 minutes um the sundowning ..."): the
 * length said between commas, or before a pause, mid-dictation. */
const LENGTH_ASIDE = /,\s(?=(?:about|approximately|approx\.?|around|roughly|~)\s*\d{2,3}\s*(?:min|mins|minutes)\s*,\s*so\b)|(?<=\b(?:about|approximately|approx\.?|around|roughly|~)\s*\d{2,3}\s*(?:min|mins|minutes)),\s(?=so\b)|(?<=\b\d{2,3}\s*(?:min|mins|minutes))\s(?=\s{2,}(?:so\s+|and\s+)?(?:the|she|he|they|her|his|[A-Z][a-z]+)\b)/gi;
const THING_THEN_I_GAVE = /(?<=\b(?:line|number|hotline|list|info|information|card|handout|resources?|app|website|referral|brochure|pamphlet|worksheet)\b)\s(?=I\s+(?:gave|sent|provided|emailed|texted|wrote down|printed)\s+(?:her|him|them)\b)/g;
/** Run-ons split at any length: a second statement plainly begun. */
/** ("15 min check-in w/ Mr. Okafor in rads waiting room, tolerating rads well, ..."): the session told first, then how the client is. */
const SESSION_LEAD_THEN_STATE = /(?<=^\s*\d{2,3}\s*-?\s*(?:min|mins|minutes)\s+(?:check-in|check in|session|visit|call|phone call|consult)\b(?:[^,;.]|(?<=\b(?:Mr|Ms|Mrs|Mx|Dr))\.){0,70}),(?=\s+(?!(?:phone|telephone|video|telehealth|zoom|in[- ]person|audio|virtual|by|via|over)\b)[a-z])/gi;
/** ("... chemo surgery rads the whole thing session today was 50 minutes telehealth she's back at work"): the session told midway. */
const SESSION_TOLD_MIDWAY = /(?<=[a-z])\s+(?:uh\s+|um\s+)?(?=(?:the\s+|our\s+)?session\s+(?:today\s+)?(?:was|is)\s+(?:\d{2,3}|about|approximately|around|by|via|on|over|in)\b)/gi;
/** ('Noor tearful at end about "ruining his life", normalized.'): the clinician's answer to what was seen, jotted last. */
const SEEN_THEN_ANSWERED = /(?<=\b(?:tearful|crying|cried|upset|anxious|angry|ashamed|guilty|worried|scared|embarrassed|defensive|frustrated)\b[^.;]{0,80}),(?=\s+(?:normalized|validated|reassured|reframed|redirected|reflected)\s*(?:[.;]|$))/gi;
/** ("Asked twice if this would affect his green card - reassured", "Pt asked if she was crazy - normalized"): the client's
 * question, then the clinician's answer, jotted last with no one named. */
const ASKED_THEN_ANSWERED = /\s*[-–—,]\s+(?=(?:normalized|normalised|validated|reassured|reframed|redirected|reflected|clarified|explained|educated)\s*(?:[.;]|$))(?<=\b(?:asked|asks|wondered|wonders|questioned|questions|worried|worries|concerned)\b[^.;]{0,120})/gi;
/** ("..., IEP for SLD, mom open to referral for counseling"): where someone stands on what was offered is a statement of its own. */
const COMMA_THEN_STANCE = /,\s+(?=(?:(?:the\s+)?(?:mom|dad|mother|father|parents?|guardian|caregiver|pt|client|patient|stu|student)|[A-Z][a-z]+)\s+(?:(?:was|is|seemed|seems)\s+)?(?:open|receptive|agreeable|amenable|willing|in agreement)\s+(?:to|with)\b)/g;
/** ("homework is everyone picks one exposure a day group ran 90 minutes"): how long the session ran, said last, is its own statement. */
const THEN_LENGTH_RAN = /(?<=[a-z0-9])\s+(?=(?:the\s+)?(?:session|group|call|visit|meeting)\s+(?:ran|lasted|went)\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+|like\s+)?\d{2,3}\s*(?:min|mins|minutes)\b)/gi;
/** ("we did the check-ins first everybody gave their SUDS ... the theme tonight was uncertainty tolerance"): in dictation,
 * everyone's turn and the session's theme each open a statement. */
const EVERYONE_OR_THEME = /(?<=[a-z0-9])(?<!\b(?:that|so|when|if|because|until|after|before|while|where|and|or|but|asked|had|made|let|helped|told|make|have|help|let)\s*)\s+(?=(?:everybody|everyone|each member|all (?:the )?members)\s+(?:gave|shared|said|rated|reported|did|named|went|took|picked|wrote|practiced|checked|read|talked)\b|the (?:theme|topic|focus)(?: (?:tonight|today|this week|of (?:the )?(?:group|session)))? (?:was|is)\b)/gi;
/** ("couples session for Ray and his wife Tanya um this was 10/13 about an hour in person she drove up from ..."): the date
 * said aloud opens the session's details, and after how it was held the story starts. */
const DATE_SAID_THEN_STORY = /(?<=[a-z])\s+(?=this (?:was|is) (?:on )?\d{1,2}\/\d{1,2}\b)|(?<=\b(?:in person|in-person|by phone|on the phone|on video|over video|by video|telehealth|on zoom))\s+(?=(?:she|he|they|we|i)\s+(?!(?:and|or)\b)[a-z]+)/gi;
/** ("she said she'd contact his family today Ava herself denied any thoughts of hurting herself"): the one named with "herself"
 * and a verb opens a statement of their own. */
const NAMED_HERSELF_THEN = /(?<=[a-z0-9])\s+(?=[A-Z][a-z]+\s+(?:herself|himself|themselves|themself)\s+(?:denied|denies|said|says|reported|reports|endorsed|endorses|agreed|was|is)\b)/g;
/** ("Brief telehealth check-in with Sofia (15 min, phone) 1 yr anniv of her 2nd miscarriage was Saturday"): after the
 * session's details in brackets, the story starts. */
const AFTER_SESSION_BRACKET = /(?<=\(\s*\d{2,3}\s*(?:min|mins|minutes)\b[^()]{0,30}\))\s+(?=[A-Za-z0-9])(?![a-z]+\s*[,;:])/g;
/** ("so plan is continue weekly I'm gonna write a letter for her lawyer": after the plan's frequency, the clinician's own step is a new statement.) */
const FREQUENCY_THEN_I = /(?<=\b(?:continue|cont|resume)\s+(?:weekly|biweekly|bi-weekly|monthly|every (?:other )?week|as scheduled|same plan|current plan))\s(?=(?:I|I'm|I'll|I am|I will|we|we'll|we will|therapist)\s)/g;
/** ("Telehealth (Zoom) 4/1 5:00-5:40pm - pt Melissa w/ her son Ethan (10), ...": a heading of how, the day and the hours ends at its dash.) */
const HOURS_HEADING_DASH = /(?<=^\s*(?:[A-Za-z()/]+\s+){0,4}(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}:\d{2}\s*(?:am|pm)?\s+[-–—])\s(?=\S)/gi;
/** ("husband is driving her to the ER we called ahead and ..."): a call to emergency care, dictated straight after a noun, is a new statement. */
const NOUN_THEN_CALL_AHEAD = /\s(?<=\b(?!(?:that|when|after|before|because|so|and|or|until|if|as|once|then|said|told|the|a|an|who|which|where|while)\b)[a-z]{2,}\s)(?=(?:we|I)\s+(?:(?:then|also|immediately)\s+)?(?:called ahead|called 911|called the (?:ER|ED|emergency|hospital|police)|notified the (?:ER|ED|emergency|hospital|police)|contacted (?:the )?(?:ER|ED|emergency|hospital|police|mobile crisis))\b)/gi;
/** ("... with all his pills counted out his sister got there and is taking him to the ER"): a relative arriving or acting, dictated straight after the statement before, starts a new one. */
const THEN_RELATIVE_ARRIVED = new RegExp(String.raw`\s(?<=\b(?!(?:to|with|of|for|and|or|that|told|asked|called|texted|saw|and|but|so|if|when|because|like|about|at|by|from)\b)[a-z]{2,}\s)(?=(?:her|his|their)\s+(?:${oneOf([...CLOSE_PEOPLE])})\s+(?:got there|got home|came over|came home|came|arrived|showed up|is driving|is taking|was driving|drove|took|found)\b)`, 'g');
const KIN_MODIFIER_LAST = new RegExp(String.raw`\s${KIN_MODIFIER}$`, 'i');
const KIN_AFTER_FIRST = new RegExp(String.raw`^\s+${KIN_AFTER_MODIFIER}\b`, 'i');
/** ("will reassess nxt session, updated safety plan w/ him"): after a step to come, a step already taken is a statement of its own.
 * The comma is looked for first, so the bounded look back runs only there. */
const WILL_THEN_DONE = /(?=,\s+(?:updated|reviewed|completed|gave|provided|made|developed|created|revised|went over|signed|filled out)\s)(?<=^\s*(?:(?:i|therapist|we)\s+)?will\s+[^,;.]{1,60}),/gi;
/** ('passive SI "sometimes wish I wouldn't wake up" denies plan/intent'): after the client's words in quotation marks, a denial or
 * an endorsement jotted straight on is a statement of its own. */
const QUOTE_THEN_DENIAL = /(?=\s(?:denies|denied|endorses|endorsed|admits|admitted)\s)(?<=[a-z.!?,]["”])\s/g;
/** ("I did the AUDIT he scored 22"): the score the client got, dictated straight after the screen, is a statement of its own. */
const SCREEN_THEN_SCORED = /(?=\s(?:she|he|they)\s+(?:scored|got|rated)\s+(?:a\s+)?\d)(?<=\b(?:PHQ-?9|PHQ-?2|GAD-?7|PCL-?5|AUDIT(?:-C)?|C-SSRS|CSSRS|EPDS|MoCA|MMSE|DAST(?:-10)?|CAGE|ISI|BDI(?:-II)?|BAI|ASQ|screen|screener|questionnaire|scale|measure|inventory))\s/gi;
/** ("Followed up by phone after group - R.S. denied SI"): after a comma or a dash, a member named by initials and what they said is a statement of their own. */
const COMMA_THEN_INITIALS_SAID = /(?:,|\s[-–—])\s+(?=(?:[A-Z]\.\s?){2,3}\s*(?:denied|denies|said|says|stated|states|reported|reports|agreed|agrees|endorsed|endorses)\b)/g;
/** ("worked on speaker-listener technique, T able to reflect K's fear"): after a comma, one named and what they were able to do is a statement of its own. */
const COMMA_THEN_NAMED_ABLE = /,\s+(?=[A-Z][a-z]*\s+(?:was\s+|were\s+)?(?:able|unable|not able)\s+to\b)/g;
/** ("she came in pretty tearful said she relapsed"): how the client came in, then what they said, dictated straight on. */
const ARRIVED_STATE_THEN_SAID = /(?=\s(?:said|says|reported|reports|stated|states|told me)\s+(?:that\s+)?(?:she|he|they)\b)(?<=\b(?:came in|arrived|presented|showed up)\s+(?:[a-z]+\s+)?(?:tearful|anxious|upset|calm|calmer|agitated|angry|flat|quiet|tired|irritable|distressed|guarded|late|early|sober|shaky|disheveled))\s/gi;
/** ("Tearful most of session, says evenings worst"): how the client was seen, jotted first, then what they said after a comma: two statements, one observed and one reported. */
/** How a client is seen, jotted with a capital to open a line ("Tearful most of session"): never a name. */
const SEEN_STATE = String.raw`(?:(?:very|quite|visibly|initially|intermittently|often)\s+)?(?:tearful|teary|crying|anxious|restless|fidgety|agitated|flat|subdued|guarded|calm|quiet|withdrawn|irritable|sad|dysphoric|labile|disheveled|tired-appearing)\b`;
const SEEN_STATE_COMMA_SAID = new RegExp(String.raw`(?=,\s+(?:says|said|reports|reported|states|stated|shared|describes|described)\s+(?!(?:she|he|they)\s+(?:was|is|felt|feels)\s+(?:tearful|anxious|upset|calm|agitated|angry|flat|quiet|tired|irritable)\b))(?<=(?:^|[.;])\s*${SEEN_STATE}[^.;,]{0,40}),`, 'gi');
const SEEN_STATE_LEAD = new RegExp(`^${SEEN_STATE}`, 'i');
/** ("thoughts of killing herself she said she has her trazodone saved up"): after a reflexive, the client's saying again opens a statement ("told herself she said" never does). */
const REFLEXIVE_THEN_SAID = /(?=\s(?:she|he|they)\s+(?:said|says|stated|states|reported|reports|told me|admitted)\b)(?<=(?<!\b(?:told|tell|tells|telling|promised|reminded|convinced|asked)\s+)\b(?:her|him|them)sel(?:f|ves))\s/gi;
/** ("EPDS today was 17 up from 14 two weeks ago item 10 she scored a 1"): a screen's item named, then its score, is a statement of its own. */
const THEN_ITEM_SCORED = /(?=\s(?:on\s+)?item\s+\d{1,2}\s+(?:she|he|they)\s+(?:scored|rated|answered|endorsed|marked|put)\b)(?<=\b(?:ago|today|yesterday|intake|baseline|\d{1,2}|visit|session))\s/gi;
/** ("we did a chain analysis of the weekend triggers were the cousin ..."): what the triggers were is a statement of its own. */
const THEN_TRIGGERS_WERE = /(?=\s(?:the\s+)?(?:main\s+)?triggers?\s+(?:were|was|are|is)\s)(?<=\b(?:analysis|chain|weekend|week|day|night|relapse|urge|episode|incident))\s/gi;
/** ("we'll meet Thursday, also gave her narcan"): a step already taken, added after a comma, is a statement of its own. */
// ("... for eval called ahead to County General ... also gave him the legal aid number": dictated with no stop, the clinician's
// call ahead and what was handed over begin statements of their own.)
const COMMA_THEN_ALSO_GAVE = /,\s+(?=also\s+(?:gave|provided|handed|sent|offered|reviewed)\b)|\s(?=\s*also\s+(?:gave|handed|provided)\s+(?:him|her|them)\s)|(?<=\b(?!(?:that|when|after|before|because|so|and|or|until|if|as|once|then|i|we|she|he|they|who)\b)[a-z]{2,})\s(?=called ahead\b)/gi;
/** ("Practiced urge surfing, she rated urge 7/10 start to 3/10 end"): after the work done, the client's rating of it is a statement of its own. */
const WORK_THEN_RATED = /(?=,\s+(?:she|he|they|client|pt)\s+rated\b)(?<=^\s*(?:practiced|practised|did|used|taught|tried|completed|introduced|rehearsed)\b[^.;,]{1,60}),/gi;
/** ("Asked re: safety w/ yes/no visual - pointed NO to hurting self"): an answer without words, after the question's dash, is the client's (a spoken answer stays with its question). */
const ASKED_THEN_ANSWER_DASH = /(?=\s[-–—]\s+(?:pointed|nodded|shook|signed|typed|wrote)\b)(?<=\b[Aa]sked\b[^.;]{0,80})\s[-–—]/g;
/** ("denies plan never tried before no self harm"): after a denial, a history denied and a self-harm denied are statements of their own. */
// ("no SI no SH she said when I asked": a denial list stays one statement; only a time closes the one before.)
const DENIAL_THEN_NEVER = /(?=\snever\s+(?:tried|attempted|had an attempt|made an attempt)\b)(?<=\b(?:plan|intent|SI|HI|suicide|now|means|before|today|currently))\s|(?=\sno\s+(?:self[- ]?harm|SH|cutting|attempts?)\b)(?<=\b(?:before|now|today|currently))\s/gi;
/** ("skipping school missed 11 days this semester"): the count of days missed is a statement of its own. */
const THEN_MISSED_COUNT = /(?=\smissed\s+\d+\s+(?:days|classes|sessions|shifts|appointments|doses)\b)(?<=\b(?:school|work|class|classes|shifts?))\s/gi;
/** ("this is um Marcus follow up number four he came in right after his lab draw"): after the visit named, the story starts. */
const VISIT_NAMED_THEN_CAME = /(?=\s(?:she|he|they)\s+(?:came|arrived|showed up|presented|logged on)\b)(?<=\b(?:number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})|#\d{1,2}|follow[- ]?up|session|intake|check-in))\s/gi;
/** ("he said he'd think about IOP see him Thursday"): the next visit, dictated straight on, is a statement of its own. */
const THEN_SEE_HIM_ON = /(?=\s(?:see|meet|call)\s+(?:him|her|them)\s+(?:on\s+|again\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?<=[a-z])(?<!\b(?:to|will|would|can|could|and|or|i'll|we'll|gonna|going to)\b)\s/gi;
/** ("ok session with Sam um back using meth since ..."): a pause after the session and whom it was with ends the heading. */
const SESSION_WITH_NAME_PAUSE = /(?=\s{3,}\S)(?<=\b(?:session|sess|visit|call|intake|check-in|f\/u|follow[- ]?up|telehealth|video)\s+(?:with|w\/)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?)\s/g;
/** ("Pacing, loud, calmed by end": how the client was by the end, after how they came in, is the response, a statement of its own;
 * "tearful early, brighter by end" stays one change over the session.) */
const COMMA_THEN_SETTLED = /(?<!\b(?:early|initially|at first|at (?:the )?(?:start|beginning)|to start|on arrival)\b[^,;.]{0,12}),\s+(?=(?:calmed|calmer|settled|brighter|more relaxed|de-?escalated|quieter)(?:\s+down)?(?:\s+(?:some|a bit|somewhat))?\s+by\s+(?:the\s+)?end\b)/gi;
const RUN_ON_TASKS = [COMMA_THEN_SETTLED, SESSION_WITH_NAME_PAUSE, THEN_SEE_HIM_ON, VISIT_NAMED_THEN_CAME, DENIAL_THEN_NEVER, THEN_MISSED_COUNT, ASKED_THEN_ANSWER_DASH, WORK_THEN_RATED, ARRIVED_STATE_THEN_SAID, SEEN_STATE_COMMA_SAID, REFLEXIVE_THEN_SAID, THEN_ITEM_SCORED, THEN_TRIGGERS_WERE, COMMA_THEN_ALSO_GAVE, COMMA_THEN_NAMED_ABLE, COMMA_THEN_INITIALS_SAID, SCREEN_THEN_SCORED, QUOTE_THEN_DENIAL, WILL_THEN_DONE, THEN_I_WILL_SEE, SO_CAME_IN, THEN_HIS_CASE_MOVED, COMMA_THEN_HOW_TAKEN, TOGETHER_THEN_POSSESSIVE, THEN_PLACE_WAS, LENGTH_THEN_RAN_OUT, FREQUENCY_THEN_GERUND, THEN_WHO_KEEPS_GOING, NOT_DONE_THEN_PRONOUN, NAMED_HERSELF_THEN, AFTER_SESSION_BRACKET, SEEN_THEN_ANSWERED, ASKED_THEN_ANSWERED, COMMA_THEN_STANCE, THEN_LENGTH_RAN, EVERYONE_OR_THEME, DATE_SAID_THEN_STORY, THING_THEN_I_GAVE, LENGTH_ASIDE, LEVEL_RUN_ON, CLIENT_THEN_TOLD_HIM, RISK_ITEM_THEN_MORE, SESSION_LEAD_THEN_STATE, SESSION_TOLD_MIDWAY, HOURS_HEADING_DASH, FREQUENCY_THEN_I, NOUN_THEN_CALL_AHEAD, THEN_RELATIVE_ARRIVED];
const PREP_THAT_THEN_SUBJECT = /(?<=\b(?:by|about|with|over|for|of)\s+that)\s(?=(?:we|i)\s+(?:[a-z]+ed|talked|said|went|did|had|gave|made|spoke)\b)|(?<=\b(?:open|receptive|agreeable|amenable|okay|ok|fine|on board)\s+(?:to|with)\s+(?:that|this|it))\s(?=(?:she|he|they)\s+(?:was|were|is|are|seemed|felt|said|became|got|left)\b)/gi;
/** ("the worst she's had in months two patients died on her shift": a count of people, then what befell them, is a new statement.) */
const COUNT_THEN_EVENT = /(?<=\b(?:months|weeks|years|days|ages|a while|forever))\s(?=(?:two|three|four|five|several|\d+|both)\s+[a-z]+s\s+(?:died|passed away|were|got|had|came|left|quit|called)\b)/gi;
/** ("Grace agreed to take the gun home with her tonight he gets a little mixed up on dates"): after the day a plan is for, the
 * client's own present is a new statement. */
// ("she's going to ask nursing for an ice pack at night she was more open than last week": after when a step is for, how she
// was in the session is a new statement too.)
/** ("wife gave him an ultimatum last month he's had two DUIs"): in a long dictated sentence, a past time ends a statement when a
 * pronoun and its verb follow. The pronoun is looked for first; the look back is bounded. */
const PAST_TIME_THEN_PRONOUN = /(?=\s(?:he|she|they)(?:'s|'ve|\s+(?:has|had|was|were|got|gets|went|lost|started|stopped|quit|is)\b))(?<=\b(?:last (?:week|month|year|night|weekend|spring|summer|fall|winter)|yesterday|(?:days?|weeks?|months?|years?) ago|in (?:19|20)\d\d))\s/gi;
const TIME_THEN_PRONOUN = /(?<=(?<!\b(?:since|until|till|by|for|from|after|before|of)\s+)\b(?:tonight|today|tomorrow|this (?:morning|afternoon|evening|weekend)|at night|at bedtime|in the morning|every night|each night))\s(?=(?:he|she|they)\s+(?:gets|is|has|feels|seems|can|can't|cannot|does|doesn't|was|were|seemed|looked|felt|appeared)\s)/gi;
/** ("phone audio only about forty minutes so Jordan's the ICU nurse": after the session's length, "so" begins who the client is.) */
// ("video session 50 min she said she has been ...": a length said, then the client telling, is a new statement.)
// ("... because she has the internet um 55 minutes so he says ...": a length said alone after a pause is its own statement.)
const LENGTH_THEN_SO = /(?<=\b\d{2,3}\s*(?:min|mins|minutes)(?:\s+today)?)\s(?=(?:she|he|they)\s+(?:said|says|reported|reports|stated|states|told|talked|came|arrived|presented|was|is)\b)|(?<=\b(?:min|mins|minutes))\s(?=so\s+(?:[A-Z][a-z]+(?:'s|\s+is|\s+was)|she|he|they)(?:'s|\s))|\s(?=(?:so\s+)?(?:about|approximately|around|roughly|um|uh)\s+\d{2,3}\s*(?:min|mins|minutes)\s+so\s)|(?<=\s\s)\s(?=\d{2,3}\s*(?:min|mins|minutes)\s+so\s)/g;
const NOBODY_THEN = /(?<=\b(?:anyone|anybody|everyone|concerns?|issues?))\s(?=(?:nobody|no one)\s+(?:reported|said|mentioned|endorsed|denied|voiced|raised)\b)/gi;
/** "she's the patient she has AML": a pronoun's "is the ..." said, then the pronoun again with its verb, is two statements. */
const PRONOUN_IS_THEN_PRONOUN = /(?=\s)(?<=\b(?:she|he|they)(?:'s|\s+is|\s+was|\s+are)\s+(?:the|a|an|her|his|their)\s+[a-z]+)\s(?=(?:she|he|they)(?:'s|\s+(?:has|had|is|was|does|did|says|said))\b)/gi;
const HEADING_DASH_THEN_ACT = /(?<=^[A-Z](?:[^-–—.;:]|(?<=\w)-(?=\w)){1,40}\s(?:w\/|with)\s(?:[^-–—.;:]|\bre:){2,120}\s[-–—])\s(?=(?:practiced|did|worked|reviewed|discussed|processed|explored|introduced|taught|still|reports?|reported|states?|stated|says|said|denies|denied|endorses|endorsed|continues|using|feeling|feels|doing)\s)/g;

/** "Roommate accompanied, transported by ambulance": a jotted passive after a comma is what happened to the client. */
const TRANSPORT_VERBS = 'transported|taken|admitted|brought|driven|escorted|transferred|discharged';
const COMMA_THEN_PASSIVE = new RegExp(`,\\s(?=(?:${TRANSPORT_VERBS})\\s+(?:by|to|via)\\b)`, 'gi');
/** The same statement start, tested at a candidate split (which may stand after only two words). */
const PASSIVE_AT_SPLIT = new RegExp(`^,\\s(?:${TRANSPORT_VERBS})\\s`, 'i');

/** "I did a safety plan with her her daughter Karen is ...": a doubled pronoun is a statement ending and the next one starting. */
/** "we talked about that I did a feelings thermometer": "that" ends the topic; a new act starts. */
// ("Tasha said no concerns about that goal is rebuilding trust": the goal named after a topic closed starts anew.)
const TOPIC_THEN_ACT = /(?<=\b(?:about|with|on|through|over) (?:that|this|it))\s(?=(?:i|we|she|he|they) (?:[a-z]+ed|did|went|made|gave|took|had|taught|drew)\b|(?:the\s+|our\s+)?goals? (?:is|are|remains?)\b)/gi;
/** "Denies SI, sleeping 7 hrs": after a denial of risk, an item that is not a risk term is its own statement, never denied too. */
const DENIAL_THEN_ITEM = /(?<=\b(?:denies|denied|denying)\s+(?:SI|HI|SIB|NSSI|SH|AVH|AH|VH|suicidal ideation|homicidal ideation|self-harm|s\/h|thoughts of self-harm)(?:\s*(?:\/|,|and|or)\s*(?:SI|HI|SIB|NSSI|SH|AVH|AH|VH|self-harm)){0,6}),\s(?=(?:sleeping|sleep|eating|appetite|energy|mood|working|attending|taking|using|drinking|reports?|endorses?|states?|feels?|feeling|stable|compliant|adherent|med(?:ication)?s?|\d)\b)/gi;
/** "high-moderate risk, call back tomorrow 10am": a follow-up with its time, jotted after a comma, is its own item. */
// ("no change, cont q30d f/u": continuing the care at its interval is the plan too.)
// ("validated, rescheduled to Fri 4pm": the appointment moved to is the plan, after the clinician's work.)
// ("No SI, next appt 3 wks": the next meeting jotted after a comma is its own statement.)
// ("... legal aid number for asylum consult follow up call tomorrow morning": in dictation, the follow-up set for a day opens the plan.)
const COMMA_THEN_FOLLOW_UP = /(?<=\b(?!(?:a|an|the|for|to|and|or|of|my|his|her|their|our|will|would|to|set|schedule|scheduled|book|booked|plan|planned)\b)[a-z]{3,})\s(?=follow[- ]?up\s+(?:call|appointment|appt|session|visit|check-in)\s+(?:tomorrow|next|on\s+[A-Z]|in\s+\d|this\s+(?:week|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|(?<=\b(?:SI|HI|SH|NSSI|suicidal ideation|homicidal ideation|self-harm|safety concerns?)\b[^,;]{0,20}),\s(?=next\s+(?:appt|appointment|session|sess|visit)\s+(?:in\s+)?(?:\d|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b))|(?<=\b(?:SI|HI|SH|NSSI|suicidal ideation|homicidal ideation|self-harm|safety concerns?)\b[^,;]{0,20}),\s(?=next\s+(?:wk|week|session|sess|appt|visit)\s*\.?\s*$)|,\s(?=(?:rescheduled|moved)\s+(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:appt|appointment|session)\s+)?to\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|tomorrow|next)\b|(?:cont|continue)\s+(?:q\s?\d|every\b|weekly\b|biweekly\b|monthly\b|current plan\b|same plan\b|f\/u\b)|(?:call back|call|check in|check-in|follow up|follow-up|f\/u|see (?:him|her|them|client|pt)|rtc|return)\s+(?:\S+\s+){0,2}?(?:tomorrow|tonight|today|next (?:week|wk|session|sess|appt)|in \d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d{2})?\s*(?:am|pm))\b)/gi;
/** "he denied any he denied thoughts of harming others": a spoken restart begins a new statement.
 * (The space is matched before the look back, so a long run without spaces is passed in one step.) */
const RESTARTED = /\s(?<=\b(he|she|they|i|we) ([a-z]+)(?: [a-z]+){0,2}?\s)(?=\1 \2\b)/gi;
const DOUBLED_PRONOUN = /(?<=\b(?:her|him|them))\s(?=(?:her|his|their)\s+[a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:is|was|are|were|has|had|will|said|says|[a-z]+ed)\b)/g;

/** "..., mom and stepdad to agree on consequences": after a comma, who is to do what next starts the plan. */
/** ("I looked nothing on her arms mom didn't know about the urges": in a run-on, a parent's negated verb opens a statement.) */
const RELATIVE_NEGATED_START = /(?<=[a-z])\s(?=(?:(?:her|his|their|the)\s+)?(?:mom|mother|dad|father|stepdad|stepfather|stepmom|stepmother|grandma|grandmother|grandpa|grandfather)\s+(?:didn't|doesn't|wasn't|isn't|did not|does not|was not|is not)\b)/g;
/** ("Hotline callback to 30s male caller, assaulted by 2 men ..."; "Denied SI/HI, scheduled intake Monday 2pm": after a callback
 * named with whom, what the caller told starts; after a comma, a visit booked is its own statement.) */
const HOTLINE_THEN = /(?<=^\s*(?:hotline|crisis line|warmline|helpline)\s+(?:call-?back|call|follow[- ]?up)\s+(?:to|from|with|w\/)\s+[^,.;]{2,40}),\s(?=[a-z])|,\s(?=scheduled\s+(?:an?\s+|her\s+|his\s+|their\s+)?(?:intake|appointment|appt|session|follow[- ]?up|f\/u)\b)/gi;
/** ("I shared ..., counselor will set up mtg w/ ESL teacher ..., I'll attend": a step someone else takes on, after a comma, is its own statement.) */
const COMMA_THEN_ROLE_WILL = /,\s(?=(?:the\s+)?(?:school\s+)?(?:counselor|teacher|nurse|caseworker|case manager|principal|assistant principal|coach|probation officer|PO|social worker|SW|psychiatrist|pediatrician|pcp|doctor|team)\s+(?:will|to)\s+[a-z]+)|,\s(?=I(?:'ll| will)\s+(?:attend|call|follow up|f\/u|send|update|reach out|check in|email|fax|schedule|join)\b)/gi;
const COMMA_THEN_TASK = /,\s(?=(?:her |his |their |the )?(?:mom|mother|dad|father|parents|stepdad|stepfather|stepmom|stepmother|grandma|grandmother|caregiver|family|couple|partners|both|pcp|primary care provider|psychiatrist|prescriber|pediatrician)(?: and (?:her |his |their |the )?(?:mom|mother|dad|father|stepdad|stepfather|stepmom|stepmother|grandma|grandmother))?\s+to\s+(?:agree|decide|practice|try|call|schedule|complete|keep|use|set|meet|review|track|limit|spend|work|talk|sit|consider|start|refer|order|increase|adjust)\b)/gi;

/** 'said "I don't see the point" when asked - spoke w/ him individually after group': after a dash, the clinician's next act. */
// ("Consider duty to warn - consulted w/ supervisor, no imminent threat": the consultation answers the consideration before it.)
// ('Told me "I wouldn\'t mind ..." - asked directly, denies any plan': the clinician's question, after a dash, starts what it asked.)
// ("dad asked how to talk about mom's new partner - gave scripts, advised ...": the answer after the dash is the clinician's.)
// ("Zoe didn't tell anyone - notified mom w/ Zoe's permission": a call made with the client's permission is the clinician's.)
// ("She asked for Fr. Dominic to come tonight - paged him": paging someone is the clinician's act.)
// ('stated he's "tempted to just stop showing up" — explored, he denied ...': the clinician's act, alone after the dash.)
const DASH_THEN_CLINICIAN_ACT = /(?<!\b(?:duty to (?:warn|protect)|tarasoff))\s[-–—]\s(?=(?:explored|clarified|processed|assessed)\s*[,;]|told\s+(?:her|him|them)\s+(?:only|that|we|i|it|this)\b|(?:spoke|met|checked in|consulted|followed up)\s+(?:with|w\/)\s|(?:gave|provided|offered|advised|suggested|recommended|coached|modeled|modelled|explained|normalized|normalised|validated|reviewed)\s+(?!(?:up|in|out|away|back)\b)|asked\s+(?:(?:him|her|them)\s+)?(?:directly|about|if|whether)\b|(?:notified|informed|alerted|called|contacted|phoned)\s+[^.;]{0,60}\b(?:with|w\/|per)\s+[^.;]{0,25}\b(?:consent|permission)\b|paged\s+(?:him|her|them|the\s+\w+|dr\.?\s+\w+|[A-Z][a-z]+)\b)/gi;
/** "..., requesting a progress report by 10/1, will send": what the clinician will do, jotted last, is the plan. */
/** "explored, he denied any thoughts of self-harm": the clinician's act alone, then the answer to it. */
const LONE_ACT_THEN_ANSWER = /(?<=(?:^|[-–—;])\s*(?:explored|clarified|processed|assessed)),\s(?=(?:she|he|they)\s+(?:denied|denies|said|says|stated|reported|endorsed)\b)/gi;
// ("Both agreed Andre, not Jess, will do exchanges": the one set aside between commas is no end of the statement.)
// ("Karen asked for a call w/ me this wk - will call Thurs": a dash before the step does the same.)
const COMMA_THEN_WILL = /(?<!\b(?:if|when|whenever|unless|should)\b[^,.;]{0,60})(?<!,\s*(?:not|rather than|instead of)\s+[\w'-]+(?:\s+[\w'-]+)?)(?:,|\s[-–—])\s(?=will\s+(?:send|call|fax|email|follow up|schedule|complete|submit|provide|write|mail|update|start|begin|do|reassess|re-assess|assess|screen|recheck|repeat|review|check in|check-in)\s+\w|will not\s+(?:force|pressure|push|require|mandate)\b)/gi;
/** "mom picked her up, told mom about kit": the relative told is not the one who told; a new act starts. */
const COMMA_THEN_TOLD_THEM = /(?<=(?:^|[;:])\s*(?:her |his |their |the )?(mom|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|aunt|uncle|stepmom|stepdad|sister|brother)\b[^,;.]{0,60}),\s(?=(?:told|informed|updated|called|texted|reminded|asked)\s+(?:her |his |their |the )?\1\b)/gi;
/** "pain 7/10 daily, PCP aware, considering duloxetine": where another provider stands is a statement of its own. */
/** "sister agreed to retrieve pills, consulted w/ attending Dr. Feld": a consultation with a colleague is the clinician's own act. */
const COMMA_THEN_CONSULT = /(?<=\b(?:sister|brother|mom|mother|dad|father|parents?|partner|wife|husband|roommate|friend|son|daughter|aunt|uncle|grandmother|grandfather)\s+(?:agreed|will|to|said|reported|has|is|was|took|came|called)\b[^,;.]{0,80}),\s(?=(?:consulted|staffed(?: it)?|debriefed)\s+(?:w\/|with)\s+(?:the\s+|my\s+)?(?:attending|supervisor|psychiatrist|on-call|team|clinical director|medical director|prescriber|dr\.?\s))/gi;
/** "she gave friend's name, notified her mom + school counselor per protocol": the notification after the client's act is the clinician's. */
// ("denies current SI, denied intent, agreed to safety plan review, notified his primary therapist Dr. Castillo + RN": after
// the client's answers, telling the care team is the clinician's act.)
const COMMA_THEN_NOTIFIED = /(?<=\b(?:she|he|they|client|pt)\s+[^,;.]{2,80}|(?:^|,\s*|:\s*)(?:agreed|agrees|denies|denied|declined|consented|contracted)\b[^,;.]{0,80}),\s(?=(?:notified|informed|alerted)\s+(?:her |his |their |the )?(?:primary\s+)?(?:mom|mother|dad|father|parents?|guardian|school|counselor|school counselor|teacher|cps|dcfs|police|team|psychiatrist|pcp|supervisor|therapist|clinician|provider|rn|nurse|md|prescriber)\b)/gi;
/** "..., roommate drove him, I called ahead and spoke with intake nurse": the clinician's own act after a comma is a statement of its own. */
// (", means restriction discussed, called mobile crisis": a crisis service called is the clinician's step too.)
/** "... with him and the RA present called his mom with his consent": a subjectless call made with the client's consent is the clinician's own act, a statement of its own. */
const CALL_WITH_CONSENT = /(?<!\b(?:she|he|they|client|pt|patient|i|we|and|or|to|who|mom|dad|then)\s*)\s(?=(?:called|contacted|notified|phoned|texted|emailed|updated|paged)\s+(?:his|her|their|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:with|w\/)\s+(?:his|her|their|client's|pt's|patient's)\s+(?:consent|permission|ok|okay|agreement)\b)/gi;
/** "he agreed I'll call again tomorrow": the client's agreement, then the clinician's own next step. */
const AGREED_THEN_CLINICIAN = /(?<=\b(?:she|he|they|pt|client|patient) agreed)\s(?=I(?:'ll|\s+will)\s)/gi;
// ("Alex agreed to let his brother remove the rope, called Chris from session w/ Alex's consent": a call made with the client's
// consent is the clinician's, a statement of its own.)
const COMMA_THEN_CLINICIAN = /,\s(?=I (?:called|spoke|contacted|notified|consulted|faxed|sent|paged|emailed|texted|arranged|coordinated|gave|provided|informed)\b|(?:called|contacted|phoned|texted|messaged)\s+[^,.;]{1,40}\b(?:with|w\/|per)\s+(?:[A-Z][a-z]+'s|(?:the\s+)?(?:client|pt|patient)'s|his|her|their)\s+(?:consent|permission|ok|okay)\b|(?<=^\s*(?:client|pt|patient|she|he|they)\b[^.;]{0,160})(?:called|contacted|paged)\s+(?:mobile crisis|911|ems|the crisis (?:team|line)|crisis team|the police|police)\b|(?<=(?:^|[;,.]\s*)(?:client|pt|patient|she|he|they)\s+(?:missed|no-?showed|skipped|did not (?:answer|show|call))\b[^.;]{0,80})(?:reached|called|texted|left (?:a )?(?:vm|voicemail|message))\s+(?:his |her |their )?(?:mom|mother|dad|father|wife|husband|partner|sister|brother|grandmother|[A-Z][a-z]+)\b)/gi;
/** "Wife left 2 wks ago, lost job Fri": after a relative's act, a bare past act is the client's own, a statement of its own. */
const RELATIVE_ACT_THEN_ACT = /(?<=^\s*(?:(?:her|his|their|client's|pt's)\s+)?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|mom|mother|dad|father|son|daughter|brother|sister|fiance|fiancee|ex)\s+(?:left|moved out|filed|died|passed|kicked|broke up|cheated|asked)\b[^,;.]{0,40}),\s(?=(?:lost|got|was|started|quit|moved|failed|missed|crashed|relapsed|began|stopped)\s)/gi;
/** "spinning in chair 30 sec x3 her anxiety went 7 then 5 then 3": after the exercise's count, the rating that followed is its own statement. */
const COUNT_THEN_RATING = /(?<=\b(?:x\s?\d+|\d+\s*times|three times|twice|sec|secs|seconds|min|mins|minutes))\s(?=(?:her|his|their)\s+(?:anxiety|distress|suds|subjective units of distress|panic|urge|urges|fear|craving|cravings)\s+(?:went|dropped|decreased|fell|came down|rose|increased|peaked)\b)/gi;
/** "brother took the keys and the gun consulted with Dr Patel on call", "coming back Thursday also consulted with my
 *  supervisor": in dictation, a consultation with no doer, after a word that cannot be its subject, starts the clinician's statement. */
const CONSULTED_RUN_ON = /(?=\s)(?<=\b(?!(?:i|we|she|he|they|who|and|also|then|client|pt|patient|mom|dad|mother|father|sister|brother|wife|husband|had|have|has|not|never|was|were|been|just|already)\b)[a-z]{2,})\s(?=(?:also\s+)?consulted\s+(?:with|w\/)\s+(?:dr\.?\s|my\s|our\s|the\s|on[- ]call\b|(?:clinical\s+)?supervisor\b|psychiatr))/gi;
/** "She decided to go to the RA tonight and I gave her the referral info": the clinician's own act after "and" is its own statement ("she and I talked" is one). */
const AND_THEN_CLINICIAN = /(?=\s)(?<=\b(?!(?:she|he|they|we|client|pt|patient|mom|dad|and|or|both|me)\b)[a-z]{2,})\s(?=and I (?:called|spoke|contacted|notified|consulted|faxed|sent|paged|emailed|texted|arranged|coordinated|gave|provided|informed|referred|scheduled|reviewed)\b)/g;
const COMMA_THEN_PROVIDER = /,\s(?=(?:the\s+)?(?:pcp|primary care provider|psychiatrist|prescriber|pediatrician|oncologist|dr\.?\s+[A-Z][a-z]+)\s+(?:is\s+|was\s+)?(?:aware|notified|informed|updated|considering|recommends|recommended|agreed|agrees)\b)/gi;

/** "this is Marjorie she's 68": after the client named at the start, what is said of her starts a statement. */
const NAMED_THEN_PRONOUN = /(?=\s)(?<=^\s*(?:(?:um|uh|so|ok|okay|alright)\s+)*(?:this|this one) is (?:for |with )?[A-Z][a-z]+)\s+(?=(?:she|he|they)(?:'s|\s+is|\s+are|'re)\s)/g;
/** "she's seventy eight lives alone": after an age, how the client lives starts a statement. */
const AGE_THEN_STATE = /(?<=\b\d{1,3}\s*)\s(?=(?:lives|lived|works|worked|retired|widowed|married|divorced)\b)/gi;

// ("said to the group honestly sometimes I think ...": whom it was said to does not count among the words.)
const SPEECH_JUST_BEFORE = /\b(says|said|saying|told|tells|telling|texted|wrote|admitted|stated|states|asked|messaged|posted)(?:\s+to\s+(?:the\s+)?\S+)?(?:\s+\S+){0,4}$/i;
const OPEN_SUBORDINATE = /\b(?:when|whenever|if|while|once|because|since|until|unless)\s+(?:he|she|they|i|we|you|client|pt|patient)\b(?:\S*)(?:\s+\S+){0,3}$/i;
const LEADING_PHRASE = /^(?:(?:the\s+)?rest of|per|according to|toward|towards|at|in|on|during|after|before|by|near|later|then|when|while|since|until|once|as|earlier|afterwards|midway|halfway|partway|early|late)\b/i;

/** The words before "when ..." already hold a main clause: more than a few words, not ending in a speech verb or a joiner. */
function trailingSubordinate(lead: string): boolean {
  // ("she denied SI HI when I asked": a short lead with a subject and its denial is a main clause too.)
  const words = lead.trim().split(/\s+/).length;
  return (words > 5 || (words >= 3 && /^\s*(?:she|he|they|client|pt|patient)\s+(?:denied|denies|endorsed|endorses|reported|admitted)\b/i.test(lead))) && !/\b(?:said|says|saying|told \w+|tells \w+|thinks|thought|feels|felt|knows|knew|that|and|but|or|because|so|like|even)\s*$/i.test(lead);
}

const SPOKEN_LABEL_START = /^\s*(?:Interventions?|Response|Assessment|Data|Behaviou?r|Problem|Evaluation):\s/;

/** "... 34 days clean before that so you know risk is high": the clinician's own rating of risk, dictated on, is a statement of its own. */
// ("I'm not convinced the risk is low": a rating doubted stays with the doubt.)
const RISK_RATED_AHEAD = String.raw`(?:(?:I think|I'd say|I would say)\s+)?(?:(?:his|her|their|the|overall)\s+)?(?:acute\s+|chronic\s+|suicide\s+|suicidal\s+)?risk\s+(?:is|was|seems|feels)\s+(?:high|low|moderate|elevated|imminent|significant)\b`;
const THEN_RISK_RATED = new RegExp(String.raw`(?<=[a-z0-9])\s+(?=so\s+${RISK_RATED_AHEAD})|(?<=[a-z0-9])(?<!\b(?:convinced|sure|certain|unsure|doubt|doubtful|think|believe|that|if|whether|wonder|say|not|so|the|his|her|their|overall|acute|chronic|suicide|suicidal)\b)\s+(?=${RISK_RATED_AHEAD})`, 'gi');

/** "... up from twelve last month so plan is call mom tonight": the plan, said aloud after "so", starts a statement of its own. */
// ("no SH no SI he said when I asked, plan is he stays in PHP": the plan after a question's close is a statement of its own.)
const SO_PLAN_IS = /(?<=[a-z0-9])\s+(?=so\s+(?:the\s+)?plan\s+is\s+(?!(?:to\s+)?(?:overdose|od|kill|shoot|hang|jump|cut|die|end|take|swallow|drive|crash|hurt|harm)\b))|(?<=\b(?:when|after|once)\s+(?:I|we)\s+asked,)\s+(?=(?:the\s+)?plan\s+is\s+(?:she|he|they|we|I|for)\b)/gi;

/** "and on Saturday night in the car", "and last week at practice": a time, fronted after "and", before who spoke. */
const WHEN_FRONTED = /\s(?:and|but)\s+(?:on|last|this|that|over|early|late|later)\s+(?:[A-Za-z]+\s+){0,5}?(?:night|morning|afternoon|evening|week|weekend|day|shift|call|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:in|at|on)\s+(?:the|a|his|her|their)\s+[a-z]+)?$/i;
/** Who spoke, and the saying: "he said", "she told him". */
const SPEECH_AFTER = /^\s+(?:she|he|they)\s+(?:said|told|texted|yelled|screamed|admitted|mentioned|joked)\b/i;

/** Dictation with no full stops: split long sentences where a new statement starts. */
// ("since then he's had thoughts ...": "since then" leads the statement; no cut between them.)
function splitRunOn(text: string, sentences: Span[], quotes: readonly Span[], dictated: boolean): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    const words = slice.split(/\s+/).length;
    // A section named aloud ("so situation is ...", written "Situation:") cuts a spoken run-on into
    // shorter sentences that still run on: those beside such a label are split from 14 words.
    // ("so situation is ..." leaves only its full stop, and the spaces where its words were.)
    const besideSpokenLabel = dictated && (SPOKEN_LABEL_START.test(slice) || SPOKEN_LABEL_START.test(text.slice(s.end, s.end + 20)) || /^\s{3,}/.test(slice) || /^\s{3,}/.test(text.slice(s.end, s.end + 3)));
    // (Dictated with no mark at all, "thoughts of killing herself she said she has her trazodone saved up ...", a sentence of
    // 20 words already runs two statements together.)
    const unmarked = dictated && !/[,;:.!?"]/.test(slice.replace(/[\s.!?]+$/, ""));
    const runOnWords = besideSpokenLabel ? 10 : unmarked ? 20 : 30;
    const jotted = words >= 12 && !/[,;:]/.test(slice.replace(/"[^"]*"/g, ''));
    // A pause left by a filler ends a statement in any dictated sentence of some length.
    const paused = words >= 10 && /\s{3,}/.test(slice);
    const corrected = /\b(?:no actually|no wait|scratch that)\b/i.test(slice);
    const task = RUN_ON_TASKS.some((re) => slice.search(re) >= 0) || slice.search(COMMA_THEN_HANDOFF) >= 0 || slice.search(NEXT_TIME_THEN_PAST) >= 0 || slice.search(COMMA_THEN_TASK) >= 0 || slice.search(AND_THEN_CLINICIAN) >= 0 || slice.search(COUNT_THEN_RATING) >= 0 || slice.search(RELATIVE_ACT_THEN_ACT) >= 0 || slice.search(DOUBLED_PRONOUN) >= 0 || slice.search(COMMA_THEN_PASSIVE) >= 0 || slice.search(RESTARTED) >= 0 || slice.search(DENIAL_THEN_ITEM) >= 0 || slice.search(COMMA_THEN_FOLLOW_UP) >= 0 || slice.search(TOPIC_THEN_ACT) >= 0 || slice.search(HEADING_DASH_THEN_ACT) >= 0 || slice.search(NOBODY_THEN) >= 0 || slice.search(PRONOUN_IS_THEN_PRONOUN) >= 0 || slice.search(CALL_HEADING_DASH) >= 0 || slice.search(COMMA_THEN_ROLE_WILL) >= 0 || slice.search(HOTLINE_THEN) >= 0 || slice.search(VISIT_WITH_CLIENT_THEN) >= 0 || slice.search(CALL_HEADING_COLON) >= 0 || slice.search(HEADING_AGE_SEX_THEN_STORY) >= 0 || slice.search(LONE_ACT_THEN_ANSWER) >= 0 || slice.search(VISIT_HEADING_COLON) >= 0 || slice.search(DONE_THEN_CLIENT) >= 0 || slice.search(NAMED_THEN_PRONOUN) >= 0 || slice.search(FINDING_THEN_DOMAIN) >= 0 || slice.search(COMMA_THEN_PROVIDER) >= 0 || slice.search(COMMA_THEN_TOLD_THEM) >= 0 || slice.search(COMMA_THEN_WILL) >= 0 || slice.search(DASH_THEN_CLINICIAN_ACT) >= 0 || slice.search(COMMA_THEN_CONSULT) >= 0 || slice.search(COMMA_THEN_NOTIFIED) >= 0 || slice.search(COMMA_THEN_CLINICIAN) >= 0 || slice.search(THEN_RISK_RATED) >= 0 || slice.search(SO_PLAN_IS) >= 0;
    if (words < runOnWords && !jotted && !paused && !corrected && !task) {
      out.push(s);
      continue;
    }
    let start = s.start;
    const jots = jotted ? allMatches(JOT_STARTS, slice) : [];
    const starts = [...(words >= runOnWords ? [...allMatches(ASKED_START, slice), ...allMatches(ASKED_THEN_ALL_ANSWER, slice), ...allMatches(SAID_NO_THEN, slice), ...allMatches(PAUSE_THEN_LEADING, slice), ...allMatches(PAUSE_THEN_NEXT_WEEK, slice), ...allMatches(PAUSE_THEN_TALKED, slice), ...allMatches(AFTER_WHEN_ASKED, slice), ...allMatches(RUN_ON_STARTS, slice), ...allMatches(RELATIVE_NEGATED_START, slice), ...allMatches(NO_FINDING_START, slice), ...allMatches(NAMED_SPEAKER, slice), ...allMatches(PLAN_THEN_ACT, slice), ...allMatches(MEASURE_STARTS, slice), ...allMatches(CLINICIAN_ACT, slice), ...allMatches(CONSULTED_RUN_ON, slice), ...allMatches(SELF_THEN_STATE, slice), ...allMatches(ABLE_TO_START, slice), ...allMatches(SELF_THEN_ACT, slice), ...allMatches(ACT_AFTER_JOT, slice)] : []), ...allMatches(NEXT_TIME_THEN_PAST, slice), ...(words >= runOnWords || jotted ? [...allMatches(TIME_THEN_PRONOUN, slice), ...allMatches(PAST_TIME_THEN_PRONOUN, slice)] : []), ...(words >= runOnWords || paused ? [...allMatches(PAUSE_THEN_OWNED, slice), ...allMatches(PAUSE_THEN_SPEAKER_AT, slice), ...allMatches(PAUSE_THEN_NAME, slice), ...allMatches(PAUSE_THEN_TOPIC, slice), ...allMatches(PAUSE_THEN_DONE, slice), ...allMatches(PAUSE_THEN_PLAN_IS, slice), ...allMatches(AGE_SEX_THEN_ARRIVAL, slice)] : []), ...allMatches(AFTER_CORRECTION, slice), ...allMatches(TOPIC_TURN, slice), ...allMatches(RESTARTED, slice), ...allMatches(DENIAL_THEN_ITEM, slice), ...allMatches(COMMA_THEN_FOLLOW_UP, slice), ...allMatches(TOPIC_THEN_ACT, slice), ...allMatches(AGE_THEN_STATE, slice), ...allMatches(FINDING_THEN_DOMAIN, slice), ...allMatches(NAMED_THEN_PRONOUN, slice), ...allMatches(COMMA_THEN_TASK, slice), ...allMatches(DOUBLED_PRONOUN, slice), ...allMatches(COMMA_THEN_PASSIVE, slice), ...allMatches(HEADING_DASH_THEN_ACT, slice), ...allMatches(NOBODY_THEN, slice), ...allMatches(COUNT_THEN_EVENT, slice), ...allMatches(COMMA_THEN_HANDOFF, slice), ...allMatches(CLIENT_IS_NAMED, slice), ...allMatches(QUOTE_THEN_SUBJECT, slice), ...allMatches(DIAGNOSIS_THEN_STEPS, slice), ...allMatches(FREQUENCY_THEN_SUBJECT, slice), ...allMatches(PREP_THAT_THEN_SUBJECT, slice), ...allMatches(LENGTH_THEN_SO, slice), ...allMatches(PRONOUN_IS_THEN_PRONOUN, slice), ...allMatches(CALL_HEADING_DASH, slice), ...allMatches(COMMA_THEN_ROLE_WILL, slice), ...allMatches(HOTLINE_THEN, slice), ...allMatches(VISIT_WITH_CLIENT_THEN, slice), ...allMatches(CALL_HEADING_COLON, slice), ...allMatches(HEADING_AGE_SEX_THEN_STORY, slice), ...allMatches(LONE_ACT_THEN_ANSWER, slice), ...allMatches(VISIT_HEADING_COLON, slice), ...allMatches(DONE_THEN_CLIENT, slice), ...allMatches(COMMA_THEN_PROVIDER, slice), ...allMatches(COMMA_THEN_TOLD_THEM, slice), ...allMatches(COMMA_THEN_WILL, slice), ...allMatches(DASH_THEN_CLINICIAN_ACT, slice), ...allMatches(COMMA_THEN_CONSULT, slice), ...allMatches(COMMA_THEN_NOTIFIED, slice), ...allMatches(COMMA_THEN_CLINICIAN, slice), ...allMatches(CALL_WITH_CONSENT, slice), ...allMatches(AND_THEN_CLINICIAN, slice), ...allMatches(AGREED_THEN_CLINICIAN, slice), ...allMatches(COUNT_THEN_RATING, slice), ...allMatches(RELATIVE_ACT_THEN_ACT, slice), ...allMatches(THEN_RISK_RATED, slice), ...allMatches(SO_PLAN_IS, slice), ...RUN_ON_TASKS.flatMap((re) => allMatches(re, slice)), ...jots].sort((a, b) => a.index - b.index);
    for (const found of starts) {
      // ("... removed from bio mom for neglect foster mom says ...": "foster mom" is one person; the cut goes before "foster".)
      const kind = KIN_MODIFIER_LAST.exec(slice.slice(0, found.index));
      const m = kind && KIN_AFTER_FIRST.test(slice.slice(found.index)) ? Object.assign([found[0]] as unknown as RegExpExecArray, { index: kind.index, input: found.input }) : found;
      // ("Jen reported that last week after an argument Mike said ..."): after "reported that" and no verb yet, what follows is what she reported.
      const reportedThat = /\b(?:reported|reports|said|says|stated|states|told (?:me|us|the therapist|her|him))\s+that\s+([^,.;"]{0,60})$/i.exec(slice.slice(0, m.index));
      if (reportedThat && !/\b(?:is|was|were|are|had|has|have|did|does|\w+ed)\b/i.test(reportedThat[1]!)) continue;
      // ("she said this week she's been thinking that she wants to die": a time right after the saying is when what she said was so.)
      if (/\b(?:said|says|reported|reports|stated|states|told (?:me|us|the therapist))\s+(?:that\s+)?(?:this|last|over the)\s+(?:week|weekend|month|few days|past (?:week|few days))$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i)(?:'s|'d|'ve|\s)/i.test(slice.slice(m.index))) continue;
      // ("it's gotten worse the last month or so Susan says ...": "or so" ends the statement before it; the next one starts after it.)
      const orSo = /\bor$/i.test(slice.slice(0, m.index)) ? /^\s+so(?=\s)/i.exec(slice.slice(m.index)) : null;
      // ("... since January and on Saturday night in the car he said ...": when, fronted after "and", opens the statement it leads.)
      const fronted = orSo ? null : WHEN_FRONTED.exec(slice.slice(0, m.index));
      const at = fronted && SPEECH_AFTER.test(slice.slice(m.index)) ? s.start + fronted.index + 1 : s.start + m.index + (orSo ? orSo[0].length + 1 : 1);
      // ("her caseworker told her that the reunification goal is being changed": a goal named with its article is the noun of
      // the statement it is in, never a goal said aloud.)
      if (/^\s+goal\s+(?:is|was|remains)\b/i.test(slice.slice(m.index)) && /\b(?:the|a|an|this|that|her|his|their|our|its)\s+(?:[a-z-]+\s+)?[a-z-]+$/i.test(slice.slice(0, m.index))) continue;
      // ("sent note to Dr. Singh about the PHQ so he can consider meds": what the note is for stays with the note, and its "he"
      // is the doctor written to.)
      if (/^\s+(?:so\s+(?:that\s+)?)?(?:he|she|they)\s+(?:can|could|will|would|might|may)\b/i.test(slice.slice(m.index)) && (/\bso(?:\s+that)?\s*$/i.test(slice.slice(0, m.index)) || /^\s+so\b/i.test(slice.slice(m.index))) && /\b(?:to|with|w\/|for)\s+(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z]+\b[^.;]{0,100}$/.test(slice.slice(0, m.index).replace(/\s+so(?:\s+that)?\s*$/i, ''))) continue;
      // ("she's scared the pain will come back worse and she'll lose her job": what else is feared stays with the fear.)
      if (FEARED_THEN.test(slice.slice(0, m.index)) && /^\s+and\s+(?:she|he|they|i)(?:'ll|\s+will|\s+would|'d|\s+won't|\s+might|\s+could)\b/i.test(slice.slice(m.index))) continue;
      // ("she also has chemo brain she called it": what she calls a thing is said with the thing, never a new statement.)
      if (/^\s+(?:she|he|they)\s+(?:calls|called)\s+it\b(?!\s+(?:in|off|quits|a day|again)\b)/i.test(slice.slice(m.index))) continue;
      // ("she says by 2 pm she's done": a clock time the speech is about leads what follows it.)
      if (/\bby\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i)(?:'s|'re|'m|\s)/i.test(slice.slice(m.index))) continue;
      // ("no SI no SH she said when I asked": who answered, and when, goes with the answer dictated before it.)
      if (/^\s+(?:she|he|they)\s+said\s+when\s+(?:I|we)\s+asked\b/i.test(slice.slice(m.index)) && /\b(?:no|denies|denied)\s+[\w/ -]{1,40}$/i.test(slice.slice(0, m.index))) continue;
      // "flat affect tearful", "she's taking her meds I think but the pill box ...": an affect word keeps its noun, and a hedge
      // with "but" or "so" after it is the statement's own, never a new one.
      if (/\b(?:flat|bright|blunted|constricted|restricted|labile|anxious|sad|dysphoric|euthymic|congruent|incongruent|full|tearful)$/i.test(slice.slice(0, m.index)) && /^\s+affect\b/i.test(slice.slice(m.index))) continue;
      if (/^\s+I\s+(?:think|guess|believe)\s+(?:but|so|and|though|maybe)\b/i.test(slice.slice(m.index))) continue;
      // ("um PCL-5 he did it on the link it's 38": a measure named, then who filled it in, is one statement about the score.)
      // ("back in 2016 after his divorce he took a bunch of pills": a past year, and what it was after, lead what happened then.)
      if (/\b(?:back\s+)?in\s+(?:19|20)\d\d\s+(?:after|when|during|before|around)\s+[^.;,]{1,40}$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i)\s/i.test(slice.slice(m.index))) continue;
      // ("item 10 she scored a 1": a screen's item and the client's score on it are one statement.)
      if (/\bitem\s+\d{1,2}$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+(?:scored|rated|answered|endorsed|marked|put)\b/i.test(slice.slice(m.index))) continue;
      // ("see her sooner if Raymond dies and she wants to come in": "and" inside a condition joins its parts, never a new statement.)
      if (/\b(?:if|unless|in case|whenever|once)\s+[^,.;"]{1,50}$/i.test(slice.slice(0, m.index)) && /^\s+and\s+(?:she|he|they|I|we)\s+(?:wants?|needs?|is|are|feels?|decides?|would like|asks?|chooses?|can|can't|cannot)\b/i.test(slice.slice(m.index))) continue;
      // ("he says right now no thoughts of ...": "right now" leads what it times.)
      if (/\b(?:right now|for now|at the moment|currently|these days)$/i.test(slice.slice(0, m.index)) && /^\s+(?:no|denies|not|none)\b/i.test(slice.slice(m.index))) continue;
      // ("he came in high I think eyes red": the hedge stays with what it hedges.)
      if (/\b(?:high|intoxicated|drunk|under the influence|buzzed|stoned|impaired)$/i.test(slice.slice(0, m.index)) && /^\s+I\s+think\b/.test(slice.slice(m.index))) continue;
      // ("their daughter two weeks ago", cleaned to "2   weeks": the spaces left by a number said in words are no pause.)
      if (/\d$/.test(slice.slice(0, m.index)) && /^\s+(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|minutes?|mins?|hours?|hrs?|times|nights?|sessions?|drinks?|beers?|pills?|kids|children|members|attempts?|pounds?|lbs)\b/i.test(slice.slice(m.index))) continue;
      // ("identified one accepting behavior each parent could try": a determiner never ends a statement; its noun follows it.)
      // ("he denied any he denied thoughts of ...": "any" may stand alone, so it is no determiner here.)
      if (/\b(?:each|every|which|whichever|the|a|an|these|those|its)$/i.test(slice.slice(0, m.index))) continue;
      // ("I did the AUDIT he scored 22": after the clinician's act of giving it, the score is the client's own statement.)
      if (/\b(?:pcl-?5|phq-?9|gad-?7|audit|epds|pss-?10|isi)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+(?:did|filled|completed|took|scored|got)\b/i.test(slice.slice(m.index)) && !/\b(?:I|we)\s+(?:did|administered|gave|ran)\s+(?:the|an?)\s+\S+$/i.test(slice.slice(0, m.index))) continue;
      // ("her insurance denied coverage for FFS": an insurer's or a court's denial of a claim is no new statement.)
      if (/^\s+(?:denied|denies|denying)\s+(?:(?:the|her|his|their|my)\s+)?(?:coverage|claims?|requests?|appeals?|applications?|prior auth\w*|authorization|benefits|leave|visa|petition|motion|custody)\b/i.test(slice.slice(m.index))) continue;
      // ("not going on the deployment he was supposed to go on": what he was supposed to do with the thing just named is about it.)
      if (/\b(?:the|a|an|this|that|his|her|their|my|our)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we)\s+(?:was|were|is|are|had been)\s+supposed\s+to\s+[a-z]+(?:\s+(?:on|to|at|in|for|with|into))?(?=\s*(?:$|[,.;]|\s(?:and|but|so)\b))/i.test(slice.slice(m.index))) continue;
      // ("so the problem they came in with is Lisa says ...": what they came in with is the noun's own clause.)
      if (/\b(?:the|a|an|this|that|their|his|her)\s+(?:main\s+|big\s+|biggest\s+)?(?:problem|issue|concern|thing|topic|question|goal)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|we|i)\s+(?:came in with|came in for|came for|brought in|brought up|wanted to (?:talk|work) (?:about|on)|wanted help with)\s+(?:is|was)\b/i.test(slice.slice(m.index))) continue;
      // ("his unit got word they are not going": the news got is what follows.)
      if (/\b(?:got|get|gets|heard|received|had)\s+(?:the\s+)?word$/i.test(slice.slice(0, m.index))) continue;
      // ("Marcus shared the letter template he used for his own appeal": a noun, then a pronoun and a verb with no object, is a relative clause.)
      // (Never after a time: "after the funeral on the fourteenth he used with the cousin's friend" is a new statement.)
      if (/\b(?:the|a|an|this|that|his|her|their|my|our)\s+(?:[a-z-]+\s+){0,2}(?!(?:[a-z]+th|first|second|third|day|night|week|weekend|month|year|time|morning|afternoon|evening|funeral|shift|session|visit)\b)[a-z-]+$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we)\s+(?:used|made|wrote|got|bought|found|sent|shared|brought|drew|built|picked|chose)\s+(?:for|to|at)\s+(?:her|his|their|my|our|the|a|an)\b/i.test(slice.slice(m.index))) continue;
      // ("When I met with Dana alone for 10 min at end (per our policy) she disclosed ...": the "when" clause leads the telling.)
      if (/^\s*when\s+(?:I|we|the therapist)\s+(?:met|saw|spoke|talked|checked in)\b[^,;.]*$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+(?:disclosed|said|told|reported|shared|admitted|denied|described)\b/i.test(slice.slice(m.index))) continue;
      // "she denied any SI when I asked sleep is about six hours": "when I asked" after an answer closes that answer.
      if (/\b(?:denied|denies|endorsed|endorses|said no|said yes)\b[^.;]{0,40}$/i.test(slice.slice(0, m.index)) && /^\s+when\s+(?:I|we)\s+asked\s+(?!(?:her|him|them|about|if|whether|directly)\b)/i.test(slice.slice(m.index))) continue;
      // ("she did bring up that back in her twenties she took an overdose": what was brought up, with its time fronted, runs on.)
      if (/\b(?:that|how)\s+(?:back\s+)?(?:in|during|at|when)\s+(?:her|his|their|the|my)\s+[a-z]+$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we)\b/i.test(slice.slice(m.index))) continue;
      // ("doesn't meet for hospital tonight given she's future oriented": the reason after "given" is part of its statement.)
      if (/\b(?:given|given that|considering|because|although|though)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we)\b/i.test(slice.slice(m.index))) continue;
      // ("he does not plan to do it this week": a plan with its own doer, or denied, is that doer's, never the session's plan starting.)
      if (/^\s+plan\s+(?:to|for|is)\b/i.test(slice.slice(m.index)) && /(?:\b(?:not|never|no|he|she|they|i|we|client|pt|patient)|n't)\s*$/i.test(slice.slice(0, m.index))) continue;
      // "she was fine after that um she denies SI": a time phrase with a pause after it closes the statement before it.
      if (/^\s*(?:after that|after this|afterwards|afterward|since then)\s{3,}/i.test(slice.slice(m.index))) continue;
      // ("came up from the ED last night after um her roommate found her": a word that needs what follows, then a pause, still leads into it.)
      // ("said if the neighbor touches his truck again he's going to ...": what follows an "if" is its consequence, one statement.)
      // ("told her if he says anything like that again she calls me or 911": an instruction's consequence, in the present, too.)
      // ("getting him to the ER if needed he agreed ...": "if needed" is a whole condition, never one still open.)
      if (/\b(?:if|once|unless)\s+(?!(?:needed|necessary|so|not|possible|applicable|indicated|appropriate|warranted|worse)\b)[^.;,"]{3,80}$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we)(?:'ll|'s|'d|\s+(?:will|would|is going to|are going to|was going to|were going to|gonna|is gonna|calls|texts|goes|leaves|tells|gets|comes|contacts|reaches out|should|can|needs to|has to))\b/i.test(slice.slice(m.index))) continue;
      // (Cleaning blanks the filler, so the pause is the run of spaces it leaves.)
      // ("to the ER we called ahead": "ER" in capitals is the emergency room, never the filler "er".)
      // ("that's down from before    next week we're going to ...": "from before" is whole, and a pause after it ends the statement.)
      if (/\b(?:after|(?<!\b(?:from|than|as|ever|never)\s+)before|because|when|since|until|that|if|with|to|from|of|the|a|an|her|his|their)(?:\s*,?\s{2,}|\s+(?:(?:um+|uh+|er+)[\s,]+)+)$/i.test(slice.slice(0, m.index + 1)) && !/\bER\s*$/.test(slice.slice(0, m.index + 1))) continue;
      // ("I'll reach out to the sister with the release he signed": a thing, then who signed or made it, is a relative clause.)
      if (/\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?(?:release|roi|form|forms|consent|paperwork|papers|letter|contract|agreement|card|list|plan|worksheet|log)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|we|i)\s+(?:signed|wrote|filled out|completed|made|drafted|gave|sent|brought)\s*(?:[.;,]|$)/i.test(slice.slice(m.index))) continue;
      // Never inside a quotation: "I'll ..." in the client's words is not a new statement.
      // ("(Kirundi, used daughter to interpret - offered prof interpreter, declined)": nor inside a bracketed aside.)
      if (insideAny(quotes, at) || insideBrackets(text, Math.max(s.start, at - 120), at, Math.min(s.end, at + 120))) continue;
      // ("imaginal exposure on the ambush we did about 35 min": the minutes belong to the exercise just named.)
      if (/^\s*(?:I|we)\s+did\s+(?:about\s+|approximately\s+|around\s+)?\d{1,3}\s*-?\s*(?:min|mins|minutes)\b(?!\s+(?:of|on)\b)/i.test(text.slice(at, at + 40))) continue;
      // "how angry he was", "how hard it is": the degree said after "how" closes with its own subject and verb.
      if (/\bhow\s+[a-z]+$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we|it)\s+(?:was|is|were|are|felt|feels|got|gets|had|has)\b/i.test(slice.slice(m.index))) continue;
      // "feels like nothing he does is enough", "the day they met": a pronoun after "nothing" or a time opens a relative clause, not a statement.
      // ("her kids are the reason she'd never do anything": after "reason", with its verb contracted, too.)
      // ("said her kids are her reason she also denied ...": "her reason" is whole, and a denial after it is a new statement.)
      // ("no intent to do anything he has a hunting rifle in the garage": after "do anything", what he has is a new statement.)
      if (/\b(?:nothing|anything|everything|something|someone|anyone|everyone|the way|reason|thing|things|person|the one|the only one|(?<!\b(?:of|all|half)\s)the (?:day|night|time|moment|morning|evening|week|year|place))$/i.test(slice.slice(0, m.index)) && !(/\b(?:do|try|act on|say)\s+(?:anything|something)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+(?:has|had|owns|keeps|kept)\s+(?:a|an|the|two|three|\d+|guns?|firearms?|pills?|access|rifles?|knives)\b/i.test(slice.slice(m.index))) && !(/\b(?:her|his|their|my)\s+reasons?$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+(?:also\s+|still\s+)?(?:denied|denies|endorsed|endorses|said|reported|agreed)\b/i.test(slice.slice(m.index))) && (/^\s+(?:she|he|they|i|we|you)\s/i.test(slice.slice(m.index)) || (/\breasons?$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we|you)(?:'d|'ll|'s|'re|'m)\b/i.test(slice.slice(m.index))))) continue;
      // ("four or five vodka sodas most nights she's off": the nights she is off are which nights, never a new statement.)
      if (/\b(?:most|some|many|all|every|the|on|those)\s+(?:nights|days|weekends|evenings|mornings|shifts|times)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we)(?:'s|'re|'m|\s+(?:is|are|was|were|am))\s+(?:off|on|working|home|alone|free|out|away|sober|on shift|not working)\b/i.test(slice.slice(m.index))) continue;
      // ("identified ... as the skills he'll try": what he will try is the skills just named.)
      if (/\bthe (?:skills?|strategies|tools?|steps?|ideas?|options?|coping skills?)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we|you)(?:\s|'ll\b|'d\b)/i.test(slice.slice(m.index))) continue;
      // "bruise on upper arm she showed on camera", "the texts he sent": a thing shown or sent, then who did it, is one phrase.
      // ("has a daughter she's close to": whom the client is close to is said with the person, never a new statement.)
      if (/\b(?:a|an|the|her|his|their)\s+(?:[a-z]+\s+)?(?:daughter|son|sister|brother|friend|mom|mother|dad|father|aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa|partner|neighbou?r|pastor|sponsor|dog|cat)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+feels?|\s+was)\s+(?:very\s+|really\s+)?(?:close|closest)\s+(?:to|with)\b/i.test(slice.slice(m.index))) continue;
      // ("she has not actually cut she showed mom her arms": "cut" after a negation is the act not done, never a cut shown.)
      if (/\b(?:arms?|legs?|face|neck|wrists?|hands?|back|thighs?|bruises?|marks?|cuts?|scars?|injur(?:y|ies)|photos?|pictures?|texts?|messages?|emails?|letters?|videos?|screenshots?|drawings?|journal|list|card|poems?|notes?)$/i.test(slice.slice(0, m.index)) && !/\b(?:not|n't|never)\s+(?:actually\s+|really\s+)?cut$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+(?:showed|sent|wrote|drew|made|brought|shared|read|took|posted|got|received|kept|found|saved)\b/i.test(slice.slice(m.index))) continue;
      // ("check in - 5 of 7 reported no gambling this wk": a count of the members is who reported, never a statement ended.)
      if (/\b(?:\d+|all|most|some|several|none|two|three|four|five|six|seven|eight)\s+(?:of|out of)\s+(?:the\s+)?(?:\d+|them|us|members|clients|participants)(?:\s+(?:members|clients|participants|attendees|group members))?$/i.test(slice.slice(0, m.index)) && /^\s+(?:reported|reports|said|shared|endorsed|denied|rated|completed|did|were|had|agreed|stated)\b/i.test(slice.slice(m.index))) continue;
      // ("last spring (age 9) during a meltdown she hit her own head": when it happened leads the statement, never ends another.)
      if (/\b(?:during|in the middle of|amid)\s+(?:a|an|the|her|his|their|one|that)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they)\s+[a-z]+/i.test(slice.slice(m.index))) continue;
      // ("she said some nights she thinks everyone would be better off": when, right after the saying, opens what was said.)
      if (/\b(?:said|says|reports?|reported|states?|stated|told (?:me|us))\s+(?:that\s+)?(?:some|most|many|a few|other|certain|on (?:bad|good))\s+(?:nights|days|mornings|evenings|times|weekends|shifts)$/i.test(slice.slice(0, m.index))) continue;
      // ("he said like a couple times a week he thinks about it": how often, right after the saying, opens what was said.)
      if (/\b(?:said|says|reports?|reported|states?|stated)\s+(?:like\s+|that\s+|maybe\s+|about\s+)?(?:a\s+)?(?:couple(?:\s+of)?|few|\d+|two|three|four|five|several|many)?\s*(?:times|once|twice)\s+(?:a|per|every)\s+(?:night|day|week|month)$/i.test(slice.slice(0, m.index))) continue;
      // ("the Farm Aid number I gave him": a thing the clinician gave, then who gave it, is one phrase too; "the support line I gave
      // her the number" gives a second thing, so it is a new statement.)
      if (/\b(?:number|numbers|card|cards|handout|handouts|list|info|information|resources?|link|app|worksheet|book|pamphlet|brochure|hotline|line)$/i.test(slice.slice(0, m.index)) && /^\s+(?:I|we)\s+(?:gave|handed|printed|emailed|sent|recommended|suggested|showed|wrote down)\b/i.test(slice.slice(m.index)) && !/^\s+(?:I|we)\s+(?:gave|sent|emailed|texted)\s+(?:her|him|them)\s+(?:the|a|an)\s+[a-z]+\s*$/i.test(slice.slice(m.index))) continue;
      // "agreed Lily and she will stay at grandmother's": a name joined to a pronoun is one subject, never two statements.
      if (nameJoinedToPronoun(slice.slice(0, m.index), slice.slice(m.index))) continue;
      // "an exercise where each person says what they heard": a quantified doer inside a description is not a new statement.
      if (/\b(?:where|in which|when|so that)\s+(?:each|every|the other|one)\s+(?:person|partner|parent|member|kid|child|one)$/i.test(slice.slice(0, m.index))) continue;
      // "he might do the ornament she made for their first christmas": a doer and a verb that takes an object,
      // with a preposition where the object would be, describe the thing before them (a relative clause).
      if (/^\s*(?:she|he|they|i|we)\s+(?:made|gave|bought|got|wrote|drew|sent|built|picked|chose|left|found|kept|brought|wore|knitted|painted|planted|carved|saved)\s+(?:for|in|at|to|with|on|from|when|last|years|yesterday|before|after|as|back)\b/i.test(slice.slice(m.index, m.index + 40)) && /\b(?:the|a|an|that|this|his|her|their|one)\s+[a-z-]+(?:\s+(?:up|out|off|down|in))?$/i.test(slice.slice(0, m.index))) continue;
      // "named Ben and Tasha as people he'd reach out to": "people" with a pronoun after it opens a relative clause too.
      if (/\bas (?:the\s+)?(?:people|persons|places|supports|contacts)$/i.test(slice.slice(0, m.index)) && /^\s+(?:she|he|they|i|we|you)(?:'d|'ll)?\s/i.test(slice.slice(m.index))) continue;
      // ("her friend from church said she ...", "a girl in her class says ...": the person and where they are from are the saying verb's subject.)
      if (/^\s*(?:said|says|stated|told|texted|reported)\b/i.test(text.slice(at, at + 10)) && PERSON_FROM_PLACE.test(slice.slice(0, m.index))) continue;
      // A statement has a few words at least: "by the end she said she felt" stays whole; a jot
      // ("denied SI", "sleeping okay") is two, and so is a length said alone ("um 55 minutes so he says").
      const before = text.slice(start, at).trim();
      // ("there's nothing here she could use anyway": what she could use is the nothing's, one statement.)
      if (/\b(?:nothing|anything|something|everything|whatever|all)(?:\s+(?:here|there|around|left|else|at home|on the unit|in (?:the|her|his|their|my) (?:room|house|home|unit|car)))?$/i.test(before) && /^\s*(?:she|he|they|i|you)\s+(?:could|can|would|might|will|wants?|needs?)\b/i.test(text.slice(at, at + 20))) continue;
      // ('he said "if I lose ball I lose everything" he's sleeping ...': words said and closed in quotation marks wait for nothing more.)
      const saidAndClosed = /\b(?:says|said|stated|states|told (?:me|us|her|him))\s+(?:[a-z]+\s+){0,2}"[^"]+"$/i.test(before);
      // ("Sofia pretty angry at me and parents most of the session said we're ...": a named person and how they were, with no
      // verb yet, go on to what they said.)
      if (/^\s*(?:said|says|stated|told)\b/i.test(text.slice(at, at + 10)) && /^[A-Z][a-z]+\s/.test(before) && !SEEN_STATE_LEAD.test(before) && !before.split(/\s+/).slice(1).some((w) => isFiniteVerb(w) || /^(?:is|was|are|were|'s)$/i.test(w))) continue;
      // ("crisis call um he was in the garage ...": a short heading the pause ends is a statement of its own.)
      const headingBefore = /\s{3,}$/.test(text.slice(start, at + 1)) && /^\s*(?:(?:crisis|phone|telephone|video|telehealth|zoom|intake|individual|indiv|family|couples|walk-in|after-hours|on-call)\s+)?(?:call|session|sess|visit|intake|check-in|walk-in|eval(?:uation)?)\s*$/i.test(before);
      if (!headingBefore && before.split(/\s+/).length < (jots.includes(m) || PASSIVE_AT_SPLIT.test(m[0] + text.slice(s.start + m.index + m[0].length, s.start + m.index + m[0].length + 14)) || /^(?:no|denies|denied|not)\s/i.test(before) || /\d$/.test(before) || /^\d{2,3}\s*(?:min|mins|minutes)$/i.test(before.trim()) || /^(?:he|she|they)(?:'s|'re|'ll|\s+is|\s+are|\s+will)\s+\S+$/i.test(before) || /^(?:she|he|they|pt|client|patient|all|both|everyone|everybody)\s+(?:agreed|declined|refused|consented|denied)$/i.test(before) || /^(?:she|he|they)\s+said\s+(?:no|yes)$/i.test(before.trim()) || m[0].startsWith(',') ? 2 : 3)) continue;
      // "none since; currently denies SI/HI": after a semicolon a lone word leads what follows it.
      if (/;/.test(before) && before.split(';').at(-1)!.trim().split(/\s+/).filter(Boolean).length < 2) continue;
      // "Toward the end mom said ...": a time or place phrase leads the statement, it is not one.
      if (LEADING_PHRASE.test(before) && before.split(/\s+/).length <= 5) continue;
      // "Tomas kind of quietly said ...": a speech verb after a name or an adverb has its subject before it.
      // 'she said no I want to live I want to see him go to jail': a first person said again inside reported speech is still the speech.
      // ("then said thanks um I saw Bri alone ...": after a pause, the clinician's own act is the clinician telling again.)
      const clinicianAgain = /^\s{3,}(?:and\s+)?i\s+(?:asked|assessed|screened|explored|validated|reviewed|explained|normalized|called|noted|met with|saw|spoke with|had (?:them|him|her)|gave|checked in|talked with|talked to)\b/i.test(slice.slice(m.index));
      // ("I asked her directly she said no um we did psychoeducation": after a one-word answer, what we did next is told anew.)
      const answeredThen = /\b(?:said|says|answered|replied)\s+(?:no|yes|nope|yeah)\s*$/i.test(before);
      if (m[1] !== undefined && /^(?:i|we)$/i.test(m[1]) && m[0].trim() === '' && /\b(?:said|says|saying|told me|stated|states)\b[^.;]{0,60}$/i.test(before) && !clinicianAgain && !answeredThen) continue;
      // ("Ashley said privately ... that last Sat during an argument about the beer, dad shoved mom into the counter": what a
      // relative tells after "that" runs on, whoever it names.)
      if (RELATIVE_TOLD_THAT.test(before) && RELATIVE_ACT_START.test(text.slice(at, at + 40))) continue;
      // "sometimes on Sunday nights when he's coming down he thinks about ...": a short "when" clause waits for its main clause
      // ("when he was drinking he attempted suicide in 2011": whatever its verb).
      if (/\b(?:when|whenever|once|while)\s+(?:she|he|they|i|we)(?:'s|'re|'m|\s+(?:is|are|am|was|were|gets|get|got|feels|felt))\s+(?:\S+\s+){0,3}\S+$/i.test(before) && (/^\s*(?:she|he|they|i|we)\s+(?:thinks|think|thought|feels|feel|felt|gets|get|starts|start|wants|want|has|have|had|is|was|will|would|can|cannot|can't)\b/i.test(text.slice(at, at + 14)) || /^\s*(?:she|he|they|i|we)\s+[a-z]+ed\b/i.test(text.slice(at, at + 24)))) continue;
      // "last drink he says was March": a speech tag inside a statement, with its verb after it, never starts one.
      if (/^\s*(?:he|she|they)\s+(?:says|said)\s+(?:was|is|were|are)\b/i.test(text.slice(at, at + 24))) continue;
      // "when I asked Tobi directly he said ...": the answer stays with its question.
      // ("When I asked everyone about safety Cole said ...": the one who answered may be named.)
      if (/\b(?:when|once|after)\s+(?:i|we)\s+asked\s+(?:[A-Z][a-z]+|everyone|everybody|them|him|her|the (?:family|group|kids|couple))\b[^,;.]{0,40}$/i.test(before) && /^\s*(?:she|he|they|[A-Z][a-z]+)\s+(?:said|stated|reported|admitted|denied|answered|replied)\b/.test(text.slice(at, at + 20).replace(/^\s*(?:She|He|They)\b/, (w) => w.toLowerCase()))) continue;
      // ("when I asked, he said he was angry": the question with no one named, then who answered.)
      if ((/\b(?:when|once|after)\s+(?:i|we)\s+asked(?:\s+(?:directly|again|about\s+\S+|him|her|them))?\s*,?\s*$/i.test(before) || /(?:^|\s)(?:and\s+)?(?:i|we)\s+(?:also\s+)?asked\s+(?:her|him|them)\b[^,;.]{0,40},\s*$/i.test(before)) && /^\s*(?:she|he|they|[A-Z][a-z]+)\s+(?:said|stated|reported|admitted|denied|answered|replied)\b/.test(text.slice(at))) continue;
      // ("Owen later said ...": "later", "then", "also" are adverbs too; so is "last wk" in "and last wk said ...".)
      if (/^\s*(?:said|says|told|asked|reported|stated|added|admitted)\b/i.test(text.slice(at, at + 10)) && /(?:\b[A-Z][a-z]+|[a-z]ly|\b(?:later|then|also|again|still|just|even|first|never|only|soon|once|too|yesterday|today|tonight|recently|earlier|(?:last|this|that|one)\s+(?:wk|week|night|month|weekend|time|morning|evening|[a-z]+day)))\s*$/.test(before)) continue;
      // ("she says that was an accident but the chart says it was intentional": a record that says something is its subject.)
      if (/^\s*(?:says|said|states|stated|shows|showed|documents|documented|indicates|indicated|notes|noted|lists|listed)\b/i.test(text.slice(at, at + 14)) && /\b(?:the|her|his|their)\s+(?:chart|record|records|notes?|report|file|paperwork|discharge summary|referral|(?:ER|ED) note)$/i.test(before)) continue;
      // "pulled from grp by staff after peer reported he said ...": a person named by role is the one saying it.
      if (/^\s*(?:said|says|told|reported|reports|stated|states)\b/i.test(text.slice(at, at + 10)) && ROLE_BEFORE.test(before)) continue;
      // "focus back on Chidi's school plan next time": a plan of something is a noun, not the session's plan starting.
      if (/^\s*plan\b/i.test(text.slice(at, at + 6)) && /\b(?:school|safety|treatment|care|crisis|discharge|action|coping|prevention|behaviou?r|sleep|meal|study|attendance|exercise|work|return|reentry|re-entry|transition|relapse|reintegration|504|IEP|sobriety|recovery|budget|visitation|custody|parenting)$/i.test(before)) continue;
      // "no one reported SI today", "everyone shared": a quantified subject is never left behind its verb.
      if (/\b(?:no one|nobody|everyone|everybody|someone|anyone|none of (?:them|the \w+)|no members?|all of them)$/i.test(before) && /^\s*[a-z]+(?:ed|s)\b/i.test(text.slice(at, at + 14))) continue;
      // "no safety concerns no DV both denied any SI": the subject before "denied" goes with it.
      const denialSubject = /^\s*(?:denies|denied)\b/i.test(text.slice(at, at + 10)) ? /\s(?:both|each|all|they)\s+$/i.exec(text.slice(start, at)) : null;
      if (denialSubject) {
        const cut = start + denialSubject.index + 1;
        if (text.slice(start, cut).trim().split(/\s+/).length >= 2) {
          out.push({ start, end: cut });
          start = cut;
        }
        continue;
      }
      // "Nate's brother Kyle (not client) said at BBQ ...": a name with its bracketed note is the subject of the verb after it.
      if (/[A-Z][a-z]+\s*\([^()]*\)$/.test(before) && /^\s*(?:said|says|told|reports?|reported|denied|denies|stated|threatened|posted|texted)\b/i.test(text.slice(at, at + 12))) continue;
      // "T denied he'd taken anything": an initial or a name right before "denied" is its subject.
      // ("denied any thoughts of hurting Jenna denied SI": a name after a harming verb is its object, and the denial after it is new.)
      if (/^\s*(?:denies|denied)\b/i.test(text.slice(at, at + 10)) && /(?:^|[\s,])(?:[A-Z]|[A-Z][a-z]+)$/.test(before) && !/^(?:I|A)$/.test(before.split(/\s+/).at(-1)!) && !/\b(?:hurting|harming|killing|hurt|harm|kill|hitting|hit|threatening|threaten|toward|towards|against|at|about)\s+[A-Z][a-z]+$/.test(before)) continue;
      // "J reports ...", "Dana said ...": a name or an initial right before the verb is its subject.
      if (jots.includes(m) && /(?:^|\s)(?:[A-Z]|[A-Z][a-z]+)$/.test(before) && !/^(?:I|A)$/.test(before.split(/\s+/).at(-1)!)) continue;
      // "and after consult with Dr Amin we decided ...": the consultation leads the decision that follows it.
      if (/\b(?:after|following|per)\s+(?:a\s+|the\s+)?(?:consult|consultation|discussion)(?:\s+with\s+[\w. ]{1,30})?$/i.test(before)) continue;
      // "..., and on Saturday he said ...": a time phrase at the end leads the statement that follows it.
      // (A pause in dictation, left by a filler, still ends the statement: "... in the morning um I asked her".)
      // ("... brighter than last week plan is continue group": the plan is never led by a time phrase.)
      // ("thinking about killing himself every day this week and when I asked ...": a joining word after the time closes it.)
      // ("he's been thinking about dying every day since Friday I asked directly": "since" after "been" closes the time the
      // statement lasted, and leads nothing.)
      // ("she's going to ask nursing for an ice pack at night she was more open ...": a time that ends a step to come, then how she
      // was, leads nothing.)
      const stepThenHowSheWas = /\b(?:going to|gonna|will|'ll|plans? to|agreed to)\b/i.test(before) && /^\s*(?:she|he|they)\s+(?:was|were|seemed|looked|felt|appeared)\b/i.test(text.slice(at, at + 20));
      // ("an ultimatum last month he's had two DUIs": a past time never leads a present perfect, so it ends the statement before.)
      const perfectAfter = /^\s*(?:she|he|they)(?:'s|'ve|\s+has|\s+have)\s+(?:had|been|gotten|got|done)\b/i.test(text.slice(at, at + 30));
      // ("shelter drop in today so she came in pretty tearful": "so" after the time closes it.)
      if (text[at] !== ' ' && !stepThenHowSheWas && !perfectAfter && !/^\s*so\s/i.test(text.slice(at, at + 6)) && /\b(?:on|last|this|by|over|at|in|since|after|before|that|then)\s+(?:the\s+)?(?:[a-z]+day|weekend|night|morning|evening|afternoon|week|month|time)$/i.test(before) && !/\bon time$/i.test(before) && !/\b(?:been|had)\b[^.;,]{0,60}\bsince\s+(?:the\s+)?\S+$/i.test(before) && !/^\s*(?:so\s+)?plan\s+(?:is|to)\b/i.test(text.slice(at, at + 13)) && !/^(?:and|but|so)\s+(?:when|then|after|once|if)\b/i.test(text.slice(at, at + 20))) continue;
      // "he said when he's drinking he thinks about ...": a subordinate clause waits for its main clause.
      // A subordinate trailing a main clause already said ("... praising when she started again mom says ...") is closed.
      // "... drinks but when we looked at the labs together he got quieter": a condition joined by "but" or "and" opens
      // what follows it, so it waits for its main clause however long it runs.
      if (/\b(?:but|and|so)\s+(?:when|once|after|as soon as|if)\s+(?:he|she|they|i|we|you)\b\S*(?:\s+[^\s.;,]+){0,7}$/i.test(before) && /^\s*(?:she|he|they|i|we)\b/i.test(text.slice(at))) continue;
      // "While dad stepped out to take a call Elijah said ...": a statement that opens with its condition waits for its main clause.
      if (/^(?:while|when|whenever|as soon as|after|once|because|before|if|although|though)\s/i.test(before) && before.split(/\s+/).length <= 10 && !/[,;:]/.test(before)) continue;
      const subordinate = OPEN_SUBORDINATE.exec(before);
      // ("mom didn't know if she should call um I reviewed ...": a question asked after "know" is its object, closed by a pause.)
      const embeddedQuestion = subordinate !== null && /^if\b/i.test(subordinate[0]) && /\b(?:know|knew|knows|sure|unsure|wonder|wondered|wonders|wondering|asked|asks|decide|decided|remember)\s*$/i.test(before.slice(0, subordinate.index)) && /^\s{3,}/.test(text.slice(s.start + m.index));
      // ("he said when I asked, plan is he stays ...": a question closed by its comma leads no plan.)
      const askedThenPlan = /\basked,\s*$/i.test(before) && /^\s*(?:the\s+)?plan\s+is\b/i.test(text.slice(at, at + 12));
      if (subordinate && !embeddedQuestion && !askedThenPlan && !trailingSubordinate(before.slice(0, subordinate.index))) continue;
      // "if he sees that guy around his daughter he's gonna ...": a longer condition still waits for what would follow it.
      // ("yelled at the neighbor that if it happened again he would ...": the condition may have a thing for its subject.)
      if (!saidAndClosed && /\bif\s+(?:he|she|they|i|we|you|it|that|this|client|pt|patient)\b\S*(?:\s+[^\s.;,]+){0,8}$/i.test(before) && /^\s*(?:and\s+|then\s+)?(?:he|she|they|i|we)(?:'s|'ll|'d|\s+(?:is|will|would|gonna|going to|might|could))\b/i.test(text.slice(at))) continue;
      // "he said honestly sometimes I think ...", "told a friend he wanted to ...": reported speech runs on.
      // "Mike said and I'm quoting if my brother ... I'll put him through the wall": quoted to the end.
      // A quotation marked with its own quotation marks ends where they close.
      const quoting = /\b(?:i'm quoting|i am quoting|quoting|i quote|in his words|in her words)\b/i.exec(before);
      // An unmarked quotation runs on until the clinician's own act resumes ("... I swear I will so I explored that").
      // A pause then "she said" or "we talked" is the clinician telling again (" ... be with Walt um she said she would never ...").
      // ("... on that rig um asked directly about SI": the clinician's question after a pause resumes the telling too.)
      // ("... some days I wouldn't mind not waking up he denies any plan": a denial in the third person is the clinician's telling.)
      const pauseThenNarration = (/\s{2}/.test(text.slice(at - 1, at + 2)) && /^\s*(?:(?:and|but|so|then)\s+)?(?:(?:she|he|they)\s+(?:said|says|told|denied|denies|reported|agreed)|we\s+[a-z]+ed|asked\s+(?:(?:him|her|them)\s+)?(?:directly|about|if|whether))\b/i.test(text.slice(at, at + 30))) || /^\s*(?:and|but|so|then)\s+(?:she|he|they)\s+(?:denied|denies|reported|agreed)\b/i.test(text.slice(at, at + 30)) || /^\s*(?:she|he|they)\s+(?:denied|denies)\s+(?:any\s+)?(?:plan|intent|SI|HI|suicidal|homicidal|thoughts)\b/i.test(text.slice(at, at + 40)) || /^\s*(?:and\s+)?(?:she|he|they)\s+(?:said|says|told me)\s+(?:that\s+)?(?:she|he|they)(?:'s|'d|'ll|\s+(?:was|is|has|had|would|will|could|did|does))\b/i.test(text.slice(at, at + 40));
      if (quoting && !before.slice(quoting.index).includes('"') && !(before.slice(quoting.index).split(/\s+/).length > 5 && (ASKED_AT.test(text.slice(at, at + 40)) || /^\s*(?:(?:and|but|so|then)\s+)?i\s+[a-z]+ed\b/i.test(text.slice(at, at + 30)) || pauseThenNarration))) continue;
      // "she hasn't told anyone she denied ...": speech that did not happen says nothing after it.
      // "mom has been saying stuff like she doesn't want to be here and she'd be better off dead": what was said runs on, to a pause.
      const sayingLike = /\b(?:saying|says|said|say)\s+(?:stuff|things)\s+like\b/i.exec(before);
      if (sayingLike && before.slice(sayingLike.index).split(/\s+/).length <= 16 && !/\s{2}/.test(text.slice(at - 1, at + 2))) continue;
      const speechFound = SPEECH_JUST_BEFORE.exec(before);
      const speech = speechFound && !/(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?$/i.test(before.slice(0, speechFound.index)) ? speechFound : null;
      // "she said sometimes she thinks ...": the speech verb and at most one word before what was said.
      // ("all three said no Tasha said no concerns": an answer of one word, then another named speaker, is closed.)
      const answerThenSpeaker = /\b(?:says|said) (?:no|yes)$/i.test(before) && /^\s*[A-Z][a-z]+\s+(?:said|says|added|agreed|denied|reported)\b/.test(text.slice(at));
      if (speech && !saidAndClosed && /\b(?:says|said|saying|stated|states)(?:\s+\S+)?$/i.test(before) && !clinicianAgain && !answerThenSpeaker) continue;
      // "He mentioned that after his heart surgery in 2019 he had ...": a time phrase fronted inside what was said.
      if (/\b(?:says|said|stated|mentioned|reported|shared|explained|disclosed|admitted|told (?:me|us|the \w+))\s+(?:that\s+)?(?:after|before|during|following|since|when|in|over|at|back in)\s+(?:\S+\s+){0,5}\S+$/i.test(before) && !askedThenPlan) continue;
      // "said she's just being dramatic I redirected him": speech already in the third person does not run on into "I".
      const thirdPersonSpeech = speech && /^\s+(?:she|he|they|it|that)\b/i.test(before.slice(speech.index + speech[1]!.length));
      // ("... go to the ED if he says plan or intent um I'm going to see him": words said with no "I" of their own, then a
      // pause, and the "I" after it is the clinician's.)
      const narratorAfterPause = speech !== null && /^\s{3,}/.test(text.slice(s.start + m.index)) && !/\b(?:I|I'm|I've|I'll|I'd|my|me)\b/.test(before.slice(speech.index + speech[1]!.length));
      // ("she says boyfriend threw it out I called the pharmacy and got her script sorted": an "I" calling a professional about
      // "her" is the clinician, never words the client said.)
      const clinicianCall = /^\s*I\s+(?:called|paged|faxed|emailed|contacted|notified|messaged|texted)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:pharmacy|pharmacist|prescriber|doctor|dr\.?|nurse|psychiatrist|pcp|clinic|case manager|caseworker|probation|po\b|crisis|mobile crisis|ems|911|988)/i.test(text.slice(at, at + 40)) && /\b(?:her|his|their)\b/i.test(text.slice(at, at + 80));
      // ("she texted she was sick so we did the check-ins first": a message told in the third person is over when "so we" acts.)
      // ("... posted he wants to die we called the school counselor together": the same, with no "so" before "we".)
      const weActAfterToldThird = thirdPersonSpeech && /^\s*(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:did|started|went|began|had|moved|ran|opened|checked|called|gave|talked|made|reviewed|explained|contacted|notified)\b/i.test(text.slice(at, at + 30));
      if (speech && !narratorAfterPause && !clinicianCall && ((/^(?:told|tells|telling|texted|wrote|messaged|posted)$/i.test(speech[1]!) && !weActAfterToldThird) || (!thirdPersonSpeech && /^\s*(?:(?:and|but|so)\s+)?(?:i|i'm|i've|i'd|i'll|my|me)\b/i.test(text.slice(at, at + 12))))) continue;
      // "doing well with exposures but today he came in down": the joined time phrase opens the next statement.
      const joinedTime = /\s(?:but|and|so)\s+(?:today|tonight|this week|this morning|yesterday|last night|lately|recently|once (?:he was |she was |they were )?(?:sober|calm|calmer)|when (?:he was |she was |they were )?sober|later|afterwards|by the end)$/i.exec(text.slice(start, at).trimEnd());
      const cut = joinedTime && text.slice(start, start + joinedTime.index).trim().split(/\s+/).length >= 3 ? start + joinedTime.index + 1 : at;
      out.push({ start, end: cut });
      start = cut;
    }
    // "... about the med eval he's been putting off": a short piece ending on a stranded preposition
    // completes the clause before it (a relative clause without "that"), never a statement alone.
    const tail = text.slice(start, s.end).trim();
    if (out.length && out.at(-1)!.end === start && tail.split(/\s+/).length <= 5 && /\b(?:off|about|with|for|of|on)\s*[.!?]?$/i.test(tail)) out[out.length - 1] = { start: out.at(-1)!.start, end: s.end };
    else out.push({ start, end: s.end });
  }
  return out;
}

/**
 * "P: file grievance by Wed, avoid foreman's trailer, next sess Thurs": each jotted plan item is
 * its own sentence. A conditional ("if worse, call 988") stays whole.
 */
function splitPlanItems(text: string, span: Span, quotes: readonly Span[]): Span[] {
  const slice = text.slice(span.start, span.end);
  if (/\b(if|when|unless|until)\b/i.test(slice.replace(/\([^)]*\)/g, ' '))) return [span];
  // "check-ins daily, esp before review": a qualifier stays with the item before it.
  const parts = splitAt(text, span.start, span.end, ',', quotes).reduce<Span[]>((out, p) => {
    if (out.length && /^\s*(?:esp|especially|including|incl|except|or|and|but|then|before|after|if|when|unless|as needed|prn|no|not|never|only|without|w\/o|with|using|via)\b/i.test(text.slice(p.start, p.end))) out[out.length - 1] = { start: out.at(-1)!.start, end: p.end };
    else out.push(p);
    return out;
  }, []);
  if (parts.length < 2 || parts.some((p) => text.slice(p.start, p.end).trim().split(/\s+/).length > 14 || !text.slice(p.start, p.end).trim())) return [span];
  return parts;
}

/** "I talked to mom ... and mom agreed": another person's own act after "and" is its own clause. */
// After a comma, a person's report starts its own clause too: "session 45m indiv, pt reports better sleep".
// ("used MI → pt admitted ...": an arrow before a new doer ends the clause, as "and" does.)
// ("discussed 2x/wk and a psychiatry referral, she agreed to both": agreement to what was just named stays with it.)
// ("Mom agreed A and she will stay at her parents' tonight": the child and the mother who agreed are one subject of what she agreed.)
const NEW_SUBJECT = /(?<!\bagreed\s+(?:that\s+)?[A-Z][a-z]*)(?!,?\s+(?:and\s+)?(?:she|he|they|pt|client)\s+(?:agreed|agrees|consented|consents)\s+(?:to\s+)?(?:both|it|this|that|these|them|all|each|either)\b)(?:\s+and|\s*(?:->|→|=>)|,(?=\s+I\s+(?:walked|drove|escorted|accompanied|called|phoned|paged|faxed|sent|gave|handed|stayed|waited|met|spoke|notified|contacted|arranged)\s)|,(?=\s+(?:she|he|they)\s+(?:had|has|have|were|was|is|are|reported|reports|gave|shared|told|agreed|admitted|disclosed|could|couldn't|could not)\b|\s+(?:she|he)['’]s\s|\s+they['’]re\s)|,(?=\s+(?:(?:her |his |their |the )?(?:mom|dad|mother|father|parents?|brother|sister|partner|wife|husband|son|daughter)|pt|client|cl|patient)\s+(?:agreed|reports?|reported|states?|stated|says|said|denies|denied|endorses|endorsed|presents?|presented|did|was|were|\w+ed|demo'd)\b))\s+(?=(?:(?:her |his |their |the )?(?:mom|dad|mother|father|partner|wife|husband|parents?|sister|brother|son|daughter|teacher|grandmother|grandfather|caseworker|boyfriend|girlfriend)|she|he|they|client|pt|cl|patient|(?<=,\s+)I)\s+(?:\w+ed|demo'd|agreed|said|says|came|left|went|gave|took|told|tells|will|reports|states|denies|endorses|presents|(?<=,\s+\S+(?:\s\S+)?\s+)(?:did|was|were|could|couldn't|could not|is|are|has|had))\b|(?<=,\s+)(?:she|he)['’]s\s|(?<=,\s+)they['’]re\s)/gi;

/** "Reviewed coping skills, cont biwkly": how the sessions go on, after a comma, is the plan's own item. */
/** "agreed to remove extra rx bottles, gave 988": the crisis line given after the client's agreement is the clinician's act. */
const COMMA_THEN_GAVE = /,\s+(?=gave\s+(?:(?:her|him|them|the)\s+)?(?:988|crisis|hotline|handouts?|resources|referrals?|refs?\b|a referral|info|information|list|numbers?)\b)/gi;
const COMMA_THEN_CONTINUE = /,\s+(?=(?:continue|cont\.?)\s+(?:weekly|wkly|biweekly|biwkly|bi-weekly|bi-wkly|monthly|q\s?\d|every|twice|sessions|individual|therapy|with (?:weekly|biweekly|current))\b)/gi;
/** "did not feel able to keep herself safe so called mobile crisis": the call that follows is its own act (the clinician's). */
const SO_CALLED_CRISIS = /\s+(?:so|and so|therefore)\s+(?=(?:called|contacted|paged|phoned)\s+(?:the\s+)?(?:mobile crisis|crisis team|crisis|911|988|police|ems|on-call))/gi;
/** "Marcus called Tyler on speaker, Tyler denied he'd taken anything": a named person's own statement after a comma. */
/** "Reviewed sleep log ..., denies SI/HI": a risk screen's answer after the work is a statement of its own. */
// ("mom to call Lily's parents tonight, Zoe herself denies SI": the client's own denial after someone else's step.)
const DENIAL_AFTER_COMMA = /,\s+(?=(?:(?:[A-Z][a-z]+|she|he|they|pt|client)\s+(?:(?:herself|himself|themselves)\s+)?)?(?:denies|denied|endorses|endorsed)\s+(?:any\s+|current\s+)?(?:SI|HI|SH|SIB|NSSI|suicidal|homicidal|self-harm|thoughts of (?:suicide|self-harm|harming))\b)/gi;
/** "I encouraged her ..., which she agreed to, and we'll check in Thursday": what comes next is its own statement. */
/** "pt consented to me contacting HR - called HR during session": after consent, the clinician's call after a dash is a clause of its own. */
const CONTACT_AFTER_DASH = /(?<=\b(?:consent\w*|agreed|permission)\b[^.;]{0,80})\s[-–—]\s+(?=(?:called|contacted|paged|phoned|notified|emailed|faxed)\s)/gi;
/** "grandson grabbed her arm, saw bruising on L forearm": what the clinician saw on the body is a clause of its own. */
/** "Bruise on L forearm, said she bumped it on the car door": the client's account of a mark seen is a statement of its own, hers. */
const ACCOUNT_AFTER_MARK = /(?<=\b(?:bruis\w*|marks?|scratch\w*|cuts?|scars?|burns?|swelling|abrasions?|welts?|injur\w*|black eye|lacerations?)\b[^.;,]{0,40}),\s+(?=(?:said|says|stated|states|reported|reports|explained|explains|told (?:me|us|the therapist))\s+(?:that\s+)?(?:she|he|they|it)\b)/gi;
/** "no report indicated, but told both next incident I would consult": what the clinician told them is a statement of its own. */
const COMMA_BUT_TOLD = new RegExp(`,\\s+(?=${TOLD_THEM_WHAT_CLINICIAN_WILL.source})`, 'gi');
/** "... an enactment where Aaron told Jonah directly risk-wise Jonah has a history": a spoken topic turn starts a statement. */
const TOPIC_TURN = /\s(?=(?:risk|safety|med|meds|medication|sleep|mood)[- ]wise\b)/gi;
/** "H asked about Al-Anon, gave info": what someone asked for, then the clinician handing it over, are two statements. */
const ASKED_THEN_GIVEN = /(?<=\basked\s+(?:about|for|re|regarding)\b[^,.;]{1,40}),\s+(?=(?:gave|provided|offered|sent)\s+(?:(?:him|her|them)\s+)?(?:info|information|resources|referrals?|handouts?|numbers?|the number|a list|psychoeducation|education)\b)/gi;
const BODY_SEEN_AFTER_COMMA = new RegExp(`(?:,|\\s-)\\s+(?=${BODY_SEEN.source.slice(1)})`, 'gi');
const NEXT_STEP_AFTER_COMMA = /,\s+and\s+(?=(?:we|i)(?:'ll|\s+will)\s)/gi;
/** "MI re: drinking, pt willing to try no beer before 6pm": the client's readiness after the work is a clause of its own. */
/** "Offered music (Sinatra), he calmed w/in 10 min": how the client met the act, after a comma, is its own statement. */
// ("explained mandated reporting limits, pt upset but understood": the client's state after it too.)
const RESPONSE_AFTER_COMMA = /(?<!\b(?:when|after|once|as|while|if|before|until|because|since)\b[^,.;]{0,60}),\s+(?=(?:she|he|they|pt|client)\s+(?:calmed|settled|relaxed|de-escalated|responded|accepted|declined|refused|smiled|laughed|brightened|upset|tearful|teary|relieved|understood|nodded)\b)/gi;
/** "Validated, MI re: sobriety, q15 cont, MD aware, recheck PM": after the work, the unit's next steps are items of their own. */
const COMMA_THEN_UNIT_STEP = /,\s+(?=(?:q\s?\d{1,2}\s+(?:cont|cont'd|continued|continues)|(?:MD|RN|charge RN|psychiatrist|prescriber|team|supervisor|attending)\s+(?:aware|notified|informed|updated)|recheck|reassess|re-?eval\w*)\b)/gi;
/** "coached opposite action, ate about half": after the clinician's coaching, the eating is the client's, a statement of its own. */
const EATING_AFTER_COACHING = /(?<=(?:^|[-–—;,"]\s*)\s*(?:coached|prompted|encouraged|cued|supported|redirected|modeled|modelled|validated|challenged|praised|reminded)\b[^,;]{2,60}),\s+(?=(?:ate|finished|drank|completed|took)\s+(?:about|approximately|~|all|most|half|some|\d|the|her|his|their|a)\b)/gi;
/** "no safety concerns raised, hw anger log due next wk": homework after a comma is its own item. */
const HOMEWORK_AFTER_COMMA = /,\s+(?=(?:hw|homework)\s*(?::|-|\b(?!(?:was|is|were|not|done|completed|reviewed)\b))|(?:[\w-]+\s+){1,3}(?:hw|homework)\s*(?:[,.;]|$)|\d+\s*(?:wks?|weeks?|days?|mos?|months?)\s*\.?\s*$)/gi;
const CLIENT_STANCE_AFTER_COMMA = /,\s+(?=(?:pt|client|patient|cl|she|he|they)(?:'s\s+|'re\s+|\s+(?:was\s+|is\s+|seemed\s+|appeared\s+)?)(?:willing|receptive|open to|agreeable|able to|unable to|resistant|ambivalent|hesitant|reluctant|interested|motivated|on board)\b)/gi;
/** "denied wanting to hurt her we talked about caregiver burnout": the clinician's next act starts a clause. */
const DENIAL_THEN_WE = /(?<=\b(?:hurt|harm|kill)\s+(?:her|him|them|anyone|anybody))\s+(?=(?:we|i)\s+(?:talked|discussed|did|went|reviewed|worked|explored|made|practiced|processed)\b)/gi;
/**
 * "Tolerated well, no SI/HI", "anger + hyperarousal, HI w/o plan": a risk finding jotted after a piece that names no risk
 * is a statement of its own, so the piece before it stays where it belongs (a response, an impression), out of the risk section.
 */
// ("Recommended 1:1 sitter, SI precautions, psych consult": precautions or checks ordered are the list's next item, never a risk statement apart.)
const RISK_AFTER_COMMA = /,\s+(?=(?:no|denies|denied|passive|active|current|\+)?\s*(?:SI|HI|SH|NSSI|suicidal|homicidal|self-harm)\b(?!\s+(?:precautions?|checks?|watch|observation|obs|protocol|monitoring|screen(?:ing)?|assessment)\b))/g;
const NAMES_RISK = /\b(?:SI|HI|SH|SIB|NSSI|suicid\w*|homicid\w*|self-harm\w*|harm\w*|hurt\w*|kill\w*|die|dead|death|cut\w*|overdos\w*|OD|plan|intent|means|safe|safety|risk|weapons?|guns?|firearms?)\b/i;
/** The piece before a risk finding after a comma is the client's own and names no risk: "Tolerated well", "anger + hyperarousal". */
/** ("Denies cravings, SI/HI"): a denial of a word or two, then a bare risk term after the comma, is one list denied. */
const DENIAL_LIST_OPEN = /^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:denies|denied|denying|no|negative for|without)\s+(?:any\s+)?[\w/-]+(?:\s+[\w/-]+){0,2}\s*$/i;
function riskStandsApart(before: string): boolean {
  const first = /^\s*([A-Za-z]+)/.exec(before)?.[1] ?? '';
  // ("Kevin w/ depressive sx, passive SI": a piece led by a name is that person's; "(Mercy 4/2, SI, ...)": a bracket's list stays whole.)
  const clientsOwn = /^[a-z]/.test(first) || isFiniteVerb(first.toLowerCase()) || looksLikePastVerb(first.toLowerCase()) || OBSERVATION_WORDS.has(first.toLowerCase());
  return clientsOwn && !NAMES_RISK.test(before) && !/\([^)]*$/.test(before) && before.trim().split(/\s+/).length >= 2;
}
/** '... "better off without me" - when I asked, he said ...': the clinician's question after a dash starts the answer's statement. */
const DASH_THEN_ASKED = /\s+[-–—]+\s+(?=(?:when|after|once)\s+(?:I|we)\s+asked\b)/gi;
/** "he denied thoughts of hurting himself when I asked didn't ask about drinking": the answer's "when I asked" ends it. */
const WHEN_ASKED_THEN_NEXT = /(?<=\bwhen (?:i|we|the therapist) asked)\s+(?=(?:did not|didn't|didnt|i did not|i didn't|didn't get to|did not get to)\s+(?:ask|assess|screen|get to)\b)/gi;
/** "he's not sure he'd act on it which honestly is concerning": the clinician's own comment on what was just told. */
const WHICH_IS_CONCERNING = /,?\s+(?=which\s+(?:honestly\s+|really\s+|frankly\s+|i think\s+)?(?:is|was)\s+(?:very\s+|really\s+|quite\s+|a bit\s+|somewhat\s+)?(?:concerning|worrying|worrisome|alarming|reassuring|encouraging|a concern|a red flag|a good sign)\b)/gi;
const NAMED_AFTER_COMMA = /,\s+(?!I\s|A\s)(?=[A-Z](?:[a-z]+)?\s+(?:denied|denies|said|says)\b)/g;
/** "Practiced speaker-listener, Tom struggled to stay in listener role": a named person's own act after the work is a statement of its own. */
/** ("..., anxious about scans next wk, did 4-7-8 breathing together, denies SI"): work done together, after a comma, is the session's own statement. */
const COMMA_THEN_DONE_TOGETHER = /,\s+(?=(?:did|practiced|practised|tried|went over)\s[^,;.]{1,40}\btogether\b)/gi;
const NAMED_ACT_AFTER_COMMA = /(?<=^\s*(?:[Pp]racticed|[Pp]ractised|[Rr]ole[- ]?played|[Dd]id|[Tt]ried|[Rr]eviewed|[Ww]orked on|[Ii]ntroduced|[Tt]aught|[Uu]sed)\b[^,;]{2,60}),\s+(?=[A-Z][a-z]+\s+(?:struggled|was|got|became|tried|agreed|refused|declined|engaged|participated|appeared|seemed|needed|managed|did|could|couldn't|was able|had trouble|found)\b)/g;
/** "Psychoed on startle, agreed to a verbal cue": what the client agreed to after the work is their response. */
// ("practiced speaker-listener, agreed to weekly Sunday check-in": after the work done, too.)
const AGREED_AFTER_WORK = /(?<=^\s*(?:psychoed|psychoeducation|psycho-education|discussed|reviewed|explained|taught|introduced|offered|suggested|recommended|explored|processed|practiced|practised|did|used|role-?played|completed|worked on|rehearsed)\b[^,;]{2,80}),\s+(?=agreed\s+(?:to|on)\b)/gi;

/** "has naloxone at home, gave him another kit": the clinician handing the client something is a clause of its own. */
const CLINICIAN_GIVES_AFTER_COMMA = /,\s+(?=(?:gave|handed|provided|offered|showed)\s+(?:him|her|them)\s|(?:consulted|notified|coordinated)\s+with\s|called ahead\b|spoke (?:w\/|with) (?:the )?(?:ed|er|emergency|hospital|intake|crisis|on-call)\b|(?:rtc|f\/u|return to clinic|next (?:session|sess|appt|appointment))\s+(?:in\s+)?\d)/gi;

/**
 * "Linda tearful, said 'I can't do this anymore'", "Pt cried and said ...": what was seen and what was said are two
 * clauses, one observed and one reported; the reader gives the second its doer back.
 */
const SEEN_THEN_SAID = new RegExp(String.raw`(?<=^\s*(?:[A-Z][a-z]+|(?:(?:the|her|his|their)\s+)?(?:${oneOf([...COLLATERAL_SOURCES])})(?:\s+[A-Z][a-z]+)?|pt|client|patient)\s+(?:was\s+|became\s+|got\s+)?(?:visibly\s+|very\s+|quite\s+)?(?:${[...OBSERVATION_WORDS].join('|')}|cried|crying|sobbing|shaking|upset|angry))(?:,\s+(?:and\s+)?|\s+and\s+)(?=(?:said|says|stated|states)\b)`, 'g');

/** "they responded pretty well Jordan actually turned to her": after how it went, a name and its act start anew. */
const WELL_THEN_NAME_ACT = /(?<=\b(?:responded|did|went|took it|handled it|received it)\s+(?:pretty\s+|really\s+|very\s+|fairly\s+|quite\s+)?(?:well|okay|ok|good|poorly|badly))\s+(?=[A-Z][a-z]+\s+(?:(?:actually|then|also|even|finally)\s+)?(?:[a-z]+ed|said|told|went|came|got|gave|took|began|made)\b)/g;
/** "Alicia said lonely Jordan said he feels like a failure": in dictation, a second speaker after a short answer starts anew. */
const SAID_THEN_NAME_SAID = /(?<=\b(?:said|says|named|answered|replied)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?=[A-Z][a-z]+\s+(?:said|says|named|answered|replied)\b)/g;

/** Someone telling, then "that" and what they tell ("Ashley said privately ... that last Sat during an argument"). */
const RELATIVE_TOLD_THAT = /\b(?:said|says|reported|reports|disclosed|shared|told (?:me|us|the therapist))\b[^.;"]{0,80}\bthat\b[^.;"]{1,80}$/i;
/** A relative named by role (the people lexicon), then what they did ("dad shoved mom"). */
const RELATIVE_ACT_START = new RegExp(String.raw`^\s*,?\s*(?:(?:her|his|their)\s+)?(?:${oneOf([...CLOSE_PEOPLE])})\s+[a-z]+ed\b`, 'i');

/** "SE >90% so extended TIB 15 min": the finding, then the schedule set because of it (the plan). */
const SO_THEN_SCHEDULE = /\s+so\s+(?=(?:extended|increased|decreased|reduced|shortened|lengthened|adjusted|titrated|moved|shifted)\s+(?:the\s+)?(?:time in bed|TIB|sleep window|window|bedtime|wake time|rise time)\b)/gi;

/** "agreed Lily and she will stay at grandmother's": a name, then "and" and a pronoun with its verb, is one subject. */
function nameJoinedToPronoun(before: string, after: string): boolean {
  return /\b[A-Z][a-z]+\s*$/.test(before) && /^\s*and\s+(?:she|he|they|i)\s+(?:will|would|are|were|can|both|'ll)\b/i.test(after);
}

/** A fear or a belief about what will happen, its object still open ("scared the pain will come back worse"). */
const FEARED_THEN = /\b(?:scared|afraid|worried|worries|worry|fears?|feared|terrified|nervous|anxious|panicked|convinced|thinks|thought|believes|believed)\b(?:\s+(?:that|about))?\s+[^,;.]{0,80}\b(?:will|would|'ll|won't|is going to|might)\b[^,;.]{0,60}$/i;

function splitAtNewSubject(text: string, span: Span, quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const slice = text.slice(span.start, span.end);
  // ("I asked if she had a plan and she said yes": a yes stays with its question; a no is read as an answer on its own;
  // "... about suicide or hurting anyone and she said no to both": a no to each thing asked answers them all, with the question.)
  const cuts = [...allMatches(NEW_SUBJECT, slice).filter((m) => !(/^\s+and\s+(?:she|he|they)\s+said\s+(?:yes\b|no\s+to\s+(?:both|all|each|either|any|all three|all of (?:it|them|those))\b)/i.test(slice.slice(m.index)) && /\basked\s+(?:(?:him|her|them)\s+)?(?:directly\s+|again\s+)?(?:if|whether|about)\b[^.;,]{0,60}$/i.test(slice.slice(0, m.index)))), ...allMatches(SO_CALLED_CRISIS, slice), ...allMatches(COMMA_THEN_CONTINUE, slice), ...allMatches(COMMA_THEN_GAVE, slice), ...allMatches(CLINICIAN_GIVES_AFTER_COMMA, slice), ...allMatches(NAMED_AFTER_COMMA, slice), ...allMatches(DASH_THEN_ASKED, slice), ...allMatches(WHICH_IS_CONCERNING, slice), ...allMatches(WHEN_ASKED_THEN_NEXT, slice), ...allMatches(NAMED_ACT_AFTER_COMMA, slice), ...allMatches(COMMA_THEN_DONE_TOGETHER, slice), ...allMatches(EATING_AFTER_COACHING, slice), ...allMatches(COMMA_THEN_UNIT_STEP, slice), ...allMatches(AGREED_AFTER_WORK, slice), ...allMatches(RISK_AFTER_COMMA, slice).filter((m) => riskStandsApart(slice.slice(0, m.index)) && !(DENIAL_LIST_OPEN.test(slice.slice(0, m.index)) && !/^,\s+(?:no|denies|denied|passive|active|current|\+)/i.test(slice.slice(m.index)))), ...allMatches(DENIAL_AFTER_COMMA, slice), ...allMatches(NEXT_STEP_AFTER_COMMA, slice), ...allMatches(CLIENT_STANCE_AFTER_COMMA, slice), ...allMatches(RESPONSE_AFTER_COMMA, slice), ...allMatches(SEEN_THEN_SAID, slice), ...allMatches(SO_THEN_SCHEDULE, slice), ...allMatches(SAID_THEN_NAME_SAID, slice), ...allMatches(WELL_THEN_NAME_ACT, slice), ...allMatches(HOMEWORK_AFTER_COMMA, slice), ...allMatches(DENIAL_THEN_WE, slice), ...allMatches(BODY_SEEN_AFTER_COMMA, slice), ...allMatches(COMMA_BUT_TOLD, slice), ...allMatches(ASKED_THEN_GIVEN, slice), ...allMatches(ACCOUNT_AFTER_MARK, slice), ...allMatches(CONTACT_AFTER_DASH, slice)].sort((a, b) => a.index - b.index);
  // (What was seen, or a finding, may be short and still stand on its own: "Pt tearful", "SE >90%".)
  const shortAllowed = new Set([...allMatches(SEEN_THEN_SAID, slice), ...allMatches(SO_THEN_SCHEDULE, slice)].map((m) => m.index));
  for (const m of cuts) {
    const at = span.start + m.index;
    if (insideAny(quotes, at) || (at - start < 12 && !shortAllowed.has(m.index))) continue;
    // ("since the Harmon St. fire 3 wks ago (two child fatalities, pt was first in)": an aside in brackets is never cut.)
    if (/\([^()]*$/.test(text.slice(start, at)) && /^[^()]*\)/.test(text.slice(at, span.end))) continue;
    // ("When explored, pt said he has no intent ...": a leading "when" with a participle alone is the next clause's.)
    if (/^\s*(?:when|if|once|as|unless)\s+[a-z]+ed(?:\s+(?:directly|further|more|again|gently|about (?:it|this|that)))?\s*$/i.test(text.slice(start, at))) continue;
    // "After consultation with supervisor, client agreed ...": a leading phrase with no verb is the next clause's.
    if (/^\s*(?:after|following|before|during|per|upon|with|given)\s+(?:the\s+|a\s+)?[a-z-]+(?:\s+(?:with|of|from|by)\s+(?:the\s+|her\s+|his\s+)?[a-z-]+(?:\s+[a-z-]+)?)?\s*$/i.test(text.slice(start, at))) continue;
    // "w/ Bri's permission, mom called ...": whose permission leads the act that follows it.
    if (/^\s*(?:with|w\/)\s+(?:[A-Z][a-z]+'s|her|his|their|the client's|client's|pt's|patient's)\s+(?:permission|consent|agreement|okay|ok|knowledge)\s*$/i.test(text.slice(start, at))) continue;
    // "agreed Lily and she will stay at grandmother's": a name joined to a pronoun is one subject.
    if (nameJoinedToPronoun(text.slice(start, at), text.slice(at, at + 24))) continue;
    // ("... said privately that last Sat during an argument about the beer, dad shoved mom": the relative's telling runs on.)
    if (RELATIVE_TOLD_THAT.test(text.slice(start, at)) && RELATIVE_ACT_START.test(text.slice(at, at + 40))) continue;
    // "when I asked, he said he was angry": the answer stays with its question ("When I asked gently, V said he hits her": a name's too).
    // ("I asked her alone at the end too, she denied": the same, told as the clinician's act.)
    if (/^\s*(?:(?:when|after|once)\s+(?:I|we)\s+asked\b|(?:and\s+)?(?:I|we)\s+(?:also\s+)?asked\s+(?:her|him|them)\b)[^,;.]{0,40}$/i.test(text.slice(start, at)) && /^,\s+(?:she|he|they|[A-Z][a-z]*)\s+(?:denied|denies|said|says|agreed|answered|replied|endorsed|admitted)\b/.test(text.slice(at, at + 24).replace(/^,\s+(?:She|He|They)\b/, (m) => m.toLowerCase()))) continue;
    // ("Marcus said no, he was venting": the reason given with the answer is part of it.)
    if (/\b(?:said|says)\s+(?:no|nope|yes)\s*$/i.test(text.slice(start, at)) && /^,\s+(?:she|he|they)\s+(?:was|were|is|are|had|has|just|only|'s)\b/i.test(text.slice(at, at + 24))) continue;
    // ("she's scared the pain will come back worse and she'll lose her job"): what else is feared, joined by "and", is still
    // feared, never a plan of its own.
    if (FEARED_THEN.test(text.slice(start, at)) && /^\s+and\s+(?:she|he|they|i)(?:'ll|\s+will|\s+would|'d|\s+won't|\s+might|\s+could)\b/i.test(text.slice(at, at + 24))) continue;
    // "denies SI, denies HI": a denial after a denial stays in its list.
    if (/^,\s+(?:denies|denied|endorses|endorsed)\b/i.test(text.slice(at, at + 20)) && /\b(?:denies|denied|denying|deny|no)\b/i.test(text.slice(start, at))) continue;
    out.push({ start, end: at });
    start = at + m[0].length;
  }
  out.push({ start, end: span.end });
  return out;
}

/**
 * A sentence longer than this is cut into pieces (after a comma when there is one, else between
 * words): no summary sentence is this long, and each later step reads a clause as a whole, so a
 * run of thousands of characters without a full stop would cost time growing with its square.
 */
export const MAX_CLAUSE_CHARS = 1000;

function capLength(text: string, sentences: Span[], quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > MAX_CLAUSE_CHARS) {
      const at = cutPoint(text, start, start + MAX_CLAUSE_CHARS, quotes);
      out.push({ start, end: at });
      start = at;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** Where to cut [start, limit): after the last comma, else the last space, outside quotes, in the second half. */
function cutPoint(text: string, start: number, limit: number, quotes: readonly Span[]): number {
  const half = start + MAX_CLAUSE_CHARS / 2;
  let space = -1;
  for (let i = limit - 1; i > half; i--) {
    const ch = text[i]!;
    if (insideAny(quotes, i)) continue;
    if (ch === ',') return i + 1;
    if (space < 0 && /\s/.test(ch)) space = i + 1;
  }
  if (space > 0) return space;
  // No space at all: never between the two halves of a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit;
}

function splitAt(text: string, from: number, to: number, sep: string, quotes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0 && !insideAny(quotes, i)) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: to });
  return out;
}

function trim(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s,;.:\-–—]/.test(text[s]!)) s++;
  // ("SI-, HI-, SH-": a minus right after a risk term is its negative, never a stray dash.)
  while (e > s && /[\s,;:\-–—]/.test(text[e - 1]!) && !(text[e - 1] === '-' && /(?:\bSI|\bHI|\bSH|NSSI|ideation|harm)$/i.test(text.slice(s, e - 1)))) e--;
  // Joining words at either end belong to no clause ("... and", "but she ...", "so today").
  // ("SO to attend next sess": in capitals, SO is the significant other, never "so".)
  const lead = /^(?:(?:[Aa]nd|AND|[Bb]ut|BUT|[Ss]o|[Tt]hen|THEN|[Oo]r)\s+)+/.exec(text.slice(s, e));
  if (lead && e - s > lead[0].length + 3) s += lead[0].length;
  // ("... the last month or so": "or so" is how roughly, never a joining word.)
  // ("agreed to do the AUDIT before then", "since then", "until then": "then" after the word that makes it a time is that time.)
  const tail = /\s+(?:and|but|so|then|or)$/i.exec(text.slice(s, e).replace(/\bor so$/i, 'or-so').replace(/\b(?:before|since|until|till|by|from|after|back|even|just|right|only) then$/i, 'at-that-time'));
  if (tail && e - s > tail[0].length + 3) e -= tail[0].length;
  // A trailing full stop is punctuation, not content.
  while (e > s && text[e - 1] === '.' && !/\.\.$/.test(text.slice(s, e)) && !/(?:^|\s)[A-Z]\.$/.test(text.slice(s, e))) e--;
  return e > s ? { start: s, end: e } : undefined;
}
