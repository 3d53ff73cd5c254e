import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 247 (telehealth for fly-in fly-out mine and oil field workers; a court-ordered DUI treatment program), read on
// b741bf3. Tested on summaries written here, not the reviewers'.

describe("review 247: a group's topic in the members' own words", () => {
  it('"topic: how my arrest changed things" is quoted, never the therapist\'s arrest', () => {
    const text = section('DUI Group A - Thurs, 90 min, 8 of 10 attended\n- topic: how my arrest changed my family\n- most members engaged\n- next wk: triggers', 'intervention', 'dap') + section('DUI Group A - Thurs, 90 min, 8 of 10 attended\n- topic: how my arrest changed my family\n- most members engaged\n- next wk: triggers', 'data', 'dap');
    expect(text).not.toMatch(/the therapist's arrest/);
    expect(text).toMatch(/"how my arrest changed my family"/);
  });
});

describe('review 247: counted absences and court words', () => {
  it('"4th missed indiv session" is no session 4', () => {
    expect(section('No-show 4th missed indiv session (Eli Cruz), called x2, VM left. Compliance letter to PO today.', 'session', 'simple')).not.toMatch(/session 4\b/);
  });

  it('"PO violated him" is the probation officer, never a protective order', () => {
    const summary = 'Indiv. Angry, PO violated him for a positive UA last wk, facing 5 days jail. Denies SI/HI.';
    const text = section(summary, 'subjective', 'soap') + section(summary, 'objective', 'soap');
    expect(text).toMatch(/probation officer violated him/);
    expect(text).not.toMatch(/protective order/);
  });
});

describe('review 247: ways of dying said in other words', () => {
  it('"knows how to end it" with a rifle in the truck is ideation endorsed', () => {
    const risk = readSummary('CRISIS - phone, 10pm. Relapsed tonight after 5 mo, wife left. States he has his rifle in the truck and "knows how to end it." Plan to drive to the quarry tonight.').risk;
    expect(risk.si).toBe('active');
  });

  it('"thinking of driving into the road trains on the highway" is a way of dying', () => {
    expect(readSummary('Crisis call 2200. Sitting in his ute outside camp, said he was thinking of driving into the road trains on the highway. Had 5 beers. No prior attempts.').risk.si).toBe('active');
  });
});

describe('review 247: a crewmate\'s ideation', () => {
  it('is his, and the client\'s denial stands without "words quoted above"', () => {
    const risk = readSummary('Video from his camp room. His mate Jake on the same crew told him last night he\'s "thought about walking into the pit" and gave away his tools. I asked about his own safety, he said he\'s not suicidal. Plan to walk Jake to the medic tonight.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.siWordsQuoted).not.toBe(true);
  });
});
