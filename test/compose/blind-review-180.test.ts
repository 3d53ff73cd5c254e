import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 180 (a university counseling center for student-athletes; a domestic violence survivors program), read on
// 58e2ea1. Tested on summaries written here, not the reviewers'.

describe('review 180: risk', () => {
  it('"ED" in a crisis beside restricting is the emergency department when it is a hospital\'s, refused, or followed up with', () => {
    const text = note('Crisis walk-in 60 min. Restricting to 800 cal/day, purging. Endorses SI with plan. Agreed to voluntary eval at St. Luke ED, initially refused ED. Plan: f/u with ED tomorrow AM.');
    expect(text).not.toMatch(/eating disorder/);
    expect(text).toMatch(/St\. Luke emergency department/);
  });

  it("in a couples session, a teammate's words are hers, and \"Neither D or P report SI\" is both partners' denial", () => {
    const summary = 'couples session, 50 min - Marco (M soccer, 21) and Tess (W track, 20). Tess worried about her teammate Jo who has been saying "I just want to disappear". Neither M or T report SI.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.othersRisk).toBe(true);
    expect(section(summary, 'risk', 'pie')).not.toMatch(/endorsed passive suicidal ideation/);
  });

  it("after the client's denial of access, another person's guns surrendered under a protective order are not the client's access", () => {
    const summary = 'Indiv 50 min. Endorses SI, thoughts daily, no plan, no intent. Denies access to firearms, Derek had guns but they were surrendered w/ PO.';
    const risk = readSummary(summary).risk;
    expect(risk.means).toBe(false);
    const text = note(summary, 'dap');
    expect(text).toMatch(/protective order/);
    expect(text).not.toMatch(/probation officer/);
    expect(text).not.toMatch(/access to guns was reported/);
  });

  it("a parent's death threat told by the child is another person's threat, asked about in the risk section", () => {
    const summary = 'Parent-child session, mom and Leo (6), 45 min. During play Leo said dad told him "I\'ll make sure mommy doesn\'t wake up." Mom shaken. Talked w/ mom about the threat.';
    const risk = readSummary(summary).risk;
    expect(risk.threatByOther).toBe(true);
    expect(risk.threat).toBeFalsy();
    expect(section(summary, 'risk', 'pirp')).toMatch(/make sure mommy/);
  });
});

describe("review 180: the session's date and length", () => {
  it('a date on the plan\'s own line, or after "2nd session", is a day to come', () => {
    expect(findSessionDate('Grp: team alcohol ed, 90 min, 20 players.\nPlan: 2nd session 12/3, send attendance to compliance.', { today: '2026-12-06' })).toBeUndefined();
  });

  it('"CRISIS WALK-IN 11/16 2:40pm-4:10pm" and "at shelter, 11/5, approx 1 hr 15 min" give the date, and the length in minutes', () => {
    expect(findSessionDate('CRISIS WALK-IN 11/16 2:40pm-4:10pm (90 min)\nClient: Ana, 18.', { today: '2026-12-06' })?.date).toBe('2026-11-16');
    const summary = 'Crisis session at shelter, 11/5, approx 1 hr 15 min. Resident said she "can\'t do this anymore."';
    expect(findSessionDate(summary, { today: '2026-12-06' })?.date).toBe('2026-11-05');
    expect(readSummary(summary).session.minutes).toBe(75);
  });

  it('"so today was a phone follow up about 25 minutes" and "mom present for first 20 min of 50" give the length', () => {
    expect(readSummary('ok so this is a follow up call um client is Dana she called the hotline Friday so today was a phone follow up about 25 minutes she is staying with her sister').session.minutes).toBe(25);
    const summary = 'BIRP-ish. Session w/ Zoe (16, mom present for first 15 min of 50). Zoe quiet.';
    expect(readSummary(summary).session.minutes).toBe(50);
    const text = note(summary, 'birp');
    expect(text).not.toMatch(/ish\b/);
    expect(text).not.toMatch(/minimum/);
  });
});

describe('review 180: words and doers', () => {
  it('a team\'s letter before its sport is men\'s or women\'s, never a person', () => {
    const text = note('Family telehealth 50 min. Ethan, 18, fr, M swimming. Parents (Mark and Denise) joined.', 'pie');
    expect(text).toMatch(/men's swimming/);
    expect(text).not.toMatch(/Mark swimming/);
  });

  it('"talk w/ RA" in a dorm is the resident assistant', () => {
    expect(note('Indiv 50 min. Problem-solved roommate talk w/ RA.')).toMatch(/resident assistant/);
  });

  it('"Shelter staff (Rosa) asked me to see ..." is staff\'s request; "Most recent incident ..." loses its capital', () => {
    const text = note('Indiv 50 min. Shelter staff (Rosa) asked me to see resident Keisha, 27. Most recent incident he pushed her down stairs.', 'pie');
    expect(text).not.toMatch(/Client reported Shelter staff/);
    expect(text).not.toMatch(/Client reported Most/);
  });

  it('"Client: Linda H., 45, referred by ER social worker" is the referral source, never an intervention', () => {
    expect(readSummary('Intake, 60 min. Client: Linda H., 45, referred by ER social worker after DV incident.').facts.find((f) => /referred by/.test(f.text))?.kind).toBe('report');
  });

  it('"Resp: mixed - captains engaged" is how the response went', () => {
    expect(section('Grp: alcohol ed, 90 min, 20 players. Int: norms feedback. Resp: mixed - captains engaged, several on phones.', 'response', 'girp')).toMatch(/^Response was mixed: captains engaged/);
  });

  it('"she said some stuff like ..." keeps the hedge outside the quotation; words quoted and closed end the statement', () => {
    const text = note('ok phone follow up 20 min she said some stuff like sometimes I think everybody would be better off without me no plan');
    expect(text).toMatch(/some stuff like "sometimes I think/);
    const split = note('ok so indiv 50 min he said "if I lose ball I lose everything" he\'s sleeping twelve hours and skipping class and he failed his midterm');
    expect(split).toMatch(/"if I lose ball I lose everything"\./);
  });

  it('"Plan: Talked w/ mom about the threat" keeps the verb in lower case', () => {
    const text = note('Parent-child session, Rosa (mom) and Leo (6). 45 min.\nResponse: Mom was able to comfort Leo at end.\nPlan: Talked w/ mom about the threat, she will call her attorney today and we made a safety plan addendum. I will document and contact the GAL.', 'pirp');
    expect(text).not.toMatch(/(?:therapist|I) Talked/);
    expect(text).toMatch(/talked with mother about the threat/);
  });
});

describe("review 180's open findings", () => {
  it('"moved into her own apt Friday" is an apartment; "apt Tues at 3" is an appointment', () => {
    const text = note('Indiv 50 min. She moved into her own apt Friday with the kids. Next apt Tues at 3.');
    expect(text).toMatch(/her own apartment Friday/);
    expect(text).toMatch(/appointment Tuesday at 3/);
  });
});

describe("review 180's open findings: plain-word screens and stalking", () => {
  it('"I asked about thoughts of suicide or hurting anyone and she denied both" denies both, and asks nothing of self-harm', () => {
    const risk = readSummary('Telehealth 50 min. I met with Ana today. I asked about thoughts of suicide or hurting anyone and she denied both.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.hi).toBe('denied');
    expect(risk.selfHarm).toBe('not_assessed');
  });

  it('an ex texting "I know where you parked today" is another person\'s veiled threat, never the client\'s', () => {
    const risk = readSummary('Indiv 50 min. She told me her ex has been texting her from new numbers, some saying "I know where you parked today." Denies SI.').risk;
    expect(risk.threatByOther).toBe(true);
    expect(risk.threat).toBeFalsy();
  });
});
