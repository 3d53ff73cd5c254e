import { describe, expect, it } from 'vitest';
import { composeNote, findSessionDate } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 209 (a solo private practice for adults and couples; a residential substance use treatment program), read on
// 934fa85, with review 208's open findings ("med w/u", exam findings jotted in dictation). Tested on summaries written here,
// not the reviewers'.

const sessionOf = (summary: string) => composeNote({ summary, format: 'soap' }).session!;

describe('review 209: risk', () => {
  it('"denies SI w/ plan" beside a quoted wish not to wake is passive ideation with the plan denied, never a denial of ideation', () => {
    const summary = 'Said "honestly it would be easier to not wake up." Asked directly - denies plan or intent, denies SI w/ plan.';
    expect(readSummary(summary).risk.si).toBe('passive');
    expect(note(summary)).not.toMatch(/the client denied suicidal ideation/);
  });

  it('in a couples session, their son\'s words and cutting are another person\'s, and "Neither parent reports SI themselves" is the couple\'s denial', () => {
    const summary = 'Couples session, Mark & Dana, 50 min.\nTheir 15yo son Caleb cut his thighs last month, Dana found the razor. Caleb told her he "wishes he could disappear." Neither parent reports SI themselves.';
    const r = readSummary(summary).risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
    const text = note(summary, 'pie');
    expect(text).not.toMatch(/Client is Their|Their, /);
    expect(text).toMatch(/Their 15-year-old son Caleb/);
    expect(text).not.toMatch(/endorsed passive suicidal ideation/);
  });

  it('a family session held for one client named as such gives that client\'s status, named', () => {
    const text = section('Family session - client Nora Baptiste (27) w/ her father Mr. Baptiste, in person, 55 min.\nNora: denies SI. Dad tearful, talked about the divorce.', 'risk');
    expect(text).toMatch(/Risk status as documented for Nora, the identified client: the client denied suicidal ideation/);
    expect(text).not.toMatch(/for whom, see the statements above/);
  });

  it('"threatening to leave AMA" is no threat of harm, and AMA is spelled out', () => {
    const summary = 'Pt threatening to leave AMA tonight after a call w/ his wife. Denies SI/HI.';
    expect(readSummary(summary).risk.threat).toBeFalsy();
    expect(note(summary)).toMatch(/against medical advice/);
    expect(section(summary, 'risk')).not.toMatch(/leave/);
  });
});

describe('review 209: who did it', () => {
  it('"Pt Jordan M (day 16) packed bags" is the client named with an initial, never the client reporting another', () => {
    for (const summary of ['Crisis mtg. Pt Kevin R (day 11) packed his bags after a call.', 'Crisis mtg. Pt Kevin R, day 11, packed his bags after a call.']) {
      const text = note(summary);
      expect(text, summary).toMatch(/Client \(Kevin R, day 11\) packed his bags/);
      expect(text, summary).not.toMatch(/Client reported Kevin/);
    }
  });

  it('checks ordered for the client are the staff\'s step, never the client\'s report', () => {
    const text = note('Crisis mtg 9:10pm. Pt tearful. Night staff q15 checks ordered per protocol.');
    expect(text).toMatch(/Night staff 15-minute checks ordered per protocol/);
    expect(text).not.toMatch(/Client reported Night staff/);
  });

  it('a medicine written with its capital is never a person, and "Use hx:" is the history, never the plan', () => {
    const summary = 'Intake, 60 min.\nUse hx: EtOH nightly since ~30, 12 beers/day; Ativan "from a coworker" 1mg/day x 2 mo; no IV use; denies opioids\nPlan: admit to residential.';
    const text = note(summary, 'pirp');
    expect(text).not.toMatch(/Ativan (?:reported|denied)/);
    expect(text).toMatch(/Client reported no IV use/);
    expect(section(summary, 'plan', 'pirp')).not.toMatch(/Use history/);
  });

  it('"let us call her sister" is the treatment team, never the therapist and the client', () => {
    expect(note('Pt agreed to let us call her sister tonight.')).toMatch(/let the treatment team call her sister/);
  });

  it('"Pt to journal ..." is homework, the plan; "Abreaction set 4" is seen; a diagnosis with its code is the diagnosis', () => {
    const summary = 'Telehealth 50 min.\nDx F41.1 GAD\nAbreaction set 4, pt cried, grounded w/ 5-4-3-2-1.\nPt to journal any disturbance, use container PRN.';
    expect(section(summary, 'plan')).toMatch(/Client to journal any disturbance/);
    const text = note(summary);
    expect(text).not.toMatch(/Client reported (?:abreaction|Diagnosis)/i);
    expect(note('Dx borderline PD and PTSD.')).toMatch(/borderline personality disorder/);
  });
});

describe('review 209: session details', () => {
  it('"Met 35 min in office" is the session\'s length', () => {
    expect(sessionOf('Crisis mtg 8:15pm called by night tech. Pt tearful. Met 35 min in office.').minutes).toBe(35);
  });

  it('"Telehealth (Zoom) 4/1 5:00-5:40pm - pt ... w/ her son ..." gives the hours, and the son is who came, never what she has', () => {
    const summary = 'Telehealth (Zoom) 3/9 4:00-4:45pm - pt Rosa Vega w/ her daughter Mia (8), Mia at her aunt\'s home w/ aunt present, pt on unit.\nGoal: prep Mia for discharge.';
    const s = sessionOf(summary);
    expect(s.startTime).toBe('16:00');
    expect(s.endTime).toBe('16:45');
    expect(note(summary, 'girp')).not.toMatch(/Client has her daughter/);
  });

  it('bars between a heading\'s parts are separators: the date after one is the session\'s', () => {
    const summary = 'Pt: Lena T. | Telehealth video, pt at home, 50 min | 3/12\nEMDR phase 4.';
    expect(findSessionDate(summary, { today: '2026-12-07' })?.date).toBe('2026-03-12');
    expect(note(summary)).not.toMatch(/\|/);
  });
});

describe('review 209: words', () => {
  it('"pending tx" outside a transplant service is treatment; SNAP is the benefit; "med w/u" a medical workup', () => {
    expect(note('Protective: 3 kids - custody review pending tx completion.')).toMatch(/pending treatment completion/);
    expect(note('Plan: f/u on SNAP application next wk.')).not.toMatch(/Snapchat/);
    expect(note('ED consult. Medically cleared after med w/u, labs wnl.')).toMatch(/medical workup/);
  });

  it('"SUD start 8 -> end 3" is the start and the end, and SL is sublingual beside a dose', () => {
    expect(note('SUD start 7 -> end 2.')).toMatch(/7 at the start and 2 at the end/);
    expect(note('Induction: bup 8mg SL daily, tolerated.')).toMatch(/sublingual/);
  });
});

describe('review 209: dictation', () => {
  it('"there\'s nothing here she could use anyway" stays one statement; "at night she was more open" is two', () => {
    const text = note('um so she said she has not used since March and there is nothing here she could use anyway she said the cravings come at night so she is going to ask nursing for a heat pack at night she was more open than last week', 'dap');
    expect(text).not.toMatch(/Client could use anyway/);
    expect(text).not.toMatch(/at night she was more open/);
  });

  it('in dictation, an exam finding, the client\'s answer and the next domain each start a statement of their own', () => {
    const text = note('he says he is sleeping better no evidence of psychosis he denies any thoughts of suicide');
    expect(text).toMatch(/No evidence of psychosis\./);
    expect(text).not.toMatch(/sleeping better no evidence/);
    expect(note('saw him in the hallway um he is calm and cooperative now no psychosis thought process linear he denies SI')).toMatch(/No psychosis\. Thought process linear/);
  });

  it('"you know" before a list of things is a filler, and "no new marks" after what she showed is a finding of its own', () => {
    const text = note('so she said the urges were bad on Monday um we did a chain analysis of Monday night you know the call the guilt the urge and found the weak spots she showed me her wrists no new marks she denied SI');
    expect(text).not.toMatch(/you know/);
    expect(text).toMatch(/No new marks\./);
  });
});
