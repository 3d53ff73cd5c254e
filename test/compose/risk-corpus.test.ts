import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { RISK_CORPUS } from './risk-corpus.ts';

// Risk is read right on every labelled phrasing: negation marks, contrast, quotes after a
// denial, history, urges versus acts, other people's risk, teaching and questions, screens,
// homicidal ideation and safety lines (issue 6). 100% is the bar, not a target.
describe('risk corpus', () => {
  it('holds at least 300 labelled phrasings', () => {
    expect(RISK_CORPUS.length).toBeGreaterThanOrEqual(300);
  });

  it.each(RISK_CORPUS.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const doc = composeNote({ summary: c.text, format: 'soap' });
    const got = { si: doc.risk.si, hi: doc.risk.hi, selfHarm: doc.risk.selfHarm, plan: doc.risk.plan, intent: doc.risk.intent, means: doc.risk.means, threat: doc.risk.threat ?? false };
    const want = Object.fromEntries(Object.entries(c).filter(([k]) => k in got));
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof typeof got]]))).toEqual(want);
    const risk = doc.sections.find((s) => s.key === 'risk')!.text;
    for (const w of c.says ?? []) expect(risk).toContain(w);
    for (const w of c.never ?? []) expect(risk).not.toContain(w);
  });
});
