import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { composeNote } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 193 (a veterans' residential PTSD program; an addiction medicine clinic with medication for opioid use
// disorder), read on 38b815f, and review 192's open findings. Tested on summaries written here, not the reviewers'.


describe('review 193', () => {
  it('"Denies cravings, SI/HI" denies every item of the list, never endorses the ideation', () => {
    const risk = readSummary('Indiv 30 min. On methadone 80mg. Denies cravings, SI/HI.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.hi).toBe('denied');
    expect(readSummary('Indiv 30 min. Denies cravings, passive SI last week.').risk.si).toBe('passive');
  });

  it('"thought about eating his gun" is suicidal ideation', () => {
    expect(readSummary('Vet said he thought about eating his gun after the call with his ex. No plan.').risk.si).not.toBe('not_assessed');
    expect(readSummary('Vet said he thought about eating his gun after the call with his ex. No plan.').risk.si).not.toBe('denied');
  });

  it('after an age "AA" is the client\'s race and "SUDs: alcohol" the substance use disorders', () => {
    const text = note('Intake 90 min. 34 y/o AA male, Army vet. SUDs: alcohol, cannabis. Goes to AA on Fridays.', 'soap');
    expect(text).toMatch(/34-year-old African American male/);
    expect(text).toMatch(/Substance use disorders: alcohol/i);
    expect(text).toMatch(/Alcoholics Anonymous \(AA\) on Fridays/);
    expect(text).not.toMatch(/subjective units of distress/i);
  });

  it('after the client\'s answers, "notified his primary therapist and RN" is the clinician\'s act', () => {
    const text = note('Processing group 90 min. Met w/ Lyle 1:1 after grp x 15 min: denies current SI, agreed to safety plan review, notified his primary therapist Dr. Amin + RN.', 'girp');
    expect(text).toMatch(/Therapist notified his primary therapist Dr\. Amin/);
  });

  it('"Next CPT 11/4" is the plan, and "dropped out at session 4" of another course is no number of this session', () => {
    expect(composeNote({ summary: 'Indiv 50 min. Worked on stuck points. Next CPT 11/4.', format: 'soap' }).sections.find((s) => s.key === 'plan')?.text).toMatch(/Next cognitive processing therapy 11\/4/);
    expect(readSummary('Intake 60 min. Maria, 41, Navy vet, referred after outpt PE (dropped out at session 5). Nightmares nightly.').session.sessionNumber).toBeUndefined();
  });

  it('a gun locked in a safe whose key another person holds is held by them, never plain access', () => {
    const risk = readSummary('Passive SI this week, no plan. Firearms: 1 rifle locked in safe at home, brother has the key.').risk;
    expect(risk.meansRemoved).toBe(true);
    expect(section('Passive SI this week, no plan. Firearms: 1 rifle locked in safe at home, brother has the key.', 'risk')).toMatch(/removed or held by someone else/);
  });

  it('cutting "but not in the last month" is a history, and what cutting is to the client is no act', () => {
    expect(readSummary('Pt said she has been cutting on her thigh but not in the last month, no SI.').risk.selfHarm).toBe('history');
    const risk = readSummary('Pt reports urges to cut most days this week, has not acted. States cutting "is about feeling something, not dying". Denies SI.').risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(risk.selfHarmUrges).toBe(true);
  });

  it('"Ind 30 min w/ Dana R. - ..." and a labelled first line with the length and "telehealth" are the session heading', () => {
    expect(readSummary('Ind 45 min w/ Dana R. - stable on bup 16mg, UDS neg, working again, discussed taper, will revisit next month.').session.minutes).toBe(45);
    const labelled = readSummary('Problem: Sam T. 33M, telehealth 45 min. on methadone since May. Using cocaine on weekends.').session;
    expect(labelled.minutes).toBe(45);
    expect(labelled.modality).toBe('video');
  });

  it('a first line naming only the format ("SOAP note please") is no content and hides no heading', () => {
    const summary = 'soap note please\nSession w/ Ana (16) and her dad, 50 min, in office\nAna reports urges to cut, no acts this week.';
    const text = note(summary, 'soap');
    expect(text).not.toMatch(/note please/i);
    expect(readSummary(summary).session.minutes).toBe(50);
  });

  it('"last summer" in the story leaves "family session 3/20" a date, never "session 3 of 20"', () => {
    const session = readSummary('DAP - family session 3/20 60 min\nPresent: client Eli (22), father Ray. Eli moved back home last summer.').session;
    expect(session.sessionNumber).toBeUndefined();
    expect(session.sessionOf).toBeUndefined();
  });

  it('"10/14 started 1500 went about 45 minutes" is the hour and the length; "Main thing today was ..." is the focus', () => {
    const session = readSummary('phone check in Rob um 10/14 started 1500 went about 45 minutes he has been drinking again since the funeral').session;
    expect(session.startTime).toBe('15:00');
    expect(session.minutes).toBe(45);
    expect(note('Indiv 50 min. Main thing today was his anger at work.', 'soap')).toMatch(/The main focus today was his anger at work/);
  });

  it('ASAM dimensions, "rel prev", "Narcan kit given + trained", "Never on MOUD before" and cravings rated 7/10 read as a clinician writes them', () => {
    const text = note('Intake 75 min. ASAM 2.1, dim 1 high, dim 2 low. Never on MOUD before. Reports cravings 7/10 evenings. Narcan kit given + trained. Start rel prev group Tues.', 'soap');
    expect(text).toMatch(/dimension 1 high, dimension 2 low/);
    expect(text).toMatch(/Client had never been on medication for opioid use disorder/);
    expect(text).toMatch(/cravings 7\/10 evenings/);
    expect(text).toMatch(/Narcan kit was given, with training in its use/);
    expect(text).toMatch(/relapse prevention group/);
  });

  it('review 192\'s open findings: a line of only day and hours, "no desire no intent", a group member\'s "he", a length said last', () => {
    const group = readSummary('Social skills group - 3rd gr\nWed 11/6, 12:10-12:40\npresent: Mia, Jon, Eli\n- practiced turn taking').session;
    expect(group.startTime).toBe('12:10');
    expect(note('Social skills group - 3rd gr\nWed 11/6, 12:10-12:40\npresent: Mia, Jon, Eli\n- practiced turn taking', 'girp')).not.toMatch(/Wednesday 11\/6, 12:10-12:40/);
    expect(note('so she denies SI um she has no desire no intent to hurt the baby she just wants the thoughts to stop', 'dap')).not.toMatch(/Client has no desire\./);
    const dictated = 'ok so this is the teen anxiety group um 5 members present Jake did his exposure about calling the pizza place and he got up to like a SUDS of 70 and stayed with it and came down to 30 homework is one phone call a day group ran 75 minutes';
    expect(readSummary(dictated).session.minutes).toBe(75);
    const text = note(dictated, 'birp');
    expect(text).not.toMatch(/\bHe got up\b/);
    expect(text).not.toMatch(/Group ran 75 minutes/);
  });

  it('review 192\'s open findings: a friend\'s words then "denies any thoughts like that herself" is the client\'s denial; the email to that friend\'s counselor is the action', () => {
    const summary = 'Indiv 40 min. Zoe said her friend Mia posted "I just want to disappear" and she is worried about her. Zoe denies any thoughts like that herself. Plan: I\'ll email Mia\'s counselor today re: the post.';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(section(summary, 'risk')).not.toMatch(/add any action taken for that person's safety/);
  });
});
