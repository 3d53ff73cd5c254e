import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 235 (a tribal health behavioral health program; pediatric psychology consultation-liaison), read on b8f444e.
// Tested on summaries written here, not the reviewers'.

describe('review 235: ideation as the client said it', () => {
  it('a word inside a quotation ("better off without me") never denies the passive ideation labelled after it', () => {
    const summary = 'Telehealth, finished by phone. Pt 41F. "sometimes I feel like they\'d all be better off without me" - passive SI, denies plan or intent, no guns per pt. PHQ-9 = 16.';
    expect(readSummary(summary).risk.si).toBe('passive');
    expect(section(summary, 'risk', 'dap')).not.toMatch(/denied suicidal ideation/);
  });

  it('"used to want to die" in 8th grade is a history, never passive ideation now', () => {
    expect(readSummary('Teen onc group, 5 pts. J.W. (16) quiet, later shared he "used to want to die" in 7th grade before dx, got help, says not now. Group supportive.').risk.si).not.toBe('passive');
  });

});

describe('review 235: whose act', () => {
  it('"Called tribal police and notified uncle by phone" after the clinician\'s act is the clinician\'s', () => {
    const summary = 'Indiv 50 min. Pt said "I\'ll shoot him if he comes back" re: cousin, said he meant it. Consulted w/ supervisor. Informed pt of duty to warn. Called tribal police and notified cousin by phone. Pt agreed to let his brother hold the rifle.';
    expect(section(summary, 'intervention', 'birp')).toMatch(/called tribal police and notified cousin by phone/i);
    expect(section(summary, 'behavior', 'birp')).not.toMatch(/tribal police/);
  });

  it('a recommendation after talking with the attending and the mother is the clinician\'s', () => {
    const text = note('Crisis consult. Pt 16 after ingestion, medically cleared. Discussed with attending Dr. Moss and mom (Gina). Recommended inpatient psychiatric admission; mom in agreement.', 'soap');
    expect(text).not.toMatch(/[Aa]ttending [Rr]ecommended/);
    expect(text).toMatch(/Therapist recommended inpatient psychiatric admission/);
  });
});

describe('review 235: letters', () => {
  it('"SW re: custody schedule" is social work, never suicide watch', () => {
    expect(expandShorthand('Plan: meet before d/c, SW re: custody schedule/coparenting resources', { topic: 'Parents of Lily (7). Plan: meet before d/c, SW re: custody schedule/coparenting resources' })).toMatch(/social worker/);
  });

  it('"transplant coord (Deb)" is the coordinator', () => {
    expect(expandShorthand('share plan w/ transplant coord (Deb)')).toMatch(/transplant coordinator/);
  });
});

describe('review 235: a hospital service acting', () => {
  it('"Social work looking for bed" is the service\'s doing, never the client\'s report', () => {
    expect(note('Crisis consult. Pt 15 after ingestion. Recommended inpatient admission; dad in agreement. Social work looking for bed.', 'soap')).not.toMatch(/Client reported social work/i);
  });
});
