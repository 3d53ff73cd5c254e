// How a note names the service and the modality of a session, in the session line the composer
// writes and in the header an exported note repeats (src/note-export): one table for both.
import type { ServiceType, SessionModality } from '../types.ts';

export const SERVICE_LABELS: Readonly<Record<ServiceType, string>> = {
  individual: 'Individual psychotherapy',
  couples: 'Couples psychotherapy',
  family: 'Family psychotherapy',
  group: 'Group psychotherapy',
  intake: 'Intake assessment',
  crisis: 'Crisis psychotherapy',
};

export const MODALITY_LABELS: Readonly<Record<SessionModality, string>> = {
  in_person: 'in person',
  video: 'telehealth (video)',
  phone: 'telehealth (telephone)',
};

/** Words that say the client is enrolled in a group ("in DBT skills grp", "member of"), which is not this session. */
export const ENROLMENT_WORDS: readonly string[] = ['in', 'attends', 'attending', 'joined', 'also in', 'member of', 'enrolled in'];

/**
 * The writer's role, named by the kind of contact in the heading ("CM visit - Tesfaye family", "(peer support)"): the
 * note calls the writer by it, never "Therapist", unless the clinician's style says otherwise.
 */
export type WriterRole = 'prescriber' | 'case manager' | 'peer support specialist' | 'family support partner' | 'peer navigator' | 'peer support officer';
export const WRITER_ROLES: readonly { role: WriterRole; pattern: RegExp }[] = [
  // ("PSO contact w/ Ofc. Walsh after OIS": a police or fire peer support officer writes as themself.)
  { role: 'peer support officer', pattern: /\b(?:PSO|peer support officer)\s+(?:contact|visit|check-?in|note|session|call|follow-?up|f\/u)\b/i },
  { role: 'peer support specialist', pattern: /\(peer support\)|\bpeer support (?:session|visit|contact|check-?in|meeting|note)\b|^\s*peer support\b/im },
  { role: 'prescriber', pattern: /^\s*(?:medication (?:management|check|visit)|psychiatric medication visit)\b/im },
  { role: 'family support partner', pattern: /\b(?:FSP|family support partner|parent partner)\s+(?:home\s+)?(?:visit|contact|session|check-?in|note)\b/i },
  { role: 'peer navigator', pattern: /\bpeer navigat(?:or|ion)\s+(?:visit|contact|session|check-?in|note|meeting)\b|\(peer navigat(?:or|ion)\)/i },
  { role: 'case manager', pattern: /(?:^|[:;,]\s*)(?:case management|case manager)(?:\s+(?:home\s+)?(?:visit|contact|check-?in|note|session|outreach))?\s*(?:[;,.]|$)|\bcase management\s+(?:home\s+)?(?:visit|contact|check-?in|outreach)\b|\(case management\)/im },
];

/** A rank or title before a name in a dictated heading ("this is SSG Ramirez", "Officer Dale"). */
export const RANK_OR_TITLE = '(?:[A-Z]{2,4}|[A-Z][a-z]{1,3}\\.|Sgt|Officer|Deputy|Captain|Sergeant|Corporal|Private|Specialist|Airman|Petty Officer)';
/** "um so this is SSG Ramirez", "today was with Dana": a dictated line naming whom the session was with (1: the name; 2: the kind of session, when said). */
// ("so this is the follow up for Mr Delgado": the kind of visit, then whom it is for; written as told, groups 1 and 2 unset.)
export const THIS_IS_WHOM = new RegExp(`^\\s*(?:(?:um|uh|so|ok|okay)[\\s,]+)*(?:this|today|it)\\s+(?:was|is)\\s+(?:(?:with\\s+)?((?:${RANK_OR_TITLE}\\s+)?[A-Z][a-z]+)(\\s+(?:follow[- ]?up|f\\/u|intake|session|check[- ]in))?|(?:the|a|his|her|their|our)\\s+(?:\\w+\\s+)?(?:follow[- ]?up|f\\/u|intake|session|check[- ]in|visit)\\s+(?:for|with)\\s+(?:(?:Mr|Ms|Mrs|Mx|Dr)\\.?\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)\\s*$`);

/** Words that, with a number after them, name a place in a program or a unit ("Week 3", "Room 12", "Engine 12", "Truck 7"), never a person and their age. */
// ("Gleason 7", "ECOG 2", "Cycle 3": a clinical score or a treatment's round, never a name and an age.)
export const NUMBERED_THING = '(?:Day|Week|Wk|Module|Session|Sess|Group|Step|Level|Phase|Unit|Room|Bed|Pod|Ward|Grade|Engine|Truck|Ladder|Medic|Rescue|Squad|Station|Tower|Battalion|Car|Gleason|Apgar|ECOG|Karnofsky|Stage|Cycle|Round|Dose|Fraction|Gravida|Para)';
