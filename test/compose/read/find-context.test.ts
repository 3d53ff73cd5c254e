// The ConText scope is read once per clause: the answers must be the ones a scan per target
// gives (the reference below is the algorithm as it was), and a clause that repeats a target
// thousands of times must not cost a scan per target.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_RULES, type ContextCategory, type ContextRule } from '../../../src/compose/lexicon/context-rules.ts';
import { contextOf, scanContext } from '../../../src/compose/read/find-context.ts';
import { escapeRegExp } from '../../../src/compose/read/escape-reg-exp.ts';

/** The scan per target, as it was before triggers were indexed once per clause. */
function referenceContextOf(clause: string, start: number, end: number): Set<ContextCategory> {
  const text = clause.toLowerCase();
  const hits: { start: number; end: number; rule: ContextRule }[] = [];
  for (const rule of CONTEXT_RULES) {
    const re = new RegExp(`(?<![a-z0-9'])${escapeRegExp(rule.literal)}(?![a-z0-9])`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (hits.some((h) => s < h.end && e > h.start && h.rule.literal.length > rule.literal.length)) continue;
      hits.push({ start: s, end: e, rule });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  const around = hits.filter((h) => h.end <= start || h.start >= end);
  const out = new Set<ContextCategory>();
  for (const h of around.filter((x) => x.end <= start).reverse()) {
    if (h.rule.direction === 'terminate') break;
    if (h.rule.direction === 'forward' || h.rule.direction === 'bidirectional') {
      out.add(h.rule.category);
      if (h.rule.category === 'negated') break;
    }
  }
  for (const h of around.filter((x) => x.start >= end)) {
    if (h.rule.direction === 'terminate' || h.rule.direction === 'forward') break;
    if (h.rule.direction === 'backward' || h.rule.direction === 'bidirectional') out.add(h.rule.category);
  }
  return out;
}

const sorted = (s: Set<ContextCategory>): ContextCategory[] => [...s].sort();

describe('scanContext', () => {
  it('reads negation, history, other people and terminators as before', () => {
    const cases: [string, string, ContextCategory[]][] = [
      ['denies si, endorses hi', 'si', ['negated']],
      ['denies si, endorses hi', 'hi', []],
      ['hx of si in 2019', 'si', ['historical']],
      ["mother's si", 'si', ['other_person']],
      ['si absent', 'si', ['negated']],
      ['if si returns she will call', 'si', ['hypothetical']],
      ['no longer si', 'si', ['negated']],
    ];
    for (const [clause, target, want] of cases) {
      const at = clause.indexOf(target);
      expect(sorted(contextOf(clause, at, at + target.length)), clause).toEqual(want);
    }
  });

  it('answers every target of any clause as the scan per target does', () => {
    const words = ['si', 'hi', 'self-harm', 'denies', 'no', 'not', 'hx of', 'history of', 'but', 'endorses', 'with', 'if', 'denied', 'none', 'in the past', "mother's", 'sister reports', 'no longer', 'negative for', 'past', 'years ago', 'reports', 'today', 'and', ',', 'plan', 'ruled out', 'not endorsed', 'possible', 'no evidence of'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 25 }), (parts) => {
        const clause = parts.join(' ');
        const scope = scanContext(clause);
        for (const target of ['si', 'hi', 'self-harm']) {
          for (let at = clause.indexOf(target); at >= 0; at = clause.indexOf(target, at + 1)) {
            expect(sorted(scope(at, at + target.length))).toEqual(sorted(referenceContextOf(clause, at, at + target.length)));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads a clause of 3,000 targets in one pass', () => {
    const clause = 'denies si hx of hi '.repeat(1000);
    const t0 = performance.now();
    const scope = scanContext(clause);
    let negated = 0;
    for (let at = clause.indexOf('si'); at >= 0; at = clause.indexOf('si', at + 1)) if (scope(at, at + 2).has('negated')) negated++;
    expect(negated).toBe(1000);
    // A scan per target took seconds here; one pass takes milliseconds. The bound is loose on purpose.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
