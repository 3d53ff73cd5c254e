import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { composeNote } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 194 (an employee assistance program for hospital staff; an LGBTQ+ youth drop-in and counseling center),
// read on 3f04992, and review 193's open findings. Tested on summaries written here, not the reviewers'.

describe('review 194', () => {
  it('"3rd party risk - K.\'s text suggests possible SI" is another\'s, never the client\'s endorsed ideation', () => {
    const summary = 'S: 38M ICU RN, phone 25 min. Worried about coworker K. who texted "I can\'t keep doing this." Pt himself denies SI.\nA: Pt coping adequately. Concern re: 3rd party risk - K.\'s text suggests possible SI.\nP: coached pt to call K. today.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('denied');
    expect(risk.othersRisk).toBe(true);
    const assessment = composeNote({ summary, format: 'soap' }).sections.find((s) => s.key === 'assessment')?.text ?? '';
    expect(assessment).toMatch(/Client was coping adequately/);
  });

  it('a telemetry unit is no telehealth, "phone b/w shifts" is a phone session, and "session 4/6 ... next sess 4/13" is a date', () => {
    const session = readSummary('S: 41F RN, tele unit, session 5/3, phone b/w shifts 25 min. Stressed about staffing. P: next sess 5/17.').session;
    expect(session.modality).toBe('phone');
    expect(session.sessionNumber).toBeUndefined();
    expect(note('S: 41F RN, tele unit, session 5/3, phone b/w shifts 25 min. Stressed about staffing. P: next sess 5/17.', 'soap')).toMatch(/telemetry unit/);
  });

  it('a month\'s stop before a capital ends the sentence, so "Session 3/19, 60 min, in person." later on the first line is the session\'s', () => {
    const session = readSummary('Mandatory referral - fitness for duty. Pt: Dale R., 44, OR tech, referred after coworkers said "he seemed off" + late to shift x2 in Feb. Session 3/19, 60 min, in person.').session;
    expect(session.minutes).toBe(60);
    expect(session.modality).toBe('in_person');
  });

  it('"Goal: ...; used speaker-listener, ..., f/u 2 wks" leaves the goal at its own words', () => {
    const doc = composeNote({ summary: 'Couples sess w/ Nina + husband Raj, video, 50 min. Goal: fewer fights about money; used speaker-listener, agreed on a budget night, f/u 2 wks.', format: 'girp' });
    const goal = doc.sections.find((s) => s.key === 'goal')?.text ?? '';
    expect(goal).not.toMatch(/speaker-listener/);
    expect(goal).not.toMatch(/follow-up/i);
    expect(doc.sections.find((s) => s.key === 'intervention')?.text).toMatch(/speaker-listener/);
  });

  it('in a dictated family session, "mom said it\'s a phase she\'ll grow out of it" stays the mother\'s words, and a quotation ends at ", Ari mostly quiet"', () => {
    const text = note('um so family session with Sam who is sixteen uses they them and their dad Rick, fifty minutes, um Rick said you know I love them no matter what, Sam mostly quiet then got upset when dad said it\'s a stage they\'ll grow out of it, um we talked about what support looks like', 'dap');
    expect(text).not.toMatch(/^They will grow out of it\./m);
    expect(text).not.toMatch(/\. They will grow out of it\./);
    expect(text).toMatch(/"I love them no matter what"/);
  });

  it('"Nova - possible imminent risk, unknown" is the clinician\'s judgment of Nova, never what Nova reported', () => {
    const text = note('Indiv 50 min w/ Eli. Nova - possible imminent risk, unknown. Eli and I called Nova\'s mom together.', 'dap');
    expect(text).not.toMatch(/Nova reported/);
    expect(text).toMatch(/Regarding Nova, possible imminent risk/);
  });

  it('"w/ River (they/them), 19" names the client with their pronouns', () => {
    expect(note('Indiv 50 min w/ River (they/them), 19. They report feeling safer at the shelter.', 'soap')).toMatch(/Client: River \(they\/them\), 19\./);
  });

  it('review 193\'s open findings: "B: Vet (Kelly B., 38) reports ...", "Met w/ Pruitt 1:1 ...: denies current SI", CPT themes are no names, "No legal", a first/then board', () => {
    const birp = note('B: Vet (Dana K., 41, Army, MST 2010) reports nightmares 4x/wk.\nI: reviewed stuck points.\nR: engaged.\nP: CPT session 6 Thurs.', 'birp');
    expect(birp).not.toMatch(/reported veteran/i);
    expect(birp).toMatch(/Client \(Dana K\./);
    const group = note('Processing group 90 min, 5 vets. Met w/ Hollis 1:1 after grp x 15 min: denies current SI, agreed to safety plan review.', 'girp');
    expect(group).toMatch(/Hollis denied current suicidal ideation/);
    expect(readSummary('CPT group session 8 (Power/Control), 6 vets. Members worked on trust stuck points.').membersNamed ?? []).not.toContain('Power');
    expect(note('Intake 60 min. No legal currently, probation ended 2022.', 'soap')).toMatch(/no legal issues currently/);
    expect(note('Intervention: showed the first/then board.', 'soap')).toMatch(/first\/then board/);
  });

  it('review 193\'s open findings: "this was 10/13 about an hour in person" dictated is the length', () => {
    expect(readSummary('ok so this is the couples session for Dan and his wife Rita um this was 10/13 about an hour in person she drove up from Macon so um she has been worried about his drinking').session.minutes).toBe(60);
    expect(readSummary('Indiv 50 min. He drove about an hour to get here.').session.minutes).toBe(50);
  });
});
