import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 128 (an eating disorder program; a couples and family therapy practice) and the rest of 127: a partner's
// account of the client's words that the client then denied, "does not plan to do it this week", a denial at the end of a
// list, a threat told by a parent, the clinician's disposition and recommendation said without a subject, vital signs
// dictated in words. Tested on summaries written for this file.

describe('review 128: whose words, and what status', () => {
  it('a partner\'s account of the client\'s words, then the client\'s denial, is told by another and denied, never endorsed', () => {
    const summary = 'Couples session, pt (Lena, 29F, BN) + husband Mark\nMark: pt said "nobody would miss me" last Fri after a fight, he was worried. Pt says she meant she felt invisible, not dying. On direct asking pt denies SI now, agreed to tell Mark or me if thoughts change\nf/u 2 wks couples';
    const out = note(summary, 'dap');
    expect(out).not.toMatch(/Mark said she meant/);
    expect(out).toMatch(/Client said she meant/);
    const risk = section(summary, 'risk', 'dap');
    expect(risk).toMatch(/suicidal ideation was reported by another person, and the client denied suicidal ideation/);
    expect(risk).not.toMatch(/endorsed passive suicidal ideation/);
  });

  it('what a mother reports her son yelled is his own words, and his denial after it is said with them', () => {
    const summary = 'Child w/ parent: Eli (8) + dad (Sam). Dad reports Eli yelled "I want to die" Sat when his game was taken away. Asked Eli gently - he said he was just mad, no thoughts about hurting himself. F/u 1 wk.';
    expect(section(summary, 'session', 'dap')).not.toMatch(/parent:/);
    const risk = section(summary, 'risk', 'dap');
    expect(risk).not.toMatch(/Another person's suicidal thoughts/);
    expect(risk).toMatch(/reported by another person, and the client denied suicidal ideation/);
  });

  it('"he doesn\'t plan to do it this week ... after that he doesn\'t know" stays one statement, never a plan denied', () => {
    const summary = 'so this was the individual check in with Dan inside the couples work with him and Amy um he said he has been thinking about killing himself this week he has thought about taking all his pills um he said he hasn\'t done anything and he doesn\'t plan to do it this week because of his son\'s game saturday but after that he doesn\'t know um we did a safety plan together';
    const r = readSummary(summary);
    expect(r.risk.plan).not.toBe(false);
    expect(r.session.serviceType).toBe('individual');
    const out = note(summary, 'soap');
    expect(out).toMatch(/does not plan to do it this week because of his son's game/);
    expect(out).not.toMatch(/the couple did a safety plan/);
  });

  it('"both denied SI, HI, any thoughts of self-harm" denies self-harm, never urges', () => {
    const risk = section('Couples, video. Asked both about safety given the stress - both denied SI, HI, any thoughts of self-harm. Next 2 wks.', 'risk', 'sirp');
    expect(risk).not.toMatch(/urges to self-harm/);
  });

  it('a threat a father reports his son made at dinner is a threat to weigh, with its intent denied', () => {
    const summary = 'Child w/ parent session: Max (14, AN, IOP) + mom.\nMom reports at dinner Max threw his fork and said "if you make me finish that I\'ll stab you". Max denies any plan or intent to harm mom; denies SI.\nWorked on anger at meals as an ED response.';
    const risk = section(summary, 'risk', 'soap');
    expect(risk).toMatch(/threatening statement toward another person/);
    expect(note(summary, 'soap')).toMatch(/as an eating disorder response/);
  });
});

describe('review 128: the clinician\'s steps and the chart\'s facts', () => {
  it('an ambulance sent and a medical evaluation needed are the clinician\'s, never the client\'s report', () => {
    const summary = 'Crisis. Pt fainted in shower this AM, HR 120 standing. Denies SI. ambulance to Mercy ED 2:10pm, report given to ED charge RN. needs medical eval this week incl BMP + EKG given palpitations.';
    const out = note(summary, 'sirp');
    expect(out).not.toMatch(/Client reported ambulance/);
    expect(out).not.toMatch(/Client reported needs medical/);
  });

  it('"K+" is potassium; a strangulation history flagged is never "history of flagged"', () => {
    expect(note('PCP checking K+ next wk. Denies SI.', 'dap')).toMatch(/checking potassium next week/);
    expect(note('IPV screen done. Strangulation hx flagged - high lethality indicator, discussed w/ her. Denies SI.', 'dap')).not.toMatch(/history of flagged/);
  });

  it('a brief call to move the couples appointment is no couples session, and the new time is the plan', () => {
    const summary = 'Brief call w/ Ana (10 min), asked to move couples appt, also wanted to vent re: Joe. Reminded her to save it for session, validated, rescheduled to Thurs 5pm.';
    expect(section(summary, 'session', 'simple')).not.toMatch(/Couples psychotherapy/);
    expect(section(summary, 'plan', 'simple')).toMatch(/rescheduled to Thursday/i);
  });

  it('a weight and a heart rate dictated in words are written in digits', () => {
    const out = note('um so family session um weight today was forty nine point six down from fifty point two and the heart rate was forty six today um she denied SI', 'birp');
    expect(out).toMatch(/49\.6/);
    expect(out).toMatch(/50\.2/);
    expect(out).toMatch(/\b46\b/);
  });

  it('"goal = ..." in the heading is the goal', () => {
    const out = section('Telehealth w/ Mia (15) individual, goal = reduce restriction + build coping for low mood. She denied SI. Next wk.', 'goal', 'girp');
    expect(out).toMatch(/reduce restriction and build coping for low mood/);
  });
});

describe('review 127, the rest', () => {
  it('"Spoke w/ Dr. X, will hold take-homes" is the clinician\'s coordination; "Pt not able to safety plan credibly" is how the client was', () => {
    const summary = 'Crisis walk-in. Pt endorses SI w/ plan to take her take-home doses tonight. Pt agreed to hand over take-home bottles to nursing. Spoke w/ Dr. Lim, will hold take-homes. Pt not able to safety plan credibly, agreed to voluntary eval.';
    const out = note(summary, 'soap');
    expect(out).not.toMatch(/Client reported not able/);
    expect(out).toMatch(/Client was not able to safety plan credibly/);
    expect(section(summary, 'plan', 'soap')).toMatch(/hand over take-home bottles/);
  });

  it('"her kids are the reason she\'d never do anything" stays whole; "next time she was on the fence" is two statements', () => {
    const summary = 'um so video session she was in her car um she said sometimes she thinks it would be easier if she just didn\'t wake up no plan no intent says her kids are the reason she\'d never do anything um I\'m going to bring up a med eval with her PCP again next time she was kind of on the fence';
    const out = note(summary, 'soap');
    expect(out).toMatch(/the reason she(?:'d| would) never do anything/);
    expect(out).not.toMatch(/next time she was/);
  });

  it('"Marcus said no, he was venting" keeps the answer with its reason; "so am I" is the therapist\'s', () => {
    expect(note('Couples. I asked directly about intent to hurt Jay. Marcus said no, he was venting. Denies SI.', 'birp')).toMatch(/Marcus said no, he was venting/);
    expect(note('She used ice instead of cutting. She\'s proud of that and so am I.', 'pie')).toMatch(/so is the therapist/);
  });

  it('dictation with "and then used again" stays one statement', () => {
    const out = note('um so he skipped his dose saturday so he could feel it and then used again saturday night so two uses total um he denied SI', 'dap');
    expect(out).not.toMatch(/feel it; then/);
    expect(out).toMatch(/and then used again/);
  });
});
