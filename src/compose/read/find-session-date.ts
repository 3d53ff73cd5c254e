// Finds the date of the session in a summary ("session 11/27/2026", "11/27 indiv", "Nov 27").
// Pure and small, so the Write page can fill its date control as the clinician types and the
// composer reads dates the same way. Summaries are full of things that look like dates and are
// not: ratings (8/10), counts (4/7 days), session numbers (sess 6/12), follow-ups (f/u 12/4),
// court dates, birth dates. So a date counts only where it names the session: at the start of
// the summary, after a date cue ("DOS", "session on", "seen"), or, written with a month name or
// a year, in the heading; never after a cue that makes it another day (next, f/u, DOB, court).

export interface SessionDateOptions {
  /**
   * Today as YYYY-MM-DD. A date written without a year ("11/27", "Nov 27") is given the year
   * that makes it the latest such day on or before today; without `today` it has no ISO date.
   */
  today?: string;
}

export interface FoundSessionDate {
  /** YYYY-MM-DD, when the year was written or inferred from `today`. */
  date?: string;
  year?: number;
  month: number;
  day: number;
  /** True when the year was not written and was inferred from `today`. */
  yearInferred: boolean;
  /** The characters [start, end) of the summary the date was read from. */
  start: number;
  end: number;
  /** The words as written ("Nov 27"). */
  text: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** The ways a date is written, each with how to read its parts. */
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => { year?: number; month: number; day: number } | undefined; kind: 'numeric' | 'named' | 'iso' }[] = [
  { kind: 'iso', re: /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/-])/g, read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  {
    kind: 'numeric',
    // 11/27/2026, 11/27/26, 11-27-2026, 11/27. Not 8/10ths, 4/5ths, 1/2, 3.5/10.
    re: /(?<![\d/.\w-])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.-]\d|\s*(?:ths?|x)\b)/g,
    read: (m) => {
      // 11-27 without a year is a range ("11-27 items"), not a date.
      if (m[2] === '-' && !m[4]) return undefined;
      const year = m[4] ? (m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4])) : undefined;
      return { ...(year ? { year } : {}), month: Number(m[1]), day: Number(m[3]) };
    },
  },
  {
    kind: 'named',
    // Nov 27, Nov. 27th, November 27, 2026; "May" and "March" only with a capital (they are words too).
    re: new RegExp(`(?<![\\w])${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?(?![\\d:/]|\\s*(?:%|mg|min|mins|minutes|hrs?|hours?|days?|wks?|weeks?|times|sessions?|x)\\b)`, 'gi'),
    read: (m) => readNamed(m[1]!, m[2]!, m[3], m.input.slice(Math.max(0, m.index - 12), m.index)),
  },
  {
    kind: 'named',
    // 27 Nov, 27th November 2026.
    re: new RegExp(`(?<![\\w/.])${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\w])`, 'gi'),
    read: (m) => readNamed(m[2]!, m[1]!, m[3]),
  },
];

function readNamed(monthWord: string, dayText: string, yearText: string | undefined, before = ''): { year?: number; month: number; day: number } | undefined {
  const word = monthWord.replace(/\.$/, '');
  // ("session ... today march 12th": after "today" or "on", a month in lower case is still the month.)
  if (/^(may|march)$/i.test(word) && !/^[A-Z]/.test(word) && !/\b(?:today|on|dated|date|dos)\s+$/i.test(before)) return undefined;
  const month = MONTHS[word.toLowerCase()];
  if (!month) return undefined;
  return { ...(yearText ? { year: Number(yearText) } : {}), month, day: Number(dayText) };
}

/** Words just before a date that make it the session's date ("DOS 11/27", "seen on Nov 27", "Session: 11/27"). */
const DATE_CUE = /(?:\b(?:dos|date of service|date of session|session date|sess date|date|seen(?: on)?|met(?: on)?|session(?: held)? on|sess on|today(?: is| was)?|sess(?:ion)?\s*:)|^\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\.?,?)\s*[:=\-–]?\s*$/i;
/** Words shortly before a date that make it another day: the next appointment, a deadline, a birthday, an event. */
const OTHER_DAY = /^(?:next|f\/u|fu|follow-?up|rtc|return|returns|due|dob|d\.o\.b\.?|born|birthday|bday|court|hearing|trial|until|till|by|before|after|since|from|last|prior|previous|starting|starts|began|begins|ends|ended|discharged?|admitted|admission|surgery|appt|appointment|scheduled|rescheduled|booked|cancel(?:l?ed)?|deadline|anniversary|died|death|passed|dui|arrested|arrest|incident|accident|expires|effective|through|thru|release|released|releasing|parole|paroled|sentencing|sentenced|graduation|graduates|off|fired|evicted|wedding|funeral|deployment|deploys|deploying|pcs|party|event|dinner|trip|holiday|holidays|shower|reunion|move|moving|flight|concert|game|recital|ceremony|baptism|christmas|thanksgiving)$/i;
/** A date right after these is one end of a range or one of a list ("4/12 + 4/18", "11/20-11/27"). */
// ("Intake assessment - 3/12": a dash after words, not after another date, only sets the date apart.)
const LIST_OR_RANGE = /(?:\d\s*[-–]|[+&]|\b(?:and|or|to|through|thru|vs))\s*$/i;
/** How long a planned course runs ("CPT sess 6/12"); "Family session 11/19" names no such course, so it is a date. */
export const COURSE_LENGTHS: ReadonlySet<number> = new Set([3, 4, 5, 6, 8, 10, 12, 14, 15, 16, 20, 24]);
/** A course of sessions named ("CPT", "module", "final session", "of 12"): without one, "Family session 3/12" is a date. */
/** A session named by its kind ("Family session"): without a course named, the numbers after it are a date. */
/** The kinds a session is named by ("Family session"). */
export const SESSION_KINDS = String.raw`(?:family|fam|couples?|individual|indiv|group|grp|intake|crisis|telehealth|video|phone|in[- ]person|parent|joint|conjoint|dyadic)`;
const SESSION_KIND_NAMED = new RegExp(String.raw`\b${SESSION_KINDS}\s+(?:session|sess)\b`, 'i');
/** ("session 4/6 ... deferred to next sess 4/13"): another day of the same month named for the next session makes "4/6" a date. */
export const nextInSameMonth = (text: string, month: number, day: number): boolean =>
  new RegExp(String.raw`\b(?:next|f\/u|follow[- ]?up|return|rtc)\s+(?:\w+\s+){0,2}${month}\/(?!${day}\b)\d{1,2}\b`, 'i').test(text);

// ("He moved in last summer": "last" names a course's end only as its last session.)
export const courseNamed = (text: string): boolean =>
  /\b(?:CPT|PE|EMDR|TF-?CBT|CBT-?I|CBT-?E|CBT|DBT|IPT|ERP|PCIT|MI|ACT|BA)\b/.test(text) ||
  /\b(?:protocol|module|manual(?:i[sz]ed)?|course|phase|program|prolonged exposure|cognitive processing|exposure|skills|workbook|curriculum|(?:final|last)\s+(?:session|sess|visit|meeting|one)|termination|of\s+\d{1,2}|sessions?\s+left|remaining)\b/i.test(text);

/** What a clinician rates out of 5 or 10, a few words before the rating ("rates intent today 4/10"). */
const RATED = /\b(?:rates?|rated|rating|intent|urges?|cravings?|suds|mood|anxiety|pain|distress|depression|stress|anger|sleep|energy|motivation|confidence|hope|hopelessness|safety|pleasure|mastery|importance|readiness)\b(?:\s+[\w-]+){0,2}\s*[:=]?\s*$/i;

/** The hour a session began, right after its date ("3/12 at 4pm", "3/12, 4 pm"): what makes "3/12" a day, never session 3 of 12. */
// ("family session 3/12 2-3pm": the hours as a range, too.)
export const HOUR_BEGUN_AFTER = /^\s*,?\s*(?:at\s+|@\s*)?\d{1,2}(?::\d{2})?\s*(?:(?:am|pm)\b|[-–]\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)|^\s*,?\s*\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}/i;

/** Words that make a first line the session's heading. */
// ("ED psych consult 3/14 0715": a consultation or an evaluation is a session too.)
const SESSION_WORDS = /\b(?:session|sess|indiv\w*|ind|group|grp|family|fam|couples?|intake|crisis|telehealth|tele|video|phone|in[- ]person|check-in|min|mins|minutes|consult(?:ation)?|eval(?:uation)?)\b/i;

/** A session number written like a date: "sess 6/12" is session 6 of 12. */
const SESSION_NUMBER = /(?:\bsess(?:ion)?s?|#|\bvisit|\bwk|\bweek|\bmodule|\bday)\s*#?\s*$/i;

/** ("Pt: Aisha K. | Telehealth video (Zoom) | 4/2"): a bar between a heading's parts is a comma, the same length, so offsets hold. */
export const barsAsCommas = (text: string): string => (text.includes('|') ? text.replace(/(?<=\S) \|(?= \S)/g, ', ') : text);

/**
 * The session's date as written in a summary, or undefined when the summary gives none or more
 * than one different candidate (the clinician then sets it).
 *
 * @example findSessionDate('Nov 27 indiv 50 min. pt reports...', { today: '2026-12-01' })?.date // '2026-11-27'
 * @example findSessionDate('CPT sess 6/12. PCL-5 41') // undefined: a session number, not June 12
 */
export function findSessionDate(text: string, options: SessionDateOptions = {}): FoundSessionDate | undefined {
  text = barsAsCommas(text);
  const headingEnd = findHeadingEnd(text);
  const found: FoundSessionDate[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const parts = pattern.read(m);
      if (!parts || !isValidDay(parts.month, parts.day, parts.year)) continue;
      taken.push([start, end]);
      // The clause before the date: its last words decide what the date is.
      // ("Anger Mgmt group (court mandated), 3/13/25": a court-mandated program is no court date.)
      const before = text.slice(Math.max(0, start - 60), start).replace(/\bcourt[- ](?=(?:mandated|ordered|referred|involved|required)\b)/gi, 'by-')
        // ("after hours crisis call, 10:15pm 11/2": a call out of hours names no other day.)
        .replace(/\bafter[- ]hours\b/gi, 'out-of-hours');
      const clause = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('(')) + 1);
      const lastWords = clause.trim().split(/\s+/).slice(-4).map((w) => w.replace(/^[^\w/]+|[^\w/.]+$/g, ''));
      const yearGiven = pattern.kind === 'iso' || parts.year !== undefined;
      // ("Arjun denied SI at indiv session 10/3": a session the date is told "at" or "during" is another one.)
      const cued = DATE_CUE.test(clause) || (/\b(?:sess(?:ion)?|call|visit|contact|check-in)\s*$/i.test(clause) && !/\b(?:at|during|in|from|since|after|before|an?|his|her|their|last|prior|previous|earlier|next|following|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|final)\s+(?:[\w-]+\s+)?(?:sess(?:ion)?|call|visit|contact|check-in)\s*$/i.test(clause));
      // Another day, a session number, or one of several dates: not the session's date.
      // ("bup f/u 3/14" as a first line of three words names this follow-up visit, not the next one.)
      const headingOnly = start < 30 && !/\n/.test(text.slice(0, start)) && /^\s*(?:\n|$)/.test(text.slice(end)) && text.slice(0, start).trim().split(/\s+/).length <= 3;
      // ("Plan: 2nd session 11/2": a date on the plan's own line is a day to come.)
      if (/^\s*(?:plan|p|next steps?|f\/u|follow[- ]?up|rtc)\s*:/i.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && !/\b(?:dos|date of service|today)\b/i.test(clause)) continue;
      // ("telehealth video f/u 3/14 0900, 50 min": a follow-up named among the first words, with the hour it began, is this visit.)
      const thisFollowUp = !/\n/.test(text.slice(0, start)) && text.slice(0, start).trim().split(/\s+/).length <= 4 && /^\s*,?\s*(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b|(?:[01]\d|2[0-3])[0-5]\d\b)/i.test(text.slice(end, end + 12));
      // ("paged by bedside RN 14:20, 3/11/24": "by" before who did something names no deadline.)
      const byWhom = (w: string, i: number): boolean => /^by$/i.test(w) && !!lastWords[i + 1] && !/^\d/.test(lastWords[i + 1]!) && !/^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end|tomorrow|tonight)/i.test(lastWords[i + 1] ?? '');
      if (lastWords.some((w, i) => OTHER_DAY.test(w) && !byWhom(w, i) && !((headingOnly || thisFollowUp) && /^(?:f\/u|fu|follow-?up)$/i.test(w)))) continue;
      // ("Next couples session 1 wk (Mon 7/14 1pm)": a date in brackets after the next session is that session's day.)
      const outer = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
      // ("bereavement f/u telehealth (phone) 4/2": a bracket closed before the date holds nothing of it.)
      const inBracket = outer.lastIndexOf('(') > outer.lastIndexOf(')');
      if (inBracket && /\b(?:next|f\/u|follow-?up|rtc|return|upcoming|rescheduled|moved)\b/i.test(outer.slice(0, outer.lastIndexOf('(')))) continue;
      // ("grief after death of coworker Sam (suicide, 2/14)": a date in brackets after a death or an event named is that day's.)
      if (inBracket && outer.slice(0, outer.lastIndexOf('(')).trim().split(/\s+/).slice(-6).some((w) => OTHER_DAY.test(w.replace(/^[^\w/]+|[^\w/]+$/g, '')))) continue;
      if (!cued && LIST_OR_RANGE.test(clause)) continue;
      // "PC-PTSD-5 (5/5)", "PHQ-2: 6/6": a score right after an instrument's name.
      // ("CRISIS WALK-IN 10/16": a session's kind in capitals is no code.)
      if (pattern.kind === 'numeric' && /\b(?!(?:WALK-IN|CHECK-IN|FOLLOW-UP|DROP-IN|F-U)\b)[A-Z]+-[A-Z0-9-]+\s*[:=(]?\s*$/.test(text.slice(Math.max(0, start - 24), start))) continue;
      // ("goal: walk 3x/wk w/ sister - met 2/3": a goal met two times of three is a count, never a date.)
      if (pattern.kind === 'numeric' && !yearGiven && /\b(?:met|completed|did|done|achieved|attended|made|hit|reached|kept)\s*$/i.test(text.slice(Math.max(0, start - 16), start))) continue;
      // ("Rates intent today 4/10", "mood today 3/5"): a rating out of 5 or 10 after what is rated, even after "today".
      if (pattern.kind === 'numeric' && !yearGiven && (parts.day === 5 || parts.day === 10) && RATED.test(text.slice(Math.max(0, start - 40), start))) continue;
      // ("Rated urge at worst 8/10, today 3/10"): right after another rating out of the same, a rating too.
      if (pattern.kind === 'numeric' && !yearGiven && (parts.day === 5 || parts.day === 10) && new RegExp(String.raw`\b\d{1,2}\s*\/\s*${parts.day}\b[^.;]{0,30}$`).test(text.slice(Math.max(0, start - 40), start))) continue;
      // "sess 6/12" is session 6 of 12; "Session 12/1" cannot be 12 of 1, so it is a date.
      // ("individual session 3/12 at 4pm": with the hour it began after it, a date.)
      // ("Final session (6/6)": the session's number in brackets after the word.)
      if (!yearGiven && (SESSION_NUMBER.test(clause) || SESSION_NUMBER.test(outer.replace(/\(\s*$/, ''))) && parts.day >= parts.month && COURSE_LENGTHS.has(parts.day) && (courseNamed(text) || !SESSION_KIND_NAMED.test(clause)) && !HOUR_BEGUN_AFTER.test(text.slice(end, end + 16)) && !nextInSameMonth(text, parts.month, parts.day)) continue;
      if (/^\s*(?:[-–+&]|and\b|to\b)\s*(?:\d{1,2}[/-]\d{1,2}|[A-Z][a-z]{2,8}\.? \d)/.test(text.slice(end, end + 16))) continue;
      const opensSummary = /^[\s(\-–*•]*$/.test(text.slice(0, start));
      const inHeading = start < headingEnd;
      // A bare 11/27 names the session only at the very start or after a date cue; one with a
      // year or a month name also anywhere in the heading.
      // "phone, 3/5": a first line that only says how the session was held, and when.
      const bareHeading = inHeading && headingEnd <= 40 && text.slice(0, headingEnd).trim().split(/\s+/).length <= 5 && /\b(?:phone|video|telehealth|tele|indiv\w*|session|sess|intake|couples?|family|group|crisis|f\/u|follow-?up)\b/i.test(text.slice(0, headingEnd));
      // "okay so this is Dana 3/14 session 9", "client Marcus 11/30 telehealth": a date among the first words,
      // right before the session (or how it was held) it names.
      // ("Parent support group - 4/4 - 6:00-7:30pm": a date set between the heading and the session's hours.)
      // ("Telehealth (video) 3/14 3pm, 45 min", "BIRP 3/17 2pm 55m": a date in the heading with the hour it began, or its minutes.)
      // ("Parent session (co-parents) re: Lily H. (14) - 3/14, 60 min video": among the first words, a date with the minutes after it.)
      const namesSession = (text.slice(0, start).trim().split(/\s+/).length <= 8 && /^\s*,?\s*(?:(?:session|sess|intake|visit|appt|appointment|telehealth|video|phone|in[- ]person|came in|arrived|walked in|seen (?:at|from))\b|(?:~\s*|about\s+|approx\.?\s+)?\d{2,3}\s*-?\s*(?:min|mins|minutes)\b)/i.test(text.slice(end, end + 18))) || (inHeading && /^\s*[-–,]?\s*(?:@\s*|at\s+|approx\.?\s+|approximately\s+|about\s+|around\s+|~\s*)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}:\d{2}|(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*(?:[01]\d|2[0-3])[0-5]\d\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2}\b|(?:[01]\d|2[0-3])[0-5]\d\s*,|\d{2,3}\s*-?\s*(?:min|mins|minutes)\b)/i.test(text.slice(end, end + 24)));
      // ("Crisis session w/ spouse in family lounge, 3/20, approx 2115-2215", "GIRP. Ind. 53 min. 3/14.": on a first line that says
      // what the session was, a date set apart by commas or stops is its date.)
      const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
      // (Never a rating out of 5 or 10 jotted the same way: "Anxiety, 8/10.")
      const setApart = start < firstLineEnd && (yearGiven || (parts.day !== 5 && parts.day !== 10) || parts.month > parts.day) && /(?:^|[,;.(]|\bmins?|\bminutes|\b(?:telehealth|video|phone|in[- ]person|session|sess|indiv\w*|group|family|couples?|intake|consult(?:ation)?|eval(?:uation)?)\)?|\b\d{1,2}(?::\d{2})?\s*(?:am|pm))\s*$/i.test(text.slice(Math.max(0, start - 14), start)) && /^\s*(?:[,.;)]|$|\n|[-–—]\s|(?:approx\.?\s+|~\s*|at\s+|@\s*)?\d{1,2}(?::?\d{2})|(?:about\s+|approx\.?\s+|approximately\s+|~\s*)?\d{2,3}\s*-?\s*(?:min|mins|minutes)\b|(?:in[- ]person|telehealth|video|phone)\b)/i.test(text.slice(end, end + 24)) && SESSION_WORDS.test(text.slice(0, firstLineEnd));
      const counts = cued || opensSummary || bareHeading || namesSession || setApart || (inHeading && (pattern.kind !== 'numeric' || yearGiven));
      if (!counts) continue;
      found.push(withYear({ ...parts, start, end, text: m[0] }, options.today, weekdayNamed(text.slice(Math.max(0, start - 12), start), text.slice(end, end + 12))));
    }
  }
  const distinct = new Set(found.map((f) => `${f.year ?? ''}-${f.month}-${f.day}`));
  if (distinct.size !== 1) return undefined;
  return found.sort((a, b) => a.start - b.start)[0];
}

/** The end of the summary's heading: its first line, or its first sentence if that is shorter. */
function findHeadingEnd(text: string): number {
  const line = text.search(/\n/);
  const sentence = text.search(/[.;](?=\s|$)/);
  const ends = [line, sentence].filter((i) => i >= 0);
  return ends.length ? Math.min(...ends) : text.length;
}

const WEEKDAYS: readonly RegExp[] = [/^sun/, /^mon/, /^tue/, /^wed/, /^thu/, /^fri/, /^sat/];

/** The weekday written beside a date ("Tues 3/11", "3/11 (Tue)"), 0 for Sunday, or undefined. */
function weekdayNamed(before: string, after: string): number | undefined {
  const word = /\b(sun|mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat)[a-z]*\.?,?\s*$/i.exec(before)?.[1] ?? /^\s*\(?(sun|mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat)[a-z]*\b/i.exec(after)?.[1];
  if (!word) return undefined;
  const day = WEEKDAYS.findIndex((re) => re.test(word.toLowerCase()));
  return day >= 0 ? day : undefined;
}

function withYear(found: { year?: number; month: number; day: number; start: number; end: number; text: string }, today: string | undefined, weekday?: number): FoundSessionDate {
  if (found.year !== undefined) return { ...found, year: found.year, date: iso(found.year, found.month, found.day), yearInferred: false };
  const now = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today ?? '');
  if (!now) return { ...found, yearInferred: false };
  const [ty, tm, td] = [Number(now[1]), Number(now[2]), Number(now[3])];
  // The latest such day on or before today: a session is written up after it happened.
  let year = found.month < tm || (found.month === tm && found.day <= td) ? ty : ty - 1;
  if (!isValidDay(found.month, found.day, year)) year -= year % 4 === 0 ? 4 : year % 4; // 29 Feb: the last leap year
  // ("Tues 3/11": the weekday written beside it picks the year, the latest of the last seven in which that day was a Tuesday.)
  if (weekday !== undefined) {
    const matching = Array.from({ length: 7 }, (_, back) => year - back).find((y) => isValidDay(found.month, found.day, y) && dayOfWeek(y, found.month, found.day) === weekday);
    if (matching !== undefined) year = matching;
  }
  return { ...found, year, date: iso(year, found.month, found.day), yearInferred: true };
}

/** The day of the week (0 for Sunday) of a Gregorian date, by Sakamoto's method: the pure core keeps no clock, not even Date. */
function dayOfWeek(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4][month - 1]! + day) % 7;
}

const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function isValidDay(month: number, day: number, year: number | undefined): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (year !== undefined && (year < 1900 || year > 2199)) return false;
  const leap = year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
