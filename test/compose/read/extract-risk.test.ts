import { describe, expect, it } from 'vitest';
import { emptyRisk, extractRisk, isRiskStatement } from '../../../src/compose/read/extract-risk.ts';
import { rewriteClause } from '../../../src/compose/read/read-summary.ts';
import { splitClauses } from '../../../src/compose/read/split-clauses.ts';
import type { RiskRecord } from '../../../src/compose/types.ts';

/** extractRisk reads clauses whose shorthand is already spelled out, as the reader gives them. */
const risk = (summary: string): RiskRecord => extractRisk(splitClauses(summary).map((c) => rewriteClause(c.text)));
const status = (summary: string): Pick<RiskRecord, 'si' | 'hi' | 'selfHarm'> => {
  const r = risk(summary);
  return { si: r.si, hi: r.hi, selfHarm: r.selfHarm };
};

describe('extractRisk: negation traps', () => {
  it('"denies SI but endorses passive death wish" is passive SI', () => {
    expect(risk('denies SI but endorses passive death wish').si).toBe('passive');
  });

  it('"no SI today, hx of SI 2019" is denied (history does not override today)', () => {
    expect(risk('no SI today, hx of SI 2019').si).toBe('denied');
  });

  it("\"pt's mother reports SI\" is the mother's, not assessed for the client", () => {
    expect(status("pt's mother reports SI")).toEqual({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
  });

  it('"denies SI/HI": SI and HI denied, self-harm not assessed', () => {
    expect(status('denies SI/HI')).toEqual({ si: 'denied', hi: 'denied', selfHarm: 'not_assessed' });
  });

  it('"chronic passive SI per hx, no plan" is passive with plan false', () => {
    const r = risk('chronic passive SI per hx, no plan');
    expect(r.si).toBe('passive');
    expect(r.plan).toBe(false);
  });

  it('"hx of cutting, none in 6 months" is a history of self-harm', () => {
    expect(risk('hx of cutting, none in 6 months').selfHarm).toBe('history');
  });

  it('"cutting 2x this week" is present self-harm', () => {
    expect(risk('cutting 2x this week').selfHarm).toBe('present');
  });

  it('"endorses HI toward coworker" is present HI (the coworker is the target, not the experiencer)', () => {
    expect(risk('endorses HI toward coworker').hi).toBe('present');
  });

  it('"if urges return she will call 988" is hypothetical: nothing assessed', () => {
    const r = risk('if urges return she will call 988');
    expect({ si: r.si, hi: r.hi, selfHarm: r.selfHarm }).toEqual({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
  });
});

describe('extractRisk: more statements', () => {
  it.each<[string, Partial<RiskRecord>]>([
    ['denies SI, HI and self-harm', { si: 'denied', hi: 'denied', selfHarm: 'denied' }],
    ['denied SI/HI/SH', { si: 'denied', hi: 'denied', selfHarm: 'denied' }],
    ['denies SH', { selfHarm: 'denied', si: 'not_assessed', hi: 'not_assessed' }],
    ['no HI', { hi: 'denied', si: 'not_assessed' }],
    ['endorses SI with plan to overdose', { si: 'active', plan: true }],
    ['passive SI, no plan, no intent, no access to means', { si: 'passive', plan: false, intent: false, means: false }],
    ['wishes she would not wake up', { si: 'passive' }],
    ['hx of SI', { si: 'not_assessed' }],
    ['denies SI. friend has SI', { si: 'denied' }],
  ])('%s', (summary, want) => {
    expect(risk(summary)).toMatchObject(want);
  });

  it('reads a stated risk level and never infers one', () => {
    expect(risk('denies SI. risk low').level).toBe('low');
    expect(risk('denies SI. low risk').level).toBe('low');
    expect(risk('denies SI').level).toBeUndefined();
    expect(risk('endorses SI with plan').level).toBeUndefined();
  });

  it('collects safety plan statements and protective factors', () => {
    const r = risk('denies current SI; safety plan reviewed\nprotective factors: kids, faith, job');
    expect(r.si).toBe('denied');
    expect(r.safetyPlan).toEqual(['safety plan reviewed']);
    expect(r.protectiveFactors).toEqual(['kids', 'faith', 'job']);
  });

  it('says nothing was assessed when nothing about risk was said', () => {
    expect(risk('pt reports better sleep. we practiced grounding.')).toEqual(emptyRisk());
  });

  it('a specific statement outranks an unqualified mention; endorsement outranks denial', () => {
    expect(risk('denies SI. later disclosed passive SI').si).toBe('passive');
  });
});

describe('extractRisk is stateless', () => {
  const traps = [
    'denies SI but endorses passive death wish',
    'no SI today, hx of SI 2019',
    'denies SI/HI',
    'chronic passive SI per hx, no plan',
    'endorses SI with plan to overdose',
  ];

  it('the same clauses give the same record whatever was read before them', () => {
    for (const t of traps) {
      risk('pt ok'); // no risk words: a clean start
      const clean = risk(t);
      risk('she talked for a long time about her week at work and then, near the end, denied any SI');
      expect(risk(t), t).toEqual(clean);
    }
  });

  it('the answer does not depend on the call before it', () => {
    const alone = risk('denies SI/HI');
    risk('denies SI but endorses passive death wish');
    expect(risk('denies SI/HI')).toEqual(alone);
    expect(alone.si).toBe('denied');
  });
});

describe('isRiskStatement', () => {
  it.each(['denies suicidal ideation or homicidal ideation', 'chronic passive suicidal ideation per history, no plan', 'no self-harm', 'risk assessment completed, low risk'])('%s is a risk statement', (t) => {
    expect(isRiskStatement(t)).toBe(true);
  });

  it.each(['client reports better sleep', 'discussed her mother and the move to a new apartment after the divorce and suicide of her uncle'])('%s is not', (t) => {
    expect(isRiskStatement(t)).toBe(false);
  });
});
