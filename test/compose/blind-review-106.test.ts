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
