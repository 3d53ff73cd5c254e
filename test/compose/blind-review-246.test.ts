import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 246 (a hospice and palliative care team; a counselor for young adults in hospitality work), read on 4d6047e.
// Tested on summaries written here, not the reviewers'.

describe('review 246: a denial opening a list', () => {
  it('"denied any thoughts of suicide or hurting himself or anyone else" denies harming others too', () => {
    const risk = readSummary('Telehealth from his car, 30 min. Manager keeps yelling at him. He denied any thoughts of suicide or hurting himself or anyone else. Grounding helped a little.').risk;
    expect(risk.hi).toBe('denied');
    expect(risk.si).toBe('denied');
  });

  it('"Denies SI but thinks about hurting his boss" still reads the thoughts', () => {
    expect(readSummary('Denies SI but thinks about hurting his boss.').risk.hi).toBe('present');
  });
});

describe("review 246: someone else waiting for the client", () => {
  it('"a customer has been waiting for her ... in the parking lot" is no threat by the client', () => {
    const risk = readSummary('Indiv 50 min. A regular has been waiting for her after close in the parking lot, twice this week. Manager told her to be nice. No SI.').risk;
    expect(risk.threat).not.toBe(true);
  });

  it('"said he\'ll wait for him in the parking lot" stays a threat', () => {
    expect(readSummary('Said he is going to wait for him in the parking lot after work. Denies HI.').risk.threat).toBe(true);
  });
});

describe('review 246: letters read by what is around them', () => {
  it('"the new GM" at a restaurant is the general manager', () => {
    expect(section('Telehealth w Devon, server at a diner, tips down. The new GM keeps commenting on his weight in front of staff. Denies SI.', 'subjective', 'soap')).toMatch(/general manager/);
  });

  it('"SW f/u 1 wk" in a plan is the social worker, never a suicide watch', () => {
    const summary = 'Indiv w/ Sofia 16 at home, 45 min. Urges to cut, last cut 8 mo ago, no acts. Denies SI.\nPlan: talk w/ mom re care load. SW f/u 1 wk.';
    const text = section(summary, 'plan', 'dap') + section(summary, 'risk', 'dap');
    expect(text).not.toMatch(/[Ss]uicide watch/);
    expect(text).toMatch(/[Ss]ocial worker follow-up/);
  });

  it('"O2 3L NC" is a nasal cannula', () => {
    expect(section('Home visit. A&O x3, anxious, short of breath, O2 3L NC. Taught pursed lip breathing.', 'objective', 'soap')).toMatch(/nasal cannula/);
  });
});

describe("review 246: a visit held with the patient's relative", () => {
  it('"HV w/ pt\'s husband Walt": his denial is never charted as the patient\'s own', () => {
    const summary = "HV w/ pt's husband Walt (primary CG), pt Edna 80 end-stage HF, bedbound.\nWalt tearful, hasn't slept more than 3 hrs in a week.\nDenies SI. Denies thoughts of harming pt.\nDiscussed respite, he's hesitant.";
    const text = section(summary, 'risk', 'soap');
    expect(text).not.toMatch(/the client denied suicidal ideation/);
  });

  it('"Met with Raymond", named as the patient\'s husband, makes his ideation no endorsement by the patient', () => {
    const summary = "Crisis visit. RN called because the patient's husband, Ron Tate, told her he'd go with her when she dies. Patient is Ada Tate, 79, nonverbal. Met with Ron at the kitchen table. He said he thinks about it every night, has a rifle in the closet. Son to take the rifle today.";
    expect(section(summary, 'risk', 'soap')).not.toMatch(/the client endorsed active suicidal ideation/);
  });
});
