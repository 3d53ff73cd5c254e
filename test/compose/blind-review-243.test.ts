import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 243 (mental health in a county jail; a health psychology service for chronic illness), read on 78ed9ae.
// Tested on summaries written here, not the reviewers'.

describe('review 243: a ligature told as what the client would do', () => {
  const summary = 'Watch check 0900 cell 2A-7. pt in smock at door. states "soon as they clear me I\'m gonna do it" - says she\'d rip up the blanket and tie it to the bunk. tearful. no self harm observed overnight per log. remains 1:1.';

  it('is active ideation with a plan and intent, never "not documented"', () => {
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.plan).toBe(true);
  });

  it('"no self harm observed ... per log" is what the watch saw, never the client denying self-harm', () => {
    expect(readSummary(summary).risk.selfHarm).not.toBe('denied');
    expect(section(summary, 'risk', 'dap')).toMatch(/no self harm observed/i);
  });

  it('the words of doing it at a time, just before the way, are in the risk section', () => {
    const summary2 = 'Watch check. states "I\'m gonna do it as soon as yall take me off this" - says he\'d tear the sheet and tie it off the vent. remains 1:1.';
    expect(section(summary2, 'risk', 'dap')).toMatch(/gonna do it as soon as/i);
    expect(readSummary(summary2).risk.intent).toBe(true);
  });
});

describe('review 243: asked about a plan, "I\'ll figure it out"', () => {
  it('is active ideation, never passive', () => {
    const summary = 'Crisis, called to B pod. Learned his brother died. Said "I just want to die." Asked about plan - "not sure, I\'ll figure it out." Placed on watch.';
    expect(readSummary(summary).risk.si).toBe('active');
  });

  it('knuckles bleeding from punching a wall is in the risk section', () => {
    const summary = 'Crisis, called to B pod. Found him hitting wall w/ fist, knuckles bleeding. Said "I just want to die." Placed on watch.';
    expect(section(summary, 'risk', 'pirp')).toMatch(/knuckles bleeding/);
  });
});

describe('review 243: a skill used instead of acting', () => {
  it('"used ice + paced breathing instead" is the client\'s coping, never the therapist\'s intervention', () => {
    const text = section('video, 45 min, Omar 41M, post-ICU. PCL-5 47.\nflashbacks 3x/wk, avoids clinic.\nwe started imaginal exposure prep - built hierarchy, SUDS ratings. he got to item 2 (photo of the ICU bed) SUDS peaked 65 came down to 35.\nReported urges to punch the door and "hurt myself" after flashbacks - no acts, no SI. used ice + paced breathing instead.\nhw: flashback log.', 'data', 'dap');
    expect(text).not.toMatch(/Therapist used ice/);
  });
});

describe('review 243: court words', () => {
  it('"her PD told her" is the public defender; "local PD" stays the police', () => {
    const text = section('Seen in interview room. She goes to sentencing on the 22nd, her PD told her to expect 4 years. Tearful. Denies SI.', 'subjective', 'soap');
    expect(text).toMatch(/public defender/);
    expect(text).not.toMatch(/her police/);
  });

  it('a sentencing set for a day ahead stays ahead, never "went to sentencing"', () => {
    const text = section('Seen in interview room. She goes to sentencing on the 22nd. Tearful. Denies SI.', 'subjective', 'soap');
    expect(text).not.toMatch(/went to sentencing/);
  });
});

describe('review 243: steps taken for a danger just told', () => {
  it('"Security + attending informed" after a threat is in the risk section', () => {
    const summary = 'Family meeting re goals of care. Son Mark angry, said he\'ll "make that doctor pay" and "I know where he parks". Security + attending informed, charge nurse aware. Next meeting Thurs.';
    expect(section(summary, 'risk', 'pie')).toMatch(/Security and attending were informed/);
  });

  it('a PREA report and a housing move after an assault in custody are the report made', () => {
    const summary = 'S: Pt disclosed that 2 nights ago another inmate in his dorm forced him to perform oral sex in the shower and threatened to "cut him" if he told. Denies SI/HI.\nA: acute stress reaction after sexual assault in custody.\nP: PREA report made to shift commander, moved to separate housing pending investigation. F/u tomorrow.';
    expect(readSummary(summary).risk.abuseOrHarm).toBe('reported');
    expect(section(summary, 'risk', 'pie')).toMatch(/PREA report/);
  });
});

describe("review 243: a group member's fear for someone else", () => {
  it('"D.R. worried he\'s going to hang himself", of a cellmate not in group, is never the member\'s own ideation', () => {
    const summary = 'Group - Pod B, coping skills. 6 attended, 50 min.\nAfter group, member D.R. pulled me aside: says his cellmate (not in group) gave away his shoes and said "won\'t need them after court." D.R. worried he\'s going to hang himself.\nNotified sgt, requested welfare check.';
    const risk = readSummary(summary).risk;
    expect(risk.si === 'active' || risk.si === 'passive').toBe(false);
    expect(risk.othersRisk).toBe(true);
  });
});

describe('review 243: a reason given for the words', () => {
  it('"states he said it because he was dopesick" leaves the denial standing without a quoted wish', () => {
    const summary = 'Step-down eval. Placed on watch 2 days ago after telling booking officer he "wanted to die." Today denies SI, intent, plan. States he said it because he was "dopesick and mad." Future oriented.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.siWordsQuoted).not.toBe(true);
  });
});

describe('review 243: where a contact in a jail or a dialysis unit was held', () => {
  it('"chairside HD, unit 2 chair 8" is the session line, never the client\'s report', () => {
    const summary = 'chairside HD, unit 2 chair 8. pt 62F ESRD on HD x 3 yrs. mood low, tired of treatments. denies SI. f/u next wk chairside.';
    expect(section(summary, 'session', 'soap')).toMatch(/[Cc]hairside hemodialysis/);
    expect(section(summary, 'subjective', 'soap')).not.toMatch(/Client reported chairside/i);
  });

  it('"Booking MH screen." is the session line', () => {
    expect(section('Booking MH screen. 29yo F, new charge. Denies SI/HI. Gen pop OK from MH standpoint.', 'subjective', 'soap')).not.toMatch(/Client reported booking/i);
  });
});

describe('review 243: jail requests and calls about the client', () => {
  it('"I\'ll put in for psych for the sleep" is a referral sent to psychiatry', () => {
    expect(section('Seen cell-front. Not sleeping, 3 hrs a night. Denies SI. I\'ll put in for psych for the sleep. F/u Mon.', 'plan', 'soap')).toMatch(/referral to psychiatry/);
  });

  it('on a call with someone about the client, the release on file is never the client\'s report', () => {
    const text = section('Phone call w/ caseworker (Ms. Dana Ruiz) re: client Eli Park. She asked when client was last seen. Release of info on file. Will see client Thurs.', 'data', 'dap');
    expect(text).not.toMatch(/Client reported release of information/);
  });
});

describe('review 243: the response-missing warning', () => {
  it('is not given when the summary tells the response inside another line', () => {
    const warnings = composeNote({ summary: 'Video, 50 min. Anxious about losing her job after a flare. Did cognitive restructuring on "I\'ll be fired" and she came up with evidence against it (good review in May). Denies SI. Cont weekly.', format: 'birp' }).warnings;
    expect(warnings.some((w) => w.code === 'no_response')).toBe(false);
  });

  it('is still given when nothing tells how the client met the work', () => {
    const warnings = composeNote({ summary: 'Video, 50 min. Anxious about her job. Did cognitive restructuring. Denies SI. Cont weekly.', format: 'birp' }).warnings;
    expect(warnings.some((w) => w.code === 'no_response')).toBe(true);
  });
});

describe('review 243: parts of the body in the plural', () => {
  it('"Hands tremulous" is "Hands were tremulous"', () => {
    expect(section('Booking screen. Last drink this am. Hands tremulous, diaphoretic. Denies SI.', 'objective', 'soap')).toMatch(/Hands were tremulous/);
  });
});
