import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 234 (a court-mandated partner abuse intervention program; a sport psychologist in a university athletics
// department), read on ead7aae. Tested on summaries written here, not the reviewers'.

describe('review 234: whose task, which length, what danger', () => {
  it('"Didn\'t get to the firearm issue" is a topic the clinician did not reach, never the client\'s failing', () => {
    const text = note('Saw Dom for his monthly indiv. Reviewed the positive UA. No SI/HI. Didn\'t get to the firearm surrender, need to next time.', 'dap');
    expect(text).not.toMatch(/Client did not get to the firearm/);
    expect(text).toMatch(/Therapist did not get to the firearm/);
  });

  it('minutes met with one member after a group are no length of the group', () => {
    const summary = 'Women\'s group wk 3. 6 present. Topic: cues of anger. Rae disclosed urges to cut, no acts. Met w/ her 10 min after - reviewed safety plan, denied SI. Next wk: jealousy.';
    expect(readSummary(summary).session.minutes).toBeUndefined();
    expect(note(summary, 'girp')).not.toMatch(/10 minutes of group psychotherapy/);
  });

  it('a protective order broken is a danger to weigh, never "no risk assessment"', () => {
    const summary = 'Phone call w/ probation officer re: client Dale R. Officer reports Dale was arrested Sat for violating his protective order - showed up at victim\'s workplace. In county jail, hearing Weds.';
    expect(readSummary(summary).risk.orderViolated).toBe(true);
    expect(section(summary, 'risk', 'pie')).toMatch(/violation of a protective or no-contact order/);
    expect(section(summary, 'risk', 'pie')).not.toMatch(/No risk assessment was documented/);
  });
});

describe('review 234: the risk items said aloud, and a medical evaluation', () => {
  it('"um intent he said he\'s maybe a five out of ten" is his rating of intent, never a fragment of the means', () => {
    const text = note('ok so crisis walk-in with Cole um he has been thinking about killing himself since yesterday he has a plan to crash his car he has access to the car obviously um intent he said he\'s maybe a six out of ten um we did a C-SSRS', 'dap');
    expect(text).not.toMatch(/obviously intent/);
    expect(text).toMatch(/rated his intent as approximately 6 out of 10/);
  });

  it('"med eval" beside RED-S, missed periods or the team MD is a medical evaluation', () => {
    expect(expandShorthand('Discussed RED-S and need for med eval; see team MD for vitals', { topic: 'Discussed RED-S and need for med eval; see team MD for vitals' })).toMatch(/medical evaluation/);
  });
});

describe('review 234: told, not seen', () => {
  it('"Irritable w/ girlfriend" in a phone check-in is what the client told', () => {
    const text = note('Phone check-in 15 min. Concussion wk 3. Headaches better. Irritable w/ girlfriend. Denies SI.', 'pirp');
    expect(text).not.toMatch(/presented as irritable with girlfriend/);
    expect(text).toMatch(/irritable with girlfriend/);
  });
});

describe('review 234: a mediation is the clinician\'s work', () => {
  it('"Mediated convo, used restorative questions" is the intervention, never a report', () => {
    const summary = 'Mtg w/ team captains re: locker room conflict. Luis says the team has split.\nMediated convo, used restorative questions, clarified team norms. Andre agreed to apologize.';
    expect(section(summary, 'intervention', 'birp')).toMatch(/mediated conversation/i);
    expect(note(summary, 'birp')).not.toMatch(/No intervention is named/);
  });
});

describe('review 234: a group named for whom it is for', () => {
  it('"Women\'s group wk 6" keeps its word in the heading', () => {
    expect(section('Women\'s group wk 6. 5 present. Topic: anger cues. Others engaged. Next wk: jealousy.', 'session', 'girp')).toMatch(/Women's group/);
  });

  it('"father/child session" leaves no stray slash', () => {
    expect(section('Caring Dads father/child session - Tony G. w/ daughter Ava (8). Board game. Next in 2 wks.', 'session', 'soap')).not.toMatch(/father\/|father and;/);
  });
});
