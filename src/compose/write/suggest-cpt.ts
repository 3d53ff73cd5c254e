// Suggests a CPT code from the service type and face-to-face minutes (without both, none), then
// what the summary itself shows: psychotherapy added to a medication visit (90833-90838), family therapy without the client (90846), interactive
// complexity (90785) and further crisis time (90840). The cues are data in
// lexicon/cpt-add-ons.ts; a suggestion names the evidence in its reason.
import { CPT_RULES } from '../lexicon/cpt-codes.ts';
import { CALL_WITH_NAMED_PARENT, CASE_MANAGEMENT_CONTACT, CO_PARENTING_SESSION, COLLATERAL_CONTACT, CONSULT_WITH_PARENT, WITH_PARENTS_OF, INCIDENT_DEBRIEF, MEDICATION_VISIT, NOT_TREATMENT_SERVICE, CRISIS_ADD_ON, type CptCue, EM_PSYCHOTHERAPY_ADD_ONS, FAMILY_WITHOUT_CLIENT, showsFamilyWithoutClient, INTERACTIVE_COMPLEXITY, INTERACTIVE_COMPLEXITY_WITH, PSYCHOTHERAPY_SHOWN, PSYCHOTHERAPY_WITH_EM } from '../lexicon/cpt-add-ons.ts';
import type { CptSuggestion, Fact, SessionDetails } from '../types.ts';

/**
 * The CPT code (with add-ons) the session supports, or undefined when minutes are missing.
 * @example suggestCpt({ minutes: 50, serviceType: 'family', participants: [] }, facts) // { code: '90846', ... } when a fact says the client was not present
 */
export function suggestCpt(session: SessionDetails, facts: readonly Fact[] = []): CptSuggestion | undefined {
  // "Collateral call w/ PO": a contact with someone else, with no client in it, is no psychotherapy code.
  if (!session.serviceType && facts.some((f) => COLLATERAL_CONTACT.test(f.text))) return undefined;
  // ("Parent phone call w/ Mrs. Delgado (mom of Sofia)": a contact with the client's parent about the client, with no kind of
  // session named, is no individual psychotherapy; family psychotherapy without the client (90846) is the clinician's to claim.)
  // (What is planned, "consider separate parent session", says nothing of this session.)
  const said = facts.filter((f) => !f.negated && f.kind !== 'plan' && f.kind !== 'homework').map((f) => f.text);
  // ("Parent-only phone session with mom re Devon, 30 min": a session said to be held without the client is family psychotherapy
  // without the client, with the kind assumed for the clinician to confirm.)
  const withoutClient = showsFamilyWithoutClient(session.serviceType ? said : facts.filter((f) => f.kind === 'session').map((f) => f.text));
  if (!session.serviceType && !withoutClient && facts.some((f) => f.kind === 'session' && (WITH_PARENTS_OF.test(f.text) || CONSULT_WITH_PARENT.test(f.text) || CALL_WITH_NAMED_PARENT.test(f.text)))) return undefined;
  // A home visit spent on mail, benefits and the landlord, with no therapy named, is case management, not 90834.
  const stated = facts.filter((f) => !f.negated).map((f) => f.text);
  if (!session.serviceType && shows(CASE_MANAGEMENT_CONTACT, stated) && !stated.some((t) => PSYCHOTHERAPY_SHOWN.test(t))) return undefined;
  // ("FFD eval, session 2 of 2", "asylum evaluation", "manager consult re: an employee": no treatment of the client, so no psychotherapy code.)
  if (!session.serviceType && facts.some((f) => f.kind === 'session' && NOT_TREATMENT_SERVICE.test(f.text))) return undefined;
  // ("CISM group debrief - onsite at the distribution center": a critical incident debrief is crisis support, never 90853.)
  if (facts.some((f) => f.kind === 'session' && INCIDENT_DEBRIEF.test(f.text))) return undefined;
  // ("Co-parenting session 50 min, mom and dad": with or without the child as the client is the clinician's to say, so no code is guessed.)
  if (facts.some((f) => f.kind === 'session' && (CO_PARENTING_SESSION.test(f.text) || /^co-?parenting\b/i.test(f.text)))) return undefined;
  // "Med mgmt f/u, 20 min": a prescriber's visit is E/M, its level the prescriber's; psychotherapy is only ever its add-on (below).
  const medicationVisit = !session.serviceType && facts.some((f) => f.kind === 'session' && MEDICATION_VISIT.test(f.text));
  const assumedService = withoutClient ? 'family' : 'individual';
  const service = session.serviceType ?? (session.minutes ? assumedService : undefined);
  const minutes = session.minutes;
  if (!service || !minutes) return undefined;
  const rule = CPT_RULES.find((r) => r.service === service && minutes >= r.minMinutes && minutes <= r.maxMinutes);
  if (!rule) return undefined;
  const assumed = session.serviceType ? '' : ` (service type assumed ${assumedService}: confirm)`;
  let code = rule.code;
  let description = rule.description;
  const reasons = [`${minutes} minutes of ${service} psychotherapy${assumed}`];
  // ("30 min med check plus therapy add-on": a prescriber's visit; psychotherapy is its add-on, never 90832 alone.)
  const addOn = service === 'individual' && shows(PSYCHOTHERAPY_WITH_EM, said) ? EM_PSYCHOTHERAPY_ADD_ONS.find((r) => minutes >= r.minMinutes && minutes <= r.maxMinutes) : undefined;
  if (medicationVisit && !addOn) return undefined;
  if (addOn) return { code: `E/M + ${addOn.code}`, description: addOn.description, reason: [`${minutes} minutes stated (confirm they are the psychotherapy minutes)`, PSYCHOTHERAPY_WITH_EM.shows].join('; ') };

  if (service === 'family' && withoutClient) {
    code = '90846';
    description = 'Family psychotherapy without the client present, 50 minutes';
    reasons.push(FAMILY_WITHOUT_CLIENT.shows);
  }
  if (service === 'crisis' && minutes > CRISIS_ADD_ON.coveredBy90839) {
    const units = Math.floor((minutes - CRISIS_ADD_ON.coveredBy90839 - 1) / CRISIS_ADD_ON.unitMinutes) + 1;
    code = `${code} + ${CRISIS_ADD_ON.code}${units > 1 ? ` x${units}` : ''}`;
    description = `${description}, and each additional 30 minutes (${CRISIS_ADD_ON.code}) x${units}`;
  }
  if (INTERACTIVE_COMPLEXITY_WITH.includes(code)) {
    const factors = INTERACTIVE_COMPLEXITY.filter((cue) => shows(cue, said));
    if (factors.some((f) => f.alone !== false)) {
      code = `${code} + 90785`;
      description = `${description}, with interactive complexity (90785)`;
      // (An interpreter never justifies 90785: only the factors that do are named as its reason.)
      reasons.push(`interactive complexity: ${factors.filter((f) => f.alone !== false).map((f) => f.shows).join('; ')} (say in the note how it complicated the session)`);
    }
  }
  return { code, description, reason: reasons.join('; ') };
}

/** True when a cue appears in a stated (not negated) fact, and not right after "no". */
function shows(cue: CptCue, texts: readonly string[]): boolean {
  return texts.some((text) => {
    const m = new RegExp(cue.pattern.source, `${cue.pattern.flags.replace('g', '')}g`);
    if (cue.unless?.test(text)) return false;
    for (const hit of text.matchAll(m)) if (!/\b(?:no|not|without|declined)\s+(?:an?\s+|the\s+)?$/i.test(text.slice(0, hit.index))) return true;
    return false;
  });
}
