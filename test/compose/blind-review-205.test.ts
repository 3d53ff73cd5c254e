import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 205 (a hospice and palliative care bereavement team; a community mental health center for serious mental
// illness), read on bedcf44. Tested on summaries written here, not the reviewers'.

describe('review 205: risk', () => {
  it('"Caller: Walt S., 68, husband of pt June S. who died ..." is the one seen: his own ideation is assessed, never "reported by another person"', () => {
    const summary = 'Crisis call 3/2 2210-2300 (50 min), phone. Caller: Walt S., 68, husband of pt June S. who died on service 2/20.\nWalt said he has been thinking about killing himself since the funeral. Has a shotgun in the closet. Son Ray came over and called back at 2250 confirming he had the shotgun in his truck.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.clientAbsent).not.toBe(true);
    expect(risk.meansRemoved).toBe(true);
    expect(section(summary, 'risk', 'sirp')).not.toMatch(/not present to be assessed|not confirmed as done/);
  });

  it('"Neither of them expressed any thoughts of self harm, I didn\'t ask directly" is no denial', () => {
    expect(readSummary('Couple, ALS. Neither of them expressed any thoughts of self harm, I didn\'t ask directly.').risk.selfHarm).not.toBe('denied');
  });

  it('"No hx of SA" on the risk line is no suicide attempt, never substance abuse', () => {
    const text = note('Intake.\nSA: drinks 1-2 beers on weekends.\nRisk: denies SI/HI currently. No hx of SA.');
    expect(text).toMatch(/No history of suicide attempt/);
    expect(text).toMatch(/Substance use: drinks/);
  });

  it('a partner\'s brother who "told her Sunday he might as well end it and he has a gun" is his risk, and the gun his', () => {
    const risk = readSummary('Couples session w/ client Dale and his partner Rita. Rita says she is worried about her brother Sam who has been staying with them - she says Sam told her Sunday he "might as well end it" and he has a gun at his mom\'s. Sam is not our client. Dale denies SI.').risk;
    expect(risk.othersRisk).toBe(true);
    expect(risk.means).not.toBe(true);
    expect(risk.si).toBe('denied');
  });
});

describe('review 205: sessions', () => {
  it('"Intake - 8/5/25 - 9a-10:30a" is 9:00 to 10:30 am', () => {
    const session = readSummary('Intake - 8/5/25 - 9a-10:30a\nClient referred after discharge.').session;
    expect(session.startTime).toBe('09:00');
    expect(session.minutes).toBe(90);
  });

  it('"90 min drive each way" after a visit named is never the session\'s length', () => {
    expect(readSummary('S: Pt Lee, 70M, seen for routine f/u, 90 min drive each way. Pain 4/10.').session.minutes).toBeUndefined();
  });
});
