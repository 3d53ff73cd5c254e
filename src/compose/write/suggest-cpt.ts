// Suggests a CPT code from the service type and face-to-face minutes. Without both, none.
import { CPT_RULES } from '../lexicon/cpt-codes.ts';
import type { CptSuggestion, SessionDetails } from '../types.ts';

export function suggestCpt(session: SessionDetails): CptSuggestion | undefined {
  const service = session.serviceType ?? (session.minutes ? 'individual' : undefined);
  if (!service || !session.minutes) return undefined;
  const rule = CPT_RULES.find((r) => r.service === service && session.minutes! >= r.minMinutes && session.minutes! <= r.maxMinutes);
  if (!rule) return undefined;
  const assumed = session.serviceType ? '' : ' (service type assumed individual: confirm)';
  return { code: rule.code, description: rule.description, reason: `${session.minutes} minutes of ${service} psychotherapy${assumed}` };
}
