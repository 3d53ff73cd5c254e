import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 109 (issue 6): a general adult private practice shared by therapists with different
// habits, and an addiction treatment program (IOP, medication for opioid use disorder). Each
// mechanism the reviewers' notes showed missing, tested on summaries written for this file; and the
// K-12 leftovers of review 108.

describe('review 109: risk', () => {
  it('"thinking about just using a whole bunch and not waking up" with the drug at hand is active ideation', () => {
    expect(readSummary('He said he has been thinking about just using a whole bunch and not waking up, he has about a gram in the truck.').risk.si).toBe('active');
  });

  it('"I\'ll knock his teeth in" about a named manager is a threat, never a clean denial of homicidal ideation', () => {
    const summary = 'Pt furious at manager Rick, said "I\'ll knock his teeth in" but denies plan or intent.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk', 'pie')).not.toMatch(/the client denied homicidal ideation/);
  });

  it('"told a peer he\'d bring a gun" is a threat', () => {
    expect(readSummary('Stu Tyler, 10th gr, referred by AP after he told a peer he\'d bring a gun. Denies SI.').risk.threat).toBe(true);
  });
});

describe('review 109: who did it', () => {
  it('"Wife left 2 wks ago, lost job Fri" gives the job loss to the client', () => {
    const out = note('Crisis session. Wife left 2 wks ago, lost job Fri. Has been drinking. Denies HI.', 'soap');
    expect(out).toMatch(/Client lost job Friday/);
    expect(out).not.toMatch(/Wife left 2 weeks ago and lost job/);
  });

  it('"We did not disclose to Eric per Sofia\'s request" in a couples session is the clinician\'s decision', () => {
    const out = note('Couples session Sofia and Eric. Sofia disclosed in individual check-in that Eric pushed her. We did not disclose to Eric per Sofia\'s request, her safety.', 'girp');
    expect(out).toMatch(/Therapist did not disclose to Eric/);
    expect(out).not.toMatch(/couple did not disclose/i);
  });

  it('in a phone consult with a parent about the client, "we agreed" is the clinician and the parent', () => {
    const out = note('Phone consult with mom Ms. Alvarez about Sofia 6th grade school refusal. Went over the graduated plan with mom. We agreed Sofia can come to the counseling office first period.', 'pirp');
    expect(out).toMatch(/Therapist and the mother agreed/);
    expect(out).not.toMatch(/Therapist and client agreed|Client went over/);
  });

  it('"Another student said he was joking" is another student\'s report', () => {
    expect(note('Stu Tyler M., 10th gr, referred by AP. Another student said he was joking. Denies SI.', 'birp')).not.toMatch(/Client reported Another student/i);
  });
});

describe('review 109: words', () => {
  it('"PO violation report" is the probation officer\'s; "filed for PO" is the protective order', () => {
    const out = note('Court-mandated OP. Pt angry about PO violation report after + UDS. Sister filed for PO last week.', 'pie');
    expect(out).toMatch(/probation officer violation report/);
    expect(out).toMatch(/filed for protective order/);
  });
});
