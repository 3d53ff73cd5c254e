import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 101 (issue 6): an inpatient unit and partial hospitalization program, and an
// employee assistance program with college-athlete counseling. Each mechanism the reviewers' notes
// showed missing, tested on summaries written for this file.

describe('review 101: the kind of ideation', () => {
  it('thoughts about suicide itself are active ideation, whatever wish to die is beside them', () => {
    expect(readSummary('Reports she thinks about suicide most days, wants to die, no plan, no intent.').risk.si).toBe('active');
    expect(readSummary('Passive thoughts of suicide, wants to die, no plan.').risk.si).toBe('passive');
  });

  it('a plan beside a wish to die is active ideation', () => {
    const risk = readSummary('He said he wants to die and has a plan to take the leftover oxycodone in his dorm.').risk;
    expect(risk.si).toBe('active');
    expect(risk.plan).toBe(true);
  });

  it('"was going to take all his <medicine> ... and jump" is an overdose planned: active ideation', () => {
    expect(readSummary('pt states he was going to take all his lithium and then drive to the overpass and jump, he had it planned out').risk).toMatchObject({ si: 'active', plan: true });
  });

  it('a girlfriend in the story, then "he says he\'s been thinking about killing himself", is the client\'s ideation', () => {
    const risk = readSummary('his girlfriend moved out Friday he says he has been thinking about killing himself since then').risk;
    expect(risk.si).toBe('active');
    expect(risk.othersRisk).not.toBe(true);
  });

  it('voices "telling me I should be dead" are command hallucinations to harm', () => {
    expect(readSummary('S: pt states voices "telling me I should be dead" since last night. Denies HI.').risk.commandHarm).toBe(true);
  });

  it('"kill Dana" names the one to be killed: homicidal ideation with a threat, never "not documented"', () => {
    const summary = '1:1 w/ pt Marco Reyes. States he will "kill Alina" (ex-wife) when d/c\'d, knows where she lives. Denies SI.';
    expect(readSummary(summary).risk).toMatchObject({ hi: 'present', threat: true });
    expect(section(summary, 'risk', 'pirp')).not.toMatch(/Not documented: homicidal ideation/);
  });
});

describe('review 101: the unit\'s jots', () => {
  it('"1:1 w/ pt Marco Reyes" is an individual session\'s heading, never something the client reported', () => {
    const summary = '1:1 w/ pt Marco Reyes. Pt calm, flat. Denies SI/HI.';
    expect(readSummary(summary).session.serviceType).toBe('individual');
    expect(note(summary, 'pirp')).not.toMatch(/Client reported 1:1/);
  });

  it('"MD + charge RN notified" were notified; "MD notified" was notified, once', () => {
    const out = note('Pt escalating, yelling at peers. MD + charge RN notified, PRN offered.', 'simple');
    expect(out).toMatch(/MD and charge RN were notified/);
    expect(out).not.toMatch(/Client reported MD/);
    expect(note('Pt agitated. MD notified.', 'simple')).not.toMatch(/was was/);
  });

  it('"? increase to 1:1" is a step considered, never one ordered', () => {
    const plan = section('S: pt hearing voices.\nP: MD notified, ? increase to 1:1. f/u this PM.', 'plan', 'soap');
    expect(plan).toMatch(/[Cc]onsider increase to 1:1/);
    expect(plan).not.toMatch(/(?:^|\. )Increase to 1:1/);
  });

  it('a format letter alone on its line ("A:") leaks into no sentence; "On q15" is the 15-minute checks', () => {
    const out = note('S: pt ok today.\nO: calm. On q15.\nA:\nP: f/u this PM.', 'soap');
    expect(out).not.toMatch(/; A\.|\bA\.$/m);
    expect(out).toMatch(/On 15-minute checks/);
  });

  it('a dictated admission assessment: the heading is the intake, and how the client came is what happened to the client', () => {
    const summary = 'um so this is the admission assessment for new pt Tom Irving 41 yo M brought in by EMS after his sister called 911 um he denies SI today';
    expect(readSummary(summary).session.serviceType).toBe('intake');
    expect(note(summary, 'soap')).toMatch(/Client was brought in by (?:EMS|emergency medical services)/);
    expect(note(summary, 'soap')).not.toMatch(/Client reported (?:this is )?(?:the )?admission assessment/);
  });

  it('"I introduced X and we practiced it" keeps the clinician\'s act and the shared one apart', () => {
    expect(note('I introduced box breathing and we practiced it twice in session.', 'dap')).toMatch(/introduced box breathing and together they practiced it/);
  });

  it('"HR/occupational health" is human resources, never an hour; "reported by either partner" stays one sentence; a couple responds together', () => {
    expect(note('P: pt will email HR/occupational health this wk re RTW letter.', 'soap')).toMatch(/human resources and occupational health/);
    expect(note('Pt will call HR tomorrow about leave.', 'soap')).not.toMatch(/\bhour\b/);
    const couple = note('Conjoint session with Ana and Raj. No physical aggression reported by either partner when asked separately. Practiced soft start-up. Responded well overall.', 'pirp');
    expect(couple).toMatch(/No physical aggression reported by either partner when asked separately/);
    expect(couple).toMatch(/The couple responded well overall/);
  });

  it('a first line labelled "Group:" gives the session its kind and length, even when it goes on to tell what happened', () => {
    const summary = 'Group: debrief after the plant fire, night crew, 8 attendees, 60 min, on-site, held 1 day after a coworker was burned\nMost members participated. Members denied own SI when screened as a group.';
    const session = readSummary(summary).session;
    expect(session).toMatchObject({ serviceType: 'group', minutes: 60 });
    expect(section(summary, 'risk', 'girp')).not.toMatch(/the client denied suicidal ideation/);
  });

  it('the unit\'s daily jots: the check-in heading, "no c/o", "Wants d/c", "PRN PO", "handout given", a didactic, "tell us"', () => {
    const checkIn = 'Daily check-in w/ pt Rosa Lind, day 3 LOS. Med compliant, no c/o nausea. Wants d/c Mon.';
    expect(readSummary(checkIn).session.serviceType).toBe('individual');
    const out = note(checkIn, 'dap');
    expect(out).not.toMatch(/Client reported daily check-in/);
    expect(out).toMatch(/no complaints of nausea/);
    expect(out).toMatch(/wanted discharge Monday|wants discharge Monday/);
    expect(note('Pt yelling at staff. Given ativan 1 mg PRN PO, calmer in 20 min.', 'sirp')).not.toMatch(/probation officer/);
    const group = note('Group, 7 clients. Brief didactic on sleep hygiene; handout given.', 'birp');
    expect(group).not.toMatch(/was were/);
    expect(section('Group, 7 clients. Brief didactic on sleep hygiene; handout given.', 'intervention', 'birp')).toMatch(/didactic on sleep hygiene/);
    expect(note('Pt admitted cheeking meds. Encouraged her to tell us about side effects instead.', 'birp')).not.toMatch(/therapist and client/);
  });
});
