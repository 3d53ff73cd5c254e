import { describe, expect, it } from 'vitest';
import { note } from './note-text.ts';

// Blind review 111 (issue 6): an adolescent DBT intensive outpatient program, and a telehealth-only
// practice. The abbreviations both settings use every session, tested on summaries written for this file.

describe('review 111: words of the setting', () => {
  it('in a telehealth note "EC" verified or tried is the emergency contact; "good EC" is eye contact', () => {
    const out = note('Video, pt in parked car outside work, loc verified (Columbus OH), EC on file confirmed. Good EC, affect anxious. I tried his EC (brother Andre), voicemail.', 'soap');
    expect(out).toMatch(/location verified \(Columbus OH\)[,;] emergency contact on file confirmed/);
    expect(out).toMatch(/[Gg]ood eye contact/);
    expect(out).toMatch(/tried his emergency contact \(brother Andre\)/);
    expect(note('Couples by video, 2 locations. Both locs and ECs verified.', 'birp')).toMatch(/locations and emergency contacts verified/);
  });

  it('in DBT "TIB" is therapy-interfering behavior and a rating "on the DC" is on the diary card', () => {
    const out = note('Indiv DBT. Goal: decrease TIB (missed 3 groups). Urges to self-harm rated 4 out of 5 on the DC. Denies SI.', 'girp');
    expect(out).toMatch(/therapy-interfering behavior \(missed 3 groups\)/);
    expect(out).toMatch(/on the diary card/);
    expect(out).not.toMatch(/time in bed|on the discharge/);
    expect(note('CBT-I. TIB 9 hrs, sleep window 12-6.', 'soap')).toMatch(/time in bed/i);
  });
});
