import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 24 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const text = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, format: string, key: string): string => composeNote({ summary, format }).sections.find((s) => s.key === key)!.text;

describe('risk read as the clinician meant it', () => {
  it("words quoted in a clause that opens with a parent are the parent's", () => {
    const r = readSummary('Play session w/ Nora (5) + dad. Dad quiet, admitted he has been drinking, said "honestly they\'d be fine without me." Nora drew her house.');
    expect(r.risk.si).toBe('not_assessed');
  });

  it('a wish to be taken in sleep is passive ideation, and a denial of killing oneself does not cancel it', () => {
    const r = readSummary('She said "some nights I ask God to just take me in my sleep."\nAsked directly: no thoughts of killing herself, no plan.', { pronouns: 'she' });
    expect(r.risk.si).toBe('passive');
    expect(r.risk.plan).toBe(false);
  });

  it('a blanket denial of SI still outranks a quoted wish', () => {
    expect(readSummary('Said "sometimes I wish I could just not wake up." Denies SI.').risk.si).toBe('denied');
  });

  it('self-harm last done on a past date is history, not current', () => {
    const r = readSummary('Urges to cut most days x1 wk, denies cutting since March (last SH 3/2). Denies SI.');
    expect(r.risk.selfHarm).toBe('history');
    expect(r.risk.selfHarmUrges).toBe(true);
  });

  it('with a threat in the client\'s words, the status never says homicidal ideation was denied', () => {
    const out = section('He said "I swear I\'ll stab that guy if he keys my car again." Says he doesn\'t want to hurt anyone, denies HI.', 'soap', 'risk');
    expect(out.slice(out.indexOf('Risk status as documented'))).not.toMatch(/denied homicidal ideation/);
    expect(out).toMatch(/threatening statement/);
  });

  it('a "last attempt" is an attempt history', () => {
    expect(readSummary('Active SI, no plan. Last attempt 2015 (overdose).').risk.attemptHistory).toBe(true);
  });

  it('a list named for reasons for living is not a protective factor', () => {
    const r = readSummary('Passive SI. Reviewed reasons for living list, chain analysis of the weekend.');
    expect(r.risk.protectiveFactors).toEqual([]);
  });

  it('"Prot:" lists protective factors', () => {
    expect(readSummary('Passive SI. Prot: sister, dog.').risk.protectiveFactors).toEqual(['sister', 'dog']);
  });
});

describe('sentences cut where they belong', () => {
  it('"don\'t mean she will act on them" stays one sentence', () => {
    const out = text('I explained that intrusive thoughts like these are common after a birth and don\'t mean she will act on them and we talked about sharing night feeds with her partner and she seemed relieved by the end of the session');
    expect(out).toMatch(/do not mean she will act on them/);
    expect(out).not.toMatch(/^She will act on them/m);
  });

  it('"any plan to hurt him" is not the session plan', () => {
    const out = composeNote({ summary: 'um so he was furious at his brother and when I asked he said he does not have any plan to hurt him he just needed to vent and um we did some box breathing and he practiced it twice and plan is to meet again next week', format: 'soap' });
    const plan = out.sections.find((s) => s.key === 'plan')!.text;
    expect(plan).not.toMatch(/hurt him/);
    expect(plan).toMatch(/meet again next week/i);
  });

  it('a quotation with its own marks ends where they close, and "I\'m quoting" goes', () => {
    const out = text('um so she was upset about her landlord and she said and I\'m quoting "I am done being nice to that man" um when I asked she said she would never hurt him she just wants the heat fixed and we did a letter to the housing office');
    expect(out).not.toMatch(/quoting/);
    expect(out).toMatch(/"I am done being nice to that man"/);
  });

  it('a word said twice around a pause is said once', () => {
    expect(text('um so he works at the uh the lumber yard and he said the shifts are long and he is tired all the time and we talked about sleep')).not.toMatch(/the the/);
  });

  it('an earlier score told after the word "last month" is the change', () => {
    expect(text('his PHQ-9 was 11 today last month was 16.')).toMatch(/11 today \(moderate\), down from 16 \(moderately severe\) last month/);
  });
});

describe('people, plans and frames', () => {
  it('a lone initial is the one named person with that letter', () => {
    const out = text('Play sess w/ Theo (5) + mom. T built a fort, knocked it down, said "the storm did it." T\'s affect brighter by end.');
    expect(out).toMatch(/Theo built a fort/);
    expect(out).toMatch(/Theo's affect was brighter by end/);
  });

  it('an initial shared by two names stays as written', () => {
    expect(text('Couples sess, Mark + Maria. M said the week was hard.')).toMatch(/M said the week was hard/);
  });

  it('"the goal we\'re working on is" is the goal', () => {
    expect(section('Goal we\'re working on is sleeping in his own bed 5 nights a week. Did a sticker chart.', 'girp', 'goal')).toMatch(/Goal: sleeping in his own bed/);
  });

  it('what the clinician is going to do is the plan, said with "will"', () => {
    const out = section('Reviewed exposure log. I\'m going to send the school a letter and see her next Tuesday.', 'dap', 'plan');
    expect(out).toMatch(/Therapist will send the school a letter/);
  });

  it('"fam sx" is a family session, not symptoms', () => {
    expect(text('Fam sx w/ 13yo M and dad. Conflict re chores.')).not.toMatch(/[Ss]ymptoms with/);
  });

  it('a program day is not a report, and not risk content', () => {
    const out = composeNote({ summary: 'Reports poor sleep. PHP day 3.', format: 'soap' });
    expect(out.sections.find((s) => s.key === 'subjective')!.text).toContain('Partial hospitalization program day 3.');
    expect(out.sections.find((s) => s.key === 'risk')!.text).not.toMatch(/hospitalization/);
  });

  it('an act named as the object stays the object ("role-played asking ...")', () => {
    expect(text('Role-played asking his boss for a day off.')).not.toMatch(/Asking his boss/);
  });

  it('calling ahead and speaking with the ED are their own clauses', () => {
    expect(text('Pt agreed to voluntary eval, brother drove him to the ED, called ahead, spoke w/ ED SW.')).not.toMatch(/drove him to the emergency department and called ahead/);
  });
});
