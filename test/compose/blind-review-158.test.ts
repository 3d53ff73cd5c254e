import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { foldInnerCapitals } from '../../src/compose/text/fold-inner-capitals.ts';
import { note } from './note-text.ts';

// The rest of blind review 157's findings, mended on 893560e, and blind review 158. Tested on summaries written here, not
// the reviewers'.

describe('review 157, the rest', () => {
  it('a name with a capital inside ("DeAndre", "LaToya") is read whole and written as typed', () => {
    const summary = 'Family session - Brooks family. Present: mom Tina, DeAndre (15), LaToya (12).\nS: DeAndre said about the fight "I\'m done with him." Seen alone after, said he was just tired, denies SI.\nP: next family session 6/2.';
    const out = note(summary);
    expect(out).toMatch(/DeAndre was seen alone after/);
    expect(out).not.toMatch(/Deandre|Latoya|\bAndre\b/);
    expect(foldInnerCapitals('PrEP and McKenzie').text).toBe('PrEP and Mckenzie');
  });

  it('"Next family session 5/7 4pm" is a date and a time, never "5 of 7"', () => {
    const out = note('S: grieving, tired.\nP: Next family session 5/7 4pm. Ate dinner together 3/7 nights.');
    expect(out).toMatch(/5\/7 4 pm/);
    expect(out).toMatch(/3 of 7 nights/);
  });

  it('"Session 9." alone on the heading\'s line is the session\'s number, never something the client reported', () => {
    const summary = 'Tele (phone, pt at work) - Dana R., 33F. Robbed at gunpoint 2/2. Session 9.\nD: panic down to 1x/wk. Denies SI/HI.\nP: f/u 1 wk.';
    expect(readSummary(summary).session.sessionNumber).toBe(9);
    const out = note(summary, 'dap');
    expect(out).not.toMatch(/reported session 9/i);
    expect(out).toMatch(/Robbed at gunpoint 2\/2|robbed at gunpoint 2\/2/i);
    expect(out).not.toMatch(/secondary to/);
  });

  it('a "Homicide Survivors Support Group" heading is the group\'s name, never a risk statement or a report', () => {
    const r = readSummary('Homicide Survivors Support Group - Tues 6-7:30pm\n- 6 members present\n- Theme: court delays\n- all denied SI at check-out');
    expect(r.session.serviceType).toBe('group');
    expect(r.session.minutes).toBe(90);
    expect(note('Homicide Survivors Support Group - Tues 6-7:30pm\n- 6 members present\n- Theme: court delays\n- all denied SI at check-out', 'dap')).not.toMatch(/reported Homicide/);
  });

  it('"Indiv - Marisol T., 38F, sister killed ..." heads the note with the client and keeps her story for the body', () => {
    const n = composeNote({ summary: 'Indiv - Rosa L., 44F, brother Tomas killed in a robbery 6 mo ago.\nB: tearful, not sleeping. Denies SI.\nI: grief psychoed.\nR: engaged.\nP: weekly.', format: 'birp' });
    const session = n.sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).toMatch(/Rosa L/);
    expect(session).not.toMatch(/\[Session details not documented/);
    expect(n.sections.find((s) => s.key === 'behavior')?.text ?? '').toMatch(/killed in a robbery/);
  });
});

describe('review 158', () => {
  it('"Parent: adoptive mom ..." names who came with the child; with the child present it is never a session without the client', () => {
    const summary = 'Service: child-parent dyadic session (CPP), 50 min\nChild: Mia T., 4yo\nParent: adoptive mom Jen T.\nIntervention: child-led play, coached mom on PRIDE skills.\nResponse: Mia engaged.\nPlan: same time next wk.';
    const n = composeNote({ summary, format: 'pirp' });
    expect(n.cpt?.code).not.toBe('90846');
    expect(n.sections.map((s) => s.text).join('\n')).not.toMatch(/without the client present/);
  });

  it('a child\'s own words of being hit ("he hits my bottom really hard") are restated in Risk', () => {
    const summary = 'Dyadic session, child Ana 6 and foster mom.\nDuring play Ana said "he hits my back when mommy is at work." I explained I am a mandated reporter and called the CPS hotline.\nPlan: f/u call tomorrow.';
    expect(composeNote({ summary, format: 'soap' }).sections.find((s) => s.key === 'risk')?.text ?? '').toMatch(/hits my back/);
  });

  it('"I did not feel she could be safe at home tonight" stays one judgment, never "did not feel." and then "she could be safe"', () => {
    const out = note('ok so crisis session for Kim 16 um she said she wants to die and has a plan to take her pills C-SSRS was positive so yeah I did not feel she could be safe at home tonight so I called mobile crisis and she was transported to the ED around 5', 'pie');
    expect(out).toMatch(/did not feel she could be safe at home tonight/);
  });

  it('"so I saw her from about 2:50 to 4:10" gives the session its times', () => {
    const r = readSummary('ok so this is a crisis session for Lee um staff called me at 2 and I saw her from about 2:50 to 4:10 in the quiet room she said she wants to die');
    expect(r.session.minutes).toBe(80);
  });

  it('"preparatory behavior she said" and "no specific plan she said" are never spoken labels', () => {
    const out = note('um so C-SSRS was positive for active ideation with plan and intent and preparatory behavior she said she would do it tonight and we talked about the ED and she agreed to go and there is no specific plan she said for after that', 'birp');
    expect(out).not.toMatch(/Behavior:\s*she said/);
    expect(out).toMatch(/preparatory behavior/);
  });

  it('"I\'m going to roll off the bed and bang my head till it\'s done" is the suicide plan, never self-harm done', () => {
    const r = readSummary('Pt told RN "I\'ve got a plan, I\'m going to roll off the bed and bang my head till it\'s done." Pt confirmed plan and intent to kill himself. Denies HI.');
    expect(r.risk.selfHarm).not.toBe('present');
    expect(r.risk.si).toBe('active');
  });

  it('"complaint re ED" is against the emergency department', () => {
    expect(note('S: angry at the hospital that sent her home twice before surgery.\nA: adjustment d/o; body image concerns since injury.\nP: pt to consider patient advocate complaint re ED (she asked about this).')).not.toMatch(/eating disorder/);
  });

  it('urges to scratch at a residual limb, not acted on, are self-harm urges without acts', () => {
    const r = readSummary('R: reported some urges to scratch at her residual limb skin when very anxious, has not done so, no broken skin; denies SI.');
    expect(r.risk.selfHarmUrges).toBe(true);
    expect(r.risk.selfHarm).not.toBe('present');
  });
  it('in a group note for one member, a safety plan "completed together" after a private check-in is done with that member, never the group', () => {
    const summary = 'BIRP - Young adult grp, 6 members. Note for member: Tasha R., 19F.\nB: Tasha quiet, said "I won\'t be around for that anyway."\nI: Facilitator (me) checked in privately after group for 15 min. Tasha admitted thinking about killing herself this week, no plan or intent. Completed safety plan together.\nR: Tasha calmer.\nP: individual session Fri.';
    const out = note(summary, 'birp');
    expect(out).toMatch(/safety plan with Tasha|Therapist and Tasha completed safety plan/);
    expect(out).not.toMatch(/the group completed safety plan/i);
  });
});
