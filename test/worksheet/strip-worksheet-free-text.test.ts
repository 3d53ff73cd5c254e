// After retention a signed note's worksheet keeps its structured choices only. A new worksheet
// field must be placed on one side or the other: this fixture names every field, so adding one
// fails here until it is decided.
import { describe, expect, it } from 'vitest';
import { stripWorksheetFreeText, type Worksheet, ZWorksheet } from '#worksheet';

const FREE = 'Maria Lopez';
const every: Required<Worksheet> = {
  date: '2026-03-02',
  startTime: '14:00',
  endTime: '14:53',
  minutes: 53,
  serviceType: 'family',
  modality: 'video',
  location: `${FREE}'s office`,
  clientLocation: `${FREE}'s home`,
  telehealthConsent: true,
  participants: [FREE],
  mse: { mood: ['anxious'] },
  risk: { si: 'denied', hi: 'denied', selfHarm: 'not_assessed', plan: false, intent: false, means: false, level: 'low', protectiveFactors: [FREE], safetyPlan: [`call ${FREE}`] },
  interventions: [
    { modality: 'CBT', name: 'thought record' },
    { modality: 'CBT', name: `budget talk with ${FREE}` },
  ],
  goals: [`argue less with ${FREE}`],
  response: ['engaged'],
  progress: 'progressing',
  homework: [`write to ${FREE}`],
  plan: [`invite ${FREE}`],
  nextAppointment: `Tuesday with ${FREE}`,
  diagnoses: ['F41.1'],
};

describe('stripWorksheetFreeText', () => {
  it('the fixture names every worksheet field and is valid', () => {
    expect(Object.keys(every).sort()).toEqual(Object.keys(ZWorksheet.shape).sort());
    expect(ZWorksheet.safeParse(every).success).toBe(true);
  });

  it('keeps the structured choices and drops every word the clinician typed', () => {
    const kept = stripWorksheetFreeText(every);
    expect(JSON.stringify(kept)).not.toContain(FREE);
    expect(kept).toEqual({
      date: '2026-03-02',
      startTime: '14:00',
      endTime: '14:53',
      minutes: 53,
      serviceType: 'family',
      modality: 'video',
      telehealthConsent: true,
      mse: every.mse,
      risk: { si: 'denied', hi: 'denied', selfHarm: 'not_assessed', plan: false, intent: false, means: false, level: 'low' },
      interventions: [{ modality: 'CBT', name: 'thought record' }],
      response: ['engaged'],
      progress: 'progressing',
      diagnoses: ['F41.1'],
    });
  });
});
