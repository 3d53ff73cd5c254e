import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
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

// Blind review 93: a community mental health clinic (adults), and school-based and outpatient work
// with children and teens, read on the end-of-stop build.
describe('review 93', () => {
  it('a plan whose pills were not obtained never says "no access to pills"', () => {
    const r = readSummary("teen, active SI, plan = OD on mom's Ambien, has not obtained pills. intent 'maybe'.").risk;
    expect(r.plan).toBe(true);
    expect(r.means).not.toBe(false);
  });

  it('"I just want to be with my dad", after his death, is a passive wish', () => {
    expect(readSummary('grief, dad died in March. he said "sometimes I just want to be with my dad." denies plan or intent.').risk.si).toBe('passive');
    expect(readSummary('she wants to be with her mom this weekend.').risk.si).toBe('not_assessed');
  });

  it('under an observation label, the line\'s later acts are the client\'s', () => {
    const out = note('Client: Jay, 8, w/ mom\nObs: J up and down from chair throughout. Interrupted mom frequently.\nIntv: labeled praise coaching w/ mom.', 'dap');
    expect(out).toMatch(/Client interrupted mother frequently/);
    expect(out).not.toMatch(/Therapist interrupted/);
  });

  it('a PO named as a person is the probation officer, even in a domestic violence case', () => {
    const out = note('Court-ordered anger mgmt session 6 of 12, DV charge. denies SI/HI. PO (Mr. Graves) requested attendance letter - sent.', 'birp');
    expect(out).toMatch(/[Pp]robation officer \(Mr\. Graves\) requested attendance letter/);
    expect(out).not.toMatch(/protective order/);
  });
});

describe('review 93, dictation', () => {
  it('meeting the client alone starts a statement: what follows is the client, never the parent who spoke before', () => {
    const out = note('intake um Mia Cole twelve um mom came for the first part said Mia stays in her room grades dropped I met with Mia alone she was guarded at first eye contact poor then warmed up talked about her dog she denies SI um my impression is adjustment disorder plan weekly individual', 'soap');
    expect(out).not.toMatch(/Mother was guarded/);
    expect(out).toMatch(/Client was guarded|she was guarded/i);
  });
});
