import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 201 (a military family life program; a county older-adult outreach and hoarding program with adult protective
// services), read on dc853c0. Tested on summaries written here, not the reviewers'.

describe('review 201: risk', () => {
  it('"thinking about ending his life most days since his wife died 2 months ago" is active ideation now, its kind stated', () => {
    const risk = readSummary('Asked directly about SI, pt endorsed. Says he has been thinking about ending his life "most days" since his wife died 2 months ago.').risk;
    expect(risk.si).toBe('active');
    expect(risk.siKindUnstated).not.toBe(true);
  });

  it('pills turned over for disposal are removed; a gun the client would not give up is a removal declined, never "agreed"', () => {
    const text = section('Endorsed SI w/ plan to overdose. Has saved ~30 hydrocodone, also a revolver in the nightstand. Pt agreed to let me take the pills - counted 31, turned over to APS worker Lee per protocol for disposal. Pt would not agree to remove the revolver, agreed to let son hold the bullets.', 'risk');
    expect(text).not.toMatch(/removal by someone else was agreed/);
    expect(text).toMatch(/removal of the rest was declined/);
  });

  it('a gun secured with the arms room, "confirmed at 1650 by phone", is held by someone else', () => {
    const risk = readSummary('SI w/ plan to shoot himself w/ his Glock, kept in his truck. SSG Park agreed to secure the Glock with the unit arms room; confirmed at 1650 by phone.').risk;
    expect(risk.meansRemoved).toBe(true);
    expect(risk.meansNamed).toBe('Glock');
  });

  it('"Plan: use his personal pistol" after thoughts of killing himself is the suicide plan, never the note\'s plan', () => {
    const plan = section('He said he has been thinking about killing himself for 2 weeks. Plan: use his personal pistol, kept in his car. Denies HI.', 'plan');
    expect(plan).not.toMatch(/pistol/);
    expect(readSummary('He said he has been thinking about killing himself for 2 weeks. Plan: use his personal pistol, kept in his car.').risk.plan).toBe(true);
  });

  it('access denied, then the husband\'s firearms in a gun safe she has no combination to, is no access; "his rifle is in the armory" neither', () => {
    expect(readSummary('Passive SI twice this month, denies plan or intent, denies access to weapons - husband\'s guns kept in gun safe, she doesn\'t have the combo.').risk.means).not.toBe(true);
    expect(readSummary('he has been thinking about killing himself but he does not have a plan he does not have any weapons in his room his rifle is in the armory').risk.means).not.toBe(true);
    // A relative's pistol in the nightstand is still access.
    expect(readSummary('Passive SI. No access to guns but dad\'s pistol is in the nightstand.').risk.means).toBe(true);
  });

  it('"No access to the gun, but she has the key" names the gun, never "access to access to"', () => {
    expect(section('Passive SI. No access to the gun, but she has the key.', 'risk')).not.toMatch(/access to access to/);
  });

  it('what a man "told her" in his own first person, in a dictated call, is his threat, never the clinician\'s', () => {
    const text = note('phone call tonight um so this was June Park she is the wife of my client Al he is eighty with dementia um she was upset said Al grabbed her arm when she took the keys and um she said he told her you know I will hurt you if you take my car she has a bruise um she denied any thoughts of hurting herself when I asked', 'pie');
    expect(text).not.toMatch(/Therapist will hurt you/);
    expect(text).toMatch(/told her "I will hurt you if you take my car"/);
    expect(text).not.toMatch(/Safety measures: [^.]*grabbed/);
  });
});

describe('review 201: words, people and codes', () => {
  it('"SPC Reyes" and "his PSG SSG Morales" are a rank and a platoon sergeant; a sleep study and the VA\'s coordinator stay as they were', () => {
    const text = note('Brought in by his PSG SSG Ortiz. Couples session - SPC Dan Cole and wife Amy. PSG last year showed mild OSA. Referred to the SPC at the VA.', 'sirp');
    expect(text).toMatch(/platoon sergeant SSG Ortiz/);
    expect(text).toMatch(/Specialist Dan Cole/);
    expect(text).toMatch(/polysomnography \(PSG\)/i);
    expect(text).toMatch(/suicide prevention coordinator \(SPC\) at the VA/);
  });

  it('"Notified BC per policy" on a fire crew is the battalion chief, never "because"', () => {
    expect(note('Engine 7 crew debrief. Notified BC per policy.', 'sirp')).toMatch(/battalion chief/);
  });

  it('a son away, with the daughter named present, is a family session with the client there (90847)', () => {
    const cpt = composeNote({ summary: 'Family session 55 min. Present: mom, dad, daughter Lena (14). Son (8) not present. Lena has had urges to cut, no acts.', format: 'dap' }).cpt;
    expect(cpt?.code).toBe('90847');
    // With no child named present, the son away is the client away.
    expect(composeNote({ summary: 'Family session 55 min with mom and dad. Son not present.', format: 'dap' }).cpt?.code).toBe('90846');
  });

  it('"I contacted the on-call psychiatrist and we arranged admission": "we" is the clinician and the psychiatrist', () => {
    const text = note('Safety plan done, but given plan and access I contacted the on-call psychiatrist and we arranged voluntary admission.', 'sirp');
    expect(text).not.toMatch(/Therapist and client arranged/);
    // Told in sentences of their own, too.
    const apart = note('I met with him alone. Did a safety plan, but given plan and access I contacted the on-call psychiatrist (Dr. Lin) and we arranged voluntary admission at the VA.', 'sirp');
    expect(apart).not.toMatch(/Therapist and client arranged/);
    expect(apart).toMatch(/with the on-call psychiatrist, arranged voluntary admission|together they arranged|therapist and the on-call psychiatrist arranged/);
  });

  it('"Hypervigilant in restaurants" is a report, said as being so', () => {
    const text = note('Nightmares 3x/wk. Hypervigilant in crowds (sits near exits).');
    expect(text).toMatch(/Client reported being hypervigilant in crowds/);
    expect(text).not.toMatch(/presented as hypervigilant/);
  });

  it('"His dad ... got burned 2 wks ago" in a child\'s session is the client\'s father, never the child\'s report', () => {
    expect(note('Saw Eli (9) with his mom. His dad, a paramedic, got hurt in a crash 3 wks ago and is still in rehab. Eli drew the ambulance.', 'pie')).toMatch(/Client's father, a paramedic, got hurt/);
  });

  it('"... and we made a worry box together" says "together" once; "shy at first but warmed up" after the work is the response', () => {
    const text = note('Saw Eli (9) with his mom. Did play-based psychoed and we made a feelings jar together. Eli was shy at first but warmed up by the end.', 'pie');
    expect(text).not.toMatch(/together[^.]*together/);
    expect(section('Saw Eli (9) with his mom. Did play-based psychoed and we made a feelings jar together. Eli was shy at first but warmed up by the end.', 'evaluation', 'pie')).toMatch(/warmed up by the end/);
  });

  it('dictated "he feels like um he trained for nothing" and "the deployment he was supposed to go on" stay whole', () => {
    const text = note('um he found out his unit is not going on the deployment he was supposed to go on and he feels like um he wasted a year', 'birp');
    expect(text).toMatch(/the deployment he was supposed to go on/);
    expect(text).toMatch(/felt like he wasted a year/);
  });
});
