// Applies a list of regex rules in order, as a loop of `text.replace(rule.pattern, ...)` would, but
// cheaper: most rules match nothing in a given clause, and one test of a run of rules together costs
// about what one rule costs alone. Output is the same as the plain loop's (see the proof below).

/** Rules tested together: a run of at most this many, in list order. */
const RUN_LENGTH = 8;

export interface RulesInOrderOptions<R, C> {
  rules: readonly R[];
  /** The rule's pattern; `apply` must leave the text as it is wherever this matches nothing. */
  patternOf: (rule: R) => RegExp;
  /** One rule applied to the whole text (a global replace, usually). */
  apply: (text: string, rule: R, context: C) => string;
}

/**
 * The rules as one function of the text, applied in list order. A run of rules is skipped when no
 * rule's pattern matches the text at the start of the run: then the first rule changes nothing, so
 * the second sees the same text and changes nothing, and so on to the end of the run.
 * @example
 * const tidy = applyRulesInOrder({ rules: [[/\bw\//g, 'with '], [/\s{2,}/g, ' ']], patternOf: ([re]) => re, apply: (t, [re, to]) => t.replace(re, to) });
 * tidy('w/  mom', undefined) // 'with mom'
 */
export function applyRulesInOrder<R, C>({ rules, patternOf, apply }: RulesInOrderOptions<R, C>): (text: string, context: C) => string {
  const passes = rules.map((rule) => ({ rule, couldMatch: withoutLeadingLookbehinds(patternOf(rule)) }));
  const runs: { tests: RegExp[]; passes: typeof passes }[] = [];
  for (let at = 0; at < passes.length; at += RUN_LENGTH) {
    const run = passes.slice(at, at + RUN_LENGTH);
    runs.push({ tests: combinedTests(run.map((p) => p.couldMatch ?? patternOf(p.rule))), passes: run });
  }
  return (text, context) => {
    let out = text;
    for (const run of runs) {
      if (!run.tests.some((test) => test.test(out))) continue;
      for (const { rule, couldMatch } of run.passes) {
        if (couldMatch && !couldMatch.test(out)) continue;
        out = apply(out, rule, context);
      }
    }
    return out;
  };
}

/**
 * One alternation per set of flags that matches wherever one of the patterns does. A pattern that
 * cannot share an alternation (a back-reference or a named group would change meaning or clash) is
 * tested on its own.
 */
function combinedTests(patterns: RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const p of patterns) {
    const flags = p.flags.replace(/[gyd]/g, '');
    if (/\\[1-9]|\\k<|\(\?<(?![=!])/.test(p.source)) alone.push(new RegExp(p.source, flags));
    else byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${p.source})`]);
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...alone];
}

/**
 * The pattern without the lookbehinds it opens with, or undefined when there are none. Dropping an
 * assertion only widens a match, so where this finds nothing the rule finds nothing: a cheap test
 * first, because V8 tries a long lookbehind ("UDS ... within 60 characters") at every position.
 */
function withoutLeadingLookbehinds(pattern: RegExp): RegExp | undefined {
  const src = pattern.source;
  let at = 0;
  while (src.startsWith('(?<=', at) || src.startsWith('(?<!', at)) {
    let depth = 0;
    let inClass = false;
    let i = at;
    for (; i < src.length; i++) {
      const ch = src[i];
      if (ch === '\\') i++;
      else if (inClass) inClass = ch !== ']';
      else if (ch === '[') inClass = true;
      else if (ch === '(') {
        // A capture inside would renumber the groups after it: keep the rule as it is.
        if (src[i + 1] !== '?' || (src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!')) return undefined;
        depth++;
      } else if (ch === ')' && --depth === 0) break;
    }
    at = i + 1;
  }
  const rest = src.slice(at);
  if (at === 0 || !rest || /^[|*+?{]/.test(rest)) return undefined;
  return new RegExp(rest, pattern.flags.replace(/[gy]/g, ''));
}
