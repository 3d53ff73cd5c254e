import { describe, expect, it } from 'vitest';
import { note } from './note-text.ts';

// Blind review 119 and what was left of 116 and 118: who writes a first responder's peer support contact, what
// an exposure's distress did, who handed over information, and who "both" and "the couple" are in a couple's note.
// Tested on summaries written for this file.

describe('review 119: first responders, exposure, couples', () => {
  it('a peer support officer\'s contact is written by the peer support officer; OIS is spelled out', () => {
    const out = note('PSO contact w/ Dep. Ruiz after OIS last week. Not sleeping, replaying it. I listened, explained the EAP referral. Denies SI.', 'birp');
    expect(out).toMatch(/^Peer support officer contact with Deputy Ruiz after officer-involved shooting/m);
    expect(out).toMatch(/Peer support officer (?:listened|explained)/);
    expect(out).not.toMatch(/Therapist (?:listened|explained)/);
  });

  it('"SUDS peak 80 -> 40 at end" is a peak and where it ended, never a lower peak', () => {
    const out = note('PE session 4. Imaginal exposure, SUDS peak 80 -> 40 at end.', 'soap');
    expect(out).toMatch(/peaked at 80 and came down to 40 by the end/);
    expect(out).not.toMatch(/peak decreased/);
  });

  it('"K asked about Al-Anon, gave info": the clinician handed over the information', () => {
    const out = note('Couples telehealth w/ Kim and Dave. Kim asked about Al-Anon, gave info. Dave to call his sponsor.', 'simple');
    expect(out).toMatch(/Kim asked about Al-Anon\. Therapist gave information/);
    expect(out).not.toMatch(/Kim asked about Al-Anon and gave/);
  });

  it('discernment counseling with two partners is a couples session, and what no one is named for is the couple\'s', () => {
    const out = note('Discernment counseling sess 3 w/ Ana and Luis. Luis leaning out. Agreed to one more session. Guarded at start.', 'pie');
    expect(out).toMatch(/^Couples psychotherapy/m);
    expect(out).toMatch(/The couple agreed to one more session/);
    expect(out).toMatch(/The couple presented as guarded/);
    expect(out).not.toMatch(/Client presented as guarded/);
  });

  it('"but told both ... I would consult" is the clinician telling them', () => {
    const out = note('Gottman session w/ Rae and Tom. Tom drove the kids after drinking. Discussed reporting, not indicated today, but told both if it happens again I would consult re a report.', 'girp');
    expect(out).toMatch(/Therapist told both that if it happens again the therapist would consult/);
  });

  it('"denied SI or wanting to hurt herself" denies the wish too, never an urge reported', () => {
    const out = note('Check-in with Ava (11). She told me her uncle hit her last weekend; CPS report made. Ava denied SI or wanting to hurt herself. Tearful, calmer by end.', 'pirp');
    expect(out).not.toMatch(/urges to self-harm/);
    expect(out).toMatch(/the client denied self-harm|denied suicidal ideation/);
  });

  it('a call with a student\'s father is about the student: a history he tells is no report of the student\'s', () => {
    const out = note('Ph call w/ Mr. Lin (father of Max, 8th gr). Hx of SA by overdose 2022, hosp x4d. Dad asking about 504 plan.', 'pie');
    expect(out).not.toMatch(/Client reported history of suicide attempt/);
    expect(out).toMatch(/hospitalized for 4 days/);
  });

  it('"ED referral" beside "transported to the ED" is the emergency department, and "not completed" keeps its grammar', () => {
    const out = note('Crisis session, SI with plan. Dad transported pt to the ED for eval. Safety plan not completed d/t ED referral.', 'soap');
    expect(out).toMatch(/Safety plan was not completed due to emergency department referral/);
    expect(out).not.toMatch(/eating disorder/);
  });

  it('an individual screen held as part of couples work is no couples session', () => {
    const out = note('B: Individual IPV screen w/ Dana as part of standard couples intake protocol. Denies SI/HI.\nI: Danger Assessment.\nR: tearful.', 'birp');
    expect(out).not.toMatch(/^Couples psychotherapy/m);
  });

  it('a partner\'s words end where the clinician\'s comment on them begins', () => {
    const out = note('EFT session w/ Sam and Lee. Lee turned to Sam and said I never knew you were that lonely so that was big, we slowed it down.', 'girp');
    expect(out).toMatch(/"I never knew you were that lonely"/);
  });
});
