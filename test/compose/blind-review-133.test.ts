import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 133 (hospice and palliative care counseling; a county jail mental health service and a forensic
// outpatient program), read on the submission: the caregiver who is the one seen, a relative's words and answers kept as
// hers, threats made to staff or told of a son, a plan named by its way. Tested on summaries written for this file.

describe('review 133: whose risk it is', () => {
  it('a caregiver named first, then "she said ... I asked her directly": her passive wish and her answers are hers, never the patient\'s denial', () => {
    const summary = 'um so home visit for the Brennan family patient is Joan 79 with end stage COPD and her daughter Kate is the main caregiver um Kate says she hasn\'t slept in days she cried and said something like sometimes I wish I could just go to sleep and not wake up either so I asked her about that directly and she said she would never do anything she has her kids she\'s not having thoughts of killing herself no plan um I gave her the 988 number';
    const risk = section(summary, 'risk', 'dap');
    expect(risk).not.toMatch(/the client denied suicidal ideation/);
    expect(risk).toMatch(/Kate (?:said|was not having)/);
  });

  it('"Caregiver Linda (62), wife of pt Frank", seen alone: her own plan is the client\'s, never one "reported by another person"', () => {
    const summary = 'Crisis home visit.\nCaregiver Ruth (70), wife of pt Walt (hospice, ALS).\nMet w/ Ruth alone x 60 min. She confirmed active SI, plan to overdose on saved morphine after Walt dies. Safety plan written, RN removed the saved morphine.';
    const r = readSummary(summary).risk;
    expect(r.clientAbsent).toBeFalsy();
    expect(r.si).toBe('active');
    expect(section(summary, 'risk', 'sirp')).not.toMatch(/reported by another person/);
  });

  it('in a couples session a partner\'s own urges to cut, not acted on, are the session\'s self-harm status', () => {
    const summary = 'Couples session - pt Dan (61) + wife Mara, home visit.\nMara disclosed (w/ Dan in room) hx of cutting in her 20s, urges came back this week, hasn\'t cut, gave her blades to her sister. Denies SI.\nDan denied SI.';
    const r = readSummary(summary).risk;
    expect(r.selfHarmUrges).toBe(true);
    expect(section(summary, 'risk', 'girp')).not.toMatch(/self-harm was not documented/);
  });

  it('a mother\'s "some days I don\'t see the point of being here", then "I asked her directly", in a young man\'s family session, is hers', () => {
    const summary = 'Family session - pt (Jordan, 20, on probation) w/ mother + stepfather. Pt himself denies SI/HI. Mom tearful thru session; near end said "some days I don\'t see the point of being here anymore." I asked her directly - passive thoughts, no plan, no intent. Gave her 988.';
    const risk = section(summary, 'risk', 'birp');
    expect(risk).toMatch(/Mother said near the end of the session/);
    expect(risk).toMatch(/asked the mother directly/);
    expect(risk).not.toMatch(/Risk status as documented[^\n]*endorsed passive suicidal ideation/);
  });

  it('a son who "yelled he\'d shoot anyone who ..." told by the nurse is his threat, never the client\'s', () => {
    const summary = 'Collateral call w/ hospice RN Amy re pt Mr. Dorsey: RN reports pt\'s son Luke (lives w/ pt) drunk at visit today, yelled he\'d "shoot anyone who takes dad to a facility"; pt says there are guns in the house.';
    const r = readSummary(summary).risk;
    expect(r.threatByOther).toBe(true);
    expect(r.threat).toBeFalsy();
    expect(section(summary, 'risk', 'simple')).toMatch(/shoot anyone who takes dad to a facility/);
  });
});

describe('review 133: threats and plans in custody', () => {
  it('"I know what car you drive, I\'ll see you when I get out" told to an officer is a threat to weigh', () => {
    const summary = 'Requested by Sgt. Ruiz after inmate told CO Park "I know what car you drive, I\'ll see you when I get out." Pt says Park disrespected him. No SI.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk', 'sirp')).toMatch(/I know what car you drive/);
  });

  it('"plan is to hang, says she\'d do it tonight if left alone" is a plan and intent, told in the risk section', () => {
    const summary = 'Called to booking. New arrestee, 31M, told nurse he\'d kill himself. Admits he\'s been thinking about it for days, plan is to hang, says he\'d do it tonight if left alone. Placed on suicide watch.';
    const r = readSummary(summary).risk;
    expect(r.plan).toBe(true);
    expect(r.intent).toBe(true);
    expect(section(summary, 'risk', 'sirp')).toMatch(/plan is to hang/);
  });

  it('"New arrestee, 31M, told nurse ..." is the client telling, never "Client reported new arrestee"', () => {
    const out = note('Called to booking. New arrestee, 31M, told nurse he\'d kill himself. Placed on suicide watch.', 'sirp');
    expect(out).toMatch(/Client, a new arrestee \(31-year-old male\), told nurse/);
    expect(out).not.toMatch(/Client reported new arrestee/);
  });

  it('"CO Ramirez reports ate half of breakfast" is the officer\'s report of the client; "Pt lying on bunk" and "Not psychotic" are what was seen', () => {
    const out = note('Cell-side check, day 3 on watch. Pt lying on bunk, minimal eye contact. CO Ramirez reports ate ~half of breakfast, refused lunch. Not psychotic. Denies SI today.', 'soap');
    expect(out).toMatch(/CO Ramirez reported the client ate approximately half of breakfast/);
    expect(out).toMatch(/Client was lying on bunk/);
    expect(out).not.toMatch(/Client reported (?:CO Ramirez|lying|not psychotic)/);
  });

  it('"Est. release date 4 months" does not end a sentence', () => {
    expect(note('Denies specific plan. Est. release date 4 months. No SI.', 'sirp')).not.toMatch(/; Est\.|\bEst\.\s*$/m);
  });
});

describe('review 133: words', () => {
  it('"med director" is the medical director', () => {
    expect(note('Crisis visit. Notified med director and my supervisor. Safety plan done.', 'sirp')).toMatch(/medical director/);
  });

  it('"A:" is the teen speaking when the summary writes "A said", "A on her phone"; never "Therapist\'s impression"', () => {
    const out = note('Child w/ parent session - Aaliyah (14) and her mom. A on her phone at start. A said she last cut in August. Each said one thing they want. Mom: "tell me where you are." A: "stop reading my texts."', 'birp');
    expect(out).not.toMatch(/impression: "stop reading my texts/);
    expect(out).toMatch(/stop reading my texts/);
  });
});

describe('review 133: what the clinician saw and concluded', () => {
  it('"Mr. K reports sleep ..." is Mr. K\'s report; "Normal grief rxn" is the clinician\'s impression; a bereavement call is the session', () => {
    const summary = 'Bereavement f/u call, 8 wks post death. Mr. K reports sleep "on and off", appetite down. Normal grief rxn, no complicated grief sx at this time.';
    const out = note(summary, 'birp');
    expect(out).toMatch(/Mr\. K reported sleep/);
    expect(out).not.toMatch(/Client reported (?:Mr\. K|normal grief|bereavement)/i);
    expect(section(summary, 'session', 'birp')).toMatch(/Bereavement follow-up call/);
  });

  it('"Legacy letter discussed" is a topic taken up; "Some pain grimacing when repositioned" is seen; "Hx ∅ attempts" is no history of attempts', () => {
    const out = note('Bedside visit. Legacy letter to grandson discussed, pt wants to dictate it. Some pain grimacing when repositioned - RN notified. Hx ∅ attempts.', 'soap');
    expect(out).toMatch(/Legacy letter to grandson was discussed/);
    expect(out).toMatch(/Client wanted to dictate it|Client wants to dictate it/);
    expect(out).not.toMatch(/Client reported (?:some pain|legacy|history no)/i);
    expect(out).toMatch(/no history of attempts/);
  });

  it('court shorthand is spelled out, and "she\'s gonna pay" is a threat', () => {
    const summary = 'Group. D.H. has NCO w/ ex, PV hearing Fri. Said of his ex "she\'s gonna pay for what she said in court." Hx agg assault.';
    const out = note(summary, 'girp');
    expect(out).toMatch(/no-contact order/);
    expect(out).toMatch(/probation violation hearing/);
    expect(out).toMatch(/aggravated assault/);
    expect(readSummary(summary).risk.threat).toBe(true);
  });
});

