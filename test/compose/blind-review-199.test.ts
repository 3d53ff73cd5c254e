import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 199 (an inpatient adolescent unit; a crisis stabilization unit and mobile crisis team), read on d7d9e48,
// and review 198's open findings. Tested on summaries written here, not the reviewers'.

describe('review 199', () => {
  it('a mother\'s aside about the "9/28 OD on mom\'s Tylenol" is a past act, never active ideation over the teen\'s denial', () => {
    const risk = readSummary('Family mtg 50 min. Mom tearful, states she "can\'t go through finding her like that again" (ref to 10/2 OD on mom\'s pills). Ava denied current SI, intent, plan when asked directly.').risk;
    expect(risk.si).toBe('denied');
  });

  it('"Passive SI resolved over past 3 days" is never endorsed ideation', () => {
    expect(readSummary('D/c planning call 30 min. Passive SI resolved over past 4 days per pt and per daily assessments.').risk.si).not.toBe('passive');
  });

  it('a ligature found tonight is an attempt in the last day, never "a history"; an attempt in 2019 stays a history', () => {
    const tonight = section('0145 crisis call from CO Hale re: Ray Ott 37M, CO found him w/ sheet tied to vent, CO removed it. Seen cell-side ~15 min. Denies HI.', 'risk');
    expect(tonight).toMatch(/A suicide attempt in the last day is documented above/);
    expect(tonight).not.toMatch(/A history of suicide attempt/);
    expect(section('Intake 60 min. Hx of suicide attempt by overdose in 2019. Denies SI.', 'risk')).toMatch(/A history of suicide attempt is documented/);
  });

  it('"refused PO offer" beside a PRN is a medicine by mouth; "Q15 checks", "Psych eval for meds today" and "Total contact approx 75 min" are no client report', () => {
    const text = note('Seclusion debrief 20 min. No PRN given, refused PO offer. Calm now.', 'pirp');
    expect(text).not.toMatch(/probation officer/);
    const csu = note('CSU intake. Voluntary admit to CSU, agreed to stay 3-5 days. Q15 checks. Psych eval for meds today. Total contact approx 75 min.', 'soap');
    expect(csu).not.toMatch(/Client reported 15-minute checks/);
    expect(csu).not.toMatch(/Client reported psychiatric evaluation/);
    expect(csu).not.toMatch(/Client reported Voluntary admit/i);
    expect(readSummary('CSU intake. Voluntary admit. Total contact approx 75 min.').session.minutes).toBe(75);
  });
});
