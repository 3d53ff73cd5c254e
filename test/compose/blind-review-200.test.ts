import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 200 (a fire department and first-responder peer support program; a hospital health psychology service for
// chronic illness), read on 915edf4, and review 199's open findings. Tested on summaries written here, not the reviewers'.

describe('review 200: risk', () => {
  it('"no access to firearms", then "has access to meds at work", names the medications as the means, never the firearms', () => {
    const risk = readSummary('Passive SI past 2 wks. Denied plan or intent. No access to guns at home. Has access to meds at the pharmacy where she works, denies thoughts of taking them.').risk;
    expect(risk.means).toBe(true);
    expect(risk.meansNamed).not.toMatch(/gun|firearm/);
    expect(section('Passive SI past 2 wks. Denied plan or intent. No firearms access at home. Has access to meds at work, denies thoughts of taking them.', 'risk')).not.toMatch(/access to firearms was reported/);
  });

  it('an overdose told under "Hx of SI at age 17" is an attempt then, never active ideation over today\'s denial', () => {
    const risk = readSummary('Hx of SI at age 17 after breakup, swallowed a bottle of Advil, ER overnight, parents never knew. Denies SI since, denies current SI/HI.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.attemptHistory).toBe(true);
    // The same act last night is no history.
    expect(readSummary('Hx of SI, swallowed a bottle of Advil last night. Denies current SI.').risk.attemptHistory).not.toBe(true);
  });

  it('a caller "who had cut herself" is someone else; the client with urges who has not cut has no self-harm present', () => {
    const risk = readSummary('Dispatcher, took a call Sat from a teen boy who had cut himself, stayed on till EMS got there. Urges to cut since, first in 4 yrs. Has not cut. Denies SI.').risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(risk.selfHarmUrges).toBe(true);
  });

  it('a group member who discloses his own suicidal thoughts is assessed in the room, never "reported by another person"', () => {
    const text = section('Bereavement support grp, hospice, 6-7:30 pm, 7 members.\nNew member Dee (husband of pt on service) shared he is not sleeping.\nMr. Okafor said in check-in "some days I think about ending it." Met w/ him after grp (10 min): no plan, no intent. Agreed to safety plan.', 'risk', 'girp');
    expect(text).not.toMatch(/reported by another person|not present to be assessed/);
    expect(text).toMatch(/suicidal ideation/);
  });

  it('a relative\'s text read aloud after "Near end" is that relative\'s risk, never the client\'s quoted wish beside his denial', () => {
    const risk = readSummary('Family mtg, 60 min. Present: pt Walter, wife June, son Eli by phone. Near end June shared that Eli has been drinking and texted her last wk "you would all be better off without me." Walter denies SI.').risk;
    expect(risk.siWordsQuoted).not.toBe(true);
    expect(risk.othersRisk).toBe(true);
  });

  it('words quoted after "he said", the client a woman, are his, and go to the status as another person\'s', () => {
    const risk = readSummary('Video session w/ Officer Kim Lee, she is on nights. She said her partner Sam has been off since the shooting and last night in the truck he said something like "I\'m gonna eat my gun" and laughed it off. She denied SI or HI herself.').risk;
    expect(risk.othersRisk).toBe(true);
    expect(risk.siWordsQuoted).not.toBe(true);
  });

  it('"low acute risk but elevated chronic" keeps both levels', () => {
    expect(readSummary('Passive SI, no plan. I would put him at low acute risk but elevated chronic given the drinking.').risk.level).toMatch(/chronic elevated/);
  });
});

describe('review 200: who did what and where it goes', () => {
  it('"Psych NP to see in AM", "SW will call daughter", "MH reassess 0800" and "Plan same, 2 wks" are the plan, never a client report', () => {
    const text = note('Pt seen chairside during HD. Tearful. Denies SI. Psych NP to see in AM. SW will call daughter. MH reassess 0800. Plan same, 2 wks.');
    expect(text).not.toMatch(/Client reported (?:psychiatric|social|mental health|plan)/i);
    const plan = section('Pt tearful. Psych NP to see in AM. SW will call daughter. Plan same, 2 wks.', 'plan');
    expect(plan).toMatch(/nurse practitioner to see/);
    expect(plan).toMatch(/Social worker will call daughter/);
    expect(plan).toMatch(/Continue the current plan; next session in 2 weeks/);
  });

  it('"Pt MoCA 22" is the client\'s score on the measure', () => {
    expect(section('Pt alert, oriented. Pt MoCA 21 today.', 'objective')).toMatch(/Client scored 21 on the Montreal Cognitive Assessment \(MoCA\) today/);
  });

  it('"Mom told about urges at end; tearful but supportive" is the mother told, and the mother tearful', () => {
    const text = note('Teen (15) w/ mom. Teen disclosed urges to skip insulin. Mom told about urges at end; tearful but supportive, agreed to call dad re: pump.', 'pie');
    expect(text).toMatch(/Mother was told about urges/);
    expect(text).toMatch(/Mother was tearful but supportive/);
    expect(text).not.toMatch(/Client presented as tearful/);
  });

  it('a jot that opens with someone named is theirs, never more of the report before it', () => {
    const text = section('Family mtg, 60 min. Present: pt Ray, wife Ann, daughter Liz. Liz stated she wants to be his donor, "I already decided." Ray tearful, said he doesn\'t want her "going under for me."', 'data', 'dap');
    expect(text).toMatch(/Ray was tearful/);
    expect(text).not.toMatch(/Liz said he does not want/);
  });

  it('"we normalized it" is the clinician\'s act', () => {
    expect(section('Said she resents him some days. We normalized it.', 'data', 'dap')).toMatch(/Therapist normalized it/);
  });

  it('after "Explored w/ him alone - states ...", the one met is who stated it', () => {
    expect(note('Couples session, Don and Pat. Explored w/ him alone at end (10 min) - states he has thought about stopping treatment, no plan.', 'girp')).toMatch(/; he stated he has thought about stopping treatment/);
  });

  it('"Harold\'s own mood good" is his mood; "Dad\'s mood: okay" keeps its label', () => {
    expect(note("Dad's own mood good.", 'dap')).toMatch(/Father's own mood was good/);
    expect(note("Dad's mood: okay.", 'dap')).toMatch(/Father's mood: okay/);
  });

  it('"Urgent bedside consult, ..." opens with the contact, never "Client reported"', () => {
    expect(note('Urgent bedside consult, 6E rm 12, paged by RN Jo after pt said "I want to stop all of it." Denies plan.', 'sirp')).not.toMatch(/Client reported Urgent/);
  });
});

describe('review 200: session details and dictation', () => {
  it('the day and hours on a first line that is a story are the session\'s, and so are 24-hour hours with the length after them', () => {
    const consult = readSummary('Urgent bedside consult, 6E rm 12, 4/2 14:10-14:55, paged by RN Jo after pt told her "I am done."').session;
    expect(consult.startTime).toBe('14:10');
    expect(consult.endTime).toBe('14:55');
    const crisis = readSummary('CRISIS - called in by Capt Ortiz at 0110 on 4/2, met FF at Station 9, 0140-0305 (85 min)\nFF denies plan.').session;
    expect(crisis.startTime).toBe('01:40');
    expect(crisis.minutes).toBe(85);
  });

  it('"this is a phone check in with ..." is the session, by phone', () => {
    const record = readSummary('ok so this is a phone check in with um Ana Ruiz she said she is sleeping 4 hours');
    expect(record.session.modality).toBe('phone');
  });

  it('dictated "colon cancer" is the organ, never a colon mark; "colon" alone still is', () => {
    const text = note('um so this was a video session with Rosa her husband is in cycle two of chemo for stage two colon cancer and she is doing all the driving plan colon meet again in two weeks', 'dap');
    expect(text).toMatch(/colon cancer/);
    expect(text).toMatch(/plan: meet again/i);
  });

  it('"said her kids are her reason she also denied ..." is two statements', () => {
    expect(note('um she denied any suicidal thoughts said her kids are her reason she also denied any thoughts of harming him um plan is she will call her sister this week and we will meet again in two weeks', 'dap')).toMatch(/her kids are her reason\.\s/);
  });

  it('"... we will meet again in two weeks same time Zarit burden interview was 41 today" keeps the score apart from the plan', () => {
    const plan = section('um she is worn down we did some problem solving on the drives and we will meet again in two weeks same time Zarit burden interview was 41 today', 'plan', 'dap');
    expect(plan).not.toMatch(/Zarit/);
  });

  it('"most nights she\'s off" and "before then" stay in their sentences', () => {
    const text = note('ok so she has been drinking more since the fire last month four or five beers most nights she is off um she denied any plan or intent and she agreed to do the AUDIT before then', 'dap');
    expect(text).toMatch(/most nights she is off/);
    expect(text).toMatch(/before then/);
  });

  it('"told her if he says anything like that again she calls me or 911" is the clinician\'s instruction, never the client calling', () => {
    const text = note('so the main thing was her husband um I told her if he says anything like that again she calls me or 911 and doesn\'t wait um she agreed and she denied any SI herself', 'soap');
    expect(text).not.toMatch(/Client called the therapist/);
  });

  it('"and on Saturday night in the car he said ..." opens the statement of what he said', () => {
    const text = note('so she said her partner has been drinking a lot since January and on Saturday night in the car he said something like I am gonna eat my gun one of these days and laughed it off she denied any SI herself', 'soap');
    expect(text).not.toMatch(/since January and on Saturday night in the car\./);
    expect(text).toMatch(/"I am gonna eat my gun one of these days" and laughed it off/);
  });

  it('"MI/CABG" in a cardiac rehab note is the heart attack; "when to call 911" taught is no safety concern; "6/min" is per minute', () => {
    const text = note('Cardiac rehab grp. Topic: fear of exertion after MI/CABG. Paced breathing 6/min. Psychoed: anxiety sx vs cardiac sx, when to call 911 vs use skills.', 'birp');
    expect(text).toMatch(/myocardial infarction and CABG/);
    expect(text).not.toMatch(/motivational interviewing/i);
    expect(text).toMatch(/6 per minute/);
    expect(section('Cardiac rehab grp. Psychoed: anxiety sx vs cardiac sx, when to call 911 vs use skills.', 'risk', 'birp')).toMatch(/No risk assessment was documented/);
  });

  it('"never told the dept. Denies SI since" is two sentences', () => {
    expect(section('Hx of SI at 22, never told the dept. Denies SI since, denies current SI.', 'risk')).toMatch(/department\. Client denied/);
  });
});
