import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';

// Blind review 155 (a chronic pain and insomnia clinic; an OCD and anxiety practice), read on 1c404c4. Tested on summaries
// written here, not the reviewers'.

describe('review 155', () => {
  it('"Risk of self-harm: elevated ... but no acts" is the clinician\'s rating, never current self-harm', () => {
    const r = readSummary('Pt reports urges to cut x2 this wk, did not act, used ice. Hx NSSI in high school. A: risk of self-harm elevated vs baseline, no acts.');
    expect(r.risk.selfHarm).not.toBe('present');
    expect(r.risk.selfHarmUrges).toBe(true);
  });

  it('a partner who helps "so she won\'t hurt herself" lifting things is keeping her from injury, never self-harm', () => {
    const summary = 'Couples sess - Amy R (pt, back pain, on leave) and husband Mark\n- Mark says he "does it all" now\n- Amy tearful, says she feels guilty but that Mark takes over before she can try\n- reviewed solicitous vs punishing responses to pain behavior, Mark recognized he jumps in "so she won\'t hurt herself"';
    expect(readSummary(summary).risk.selfHarm).toBe('not_assessed');
    expect(readSummary('Pt cut herself last night.').risk.selfHarm).toBe('present');
  });

  it('"if it gets worse go to the ED ... I would say risk moderate" keeps the clinician\'s own rating', () => {
    const r = readSummary('um she has thoughts of killing herself most days no plan she agreed to go to the ED if it gets worse I would say risk moderate');
    expect(r.risk.level).toBe('moderate');
    expect(readSummary('Pt denies SI. Seen in the ED last wk, ED rated risk low.').risk.level).toBeUndefined();
  });
});
