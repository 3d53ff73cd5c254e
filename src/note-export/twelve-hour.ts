// A file of its own, not only layout-note.ts: the web's Notes list imports it directly, and through
// the note-export index it would bring the copy layout's zod schema (about 84 KB) into the Notes
// page's start-up chunk (issue 7, Notes page start-up).

/**
 * A 24-hour time as clinicians and EHR fields read it, as the session section writes times;
 * anything that is not HH:MM is returned as written.
 * @example twelveHour('14:05'); // '2:05 pm'
 */
export function twelveHour(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'am' : 'pm'}`;
}
