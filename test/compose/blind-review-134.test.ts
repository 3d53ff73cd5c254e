import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 134 (a general outpatient group practice; an inpatient unit and its partial hospitalization program),
// read on the submission: a wish with a condition on acting, an attempt told by the outpatient therapist, "no attempt this
// time", a "Plan:" that is a way to die, the one met alone in a couples session. Tested on summaries written for this file.

describe('review 134: risk', () => {
  it('"still wants to die and if he goes home he\'d do it again" is active ideation with intent, never no status', () => {
    const r = readSummary('Admission. 40 yo male brought in by police. He says he still wants to die and if he goes home he\'d do it again same way. Denies HI.').risk;
    expect(r.si).toBe('active');
    expect(r.intent).toBe(true);
  });

  it('"no attempt this time" beside a prior overdose denies no lifetime attempt', () => {
    const summary = 'Family meeting before d/c. Hx: admitted 8 days ago after telling her teacher she wanted to be dead; no attempt this time. One prior overdose age 14 (acetaminophen). Today denies SI, plan, intent.';
    expect(readSummary(summary).risk.attemptHistory).not.toBe(false);
    expect(section(summary, 'risk', 'dap')).not.toMatch(/No prior suicide attempt was reported/);
  });

  it('"Plan: OD on her mother\'s pills" after suicidal ideation is the client\'s plan, kept with its label', () => {
    const summary = 'Crisis walk-in. Pt reports SI x 2 days.\nPlan: OD on her mother\'s lorazepam; knows where it is kept. Intent 5/10.\nCalled mobile crisis.';
    expect(section(summary, 'risk', 'dap')).toMatch(/Plan: overdose on her mother's lorazepam/);
    expect(readSummary(summary).risk.plan).toBe(true);
  });

  it('"Cutting ∅ x2 yrs" is no cutting for two years', () => {
    expect(note('Hx: 1 prior attempt age 17. Cutting ∅ x2 yrs. Denies SI.', 'dap')).toMatch(/No cutting for 2 years/);
  });

  it('the answer to "I asked directly if he has any plan or intent to hurt him" goes to the risk section with the question', () => {
    const summary = 'Pt said "if he talks to me like that again I\'ll break his jaw" about his manager. I asked directly if he has any plan or intent to hurt him he said no it\'s just talk. Denies SI.';
    expect(section(summary, 'risk', 'birp')).toMatch(/no it is just talk/);
  });
});

describe('review 134: who said and did it', () => {
  it('an attempt told by the outpatient therapist on a call is hers to tell, never "Client said client had"', () => {
    const out = note('Call w/ outpt therapist (Dr. Lane) re d/c plan for pt, ROI on file. She said pt had a suicide attempt 2020 (pills) that pt never disclosed to us. Nothing current per Lane.', 'simple');
    expect(out).toMatch(/Dr\. Lane reported client had a suicide attempt 2020/);
    expect(out).toMatch(/never disclosed to the treatment team/);
    expect(out).not.toMatch(/Client said client/);
  });

  it('"Dr. O was unaware; she\'s switching him to ..." is the doctor, never the client', () => {
    const out = note('Collateral call w/ Dr. Okafor (pt\'s psychiatrist), 15 min, ROI on file. Pt (Sam, 30) told me he takes extra Adderall before deadlines. Dr. O was unaware; she\'s switching him to Vyvanse & will do pill counts.', 'dap');
    expect(out).not.toMatch(/Client (?:was|is) switching him/);
  });

  it('"Ruiz confirmed intake appt" is Ruiz confirming, never "Ruiz was confirmed"', () => {
    expect(note('Call w/ Dr. Ruiz re d/c. Ruiz confirmed intake appt next Mon 10am.', 'simple')).not.toMatch(/Ruiz was confirmed/);
  });

  it('a couples session\'s time alone with one partner at the end is no session length, and "we safety planned" after it is the two of them', () => {
    const summary = 'Couples session w/ Lia and Tom, 4th session. Tom defensive re drinking. When I met with Lia alone for 10 min at end she disclosed Tom pushed her into the wall Sat. Gave her the DV hotline # and we safety planned (she\'d go to her mom\'s).';
    expect(readSummary(summary).session.minutes).not.toBe(10);
    const out = note(summary, 'birp');
    expect(out).toMatch(/Lia and the therapist safety planned/);
    expect(out).not.toMatch(/the couple safety planned/);
    expect(out).toMatch(/When the therapist met with Lia alone for 10 minutes at end,? she disclosed/);
  });

  it('"Patient advocate contacted" is the hospital\'s advocate, never the client reporting', () => {
    const out = note('Pt says night staff touched her leg. Notified nurse manager per policy. Patient advocate contacted.', 'sirp');
    expect(out).toMatch(/The patient advocate was contacted/);
    expect(out).not.toMatch(/Client reported advocate/);
  });

  it('"I\'ll be waiting, you\'re dead" said to a staff member is a threat, restated in the risk section', () => {
    const summary = 'Called to unit. Pt agitated, stated to MHT Lee "when you leave tonight I\'ll be waiting, you\'re dead." Denies SI.';
    expect(readSummary(summary).risk.threat).toBe(true);
    expect(section(summary, 'risk', 'sirp')).toMatch(/you're dead/);
  });
});

