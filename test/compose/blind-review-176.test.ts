import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 176 (a health psychology clinic for medical and dental phobia; a behavioral sleep medicine clinic), read on
// fcf282c. Tested on summaries written here, not the reviewers'.

describe('review 176: risk', () => {
  it('"it\'s like scratching a mosquito bite" is a figure of speech, never self-harm', () => {
    const summary = 'Indiv 50 min. Pt describes body checking, he said "it\'s like scratching a mosquito bite." Passive SI, no plan or intent.';
    expect(readSummary(summary).risk.selfHarm).toBe('not_assessed');
    expect(section(summary, 'risk')).not.toMatch(/current self-harm is documented/);
  });

  it('"no current or past self-harm" denies both, never a history', () => {
    expect(readSummary('Telehealth 45 min. Urges to skip insulin, not acted on. No current or past self-harm, denies SI.').risk.selfHarm).toBe('denied');
  });

  it('"SA:" with what is drunk is the substance use history, never a suicide attempt', () => {
    const summary = 'Intake 60 min. Hx SA by OD 2019, none since. SA: ETOH 3 beers most nights, denies drugs. Denies SI.';
    const text = note(summary, 'soap');
    expect(text).toMatch(/Substance use: alcohol 3 beers most nights/);
    expect(text).not.toMatch(/Suicide attempt: alcohol/);
  });

  it('falling asleep while driving is a safety concern the risk section states', () => {
    const summary = 'Couples telehealth 50 min. Jim admits he has dozed off driving twice this month, drifted onto the rumble strip. Discussed the danger to him and others.';
    expect(section(summary, 'risk', 'simple')).toMatch(/dozed off driving/);
  });

  it('a friend\'s suicidal posts, with the moderator messaged, asks only whose the status line is', () => {
    const summary = 'Family session 50 min, mom, dad, Ben (15).\nAt end, Ben mentioned privately that a friend in his group chat has been posting about wanting to die. Discussed telling the group chat moderator; Ben agreed and we messaged the moderator together. Ben denies SI.';
    const risk = section(summary, 'risk', 'pie');
    expect(risk).not.toMatch(/add any action taken for that person's safety/);
    expect(note(summary, 'pie')).toMatch(/the therapist and Ben messaged the moderator/);
  });

  it('a relative\'s suicidal text with no action taken still asks for one', () => {
    expect(section('Indiv 50 min. Son texted her "I don\'t see the point anymore." Pt denies SI herself.', 'risk')).toMatch(/add any action taken for that person's safety/);
  });
});

describe('review 176: session details', () => {
  it('"4/4/25, 30 min" after the heading is the session\'s date and length, never minutes from the body', () => {
    const summary = 'PIRP - CPAP adherence f/u. Gerald W., 67. 4/4/25, 30 min.\nI did graded exposure with the mask, pressure on for 10 min in session.';
    expect(readSummary(summary).session).toMatchObject({ date: '2025-04-04', minutes: 30 });
    expect(note(summary, 'pirp')).not.toMatch(/reported 4\/4\/25/);
  });

  it('a date right after how the session was held, then its minutes, is the session\'s; a layoff date is not', () => {
    const summary = 'soap note for um Dan 29 telehealth video 4/14 about 45 minutes he was at his apartment so subjective he says insomnia is worse he got laid off March 28th';
    expect(findSessionDate(summary, { today: '2026-12-06' })?.date).toBe('2026-04-14');
    expect(readSummary(summary).session.minutes).toBe(45);
    expect(section(summary, 'session')).not.toMatch(/[Ss]oap note for/);
  });

  it('a group whose name has a slash ("Nightmare/IRT group") is a group', () => {
    expect(readSummary('Nightmare/IRT group (telehealth, Zoom), 90 min. Rehearsed rescripted dreams.').session.serviceType).toBe('group');
  });
});

describe('review 176: words', () => {
  it('"HA" in a health-anxiety summary is health anxiety, never a headache', () => {
    const text = note('Intake 60 min. ref by PCP for HA + medical avoidance, googling symptoms daily. Plan: CBT for HA weekly.', 'soap');
    expect(text).toMatch(/health anxiety/);
    expect(text).not.toMatch(/headache/);
  });

  it('"min window 6h" is a minimum and "nightmare freq" a frequency', () => {
    const text = note('CBT-I group 90 min, 6 members. Rob worried about drowsy driving, min window 6h for him. Average nightmare freq across group down.', 'girp');
    expect(text).toMatch(/minimum window 6h/);
    expect(text).toMatch(/nightmare frequency across group/);
  });

  it('"fear face scale: 5/5 -> 2/5" is one rating to another', () => {
    expect(note('Child w/ dad 40 min. Exposure to toy syringe. fear face scale: 5/5 -> 2/5.', 'pirp')).toMatch(/from 5\/5 to 2\/5/);
  });

  it('in a child\'s session, "then let dad wipe her arm" goes on with the child who did the line before', () => {
    const summary = 'Lily C., 6, with dad (Wei), 40 min\nLily gave "shots" to her bunny first, then to dad\nthen let dad wipe her arm with swab - 3 times\nlet dad know about the plan';
    const text = note(summary, 'pirp');
    expect(text).toMatch(/Lily let father wipe her arm/);
    expect(text).not.toMatch(/Therapist let father wipe/);
  });

  it('dictated "so subjective he says ..." is a label, never words of the note', () => {
    expect(note('soap note for Dan 29 telehealth 45 minutes he was at his apartment so subjective he says insomnia is worse the last two weeks and he is getting maybe four hours of sleep a night', 'soap')).not.toMatch(/\bso subjective\b/);
  });
});
