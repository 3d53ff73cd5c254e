import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 220 (a private practice for anxiety, OCD and trauma; a school-based mental health program), read on fba2b09.
// Tested on summaries written here, not the reviewers'.

describe('review 220: obsessions are no threat, and urges are no denial', () => {
  const harmOcd = 'ERP sess 8, harm OCD, pt 17F. Reports intrusive thoughts of strangling her baby sister when she holds her, very upsetting to her, no intent. Also urges to scratch her legs when anxious, has not acted on it, no hx self-harm. Plan: next hierarchy step.';

  it('ego-dystonic intrusive thoughts of harming a sibling are never a threatening statement to weigh for a duty to warn', () => {
    const doc = composeNote({ summary: harmOcd, format: 'soap' });
    expect(doc.risk.threat).toBeFalsy();
    const text = note(harmOcd);
    expect(text).not.toMatch(/threatening statement/);
    expect(text).not.toMatch(/duty-to-warn/);
  });

  it('thoughts of harming someone said to be ego-dystonic, without the word "intrusive", are no threat either', () => {
    expect(composeNote({ summary: 'Pt 24M, OCD. Has thoughts of stabbing his girlfriend when cooking, ego-dystonic, no intent, avoids knives.', format: 'soap' }).risk.threat).toBeFalsy();
  });

  it('"urges to scratch her legs ... has not acted on it" are self-harm urges, never "the client denied self-harm"', () => {
    const doc = composeNote({ summary: harmOcd, format: 'soap' });
    expect(doc.risk.selfHarmUrges).toBe(true);
    expect(note(harmOcd)).not.toMatch(/the client denied self-harm/);
  });

  it('a real threat is still a threat: "said he is going to shoot him" with a gun at hand', () => {
    const doc = composeNote({ summary: 'Pt 16M. Told a friend he is going to shoot Kevin tomorrow. Dad keeps a handgun in the nightstand.', format: 'soap' });
    expect(doc.risk.threat).toBe(true);
  });
});

describe('review 220: the session, and what was done in it', () => {
  it('a ritual cut "from 2 hrs to about 45 min" is never the session\'s length, nor its CPT code', () => {
    const summary = 'Sess 5 ERP, pt 15M w/ mom. Cut bedtime checking rituals from 2 hrs to about 45 min. Plan: continue.';
    const text = note(summary);
    expect(text).not.toMatch(/Session[^.\n]*45 minutes/);
    expect(text).not.toMatch(/90834/);
    expect(readSummary(summary).session.minutes).toBeUndefined();
  });

  it('"Cut ... rituals from 2 hrs to about 45 min" is the client\'s doing, said whole', () => {
    const text = note('Pt 30F, OCD. Cut bedtime checking rituals from 2 hrs to about 45 min.');
    expect(text).toMatch(/Client cut bedtime checking rituals from 2 hours to about 45 minutes/);
    expect(text).not.toMatch(/reported cut\b/);
  });

  it('"Did in-vivo exposure ..., SUDS 80 down to 40" in the session is the session\'s work, never a report', () => {
    const summary = 'Pt 19F, contamination OCD. Did in-vivo exposure touching the clinic door handle, SUDS 80 down to 40. Plan: repeat daily.';
    expect(section(summary, 'subjective')).not.toMatch(/door handle/);
    expect(section(summary, 'objective')).toMatch(/exposure touching the clinic door handle/);
    expect(note(summary)).not.toMatch(/(?:^|\. )Did in-vivo/m);
  });

  it('exposures done between sessions stay the client\'s report', () => {
    expect(section('Pt 19F, OCD. Did exposures 5 of 7 days this week, SUDS lower each time.', 'subjective')).toMatch(/exposures 5 of 7 days/);
  });

  it('"Met with Jayden 40 min" is the session\'s length', () => {
    expect(readSummary('School-based session with Jayden, 14. Met with Jayden 40 min. Talked about his grades.').session.minutes).toBe(40);
  });
});

describe('review 220: a school threat with a gun within reach', () => {
  const summary = 'School-based, Devon 15, 10th grade. Per a classmate, Devon said he is going to bring his cousin\'s gun and shoot Marcus. Cousin\'s gun is at his aunt\'s house where he stays on weekends, not locked up. Denies SI. We did the threat assessment protocol with the AP and SRO, called dad, he will go get the gun from the aunt\'s today.';

  it('a gun "at his aunt\'s house where he stays ..., not locked up" is access, said beside the threat; its removal promised is not done', () => {
    const doc = composeNote({ summary, format: 'soap' });
    expect(doc.risk.threat).toBe(true);
    expect(doc.risk.means).toBe(true);
    expect(doc.risk.meansRemoved).toBeFalsy();
    expect(note(summary)).toMatch(/Regarding the threatening statement, access to a gun was reported/);
  });

  it('"not locked up" is never listed as a safety measure', () => {
    expect(composeNote({ summary, format: 'soap' }).risk.safetyPlan).toEqual([]);
    expect(note(summary)).not.toMatch(/Safety measures: not locked up/);
  });

  it('"we did the threat assessment protocol with the AP and SRO" is the clinician\'s work with staff, never the client\'s', () => {
    const text = note(summary);
    expect(text).not.toMatch(/Therapist and client did the threat assessment/);
    expect(text).toMatch(/Therapist did the threat assessment protocol with the AP and school resource officer/);
  });
});

describe('review 220: suicidal thoughts told as past', () => {
  it('"Last thoughts of suicide were in the summer, fleeting" beside a denial now is never active ideation endorsed', () => {
    const summary = 'Intake 60 min. Pt 41M referred by PCP for depression. Denies current SI, denies plan or intent. Last thoughts of suicide he says were in the summer, fleeting, after the divorce.';
    const doc = composeNote({ summary, format: 'soap' });
    expect(doc.risk.si).not.toBe('active');
    expect(note(summary)).not.toMatch(/endorsed active suicidal ideation/);
  });
});

describe('review 220: a parent-only session', () => {
  const summary = 'Parent-only phone session with mom re Mateo, 8, 35 min. Mom says bedtime is still a battle, he gets out of bed 5 or 6 times. We went over the bedtime pass plan and the sticker chart. Mom agreed to try it for a week. He has been wetting the bed again too.';

  it('"we went over ..." is the clinician and the mother, never the client who was not there', () => {
    const text = note(summary, 'dap');
    expect(text).not.toMatch(/Therapist and client went over/);
    expect(text).toMatch(/Therapist and the mother went over the bedtime pass plan/);
  });

  it('what "he" has been doing, told by the mother, is the mother\'s report', () => {
    expect(note(summary, 'dap')).toMatch(/The mother reported that the client has been wetting the bed again too/);
  });

  it('is billed as family psychotherapy without the client, never individual psychotherapy', () => {
    const cpt = composeNote({ summary, format: 'dap' }).cpt;
    expect(cpt?.code).toBe('90846');
  });
});

describe('review 220: a walk-in crisis in PIE', () => {
  const summary = 'Walk-in crisis, 80 min. Pt 31F came in after fight w/ bf, SI w/ plan to overdose on her Klonopin, has 40 tabs at home, intent 7/10. Called mobile crisis, pt agreed to voluntary eval. Pt transported to Mercy ED by mobile crisis at 5:10, handoff to ED SW.';

  it('the client taken on to the emergency department is the intervention, never the problem', () => {
    expect(section(summary, 'intervention', 'pie')).toMatch(/transported to Mercy emergency department by mobile crisis/);
    expect(section(summary, 'problem', 'pie')).not.toMatch(/transported/);
  });

  it('"Pt 31F came in after ..." keeps the age apart from what the client did', () => {
    expect(note(summary, 'pie')).toMatch(/Client, a 31-year-old female, came in after fight with boyfriend/);
    expect(note(summary, 'pie')).not.toMatch(/is a 31-year-old female came in/);
  });

  it('a fight "w/ bf" before the ideation makes it no one else\'s', () => {
    const doc = composeNote({ summary, format: 'pie' });
    expect(doc.risk.si).toBe('active');
    expect(doc.risk.othersRisk).toBeFalsy();
    expect(note(summary, 'pie')).not.toMatch(/Another person's suicidal thoughts/);
  });

  it('the tablets at home are the medicine named beside them', () => {
    expect(note(summary, 'pie')).toMatch(/access to Klonopin was reported/);
  });
});

describe('review 220: what is said of the client at intake', () => {
  it('"kids are her reason to live" names the kids as a protective factor', () => {
    expect(composeNote({ summary: 'Intake. Denies SI. Lives with husband and 3 kids, kids are her reason to live.', format: 'soap' }).risk.protectiveFactors).toContain('kids');
  });

  it('"X she says were Y" is what she reported, said whole', () => {
    const text = note('Intake. Denies current SI. Worst thoughts of dying she says were in March, fleeting.');
    expect(text).toMatch(/Client reported that worst thoughts of dying were in March, fleeting/);
  });
});
