import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';

// Blind review 59 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

describe('review 59: an after-hours call written as its events happened', () => {
  const call = [
    'after-hours phone call 9:15pm, 40 min',
    '- client M.K. (known to practice, MDD) called crisis line, tearful',
    '- spoke w/ sister (Ana) on phone, sister will come over tonight',
    '- assessed as moderate risk',
    '- called mobile crisis team, they arrived 9:50pm',
    '- per mobile crisis, transported to County General ED for eval',
  ].join('\n');

  it('"client M.K. (...) called" names the client by initials, never "Client reported M.K."', () => {
    const n = note(call, 'pie');
    expect(n).toMatch(/Client \(M\.K\., known to practice, major depressive disorder\) called/);
    expect(n).not.toMatch(/reported M\.K\./);
  });

  it('"per mobile crisis, transported ..." keeps its source ahead of what was done to the client', () => {
    const n = note(call, 'pie');
    expect(n).toMatch(/Per mobile crisis, client was transported to County General/);
    expect(n).not.toMatch(/reported per mobile crisis/i);
  });

  it('the crisis team called keeps its whole name; the call to the sister is the clinician\'s', () => {
    const n = note(call, 'pie');
    expect(n).toMatch(/Mobile crisis team was called/);
    expect(n).not.toMatch(/called team/);
    expect(n).toMatch(/Therapist spoke with sister \(Ana\) on phone/);
  });

  it('"assessed as moderate risk" says whom the clinician assessed', () => {
    expect(note(call, 'pie')).toMatch(/Therapist assessed client as moderate risk/);
  });

  it('a call the client made in their own week stays the client\'s', () => {
    const n = note('Individual 50 min\n- reports spoke to her sister on the phone last weekend for the first time in years, went ok\n- denies SI', 'dap');
    expect(n).not.toMatch(/Therapist spoke/);
  });
});
