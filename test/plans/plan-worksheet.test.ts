// The plan worksheet: bad input is refused with a message naming the field; picked suggestions
// enter the plan and nothing unpicked does; worksheet fields join what the summary gave.
import { describe, expect, it } from 'vitest';
import { draftPlan, PLAN_LIBRARY } from '#plans';
import { ICD10_CODES } from '../../src/server/icd10/icd10-codes.ts';

function refusal(worksheet: unknown): string {
  try {
    draftPlan({ worksheet });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the worksheet was accepted');
}

describe('plan worksheet validation', () => {
  it.each([
    [{ reviewDate: '03/01/2027' }, 'reviewDate: use a date as YYYY-MM-DD'],
    [{ diagnoses: ['F41.1', 'anxiety'] }, 'diagnoses[1]: use an ICD-10-CM code such as F41.1'],
    [{ goals: ['sleep better', '  '] }, 'goals[1]: must not be empty'],
    [{ objectives: [{ measure: 'PHQ-9' }] }, 'objectives[0].behaviour:'],
    [{ objectives: [{ behaviour: 'walk', date: '2027-13-01x' }] }, 'objectives[0].date: use a date as YYYY-MM-DD'],
    [{ interventions: [{ modality: 'CBT' }] }, 'interventions[0].name:'],
    [{ goal: ['typo for goals'] }, 'worksheet: unknown field goal'],
    [{ problems: [{ problem: 'worry', impct: 'missed work' }] }, 'problems[0]: unknown field impct'],
    [{ picks: [{ id: 'gad.goal.worry', colour: 'blue' }] }, 'picks[0]'],
    [{ goals: ['a'], objectives: [{ behaviour: 'walk', goal: 0 }] }, 'objectives[0].goal: is the goal’s number in goals, counting from 1'],
  ])('refuses %j naming the field', (worksheet, message) => {
    const text = refusal(worksheet);
    expect(text).toContain('The plan worksheet is not valid');
    expect(text).toContain(message);
  });

  it('refuses an objective tied to a goal that is not there, and a pick that is not in the library', () => {
    expect(refusal({ goals: ['sleep better'], objectives: [{ behaviour: 'sleep 7 hours', goal: 2 }] })).toBe('objectives[0].goal: there is no goal 2 in goals (it has 1)');
    expect(refusal({ picks: ['gad.goal.worry', 'gad.goal.nope'] })).toBe('picks[1]: no suggestion has the id "gad.goal.nope" (see src/plans/plan-library.ts)');
  });
});

describe('a plan from a worksheet', () => {
  it('takes every field as given, names a code from the ICD-10-CM list, and asks for what is missing', () => {
    const { plan, prompts } = draftPlan({
      reference: ICD10_CODES,
      worksheet: {
        diagnoses: ['f41.1', { code: 'F99.9', name: 'Unspecified mental disorder per referral' }],
        problems: [{ problem: 'Worry most of the day', impact: 'Left two jobs in a year' }],
        goals: ['Worry less at work'],
        objectives: [{ goal: 1, behaviour: 'Postpone worry to a worry period', measure: 'log', target: '5 days a week' }],
        interventions: [{ modality: 'CBT', name: 'Worry postponement', frequency: 'weekly' }],
        strengths: ['Keeps appointments'],
        reviewDate: '2027-03-01',
      },
    });
    expect(plan.diagnoses).toEqual([
      { code: 'F41.1', name: 'Generalized anxiety disorder', source: { origin: 'worksheet', field: 'diagnoses[0]' } },
      { code: 'F99.9', name: 'Unspecified mental disorder per referral', source: { origin: 'worksheet', field: 'diagnoses[1]' } },
    ]);
    expect(plan.objectives[0]).toMatchObject({ goalId: 'g1', behaviour: 'Postpone worry to a worry period', date: null, source: { origin: 'worksheet', field: 'objectives[0]' } });
    expect(plan.reviewDate).toBe('2027-03-01');
    expect(prompts.map((p) => p.field)).toEqual(['objectives[0].date', 'sessionFrequency', 'targetDate']);
  });

  it('puts in only the suggestions picked, with the target and date the clinician gave', () => {
    const gad = PLAN_LIBRARY.find((c) => c.key === 'generalized-anxiety');
    if (!gad) throw new Error('no generalized-anxiety entry');
    const { plan, suggestions } = draftPlan({
      summary: 'Dx F41.1. Presents with worry all day, calling in sick weekly.',
      reference: ICD10_CODES,
      worksheet: { picks: ['gad.goal.worry', { id: 'gad.obj.gad7', target: 'below 8', date: '2027-04-01' }, { id: 'gad.int.cbt', frequency: 'weekly' }, 'gad.obj.relaxation'] },
    });
    expect(suggestions.map((s) => s.condition.key)).toContain('generalized-anxiety');
    expect(plan.goals).toEqual([{ id: 'g1', text: gad.goals[0]?.text, source: { origin: 'library', id: 'gad.goal.worry' } }]);
    expect(plan.objectives).toEqual([
      { id: 'o1', goalId: 'g1', behaviour: 'Report fewer anxiety symptoms', measure: 'GAD-7 total score', target: 'below 8', date: '2027-04-01', source: { origin: 'library', id: 'gad.obj.gad7' } },
      // Its goal (gad.goal.calm) was not picked, so it serves no goal until the clinician says which.
      { id: 'o2', goalId: null, behaviour: 'Practise a relaxation or breathing skill', measure: 'practice log', target: 'once a day on at least 5 days a week', date: null, source: { origin: 'library', id: 'gad.obj.relaxation' } },
    ]);
    expect(plan.interventions).toEqual([{ modality: 'CBT', text: gad.interventions[0]?.text, frequency: 'weekly', source: { origin: 'library', id: 'gad.int.cbt' } }]);
    // Unpicked suggestions stay out.
    const texts = JSON.stringify(plan);
    for (const item of [...gad.goals.slice(1), ...gad.interventions.slice(1)]) expect(texts).not.toContain(item.text);
  });

  it('counts a relative review from the worksheet date', () => {
    const { plan } = draftPlan({ summary: 'Review in 12 weeks.', worksheet: { date: '2026-12-01' } });
    expect(plan.reviewDate).toBe('2027-02-23');
  });
});
