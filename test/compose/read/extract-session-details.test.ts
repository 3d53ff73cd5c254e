import { describe, expect, it } from 'vitest';
import { extractSessionDetails, isHeaderLike, isSessionFragment } from '../../../src/compose/read/extract-session-details.ts';
import { readSummary } from '../../../src/compose/read/read-summary.ts';

const details = (header: string, whole = header) => extractSessionDetails(header, whole);

describe('extractSessionDetails', () => {
  it('reads minutes', () => {
    expect(details('53 min telehealth indiv').minutes).toBe(53);
    expect(details('45 mins').minutes).toBe(45);
    expect(details('50-minute session').minutes).toBe(50);
    expect(details('indiv 60 minutes').minutes).toBe(60);
  });

  it('"10 min late" is not the session length', () => {
    expect(details('indiv, pt 10 min late').minutes).toBeUndefined();
    expect(details('pt late 10 min').minutes).toBeUndefined();
    expect(readSummary('Pt late 10 min. Discussed her mother\'s illness.').session.minutes).toBeUndefined();
  });

  it('reads a start-end range and derives minutes from it', () => {
    expect(details('10:00-10:53 indiv')).toMatchObject({ startTime: '10:00', endTime: '10:53', minutes: 53 });
  });

  it('stated minutes win over a range', () => {
    expect(details('50 min, 10:00-10:53')).toMatchObject({ startTime: '10:00', endTime: '10:53', minutes: 50 });
  });

  it('reads a range with am/pm', () => {
    expect(details('2:00-2:50pm')).toMatchObject({ startTime: '14:00', endTime: '14:50', minutes: 50 });
    expect(details('9:30am-10:20am')).toMatchObject({ startTime: '09:30', endTime: '10:20', minutes: 50 });
  });

  it('ignores a "range" longer than four hours', () => {
    const d = details('8:00-13:30');
    expect(d.startTime).toBeUndefined();
    expect(d.minutes).toBeUndefined();
  });

  it('reads service type', () => {
    expect(details('53 min indiv').serviceType).toBe('individual');
    expect(details('couples #6').serviceType).toBe('couples');
    expect(details('family session').serviceType).toBe('family');
    expect(details('group, 90 min').serviceType).toBe('group');
    expect(details('intake 60 min').serviceType).toBe('intake');
    expect(details('crisis session').serviceType).toBe('crisis');
  });

  it('reads the session number: "couples #6" is session 6', () => {
    expect(details('couples #6')).toMatchObject({ serviceType: 'couples', sessionNumber: 6 });
    expect(details('indiv sess 4')).toMatchObject({ sessionNumber: 4 });
    expect(details('1st session, indiv')).toMatchObject({ sessionNumber: 1 });
  });

  it('minutes after "session" are not a session number', () => {
    expect(details('phone session 30 min').sessionNumber).toBeUndefined();
    expect(details('family session 50 min').sessionNumber).toBeUndefined();
  });

  it('reads modality', () => {
    expect(details('telehealth video').modality).toBe('video');
    expect(details('53 min zoom').modality).toBe('video');
    expect(details('phone session').modality).toBe('phone');
    expect(details('in person 45 min').modality).toBe('in_person');
    expect(details('in-office, indiv').modality).toBe('in_person');
  });

  it('"pt at home" is the client location', () => {
    expect(details('telehealth video, pt at home')).toMatchObject({ modality: 'video', clientLocation: 'home' });
    expect(details('video', 'video. client at work today')).toMatchObject({ clientLocation: 'work' });
    expect(details('video', 'video, pt from her car')).toMatchObject({ clientLocation: 'in her car' });
    // The place keeps its words: "in his car", never "at car".
    expect(details('phone', 'Phone session (pt in his car, parked, alone).')).toMatchObject({ clientLocation: 'in his car' });
  });

  it('reads an ISO date', () => {
    expect(details('2024-03-05 indiv').date).toBe('2024-03-05');
  });

  it('reads a written date with its year; one without a year is left to the Write page, which knows today', () => {
    expect(details('session 11/27/2026 indiv').date).toBe('2026-11-27');
    expect(details('Nov 27, 2026 - 50 min indiv').date).toBe('2026-11-27');
    expect(details('11/27 indiv 50 min').date).toBeUndefined();
    // A follow-up date is not the session's.
    expect(details('50 min indiv', '50 min indiv. pt reports better sleep. f/u 2026-12-04').date).toBeUndefined();
  });

  it('the session date is not repeated as heading context', () => {
    const note = readSummary('11/27 indiv 50 min, session 3. Pt reports sleep improved.');
    expect(note.facts.map((f) => f.text).join(' ')).not.toContain('11/27');
  });

  it('states nothing it was not told', () => {
    expect(details('', 'pt reports better sleep')).toEqual({ participants: [] });
  });

  it('"family conflict" in the body is not a family session', () => {
    expect(details('53 min indiv', 'pt reports family conflict w/ mom').serviceType).toBe('individual');
    expect(details('', 'discussed family conflict').serviceType).toBeUndefined();
    expect(details('', 'family therapy referral discussed').serviceType).toBeUndefined();
  });

  it('a word in the body ("video", "group") is not the session modality or type', () => {
    expect(details('', 'she watched a video of the group at work').modality).toBeUndefined();
    expect(details('', 'she watched a video of the group at work').serviceType).toBeUndefined();
  });
});

describe('extractSessionDetails through readSummary (heading only)', () => {
  it('"family conflict" in the heading of an individual session is not a family session', () => {
    expect(readSummary('family conflict w/ mom, 50 min indiv. pt tearful.').session.serviceType).toBe('individual');
    expect(readSummary('50 min indiv, family conflict. pt tearful.').session.serviceType).toBe('individual');
  });

  it('a report that mentions family is not a heading', () => {
    expect(readSummary('pt reports family conflict at home. we did grounding.').session.serviceType).toBeUndefined();
  });

  it('a full heading', () => {
    expect(readSummary('couples #6, 50 min (video, pt at home). discussed pursue/withdraw cycle.').session).toMatchObject({
      serviceType: 'couples',
      sessionNumber: 6,
      minutes: 50,
      modality: 'video',
      clientLocation: 'home',
    });
  });
});

describe('isHeaderLike', () => {
  it.each(['53 min telehealth indiv', 'couples #6', 'intake, 34F', 'CBT sess 4'])('%s is a heading', (t) => {
    expect(isHeaderLike(t)).toBe(true);
  });
  it.each(['pt reports 50 min of sleep lost', 'she was late to the session', 'better week overall'])('%s is not a heading', (t) => {
    expect(isHeaderLike(t)).toBe(false);
  });
});

describe('isSessionFragment', () => {
  it.each(['53 min', 'indiv', 'telehealth', 'couples #6', '(video, pt at home)', '10:15-11:05', '3:00 to 3:45', '2-2:50pm'])('%s only restates session details', (f) => {
    expect(isSessionFragment(f)).toBe(true);
  });
  it.each(['panic attacks', 'follow-up on grief', 'family conflict'])('%s carries content', (f) => {
    expect(isSessionFragment(f)).toBe(false);
  });

  it('"session 6 of 12" keeps the course; "next session 2 wks" is no session number', () => {
    expect(details('vet, PTSD (combat), CPT session 6 of 12')).toMatchObject({ sessionNumber: 6, sessionOf: 12 });
    expect(details('video session, next session 2 wks').sessionNumber).toBeUndefined();
  });

  it('"Session 12/1/2026" and "Session 12/1" are dates, not session 12', () => {
    expect(details('Session 12/1/2026 indiv')).toMatchObject({ date: '2026-12-01' });
    expect(details('Session 12/1/2026 indiv').sessionNumber).toBeUndefined();
    expect(details('Session 12/1 indiv').sessionNumber).toBeUndefined();
    expect(details('sess 6/12 indiv')).toMatchObject({ sessionNumber: 6, sessionOf: 12 });
  });
});
