import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 107 (issue 6): embedded behavioral health for active-duty service members, and mental
// health services in a jail and a prison. Each mechanism the reviewers' notes showed missing, tested
// on summaries written for this file.

describe('review 107: risk', () => {
  it('"thinking about tearing the hem of the smock to make a ligature" is active ideation', () => {
    const risk = readSummary('SW round 1:1 IP Marcus, day 2 on watch. He stated "I\'m still gonna do it when I get out of this smock" and said he\'s been thinking about tearing the hem of the smock to make a ligature.').risk;
    expect(risk.si).toBe('active');
  });

  it('"when I see him I\'m gonna split his head open ... he\'ll get him at shower time" is a threat', () => {
    const summary = 'RHU round, cell 14. Inmate yelling, said the CO Officer Pruitt took his tray and he said when I see him I\'m gonna split his head open, he\'ll get him at shower time. Denies SI. Notified Sgt Okafor per duty to warn policy.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk', 'birp')).toMatch(/threatening statement/);
    expect(section(summary, 'plan', 'birp')).not.toMatch(/will get him at shower time/);
  });

  it('"Ramirez is getting stabbed tonight" is a threat', () => {
    expect(readSummary('CO reported IP Victor Salas told dayroom "Ramirez is getting stabbed tonight". Denied SI.').risk.threat).toBe(true);
  });

  it('"I don\'t care if I live or die" is passive ideation', () => {
    expect(readSummary('Withdrawal f/u day 3. Said "if this is what it\'s like I don\'t care if I live or die" - no plan, no intent.').risk.si).toBe('passive');
  });

  it('an inpatient stay "for SI w/ plan" is history; today\'s denial is the status', () => {
    const risk = readSummary('SM 72hr post-dc f/u. Inpt 5 days at Tripler for SI w/ plan (hanging). Denies SI/HI today, denies intent/plan, future oriented.').risk;
    expect(risk.si).toBe('denied');
  });

  it('a "no weapons profile" is a duty restriction, never "no access to weapons"', () => {
    const summary = 'Walk-in, SM thought about shooting himself with his personal pistol last night. C-SSRS positive. Escorted to ER. He\'ll be on a no weapons profile.';
    expect(section(summary, 'risk', 'dap')).not.toMatch(/no access to (?:weapons|firearms)/i);
  });
});

describe('review 107: words of the setting', () => {
  it('in a jail "IP" is the incarcerated person; a family session\'s "IP" is the identified patient', () => {
    expect(note('SW round 1:1 IP Marcus Tellez at cell front, in smock per CO. Denies SI.', 'simple')).toMatch(/[Ii]ncarcerated person Marcus Tellez/);
    expect(note('Family session w/ mom, dad and IP (Jake, 15). Parents report fewer fights.', 'simple')).toMatch(/identified patient/);
  });

  it('among service members "CDE" is a command-directed evaluation, "SM" the service member, and "CPT Hollis" a captain', () => {
    const out = note('CDE for SPC Marquez per CDR CPT Hollis after alcohol incident. SM reports drinking 6 beers most weekends. Denies SI/HI.', 'soap');
    expect(out).toMatch(/[Cc]ommand-directed evaluation/);
    expect(out).toMatch(/CPT Hollis/);
    expect(out).not.toMatch(/cognitive processing therapy Hollis|diabetes educator/);
    expect(note('CPT session 5, stuck points on trust. Denies SI.', 'soap')).toMatch(/cognitive processing therapy/i);
  });

  it('"Weekly f/u x4 min" is at least four sessions, never four minutes', () => {
    expect(note('Denies SI today. P: Weekly f/u x4 min. Psych appt 2 wks.', 'birp')).toMatch(/at least 4 sessions/);
  });

  it('"MH f/u in 24 hrs" is the plan and "ROI signed" is never the client\'s report', () => {
    const summary = 'Booking intake screen. IP Darnell 34M, arrested DUI. Denies current SI/HI. MH f/u in 24 hrs. ROI signed for St. Vincent\'s records.';
    expect(section(summary, 'plan', 'soap')).toMatch(/Mental health follow-up in 24 hours/);
    expect(note(summary, 'soap')).not.toMatch(/Client reported (?:mental health|release)/i);
  });

  it('"prior dx MDD per pt. A&O x4" ends a sentence at "pt."', () => {
    expect(note('No current psych meds, prior dx MDD per pt. A&O x4, cooperative, anxious.', 'soap')).not.toMatch(/per client\. alert/);
  });
});

describe('review 107: who did it', () => {
  it('"HI w/ identified target, no plan, limited intent - moderate risk" is the clinician\'s formulation, never the client\'s report', () => {
    const summary = 'SPC Gaddis walk-in. Stated he "still wants to hurt him". Denies SI. HI w/ identified target, no plan, limited intent, hx of violence - moderate risk. SM told of notification before it was made. F/u tomorrow.';
    expect(section(summary, 'assessment', 'soap')).toMatch(/homicidal ideation with identified target/);
    const out = note(summary, 'soap');
    expect(out).not.toMatch(/Client reported (?:homicidal|service member)/);
    expect(out).toMatch(/[Ss]ervice member was told of notification/);
  });

  it('"told him we would check on Hayes" is the staff\'s promise, never the client\'s', () => {
    expect(note('Cell front check. IP Jones said cellmate Hayes is giving away his stuff. I thanked him and told him we would check on Hayes. Denies SI.', 'soap')).toMatch(/told him that staff would check on Hayes/);
  });

  it('"Reviewed w/ Dr. Patel by phone, agreed to step down" is Dr. Patel\'s agreement', () => {
    const out = note('SW f/u day 4. IP Keisha calm, denies SI. Reviewed w/ Dr. Patel by phone, agreed to step down. Plan: step down from 1:1 to q15 checks.', 'sirp');
    expect(out).toMatch(/Dr\. Patel agreed to step down/);
    expect(out).not.toMatch(/Client agreed to step down/);
    expect(out).toMatch(/Client was calm/);
    expect(out).not.toMatch(/reported IP Keisha/);
  });

  it('a release date is never the date of service', () => {
    expect(readSummary('Met with Anthony Ruiz for reentry planning, release date 8/15 after 4 yrs. Denied SI/HI.').session.date).toBeUndefined();
  });
});
