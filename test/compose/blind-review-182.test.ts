import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 182 (a hospice and palliative care social work service; an adolescent IOP for depression and self-harm), read
// on 820ad2f. Tested on summaries written here, not the reviewers'.

describe('review 182: risk', () => {
  it('"SW f/u 1 wk" in a hospice home visit is the social worker, never a suicide watch', () => {
    const text = note('Hospice HV 3/2, pt\'s home, 45 min. Pt tired, "ready to go." Denies SI. P: SW f/u 1 wk. Chaplain referral.');
    expect(text).not.toMatch(/[Ss]uicide watch/);
    expect(section('Hospice HV 3/2, pt\'s home, 45 min. Pt tired. Denies SI. P: SW f/u 1 wk.', 'plan')).toMatch(/Social worker follow-up/);
  });

  it('a caregiver the note is for, who thinks of "driving the car into the lake", endorses ideation herself', () => {
    const summary = 'so this is for Ruth Allen um the wife of our patient Walter Allen home visit today about an hour Ruth is exhausted she said "sometimes I think about just driving the car into the lake" no plan she would not do it because of her grandson';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.othersRisk).toBeFalsy();
    expect(risk.clientAbsent).toBeFalsy();
  });

  it('a bereaved caller whose wife, the patient, has died is the one assessed', () => {
    const summary = 'Crisis call 3/13 at 21:40. Caller: Hal Reyes, 70, husband of pt Nina Reyes who died 3/6 on our service. Call ~40 min. Stated "I don\'t want to be here without her." Thinking about using his shotgun tonight.';
    const risk = readSummary(summary).risk;
    expect(risk.clientAbsent).toBeFalsy();
    expect(risk.si).toBe('active');
    expect(section(summary, 'risk', 'sirp')).not.toMatch(/not present to be assessed/);
  });

  it("in a family session, a brother met apart and said to be \"Not our client\" has his own ideation, never the client's", () => {
    const summary = 'Family session 60 min, Leo (16) + mom + older brother (Sam, 21).\nMet with Sam separately for 15 min after: reports passive SI x 3 wks, no plan. Not our client. Gave 988.\nLeo denies SI/SH urges this wk.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.othersRisk).toBe(true);
  });

  it('a diary card\'s "urges 0-5", and "no urges ... last SH 1/30", are no urges now', () => {
    const risk = readSummary('Telehealth 45 min, Mia (13) + mom. Simplified DC w/ her: mood 0-5, urges 0-5, skill used y/n. No urges to hurt self this week per Mia; last SH 1/30 (scratching).').risk;
    expect(risk.selfHarmUrges).toBeFalsy();
  });

  it('"thoughts like you know what\'s the point ... and I kind of wish I could disappear" keeps the client\'s "I"', () => {
    const text = note('so this is for Chloe 16 IOP week six she did say she has had some passive thoughts like you know what\'s the point and I kind of wish I could just disappear but no plan no intent');
    expect(text).not.toMatch(/the therapist wish/);
    expect(text).toMatch(/I wish I could just disappear|I kind of wish I could just disappear/);
  });
});

describe('review 182: words', () => {
  it('in a DBT program "DC" is the diary card; "D/C from IOP" is still the discharge', () => {
    const text = note('IOP DBT indiv 50 min. Chain analysis of Sat urge. Told no one until DC today. Plan: cont DC. D/C from IOP planned 3/20.');
    expect(text).toMatch(/until diary card today/);
    expect(text).toMatch(/Continue diary card/);
    expect(text).toMatch(/Discharge from intensive outpatient program/);
  });

  it('"mom is going to remove the pills her dad is going to do that actually" gives the task to dad', () => {
    const text = note('crisis session 50 min she has pills in her room and mom is going to remove the pills from the room her dad is going to do that actually since he is home');
    expect(text).not.toMatch(/Mother is going to remove/);
    expect(text).toMatch(/father is going to remove the pills/i);
  });
});

describe("review 182's open findings", () => {
  it('"Chain analysis of Sat cut" is risk content', () => {
    expect(section('IOP DBT indiv 50 min. Chain analysis of Sat cut. Plan: cont DC.', 'risk')).toMatch(/[Cc]hain analysis of Saturday cut/);
  });
});
