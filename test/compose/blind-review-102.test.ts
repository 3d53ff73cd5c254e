import { describe, expect, it } from 'vitest';
import { findSessionDate, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 102 (issue 6): a rural solo practice and rural health center, and youth services
// (juvenile justice, foster care, residential treatment). Each mechanism the reviewers' notes showed
// missing, tested on summaries written for this file.

describe('review 102: risk', () => {
  it('"was going to end it tonight" with a rifle in the truck is active ideation, never "not documented"', () => {
    const summary = 'Crisis call 10:15 pm. Pt Dale, 52, said he was sitting in the barn with his shotgun and "was going to end it tonight." I kept him on the line. Denies HI.';
    expect(readSummary(summary).risk.si).toBe('active');
    expect(section(summary, 'risk', 'soap')).not.toMatch(/Not documented: suicidal ideation/);
    expect(readSummary('She is going to end it with him tonight, tired of the fighting.').risk.si).toBe('not_assessed');
  });

  it('the clinician who had a colleague call dispatch made the call; responders arriving are what happened', () => {
    const out = note('Crisis call. Pt intoxicated, said he has pills in hand. Kept him on the line. Had second line call county dispatch for welfare check; deputy and EMS arrived at 1:10, pt transported to ER.', 'soap');
    expect(out).not.toMatch(/Client had second line/);
    expect(out).not.toMatch(/Client reported deputy/);
  });
});

describe('review 102: who said it', () => {
  it('a jot with no subject right after a caregiver\'s report goes on with that report', () => {
    const out = note('Client: Harold (81) w/ son Mark - joint session\nPresenting: Mark reports dad left the stove on twice. Forgetting appointments, missed meds x2 this wk. Harold says "I\'m fine."', 'birp');
    expect(out).not.toMatch(/Client reported forgetting appointments/);
    expect(out).toMatch(/Mark also reported forgetting appointments/);
  });

  it('"mom um mom actually apologized ... which Destiny said was the first time she\'s ever said sorry" keeps the apology the mother\'s', () => {
    const out = note('um so this was the family session with Kayla and her dad Ron at the agency um we did the feelings check in and dad um dad actually apologized for missing the last visit which Kayla said was the first time he\'s ever said sorry to her um plan monthly visits', 'pirp');
    expect(out).not.toMatch(/Kayla said sorry/);
    expect(out).not.toMatch(/check in and father\./);
    expect(out).toMatch(/first time he has ever said sorry to her/);
  });

  it('"per night staff" is the night staff\'s report', () => {
    expect(note('Tay 16 RTC. Sleep poor 4 hrs per night staff. Denies SI.', 'soap')).toMatch(/Night staff reported sleep poor/);
  });
});

describe('review 102: words and dates', () => {
  it('"Husband d. 4 mo ago (MI)" is a heart attack, never motivational interviewing', () => {
    expect(note('Ruth P., 70, grief. Husband d. 6 mo ago (MI). Cried most of session.', 'dap')).toMatch(/\(myocardial infarction\)/);
  });

  it('"RTC cottage B" is the residential treatment center; "RTC 2 wks" is return to clinic', () => {
    expect(note('Jay 15yo RTC cottage B. indiv. Denies SI.', 'soap')).toMatch(/residential treatment center cottage B/);
    expect(note('Doing well. RTC 2 wks.', 'soap')).toMatch(/[Rr]eturn to clinic (?:in )?2 weeks/);
  });

  it('"goal ... met 2/3" is a count, never the date of service', () => {
    expect(findSessionDate('pt Ada 51 f/u dep.  mood better.  goal: walk 3x/wk w/ sister - met 2/3.  rtc 3 wk')).toBeUndefined();
  });

  it('"okay to me calling her" is consent to the clinician\'s act, never the client\'s quoted words; "the number I gave him" stays one phrase', () => {
    const out = note('um so individual session with Earl um he will call the crisis number I gave him um wife knows about the plan he said okay to me calling her um follow up next week', 'soap');
    expect(out).not.toMatch(/"okay to me/);
    expect(out).toMatch(/okay to the therapist calling her/);
    expect(out).not.toMatch(/Therapist gave him\./);
    expect(out).not.toMatch(/calling her follow up/);
  });

  it('"Goal worked on:" fills the Goal section; "Insight and judgment poor" is seen, never reported', () => {
    expect(section('Teen w/ grandparents.\nGoal worked on: reduce school refusal (goal 1 on plan).\nPracticed a morning plan.', 'goal', 'girp')).toMatch(/reduce school refusal/);
    expect(note('MSE: calm. Insight and judgment poor.', 'sirp')).not.toMatch(/Client reported Insight/);
  });
});
