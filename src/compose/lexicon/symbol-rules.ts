// Rewrites for symbols and number shorthand in jottings (reference/clinical.md section 8:
// arrows, +/-, ~, x2, 2x/wk). Applied in order, before word shorthand.
import { CLOSE_PEOPLE, oneOf } from './people.ts';
import { MEDICATION_NAMES } from './medications.ts';
import { verbForms } from './verbs.ts';
import { twelveHour } from '../text/twelve-hour.ts';

/** The sports a college team plays, as a clinician names them after the team's letter ("M swimming", "W tennis"). */
export const TEAM_SPORTS = 'lacrosse|swimming|swim|swim and dive|volleyball|basketball|bball|soccer|tennis|golf|hockey|ice hockey|field hockey|track|track and field|xc|cross country|rowing|crew|wrestling|softball|baseball|diving|gymnastics|water polo|fencing|rugby|skiing|squash|football';

export interface SymbolRule {
  pattern: RegExp;
  replace: string | ((...groups: string[]) => string);
  example: [string, string];
}

const NUMBER_WORDS: Record<string, string> = { '1': 'once', '2': 'twice', '3': 'three times', '4': 'four times', '5': 'five times', '6': 'six times', '7': 'seven times', '10': 'ten times' };
const times = (n: string): string => NUMBER_WORDS[n] ?? `${n} times`;
const UNIT: Record<string, string> = { d: 'day', day: 'day', wk: 'week', week: 'week', w: 'week', mo: 'month', month: 'month', night: 'night', yr: 'year', hr: 'hour', session: 'session', sess: 'session' };

const DAY: Record<string, string> = { m: 'Monday', mon: 'Monday', t: 'Tuesday', tu: 'Tuesday', tue: 'Tuesday', tues: 'Tuesday', w: 'Wednesday', wed: 'Wednesday', th: 'Thursday', thu: 'Thursday', thurs: 'Thursday', r: 'Thursday', f: 'Friday', fri: 'Friday', sa: 'Saturday', sat: 'Saturday', su: 'Sunday', sun: 'Sunday' };
/** What a day's short form with its full stop can stand before inside a sentence ("Sat. appointments"); split-clauses reads it too. */
export const DAY_NOUNS = '(?:appointments?|appts?|sessions?|sess|group|evenings?|mornings?|nights?|overnights?|afternoons?|class|school|work|visits?|meetings?|shifts?|practice|game|service|church|mass|dinner|lunch|breakfast)';
const DAY_ALT = 'mon|tues|tue|tu|thurs|thu|th|wed|fri|sat|sun|sa|su|m|t|w|r|f';
const dayList = (m: string): string => {
  const days = m.split('/').map((d) => DAY[d.toLowerCase()] ?? d);
  return days.length === 2 ? days.join(' and ') : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
};
// ("L upper arm", "L eyebrow": a part named with where on it.)
// ("R hemisphere stroke", "L MCA": the side of the brain, as neurology writes it.)
export const BODY_PARTS = 'hemisphere|hemispheric|MCA|ACA|PCA|frontal|temporal|parietal|occipital|thalamic|thalamus|cerebellar|basal ganglia|hemiparesis|hemiplegia|neglect|visual field|facial|face|arm|arms|forearm|wrist|hand|hip|leg|thigh|knee|ankle|foot|shoulder|side|eye|ear|cheek|temple|rib|ribs|elbow|upper|lower|inner|outer|eyebrow|brow|shin|calf|buttock|flank|jaw|neck|breast';

const RISK_WORD = '(?:SI|HI|SH|NSSI|SIB|AVH|AH|VH|suicid\\w*|homicid\\w*|self-harm|self harm|cutting|plan|intent|thoughts of)';

/** Infections and tests written with their result joined on ("HIV+", "HCV-"), for the two rules that spell the result out. */
const TESTED_FOR = String.raw`(?:HIV|HCV|HBV|Hep\s?[ABC]|hepatitis\s[ABC]|COVID|TB|PPD|RPR|MRSA|GBS|BRCA[12]?|hCG|UPT|strep)`;
const COUNT_UNITS = 'days?|nights?|times|sessions?|weeks?|members|present|attended|classes|meals|school days|mornings|evenings|urges|drinks';

/** "decreased from" unless the words before already say which way ("down 5/wk -> 3/wk"). */
function changeVerb(a: string, b: string, before: string): string {
  if (/(?:\b(?:down|up|dropped|rose|went|increased|decreased|fell|improved|worsened)|[↓↑])\s*$/i.test(before)) return '';
  // "rated anxiety 7/10 -> 4/10": the rating's verb is there already.
  if (/\brated(?:\s+[a-z]+){0,2}\s*$/i.test(before)) return '';
  return `${Number(b) < Number(a) ? 'decreased' : Number(b) > Number(a) ? 'increased' : 'stayed'} `;
}

/** Intake headings jotted as abbreviations: a heading stays a heading ("SUD:" is never a diagnosis). */
const INTAKE_HEADINGS: Record<string, string> = { SUD: 'Substance use', ID: 'Identifying information', HPI: 'History of present illness', PPH: 'Past psychiatric history', PMH: 'Past medical history', FHx: 'Family history', FHX: 'Family history', SHx: 'Social history', Dev: 'Developmental history', 'Dev Hx': 'Developmental history', PSY: 'Psychiatric history' };
const RELATIVE_SHORT: Record<string, string> = { MGM: 'maternal grandmother', MGF: 'maternal grandfather', PGM: 'paternal grandmother', PGF: 'paternal grandfather' };

/** A decision jotted as a participle, and the verb it stands for. */
const DECISION_VERBS: Readonly<Record<string, string>> = { accepting: 'accepts', agreeing: 'agrees', declining: 'declines', refusing: 'refuses', requesting: 'requests' };

/** Steps a plan may weigh with a question mark before them ("? increase to 1:1"). */
export const CONSIDERED_STEPS = 'increase|decrease|start|add|discontinue|d\\/c|change|switch|transfer|admit|refer|consult|titrate|move|step up|step down';

/** Words cut short with a full stop that are no words of their own ("self-excl. form", "appt. time"): the stop ends no sentence (split-clauses.ts) and goes (below). */
export const CUT_SHORT_WORDS: readonly string[] = ['excl', 'appt', 'appts', 'avg', 'indiv', 'mgmt', 'govt', 'reqd', 'signif'];

/** The emergency department however jotted ("ED", "ER", spelled out, or kept as written with its word joiner). */
const EMERGENCY_DEPARTMENT = String.raw`\u2060?(?:ED|ER|emergency department|emergency room)\b`;

export const SYMBOL_RULES: readonly SymbolRule[] = [
  // ("adjusted his window to 6h min": after hours, "min" is the least allowed, never minutes.)
  { pattern: /\b(\d+(?:\.\d+)?)\s?(?:h|hrs?|hours?)\s+min\b(?!\s*(?:\d|of\b))/g, replace: '$1 hours minimum', example: ['adjusted his window to 6h min', 'adjusted his window to 6 hours minimum'] },
  // ("SI-. HI-.", "SI-/HI-/SH-": a minus jotted straight after a risk screen's letters is its negative result.)
  { pattern: /\b(SI|HI|SH|NSSI|AH|VH)\s?-(?=\s*(?:[.,;)/]|$|(?:and|or|&)\s))/g, replace: '$1 negative', example: ['SI-. HI-.', 'SI negative. HI negative.'] },
  // ("I'll put in for psych for the sleep", "put in a slip for medical": in a jail, a request sent to a service on the client's behalf.)
  { pattern: /\bput\s+in\s+(?:a\s+|an\s+)?(?:(?:referral|request|slip|kite|sick call)\s+)?(?:for|to)\s+\u2060?(psych|psychiatry|medical|mental health|MH|dental)\b/gi, replace: (_m, service: string) => `submit a referral to ${({ psych: 'psychiatry', mh: 'mental health' } as Record<string, string>)[service.toLowerCase()] ?? service.toLowerCase()}`, example: ["I'll put in for psych for the sleep", "I'll submit a referral to psychiatry for the sleep"] },
  // ("Refer for full neuropsych testing": testing of the brain's workings is neuropsychological; the service alone is neuropsychology.)
  { pattern: /\bneuropsych\b(?=\s+(?:testing|tests?|eval|evals|evaluations?|assessments?|battery|screens?|screening|report)\b)/gi, replace: 'neuropsychological', example: ['Refer for full neuropsych testing', 'Refer for full neuropsychological testing'] },
  // ("Wife dx early-onset Alzheimer's 6 mo ago": a person, then "dx" and what was found, is someone diagnosed, never "wife diagnosis".)
  { pattern: /\b((?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y)\s+)?(wife|husband|partner|spouse|mom|mother|dad|father|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|[Ww]ife|[Hh]usband|[Pp]artner|[Mm]om|[Mm]other|[Dd]ad|[Ff]ather|[Ss]on|[Dd]aughter|[Bb]rother|[Ss]ister)\s+dx(?:'?d)?\s+(?:w\/\s*|with\s+)?(?=[A-Za-z])(?!(?:and|or|is|was|unclear|pending|unknown|not|of)\b)/g, replace: '$1$2 was diagnosed with ', example: ["Wife dx early-onset Alzheimer's 6 mo ago", "Wife was diagnosed with early-onset Alzheimer's 6 mo ago"] },
  // ("Referred by: parole (PO Jenkins), condition of release": a referral's source jotted as a label reads as the words themselves.)
  { pattern: /^(\s*)([Rr]eferred by)\s*:\s*/gm, replace: '$1$2 ', example: ['Referred by: parole, condition of release', 'Referred by parole, condition of release'] },
  // ("referred by PCP for ? BN", "?ADHD"): a question mark before a diagnosis, set apart from the word before, marks it as suspected.
  { pattern: /(?<=(?:^|[\s(]))\?\s?(?=[A-Z]{2,6}(?:-[A-Z0-9]+)?\b)/g, replace: 'possible ', example: ['referred by PCP for ? BN', 'referred by PCP for possible BN'] },
  // ("paced breathing 6/min": a rate per minute.)
  { pattern: /\b(\d{1,3})\s*\/\s*min\b/g, replace: '$1 per minute', example: ['paced breathing 6/min', 'paced breathing 6 per minute'] },
  // ("fear of exertion after MI/CABG", "s/p MI/stent": a heart attack named with the procedure after it is the heart's.)
  { pattern: /\bMI\/(CABG|PCI|stents?|STEMI|NSTEMI|cath)\b/g, replace: 'myocardial infarction and $1', example: ['fear of exertion after MI/CABG', 'fear of exertion after myocardial infarction and CABG'] },
  // "SUDS peak 85 -> 50 at end": the peak, then where it ended within the exposure, never a lower peak.
  { pattern: /\b(SUDS|SUDs|SUD|distress|anxiety)\s+peak(?:ed)?\s*(?:at\s+)?(\d{1,3})\s*(?:->|→|=>|to)\s*(\d{1,3})\s+(?:at|by)\s+(?:the\s+)?end\b/g, replace: '$1 peaked at $2 and came down to $3 by the end', example: ['SUDS peak 85 -> 50 at end', 'SUDS peaked at 85 and came down to 50 by the end'] },
  // "Rev w/ RE clinic": the reproductive endocrinology clinic, never "regarding".
  // ("pt Lt. Col. (ret) spouse": the rank written out.)
  { pattern: /\b(?:Lt\.?|Lieutenant)\s+Col\b\.?/g, replace: 'Lieutenant Colonel', example: ['spouse of Lt. Col. Marsh', 'spouse of Lieutenant Colonel Marsh'] },
  // ("husband (Cpl, 2/8)", "Cpl Reyes": a corporal named by rank, never a couple.)
  { pattern: /\bCpl\.?(?=\s+(?!(?:Intake|Session|Sess|Therapy|Tx|Counseling|Work)\b)[A-Z][a-z]+\b|\s*,\s*\d)/g, replace: 'Corporal', example: ['husband (Cpl, 2/8) told her', 'husband (Corporal, 2/8) told her'] },
  { pattern: /\bRE\s+(?=(?:clinic|doctor|dr|office|team|nurse|appointment|appt|consult)\b)/g, replace: 'reproductive endocrinology ', example: ['Rev w/ RE clinic next wk', 'Rev w/ reproductive endocrinology clinic next wk'] },
  // ("referred by RE (Dr. Patel)", "her RE said to wait": the reproductive endocrinologist, a person after "by", "her" or "the", never "regarding".)
  { pattern: /\b(by|from|to|with|w\/|[Hh]er|[Hh]is|[Tt]heir|[Tt]he|[Oo]ur|per)\s+RE(?=\s*\(\s*Dr\b|\s+(?:said|says|recommended|recommends|suggested|wants|advised|thinks|called|is|was)\b)/g, replace: '$1 reproductive endocrinologist', example: ['referred by RE (Dr. Patel)', 'referred by reproductive endocrinologist (Dr. Patel)'] },
  // "born at 29+3 wks": a gestational age in weeks and days.
  { pattern: /\b(\d{2})\+([0-6])\s*(?:wks?|weeks?)\b/g, replace: (_m, weeks: string, days: string) => `${weeks} weeks ${days} days`, example: ['born 29+3 wks', 'born 29 weeks 3 days'] },
  // "sertraline in preg/BF": pregnancy and breastfeeding.
  { pattern: /\bpreg(?:nancy)?\s*\/\s*BF\b/gi, replace: 'pregnancy and breastfeeding', example: ['psychoed on sertraline in preg/BF', 'psychoed on sertraline in pregnancy and breastfeeding'] },
  // "Weekly f/u x4 min": at least four follow-ups, never four minutes.
  { pattern: /(?<=\b(?:weekly|biweekly|bi-weekly|monthly|f\/u|follow-up|follow up|sessions?|visits?|appts?|contacts?)\s+)x\s?(\d+)\s+min\b(?![a-z])/gi, replace: (_m, n: string) => `for at least ${n} sessions`, example: ['Weekly f/u x4 min', 'Weekly f/u for at least 4 sessions'] },
  // "incl. threats", "esp. at night", "mod. Alzheimer's": a short form's own full stop goes before the words it leads into.
  // ("self-excl. paperwork", "appt. times": a cut-short word that is no word of its own, before a word that starts no sentence.)
  { pattern: new RegExp(`\\b(incl|esp|approx|assoc|mod|dept|univ|${CUT_SHORT_WORDS.join('|')})\\.(?=\\s+(?!(?:she|he|they|i|we|pt|client|patient|mom|dad|then|so|and|but|plan|will|next)\\b)(?:[a-z]|[A-Z][a-z]+'s\\b))`, 'gi'), replace: '$1', example: ['limits of confidentiality incl. threats', 'limits of confidentiality incl threats'] },
  // ("(77, mod. Alzheimer's)": inside brackets, "moderate" as resolved keeps no full stop either.)
  { pattern: /(?<=\([^()]*\b(?:moderate|severe|mild))\.(?=\s+[A-Z][a-z]+(?:'s)?\b[^()]*\))/g, replace: '', example: ["(77, moderate. Alzheimer's)", "(77, moderate Alzheimer's)"] },
  // ("My patient showed me the texts": the clinician's own patient is the client; "one of my patients" is not.)
  { pattern: /(?<!\bof\s)\b[Mm]y (?:patient|client)\b(?!s\b|['’]s\b)(?=\s+[a-z]+(?:ed|s)\b)/g, replace: 'client', example: ['My patient showed me the texts', 'client showed me the texts'] },
  // Hospital consults: "CL consult" is consultation-liaison; "HD#2" is hospital day 2.
  { pattern: /\b(?:CL|C-L|C\/L)\s+(?=(?:consult|consultation|service|psych|psychiatry|psychology|team)\b)/g, replace: 'consultation-liaison ', example: ['CL consult 5W bed 12', 'consultation-liaison consult 5W bed 12'] },
  { pattern: /\bHD\s*#\s*(\d{1,3})\b/g, replace: 'hospital day $1', example: ['34M, HD#2 s/p OD', '34M, hospital day 2 s/p OD'] },
  // ("GP housing OK from MH standpoint", "cleared for GP"): in a jail, general population, never a general practitioner.
  // ("Referral back to GP re meds": a referral back, or one for something, is to the general practitioner, never the jail's general population.)
  { pattern: /\bGP(?=\s+(?:housing|pod|unit|block|dorm|tier)\b)|(?<=\b(?:cleared for|back to|returned to|return to|housed in|moved to|release to)\s+)(?<!\b(?:referral|referred|refer|sent|send)\s+back to\s+)GP\b(?!\s+(?:re|regarding|for|about|to discuss|to review)\b)/g, replace: 'general population', example: ['GP housing OK from MH standpoint', 'general population housing OK from MH standpoint'] },
  // ("Pt to sign ROI for RE.", "referred by RE (Dr. Nguyen)"): in capitals, after whom it is for or from, the reproductive
  // endocrinologist, never "regarding".
  { pattern: /(?<=\b(?:for|to|from|the|w\/|with|by|per|saw|see|sees|seeing|her|his|their|our|new)\s+)RE\b(?!\s*:)(?=\s*(?:[.,;)(]|$|\s+(?:today|yesterday|tomorrow|appt|appointment|visit|office|clinic|said|says|recommended|suggested|wants|called|after|before|who|and|in|at|on)\b))/g, replace: 'reproductive endocrinologist (R\u2060E)', example: ['Pt to sign ROI for RE.', 'Pt to sign ROI for reproductive endocrinologist (R\u2060E).'] },
  // ("called on-call RD (Marcus Bell)", "RD + UPD did wellness check"): in a residence hall, the resident director.
  { pattern: /\bRD\b(?=[^.;]{0,50}\b(?:UPD|RA|dorm|residence hall|res hall|campus|housing)\b)|(?<=\b(?:UPD|RA|dorm|residence hall|res hall|campus|housing|on-call)\b[^.;]{0,50})\bRD\b/g, replace: 'resident director', example: ['called on-call RD (Marcus Bell) at 11:20', 'called on-call resident director (Marcus Bell) at 11:20'] },
  // ("wife has RA", "RA flare": rheumatoid arthritis; "her RA" in a dorm is the resident assistant, left to the shorthand.)
  // ("problem-solved roommate talk w/ RA": talking with someone in a dorm is the resident assistant.)
  { pattern: /(?<=\b(?:has|have|had|with|w\/|diagnosed with|hx of|history of|severe|own)\s+)(?<!\b(?:talk|talked|talking|talks|meet|met|meeting|spoke|speak|speaking|check|checked|checking|conversation|mediation|mediated|met up)\s+(?:with|w\/)\s+)RA\b(?!['’]s)(?!\s+(?:remove|take|hold|check|call|bring|keep|lock|come|get|help|walk|stay|sit|give|knock|open|find|found|notify|contact)\b)|\bRA(?=\s+(?:flares?|flaring|meds?|medications?|pain|dx|diagnosis|symptoms)\b)/g, replace: 'rheumatoid arthritis', example: ['wife has RA and bad hands', 'wife has rheumatoid arthritis and bad hands'] },
  // "CPL R. quiet": a corporal, by rank and initial, never "couples".
  { pattern: /\b(?:CPL|Cpl)\.?(?=\s+[A-Z])/g, replace: 'Corporal', example: ['CPL R. quiet, did not share', 'Corporal R. quiet, did not share'] },
  // "taper at 30mg MED", "90 MME": after a dose, the opioid dose in morphine terms, never "medication".
  { pattern: /(?<=\b\d+(?:\.\d+)?\s*(?:mg)?(?:\/d(?:ay)?)?\s*)(MEDD?|MME)\b/g, replace: (_m, w: string) => (w === 'MME' ? 'morphine milligram equivalents' : 'morphine equivalent daily dose'), example: ['taper on track at 30mg MED', 'taper on track at 30mg morphine equivalent daily dose'] },
  // "methylphenidate ER 18mg", "ER 18 mg": after a medicine or before its dose, extended-release (else the emergency room).
  { pattern: new RegExp(`(?<=\\b(?:${MEDICATION_NAMES.join('|')})\\s+)ER\\b|\\bER(?=\\s+\\d+(?:\\.\\d+)?\\s*(?:mg|mcg)\\b)`, 'gi'), replace: 'extended-release', example: ['On methylphenidate ER 18mg qam', 'On methylphenidate extended-release 18mg qam'] },
  // "~60 tabs oxycodone at home": a count of tablets is "of" the medicine it names.
  { pattern: new RegExp(`(?<=\\b\\d+\\s+(?:tabs|tablets|pills|capsules|caps))\\s+(?=(?:${MEDICATION_NAMES.join('|')})\\b)`, 'gi'), replace: ' of ', example: ['Has ~60 tabs oxycodone at home', 'Has ~60 tabs of oxycodone at home'] },
  // "discussed incr freq to 2x/wk": how often, the noun "frequency", never "frequent".
  { pattern: /\b(incr|increased?|increasing|decr|decreased?|decreasing|reduced?|reducing|same|session|sess)\s+freq\b/gi, replace: (_m, how: string) => `${({ incr: 'increased', decr: 'decreased', sess: 'session' } as Record<string, string>)[how.toLowerCase()] ?? how} frequency`, example: ['discussed incr freq to 2x/wk', 'discussed increased frequency to 2x/wk'] },
  // "re dose incr to 24mg": a change asked about, the noun "increase", never "increased" (which says it was done).
  { pattern: /\b(dose|dosage|med|medication)\s+(incr|inc)\b(?=\s+(?:to|of|by)\b)/gi, replace: (_m, what: string) => `${what} increase`, example: ['re dose incr to 24mg', 're dose increase to 24mg'] },
  // "left at halfway pt for work", "talking pts": after these words "pt" is a point, never the client;
  // ("During 1:1 portion at end pt disclosed ...": before what a person does, it is the client.)
  { pattern: /\b(halfway|half-way|mid|midway|starting|turning|high|low|breaking|talking|bullet|action|focal|pressure|trigger|sticking|main|boiling|tipping|end|check)\s+(pt|pts)\b(?!\s+(?:said|says|stated|states|told|tells|disclosed|discloses|reported|reports|denied|denies|agreed|agrees|asked|asks|shared|shares|cried|appeared|became|admitted|endorsed|endorses|came|got|felt|feels|seemed|looked)\b)/gi, replace: (_m, word: string, pt: string) => `${word} ${pt.toLowerCase() === 'pts' ? 'points' : 'point'}`, example: ['left at halfway pt for work', 'left at halfway point for work'] },
  // "GAD was 9", "PHQ 14": a score above 6 is past the two-item screen's top, so the instrument is the GAD-7 or PHQ-9, never the disorder.
  { pattern: /\b(PHQ|GAD)(?![-\d])(\s*(?:score\s*)?(?:[:=]\s*|of\s+|was\s+|is\s+|at\s+|today\s+)?)(\d{1,2})\b(?![-/.]\d)/g, replace: (m, i: string, between: string, n: string) => (Number(n) > 6 && Number(n) <= (i === 'PHQ' ? 27 : 21) ? `${i}-${i === 'PHQ' ? 9 : 7}${between}${n}` : m), example: ['GAD was 9, PHQ 12', 'GAD-7 was 9, PHQ-9 12'] },
  // ("min window 6h for him": a minimum, never minutes, before what has a floor.)
  { pattern: /(?<!\d\s*)\bmin\.?(?=\s+(?:window|dose|TIB|time in bed|requirement|wage|of\s+\d))/gi, replace: 'minimum', example: ['min window 6h for him', 'minimum window 6h for him'] },
  // ("average nightmare freq across group down": how often, the noun "frequency".)
  { pattern: /\bfreq\b(?=\s+(?:across|of|per|down|up|decreased|increased|is|was|from|at|went|dropped|rose)\b|\s*[:=])/gi, replace: 'frequency', example: ['average nightmare freq across group down', 'average nightmare frequency across group down'] },
  // ("reduce isolation, inc social contacts to 3x/wk": before what is to grow, "inc" is increase.)
  { pattern: /\binc\.?(?=\s+(?:social|contacts?|activit(?:y|ies)|sleep|exercise|coping|frequency|dose|time|support|engagement|self-care)\b)/gi, replace: 'increase', example: ['reduce isolation, inc social contacts to 3x/wk', 'reduce isolation, increase social contacts to 3x/wk'] },
  // ("offered prof interpreter": a professional interpreter, never a professor.)
  { pattern: /\bprof\.?(?=\s+interp)/gi, replace: 'professional', example: ['offered prof interpreter, declined', 'offered professional interpreter, declined'] },
  // ("Started back at work pt.", "working pt now": after work, "pt" is part-time, never the client.)
  { pattern: /\b(back at work|back to work|working|works|worked|work|job|employed)\s+pt\b(?=\s*(?:[.;,)]|$|\s+(?:now|again|since|at|for|only|hours)\b))/g, replace: '$1 part-time', example: ['Started back at work pt. Zoloft 100mg', 'Started back at work part-time. Zoloft 100mg'] },
  // "anxiety down 2-3 pts", "PHQ dropped 6 pts": a change counted on a scale is in points, never clients.
  { pattern: /\b(up|down|dropped|drop|fell|rose|decreased|increased|improved|worsened|gained|lost|by)\s+(\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?)\s*pts?\b(?!')/gi, replace: (_m, how: string, n: string) => `${how} ${n} ${n === '1' ? 'point' : 'points'}`, example: ['anxiety down 2-3 pts since last wk', 'anxiety down 2-3 points since last wk'] },
  // "after a call where a teen pt had scars", "another pt in group": a patient someone meets at work or in care, never the client.
  { pattern: /\b(a|an|another|one|each|every|other|several|some|many|two|three)(\s+(?:(?:\d{1,2}\s*(?:yo|y\/o|year-old)|teen|teenage|young|younger|old|older|elderly|new|male|female|pediatric|peds|geriatric|psych|psychiatric|medical|trauma|other|former|sick|dying|critical|cardiac|child|little|adult|hospice|burn|gsw)\s+){0,2})(pt|pts)\b(?!')/gi, replace: (_m, article: string, words: string, pt: string) => `${article}${words}${pt.toLowerCase() === 'pts' ? 'patients' : 'patient'}`, example: ['after a call where a teen pt had scars', 'after a call where a teen patient had scars'] },
  // "Cpl Reyes", "the Cpl who died": a rank, corporal (elsewhere "cpl" is a couples session).
  { pattern: /\bCpl\.?(?=\s+(?!(?:Session|Sess|Therapy|Counseling|Tx|Intake|Check)\b)[A-Z][a-z]+)/g, replace: 'Corporal', example: ['Cpl Reyes was hit', 'Corporal Reyes was hit'] },
  { pattern: /(?<=\b(?:the|a|our|my|his|her|their|that|this)\s+)Cpl\b/g, replace: 'corporal', example: ['hotspot of treating the Cpl who died', 'hotspot of treating the corporal who died'] },
  // "intake w/ OP therapist sched 11/14": set for a date, "scheduled", never the noun.
  { pattern: /\bsched(?=\s+(?:\d|for\b|on\b|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|next\b|tomorrow\b|tmrw\b))/gi, replace: 'scheduled', example: ['intake sched 11/14', 'intake scheduled 11/14'] },
  // "C-SSRS +1 only (wish to be dead)": the screen positive on that item, never "and 1".
  { pattern: /\b(C-SSRS|CSSRS|Columbia)(\s*(?:screen)?\s*)\+\s*(\d)\b/g, replace: (_m, screen: string, gap: string, item: string) => `${screen}${gap || ' '}positive on item ${item}`, example: ['C-SSRS +1 only', 'C-SSRS positive on item 1 only'] },
  // "Plan: weekly x4": how often, then how many sessions, never "weekly four times".
  { pattern: /\b(weekly|wkly|biweekly|bi-weekly|monthly)\s*x\s*(\d{1,2})\b(?!\s*(?:\/|per|a|times))/gi, replace: (_m, often: string, n: string) => `${often} for ${n} sessions`, example: ['Plan: weekly x4', 'Plan: weekly for 4 sessions'] },
  // "discussed med withdrawal vs reduced course load": beside school words, a medical withdrawal from the term, never a medicine stopped.
  { pattern: /\b[Mm]ed\s+(withdrawal|leave|LOA)\b(?=[^.;]{0,80}\b(?:course|courses|semester|classes|class|academic|dean|registrar|term|university|college|school|credits?|enrollment|advising|advisor)\b)/g, replace: (_m, what: string) => `medical ${what}`, example: ['discussed med withdrawal vs reduced course load', 'discussed medical withdrawal vs reduced course load'] },
  // "TC + SI w/ plan": thought content positive for what follows, never "thought content and suicidal ideation".
  { pattern: /\b(?:TC|thought content)\s*(?:\+|pos(?:itive)?(?:\s+for)?)\s*(?=(?:SI|HI|AH|VH|AVH|suicid|homicid|paranoi|delusion|persecutory|grandios)\w*\b)/g, replace: 'thought content positive for ', example: ['TC + SI w/ plan', 'thought content positive for SI w/ plan'] },
  // "hearing Capt. Lenz on radio": a rank's short form with its full stop, before a name, is the rank in full, with no stop.
  { pattern: /\b(Capt|Sgt|Lt|Lieut|Det|Dep|Ofc|Cpl|Pvt|Cmdr)\.(?=\s+[A-Z][a-z])/g, replace: (_m, rank: string) => ({ Capt: 'Captain', Sgt: 'Sergeant', Lt: 'Lieutenant', Lieut: 'Lieutenant', Det: 'Detective', Dep: 'Deputy', Ofc: 'Officer', Cpl: 'Corporal', Pvt: 'Private', Cmdr: 'Commander' } as Record<string, string>)[rank]!, example: ['hearing Capt. Lenz on radio', 'hearing Captain Lenz on radio'] },
  // "Cont ICE fears", "cont'd nightmares": a problem that goes on, never an instruction to continue it.
  { pattern: /^(?:cont(?:'d|d)?\.?)\s+(?=(?:[A-Za-z]+\s+)?(?:fears?|anxiety|worr(?:y|ies)|symptoms?|stress|insomnia|nightmares|depression|conflict|problems?|issues?|difficult\w*|struggl\w*|cravings?|urges?|pain|low mood|irritability|avoidance)\b)/gi, replace: 'Ongoing ', example: ['Cont ICE fears, not leaving apt', 'Ongoing ICE fears, not leaving apt'] },
  // "pt able to gen balanced thought": generate.
  { pattern: /\b(able to|to|could|did) gen\b(?=\s+(?:a\s+|an\s+)?(?:balanced|alternative|alternate|coping|new|more|list|options?|ideas?)\b)/g, replace: '$1 generate', example: ['pt able to gen balanced thought', 'pt able to generate balanced thought'] },
  // "+AH - male voices" opening an item: hallucinations endorsed ("delusions +AH" mid-list is "and").
  { pattern: /(^\s*|[;:(,]\s*)\+\s?((?:command )?(?:AH|VH|AVH))\b/g, replace: '$1endorsed $2', example: ['+AH - male voices', 'endorsed AH - male voices'] },
  // "~6mo hx social withdrawal": a history of that length.
  { pattern: /\b(\d+)\s?(mo|wk|yr)s?(?=\s+(?:hx|history)\b)/g, replace: (_m, n, u) => `${n}-${UNIT[u]}`, example: ['~6mo hx social withdrawal', '~6-month hx social withdrawal'] },
  // "so Ill ask her to see her PCP": a dictated "I'll", never the word ill.
  { pattern: /\b([Ii])ll(?= (?:ask|call|see|check|follow|send|reach|talk|email|text|let|have|get|make|try|need|give|set|review|consult|refer|schedule|contact|update|write|bring|meet|keep|look|touch|continue|start|plan|recommend|coordinate|reassess|monitor|do)\b)/g, replace: "$1'll", example: ['so Ill ask her to see her PCP', "so I'll ask her to see her PCP"] },
  // "Dev: feels ambushed" in a couples note is a partner named Dev speaking, not a developmental history.
  { pattern: new RegExp(`^(\\s*)(${Object.keys(INTAKE_HEADINGS).join('|')})\\s*:(?!\\s*(?:feels|felt|said|says|wants|wanted|thinks|thought|reports|reported|states|stated|is|was|agreed|agrees|cried|shared|admitted|asked|worried|"|'))`, 'g'), replace: (_m, pre, h) => `${pre}${INTAKE_HEADINGS[h]}:`, example: ['SUD: ETOH 3-4 beers on weekends', 'Substance use: ETOH 3-4 beers on weekends'] },
  // "mo to lock up razors", "sess w/ mo and stepdad": the mother; "3 mo", "last mo" stay months.
  { pattern: /(?<!\d\s*|\d\/|\b(?:few|couple|several|many|last|next|this|per|a|of|x)\s)\b[Mm]o\b(?=\s+(?:to|and|said|says|reports?|reported|states?|stated|is|was|will|agreed|came|present|tearful|felt|feels|wants|wanted|asked|called|texted|denies|denied)\b)|(?<=\b(?:with|w\/|by|per|told|called|and|&)\s)mo\b(?![/\d])/g, replace: 'mother', example: ['mo to lock up razors', 'mother to lock up razors'] },
  // "Ind session w/ counselor", "relapse prev": the session kind and the prevention, not "independent" or "previous".
  { pattern: /\b([Ii])nd\.?\s+(?=(?:sess(?:ion)?s?|therapy|tx|counseling|appts?|appointments?)\b)/g, replace: (_m, i) => `${i}ndividual `, example: ['Ind session w/ counselor tmrw', 'Individual session w/ counselor tmrw'] },
  // "Jonah dominated, redirected x3": redirected, counted or alone, after someone's act, is done to them.
  { pattern: /,\s*(redirected|prompted|reminded|cued|corrected)(?=\s*(?:x\s*\d+|\d+\s*x|once|twice|several times|multiple times|repeatedly|\d+ times)?\s*(?:[,.;)]|$))/gm, replace: (_m: string, verb: string, offset: string, whole: string) => `, ${/\b(?:\d+|two|three|four|several|both|some|many)\s+(?:teens|kids|members|clients|students|boys|girls|parents|peers|people)\b[^,.;]*$/i.test(whole.slice(Math.max(0, Number(offset) - 60), Number(offset))) ? 'were' : 'was'} ${verb}`, example: ['Jonah dominated, redirected x3', 'Jonah dominated, was redirected x3'] },
  // "CSSRS screen done - passive ideation only": a screen or a plan "done" is completed.
  { pattern: /\b((?:C-SSRS|CSSRS|ASQ|PHQ-\d|GAD-\d|screen(?:ing)?|risk assessment|safety plan)(?:\s+[a-z]+){0,4}?)\s+done\b/gi, replace: (_m, what) => `${what} completed`, example: ['CSSRS screen done - passive ideation only', 'CSSRS screen completed - passive ideation only'] },
  // "Fam hx mom's sister had AN": a family history told as a sentence, under its label.
  { pattern: /\b(?:fam(?:ily)?\.?\s+(?:hx|history))\s+(?=(?:[a-z]+'s\s+)?[a-z]+\s+(?:had|has|with|was|is|died|committed|attempted|struggled)\b)/gi, replace: 'Family history: ', example: ["Fam hx mom's sister had AN", "Family history: mom's sister had AN"] },
  // "adjustment d/o w/ mixed anx + dep mood": the diagnosis's own words, "mixed anxiety and depressed mood".
  { pattern: /\bmixed\s+anx(?:iety)?\.?\s*(?:\+|and|&|\/)\s*dep(?:ressed|ression|r)?\.?\s+mood\b/gi, replace: 'mixed anxiety and depressed mood', example: ['adjustment d/o w/ mixed anx + dep mood', 'adjustment d/o w/ mixed anxiety and depressed mood'] },
  // "DID pt (Jess)": dissociative identity disorder, in capitals and never after a subject ("I DID NOT").
  { pattern: /(?<!\b(?:I|we|she|he|they|you|who|We|She|He|They|You|Who)\s)\bDID\b(?!\s+(?:NOT|not|it|that|this|so|well|ok)\b)/g, replace: 'dissociative identity disorder (DID)', example: ['DID pt (Jess)', 'dissociative identity disorder (DID) pt (Jess)'] },
  // "did TR w/ min prompting": minimal help, never minutes.
  { pattern: /\bmin\.?\s+(?=(?:prompting|prompts|cues|cueing|cuing|assist|assistance|support|redirection|redirects|encouragement)\b)/gi, replace: 'minimal ', example: ['did TR w/ min prompting', 'did TR w/ minimal prompting'] },
  // "Sec 8 waitlist": the housing voucher program.
  { pattern: /\b[Ss]ec(?:t)?\.?\s*8\b/g, replace: 'Section 8', example: ['on Sec 8 waitlist', 'on Section 8 waitlist'] },
  // "within 24 hr", "a 24 hr hold": hours counted, or a length before what it measures.
  { pattern: /\b(\d{1,3})\s*hrs?\b(?=\s+(?:hold|shift|period|watch|stay|observation|window|fast|call)\b)/gi, replace: (_m, n) => `${n}-hour`, example: ['placed on 72 hr hold', 'placed on 72-hour hold'] },
  { pattern: /\b([2-9]|\d{2,3})\s*hr\b/gi, replace: (_m, n) => `${n} hours`, example: ['contact family within 24 hr', 'contact family within 24 hours'] },
  // "Mom brought in w Emma's ok", "came w her dad": a lone "w" between words is "with".
  { pattern: /(?<=[a-z,]\s)w\s(?=(?:[A-Z][a-z]+'s|her|his|their|the|mom|dad|mother|father|me|him|them|us|client|pt|partner|wife|husband|[A-Z][a-z]+|[A-Z]{2,5})\b)/g, replace: 'with ', example: ["brought in w Emma's ok", "brought in with Emma's ok"] },
  // School jotting: "3rd pd", "first pd" is a class period; "sped teacher", "eng class"; "on snap", "insta story".
  // ("collab'd w/ pt + called his sister": collaborated, never "collaborative'd".)
  { pattern: /\bcollab'?d\b/gi, replace: 'collaborated', example: ["collab'd w/ pt", 'collaborated w/ pt'] },
  // ("ICU RN, 2nd pt death on his unit this wk": a patient counted on a unit where the client works is a patient, never the client.)
  { pattern: /\b(\d+(?:st|nd|rd|th)|another|one|two|three|first|second|third|a)\s+pts?\b(?=\s+(?:death|deaths|died|coded|code|suicide|fall|assault|who died|on (?:his|her|their|the) (?:unit|floor|ward|shift|route|caseload)))/gi, replace: (_m, n: string) => `${n} patient`, example: ['ICU RN, 2nd pt death on his unit', 'ICU RN, 2nd patient death on his unit'] },
  // ("took stairs to 9th fl", "elevator ride 1 fl": a floor of a building, never fluid ounces.)
  { pattern: /\b(\d{1,3}(?:st|nd|rd|th)|\d{1,3}|one|two|three|top|ground)\s+(?:fl|flr)\b\.?(?!\s*oz\b)/gi, replace: (_m, n: string) => (/^\d+$|^(?:one|two|three)$/i.test(n) && n !== '1' && !/^one$/i.test(n) ? `${n} floors` : `${n} floor`), example: ['took stairs to 9th fl', 'took stairs to 9th floor'] },
  { pattern: /\b(\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|last|next)\s+pd\b\.?/gi, replace: (_m, n) => `${n} period`, example: ['left 3rd pd crying', 'left 3rd period crying'] },
  { pattern: /\bsped\s+(?=(?:teacher|class|classes|services|room|case manager|eval|evaluation|student|program)\b)/gi, replace: 'special education ', example: ['told sped teacher', 'told special education teacher'] },
  { pattern: /\beng\s+(?=(?:class|teacher|grade|homework|essay|test|paper)\b)/gi, replace: 'English ', example: ['failing eng class', 'failing English class'] },
  // ("f/u on SNAP application": SNAP in capitals is the food benefit, never the app.)
  { pattern: /\b(on|via|over|through)\s+snap\b(?!\s+(?:application|app\b|benefits?|card|EBT|recert\w*|case|worker|office|interview|eligibility))/gi, replace: (m, p) => (/SNAP$/.test(m) ? m : `${p} Snapchat`), example: ['bullied on snap', 'bullied on Snapchat'] },
  { pattern: /\bsnap\s+(?=(?:story|stories|streak|post|message|messages|group|chat)\b)/gi, replace: 'Snapchat ', example: ['saw snap story', 'saw Snapchat story'] },
  { pattern: /\binsta\b(?=\s+(?:story|stories|post|posts|page|account|dm|dms|live)\b)|(?<=\b(?:on|via|over)\s)insta\b/gi, replace: 'Instagram', example: ['posted on insta', 'posted on Instagram'] },
  // "f/u w/ me mon", "check in fri": a weekday after the next meeting is named in full.
  { pattern: /(?<=\b(?:f\/u|follow[- ]?up|fu|check[- ]in|check in|see (?:him|her|them|stu|pt|client)|meet|mtg|meeting|appt|session|sess|rtc)\b[^.;,]{0,20}\s)(mon|tues|tue|wed|weds|thurs|thu|fri)\b\.?/gi, replace: (m) => DAY[m.replace(/\.$/, '').toLowerCase().replace(/^weds$/, 'wed')]!, example: ['f/u w/ me mon', 'f/u w/ me Monday'] },
  // "sun night", "sat am": a day named before a time of it (not "sat down", "the sun").
  { pattern: /\b(sun|mon|tues|wed|thurs|fri|sat)\s+(?=(?:night|nights|am|pm|morning|evening|afternoon)\b)/gi, replace: (_m, d: string) => `${DAY[d.toLowerCase()]} `, example: ['stomach aches sun night', 'stomach aches Sunday night'] },
  // "v. angry", "v tearful": "very" before a word that says how much (not "Smith v. Jones").
  { pattern: /(?<![\w.])v\.?\s+(?=(?:angry|upset|tearful|anxious|sad|tired|low|depressed|irritable|agitated|guarded|flat|quiet|engaged|open|defensive|good|bad|poor|limited|little|few|high|bright|calm|distressed|frustrated|hopeless|hopeful|motivated|slow|pressured|loud|rapid|late|early|well|much|difficult|hard|helpful|activated|dysregulated|withdrawn|labile)\b)/g, replace: 'very ', example: ['v. angry at supervisor', 'very angry at supervisor'] },
  // "a 20 min timeout", "15-min walk": a length before the thing it measures is one word, "20-minute".
  { pattern: /\b(\d{1,3})\s*-?\s*(?:min|mins|minute|minutes)\s+(?=(?:timeouts?|time-outs?|breaks?|walks?|check-ins?|calls?|phone calls?|conversations?|windows?|blocks?|limits?|rules?|exercises?|practices?|drives?|naps?|runs?|delays?|waits?|intervals?|segments?|sessions?|meetings?|visits?|talks?|daily)\b)/gi, replace: (_m, n) => `${n}-minute `, example: ['agreed to a 20 min timeout', 'agreed to a 20-minute timeout'] },
  { pattern: /\b(relapse|suicide|overdose|fall) prev\b\.?/gi, replace: (_m, w) => `${w} prevention`, example: ['relapse prev worksheet', 'relapse prevention worksheet'] },
  { pattern: /\b(MGM|MGF|PGM|PGF)\b/g, replace: (m) => RELATIVE_SHORT[m]!, example: ['raised by MGM after age 6', 'raised by maternal grandmother after age 6'] },
  { pattern: /\b(mat|pat)\.?\s+(?=(?:aunt|uncle|grandmother|grandfather|grandma|grandpa|cousin|side|family|relatives)\b)/gi, replace: (_m, side) => (side.toLowerCase() === 'mat' ? 'maternal ' : 'paternal '), example: ['mat aunt MDD', 'maternal aunt MDD'] },
  // "Hx 1 prior att", "2 SA att": a suicide attempt, in risk jotting.
  { pattern: /\b((?:prior|previous|past|lifetime|\d+|one|two|three)(?:\s+(?:prior|previous|past|SA))?)\s+atts?\b(?!\s*(?:to|span|issues?))/gi, replace: (_m, lead) => `${lead} attempt`, example: ['Hx 1 prior att', 'Hx 1 prior attempt'] },
  // C-SSRS items answered "+ Q2, - Q4": the item and its answer, before "+" becomes "and" or "q5" a dosing interval.
  { pattern: /(?<=^|[\s(,;:])([+-])\s*Q([1-6])\b/g, replace: (_m, sign, n) => `Q${n} ${sign === '+' ? 'yes' : 'no'}`, example: ['C-SSRS screen: + Q2, - Q4', 'C-SSRS screen: Q2 yes, Q4 no'] },
  // "A&O x4", "AOx3": alert and oriented, not "four times".
  { pattern: /\bA\s?&?\s?O\s*x\s*([34])\b/g, replace: (_m, n) => `alert and oriented to person, place${n === '4' ? ', time and situation' : ' and time'}`, example: ['A&O x4', 'alert and oriented to person, place, time and situation'] },
  // "A&O x1-2", "oriented x2": orientation in fewer spheres (or a range) says how many, never "once-2" or "twice".
  { pattern: /\b(A\s?&?\s?O|(?:[Aa]lert and )?[Oo]riented)\s*x\s*([1-4])(?:\s*-\s*([1-4]))?\b/g, replace: (m, lead: string, n: string, to?: string) => (!to && Number(n) >= 3 ? m : `${/^A\s?&?\s?O$|^alert/i.test(lead) ? 'alert and ' : ''}oriented in ${to ? `${n} to ${to}` : n} sphere${n === '1' && !to ? '' : 's'}`), example: ['Pt A&O x1-2, perseverative', 'Pt alert and oriented in 1 to 2 spheres, perseverative'] },
  // ("Res: Mr. Dale Fisk, 81": in a long-term care jotting, the resident named.)
  { pattern: /(^|[.;]\s+)Res:\s+(?=(?:Mr|Ms|Mrs|Dr)\.?\s|[A-Z][a-z]+\s+[A-Z])/gm, replace: '$1Resident: ', example: ['Res: Mr. Dale Fisk, 81', 'Resident: Mr. Dale Fisk, 81'] },
  // ("denies plan, intent, or prep": in a suicide screen, preparatory behavior.)
  { pattern: /\b(plan,?\s+(?:or\s+|and\s+)?intent,?\s+(?:or|and|\/)\s+)prep\b(?!\s+(?:work|school|course|class|cook|time|for))/gi, replace: '$1preparatory behavior', example: ['denies plan, intent, or prep', 'denies plan, intent, or preparatory behavior'] },
  // ("8 mo old son": an age before the person it belongs to is hyphenated.)
  { pattern: /\b(\d{1,2})\s*-?\s*(?:mo|mos|months?|wk|wks|weeks?|yr|yrs|years?)(?:\s*-?\s*old)\s+(?=(?:son|daughter|baby|infant|newborn|boy|girl|child|kid|twins?|grandson|granddaughter|niece|nephew|sibling|brother|sister|puppy|dog)\b)/gi, replace: (m: string, n: string) => `${n}-${/\b(?:mo|mos|months?)\b/i.test(m) ? 'month' : /\b(?:wk|wks|weeks?)\b/i.test(m) ? 'week' : 'year'}-old `, example: ['parenting 8 mo old son Elijah', 'parenting 8-month-old son Elijah'] },
  // ("seen 30 min": seen for that long, never a time of day.)
  { pattern: /\bseen\s+(?=\d{1,3}\s*-?\s*(?:min|mins|minutes)\b(?!\s+(?:ago|before|after|later|earlier|prior|late)\b))/gi, replace: 'seen for ', example: ['D: seen 30 min.', 'D: seen for 30 min.'] },
  // "I/J fair": insight and judgment, never the clinician.
  { pattern: /\bI\s?\/\s?J\b/g, replace: 'insight and judgment', example: ['I/J fair', 'insight and judgment fair'] },
  // "+ intent", "+SI": a plus sign before a risk word is its endorsement.
  // ("monitor purging + SI closely": between two words the plus is "and".)
  { pattern: /(?<=(?:^|[(,;:])\s*)\+\s*(?=(?:intent|plan|SI|HI|means|ideation|access)\b)/gm, replace: 'endorsed ', example: ['no plan, + intent', 'no plan, endorsed intent'] },
  // "referred after + PC-PTSD-5 (5/5)": a plus before a screen's name is a positive screen.
  // ("to assess mood further + PHQ-9": after a word that is no preposition or verb of having, the plus joins two things: "and".)
  { pattern: /(?<=(?:^|[(,;:.])\s*|\b(?:after|with|had|has|have|was|is|were|due to|given|from|a|an|per|via|by|shows?|showed|on)\s+|\bw\/\s*)\+\s*(?=(?:PC-PTSD-5|PC-PTSD|PHQ-2|PHQ-9|GAD-7|GAD-2|AUDIT-C|AUDIT|C-SSRS|CSSRS|ASQ|CAGE|DAST|EPDS|M-CHAT|screen|UDS|UA|utox|tox screen|drug screen)\b(?!\s+(?:results?|monthly|weekly|random|schedule|collection|testing|requirements?|compliance|appointments?|every|each|twice)\b))/g, replace: 'positive ', example: ['referred after + PC-PTSD-5 (5/5)', 'referred after positive PC-PTSD-5 (5/5)'] },
  // "hx ED", "hx depression": a history of something; "hx:" and "hx of" already say so ("overdose hx since 2021" is not "of since").
  { pattern: /\b(hx|Hx|HX)\s+(?!(?:of|and|or|is|was|includes?|including|significant|unremarkable|negative|positive|neg|pos|notable|per|from|since|until|before|after|in|at|as|but|so|then|for|to|with|done|complete|completed|taken|gathered|interview|today|this|that|the|a|an|reviewed|noted|flagged|documented|confirmed|discussed|obtained|unknown|reported|updated)\b)(?=[A-Za-z]|\d\s+[A-Za-z])/g, replace: (_m, hx) => `${hx} of `, example: ['hx ED (restricting)', 'hx of ED (restricting)'] },
  { pattern: /\s@\s*(?=[A-Za-z]|\d+(?:st|nd|rd|th)\b)/g, replace: ' at ', example: ['eval @ campus ED', 'eval at campus ED'] },
  // "bipolar I" is the disorder's name (and its "I" is never the clinician).
  { pattern: /\b(bipolar|Bipolar) (I{1,2})\b(?!\s+disorder)/g, replace: (_m, b, n) => `${b} ${n} disorder`, example: ['29M, bipolar I, manic', '29M, bipolar I disorder, manic'] },
  { pattern: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, replace: (d) => d[0]!.toUpperCase() + d.slice(1), example: ['a sunday check in', 'a Sunday check in'] },
  // ("not going home for thanksgiving", "making friends with americans": holidays and peoples take their capitals.)
  { pattern: /\b(thanksgiving|christmas|hanukkah|ramadan|eid|diwali|easter|passover|friendsgiving|americans|american)\b/g, replace: (w) => w[0]!.toUpperCase() + w.slice(1), example: ['home for thanksgiving', 'home for Thanksgiving'] },
  // "oriented x4" is orientation to person, place, time and situation, not "four times".
  { pattern: /\b(?:alert and )?oriented\s*x\s*([34])\b/gi, replace: (m, n) => `${/^alert/i.test(m) ? 'alert and ' : ''}oriented to person, place, time${n === '4' ? ' and situation' : ''}`, example: ['oriented x4', 'oriented to person, place, time and situation'] },
  // "10 min check-in" is a 10-minute check-in.
  { pattern: /\b(\d{1,3})[- ]?(?:min|mins|minute)\s+(?=(?:check-in|walk|break|meeting|family|daily|device|worry|window|call|conversation|convo|timer|exercise|practice|drive|read|special|one-on-one)\b)/gi, replace: (_m, n) => `${n}-minute `, example: ['10 min family meeting', '10-minute family meeting'] },
  // ("No-show for 2pm", "pt no-show for 2pm post-op f/u", "Dan no-showed."): not coming is said as it was, "did not attend",
  // never a noun the client reported. What was missed keeps its words; a bare time is the appointment at that time.
  // ("no show 10am": the hour alone after it is the appointment at that hour.)
  { pattern: /\b(?:[Nn][Oo][- ]?[Ss][Hh][Oo][Ww](?:[Ee][Dd])?|NS)\s+(?:(?:for|to)\s+(?:(?:the|her|his|their)\s+)?|(?:at\s+)?(?=\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])))([^.;,()]*[^.;,()\s])/g, replace: (_m, what) => `did not attend the ${what}${/\b(?:appointments?|appts?|sessions?|sess|follow-up|f\/u|visits?|group|class|intake|evaluations?|evals?|calls?|check-in|meeting)\b/i.test(what) ? '' : ' appointment'}`, example: ['No-show for 2pm', 'did not attend the 2pm appointment'] },
  { pattern: /\bNS(?=\s*(?:[.;,]|$|\s(?:today|again|x\s?\d)\b))/g, replace: 'did not attend', example: ['pt NS today.', 'pt did not attend today.'] },
  { pattern: /\bno[- ]?show(?:ed)?(?=\s*(?:[.;,]|$|\s(?:today|again|this (?:week|morning|afternoon|evening)|x\s?\d)\b))/gi, replace: 'did not attend', example: ['Dan no-showed.', 'Dan did not attend.'] },
  // ("Next apt 1 wk", "missed psych apt", "apt Thurs at 3": an appointment; "apt" is the apartment only where it is a place.)
  // ("first apt voucher", "next apt lease": the apartment, named with what is its; so is "moving into Rosa's apt next month", a place named as someone's.)
  // ("she moved into her own apt Friday with the kids": one's own, or a new one, is a place, whatever day follows; so is one
  // come back to or moved to: "roommate ... will come back to apt Fri".)
  { pattern: /\b(next|follow-up|f\/u|missed|no-showed|cancel(?:l?ed)?|reschedul\w*|psych|psychiatry|med|medical|dr\.?|doctor|pcp|dental|court|intake|first)\s+apt\b(?!\s+(?:vouchers?|lease|search|hunting|complex|applications?|rent|deposit|building|unit|keys?|manager|inspection|move-in|furniture|on her own|of (?:her|his|their) own))|(?<!\b(?:own|new|into|first|back to|back in|back into|moving to|move to|moved to|at the|at his|at her|at their|to the|to his|to her|to their)\s+)(?<!\b(?:into|in|to|at|from|out of|near|staying at|living at)\s+[A-Za-z]+['’]s\s+)\bapt\b(?=\s+(?:on\s+)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*|tomorrow|next|in\s+\d|at\s+\d|\d{1,2}\/\d|w\/|with)\b)/gi, replace: (_m: string, lead: string | undefined) => (lead ? `${lead} appointment` : 'appointment'), example: ['Next apt 1 wk', 'Next appointment 1 wk'] },
  // ("gave him 988 press 1", "VCL (988 #1)": the Veterans Crisis Line, reached through 988 by pressing 1.)
  // ("the Veterans Crisis Line number in her phone (988 press 1)": named just before, the line is not named again, and its bracket closes.)
  { pattern: /\b(?:the\s+)?988\s*(?:,\s*|\(\s*)?(?:press|option|opt\.?|#)\s*1\b\)?/gi, replace: (m: string, offset: string, whole: string) => {
    const closes = m.endsWith(')') && !m.includes('(') ? ')' : '';
    return /\b(?:veterans crisis line|vcl|military crisis line)\b[^.;]{0,60}$/i.test(whole.slice(Math.max(0, Number(offset) - 80), Number(offset))) ? `988, press 1${closes}` : `the Veterans Crisis Line (988, press 1)${closes}`;
  }, example: ['gave him 988 press 1', 'gave him the Veterans Crisis Line (988, press 1)'] },
  // "988", "the 988 line", "call 988": the lifeline named once, with its article.
  // ("gave 988/crisis line": 988 is the crisis line; one resource, never two.)
  // ("after a 988 call": with an article of its own, the number stays as written.)
  { pattern: /(?<!\b(?:a|an)\s+)\b(?:the\s+)?988(?!,\s*press 1\))(?:\s+(?:line|hotline|crisis line|lifeline|suicide (?:and|&) crisis lifeline)|\s*(?:\/|or|and|&)\s*(?:the\s+)?crisis\s+(?:line|hotline|number))?(?![\d-])/gi, replace: 'the 988 Suicide and Crisis Lifeline', example: ['will use the 988 line', 'will use the 988 Suicide and Crisis Lifeline'] },
  // ("drop in distress 1-2 pts on 0-10", "SUDS 3 pts lower"): points on a scale, never patients.
  { pattern: /\b(\d+(?:\s*-\s*\d+)?)\s*pts?\b(?=\s+(?:on|out of)\s+(?:a\s+|the\s+)?(?:\d|scale)|\s+(?:lower|higher|drop|decrease|increase|down|up|less|more)\b)/g, replace: '$1 points', example: ['drop in distress 1-2 pts on 0-10', 'drop in distress 1-2 points on 0-10'] },
  // Clock times: "4am" -> "4 am", "12a-6a" -> "12 am to 6 am". (An hour is 1 to 12: "Discussed 51A" is Massachusetts' child abuse report.)
  { pattern: /(?<!\b[A-Z]-)\b(1[0-2]|0?[1-9])(?::(\d{2}))?\s?([ap])\.?m?\.?(?=[\s,;.)-]|$)(?:\s*-\s*(1[0-2]|0?[1-9])(?::(\d{2}))?\s?([ap])\.?m?\.?(?=[\s,;.)]|$))?/gi, replace: (m, h1, m1, a1, h2, m2, a2) => /^\d{1,2}(?::\d{2})?\s+[ap]\s*$/i.test(m) ? m : `${h1}${m1 ? `:${m1}` : ''} ${a1.toLowerCase()}m${h2 ? ` to ${h2}${m2 ? `:${m2}` : ''} ${a2.toLowerCase()}m` : ''}`, example: ['window 12a-6a', 'window 12 am to 6 am'] },
  // "1-2 a week" keeps its article: a spaced "a" or "p" with no "m" is not a clock time (the rule above leaves it).
  // Counts out of a total: "2/7 nights" -> "2 of 7 nights"; a week of days is always "of 7".
  // ("Dana 3/14 session 9": a date before the session's number is no count of sessions.)
  // ("Next family session 5/7 4pm": after a session's word, or before a time, 5/7 is a date, never "5 of 7"; so is "Date/time: 6/7".)
  { pattern: new RegExp(`(?<!\\b(?:cravings?|urges?|pain|anxiety|distress|suds|intent|stress|depression|anger|mood)\\s+(?:(?:at|of|rated|about|approx|~)\\s*)?)\\b(\\d{1,2})\\/(\\d{1,2})(?=\\s+(?:${COUNT_UNITS})\\b(?!\\s*#?\\d))|(?<!\\b(?:due|on|by|since|until|from|before|after|dated|next|last|session|sess|appt|appointment|visit|meeting|group|grp|extubated|intubated|admitted|discharged|transferred|born|died|delivered|induced|surgery|UDS|UA|utox|tox screen|drug screen|urine screen|screen|labs|EtG|BAL|breathalyzer|[Mm]on(?:day)?|[Tt]ue(?:s(?:day)?)?|[Ww]ed(?:nesday)?|[Tt]hu(?:r(?:s(?:day)?)?)?|[Ff]ri(?:day)?|[Ss]at(?:urday)?|[Ss]un(?:day)?)\\s+)(?<!\\b(?:[Dd]ate|[Tt]ime|DOS|dos)\\s*:\\s*)\\b(\\d)\\/(7)\\b(?!\\/)(?!\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\b)(?!\\s+\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)?\\s*(?:-|to)\\s*\\d{1,2}(?::\\d{2})?)`, 'g'), replace: (_m, a, b, c, d) => `${a ?? c} of ${b ?? d}`, example: ['nightmares 2/7 nights', 'nightmares 2 of 7 nights'] },
  // (A date followed by its hours, "group 3/7 4-5:15pm", stays a date: the rule above looks past it.)
  // "Cutting ∅ x2 yrs", "ETOH Ø since March": none of it for that long, with its "no" first.
  { pattern: /\b([A-Za-z][a-z-]+)\s*[∅Ø]\s*(?=x\s*\d|for\s|since\s|in\s+(?:the\s+)?(?:last|past)\s)/g, replace: (_m, w) => `${/^[A-Z]/.test(w) ? 'No' : 'no'} ${w.toLowerCase()} `, example: ['Cutting ∅ x2 yrs', 'No cutting x2 yrs'] },
  // Negation marks in risk jotting (issue 6): "∅ SI", "Ø plan/intent", "0 HI", "SI 0", "SI: 0".
  { pattern: new RegExp(`[∅Ø]\\s*(?=${RISK_WORD})|(?<![\\w./])0\\s+(?=${RISK_WORD}\\b)`, 'gi'), replace: 'no ', example: ['∅ SI', 'no SI'] },
  // "HI ∅.", "SI: Ø,": the mark after the risk word ends its item, and says none of it.
  // ("SI/HI ∅.": the mark after a pair says none of either.)
  { pattern: new RegExp(`(?<![\\w-])(${RISK_WORD}(?:\\s*\\/\\s*${RISK_WORD})*)\\s*:?\\s*[∅Ø](?=\\s*(?:[.,;)]|$))`, 'gim'), replace: (_m, w) => `no ${w}`, example: ['SI/HI ∅.', 'no SI/HI.'] },
  // Any other "Ø"/"∅" before a word is "no": "Ø appetite change", "Ø complaints".
  { pattern: /[∅Ø]\s*(?=[A-Za-z])/g, replace: 'no ', example: ['Ø appetite change', 'no appetite change'] },
  // "50m session", "session 50m": minutes of a session, never metres.
  { pattern: /\b([1-9]\d{1,2})\s?m\b(?=\s+(?:session|sess|indiv\w*|individual|couples?|family|fam|group|grp|telehealth|video|phone|in[- ]person|intake|w\/|with)\b)|(?<=\b(?:session|sess)\s+)([1-9]\d{1,2})\s?m\b/gi, replace: (_m, a, b) => `${a ?? b} min`, example: ['50m session w/ mom', '50 min session w/ mom'] },
  // "will f/u", "to f/u": the verb, not the noun "follow-up".
  { pattern: /\b(will|to|would|can|should|must|please|and)\s+f\/u\b/gi, replace: (_m, lead) => `${lead} follow up`, example: ['will f/u re: safety plan', 'will follow up re: safety plan'] },
  // "pt late 20 min", "client 15 min late": lateness, never the session's length.
  { pattern: /\b(pt|client|cl|patient|she|he|they)\s+(?:was\s+|arrived\s+)?(?:late\s+(\d{1,3})\s*(?:min|mins|minutes)\b|(\d{1,3})\s*(?:min|mins|minutes)\s+late\b)/gi, replace: (_m, who, a, b) => `${who} arrived ${a ?? b} minutes late`, example: ['pt late 20 min. irritable', 'pt arrived 20 minutes late. irritable'] },
  // "SUDS peaked 70 dropped to 30": a peak and a fall, said as such.
  { pattern: /\bpeaked\s+(?:at\s+)?(\d{1,3})\s*(?:,\s*|\s+and\s+|\s+then\s+|\s+)(dropped|fell|came down|decreased|went down)\s+to\s+(\d{1,3})\b/gi, replace: (_m, a, verb, b) => `peaked at ${a} and ${verb} to ${b}`, example: ['SUDS peaked 70 dropped to 30', 'SUDS peaked at 70 and dropped to 30'] },
  // ("she wants me to write a letter ... I said I would"): the clinician's yes to a request, said as agreeing to it.
  { pattern: /\b(I|we) said (?:I|we)(?:'d| would| will|'ll)(?=\s*(?:[.;,]|$))/g, replace: '$1 agreed to do so', example: ['I said I would', 'I agreed to do so'] },
  // "45 days on sub", "started sub Tues": in a medication for opioid use disorder, buprenorphine (Suboxone).
  // ("3 pt deaths in 2 wks" on a nurse's unit): patients counted, never the client.
  { pattern: /\b(\d+|two|three|four|five|several|multiple)\s+pt\s+deaths\b/gi, replace: '$1 patient deaths', example: ['3 pt deaths in 2 wks', '3 patient deaths in 2 wks'] },
  // ("a syringe of sux and a plan"): succinylcholine, drawn up or held.
  { pattern: /(?<=\b(?:of|syringe|vial|drew up|draw up|drawn up|has|had|have|with|took|taking)\s+(?:some\s+|the\s+)?)sux\b/g, replace: 'succinylcholine', example: ['has a syringe of sux and a plan', 'has a syringe of succinylcholine and a plan'] },
  // ("worried about state board/PHP reporting": beside the licensing board, the physician health program.)
  { pattern: /(?<=\bboard\s*\/\s*)PHP\b|\bPHP(?=\s*\/\s*(?:state\s+|medical\s+)?board\b)/g, replace: 'Physician Health Program (PHP)', example: ['worried about state board/PHP reporting', 'worried about state board/Physician Health Program (PHP) reporting'] },
  // ("using tina and G at parties"): in chemsex slang, crystal methamphetamine and GHB.
  { pattern: /(?<=\btina\s+(?:and|&|\+)\s+)G\b(?![\w-])/g, replace: 'GHB', example: ['using tina and G at parties', 'using tina and GHB at parties'] },
  { pattern: /(?<=\b(?:using|use|used|uses|on|smoking|smoked|smokes|slamming|doing|did|does|snorting|injecting|injected)\s+)tina\b/g, replace: 'crystal methamphetamine', example: ['using tina and G at parties', 'using crystal methamphetamine and G at parties'] },
  // ("back using meth ... slamming two or three times a week": injecting.)
  { pattern: /\bslamming\b(?=\s+(?:\d|two|three|four|a few|a couple|daily|every|meth|crystal|tina|it)\b)/gi, replace: 'injecting', example: ['slamming two or three times a week', 'injecting two or three times a week'] },
  // ("Est. losses $90k", "est debt ~$20k"): an amount estimated.
  { pattern: /\b([Ee])st\.?\s+(?=(?:losses|loss|debt|debts|cost|costs|total|amount|value|\$|~\s*\$))/g, replace: (_m, e: string) => `${e === 'E' ? 'E' : 'e'}stimated `, example: ['Est. losses $90k', 'Estimated losses $90k'] },
  // ("Dad Navy, on sub, no comms for 2 more mo": beside the Navy or a deployment, a submarine.)
  { pattern: /(?<=\b(?:Navy|navy|USN|deployed|deployment|underway|sailor|submariner)\b[^.;\n]{0,20}\bon\s+(?:a\s+|the\s+)?)sub\b(?![-'])/g, replace: 'submarine', example: ['Dad Navy, on sub, no comms for 2 more mo', 'Dad Navy, on submarine, no comms for 2 more mo'] },
  { pattern: /(?<=\b(?:on|started|starting|start|restarted|restart|taking|take|takes|induced on|induction on|stable on|dose of|refill of|missed|stopped|off)\s+)sub\b(?![-'])/gi, replace: 'buprenorphine', example: ['Tyler 45 days on sub', 'Tyler 45 days on buprenorphine'] },
  // "on the L and D unit", dictated: labor and delivery, as written "L&D".
  { pattern: /\bL\s+and\s+D\b/g, replace: 'L&D', example: ['saw her on the L and D unit', 'saw her on the L&D unit'] },
  // "worse since prostate bx last yr": a tissue sampled, a biopsy (elsewhere "bx" is behavior).
  { pattern: /(?<=\b(?:prostate|breast|skin|liver|kidney|renal|bone marrow|lymph node|tissue|lung|thyroid|cervical|colon|needle|core)\s+)bx\b/gi, replace: 'biopsy', example: ['worse since prostate bx last yr', 'worse since prostate biopsy last yr'] },
  // "Lg bruise back of L thigh", "sm cut on wrist": a size before a mark on the body, large or small.
  { pattern: /\b([Ll]g|[Ss]m)\b(?=\.?\s+(?:bruis|cuts?\b|marks?\b|scars?\b|burns?\b|wounds?\b|lacerations?\b|scratch|welts?\b|swelling|abrasions?\b|bumps?\b|scabs?\b))/g, replace: (m: string) => ({ l: 'large', L: 'Large', s: 'small', S: 'Small' } as Record<string, string>)[m[0]!]!, example: ['Lg bruise back of L thigh', 'Large bruise back of L thigh'] },
  // "hosp x5d", "inpt x 2 wks": how long the stay lasted.
  { pattern: /\b(hosp|hospitali[sz]ed|inpt|inpatient|admitted)\s+x\s*(\d{1,3})\s*(d|days?|wks?|weeks?)\b/gi, replace: (_m, stay: string, n: string, unit: string) => `${/^(?:hosp|hospitali[sz]ed)$/i.test(stay) ? 'hospitalized' : /^admitted$/i.test(stay) ? 'admitted' : 'inpatient'} for ${n} ${/^d/i.test(unit) ? (n === '1' ? 'day' : 'days') : n === '1' ? 'week' : 'weeks'}`, example: ['SA by overdose 03/2023, hosp x5d', 'SA by overdose 03/2023, hospitalized for 5 days'] },
  // "UDS + EtG collected today": two tests taken together, never a screen positive for the second.
  { pattern: /\b(UDS|UA|utox|tox screen|drug screen|urine screen|EtG|breathalyzer|BAL)\s*\+\s*(?=(?:EtG|EtS|BAL|PBT|breathalyzer|breath test|LFTs?|labs?|CBC|CMP|oral (?:swab|fluid)|saliva|confirmation|UA|UDS|pregnancy test|hcg)\b)/gi, replace: '$1 and ', example: ['UDS + EtG collected today', 'UDS and EtG collected today'] },
  // "UDS + fentanyl": a screen positive for it, never "and".
  // ("79M s/p fall, hip fx, POD2"): the day after surgery, counted.
  { pattern: /\bPOD\s?#?(\d{1,2})\b/g, replace: 'postoperative day $1', example: ['hip fx, POD2', 'hip fx, postoperative day 2'] },
  // ("missed 2 d school"): days missed, jotted with "d".
  { pattern: /\b(\d{1,2})\s?d\b(?=\s+(?:of\s+)?(?:school|work|class|classes|practice|daycare)\b)/g, replace: '$1 days', example: ['missed 2 d school this wk', 'missed 2 days school this wk'] },
  // ("so this was a crisis walk in um Ava 15 came in ..."): a walk-in said aloud is the walk-in session.
  { pattern: /\b(crisis|a|an|urgent|same-day|unscheduled)\s+walk\s+in\b(?!\s+(?:to|the|and|with|on|at)\b)/gi, replace: '$1 walk-in', example: ['so this was a crisis walk in, Ava 15', 'so this was a crisis walk-in, Ava 15'] },
  // ("escorted to ED by staff", "handoff at ER"): the emergency department jotted without its article takes it.
  { pattern: new RegExp(String.raw`\b(to|at|from|in)\s+(?=${EMERGENCY_DEPARTMENT}(?!\s+(?:doc|doctor|staff|nurse|team|visit|visits|physician|psychiatrist)\b))`, 'g'), replace: '$1 the ', example: ['Escorted to ED by staff', 'Escorted to the ED by staff'] },
  // ("Pt arrived ED 3:35pm", "went ER Sat"): the emergency department jotted without its preposition takes it.
  { pattern: new RegExp(String.raw`\b(arrived|arrives|arriving)\s+(?=${EMERGENCY_DEPARTMENT})`, 'g'), replace: '$1 at the ', example: ['Pt arrived ED 3:35pm per brother', 'Pt arrived at the ED 3:35pm per brother'] },
  { pattern: new RegExp(String.raw`\b(went|go|goes|going|sent|taken|brought|transported|transferred|walked|escorted|accompanied|driven|rushed)\s+(?=${EMERGENCY_DEPARTMENT}(?!\s+(?:doc|doctor|staff|nurse|team|visit)\b))`, 'g'), replace: '$1 to the ', example: ['went ER Sat after SI w/ plan', 'went to the ER Sat after SI w/ plan'] },
  // ("quit vaping at + preg test", "after a + COVID test"): a plus before a named test, with no test before it to join, is its result.
  { pattern: /(?<=(?:^|[\s(,;:]))\+\s*(?=(?:preg(?:nancy)?|home pregnancy|hcg|covid(?:-19)?|strep|flu|HIV|STI|STD|TB|PPD)\s+(?:test|screen|result)s?\b)/gim, replace: 'positive ', example: ['quit vaping at + preg test', 'quit vaping at positive preg test'] },
  // ("Requires 30 days clean UDS + proof of IOP enrollment": a plus before what else is required joins them, never a result.)
  { pattern: /\b(UDS|UA|utox|tox screen|drug screen|urine screen)s?\s*\+\s*(?=(?:proof|documentation|letter|verification|enrollment|attendance|a letter|an?\s+(?:IOP|intake|assessment))\b)/gi, replace: '$1 and ', example: ['requires 30 days clean UDS + proof of IOP enrollment', 'requires 30 days clean UDS and proof of IOP enrollment'] },
  { pattern: /\b(UDS|UA|utox|tox screen|drug screen|urine screen)\s*(\+|-)\s*(?:for\s+)?(?=[A-Za-z])/gi, replace: (_m, test, sign) => `${test} ${sign === '+' ? 'positive' : 'negative'} for `, example: ['UDS + fentanyl this wk', 'UDS positive for fentanyl this wk'] },
  // "UDS today + for fentanyl", "C-SSRS: + on items 1-5": a result positive for or on something, never "and".
  // ("w/ Dr Haas + on sertraline": before "on" and a medicine, "+" is "and"; only a screen's items are positive "on".)
  { pattern: /(?<=[\s:(])\+\s*(?=for\s|on\s+(?:items?|q\d|questions?|the screen|screen|scale)\b)/g, replace: 'positive ', example: ['UDS today + for fentanyl', 'UDS today positive for fentanyl'] },
  // "UDS today + bup, + THC, neg fentanyl": in a drug screen's list, "+" is positive for and "neg" negative for.
  { pattern: /(?<=\b(?:UDS|UA|utox|tox|tox screen|drug screen|urine screen|EtG)\b[^.;\n]{0,60})(?<=[\s,:(])\+\s*(?!(?:for|on)\b)(?=[A-Za-z])/gi, replace: 'positive for ', example: ['UDS today + bup, + THC', 'UDS today positive for bup, positive for THC'] },
  // ("Sober from alcohol 4 yrs": how long the sobriety has lasted, still so, never "was sober".)
  { pattern: /(?<=^|[.;:]\s*|\n\s*)([Ss]ober|[Cc]lean|[Aa]bstinent)\s+(from\s+[a-z]+\s+)?(?:x\s*)?(?=\d+(?:\.\d+)?\s*(?:yrs?|years?|mos?|months?|wks?|weeks?|days?)\b)/g, replace: (_m, word: string, from?: string) => `Has been ${word.toLowerCase()} ${from ?? ''}for `, example: ['Sober from alcohol 4 yrs.', 'Has been sober from alcohol for 4 yrs.'] },
  // ("On asking she said sometimes thinks ...": the answer to the clinician's question, said as such.)
  // ("guidance on asking Tyler directly tonight about suicide", "Coached the parents on asking him directly": teaching someone
  // how to ask, never the answer to a question.)
  { pattern: /(?<!\b(?:guidance|advice|coaching|coached|tips|education|psychoeducation|psychoed|script|scripted|practice|practiced|how)\s)(?<!\b(?:coached|coach|coaching|taught|teach|educated|trained|guided|prepared|rehearsed)\s+(?:\w+\s+){0,3})\b([Oo])n (?:asking|being asked|direct(?:ly)? asking|direct questioning)\b,?/gi, replace: (_m, o) => `${o === 'O' ? 'W' : 'w'}hen asked,`, example: ['On asking she said no', 'When asked, she said no'] },
  // ("EPDS 15, item 10 (self-harm) scored 0": the item named by what it asks, scored none, is no self-harm thought endorsed.)
  { pattern: /\bitem\s+(\d{1,2})\s*\(\s*(?:self[- ]harm|thoughts of self[- ]harm|harming (?:self|herself|himself))\s*\)\s*(?:scored|score|=|:|was|of)?\s*0\b/gi, replace: (_m, n) => `item ${n} scored 0 (no thoughts of self-harm endorsed)`, example: ['EPDS 15, item 10 (self-harm) scored 0', 'EPDS 15, item 10 scored 0 (no thoughts of self-harm endorsed)'] },
  // ("Notify prescriber re + fent": a result named by its sign, after what it is about.)
  { pattern: /(?<=\b(?:re|regarding|about|for|of)\s*)\+\s*(?=(?:fent|fentanyl|THC|cocaine|coke|meth|methamphetamine|amphet\w*|benzos?|benzodiazepines?|opiates?|bup|buprenorphine|etoh|alcohol|UDS|screen|result)\b)/gi, replace: 'positive ', example: ['Notify prescriber re + fent', 'Notify prescriber re positive fent'] },
  // ("UDS 3/5 + methadone, + cocaine, - fentanyl": a minus in the list is negative for, never dropped.)
  { pattern: /(?<=\b(?:UDS|UA|utox|tox|tox screen|drug screen|urine screen|EtG)\b[^.;\n]{0,80}[,;]\s*)[-−–]\s*(?=[A-Za-z])/gi, replace: 'negative for ', example: ['UDS + bup, + cocaine, - fentanyl', 'UDS + bup, + cocaine, negative for fentanyl'] },
  { pattern: /(?<=\b(?:UDS|UA|utox|tox|tox screen|drug screen|urine screen|EtG)\b[^.;\n]{0,60})\bneg(?:ative)?\s+(?!(?:for|on|x|\d|except|but|other|apart|aside|besides|save)\b|x\s?\d)(?=[A-Za-z])/gi, replace: 'negative for ', example: ['UDS + bup, neg fentanyl', 'UDS + bup, negative for fentanyl'] },
  // "behavior in past 3 mo +", "breathalyzer +": a test or screen item read as positive.
  { pattern: /(?<=\b(?:UDS|UA|utox|tox|screen|test|C-SSRS|CSSRS|ASQ|behaviou?r|items?|Q\d|breathalyzer|BAL|PBT|result)\b[^.;,+]{0,24}?)\s\+(?=\s*(?:[,.;)]|$))/gi, replace: ' positive', example: ['behavior in past 3 mo +, rest neg', 'behavior in past 3 mo positive, rest neg'] },
  // "bring his sponsor as +1": a plus-one.
  // "98.4 lb (+1.2 from last wk)", "(-2 lb)": a signed change is up or down, never "and".
  // ("the onc told him the mets are in the liver now": the oncologist, a person; "onc team" stays the service.)
  { pattern: /\b(the|his|her|their|my)\s+onc\b(?!\s+(?:team|clinic|unit|nurse|office|floor|appt|appointment|visit|infusion|social worker|dietitian|pharmacist))/gi, replace: (_m, whose: string) => `${whose} oncologist`, example: ['the onc told him the mets are in the liver', 'the oncologist told him the mets are in the liver'] },
  // ("ortho pos", "orthos +": orthostatic vitals, never orthopedics, when a result follows.)
  { pattern: /\bortho(?:s|static|statics)?\s+(?:(pos(?:itive)?|\+)|(neg(?:ative)?|-))(?=[\s,.;)]|$)/gi, replace: (_m, pos?: string) => `orthostatic vitals ${pos ? 'positive' : 'negative'}`, example: ['ortho pos today', 'orthostatic vitals positive today'] },
  // ("(blind wt, +0.4 from Mon)": a change after a comma inside the brackets too.)
  { pattern: /(?<=(?:\(|\(\s*[^()]{1,30},)\s*)([+-])\s?(\d+(?:\.\d+)?)(?=\s*(?:lbs?|kg|pounds?|points?|%|from|since|this|vs|\)))/g, replace: (_m, sign, n) => `${sign === '+' ? 'up' : 'down'} ${n}`, example: ['98.4 lb (+1.2 from last wk)', '98.4 lb (up 1.2 from last wk)'] },
  // "target <=2 outbursts/day", ">= 3 days": a bound said in words.
  { pattern: /(?:<=|≤|=<)\s?(\d+(?:\.\d+)?)(%?)/g, replace: (_m, n, pct) => `${n}${pct} or ${pct ? 'less' : 'fewer'}`, example: ['target <=2 outbursts/day', 'target 2 or fewer outbursts/day'] },
  { pattern: /(?:>=|≥|=>)\s?(\d+(?:\.\d+)?)(%?)/g, replace: (_m, n, pct) => `${n}${pct} or more`, example: ['if SE >=85%', 'if SE 85% or more'] },
  // "UDS neg except bup": negative except for the one expected.
  { pattern: /\bneg(?:ative)? except (?!for\b)/gi, replace: 'negative except for ', example: ['UDS negative except bup', 'UDS negative except for bup'] },
  // "K+ last wk 3.3": the potassium level, never "K and".
  { pattern: /\bK\+(?=\s*(?:last|was|is|of|at|=|:|\d|low|high|per|\())/g, replace: 'potassium', example: ['K+ last wk 3.3 per PCP', 'potassium last wk 3.3 per PCP'] },
  // "FBT ph 2", "pause move to ph 2": a treatment's phase, never a phone.
  { pattern: /\b(?:ph|Ph|PH)\s?([1-4])\b/g, replace: (_m, n: string) => `phase ${n}`, example: ['FBT ph 2, Aiden 16', 'FBT phase 2, Aiden 16'] },
  // "abscess L forearm, referred to med": to medical care, never to a medication.
  { pattern: /\b(referred|refer|referral|sent|send)\s+to\s+med\b(?!s|ication|s\b)/gi, replace: (_m, verb: string) => `${verb} to medical`, example: ['abscess L forearm, referred to med.', 'abscess L forearm, referred to medical.'] },
  // "consult with my supervisor on duty to warn": the consultation is about the duty, never with "the supervisor on duty".
  { pattern: /\b((?:consult|consulted|consulting|spoke|talked|staffed(?: it)?)\s+(?:with|w\/)\s+(?:my\s+|the\s+|our\s+)?(?:clinical\s+)?(?:supervisor|team|attending|colleague|director|clinical director))\s+on\s+(?=duty to (?:warn|protect)\b)/gi, replace: (_m, lead: string) => `${lead} regarding `, example: ['will consult with my supervisor on duty to warn', 'will consult with my supervisor regarding duty to warn'] },
  // "CBT-E w Sam (they/them)": a lone "w" before a name is "with".
  { pattern: /(?<=^|\s)w(?=\s+[A-Z][a-z]+\b)/g, replace: 'with', example: ['Telehealth CBT-E w Sam (they/them) 31', 'Telehealth CBT-E with Sam (they/them) 31'] },
  // "bday party sat.", "in person wed": "sat" and "wed" after an event or a "when" word are days, never verbs.
  { pattern: /\b(party|appt|appointment|game|visit|hearing|court|meeting|session|shift|wedding|funeral|practice|class|recital|tournament|person|next|this|on|by|until|till|til|thru|through|before|after)\s+(sat|wed)\b(?=\s*(?:[.,;]|$|\s(?:am|pm|morning|night|at|and)\b))/gi, replace: (_m, lead: string, day: string) => `${lead} ${day.toLowerCase() === 'sat' ? 'Saturday' : 'Wednesday'}`, example: ['coping plan for his bday party sat.', 'coping plan for his bday party Saturday.'] },
  // "mom c/o Jaylen punched hole in door": a complaint that someone did something is "complained that".
  { pattern: /\bc\/o\s+(?=(?:[A-Z][a-z]+|he|she|they|her (?:son|daughter|brother|sister)|his (?:son|daughter|brother|sister))\s+(?:[a-z]+ed|broke|hit|threw|ran|took|stole|left|went|got|keeps|won't|refuses|will not|doesn't|does not)\b)/g, replace: 'complained that ', example: ['mom c/o Jaylen punched hole in door', 'mom complained that Jaylen punched hole in door'] },
  // "somatic c/o (stomach ache, HA)": complaints of a kind, never "somatic complained of".
  { pattern: /\b(somatic|physical|medical|pain|GI|stomach|body)\s+c\/o\b/gi, replace: (_m, kind: string) => `${kind} complaints`, example: ['somatic c/o (stomach ache, HA)', 'somatic complaints (stomach ache, HA)'] },
  // "ped r/o medical cause last month": a doctor who ruled something out has done it; "r/o ADHD" alone is still to rule out.
  { pattern: /\b(ped|peds|pediatrician|pcp|PCP|doctor|dr\.?\s+[A-Z][a-z]+|neuro|neurology|cardiology|GI|ER|ED|urgent care|oncologist|oncology)\s+r\/o\b/g, replace: (_m, who: string) => `${who} ruled out`, example: ['ped r/o medical cause last month', 'ped ruled out medical cause last month'] },
  // "ped ruled out GI": a cause ruled out, named as causes.
  { pattern: /\b(ruled out|r\/o|rule out)\s+GI\b(?!\s+(?:causes?|issues?|problems?|illness|disease|upset|bleed))/g, replace: (_m, lead: string) => `${lead} gastrointestinal causes`, example: ['ped ruled out GI', 'ped ruled out gastrointestinal causes'] },
  // "had each restate partner's pt": in couples work, the partner's point.
  { pattern: /\b((?:partner|other|each other|spouse|wife|husband)'s)\s+pt\b/gi, replace: (_m, whose: string) => `${whose} point`, example: ["had each restate partner's pt", "had each restate partner's point"] },
  // "posted on IG": Instagram, where something is posted.
  { pattern: /\b(on|posted|post|posts|via|her|his|their)\s+IG\b/g, replace: (_m, lead: string) => `${lead} Instagram`, example: ['sister posted on IG', 'sister posted on Instagram'] },
  // "body checking in mirror ++": marked, as jotted after a symptom.
  { pattern: /(?<=[a-z])\s?\+\+(?=\s|$|[.,;)])/g, replace: ' (marked)', example: ['body checking in mirror ++', 'body checking in mirror (marked)'] },
  // "C-SSRS screen: +wish to be dead, +active thoughts, -method": each item marked positive or negative.
  // ("C-SSRS screen done (+ wish to be dead, neg for active ideation)": a plus after a bracket, before what was screened, is positive.)
  { pattern: /(?<=\(\s?|[:;]\s)\+\s(?=(?:wish|passive|active)\b)/g, replace: 'positive for ', example: ['screen done (+ wish to be dead)', 'screen done (positive for wish to be dead)'] },
  // ("son Minh born 23+5", "delivered at 26+3 wks"): a gestational age in weeks and days.
  { pattern: /(?<=\b(?:born|born at|delivered|delivered at|GA|gestation|gestational age|at)\s+)(2[2-9]|3\d|4[0-2])\+([0-6])\b(?:\s*(?:wks|weeks))?/g, replace: (_m, w: string, d: string) => `${w} weeks ${d} days`, example: ['son born 23+5, died DOL 4', 'son born 23 weeks 5 days, died DOL 4'] },
  { pattern: /(?<=^|[\s(,;:])([+-])(?=(?:wish|active|passive|method|intent|plan|behaviou?r|ideation|thoughts|preparatory|prep|si|hi|nssi|sh|self-harm)\b)/gi, replace: (_m, sign: string) => (sign === '+' ? 'positive for ' : 'negative for '), example: ['C-SSRS screen: +wish to be dead, -method', 'C-SSRS screen: positive for wish to be dead, negative for method'] },
  // "Ben ETOH 2-3/night", "beer 4/day": after a drink named, the count is of drinks, never of times.
  // ("energy drinks 4-5/day": drinks of a kind keep their kind, never "energy 4 to 5 drinks".)
  { pattern: /\b((?:energy |soft |sports |protein )?drinks?|ETOH|EtOH|etoh|alcohol|beers?|wine|liquor)\s+(\d{1,2}(?:\s*-\s*\d{1,2})?)\s*\/\s*(night|day|d|wk|week)\b/g, replace: (_m, what: string, n: string, u: string) => { const count = n.replace(/\s*-\s*/, ' to '); const counted = /^(?:beers?|(?:(?:energy|soft|sports|protein) )?drinks?)$/i.test(what); const noun = counted ? (Number(n) === 1 ? what.replace(/s$/, '') : what.replace(/(?<!s)$/, 's')) : 'drinks'; return `${counted ? '' : `${what} `}${count} ${noun} per ${UNIT[u.toLowerCase()]}`; }, example: ['Ben ETOH 2-3/night', 'Ben ETOH 2 to 3 drinks per night'] },
  // "+ETOH today", "+THC": a substance found or admitted is positive for it.
  // ("narcan kits + fentanyl test strips": strips handed out, not a result.)
  // ("benzo + EtOH combo risk": a "+" between two substances joins them; it finds neither. "re: drive-bys + ETOH": spaced
  // between two things told, it joins them too.)
  { pattern: /(?<=^|[\s(,;:])(?<!(?:\)|\b(?:OD|overdose|ingestion))\s*)(?<!\b(?:benzos?|benzodiazepines?|alcohol|ETOH|EtOH|etoh|FTY|fent|MTD|opioids?|opiates?|fentanyl|THC|cannabis|cocaine|meth|meds|pills|xanax|Xanax|[a-z]+pam|wine|beer|liquor|bup|oxycodone|hydrocodone|oxy|percocet|vicodin|methadone|tramadol|morphine|heroin|[a-z]+(?:pine|zone|done|pram|tine))\s*)(?:\+|(?<=(?:^|[(,;:])\s*)\+\s+)(?=(?:ETOH|EtOH|etoh|alcohol|THC|cannabis|cocaine|opiates?|fentanyl|meth|amphetamines?|benzos?|benzodiazepines?)\b(?!\s+(?:test\s+)?(?:strips?|kits?)\b)(?!\s+(?:use\s+)?(?:increased|increasing|up|more|worse|escalating|escalated)\b))/g, replace: 'positive for ', example: ['+ETOH today, smelled of alcohol', 'positive for ETOH today, smelled of alcohol'] },
  // ("+ETOH increased": more drinking, never a positive test.)
  { pattern: /(?<=^|[\s(,;:])\+\s*(ETOH|EtOH|etoh|alcohol)\s+(?:use\s+)?(increased|increasing|up|more|worse|escalating|escalated)\b/g, replace: (_m, _a: string, how: string) => `${/^(?:worse|escalat)/.test(how) ? 'escalating' : 'increased'} alcohol use`, example: ['+ETOH increased. hopeless re: debt', 'increased alcohol use. hopeless re: debt'] },
  // "CSSRS: + wish to be dead, + active SI w/o method, - intent": a sign with a space after it, in a list.
  { pattern: /(?<=[,;:]\s?)([+-])\s(?=(?:wish|active|passive|method|intent|plan|behaviou?r|ideation|thoughts|preparatory|prep|si|hi|nssi|sh|self-harm)\b)/gi, replace: (_m, sign: string) => (sign === '+' ? 'positive for ' : 'negative for '), example: ['CSSRS: + wish to be dead, - intent', 'CSSRS: positive for wish to be dead, negative for intent'] },
  // "name 2+ body cues": a number and a plus is that many or more, never "and".
  { pattern: /\b(\d+)\+(?=\s+[a-z])(?!\s+(?:wks?|weeks?|days?|d|months?|mos?|hrs?|hours?|years?|yrs?|times|x|nights?|drinks?|beers?)\b)/g, replace: '$1 or more', example: ['name 2+ body cues', 'name 2 or more body cues'] },
  // "late wife (d. 2022)": the year she died.
  // ("pt Anjali Malhotra, d. 6 wks ago": a person named, then when they died.)
  { pattern: /(?<=[A-Z][a-z]+,\s?)d\.\s+(?=\d+\s*(?:wks?|weeks?|mos?|months?|days?|yrs?|years?)\s+ago\b|(?:19|20)\d\d\b)/g, replace: 'died ', example: ['pt Anjali Malhotra, d. 6 wks ago', 'pt Anjali Malhotra, died 6 wks ago'] },
  { pattern: /\(d\.\s*(?=\d)/g, replace: '(died ', example: ['late wife (d. 2022)', 'late wife (died 2022)'] },
  // "husband d. 4 mo ago": a relative who died.
  { pattern: new RegExp(`\\b(${oneOf(CLOSE_PEOPLE)})\\s+d\\.(?=\\s+(?:\\d|in\\b|last\\b|of\\b|on\\b|from\\b))`, 'gi'), replace: '$1 died', example: ['husband d. 4 mo ago (CHF)', 'husband died 4 mo ago (CHF)'] },
  // ("wife Lorraine d. 6 months ago": the relative named between.)
  { pattern: new RegExp(`\\b((?:${oneOf(CLOSE_PEOPLE)})\\s+[A-Z][a-z]+)\\s+d\\.(?=\\s+(?:\\d|in\\b|last\\b|of\\b|on\\b|from\\b))`, 'gi'), replace: '$1 died', example: ['wife Lorraine d. 6 months ago', 'wife Lorraine died 6 months ago'] },
  { pattern: /(?<=\bas\s+(?:a\s+|his\s+|her\s+|their\s+)?)\+1\b/gi, replace: 'plus-one', example: ['bring his sponsor as +1', 'bring his sponsor as plus-one'] },
  // "3d this week", "2d ago": days.
  { pattern: /\b(\d{1,2})d\b(?!['-])/g, replace: (_m, n) => `${n} ${n === '1' ? 'day' : 'days'}`, example: ['skipped school 3d this week', 'skipped school 3 days this week'] },
  { pattern: /(?<=\b(?:SI|HI|SH|NSSI|SIB)\b)\s*[:=]?\s*0\b(?![\d/.])/g, replace: ': none', example: ['SI 0', 'SI: none'] },
  { pattern: new RegExp(`(?<![A-Za-z/])(?:${DAY_ALT})(?:/(?:${DAY_ALT})){1,4}(?![A-Za-z/])`, 'gi'), replace: (m) => (m.split('/').length < 3 && m.split('/').every((d) => d.length <= 2) ? m : dayList(m)), example: ['clubhouse M/W/F', 'clubhouse Monday, Wednesday and Friday'] },
  // Two one-letter items ("M/F") are mother/father or male/female, not days: kept.
  { pattern: /\b([LR])-sided\b/g, replace: (_m, s) => (s === 'L' ? 'left-sided' : 'right-sided'), example: ['L-sided weakness', 'left-sided weakness'] },
  { pattern: new RegExp(`\\b([LR])\\.?\\s+(?=(?:${BODY_PARTS})\\b)`, 'g'), replace: (_m, s) => (s === 'L' ? 'left ' : 'right '), example: ['bruise L hip', 'bruise left hip'] },
  { pattern: /\b(Rt|Rte|rte)\.?\s+(?=\d)/g, replace: 'Route ', example: ['drive Rt 9', 'drive Route 9'] },
  { pattern: /#s\b/g, replace: 'numbers', example: ['crisis #s', 'crisis numbers'] },
  { pattern: /(?<!\d-)\b(\d+)\s*-\s*(\d+)\s*x\s*\/\s*(d|day|wk|week|w|mo|month|night|yr)\b/gi, replace: (_m, a, b, u) => `${a} to ${b} times per ${UNIT[u.toLowerCase()]}`, example: ['2-3x/wk', '2 to 3 times per week'] },
  // ("4-7-8 x 5 min" is the breathing pattern, not a count.)
  // ("paced breathing 4-6 x 5 min": an "x" before a length is "for", and the counts before it stay as written.)
  { pattern: /(?<!\d-)\b(\d+)\s*-\s*(\d+)\s*x\b(?!\s*\d+\s*(?:min|mins|minutes|sec|secs|seconds|rounds|cycles|breaths)\b)/gi, replace: (_m, a, b) => `${a} to ${b} times`, example: ['up 3-4x a night', 'up 3 to 4 times a night'] },
  // ("Drinking 6-8 beers/day, was 2-3/day before dx": after a count of things, the bare rate counts the same things.)
  { pattern: /\b(\d+)\s*-\s*(\d+)\s*\/\s*(wk|week|day|d|mo|month|night|yr)\b/gi, replace: (_m, a, b, u, at, whole) => `${a} to ${b} ${/\b\d+(?:\s*-\s*\d+)?\s+(drinks|beers|cans|glasses|shots|cigarettes|cigs|joints|pills|tablets|tabs|bottles|cups|packs)\b(?![\s\S]*\b\d+\s*-\s*\d+\s*\/)[^.;\n]{0,60}$/i.exec(String(whole).slice(0, Number(at)))?.[1] ?? 'times'} per ${UNIT[u.toLowerCase()]}`, example: ['panic attacks 2-3/wk', 'panic attacks 2 to 3 times per week'] },
  { pattern: /\b(si|hi|sh)\/(si|hi|sh)(?:\/(si|hi|sh))?\b/gi, replace: (m) => m.toUpperCase(), example: ['denies si/hi', 'denies SI/HI'] },
  { pattern: /\b(denies|denied|endorses|endorsed|no|passive|active|reports|current|hx of|history of)\s+(si|hi|sh)\b/gi, replace: (_m, w, r) => `${w} ${r.toUpperCase()}`, example: ['denies si', 'denies SI'] },
  { pattern: /(^|\s)w\s+(?=[a-z])/g, replace: '$1with ', example: ['w mom', 'with mom'] },
  { pattern: /\b1\s*mo\b/g, replace: '1 month', example: ['1 mo', '1 month'] },
  { pattern: /\b(last|next|this|per|a)\s+mo\b/g, replace: '$1 month', example: ['last mo', 'last month'] },
  // "Risk: low/mod": a level between two, never "low and moderate".
  { pattern: /\b(low|mod|moderate)\s*\/\s*(mod|moderate|high)\b/gi, replace: (_m, a, b) => `${a.toLowerCase() === 'mod' ? 'moderate' : a.toLowerCase()} to ${b.toLowerCase() === 'mod' ? 'moderate' : b.toLowerCase()}`, example: ['Risk: low/mod', 'Risk: low to moderate'] },
  // "he denied any si no hi": dictated in lower case after a risk word, the letters are still SI and HI.
  { pattern: /\b(denie[sd]|denying|no|any|passive|active|endorse[sd]|current|reports?|reported|positive for|negative for)\s+(si|hi)(?:\/(si|hi))?\b(?![\w'])/g, replace: (_m, lead: string, a: string, b?: string) => `${lead} ${a.toUpperCase()}${b ? `/${b.toUpperCase()}` : ''}`, example: ['he denied any si no hi', 'he denied any SI no HI'] },
  { pattern: /~\s*(?=[a-z])/gi, replace: 'approximately ', example: ['~ten', 'approximately ten'] },
  { pattern: /\s*↔\s*/g, replace: ' in relation to ', example: ['A ↔ B', 'A in relation to B'] },
  // "ref # on file" after a report: the report's reference number, never a referral.
  { pattern: /\bref\.?\s*#(?=\s|$|[.,;])/gi, replace: 'reference number', example: ['hotline report made, ref # on file', 'hotline report made, reference number on file'] },
  // ("Filed report w/ CPS hotline, ref #2291-4478": with the number after it, the same reference number.)
  { pattern: /\bref\.?\s*#\s*(?=[A-Z0-9-]*\d)/gi, replace: 'reference #', example: ['CPS hotline, ref #2291-4478', 'CPS hotline, reference #2291-4478'] },
  { pattern: /(?<=[a-z])\s+#(?=\s|$|[.,;])/g, replace: ' number', example: ['hotline #', 'hotline number'] },
  // ("SUD start 8", "SUD at worst 5", "SUD/VOC at start": a rating too, never the diagnosis.)
  { pattern: /\bSUDS?\b(?=\s*(?:\/|and|&|\+)\s*VOC\b)/g, replace: 'subjective units of distress', example: ['SUD/VOC at start', 'subjective units of distress/VOC at start'] },
  { pattern: /\bSUDS?\b(?=\s*(?:(?:of|:|=|was|rating|at|start|started|peak|peaked|initially|worst|level|down|now|went|from|began|max|to|around|about|~)\s*){0,3}\d)(?!\s*:?\s*\d+(?:\s*-\s*\d+)?\s*(?:beers?|drinks?|glasses|shots|joints|cigarettes|pills|days|times|x|per|a day|\/day|\/wk|nightly|daily))/g, replace: 'subjective units of distress', example: ['SUD 8', 'subjective units of distress 8'] },
  { pattern: /\bSUD\b/g, replace: 'substance use disorder', example: ['hx SUD', 'hx substance use disorder'] },
  // "Affect anx, congruent": after "affect" the word describes it.
  { pattern: /\b(affect|mood)\s+anx\b/gi, replace: (_m, w) => `${w} anxious`, example: ['Affect anx, congruent', 'Affect anxious, congruent'] },
  // "anxiety 7/10 -> 4/10": a rating out of 10 (or 100) keeps its scale on both sides.
  // ("fear face scale: 5/5 -> 2/5": a rating out of any top, to another out of the same.)
  // ("urges to wash ↓ from 8 → 5": the arrow says which way; its "from" is said once, with the numbers.)
  { pattern: /([↓↑])\s*from\s+(?=\d+(?:\.\d+)?\s*(?:\/\s*\d+\s*)?(?:->|→|=>))/g, replace: '$1 ', example: ['urges ↓ from 8 → 5', 'urges ↓ 8 → 5'] },
  { pattern: /\b(\d{1,3})\s*\/\s*(\d{1,3})\s*(?:->|→|=>)\s*(\d{1,3})\s*\/\s*\2(?!\d)/g, replace: (_m, a, d, b, at, whole) => `${changeVerb(a, b, whole.slice(0, Number(at)))}from ${a}/${d} to ${b}/${d}`, example: ['fear face scale: 5/5 -> 2/5', 'fear face scale: decreased from 5/5 to 2/5'] },
  { pattern: /\b(\d{1,3})\s*\/\s*(10|100)\s*(?:->|→|=>)\s*(\d{1,3})(?:\s*\/\s*(?:10|100))?(?!\d)/g, replace: (_m, a, d, b, at, whole) => `${changeVerb(a, b, whole.slice(0, Number(at)))}from ${a}/${d} to ${b}/${d}`, example: ['anxiety 7/10 -> 4/10', 'anxiety decreased from 7/10 to 4/10'] },
  // "100 -> 50mg", "5/wk -> 2/wk", "90% -> 60%": a change between two quantities.
  { pattern: /\b(\d+(?:\.\d+)?)(\s*(?:%|mg|mcg|kg|lbs?|hrs?|hours|mins?|x?\/\s?(?:wk|week|day|d|mo|month|night)))\s*(?:->|→|=>)\s*(\d+(?:\.\d+)?)(\s*(?:%|mg|mcg|kg|lbs?|hrs?|hours|mins?|x?\/\s?(?:wk|week|day|d|mo|month|night)))?/gi, replace: (_m, a, ua, b, ub, at, whole) => `${changeVerb(a, b, whole.slice(0, Number(at)))}from ${a}${ua} to ${b}${ub ?? ua}`, example: ['sertraline 100mg -> 50mg', 'sertraline decreased from 100mg to 50mg'] },
  // ("A1c 7.8->9.6": a decimal is one number, never cut at its point.)
  { pattern: /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:->|→|=>)\s*(\d+(?:\.\d+)?)(?=\s*(?:mg|%|\b))/g, replace: (_m, a, b, at, whole) => `${changeVerb(a, b, whole.slice(0, Number(at)))}from ${a} to ${b}`, example: ['SUD 8 -> 0', 'SUD decreased from 8 to 0'] },
  { pattern: /\b(\d{1,3})\s*(?:y\/o|yo|yrs? old|years?[\s-]+old)\b/gi, replace: (_m, n) => `${n}-year-old`, example: ['4 y/o daughter', '4-year-old daughter'] },
  // ("34yo Honduran F": a nationality between the age and the letter.)
  { pattern: /-year-old ((?:[A-Z][a-z]+(?:an|ese|ish|ian|i|ic|ch|ss)\s+)?)([MF])\b(?![\w-])/g, replace: (_m, origin, s) => `-year-old ${origin}${s === 'F' ? 'female' : 'male'}`, example: ['34-year-old Honduran F', '34-year-old Honduran female'] },
  // ("court next Tues (poss. of cocaine, 2nd charge)": a charge of possession, never "possible").
  { pattern: /\b([Pp])oss\.?(?=\s+of\s+(?:a\s+)?(?:cocaine|coke|heroin|meth\w*|marijuana|cannabis|controlled|drugs?|paraphernalia|weapons?|firearms?|fentanyl|narcotics|stolen|cs\b|cds\b))/g, replace: (_m: string, p: string) => `${p}ossession`, example: ['court next Tues (poss. of cocaine, 2nd charge)', 'court next Tues (possession of cocaine, 2nd charge)'] },
  // ("check w/ SANE coord re: kit timeline", "care coord aware"): after a role or an article, the coordinator; "to coord w/ PCP": the verb.
  { pattern: /\b((?:SANE|care|case|program|volunteer|intake|clinical|services|site|peer|housing|school|victim|advocate|advocacy|transition|discharge|transplant|research|trial|study|nurse|unit|patient|the|a|our|her|his|their)\s+)coord\b(?!['’]d|\.?\s+(?:w\/|with)\b)/gi, replace: '$1coordinator', example: ['check w/ SANE coord re: kit timeline', 'check w/ SANE coordinator re: kit timeline'] },
  { pattern: /\b((?:to|will|plan to|need to|needs to)\s+)coord\b(?!['’]d)/gi, replace: '$1coordinate', example: ['will coord w/ PCP', 'will coordinate w/ PCP'] },
  // ("Temp PO granted 3/4", "temp custody of kids to grandmother": an order or an arrangement for now, never a temperature.)
  { pattern: /\b([Tt])emp\.?(?=\s+(?:PO|protective order|restraining order|RO|order|custody|guardianship|placement|housing|job|work|agency|shelter|visa|status|license|ex parte)\b)/g, replace: (_m: string, t: string) => `${t}emporary`, example: ['Temp PO granted 3/4', 'Temporary PO granted 3/4'] },
  // ("temp 19F overnight forecast", "low of 8F tonight": a temperature in Fahrenheit, never an age and a sex.)
  { pattern: /\b(\d{1,2})\s?([MF])\b(?![\w-])/g, replace: (m, n, s, at, whole) => (s === 'F' && (/\b(?:temps?|temperatures?|degrees|lows?|highs?|forecast|wind ?chill|below|above|freezing|overnight|tonight|outside|weather)\b[^.;,]{0,12}$/i.test(whole.slice(Math.max(0, Number(at) - 30), Number(at))) || /^\s*(?:overnight|tonight|outside|forecast|degrees|wind ?chill|with wind|low|high)\b/i.test(whole.slice(Number(at) + m.length))) ? `${n}°F` : `${n}-year-old ${s === 'F' ? 'female' : 'male'}`), example: ['34F', '34-year-old female'] },
  { pattern: /\b(\d+)\s*x\s*\/\s*(d|day|wk|week|w|mo|month|night|yr)\b/gi, replace: (_m, n, u) => `${times(n)} per ${UNIT[u.toLowerCase()]}`, example: ['2x/wk', 'twice per week'] },
  // ("10 drinks/d", "3 beers/night": a count of drinks per day or night.)
  { pattern: /\b(\d+(?:\.\d+)?\s+(?:drinks|beers|cans|glasses|shots|cigarettes|cigs|joints|pills|tablets|cups|packs))\s*\/\s*(d|day|night|wk|week)\b/gi, replace: (_m, count: string, u: string) => `${count} per ${UNIT[u.toLowerCase()]}`, example: ['drinking 10 drinks/d', 'drinking 10 drinks per day'] },
  { pattern: /\b(\d+)\s*x\s+(?:a|per)\s+(day|wk|week|mo|month|night)\b/gi, replace: (_m, n, u) => `${times(n)} per ${UNIT[u.toLowerCase()]}`, example: ['3x a day', 'three times per day'] },
  { pattern: /\bv\s+(?=(?:angry|upset|anxious|sad|tearful|guarded|tired|low|flat|irritable|engaged|quiet|loud|bright|calm|good|bad|hard|scared|happy|worried|stressed|depressed|distressed|agitated|withdrawn|talkative|open|closed|defensive|hostile|animated|slow|fast|well)\b)/gi, replace: 'very ', example: ['v angry', 'very angry'] },
  { pattern: /(^|[\s(])x\s?(?:~\s?|approx\.?\s?)(\d+)\s+(wks?|weeks?|days?|months?|mos?|yrs?|years?)\b/gi, replace: (_m, pre, n, u) => `${pre}for approximately ${n} ${u}`, example: ['x ~4 mo', 'for approximately 4 mo'] },
  // "clings x10-15 min": a range of time, not a count.
  { pattern: /(^|[\s(])x\s?(\d+)\s?-\s?(\d+)\s*(wks?|weeks?|days?|months?|mos?|mins?|minutes?|hrs?|hours?)\b/gi, replace: (_m, pre, a, b, u) => `${pre}for ${a}-${b} ${u}`, example: ['clings x10-15 min', 'clings for 10-15 min'] },
  // "Sep anx": separation anxiety, never September.
  { pattern: /\bsep\.?(?=\s+(?:anx|anxiety)\b)/gi, replace: (m) => (m[0] === 'S' ? 'Separation' : 'separation'), example: ['Sep anx, clings at drop-off', 'Separation anx, clings at drop-off'] },
  // "risperidone SEs": side effects.
  { pattern: /\bSEs\b/g, replace: 'side effects', example: ['no risperidone SEs', 'no risperidone side effects'] },
  { pattern: /(^|[\s(])x\s?(\d+)\s*(wks?|weeks?|days?|nights?|months?|mos?|yrs?|years?|mins?|minutes?|hrs?|hours?)\b/gi, replace: (_m, pre, n, u) => `${pre}for ${n} ${u}`, example: ['left room x5 min', 'left room for 5 min'] },
  // ("interrupted ~5x early on": about so many times.)
  { pattern: /(^|[\s(~])(\d+)x\b/g, replace: (_m, pre, n) => `${pre === '~' ? 'approximately ' : pre}${times(n)}`, example: ['did it 2x', 'did it twice'] },
  // "Firearms x3 in home": three of the thing before it.
  { pattern: /\b(firearms|guns|rifles|handguns|pistols|shotguns|knives|bottles|kids|children|dogs|cats)\s+x\s?(\d+)\b/gi, replace: (_m, noun, n) => `${n} ${noun.toLowerCase()}`, example: ['Firearms x3 in home', '3 firearms in home'] },
  // ("stent x2", "ICD shock x3", "fall x2": a count of things or events named in the singular, never "stent twice".)
  { pattern: /\b(stent|graft|drain|lesion|incision|shock|seizure|fall|fracture|tumor|nodule|polyp)\s+x\s?(\d+)\b/gi, replace: (_m, noun: string, n: string) => `${n} ${noun.toLowerCase()}s`, example: ['after MI (stent x2, LAD)', 'after MI (2 stents, LAD)'] },
  // "exposure x3 trials": a count of the noun after it, not "three times trials".
  { pattern: /(^|[\s(])x\s?(\d+)\s+(trials?|sets?|reps?|rounds?|sessions?|attempts?|episodes?|exposures?|cycles?)\b/g, replace: (_m, pre, n, noun) => `${pre}(${n} ${noun})`, example: ['exposure x3 trials', 'exposure (3 trials)'] },
  // ("cut her forearms x3-4 times": a count given as a range, never "three times-4 times".)
  { pattern: /(^|[\s(])x\s?(\d+)\s?-\s?(\d+)(?:\s+times\b)?/g, replace: (_m, pre, a, b) => `${pre}${a}-${b} times`, example: ['cut x3-4 times at age 12', 'cut 3-4 times at age 12'] },
  { pattern: /(^|[\s(])x(\d+)\b/g, replace: (_m, pre, n) => `${pre}${times(n)}`, example: ['x2', 'twice'] },
  { pattern: /\bq\.?\s?(wk|week|day|mo|month|night|am|pm)\b/gi, replace: (_m, u) => (/^(am|pm)$/i.test(u) ? `every ${u.toLowerCase() === 'am' ? 'morning' : 'evening'}` : `every ${UNIT[u.toLowerCase()]}`), example: ['q wk', 'every week'] },
  // "q15 checks", "on q15": the unit's observation checks, every so many minutes.
  { pattern: /\bq\s?(5|10|15|30)(?:\s?(?:min|mins|minutes))?\s+(checks?|obs|observations?|safety checks?|rounds)\b/gi, replace: (_m, n: string, what: string) => `${n}-minute ${what.toLowerCase() === 'obs' ? 'observations' : what}`, example: ['on q15 checks', 'on 15-minute checks'] },
  { pattern: /\bq\s?(5|10|15|30)\s+(?:cont|cont'd|continued|continues|continue)\b/gi, replace: (_m, n: string) => `${n}-minute checks continued`, example: ['MI re: sobriety, q15 cont, MD aware', 'MI re: sobriety, 15-minute checks continued, MD aware'] },
  { pattern: /\b([Oo]n|[Oo]ff|[Rr]emains on|[Cc]ontinue|[Cc]ont)\s+q\s?(5|10|15|30)\b(?!\s*-?\s*(?:min|mins|minutes|checks?|obs|observations?))/g, replace: (_m, lead: string, n: string) => `${lead} ${n}-minute checks`, example: ['On q15.', 'On 15-minute checks.'] },
  // ("Q10 on EPDS scored 0": a question of an instrument named after it is its item, never a dose's interval.)
  { pattern: /\bQ\s?(\d{1,2})\s+(?:on|of|from)\s+(?:the\s+)?(EPDS|PHQ-?9|PHQ-?A|GAD-?7|PCL-?5|C-?SSRS|BDI(?:-II)?)\b/gi, replace: (_m, n: string, scale: string) => `item ${n} of the ${scale}`, example: ['Q10 on EPDS scored 0', 'item 10 of the EPDS scored 0'] },
  // "q15 checks" is every 15 minutes; "Q10 endorsed" after an instrument is its item 10, kept as written.
  // ("CSSRS: yes to Q1-Q5": items counted from one to another are items too.)
  { pattern: /(?<!\b(?:EPDS|PHQ-?9|PHQ-?A|GAD-?7|PCL-?5|C-?SSRS|BDI(?:-II)?|item|items)\b[^.;]{0,20})(?<!\bq\s?\d{1,2}\s?(?:-|–|to|through|thru)\s?)\bq\s?(5|10|15|30)(?!\s?(?:-|–|to|through|thru)\s?q\s?\d)(?:\s?(?:min|mins|minutes))?\b(?!\s?(wks?|weeks?|days?|mos?|months?))(?!\s+(?:yes|no|endorsed|positive|negative|answered|scored|=|:)\b)(?!\s*[=:])/gi, replace: (_m, n) => `every ${n} minutes`, example: ['q15 checks', 'every 15 minutes checks'] },
  // ("pumping q3h", "feeds q2-3h"): every so many hours.
  { pattern: /\bq\s?([1-9]|1[0-2])(?:\s?-\s?([2-9]|1[0-2]))?\s?(?:h|hr|hrs)\b/gi, replace: (_m, a: string, b: string | undefined) => (b ? `every ${a} to ${b} hours` : a === '1' ? 'every hour' : `every ${a} hours`), example: ['pumping q3h', 'pumping every 3 hours'] },
  // ("lost housing, now in a 2BR with her sister"): a flat by its bedrooms.
  { pattern: /\b([1-5])\s?BR\b/g, replace: (_m, n: string) => `${['', 'one', 'two', 'three', 'four', 'five'][Number(n)]}-bedroom`, example: ['in a 2BR with her sister', 'in a two-bedroom with her sister'] },
  // Dictation drops apostrophes: "cant get back to sleep", "its been six months".
  { pattern: /\b(can|don|doesn|didn|isn|wasn|won|couldn|wouldn|shouldn|hasn|haven|hadn|aren|weren)t\b/g, replace: (_m, w: string) => `${w}'t`, example: ['cant get back to sleep', "can't get back to sleep"] },
  { pattern: /\bits(?=\s+(?:been|not|like|hard|just|getting|going|okay|ok|fine|too|so|really|always|never|kind|the|a|an|more|less|better|worse|all|over|because|when)\b)/g, replace: "it's", example: ['its been about six months', "it's been about six months"] },
  { pattern: /\b(she|he|they|you|we)(s|re|ve|ll|d)\b(?<=\b(?:shes|hes|theyre|youre|weve|theyve|youve|theyll|youll|theyd|youd))/g, replace: (m: string) => m.replace(/^(she|he|they|you|we)/, "$1'"), example: ['shes been sad', "she's been sad"] },
  // Dictation writes names and days in lower case: "mrs hollis", "on sundays", "in march".
  // "coordinate w PCP re PT/home safety eval": physical therapy beside another service, never the patient.
  { pattern: /\bPT(?=\/(?:home|ST|speech|fall|gait|balance|rehab))/g, replace: 'physical therapy', example: ['coordinate w PCP re PT/home safety eval', 'coordinate w PCP re physical therapy/home safety eval'] },
  { pattern: /\b(?:dr|Dr|DR|MD|prescriber|psychiatrist|PCP|pcp)\.?\s+(aware)\b(?!\s+(?:of|that|about|re)\b)/g, replace: (m: string, state: string) => `${/^(?:pcp|PCP)/.test(m) ? 'PCP' : /^(?:prescriber|psychiatrist)/i.test(m) ? m.split(/\s+/)[0]!.toLowerCase().replace(/^/, 'the ') : 'the doctor'} is ${state}`, example: ['tremor worse, dr aware, dose not changed', 'tremor worse, the doctor is aware, dose not changed'] },
  // "doesnt know where dr lives": a doctor named by role, before a verb, is "the doctor", never "Dr. Lives"; so is "dr aware".)
  { pattern: /\bdr\.?(?=\s+(?:aware|notified|informed|updated|contacted|consulted|agrees|ok'd|okayed|lives|lived|is|was|has|had|will|would|wants|wanted|thinks|thought|asked|asks|agreed|agrees|plans|planned|increased|decreased|stopped|started|ordered|changed|switched|noted|reviewed|did|does|knows|knew|called|calls|recommended|recommends|prescribed|prescribes|put|gave|told|wrote|sent|can|could|should|may|might|office|appointment|appt|visit)\b)/g, replace: (_m: string, offset: unknown, whole: unknown) => (/\b(?:the|a|his|her|their|my|your|our|that|this)\s+$/i.test(String(whole).slice(0, Number(offset))) ? 'doctor' : 'the doctor'), example: ['no weapons, doesnt know where dr lives', 'no weapons, doesnt know where the doctor lives'] },
  { pattern: /\b(mrs|mr|ms|dr)\.?\s+([a-z]{2,})\b(?!\s+(?:and|or|said|says)\b)/g, replace: (_m, title: string, name: string) => `${title[0]!.toUpperCase()}${title.slice(1)}. ${name[0]!.toUpperCase()}${name.slice(1)}`, example: ['session with mrs hollis', 'session with Mrs. Hollis'] },
  { pattern: /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(s?)\b/g, replace: (_m, day: string, s: string) => `${day[0]!.toUpperCase()}${day.slice(1)}${s}`, example: ['checks on her sundays', 'checks on her Sundays'] },
  { pattern: /\b(in|since|last|this|next|until|by|early|late|mid|of)\s+(january|february|march|april|june|july|august|september|october|november|december)\b/g, replace: (_m, lead: string, month: string) => `${lead} ${month[0]!.toUpperCase()}${month.slice(1)}`, example: ['since her husband passed in march', 'since her husband passed in March'] },
  // "Sat w/ Ruth at bedside ~40 min": sitting with someone, never Saturday (the lower case keeps the day's shorthand off it).
  { pattern: /(?<!\b(?:plans?|on|this|next|for|until|till|by|before|after|party|visit|appt|appointment|over|since)\s)\bSat(?=\s+(?:w\/|(?:with|beside|by (?:her|his|the)|at (?:the )?bedside|quietly|together|in silence|back down|back|down|up|alone|next to|in (?:the|his|her|a) (?:corner|chair|car|hall|hallway))\b))/g, replace: 'sat', example: ['Sat w/ Ruth at bedside', 'sat w/ Ruth at bedside'] },
  // "Sat. appointments": a day's short form with its full stop, inside a sentence.
  { pattern: new RegExp(`\\b(Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\\.(?=\\s+${DAY_NOUNS}\\b)`, 'g'), replace: (_m, d) => DAY[d.toLowerCase()] ?? d, example: ['driving her to Sat. appointments', 'driving her to Saturday appointments'] },
  // "Fam sx w/ 15yo": after a kind of session, "sx" is the session, not symptoms.
  // ("During sx H stated ...", "later in sx": a time within the session.)
  { pattern: /\b(fam|family|indiv|individual|couples|cpl|couple|group|grp|next|last|this|today's|1st|2nd|3rd|first|second|third|during|later in|early in|end of|start of)\s+sx\b/gi, replace: (_m, kind) => `${kind} session`, example: ['Fam sx w/ 15yo F', 'Fam session w/ 15yo F'] },
  // ("Ind 30 min w/ Keisha W."): opening a line before its minutes or its session, "Ind" is an individual session.
  { pattern: /(?<=^|\n)(\s*)(?:Ind|IND|ind)\.?(?=\s+(?:\d{2,3}\s*-?\s*(?:min|mins|minutes|m)\b|(?:session|sess|tx|therapy|f\/u|follow[- ]?up)\b|w\/))/g, replace: '$1Indiv', example: ['Ind 30 min w/ Keisha W.', 'Indiv 30 min w/ Keisha W.'] },
  // ("debrief after death of 6yo pt during code", "another pt's family"): a patient who died, or another one, is never the client.
  { pattern: /(?<=\b(?:death of|loss of|died,?|coded,?|another|each|every|a|an)\s+(?:(?:a|an|the|their|our)\s+)?(?:\d{1,2}\s*-?\s*(?:yo|y\/o|year[- ]old|mo|month[- ]old)\s+)?)pts?\b(?!\s+(?:reports?|said|says|states?|denies|denied|endorses|endorsed)\b)/g, replace: (m: string) => (m === 'pts' ? 'patients' : 'patient'), example: ['debrief after death of 6yo pt Sat night', 'debrief after death of 6yo patient Sat night'] },
  // ("modeled feelings signs MAD, SAD, SCARED, TIRED"): a sign glossed in capitals among others is the word, never social
  // anxiety disorder (the word joiner keeps the shorthand off it and is taken out after).
  { pattern: /\bSAD\b(?=\s*,\s*[A-Z]{3,}\b)|(?<=\b[A-Z]{3,}\s*,\s*)SAD\b/g, replace: 'S\u2060AD', example: ['signs MAD, SAD, SCARED', 'signs MAD, S\u2060AD, SCARED'] },
  // ("after 3rd hosp this yr"): a hospitalization counted.
  { pattern: /\b(\d(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+hosp\b(?!ital)/gi, replace: '$1 hospitalization', example: ['after 3rd hosp this yr', 'after 3rd hospitalization this yr'] },
  // ("charge RN, tele unit"): a hospital's telemetry unit, never telehealth.
  { pattern: /\btele(?=\s+(?:unit|floor|nurse|nursing|RN|tech|monitor|monitoring|bed)\b)/gi, replace: 'telemetry', example: ['45F charge RN, tele unit', '45F charge RN, telemetry unit'] },
  // ("No legal currently, probation ended 2023"): "legal" jotted alone is the client's legal issues.
  { pattern: /\b([Nn]o) legal(?=\s*(?:[,.;]|$|\s+(?:currently|now|at this time|hx|history|pending|today|since)\b))/g, replace: '$1 legal issues', example: ['No legal currently, probation ended 2023.', 'No legal issues currently, probation ended 2023.'] },
  // ("Narcan kit given + trained"): the kit handed over, and the client taught to use it.
  { pattern: /\b((?:narcan|naloxone)(?:\s+kit)?)\s+(?:was\s+)?given\s*(?:\+|&|and)\s*trained\b/gi, replace: '$1 given, with training in its use', example: ['Narcan kit given + trained.', 'Narcan kit given, with training in its use.'] },
  // ("ASAM: 1.0-OP w/ MOUD appropriate, dim 1 high, dim 5 high"): the ASAM criteria's dimensions, by number.
  { pattern: /\bdim\.?\s+([1-6])\b/gi, replace: 'dimension $1', example: ['ASAM 2.1, dim 1 high, dim 5 high', 'ASAM 2.1, dimension 1 high, dimension 5 high'] },
  // ("27 y/o AA female"): after an age and before a sex, "AA" is the client's race, never Alcoholics Anonymous.
  { pattern: /(\b\d{1,3}\s*-?\s*(?:y\/o|yo|y\.o\.|year[- ]old|yr[- ]old)\s+)AA(?=\s+(?:female|male|woman|man|F|M|veteran|vet|mother|father)\b)/g, replace: '$1African American', example: ['27 y/o AA female, Army vet', '27 y/o African American female, Army vet'] },
  // ("SUDs: alcohol, cannabis"): the substance use disorders, listed by substance, never distress ratings.
  { pattern: /\bSUDs?(?=\s*[:=-]\s*(?:alcohol|etoh|ETOH|opioids?|opiates?|cannabis|marijuana|THC|meth|methamphetamine|cocaine|stimulants?|benzos?|benzodiazepines?|nicotine|tobacco|heroin|fentanyl|polysubstance|none)\b)/g, replace: 'substance use disorders', example: ['SUDs: alcohol - a few drinks most nights', 'substance use disorders: alcohol - a few drinks most nights'] },
  // ("Y-BOCS 28 (obs 14, comp 14)"): the scale's two subscales are the obsessions and the compulsions.
  { pattern: /\b((?:C|CY)?-?Y-?BOCS(?:-II)?\s*(?:=|:|of|was|is)?\s*\d{1,2}\s*\(\s*)obs(?:essions?)?\.?\s*(?:=|:)?\s*(\d{1,2})\s*[,;/]\s*comp(?:ulsions?)?\.?\s*(?:=|:)?\s*(\d{1,2})\s*\)/gi, replace: (_m, lead: string, o: string, c: string) => `${lead}obsessions ${o}, compulsions ${c})`, example: ['Y-BOCS 28 (obs 14, comp 14)', 'Y-BOCS 28 (obsessions 14, compulsions 14)'] },
  // ("CICO this am + pm", "seen AM and PM"): the morning and the afternoon, said in words.
  { pattern: /\b(this\s+|today\s+|each\s+|every\s+)?(?:AM|a\.m\.)\s*(?:\+|&|and)\s*(?:PM|p\.m\.)(?![\w.])/gi, replace: (_m, lead: string | undefined) => `${lead ?? ''}morning and afternoon`, example: ['CICO this am + pm', 'CICO this morning and afternoon'] },
  // "check in tomorrow AM": the morning, said in words.
  { pattern: /\b(tomorrow|today|this|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:AM|a\.m\.)(?![\w.])/gi, replace: (_m, day) => `${day} morning`, example: ['check in tomorrow AM', 'check in tomorrow morning'] },
  // "q2wk": every 2 weeks, the unit plural after a number above one.
  // ("shift bedtime 15 min earlier q3 nights": every third night, the same.)
  { pattern: /\bq\s?(\d+)\s?(wks?|weeks?|days?|d|mos?|months?|nights?|sessions?)\b/gi, replace: (_m, n, u) => `every ${n} ${n === '1' ? UNIT[u.toLowerCase().replace(/s$/, '')] ?? u : `${UNIT[u.toLowerCase().replace(/s$/, '')] ?? u.replace(/s$/, '')}s`}`, example: ['q2wks', 'every 2 weeks'] },
  { pattern: /\blet's\b/gi, replace: 'therapist and client will', example: ["let's review", 'therapist and client will review'] },
  // "f/u 1wk", "sober 3wks", "3mos ago": a number joined to its unit, spelled out with the unit's own number.
  { pattern: /(?<![\w/.])(\d{1,3}(?:-\d{1,3})?)(wks?|mos|hrs|yrs)\b/gi, replace: (_m, n: string, u: string) => `${n} ${UNIT[u.toLowerCase().replace(/s$/, '')] ?? u}${n === '1' ? '' : 's'}`, example: ['f/u 1wk, sober 3wks', 'f/u 1 week, sober 3 weeks'] },
  // "sleeping ~6h", "slept 4-5h": hours slept (never "q6h", a dosing interval).
  { pattern: /(?<=(?:\b(?:sleep|sleeping|slept|sleeps|approximately|about)|~)\s*)(\d{1,2}(?:\.\d)?(?:-\d{1,2})?)\s?h\b(?!\s*\/)/gi, replace: (_m, n) => `${n} hours`, example: ['sleeping ~6h', 'sleeping ~6 hours'] },
  // "sleep 5h/night": hours per night.
  { pattern: /\b(\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?)\s?h(?:rs?)?\s*\/\s*(night|day|d|wk|week)\b/gi, replace: (_m, n, u) => `${n} hours per ${UNIT[u.toLowerCase()]}`, example: ['sleep 5h/night', 'sleep 5 hours per night'] },
  { pattern: /(?<=\d|nights?|times|hrs|hours|days|episodes|sessions)\/(d|day|wk|week|mo|month|night|session|sess)\b/gi, replace: (_m, u) => ` per ${UNIT[u.toLowerCase()]}`, example: ['4-5 nights/wk', '4-5 nights per week'] },
  { pattern: /\s*<->\s*/g, replace: ' in relation to ', example: ['perfectionism <-> anxiety', 'perfectionism in relation to anxiety'] },
  // "Asked directly -> thinking about it daily": the arrow after a question gives its answer; after a screen, its result.
  { pattern: /(?<=\b(?:asked|asked (?:directly|about it|her|him|them)|screened|inquired|checked|completed|administered|done))\s*(?:->|=>|→|-->)\s*/gi, replace: ': ', example: ['Asked directly -> thinking about it daily', 'Asked directly: thinking about it daily'] },
  // "cont. weekly": continue, its full stop an abbreviation's.
  { pattern: /\bcont\.(?=\s+[a-z])/gi, replace: (m) => (m[0] === 'C' ? 'Continue' : 'continue'), example: ['cont. weekly', 'continue weekly'] },
  // "crisis walk in": a walk-in, one word, so "in" is not read as a place.
  { pattern: /\b(crisis|a|the|emergency|same-day)\s+walk\s+in\b/gi, replace: (_m, lead: string) => `${lead} walk-in`, example: ['crisis walk in um client is', 'crisis walk-in um client is'] },
  // "bio sister", "bio dad": biological family, not biology.
  { pattern: /\bbio(?=\s+(?:mom|mother|dad|father|parents?|family|sister|brother|siblings?|son|daughter|kids|children|grandma|grandmother|grandpa|grandfather|home|household|relatives?|parent's)\b)/gi, replace: 'biological', example: ['misses bio sister', 'misses biological sister'] },
  // "chain analysis on Fri argument -> vulnerability factors: no sleep": what the work found, under its own label.
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=(?:[a-z]+\s+){0,2}[a-z]+:\s)/gi, replace: '; ', example: ['chain analysis -> vulnerability factors: no sleep', 'chain analysis; vulnerability factors: no sleep'] },
  // ("video -> phone @ 20 min": the session moved from one means to another, at a minute of it.)
  { pattern: /\b(video|zoom|telehealth|in[- ]person|phone|telephone|audio)\s*(?:->|=>|→|-->)\s*(phone|telephone|audio(?: only)?|video|zoom)\b(?:\s*(?:@|at)\s*(?:~\s*)?(\d{1,3})\s*(?:min|mins|minutes|m)\b)?/gi, replace: (_m, from: string, to: string, at?: string) => `switched from ${from.toLowerCase()} to ${to.toLowerCase()}${at ? ` at minute ${at}` : ''}`, example: ['video -> phone @ 20 min', 'switched from video to phone at minute 20'] },
  // ('reframed "I'm weak" → "I'm practicing"': one thought put in place of another.)
  { pattern: /(["”]|⟦\d+⟧)\s*(?:->|=>|→|-->)\s*(?=["“]|⟦\d+⟧)/g, replace: '$1 to ', example: ['reframed "I\'m weak" → "I\'m practicing"', 'reframed "I\'m weak" to "I\'m practicing"'] },
  // "weekly -> 2x/wk", "checking daily -> 2x/wk": a change of frequency, from one to the other.
  { pattern: /\b(daily|nightly|every day|twice daily|weekly|biweekly|bi-weekly|monthly|every other week|twice weekly|\d+x\s*\/\s*(?:d|day|wk|week|mo|month))\s*(?:->|=>|→|-->)\s*/gi, replace: (_m, from: string) => `from ${from} to `, example: ['weekly -> 2x/wk for 2 wks', 'from weekly to 2x/wk for 2 wks'] },
  // "if specific threat -> 911": what to do if it happens.
  { pattern: /\b(if|when|should)\b([^.;,>→]{1,60}?)\s*(?:->|=>|→|-->)\s*/gi, replace: (_m, cond: string, what: string) => `${cond}${what}, then `, example: ['if specific threat -> 911', 'if specific threat, then 911'] },
  // "MI re alcohol -> pt willing to cut", "asked -> Mateo denied both": someone's next act is its own statement.
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=(?:pt|client|patient|she|he|they|we|I|[A-Z][a-z]+)\s+[a-z])/g, replace: '; ', example: ['MI re alcohol -> pt willing to cut to 2/night', 'MI re alcohol; pt willing to cut to 2/night'] },
  // "exhausted -> withdraws": before a verb the arrow is what follows, not a cause of a noun.
  // "grades dropped B's -> D's": one letter grade to another.
  { pattern: /(?:\bfrom\s+)?\b([A-F][+-]?(?:'s|s)?)\s*(?:->|=>|→|-->)\s*([A-F][+-]?(?:'s|s)?)(?![\w'])/g, replace: 'from $1 to $2', example: ["grades dropped B's -> D's", "grades dropped from B's to D's"] },
  // ("SUD start 8 -> end 3", "SUDS pre 7 -> post 2"): a rating at the start and at the end, said as such.
  { pattern: /\b(?:start|beginning|pre)\s+(\d{1,3})\s*(?:->|=>|→|-->)\s*(?:end|post)\s+(\d{1,3})\b/gi, replace: (_m, a: string, b: string) => `${a} at the start and ${b} at the end`, example: ['SUD start 8 -> end 3', 'SUD 8 at the start and 3 at the end'] },
  // "consulted re duty to warn -> threshold not met": an arrow to a finding gives the conclusion, never "leading to".
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=(?:threshold|criteria|not met|met|did not meet|does not meet|not indicated|indicated|declined|accepted|agreed|negative|positive|cleared|admitted|discharged)\b)/g, replace: ': ', example: ['re duty to warn -> threshold not met', 're duty to warn: threshold not met'] },
  // ("re sertraline 50 -> consider incr": an arrow to a step still to weigh or take is that step, never "leading to consider".)
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=(?:consider|considering|discuss|recommend|recommended|refer|reassess|re-?eval\w*|titrate|trial|try|flag|flagged|notify|notified|call|email|alert|alerted)\b)/g, replace: '; ', example: ['re sertraline 50 -> consider incr', 're sertraline 50; consider incr'] },
  // ("Risk high -> mitigated to moderate w/ sister present": an arrow to a level brought down is the level then, never "leading to".)
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=(?:mitigated|reduced|lowered|decreased|brought down|down)\s+to\b)/g, replace: ', ', example: ['Risk high -> mitigated to moderate', 'Risk high, mitigated to moderate'] },
  // ("in a controlled environment -> now community": an arrow to "now" is how things stand since, never "leading to now".)
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=now\b)/g, replace: ', ', example: ['sober in controlled env -> now community', 'sober in controlled env, now community'] },
  // "rubber band -> no, we swapped to ice": an arrow to a bare "no" rules the thing out, never "leading to no".
  { pattern: /(?<!\b(?:SI|HI|SH|NSSI|SIB|intent|plan|means|ideation|urges?|thoughts)\s*)\s*(?:->|=>|→|-->)\s*(?:no|nope|not that|ruled out)\b,?/g, replace: ': ruled out,', example: ['rubber band -> no, swapped to ice', 'rubber band: ruled out, swapped to ice'] },
  { pattern: /\s*(?:->|=>|→|-->)\s*(?=([a-z]+)\b)/g, replace: (_m, next: string) => (/^[a-z]{3,}(?:s|ed)$/.test(next) && verbForms(next) && (verbForms(next)!.third === next || verbForms(next)!.past === next) && !/(?:ness|ess|ss|ics|us|is)$/.test(next) ? ', then ' : ' leading to '), example: ['exhausted from night shifts -> withdraws', 'exhausted from night shifts, then withdraws'] },
  { pattern: /\s*(?:->|=>|→|-->)\s*/g, replace: ' leading to ', example: ['deadline -> worry', 'deadline leading to worry'] },
  // "rec inpt psych admission": a recommendation, before what is recommended (never recreation).
  { pattern: /\brec\b(?=\s+(?:inpt|inpatient|admission|admit|higher|IOP|PHP|outpatient|f\/u|follow|continued|cont|weekly|biweekly|eval|evaluation|referral|meds|medication|therapy|tx|psych|DBT|CBT|group|level|PCP|primary|MD|doctor|labs|sleep study|psychiatry|AA|NA|SMART))/gi, replace: (m) => (m[0] === 'R' ? 'Recommend' : 'recommend'), example: ['rec inpt psych admission', 'recommend inpt psych admission'] },
  // "stuck pt" in cognitive processing therapy is a stuck point, never a stuck patient.
  { pattern: /\bstuck\s+pt(s?)\b/gi, replace: (_m, s: string) => `stuck point${s}`, example: ['identified stuck pt re: blame', 'identified stuck point re: blame'] },
  // "passive SI x1 mo": one month, not "1 months".
  { pattern: /(?<=(?:\b|x)(?:1|one|a)\s?)mo\b(?!\/)/g, replace: 'month', example: ['x1 mo', 'x1 month'] },
  // "work stress ↑" at the start of a jotted item: the whole noun phrase increased.
  { pattern: /(^|[,;:(]\s*|-\s+)([a-z][a-z-]+\s+[a-z][a-z-]+)\s*↑(?!\s*[a-z])/gi, replace: (_m, pre, w) => `${pre}increased ${w}`, example: ['- work stress ↑, new mgr', '- increased work stress, new mgr'] },
  { pattern: /(\b[a-z][a-z-]+)\s*↑(?!\s*[a-z])/gi, replace: (_m, w) => `increase in ${w}`, example: ['call PCP re: sertraline ↑', 'call PCP re: increase in sertraline'] },
  { pattern: /↑\s*/g, replace: 'increased ', example: ['↑ anx', 'increased anx'] },
  { pattern: /↓\s*/g, replace: 'decreased ', example: ['↓ sleep', 'decreased sleep'] },
  { pattern: /Δ\s*/g, replace: 'change in ', example: ['Δ meds', 'change in meds'] },
  // "? increase to 1:1": a plan item with a question mark before it is being considered, never ordered (the mark is
  // "¿" by then: normalize-text.ts keeps it from ending the sentence).
  { pattern: new RegExp(String.raw`[?¿]\s*(?=(?:${CONSIDERED_STEPS})\b)`, 'gi'), replace: 'consider ', example: ['MD notified, ¿ increase to 1:1', 'MD notified, consider increase to 1:1'] },
  // "no c/o tremor": no complaints of it, never "no complained of".
  { pattern: /\b([Nn]o|[Dd]enies|[Dd]enied)\s+c\/o\b/g, replace: '$1 complaints of', example: ['lithium, no c/o tremor', 'lithium, no complaints of tremor'] },
  // "email HR/occupational health": human resources beside another office of the employer.
  { pattern: /\bHR\s*\/\s*(?=(?:occupational|OH|payroll|benefits|EAP|manager|supervisor|leave|FMLA|union)\b)/g, replace: 'human resources and ', example: ['will email HR/occupational health', 'will email human resources and occupational health'] },
  // ("Video froze x2 ~10 min lost": the minutes a connection lost are an aside to what happened, never the session's length.)
  { pattern: /\s*(?:~\s*|\babout\s+|\bapprox\.?\s+)(\d{1,3})\s*(?:min|mins|minutes)\s+(lost)\b/gi, replace: (_m, n, lost) => ` (about ${n} minutes ${lost})`, example: ['Video froze x2 ~10 min lost', 'Video froze x2 (about 10 minutes lost)'] },
  { pattern: /~\s*(?=\d)/g, replace: 'approximately ', example: ['~2 wks', 'approximately 2 wks'] },
  // ("~2x/wk", made "~twice per week" above: the tilde still says about.)
  { pattern: /~\s*(?=(?:once|twice|three times|four times|daily|weekly|nightly)\b)/g, replace: 'approximately ', example: ['~twice per week', 'approximately twice per week'] },
  // "called the line at 2040", "f/u call 0900 tomorrow", "back on unit 2215 hrs": a 24-hour time is said as a clock time, as the
  // session's hours are ("in 2019", "around 2015" stay years: only "at", a leading zero or "hrs" marks the clock).
  { pattern: /(?:(?<=\b(?:at|@)\s*)|(?<=\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+|\b(?:arrived|left|called|came|ended|started|seen)\s+)(?!(?:19[5-9]\d|20[0-3]\d)\b)(?=(?:[01]\d|2[0-3])[0-5]\d\b)|(?<![\w#$./:-])(?=0\d[0-5]\d(?![\d/:-]))|(?<![\w#$./:-])(?=(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours|h)\b))([01]\d|2[0-3])([0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?![\d/:%-]|\s*(?:mg|mcg|ml|lbs?|kg|dollars|calories|kcal|steps|words|feet|ft|miles|mi)\b)/gi, replace: (_m, h: string, m: string) => twelveHour(Number(h), Number(m)), example: ['called the crisis line at 2040', 'called the crisis line at 8:40 pm'] },
  { pattern: /(^|\s)<\s*(?=\d)/g, replace: '$1less than ', example: ['<4 hrs', 'less than 4 hrs'] },
  { pattern: /(^|\s)>\s*(?=\d)/g, replace: '$1more than ', example: ['>2 hrs', 'more than 2 hrs'] },
  { pattern: /\b(\d+)\+\s*(wks?|weeks?|days?|months?|mos?|hrs?|hours?|times|years?|yrs?)\b/g, replace: (_m, n, u) => `${n} ${u} or more`, example: ['signs for 2+ wks', 'signs for 2 wks or more'] },
  // ("orthostatic +22", "wt +0.4 kg": a signed change in a vital sign or weight keeps its sign.)
  // ("PCP checking K+ next wk", "Na+ low": an electrolyte written with its charge is that electrolyte, never "K and next".)
  { pattern: /\b(K|Na|Ca|Mg)\+(?=\s|[.,;)]|$)/g, replace: (_m, ion: string) => ({ K: 'potassium', Na: 'sodium', Ca: 'calcium', Mg: 'magnesium' } as Record<string, string>)[ion]!, example: ['PCP checking K+ next wk', 'PCP checking potassium next wk'] },
  // ("dx HIV+ 9 days ago", "partner tested HIV+ last week": a plus joined to an infection or a test's name is its result, positive.)
  { pattern: new RegExp(String.raw`\b(${TESTED_FOR}(?:-19)?)\+(?=\s|[.,;:)]|$)`, 'g'), replace: '$1-positive', example: ['partner told him he tested HIV+ last week', 'partner told him he tested HIV-positive last week'] },
  // ("partner Kevin (HIV-, on PrEP)": a minus joined the same way is negative.)
  { pattern: new RegExp(String.raw`\b(${TESTED_FOR})-(?=\s|[,;:)]|\.(?!\w)|$)`, 'g'), replace: '$1-negative', example: ['partner Kevin (HIV-, on PrEP)', 'partner Kevin (HIV-negative, on PrEP)'] },
  // ("PO reports +UA for meth 5/3": a plus joined to a test is its result, positive; "attendance + UA results", spaced, is "and".)
  { pattern: /(?<=\s|^)\+(?=(?:UA|UDS|utox|tox|drug screen|urine|breathalyzer|BAC|EtG|test|screen|result)\b)/gi, replace: 'positive ', example: ['PO reports +UA for meth 5/3', 'PO reports positive UA for meth 5/3'] },
  // ("CAM neg today, was + on day 3": a plus after the verb is the result, positive.)
  { pattern: /\b(was|were|is|are|now|initially|previously|still)\s*\+(?=\s|[,.;)]|$)/g, replace: '$1 positive', example: ['CAM neg today, was + on day 3', 'CAM neg today, was positive on day 3'] },
  // ("THP+ bed", "LGBTQ+ youth": a plus joined to a program's or a community's letters is part of the name.)
  { pattern: /\b(THP|LGBTQ|LGBTQIA|LGBT|2SLGBTQ|ICD-10|Medicare|Medi-Cal)\+(?=\s)/g, replace: '$1\u2060+', example: ['approved for THP+ bed', 'approved for THP\u2060+ bed'] },
  { pattern: /(?<=\S)(?<!\b(?:orthostatics?|orthostatic changes?|HR|heart rate|pulse|wt|weight|BP)\s*)(?<!\u2060)\s*\+\s*(?=[A-Za-z0-9(])/g, replace: ' and ', example: ['unheard + shut down', 'unheard and shut down'] },
  { pattern: /\s+&\s+/g, replace: ' and ', example: ['A & B', 'A and B'] },
  // ("Shane = mom's bf": a person named equal to who they are to the client is who they are, never a speaker's line.)
  { pattern: /\b([A-Z][a-z]+)\s*=\s+(?=(?:mom|mum|mother|dad|father|client|pt|patient)'s\s)/g, replace: '$1 is the ', example: ["Shane = mom's bf, lives w/ them", "Shane is the mom's bf, lives w/ them"] },
  { pattern: /\b([A-Z][a-z]+)\s*=\s+(?=(?:(?:her|his|their|the|client's|pt's|[a-z]+'s)\s+)?(?:mom|mother|dad|father|bf|gf|boyfriend|girlfriend|partner|husband|wife|brother|sister|uncle|aunt|cousin|grandma|grandmother|grandpa|grandfather|stepdad|stepmom|stepfather|stepmother|friend|roommate|teacher|coach|neighbou?r|ex|ex-\w+|fianc\w*)\b)/g, replace: '$1 is ', example: ['Rick = her bf', 'Rick is her bf'] },
  { pattern: /\s*=\s+/g, replace: ': ', example: ['next topic = weekends', 'next topic: weekends'] },
  { pattern: /(^|\s)\$(?=\s|$)/g, replace: '$1money', example: ['when $ comes up', 'when money comes up'] },
  // ("both ~2nd %ile", "16th percentile": a percentile rank keeps its figure; "second percentile" reads as a count.)
  { pattern: /\b(\d{1,2}(?:st|nd|rd|th))\s*(?:%ile|%-ile|%tile|pctl|percentile)(?![a-z])/gi, replace: (_m, rank: string) => `${rank.toLowerCase()} percentile`, example: ['both ~2nd %ile', 'both ~2nd percentile'] },
  // ("f/u me next Mon": follow up with the writer, never "follow-up me".)
  { pattern: /\bf\/u\s+(?:w\/\s*|with\s+)?(?=(?:me|us)\b)/gi, replace: 'follow up with ', example: ['f/u me next Mon', 'follow up with me next Mon'] },
  { pattern: /\b1st\b(?!\s+percentile\b)/g, replace: 'first', example: ['1st sess', 'first sess'] },
  { pattern: /\b2nd\b(?!\s+percentile\b)/g, replace: 'second', example: ['2nd time', 'second time'] },
  { pattern: /\b3rd\b(?!\s+percentile\b)/g, replace: 'third', example: ['3rd', 'third'] },
  { pattern: /\bw\/e\b/gi, replace: 'whatever', example: ['w/e', 'whatever'] },
  { pattern: /\bcan't\b/gi, replace: 'cannot', example: ["can't", 'cannot'] },
  { pattern: /\bwon't\b/gi, replace: 'will not', example: ["won't", 'will not'] },
  { pattern: /\b(\w+)n't\b/gi, replace: (_m, w) => `${w} not`, example: ["didn't", 'did not'] },
  // ("so Jordan's the ICU nurse", "Ana's a teacher": never a possessive before an article.)
  { pattern: /\b([A-Z][a-z]+)'s\s+(?=(?:the|a|an)\s+[A-Za-z])/g, replace: (_m, name) => `${name} is `, example: ["Jordan's the ICU nurse", 'Jordan is the ICU nurse'] },
  // ("Devon (M lacrosse, 22)", "W volleyball": a team's letter before its sport is men's or women's, never a person's initial.)
  { pattern: new RegExp(`\\b([MW])\\.?\\s+(?=(?:${TEAM_SPORTS})\\b)`, 'g'), replace: (_m, letter) => (letter === 'M' ? "men's " : "women's "), example: ['Devon (M lacrosse, 22)', "Devon (men's lacrosse, 22)"] },
  // ("Supported employment/ed (SEE) specialist referral discussed": the service's name, never "the therapist supported".)
  { pattern: /(?<=^|[.;:]\s*|\n\s*)Supported (?=(?:employment|education|housing|ed)\b)/g, replace: 'The supported ', example: ['Int: MI. Supported employment referral discussed.', 'Int: MI. The supported employment referral discussed.'] },
  // ("kids with dad alt wkends": weekends taken in turn, never other weekends.)
  { pattern: /\balt\.?\s+(?=(?:wkends|weekends|wknds|weeks|wks|holidays|thanksgivings|christmases|years|days)\b)/gi, replace: 'alternate ', example: ['kids with dad alt wkends', 'kids with dad alternate wkends'] },
  // ("Neither D or P report SI": "neither" pairs with "nor", whatever was jotted.)
  { pattern: /\b([Nn]either)\s+([A-Z][\w.]*|(?:the\s+)?[a-z]+)\s+or\s+(?=[A-Z]|(?:the\s+)?[a-z]+\s+(?:report|reports|reported|endorse|endorses|endorsed|deny|denies|denied)\b)/g, replace: '$1 $2 nor ', example: ['Neither D or P report SI', 'Neither D nor P report SI'] },
  // ("position is eliminated eff 4/1": effective from that day.)
  { pattern: /\beff\.?\s+(?=(?:\d{1,2}\/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|today\b|immediately\b)/gi, replace: 'effective ', example: ['position eliminated eff 4/1', 'position eliminated effective 4/1'] },
  // ("edibles, ~10mg THC x2/day": a dose is of the compound, never "10mg cannabis".)
  { pattern: /\b(\d+(?:\.\d+)?)\s*mg\s+THC\b/g, replace: (_m, n) => `${n}mg of tetrahydrocannabinol`, example: ['~10mg THC x2/day', '~10mg of tetrahydrocannabinol x2/day'] },
  // ("time-out plan: 20 min min": the least time, never minutes twice.)
  { pattern: /\b(\d+)\s*(min|mins|minutes|hr|hrs|hours)\s+min\b(?![\w.])/gi, replace: (_m, n, u) => `${n} ${u} minimum`, example: ['either can call it, 20 min min', 'either can call it, 20 min minimum'] },
  // "Leo's been hitting": never a possessive before "been".
  { pattern: /\b([A-Z][a-z]+)'s\s+(been|gotten)\b/g, replace: (_m, name, verb) => `${name} has ${verb}`, example: ["Leo's been hitting his sister", 'Leo has been hitting his sister'] },
  // "forty two CFR part two", "42 cfr pt 2": the federal rule on substance use records, by its name.
  { pattern: /\b(?:forty[- ]two|42)\s*C\.?F\.?R\.?\s*(?:part|pt\.?)?\s*(?:two|2)\b/gi, replace: '42 CFR Part 2', example: ['went over forty two CFR part two', 'went over 42 CFR Part 2'] },
  // "she's got some nausea": "has got" is "has"; "she's got to" is "has to".
  { pattern: /\b(she|he|it|who|that)'s got\b/gi, replace: (_m, w) => `${w} has`, example: ["she's got some nausea", 'she has some nausea'] },
  // "he's dozed off twice", "she's opened up more": a verb with its particle done is "has"; a state with one stays "is"
  // ("he's burned out", "she's stressed out", "he's checked out" are left to the rule after).
  { pattern: /\b(he|she|who)'s\s+(dozed off|nodded off|drifted off|moved (?:out|in|back)|dropped out|backed off|calmed down|cooled off|settled (?:in|down)|opened up|signed up|warmed up)\b/gi, replace: (_m, w, v) => `${w} has ${v}`, example: ["he's dozed off twice in session", 'he has dozed off twice in session'] },
  // ("he's walked there twice this week", "she's called him three times"): a done act, then where or how often, is "has".
  { pattern: /\b(he|she|who)'s\s+(?=(?:walked|driven|gone|called|texted|tried|visited|stood|sat|come|returned|run|biked)\s+(?:there|to|over|out|home|back|around|by|past|twice|once|\d+\s+times|several times|a few times|(?:two|three|four|five)\s+times|him|her|them)\b)/gi, replace: (_m, w) => `${w} has `, example: ["he's walked there twice this week", 'he has walked there twice this week'] },
  // "she's just being dramatic" is "she is": an adverb makes it "has" only before a participle ("she's just started").
  // ("he's done covering for dad": done with doing something is "is done".)
  // ("if it's written down": a thing written is passive, "it is written"; "he's just tired of it all": a feeling after the adverb is "is".)
  { pattern: /\b(it|that|there|what|something|nothing|everything|he|she|who|this)'s\s+(been|had|got|gotten|done(?!\s*(?:$|[,.;!?"]|and\b|with\b|for\b|now\b|[a-z]+ing\b))|made|stopped|started|(?:nearly|almost|never|always|already|just|finally|barely|hardly|really|also|only|even|actually|recently|ever)(?:\s+(?:actually|really|ever|even|just|once|yet))?(?=\s+(?!(?:tired|scared|worried|exhausted|stressed|depressed|overwhelmed|frustrated|bored|excited|interested|married|divorced|retired|concerned|confused|embarrassed|ashamed|annoyed|disappointed|pleased|relieved|isolated|motivated|terrified|frightened|convinced|determined|obsessed|fed)\b)(?:[a-z]+ed|[a-z]+en|been|had|got|done|made|come|gone|cut|felt|thought|said|seen|told|lost|kept|slept|spoken|quit|left|won|hit|hurt|put|shut|struck)\b)|come|gone|taken|driven|ridden|thrown|broken|stolen|hidden|forgotten|chosen|found|heard|read|bought|brought|caught|felt|thought|tried|used|said|seen|told|given|lost|kept|missed|skipped|cut|relapsed|let(?=\s+(?:on|go|slip)\b)|set(?=\s+(?:a|an|the|some|boundaries|limits|goals?)\b)|put(?=\s+(?:in|up|off|away|aside|together|down|(?:his|her|their|a|an|some)\s)\b)|quit(?=\s+(?:drinking|smoking|using|vaping|gambling|school|(?:his|her|their|the)\s)\b)|attended|completed|noticed|decided|agreed|called|texted|written|worked|slept|eaten|spoken|talked|stayed|managed|practiced|practised|learned|improved|returned|avoided|refused|mentioned|gained|resumed|continued|shared|handled|followed|looked(?=\s+(?:into|at|for|up|over)\b)|reached out|happened|changed|helped|become|increased|decreased|worsened|escalated|put(?=\s+(?:his|her|their)?\s*hands\b)|shoved|pushed|grabbed|threatened|choked|strangled|punched|slapped|kicked|hit(?=\s+(?:her|him|them|me|the)\b))\b/gi, replace: (_m, w, n) => `${w} ${/^(?:it|that|this|what|something|nothing|everything)$/i.test(w) && /^(?:written|done|made|taken|said|seen|told|given|used|kept|cut|called|texted|missed|skipped|decided|agreed|completed|attended|shared|handled|followed|mentioned|avoided|refused)$/i.test(n) ? 'is' : 'has'} ${n}`, example: ["she's nearly stopped", 'she has nearly stopped'] },
  // ("he's not had thoughts like that", "she's not been sleeping": "not" before a participle is "has not".)
  { pattern: /\b(it|that|there|he|she|who)'s\s+(not|never)\s+(?=(?:been|had|got|gotten|seen|done|heard|felt|slept|eaten|used|drunk|cut|talked|spoken|gone|left|told|said)\b)/gi, replace: (_m, w, n) => `${w} has ${n} `, example: ["he's not had thoughts like that", 'he has not had thoughts like that'] },
  { pattern: /\b(it|that|there|what|something|nothing|everything|he|she|who|this)'s\b/gi, replace: (_m, w) => `${w} is`, example: ["something's wrong", 'something is wrong'] },
  { pattern: /\b(they|we|you)'re\b/gi, replace: (_m, w) => `${w} are`, example: ["we're meeting", 'we are meeting'] },
  { pattern: /\b(they|we|you|I)'ve\b/gi, replace: (_m, w) => `${w} have`, example: ["we've", 'we have'] },
  { pattern: /\b(they|we|you|I|she|he)'ll\b/gi, replace: (_m, w) => `${w} will`, example: ["she'll", 'she will'] },
  { pattern: /\bI'm\b/g, replace: 'I am', example: ["I'm", 'I am'] },
  { pattern: /\bI'd\b/g, replace: 'I would', example: ["I'd", 'I would'] },
  // ("she'd never leave the kids", "he'd take the rest of his trazodone": before a bare verb, "would", never "had".)
  { pattern: /\b(she|he|they|She|He|They)'d(?=\s+(?:never|not|rather|be|like|love|want|prefer|go|do|take|leave|kill|hurt|use|call|try|need|feel|get|come|make|give|say|tell|see|stop|lose|keep|ever|just|probably|definitely|still|really)\b)/g, replace: '$1 would', example: ["she'd never leave the kids", 'she would never leave the kids'] },
  // "voluntary admit", "no admit": the noun, jotted as its verb.
  { pattern: /\b(voluntary|involuntary|inpatient|psych|psychiatric|medical|no)\s+admit\b(?!\s+(?:her|him|them|the|to)\b)/gi, replace: '$1 admission', example: ['accepting voluntary admit', 'accepting voluntary admission'] },
  // "pt accepting voluntary admit": a decision jotted as a participle is the client's act.
  { pattern: /\b(client|pt|patient|she|he)\s+(accepting|agreeing|declining|refusing|requesting)\b/gi, replace: (_m, who: string, verb: string) => `${who} ${DECISION_VERBS[verb.toLowerCase()] ?? verb}`, example: ['pt accepting voluntary admit', 'pt accepts voluntary admit'] },
];
