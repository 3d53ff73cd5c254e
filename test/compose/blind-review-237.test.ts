import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 237 (an adult ADHD and neurodivergence clinic; a program for youth aging out of foster care), read on 767edd0.
// Tested on summaries written here, not the reviewers'.

describe('review 237: letters with the wrong meaning', () => {
  it('"update to Dr Lee re SE" after a medicine started is side effects, never sleep efficiency', () => {
    const topic = 'Started atomoxetine 3 wks ago. CBT-I intro, sleep diary given. Will send update to Dr Lee re SE.';
    expect(expandShorthand('Will send update to Dr Lee re SE.', { topic })).toMatch(/side effects/);
  });

  it('"guest staying over (bf)" in a foster care program is her boyfriend; "BF called the caseworker" is the birth father', () => {
    const topic = 'ILP apt, foster care alumni, caseworker. Landlord gave notice re: guest staying over (bf).';
    expect(expandShorthand('Landlord gave notice re: guest staying over (bf).', { topic })).toMatch(/boyfriend/);
    expect(expandShorthand('after removal; BF called the caseworker', { topic: 'foster care after removal; BF called the caseworker' })).toMatch(/birth father/);
  });

  it('"poss. of cocaine" is possession', () => {
    expect(expandShorthand('court next Tues (poss. of cocaine, 2nd charge)')).toMatch(/possession of cocaine/);
  });
});

describe('review 237: the clinician\'s determination and step', () => {
  const summary = 'Indiv. Client Ray (40) escalated re former boss, said "I swear I\'ll break his jaw." Denies plan, intent or weapon. Processed anger. Consulted w/ supervisor after session; not meeting duty-to-warn threshold. Will reassess next wk.';

  it('"not meeting duty-to-warn threshold" is the clinician\'s judgment, never the client\'s report', () => {
    const fact = readSummary(summary).facts.find((f) => /duty-to-warn/.test(f.text));
    expect(fact?.kind).toBe('assessment');
  });

  it('with the duty to warn judged, the risk prompt does not ask for it again', () => {
    expect(section(summary, 'risk', 'pirp')).not.toMatch(/any duty-to-warn or protective action/);
  });

  it('"Risk: moderate, will check in by phone Thursday" keeps the check-in as a step ahead', () => {
    expect(section('Telehealth. Passive SI this wk, no plan. Safety plan updated. Risk: moderate, will check in by phone Thursday. Next session Mon.', 'plan', 'birp')).toMatch(/check in by phone Thursday/);
  });
});

describe('review 237: a quotation said aloud', () => {
  it('"to quote turn my brain off" keeps the client\'s "my", never "the therapist\'s"', () => {
    const text = section('intake um she says she has been smoking weed every night to quote turn my brain off she estimates about a gram a day so mood is low um plan weekly', 'subjective', 'soap');
    expect(text).not.toMatch(/therapist's brain/);
    expect(text).toMatch(/"turn my brain off"/);
  });
});
