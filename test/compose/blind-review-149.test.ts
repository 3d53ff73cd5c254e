import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';

// Blind review 149 (a sexual assault crisis center; an opioid treatment program), read on 224ac38. Tested on summaries
// written here, not the reviewers'.

describe('review 149: whose risk', () => {
  it('\'his roommate "keeps talking about ending it" and has pills saved up\' is the roommate\'s, and the client\'s denial stands', () => {
    const r = readSummary('Pt said his roommate "keeps talking about ending it" and has pills saved up. Pt himself denies SI.').risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
    expect(r.means).not.toBe(true);
  });

  it('a client who "has been thinking about ending it and has pills saved up" keeps both', () => {
    const r = readSummary('Pt has been thinking about ending it and has pills saved up.').risk;
    expect(r.si).toBe('active');
  });

  it('"Pt Maria ... brought her son Eli": her son\'s "doesn\'t want to hurt himself" is never her self-harm status', () => {
    const r = readSummary('Child w/ parent session. Pt Maria (methadone, 2 yrs in tx) brought her son Eli, 10. While drawing, Eli said he "wants to die" when they fight. Asked him gently - he said he doesn\'t want to hurt himself, has never hurt himself.');
    expect(r.clientPronoun).toBe('she');
    expect(r.risk.selfHarm).toBe('not_assessed');
    expect(r.risk.othersRisk).toBe(true);
  });

  it('a passive wish, then "she\'s thought about taking the rest of her mom\'s oxycodone", is active ideation with the means', () => {
    const r = readSummary('um she said she has been thinking it would be easier if she just was not here and when I asked more directly she said yes she has thought about taking the rest of her mom\'s oxycodone in the bathroom cabinet um no prior attempts').risk;
    expect(r.si).toBe('active');
    expect(r.means).toBe(true);
    expect(r.meansNamed).toBe('oxycodone');
  });
});
