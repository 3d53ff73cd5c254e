import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note } from './note-text.ts';

// Blind review 214 (a rural community mental health clinic; a college and university counseling center), read on 091957e.
// Tested on summaries written here, not the reviewers'.

describe('review 214: risk', () => {
  it('cuts seen "on roommate\'s forearms" are the roommate\'s, never the client\'s self-harm', () => {
    const r = readSummary('Sam (he/him), regular client. Sam saw fresh cuts on roommate\'s forearms Sunday. Sam denies own SI/SH.').risk;
    expect(r.selfHarm).not.toBe('present');
    expect(readSummary('Pt showed fresh cuts on her left forearm.').risk.selfHarm).toBe('present');
  });

  it('"cutting vids" a friend saw on her phone are no one\'s self-harm', () => {
    const r = readSummary('14yo F w/ mom. School called b/c friend saw cutting vids on her phone. Met alone: urges to cut almost every night, has not acted. Denies SI.').risk;
    expect(r.othersSelfHarm).toBeFalsy();
    expect(r.selfHarmUrges).toBe(true);
  });

  it('"Q10 on EPDS scored 0" is the EPDS item, never every 10 minutes', () => {
    const text = note('Phone session. 6 wks postpartum. EPDS 14. Q10 on EPDS scored 0, denies SI.', 'pie');
    expect(text).toMatch(/item 10 of the EPDS/);
    expect(text).not.toMatch(/every 10 minutes/);
    expect(note('On q15 checks overnight.')).toMatch(/15-minute checks/);
  });
});

describe('review 214: who and how long', () => {
  it('a check-in set as homework ("a 20 min check-in 3x this week") is never the session\'s length', () => {
    expect(composeNote({ summary: 'I saw Ana and Ben for their 3rd couples session. Practiced speaker-listener. I gave them homework of a 20 min check-in 3x this week. Next session in 2 weeks.', format: 'dap' }).session?.minutes).toBeUndefined();
    expect(composeNote({ summary: 'Couples session 3 in office. They agreed to a 15-min check-in Sunday nights.', format: 'dap' }).session?.minutes).toBeUndefined();
    expect(composeNote({ summary: '15 min check-in w/ Mr. Okafor, doing ok.', format: 'dap' }).session?.minutes).toBe(15);
  });

  it('"Lethal means counseling - agreed to have his brother-in-law hold the handgun" is the client\'s agreement', () => {
    const text = note('Passive SI, denies plan/intent. Handgun in truck. Lethal means counseling - agreed to have brother-in-law hold handgun.');
    expect(text).toMatch(/client agreed to have brother-in-law hold handgun/i);
    expect(text).not.toMatch(/Therapist agreed/);
  });

  it('"One member (TR) shared relapse" keeps the member\'s initials; "did TR on the fight" is a thought record', () => {
    const text = note('Group. One member (TR) shared relapse on meth over weekend. Pt did TR on the fight.', 'pirp');
    expect(text).not.toMatch(/\(a thought record\)|member \(thought record\)/);
    expect(text).toMatch(/did a thought record on the fight/);
  });
});
