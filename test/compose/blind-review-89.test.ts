import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { note } from './note-text.ts';

// Blind review 89 (issue 6): an opioid treatment program (methadone, buprenorphine), and an eating
// disorder team (family-based treatment, CBT-E). Each mechanism the reviewers' notes showed missing,
// tested on summaries written for this file.

describe('review 89: risk read right', () => {
  it('a recheck or follow-up of a risk is the plan, never a status', () => {
    expect(readSummary('pt calmer. recheck HI next sess').risk.hi).toBe('not_assessed');
    expect(readSummary('mood low. f/u SI each session').risk.si).toBe('not_assessed');
  });

  it('a screen that names "ideation" of no kind never turns a passive wish active', () => {
    const r = readSummary('says he has thoughts of being dead most days but no plan.\nintervention: C-SSRS screen (ideation, no plan/intent/behavior), safety plan done.').risk;
    expect(r.si).toBe('passive');
    // Thoughts of "ending it" are thoughts of acting: active, whatever the screen says.
    expect(readSummary('thought about "ending it" last night, no plan. C-SSRS: ideation w/o intent or plan.').risk.si).toBe('active');
  });

  it('another member\'s disclosure in a group note for one member is never that member\'s status', () => {
    const r = readSummary('Group - relapse prevention, 8 members. Note for Dana P.\n- another member disclosed SI in group, seen 1:1 after\n- Dana denied SI/HI at check out').risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
  });

  it('"plan to take them all" is the client\'s suicide plan, never the session\'s plan', () => {
    const out = note('Pt disclosed she has been saving doses, has 7 bottles at home, plan to take them all w/ her klonopin sat. Intent: "yes". Sent to ED.', 'sirp');
    const plan = out.split('\n').find((l) => /Sent to|emergency department/.test(l) && !/Risk status/.test(l)) ?? '';
    expect(out).toMatch(/plan to take them all/);
    expect(out).not.toMatch(/^Take them all/m);
    expect(plan).not.toMatch(/^Take them all/);
    expect(readSummary('plan to take them all w/ her klonopin sat.').risk.plan).toBe(true);
  });

  it('a named person who "denies" after an assessment answers it', () => {
    expect(readSummary('assessed HI directly - Kai denies current thoughts of harming his brother, no plan.').risk.hi).toBe('denied');
  });
});

describe('review 89: who did it', () => {
  it('a pronoun whose clause names the client is the doctor named just before', () => {
    const out = note('I saw Lucy, 16, individually. HR 42. I paged Dr. Osei during session; she wants Lucy admitted to the medical unit today.', 'soap');
    expect(out).toMatch(/Dr\. Osei wants Lucy admitted/);
    expect(out).not.toMatch(/Client wanted/);
  });

  it('a notification after the client\'s act is the clinician\'s', () => {
    const out = note('Teen group, 6 members. Discussed w/ Ava after group, she gave friend\'s name, notified her mom + school counselor per protocol. Ava denies SI.', 'pirp');
    expect(out).toMatch(/Therapist notified her mother and school counselor per protocol/);
    expect(out).not.toMatch(/Client gave friend's name, notified/);
  });

  it('a child named after a time phrase is the one who said it', () => {
    const out = note('Pt brought her son Leo (7) to session today. Mid-session Leo said her boyfriend "hits me". Called DCFS hotline with pt present.', 'dap');
    expect(out).toMatch(/Mid-session Leo said/);
    expect(out).not.toMatch(/Client reported Mid-session/);
  });

  it('the client named with the facts of their care is an identity line, never a report', () => {
    expect(note('indiv 30 min. pt Ray T, MTD 90mg, phase 3. pt reports cravings 4/10.', 'soap')).toMatch(/Client Ray T\.: methadone 90mg, phase 3\./);
  });

  it('take-home doses held or suspended are the program\'s step, never what the client reported', () => {
    const out = note("pt upset. TH's on hold pending tx team review.", 'soap');
    expect(out).toMatch(/Take-home doses on hold pending treatment team review/);
    expect(out).not.toMatch(/Client reported take-home/);
  });

  it('vital signs and weight at clinic are what was measured, in the objective', () => {
    const out = note('Weight at clinic today 44.1 kg. Temp 35.8. pt tearful, says she is scared of gaining.', 'soap');
    const objective = out.split('\n').find((l) => /44\.1 kg/.test(l)) ?? '';
    expect(objective).toMatch(/Temp 35\.8/);
    expect(out).not.toMatch(/Client reported Temp/);
  });
});

describe('review 89: framed right', () => {
  it('"we did like 40 minutes" in dictation is the session length, said once', () => {
    const out = note('ok so telehealth video session with Rosa um we did like 40 minutes she is on suboxone sixteen milligrams and stable she says cravings are low um main thing was her eviction notice and she is scared about it she denied any si or hi when i asked', 'birp');
    expect(out).toMatch(/^Session: 40 minutes, telehealth \(video\)/m);
    expect(out).not.toMatch(/did approximately 40 minutes/);
    expect(out).not.toMatch(/\bi asked\b/);
    expect(out).toMatch(/homicidal ideation/);
  });

  it('a dash ends a heading of two fragments; its jots are the session\'s facts', () => {
    const out = note('Telehealth CBT-E w Jo (she/her) 24, BN — purged 2x this wk, used delay skill once; denies SI.', 'girp');
    expect(out.split('\n')[0]).toMatch(/Enhanced cognitive behavioral therapy \(CBT-E\) with Jo/);
    expect(out).toMatch(/purged 2 times this week|purged twice this week/i);
  });

  it('part of a session keeps its minutes in the session line', () => {
    expect(note('Saw Mia, 15, individually for the first 20 min, then mom joined. Mia reports better week.', 'soap').split('\n')[0]).toMatch(/first 20 minutes/);
  });

  it('a dictated "kind of helped" is "partly helped", never "helped"', () => {
    expect(note('ok so um he said he used the breathing twice this week and it kind of helped um he denies SI', 'dap')).toMatch(/partly helped/);
  });

  it('a run-on dictation splits a named member\'s acts and keeps them that member\'s', () => {
    const out = note('ok this is for anger management group six members present um Tariq was engaged today volunteered the first role play talked about his boss and the write up he got last week he said the time out skill kind of helped he denied any SI himself affect brighter than last week plan is continue group', 'dap');
    expect(out).toMatch(/Tariq volunteered the first role play/);
    expect(out).toMatch(/Tariq talked about his boss/);
  });
});

describe('review 89, second pass', () => {
  it('"she\'s found" is "she has found", never "she is found"', () => {
    expect(expandShorthand("Tanya says she's found wrappers in the car")).toContain('she has found wrappers');
  });

  it('medicines locked up are listed as safety measures, never as a safety plan made', () => {
    const out = note('Intake, Mia 15 + mom. one attempt age 13 (OD). denies SI today. Mom locked up meds after attempt, still locked.', 'sirp');
    expect(out).not.toMatch(/Safety plan: Mother locked up/);
  });

  it('a list of acts in which the teller says "I" is the clinician\'s', () => {
    const out = note('Theo 9 w/ aunt. Theo said his uncle hits him. stayed calm, did not lead, told Theo I need to tell people whose job is to keep kids safe. Called CPS.', 'dap');
    expect(out).toMatch(/Therapist stayed calm, did not lead, told Theo the therapist needs to tell/);
    expect(out).not.toMatch(/Client stayed calm/);
  });

  it('a heading that ends with the client\'s name and initial, then a labelled goal, is the session line', () => {
    const out = note('Bup maintenance f/u, Ana K. goal: stay off pills. says work going well, UDS neg. cont q2wk.', 'girp');
    expect(out.split('\n')[0]).toMatch(/^Buprenorphine maintenance follow-up; Ana K\./);
    expect(out).toMatch(/^Goal: stay off pills\./m);
  });

  it('with nothing else to assess from, the clinician\'s own risk judgment is in the assessment too', () => {
    const out = note('PHP day 4. endorses passive SI, denies plan. reviewed safety plan. Risk mod, chronically elevated. f/u tmrw.', 'soap');
    const assessment = out.split('\n').findIndex((l) => /^Risk mod(?:erate)?, chronically elevated\.$/.test(l));
    expect(assessment).toBeGreaterThan(0);
    expect(out).not.toMatch(/\[Not documented: add the client's response and your assessment/);
  });

  it('"party sat." and "in person wed" are days', () => {
    expect(expandShorthand('plan for the party sat. see her in person wed')).toContain('party Saturday. see her in person Wednesday');
    expect(expandShorthand('she sat with her mom')).toContain('she sat with');
  });
});

describe('review 89: shorthand read in its sense', () => {
  it.each([
    ["has 6 TH's/wk", 'take-home doses'],
    ['MTD 110mg', 'methadone 110mg'],
    ['pending tx team review', 'treatment team'],
    ['UDS +FTY +benzo', 'positive for fentanyl'],
    ['reviewed OD risk w/ fent + benzos', 'fentanyl and benzodiazepines'],
    ['UDS neg except bup', 'negative except for buprenorphine'],
    ['externalized the ED after SI screen', 'externalized the eating disorder'],
    ['admission to inpatient ED unit', 'inpatient eating disorder unit'],
    ['K+ last wk 3.3', 'potassium'],
    ['FBT ph 2', 'phase 2'],
    ['abscess L forearm, referred to med.', 'referred to medical'],
    ['gave 988/crisis line', 'the 988 Suicide and Crisis Lifeline'],
    ['consult w/ my supervisor on duty to warn', 'supervisor regarding duty to warn'],
    ['stop checking daily -> 2x/wk', 'from daily to'],
  ])('%j reads as %j', (summary, expected) => {
    expect(expandShorthand(summary)).toContain(expected);
  });
});
