import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';

// Blind review 144 (a geriatric psychiatry inpatient unit; a busy outpatient group practice), read on 41c9064: a son who
// "will pay" for aides makes no threat; "just let me die" is a wish to be dead; "neither reported any thoughts of harming
// self" denies for both; a friend "who has been cutting" is the friend; "his wife of 30 yrs" says nothing of the client's
// sex. Tested on summaries written here.

describe('review 144: the risk status', () => {
  it('"said he will pay" for 24-hour aides is money, never a threat; "I\'ll make him pay for this" still is', () => {
    const r = readSummary('Family mtg re: dispo. Son Luis wants to try home with 24h aides and said he will pay. Daughter prefers SNF.').risk;
    expect(r.threat).not.toBe(true);
    expect(r.threatByOther).not.toBe(true);
    expect(readSummary('Pt angry at landlord, said "I\'ll make him pay for this."').risk.threat).toBe(true);
  });

  it('"just let me die, leave me alone" from a delirious patient is a wish to be dead, never a clean denial', () => {
    expect(readSummary('Pt 86F, CAM positive, picking at lines. Said "just let me die, leave me alone." Could not complete a reliable risk assessment today.').risk.si).toBe('passive');
  });

  it('"Neither reported any thoughts of harming self or others" in a couples session denies self-harm, with no urge read', () => {
    const r = readSummary('Couples session, Sam and Jo. Worked on repair after fights about money. Neither reported any thoughts of harming self or others.').risk;
    expect(r.selfHarm).toBe('denied');
    expect(r.selfHarmUrges).not.toBe(true);
  });

  it('a friend "who has been cutting" is the friend\'s self-harm, never the client\'s', () => {
    const r = readSummary('Teen (16) alone: up late texting her friend Maya, who has been cutting and told her she wants to die. Pt herself denies SI/SH.').risk;
    expect(r.selfHarm).not.toBe('present');
  });

  it('"his wife of 30 yrs died" in the heading is his wife, so "He told me ... rather be dead" is the client\'s', () => {
    const r = readSummary('I saw Ray for his regular session. He\'s 62, retired, his wife of 30 yrs died in May. He told me he\'s been thinking he\'d rather be dead. No plan, no intent.');
    expect(r.clientPronoun).toBe('he');
    expect(r.risk.si).toBe('passive');
  });
});
