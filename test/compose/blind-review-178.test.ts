import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 178 (a school-based mental health program; a practice for first responders and healthcare workers), read on
// f0e677e. Tested on summaries written here, not the reviewers'.

describe('review 178: risk', () => {
  it('after a relative\'s quotation that closes with its stop, "Denies SI/HI." is the client\'s own', () => {
    const summary = 'Indiv 50 min. Pt reports nightmares since the crash. Husband says she is "short with everyone." Denies SI/HI. Service weapon at home.';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(note(summary)).not.toMatch(/Husband denied suicidal ideation/);
  });

  it('what a student wrote in a journal, "something like sometimes I wish ...", stays the student\'s words', () => {
    const summary = 'Indiv 45 min. Referred by his teacher because he wrote in his journal um something like sometimes I wish I could just go to sleep and not wake up. He denies a plan.';
    const text = note(summary, 'dap');
    expect(text).toMatch(/something like "sometimes I wish I could just go to sleep and not wake up"/);
    expect(text).not.toMatch(/the therapist wish/);
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('"History: at age 6, after grandpa died, Ethan told his teacher he wanted to die" stays one history, never current ideation', () => {
    const summary = 'Intake - Liam R., age 9, 60 min (30 w/ parents, 30 w/ Liam).\nParents report divorce in Jan.\nHistory: at age 6, after grandma died, Liam told his kindergarten teacher he "wanted to die and be with Nana"; was seen by a therapist for ~6 months, no attempts, no SH. Parents deny any current talk like that. Liam said today he is "sad sometimes" but when asked directly denied wanting to hurt himself or die.\nPlan: weekly indiv.';
    expect(readSummary(summary).risk.si).not.toMatch(/passive|active/);
    expect(section(summary, 'risk', 'pie')).not.toMatch(/endorsed passive suicidal ideation/);
  });

  it('"contracted... (no, not a contract) - agreed to safety plan" keeps only the safety plan', () => {
    const text = note('Walk-in crisis 90 min. Active SI with plan, guns at home. Ray declined ED eval, contracted... (no, not a contract) - agreed to safety plan and to call 988.', 'sirp');
    expect(text).not.toMatch(/contracted/i);
    expect(text).toMatch(/agreed to safety plan/);
  });
});

describe('mended on reading the change again', () => {
  it('"took a bunch of photos" is no ingestion; "took a handful of her sleeping pills" is', () => {
    expect(readSummary('Indiv 50 min. Took a bunch of photos at the lake this weekend, enjoyed it.').risk.selfHarm).toBe('not_assessed');
    expect(readSummary('Indiv 50 min. Took a handful of her sleeping pills Friday, slept 14 hours.').risk.selfHarm).toBe('present');
  });

  it('a rating set apart on the first line ("Anxiety, 8/10.") is never the session\'s date', () => {
    expect(findSessionDate('Indiv 50 min. Anxiety, 8/10.', { today: '2026-12-06' })).toBeUndefined();
  });

  it('a "then" line the clinician did ("then discussed coping") never goes on with the client named before', () => {
    expect(note('Indiv 50 min, Dana.\nDana reported a hard week at work\nthen discussed coping with deadlines', 'dap')).not.toMatch(/Dana discussed coping/);
  });
});

describe('review 178: open findings taken up', () => {
  it('"walked in 16:40, seen till 18:10" are the session\'s hours', () => {
    expect(readSummary('CRISIS - unscheduled, 6/18, walked in 16:40, seen till 18:10 (90 min)\nPt reports SI with plan.').session).toMatchObject({ startTime: '16:40', endTime: '18:10', minutes: 90 });
  });

  it('a call to the peer support line for a partner at risk is the action taken for him', () => {
    const summary = 'Indiv 50 min. Marcus reports his partner Tony has been drinking on shift and said Sat night "you guys would be better off without me." Marcus called the peer support line from my office and gave Tony\'s name; they will do a welfare check tonight. Marcus himself denies SI.';
    expect(section(summary, 'risk', 'dap')).not.toMatch(/add any action taken for that person's safety/);
  });
});

describe('review 178: a group member named in brackets', () => {
  it('"One EMT (Kayla) disclosed ... — denies any current SI" is Kayla\'s history and Kayla\'s denial, never the client\'s', () => {
    const summary = 'Group debrief, 90 min, 8 crew members.\nResponse: most engaged. One EMT (Kayla) disclosed she had a suicide attempt at 19 and that calls like this "bring it back" — denies any current SI, says she is in therapy already.\nPlan: check-ins offered.';
    const text = note(summary, 'girp');
    expect(text).toMatch(/Kayla \(EMT\) disclosed she had a suicide attempt at 19/);
    expect(text).toMatch(/Kayla denied any current suicidal ideation/);
    expect(text).not.toMatch(/Client denied any current suicidal ideation/);
  });
});
