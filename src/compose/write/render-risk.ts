// The risk section says exactly what was assessed: the clinician's own risk statements, then
// one status line. What was not assessed is said to be undocumented, never assumed denied.
import type { RiskRecord } from '../types.ts';

const SI: Record<RiskRecord['si'], string> = { denied: 'suicidal ideation denied', passive: 'passive suicidal ideation endorsed', active: 'active suicidal ideation endorsed', not_assessed: 'suicidal ideation not documented' };
const HI: Record<RiskRecord['hi'], string> = { denied: 'homicidal ideation denied', present: 'homicidal ideation endorsed', not_assessed: 'homicidal ideation not documented' };
const SH: Record<RiskRecord['selfHarm'], string> = { denied: 'self-harm denied', present: 'current self-harm reported', history: 'history of self-harm reported', not_assessed: 'self-harm not documented' };

/** `stated` is what the risk section already says in the clinician's words, not repeated. */
export function renderRiskStatus(risk: RiskRecord, stated: readonly string[] = []): string[] {
  if (risk.si === 'not_assessed' && risk.hi === 'not_assessed' && risk.selfHarm === 'not_assessed') {
    return ['No risk assessment was documented for this session.'];
  }
  const out = [`Risk status as documented: ${SI[risk.si]}; ${HI[risk.hi]}; ${SH[risk.selfHarm]}.`];
  const details: string[] = [];
  if (risk.plan !== undefined) details.push(risk.plan ? 'a plan was reported' : 'no plan was reported');
  if (risk.intent !== undefined) details.push(risk.intent ? 'intent was reported' : 'no intent was reported');
  if (risk.means !== undefined) details.push(risk.means ? 'access to means was reported' : 'no access to means was reported');
  if (details.length) out.push(`Regarding suicidal ideation, ${details.join(', ')}.`);
  if (risk.protectiveFactors.length) out.push(`Protective factors: ${risk.protectiveFactors.join(', ')}.`);
  // Safety-plan actions are listed unless the clinician's own risk sentences already say them.
  if (risk.safetyPlan.length && !stated.some((t) => /safety plan|988|crisis line|means/i.test(t))) {
    out.push(`Safety plan: ${risk.safetyPlan.join('; ')}.`);
  }
  if (risk.level) out.push(`Risk level as stated by the clinician: ${risk.level}.`);
  return out;
}
