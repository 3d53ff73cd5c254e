import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 212 (an outpatient child and family clinic; a community outpatient practice for adults), read on 75d53fd.
// Tested on summaries written here, not the reviewers'.

describe('review 212: risk', () => {
  it('what the care is for ("f/u for depression/NSSI") is no self-harm today; a cut told with its day is', () => {
    const r = readSummary('16F indiv f/u for depression/NSSI. pt reports urges to burn herself x2 this wk, did not act. last burned ~4 mo ago per pt. denies SI/HI.').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(r.selfHarmUrges).toBe(true);
    expect(readSummary('Seen for self-harm. pt cut yesterday on her thigh, 3 superficial cuts.').risk.selfHarm).toBe('present');
    // A haircut or hours cut are no self-harm.
    expect(readSummary('Got her hair cut yesterday, felt good. Her hours cut again this month.').risk.selfHarm).not.toBe('present');
  });

  it('a threat dictated without a comma after its condition ("if Devin keeps pushing him he is going to stab him") is a threat', () => {
    expect(readSummary('Pt said if Devin keeps pushing him he is going to stab him.').risk.threat).toBe(true);
    expect(readSummary('Pt said if Devin keeps pushing him he is going to bring his uncles knife and stab him.').risk.threat).toBe(true);
    expect(readSummary('Pt said if Devin keeps pushing him he is going to the office.').risk.threat).toBeFalsy();
  });

  it('"Pt (R.K., 47M) very angry re: ex-wife\'s boyfriend, said "... I\'ll put him in the ground"" is the client\'s threat', () => {
    const summary = 'Pt (R.K., 47M, MDD) very angry re: ex-wife\'s new boyfriend, said "if he shows up at my kid\'s game again I\'ll put him in the ground." Asked directly - says he "wouldn\'t really" but has a hunting rifle. Denies SI.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk', 'birp')).toMatch(/A threatening statement toward another person is documented/);
  });

  it('"Husband plans to drive there tonight; will call 911 if ..." is the husband\'s step, never the clinician\'s promise', () => {
    const text = note('Family sess w/ client (Dana, 40) + her husband. Husband reports his sister texted "I can\'t do this anymore", has pills. Husband plans to drive to her house tonight; will call 911 if she will not open the door. Dana denies SI.', 'pie');
    expect(text).toMatch(/Husband will call 911 if she will not open the door/);
    expect(text).not.toMatch(/(?:^|\. )Will call 911/m);
  });
});

describe('review 212: words and who did it', () => {
  it('"she reports" after the mother is said to be out of the room is the client, and "I saw her from her bedroom" is where she was', () => {
    const text = note('Telehealth (video) w/ Lena, 15. I saw her from her bedroom, mom was home but not in room. She reports panic attacks down to 2x this week. Did exposure hierarchy review.', 'girp');
    expect(text).toMatch(/Client reported panic attacks/);
    expect(text).not.toMatch(/Mother reported panic|Therapist saw her/);
    expect(text).toMatch(/Client was in her bedroom/);
  });

  it('"Coached the parents on asking him directly" is teaching them to ask, never an answer', () => {
    expect(note('Coached the parents on asking him directly about suicide.', 'birp')).not.toMatch(/when asked/i);
    expect(note('On asking she said no thoughts of suicide.', 'birp')).toMatch(/When asked/);
  });

  it('a group member who engaged and agreed after the facilitator\'s work gave the response', () => {
    expect(section('IOP grp, 6 members. Topic: cravings. T.M. shared he used Fri after 30 days clean. Facilitator used MI. T.M. engaged, took notes, agreed to call sponsor daily.', 'response', 'pirp')).toMatch(/T\.M\. was engaged, took notes and agreed to call sponsor daily/);
  });

  it('jotted spellings are written out: str8, cmds, bbq, sz, EtG, drinks/d, ~5x', () => {
    const text = note('Pt drinking 10 drinks/d, hx withdrawal sz 2019, UDS neg except EtG. Went str8 to the sandtray, complied w/ 3/4 cmds, interrupted ~5x. At a bbq Sat.');
    for (const said of ['10 drinks per day', 'withdrawal seizure', 'ethyl glucuronide (EtG)', 'straight to the sandtray', '3/4 commands', 'approximately five times', 'barbecue']) expect(text).toContain(said);
  });
});

describe('review 212: left open, then fixed', () => {
  it('an intake with no technique named says the intake was the work, with the parts the summary shows', () => {
    const summary = 'Intake. 38F, self-referred for panic. Panic 3x/wk x 2 months. MSE: alert, oriented x4, anxious mood, affect congruent, TP linear. Denies SI/HI. Plan: weekly CBT.';
    expect(section(summary, 'intervention', 'pirp')).toBe('Intake assessment completed, including a mental status examination and a risk screening.');
    // A named technique is the intervention; nothing is added beside it.
    expect(section('Intake. 38F, panic 3x/wk. Taught diaphragmatic breathing. Denies SI.', 'intervention', 'pirp')).not.toMatch(/Intake assessment completed/);
  });

  it('"I think she is habituating" is the clinician\'s impression, and "I think I\'ll call her tomorrow" the clinician\'s plan', () => {
    const text = note('CPT session 6. I think she is starting to accommodate less. I think I will call her tomorrow.');
    expect(text).toMatch(/Therapist's impression: she is starting to accommodate less\./);
    expect(section('CPT session 6. I think I will call her tomorrow.', 'plan')).toMatch(/plans to call her tomorrow/);
    expect(text).not.toMatch(/Therapist thinks/);
    expect(note('I think I pushed too fast.')).toMatch(/Therapist may have pushed too fast/);
  });
});
