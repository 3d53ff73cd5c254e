import { describe, expect, it } from 'vitest';
import { composeNote, findSessionDate } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 208 (a tribal behavioral health program; a psychiatric emergency department consult service), read on
// bf76564. Tested on summaries written here, not the reviewers'.

const sessionOf = (summary: string) => composeNote({ summary, format: 'soap' });

describe('review 208: risk', () => {
  it('"referred for self-harm concerns" and "dad worried about cutting" are the reason for asking, never current self-harm; urges without acts stay urges', () => {
    const risk = readSummary('12F w/ dad. Referred by pediatrician for self-harm concerns. Dad worried about cutting. Pt has urges to cut when angry, has not cut, no marks. Denies SI.').risk;
    expect(risk.selfHarm).not.toBe('present');
    expect(risk.selfHarmUrges).toBe(true);
    expect(readSummary('Referred for SI concerns by her teacher.').risk.si).not.toBe('active');
  });

  it('what the client said when brought in is then; today\'s denial is the status now', () => {
    const risk = readSummary('Brought in by police 2 days ago; she told the officer at the time she planned to jump from the bridge. Today denies SI, future oriented.').risk;
    expect(risk.si).toBe('denied');
  });

  it('"killing himself would be a sin" is a reason against it, and "wishes God would take him" is a passive wish', () => {
    const risk = readSummary('Mr. Ortiz, 79, widowed in May. He wishes God would just take him. No plan, no intent; he says killing himself would be a sin.').risk;
    expect(risk.si).toBe('passive');
  });

  it('a gun a relative agrees to take home with her is a removal agreed, and "the deputy did not remove them" no refusal', () => {
    const taken = composeNote({ format: 'soap', summary: 'Pt has a revolver in the closet and his wife\'s old oxycodone. He says he wishes he was dead, no plan. Daughter agreed to take the revolver and the pills home with her tonight.' }).risk;
    expect(taken.meansRemovalAgreed).toBe(true);
    const text = section('Pt said he will shoot his brother-in-law. Denies SI. Has a rifle at home, deputy did not remove it.', 'risk');
    expect(text).toMatch(/access to a rifle was reported/);
    expect(text).not.toMatch(/declined/);
  });

  it('a voluntary admission refused ("upset about being locked up") is no safety measure', () => {
    const text = section('Denies SI. Endorses HI toward landlord, has 2 shotguns at home.\nIntervention: risk assessment for violence.\nResponse: pt refused voluntary admission, upset about being locked up.', 'risk', 'sirp');
    expect(text).toMatch(/access to shotguns was reported/);
    expect(text).not.toMatch(/Safety measures: client refused/);
  });

  it('"Acute risk appears low now that she is sober, chronic risk elevated" under the impression is the clinician\'s risk judgment, never the client\'s report', () => {
    const doc = sessionOf('Pt calm, cooperative.\nImp: AUD. Acute risk appears low now that she is sober, chronic risk elevated d/t prior attempt.');
    const subjective = doc.sections.find((s) => s.key === 'subjective')!.text;
    expect(subjective).not.toMatch(/reported acute risk/);
    expect(doc.sections.find((s) => s.key === 'risk')!.text).toMatch(/Acute risk appears low/);
  });
});

describe('review 208: session details', () => {
  it('a talking circle held is a group session, and one a client attends elsewhere is not', () => {
    expect(sessionOf('Healing circle - Thu - 5:00-6:30\n- 9 attended, elder co-led\n- theme: grief after overdose deaths').sections.find((s) => s.key === 'session')!.text).toMatch(/^Group psychotherapy/);
    expect(readSummary('Pt goes to talking circle on Tuesdays. 50 min indiv.').session.serviceType).toBe('individual');
  });

  it('"met with the Lees for couples session #4", with no article, is a couples session', () => {
    expect(readSummary('I met with Tom and Ana Lee for couples session #4 (55 min, video).').session.serviceType).toBe('couples');
  });

  it('a length said alone after a pause in a dictated first line is the session\'s length', () => {
    expect(readSummary('video visit with Ray Tso 33 uh he was in his truck at the gas station for the signal um 50 minutes so he says the cravings are worse').session.minutes).toBe(50);
  });

  it('"ED psych eval 4/2 0930" is the heading and its date; the story of how the client came stays the client\'s', () => {
    const summary = 'ED psych eval 4/2 0930, now calm\n52F BIB police 0200 after neighbor called 911, found her on the roof, "I just wanted quiet." Now denies SI.\n~35 min';
    expect(findSessionDate(summary, { today: '2026-12-06' })).toMatchObject({ month: 4, day: 2 });
    const doc = composeNote({ summary, format: 'soap' });
    expect(doc.sections.find((s) => s.key === 'session')!.text).not.toMatch(/roof/);
    expect(doc.sections.find((s) => s.key === 'subjective')!.text).toMatch(/brought in by police/);
  });
});

describe('review 208: words and places', () => {
  it('"re-screen before dc" on a unit teaching TIPP is the discharge; "TIPP skills" written out is not doubled', () => {
    const text = note('Afternoon skills group on the unit, TIPP skills and paced breathing. Asked nursing for a full re-screen before dc.');
    expect(text).toMatch(/before discharge/);
    expect(text).not.toMatch(/diary card/);
    expect(note('Topic was emotion regulation - TIPP skills, paced breathing.')).not.toMatch(/skills skills/);
  });

  it('"We agreed he will ..." and "Agreed pt will ..." are the plan', () => {
    expect(section('We agreed he will call his sponsor daily and she will go to Al-Anon on Tuesdays.', 'plan')).toMatch(/call his sponsor/);
    expect(section('Agreed pt will attend AA 3x/wk.', 'plan')).toMatch(/Alcoholics Anonymous/);
  });

  it('a structural family approach named is the intervention', () => {
    expect(section('- structural family approach, each parent said what they expect of T.', 'intervention', 'pie')).toMatch(/Structural family approach/);
  });

  it('"Med: DM2, HTN" is medical history, not medication; BIB and BAL are spelled out', () => {
    expect(note('Med: DM2 on insulin, HTN.')).toMatch(/Medical: type 2 diabetes/);
    expect(note('BIB EMS. BAL 0.18 on arrival.')).toMatch(/brought in by emergency medical services.*blood alcohol level 0\.18/is);
  });

  it('after the day a plan is for, the client\'s own present is a new statement in dictation', () => {
    const text = note('so we went over the plan um his wife agreed to take the rifle to her sister tonight he gets a little foggy on dates he scored 22 on the MoCA', 'simple');
    expect(text).not.toMatch(/tonight he gets a little foggy/);
  });
});

describe('review 208: harm promised to another, on a condition', () => {
  it('"said he\'ll shoot his cousin if he comes on the property again" is a threat to weigh, whoever the target is named as', () => {
    for (const summary of [
      'Ind 50 min. Pt furious about the property line. Said he\'ll shoot his cousin if he comes on the property again. Denies SI.',
      'Ind 50 min. Pt angry, says he\'s gonna beat his stepfather up if he touches his mom again. Denies SI.',
      'Ind 50 min. Client told me she will stab the guy who robbed her if she sees him. Denies SI.',
    ]) {
      const r = readSummary(summary).risk;
      expect(r.threat, summary).toBe(true);
      expect(note(summary), summary).not.toMatch(/homicidal ideation was not documented/);
    }
  });

  it('a fear of harming one\'s child is no homicidal ideation endorsed, and a fear of killing oneself stays suicidal ideation', () => {
    const fear = readSummary('Postpartum f/u. Pt scared she\'ll hurt her son when she is this exhausted, hates the thought. Denies SI.').risk;
    expect(fear.hi).not.toBe('present');
    expect(fear.threat).toBeFalsy();
    expect(note('Postpartum f/u. Pt afraid he might hurt the baby, intrusive images, avoids bathing him.')).not.toMatch(/endorsed homicidal ideation/);
    expect(readSummary('Pt afraid she will kill herself if she goes home tonight.').risk.si).toBe('active');
  });

  it('another person\'s threat told of in reported speech is theirs, never the client\'s', () => {
    const r = readSummary('Pt says her sister\'s ex threatened to beat her boyfriend last week. Denies SI, HI.').risk;
    expect(r.threat).toBeFalsy();
  });
});
