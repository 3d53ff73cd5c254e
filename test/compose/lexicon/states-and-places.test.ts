// Every state, place and program in lexicon/states-and-places.ts, jotted after the subject with
// no verb, is written as what the client was or where they are in treatment, never as a report.
import { describe, expect, it } from 'vitest';
import { composeNote } from '../../../src/compose/index.ts';
import { PLACES_AFTER_SUBJECT, PROGRAMS, STATES_AFTER_SUBJECT } from '../../../src/compose/lexicon/states-and-places.ts';

/** The sentence written from the summary's second sentence (the first is the session heading). */
function written(jotted: string): string {
  const doc = composeNote({ summary: `Individual session 50 min. ${jotted}`, format: 'simple' });
  return doc.sections.find((s) => s.key === 'summary')?.sentences[0]?.text ?? '';
}

describe('states and places after the subject', () => {
  it.each(STATES_AFTER_SUBJECT.map((state) => [state]))('"Pt %s this week." -> "Client was ..."', (state) => {
    const text = written(`Pt ${state} this week.`);
    expect(text).toMatch(/^Client was \w/);
    expect(text).not.toMatch(/reported/);
  });

  it.each(PLACES_AFTER_SUBJECT.map((place) => [place]))('"Pt at %s during the session." -> "Client was at ..."', (place) => {
    expect(written(`Pt at ${place} during the session.`)).toBe(`Client was at ${place} during the session.`);
  });

  it.each(PROGRAMS.map((program) => [program]))('"%s day 4." is where the client is in treatment, not a report', (program) => {
    expect(written(`${program} day 4.`).toLowerCase()).toBe(`${program} day 4.`);
  });
});
