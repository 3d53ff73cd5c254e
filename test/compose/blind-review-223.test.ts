import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note } from './note-text.ts';

// Blind review 223 (a group private practice for adults; a youth residential treatment center), read on fc70cb1.
// Tested on summaries written here, not the reviewers'.

describe('review 223: whose risk, and whether it was assessed', () => {
  it('"mom in the other room not in session" leaves the client present: his own ideation is no one else\'s report', () => {
    const summary = 'telehealth indiv with Eli 16 he is home sick so we did video 40 min mom in the other room not in session um so Eli said he has been thinking about killing himself every day but no plan';
    const doc = composeNote({ summary, format: 'simple' });
    expect(doc.risk.si).toBe('active');
    expect(doc.risk.clientAbsent).toBeFalsy();
    expect(note(summary, 'simple')).not.toMatch(/reported by another person/);
  });

  it('"I want it all to be over tonight", with "Plan: gun. Intent: yes", is active ideation with a plan', () => {
    const summary = 'Crisis call 11pm. Client reports drinking, has her father\'s handgun in the car. States "I want it all to be over tonight." Plan: gun. Intent: "yes." Roommate home.';
    const doc = composeNote({ summary, format: 'birp' });
    expect(doc.risk.si).toBe('active');
    expect(doc.risk.plan).toBe(true);
    expect(note(summary, 'birp')).toMatch(/Plan: gun\./);
    expect(note(summary, 'birp')).not.toMatch(/name no status for suicidal ideation/);
  });

  it('a marriage or a case "over" is no ideation', () => {
    expect(readSummary('Pt says she just wants it to be over, re the divorce.').risk.si).toBe('not_assessed');
  });

  it('a roommate\'s words, told by the client after a bracketed aside, stay the roommate\'s', () => {
    const summary = 'Group, girls unit. Note for: Tasha (15). At check-out Tasha told staff privately that her roommate (another resident) said last night she "has pills saved up" and "won\'t be here much longer". Tasha denies SI/SH herself, asked directly.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(note(summary, 'dap')).toMatch(/Tasha denied suicidal ideation and self-harm herself when asked directly/);
  });

  it('a broken edge taken to her wrist, stopped by staff, is self-harm done', () => {
    expect(readSummary('Per staff: Mia found in bathroom w/ a broken piece of a CD case, tried to take it to her wrist; staff intervened. Endorses SI w/ plan.').risk.selfHarm).toBe('present');
  });

  it('"nobody hurt him and he didn\'t hurt anybody" is no threat', () => {
    const risk = readSummary('AWOL return. Says nobody hurt him and he didn\'t hurt anybody, denies SI HI.').risk;
    expect(risk.threat).toBeFalsy();
    expect(risk.hi).toBe('denied');
  });

  it('"urged Samira ... gave her the 988 number, she said she would call" is Samira\'s word, never the client\'s', () => {
    const summary = 'Family session: client Nadia (28) with her mother Samira. Samira disclosed Nadia\'s brother posted he "won\'t be around much longer". Discussed warning signs, urged Samira to get him evaluated today - gave her the 988 number and the mobile crisis line, she said she would call mobile crisis after session.';
    const text = note(summary, 'simple');
    expect(text).toMatch(/Samira said she would call mobile crisis after session/);
    expect(text).not.toMatch(/Client said she would call mobile crisis/);
  });
});

describe('review 223: phrasing', () => {
  it('"denies SI, asked directly" is a denial when asked', () => {
    expect(note('Indiv 45 min. Pt denies SI/HI, asked directly.')).toMatch(/denied suicidal ideation and homicidal ideation when asked directly/);
  });
});
