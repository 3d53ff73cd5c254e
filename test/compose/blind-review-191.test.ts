import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { composeNote } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 191 (a brain injury rehabilitation program; a court-mandated anger management and partner violence program),
// read on 5949b61. Tested on summaries written here, not the reviewers'.

describe('review 191', () => {
  it('the client\'s excuse quoted ("he\'s only doing this to get back at me") is no threat, and "Denies SI/HI" stands', () => {
    const risk = readSummary('Check-in 30 min. Still blames ex ("he\'s only doing this to get back at me"). Denies SI/HI.').risk;
    expect(risk.threat).toBeUndefined();
    expect(risk.hi).toBe('denied');
    expect(readSummary('Check-in 30 min. Said "I\'m going to get back at her for this." Denies SI/HI.').risk.threat).toBe(true);
  });

  it('in a partner-violence program "follow up w/ Marco PO" and "PO aware, PO is Diaz" are the probation officer', () => {
    const text = note('Women\'s DV group, 90 min. UA 5/2 positive, PO aware, PO is Diaz. Plan: follow up w/ Marco PO re missed group.', 'soap');
    expect(text).toMatch(/probation officer aware/i);
    expect(text).toMatch(/probation officer is Diaz/i);
    expect(text).toMatch(/Marco probation officer regarding missed group/);
    expect(text).not.toMatch(/protective order/);
  });

  it('limits of confidentiality and mandated reporting explained at intake are no report made and no 90785', () => {
    const summary = 'Intake 75 min. Court ordered after she shoved her husband during an argument in May. I explained program rules, confidentiality limits and mandated reporting and reporting to court. She signed ROIs.';
    const doc = composeNote({ summary, format: 'birp' });
    expect(doc.cpt?.code).toBe('90791');
    expect(doc.sections.find((s) => s.key === 'risk')?.text ?? '').not.toMatch(/report or safety planning for it, are documented/);
  });

  it('what a man says of his partner ("says she has a hx of depression and one prior attempt") is never his attempt history', () => {
    const summary = 'Indiv 50 min. Client: Dev, 40. Dev reported his partner Nina told him she "wants to disappear." He is worried about her, says she has a hx of depression and one prior attempt in 2021. Dev himself denies SI.';
    const risk = readSummary(summary).risk;
    expect(risk.attemptHistory).toBeUndefined();
    expect(risk.othersRisk).toBe(true);
  });

  it('"sometimes I think I should just end it" is ideation; "um about 30 minutes" on the first line is the length', () => {
    const summary = 'so this was a check-in by phone with Tanya Moss um about 30 minutes she is in the womens program week 6 she said "sometimes I think I should just end it" and when I asked more she said she has no plan and she would not because of her son';
    const record = readSummary(summary);
    expect(record.risk.si).not.toBe('not_assessed');
    expect(record.risk.si).not.toBe('denied');
    expect(record.session.minutes).toBe(30);
  });

  it('"sent note to Dr. Ortiz about the PHQ so he can consider meds" keeps the doctor as the one considering', () => {
    const text = note("Intake 60 min w/ Mr. Ray Lane, 70, after a stroke. Passive SI, no plan. I'll coordinate w/ OT (Dana) and w/ his daughter Amy on memory supports and a daily schedule in our sessions, and today I sent a note to Dr. Ortiz about the PHQ and the passive SI so he can consider meds. Next session Tue.", 'pirp');
    expect(text).not.toMatch(/Client can consider/);
    expect(text).toMatch(/so he can consider medications/);
  });

  it('a last line that is only "50 min." is the session\'s length, never "Client reported 50 minutes"', () => {
    const summary = 'GIRP - Lou, 52, brain injury group\nG: fewer outbursts at home\nI: role-played stepping out\nR: named 1 early sign\nP: weekly\n50 min.';
    expect(readSummary(summary).session.minutes).toBe(50);
    expect(note(summary, 'girp')).not.toMatch(/reported 50 minutes/);
  });
});
