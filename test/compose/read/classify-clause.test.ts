import { describe, expect, it } from 'vitest';
import { type ClauseContext, classifyClause, findSubject, leadingInterventionTerm } from '../../../src/compose/read/classify-clause.ts';
import { rewriteClause } from '../../../src/compose/read/read-summary.ts';
import type { FactKind } from '../../../src/compose/types.ts';

const fresh: ClauseContext = { afterIntervention: false, followsIntervention: false };
/** Classifies a jotted clause as the reader does: shorthand spelled out first. */
const kind = (jotting: string, ctx: Partial<ClauseContext> = {}): FactKind => classifyClause(rewriteClause(jotting), { ...fresh, ...ctx });

describe('findSubject', () => {
  it.each<[string, ReturnType<typeof findSubject>]>([
    ['I explained the cycle', 'therapist'],
    ['Therapist explained the cycle', 'therapist'],
    ['this writer explained', 'therapist'],
    ['we practiced grounding', 'joint'],
    ['together made a plan', 'joint'],
    ['client reports better sleep', 'client'],
    ['She was tearful', 'pronoun'],
    ['they argued', 'pronoun'],
    ["client's mother is worried", 'none'],
    ['mother is worried', 'other'],
    ["mom's boss yelled", 'other'],
    ['Sarah said she felt ignored', 'other'],
    ['both softened', 'other'],
    ['explored triggers', 'none'],
    ['tearful at times', 'none'],
    ['"I feel stuck"', 'none'],
  ])('%s -> %s', (text, subject) => {
    expect(findSubject(text)).toBe(subject);
  });

  it('a pronoun names the client only when the client\'s pronoun is known', () => {
    expect(findSubject('she was tearful', 'she')).toBe('client');
    expect(findSubject('he wandered to the road', 'she')).toBe('other');
    expect(findSubject('he wandered to the road')).toBe('pronoun');
  });
});

describe('leadingInterventionTerm', () => {
  it('finds the longest intervention term a clause opens with', () => {
    expect(leadingInterventionTerm('box breathing for 5 minutes')).toBe('box breathing');
    expect(leadingInterventionTerm('cognitive restructuring of "I always fail"')).toBe('cognitive restructuring');
    expect(leadingInterventionTerm('"thought record" reviewed')).toBe('thought record');
  });
  it('needs a whole word', () => {
    expect(leadingInterventionTerm('exposures done')).toBeUndefined();
    expect(leadingInterventionTerm('went for a walk')).toBeUndefined();
  });
});

describe('classifyClause', () => {
  it.each<[string, FactKind]>([
    ['pt reports better sleep', 'report'],
    ['denies SI/HI', 'risk'],
    ['chronic passive SI per hx, no plan', 'risk'],
    ['I used CBT thought record', 'intervention'],
    ['we practiced box breathing', 'intervention'],
    ['explored triggers for panic', 'intervention'],
    ['box breathing for 5 min', 'intervention'],
    ['PHQ-9 12', 'measure'],
    ['GAD-7 = 9', 'measure'],
    ['anxiety 7/10', 'measure'],
    ['tearful at times', 'observation'],
    ['affect flat', 'observation'],
    ['appeared tired', 'observation'],
    ['will f/u next week', 'plan'],
    ['goal is to reduce panic attacks', 'goal'],
    ['seems to be consistent with GAD', 'assessment'],
    ["pt's mother is worried", 'report'],
    ['Sarah said she felt ignored', 'report'],
  ])('%s -> %s', (jotting, want) => {
    expect(kind(jotting)).toBe(want);
  });

  it('a line label sets the kind', () => {
    expect(kind('f/u 1 wk', { labelKind: 'plan' })).toBe('plan');
    expect(kind('thought record daily', { labelKind: 'homework' })).toBe('homework');
    expect(kind('reduce avoidance', { labelKind: 'goal' })).toBe('goal');
  });

  it('a report or observation label does not hide a risk statement', () => {
    expect(kind('denies SI/HI', { labelKind: 'report' })).toBe('risk');
    expect(kind('denies SI/HI', { labelKind: 'observation' })).toBe('risk');
  });

  it('a risk label keeps a risk statement a risk', () => {
    expect(kind('denies SI/HI', { labelKind: 'risk' })).toBe('risk');
  });

  it('after an intervention, the client\'s reaction is a response', () => {
    expect(kind('pt was receptive', { afterIntervention: true })).toBe('response');
    expect(kind('she agreed to try it', { followsIntervention: true })).toBe('response');
    expect(kind('calmer by end', { afterIntervention: true })).toBe('response');
  });

  it('the same words with no intervention before them are not a response', () => {
    expect(kind('pt was receptive')).not.toBe('response');
  });

  it('a SUD change by the end of an intervention is a response; a SUD rating alone is a measure', () => {
    expect(kind('SUD 8 -> 3 by end', { afterIntervention: true })).toBe('response');
    expect(kind('SUD 8')).toBe('measure');
  });

  it('"gave PHQ-9" is the therapist administering it, not a score', () => {
    expect(kind('gave PHQ-9 score of 12')).not.toBe('measure');
  });

  it("another person's statement is not a response to the intervention", () => {
    expect(kind('mother agreed to call', { afterIntervention: true })).not.toBe('response');
  });

  it('a shared verb with a between-session cue is the client\'s, not an intervention', () => {
    expect(kind('did thought record 2x this week')).toBe('report');
    expect(kind('practiced breathing at home')).toBe('report');
  });

  it("a quote opening with \"I\" is the client's words, not the therapist's action", () => {
    expect(kind('"I feel stuck"')).not.toBe('intervention');
    expect(kind('"I am a failure" came up a lot')).not.toBe('intervention');
    expect(findSubject('"I can\'t keep doing this"')).not.toBe('therapist');
  });

  it('a therapist verb after a colon makes an intervention', () => {
    expect(kind('short first meeting with J: explained confidentiality')).toBe('intervention');
  });
});

describe('classifyClause: a technique continued or begun', () => {
  it.each(['Continued CBT cognitive restructuring on "if I make a mistake"', 'began EMDR desensitization on the car accident', 'introduced DBT distress tolerance'])('"%s" is the intervention', (jotting) => {
    expect(kind(jotting)).toBe('intervention');
  });
  it('a client continuing something else is not', () => {
    expect(kind('continued to avoid the grocery store')).not.toBe('intervention');
  });
});
