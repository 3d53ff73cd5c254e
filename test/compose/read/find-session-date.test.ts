// The session's date as the clinician wrote it, and the many things in a summary that look like
// a date and are not (ratings, counts, session numbers, follow-ups, court dates, birthdays).
// Several of the "not a date" lines are from the shared dev cases.
import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../../src/compose/read/find-session-date.ts';

const TODAY = '2026-12-01';
const dateIn = (text: string, today: string | undefined = TODAY): string | undefined => findSessionDate(text, today ? { today } : {})?.date;

describe('findSessionDate: dates that name the session', () => {
  it.each([
    ['session 11/27/2026. pt reports better sleep', '2026-11-27'],
    ['Session 11/27/26 indiv 50 min', '2026-11-27'],
    ['11/27 indiv 50 min telehealth. pt reports...', '2026-11-27'],
    ['Nov 27 - 53 min indiv. pt reports rough week', '2026-11-27'],
    ['November 27th, 2025, couples #6', '2025-11-27'],
    ['27 Nov indiv. reviewed thought record', '2026-11-27'],
    ['DOS: 11/27. pt reports sleep improved', '2026-11-27'],
    ['50 min indiv, seen on 11/27. pt reports', '2026-11-27'],
    ['Tue 11/24 indiv video', '2026-11-24'],
    ['2026-11-27 indiv', '2026-11-27'],
    ['50 min indiv telehealth Nov. 27. pt calmer', '2026-11-27'],
    // No course is session 12 of 1: after "Session" it is the date.
    ['Session 12/1 indiv. pt reports better sleep', '2026-12-01'],
  ])('%s -> %s', (text, expected) => {
    expect(dateIn(text)).toBe(expected);
  });

  it('gives the span and the words as written, for the interface to show', () => {
    const text = '53 min indiv, Nov 27. pt reports...';
    const found = findSessionDate(text, { today: TODAY });
    expect(found).toMatchObject({ date: '2026-11-27', text: 'Nov 27', yearInferred: true });
    expect(text.slice(found!.start, found!.end)).toBe('Nov 27');
  });

  it('a date without a year is the latest such day on or before today', () => {
    expect(dateIn('12/30 indiv', '2027-01-02')).toBe('2026-12-30');
    expect(dateIn('1/2 indiv', '2027-01-02')).toBe('2027-01-02');
    expect(dateIn('2/29 indiv', '2027-03-01')).toBe('2024-02-29');
  });

  it('without today, a date with no year has no ISO date (the pure composer has no clock)', () => {
    expect(findSessionDate('11/27 indiv')).toMatchObject({ month: 11, day: 27 });
    expect(findSessionDate('11/27 indiv')?.date).toBeUndefined();
    expect(findSessionDate('11/27/2026 indiv')?.date).toBe('2026-11-27');
  });
});

describe('findSessionDate: never a session number, a rating or another day', () => {
  it.each([
    ['session 3. pt reports better sleep'],
    ['Marcus 17, sess 3. vaping THC'],
    ['CPT sess 6/12. PCL-5 41 (was 52 at intake)'],
    ['anxiety skills grp, sess 4/12, 75 min, 7/8 present'],
    ['brief CBT sess 5/8, older brother in family'],
    ['intrusive images daily, 8/10. worst pic = knife'],
    ['did ABC sheets 4/7 days. challenged thoughts'],
    ['50 min. court-referred after DUI 3/2 (BAC .14), hearing next month'],
    ['caseworker emailed re: court date 11/14 - told Ms. Grant.'],
    ['Intake x2 (4/12 + 4/18). John, 44, teacher'],
    ['pt c/o low mood x2 wks 2/2 layoff rumors'],
    ['indiv 50 min. pt reports rough week. plan: f/u 12/4'],
    ['indiv 50 min. next session Dec 4'],
    ['indiv. DOB 3/4/1990. pt reports'],
    ['indiv 50 min. pt says her birthday is Nov 27'],
    ['pt reports she may 2 weeks off work'],
    ['indiv. SUDS 6/10 before, peak 8/10'],
    ['indiv 50 min. last session 11/20 we did exposure'],
  ])('%s: no date', (text) => {
    expect(dateIn(text)).toBeUndefined();
  });

  it('a bare 11/27 later in the body is not the session date (it may be anything)', () => {
    expect(dateIn('50 min indiv. pt says the fight was 11/27')).toBeUndefined();
  });

  it('two different dates: none is chosen, the clinician sets it', () => {
    expect(dateIn('11/27 indiv. DOS 11/28')).toBeUndefined();
    expect(dateIn('11/27 indiv. DOS 11/27')).toBe('2026-11-27');
  });

  it('impossible days are not dates', () => {
    expect(dateIn('13/27 indiv')).toBeUndefined();
    expect(dateIn('2/30 indiv')).toBeUndefined();
    expect(dateIn('Nov 31 indiv')).toBeUndefined();
  });
});
