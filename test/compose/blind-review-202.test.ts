import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 202 (integrated behavioral health in pediatric primary care; a domestic violence survivors program), read on
// d56c2e9, and review 201's open findings. Tested on summaries written here, not the reviewers'.

describe('review 202: risk', () => {
  it('"dad has a hunting rifle but it\'s locked at her grandpa\'s house" is no access', () => {
    const risk = readSummary('passive SI no plan no intent no access to guns at home she says her stepdad has a shotgun but it\'s locked at her uncle\'s house').risk;
    expect(risk.means).not.toBe(true);
  });

  it('"I asked her directly she said no", right after what was told of self-harm and wanting to die, is her own denial', () => {
    const risk = readSummary('Intake for Mia, 8, seen with mom. Mia herself no self harm no statements about wanting to die per parents. I asked her directly she said no.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.selfHarm).toBe('denied');
    expect(risk.deniedByOther ?? []).not.toContain('selfHarm');
  });

  it('"guidance on asking Tyler directly tonight about suicide" is teaching the mother, never the client\'s ideation', () => {
    const risk = readSummary('Family session w/ Noah (12) and mom. Mom said Noah\'s older brother Eli (16), not our pt, posted "nobody would miss me." Noah denied SI/HI when asked. Gave mom 988 and guidance on asking Eli directly tonight about suicide.').risk;
    expect(risk.si).toBe('denied');
    expect(risk.othersRisk).toBe(true);
    expect(note('Gave mom 988 and guidance on asking Eli directly tonight about suicide.')).not.toMatch(/when asked, Eli/);
  });

  it('"Also said if she leaves \'nobody else gets to have you\'" is the abuser\'s threat, in the risk section, never the client\'s', () => {
    const summary = 'Safety planning w/ Dana (29). Dana scared bc Lee said Sunday "if you leave I\'ll end it and it\'s on you" - he has a gun in the truck. Also said if she leaves "nobody else gets to have you." Denies SI herself.';
    const risk = readSummary(summary).risk;
    expect(risk.threat).not.toBe(true);
    expect(risk.threatByOther).toBe(true);
    expect(section(summary, 'risk')).toMatch(/Lee also said if she leaves "nobody else gets to have you\."/);
  });
});

describe('review 202: words and sessions', () => {
  it('"IPV x 4 yrs w/ bf", with a CPS report named elsewhere, is her boyfriend, never a birth father', () => {
    const text = note('Intake. IPV x 4 yrs w/ bf (Dev), escalating. 2 kids. CPS not called at this time.');
    expect(text).toMatch(/boyfriend \(Dev\)/);
    expect(text).not.toMatch(/birth father/);
  });

  it('a home visit\'s findings are what was seen, never the client\'s report; "Code enf. gave notice" is the agency\'s act', () => {
    const text = note('HV w/ Mr. Ames, 81, APS ref.\n- Clutter ~ CIR 7 in kitchen, pathways narrowed to ~18in. Strong odor, 3 dogs seen.\n- Smoke det not working.\n- Code enf. gave 30 day notice to clear the porch.');
    expect(text).not.toMatch(/Client reported (?:Clutter|Strong odor|smoke)/i);
    expect(text).toMatch(/Smoke detector not working/);
    expect(text).toMatch(/Code enforcement gave 30 day notice/);
  });

  it('"HV 10/14 1:30-2:35p" is 65 minutes, never the 15 spent on one task together', () => {
    const session = readSummary('HV 11/3 9:30-10:40a  Mr. Ames 81yo, APS ref\n- Agreed to clear the table only today, we did ~20 min together, he kept most items.').session;
    expect(session.startTime).toBe('09:30');
    expect(session.minutes).toBe(70);
  });

  it('"Landlord filed for eviction" is the landlord\'s act, never "was filed"', () => {
    expect(note('Landlord filed for eviction last week.')).toMatch(/Landlord filed for eviction/);
  });
});
