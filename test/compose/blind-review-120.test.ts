import { describe, expect, it } from 'vitest';
import { note } from './note-text.ts';

// Blind review 120 (a solo private practice; a 988 crisis line and its follow-up team): access to means denied in so
// many words, an emergency department named by its hospital, and a call to the line said with its own article.
// Tested on summaries written for this file.

describe('review 120: crisis line follow-up', () => {
  it('"they don\'t have access to guns" is no access, never access reported', () => {
    const out = note('text contact w/ Sam they/them um said they want to die and have been thinking about it all week no plan and they don\'t have access to guns they live with their mom um safety plan done', 'pie');
    expect(out).not.toMatch(/(?<!no )access to guns was reported/);
    expect(out).toMatch(/no access to guns was reported|access to guns was denied/);
  });

  it('"seen at Mercy ED after a 988 call" is the emergency department, and the call keeps its article', () => {
    const out = note('24 hr f/u call w/ Dale after discharge (seen at St. Luke ED after a 988 call where he reported SI). He denies SI today. Has an intake next Tues.', 'pirp');
    expect(out).toMatch(/St\. Luke emergency department after a 988 call/);
    expect(out).not.toMatch(/eating disorder|a the 988/);
  });

  it('"an intake" in a summary is no eating topic for ED', () => {
    const out = note('Follow-up after an intake last week. Pt went to the Riverside ED on Sunday for chest pain. Denies SI.', 'soap');
    expect(out).not.toMatch(/eating disorder/);
  });
});
