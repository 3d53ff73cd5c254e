import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 58 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';

describe('review 58: letters that mean one thing in one practice and another elsewhere', () => {
  it('"walk-in from PC clinic" is primary care; an EMDR "PC" is the positive cognition', () => {
    expect(note('CRISIS - walk-in from PC clinic, 45 min\nActive SI w/ plan. Sent to ED.', 'pie')).toMatch(/primary care clinic/);
    expect(note('EMDR 60 min\nNC "I am unsafe", PC "I am safe now", VOC 3. SUD 6 -> 2.', 'dap')).toMatch(/positive cognition "I am safe now"/);
  });

  it('"brief LOC" after an accident is a loss of consciousness; "declined higher LOC" is the level of care', () => {
    expect(note('Intake 60 min\nMVA 8/2/24, rear-ended, brief LOC, ED visit. Denies SI.', 'sirp')).toMatch(/brief loss of consciousness/);
    expect(note('crisis 60 min\nActive SI, no plan. pt declined higher LOC, agreed to stay w/ sister.', 'sirp')).toMatch(/declined higher level of care/);
  });
});

describe('review 58: the session date and a plan with pills', () => {
  it('"Family session 11/19" is a date, not session 11 of 19; "CPT sess 6/12" stays a course', () => {
    expect(section('Family session 11/19\nMom and teen. Denies SI.', 'session', 'birp')).not.toMatch(/session 11 of 19/);
    expect(section('CPT sess 6/12\nPCL-5 41. Denies SI.', 'session')).toMatch(/Session 6 of 12/);
  });

  it('"stated plan to take her mother\'s oxycodone tonight" is active ideation with a plan', () => {
    const r = readSummary('after-hours crisis call, 50 min\npt stated plan to take her mother\'s oxycodone tonight, has bottle in hand, "I\'m done"').risk;
    expect(r.si).toBe('active');
    expect(r.plan).toBe(true);
  });
});
