import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 143 (a tribal behavioral health program; a hospital consultation-liaison service), read on cea6c07: a son's
// words at a family meeting are his risk; a handgun at a brother's house, with a key, is access; a way, a place and the rope
// there are a plan; "we just bury them" is grief; "no statements of self harm" is no denial; and the abbreviations of a
// medical floor. Tested on summaries written here.

describe('review 143: the risk status', () => {
  it('"worried about Marco, he told her ..." at a family meeting for a sedated patient is Marco\'s, never the client\'s', () => {
    const r = readSummary('- Family mtg, ICU. Pt Mr. Ortiz 78M, sedated.\n- Present: wife Ana, son Marco, daughter Lucia, me.\n- Lucia pulled me aside after - worried about Marco, he told her last night "if dad dies I don\'t see the point anymore." He lives alone, has hunting rifles.').risk;
    expect(r.si).not.toBe('passive');
    expect(r.othersRisk).toBe(true);
  });

  it('a handgun kept at a brother\'s house, with a key to it, is access; a removal agreed to for later is not yet a removal', () => {
    const r = readSummary('Endorses SI w/ plan - would use his brother\'s handgun, which is at brother\'s house, pt has a key. Brother called w/ pt consent - agreed to move gun to a friend\'s today, will confirm by text.').risk;
    expect(r.means).toBe(true);
    expect(r.meansRemoved).not.toBe(true);
  });

  it('"thought about hanging himself in the shed ..., has a rope there" is a plan with the means at hand; a duty-to-warn "no specific plan" is about the other', () => {
    const r = readSummary('Crisis walk-in. States he wants to die, thought about hanging himself in the garage at his dad\'s place, has a rope there. Also said he\'d "mess up" his ex\'s new bf. Duty to warn re: the bf reviewed w/ supervisor - no specific plan at this time.').risk;
    expect(r.plan).toBe(true);
    expect(r.means).toBe(true);
  });

  it('"we just bury them and go back to work", said of grief, is no threat', () => {
    const r = readSummary('Pt 34F, tearful. Talked about her grandma being sent to boarding school and how nobody in the family talks about grief, "we just bury them and go back to work." Endorses passive SI - "sometimes I think it would be easier to just not wake up" - denies plan, intent.').risk;
    expect(r.threat).not.toBe(true);
  });

  it('"No statements of self harm or wanting to die" in play therapy is nothing said, never a denial', () => {
    const r = readSummary('Child w/ parent, 7yo. Doll "went to sleep for a long time." No statements of self harm or wanting to die.').risk;
    expect(r.si).toBe('not_assessed');
    expect(r.selfHarm).toBe('not_assessed');
  });

  it('"medically high risk because of insulin omission" is no suicide risk level', () => {
    expect(readSummary('15F, DKA x3. Risk: medically high risk bc of insulin omission; denies SI.').risk.level).toBeUndefined();
  });
});

describe('review 143: the medical floor', () => {
  it('"CL consult", "HD#2", "pH 7.05", "large MI + cardiogenic shock", "+ EtOH" after an overdose, "has RA", "IV to PO"', () => {
    const out = note('CL consult 4E bed 3, 61M, HD#2 s/p APAP OD (~30 tabs) + EtOH, pH 7.21 on arrival. Hx large MI + cardiogenic shock 2022. Wife has RA. Team tapering IV hydromorphone to PO. Denies SI now.', 'soap');
    expect(out).toMatch(/[Cc]onsultation-liaison consult/);
    expect(out).not.toMatch(/Session 2\./);
    expect(out).toMatch(/hospital day 2/);
    expect(out).toMatch(/pH 7\.21/);
    expect(out).toMatch(/myocardial infarction and cardiogenic shock/);
    expect(out).toMatch(/rheumatoid arthritis/);
    expect(out).toMatch(/hydromorphone to oral/);
    expect(out).not.toMatch(/motivational interviewing|phone 7|positive for alcohol|resident assistant|probation officer/);
  });

  it('"recommend ED eval" for a teen restricting and skipping insulin is the eating disorder evaluation', () => {
    const out = note('15F w/ T1DM, skipping insulin and restricting to lose wt x4 mo. Plan: recommend ED eval and weight/vitals per ED protocol.', 'soap');
    expect(out).toMatch(/eating disorder evaluation/);
    expect(out).not.toMatch(/emergency department/);
  });

  it('"she says that was an accident but the chart says it was intentional" stays whole; "I talked with the hospitalist Dr. Osei he agreed" names him', () => {
    const text = 'ok this is a crisis consult um patient is Ms Lee she did overdose on her pills once in 2019 she says that was an accident but the chart says it was intentional um I talked with the hospitalist Dr. Osei he agreed and is going to get pain management involved';
    const out = note(text, 'pirp');
    expect(out).toMatch(/but the chart says it was intentional/);
    expect(out).toMatch(/Dr\. Osei agreed/);
  });
});
