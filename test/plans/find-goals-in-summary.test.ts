// Which plan goals a summary's own words address: all of a goal's meaning words in one sentence,
// word forms compared by a crude stem, never synonyms; phrasing words ("reduce", "per week") and
// numbers do not count, and a goal of one meaning word is never matched by words alone.
import { describe, expect, it } from 'vitest';
import { findGoalsInSummary } from '#plans';

const GOALS = [
  { id: 'g1', text: 'Sleep through the night' },
  { id: 'g2', text: 'Reduce panic attacks to fewer than one per week' },
  { id: 'g3', text: 'Return to work part time' },
  { id: 'g4', text: 'Improve communication with partner' },
  { id: 'g5', text: 'Decrease anxiety' },
];
const ids = (summary: string): string[] => findGoalsInSummary(summary, GOALS).map((g) => g.goalId);

describe('findGoalsInSummary', () => {
  it('finds a goal whose meaning words are all in one sentence, in any of their forms', () => {
    expect(ids('Sleeping through the night 4 of 7 nights now.')).toEqual(['g1']);
    expect(ids('pt reports panic attacks down to 2 this wk')).toEqual(['g2']);
    expect(ids('talked about returning to work, part time at first')).toEqual(['g3']);
    expect(ids('Partner communication better; fewer fights.')).toEqual(['g4']);
  });

  it('answers the sentence it found the words in', () => {
    const summary = 'Rough week. Panic attacks twice, both on the bus.';
    const [found] = findGoalsInSummary(summary, GOALS);
    expect(summary.slice(found!.start, found!.end).trim()).toBe('Panic attacks twice, both on the bus');
  });

  it('does not link on other words, on words split across sentences, or on one word', () => {
    expect(ids('pt slept 5 hours most nights.')).toEqual([]); // "slept" is not a form of "sleep" here: no guessing
    expect(ids('Panic on Monday. Two attacks since.')).toEqual([]);
    expect(ids('Anxiety about work.')).toEqual([]); // g5 has one meaning word; g3 needs "return" and "part" too
    expect(ids('Worked on assertive requests with her boss.')).toEqual([]);
  });
});
