// Turns ticked worksheet items into record facts and session details. Each fact names the
// worksheet field it came from, so the interface can show where a sentence came from.
import type { Fact, RiskRecord, SessionDetails } from '../compose/types.ts';
import type { Worksheet } from './worksheet.schema.ts';

const MSE_LABEL: Record<string, string> = {
  appearance: 'appearance', behavior: 'behavior', eyeContact: 'eye contact', speech: 'speech', mood: 'mood', affect: 'affect',
  thoughtProcess: 'thought process', thoughtContent: 'thought content', perception: 'perception', orientation: 'orientation', insight: 'insight', judgment: 'judgment',
};
// Worksheet modalities the writer spells out on first use ("cognitive behavioral therapy (CBT)"),
// and those written in words every time.
const MENTIONED_MODALITIES: ReadonlySet<string> = new Set(['CBT', 'DBT', 'ACT', 'EMDR', 'MI', 'SFBT', 'IFS', 'TF-CBT', 'ERP']);
const MODALITY_IN_WORDS: Readonly<Record<string, string>> = { BA: 'behavioral activation' };

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const fact = (kind: Fact['kind'], text: string, field: string): Fact => ({ kind, text, negated: false, source: [{ origin: 'worksheet', field }], origin: 'worksheet' });

/**
 * The session details a worksheet states (date, times, service, modality, places, people), each
 * traced to its worksheet field; nothing the worksheet leaves out.
 * @example worksheetSession({ minutes: 53, modality: 'video' }); // { minutes: 53, modality: 'video', source: [...] }
 */
export function worksheetSession(w: Worksheet): Partial<SessionDetails> {
  const s: Partial<SessionDetails> = {};
  if (w.date) s.date = w.date;
  if (w.startTime) s.startTime = w.startTime;
  if (w.endTime) s.endTime = w.endTime;
  if (w.minutes) s.minutes = w.minutes;
  else if (w.startTime && w.endTime) {
    const [h1, m1] = w.startTime.split(':').map(Number);
    const [h2, m2] = w.endTime.split(':').map(Number);
    const mins = h2! * 60 + m2! - (h1! * 60 + m1!);
    if (mins > 0) s.minutes = mins;
  }
  if (w.serviceType) s.serviceType = w.serviceType;
  if (w.modality) s.modality = w.modality;
  if (w.location) s.location = w.location;
  if (w.clientLocation) s.clientLocation = w.clientLocation;
  if (w.participants?.length) s.participants = w.participants;
  if (w.telehealthConsent !== undefined) s.telehealthConsent = w.telehealthConsent;
  const fields = (['date', 'startTime', 'endTime', 'minutes', 'serviceType', 'modality', 'location', 'clientLocation', 'participants'] as const).filter((f) => w[f] !== undefined);
  if (fields.length) s.source = fields.map((field) => ({ origin: 'worksheet', field }));
  return s;
}

/**
 * The risk assessment as the worksheet records it; {} when it records none (never an assumed denial).
 * @example worksheetRisk({ risk: { si: 'denied' } }); // { si: 'denied' }
 */
export function worksheetRisk(w: Worksheet): Partial<RiskRecord> {
  const r = w.risk;
  if (!r) return {};
  const out: Partial<RiskRecord> = {};
  if (r.si) out.si = r.si;
  if (r.hi) out.hi = r.hi;
  if (r.selfHarm) out.selfHarm = r.selfHarm;
  if (r.plan !== undefined) out.plan = r.plan;
  if (r.intent !== undefined) out.intent = r.intent;
  if (r.means !== undefined) out.means = r.means;
  if (r.level) out.level = r.level;
  if (r.protectiveFactors) out.protectiveFactors = r.protectiveFactors;
  if (r.safetyPlan) out.safetyPlan = r.safetyPlan;
  return out;
}

/**
 * The worksheet's choices as record facts (goals, observations, interventions, response, plan),
 * each traced to its field, in the order a note reads them.
 * @example worksheetFacts({ goals: ['reduce panic attacks'] })[0]?.kind; // 'goal'
 */
export function worksheetFacts(w: Worksheet): Fact[] {
  const facts: Fact[] = [];
  for (const goal of w.goals ?? []) facts.push(fact('goal', goal, 'goals'));
  const mse = Object.entries(w.mse ?? {}).filter(([, v]) => v?.length);
  if (mse.length) {
    const parts = mse.map(([k, v]) => `${MSE_LABEL[k] ?? k} ${list(v as string[])}`);
    facts.push(fact('observation', `Mental status: ${parts.join('; ')}`, 'mse'));
  }
  const byModality = new Map<string, string[]>();
  for (const i of w.interventions ?? []) byModality.set(i.modality, [...(byModality.get(i.modality) ?? []), i.name]);
  for (const [modality, names] of byModality) {
    const used = `Therapist used ${list(names)}`;
    if (MENTIONED_MODALITIES.has(modality)) {
      const from = `${used} from `;
      facts.push({ ...fact('intervention', `${from}${modality}`, `interventions.${modality}`), modalities: [{ start: from.length, acronym: modality }] });
      continue;
    }
    const inWords = MODALITY_IN_WORDS[modality];
    const how = inWords ? ` from ${inWords}` : modality === 'General' ? '' : ` (${modality})`;
    facts.push(fact('intervention', `${used}${how}`, `interventions.${modality}`));
  }
  if (w.response?.length) facts.push(fact('response', `Response to interventions: ${list(w.response)}`, 'response'));
  if (w.progress) facts.push(fact('assessment', `Progress toward goals: ${w.progress}`, 'progress'));
  for (const h of w.homework ?? []) facts.push(fact('homework', h, 'homework'));
  for (const p of w.plan ?? []) facts.push(fact('plan', p, 'plan'));
  if (w.nextAppointment) facts.push(fact('plan', `Next appointment: ${w.nextAppointment}`, 'nextAppointment'));
  if (w.diagnoses?.length) facts.push(fact('assessment', `Diagnoses addressed: ${w.diagnoses.join(', ')}`, 'diagnoses'));
  return facts;
}
