import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 55 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, key: string, format = 'soap'): string => composeNote({ summary, format }).sections.find((s) => s.key === key)?.text ?? '';
const risk = (summary: string) => readSummary(summary).risk;

describe('review 55: a postpartum client\'s risk', () => {
  const summary = 'Telehealth (video), 6 wks postpartum. Endorses passive SI - "sometimes I think they\'d be better off if I wasn\'t here" - denies intent or plan. Also reports intrusive thoughts of dropping the baby, very distressed by them. Denies any urges or intent to harm baby. Reviewed safety plan.';

  it('"denies any urges or intent to harm baby" denies the intent: passive ideation stays passive', () => {
    const r = risk(summary);
    expect(r.si).toBe('passive');
    expect(r.intent).toBe(false);
    expect(section(summary, 'risk', 'pirp')).not.toMatch(/endorsed active|intent was reported/);
  });

  it('intrusive thoughts of harm to the infant, and their denial, are in the risk section', () => {
    const r = section(summary, 'risk', 'pirp');
    expect(r).toMatch(/intrusive thoughts of dropping the baby/);
    expect(r).toMatch(/denied any urges or intent to harm baby/);
  });
});

describe('review 55: a disclosure and a mandated report', () => {
  const summary = 'Session with Mia (7) and her mom Jessica. Play therapy with Mia alone first. Brought mom in at the end. I told Jessica I am a mandated reporter and would be calling CPS today; she was angry at first but then said she would take Mia to her sister\'s tonight. Called the state hotline at 4:40pm, spoke with intake worker L. Ortiz, report accepted.';

  it('bringing the parent in and speaking with the intake worker are the clinician\'s', () => {
    const n = note(summary, 'birp');
    expect(n).toMatch(/Therapist brought mother in at the end/);
    expect(n).toMatch(/Therapist spoke with intake worker/);
    expect(n).not.toMatch(/Client (?:brought|spoke)/);
  });

  it('"she" right after the clinician spoke to Jessica is not the child', () => {
    expect(note(summary, 'birp')).not.toMatch(/Client was angry/);
  });
});

describe('review 55: a crisis walk-in sent to the emergency department', () => {
  const summary = 'crisis - walk in, outpt clinic 2:15pm\nSI w/ plan to OD on saved up trazodone, ~60 pills. intent "maybe tonight." no prior attempts\n+ETOH today, smelled of alcohol, admits 4 beers\nsecurity escort + walked him to ED w/ charge RN at 3:05, handoff to ED SW Kim';

  it('intent "maybe tonight" is intent, said in the risk section and its status', () => {
    expect(risk(summary).intent).toBe(true);
    const r = section(summary, 'risk', 'pie');
    expect(r).toMatch(/Intent "maybe tonight\."/);
    expect(r).toMatch(/intent was reported/);
    expect(risk('SI passive. intent "I dont know"').intent).toBeUndefined();
  });

  it('alcohol today is risk content, read as positive', () => {
    const r = section(summary, 'risk', 'pie');
    expect(r).toMatch(/positive for alcohol today, smelled of alcohol/);
  });

  it('walking the client to the emergency department is never the client\'s report', () => {
    const n = note(summary, 'pie');
    expect(n).not.toMatch(/Client reported security escort/);
    expect(section(summary, 'intervention', 'pie')).toMatch(/walked him to (?:the )?emergency department/);
  });

  it('"crisis - walk in" keeps its walk-in', () => {
    expect(section(summary, 'session', 'pie')).toMatch(/^Crisis psychotherapy(?:, started 2:15 pm)?\. Walk-in;/);
  });
});

describe('review 55: the clinician\'s rating, the program day, and the client\'s stance', () => {
  it('"Risk elevated from baseline but not imminent in my judgment" is the clinician\'s level, in the risk section', () => {
    const summary = 'indiv 53 min\nActive SI without plan, denies intent. Risk elevated from baseline but not imminent in my judgment.';
    expect(risk(summary).level).toBe('elevated');
    expect(note(summary, 'girp')).not.toMatch(/Client reported risk/i);
    expect(section(summary, 'risk', 'girp')).not.toMatch(/Add your risk level/);
    expect(risk('Passive SI. At elevated risk for relapse.').level).toBeUndefined();
  });

  it('"PHP Admission - Day 1" is the heading, never "Client: Day, 1"', () => {
    const line = section('PHP Admission - Day 1\nS: 34 y/o F, stepped down from inpatient. Denies plan or intent.', 'session');
    expect(line).not.toMatch(/Client: Day/);
    expect(line).toMatch(/partial hospitalization program/i);
  });

  it('"pt aware and in agreement" and "Incomplete session, closed w/ container" are said as such', () => {
    const n = note('EMDR 50 min\nIncomplete session, closed w/ container + calm place. VoC 3.\nPt aware and in agreement.', 'dap');
    expect(n).toMatch(/Client was aware and in agreement\./);
    expect(n).not.toMatch(/Client reported (?:aware|incomplete)/i);
    expect(n).toMatch(/validity of cognition/i);
  });
});

describe('review 55: a plan jotted with a dash', () => {
  it('"plan - add TIPP to safety plan ..." is the plan', () => {
    const summary = 'DBT grp 60 min\n- pt quiet at first then engaged\n- plan - add TIPP to safety plan, review w/ primary therapist in 1:1 this pm\n- denies SI';
    expect(section(summary, 'plan', 'dap')).toMatch(/^Add TIPP/);
    expect(section(summary, 'data', 'dap')).not.toMatch(/TIPP/);
  });
});

describe('review 55: both partners are clients', () => {
  it('"She said ..." in a couples session is never "Client said"', () => {
    const summary = 'Couples session #4, 60 min. Dana did most of the talking today. She said "I don\'t know if I want to fix this." Marcus was tearful. Both deny SI/HI.';
    expect(note(summary)).toMatch(/She said "I don't know if I want to fix this\."/);
    expect(note(summary)).not.toMatch(/Client said/);
  });
});
