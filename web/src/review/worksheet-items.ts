// A worksheet flattened into readable items, each with the field path the composer cites
// (`mse`, `mse.mood`, `interventions.CBT`, `risk.si`, `homework`); items are one level finer
// (`interventions.CBT.0`, `homework.1`) so a citation of the group lights all of its items.
import type { Worksheet } from '../api/types.ts';

export interface WorksheetItem {
  field: string;
  label: string;
  value: string;
}

const LABELS: Record<string, string> = {
  date: 'Date',
  startTime: 'Start',
  endTime: 'End',
  minutes: 'Minutes',
  serviceType: 'Service',
  modality: 'Modality',
  location: 'Location',
  clientLocation: 'Client location',
  telehealthConsent: 'Telehealth consent',
  participants: 'Participant',
  goals: 'Goal',
  response: 'Response',
  progress: 'Progress',
  homework: 'Homework',
  plan: 'Plan',
  nextAppointment: 'Next appointment',
  diagnoses: 'Diagnosis',
  si: 'Suicidal ideation',
  hi: 'Homicidal ideation',
  selfHarm: 'Self-harm',
  level: 'Risk level',
  protectiveFactors: 'Protective factor',
  safetyPlan: 'Safety plan',
  intent: 'Intent',
  means: 'Means',
};

const words = (key: string): string => LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
const show = (v: unknown): string => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v).replace(/_/g, ' '));

export function worksheetItems(ws: Worksheet | null | undefined): WorksheetItem[] {
  if (!ws) return [];
  const items: WorksheetItem[] = [];
  for (const [key, value] of Object.entries(ws)) {
    if (value === undefined || value === null) continue;
    if (key === 'mse' && typeof value === 'object') {
      for (const [domain, list] of Object.entries(value as Record<string, string[]>)) {
        if (list?.length) items.push({ field: `mse.${domain}`, label: `MSE · ${words(domain)}`, value: list.join(', ') });
      }
    } else if (key === 'risk' && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (Array.isArray(v)) {
          v.forEach((x, i) => {
            items.push({ field: `risk.${k}.${i}`, label: words(k), value: show(x) });
          });
        }
        else if (v !== undefined) items.push({ field: `risk.${k}`, label: words(k), value: show(v) });
      }
    } else if (key === 'interventions' && Array.isArray(value)) {
      (value as { modality: string; name: string }[]).forEach((iv, i) => {
        items.push({ field: `interventions.${iv.modality}.${i}`, label: `Intervention · ${iv.modality}`, value: iv.name });
      });
    } else if (Array.isArray(value)) {
      (value as unknown[]).forEach((x, i) => {
        items.push({ field: `${key}.${i}`, label: words(key), value: show(x) });
      });
    } else {
      items.push({ field: key, label: words(key), value: show(value) });
    }
  }
  return items;
}

/** Does a cited field (`mse.mood`, `interventions`, `homework.1`) point at this item? */
export function fieldMatches(cited: string, item: string): boolean {
  return cited === item || item.startsWith(`${cited}.`) || cited.startsWith(`${item}.`);
}
