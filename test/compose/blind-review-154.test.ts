import { describe, expect, it } from 'vitest';
import { composeNote, findSessionDate, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 154 (a migrant and seasonal farmworker health center; an LGBTQ+ community counseling program), read on
// ca634e3. Tested on summaries written here, not the reviewers'.

describe('review 154', () => {
  it('a denial of hurting herself, with "no prior history" told only after it, is today\'s denial, never a history of self-harm', () => {
    const r = readSummary('um he denied any thoughts of hurting himself or his wife he says his son is his reason um no prior mental health history no meds');
    expect(r.risk.selfHarm).toBe('denied');
    expect(readSummary('Last session denied SI.').risk.si).not.toBe('denied');
  });

  it('a threat quoted in Spanish ("voy a matar al capataz") is a threat; "me voy a matar" and "me quiero morir" are the client\'s own ideation', () => {
    const threat = readSummary('Pt told the nurse "voy a matar al capataz" re unpaid wages. Denies SI.');
    expect(threat.risk.threat).toBe(true);
    expect(threat.risk.si).toBe('denied');
    expect(readSummary('Pt said "me voy a matar" after the raid.').risk.si).toBe('active');
    expect(readSummary('Pt said "a veces me quiero morir". Denies plan.').risk.si).toBe('passive');
  });

  it('"$300/mo to family" is per month; "H-2A" is the visa, never "2 am"', () => {
    const out = note('Pt sends $300/mo to family in Guerrero. H-2A worker, 3rd season.');
    expect(out).toMatch(/\$300 per month to family/);
    expect(out).toMatch(/H-2A/);
    expect(out).not.toMatch(/mother to family|2 am/);
  });

  it('a friend\'s post "like I won\'t be around much longer" is the friend\'s words, quoted, never the therapist', () => {
    const out = note('um client worried about his friend Dev who has been posting stuff on his story like I won\'t be around much longer and giving away his games um client denies SI');
    expect(out).toMatch(/"I won't be around much longer"/);
    expect(out).not.toMatch(/the therapist will not be around/);
  });

  it('the date of a party named in the session is never the date of service', () => {
    const summary = 'ok so this is for Ana and Bea couples session um session 3 so yeah today we did a soft startup exercise about the work party on December 12 and Ana said she is not ready';
    expect(findSessionDate(summary, { today: '2026-12-05' })).toBeUndefined();
    expect(findSessionDate('Couples session Dec 3, Ana and Bea. Worked on soft startup.', { today: '2026-12-05' })?.date).toBe('2026-12-03');
  });

  it('"6 mo on T", for a client named Toby, is testosterone, never the client\'s name', () => {
    const out = note('Toby (he/him) 22, f/u, 6 mo on T, voice dropping, mood better. No SI.');
    expect(out).toMatch(/6 months on testosterone/);
    expect(out).not.toMatch(/on Toby/);
  });

  it('"No SI, next appt 3 wks" puts the next appointment in the plan', () => {
    expect(section('Pt grieving, cried most of session. No SI, next appt 3 wks.', 'plan')).toMatch(/[Nn]ext appointment (?:in )?3 weeks/);
  });

  it('"agreeable to eval" is an evaluation; "will eval next wk" still evaluates', () => {
    const out = note('Pt agreeable to eval at the ED. Psych will eval next wk.');
    expect(out).toMatch(/agreeable to evaluation/);
    expect(out).toMatch(/will evaluate next week/);
  });

  it('"Seen 2:15-3:05", with no one named, gives the session\'s times; "no data for video" is no video session', () => {
    const seen = composeNote({ summary: 'Warm handoff from Dr. Ames. Seen 2:15-3:05.\nB: pt tearful.', format: 'birp' });
    expect(seen.sections.find((s) => s.key === 'session')?.text).toMatch(/2:15 pm to 3:05 pm, 50 minutes/);
    const phone = composeNote({ summary: 'Phone session 30 min, pt has no data for video. Reports worry about rent.', format: 'soap' });
    expect(phone.sections.find((s) => s.key === 'session')?.text).toMatch(/telephone/);
    expect(phone.sections.find((s) => s.key === 'session')?.text).not.toMatch(/\(video\)/);
  });
});
