import { describe, expect, it } from 'vitest';
import { note } from './note-text.ts';

// Blind review 92 (issue 6): a general outpatient group practice, and a child and adolescent clinic,
// read again on the R88-R91 build. Each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file.

describe('review 92', () => {
  it('telehealth held over the phone because the video failed is a telephone session', () => {
    const out = note('I saw Ana for session 4, telehealth over phone because her video wasn\'t working. panic down. No safety concerns.', 'girp');
    expect(out.split('\n')[0]).toMatch(/telehealth \(telephone\)/);
    expect(out.split('\n')[0]).not.toMatch(/\bover because\b/);
  });

  it('offering to do something is the person\'s own act, never something offered to them', () => {
    const out = note('Family session, Kevin 15 w/ dad. dad offered to call Tyler\'s mom tonight. parents offered referral, declined.', 'dap');
    expect(out).toMatch(/Father offered to call Tyler's mother tonight/);
    expect(out).toMatch(/Parents were offered referral/);
  });

  it('a name joined to a pronoun is one subject: the protective plan stays whole', () => {
    expect(note('Lily 7 w/ mom. Lily disclosed stepdad locks her in closet. CPS report made. Mom tearful, agreed Lily and she will stay at grandmother\'s tonight.', 'pirp')).toMatch(/agreed Lily and she will stay at grandmother's tonight/);
  });
});
