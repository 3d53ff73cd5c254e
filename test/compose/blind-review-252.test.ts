import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 252 (an outpatient practice for people affected by workplace and community violence), read on 2ab3208.
// Tested on summaries written here, not the reviewers'.

describe('review 252: intent to hurt a named person', () => {
  it('"denies intent to kill but endorses intent to hurt" is homicidal ideation with intent, never denied', () => {
    const r = readSummary('Angry at landlord who evicted him. Denies SI. Denies intent to kill but endorses intent to hurt.').risk;
    expect(r.hi).toBe('present');
    expect(r.intent).toBe(true);
    expect(readSummary('Denies SI, denies intent to hurt herself.').risk.hi).not.toBe('present');
  });

  it('"thought about waiting for his supervisor after close and putting him in the hospital" is a threat', () => {
    expect(readSummary('Client has thought about waiting for his supervisor after close Saturday and putting him in the hospital.').risk.threat).toBe(true);
  });
});

describe('review 252: HR, a no-show hour, coping, group members by initials', () => {
  it('"RTW mtg w HR 10/14" in the plan is a meeting with human resources, in the plan', () => {
    const plan = section('Anger log reviewed. Denies SI/HI. Plan: cont log, RTW mtg w HR 10/14, next sess 1 wk.', 'plan');
    expect(plan).toMatch(/human resources 10\/14/i);
    expect(plan).not.toMatch(/heart rate/);
  });

  it('"no show 9am" did not attend the 9 am appointment', () => {
    const text = note('no show 9am. called pt x2, left VM. Will try again tomorrow.', 'simple');
    expect(text).toMatch(/Client did not attend the 9 am appointment/);
    expect(text).not.toMatch(/reported no show/i);
  });

  it('"used ice cube + paced hallway instead per coping card" is the client\'s coping, never the therapist\'s', () => {
    const text = note('- urges to cut x2 this wk\n- used ice cube + walked to the kitchen instead per coping card\n- denies SI', 'birp');
    expect(text).toMatch(/Client used ice cube and walked to the kitchen instead/);
    expect(text).not.toMatch(/Therapist used ice cube/);
  });

  it('in a group, what follows a member named by initials on the same line is that member\'s', () => {
    const text = note('Anger group, 6 members. R.T. quiet, reported he lost his job Friday; given job center list after grp. No members endorsed SI/HI.', 'girp');
    expect(text).toMatch(/R\.T\. reported he lost his job Friday/);
    expect(text).toMatch(/R\.T\. was given job center list/);
    expect(text).not.toMatch(/Client reported he lost his job/);
  });

  it('"Denies SI/HI, next wk." puts the next week in the plan', () => {
    expect(section('Practiced exposure script, SUDS 60->35. Denies SI/HI, next wk.', 'plan', 'birp')).toMatch(/next week/i);
  });
});

describe('review 252-253: a crisis call, a no-show booked by the hour, PHP', () => {
  it('"thinking about killing himself all evening and has his dad\'s old sleeping pills" is active ideation: "old" pills are no history', () => {
    const r = readSummary("Phone call 23:10. Said he has been thinking about killing himself all evening and has his dad's old sleeping pills, about 30.").risk;
    expect(r.si).toBe('active');
    expect(r.means).toBe(true);
    expect(readSummary('Old cuts on forearm, none new.').risk.selfHarm).toBe('history');
  });

  it('a no-show booked for an hour gives no start time and asks for no stop time; the unanswered calls are the clinician\'s', () => {
    const text = note('NS for 11am telehealth. Called x2 no answer, left VM. Will try again tomorrow.', 'pie');
    expect(text).not.toMatch(/Started 11/i);
    expect(text).not.toMatch(/stop time/);
    expect(text).toMatch(/Therapist called twice/);
  });

  it('"PHP" beside another level of care is the partial hospitalization program, whoever the client is', () => {
    const text = note('Pt is an ICU nurse. Given vitals, recommended PHP eval; pt wants to try IOP first. MD aware.', 'soap');
    expect(text).toMatch(/partial hospitalization program/);
    expect(text).not.toMatch(/Physician Health Program/);
  });

  it('"had each practise a complaint without blame" in a couples session is the clinician\'s direction', () => {
    expect(note('Couples session with Ana and Ben. Reviewed the week. Had each practise a complaint without blame. Both deny SI.', 'birp')).toMatch(/Therapist had each practise a complaint/);
  });
});

describe('review 254 (final): a friend\'s ideation told to the client', () => {
  it('"her best friend told Sam she has been thinking about killing herself" is the friend\'s, never the client\'s', () => {
    const r = readSummary("I met with Sam (21). Sam's best friend recently told Sam she has been thinking about killing herself; Sam is scared. Sam herself denies SI.").risk;
    expect(r.si).toBe('denied');
    expect(readSummary("Pt's best friend told pt she has been thinking about killing herself.").risk.si).not.toMatch(/passive|active/);
  });
});
