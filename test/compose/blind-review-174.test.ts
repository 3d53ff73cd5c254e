import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 174 (a rural telehealth program for adolescents; a refugee and asylum-seeker mental health clinic),
// read on 64ae6af. Tested on summaries written here, not the reviewers'.

const session = (summary: string, format = 'soap'): string => section(summary, 'session', format);

describe('review 174: risk', () => {
  it('"has not made any statements about self harm per both" is nothing said, never current self-harm', () => {
    const summary = 'Parent session (teen not present), 50 min video. Mom and dad both worried about Ava\'s grades. Safety: no concerns per either parent, Ava has not made any statements about self harm per both.';
    const risk = readSummary(summary).risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(section(summary, 'risk', 'dap')).not.toMatch(/current self-harm is documented/);
  });

  it('rifles and shotguns moved to a neighbor\'s during the session are removed means, never access left standing', () => {
    const summary = 'Crisis session 90 min telehealth. Pt Cody, 16, confirmed SI with plan to use his dad\'s rifle, knows where the key is. Dad removed 3 rifles + 1 shotgun from the shop to neighbor\'s during session, confirmed by video.';
    expect(readSummary(summary).risk.meansRemoved).toBe(true);
    expect(section(summary, 'risk', 'birp')).toMatch(/removed or held by someone else/);
  });

  it('a relative reporting the named client\'s past self-harm is the client\'s history, beside today\'s denial', () => {
    const summary = 'Intake 90 min video. ID: Mia Ross, 12, referred by PCP.\nHx: mom reports Mia scratched her arms w/ a pen cap in 4th grade, none since. Denies current SI, SH urges.';
    expect(readSummary(summary).risk.selfHarm).toBe('history');
  });

  it('narrative exposure therapy\'s "lifeline" is no crisis line and stays out of the risk section', () => {
    const summary = 'Indiv 60 min, Dari interpreter in person. NET session 3, worked on trauma narrative. Denies SI. Next session: start lifeline.';
    expect(section(summary, 'risk')).not.toMatch(/lifeline/i);
  });
});

describe('review 174: session details', () => {
  it('a date before a group\'s hours stays a date, never "3 of 7"', () => {
    const summary = 'Teen DBT skills group (telehealth), 3/7 4-5:15pm, 5 of 7 attended (Ana, Ben, Cal, Dee, Eve; Fay + Gus absent). Taught TIPP.';
    expect(session(summary, 'pirp')).not.toMatch(/3 of 7/);
    expect(session(summary, 'pirp')).toMatch(/Eve; Fay and Gus absent/);
    expect(findSessionDate(summary, { today: '2026-12-06' })?.date).toBe('2026-03-07');
  });

  it('an in-person session with an interpreter by phone is never a telephone session', () => {
    expect(readSummary('Intake 75 min, Tigrinya via phone interpreter (LanguageLine #4021). Pt presented flat.').session.modality).toBeUndefined();
    expect(readSummary('Indiv 50 min via phone. Pt reports poor sleep.').session.modality).toBe('phone');
  });

  it('"Date: ... Time: 3:30-4:20" on its own line under the client\'s gives the date and the hours', () => {
    const summary = 'Client: Eli Voss, 15\nDate: 3/12/24  Time: 3:30-4:20 telehealth from home\nS: reports poor sleep.';
    expect(readSummary(summary).session).toMatchObject({ date: '2024-03-12', startTime: '15:30', endTime: '16:20', minutes: 50 });
    expect(session(summary)).not.toMatch(/Time:|Date:/);
  });

  it('a date among the first words with its minutes after it is the session\'s', () => {
    expect(findSessionDate('Parent session (co-parents) re: Lily H. (14) - 3/14, 60 min video', { today: '2026-12-06' })?.date).toBe('2026-03-14');
  });

  it('dictated: "on March thirteenth ... started at four fifteen went about fifty minutes" gives the day, the hours and the length', () => {
    const summary = 'so this is for Hannah Meyer sixteen individual telehealth session on March thirteenth from her bedroom started at four fifteen went about fifty minutes um she came in pretty low said school has been awful and she got into it with her mom again';
    expect(readSummary(summary).session).toMatchObject({ startTime: '16:15', endTime: '17:05', minutes: 50 });
    expect(findSessionDate(summary.replace(/thirteenth/, '13th'), { today: '2026-12-06' })?.date).toBe('2026-03-13');
    expect(session(summary)).not.toMatch(/started|went\b/);
  });

  it('"session was about fifty five minutes total" is the session\'s length', () => {
    expect(readSummary('ok so this is family session for Kaylee um video from home mom joined for the last twenty minutes or so session was about fifty five minutes total um so Kaylee first half alone she said things have been heavy').session.minutes).toBe(55);
  });

  it('a dictated opening "this is session 6 with Li Wei ... interpreter was Grace um so today we ..." is the heading', () => {
    const summary = 'ok so this is session 6 with Li Wei um forty five minutes in person Mandarin interpreter was Grace um so today we mainly worked on preparing for her asylum interview which is on the 22nd she is really anxious about it she denied any thoughts of suicide';
    expect(session(summary)).toMatch(/Li Wei; Mandarin interpreter was Grace/);
    expect(section(summary, 'subjective')).not.toMatch(/this is session|interpreter was Grace/);
  });
});

describe('review 174: words and sections', () => {
  it('"Umm Khaled" is a woman named for her son, never a filler', () => {
    expect(note('Women\'s support group, 90 min, 6 members. Umm Khaled asked about legal aid again. Others shared about family left behind.', 'girp')).toMatch(/Umm Khaled asked about legal aid/);
  });

  it('a bracketed aside alone joins what it is about, never "Client reported (...)"', () => {
    const text = note('Pt: Ali H., 41M. Indiv. 55 min. Somali interp. (Hodan, in person). Pt reports poor sleep.', 'birp');
    expect(text).toMatch(/Somali interpreter \(Hodan, in person\)/);
    expect(text).not.toMatch(/reported \(Hodan/);
  });

  it('"agreed on: ..." lists the plan, never the assessment', () => {
    const summary = 'Parent session 60 min video, teen not present.\n- both worried about Jo skipping visits\n- agreed on: no talking about the other parent in front of Jo, Jo gets 1 dinner with dad alone this wk\n- next parent session in 2 wks';
    expect(section(summary, 'plan', 'dap')).toMatch(/No talking about the other parent in front of Jo/);
    expect(section(summary, 'assessment', 'dap')).not.toMatch(/No talking about the other parent/);
  });

  it('"Goals Sophie named:" heads the goals', () => {
    expect(section('Intake 90 min video. ID: Sophie L., 13.\nGoals Sophie named: "not throw up before school," be able to go to volleyball.\nPlan: weekly CBT.', 'goal', 'girp')).toMatch(/not throw up before school/);
  });

  it('a dictated "so plan is call mom tonight" after a time phrase is the plan, and "I need to" agrees with the therapist', () => {
    const summary = 'she came in pretty low she said school has been awful and she has not been sleeping much this week so I need to call mom today about that PHQ-A was 19 up from twelve last month so plan is call mom tonight about means restriction and increase her to twice weekly for now';
    expect(section(summary, 'plan')).toMatch(/call mother tonight about means restriction/);
    expect(note(summary)).toMatch(/[Tt]herapist needs to call mother today/);
    expect(note(summary)).not.toMatch(/Therapist need to/);
  });
});

describe('review 174: CPT', () => {
  it('the dictated hours and minutes give the session its code', () => {
    const summary = 'so this is for Hannah individual telehealth session started at four fifteen went about fifty minutes um she came in pretty low said school has been awful';
    expect(composeNote({ summary, format: 'soap' }).cpt?.code).toBe('90834');
  });
});
