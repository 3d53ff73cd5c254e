import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 157 (a hospital health psychology service for bariatric surgery and cardiac rehabilitation; a victim
// services program for survivors of violent crime), read on 530b969. Tested on summaries written here, not the reviewers'.

describe('review 157', () => {
  it('"she said and I\'m quoting I don\'t want to die but some nights I wish I wouldn\'t wake up she denies ..." quotes the words and keeps the wish', () => {
    const summary = 'ok so this was a video session with Joan um she is two months out from her bypass surgery and still pretty low she said and I\'m quoting I don\'t want to die but some nights I wish I wouldn\'t wake up she denies any plan or intent no guns at home um we did some behavioral activation and she agreed to walk after lunch';
    const r = readSummary(summary);
    expect(r.risk.si).toBe('passive');
    expect(note(summary)).not.toMatch(/wake up she denies/);
  });

  it('the minutes of homework ("HW 10-min walk ... 5-min delay") are never the session\'s length', () => {
    const n = composeNote({ summary: 'Indiv f/u pt Ron K 6 wk post-sleeve, doing ok, PHQ-9 5 - practiced urge surfing, HW 5-min delay before snacking.\nf/u 2 wks.', format: 'simple' });
    expect(n.session?.minutes).toBeUndefined();
    expect(n.sections.find((s) => s.key === 'plan')?.text ?? '').toMatch(/Homework: 5-minute delay before snacking/);
  });

  it('someone\'s MI with stents named beside it is a heart attack; "stent x2" is two stents', () => {
    const out = note('Couples sess w/ Dan and Rita, 2 months after Dan\'s MI (stent x2). Used speaker-listener re diet.');
    expect(out).toMatch(/myocardial infarction \(2 stents\)/);
    expect(out).not.toMatch(/motivational interviewing|stent twice/);
    expect(note('Used MI re: drinking.')).toMatch(/motivational interviewing/);
  });

  it('an angry "I\'ll kill him" the clinician assessed as "expression of anger, no intent or plan" is a threat weighed, never homicidal ideation endorsed', () => {
    const summary = 'S: Tre (16) said about the man who shot his brother "if I find him I\'ll kill him." Denies SI.\nA: statement assessed - expression of anger, no intent or plan. Low risk.';
    const r = readSummary(summary);
    expect(r.risk.hi).not.toBe('present');
    expect(r.risk.threat).toBe(true);
    expect(section(summary, 'risk')).not.toMatch(/endorsed homicidal ideation/);
  });

  it('in a family session, "Seen alone after, said ..." is the one just named', () => {
    const summary = 'Family session - Reyes family. Present: mom Carla, Luis (14), Ana (9).\nS: Luis said about school "I hate everyone there." Seen alone after, said he was just tired, denies SI.\nP: next family session 5/7.';
    expect(note(summary)).toMatch(/Luis was seen alone after/);
  });

  it('"ME\'s office" is the medical examiner\'s, never the therapist\'s', () => {
    const out = note('S: Pt has intrusive images of the ID at the ME\'s office. Sleep 4 hrs.');
    expect(out).toMatch(/medical examiner's office/);
    expect(out).not.toMatch(/therapist's office/);
  });

  it('under "plan -" after a method, when it is set for is the suicide plan, never the treatment plan', () => {
    const summary = 'S: SI daily x 1 wk\nS: plan - take her tramadol + drink; picked Fri when husband is away\nR: agreed to ED eval\nP: f/u call tomorrow';
    const r = readSummary(summary);
    expect(r.facts.find((f) => /picked Friday/i.test(f.text))?.kind).toBe('risk');
    expect(section(summary, 'risk', 'sirp')).toMatch(/Suicide plan: take her tramadol/);
    expect(section(summary, 'plan', 'sirp')).not.toMatch(/picked/i);
  });

  it('"said when I asked about sleep that some nights he thinks ..." keeps the clinician\'s question apart and the wish his', () => {
    const summary = 'ok so couples session with Mr and Mrs Lee Sam and Grace um their son died in March um Sam also said when I asked about sleep that some nights he thinks it would be easier to not wake up he said he would never do anything because of Grace no plan no intent and I gave them both the 988 number';
    const r = readSummary(summary);
    expect(r.risk.si).toBe('passive');
    const out = note(summary, 'pie');
    expect(out).toMatch(/Sam also said, when asked about sleep, that some nights he thinks/);
    expect(out).not.toMatch(/"when I asked/);
  });

  it('"last October um today they came in" ends the first statement before "today"', () => {
    expect(note('ok so this is a couples session with the Parks um their son was killed in a crash last October um today they came in pretty tense and we talked about the anniversary and they agreed to plan the day together')).not.toMatch(/last October today/);
  });

  it('"it\'s the only place he can still smell her" stays one statement', () => {
    expect(note('ok so couples session with Tom and Mia um Tom said it\'s the only place he can still feel close to her and Mia said she wants to clear the room in spring and they agreed to wait until summer')).toMatch(/only place he can still feel close to her/);
  });

  it('under Evaluation, "Plan to recheck ..." and "Next session 2 wks" are the plan, so no plan is missing', () => {
    const summary = 'Problem: pt missing meds x 2 wks.\nIntervention: MI re adherence, pillbox set up.\nEvaluation: pt engaged, agreed to pillbox. Plan to recheck VL in 4 wks per Dr. Ngo. Next family session 2 wks.';
    const r = readSummary(summary);
    expect(r.facts.find((f) => /recheck/.test(f.text))?.kind).toBe('plan');
    expect(r.facts.find((f) => /Next family session/i.test(f.text))?.kind).toBe('plan');
    expect(composeNote({ summary, format: 'pie' }).warnings.map((w) => w.message).join(' ')).not.toMatch(/No plan or next appointment/);
  });

  it('"HIV-" is HIV-negative', () => {
    expect(note('Couples: Jon (HIV+, undetectable) and partner Eli (HIV-, on PrEP).')).toMatch(/Eli \(HIV-negative, on PrEP\)/);
  });
  it('"P: take sertraline 50mg daily" and "take her tramadol as prescribed" are the treatment plan, never a suicide plan', () => {
    for (const summary of ['S: low mood.\nP: take sertraline 50mg daily.', 'S: pain 6/10.\nP: take tramadol as prescribed, walk daily.']) {
      const r = readSummary(summary);
      expect(r.facts.find((f) => /^take/i.test(f.text))?.kind).toBe('plan');
      expect(r.risk.si).toBe('not_assessed');
    }
  });

  it('a group note that names its members says so in a warning; a member\'s relative and a titled professional are not members', () => {
    const n = composeNote({ summary: 'Cardiac rehab coping grp, 5 members.\nB: Hal shared fear of another MI. Gwen and Priya engaged. Lou quiet. Consulted Dr. Baker re Hal. Hal says his wife Joan is worried.\nP: next grp Tues.', format: 'birp' });
    const warning = n.warnings.find((w) => w.code === 'group_members_named')?.message ?? '';
    expect(warning).toMatch(/Hal/);
    expect(warning).toMatch(/Gwen/);
    expect(warning).not.toMatch(/Baker|Joan/);
    expect(composeNote({ summary: 'Pt reports better sleep. Denies SI.', format: 'soap' }).warnings.some((w) => w.code === 'group_members_named')).toBe(false);
  });
});
