import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 249 (a bariatric surgery program's behavioral health service; an infertility and IVF counseling practice),
// read on 4f626af. Tested on summaries written here, not the reviewers'.

describe('review 249: a client who did not come', () => {
  const summary = 'No-show for 10am. Called pt at 10:10, no answer, left VM. Hx of SI, last endorsed in spring. Will call again at 3; if no answer by 5 will call emergency contact per ROI.';

  it('"no-show for 10am" is the client not attending, never something the client reported', () => {
    const text = section(summary, 'summary', 'simple');
    expect(text).toMatch(/^Client did not attend the 10 am appointment\./);
    expect(text).not.toMatch(/reported no-show/i);
  });

  it('"Mateo no-showed" keeps who missed it, and "no-show policy" stays a noun', () => {
    const text = note('Family sess scheduled, Mateo no-showed. Met w/ mom alone. Reviewed no-show policy with her.', 'dap');
    expect(text).toMatch(/Mateo did not attend/);
    expect(text).toMatch(/no-show policy/);
  });

  it('asks no medical necessity, intervention or response of a visit that did not happen', () => {
    const composed = composeNote({ summary, format: 'simple' });
    expect(composed.sections.map((s) => s.text).join('\n')).not.toMatch(/medically necessary/);
    const codes = composed.warnings.map((w) => w.code);
    expect(codes).not.toContain('no_intervention');
    expect(codes).not.toContain('no_response');
  });

  it('the step to take if the first fails, written with no one before "will", is the plan', () => {
    expect(section(summary, 'plan', 'simple')).toMatch(/if no answer by 5 will call (?:the )?emergency contact/i);
  });
});

describe('review 249: the clinician\'s findings and documents', () => {
  const summary = 'Pre-surg psych eval, 51M, sleeve. MMPI-3 valid, no elevations. Denies binge eating. Denies SI/HI. Not cleared at this time. Rec: 6 wks CBT-E first. Letter to bariatric team today.';

  it('"not cleared" is the clinician\'s finding about the client, in the assessment, never the client\'s report', () => {
    const assessment = section(summary, 'assessment');
    expect(assessment).toMatch(/Client is not cleared at this time/);
    expect(note(summary)).not.toMatch(/reported not cleared/i);
  });

  it('the recommendation and the letter sent are the plan, never "Client reported Letter"', () => {
    const plan = section(summary, 'plan');
    expect(plan).toMatch(/Recommendation: 6 weeks/);
    expect(plan).toMatch(/Letter to bariatric team today/);
    expect(note(summary)).not.toMatch(/reported letter/i);
  });

  it('a pre-surg psych eval is psychological, and heads the note as the visit', () => {
    expect(section(summary, 'session')).toMatch(/Pre-surg psychological evaluation/);
  });

  it('an evaluation with a personality inventory given is psychological, named first it is the visit', () => {
    const text = 'Surrogacy psych eval, carrier candidate (Dana, 29). PAI valid profile, no elevations. Denies SI.';
    expect(section(text, 'session', 'pirp')).toMatch(/^Surrogacy psychological evaluation, carrier candidate/);
    expect(section(text, 'problem', 'pirp')).not.toMatch(/reported Surrogacy/);
  });

  it('"referred for psych eval" stays a step, not the visit', () => {
    expect(section('Referred for psych eval, pt agreed. Denies SI.', 'session')).not.toMatch(/Referred/);
  });
});

describe('review 249: IP in third-party reproduction', () => {
  it('are the intended parents beside a gestational carrier, never the identified patient', () => {
    const text = note('GC candidate, agrees with IP wishes re: contact after birth. Denies SI.');
    expect(text).toMatch(/intended parents/);
    expect(text).not.toMatch(/identified patient/);
  });
});

describe('review 249: a questionnaire not completed', () => {
  it('names no one who left it undone', () => {
    const text = note('Tired, flat. Did not complete the GAD-7 today. Denies SI.', 'pie');
    expect(text).toMatch(/The GAD-7 was not completed today/);
    expect(text).not.toMatch(/Therapist did not complete/);
  });

  it('a risk screen the session ran out of time for is still the clinician\'s', () => {
    expect(note("Long sess on custody. Didn't get to risk screen today.")).toMatch(/Therapist did not get to (?:the )?risk screen/i);
  });
});

describe('review 249: the client reached after a relative\'s call', () => {
  it('a denial after "Spoke w/ pt" is the client\'s own, not the relative\'s', () => {
    const r = readSummary('Call from pt\'s dad (ROI). Dad says pt has been cutting again. Dad does not think pt is suicidal. Spoke w/ pt after, pt acknowledged 1 cut Sat, denied SI. Agreed to come in Monday.').risk;
    expect(r.si).toBe('denied');
    expect(r.deniedByOther ?? []).not.toContain('si');
    expect(r.clientAbsent).toBeFalsy();
  });
});

describe('review 249: the client\'s crisis step and denials said once', () => {
  const summary = 'Pt endorses passive SI, denied plan, intent, means. No hx of attempts. Safety plan updated. Pt to call crisis line if worse. F/u 1 wk.';

  it('the client\'s step in a crisis is the plan, never "Client reported to call"', () => {
    expect(section(summary, 'plan')).toMatch(/Client to call (?:the )?crisis line if worse/);
    expect(note(summary)).not.toMatch(/reported to call/);
  });

  it('intent and attempts the client\'s own sentence denies are not said again below it', () => {
    const risk = section(summary, 'risk');
    expect(risk).not.toMatch(/intent was denied/);
    expect(risk).not.toMatch(/No prior suicide attempt was reported/);
  });
});

describe('review 249: dictated openings and run-ons', () => {
  it('"this is the follow up for Mr Okafor" is the visit, never what the client reported', () => {
    const summary = 'so this is the follow up for Mr Okafor he is about a year out from his bypass um he says things are okay he denied any suicidal thoughts see him in a month';
    expect(section(summary, 'session')).toMatch(/follow up for Mr Okafor/);
    expect(note(summary)).not.toMatch(/reported this is/);
  });

  it('"a hundred and ten pounds" is 110 pounds', () => {
    expect(note('um he has lost about a hundred and ten pounds since surgery he denied any suicidal thoughts')).toMatch(/\b110 pounds/);
  });

  it('"ok so this is for Priya S um she came in" names the client, who then came in', () => {
    const summary = 'ok so this is for Priya S um she came in today for her biweekly um she has been sleeping better she denied any suicidal thoughts';
    expect(section(summary, 'session')).toMatch(/Client: Priya S\./);
    expect(note(summary)).not.toMatch(/Priya S she came|reported Priya/);
  });

  it('"not something she did um she denied" keeps "she did": after "something" the verb is no false start', () => {
    expect(note('um we worked on the thought that it was her fault and she said it was not something she did um she denied any suicidal thoughts')).toMatch(/not something she did/);
  });

  it('what the client was able to do, run on after the work, is her response; "uh see her next week" is the plan', () => {
    const summary = 'um she came in for her weekly she has been avoiding the gym we did some cognitive work around the thought that she is a failure she was able to come up with a kinder thought uh see her next week';
    expect(section(summary, 'response', 'birp')).toMatch(/Client was able to come up with a kinder thought/);
    expect(section(summary, 'plan', 'birp')).toMatch(/see her next week/i);
  });

  it('"I saw Dana today, she\'s 2 years post sleeve" is the visit, then what Dana told', () => {
    const summary = "I saw Dana today, she's 2 years post sleeve and her weight is creeping up. I didn't think she met criteria for an eating disorder. Next step: meal plan around her shifts, f/u 2 wks.";
    expect(section(summary, 'subjective')).toMatch(/^Client is 2 years post sleeve/);
    expect(section(summary, 'assessment')).toMatch(/did not think she met criteria/);
    expect(section(summary, 'plan')).toMatch(/meal plan around her shifts/i);
  });
});
