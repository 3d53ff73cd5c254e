import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 23 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap') => composeNote({ summary, format });
const text = (summary: string, format = 'soap'): string => note(summary, format).sections.map((s) => s.text).join('\n');
const section = (summary: string, format: string, key: string): string => note(summary, format).sections.find((s) => s.key === key)!.text;

describe("another person's risk stays theirs", () => {
  it("a relative's pronoun in the next sentence, and a statement that goes on without a subject, are the relative's", () => {
    const summary = 'Seen with grandma. Grandma reported he slept better. She said she feels "worn out" and cried, said she sometimes wants to "just vanish", denied thoughts of killing herself.';
    const r = readSummary(summary);
    expect(r.risk.si).toBe('not_assessed');
    const out = text(summary);
    expect(out).toMatch(/Grandmother said she feels "worn out"/);
    expect(out).toMatch(/Grandmother said[^.]*denied thoughts of killing herself/);
    expect(out).not.toMatch(/Client (?:said|denied)/);
  });

  it('"she" stays open when the sentence before also named her as an object', () => {
    const r = readSummary('Mom brought her in today. She reports feeling sad most days.', { pronouns: 'she' });
    expect(r.facts.find((f) => /sad/.test(f.text))!.text).not.toMatch(/^Mother/);
  });

  it("a male relative's threat to hurt himself is not the boy's self-harm", () => {
    const r = readSummary('Saw Eli (9) with his mom. Mom said his father was drinking again and on Friday he threatened to hurt himself during an argument.');
    expect(r.risk.selfHarm).toBe('not_assessed');
    expect(r.risk.si).toBe('not_assessed');
  });

  it("another person's suicidal idiom in a woman's summary is his, not hers", () => {
    const r = readSummary('She said her husband has been drinking and last night he said he "might as well eat a bullet." She denies SI.', { pronouns: 'she' });
    expect(r.risk.si).toBe('denied');
  });

  it('a shooting idiom in the client\'s own words is suicidal ideation', () => {
    expect(readSummary('He said "some days I could just eat my gun". No plan.').risk.si).toBe('active');
  });

  it("a conditional threat in the client's words is still a threat to assess", () => {
    const r = readSummary('He was angry about the landlord and said "if he shuts off my heat again I\'ll put a bullet in him". Owns a shotgun.');
    expect(r.risk.threat).toBe(true);
    expect(note('He was angry about the landlord and said "if he shuts off my heat again I\'ll put a bullet in him". Owns a shotgun.').warnings.some((w) => /threatening statement/.test(w.message))).toBe(true);
  });
});

describe('means and the plan', () => {
  it('an act not done says nothing about access to the means', () => {
    const r = readSummary('Active SI, plan to overdose on her aunt\'s sleeping pills, which are in the nightstand at her aunt\'s house. She has not taken any pills yet.');
    expect(r.risk.means).not.toBe(false);
    expect(text('Active SI, plan to overdose on her aunt\'s sleeping pills. She has not taken any pills yet.')).not.toMatch(/no access to pills/);
  });

  it('"plan is to" and a method is the suicide plan, not the next appointment', () => {
    const out = note('Endorses SI. Plan is to jump from the parking garage at work. Next session tomorrow.', 'soap');
    const plan = out.sections.find((s) => s.key === 'plan')!.text;
    expect(plan).not.toMatch(/jump/);
    expect(out.sections.find((s) => s.key === 'risk')!.text).toMatch(/jump from the parking garage/);
  });

  it('the risk level after a colon is the clinician\'s level', () => {
    const out = section('Passive SI, no plan. Risk level: moderate.', 'soap', 'risk');
    expect(out).toContain('Risk level as stated by the clinician: moderate.');
    expect(out).not.toContain('[Add your risk level');
  });

  it('holding or locking up medications is restated in the risk section', () => {
    expect(section('Endorses passive SI. Agreed to have her daughter hold the clonazepam.', 'dap', 'risk')).toMatch(/daughter hold the clonazepam/);
  });

  it('protective factors listed after "named" keep only the factors', () => {
    expect(readSummary('Passive SI. Protective factors named: her cat, her nephew.').risk.protectiveFactors).toEqual(['her cat', 'her nephew']);
  });
});

describe('who did it, and when', () => {
  it('a relative called with the client\'s consent was called by the clinician', () => {
    expect(text('dad called w/ client\'s consent re safety plan')).toMatch(/^Therapist called father with client's consent/m);
  });

  it('handing a relative information is the clinician\'s act', () => {
    expect(text('Discussed discipline at home. Gave dad info for a parenting group.', 'birp')).toMatch(/Therapist gave father information/);
  });

  it('a present habit stays present ("takes", "smokes" with a duration)', () => {
    const out = text('Takes bupropion 150 mg x 6 mo. Smokes 1/2 ppd x 10 yrs.');
    expect(out).toContain('Client reported taking bupropion 150 mg for 6 months');
    expect(out).toMatch(/Client reported smoking/);
    expect(out).not.toMatch(/Client (?:took|smoked)/);
  });

  it('who the client is stays in the present', () => {
    expect(text('Client is a 52 year old man, referred by his employer.')).toContain('Client is a 52-year-old man');
  });

  it('a jotted list of diagnoses is the diagnoses, not a report', () => {
    const out = note('GAD, MDD rec. Reports worse sleep.', 'soap');
    expect(out.sections.find((s) => s.key === 'assessment')!.text).toContain('Diagnoses: generalized anxiety disorder; major depressive disorder recurrent.');
    expect(out.sections.map((s) => s.text).join('\n')).not.toMatch(/Client reported generalized/);
  });

  it('mental-status findings are the clinician\'s, never the client\'s report', () => {
    const out = section('Reports low mood. Thought process linear. Judgment fair. No psychosis.', 'soap', 'objective');
    expect(out).toMatch(/Thought process linear/);
    expect(out).toMatch(/Judgment fair/);
    expect(text('Reports low mood. Judgment fair.')).not.toMatch(/Client reported judgment/i);
  });

  it('descriptions then acts seen in the room read as one sentence', () => {
    expect(text('Obs: guarded, quiet, picked at her nails, answered briefly.')).toContain('Client presented as guarded and quiet, picked at her nails and answered briefly.');
  });

  it('a finding from another source is not the client\'s report', () => {
    expect(text('Wt per PCP Tues 121 lb (-2 from last month).')).toContain('Weight per primary care provider Tuesday 121 lb (down 2 from last month).');
  });

  it('"reports attended" is said as an act reported', () => {
    expect(text('Pt reports attended two AA meetings this week.')).toContain('Client reported attending two Alcoholics Anonymous (AA) meetings this week.');
  });
});

describe('labels, initials and dictation', () => {
  it('"Risk:" and "Reports:" are labels, not people or words of the note', () => {
    const out = text('Reports: panic twice this week.\nRisk: denies SI/HI.');
    expect(out).toContain('Client reported panic twice this week.');
    expect(out).toMatch(/Client denied suicidal ideation and homicidal ideation/);
    expect(out).not.toMatch(/Risk denied|Risk:/);
  });

  it('"goal for session:" and "Done:" are the goal and the intervention', () => {
    const out = note('goal for session: name 3 triggers\nDone: chain analysis of Friday\'s binge', 'girp');
    expect(out.sections.find((s) => s.key === 'goal')!.text).toContain('name 3 triggers');
    expect(out.sections.find((s) => s.key === 'intervention')!.text).toMatch(/chain analysis/);
  });

  it('one-letter initials are people: their reports stay theirs', () => {
    const r = readSummary('Couples sess. T and R. R reports feeling ignored when T works late. T said he did not realize.');
    expect(r.facts.find((f) => /ignored/.test(f.text))!.text).toMatch(/^R reports/);
    expect(text('Couples sess. T and R. R reports feeling ignored when T works late.')).not.toMatch(/Client reported feeling ignored/);
  });

  it('a quote keeps its hedges in dictation', () => {
    const summary = 'um so she tried the grounding and um said it "kind of helped" with the panic and we talked about practicing it daily and um she agreed to try it before work next week';
    expect(text(summary)).toContain('"kind of helped"');
  });

  it('"I\'d say" is the clinician\'s framing of an observation, not words of the note', () => {
    const summary = 'um so he talked about his divorce and the kids and um I\'d say he looked exhausted and his shirt was stained which is not like him and um plan is weekly sessions';
    const out = text(summary);
    expect(out).not.toMatch(/would say/);
    expect(out).toMatch(/looked exhausted/);
  });

  it('an age in words becomes digits, and how the client lives starts a new sentence', () => {
    const out = text('um so she\'s eighty one lives with her son since her stroke in may and she said she feels like a burden to him and we talked about that');
    expect(out).toContain('Client is 81.');
    expect(out).toMatch(/Client lives with her son/);
  });

  it('a plan follow-up with its time is the plan', () => {
    expect(section('Reviewed coping card. check in Thursday AM before school.', 'dap', 'plan')).toContain('Check in Thursday morning before school.');
  });

  it('"1st period" is a school period, not a spoken full stop', () => {
    expect(text('check in tomorrow before 1st period')).toMatch(/first period/);
  });

  it('a day\'s short form with its full stop keeps the sentence whole', () => {
    expect(text('Wife drives him to Thurs. appointments.')).toContain('Thursday appointments');
  });

  it('a score said as a change keeps both scores', () => {
    expect(text('PHQ-9 dropped from 17 to 11.')).toMatch(/\(PHQ-9\) was 11 \(moderate\), down from 17 \(moderately severe\)/);
  });

  it('bounds and signed changes are said in words', () => {
    const out = text('Goal: <=1 panic attack/wk. Wt 130 lb (+3 since intake).');
    expect(out).toContain('1 or fewer');
    expect(out).toContain('(up 3 since intake)');
  });

  it('a time phrase at the end of a clause stays with the statement after it', () => {
    const out = text('Her brother has been sad since his breakup, and on Sunday he said he "might as well not be here." She is worried.', 'dap');
    expect(out).toContain('and on Sunday he said he "might as well not be here."');
  });
});
