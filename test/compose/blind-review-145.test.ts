import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 145 (an intensive in-home family therapy program; a faith-based counseling center), read on b5c5e11, with
// one finding of 144: a level the clinician doubts is no level stated; thinking about taking one's pills is the act
// thought of; "no SI voiced all week" is what no one heard, never what the one just named reported. Tested on summaries
// written here.

describe('review 145: the risk status', () => {
  it('"I\'m not convinced the risk is low" states no level', () => {
    expect(readSummary('Pt has a plan to overdose Sunday, pills at home. I\'m not convinced the risk is low. Consulting supervisor today.').risk.level).toBeUndefined();
  });

  it('"thinking about taking his pills" is active ideation, with the pills as means', () => {
    const r = readSummary('Telehealth w/ Andre. He told me he\'s been thinking about taking his pills.').risk;
    expect(r.si).toBe('active');
    expect(r.means).toBe(true);
  });

  it('in a call with the attending, "she\'s the health care proxy no SI voiced all week" is no report of the proxy\'s', () => {
    const r = readSummary('call with doctor lee attending about mrs park um room 4 she has been refusing meds since friday and lost weight um I mentioned her daughter is the only family and she\'s the health care proxy no SI voiced all week but the refusing is the risk here plan I see her tomorrow');
    expect(r.facts.some((f) => /reported no suicidal ideation voiced/i.test(f.text))).toBe(false);
  });
});

describe('review 145: the rest', () => {
  it('"I don\'t actually want to die, I want this to stop", said after a plan, never turns the plan into passive ideation', () => {
    const r = readSummary('Telehealth w/ Andre. He told me he\'s been thinking about taking his pills and picked a day. He said "I don\'t actually want to die, I want this to stop."').risk;
    expect(r.si).toBe('active');
  });

  it('a caseworker who "did home visit Mon, saw faint mark on upper arm" saw it, never the therapist', () => {
    const out = note('Collateral call w/ CPS worker Dana Lowe re: Reyes family.\nWorker did home visit Mon, saw faint mark on upper arm, child said she fell. Dad denies.', 'dap');
    expect(out).toMatch(/Worker saw faint mark/);
    expect(out).not.toMatch(/Therapist observed faint mark/);
  });

  it('"Called ... asst principal re attendance - she agreed" is the assistant principal agreeing, never the client', () => {
    const out = note('Called Roosevelt MS asst principal re Maya R. attendance plan — she agreed to half days starting Mon, will waive tardies for 2 wks; mom to be told by me Thurs.', 'simple');
    expect(out).toMatch(/The assistant principal agreed to half days/);
    expect(out).not.toMatch(/Client agreed/);
  });

  it('"Consulted w/ Dr. Reyes re: duty to warn. We decided ..." is the clinician and Dr. Reyes deciding', () => {
    const out = note('Crisis walk-in. Pt said he would hurt his neighbor, gun since removed by brother. Consulted w/ Dr. Reyes re: duty to warn. We decided threat not imminent after gun removed; will reassess tomorrow.', 'birp');
    expect(out).toMatch(/Dr\. Reyes and the therapist decided/);
    expect(out).not.toMatch(/Therapist and client decided/);
  });
});
