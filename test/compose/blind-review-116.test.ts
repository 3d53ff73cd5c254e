import { describe, expect, it } from 'vitest';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { note } from './note-text.ts';

// Blind reviews 116 (perinatal; veterans and first responders) and 117 (substance use and medication-assisted
// treatment; a university counseling center): a history denied is no denial of today, a patient someone treated is not
// the client, a rating is no date, a screen is no finding, and a threat narrowed by its denial stays a threat.
// Tested on summaries written for this file.

const riskStatus = (out: string): string => /Risk status as documented[^:\n]*: [^\n]*/.exec(out)?.[0] ?? '';

describe('review 116: perinatal, veterans and first responders', () => {
  it('"no hx of SI" denies the past only: current suicidal ideation stays undocumented', () => {
    const out = note('Bedside visit on the postpartum unit, day 2 after a C-section. Mother of twins, tearful, worried about feeding. Per pt no hx of SI, one prior depressive episode in college. Gave PSI resources.', 'birp');
    expect(out).toMatch(/name no status for suicidal ideation|suicidal ideation was not documented/);
    expect(out).not.toMatch(/denied suicidal ideation/);
  });

  it('"no hx of SI" beside a denial of today keeps the denial', () => {
    const out = note('Pt reports low mood x2 wks. No hx of SI. Denies current SI/HI.', 'soap');
    expect(out).toMatch(/denied current suicidal ideation/);
    expect(out).not.toMatch(/name no status for suicidal ideation|suicidal ideation was not documented|Not documented: suicidal/);
  });

  it('a patient the client treated on a call ("a teen pt") is never the client', () => {
    const out = note('Session 4 w/ Dale (EMT, 41). He said he has been replaying a call where an elderly pt had old burn scars on her arms, could not sleep after. Denies SI. Practiced grounding.', 'dap');
    expect(out).toMatch(/an elderly patient had old burn scars/);
    expect(out).not.toMatch(/Client had old burn scars/);
  });

  it('"rates intent today 3/10" is a rating, never the date of service', () => {
    expect(findSessionDate('Vet seen for f/u. Pt rates intent today 3/10, yesterday 6/10.', { today: '2026-12-04' })).toBeUndefined();
    expect(findSessionDate('Seen today 3/10 for f/u.', { today: '2026-12-04' })?.date).toBe('2026-03-10');
  });

  it('a "high risk flag" under review by another service is no risk level of the clinician', () => {
    const out = note('Pt endorses passive SI, no plan. Consulted the suicide prevention coordinator re high risk flag placement.', 'soap');
    expect(out).not.toMatch(/Risk level as stated by the clinician: high/);
  });

  it('"the Cpl who died" is a corporal, never a couples session', () => {
    const out = note('PE session 6. Imaginal exposure to the hotspot: holding pressure on the Cpl who was shot, SUDS 80 peak. Pt tearful, stayed with it.', 'soap');
    expect(out).toMatch(/the corporal who was shot/);
    expect(out).not.toMatch(/Couples/);
  });
});

describe('review 117: substance use treatment and a university counseling center', () => {
  it('"UDS + EtG collected" is two tests taken, never a positive result', () => {
    const out = note('Intake for IOP. ETOH daily, last drink yesterday. Plan: start IOP Tues, UDS + EtG collected today.', 'pirp');
    expect(out).not.toMatch(/positive for EtG/);
    // ("EtG" is spelled out on first use since review 212.)
    expect(out).toMatch(/urine drug screen and ethyl glucuronide \(EtG\) collected today/i);
  });

  it('"I\'ll f him up" is a threat to weigh, whatever denial follows', () => {
    const out = note('pt furious at her landlord um said quote if he changes the locks I\'ll f him up unquote she said she doesnt mean it denies HI denies SI', 'dap');
    expect(riskStatus(out)).toMatch(/threatening statement/);
    expect(riskStatus(out)).not.toMatch(/the client denied homicidal ideation/);
  });

  it('"no plan or intent to seek him out" narrows the denial: intent to harm is not denied', () => {
    const out = note('Pt said if his cousin shows up at the shop again "I\'ll break his jaw." States he is not going looking for him but would hit him if he comes by. No plan/intent to seek him out. Consulted supervisor re duty to warn.', 'soap');
    expect(riskStatus(out)).not.toMatch(/intent and a plan to harm were denied|intent to harm was denied/);
    expect(riskStatus(out)).toMatch(/threatening statement/);
  });

  it('"risk assessment for HI" names a screen, never homicidal ideation endorsed', () => {
    const out = note('P: referred by RA after yelling at a suitemate. I: Risk assessment for HI and SI, anger psychoed. Pt denies SI. E: calmer, will return Thurs.', 'pie');
    expect(riskStatus(out)).not.toMatch(/endorsed homicidal ideation/);
    expect(riskStatus(note('Risk assessment for SI completed. Pt engaged.', 'soap'))).not.toMatch(/endorsed/);
  });

  it('a call to the client\'s mother "with his consent" is the clinician\'s, and her "she" is the mother', () => {
    const out = note('walk in pt is a 20 yo junior um he said he wants to die and has thought about jumping from the parking deck I did safety planning with him he agreed to go to the ER his roommate present called his mom with his consent she is coming tonight', 'soap');
    expect(out).toMatch(/Therapist called his mother with his consent/);
    expect(out).toMatch(/His mother is coming tonight/);
    expect(out).not.toMatch(/Client agreed[^.]*called his mother/);
  });

  it('"when asked directly" stays with the denial it qualifies', () => {
    const out = note('ok check in with Tasha um she was upset about her PO she denies SI denies HI when asked directly um goal is to keep her job we practiced what to say', 'girp');
    expect(out).not.toMatch(/homicidal ideation when\./);
    expect(out).not.toMatch(/asked directly goal/i);
  });

  it('the clinician\'s "I said I would" is agreeing to a request, never a quotation', () => {
    const out = note('telehealth f/u she asked me to write a letter for her court date I said I would. next session 2 wks', 'dap');
    expect(out).not.toMatch(/"I would"/);
    expect(out).toMatch(/agreed to do so/);
  });

  it('a harm-reduction check-in heading is the session, its kits the clinician\'s, FTS and SSP spelled out', () => {
    const out = note('Quick HR check-in w/ Marcus at the van - still smoking fent most days. Gave 3 narcan kits + 20 FTS. f/u Fri at SSP.', 'dap');
    expect(out).toMatch(/^Quick harm reduction check-in with Marcus at the van/);
    expect(out).toMatch(/Therapist gave 3 Narcan kits and 20 fentanyl test strips/);
    expect(out).toMatch(/syringe services program/);
  });

  it('"on sub" in opioid treatment is buprenorphine', () => {
    expect(note('Family session w/ Dev + his dad. Dev 60 days on sub, UDS neg. Dad says he is home more.', 'simple')).toMatch(/60 days on buprenorphine/);
  });

  it('"she agreed to both" stays with the two things she agreed to', () => {
    const out = note('Pt with passive SI, no plan. Discussed weekly sessions and a psychiatry referral, she agreed to both. Discussed a leave of absence, she declined.', 'birp');
    expect(out).toMatch(/psychiatry referral[^.]*, she agreed to both/);
    expect(out).not.toMatch(/^Client agreed to both\.$/m);
  });

  it('"met with Ana, referred by the dean" keeps the referral with Ana, never the therapist\'s act', () => {
    const out = note('I met with Ana Ruiz today, referred by the associate dean after two missed exams. She told me she has not been sleeping.', 'soap');
    expect(out).not.toMatch(/and referred by/);
    expect(out).toMatch(/Ana Ruiz today, referred by the associate dean/);
  });
});
