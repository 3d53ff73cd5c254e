import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 66 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.

describe('review 66: risk read right', () => {
  it('a cutting history with "didn\'t cut last night" is history, never current self-harm', () => {
    expect(readSummary('hx of cutting on arms last spring but she hasn\'t cut since march she didn\'t cut last night she used ice instead').risk.selfHarm).toBe('history');
  });

  it('"denies any current cuts" denies self-harm; "has new cuts" reports it', () => {
    expect(readSummary('Denies SI, denies any current cuts.').risk.selfHarm).toBe('denied');
    expect(readSummary('Pt has new cuts, would not show them.').risk.selfHarm).toBe('present');
  });

  it('"monitor purging + SI closely" is a plan to watch, never an endorsement', () => {
    const out = note('Pt denies SI. Plan: next session Mon, monitor purging + SI closely.', 'birp');
    expect(out).not.toMatch(/endorsed suicidal ideation/);
    expect(section('Pt denies SI. Plan: next session Mon, monitor purging + SI closely.', 'plan', 'birp')).toMatch(/[Mm]onitor purging and suicidal ideation closely/);
    expect(note('no plan, + intent', 'simple')).toMatch(/endorsed intent/);
  });

  it('"she doesn\'t see the point anymore" is passive ideation; another person\'s stays theirs', () => {
    const out = note('Individual session. Her brother texted her saying he doesn\'t see the point anymore. Pt herself denies any SI. Gave her 988 to pass on.', 'girp');
    expect(section('Individual session. Her brother texted her saying he doesn\'t see the point anymore. Pt herself denies any SI. Gave her 988 to pass on.', 'risk', 'girp')).toMatch(/does not see the point anymore/);
    expect(out).toMatch(/denied any suicidal ideation/);
  });

  it('being touched "over my clothes" at night is risk content', () => {
    expect(section('Teen disclosed stepdad has touched her "over my clothes" at night. Called CPS hotline.', 'risk', 'birp')).toMatch(/over my clothes/);
  });
});

describe('review 66: who did it', () => {
  it('"she said I can call her mom about X" is the clinician\'s permission, never the client\'s quote', () => {
    const out = note('ok so she said I can call her mom about the grades stuff but not the urges so plan is check in friday', 'dap');
    expect(out).toMatch(/the therapist can call her mother about the grades stuff/);
    expect(out).not.toMatch(/"I can call her mom/);
  });

  it('"Near end of session Emma disclosed ..." keeps Emma as the one who disclosed', () => {
    expect(note('Emma 16 seen alone. Near end of session Emma disclosed that a neighbor has been following her home.', 'birp')).not.toMatch(/Client reported Near/);
  });

  it('"Informed Emma of my duty to report" is the clinician\'s act', () => {
    expect(section('Emma disclosed abuse. Informed Emma of my duty to report, she agreed. Called CPS hotline.', 'intervention', 'birp')).toMatch(/Therapist informed Emma of the therapist's duty to report/);
  });

  it('"didnt call home per CPS guidance" is held back under direction, never the client\'s act', () => {
    expect(note('made CPS report at 10:15 am. didnt call home per CPS guidance.', 'pie')).not.toMatch(/Client did not call home/);
  });

  it('"Jonah dominated, redirected x3" is redirected by someone else; "Priya quiet" is Priya', () => {
    const out = note('Lunch group, 5 students. Jonah dominated, redirected x3. Priya quiet.', 'pirp');
    expect(out).toMatch(/Jonah dominated, was redirected three times/);
    expect(out).toMatch(/Priya was quiet/);
  });

  it('"B: tearful, minimal speech" under letter labels is what was seen', () => {
    expect(note('B: tearful, minimal speech, hood up\nI: stayed with her\nR: calmer\nP: f/u tmrw', 'birp')).toMatch(/Client presented as tearful, minimal speech/);
  });

  it('"CSSRS screen done - passive ideation only" is a screen completed, never the client\'s report', () => {
    expect(note('CSSRS screen done - passive ideation only.', 'soap')).not.toMatch(/Client reported Columbia/);
  });

  it('"Notified VP + SRO" is the clinician\'s act; "f/u w/ me mon" is the plan', () => {
    const summary = 'stu angry after fight, threatened to "jump him after school"\nnotified VP + SRO immediately\nf/u w/ me mon';
    expect(section(summary, 'intervention', 'sirp')).toMatch(/Therapist notified vice principal and school resource officer/);
    expect(section(summary, 'plan', 'sirp')).toMatch(/Monday/);
  });

  it('"Gave Claire 988 ..." is the clinician handing over a resource', () => {
    expect(section('Claire worried about her sister. Gave Claire 988 and the PSI line to pass on.', 'intervention', 'girp')).toMatch(/Therapist gave Claire the 988/);
  });

  it('"Maya here w/ baby" is Maya present, never a report', () => {
    expect(note('Ind sess. Maya here w/ baby in carrier. EPDS 15.', 'soap')).toMatch(/Maya was here with baby in carrier/);
  });
});

describe('review 66: words', () => {
  it('"dad in TX" is Texas; "cont TX" is treatment', () => {
    expect(note('Intake, 14F. Lives w/ mom; dad in TX, little contact. Cont TX weekly.', 'birp')).toMatch(/[Ff]ather in Texas/);
  });

  it('school jotting: a class period, a student, a suspension, a special education teacher', () => {
    const out = note('stu left 3rd pd crying, ISS tmrw, told sped teacher, bullied on snap.', 'simple');
    expect(out).toMatch(/third period|3rd period/);
    expect(out).toMatch(/in-school suspension/);
    expect(out).toMatch(/special education teacher/);
    expect(out).toMatch(/Snapchat/);
  });

  it('"sent by VP" in a school note is the vice principal; "promoted to VP of sales" is not', () => {
    expect(note('8th grader sent by VP after a fight in class.', 'simple')).toMatch(/vice principal/);
    expect(note('Pt promoted to VP of sales, more stress.', 'simple')).not.toMatch(/vice principal/);
  });

  it('"wk 9 PP" with a baby is postpartum; "rpt EPDS next wk" repeats the screen', () => {
    const out = note('Ind sess, wk 9 PP, baby slept in carrier. Plan: rpt EPDS next wk.', 'soap');
    expect(out).toMatch(/Week 9 postpartum/i);
    expect(out).toMatch(/Repeat EPDS next week/);
  });

  it('"it\'s happened a few times" is "it has happened"', () => {
    expect(note('Pt says it\'s happened a few times.', 'simple')).toMatch(/it has happened a few times/);
  });

  it('a time\'s colon stays in its object: "made CPS report 8:55 am"', () => {
    expect(note('made CPS report 8:55 am, ref # 24-1', 'pie')).toMatch(/Therapist made child protective services report 8:55 am/);
  });

  it('"within 24 hr" is 24 hours; "72 hr hold" is a 72-hour hold; "w Emma\'s ok" is with', () => {
    const out = note('worker to contact family within 24 hr. Mom brought in w Emma\'s ok.', 'simple');
    expect(out).toMatch(/within 24 hours/);
    expect(out).toMatch(/with Emma's okay/);
    expect(note('Placed on 72 hr hold.', 'simple')).toMatch(/72-hour hold/);
  });

  it('the verb agrees with the head noun: "OB follow-up regarding medications was discussed"', () => {
    expect(note('Discussed OB f/u re: meds.', 'soap')).toMatch(/follow-up regarding medications was discussed/);
  });
});
