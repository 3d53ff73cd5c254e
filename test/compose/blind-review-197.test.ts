import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { findSessionDate } from '../../src/compose/read/find-session-date.ts';
import { note, section } from './note-text.ts';

// Blind review 197 (a university counseling center; a perinatal loss and infertility practice), read on 2fec8c0.
// Tested on summaries written here, not the reviewers'.

describe('review 197', () => {
  it('"Rated urge at worst 8/10, today 3/10" is a rating, never a date of service', () => {
    expect(findSessionDate('Indiv 50 min, session 4. Urges to cut. Rated urge at worst 7/10, today 2/10.', { today: '2026-12-06' })).toBeUndefined();
    expect(findSessionDate('Indiv 50 min. Seen 3/10.', { today: '2026-12-06' })).toBeDefined();
  });

  it('on campus "RA remove the pills" is the resident assistant, "on-call RD" the resident director, "UPD" the university police', () => {
    const text = note('Same-day crisis 55 min. Pt agreed to have RA remove the pills and hand them to UPD. Called on-call RD (Tom Ruiz) from my office. RD + UPD did wellness check at 4:10.', 'soap');
    expect(text).toMatch(/resident assistant remove the pills/);
    expect(text).not.toMatch(/rheumatoid/);
    expect(text).toMatch(/resident director \(Tom Ruiz\)/);
    expect(text).not.toMatch(/dietitian/);
    expect(text).toMatch(/Resident director and university police \(UPD\) did wellness check/);
    expect(note('Pt\'s wife has RA and bad hands.', 'soap')).toMatch(/rheumatoid arthritis/);
  });

  it('"Pros: social, fun. Cons: ..." weighs a choice, never names professionals', () => {
    const text = note('BASICS session 1 of 2, 50 min. Pros: social, fun. Cons: missed 2 classes. Given 988.', 'sirp');
    expect(text).not.toMatch(/Professionals/);
  });

  it('"telehealth check-in with Sofia (15 min, phone)" is a phone session, and the story after the bracket is no heading', () => {
    const summary = 'Brief telehealth check-in with Ana (15 min, phone) 1 yr anniv of her loss was Sunday, tearful. Denies SI.';
    expect(readSummary(summary).session.modality).toBe('phone');
    expect(note(summary, 'simple')).not.toMatch(/Brief check-in with Ana 1 year/);
  });

  it('"Eval -" heads the evaluation, and "child/parent sess" leaves no "/parent" behind', () => {
    const summary = 'child/parent sess, 45 min. Leo (5) w/ dad Sam. Sam unsure what to tell him.\nEval - Leo engaged, Sam tearful, open to new language.';
    expect(section(summary, 'evaluation', 'pie')).toMatch(/Leo was engaged/);
    expect(note(summary, 'pie')).not.toMatch(/\/parent/);
  });

  it('"ROI for RE" and "referred by RE after ..." are the reproductive endocrinologist, never "regarding"', () => {
    const text = note('Intake 75 min. Referred by RE after 3 failed IVF cycles. Pt to sign ROI for RE. Anxious re: transfer.', 'dap');
    expect(text).toMatch(/referred by reproductive endocrinologist \(RE\) after/i);
    expect(text).toMatch(/ROI\) for reproductive endocrinologist \(RE\)\./);
    expect(text).toMatch(/anxious regarding transfer/i);
  });

  it('"indiv video 50m 3/18" is the length', () => {
    expect(readSummary('S: Mae K. 31 indiv video 50m 3/18. Transfer failed, tearful.').session.minutes).toBe(50);
  });
});
