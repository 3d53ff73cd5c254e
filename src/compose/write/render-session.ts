// The session section: details as stated (never guessed), then heading context.
import type { SessionDetails } from '../types.ts';

const SERVICE_LABEL: Record<string, string> = {
  individual: 'Individual psychotherapy',
  couples: 'Couples psychotherapy',
  family: 'Family psychotherapy',
  group: 'Group psychotherapy',
  intake: 'Intake assessment',
  crisis: 'Crisis psychotherapy',
};
const MODALITY_LABEL: Record<string, string> = { video: 'telehealth (video)', phone: 'telehealth (telephone)', in_person: 'in person' };

/** One sentence of session details, or undefined when nothing was stated. */
export function renderSessionLine(s: SessionDetails): string | undefined {
  const parts: string[] = [];
  if (s.serviceType) parts.push(SERVICE_LABEL[s.serviceType]!);
  if (s.sessionNumber) parts.push(`${parts.length ? 'session' : 'Session'} ${s.sessionNumber}`);
  if (s.date) parts.push(s.date);
  if (s.startTime && s.endTime) parts.push(`${s.startTime}-${s.endTime}`);
  if (s.minutes) parts.push(`${s.minutes} minutes`);
  if (s.modality) parts.push(MODALITY_LABEL[s.modality]!);
  if (parts.length === 0 && !s.clientLocation && !s.participants.length) return undefined;
  if (parts.length === 0) parts.push('Session');
  else if (!s.serviceType && !s.sessionNumber) parts[0] = `Session: ${parts[0]}`;
  let line = parts.join(', ');
  if (s.clientLocation) line += `; client located at ${s.clientLocation}`;
  if (s.location) line += `; clinician located at ${s.location}`;
  if (s.participants.length) line += `; participants: ${s.participants.join(', ')}`;
  if (s.telehealthConsent) line += '; consent for telehealth confirmed';
  return `${line}.`;
}
