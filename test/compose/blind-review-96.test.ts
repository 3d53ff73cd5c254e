import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { note, section } from './note-text.ts';

// Blind review 96 (issue 6): a mobile crisis team and crisis stabilization unit, and an adolescent
// DBT intensive outpatient program; with what the R95 reviewers' notes still asked for. Each
// mechanism tested on summaries written for this file.

describe('review 96: risk', () => {
  it('"agreed to go get her mom" is fetching a parent, never a threat', () => {
    const risk = readSummary('Phone coaching w/ Zoe, 15. Urge to cut 4/5, used ice. she agreed to go get her dad and hand him the blades.').risk;
    expect(risk.threat).not.toBe(true);
    expect(readSummary('said he is going to go get him tonight').risk.threat).toBe(true);
  });

  it('"thinking about taking them all" about pills in hand is ideation with a method', () => {
    const risk = readSummary('she had the pills out, counted 15, and was thinking about taking them all because she does not see the point anymore.').risk;
    expect(risk.si).toBe('active');
    expect(risk.siKindUnstated).not.toBe(true);
    // "urge to die 8/10" is the ideation itself; rated 0 it is none.
    expect(readSummary('Diary card: urge to die 8/10 Sat.').risk.si).toBe('active');
    expect(readSummary('Diary card: urge to die 0/5 all week.').risk.si).toBe('denied');
  });

  it('the client\'s own first-person threat in quotes is read as his, whoever else the sentence names', () => {
    const summary = 'Pt furious re: stepdad (Ray) - says Ray hit his sister again and "I swear if he does it again I\'ll kill him". When asked pt said he doesn\'t want to kill anyone, just wants it to stop. Denies SI.';
    const risk = readSummary(summary).risk;
    expect(risk.threat).toBe(true);
    expect(section(summary, 'risk', 'soap')).not.toMatch(/\[Not documented: homicidal ideation/);
  });

  it('"Very high risk" keeps the clinician\'s own degree', () => {
    expect(section('MCT eval. +SI w/ plan (rope in garage), intent. Very high risk, hold initiated.', 'risk', 'birp')).toMatch(/Risk level as stated by the clinician: very high/);
  });

  it('"C-SSRS +1 only" is the screen positive on item 1', () => {
    expect(expandShorthand('C-SSRS +1 only, neg since')).toMatch(/positive on item 1 only/);
  });
});

describe('review 96: who did it', () => {
  it('trying to de-escalate and notifying the police are the clinician\'s acts, never the client\'s', () => {
    const out = note('MCT called by PD for 40yo M. Pt agitated, threatening neighbor. Tried to de-escalate, pt walked off. Duty to warn - called neighbor; also notified local PD.', 'birp');
    expect(out).not.toMatch(/Client tried to de-escalate/);
    expect(out).not.toMatch(/Client also notified/);
    expect(out).toMatch(/Therapist also notified local PD/);
  });

  it('"we notified her mom per protocol" is the clinicians; "called us" is the clinic', () => {
    expect(note('Skills group, 6 teens. Maya said a friend posted she wants to disappear; we notified Maya\'s mom and the school counselor per protocol.', 'girp')).not.toMatch(/therapist and client notified/i);
    expect(note('Indiv w/ Ava. Cut her thigh Fri, mom saw it Sunday & called us.', 'pie')).toMatch(/called the clinic/);
  });

  it('a relative\'s collateral under "Pt\'s mother on phone:" is the mother\'s report', () => {
    expect(note('Crisis eval. Pt\'s mother on phone: stopped Abilify 2 wks ago, up all night.', 'pirp')).toMatch(/The client's mother reported by phone that the client stopped Abilify 2 weeks ago/);
  });

  it('a clinical problem listed under "Problem:" is never the client\'s report', () => {
    expect(note('Crisis eval. Problem: acute psychosis, paranoia, threats toward landlord.', 'pirp')).toMatch(/^Acute psychosis, paranoia, threats toward landlord\./m);
  });

  it('where the client was found, and how, is seen', () => {
    expect(note('MCT home visit. Pt on front steps, tearful, A&Ox4.', 'soap')).toMatch(/Client was on front steps, tearful/);
  });

  it('marks on the body jotted as found are observations', () => {
    const facts = readSummary('Intake. Faint linear bruises on both forearms, healing.').facts;
    expect(facts.find((f) => /bruises/.test(f.text))?.kind).toBe('observation');
  });

  it('"sibs agreed: X to ..., Y to ..." is the plan', () => {
    const facts = readSummary('Family session. Reviewed respite options. sibs agreed: Ana to call the day program Mon, Luis to visit Sat.').facts;
    expect(facts.find((f) => /Ana to call/.test(f.text))?.kind).toBe('plan');
  });
});

describe('review 96: labels, shorthand and the session line', () => {
  it('a one-line "S: ... O: ... A: ... P: ..." reads each letter as its own label', () => {
    const summary = 'S: pt says week was ok. O: calm, good eye contact. A: ? P: f/u 2 wks.';
    expect(section(summary, 'subjective')).toMatch(/Client said week was okay/);
    expect(section(summary, 'objective')).toMatch(/calm/);
    expect(section(summary, 'assessment')).not.toMatch(/\?/);
    expect(section(summary, 'plan')).toMatch(/Follow-up in 2 weeks/);
  });

  it('a label left with only a question mark is no impression', () => {
    expect(note('Intake. O: tearful.\nA: ?', 'soap')).not.toMatch(/impression: \?/);
  });

  it('"he\'s put hands on her" is "has put"', () => {
    expect(expandShorthand("first time he's put hands on her neck")).toBe('first time he has put hands on her neck');
  });

  it('crisis shorthand is spelled out', () => {
    expect(expandShorthand('BIBA from school, lac L forearm, refused vol admission, EPO filed, intake sched 11/14, MCT dispatched')).toBe('brought in by ambulance from school, laceration left forearm, refused voluntary admission, emergency protective order filed, intake scheduled 11/14, mobile crisis team dispatched');
  });

  it('in a DBT program "DC" is the diary card and "TIB" therapy-interfering behavior', () => {
    expect(expandShorthand('skipped DC Sat')).toMatch(/skipped diary card/);
    expect(expandShorthand('log urges on parent DC')).toMatch(/parent diary card/);
    expect(expandShorthand('lateness addressed as TIB')).toMatch(/therapy-interfering behavior/);
    expect(expandShorthand('TIB 9 hrs')).toMatch(/time in bed/);
  });

  it('letters spelled out in brackets are said once', () => {
    expect(note('Pt on probation. Ex has PO (protective order) since June.', 'soap')).not.toMatch(/protective order \(protective order\)/);
  });

  it('"RTC 2 wks" is "in 2 weeks"', () => {
    expect(section('Reviewed sleep log. RTC 2 wks.', 'plan')).toMatch(/Return to clinic in 2 weeks/);
  });

  it('"MCT home visit" is the session\'s heading', () => {
    expect(note('MCT home visit. Pt calm, denies SI.', 'soap').split('\n')[0]).toMatch(/^Mobile crisis team home visit\./);
  });

  it('"arrow to a finding" gives the conclusion', () => {
    expect(expandShorthand('consulted w/ director re duty to warn -> threshold not met')).toMatch(/duty to warn: threshold not met/);
  });
});
