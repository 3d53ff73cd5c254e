import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { note } from './note-text.ts';

// Blind review 91 (issue 6): an adult telehealth practice (depression, PTSD, panic, insomnia), and a
// couples and family practice. Each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file.

describe('review 91: risk read right', () => {
  it('a clinician\'s "low risk for HI" is a rating, never homicidal ideation endorsed', () => {
    expect(readSummary('pt angry at his brother. I believe him, low risk for HI.').risk.hi).toBe('not_assessed');
  });

  it('"no thoughts of actually hurting him" is a denial, the adverb notwithstanding', () => {
    expect(readSummary('said "I could kill him" - asked directly, he said figure of speech, no thoughts of actually hurting him, no plan.').risk.hi).toBe('denied');
  });

  it('in a crisis session where all the client told is risk, the risk is the situation', () => {
    const out = note('Crisis telehealth, Jordan 26, active SI, plan to OD on saved pills, intent maybe tonight. Jordan agreed to voluntary eval at ED.', 'sirp');
    expect(out).not.toMatch(/\[Not documented: add the situation/);
    expect(out.split('\n')[0]).toMatch(/^Crisis psychotherapy, telehealth\b.*Client: Jordan, 26\./);
  });
});

describe('review 91: who did it', () => {
  it('having someone hand over the means is the clinician\'s directing, and a word taken back with "sorry" goes', () => {
    const out = note('Crisis telehealth, Mo 30, active SI w/ plan. stayed on video, had them hand pills to partner -- sorry, roommate (Alex). risk high.', 'sirp');
    expect(out).toMatch(/Therapist stayed on video, had them hand pills to roommate \(Alex\)/);
    expect(out).not.toMatch(/sorry/);
  });

  it('the clinician\'s own view agrees with "Therapist"', () => {
    expect(note('pt angry at coworker. I believe him, low risk for HI.', 'dap')).toMatch(/Therapist believes him/);
  });

  it('a crisis service called after the client\'s act is its own statement', () => {
    expect(note('Crisis session, Dan 40. Client gave car keys to his brother, means restriction discussed, called mobile crisis.', 'dap')).toMatch(/Mobile crisis was called\./);
  });

  it('the client\'s course of treatment is never something they reported', () => {
    expect(note('Crisis session, Dan 40. pt in couples tx w/ me since June, seen indiv today.', 'dap')).toMatch(/Client has been in couples therapy with the therapist since June/);
  });
});

describe('review 91, second pass', () => {
  it('the parts of one session add up to its length', () => {
    expect(note('indiv 45 min + 10 min check-in w/ dad. Ari reports urges. denies SI.', 'soap').split('\n')[0]).toMatch(/55 minutes/);
  });

  it('Socratic questions are the clinician\'s technique, and having each partner restate is the clinician\'s', () => {
    expect(note('socratic qs re: freeze response, ABC wkshts reviewed. denies SI.', 'soap')).toMatch(/Therapist used socratic questions regarding freeze response, ABC worksheets reviewed/);
    expect(note('Couples session. had each restate partner\'s pt before responding.', 'dap')).toMatch(/Therapist had each restate partner's point before responding/);
  });

  it('a skill used instead of hurting oneself is an urge not acted on, never a denial of self-harm', () => {
    const r = readSummary('Teen DBT group, 6 members. Kayla shared she used ice last wk instead of hurting herself.').risk;
    expect(r.selfHarmUrges).toBe(true);
  });

  it('a jotted question keeps its answer with its teller', () => {
    expect(note('brother drove drunk with her in the car last sat - told mom? she says no. denies SI.', 'pirp')).toMatch(/told mother\? she says no|told mother\? She said no/);
  });

  it('an affair partner is one person, never a new statement about the client\'s partner', () => {
    const out = note('ok so this is a simple note for Greg um he found out last week the affair partner is a guy from his church named Rob and he is furious um he said he would never do anything and he denied plan or intent we did some anger work', 'simple');
    expect(out).toMatch(/the affair partner is a guy from his church named Rob/);
  });
});

describe('review 91: shorthand', () => {
  it.each([
    ['in indiv tx w/ Dr Haas + on sertraline', 'Dr Haas and on sertraline'],
    ['C-SSRS + on items 1-2', 'positive on items 1-2'],
    ['Cpl intake follow-up', 'Couples intake'],
    ['neither wants sep right now', 'separation'],
    ['Catastrophic misinterp of HR persists', 'misinterpretation of heart rate'],
    ['sister posted on IG', 'posted on Instagram'],
  ])('%j reads as %j', (summary, expected) => {
    expect(expandShorthand(summary)).toContain(expected);
  });
});
