import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { section } from './note-text.ts';

// Blind review 64 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.

describe('review 64: another person\'s risk, told in the client\'s session', () => {
  it('a friend named in quotes who posts about wanting to die is the friend\'s risk; the client\'s denial stands', () => {
    const r = readSummary('Family session 50 min, pt (15M) + parents\nPt disclosed his friend "Jo" has been posting about wanting to die and texted pt last night saying "I won\'t be here much longer." Pt denies any SI himself, denies SH.').risk;
    expect(r.si).toBe('denied');
  });

  it('a note found "in his room" in a couples session is their son\'s, never a partner\'s endorsement', () => {
    const r = readSummary('couples session, Ana and Ben, mostly about their son Leo who is 15. Ana found a note in his room saying he wanted to die. they will call the pediatrician tomorrow.').risk;
    expect(r.si).not.toBe('passive');
  });

  it('a father\'s threat, the sheriff called and a PFA hearing are risk content', () => {
    const risk = section('Max (7) w/ mom, 50 min\nMom reported dad showed up drunk Sunday and said "somebody\'s gonna get hurt." She called the sheriff. PFA hearing on the 22nd. Practiced the safe spot plan with Max.', 'risk', 'girp');
    expect(risk).toMatch(/somebody's gonna get hurt/);
    expect(risk).toMatch(/protection from abuse \(PFA\)/);
  });

  it('"she filed for PO" after a threat is a protective order, never a probation officer', () => {
    expect(section('Child w/ mom 45 min\nDad texted mom "you\'ll regret it," she filed for PO. No disclosure from child.', 'problem', 'pirp')).toMatch(/filed for protective order/);
  });

  it('"Concerning pattern of opioid misuse w/ ETOH, overdose risk" is the clinician\'s judgment, never the client\'s report', () => {
    const n = composeNote({ summary: 'Individual 50 min\npt taking extra oxycodone with wine most nights. Concerning pattern of opioid misuse w/ ETOH, overdose risk. Gave naloxone info. Denies SI.', format: 'birp' }).sections.map((s) => s.text).join('\n');
    expect(n).not.toMatch(/Client reported concerning pattern/);
    expect(n).toMatch(/impression: concerning pattern/i);
  });
});
