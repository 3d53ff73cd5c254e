import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { section } from './note-text.ts';

// Blind review 152 (a perinatal mental health clinic; an employee assistance program for first responders), read on
// 80d16c0. Tested on summaries written here, not the reviewers'.

describe('review 152', () => {
  it('a letter alone on its line ("B:", "I:") heads the bullets under it; its letter never joins the line before', () => {
    const summary = 'Anger mgmt group, 5 members\nB:\n- Marcus loud at start\n- Dee quiet\nI:\n- taught time-out skill\n- handed out anger logs\nR:\n- Marcus practiced it, calmer after\nP:\n- next grp Thurs';
    const behavior = section(summary, 'behavior', 'birp');
    expect(behavior).toMatch(/Marcus was loud at start/);
    expect(behavior).not.toMatch(/; (?:I|the therapist|R)\b|anger logs|time-out/);
    expect(section(summary, 'intervention', 'birp')).toMatch(/time-out skill[\s\S]*anger logs/);
    expect(section(summary, 'response', 'birp')).toMatch(/Marcus practiced it/);
    expect(section(summary, 'plan', 'birp')).toMatch(/Thursday/);
  });

  it('"A:" alone on its line heads the clinician\'s formulation, never the client\'s report', () => {
    const summary = 'D:\n- pt says sleep worse since night shifts\n- denies SI/HI\nA:\n- adjustment sx, worsening w/ schedule change\nP:\n- sleep diary, f/u 2 wks';
    expect(section(summary, 'data', 'dap')).not.toMatch(/adjustment/);
    expect(section(summary, 'assessment', 'dap')).toMatch(/adjustment/);
    expect(section(summary, 'assessment', 'dap')).not.toMatch(/Client reported/);
  });

  it('a label word alone on its line ("Interventions:") heads the lines under it, until a blank line', () => {
    const r = readSummary('Pt tearful re custody hearing.\nInterventions:\nsat with her fear about the hearing\nwalked through the timeline\n\nPt calmer by end.');
    expect(r.facts.filter((f) => f.kind === 'intervention').map((f) => f.text)).toEqual(['sat with her fear about the hearing', 'walked through the timeline']);
    expect(r.facts.find((f) => /calmer/.test(f.text))?.kind).not.toBe('intervention');
  });

  it('the format named as a title ("SIRP", "DAP / phone", "Simple note.") is a heading, never something the client reported', () => {
    const titled = composeNote({ summary: 'SIRP\nS: pt overwhelmed by caregiving. I: problem solving. R: picked one task. P: f/u 1 wk', format: 'sirp' });
    expect(titled.sections.map((s) => s.text).join('\n')).not.toMatch(/SIRP/);
    const phone = composeNote({ summary: 'DAP / phone\nD: pt reports panic x2 this wk. A: improving. P: f/u 1 wk', format: 'dap' });
    expect(phone.sections.find((s) => s.key === 'session')?.text).toMatch(/telephone/);
    expect(phone.sections.map((s) => s.text).join('\n')).not.toMatch(/DAP/);
    expect(section('Simple note. Pt grieving her dad, cried through most of session. F/u next wk.', 'simple', 'simple')).not.toMatch(/Simple note/);
  });

  it('"GIRP / crisis" names a crisis session', () => {
    const out = composeNote({ summary: 'GIRP / crisis\nG: safety\nI: safety planning\nR: pt engaged\nP: f/u tomorrow', format: 'girp' });
    expect(out.sections.find((s) => s.key === 'session')?.text).toMatch(/[Cc]risis/);
  });

  it('"Plan to take them tonight", after pills counted, is the client\'s plan, never the plan of care', () => {
    const summary = 'Pt said she has been saving her mom\'s oxycodone, has 30. Plan to take them tonight when everyone is asleep. Called mobile crisis. Plan: ED eval.';
    expect(section(summary, 'plan')).not.toMatch(/take them tonight/);
    expect(section(summary, 'risk')).toMatch(/take them tonight/);
    expect(section('Pt\'s grandkids visiting this wk. Plan to take them to the zoo tomorrow.', 'plan')).not.toMatch(/risk/i);
  });

  it('a hand slammed on a counter until it bruised is self-harm, and "no other SH" never denies it', () => {
    expect(readSummary('Member shared she punched her own thigh until it bruised after a fight with her mom, no other SH, denies SI.').risk.selfHarm).toBe('present');
    expect(readSummary('Pt slammed his hand on the desk in frustration when talking about his boss. Denies SI/HI/SH.').risk.selfHarm).toBe('denied');
  });

  it('"Item 9 scored 2" after a PHQ-9 is that instrument\'s item, a score, never something the client reported', () => {
    const out = section('PHQ-9 17 today. Item 9 scored 2. Pt tearful.', 'subjective') + section('PHQ-9 17 today. Item 9 scored 2. Pt tearful.', 'objective');
    expect(out).toMatch(/PHQ-9 item 9 scored 2/);
    expect(out).not.toMatch(/Client reported (?:PHQ-9 )?item/i);
  });

  it('EPDS item 10 above 0 asks for a self-harm assessment when none is documented', () => {
    const warned = composeNote({ summary: 'Postpartum f/u, 8 wks. EPDS 15. Item 10 scored 1. Tearful, exhausted.', format: 'soap' }).warnings;
    expect(warned.some((w) => w.code === 'epds_item10')).toBe(true);
    expect(composeNote({ summary: 'Postpartum f/u. EPDS 6, item 10 scored 0.', format: 'soap' }).warnings.some((w) => w.code === 'epds_item10')).toBe(false);
  });

  it('an instrument outside the table with its score ("AUDIT 16") is a score, never "Client reported AUDIT 16"', () => {
    expect(section('S: pt drinking less. AUDIT 16. O: calm', 'subjective')).toMatch(/(?:^|\. )AUDIT 16\./);
  });

  it('in dictation, "they both got it" after the work, and a partner who "said he didn\'t know", are the response', () => {
    const summary = 'so this was um Dana and Luis the couples session um I did some psychoeducation on the pursue withdraw cycle and they both really got it Luis actually said he didn\'t know she felt ignored so that was good um homework is each of them notices one bid this week';
    const assessment = section(summary, 'assessment', 'dap');
    expect(assessment).toMatch(/[Bb]oth really got it/);
    expect(assessment).toMatch(/Luis actually said he did not know she felt ignored\./);
    const all = composeNote({ summary, format: 'dap' }).sections.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/so that was good|the couples\b/);
    expect(all).toMatch(/Homework: each of them notices/);
  });

  it('a step jotted as a question ("talk to HR about light duty?") is a step weighed, never "asked about talk"', () => {
    const plan = section('D: back pain, off work. P: talk to HR about light duty? pt not sure yet', 'plan', 'dap');
    expect(plan).toMatch(/Explored whether to talk to human resources (?:\(HR\) )?about light duty/);
    expect(plan).not.toMatch(/Asked about talk/);
  });
});
