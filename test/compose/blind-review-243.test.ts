import { describe, expect, it } from 'vitest';
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
