// Drafting a treatment plan from intake summaries: what each plan must hold, what it must ask
// for, and that nothing in it is invented (every item traces to the summary, the worksheet or a
// picked suggestion).
import { describe, expect, it } from 'vitest';
import { draftPlan, type PlanDraft, PlanError, type TPlanSource } from '#plans';
import { ICD10_CODES } from '../../src/server/icd10/icd10-codes.ts';
import { PLAN_CASES } from './plan-summaries.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ways a clinician may have written an ISO date. */
function writtenForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [iso, `${m}/${d}/${y}`, `${m}/${d}/${String(y).slice(2)}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1]} ${y}`];
}

/** Fails when a plan item is not a piece of its source. */
function expectTraced(summary: string, source: TPlanSource, texts: (string | null)[]): void {
  expect(source.origin).toBe('summary');
  if (source.origin !== 'summary') return;
  const pieces = source.spans.map(({ start, end }) => {
    expect(end).toBeLessThanOrEqual(summary.length);
    expect(start).toBeLessThan(end);
    return summary.slice(start, end);
  });
  for (const text of texts) {
    if (text === null) continue;
    for (const part of text.split('; ')) expect(pieces.some((piece) => piece.includes(part)), `“${part}” is not in its source spans`).toBe(true);
  }
}

/** Every item of a plan drafted from a summary alone is a piece of that summary. */
function expectNothingInvented(summary: string, draft: PlanDraft, planDate: string | undefined): void {
  const { plan } = draft;
  for (const d of plan.diagnoses) {
    expectTraced(summary, d.source, []);
    if (d.source.origin === 'summary') expect(summary.slice(d.source.spans[0]?.start, d.source.spans[0]?.end).toUpperCase()).toBe(d.code);
    expect(d.name).toBe(ICD10_CODES.find((c) => c.code === d.code)?.label ?? '');
  }
  for (const p of plan.problems) expectTraced(summary, p.source, [p.text, p.impact]);
  for (const g of plan.goals) expectTraced(summary, g.source, [g.text]);
  for (const o of plan.objectives) {
    expectTraced(summary, o.source, [o.behaviour, o.measure, o.target]);
    if (o.goalId !== null) expect(plan.goals.map((g) => g.id)).toContain(o.goalId);
  }
  for (const v of plan.interventions) expectTraced(summary, v.source, [v.text, v.frequency]);
  for (const item of [...plan.strengths, ...plan.barriers, ...(plan.sessionFrequency ? [plan.sessionFrequency] : [])]) expectTraced(summary, item.source, [item.text]);
  for (const date of [plan.reviewDate, plan.targetDate, ...plan.objectives.map((o) => o.date)]) {
    if (date === null) continue;
    const written = writtenForms(date).some((form) => summary.toLowerCase().includes(form.toLowerCase()));
    const counted = planDate !== undefined && /\b(?:in|within) \d+ (?:days|weeks|months)\b/i.test(summary);
    expect(written || counted, `the date ${date} is neither written nor counted from the plan date`).toBe(true);
  }
}

describe('drafting a plan from an intake summary', () => {
  it('has 30 or more summaries to draft from', () => {
    expect(PLAN_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PLAN_CASES.map((c) => c.id)).size).toBe(PLAN_CASES.length);
  });

  for (const c of PLAN_CASES) {
    it(`${c.id}: holds what the summary gave, asks for what it lacks, invents nothing`, () => {
      const draft = draftPlan({ summary: c.summary, reference: ICD10_CODES, ...(c.date ? { date: c.date } : {}) });
      const { plan, prompts } = draft;
      expectNothingInvented(c.summary, draft, c.date);
      const e = c.expect;
      if (e.codes) expect(plan.diagnoses.map((d) => d.code)).toEqual(e.codes);
      const counts = { goals: plan.goals, objectives: plan.objectives, interventions: plan.interventions, strengths: plan.strengths, barriers: plan.barriers, problems: plan.problems };
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
        if (e[key] !== undefined) expect(counts[key], key).toHaveLength(e[key]);
      }
      if (e.reviewDate !== undefined) expect(plan.reviewDate).toBe(e.reviewDate);
      if (e.targetDate !== undefined) expect(plan.targetDate).toBe(e.targetDate);
      if (e.sessionFrequency !== undefined) expect(plan.sessionFrequency !== null).toBe(e.sessionFrequency);
      const fields = prompts.map((p) => p.field);
      for (const field of e.prompts ?? []) expect(fields, `prompt for ${field}`).toContain(field);
      for (const field of e.noPrompts ?? []) expect(fields, `no prompt for ${field}`).not.toContain(field);
      for (const key of e.suggests ?? []) expect(draft.suggestions.map((s) => s.condition.key)).toContain(key);
      // A suggestion is offered, never placed: no item of a summary-only plan comes from the library.
      const sources = [...plan.goals, ...plan.objectives, ...plan.interventions].map((i) => i.source.origin);
      expect(sources).not.toContain('library');
    });
  }

  it('names the conditions written without a code when it asks for the diagnoses', () => {
    const { prompts } = draftPlan({ summary: 'Dx: MDD, GAD. Goal: feel less overwhelmed.' });
    expect(prompts.find((p) => p.field === 'diagnoses')?.message).toContain('“MDD”');
  });

  it('asks for the plan date when a review is counted from it, rather than guess today', () => {
    const { plan, prompts } = draftPlan({ summary: 'Review in 90 days.' });
    expect(plan.reviewDate).toBeNull();
    expect(prompts.find((p) => p.field === 'reviewDate')?.message).toBe('Give the plan date: the review date is counted from it.');
  });

  it('keeps every sentence it did not place, for the clinician to place or leave out', () => {
    const { unplaced } = draftPlan({ summary: 'Dx F42.3. Clutter blocks the kitchen; cannot cook at home.' });
    expect(unplaced.map((u) => u.text)).toEqual(['Clutter blocks the kitchen']);
  });

  it('puts only the behaviour in an objective’s Behaviour: its measure, target and date go in their own fields', () => {
    const objective = (line: string) => draftPlan({ summary: `Goal: feel calmer. Objective: ${line}` }).plan.objectives[0];
    expect(objective('panic attacks no more than 1 per week per panic diary by 2027-02-01.')).toMatchObject({ behaviour: 'panic attacks', measure: 'panic diary', target: 'no more than 1 per week', date: '2027-02-01' });
    expect(objective('sleep 7 hours a night by 2027-01-31.')).toMatchObject({ behaviour: 'sleep 7 hours a night', measure: null, date: '2027-01-31' });
    // A target inside the behaviour stays there: only the end of the sentence is cut.
    expect(objective('attend 4 of 5 school days per attendance log by 2027-02-15.')).toMatchObject({ behaviour: 'attend 4 of 5 school days', target: '4 of 5' });
    // A sentence that is only a score, a target and a date names no behaviour: it is asked for, not made up.
    const draft = draftPlan({ summary: 'Goal: feel calmer. Objective: GAD-7 below 10 by 2027-03-01.' });
    expect(draft.plan.objectives[0]).toMatchObject({ behaviour: '', measure: 'GAD-7', target: 'below 10', date: '2027-03-01' });
    expect(draft.prompts).toContainEqual({ field: 'objectives[0].behaviour', message: 'Say what the client will do or show for objective 1 (measured by GAD-7).' });
  });

  it('refuses to draft from nothing', () => {
    expect(() => draftPlan({ summary: '  ' })).toThrow(PlanError);
    expect(() => draftPlan({ summary: '  ' })).toThrow('Give an intake summary or a plan worksheet');
  });
});
