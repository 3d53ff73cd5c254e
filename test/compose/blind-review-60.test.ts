import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 60 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.

describe('review 60: self-harm read from the right words', () => {
  it('urges in the client\'s own quoted words, then "did not cut", are urges without acts, never current self-harm', () => {
    const risk = section('Telehealth (video), 15yo, individual.\nShe said she\'s had "really bad urges to cut" since Friday, urges 6/10, but she did not cut - used ice instead. Last cut ~4 months ago. Denies SI.', 'risk', 'dap');
    expect(risk).not.toMatch(/reported current self-harm/);
    expect(risk).toMatch(/urges without acts/);
  });

  it('"denied being hurt himself" (by another person) is no self-harm screen', () => {
    const risk = section('Group - boys skills (8-10)\n- at check-out Sam said mom\'s boyfriend "chokes my mom when he\'s drunk"\n- spoke w/ Sam after group, he denied being hurt himself. Hotline report made, ref # on file.', 'risk', 'girp');
    expect(risk).not.toMatch(/denied self-harm/);
    expect(risk).toMatch(/chokes my mom/);
    expect(risk).toMatch(/reference number on file/);
  });

  it('"fresh scratches L forearm" the clinician saw is current self-harm; "no new marks" is none', () => {
    expect(section('Crisis walk-in, 60 min\nB: tearful, fresh scratches L forearm (superficial, from a paperclip per pt). Endorses SI w/o plan.', 'risk', 'birp')).toMatch(/current self-harm|reported self-harm/);
    expect(section('Individual 50 min\nChecked arms w/ permission, no new marks on forearms. Denies SI.', 'risk', 'dap')).not.toMatch(/current self-harm/);
  });
});

describe('review 60: who was in the room, and who is to act', () => {
  it('a family meeting with the client "not in room" is 90846, without the client', () => {
    const doc = composeNote({ summary: 'Family mtg - caregiver support, 45 min. Pt\'s son Ray + daughter Ana present, pt (79M, dementia) not in room - w/ aide in lobby.\nAna reports dad wandering at night. Discussed door alarms. Neither sibling reports SI.\nPlan: f/u 2 wks.', format: 'dap' });
    expect(JSON.stringify(doc)).toMatch(/90846/);
    expect(JSON.stringify(doc)).not.toMatch(/90847/);
  });

  it('"PCP to consider sertraline" after a comma is the plan; "PCP aware" is not the client\'s report', () => {
    expect(section('pt seen 20 min warm handoff, GAD-7 14, taught paced breathing, pt practiced x2, PCP to consider sertraline.', 'plan', 'simple')).toMatch(/Primary care provider to consider sertraline/);
    const n = note('Warm handoff 25 min\nS: pain 7/10 daily, PCP aware, considering duloxetine per Dr. Lee. Denies SI.', 'soap');
    expect(n).not.toMatch(/Client reported primary care provider aware/);
    expect(n).toMatch(/Primary care provider (?:is )?aware/);
  });

  it('"pt seen 15 min warm handoff" gives the minutes; "f/u #3." as a first line is the session number', () => {
    expect(section('pt seen 15 min warm handoff, PHQ-9 11, denies SI.', 'session', 'simple')).toMatch(/15 minutes/);
    expect(section('f/u #3. pt 58F, HTN. PHQ-9 12. denies SI.\nPlan: f/u 2 wks.', 'session', 'birp')).toMatch(/Session 3/);
  });

  it('"dad\'s old .38" keeps its space; BHC is spelled out', () => {
    const n = note('Family mtg 30 min\nBig concern - dad\'s old .38 still in the nightstand. Discussed lethal means. agreed to BHC f/u 2 wks. Neither reports SI.', 'dap');
    expect(n).toMatch(/old \.38/);
    expect(n).toMatch(/behavioral health consultant \(BHC\)/);
  });
});

describe('review 60: child welfare shorthand', () => {
  it('"FM reports ... after visits w/ BM" is the foster mother reporting visits with the biological mother', () => {
    const n = note('3/2 - Mia (7) w/ FM, play tx, foster care\nFM reports 3 meltdowns this wk, all after visits w/ BM. Wetting bed again x2.\nPlan: cont weekly, ask CW re visits.', 'soap');
    expect(n).toMatch(/Foster mother reported 3 meltdowns this week, all after visits with biological mother/);
    expect(n).not.toMatch(/Client reported foster mother/);
    expect(n).not.toMatch(/Client reported Wetting/);
  });

  it('"BM x2 daily" is still a bowel movement', () => {
    expect(note('Individual 30 min\nconstipation resolved, BM x2 daily. denies SI.', 'dap')).toMatch(/bowel movement/);
  });
});
