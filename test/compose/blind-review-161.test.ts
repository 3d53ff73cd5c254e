import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 161 (a hoarding disorder and home-safety program; a transplant psychology service), read on cc810ff.
// Tested on summaries written here, not the reviewers'.

describe('review 161: who said and did what', () => {
  it('"kept saying they took my family" quotes the client\'s words, never making the family the therapist\'s', () => {
    const out = note('um so this is for Hal at his house today he was really low kept saying they took my dogs after animal control came Monday so yeah we made a plan to visit the shelter Friday');
    expect(out).toMatch(/"they took my dogs/);
    expect(out).not.toMatch(/the therapist's dogs/);
  });

  it('in a group, "Ray (liver, 3 yrs post) talked about how when he was drinking he attempted suicide" is Ray\'s, never another member\'s', () => {
    const summary = 'Group: post-transplant support group, 90 min, 6 members.\nResponse: Most members engaged. Ana (kidney, 1 yr post) shared she gets "sick to my stomach" before every lab; Ben (liver, 6 mo) said he checks the portal "like 40 times a day." Ray (liver, ALD, 3 yrs post) talked about how when he was drinking he attempted suicide in 2009 and how different things are now, "I want to see my grandson graduate." Ray denied current SI.\nPlan: next group 11/6.';
    const out = note(summary, 'girp');
    expect(out).toMatch(/talked about how when he was drinking he attempted suicide in 2009/);
    expect(out).not.toMatch(/Ben attempted/);
  });

  it('"Dan (liver, 6 mo) said ..." in a group is Dan\'s; the next bare "He ..." is his too', () => {
    const read = readSummary('Group: support group, 7 members. Dan (liver, 6 mo) said he checks the portal 40 times a day. Ray (liver, 3 yrs post) talked about his drinking. He attempted suicide in 2011.');
    expect(read.facts.find((f) => /^Dan \(/.test(f.text))?.subject).toBe('other');
    expect(read.facts.some((f) => /^Ray attempted suicide in 2011/.test(f.text))).toBe(true);
  });

  it('on a jotted line, a bare "Said ..." after a sentence about a named person is theirs', () => {
    const out = note('Living donor eval, pt Eli 41M, donating to his sister.\n- Eli\'s wife Mara present for second half.\n- Mara supportive but tearful, worried about the time off work. Said "I feel like I\'m choosing between them."\n- Plan: f/u 2 wks.');
    expect(out).toMatch(/Mara said "I feel like I'm choosing between them/);
    expect(out).not.toMatch(/Client said "I feel like I'm choosing/);
  });

  it('a daughter telling that "dad shoved mom into the counter" keeps her telling whole and is restated in Risk', () => {
    const summary = 'Family session - pt w/ wife and adult son\nB: Pt Al, 61M, 2 yrs s/p kidney tx. Son Ben (30) said privately at start (pt out of room for labs) that last Fri during an argument about his meds, dad shoved mom against the door, mom has a bruise on her arm. Pt denies SI.\nP: f/u 1 wk.';
    const out = note(summary, 'birp');
    expect(out).toMatch(/that last Friday during an argument about his medications, father shoved mother against the door/);
    expect(section(summary, 'risk', 'birp')).toMatch(/Physical aggression toward another person is documented above/);
  });

  it('"son removed Walt\'s guns" is the son\'s act, never "son was removed"', () => {
    const out = note('Pt reports passive SI, no plan. No access to firearms per pt (son removed Walt\'s guns last yr). F/u 1 wk.');
    expect(out).not.toMatch(/son was removed/);
  });
});

describe('review 161: the session and the plan', () => {
  it('"Buried in Treasures support group" is a group session, its "in" part of the name', () => {
    expect(readSummary('Buried in Treasures support group, wk 6 of 15, 90 min, community center rm B. 7 of 8 members present.').session.serviceType).toBe('group');
    expect(readSummary('Indiv, pt in DBT group + indiv, 50 min. Pt reports fewer urges.').session.serviceType).toBe('individual');
  });

  it('"discussed whether to notify APS ... no report today" bills no interactive complexity', () => {
    const result = composeNote({ summary: 'Telehealth, 45 min, individual. Pt reports son threatened to burn the house. Discussed whether to notify APS - pt is her own decision-maker; consulted supervisor, no report today. F/u Thurs.', format: 'dap' });
    expect(JSON.stringify(result)).not.toMatch(/90785/);
  });

  it('"Rescreen PCL-5 in 2 wks" and "re-admin PHQ-9" are the plan, spelled out', () => {
    expect(section('Pt reports nightmares, PCL-5 48. Rescreen PCL-5 in 2 wks. F/u Mon.', 'plan', 'birp')).toMatch(/Rescreen PCL-5 in 2 weeks/);
    expect(note('Pt reports low mood, PHQ-9 17. F/u 1 wk, re-admin PHQ-9.')).toMatch(/re-administer PHQ-9/i);
  });
});
