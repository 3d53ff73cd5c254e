import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

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

describe('review 149: collateral calls', () => {
  it('"Collateral - advocacy call w/ Det. Ramirez ... no charges yet" is the heading, and what the detective told is never the client\'s report', () => {
    const out = note('Collateral - advocacy call w/ Det. Ruiz (SVU) re: client A.B. (ROI on file)\n- Det. says suspect was interviewed yesterday; no charges yet, case going to DA\n- Plan: f/u w/ client Thurs', 'dap');
    expect(out).toMatch(/^Collateral[;:,]? advocacy call with Detective Ruiz/);
    expect(out).not.toMatch(/Client reported no charges/);
  });

  it('"Shared attendance & UDS results per ROI" in a call with the probation officer is the clinician\'s disclosure; "Duration: 15 min" leaves no "Duration"', () => {
    const out = note('Type: Collateral phone call w/ probation officer (PO Reed), ROI on file\nDuration: 15 min\nRe: pt Sam T.\nDiscussed: PO asking about compliance. Shared attendance (missed 1 of 8) & UDS results per ROI: last 3 negative.', 'pirp');
    expect(out).toMatch(/Therapist shared attendance/);
    expect(out).not.toMatch(/Client shared attendance/);
    expect(out).not.toMatch(/\bDuration\b/);
  });

  it('"dr asked if any safety concerns" is the doctor asking', () => {
    expect(note('phone call w dr mendez re: pt Tanya. dr asked if any safety concerns, told him she denied SI last session.', 'simple')).not.toMatch(/Dr\. Asked/);
  });
});

describe('review 149: dictated crisis', () => {
  const summary = 'um we did a safety plan together she says boyfriend threw it out I called the pharmacy and got her script sorted so she picked up today um gave her narcan kit and fentanyl test strips um she agreed to come back thursday';

  it('"she says boyfriend threw it out I called the pharmacy" is her report, then the clinician\'s call', () => {
    const r = readSummary(summary);
    expect(r.facts.some((f) => /^she says boyfriend threw it out$/i.test(f.text.trim()))).toBe(true);
    expect(r.facts.some((f) => f.subject === 'therapist' && /^I called the pharmacy/.test(f.text))).toBe(true);
    expect(r.facts.some((f) => /"boyfriend threw it out/.test(f.text))).toBe(false);
  });

  it('"um gave her narcan kit" after a pause is the clinician\'s next act', () => {
    const r = readSummary(summary);
    expect(r.facts.some((f) => f.kind === 'intervention' && /^gave her narcan kit/i.test(f.text))).toBe(true);
  });
});

