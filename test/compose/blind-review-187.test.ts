import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 187 (a problem gambling treatment program; a gender-affirming mental health practice), read on 88de276.
// Tested on summaries written here, not the reviewers'.

describe('review 187', () => {
  it('"Last actual SH was Oct" is a history of self-harm, never current self-harm', () => {
    const risk = readSummary('Session 50 min. Reports urges to cut Saturday, did not cut, used ice instead. Last actual SH was Nov (3+ months ago).').risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(risk.selfHarmUrges).toBe(true);
  });

  it('"No SI per Jo, no SI per mom": the client\'s own denial stands beside the parent\'s', () => {
    const risk = readSummary('Session 50 min with Jo (15) and mom. No SI per Jo, no SI per mom.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.deniedByOther).toBeUndefined();
    expect(readSummary('Session 50 min. No SI per mom.').risk.deniedByOther).toEqual(['si']);
  });

  it('"gambling via video game skins" is no video visit', () => {
    expect(readSummary('Teen seen with mother, 50 min. A: gambling via video game skins and loot boxes. Plays video games nightly.').session.modality).toBeUndefined();
    expect(readSummary('Session via video, 50 min. Pt at home.').session.modality).toBe('video');
  });

  it('"-drinking ↑, 4-5 beers/night" under the problem is what happened, never a plan to drink more', () => {
    const summary = 'HRT f/u + therapy, 50 min.\nP:\n-drinking ↑, 4-5 beers/night most nights x 1 mo (was 1-2)\n-pt aware';
    expect(section(summary, 'plan', 'pirp')).not.toMatch(/drinking/);
    expect(section(summary, 'problem', 'pirp')).toMatch(/increase in drinking/);
  });

  it('where gambling is the matter too, bare "urges" are never restated as self-harm', () => {
    const summary = 'telehealth 50 min. goal is reducing online poker. she says um the urges are strongest after she puts the kids to bed so we talked about that. she did bring up that she had urges to cut again on Sunday after a fight with her ex.';
    const text = section(summary, 'risk', 'girp');
    expect(text).not.toMatch(/urges are strongest/);
    expect(text).toMatch(/urges to cut/);
  });

  it('in a group, "check in - 5 of 7 reported no gambling" is the members\' count, never the client\'s abstinence', () => {
    const text = note('Relapse prevention group, 7 members, 90 min. Went around w/ check in - 5 of 7 reported no gambling this wk.', 'girp');
    expect(text).not.toMatch(/Client reported no gambling/);
    expect(text).toMatch(/5 of 7 reported no gambling/);
    expect(text).toMatch(/Members went around/);
  });

  it('"Together 5 yrs, married 2" is how long the couple has been together, never the therapist and the couple', () => {
    const text = note('Couples session 50 min, Kai and Sam. Together 5 yrs, married 2. Discussed chores.', 'dap');
    expect(text).toMatch(/The couple has been together 5 years, married 2/);
    expect(text).not.toMatch(/Therapist and the couple 5/);
  });
});
