import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';

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
