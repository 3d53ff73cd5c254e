import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 216 (a perinatal and reproductive mental health practice; a substance use disorder intensive outpatient
// program), read on 2ed0d51. Tested on summaries written here, not the reviewers'.

describe('review 216: risk', () => {
  it('"afraid of harming the baby" (of a medicine in pregnancy) is a fear, never homicidal ideation endorsed', () => {
    const summary = 'Denies SI/HI. Stopped zoloft when she found out, afraid of harming baby.';
    expect(readSummary(summary).risk.hi).toBe('denied');
    expect(section(summary, 'risk')).not.toMatch(/endorsed homicidal/);
    expect(readSummary('Has thoughts of hurting her boss.').risk.hi).toBe('present');
  });

  it('"assessed D alone: endorses passive thoughts of death" is an endorsement, and the denial jotted after it is D\'s', () => {
    const summary = 'Family session, mom (C), dad (D), new baby. Tension over sleep. Sent C out and assessed D alone: endorses passive thoughts of death x1 wk. Denies plan or intent, no guns. C herself denies SI.';
    const r = readSummary(summary).risk;
    expect(r.si).toBe('passive');
    const text = note(summary, 'pie');
    expect(text).toMatch(/D denied plan or intent/);
    expect(text).not.toMatch(/Client denied plan or intent/);
  });

  it('"I won\'t do it because of my mom" names the client\'s mother as the protective factor, never "my mom"', () => {
    const risk = section('SI x2 days, "thinking about ending it," no plan, "I won\'t do it because of my mom."', 'risk');
    expect(risk).toMatch(/Protective factors: the client's mother\./);
    expect(risk).not.toMatch(/Protective factors: my mom/);
  });

  it('"Plan to take her meds as prescribed" is adherence, never a suicide plan', () => {
    const r = readSummary('Mood better. Plan to take her meds as prescribed and see psychiatrist. Denies SI/HI.').risk;
    expect(r.si).toBe('denied');
    expect(r.plan).toBeUndefined();
    expect(readSummary('Has a plan to take her Xanax tonight.').risk.si).toBe('active');
  });
});

describe('review 216: who did it', () => {
  it('in a group note, "It was his first group" never makes "It" the member a later "He" is', () => {
    const text = note('I ran the Tuesday process group (7 members, 90 min), this is Dana\'s note. It was his first group. He was quiet at first, then shared about his divorce.', 'birp');
    expect(text).not.toMatch(/\bIt was quiet\b/);
    expect(text).not.toMatch(/\bIt shared\b/);
  });

  it('a fight jotted with no doer in a couples session is the couple\'s', () => {
    const text = note('Couples, pt Sam + husband Lee, 50 min. Argued re his mother visiting; practiced soft startup, agreed to a weekly check-in, pt to let Lee see the budget app. f/u 2 wks.', 'sirp');
    expect(text).toMatch(/The couple argued regarding his mother visiting/);
    expect(text).not.toMatch(/Client argued/);
    expect(section('Couples, pt Sam + husband Lee, 50 min. Argued re his mother visiting; practiced soft startup, agreed to a weekly check-in, pt to let Lee see the budget app. f/u 2 wks.', 'intervention', 'sirp')).toMatch(/soft startup/);
  });

  it('"um mood she described as flat and tired" keeps the mood she described, apart from the denial before it', () => {
    const text = note('so I screened for SI she denied any thoughts of suicide denied HI um mood she described as flat and tired um plan is weekly video');
    expect(text).toMatch(/described her mood as flat and tired/);
    expect(text).not.toMatch(/homicidal ideation mood/);
  });
});

describe('review 216: shorthand', () => {
  it('relapse-prevention shorthand: HRS, RP plan, SU hx, Tob, SIMD, meth, CM:', () => {
    const text = note('IOP indiv 45m. EtOH lapse Sat, cravings 3/10, UDS neg. SU hx: EtOH since 16. Tob 1 ppd. Relapsed on meth in 2022. Rev\'d RP plan, identified payday as HRS. Dx AUD, r/o SIMD. CM: f/u re housing voucher.');
    expect(text).toMatch(/high-risk situations/);
    expect(text).toMatch(/relapse prevention plan/);
    expect(text).toMatch(/Substance use history/);
    expect(text).toMatch(/tobacco 1 pack per day/i);
    expect(text).toMatch(/substance-induced mood disorder/);
    expect(text).toMatch(/methamphetamine/);
    expect(text).toMatch(/case management/i);
    expect(note('Slept 4 HRS last night.')).toMatch(/4 hours/);
  });

  it('"TP" is the treatment plan beside its goals and the thought process in a mental status exam; "ct" is the client', () => {
    expect(note('Reviewed TP goals w/ ct, updated TP.')).toMatch(/treatment plan goals/i);
    expect(note('Reviewed TP goals w/ ct, updated TP.')).not.toMatch(/thought process|\bct\b/);
    expect(note('MSE: affect flat, TP linear, TC no SI.')).toMatch(/thought process linear/);
  });
});
