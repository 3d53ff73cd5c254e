import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 115 (issue 6): an employee assistance program (debriefs, fitness for duty, manager consults) and an
// LGBTQ+ youth clinic (dictated crises, threats at school, parents-only sessions). Whose risk it is and what the
// screen found, tested on summaries written for this file.

const riskStatus = (out: string): string => /Risk status as documented[^:\n]*: [^\n]*/.exec(out)?.[0] ?? '';

describe('review 115: employee assistance program', () => {
  it('a group screened for SI/HI that all denied is a denial, never ideation endorsed', () => {
    const out = note('Critical incident debrief after a fall at the plant, 8 attendees. Normalized stress reactions. Screened group verbally for SI/HI at close - all present denied.', 'soap');
    expect(riskStatus(out)).not.toMatch(/endorsed/);
    expect(riskStatus(out)).toMatch(/denied suicidal ideation/);
  });

  it('a gun pointed at the client in a robbery is no access to means; "no access to firearms" is the answer', () => {
    const out = note('Phone f/u w/ teller after the robbery, a man had a gun pointed at her. Thoughts of killing herself this week, no plan, no intent. No access to firearms, lives with her mom.', 'birp');
    expect(out).not.toMatch(/access to (?:a )?gun was reported/);
    // (Review 160: the client's own sentence says it, so the status lines do not say it again.)
    expect(out).toMatch(/no access to firearms was reported|access to firearms was denied|Client reported no access to firearms/);
  });

  it('"has NOT cut, last self-harm 2019" outranks the supervisor\'s quoted "cutting again"', () => {
    const out = note('FFD eval. Referred after she told her supervisor she had been "cutting again." Pt reports urges to cut this month. States she has NOT cut - last self-harm 2019. Denies SI.', 'sirp');
    expect(riskStatus(out)).not.toMatch(/current self-harm is documented/);
  });

  it('a husband\'s "better off without him" told by his wife is his, not hers', () => {
    const out = note('Intake call. She is worried because her husband Tom said last night everyone would be better off without him. He has rifles at home. She denied any thoughts of hurting herself.', 'pie');
    expect(riskStatus(out)).not.toMatch(/endorsed/);
    expect(out).toMatch(/Another person's suicidal thoughts/);
  });

  it('the duty-to-warn finding is the clinician\'s, never the client\'s report', () => {
    expect(note('Pt angry at coworker, said he wanted to "teach him a lesson", denies plan or intent. Consulted supervisor. Duty to warn threshold not met per consult.', 'birp')).not.toMatch(/Client reported [Dd]uty to warn/);
  });
});

describe('review 115: LGBTQ+ youth clinic', () => {
  it('a dictated crisis keeps the client as "he" after a father\'s words, and "taking all his lamotrigine" is an overdose thought', () => {
    const summary = 'um so this is a crisis walk-in for Sam Reyes he him nineteen he was kicked out by his dad last night and dad said get out and don\'t come back so he slept in his car um he was tearful said he\'s been thinking about taking all his lamotrigine he has the bottle in the car';
    const out = note(summary, 'pirp');
    expect(out).not.toMatch(/Father slept|Father was tearful|Father said he has been thinking/);
    expect(riskStatus(out)).toMatch(/endorsed active suicidal ideation/);
  });

  it('a denial that excepts one person ("anyone besides Connor") is no denial of homicidal ideation; "make him bleed" is a threat', () => {
    const out = note('Pt angry at a classmate, Connor, said "I\'m gonna bring my brother\'s knife and make him bleed." Denied SI, denied thoughts of hurting anyone besides Connor. Consulted supervisor.', 'dap');
    expect(riskStatus(out)).not.toMatch(/denied homicidal ideation/);
  });

  it('"Last SI maybe two years ago" with current SI denied is a history, never ideation endorsed', () => {
    const out = note('Intake, 19, she/her. Denies current SI, HI. Last SI "maybe two years ago". C-SSRS screen neg.', 'soap');
    expect(riskStatus(out)).not.toMatch(/endorsed/);
  });

  it('a parents-only session is 90846, and what a parent did is never the client\'s', () => {
    const record = composeNote({ summary: 'Parent session - Jo\'s parents (Amy + Dan), Jo not present. 50 min.\n- Amy still using old name, cried during session', format: 'dap' });
    expect(record.cpt?.code).toBe('90846');
    expect(record.sections.map((s) => s.text).join('\n')).not.toMatch(/Client cried/);
  });
});

describe('review 115: services that are no psychotherapy', () => {
  it('a fitness-for-duty evaluation, an asylum evaluation and a manager consult suggest no psychotherapy code', () => {
    for (const summary of ['FFD eval, session 2 of 2 (in person, 90 min). Pt reports urges, no acts. Denies SI.', 'Asylum evaluation, session 1. 2 hrs. Pt described detention.', 'Mgmt consult, phone, 25 min. Manager worried about an employee. Advised on referral.']) {
      expect(composeNote({ summary, format: 'simple' }).cpt, summary).toBeUndefined();
    }
    expect(composeNote({ summary: 'Individual session, 50 min. Pt reports better sleep. Processed work stress.', format: 'simple' }).cpt?.code).toBe('90834');
  });
});
