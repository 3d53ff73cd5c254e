import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 190 (a perinatal and postpartum practice; a rural telehealth and farmworker service), read on 42962b6.
// Tested on summaries written here, not the reviewers'.

describe('review 190', () => {
  it('"got the 12 gauge right here ... thinking about driving out to the river with it" is suicidal ideation; "I don\'t really want to die I just want it to stop" never denies it', () => {
    const summary = 'Crisis call 50 min, phone only. Pt Cody, 34, lost the lease Fri. States "I got the 12 gauge in the truck, been thinking about driving out to the river with it." Intent "maybe tonight." Later said "I don\'t really want to die I just want it to stop."';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.intent).toBe(true);
    expect(section(summary, 'risk', 'soap')).not.toMatch(/the client denied suicidal ideation/);
    expect(readSummary('Session 50 min. Said "I don\'t want to die, I want to see my kids grow up." Denies SI.').risk.si).toBe('denied');
  });

  it('"his neighbor came and took the rifle to the main house" is means held by someone else', () => {
    const summary = 'Crisis call 45 min, phone. Endorses SI, has his deer rifle in the bunkhouse, thinking of using it tonight. Neighbor Joe came over and took the rifle and shells to the main house.';
    expect(section(summary, 'risk', 'soap')).toMatch(/removed or held by someone else/);
  });

  it('words the husband said to the client ("he told her \\"you\'d be better off without me\\"") are his, never her death wish', () => {
    const summary = 'Indiv, 50 min, in person. Client: Ana Ruiz, 31, 3 mo PP.\nS: Ana came in worried about her husband Ben. Says since he lost his job 2 wks ago he is "not himself," drinking more, and on Friday told her "you and the kids would be better off without me." Ana herself denies SI/HI.';
    const risk = readSummary(summary).risk;
    expect(risk.siWordsQuoted).toBeUndefined();
    expect(risk.othersRisk).toBe(true);
    expect(section(summary, 'risk', 'soap')).not.toMatch(/wish to be dead or not to wake/);
  });

  it('"There is a handgun in the house" stays in the present, and "There are 2 rifles in the barn" needs no "Client reported"', () => {
    const text = section('Session 50 min. Husband drinking more. There is a handgun in the house (his, in a safe). There are 2 rifles in the barn.', 'subjective', 'soap');
    expect(text).toMatch(/There is a handgun in the house/);
    expect(text).toMatch(/(?:^|\. )There are 2 rifles in the barn/);
    expect(text).not.toMatch(/reported There/);
  });

  it('"by phone because the video kept freezing" is a phone session', () => {
    expect(readSummary('session today was by phone because the video would not hold so phone only about 40 minutes he was tired').session.modality).toBe('phone');
    expect(readSummary('Session by video, 50 min.').session.modality).toBe('video');
  });

  it('"Stayed on video with her while partner Sam drove home" is the clinician staying on the line', () => {
    const text = note('CRISIS - unscheduled, 90 min, telehealth. Pt endorsed SI w/ plan to overdose. Stayed on video with her while partner Sam drove home from work.', 'pirp');
    expect(text).toMatch(/Therapist stayed on video with her/);
    expect(text).not.toMatch(/Client stayed on video/);
  });

  it('"Mom tearful about \\"messing him up\\", validated." is her tears, then the clinician\'s validating', () => {
    const text = note('Session 50 min with Jo and son Max (6). Jo tearful at end about "messing him up", validated.', 'birp');
    expect(text).toMatch(/Therapist validated/);
    expect(text).not.toMatch(/messing him up"; validated/);
  });

  it('"D/A:" heads the clinician\'s formulation, never the client\'s report', () => {
    const summary = 'DAP - Mia, 27, 8 wks PP, 50 min\n- crying daily, sleep 3 hrs\nD/A: low mood in the context of sleep loss and isolation; using supports more than last month.\nP: weekly';
    expect(section(summary, 'assessment', 'dap')).toMatch(/low mood in the context of sleep loss/);
    expect(section(summary, 'data', 'dap')).not.toMatch(/low mood in the context/);
  });
});
