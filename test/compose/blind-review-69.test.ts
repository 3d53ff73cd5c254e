import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 69 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.

describe('review 69: labels the clinician jotted', () => {
  it('"Data:" only repeats the DAP heading: the word goes, the report stays', () => {
    const data = section('Data: client reports sleeping better, 6 hrs. Plan: f/u 2 wks.', 'data', 'dap');
    expect(data).toMatch(/^Client reported sleeping better/);
    expect(data).not.toMatch(/Data:/);
  });

  it('"Focus:" is the session\'s focus, never rewritten as a treatment goal', () => {
    const out = note('Client anxious about review at work. Focus: coping skills for work stress.', 'dap');
    expect(out).toMatch(/Focus: coping skills for work stress/);
    expect(out).not.toMatch(/Goal: coping skills/);
  });
});

describe('review 69: risk in the clinician\'s words', () => {
  it('"No SI/HI reported" is never hardened into "the client denied" by the status line', () => {
    const risk = section('Client tired, work stress. No SI/HI reported.', 'risk', 'dap');
    expect(risk).toMatch(/No suicidal ideation or homicidal ideation reported/);
    expect(risk).not.toMatch(/denied/);
    expect(risk).toMatch(/Not documented: self-harm/);
  });

  it('a denial in the summary is still said as a denial', () => {
    expect(section('Client tired. Denies SI/HI.', 'risk', 'dap')).toMatch(/denied suicidal ideation/);
  });
});

describe('review 69: risk read right', () => {
  it('"flag to primary for SI screen f/u" is a next step, never endorsed ideation', () => {
    expect(readSummary('PHP group. Priscilla denied SI when asked. Priscilla - flag to primary for SI screen f/u.').risk.si).toBe('denied');
  });

  it('"assessed HI as passive thoughts" is homicidal ideation, never suicidal', () => {
    const risk = readSummary('I assessed HI as passive thoughts no intent.').risk;
    expect(risk.hi).toBe('present');
    expect(risk.si).toBe('not_assessed');
  });

  it('smothering and strangling said of anyone are a threat to weigh, and "ending it for both of them" is not read as her own ideation alone', () => {
    expect(readSummary('She has thought about putting a pillow over his face.').risk.threat).toBe(true);
    expect(readSummary('He said he "could strangle" his ex-wife\'s lawyer.').risk.threat).toBe(true);
    const risk = readSummary('Helen said she has thought about putting a pillow over his face and ending it for both of them, no thoughts of hurting herself.').risk;
    expect(risk.threat).toBe(true);
    expect(risk.si).not.toBe('active');
  });

  it('"asked about wanting to hasten death - she said no" stays in the risk section and names no status it does not have', () => {
    const risk = section('Hospice visit, 40 min. I asked about wanting to hasten death - she said no. Legacy letters started.', 'risk', 'girp');
    expect(risk).toMatch(/hasten death/);
    expect(risk).not.toMatch(/No risk assessment was documented/);
    expect(risk).not.toMatch(/denied suicidal ideation/);
  });

  it('"no self harm per mom" is the mother\'s report, never the child\'s own denial', () => {
    const risk = section('Maya 8 w/ mom, play therapy 45 min. No self harm per mom.', 'risk', 'dap');
    expect(risk).toMatch(/another person reported no self-harm/);
    expect(risk).not.toMatch(/the client denied self-harm/);
    // In a couples session the partner who denies is a client.
    expect(section('Couples session 50 min. Wife endorsed passive SI. Husband denied SI/HI.', 'risk', 'dap')).not.toMatch(/another person/);
  });
});

describe('review 69: who did it', () => {
  it('"Recommend RTW w/ accommodations" is the clinician\'s recommendation', () => {
    expect(section('RTW assessment. Denies SI. Recommend RTW w/ accommodations: day shift only x4 wks.', 'plan', 'soap')).toMatch(/^Therapist recommended return to work with accommodations/);
  });

  it('"pt consented to me contacting HR - called HR during session" is the clinician\'s call', () => {
    const out = note('EE Priya, 35. Pt consented to me contacting HR threat assessment team - called HR (Linda Ortiz) during session, report made.', 'birp');
    expect(out).toMatch(/Therapist called human resources \(Linda Ortiz\) during session/);
    expect(out).not.toMatch(/Client consented[^.]*, called/);
  });

  it('"saw bruising on L forearm" is what the clinician saw, on the left, never a person named L', () => {
    const out = note('Lorraine, 82. Grandson grabbed her arm hard when she asked for the card back - saw bruising on L forearm.', 'soap');
    expect(out).toMatch(/Therapist observed bruising on left forearm/);
    expect(out).not.toMatch(/Lorraine forearm|grabbed her arm hard and saw/);
  });

  it('the client\'s own first name on a verbless jot is the client; a relative present is not something reported', () => {
    const out = note('EE Priya Raman, 35. Priya scared, has been leaving early. Nephew Curtis present to help with hearing.', 'soap');
    expect(out).toMatch(/Client was scared/);
    expect(out).toMatch(/Nephew Curtis was present to help/);
    expect(out).not.toMatch(/Client reported (?:Priya|Nephew)/);
  });

  it('a named instrument with its score, a team\'s call and the session\'s time are not the client\'s report', () => {
    const out = note('Caregiver for mother. Zarit Burden Interview 52 (severe). Hospice bereavement team called me because she missed two visits. First 30 min Maya alone in playroom.', 'dap');
    expect(out).not.toMatch(/Client reported (?:Zarit|Hospice|first 30)/i);
    expect(out).toMatch(/Zarit Burden Interview 52 \(severe\)/);
  });

  it('"filed APS report" is the clinician\'s act; "explained I\'m a mandated reporter" says whose duty', () => {
    const out = note('Home visit. Explained I\'m a mandated reporter. Filed APS report by phone after visit.', 'pie');
    expect(out).toMatch(/Therapist explained the therapist's duty as a mandated reporter/);
    expect(out).toMatch(/Therapist filed (?:adult protective services|APS) report/);
  });
});

describe('review 69: EAP, older adults and dictation', () => {
  it('"EAP #3", "RTW assessment" open the session line; "EAP" is never the client\'s initials', () => {
    expect(section('EAP #3 Luis Ortega - work stress better, used time-blocking, set boundary w/ mgr.', 'session', 'simple')).not.toMatch(/boundary/);
    expect(section('EAP intake. EE Marcus Delaney 41yo. Denies SI.', 'session', 'soap')).not.toMatch(/Client: EAP/);
    expect(section('RTW assessment. EE: Helen, 52. PHQ-9 6.', 'session', 'pirp')).toMatch(/[Rr]eturn to work assessment/);
  });

  it('"Last EAP session next wk" is the plan', () => {
    expect(section('Work stress better. Last EAP session next wk, discuss outpt referral if needed.', 'plan', 'simple')).toMatch(/Last EAP session next week/);
  });

  it('older adults\' shorthand: MMSE, CG, "wife Lorraine d. 6 months ago", "alt weekends", "hospice bereavement coord"', () => {
    const out = note('CG for husband w/ FTD. MMSE 24/30. Wife Lorraine d. 6 months ago. Sees dad alt weekends. Ref: hospice bereavement coord.', 'simple');
    expect(out).toMatch(/caregiver/);
    expect(out).toMatch(/Mini-Mental State Examination/);
    expect(out).toMatch(/Lorraine died 6 months ago/);
    expect(out).toMatch(/alternate weekends/);
    expect(out).toMatch(/bereavement coordinator/);
  });

  it('a doubt inside brackets keeps its sentence; "psych f/u re prn" is the as-needed medication', () => {
    const out = note('PG-13 score 38 (meets threshold? reassess at 6 mo). Psych f/u re prn.', 'soap');
    expect(out).toMatch(/PG-13 score 38 \(meets threshold\? reassess at 6 months\)/);
    expect(out).not.toMatch(/Asked about PG-13/);
    expect(out).toMatch(/as-needed \(PRN\) medication/);
  });

  it('dictation: "they had I think three fights" is a hedge; "I gave them homework" stays whole; missing apostrophes are restored', () => {
    const out = note('ok so this is couples session two they said they had I think three big fights this week down from like five so thats progress um I gave them homework scheduled money talk sunday she doesnt want to stop', 'girp');
    expect(out).not.toMatch(/Therapist thought/);
    expect(out).toMatch(/about three big fights this week down from five/);
    expect(out).toMatch(/gave them homework/);
    expect(out).not.toMatch(/doesnt|thats/);
  });
});
