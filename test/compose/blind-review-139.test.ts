import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 139 (a wildfire disaster counseling team; a residential treatment center for adolescents), read on 732e65c:
// a roommate found with a belt around his neck is his risk; a rescue is no threat; "when I asked" ends the answer;
// not wanting to hurt a daughter is a reason to live; cutting "was always to feel something else" is no act; a doctor's
// order in a call with her is hers; a plan denied "right now" is no denial; a referral after an overdose is its history.
// Tested on summaries written for this file.

describe('review 139: whose risk, and what was said', () => {
  it('"roommate (not our client) Dale ... found w/ a belt around his neck" is the roommate\'s risk, never the client\'s ideation', () => {
    const r = readSummary('Collateral call w/ shelter case mgr re: pt\'s roommate. Case mgr reports roommate (not our client) Ron, 61, found in the shower last night w/ a cord around his neck, staff intervened. Our pt, June (70), witnessed it, now c/o chest tightness.').risk;
    expect(r.si).not.toBe('passive');
    expect(r.si).not.toBe('active');
    expect(r.othersRisk).toBe(true);
  });

  it('"had tried to go get him and the deputies turned him back" is a rescue, never a threat; "denied ... when I asked didn\'t ask about drinking" denies', () => {
    const r = readSummary('ok brief contact at the library um an older man Hank his brother died in the flood Hank had tried to go get him and the deputies turned him back so he feels guilty he denied thoughts of hurting himself when I asked didnt ask about drinking I gave him my card').risk;
    expect(r.threat).not.toBe(true);
    expect(r.selfHarm).toBe('denied');
    expect(r.si).toBe('denied');
  });

  it('"she doesn\'t want to hurt her daughter", beside a plan to overdose, is a reason not to act, never a denial of homicidal ideation', () => {
    const r = readSummary('um so she said she has been saving her sleeping pills and thought about taking them all after the funeral so she has a plan she said she doesnt want to hurt her daughter um we did a safety plan together').risk;
    expect(r.hi).toBe('not_assessed');
    expect(r.protectiveFactors).toContain('not wanting to hurt her daughter');
  });

  it('urges to cut with none acted on, and cutting that "was always to feel something else", are no current self-harm', () => {
    const r = readSummary('She told me she\'s had urges to cut her arms for the first time in 3 years; she has not cut. Denies SI, says cutting was always "to feel something else."').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.selfHarmUrges).toBe(true);
  });

  it('no plan "right now", after thinking of taking dad\'s pills, is never written as a plan denied', () => {
    const r = readSummary('Maya tearful.\nwhen asked, she said she thought about taking dad\'s pills Sat night but didn\'t go into the cabinet\ntoday: says she still has thoughts of not wanting to be alive, no plan "right now" per her').risk;
    expect(r.plan).not.toBe(false);
  });

  it('"Referred by: ED after OD on sertraline 3 wks ago" is a past overdose to weigh', () => {
    expect(readSummary('Intake - admit today\nReferred by: ED at Children\'s after OD on sertraline 3 wks ago.\nCurrent risk: pt denies current SI, denies HI.').risk.overdoseHistory).toBe(true);
  });
});

describe('review 139: a call with the psychiatrist', () => {
  it('"Call w/ Dr. Okafor: d/c\'d quetiapine ... she wants RN to watch sleep" is the doctor\'s order, never the client\'s report', () => {
    const out = note('Call w/ Dr. Okafor: d/c\'d quetiapine 50 qhs for Aaliyah d/t weight gain, start melatonin 3mg; she wants RN to watch sleep x1 wk.\nPt seen after, she denies SI/HI, ok w/ change.', 'simple');
    expect(out).toMatch(/Dr\. Okafor discontinued quetiapine 50 at bedtime/);
    expect(out).not.toMatch(/Client reported d\/c|Client reported discontinued|Client wanted RN/);
  });
});
