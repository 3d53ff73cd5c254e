import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 146 (a neuropsychology and brain-injury rehabilitation program; a bilingual community clinic serving
// Spanish-speaking families), read on 18b52dc. Tested on summaries written here, not the reviewers'.

describe('review 146: the risk status', () => {
  it('"SI/HI ∅." denies both, never endorses suicidal ideation', () => {
    const r = readSummary('Indiv f/u, 61F post-stroke. Mood low, tearful re: losing her license. SI/HI ∅. Plan: f/u 2 wks.').risk;
    expect(r.si).toBe('denied');
    expect(r.hi).toBe('denied');
  });

  it('a behavioral activation plan to walk the kids to school is no suicide plan', () => {
    const r = readSummary('Pt endorsed passive SI, "sometimes I wish I could just sleep and not wake up", denies intent/plan. Made BA plan - walk kids to school w/ neighbor, call sister Sunday.').risk;
    expect(r.si).toBe('passive');
    expect(r.plan).not.toBe(true);
  });

  it('a plan to walk into traffic is still a plan', () => {
    const r = readSummary('Pt reports SI, made a plan to walk into traffic on Route 9 tonight.').risk;
    expect(r.si).toBe('active');
    expect(r.plan).toBe(true);
  });

  it('"everyone would be better off if I hadn\'t survived the crash", then no thoughts of killing herself, is passive ideation', () => {
    const r = readSummary('um so Denise talked a lot about being a burden she said sometimes I think everyone would be better off if I hadn\'t survived the crash I asked directly she said no she\'s not thinking about killing herself no plan no intent it just comes at night').risk;
    expect(r.si).toBe('passive');
    expect(r.plan).toBe(false);
  });

  it('"I should have died in that wreck" is a wish to be dead, while "should SI return" is a condition', () => {
    expect(readSummary('Pt said "I should have died in that wreck too", denies intent or plan.').risk.si).toBe('passive');
    expect(readSummary('Reviewed crisis line, should SI return call 988.').risk.si).not.toBe('passive');
  });

  it('"Risk to her from partner - high (strangulation hx)" is the clinician\'s judgment, never what the client reported', () => {
    const out = note('DV screen positive. Partner choked her in Oct. Risk: denies SI/HI. Risk to her from partner - high (strangulation hx + gun in home).', 'birp');
    expect(out).not.toMatch(/Client reported Risk/i);
    expect(out).toMatch(/Risk to her from partner/);
  });
});

describe('review 146: who said it', () => {
  it('"partner pushed her ... Says he told her if she calls police ..." is the client telling it', () => {
    const out = note('Intake. DV screen: positive. Partner (Marco) pushed her into the door last wk. Says he told her if she leaves he will "take the baby to Texas."', 'pirp');
    expect(out).not.toMatch(/Partner said he told her/);
    expect(out).toMatch(/Client said he told her/);
  });

  it('"Effort measures valid" is the examiner\'s finding, never the client\'s report', () => {
    const out = note('Testing feedback w/ pt and daughter. Reviewed results: attention and memory impaired. Effort measures valid. Pt tearful.', 'soap');
    expect(out).not.toMatch(/reported effort/i);
    expect(out).toMatch(/Effort measures valid/);
  });
});

describe('review 146: words', () => {
  it('"R hemisphere stroke" and "L-sided weakness" are sides of the body, never the client Rosa\'s initial', () => {
    const out = note('Met w/ Rosa (70F, R hemisphere stroke 2 yrs ago, L-sided weakness) re: adjustment. R tearful re: not driving.', 'dap');
    expect(out).toMatch(/right hemisphere stroke/);
    expect(out).toMatch(/left-sided weakness/);
    expect(out).not.toMatch(/Rosa hemisphere/);
  });

  it('"OT driving eval" and "PT/OT" are occupational therapy, even where work comes up', () => {
    const out = note('Pt lost his job at the plant after the TBI. Referred to OT driving eval. Continues PT/OT at rehab.', 'soap');
    expect(out).toMatch(/occupational therapy driving evaluation/);
    expect(out).not.toMatch(/overtime/);
  });

  it('"~2nd %ile" keeps its rank as a percentile', () => {
    const out = note('Reviewed neuropsych results: processing speed ~2nd %ile, memory 16th percentile.', 'soap');
    expect(out).toMatch(/2nd percentile/);
    expect(out).toMatch(/16th percentile/);
    expect(out).not.toMatch(/second %ile/);
  });

  it('"wife present for whole session" keeps its session; "for our 6th session on grief" loses only the count', () => {
    const out = note('Individual, 50 min. Met with Hal for our 6th session on grief after his stroke. Wife June present for whole session.', 'dap');
    expect(out).toMatch(/present for whole session/);
    expect(out).not.toMatch(/for the on|for our on/);
  });

  it('"she is undocumented" stays in the present', () => {
    const out = note('Intake in Spanish. Client lives w/ 2 kids. She is undocumented, partner has a green card. Reports anxiety.', 'dap');
    expect(out).toMatch(/(?:She|Client) is undocumented/);
    expect(out).not.toMatch(/was undocumented/);
  });
});

describe('review 146: whose risk, and the group', () => {
  it('"brought mom back in, told her about the SI" is no one else\'s suicidal thoughts', () => {
    const r = readSummary('Session w/ Leo (16) and mom. Alone w/ Leo: endorsed thinking about killing himself this week, no plan. Brought mom back in with his OK, told her about the SI. Safety plan done together.').risk;
    expect(r.si).toBe('active');
    expect(r.othersRisk).not.toBe(true);
  });

  it('"Mom told him about the SI" is still someone else\'s', () => {
    expect(readSummary('Mom told him about the SI.').risk.othersRisk).toBe(true);
  });

  it('"said his wife is \'at the end of her rope\' - she told him ..." names the wife, and stays his report', () => {
    const out = note('Caregiver group, 8 members. Topic: sleep hygiene. Mr. Diaz participated. \n- Said his wife is "at the end of her rope" - she told him last night she\'s been thinking of taking all her pills, then said she was joking. He\'s worried about her. Pt himself denies SI.', 'birp');
    const told = out.split(/(?<=\.)\s+/).find((x) => /told him last night/.test(x)) ?? '';
    expect(told).toMatch(/wife/i);
    expect(out).not.toMatch(/RESPONSE\n[^\n]*end of her rope/);
  });

  it('a dictated group, paused between members, keeps each member\'s words apart, and "Mrs." with its name', () => {
    const r = readSummary('um so parents group tonight um the topic was school safety um one dad Mr. Ruiz said his brother got detained and he hasn\'t eaten um a mom cried about her daughter um I asked everyone about safety nobody reported thoughts of hurting themselves all denied um the goal for this group is parents feel more in control so the plan is next week finish the worksheet and um Mrs. Vega asked for an individual appointment');
    const texts = r.facts.map((f) => f.text);
    expect(texts.some((t) => /^a mother cried/i.test(t))).toBe(true);
    expect(texts.some((t) => /^Mrs\. Vega asked/.test(t))).toBe(true);
    expect(texts.some((t) => /\bMrs$/.test(t))).toBe(false);
    expect(texts.some((t) => /^all denied/i.test(t))).toBe(false);
    expect(r.facts.some((f) => f.kind === 'plan' && /plan is next week/i.test(f.text))).toBe(true);
  });
});

