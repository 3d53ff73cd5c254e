import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 140 (an OCD and anxiety specialty practice; a college athletics counseling service), read on d8fa0b3:
// a plan to use a father's pistol is active ideation with a plan; a call-in seen the same day was not a phone session;
// a brother's cutting told with his words is his; a trainer's "no concerns about SI" is no denial of the client's own;
// "I'm going to choke" on the first tee is no threat; exposures are done together. Tested on summaries written here.

describe('review 140: the risk status', () => {
  it('"plans to use his father\'s pistol ... thought about going tonight", with no word for suicide, is active ideation with a plan', () => {
    const r = readSummary('crisis call-in, existing client Ben 38M. called 1pm, seen same day 3pm\nlost his house yesterday. says "I know how I\'d do it" - plans to use his father\'s pistol, knows where it\'s kept, thought about going tonight\nintent 5/10, says his kids are the "only thing" stopping him');
    expect(r.risk.si).toBe('active');
    expect(r.risk.plan).toBe(true);
    expect(r.risk.protectiveFactors).toContain('his kids');
    expect(r.session.modality).not.toBe('phone');
  });

  it('a brother who "told a friend he doesn\'t want to be alive anymore and has been cutting" is the brother, never the client\'s self-harm', () => {
    const r = readSummary('Collateral phone call w/ mother of client (Ava, 16), 20 min.\nMom is worried about Ava\'s older brother Jake (19), not Ava. Mom found texts where Jake told a friend he "doesn\'t want to be alive anymore" and has been cutting.').risk;
    expect(r.selfHarm).not.toBe('present');
  });

  it('"AT has no concerns about SI" is the trainer\'s view, never the client\'s own denial', () => {
    const out = note('Call from athletic trainer (AT) re: J.M., swimmer. AT concerned J.M. may be purging. AT says J.M. has not said anything about hurting herself; AT has no concerns about SI. Plan: see J.M. tomorrow.', 'dap');
    expect(out).not.toMatch(/the client denied suicidal ideation/);
    expect(out).toMatch(/another person reported no suicidal ideation/);
  });

  it('"defusion for the \'I\'m going to choke\' thought" on the first tee is no threat', () => {
    const r = readSummary('Telehealth w/ golfer, performance anxiety. Introduced cognitive defusion for "I\'m going to choke" thought. Denies SI and self-harm.').risk;
    expect(r.threat).not.toBe(true);
  });
});

describe('review 140: the work', () => {
  it('"Did resp prev on groin checking" is response prevention, done together', () => {
    const out = note('ERP session 6. Did resp prev on groin checking and reassurance seeking, SUDS 70 to 40. Plan: daily practice.', 'soap');
    expect(out).toMatch(/Therapist and client completed response prevention on groin checking/);
    expect(out).not.toMatch(/[Rr]espiratory/);
  });

  it('"collab\'d w/ pt + called his sister" is collaborated, never "collaborative\'d"', () => {
    expect(note('Crisis session. Passive SI. collab\'d w/ pt + called his sister (pt consented), sister will stay tonight. f/u tomorrow.', 'sirp')).not.toMatch(/collaborative'd/);
  });
});
