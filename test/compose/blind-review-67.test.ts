import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 67 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.

describe('review 67: abbreviations with two senses', () => {
  it('an EMDR "SUD start 7", "SUD at worst 4", "SUD/VOC" is a distress rating, never a substance use disorder', () => {
    const out = note('EMDR phase 4. SUD start 7, down to 2. Plan: SUD/VOC at start next time. Between sessions SUD at worst 4.', 'soap');
    expect(out).not.toMatch(/substance use disorder/);
    expect(out).toMatch(/[Ss]ubjective units of distress start 7/);
    expect(note('Hx SUD, in recovery 2 yrs.', 'simple')).toMatch(/substance use disorder/);
  });

  it('"after DC from inpatient", "reviewed DC safety plan" is a discharge; "DC sertraline" stops a medicine', () => {
    const out = note('F/u 3 days after DC from inpatient. Reviewed DC safety plan. Prescriber to DC sertraline.', 'birp');
    expect(out).toMatch(/after discharge from inpatient/);
    expect(out).toMatch(/[Dd]ischarge safety plan/);
    expect(out).toMatch(/discontinue sertraline/);
  });

  it('"ACT daily contacts", "ACT referral" is Assertive Community Treatment', () => {
    const out = note('Pt agreed to ACT referral. ACT daily contacts x1 wk after discharge.', 'soap');
    expect(out).not.toMatch(/acceptance and commitment/i);
    expect(out).toMatch(/Assertive Community Treatment/i);
  });

  it('"HV tmrw 9am w/ nurse" is the next home visit, in the plan; "Sec 8" is Section 8', () => {
    expect(section('Pt stable. On Sec 8 waitlist. HV tmrw 9am w/ nurse.', 'plan')).toMatch(/Home visit tomorrow 9 am with nurse/);
    expect(note('Pt stable. On Sec 8 waitlist.', 'simple')).toMatch(/Section 8/);
  });
});

describe('review 67: risk read right', () => {
  it('"yes on active thoughts no on method" on the C-SSRS is active ideation', () => {
    expect(readSummary('C-SSRS: yes on wish to be dead, yes on active thoughts no on method no on intent no plan').risk.si).toBe('active');
  });

  it('"I want to live I want to see him go to jail" stays the client\'s words', () => {
    const out = note('she denies any thoughts of hurting herself she said no I want to live I want to see him go to jail and we went over the safety plan again', 'birp');
    expect(out).not.toMatch(/Therapist wanted/);
    expect(out).toMatch(/"no I want to live I want to see him go to jail"/);
  });

  it('"thoughts of hurting themselves or each other" denied is a denial of homicidal ideation too', () => {
    expect(readSummary('Couples session. Both denied any thoughts of hurting themselves or each other.').risk.hi).toBe('denied');
  });
});

describe('review 67: who and where', () => {
  it('"Stable on depakote, working 3 days/wk" is the client\'s state', () => {
    expect(note('Telehealth. Stable on depakote, working 3 days/wk.', 'simple')).toMatch(/Client was stable on depakote/i);
  });

  it('"video kept freezing so finished by phone" keeps "phone"', () => {
    expect(note('Telehealth w/ Ana B, video kept freezing so finished by phone. Doing ok.', 'simple')).toMatch(/finished by phone/);
  });

  it('"Child w/ parent - Eli, 6, w/ dad" opens the heading', () => {
    expect(section('Child w/ parent - Eli, 6, w/ dad (Sam). Play therapy, 45 min.\nDad reports fewer tantrums.', 'session')).toMatch(/45 minutes/);
  });

  it('"his roommate Eddie (not our client) told me" is the roommate, telling the clinician', () => {
    expect(note('Home visit. His roommate Eddie (not our client) told me he\'s been thinking about ending it. Called mobile crisis.', 'simple')).not.toMatch(/Client reported his roommate/);
  });

  it('somatic pendulation is the clinician\'s technique', () => {
    expect(section('EMDR prep. Somatic pendulation between chest and hands.', 'objective')).toMatch(/Therapist used somatic pendulation/);
  });

  it('"Priya\'s EPDS was 11" after a run-on denial starts its own statement; a "night plan" is not the session\'s plan', () => {
    const out = note('so uh both denied any thoughts of hurting themselves or each other Priya\'s EPDS was 11 last week so still keeping an eye on that and they will try the night plan for a week', 'birp');
    expect(out).toMatch(/Priya's EPDS was 11/);
    expect(out).not.toMatch(/night\. Plan/);
  });
});

describe('review 68', () => {
  it('a conditional threat keeps its condition: "if he sees that guy ... he\'s gonna quote ... end quote"', () => {
    const out = note('He said if he sees that guy near his kids he\'s gonna quote put him in the hospital end quote but he is not gonna do anything.', 'dap');
    expect(out).toMatch(/if he sees that guy near his kids he is going to "put him in the hospital"/);
    expect(out).not.toMatch(/^Client was going to/m);
  });

  it('"tolerance prob down" is probably; "sleep prob" is a problem', () => {
    expect(note('Says tolerance prob down. Sleep prob x2 wks.', 'simple')).toMatch(/tolerance probably down[\s\S]*sleep problem/);
  });

  it('a rifle a relative keeps locked at another relative\'s house is out of reach', () => {
    expect(readSummary('Passive SI, no plan. No access to guns, dad keeps his hunting rifle locked at uncle\'s house.').risk.means).toBe(false);
  });

  it('a friend "posting stuff ... about wanting to kill himself" is the friend\'s risk, and the client\'s denial stands', () => {
    expect(readSummary('He told me his friend Leo has been posting stuff on his story about wanting to kill himself. Client himself denies SI.').risk.si).toBe('denied');
  });

  it('urges named in a condition ("ED if urges increase") are not urges felt', () => {
    expect(readSummary('Cutting hx age 14-16, none since. Go to ED if urges increase.').risk.selfHarmUrges).toBeUndefined();
  });

  it('"DID pt (Jess). Wkly indiv, 50 min." gives the session; DID is dissociative identity disorder, never "did"', () => {
    expect(section('DID pt (Jess). Wkly indiv, 50 min.\nHost presented at start.', 'session', 'pirp')).toMatch(/50 minutes/);
    expect(note('I DID NOT see marks.', 'simple')).not.toMatch(/dissociative/);
  });

  it('"Assess:" fills the assessment; "goal from tx plan:" fills the goal', () => {
    expect(section('On Suboxone 16 mg, no use.\nAssess: stable in early remission, good insight.\nPlan: f/u 2 wks.', 'assessment', 'dap')).toMatch(/stable in early remission/);
    expect(section('goal from tx plan: reduce isolation. Used BA.', 'goal', 'girp')).toMatch(/reduce isolation/);
  });

  it('"+ UDS for amphet" is a positive screen; "min prompting" is minimal; "profile on PT" is Psychology Today', () => {
    expect(note('Family sess. + UDS for amphet 2 wks ago.', 'dap')).toMatch(/[Pp]ositive urine drug screen for amphetamines/);
    expect(note('Did TR w/ min prompting.', 'dap')).toMatch(/minimal prompting/);
    expect(note('Intake. She saw my profile on PT and called.', 'dap')).toMatch(/Psychology Today/);
  });
});
