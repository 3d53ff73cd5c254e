import { describe, expect, it } from 'vitest';
import { note, section } from './note-text.ts';

// Blind review 125 (a community counseling agency; older teens and young adults) and the rest of 124: whose words a
// translation is, work cut back, nothing asked, what a mother does not know, acts counted, a roommate's overdose, a call
// with the client absent, a discharge note's title, an agency's next step. Tested on summaries written for this file.

describe('review 125: risk read as told', () => {
  it('a quote\'s translation in brackets keeps its "I" as the speaker\'s, never the therapist', () => {
    const out = note('Pt said her ex told her "si me dejas te busco" (if you leave me I\'ll look for you). Pt denies SI.', 'dap');
    expect(out).not.toMatch(/the therapist will look for you/);
    expect(out).toMatch(/\("if you leave me I'll look for you"\)/);
  });

  it('"they\'re cutting her department" is work cut back, never self-harm', () => {
    const out = section('Telehealth from her car. Stressed, they are cutting her department in March. Sleep poor. Denies SI.', 'risk', 'dap');
    expect(out).not.toMatch(/current self-harm/);
  });

  it('"Nobody mentioned any SI and I didn\'t ask" is no status, never ideation endorsed', () => {
    const out = section('Couples session w/ Ana and Luis. Worked on repair after the fight. Nobody mentioned any SI and I didn\'t ask this time.', 'risk', 'dap');
    expect(out).not.toMatch(/endorsed suicidal ideation/);
  });

  it('"Mom not aware of any statements about hurting herself" is no self-harm documented', () => {
    const out = section('Collateral call w/ pt\'s mother. Mom worried. Mom not aware of any statements by pt about hurting herself. Will see pt tomorrow.', 'risk', 'simple');
    expect(out).not.toMatch(/current self-harm/);
  });

  it('"no prior attempts one episode of cutting in high school" is a history of self-harm, never denied', () => {
    const out = section('Walk-in. Active SI w/ plan. No prior attempts, one episode of cutting in high school.', 'risk', 'dap');
    expect(out).toMatch(/history of self-harm/);
  });
});

describe('review 125: who and what', () => {
  it('in a collateral call, "Sudden change over 3 days" is the caller\'s account, never the client\'s report', () => {
    const out = note('Collateral call w/ daughter re pt 84F. Per daughter: lives alone. Sudden change over 3 days, up all night. Pt not on hold.', 'dap');
    expect(out).not.toMatch(/Client reported Sudden/);
    expect(out).toMatch(/Client was not on hold/);
  });

  it('"CSU d/c note" is the note\'s title; "admitted after ..." is the client admitted; "pt and mom both have 988"', () => {
    const out = note('CSU d/c note\npt 24M, day 4 on CSU\nadmitted after SI w/ plan\ntoday denies SI\npt and mom both have 988', 'birp');
    expect(out).not.toMatch(/Client reported CSU/);
    expect(out).toMatch(/Client had been admitted after suicidal ideation/);
    expect(out).toMatch(/Client and mother both have/);
  });

  it('"we called the neighbor no wait PD will do the notification": the act taken back goes', () => {
    const out = note('um so MCT went out with two officers um pt said if the neighbor touches his car again he is going to quote put him in the ground end quote um officers transported him we called the neighbor no wait PD will do the notification to the neighbor', 'sirp');
    expect(out).not.toMatch(/called the neighbor/);
    // (Beside "officers", "PD" is the police, spelled out since review 225.)
    expect(out).toMatch(/(?:PD|[Pp]olice) will do the notification/);
    expect(out).toMatch(/if the neighbor touches his car again he is going to "put him in the ground"/);
  });

  it('"he agreed I\'ll call again tomorrow": the client agreed, and the call is the clinician\'s', () => {
    const out = note('um so follow up call for Devon he says last night was rough um I told him if the thoughts get stronger to go to the ED or call 988 he agreed I\'ll call again tomorrow at the same time', 'pie');
    expect(out).not.toMatch(/Client agreed the therapist will call/);
  });

  it('"he is going to the walk in clinic" keeps where he is going', () => {
    const out = note('Follow-up call. He is going to the walk in clinic today at 2 for the bridge appointment.', 'pie');
    expect(out).not.toMatch(/will the walk/);
  });

  it('"1st half of session pt alone" is part of this session, never session 1', () => {
    expect(section('16F w/ mom (1st half of session pt alone, mom joined last 20 min). Pt reports urges to cut 4/10, no acts.', 'session', 'dap')).not.toMatch(/Session 1\b/);
    expect(section('4th session w/ Ana. Mood better.', 'session', 'dap')).toMatch(/Session 4\./);
  });
});
