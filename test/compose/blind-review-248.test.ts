import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { section } from './note-text.ts';

// Blind review 248 (a men's mental health clinic; a residential program for adolescent girls), read on d44f6cc.
// Tested on summaries written here, not the reviewers'.

describe('review 248: "do it tonight" after an attempt told just before', () => {
  it('is active ideation with intent, never "no status"', () => {
    const summary = 'Service: Crisis\nCalled to unit 2130 per staff. Client: Tara M, 15.\nStaff report: found in closet w/ belt tied around neck, not yet tightened.\nClient: tearful. Stated "I\'ll do it tonight, you can\'t stop me." Placed on 1:1.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('active');
    expect(risk.intent).toBe(true);
    expect(section(summary, 'risk', 'birp')).not.toMatch(/name no status for suicidal ideation/);
  });
});

describe('review 248: GP', () => {
  it('"Referral back to GP re meds" is the general practitioner; "cleared for GP housing" the general population', () => {
    const text = section('Intake, 34M. Daily passive SI, no plan. Safety plan done. Referral back to GP re meds. Next appt 2 days.', 'plan', 'pirp');
    expect(text).toMatch(/general practitioner/);
    expect(text).not.toMatch(/general population/);
    expect(section('Step-down eval. Denies SI. Cleared for GP housing.', 'plan', 'pirp') + section('Step-down eval. Denies SI. Cleared for GP housing.', 'intervention', 'pirp') + section('Step-down eval. Denies SI. Cleared for GP housing.', 'problem', 'pirp') + section('Step-down eval. Denies SI. Cleared for GP housing.', 'response', 'pirp')).toMatch(/general population housing/);
  });
});
