// Dates in a plan: written dates ("2027-03-01", "3/1/2027", "March 1, 2027") and dates counted
// from the plan's date ("review in 90 days", "within 8 weeks"). Counting needs the plan's date;
// without it the date stays unknown and the plan asks for it.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A written date, in any of the forms clinicians use. */
const WRITTEN_DATE = new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b|\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b|\\b(\\d{1,2}) ${MONTH}\\.? (\\d{4})\\b`, 'i');

/** A span of time counted from the plan's date: "in 90 days", "within 3 months", "90-day", "q90d". */
const RELATIVE_DATE = /\b(?:in|within|after|every)\s+(\d{1,3})\s+(days?|weeks?|wks?|months?|mos?)\b|\b(\d{1,3})[- ](day|week|month)\b|\bq\s?(\d{1,3})\s?(d|days|wks?|weeks|mos?|months)\b/i;

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** The ISO date a written date names; null when it names none (31 February). */
function readWrittenDate(match: RegExpExecArray): string | null {
  const [, y1, m1, d1, m2, d2, y2, mon3, d3, y3, d4, mon4, y4] = match;
  if (y1) return iso(Number(y1), Number(m1), Number(d1));
  if (y2) return iso(y2.length === 2 ? 2000 + Number(y2) : Number(y2), Number(m2), Number(d2));
  const month = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  if (mon3) return iso(Number(y3), month(mon3), Number(d3));
  if (mon4) return iso(Number(y4), month(mon4), Number(d4));
  return null;
}

/** The plan's date plus the span a RELATIVE_DATE match names. */
function addSpan(base: string, match: RegExpExecArray): string | null {
  const amount = Number(match[1] ?? match[3] ?? match[5]);
  const unit = (match[2] ?? match[4] ?? match[6] ?? '').toLowerCase();
  const [y, m, d] = base.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (unit.startsWith('d')) date.setUTCDate(date.getUTCDate() + amount);
  else if (unit.startsWith('w')) date.setUTCDate(date.getUTCDate() + 7 * amount);
  else date.setUTCMonth(date.getUTCMonth() + amount);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

export interface FoundDate {
  /** The ISO date, or null when it is counted from a plan date that was not given. */
  date: string | null;
  start: number;
  end: number;
}

/** The first date in `text` (written, or counted from `base`), with where it was written. */
export function findDate(text: string, base: string | undefined): FoundDate | null {
  const written = WRITTEN_DATE.exec(text);
  const relative = RELATIVE_DATE.exec(text);
  const first = written && (!relative || written.index <= relative.index) ? written : null;
  if (first) return { date: readWrittenDate(first), start: first.index, end: first.index + first[0].length };
  if (!relative) return null;
  return { date: base ? addSpan(base, relative) : null, start: relative.index, end: relative.index + relative[0].length };
}
