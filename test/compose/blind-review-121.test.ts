import { describe, expect, it } from 'vitest';
import { note, section } from './note-text.ts';

// Blind review 121 (an inpatient unit and its partial hospital; a geriatric and memory-care practice) and the open items of
// review 120 (a crisis line; couples). Risk read from the client's own words, preparation and pills named earlier, who acts
// on a call, and initials after a title. Tested on summaries written for this file.

describe('review 121: risk told in the client\'s words', () => {
  it('a passive wish, then "denies SI w/ plan or intent", is passive ideation with plan and intent denied, never intent reported', () => {
    const out = section('Widower, 84. Death wish: "I wouldn\'t mind if I didn\'t wake up." Denies SI w/ plan or intent. Guns locked at son\'s.', 'risk', 'birp');
    expect(out).toMatch(/endorsed passive suicidal ideation/);
    expect(out).not.toMatch(/intent was reported|active suicidal ideation/);
  });

  it('"no pills saved up" after a passive wish denies a preparation, never the ideation', () => {
    const out = section('pt said "some nights I think it\'d be easier if the lord just took me" no plan no intent no pills saved up lives with her sister', 'risk', 'dap');
    expect(out).toMatch(/endorsed passive suicidal ideation/);
    expect(out).not.toMatch(/denied suicidal ideation/);
  });

  it('asked about SI, the quoted answer is the status; a plan denied after it is not a denial of ideation', () => {
    const out = section('ALF visit. Asked re SI: "some days I\'d like to fall asleep and not wake up," denies any plan. Daughter visits Sundays.', 'risk', 'soap');
    expect(out).toMatch(/endorsed passive suicidal ideation/);
    expect(out).not.toMatch(/the client denied suicidal ideation/);
  });

  it('pills named, then "he was saving them" and "going to take them on her birthday", are active ideation with a plan', () => {
    const out = section('walk in w/ son who found a bag of old hydrocodone in his nightstand he said he was saving them and he said he was going to take them on her birthday in March no firearms', 'risk', 'dap');
    expect(out).toMatch(/endorsed active suicidal ideation/);
    expect(out).toMatch(/a plan was reported/);
  });

  it('"take them to the pharmacy" after pills named is no overdose', () => {
    const out = section('Mom found his old oxycodone. She is going to take them to the pharmacy drop box. Denies SI.', 'risk', 'soap');
    expect(out).not.toMatch(/active suicidal ideation/);
  });

  it('a threatening partner\'s "I\'d never hurt her" is what he said, never a denied homicidal screen', () => {
    const out = section('Couples f/u w/ Tessa and Jon. Tessa said Jon broke the door last week and told her she\'d regret leaving. Jon said "I would never hurt her, I just lose it." Reviewed time-outs.', 'risk', 'dap');
    expect(out).not.toMatch(/denied homicidal ideation/);
    expect(out).toMatch(/I would never hurt her/);
  });
});

describe('review 121: who did it', () => {
  it('"Kept her on the line" on a crisis call is the clinician\'s act, never the caller\'s', () => {
    const out = note('Crisis call w/ Dana, 44. She said she took 10 of her sleeping pills an hour ago. Kept her on the line, got her address, sent EMS.', 'sirp');
    expect(out).toMatch(/Therapist kept her on the line/);
    expect(out).not.toMatch(/Client kept/);
  });

  it('"Will text the line if urges increase" is the client\'s step', () => {
    const out = note('Check-in w/ Rory. Urges to cut 6/10 this week, no acts. Reviewed safety plan. Will text the crisis line if urges increase.', 'dap');
    expect(out).toMatch(/Client will text the crisis line if urges increase/);
  });

  it('"Caller Ana, 31, says ..." is the client and what she said, never a heading', () => {
    const out = note('Caller Ana, 31, says she has been drinking since noon and "can\'t do this anymore." Denies plan.', 'sirp');
    expect(out).toMatch(/Client \(Ana, 31\) said she has been drinking since noon/);
    expect(out).not.toMatch(/Client: Caller/);
  });

  it('"Call w/ Leo, 22" is the heading of the call, with the age beside the name', () => {
    const out = section('Call w/ Leo, 22. Said the week was rough. Denies SI.', 'session', 'pie');
    expect(out).toMatch(/Call with Leo, 22\./);
  });

  it('in a collateral call with the client\'s father, "No known weapons" is never the client\'s report', () => {
    const out = note('Collateral call w/ pt\'s father (ROI on file). Dad says pt has not slept in 3 days and is talking fast. No known weapons. Will update team.', 'simple');
    expect(out).not.toMatch(/Client reported no known weapons/);
    expect(out).toMatch(/No known weapons\./);
  });

  it('a machete named by a relative is kept in the risk section', () => {
    const out = section('Pt denies HI. Denies weapons; brother said pt keeps a machete under his bed.', 'risk', 'soap');
    expect(out).toMatch(/machete under his bed/);
  });
});

describe('review 121: names and dictation', () => {
  it('"Mr. and Mrs. B" keep their initials, never a word from elsewhere in the summary', () => {
    const out = note('Joint session w/ Mr. and Mrs. B. Mr. B has Alzheimer\'s dx per neuro. Mrs. B tearful re Bereavement group ending. Gave "Brain Health" handout.', 'dap');
    expect(out).toMatch(/Mr\. and Mrs\. B\b/);
    expect(out).not.toMatch(/Mrs\. (?:Bereavement|Brain)/);
  });

  it('a pause after "after" does not cut the sentence in two', () => {
    const out = note('um so pt came to the unit last night after um her sister found her with the pills she says she wanted to die and um today she denies intent', 'dap');
    expect(out).not.toMatch(/last night after\./);
  });
});
