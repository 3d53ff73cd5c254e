import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind reviews 126 (primary care behavioral health; a domestic violence program) and 127 (an outpatient substance use
// program with MOUD; a telehealth-only practice): whose risk it is, a denial given before the news, a hedged intent, a
// method and a time told after a wish, the clinician's own steps said without a subject, a phone session whose video
// failed. Tested on summaries written for this file.

describe('review 126: another person\'s risk stays theirs', () => {
  it('another group member\'s passive SI never becomes the member\'s status, and "not this pt. pt denied SI" is two statements', () => {
    const summary = 'grp 3/8 anxiety skills, 7 attended. pt (Dana) shared worry about her job. another member disclosed passive SI in group, I met w/ them after, documented in their chart, not this pt. pt denied SI when I checked in at end. next grp 1 wk.';
    const risk = section(summary, 'risk', 'girp');
    expect(risk).toMatch(/denied suicidal ideation/);
    expect(risk).not.toMatch(/endorsed passive suicidal ideation/);
  });

  it('a neighbour named after a bracketed role keeps his own suicidal talk, never the client\'s', () => {
    const summary = 'Collateral call from pt\'s son Mike (ROI on file). Pt is 80F, mild dementia. Mike says his mom\'s friend (neighbor) Frank has been talking about "not being around much longer" since his dog died and has a rifle; Mike unsure what to do. Pt herself doing ok per Mike, eating better, going to church. I gave him 988 info for Frank. Pt next appt 5/2 as scheduled.';
    const out = note(summary, 'dap');
    expect(out).not.toMatch(/suicidal ideation was reported by another person/);
    expect(out).toMatch(/Mike reported that the client has been doing okay/);
    expect(section(summary, 'plan', 'dap')).toMatch(/Next appointment 5\/2 as scheduled/);
  });

  it('what a teen told the therapist alone is hers, never her mother\'s, and the time alone is no session length', () => {
    const summary = 'family session mom Rosa and son Leo 14 um they have been fighting about curfew um mom says Leo never listens um Leo said she treats him like a baby um I had them do a listening exercise it went ok um Leo said thanks um I saw Leo alone for fifteen minutes at the end he said he sometimes scratches his arm with a paperclip when they fight but no cutting and he does not want to die he showed me and it is just red marks um next session in two weeks';
    const session = composeNote({ summary, format: 'dap' }).sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).not.toMatch(/15 minutes/);
    const data = section(summary, 'data', 'dap');
    expect(data).not.toMatch(/Mother said (?:he|she) sometimes scratches/);
    expect(data).not.toMatch(/"thanks I saw/);
    expect(section(summary, 'risk', 'dap')).toMatch(/current self-harm is documented/);
  });

  it('in a DV note, "supervised visits only per PO" is the protective order', () => {
    const out = note('Mom says ex (supervised visits only per PO) told the kids he is "coming back for good." Mom scared. Denies SI/HI.', 'dap');
    expect(out).toMatch(/protective order/);
    expect(out).not.toMatch(/probation officer/);
  });

  it('a statement the clinician reads as "expressed anger, not intent" is a threat to weigh, never homicidal ideation endorsed', () => {
    const summary = 'S: Pt said about her ex "if he shows up at the school again I\'ll kill him." Asked more - no plan, "I\'d never actually do it, I\'m just so angry." Denies SI.\nA: expressed anger, not intent. Low risk of violence.';
    const risk = section(summary, 'risk', 'soap');
    expect(risk).not.toMatch(/endorsed homicidal ideation/);
    expect(risk).toMatch(/threatening statement/);
  });

  it('"asked about suicide or hurting anyone and she said no to both" is both denials, with the question', () => {
    const summary = 'Video session, she was in her car at work. I asked directly about thoughts of suicide or hurting anyone and she said no to both. We worked on her safety plan.';
    const risk = section(summary, 'risk', 'pirp');
    expect(risk).toMatch(/denied suicidal ideation/);
    expect(risk).toMatch(/denied homicidal ideation/);
  });
});

describe('review 126: a method and a time after a wish', () => {
  it('a wish to die, then a method thought of and when, is active ideation with intent', () => {
    const summary = 'Crisis call from the shelter, staff put pt on phone. Pt tearful, states "I just want to die." Has thought about jumping off the parking garage next door, thought about it tonight. Says she wants to do it "when nobody is watching." Denies HI.';
    const risk = section(summary, 'risk', 'soap');
    expect(risk).toMatch(/endorsed active suicidal ideation/);
    expect(risk).toMatch(/intent was reported/);
  });

  it('"Pt able to contract... no — pt agreed to plan but ambivalent" keeps only the correction', () => {
    const out = note('Safety plan completed with pt. Pt able to contract... no — pt agreed to plan but ambivalent. Denies HI.', 'soap');
    expect(out).not.toMatch(/able to contract/);
    expect(out).toMatch(/agreed to plan but ambivalent/);
  });
});

describe('review 127: the SUD program', () => {
  it('"didn\'t get to risk screen today, will do SI/OD risk f/u next wk" endorses nothing and is the clinician\'s', () => {
    const summary = 'Pt 3 wks post induction, bup 16mg, cravings down. Hx OD x2 (last 2021); didn\'t get to risk screen today, will do SI/OD risk f/u next wk.';
    const out = note(summary, 'birp');
    expect(out).not.toMatch(/endorsed (?:active |passive )?suicidal ideation/);
    expect(out).not.toMatch(/Client did not get to risk screen/);
  });

  it('"Reviewed SP, added sister as contact" is the safety plan, even when CPT is named later', () => {
    const out = note('Pt c/o urges to cut this wk, ∅ cutting. Denies SI. Reviewed SP, added brother as contact for Sun. Consider CPT group later.', 'sirp');
    expect(out).toMatch(/safety plan/i);
    expect(out).not.toMatch(/stuck point/);
  });

  it('a skill the client says helped is the client\'s own use, never the therapist\'s', () => {
    const out = note('Ind session. Pt c/o urges to drink. Used urge surfing + called sponsor, said surfing helped "some." Denies SI.', 'soap');
    expect(out).not.toMatch(/Therapist used urge surfing/);
    expect(out).toMatch(/Client used urge surfing/);
  });

  it('"plans Sat w/ sister" is Saturday, never "sat"', () => {
    expect(note('Pt agreed to plans Sat w/ sister. Denies SI.', 'soap')).toMatch(/plans Saturday with sister/);
  });

  it('a step taken back as contraindicated leaves the reason and the new step, never the first', () => {
    const out = note('Next session 2 wks; pt to ask MD about possible disulfiram? - no, contraindicated w/ his heart condition - discuss acamprosate w/ Dr. Lee instead.', 'pie');
    expect(out).not.toMatch(/ask (?:the )?(?:MD|doctor|physician) about possible disulfiram/i);
    expect(out).toMatch(/disulfiram contraindicated/i);
    expect(out).toMatch(/acamprosate/);
  });
});

describe('review 127: the telehealth practice', () => {
  it('"by phone (video wouldn\'t load)" is a phone session, never video', () => {
    const session = section('Pt by phone (video wouldn\'t load on her end). Verified loc - home. f/u depression, PHQ-9 12. Denies SI/HI.', 'session', 'dap');
    expect(session).toMatch(/telephone/);
    expect(session).not.toMatch(/\(video\)/);
  });

  it('in a collateral call, a denial given at the last session is no status for today, and the relative\'s report stands', () => {
    const summary = 'Collateral call w/ client\'s husband Sam (ROI on file). Client (Nina) not on the call. Sam says Sun she told him "you\'d all be better off without me." She didn\'t say anything like that in session Thurs, she denied SI then. There\'s a bottle of her old oxycodone in the cabinet. Talked about asking her directly. Plan: call Nina today, full risk assessment.';
    const out = note(summary, 'pirp');
    const risk = section(summary, 'risk', 'pirp');
    expect(risk).not.toMatch(/the client denied suicidal ideation/);
    expect(risk).toMatch(/reported by another person/);
    expect(out).not.toMatch(/Client talked about asking her/);
  });

  it('intent denied "right now" is never written as intent denied, and means safety is in the risk section', () => {
    const summary = 'pt Dana, phone session. Says she has thought about killing herself most days, no plan, says no intent "right now", can\'t say why she wouldn\'t. Partner has a gun in a safe, she knows the code. Discussed means safety - she agreed to ask partner to change the safe code. Consulting w my supervisor re: higher level of care. Hard session.';
    const risk = section(summary, 'risk', 'birp');
    expect(risk).not.toMatch(/intent was denied/);
    expect(risk).toMatch(/change the safe code/);
    const out = note(summary, 'birp');
    expect(out).not.toMatch(/Client was consulting/);
    expect(out).toMatch(/Therapist will consult with the clinical supervisor/);
    expect(out).not.toMatch(/Client reported Hard session/);
  });

  it('the caller on the clinician\'s line is the client: pills counted and thoughts of taking them tonight are active ideation with a plan', () => {
    const summary = 'crisis call 10:15pm not a scheduled session. Dale called my line said he\'d counted out his hydrocodone and was thinking of taking them tonight, wife at her mom\'s. got his location first - at home. he said intent was "maybe 7 out of 10". he agreed to flush the pills, I heard it. I said if he doesn\'t go to the ED I will call 911. his brother texted me at 11:05 they\'re at ED check in. 35 min.';
    const risk = section(summary, 'risk', 'sirp');
    expect(risk).toMatch(/endorsed active suicidal ideation/);
    // (Pills counted out are a preparatory act too, said since review 211.)
    expect(risk).toMatch(/a plan was reported, intent was reported and preparatory behavior was reported/);
    expect(risk).toMatch(/counted out his hydrocodone/);
    const out = note(summary, 'sirp');
    expect(out).not.toMatch(/Client got his location/);
    expect(out).not.toMatch(/"if he does not go/);
    expect(out).not.toMatch(/texted "me/);
  });
});
