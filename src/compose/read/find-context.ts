// NegEx/ConText-style scope: for a target phrase in a clause, which triggers govern it.
// A forward trigger reaches targets after it, a backward trigger those before it, until a
// terminating word ("but", "endorses") or the clause's end.
// The triggers of a clause are found once (scanContext); each target's scope is then read from
// states precomputed over the sorted triggers, so a clause with many targets ("SI/HI SI/HI ...")
// costs the same as one rule scan, not one scan per target.
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
  // The longest literal already found over each character: rules come longest first.
  const longest = new Uint16Array(text.length);
  for (const { rule, re } of RULE_PATTERNS) {
    const length = rule.literal.length;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Longer literals were added first; a shorter one inside them is the same words.
      if (coveredByLonger(longest, start, end, length)) continue;
      hits.push({ start, end, rule });
      for (let i = start; i < end; i++) if (longest[i]! < length) longest[i] = length;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function coveredByLonger(longest: Uint16Array, start: number, end: number, length: number): boolean {
  for (let i = start; i < end; i++) if (longest[i]! > length) return true;
  return false;
}

const isForward = (h: Hit): boolean => h.rule.direction === 'forward' || h.rule.direction === 'bidirectional';
const isBackward = (h: Hit): boolean => h.rule.direction === 'backward' || h.rule.direction === 'bidirectional';

/** Categories that govern targets in one clause: call the answer with each target's [start, end). */
export type ContextScope = (start: number, end: number) => Set<ContextCategory>;

/**
 * Finds the clause's triggers once and answers, for any target in it, the categories that govern it.
 * @example scanContext('denies si, endorses hi')(7, 9) // Set { 'negated' }
 */
export function scanContext(clause: string): ContextScope {
  const hits = findTriggers(clause.toLowerCase());
  const n = hits.length;
  // forward[i]: what governs a target just after hits[0..i], read from the nearest trigger back.
  const forward: ContextCategory[][] = [];
  let state: ContextCategory[] = [];
  for (const h of hits) {
    if (h.rule.direction === 'terminate') state = [];
    else if (isForward(h)) state = h.rule.category === 'negated' ? ['negated'] : withCategory(state, h.rule.category);
    forward.push(state);
  }
  // backward[i]: what governs a target just before hits[i..], read from the nearest trigger on.
  const backward: ContextCategory[][] = new Array(n + 1);
  backward[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.rule.direction === 'terminate' || h.rule.direction === 'forward') backward[i] = [];
    else backward[i] = isBackward(h) ? withCategory(backward[i + 1]!, h.rule.category) : backward[i + 1]!;
  }
  // The furthest end among hits[0..i]: a trigger that runs into the target is not before it.
  const reach: number[] = [];
  let far = -1;
  for (const h of hits) {
    far = Math.max(far, h.end);
    reach.push(far);
  }
  return (start, end) => {
    const out = new Set<ContextCategory>();
    const before = firstStartingAtOrAfter(hits, start);
    if (before > 0) {
      if (reach[before - 1]! <= start) for (const c of forward[before - 1]!) out.add(c);
      else for (const c of forwardWalk(hits.slice(0, before).filter((h) => h.end <= start))) out.add(c);
    }
    for (const c of backward[firstStartingAtOrAfter(hits, end)]!) out.add(c);
    return out;
  };
}

/** Categories that govern the target at [start, end) in the clause. */
export function contextOf(clause: string, start: number, end: number): Set<ContextCategory> {
  return scanContext(clause)(start, end);
}

function withCategory(state: ContextCategory[], category: ContextCategory): ContextCategory[] {
  return state.includes(category) ? state : [...state, category];
}

function firstStartingAtOrAfter(hits: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Forward triggers before a target, nearest first, stopping at a terminator or a negation. */
function forwardWalk(before: readonly Hit[]): ContextCategory[] {
  const out: ContextCategory[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const h = before[i]!;
    if (h.rule.direction === 'terminate') break;
    if (isForward(h)) {
      if (!out.includes(h.rule.category)) out.push(h.rule.category);
      if (h.rule.category === 'negated') break;
    }
  }
  return out;
}
