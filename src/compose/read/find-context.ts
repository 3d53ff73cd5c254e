// NegEx/ConText-style scope: for a target phrase in a clause, which triggers govern it.
// A forward trigger reaches targets after it, a backward trigger those before it, until a
// terminating word ("but", "endorses") or the clause's end.
import { escapeRegExp } from './escape-reg-exp.ts';
import { CONTEXT_RULES, type ContextCategory, type ContextRule } from '../lexicon/context-rules.ts';

interface Hit {
  start: number;
  end: number;
  rule: ContextRule;
}

const RULE_PATTERNS = CONTEXT_RULES.map((rule) => ({ rule, re: new RegExp(`(?<![a-z0-9'])${escapeRegExp(rule.literal)}(?![a-z0-9])`, 'g') }));

function findTriggers(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { rule, re } of RULE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Longer literals were added first; a shorter one inside them is the same words.
      if (hits.some((h) => start < h.end && end > h.start && h.rule.literal.length > rule.literal.length)) continue;
      hits.push({ start, end, rule });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Categories that govern the target at [start, end) in the lower-cased clause. */
export function contextOf(clause: string, start: number, end: number): Set<ContextCategory> {
  const text = clause.toLowerCase();
  const hits = findTriggers(text).filter((h) => h.end <= start || h.start >= end);
  const out = new Set<ContextCategory>();
  // Forward triggers before the target, stopping at the nearest terminator.
  for (const h of hits.filter((x) => x.end <= start).reverse()) {
    if (h.rule.direction === 'terminate') break;
    if (h.rule.direction === 'forward' || h.rule.direction === 'bidirectional') {
      out.add(h.rule.category);
      if (h.rule.category === 'negated') break;
    }
  }
  for (const h of hits.filter((x) => x.start >= end)) {
    if (h.rule.direction === 'terminate' || h.rule.direction === 'forward') break;
    if (h.rule.direction === 'backward' || h.rule.direction === 'bidirectional') out.add(h.rule.category);
  }
  return out;
}
