// People the summary names ("Dana", "Ms. Grant", "member K."). A capitalised word is a name
// when it also stands mid-sentence (after a lower-case word or a comma), where capitals are not
// positional. A clause that opens with a name is that person's, never the client's by default.
import { COMMON_LEADS, EMOTIONS, OBSERVATION_WORDS } from '../lexicon/cues.ts';
import { LABELS } from '../lexicon/labels.ts';
import { MEDICATION_NAMES } from '../lexicon/medications.ts';
import { NOT_PEOPLE } from '../lexicon/people.ts';
import { isFiniteVerb, looksLikePastVerb, verbForms } from '../lexicon/verbs.ts';

const NOT_NAMES = new Set([
  'I', 'Client', 'Patient', 'Therapist', 'Clinician', 'Writer', 'Dr', 'Mr', 'Ms', 'Mrs', 'Miss', 'Mx', 'God', 'English', 'Spanish',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Christmas', 'Thanksgiving', 'Easter', 'Plan', 'Goal',
  'Homework', 'Session', 'Risk', 'Safety', 'Intervention', 'Response', 'Assessment', 'Problem', 'Data', 'Behavior', 'Situation',
  'Evaluation', 'Summary', 'Subjective', 'Objective', 'Intake', 'Crisis', 'Group', 'Family', 'Couples', 'Individual', 'Telehealth',
  'Video', 'Phone', 'Zoom', 'Lifeline', 'Suicide', 'Crisis Line', 'Stanley', 'Brown', 'Columbia', 'Anonymous', 'Alcoholics', 'Narcotics',
  // Short forms of days and months ("call Mon", "since Sept").
  // Times that open a line ("Today: denies SI").
  'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Now', 'Currently', 'Overall', 'Weekend',
  // The themes of cognitive processing therapy's modules ("module: Trust, Power/Control"): never people.
  'Trust', 'Power', 'Control', 'Esteem', 'Intimacy',
  // Small words capitalised in a program's title ("Group - Parenting After Divorce"): never names.
  'After', 'Before', 'About', 'With', 'Without', 'Into', 'From', 'Over', 'Under', 'During', 'Since', 'Until', 'Through', 'Between', 'Beyond', 'And', 'For', 'The', 'Of',
  // What family call each other ("- Dad let her win"): a relation, never a name to capitalise wherever it stands.
  'Mom', 'Dad', 'Mum', 'Mommy', 'Daddy', 'Mama', 'Papa', 'Grandma', 'Grandpa', 'Nana', 'Granny', 'Aunt', 'Auntie', 'Uncle',
  'Mon', 'Tue', 'Tues', 'Wed', 'Weds', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  ...NOT_PEOPLE,
  // ('Xanax "from a friend" 2-3mg/day; no IV use': a medicine written with its capital is never a person.)
  ...MEDICATION_NAMES.filter((m) => /^[a-z]+$/.test(m)).map((m) => m[0]!.toUpperCase() + m.slice(1)),
]);

/** Headings jotted like a roster's names ("Sleep - poor", "Mood - low"): never people. */
const NOT_ROSTER_NAMES = new Set(['sleep', 'appetite', 'mood', 'affect', 'energy', 'speech', 'insight', 'judgment', 'school', 'work', 'home', 'meds', 'medication', 'medications', 'substances', 'social', 'legal', 'medical', 'other', 'misc', 'note', 'notes', 'observed', 'thoughts', 'anxiety', 'depression', 'cravings', 'urges', 'grief', 'trauma', 'relationships', 'parenting', 'job', 'housing', 'finances', 'health', 'pain', 'sobriety', 'recovery', 'attendance', 'participation', 'topic', 'topics', 'theme', 'themes']);

/** How a member was, jotted after their name in a bullet ("- Nadia quiet"). */
const SEEN_STATES = new Set(['quiet', 'tearful', 'engaged', 'withdrawn', 'flat', 'anxious', 'absent', 'late', 'irritable', 'silent', 'sleepy', 'distracted', 'agitated', 'calm', 'present', 'guarded', 'animated', 'talkative', 'supportive', 'minimal']);

/** Capitalised words used as names in the summary. */
export function findNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,;(/][ \t]*|\b(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+)([A-Z][a-z]{1,20})(?![A-Za-z])/g)) {
    const w = m[1]!;
    if (!NOT_NAMES.has(w)) names.add(w);
  }
  // ("Couples - Marcus (survivor) and partner Jordan"): a capitalised word with who they are in brackets is a person.
  for (const m of text.matchAll(/\b([A-Z][a-z]{1,20})\s*\((?:the\s+)?(?:survivor|client|pt|patient|identified patient|IP|victim|partner|spouse|husband|wife|boyfriend|girlfriend|mom|mother|dad|father|son|daughter|sister|brother|caregiver|guardian|[a-z]+\/[a-z]+)\)/g)) if (!NOT_NAMES.has(m[1]!) && !NOT_ROSTER_NAMES.has(m[1]!.toLowerCase())) names.add(m[1]!);
  // A capitalised word with an age beside it is a person: "Maya (10)", "Dale, 47".
  for (const m of text.matchAll(/\b([A-Z][a-z]{1,20})\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\b)/g)) if (!NOT_NAMES.has(m[1]!)) names.add(m[1]!);
  // "Jaylen 15 - individual": a heading that opens with a name and an age.
  const heading = /^\s*([A-Z][a-z]{1,20})\s+\d{1,2}\s*(?:[MF]\b|y\/?o\b|yo\b)?\s*(?:[-–,;(]|$)/m.exec(text.split('\n')[0] ?? '');
  if (heading && !NOT_NAMES.has(heading[1]!) && !/^(?:Week|Wk|Day|Module|Visit|Appt|Sess|Age|Page|Step|Level|Room|Unit)$/.test(heading[1]!)) names.add(heading[1]!);
  // "Janelle - engaged ... / Rob - quiet ...": a roster of lines, each opening with a person and a dash.
  const roster = [...text.matchAll(/^\s*[-*]?\s*([A-Z][a-z]{1,20})\s+[-–]\s+(?=[a-z])/gm)].map((m) => m[1]!).filter((w) => !NOT_NAMES.has(w) && !NOT_ROSTER_NAMES.has(w.toLowerCase()) && LABELS[w.toLowerCase()] === undefined);
  if (roster.length >= 2) for (const w of roster) names.add(w);
  // "- Paul shared ... / - Nadia quiet, flat / - Brian dominated": bullets that each open with someone and what they did or how they were.
  // ("- Kayla T. shared urges ...": a surname's initial may follow the name.)
  const bullets = [...text.matchAll(/^\s*[-*•]\s*([A-Z][a-z]{1,20})(?:\s+[A-Z]\.)?\s+([a-z]+)/gm)].filter((m) => {
    const [, w, next] = m as unknown as [string, string, string];
    return !NOT_NAMES.has(w) && !NOT_ROSTER_NAMES.has(w.toLowerCase()) && LABELS[w.toLowerCase()] === undefined && !verbForms(w.toLowerCase()) && (isFiniteVerb(next) || looksLikePastVerb(next) || SEEN_STATES.has(next));
  });
  if (bullets.length >= 2) for (const m of bullets) names.add(m[1]!);
  // ("Ms. Harris (mom) + Jayden 14 @ family shelter"): a capitalised word joined to the others, with an age after it, is a person.
  // ("caregiver only session w/ mom re: Jaylen 16yo": whom the session is about, with an age.)
  for (const m of text.matchAll(/(?:\+|&|\band|\bw\/|\bwith|\bre:?|\bregarding)\s*([A-Z][a-z]{1,20})\s+\d{1,2}(?:\s*(?:yo|y\/o|y\.o\.)|\b)(?![\d/:.]|\s*(?:min|mins|minutes|hrs?|hours?|days?|weeks?|wks?|months?|mos?|years?|yrs?|am|pm|x)\b|%)/g)) if (!NOT_NAMES.has(m[1]!)) names.add(m[1]!);
  // ("Couples - FF Tom Brandt & wife Kelly"): a first name and a surname, joined to a partner, is a person.
  // ("Darnell W. and daughter Kiana, 6": a surname's initial serves as well, and a child or parent joined to them too.)
  for (const m of text.matchAll(/\b([A-Z][a-z]{1,20})\s+(?:[A-Z][a-z]{1,20}|[A-Z]\.)\s*(?:&|\+|and)\s+(?:(?:his|her|their)\s+)?(?:wife|husband|partner|spouse|fianc[ée]e?|girlfriend|boyfriend|daughter|son|mother|mom|father|dad|[A-Z][a-z]+)\b/g)) if (!NOT_NAMES.has(m[1]!)) names.add(m[1]!);
  // Two capitalised words joined by "and", "+" or "&" are two people: "Mark + Dana", "Jordan and Mae".
  for (const m of text.matchAll(/\b([A-Z][a-z]{1,20})\s*(?:\+|&|and)\s*([A-Z][a-z]{1,20})\b/g)) {
    for (const w of [m[1]!, m[2]!]) if (!NOT_NAMES.has(w)) names.add(w);
  }
  return names;
}

/** "Maria tearful when sharing ...": the person a clause opens with, when its first word is no heading, verb or role. */
export function openingPerson(text: string): string | undefined {
  // ("Ms. Boyd said ...": a member named by title is that titled name.)
  const titled = /^\s*((?:Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z]{1,20})\s+(?=[a-z])/.exec(text)?.[1];
  if (titled) return titled;
  const w = /^\s*([A-Z][a-z]{1,20})\s+(?=[a-z])/.exec(text)?.[1];
  if (!w || NOT_NAMES.has(w) || NOT_ROSTER_NAMES.has(w.toLowerCase()) || LABELS[w.toLowerCase()] !== undefined || verbForms(w.toLowerCase()) || /^(?:Members?|Pt|Pts|Peers?|Everyone|Several|Some|Most|All|Both|She|He|They|We|It|This|That|The|Her|His|Their|Mother|Father|Parents?|Facilitator|Co|Cofacilitator|New|Newer|Returning|Another|Other|One|Two|Three|First|Last|Next)$/.test(w)) return undefined;
  return w;
}

/** A state jotted straight after a capitalised word at a sentence's start, with no verb: "Jun ok,", "Marisol doing better.". */
const WORD_THEN_STATE = /(?:^|[.;:\n]\s*)([A-Z][a-z]{1,20})\s+(?:(?:doing|feeling|seems|seemed|looking)\s+)?(?:ok|okay|alright|fine|good|well|better|worse|stable|low|down|tired|flat|tearful|anxious)(?=\s*[,.;]|\s+(?:today|overall|this week|since)\b)/g;
/** Words jotted the same way that are no one ("Things better", "Week ok"). */
const JOTTED_NOT_PEOPLE = /^(?:Things|Everything|Everyone|Life|Marriage|Kids|Baby|Week|Day|Night|Holidays?|Relationship|Visit|Trip|Transition|Labs?|Vitals)$/;
/** Short forms of months that are also first names: no month is "ok", so jotted with a state they are the person. */
const MONTHS_THAT_ARE_NAMES = new Set(['Jun']);

/**
 * The one person a note opens on with a state jotted after their name ("Quick check-in tele. Jun ok, went to temple"), when
 * no other word is jotted so: a name said once, at a sentence's start, is found nowhere else.
 * @example personWithStateJotted('Check-in. Jun ok, went to temple.', new Set()) // 'Jun'
 * @example personWithStateJotted('Mood low, sleep ok.', new Set()) // undefined
 */
export function personWithStateJotted(text: string, names: ReadonlySet<string>): string | undefined {
  const jotted = new Set<string>();
  for (const m of text.matchAll(WORD_THEN_STATE)) {
    const w = m[1]!;
    // ("Sleeping better", "Eating okay": a gerund or a past form opening the jot is how the client is doing, never a name.)
    if (names.has(w) || MONTHS_THAT_ARE_NAMES.has(w) || (openingPerson(`${w} x`) === w && !JOTTED_NOT_PEOPLE.test(w) && !/(?:s|ing|ed)$/.test(w) && ![COMMON_LEADS, EMOTIONS, OBSERVATION_WORDS].some((set) => set.has(w.toLowerCase())))) jotted.add(w);
  }
  return jotted.size === 1 ? [...jotted][0] : undefined;
}

/** First names that are also everyday words: never capitalised where they stand in lower case. */
const NAMES_THAT_ARE_WORDS = new Set(['will', 'may', 'june', 'april', 'august', 'grace', 'hope', 'faith', 'joy', 'rose', 'mark', 'bill', 'pat', 'sue', 'art', 'dawn', 'summer', 'autumn', 'chase', 'drew', 'rob', 'jack', 'frank', 'ray', 'sky', 'river', 'grant', 'hunter', 'max', 'amber', 'ruby', 'pearl', 'iris', 'lily', 'violet', 'daisy', 'holly', 'ivy', 'jean', 'carol', 'dean', 'earl', 'guy', 'jay', 'kit', 'lane', 'miles', 'reed', 'sandy', 'stone', 'wade', 'ward', 'heath', 'glen', 'dale', 'brook', 'cliff', 'don', 'gene', 'rich', 'bob', 'destiny', 'harmony', 'melody', 'honor', 'justice', 'royal', 'storm', 'angel', 'christian', 'major', 'nova', 'sage', 'star', 'hazel', 'willow', 'ash', 'rocky', 'buck', 'chip', 'dot', 'eve', 'nick', 'penny', 'robin', 'sunny', 'sterling', 'trinity', 'bishop', 'king', 'prince', 'judge', 'page', 'sally', 'rusty', 'bud', 'mason', 'taylor', 'parker', 'carter', 'cooper', 'fisher', 'porter', 'tucker', 'brooks']);

/**
 * "with Tom and Angela Brooks ... at one point tom said": dictation software writes names in lower
 * case; a name the summary also writes with its capital is that person wherever it stands (same length).
 */
export function capitalizeNames(text: string, names: ReadonlySet<string>): string {
  const lower = [...names].filter((n) => n.length >= 3 && !NAMES_THAT_ARE_WORDS.has(n.toLowerCase()) && !verbForms(n.toLowerCase())).map((n) => n.toLowerCase());
  if (!lower.length) return text;
  return text.replace(new RegExp(`(?<![\\w'-])(${lower.join('|')})(?![\\w-])`, 'g'), (w) => w[0]!.toUpperCase() + w.slice(1));
}
