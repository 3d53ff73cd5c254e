import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 26 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap') => composeNote({ summary, format });
const text = (summary: string, format = 'soap'): string => note(summary, format).sections.map((s) => s.text).join('\n');
const section = (summary: string, format: string, key: string): string => note(summary, format).sections.find((s) => s.key === key)!.text;

describe('risk as said', () => {
  it('"denied a plan or intent" denies both', () => {
    const r = readSummary('Said "sometimes I think they\'d be better off without me." When asked directly he denied a plan or intent.');
    expect(r.risk.plan).toBe(false);
    expect(r.risk.intent).toBe(false);
  });

  it('"intent or plan to hurt" keeps its denial in one clause', () => {
    const out = text('He denies any intent or plan to hurt his neighbor or anyone, says he was just venting.');
    expect(out).not.toMatch(/^Plan to hurt/m);
    expect(section('He denies any intent or plan to hurt his neighbor or anyone, says he was just venting.', 'soap', 'plan')).not.toMatch(/hurt/);
  });

  it('talking about what cutting is for is not cutting now', () => {
    const r = readSummary('Urges to cut this week, has not cut, last cut was 6 weeks ago. Says cutting is "to feel something else." Denies SI.');
    expect(r.risk.selfHarm).not.toBe('present');
    expect(r.risk.selfHarmUrges).toBe(true);
  });

  it('a threat with no homicidal ideation status never says it was "not documented" alone', () => {
    const out = section('He said "if that kid touches my sister again I will break his jaw." Rifle in the home, consulted supervisor re duty to warn.', 'soap', 'risk');
    expect(out).toMatch(/threatening statement toward another person is documented above, with no homicidal ideation status stated/);
  });

  it('"PPD" after a birth is postpartum depression; after a number it is packs per day', () => {
    expect(text('Telehealth f/u, 26F, PPD, baby is 3 mo. EPDS 15.')).toMatch(/postpartum depression/);
    expect(text('Smokes 1 ppd x 20 yrs.')).toMatch(/1 pack per day/);
  });

  it('a session held by phone because video failed is a phone session', () => {
    expect(note('Telehealth f/u. Pt on phone only today (video not working). Mood better.').session?.modality).toBe('phone');
  });
});

describe('counts, plans and corrections', () => {
  it('"Firearms x3" is three firearms, "x3 trials" three trials', () => {
    expect(text('Firearms x3 in home, wife to lock in safe.')).toMatch(/3 firearms in home/);
    expect(text('Did imaginal exposure x3 trials.')).toMatch(/\(3 trials\)/);
  });

  it('"coord w/" in the plan is a step still to take', () => {
    expect(section('Reviewed coping plan.\nPlan: coord w/ PCP, rtc 1 wk', 'soap', 'plan')).toMatch(/^Coordinate with primary care provider/);
  });

  it('a spoken self-correction takes back the words before it', () => {
    const out = text('um so he took the, no, sorry, his sister took the pills to her house and um we talked about next steps');
    expect(out).not.toMatch(/sorry/);
    expect(out).toMatch(/his sister took the pills/);
    expect(text("We'll, no, I'll call the school tomorrow.")).not.toMatch(/, no,/);
  });

  it('"no actually" takes back the statement before it', () => {
    const out = text('um so she called the crisis line no actually she called her sister during session and um we talked about sleep');
    expect(out).not.toMatch(/crisis line/);
    expect(out).toMatch(/called her sister/);
  });

  it('"affect constricted" reads "constricted affect"', () => {
    expect(text('Obs: affect constricted, psychomotor slowing.')).toMatch(/Client presented with constricted affect/);
  });

  it('a child on a medication is on it now', () => {
    expect(text('Mia is on Concerta 18 mg. School reports fewer outbursts.')).toMatch(/Mia is on Concerta/);
  });

  it('"Columbia was high risk" is the C-SSRS result', () => {
    expect(text('Columbia was high risk. Active SI with plan.')).toMatch(/C-SSRS was high risk/);
  });

  it('"Consult w/ psychiatrist" is the plan', () => {
    expect(section('Mood low. Consult w/ psychiatrist re: med titration.', 'soap', 'plan')).toMatch(/Consult with psychiatrist/);
  });
});
