import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { note, section } from './note-text.ts';

// Blind review 222 (an outpatient psychiatry clinic; a refugee and immigrant program), read on 8c84ce9, and what review
// 221 left open. Tested on summaries written here, not the reviewers'.

describe('review 222: risk', () => {
  it('"hitting her own legs with fists" is self-harm seen, never a threatening statement toward another', () => {
    const summary = 'Crisis walk-in. Pt crying, hitting her own legs with fists in session. Urges to cut, never acted on them. Denies SI.';
    const doc = composeNote({ summary, format: 'sirp' });
    expect(doc.risk.threat).toBeFalsy();
    expect(note(summary, 'sirp')).not.toMatch(/threatening statement/);
  });

  it('pills a relative is "coming to remove" are a removal agreed, never done; the tablets are the medicine named', () => {
    const summary = 'Crisis walk-in. Has been saving up her lithium for 2 wks, plans to take them tonight, endorses intent. Has ~30 tabs at home. Sister coming to remove pills from home.';
    const doc = composeNote({ summary, format: 'girp' });
    expect(doc.risk.meansRemoved).toBeFalsy();
    expect(doc.risk.meansRemovalAgreed).toBe(true);
    expect(note(summary, 'girp')).toMatch(/access to lithium was reported, and its removal by someone else was agreed \(not confirmed as done\)/);
  });

  it('"no pills at home he knows of" is no denial of access', () => {
    const summary = 'Family session, Tesfaye family. Daniel (12) admits thoughts of dying "sometimes", searched online about pills last wk, no pills at home he knows of, no attempt. Parents to lock up all meds.';
    expect(readSummary(summary).risk.means).not.toBe(false);
  });

  it('"he kept saying if they send me back I am dead anyway" keeps his words, never the therapist\'s', () => {
    const text = note('so this is for Ali individual session today he kept saying if they send me back I am dead anyway he denies a plan', 'dap');
    expect(text).toMatch(/"if they send me back I am dead anyway"/);
    expect(text).not.toMatch(/send the therapist back/);
  });
});

describe('review 222: a dictated session with a plan', () => {
  const summary = 'ok so this is for um Jean-Luc Moreau individual session today in person no interpreter needed so he um came in really agitated his court date got moved up to Monday he\'s walked to the bridge twice this week um we talked the three of us with his brother about getting him to the ER if needed he agreed not to walk to the bridge and to call the crisis line um I\'ll see him Friday before court';

  it('names the session, and splits how he came in and what happened to his case', () => {
    const text = note(summary, 'dap');
    expect(text).not.toMatch(/Client reported Jean-Luc/);
    expect(text).toMatch(/Client came in really agitated\./);
    expect(text).toMatch(/(?:His|Client reported his) court date got moved up to Monday\./);
  });

  it('"he\'s walked to the bridge" is what he has done, never what was done to him', () => {
    expect(note(summary, 'dap')).toMatch(/has walked to the bridge twice this week/);
    expect(note(summary, 'dap')).not.toMatch(/was walked/);
  });

  it('"the three of us" is everyone together, and "I\'ll see him Friday" after "if needed ..." is the plan', () => {
    const text = note(summary, 'dap');
    expect(text).not.toMatch(/three of therapist/);
    expect(section(summary, 'plan', 'dap')).toMatch(/Therapist will see him Friday before court/);
  });
});

describe('review 222: shorthand, headings and who', () => {
  it('"1-2 pts on 0-10" are points; "6 pts present" are clients', () => {
    expect(expandShorthand('drop in distress 1-2 pts on 0-10. 6 pts present.')).toBe('drop in distress 1-2 points on 0-10. 6 clients present.');
  });

  it('"incl." is "including", its point no sentence end', () => {
    expect(expandShorthand("lock up all meds incl. dad's BP meds")).toMatch(/medications including father's/);
  });

  it('a phone call with a prescriber about the client is a collateral contact, never billed as psychotherapy', () => {
    const doc = composeNote({ summary: 'Phone call w/ Dr. Ames (prescriber) re: client Leo V. ANC low, twice weekly labs. I\'ll reinforce lab appts. 15 min.', format: 'pirp' });
    expect(doc.cpt).toBeUndefined();
    // (No telehealth session with the client was held, so no telehealth consent is asked for.)
    expect(doc.warnings.map((w) => w.message).join(' ')).not.toMatch(/Telehealth session/);
  });

  it('a small word in a program\'s title is never a name ("Parenting After Divorce", "after group")', () => {
    const text = note('Group - Parenting After Divorce, wk 4 of 8, 7 members present\n• topic: co-parenting\n• Carla shared her ex moved, got tearful\n• Beth disclosed "some days I don\'t see the point" - checked in w/ her after group, denies plan or intent', 'sirp');
    expect(text).toMatch(/checked in with (?:Beth|her) after group/);
    expect(text).not.toMatch(/After group/);
  });

  it('a lone "S:" line is what was told, never kept as written', () => {
    expect(note('Fam session - Ortiz family: dad Luis, mom Rosa\nS: Rosa says Mateo has been skipping school.', 'birp')).not.toMatch(/S: Rosa/);
  });

  it('"good engagement" and "responded well" after the work are the response, and the member named before it responded', () => {
    const summary = 'DBT group, 6 members. Roleplays in pairs, good engagement. Jamal dominated early, redirected x2, responded well.';
    const response = section(summary, 'response', 'sirp');
    expect(response).toMatch(/good engagement/);
    expect(response).toMatch(/Jamal responded well/);
  });

  it('"Mom agreed A and she will stay at her parents\' tonight" keeps the child in what was agreed', () => {
    expect(note("Child w/ parent - Aiden (7) and mom Kristen.\nMom agreed A and she will stay at her parents' tonight.")).toMatch(/Mother agreed Aiden and she will stay at her parents' tonight/);
  });
});
