import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note } from './note-text.ts';

// Blind review 236 (a mental health program for Deaf and hard-of-hearing people; infant and early childhood mental health home
// visiting), read on dc7eed9. Tested on summaries written here, not the reviewers'.

describe('review 236: a greeting, a screen, a history', () => {
  it('a dictated "say hi when he gets home" is a greeting, never homicidal ideation', () => {
    const summary = 'ok so family session with Deshawn who is 14 and his mom um mom wants dinner together and Deshawn wants them to learn to sign um dad just wants him to say hi when he gets home so we practiced it and he laughed um homework is dinner twice this week';
    expect(readSummary(summary).risk.hi).toBe('not_assessed');
    expect(note(summary, 'birp')).not.toMatch(/homicidal/);
  });

  it('"denied si or hi" dictated is still both', () => {
    expect(readSummary('so telehealth with Ana um she denied any si or hi when i asked um we worked on sleep').risk.hi).toBe('denied');
  });

  it('"M-CHAT-R score 9 (high risk)" is the screen\'s band, never the risk level', () => {
    expect(readSummary('Home visit, Leo 2y with mom. M-CHAT-R score 10 (high risk). Referral to EI.').risk.level).toBeUndefined();
  });

  it('a mother\'s postpartum ideation "at the time", treated, with no current thoughts, is no current ideation; "My plan:" is the clinician\'s', () => {
    const risk = readSummary('Home visit. Mom said she had a bad depression after the baby with SI at the time, got treatment, no current thoughts.\nMy plan: referral to Early Intervention, next visit 1 wk.').risk;
    expect(risk.si).not.toBe('active');
    expect(risk.plan).not.toBe(true);
  });
});

describe('review 236: letters and jots', () => {
  it('"cravings up after fight w/ bf" in a child welfare case is her boyfriend', () => {
    const topic = 'TH visit w/ Dani, baby on lap. CW case review next wk. Cravings up after fight w/ bf, did not use.';
    expect(expandShorthand('Cravings up after fight w/ bf, did not use.', { topic })).toMatch(/boyfriend/);
  });

  it('"CW caseworker" and "CW office" are child welfare; "called CW" is the caseworker', () => {
    expect(expandShorthand('notified CW caseworker (Ms. Reyes)')).toMatch(/child welfare caseworker/);
    expect(expandShorthand('session at CW office')).toMatch(/child welfare office/);
    expect(expandShorthand('called CW after session')).toMatch(/called caseworker/);
  });

  it('"Sleeping better" is how the client is sleeping, never a name', () => {
    expect(note('S: pt reports cravings 6/10. Sleeping better. Denies SI.', 'soap')).not.toMatch(/Client was better/);
  });
});

describe('review 236: absent, and an item scored', () => {
  it('"Dad not present, lives separately" reads "Father was not present"', () => {
    expect(note('INTAKE - family, home\n- Present: mom (Ana), Leo. Dad not present, lives separately\n- Mom reports biting at daycare x 2 mo', 'dap')).toMatch(/Father was not present/);
  });

  it('"item 10 she scored a 1" keeps the item with its score', () => {
    expect(readSummary('home visit um EPDS today was 16 up from 12 two weeks ago item 10 she scored a 1 said sometimes she thinks they would be better off without her but no plan').facts.some((f) => /item 10 she scored a 1/.test(f.text))).toBe(true);
  });
});
