import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 135 (a child and adolescent practice; a rural community mental health center), read on the submission,
// with the rest of 134: a father's wish to end it told by the mother, a new disclosure to the pediatrician, a brother's
// ligature, the teen seen alone, the pronouns a client goes by. Tested on summaries written for this file.

describe('review 135: whose risk and what it is', () => {
  it('a father\'s "maybe I should just go out to the shed and end it", told by the mother in a family session, is in the risk section as his', () => {
    const summary = 'Family session - Mom (Lisa), Dad (Ron), son Cody 15. Cody says the post was a joke. I saw him alone for 15 min - he denied SI now or in past. Mom worried about Dad - says Ron said last week "maybe I should just go out to the shed and end it." Ron denied current SI but was guarded. Guns in safe, Ron has the only key.';
    const risk = section(summary, 'risk', 'sirp');
    expect(risk).toMatch(/go out to the shed and end it/);
    expect(risk).toMatch(/Therapist saw Cody alone for 15 minutes/);
    expect(readSummary(summary).session.minutes).toBeUndefined();
  });

  it('a new disclosure to the pediatrician ("easier not to wake up") outranks the client\'s earlier denials in therapy', () => {
    const summary = 'Collateral - phone w/ Dr. Park (pediatrician) re Leo 15, ROI signed.\nShe asked him, he told her he sometimes thinks it\'d be easier not to wake up, no plan, no intent.\nI told her in my sessions he has denied SI.';
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('a brother who "tried to tie a jump rope around his neck", in a client\'s intake who goes by they/them, is the brother\'s act, in the risk section', () => {
    const summary = 'Intake today, Sam, 13, they/them, came with grandma. Sam told me brother Ty (7) has been saying "I want to kill myself" and he tried to tie a jump rope around his neck last week. Grandma will remove cords and keep him in sight tonight. Sam denies SI/HI, denies self-harm.';
    const r = readSummary(summary).risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
    expect(section(summary, 'risk', 'birp')).toMatch(/jump rope around his neck/);
  });
});

describe('review 135: words and who said them', () => {
  it('"later said to me privately she is afraid of him" is told, never a made-up quotation', () => {
    const out = note('Parents-only session. Dad raised voice. Mom got quiet, later said to me privately she is afraid of him, he pushed her once in 2019.', 'pie');
    expect(out).not.toMatch(/said "to me/);
    expect(out).toMatch(/said to the therapist privately she is afraid of him/);
  });

  it('"Sep was easier than last wk, only cried ~1 min" is the separation, and one minute is singular', () => {
    const out = note('Play therapy w/ Mia 5. Sep was easier than last wk, only cried ~1 min.', 'birp');
    expect(out).toMatch(/Separation was easier than last week/);
    expect(out).toMatch(/approximately 1 minute\b/);
  });
});

describe('review 134: the bedside visit', () => {
  it('"I met with her at bedside for about 20 min since she\'s still on 1:1 ..." is the visit and its length, never a heading cut short', () => {
    const summary = 'I met with her at bedside for about 20 min since she\'s still on 1:1 after the incident Tuesday. Today she told me she\'s had urges to cut "all morning" but hasn\'t acted on them.';
    expect(readSummary(summary).session.minutes).toBe(20);
    expect(note(summary, 'girp')).toMatch(/Therapist met with her at bedside for about 20 minutes since she is still on 1:1/);
  });
});

describe('review 135: guns taken away, and who confirmed it', () => {
  it('guns taken to the brother\'s place and confirmed there are access reported, then removed; "and client agreed" stays with what was agreed', () => {
    const summary = 'Walk-in crisis. Pt 40 M, SI w/ plan to use his rifle. Brother agreed to take all 3 guns to his place tonight and client agreed; I called brother at 1700 to confirm guns were in his truck. Safety plan done.';
    expect(readSummary(summary).risk.meansRemoved).toBe(true);
    const out = note(summary, 'pirp');
    expect(out).toMatch(/then removed or held by someone else/);
    expect(out).toMatch(/to his place tonight, and the client agreed/);
    expect(out).not.toMatch(/^Client agreed\.$/m);
  });

  it('"No guns in apt, confirmed w/ sister" is the therapist checking with the sister', () => {
    expect(note('Telehealth w/ Gene. States he thinks about being better off dead, no plan. No guns in apt, confirmed w/ sister.', 'dap')).toMatch(/which the therapist confirmed with the sister/);
  });
});

