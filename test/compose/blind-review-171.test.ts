import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 171 (a community mental health program for Deaf and hard-of-hearing clients; a gambling disorder and
// financial therapy program), read on 39c8c0b. Tested on summaries written here, not the reviewers'.

describe('review 171: risk', () => {
  it('"thoughts like everyone would be better off if I wasn\'t here" is the client\'s thought, never the therapist\'s absence', () => {
    const summary = 'Indiv 50 min via ASL interpreter. Pt reports she has had thoughts like everyone would be better off if I wasn\'t here, no plan, no intent.';
    const text = note(summary, 'pirp');
    expect(text).toMatch(/"everyone would be better off if I wasn't here"/);
    expect(text).not.toMatch(/if the therapist was not here/);
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('"he\'s gonna pay at the pump" is a purchase, never a threat', () => {
    const summary = 'ok this is for Dan individual session he had one slip two weeks ago bought scratch tickets at the gas station I asked about suicidal thoughts and he said no not at all um so he\'s gonna pay at the pump and keep the envelope at home next time same time in two weeks';
    expect(readSummary(summary).risk.threat).toBeUndefined();
    expect(section(summary, 'risk', 'simple')).not.toMatch(/threatening statement/);
  });

  it('in a group, "Nobody reported SI" is what nobody reported, never everyone denying it', () => {
    const summary = 'Recovery group, 60 min, 5 members. Karen quiet, left early. Nobody reported SI. Reviewed meeting list.';
    expect(section(summary, 'risk', 'girp')).not.toMatch(/Risk status as documented[^.]*denied suicidal ideation/);
  });

  it('in a couples session, the violence screen done with one partner and the report kept from the other are the clinician\'s', () => {
    const summary = 'Couples - Sam (40) and Ana (38), session 5\nB: Ana asked to speak alone for 5 min, reported Sam grabbed her arm Sat after a big loss. Both deny SI/HI.\nI: Met with Ana individually first; completed DV safety screen (Danger Assessment score 5). Did NOT disclose her report to Sam.\nP: pause couples work.';
    const text = note(summary, 'birp');
    expect(text).not.toMatch(/The couple completed/);
    expect(text).toMatch(/Therapist completed domestic violence safety screen/);
    expect(text).toMatch(/Therapist did not disclose her report to Sam/);
  });

  it('a protective factor the clinician questions ("roommate? (moving out)") is never listed as one', () => {
    const summary = 'Phone session 30 min. Pt reports active SI, no plan. A: risk moderate. Protective: roommate? (pt says moving out), engaged in tx, his dog.';
    expect(readSummary(summary).risk.protectiveFactors.some((f) => /roommate/.test(f))).toBe(false);
    expect(note(summary, 'soap')).not.toMatch(/Asked about protective/);
  });
});

describe('review 171: words and the session', () => {
  it('"SSP" among Deaf services is a support service provider, never a syringe program', () => {
    const summary = 'Intake 60 min w/ ASL interpreter. Pt 58F, DeafBlind (Usher syndrome), uses tactile ASL. Plan: refer to SSP for community access.';
    const text = note(summary, 'soap');
    expect(text).toMatch(/support service provider/);
    expect(text).not.toMatch(/syringe/);
  });

  it('a group\'s minutes in its heading stand, whatever time the clinician spent with one member after', () => {
    const summary = 'GIRP - teen skills group (ages 13-17), 6 members present. 75 min.\nIntervention: emotion vocabulary activity.\nResponse: engaged. Tyler shared his cousin is scared. I met w/ Tyler 15 min after group, gave him crisis line info.';
    expect(readSummary(summary).session.minutes).toBe(75);
  });
});

describe('review 172: read on 8c83fc5', () => {
  it('"ORT moderate risk" is the Opioid Risk Tool\'s band, never the clinician\'s risk level', () => {
    const summary = 'Intake 60 min, pain clinic. Pt 52M, chronic low back pain on oxycodone taper. Hx of intentional overdose 2019. Denies current SI.\nScreeners: PHQ-9 11, GAD-7 14, ORT moderate risk.';
    expect(readSummary(summary).risk.level).toBeUndefined();
    expect(section(summary, 'risk', 'sirp')).toMatch(/Add your risk level/);
  });

  it('in a brain-injury summary, "PT reports" and "PT says he is tired" stay the patient\'s; only a saying about the patient is the therapist\'s', () => {
    const text = note('Outpt TBI f/u 45 min. PT reports headaches 3x/wk. PT says he is tired all the time. Sister says PT forgets appointments.', 'soap');
    expect(text).not.toMatch(/physical therapist/);
  });
});

