import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 183 (an outpatient substance use disorder clinic; integrated behavioral health in primary care), read on
// 4a65f6a. Tested on summaries written here, not the reviewers'.

describe('review 183: drug screens', () => {
  it('a minus in a screen\'s list is negative for, never dropped', () => {
    const text = note('Indiv 50 min. UDS 3/2 + bup, + THC, - fentanyl, - amphet.');
    expect(text).toMatch(/negative for fentanyl/);
    expect(text).toMatch(/negative for amphetamines/);
    expect(text).not.toMatch(/,,/);
  });

  it('"UDS 3/7 positive" is the screen of March 7, never 3 of 7', () => {
    const text = note('Indiv 50 min. UDS 3/7 positive for methamphetamine, first positive in 40 days.');
    expect(text).not.toMatch(/3 of 7/);
  });

  it('"Overdose risk elevated" is no risk level of the clinician\'s for suicide and violence', () => {
    expect(readSummary('Indiv 50 min. Denies SI. Overdose risk elevated d/t using alone w/ fentanyl.').risk.level).toBeUndefined();
  });
});

describe('review 183: primary care', () => {
  it('"EPDS 15, item 10 (self-harm) scored 0" is no self-harm', () => {
    const risk = readSummary('Postpartum visit 20 min. EPDS 15, item 10 (self-harm) scored 0. Intrusive thoughts of the baby falling, unwanted.').risk;
    expect(risk.selfHarm).not.toBe('present');
  });

  it('"Brother drove pt to the ED, called ED charge RN with handoff" gives the handoff to no brother; "Same day crisis" is a crisis session', () => {
    const summary = 'Same day crisis, seen 1420-1510. Endorses SI with plan. Brother drove pt to Mercy ED 1520, called ED charge RN with handoff.';
    expect(readSummary(summary).session.serviceType).toBe('crisis');
    const text = note(summary, 'sirp');
    expect(text).not.toMatch(/Brother called/);
    expect(text).not.toMatch(/Same day; seen/);
  });

  it('"On asking she said sometimes thinks \\"it\'d be easier if I just didn\'t wake up\\"" is passive ideation', () => {
    expect(readSummary('Telehealth 30 min. On asking she said sometimes thinks "it\'d be easier if I just didn\'t wake up" but no plan, no intent.').risk.si).toBe('passive');
  });
});

describe("review 183's open findings", () => {
  it('a SOAP "P:" line that reviews overdose risk and gives Narcan stays the plan; "re + fent" is a positive result', () => {
    const summary = 'Ind 45 min. S: used fentanyl alone Sat. Denies SI/HI.\nP: Reviewed overdose risk + never use alone line; gave 2 Narcan kits. Notify prescriber re + fent. RTC 1 wk.';
    const text = note(summary);
    expect(text).toMatch(/regarding positive fentanyl/);
    expect(text).not.toMatch(/regarding and/);
    expect(section(summary, 'plan')).toMatch(/Reviewed overdose risk/);
  });
});

describe("review 181's open findings, taken up last", () => {
  it('"Sober from alcohol 4 yrs" and "Clean x 90 days" still hold; "was sober 2 yrs before relapse" stays past', () => {
    const text = note('Indiv 50 min. Sober from alcohol 4 yrs. Clean x 90 days. Pt was sober 2 yrs before relapse.');
    expect(text).toMatch(/has been sober from alcohol for 4 years/);
    expect(text).toMatch(/has been clean for 90 days/);
    expect(text).not.toMatch(/for for/);
    expect(text).toMatch(/was sober 2 years before relapse/);
  });

  it('"parents seen separately (back to back, 30 min each)" is 60 minutes', () => {
    expect(readSummary('Parallel parenting session, parents seen separately (back to back, 30 min each). Reviewed the schedule.').session.minutes).toBe(60);
  });
});
