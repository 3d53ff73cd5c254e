import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 224 (a community mental health center, adult outpatient and crisis), read on 9b9a6fb.
// Tested on summaries written here, not the reviewer's.

describe('review 224: what the letters and the labels mean', () => {
  it('"SA" with a perpetrator in its sentence is a sexual assault, though an overdose is told after it', () => {
    const summary = 'PE session 4 with Dana. Hx of SA at 22, no contact with the perpetrator since. Hx of one OD at 25, denies SI today.';
    const text = note(summary, 'soap');
    expect(text).toMatch(/sexual assault at 22/);
    expect(text).not.toMatch(/suicide attempt at 22/);
  });

  it('"SA at 19" with no perpetrator named keeps its reading as a suicide attempt', () => {
    expect(expandShorthand('Hx of SA at 19, none since. Denies SI.', { topic: 'Hx of SA at 19, none since. Denies SI.' })).toMatch(/suicide attempt at 19/);
  });

  it('"session 6 of CPT" after a comma leaves the course, never "of" alone', () => {
    const session = composeNote({ summary: 'Saw Marco for trauma work, session 6 of CPT. He completed the impact statement.', format: 'soap' }).sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).not.toMatch(/;\s*of\b/);
    expect(session).toMatch(/cognitive processing therapy/i);
  });

  it('"Client not at risk himself" under the assessment is the clinician\'s judgement, never a report', () => {
    const summary = 'S: Client worried about his sister, who texted that she "can\'t do this anymore." Client denies SI.\nA: Adjustment with anxious mood. Client not at risk himself.\nP: f/u next week.';
    const text = note(summary, 'soap');
    expect(text).not.toMatch(/Client reported not at risk/);
    expect(text).toMatch(/In the therapist's judgement, client is not at risk himself/);
  });

  it('a step taken in the session, jotted under "P:", is the intervention', () => {
    const summary = 'P: Called mobile crisis with client during session for her roommate; will check in Friday.';
    expect(section(summary, 'intervention', 'pie')).toMatch(/mobile crisis/);
    expect(section(summary, 'evaluation', 'pie')).not.toMatch(/mobile crisis/);
  });
});

describe('review 224: how the client was, and what was disclosed', () => {
  it('"Calmer by end of session" is how the client was, never what he reported', () => {
    const summary = 'Client upset re eviction notice, tearful. Practiced paced breathing. More settled by the end of session.';
    const text = note(summary, 'birp');
    expect(text).not.toMatch(/reported (?:feeling )?more settled/);
    expect(section(summary, 'response', 'birp')).toMatch(/Client was more settled by the end of session/);
  });

  it('"if dad kicks me out" is no harm done, so no disclosure of abuse is said', () => {
    const summary = 'Sam 17. Worried: "if dad kicks me out I have nowhere to go." Urges to cut 6/10, none acted on. Updated safety plan.';
    expect(readSummary(summary).risk.abuseOrHarm).toBeUndefined();
    expect(note(summary, 'dap')).not.toMatch(/A disclosure of abuse or harm/);
  });

  it('a relative\'s hitting told by the client is still a disclosure of harm', () => {
    expect(readSummary('Client said her husband hit her last night; gave DV hotline, safety plan made.').risk.abuseOrHarm).toBe('reported');
  });

  it('suicidal words in the client\'s own voice after the work are what he disclosed, never his response', () => {
    const summary = 'Did chain analysis of Sunday urge. He said "I might as well end it if I fail the semester," then said he would not act on it.';
    expect(section(summary, 'response', 'birp')).not.toMatch(/end it/);
    expect(section(summary, 'behavior', 'birp')).toMatch(/end it/);
  });

  it('"Jake 19 - ..." opening the summary is the heading: the client named, then the story', () => {
    const summary = "Jo 19 - SH urges high this wk (7/10) none acted on, blades kept at her sister's. Practiced TIPP.";
    const doc = composeNote({ summary, format: 'dap' });
    expect(doc.sections.find((s) => s.key === 'session')?.text).toMatch(/Jo, 19/);
    expect(doc.sections.find((s) => s.key === 'data')?.text).not.toMatch(/Jo 19:/);
  });

  it('"will reassess next session, updated safety plan" is a plan and a step taken, each in its place', () => {
    const summary = 'Discussed urges this week. Plan: will reassess next session, updated safety plan with her.';
    expect(section(summary, 'plan', 'birp')).not.toMatch(/updated safety plan/);
    expect(section(summary, 'intervention', 'birp')).toMatch(/safety plan/);
  });
});

describe('review 224: dictated and jotted run-ons', () => {
  it('a denial jotted straight after the client\'s quoted words is a statement of its own', () => {
    const text = note('passive SI "I just want to sleep and not wake up" denies plan or intent. Reviewed safety plan.', 'soap');
    expect(text).toMatch(/"I just want to sleep and not wake up"\.\s/);
  });

  it('"I did the PHQ-9 she scored 14" is a screen the clinician gave and the client\'s score', () => {
    const summary = 'so um she was tearful today talked about her mom in hospice a lot I did the PHQ-9 she scored 14 we talked about respite care and she agreed to call hospice about it this week';
    const text = note(summary, 'dap');
    expect(text).toMatch(/Therapist administered the PHQ-9\./);
    expect(text).not.toMatch(/PHQ-9 she scored/);
  });

  it('"last month he\'s had ..." ends the statement before at the past time, and keeps the present perfect', () => {
    const summary = 'so um this was an intake for Dev he is 35 referred by his employer um his sister moved out last month he\'s had trouble sleeping since then he drinks about three beers a night he denied any thoughts of suicide';
    const text = note(summary, 'dap');
    expect(text).toMatch(/moved out last month\. Client has had trouble sleeping/);
    expect(text).not.toMatch(/had had/);
  });

  it('"pt 41M f/u GAD" is a follow-up of the diagnosis', () => {
    expect(note('pt 41M f/u GAD. reports worry 6/10.', 'soap')).toMatch(/41-year-old male seen for follow-up of generalized anxiety disorder/);
  });

  it('a session with one titled person names the client, never "Participants"', () => {
    const session = composeNote({ summary: 'Video session w/ Mr. Adeyemi. Sleep better, using the wind-down routine.', format: 'soap' }).sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).toMatch(/Client: Mr\. Adeyemi/);
  });

  it('a list of findings opened by their domain is written as findings, never "presented with speech tangential"', () => {
    expect(note('Went to day program twice. Hygiene improved. Speech tangential at times, redirectable. Reviewed meds.', 'soap')).not.toMatch(/presented with speech/);
  });
});
