// The session section: details as stated (never guessed), then heading context.
import { MODALITY_LABELS, NUMBERED_THING, SERVICE_LABELS } from '../lexicon/session-labels.ts';
import type { SessionDetails } from '../types.ts';
import { twelveHour } from '../text/twelve-hour.ts';

/** "14:10" -> "2:10 pm": the way clinicians and EHR fields read times. */
function hhmmTwelveHour(hhmm: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return twelveHour(h, m);
}

/** One sentence of session details, or undefined when nothing was stated. */
// ("collateral phone call, HR business partner": a call with someone else about the client is no telehealth service to the client.)
// ("CISM group debrief": a critical incident debrief is a group meeting, never called psychotherapy.)
export function renderSessionLine(s: SessionDetails, collateral = false, debrief = false): string | undefined {
  const parts: string[] = [];
  if (s.serviceType) parts.push(debrief && s.serviceType === 'group' ? 'Group session' : SERVICE_LABELS[s.serviceType]);
  if (s.sessionNumber) parts.push(`${parts.length ? 'session' : 'Session'} ${s.sessionNumber}${s.sessionOf ? ` of ${s.sessionOf}` : ''}`);
  if (s.date) parts.push(s.date);
  if (s.startTime && s.endTime) parts.push(`${hhmmTwelveHour(s.startTime)} to ${hhmmTwelveHour(s.endTime)}`);
  // ("Crisis - walk-in 1:20pm"): the hour it began, with no end told, is kept; the prompt asks only for the stop time.
  else if (s.startTime) parts.push(`${parts.length ? 'started' : 'Started'} ${hhmmTwelveHour(s.startTime)}`);
  if (s.minutes) parts.push(`${s.minutes} minutes`);
  if (s.modality) parts.push(collateral && s.modality !== 'in_person' ? (s.modality === 'phone' ? 'by telephone' : 'by video') : s.modality === 'video' && s.telehealthUnspecified ? 'telehealth' : MODALITY_LABELS[s.modality]);
  if (parts.length === 0 && !s.clientLocation && !s.participants.length) return undefined;
  if (parts.length === 0) parts.push('Session');
  else if (!s.serviceType && !s.sessionNumber) parts[0] = `Session: ${parts[0]}`;
  let line = parts.join(', ');
  if (s.clientLocation) line += `; client located ${/^(?:in|at) /.test(s.clientLocation) ? '' : 'at '}${s.clientLocation}`;
  if (s.location) line += `; clinician located at ${s.location}`;
  if (s.participants.length) line += `; participants: ${s.participants.join(', ')}`;
  if (s.telehealthConsent) line += '; consent for telehealth confirmed';
  return `${line}.`;
}

/**
 * The heading's own words after the session details are taken out: who the client is and the
 * context the clinician gave ("Dale, 47; anger management (court-ordered)"). A name (with an
 * age) or initials first names the client; two names joined by "and" are the participants.
 */
export function renderHeading(text: string): string | undefined {
  const fragments = joinParentheses(text.split(/;\s*/))
    .map((f) => f.trim().replace(/(?<!\b(?:walk|check|drop|logged|signed|call|phone))\s+(?:for|with|at|re|regarding|about|in|on|of|to|seen)$/i, '').replace(/\bwalk in$/i, (w) => `${w[0]}alk-in`).replace(/^\((.*)\)$/, '$1').replace(/^(?:this|it|today)\s+(?:was|is)\s+(?:the\s+|my\s+|our\s+)?(?:(?:telehealth|video|phone|individual|follow[- ]?up|intake)\s+)*(?:session\s+|visit\s+|call\s+|assessment\s+)?(?=(?:with|for)\s)/i, '').replace(/^(?:this|it|today)\s+(?:was|is)\s+(?:for\s+)?(?:(?:an?|the|my|our)\s+)?/i, '').replace(/^for\s+(?=[A-Z])/, '').replace(/^for\s+(an?\s+\d)/i, (_m, a: string) => `${a[0]!.toUpperCase()}${a.slice(1)}`).replace(/^(?:saw|seen)\s+(?=[A-Z])/, '').replace(/^(?:the therapist|therapist|I)\s+(?:(?:met|spoke)\s+with|saw)\s+(.+?)(?:\s+today)?$/i, '$1'))
    // ("btwn pts - Darnell W 42 ...": when the clinician wrote the note is not the session's context.)
    .filter((f) => f && !/^\(?\s*\)?$/.test(f) && !/^(?:written |typed )?(?:btwn|between) (?:pts|patients|clients|sessions|appts|appointments)$/i.test(f));
  if (!fragments.length) return undefined;
  // ("Call w/ Maya, 19": an age alone after a name is that person's age, not a fragment of its own.)
  // ("w/ River (they/them), 19": the pronouns said after the name stay with it.)
  for (let i = fragments.length - 1; i > 0; i--) if (/^\d{1,2}$/.test(fragments[i]!) && /\b[A-Z][a-z]+(?:\s*\([a-z]+\/[a-z]+\))?$/.test(fragments[i - 1]!)) fragments.splice(i - 1, 2, `${fragments[i - 1]}, ${fragments[i]}`);
  // "Child session, Mateo 7, with dad": the client's name and age lead, wherever they were jotted.
  // ("the Brennan family: mom Julie, stepdad Mike, Ava (16), Owen (12)": two children named with ages; neither is guessed to be the client.)
  // ("Engine 12", "Truck 7": a numbered unit is no one's name and age.)
  const namedWithAge = (f: string): boolean => new RegExp(`^(?:(?:Mr|Ms|Mrs|Mx)\\.?\\s+)?(?!${NUMBERED_THING}\\b)[A-Z][a-z]+(?:\\s*\\([a-z]+\\/[a-z]+\\))?,?\\s+\\(?\\d{1,2}\\)?$`).test(f);
  const nameAt = fragments.filter(namedWithAge).length === 1 ? fragments.findIndex((f, i) => i > 0 && namedWithAge(f)) : -1;
  if (nameAt > 0) fragments.unshift(...fragments.splice(nameAt, 1));
  // "John 35" -> "John, 35"; "A.N" -> "A.N." (the full stop was taken as the fragment's end).
  // ("Day 1", "Week 3", "Truck 7": a place in a program or a unit, never a name and an age.)
  fragments[0] = fragments[0]!.replace(new RegExp(`^((?:(?:Mr|Ms|Mrs|Mx)\\.?\\s+)?(?!${NUMBERED_THING}\\b)[A-Z][a-z]+(?:\\s+[A-Z][a-z'-]+)?)\\s+(\\d{1,2})$`), '$1, $2').replace(/^(?!(?:Client|Patient)\b)([A-Z][a-z]+(?:\s+[A-Z]\.?)?)\s+(\d{1,2}-year-old)(\s+(?:female|male|nonbinary|woman|man|transgender (?:woman|man)))?\s+(?=[a-z])/, (_m, name: string, age: string, sex: string | undefined) => (sex ? `${name}, ${age}${sex}; ` : `${name}, ${age}, `)).replace(/^((?:[A-Z]\.)+[A-Z])$/, '$1.')
    // "Darnell W 42 f/u stress": a name, an initial and an age, then what the visit is for.
    .replace(/^((?!(?:Client|Patient|Session|Group|Week|Day)\b)[A-Z][a-z]+\s+[A-Z]\.?)\s+(\d{1,2})\s+(?=[a-z])/, (_m, name: string, age: string) => `${name.replace(/([A-Z])$/, '$1.')}, ${age}; `);
  // "Client 41-year-old female" -> "Client: 41-year-old female".
  fragments[0] = fragments[0]!.replace(/^(client|patient)\s+(?=\d)/i, (m) => `${m.trim()[0]!.toUpperCase()}${m.trim().slice(1).toLowerCase()}: `);
  const first = fragments[0]!;
  // A name with an age, or initials, is the client; a bare capitalised word may be anything ("EAP" is a program, never initials).
  // ("Officer Dale Kowalski, 41", "FF/Paramedic Jake Morrow, 38": a rank or a job, a first name and a surname, with an age.)
  const name = /^(?:(?:Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][a-z]+(?:\s*\([a-z]+\/[a-z]+\))?(?:,\s*\d{1,2}| \(\d{1,2}\))$|^(?:(?:[A-Z]{2,4}\/)?(?:Officer|Ofc|Sgt|Sergeant|Det|Detective|Deputy|Trooper|Capt|Captain|Lt|Lieutenant|Paramedic|Firefighter|Dispatcher|Medic|EMT|FF|RN)\.?\s+)?(?!(?:Caller|Client|Patient|Member|Mother|Father|Mom|Dad|Wife|Husband|Staff)\b)[A-Z][a-z]+\s+[A-Z][a-z'-]+(?:,\s*\d{1,2}| \(\d{1,2}\))$|^(?!(?:EAP|IOP|PHP|ACT|DBT|CBT|IPT|ERP|EMDR|VA|ED|ER|OP|HR|RTW|FFD|TH|VVC|CSU|MCT|ICU|PES|CPEP|BH|MH|SUD|PCP|UC|OB)$)[A-Z]{2,3}$|^(?:[A-Z]\.)+$/.test(first);
  // ("Grief and loss": a topic, not two people.)
  const pair = /^[A-Z][a-z]+(?: \(\d{1,2}\))? and (?:(?:her|his|their) [a-z]|[A-Z]|(?:mom|mother|dad|father|parents?|grand\w+|foster|guardian|sister|brother|wife|husband|partner|aunt|uncle|step\w+)\b)/.test(first);
  // "with 15-year-old client and mother": who was in the session, not a sentence.
  const withWhom = /^(?:with|w\/)\s+(?=\S)/i.exec(first);
  // "with Derek today": the day is when, not who.
  // ("Child w/ parent: Leo (9) + mom": the heading's own label, "parent:", names no one.)
  if (withWhom) fragments[0] = first.slice(withWhom[0].length).replace(/\s+(?:today|tonight|this (?:morning|afternoon|evening))$/i, '').replace(/^(?:parents?|caregivers?|guardians?)(?:\s+(?:session|sess|visit))?\s*:\s*/i, '');
  // "session with Derek": one name alone is the client.
  // ("Phone session w/ Ms. Okafor": a title before the one name is still one person.)
  const alone = withWhom && /^(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z](?:\.|[a-z]+)?)?(?:\s*\([a-z]+\/[a-z]+\))?(?:\s*\(\d{1,2}\)|,\s*\d{1,2})?$/.test(fragments[0]!);
  const label = name || alone ? 'Client: ' : pair || withWhom ? 'Participants: ' : '';
  // ("... hotel room. the therapist is licensed in IL": a sentence inside the heading's aside starts with its capital.)
  const body = fragments.join('; ').replace(/(\b[a-z]{3,}[.!?]\s+)([a-z])/g, (_m, stop: string, ch: string) => `${stop}${ch.toUpperCase()}`);
  return `${label}${label ? body : body[0]!.toUpperCase() + body.slice(1)}.`;
}

/** "Reyes family (mom; stepdad; Jordan 14)": a parenthesis split across fragments is one fragment again. */
function joinParentheses(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    // ("(Ava, Brody, Wes; Lexi + Tanner absent)": a semicolon inside brackets was the clinician's own, and is kept.)
    if (last !== undefined && (last.match(/\(/g) ?? []).length > (last.match(/\)/g) ?? []).length) out[out.length - 1] = `${last}; ${part}`;
    else out.push(part);
  }
  return out;
}
