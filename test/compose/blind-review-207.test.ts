import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 207 (a couples and family therapy practice; a general adult clinic at a community health center), read on
// 1aeec81, and review 206's open findings. Tested on summaries written here, not the reviewers'.

describe('review 207', () => {
  it('"Grandma says Sofia said \'I wish I was never born\'", Sofia the client, is the client\'s wish told by another, never another\'s risk', () => {
    const risk = readSummary('Sofia (9) w/ grandma (guardian). Grandma says Sofia said "I wish I was never born" after a fight last wk. Sofia denied SI when asked, "I was just mad."').risk;
    expect(risk.othersRisk).not.toBe(true);
    expect(risk.si).toBe('passive');
    expect(risk.siToldByOther).toBe(true);
  });

  it('"he was able to say uh I couldn\'t have known ..." is the client\'s words, the clinician\'s comment after them outside', () => {
    const text = note('um we did Socratic questioning on that and he was able to say uh I could not have stopped the crash which is a big shift for him', 'pirp');
    expect(text).toMatch(/"I could not have stopped the crash" which is a big shift/);
    expect(text).not.toMatch(/Therapist could not have stopped/);
  });

  it('car keys taken after a missed curfew are a consequence, never a safety measure', () => {
    expect(section('Teen session. Denies SI, SH, substance use. Stepdad took her car keys Friday after she came home at 12:40 (curfew 11).', 'risk')).not.toMatch(/Safety measures/);
  });

  it('"During sx H stated ..." is during the session; "improvement in sx" stays symptoms', () => {
    expect(note('Couples. During sx H stated he has been thinking about killing himself, no plan.')).toMatch(/During session/);
    expect(note('Some improvement in sx.')).toMatch(/improvement in symptoms/);
  });

  it('dictated "we did safety planning for about 40 minutes" in a crisis walk-in is one piece of the work, never the session\'s length', () => {
    expect(readSummary('so um this was a walk-in crisis session with Dev R he is 29 came in with his brother around 1:10 um he said he has been thinking about killing himself and we did safety planning for about 40 minutes brother agreed to stay with him tonight').session.minutes).toBeUndefined();
  });
});
