// The suggestion library is data a clinician extends: these checks keep it whole.
import { describe, expect, it } from 'vitest';
import { PLAN_LIBRARY } from '#plans';
import { ICD10_CODES } from '../../src/server/icd10/icd10-codes.ts';

describe('the plan suggestion library', () => {
  it('covers the conditions therapists plan for most', () => {
    expect(PLAN_LIBRARY.map((c) => c.key)).toEqual(['depression', 'generalized-anxiety', 'panic', 'ptsd', 'ocd', 'adhd', 'substance-use', 'adjustment', 'couples-conflict', 'child-behaviour']);
  });

  it('has unique ids, and every objective serves a goal of its own condition', () => {
    const ids = PLAN_LIBRARY.flatMap((c) => [...c.goals, ...c.objectives, ...c.interventions].map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of PLAN_LIBRARY) {
      for (const id of [...c.goals, ...c.objectives, ...c.interventions].map((i) => i.id)) expect(id.split('.')[0], id).toBe(c.goals[0]?.id.split('.')[0]);
      for (const o of c.objectives) expect(c.goals.map((g) => g.id), o.id).toContain(o.goal);
    }
  });

  it('offers at least two goals, two measurable objectives and two interventions for each condition', () => {
    for (const c of PLAN_LIBRARY) {
      expect(c.goals.length, c.key).toBeGreaterThanOrEqual(2);
      expect(c.interventions.length, c.key).toBeGreaterThanOrEqual(2);
      expect(c.objectives.length, c.key).toBeGreaterThanOrEqual(2);
      for (const o of c.objectives) for (const part of [o.behaviour, o.measure, o.target]) expect(part.trim(), o.id).not.toBe('');
    }
  });

  it('matches each condition to codes in the ICD-10-CM list', () => {
    for (const c of PLAN_LIBRARY) {
      for (const prefix of c.codes) expect(ICD10_CODES.some((code) => code.code.startsWith(prefix)), `${c.key}: ${prefix}`).toBe(true);
    }
  });
});
