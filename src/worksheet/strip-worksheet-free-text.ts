// What a signed note's worksheet keeps after the retention period: the structured choices the
// signed record rests on (date, times, service, modality, mental status, risk answers, response,
// progress, diagnosis codes, interventions named from the lists). The free text the clinician
// typed (participants' names, locations, goals, homework, plan, next appointment, protective
// factors, safety plan, an intervention typed in) goes with the raw summary: the signed document
// already says what the record needs.
import { INTERVENTION_OPTIONS, type Worksheet } from './worksheet.schema.ts';

/**
 * @example stripWorksheetFreeText({ minutes: 50, participants: ['Maria (mother)'] }) // { minutes: 50 }
 */
export function stripWorksheetFreeText(worksheet: Worksheet): Worksheet {
  const {
    location: _location,
    clientLocation: _clientLocation,
    participants: _participants,
    goals: _goals,
    homework: _homework,
    plan: _plan,
    nextAppointment: _nextAppointment,
    risk,
    interventions,
    ...structured
  } = worksheet;
  const kept: Worksheet = { ...structured };
  if (risk) {
    const { protectiveFactors: _protective, safetyPlan: _safetyPlan, ...riskChoices } = risk;
    kept.risk = riskChoices;
  }
  if (interventions) {
    const listed = interventions.filter((i) => (INTERVENTION_OPTIONS[i.modality] as readonly string[]).includes(i.name));
    if (listed.length) kept.interventions = listed;
  }
  return kept;
}
