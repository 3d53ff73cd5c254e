import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 100 (issue 6): a veterans' PTSD clinic, and an eating-disorder outpatient and IOP
// program. Each mechanism the reviewers' notes showed missing, tested on summaries written for this file.

describe('review 100: risk and who said it', () => {
  it('a spoken "quote" after "told dad last night" is the child\'s words, closed where someone else speaks', () => {
    const summary = 'um so parent session for Eli 14 um Eli told dad last night quote I just want to disappear I am so tired dad asked if he meant hurting himself he said no um we went over the safety plan';
    const out = note(summary, 'birp');
    expect(out).toMatch(/"I just want to disappear I am so tired"/);
    expect(out).not.toMatch(/the therapist (?:just )?wants? to disappear/i);
  });

  it('"plan to take them" told right after thoughts of overdose is the client\'s plan, never the treatment plan', () => {
    const summary = 'Pt 17, seen w/ dad. Pt admitted she took dad\'s pills from the drawer, has been thinking of OD since Monday, plan to take them + her own meds Saturday when dad at work. Consulted supervisor. Will f/u with dad tomorrow.';
    expect(section(summary, 'plan', 'soap')).not.toMatch(/take them/);
    expect(section(summary, 'risk', 'soap')).toMatch(/take them and her own medications Saturday/);
    expect(readSummary(summary).risk.plan).toBe(true);
  });

  it('a child\'s words told to a parent are the child\'s, never the parent\'s; a plan asked about "with if" takes its answer', () => {
    expect(readSummary('Parent session for Theo 12. Theo told dad Friday night "I want to be dead".').risk).toMatchObject({ si: 'passive' });
    expect(readSummary('Parent session for Theo 12. Theo told dad Friday night "I want to be dead".').risk.othersRisk).not.toBe(true);
    expect(readSummary('Ana 15. Her cousin told her "I want to die".').risk.othersRisk).toBe(true);
    expect(readSummary('Passive SI this week. Dad asked if he had a plan he said no he just wants the fighting to stop.').risk.plan).toBe(false);
    expect(readSummary('Passive SI this week. I asked if she had a plan and she said yes.').risk.plan).toBe(true);
    expect(note('Passive SI this week. I asked if she had a plan and she said yes.', 'soap')).not.toMatch(/Client said yes\./);
  });

  it('"coached X, ate about half" gives the eating to the client', () => {
    const out = note('Meal group, 5 members.\ntearful at snack (granola bar), said "I already ate today" - prompted coping statement, ate about half\npost-snack SUDS 7 -> 5', 'birp');
    expect(out).not.toMatch(/coping statement and ate/);
    expect(out).toMatch(/ate about half/);
  });

  it('"both deny" after "asked about X" denies X', () => {
    expect(note('Couples session w/ Ray and Lena. I asked about any pushing or hitting at home; both deny. Practiced soft start-up.', 'dap')).toMatch(/Both denied any pushing or hitting at home/);
  });

  it('"at the end mom pulled me aside and said ..." is the mother\'s report, never "Per mother, client was"', () => {
    const out = note('Family session. At the end, dad pulled me aside and said Mia told him she wishes she was dead, no plan per dad.', 'dap');
    expect(out).not.toMatch(/client was at the end/i);
    expect(section('Family session. At the end, dad pulled me aside and said Mia told him she wishes she was dead, no plan per dad.', 'data', 'dap')).toMatch(/pulled the therapist aside/);
  });

  it('"Pt Gary Voss participated" is that client by name, never something the client reported of him', () => {
    const out = note('PTSD group, 7 vets. Pt Neil Ortiz participated more than usual, shared that he checks the locks 5x a night.', 'girp');
    expect(out).not.toMatch(/Client reported Neil Ortiz/);
    expect(out).toMatch(/Neil Ortiz participated more than usual/);
  });
});

describe('review 100: dictation', () => {
  it('after a pause, a measure, an exercise or the plan starts a statement; after "about" it does not', () => {
    const summary = 'PE session 6 with Rob um he was in his truck for privacy um in vivo he went to the hardware store for 30 min um PCL-5 today 38 from 50 plan keep going on the list he is worried about um weight gain from the meds';
    const out = note(summary, 'soap');
    expect(out).not.toMatch(/for privacy in vivo/);
    expect(out).not.toMatch(/hardware store for 30 minutes PTSD Checklist/);
    expect(out).toMatch(/worried about weight gain/);
  });

  it('the minutes of an exercise named before them are not the session\'s length', () => {
    const record = readSummary('video PE session 4 with Dana um imaginal exposure on the convoy crash we did about 40 min SUDS peaked 85 um she denies SI');
    expect(record.session.minutes).toBeUndefined();
    expect(note('video PE session 4 with Dana um imaginal exposure on the convoy crash we did about 40 min SUDS peaked 85 um she denies SI', 'soap')).toMatch(/imaginal exposure on the convoy crash for about 40 minutes/);
  });

  it('a question after "didn\'t know" ends at a pause, and the clinician\'s "I" after the words someone would say is the clinician\'s', () => {
    const out = note('parents only session for Jo 12 um dad wasn\'t sure if he should call um I went over the safety plan with both and told them to call 988 if she says plan or intent um I\'m going to see Jo tomorrow for a risk assessment', 'birp');
    expect(out).not.toMatch(/"plan or intent/);
    expect(out).toMatch(/going to see Jo tomorrow|will see Jo tomorrow/i);
  });

  it('a correction takes back only the words it says again', () => {
    expect(note('ok so this is a walk in um veteran Carl Diaz 48 Korea era no actually Gulf War era army came in asking to talk to someone um he denies SI', 'simple')).toMatch(/Carl Diaz 48/);
  });

  it('a named person and how they were, then "said", is one statement', () => {
    const out = note('FBT session 4 with the Okafor family um Ada pretty upset at me and her parents most of the session said we are all against her um dad held the line on dessert', 'dap');
    expect(out).not.toMatch(/Client said therapist and the family are all against her|Client said the therapist/);
    expect(out).toMatch(/Ada pretty upset at the therapist and her parents most of the session said/);
  });
});

describe('review 100: labels, sections and words', () => {
  it('"Goal this period was ..." and "Goal per vet: ..." fill the Goal section', () => {
    expect(section('Indiv, BED, wk 6. Goal this period was cut binges to 1x/wk. 3 binges this wk. Practiced urge surfing.', 'goal', 'girp')).toMatch(/cut binges to once per week|cut binges to 1x/);
    expect(section('Intake. Vet: Ron, 60.\nGoal per vet: "sleep through the night again."\nPCL-5 52.', 'goal', 'girp')).toMatch(/sleep through the night again/);
  });

  it('"FBT session" and "with the Reyes family" are family sessions', () => {
    expect(readSummary('FBT session 3, weighed in at 41.2, parents plating meals.').session.serviceType).toBe('family');
    expect(readSummary('Met with the Reyes family for 50 min, mom and dad and Tia 15.').session.serviceType).toBe('family');
  });

  it('"Pt alone:" is how the client was seen, and "Safety planning done" is the safety planning completed', () => {
    const out = note('Pt 15 w/ mom. Pt alone: admitted she has been skipping lunch. Safety planning done, pt able to name 2 contacts.', 'soap');
    expect(out).not.toMatch(/Client reported alone/);
    expect(out).toMatch(/Client, seen alone, admitted/);
    expect(out).not.toMatch(/safety planning done/i);
  });

  it('"Decision:" is where the client goes next, in the plan', () => {
    expect(section('Pt with SI and plan. Decision: pt to ED for eval, mom to drive.', 'plan', 'soap')).toMatch(/emergency department/);
  });

  it('"Hx: ED onset age 15" is the eating disorder; "B/P" in an eating summary is binge-purge; "med eval" beside a medical clearance is medical', () => {
    expect(note('Intake. Hx: ED onset age 15, AN. OD at 17, none since. Denies SI.', 'soap')).toMatch(/eating disorder onset age 15/);
    expect(note('Indiv, BN. 3 B/P episodes this wk, restricting at lunch.', 'soap')).toMatch(/3 binge-purge episodes/);
    expect(note('Rec IOP, needs medical clearance (labs, EKG). Dx deferred pending med eval.', 'soap')).toMatch(/pending medical evaluation/);
  });

  it('an eating summary\'s jots: "BED", "guns? none", "orthostatic +18", "re HR", an instrument\'s global score, where the client sat for a video session', () => {
    const summary = 'video - Omar, 44, BED\n- pt in his truck outside the office for session, privacy ok\n- binged 2x this wk\n- guns? none in home per pt\n- vitals per PCP: HR 52, orthostatic +18; will call PCP re HR\n- EDE-Q global 3.2 (was 3.9)';
    const out = note(summary, 'soap');
    expect(out).toMatch(/binge eating disorder/);
    expect(out).toMatch(/Client was in his truck outside the office for session/);
    expect(out).not.toMatch(/guns\?/);
    expect(out).toMatch(/no guns in home/);
    expect(out).toMatch(/orthostatic \+18/);
    expect(out).toMatch(/regarding heart rate/);
    expect(out).not.toMatch(/Client reported EDE-Q/);
  });

  it('after a pause a step jotted as done starts a statement, and the veterans\' risk flag is spelled out', () => {
    const out = note('crisis walk in um vet says he has been thinking of shooting himself um I called his brother with his permission he is driving down from Flagstaff um HRF placed and SPC notified um gave him the VCL number', 'pie');
    expect(out).not.toMatch(/Flagstaff HRF/);
    expect(out).toMatch(/high risk for suicide flag \(HRF\)/);
  });
});
