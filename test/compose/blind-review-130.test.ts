import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 130 (school-based mental health; a solo adult outpatient practice) and the rest of 129: intrusive
// perinatal thoughts, a beating threatened but not a killing, ideation told in dictation with its method and its time,
// an overdose decades ago and the denial that points back at it, a caregiver's exhaustion, "38M", "apt", a heading's
// dash. Tested on summaries written for this file.

describe('review 130: risk read as the clinician meant it', () => {
  it('intrusive images of harming the baby, unwanted and horrifying, are never homicidal ideation', () => {
    const summary = 'Client: 29yo, 5 wks postpartum. Presenting: intrusive images of the baby falling off the changing table, "what if I snap and hurt her" - very distressed by them. No intent, thoughts are unwanted, she is horrified by them. Denies SI.';
    const risk = section(summary, 'risk', 'pirp');
    expect(risk).not.toMatch(/endorsed homicidal ideation/);
    expect(risk).not.toMatch(/threatening statement/);
  });

  it('"I\'m gonna beat him up, not kill him" is a threat to weigh, never homicidal ideation endorsed', () => {
    const risk = section('9th grader sent by teacher after a fight in the hall. Said "yeah I\'m gonna beat him up, not kill him." Denies SI.', 'risk', 'dap');
    expect(risk).not.toMatch(/endorsed homicidal ideation/);
    expect(risk).toMatch(/threatening statement toward another person/);
  });

  it('"thinking about killing self" is active ideation, and a way told in answer to "how" is a plan', () => {
    expect(readSummary('Walk-in. Asked directly - yes thinking about killing self since Mon, no plan, no intent "right now".').risk.si).toBe('active');
    const summary = 'okay so telehealth with Dev 10th grade um he said he has been thinking about killing himself every day this week and um when I asked if he\'d thought about how he said he\'d take his dad\'s pills the oxycodone from his surgery and that he\'d thought about doing it this weekend um I had him get his mom';
    const r = readSummary(summary);
    expect(r.risk.si).toBe('active');
    expect(r.risk.plan).toBe(true);
  });

  it('an overdose decades ago keeps its time, and "she\'s not having any thoughts like that" denies ideation today', () => {
    const summary = 'um so grief session she is seventy four um she did bring up that back in her thirties she took an overdose after her divorce and was hospitalized um she said she is not having any thoughts like that she is just sad um next session in two weeks';
    const r = readSummary(summary);
    expect(r.risk.overdoseHistory).toBe(true);
    expect(r.risk.si).toBe('denied');
    expect(note(summary, 'girp')).toMatch(/back in her thirties she took an overdose/);
  });

  it('a caregiver\'s "I can\'t do this anymore" in a call about the client is hers, never the client\'s ideation', () => {
    const summary = 'Phone call w/ Ann (daughter & caregiver of my client Mr. B, 86, dementia, ROI on file). She called because he left the stove on twice. Ann sounded exhausted, crying, said "I can\'t do this anymore." I asked if she meant she\'d hurt herself or him - she said no, she is burned out. Gave her respite info.';
    const risk = section(summary, 'risk', 'simple');
    expect(risk).not.toMatch(/suicidal ideation was reported by another person/);
    expect(risk).not.toMatch(/endorsed passive/);
  });
});

describe('review 130: words, times and who did it', () => {
  it('"38M w/ Crohn\'s" is an age and sex, never 38 minutes', () => {
    expect(readSummary('Session 12, ACT, 38M w/ Crohn\'s, flare since Aug. Denies SI.').session.minutes).toBeUndefined();
  });

  it('"Next apt 1 wk" is the next appointment; a new apt downtown is an apartment', () => {
    const out = note('She moved to a new apt downtown. Denies SI. Next apt 1 wk.', 'dap');
    expect(out).toMatch(/Next appointment (?:in )?1 week/);
    expect(out).toMatch(/new apartment downtown/);
  });

  it('a heading with "re:" and a dash before the report keeps the report apart', () => {
    const r = readSummary('Telehealth f/u w/ 20yo F sophomore re: drinking after she was sent by the conduct office (BASICS 2 of 2) - reports 6 drinks Sat, no blackouts. No SI/HI. Done with BASICS, pt declined more sessions, gave ref to campus recovery group.');
    expect(r.facts.find((f) => f.kind === 'session')?.text).not.toMatch(/reports 6 drinks/);
    expect(r.facts.some((f) => f.kind === 'intervention' && /^gave referral/i.test(f.text))).toBe(true);
  });

  it('"Screened given new SSRI - he denied ..." gives the reason for the screen, and "Between-session call" keeps its word', () => {
    const out = note('Between-session call, 10 min. Pt started sertraline 4 days ago. Screened given new SSRI - he denied any suicidal thoughts. Keep appt Mon.', 'simple');
    expect(out).toMatch(/Given the new selective serotonin reuptake inhibitor \(SSRI\), the therapist screened for suicidality/);
    expect(out).not.toMatch(/Screened was given/);
    expect(out).toMatch(/Between-session call/);
  });

  it('"From my office pt called the crisis line" says where, then the client\'s act', () => {
    const out = note('Session went long. Pt worried about his friend J. From my office pt called Veterans Crisis Line to report concern for J. Pt denies SI.', 'dap');
    expect(out).not.toMatch(/Client reported From/);
    expect(out).toMatch(/, client called Veterans Crisis Line/);
  });
});
