// Reads suicide, homicide and self-harm risk from the clauses, with negation, history,
// hypotheticals and other people's risk kept apart (reference/clinical.md section 6.1).
import { escapeRegExp } from './escape-reg-exp.ts';
import { OTHER_PEOPLE } from '../lexicon/cues.ts';
import {
  ACTIVE_MARKERS, HI_TERMS, INTENT_TERMS, MEANS_TERMS, PASSIVE_MARKERS, PLAN_TERMS, PROTECTIVE_TERMS, SAFETY_PLAN_TERMS, SELF_HARM_PAST_MARKERS, SELF_HARM_TERMS, SI_TERMS,
} from '../lexicon/risk-terms.ts';
import type { RiskRecord } from '../types.ts';
import { type ContextScope, scanContext } from './find-context.ts';

// "non-suicidal self-injury" is not suicidal ideation: a hyphen before a term joins it to another word.
const termRe = (terms: readonly string[]): RegExp => new RegExp(`(?<![a-z-])(${[...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z])`, 'g');
/** test() on a global pattern moves its lastIndex; this never does. */
const found = (re: RegExp, text: string): boolean => text.search(re) >= 0;
const SI = termRe(SI_TERMS);
const HI = termRe(HI_TERMS);
const SH = termRe(SELF_HARM_TERMS);
const SAFETY = termRe(SAFETY_PLAN_TERMS);
const ANY_RISK = termRe([...SI_TERMS, ...HI_TERMS, ...SELF_HARM_TERMS, ...SAFETY_PLAN_TERMS, 'risk assessment', 'risk', 'hallucinations']);
const OTHER_SUBJECT = new RegExp(`^(?:the |her |his |their |client's |patient's )?(${OTHER_PEOPLE.map(escapeRegExp).join('|')})\\b`);

/** A denial of current risk after a history ("none currently", "not now", "none at this time"). */
const NONE_NOW = /\b(none|no|not|denies|denied)\b[^.;]{0,16}\b(currently|current|now|today|at this time|presently)\b/;

/** "cutting back caffeine", "cut her hair": the word, not the behaviour. */
const NOT_SELF_HARM = /^(cutting|cut) (back|down|out|off|ties|class|classes|school|corners|costs|hours|hair|her hair|his hair|the|a|it|in|up)\b/;

/** Words that carry no content of their own in a risk screening line. */
const SCREENING_WORDS = new Set(['denies', 'denied', 'deny', 'no', 'not', 'reports', 'reported', 'endorses', 'endorsed', 'per', 'history', 'chronic', 'passive', 'active', 'current', 'currently', 'today', 'plan', 'intent', 'means', 'voiced', 'with', 'without', 'and', 'or', 'of', 'the', 'any', 'at', 'this', 'time', 'in', 'session', 'change', 'also', 'client', 'thoughts', 'ideation', 'acute', 'low', 'moderate', 'high', 'level', 'assessed', 'screened', 'for', 'reviewed', 'updated', 'completed', 'given', 'was', 'is', 'a', 'to', 'on', 'nor', 'either', 'other', 'auditory', 'visual', 'or', 'substance', 'use']);

/** A clause that is mostly a risk screening statement ("denies SI/HI", "chronic passive SI per hx"). */
export function isRiskStatement(text: string): boolean {
  const t = text.toLowerCase();
  if (!found(ANY_RISK, t)) return false;
  const rest = t.replace(ANY_RISK, ' ').replace(/[^a-z\s-]/g, ' ').split(/\s+/).filter((w) => w && !SCREENING_WORDS.has(w));
  return rest.length <= 3;
}

/** A clause that states current risk (SI, HI or self-harm endorsed) belongs in the risk section. */
export function endorsesRisk(text: string): boolean {
  const t = text.toLowerCase();
  if (!found(SI, t) && !found(HI, t) && !found(SH, t)) return false;
  const r = extractRisk([text]);
  return r.si === 'passive' || r.si === 'active' || r.hi === 'present' || r.selfHarm === 'present';
}

export function emptyRisk(): RiskRecord {
  return { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] };
}

interface Finding {
  status: string;
  specific: boolean;
}

/** A clause-wide test run at most once, and only when a mention needs it. */
function once(test: () => boolean): () => boolean {
  let value: boolean | undefined;
  return () => {
    value ??= test();
    return value;
  };
}

/** Reads the risk record from clauses whose shorthand is already spelled out. */
export function extractRisk(clauses: readonly string[]): RiskRecord {
  const risk = emptyRisk();
  const si: Finding[] = [];
  const hi: string[] = [];
  const sh: string[] = [];
  for (const clause of clauses) {
    const t = clause.toLowerCase();
    const otherPerson = OTHER_SUBJECT.test(t.trim());
    // Clause-wide facts are read once, not once per mention: a clause may repeat a term many times.
    let scope: ContextScope | undefined;
    const contextOf: ContextScope = (start, end) => {
      scope ??= scanContext(t);
      return scope(start, end);
    };
    const chronic = once(() => /\bchronic\b/.test(t));
    const noneNow = once(() => NONE_NOW.test(t));
    const deniesHistory = once(() => /\b(no|denies|denied|never)\s+(any\s+)?(history|hx)\b/.test(t));
    for (const m of t.matchAll(SI)) {
      const ctx = contextOf(m.index, m.index + m[0].length);
      if (ctx.has('other_person') || ctx.has('hypothetical') || otherPerson) continue;
      if (ctx.has('historical') && !chronic()) {
        // "hx of SI 2019, none currently": the history is not today's status, the denial is.
        if (noneNow()) si.push({ status: 'denied', specific: true });
        continue;
      }
      if (ctx.has('negated')) {
        si.push({ status: 'denied', specific: true });
        continue;
      }
      const near = t.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
      if (PASSIVE_MARKERS.some((p) => near.includes(p))) si.push({ status: 'passive', specific: true });
      else if (ACTIVE_MARKERS.some((p) => near.includes(p))) si.push({ status: 'active', specific: true });
      else si.push({ status: 'active', specific: false });
    }
    if (found(SI, t) && !otherPerson) readPlanIntentMeans(t, risk);
    for (const m of t.matchAll(HI)) {
      // "wanting to hurt herself" is self-harm, not harm to others.
      if (/^\s*(herself|himself|themselves|themself|myself|self)\b/.test(t.slice(m.index + m[0].length))) continue;
      const ctx = contextOf(m.index, m.index + m[0].length);
      if (ctx.has('other_person') || ctx.has('hypothetical') || otherPerson) continue;
      if (ctx.has('historical')) continue;
      hi.push(ctx.has('negated') ? 'denied' : 'present');
    }
    for (const m of t.matchAll(SH)) {
      if (NOT_SELF_HARM.test(t.slice(m.index))) continue;
      const ctx = contextOf(m.index, m.index + m[0].length);
      if (ctx.has('other_person') || ctx.has('hypothetical') || otherPerson) continue;
      if (ctx.has('historical')) {
        // "no hx of cutting" denies a history; "hx of cutting, none in 6 months" is a history.
        sh.push(deniesHistory() ? 'denied' : 'history');
        continue;
      }
      if (ctx.has('negated')) {
        // "no SH since 2021" says there was self-harm before 2021.
        sh.push(/^\S*\s+(?:\w+\s+)?since\b/.test(t.slice(m.index)) ? 'history' : 'denied');
        continue;
      }
      const before = t.slice(Math.max(0, m.index - 25), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 25);
      sh.push(SELF_HARM_PAST_MARKERS.some((p) => before.includes(p) || after.startsWith(` ${p}`)) ? 'history' : 'present');
    }
    if (found(SAFETY, t)) risk.safetyPlan.push(clause.trim());
    if (PROTECTIVE_TERMS.some((p) => t.includes(p))) {
      const list = clause.slice(clause.indexOf(':') + 1).split(/,|;| and /).map((s) => s.trim()).filter((s) => s && !PROTECTIVE_TERMS.some((p) => s.toLowerCase().includes(p)));
      risk.protectiveFactors.push(...list);
    }
    const level = /\brisk (?:level |is |was |assessed as |judged )?(?:as )?(low|moderate|high)\b|\b(low|moderate|high) risk\b/.exec(t);
    if (level) risk.level = level[1] ?? level[2];
  }
  risk.si = resolveSi(si);
  risk.hi = hi.includes('present') ? 'present' : hi.includes('denied') ? 'denied' : 'not_assessed';
  risk.selfHarm = sh.includes('present') ? 'present' : sh.includes('history') ? 'history' : sh.includes('denied') ? 'denied' : 'not_assessed';
  return risk;
}

/** A specific statement (passive, active, denied) outranks an unqualified mention. */
function resolveSi(findings: Finding[]): RiskRecord['si'] {
  const specific = findings.filter((f) => f.specific).map((f) => f.status);
  if (specific.includes('active')) return 'active';
  if (specific.includes('passive')) return 'passive';
  if (findings.some((f) => !f.specific)) return 'active';
  if (specific.includes('denied')) return 'denied';
  return 'not_assessed';
}

function readPlanIntentMeans(t: string, risk: RiskRecord): void {
  for (const [terms, key] of [[PLAN_TERMS, 'plan'], [INTENT_TERMS, 'intent'], [MEANS_TERMS, 'means']] as const) {
    for (const term of terms) {
      const i = t.indexOf(term);
      if (i < 0 || t.includes('safety plan')) continue;
      // Only a denial next to the word counts: "no specific plan, intent 'maybe'" denies the plan, not the intent.
      const negated = new RegExp(`\\b(no|denies|denied|without|not|nor)\\s+(?:\\w+\\s+){0,2}${term}`).test(t) || new RegExp(`${term}\\s+(denied|negative|absent)`).test(t);
      risk[key] = !negated;
    }
  }
}
