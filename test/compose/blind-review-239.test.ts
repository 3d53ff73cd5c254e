import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note } from './note-text.ts';

// Blind review 239 (a police co-responder program; a 28-day residential substance use treatment center), read on 8d4ad20.
// Tested on summaries written here, not the reviewers'.

describe('review 239: a way of dying said', () => {
  it('"told his girlfriend he was going to cut his wrists" is active suicidal ideation, never self-harm urges', () => {
    const risk = readSummary('Barricade call. Subject locked in the bathroom, told his wife he was going to cut his wrists with a razor. Talked through the door 30 min, he slid the razor out.').risk;
    expect(risk.si).toBe('active');
    expect(risk.selfHarmUrges).not.toBe(true);
  });

});

describe('review 239: a plus that joins', () => {
  it('"clean UDS + proof of IOP enrollment" is both required, never a positive screen', () => {
    expect(expandShorthand('Requires 30 days clean UDS + proof of IOP enrollment.')).toMatch(/(?:UDS|urine drug screen) and proof/);
    expect(expandShorthand('UDS + fentanyl this wk')).toMatch(/positive for fentanyl/);
  });
});

describe('review 239: what happened, never a wish', () => {
  it('a child\'s "mom fell asleep and wouldn\'t wake up" about her overdose is no passive ideation', () => {
    expect(readSummary('Family wknd, parent/child session, mom (day 18) with son Leo, 7. Leo said he was scared when mom "fell asleep and wouldn\'t wake up" (OD in Oct). Mom validated him with coaching.').risk.si).not.toBe('passive');
  });
});

describe('review 239: a call with an agency', () => {
  it('a phone call with a sober living house about the client is collateral: what the house said is never "Client reported"', () => {
    expect(note('Phone call w/ Bright Path sober living (intake coord Lee). Bed available 4/2 for pt at discharge. Requires proof of IOP enrollment. Pt informed.', 'simple')).not.toMatch(/Client reported Bed available/i);
  });
});
