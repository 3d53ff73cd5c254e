// The starter templates, as JSON files a clinician can read, copy and change (starters/*.json).
import clientSessionSummary from './starters/client-session-summary.json' with { type: 'json' };
import intakeAssessment from './starters/intake-assessment.json' with { type: 'json' };
import supervisionNote from './starters/supervision-note.json' with { type: 'json' };
import terminationSummary from './starters/termination-summary.json' with { type: 'json' };
import treatmentPlanReview from './starters/treatment-plan-review.json' with { type: 'json' };
import { type TTemplate, ZTemplate } from './template.schema.ts';

/** Each starter with a stable id; parsed here, so a broken starter fails at load (and in its test). */
export const STARTERS: readonly { id: string; template: TTemplate }[] = Object.entries({
  'intake-assessment': intakeAssessment,
  'termination-summary': terminationSummary,
  'supervision-note': supervisionNote,
  'treatment-plan-review': treatmentPlanReview,
  'client-session-summary': clientSessionSummary,
}).map(([id, json]) => ({ id, template: ZTemplate.parse(json) }));
