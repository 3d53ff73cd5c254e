// Whether a note signed now is a late entry. Session dates and times are the clinician's wall
// clock; the signature is an instant. Both are compared on the clinician's wall clock, in the
// time zone their browser reports (else the server's), so "a later calendar day" means the day
// on the clinician's calendar, not in UTC. Fixed at signing, like the signature itself.
import { AppError } from '../app-error.ts';

export interface DecideLateEntryOptions {
  /** YYYY-MM-DD, or null when the note has no session date. */
  sessionDate: string | null;
  sessionStartTime: string | null;
  sessionEndTime: string | null;
  sessionMinutes: number | null;
  signedAt: Date;
  /** An IANA time zone ("America/New_York"); undefined: the server's. */
  timeZone: string | undefined;
  /** Hours after the session's end past which a signature is late; null: any later calendar day. */
  thresholdHours: number | null;
}

export interface LateEntryDecision {
  /** The calendar day the note was signed on, in the clinician's time zone. */
  signedLocalDate: string;
  /** null when there is no session date to compare with. */
  lateEntry: boolean | null;
}

/**
 * @example decideLateEntry({ sessionDate: '2026-11-27', signedAt: new Date('2026-12-01T15:00Z'), timeZone: 'America/New_York', thresholdHours: null, ... })
 * // { signedLocalDate: '2026-12-01', lateEntry: true }
 */
export function decideLateEntry(options: DecideLateEntryOptions): LateEntryDecision {
  const local = wallClock(options.signedAt, options.timeZone);
  const signedLocalDate = local.slice(0, 10);
  if (!options.sessionDate) return { signedLocalDate, lateEntry: null };
  if (options.thresholdHours === null) return { signedLocalDate, lateEntry: signedLocalDate > options.sessionDate };
  const end = sessionEndMinutes(options);
  const signedMinutes = minutesSinceEpoch(local);
  const sessionEnd = minutesSinceEpoch(`${options.sessionDate}T00:00`) + end;
  return { signedLocalDate, lateEntry: signedMinutes - sessionEnd > options.thresholdHours * 60 };
}

/** Throws bad_request for a time zone this runtime does not know. */
export function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new AppError('bad_request', 'Unknown time zone; send an IANA name such as America/New_York', { field: 'timeZone' });
  }
}

/** When the session ended, in minutes after its midnight: the end time, else start plus minutes, else the start, else the end of the day. */
function sessionEndMinutes(o: DecideLateEntryOptions): number {
  const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  if (o.sessionEndTime) return toMinutes(o.sessionEndTime);
  if (o.sessionStartTime) return toMinutes(o.sessionStartTime) + (o.sessionMinutes ?? 0);
  return 24 * 60 - 1;
}

/** "YYYY-MM-DDTHH:MM" on the wall clock of `timeZone`. */
function wallClock(at: Date, timeZone: string | undefined): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    ...(timeZone ? { timeZone } : {}),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** Wall-clock minutes, counted as if UTC: only differences between two wall clocks are used. */
const minutesSinceEpoch = (local: string): number => Date.parse(`${local}:00Z`) / 60_000;
