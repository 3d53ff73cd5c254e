import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 250 (a community mental health team for chronic pain and opioid tapering; a school-based health center),
// read on 8093366. Tested on summaries written here, not the reviewers'.

describe('review 250: denials the reader took for endorsements', () => {
  it('what a relative never heard the client say is no ideation, and it is the relative\'s word', () => {
    const r = readSummary('Miguel said he has never heard her talk about suicide.').risk;
    expect(r.si).toBe('denied');
    expect(r.deniedByOther).toContain('si');
    expect(['passive', 'active']).not.toContain(readSummary('Joint session with pt (Rosa) and son (Miguel). Miguel said he has never heard her talk about suicide.').risk.si);
  });

  it('"denied any statements by him about wanting to die" on a call with his wife is her denial, never passive ideation', () => {
    const r = readSummary("Collateral call with client's wife, Dana. Dana denied any statements by client about wanting to die.").risk;
    expect(r.si).toBe('denied');
    expect(r.deniedByOther).toContain('si');
    expect(['passive', 'active']).not.toContain(readSummary("Collateral call with client's wife, Dana. She denied any statements by him about wanting to die.").risk.si);
  });

  it('"denies plan, intent, or any self-harm behavior" denies self-harm too', () => {
    const r = readSummary('Endorses passive SI, wishes she could sleep and not wake up, denies plan, intent, or any self-harm behavior.').risk;
    expect(r.si).toBe('passive');
    expect(r.selfHarm).toBe('denied');
  });

  it('an act set after a comma with when it happened is done, never inside the denial before it', () => {
    expect(readSummary('Denies SI, cut 3x this week on her thigh.').risk.selfHarm).toBe('present');
    expect(readSummary('denies SI, HI, scratched her arm yesterday.').risk.selfHarm).toBe('present');
    expect(readSummary('Denies SI, HI, SH.').risk.selfHarm).toBe('denied');
  });

  it('a denial listed after what the last session found was said then, never today', () => {
    const summary = 'No show. Called home, no answer. Last session GAD-7 9, denied SI. Will try again tomorrow.';
    expect(readSummary(summary).risk.si).toBe('not_assessed');
    expect(section(summary, 'risk', 'birp')).toMatch(/denied suicidal ideation at the last session/);
  });
});

describe('review 250: who did what on calls and no-shows', () => {
  it('"pt NS for 3pm appt" did not attend; calling the client is the clinician\'s; a count of misses is no report', () => {
    const text = note('pt NS for 3pm appt. 2nd missed appt this month. called pt at 3:10, LVM. Will try again Fri.', 'pie');
    expect(text).toMatch(/Client did not attend the 3 pm appointment/);
    expect(text).toMatch(/Therapist called client at 3:10 and left voicemail/);
    expect(text).not.toMatch(/Client called client|reported no-show|reported second missed/i);
  });

  it('after the prescriber\'s question, the telling that answers it is the clinician\'s; what was agreed on the call is not the client\'s', () => {
    const summary = 'Spoke w/ Dr. Patel (psychiatry) by phone re: client\'s meds. Dr. P asked about sleep; shared that client reports 5-6 hrs/night. Agreed to talk again next month.';
    const text = note(summary, 'simple');
    expect(text).toMatch(/Therapist shared that client reports/);
    expect(text).not.toMatch(/Dr\. P shared/);
    expect(text).not.toMatch(/Client agreed to talk again/);
  });

  it('"client offered her support" to a peer is the client\'s own act; "pt offered IOP" was offered to the client', () => {
    const text = note('Pain group. Another member cried about her surgery; client offered her support. Pt offered IOP, declined.', 'girp');
    expect(text).toMatch(/Client offered her support/);
    expect(text).toMatch(/Client was offered intensive outpatient program/);
  });

  it('"Ss" in a school group are the students', () => {
    expect(note('Anxiety group, 5 students. Ss practiced box breathing. Denies SI.', 'girp')).toMatch(/Students practiced box breathing/);
  });
});

describe('review 250: what is feared, and what was seen', () => {
  it('"scared the pain will come back and she\'ll lose her job" stays the fear, never a plan that she will lose it', () => {
    const summary = "um she said she's scared the pain will come back worse and she'll lose her job at the warehouse she denied any suicidal thoughts plan is to keep meeting weekly";
    expect(section(summary, 'plan', 'dap')).not.toMatch(/lose her job/);
    expect(note(summary, 'dap')).toMatch(/scared the pain will come back worse and she will lose her job/);
  });

  it('"Oriented, thought process linear" after an unlabelled line: "O:" labels what was seen, and each finding is said as one', () => {
    const text = section('Pt reports a hard week.\nO: restless, cried once. Oriented, insight fair.\nDenies SI.', 'objective');
    expect(text).toMatch(/^Client presented as restless/);
    expect(text).toMatch(/Client was oriented; insight was fair/);
    expect(text).not.toMatch(/O:/);
  });

  it('"Not tearful, calm" is what was seen, never a report', () => {
    const text = section('Talked through the move. Not tearful, calm, good eye contact. Denies SI.', 'objective');
    expect(text).toMatch(/Client was not tearful and/);
  });

  it('"completed her GED last month" is the client\'s history, never work done in session', () => {
    const text = note('Intake f/u. Completed her GED last month, proud of it. Denies SI.', 'birp');
    expect(section('Intake f/u. Completed her GED last month, proud of it. Denies SI.', 'intervention', 'birp')).not.toMatch(/GED/);
    expect(text).toMatch(/Client completed her GED last month/);
  });
});
