import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 106 (issue 6): a university counseling center, and a geriatric practice (community,
// assisted living, skilled nursing). Each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file.

describe('review 106: risk', () => {
  it('"planning to take her roommate\'s adderall and her own sertraline tonight" is active ideation with a plan', () => {
    const risk = readSummary('Walk-in. She said she has been planning to take her roommate\'s adderall and her own sertraline tonight, "I counted them, it\'s enough". Denies HI.').risk;
    expect(risk.si).toBe('active');
    expect(risk.plan).toBe(true);
  });

  it('"I\'ve been saving up my night pills, I got enough now to do it" is active ideation', () => {
    expect(readSummary('Bedside visit. He said "I\'ve been saving up my night pills, I got enough now to do it" and pointed to the drawer.').risk.si).toBe('active');
  });

  it('a hospice patient who "wants to die at home" has not endorsed suicidal ideation', () => {
    const summary = 'Hospice pt at home, legacy work. Wants to die at home. Denies SI, says "I don\'t need to hurry it along."';
    expect(readSummary(summary).risk.si).toBe('denied');
    expect(section(summary, 'risk', 'dap')).not.toMatch(/endorsed passive suicidal ideation/);
  });

  it('"overdose in 1987. No attempts since." is never "no prior suicide attempt"', () => {
    const summary = 'Psych hx: hospitalized 1 wk after overdose in 1987. No attempts since. No current SI, denies HI.';
    expect(readSummary(summary).risk.attemptHistory).not.toBe(false);
    expect(section(summary, 'risk')).not.toMatch(/No prior suicide attempt/);
    expect(readSummary('No attempts. Denies SI.').risk.attemptHistory).toBe(false);
  });
});

describe('review 106: who did it', () => {
  const bedside = 'um so this was a bedside session with Mr Eugene Batiste he\'s 84 um he was in bed nursing said he\'s been refusing PT the last three days so um he told me he\'s just tired of it all he pointed to the drawer so I um asked about intent and he said he\'d do it tonight so I stayed with him and notified the charge nurse um and we put him on one to one sitter I called his daughter Lorraine and left a message um his affect was flat um plan is psych eval today';

  it('"we put him on one to one sitter" is the clinician with the care team, never "therapist and client"', () => {
    const out = note(bedside, 'birp');
    expect(out).not.toMatch(/Therapist and client put him/);
    expect(out).toMatch(/put him on one to one sitter/);
  });

  it('a pause after "so I" stays inside the statement; "his affect was flat" after a pause is the affect seen', () => {
    const out = note(bedside, 'birp');
    expect(out).toMatch(/so the therapist asked about intent/);
    expect(out).not.toMatch(/so the therapist\./);
    expect(out).toMatch(/flat affect/);
    expect(out).not.toMatch(/left a message his affect/);
  });

  it('"nursing said" after a pause-free run-on is the nurses\' report, and "he\'s just tired" is "is"', () => {
    const out = note(bedside, 'birp');
    expect(out).toMatch(/Nursing said he has been refusing physical therapy/);
    expect(out).toMatch(/is just tired of it all|was just tired of it all/);
    expect(out).not.toMatch(/has just tired/);
  });

  it('"Unit mgr moved Mrs. Chen" and "Let hospice RN Dana know" are never the client\'s report', () => {
    const out = note('Crisis visit, SNF. Pt agitated. Unit mgr moved Mrs. Chen to another room temporarily. Let hospice RN Dana know about the urges.', 'pie');
    expect(out).not.toMatch(/Client reported (?:Unit manager|let)/i);
    expect(out).toMatch(/Unit manager moved Mrs\. Chen/);
  });
});

describe('review 106: groups and campus', () => {
  const group = 'DBT skills group (Tues 4pm), 7 members present\n- topic: distress tolerance, TIPP skills\n- did cold water / paced breathing demo, members practiced in pairs\n- Kayla T. shared urges to cut this wk, did NOT act on it, used ice. denies SI.\n- Devon said skills "feel fake", he stayed engaged after\n- hw: track urges on diary card\n- next group 10/22';

  it('a demonstration is the clinician\'s, and "Kayla T. ... denies SI" is Kayla\'s denial', () => {
    const out = note(group, 'birp');
    expect(out).not.toMatch(/Client did cold water/);
    expect(section(group, 'intervention', 'birp')).toMatch(/paced breathing demo/);
    expect(section(group, 'risk', 'birp')).toMatch(/Kayla denied suicidal ideation/);
  });

  it('urges to track on a diary card are homework, never a risk statement', () => {
    expect(section(group, 'risk', 'birp')).not.toMatch(/track urges/);
  });

  it('"(PhD, EE)" is electrical engineering; an assistance program\'s "EE" is the employee', () => {
    expect(note('Wei Zhang, 2nd session. Grad student (PhD, EE), from Chengdu. Reports stress about qualifying exam.')).toMatch(/PhD, electrical engineering/);
    expect(note('EAP session. EE referred by supervisor after conflict at work. Reports poor sleep.')).toMatch(/[Ee]mployee referred by supervisor/);
  });

  it('"She decided to go to the RA tonight and I gave her the referral info" and "With pt\'s permission I called ..." are the clinician\'s acts', () => {
    const summary = 'Jasmine, soph, came in about roommate conflict. Pt scared. Role-played how she\'d talk to the RA. She decided to go to the RA tonight and I gave her the BIT referral info and the crisis line number. With pt\'s permission I called the BIT coordinator to give a heads up. F/u next week.';
    const intervention = section(summary, 'intervention', 'pie');
    expect(intervention).toMatch(/Therapist gave her the BIT referral information/);
    expect(intervention).toMatch(/called the BIT coordinator/);
    expect(section(summary, 'problem', 'pie')).not.toMatch(/gave her|BIT coordinator/);
  });

  it('"spinning in chair 30 sec x3 her anxiety went 7 then 5 then 3" gives the exposure and its response', () => {
    const summary = 'telehealth video f/u for panic attacks, 3 attacks this wk down from 6, we did interoceptive exposure spinning in chair 30 sec x3 her anxiety went 7 then 5 then 3 out of 10, denies SI, hw exposure daily';
    expect(section(summary, 'assessment', 'dap')).toMatch(/Client's anxiety went from 7 to 5 to 3 out of 10/);
  });
});

describe('review 106: abbreviations with a full stop', () => {
  it('"incl.", "mod." in brackets, "Sat. overnights" and "Assoc." never break a sentence', () => {
    const summary = 'Family session, 60 min. Present: pt Helen (77, mod. Alzheimer\'s), daughter Janet.\nDiscussed limits of confidentiality incl. threats. Gave Alzheimer\'s Assoc. respite info. Son agreed to take Sat. overnights.';
    const out = note(summary, 'pirp');
    expect(out).toMatch(/\(77, moderate Alzheimer's\)/);
    expect(out).toMatch(/confidentiality including threats/i);
    expect(out).toMatch(/Alzheimer's Association respite/);
    expect(out).toMatch(/Saturday overnights/);
  });
});
