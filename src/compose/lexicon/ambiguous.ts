// Abbreviations with more than one meaning (reference/clinical.md section 8 marks several
// "ambiguous"). Each is a rule object: the word, its meanings, and the context cues that make
// each meaning certain. The first meaning whose cue matches wins. When none matches, the
// abbreviation stays as written and the clinician is told (a guessed meaning is an invention),
// unless `silent` says the letters are also an ordinary word or a person's initial.
// Every example runs as a test (test/compose/lexicon/ambiguous.test.ts).

import { MEDICATION_NAMES } from './medications.ts';

interface Meaning {
  /** What the abbreviation is written as. `⟪ACR⟫` marks a modality spelled out on first use. */
  expansion: string;
  /** Cue in the words just before the abbreviation (up to the clause start). */
  before?: RegExp;
  /** Cue in the words just after it (to the clause end). */
  after?: RegExp;
  /** Cue anywhere in the summary (a topic, such as eating or sleep). */
  topic?: RegExp;
  /** Cues before and after together ("pre-surgical psych eval"): outrank every single cue. */
  both?: { before: RegExp; after: RegExp };
  /** The summary's use elsewhere that rules this meaning out ("transported to Children's ED" beside "ED referral"). */
  unlessTopic?: RegExp;
  /** A meaning only the summary's setting allows ("PT says she may need a walker" on a rehabilitation unit). */
  onlyTopic?: RegExp;
}

/** A summary about violence between partners: where "PO" is the protective order a survivor seeks or holds. */
// ("DV group", "DV charge" are a program for those who did the harm, where "PO" is their officer: only the survivor's side counts.)
const IPV_TOPIC = /\b(?:protective order|restraining order|order of protection|IPV|intimate partner violence|abuser|survivor|strangl\w*|choked (?:her|him|me)|danger assessment|DV advocate|DV shelter)\b/i;
/** A school setting: where "T" is the student's teacher. */
const SCHOOL_TOPIC = /\b(?:stu|student|students|school|classroom|recess|principal|AP|IEP|504|(?:\d{1,2}(?:st|nd|rd|th)|K)\s*(?:gr|grade)|grader|teachers?|homeroom|SRO|counselor's office|lunch bunch|period)\b/;
/** A rehabilitation setting: where PT and OT are the therapists on the team. */
const REHAB_TOPIC = /\b(?:rehab|rehabilitation|stroke|CVA|TBI|brain injury|SCI|spinal cord injury|hemiparesis|hemiplegia|aphasia|amputation|BKA|AKA|SLP|speech therapy|therapy gym|physiatry|inpatient rehab)\b/;
/** After a therapist's letters, the therapist acting or named: "OT took him back", "PT says she may need a walker", "PT Omar,".
 *  ("PT reports headaches", "PT says he is tired" stay the patient's: only a saying about the patient's mobility is the therapist's.) */
const THERAPIST_ACTS = /^\s*(?:\([A-Z][a-z]+\)\s*)?(?:(?:recommends?|recommended|noted|notes|observed|cleared|came|comes|took|takes|wheeled|brought)\b|(?:says|said|thinks|thought|is worried|was worried)\s+(?:that\s+)?(?:she|he|they|pt|patient|client)\s+(?:may|might|will|could|should|needs?|won't|cannot|can't)\b[^.;]{0,40}\b(?:walker|cane|wheelchair|brace|transfers?|gait|ambulat\w*|weight-bearing|stairs|splint|prosthe\w*)\b|[A-Z][a-z]+\s*(?:[,;.)]|$))/;

export interface AmbiguousAbbreviation {
  short: string;
  /** Matched only as written (acronyms that are ordinary words in lower case). */
  caseSensitive?: boolean;
  meanings: readonly Meaning[];
  /** The letters are also an ordinary word or an initial: keep them without a warning. */
  silent?: boolean;
  /** The meaning when no cue settles it, for letters nearly always meant one way ("tx" is treatment unless a transplant is the topic). */
  fallback?: string;
  /** Text after the letters that makes them part of another entry ("psych ed"): left to the shorthand lexicon. */
  except?: RegExp;
  /** [summary clause, expected expansion or null when kept as written]. */
  examples: readonly [string, string | null][];
}

// (AN and BN only in capitals: "an intake" is no eating topic.)
// ("means restriction" restricts a means of suicide, never food.)
const EATING = /\b(?:[Ee]at\w*|[Ff]ood|[Mm]eals?|(?<![Mm]eans\s)[Rr]estrict\w*|[Pp]urg\w*|[Bb]inge\w*|[Ww]eigh\w*|[Bb]ody image|[Aa]norexi\w*|[Bb]ulimi\w*|[Dd]ietitian|FBT|CBT-E|AN|BN|BED|ARFID|[Cc]alories?)\b/;
/** A summary about recovery from substance use: where "SL" is a sober living house. */
const RECOVERY_TOPIC = /\b(?:sober|sobriety|recovery|relapse|IOP|intensive outpatient|residential|detox|AA|NA|UDS|urine drug screens?|sponsor|cravings?|MAT|Vivitrol|naltrexone|EtOH|alcohol use)\b/i;
/** A summary about an organ transplant: the drugs that keep it, its rejection, the list. */
const TRANSPLANT_TOPIC = /\b(?:transplant\w*|tacrolimus|cyclosporine|mycophenolate|immunosuppress\w*|organ donor|LVAD|MELD|rejection|UNOS)\b/i;
/** A summary about kidney failure and its care: dialysis, a fistula, a transplant. */
const KIDNEY = /\b(?:ESRD|ESKD|CKD\d?|dialysis|renal|kidneys?|nephrolog\w*|neph|AVF|AVG|fistula|IDWG|txp|chairside)\b/i;
/** A summary about pregnancy, birth or a baby. */
const PERINATAL = /\b(?:pregnan\w*|preg|postpartum|PP|PPD|PPA|EPDS|G\dP\d|newborn|infant|baby|OB|L&D|NICU|weeks? gestation|breastfe\w*|lactation|LactMed|milk supply|pumping|latch\w*)\b/i;
/** A summary about fire service: a crew, an engine or ladder, a station, a call. */
const FIRE_WORDS = 'fire(?:fighter|fighters|house|station|fighting)?|engine|ladder|crew|EMS|EMTs?|paramedics?|probie|line of duty|on the job|station|battalion';
const FIRE_SERVICE = new RegExp(String.raw`\b(?:${FIRE_WORDS}|FD)\b`, 'i');
/** The same, for "FD" itself: the firefighters named beside it say it too. */
const FIRE_SERVICE_FOR_FD = new RegExp(String.raw`\b(?:${FIRE_WORDS}|FFs?)\b`, 'i');
/** A summary about a Deaf or hard-of-hearing client: sign language, interpreters, captions, hearing devices. */
/** The DBT skill taught or gone over in the session ("Taught TIPP", "reviewed TIPP skills"), which is then spelled out. */
const TIPP_TAUGHT = /\b(?:taught|teach|teaching|introduced|introduce|psychoed\w*|educat\w*|reviewed|review|went over|explained|modeled|modelled|practiced|practised|rehearsed|handout|skills? (?:group|training|class))\b[^.;]{0,40}$/i;
const DEAF = /\b(?:ASL|Deaf|HoH|hard of hearing|VRS|VRI|CART|captioned|cochlear|Usher)\b/;
/** Words before "HA(s)" that make it a hearing aid worn, fitted or taken out. */
const HEARING_AID_BEFORE = /\b(?:(?:wears?|wearing|(?:took|takes|take|taking) out|removes?|removed|charging|charged|fitted with|puts? in)\s+(?:(?:her|his|their|the|my|both)\s+)?(?:(?:bilateral|binaural|new|R|L|right|left)\s+)?|bilateral|binaural|hearing)\s*$/;
/** A summary about a service member and their unit. */
const MILITARY = /\b(?:CDR|1SG|SFC|SSG|SGT|SPC|PFC|PV[12]|CPL|LT|CPT|MAJ|COL|NCO|NCOIC|BHOIC|platoon|squad|battalion|brigade|company commander|unit watch|deploy\w*|PCS|TDY|profile|SARP|MTF|soldier|airman|sailor|marine|command-directed|barracks|formation|motor pool|arms room|first sergeant|drill sergeant|active[- ]duty|service member)\b/;
const NOT_MILITARY = new RegExp(`^(?![\\s\\S]*${MILITARY.source})`);
/** A medicine and a bare number just before the letters ("divalproex 500 bid"). */
/** A medicine or a dose right after a word: "d/c trazodone", "d/c the 50 mg". */
const MEDICINE_AFTER = new RegExp(`^\\s*(?:(?:\\w+\\s+)?(?:\\d+\\s*mg|meds?|medications?|the|her|his|dose)\\b|(?:${MEDICATION_NAMES.join('|')})\\b)`, 'i');
// ("morphine ER 60 bid": the release form may stand between the medicine and its dose.)
const MEDICATION_DOSE_BEFORE = new RegExp(`\\b(?:${MEDICATION_NAMES.join('|')})(?:\\s+(?:ER|XR|SR|CR|IR|XL|LA|extended-release|immediate-release))?\\s+\\d+(?:\\.\\d+)?\\s*$`, 'i');
const MEDICATION = new RegExp(`\\b(meds?|medications?|mg|dose|dosage|prescri\\w*|stimulant|SSRI|psychiatrist|${MEDICATION_NAMES.join('|')})\\b`, 'i');

/** ED used as a place in the summary ("to the ED", "Children's ED"): its other uses there are the emergency department too, unless eating is the topic. */
/** A summary plainly about an emergency visit: holds, arrival by ambulance or police, triage, medical clearance. */
/** A summary plainly about restricting, purging or insulin omission for weight: "ED" there is the illness even beside an evaluation. */
const NOT_PLAINLY_EATING = /^(?![\s\S]*\b(?:(?<!means\s)restrict\w*|purg\w*|binge\w*|anorexi\w*|bulimi\w*|diabulimi\w*|ED-DMT1|EDE-Q|ARFID|weight restoration|insulin omission|skipping insulin)\b)/i;
/** A summary about child welfare: foster or kinship care, a caseworker, removal, visits and reunification. */
const CHILD_WELFARE = /\b(?:foster|kinship|caseworkers?|CPS|DCFS|DCF|visitation|reunification|placements?|removal|removed from|GAL|CASA|RPs?|resource parents?|bio (?:mom|dad)|TPR|dependency court)\b/;
/** A summary about eating-disorder care: meals supported, plans counted in kilocalories, weights taken blind. */
const EATING_CARE = /\b(?:restrict\w*|purg\w*|binge\w*|anorexi\w*|bulimi\w*|ARFID|AN-R|AN-BP|meal plans?|meal support|kcal|refeeding|blind (?:weight|wt)|weigh-?ins?|FBT|dietitian|RD)\b/i;
const EMERGENCY_VISIT = /\b(?:5150|72[- ]?h(?:ou)?rs?|72h|BIBA|BIBP|BIB|triage|medically cleared|med(?:ically)? clear\w*|psych(?:iatric)? consult|ED (?:charge|RN|nurse|MD|attending|consult|eval(?:uation)?|visit|physician|doc|SW|social worker|staff|bed|hold|d\/c|discharge))\b|(?:\bsetting|\blocation)\s*:\s*ED\b/i;
const ED_AS_PLACE = /(?:\b(?:to|at|in|from)\s+(?:the\s+)?|\bnearest\s+|'s\s+)ED\b(?!\s+(?:team|program|treatment|dietitian|specialist|clinic|unit|behaviou?rs?|thoughts?|voice|recovery))/;

/** Postpartum, by the words around it or a summary about a baby ("wk 9 PP", "pp visit"). */
const POSTPARTUM_MEANINGS: AmbiguousAbbreviation['meanings'] = [
  { expansion: 'postpartum', before: /\b(?:wks?|weeks?|mos?|months?|days?)\s*\d{1,2}\s*$|\b\d{1,2}\s*(?:wks?|weeks?|mos?|months?|days?)\s*$/i, after: /^\s*(?:depression|anxiety|psychosis|OCD|PTSD|mood|support|period|visit|check|group)\b/i, topic: /\b(baby|infant|newborn|EPDS|postpartum|breastfeed\w*|nursing|OB|delivery|c-section|pregnan\w*|feeds?|feeding)\b/i },
];

/** Released from prison or jail and under supervision since: the officer is on parole, unless probation is named. */
const PAROLE_TOPIC = /^(?![\s\S]*\bprobation\b)[\s\S]*\b(?:parole|paroled|parolee|halfway house|re-?entry|returning citizens?|post-release|released (?:from|on|\d|in|last)|since (?:(?:his|her|their) )?release|since (?:he|she|they) got out|got out of (?:prison|jail)|(?:served|did) \d+ (?:yrs?|years?))\b/i;
const NOT_PAROLE_TOPIC = new RegExp(`^(?!${PAROLE_TOPIC.source.slice(1)})`, 'i');
/** Each reading of "PO" as a probation officer has a twin, a parole officer, for a summary about a release from custody. */
function withParole(meanings: Meaning[]): Meaning[] {
  return meanings.flatMap((m) => (m.expansion === 'probation officer' ? [{ ...m, expansion: 'parole officer', unlessTopic: NOT_PAROLE_TOPIC }, { ...m, unlessTopic: PAROLE_TOPIC }] : [m]));
}

/** "Sexual assault" written out in the summary: where "SA" is its short form. */
const SEXUAL_ASSAULT_SPELLED = /\bsexual(?:ly)? assault(?:s|ed)?\b/i;

/** A boyfriend or breastfeeding: what "bf" means in either case ("BF" may also be a birth father). */
const BF_MEANINGS: readonly Meaning[] = [
  { expansion: 'breastfeeding', after: /^\s*(?:exclusively|only|and pumping|\+\s*pumping|well|going well|is going|problems|difficulties|issues|supply)\b/i },
  { expansion: 'breastfeeding', before: /\bwhile\s*$/i },
  { expansion: 'breastfeeding', both: { before: /\b(?:and|or|in|during)\s*$/i, after: /^\s*(?:[.,;)]|$)/ } },
  { expansion: 'breastfeeding', topic: PERINATAL },
  // ("Noah's BF called her cell ... BF has hx of DV", "removal from BF's home", in a foster care summary): the birth
  // father; a mother's or a teen's own "bf" is still her boyfriend.
  { expansion: 'boyfriend', before: /\b(?:mom's|mother's|her|my|ex|new|sister's|aunt's)\s*$/i },
  // ("IPV x 6 yrs w/ bf (Marcus)", with a CPS report named elsewhere: violence in the relationship is a partner's.)
  { expansion: 'boyfriend', before: /\b(?:IPV|DV|domestic violence|intimate partner violence|dating violence|abuse|abused|abusive|hit|choked|strangled|relationship)\b[^.;]{0,40}$/i },
  // ("cravings up after fight w/ bf", "broke up with her bf": a fight or a break-up is with a partner, in a child welfare summary too.)
  { expansion: 'boyfriend', before: /\b(?:fight|fought|argument|argued|arguing|broke up|breakup|break-up|split up|dating|date|lives|living|moved in|staying|sleeping)\s+(?:w\/|with)?\s*(?:her\s+|the\s+|new\s+)?$/i },
  // ("his mom's bf 'hits me with a belt' ... CPS hotline report ... the bf hit him w/ belt": once the summary names a mother's
  // boyfriend, "the bf" is that man, never the birth father, in a child welfare summary too.)
  { expansion: 'boyfriend', topic: /\b(?:mom's|mother's|mum's|her)\s+bf\b/i },
];

export const AMBIGUOUS: readonly AmbiguousAbbreviation[] = [
  {
    // "needs medical clearance first - labs, EKG ... Dx deferred pending med eval": the medical work-up, not a medication review.
    short: 'med eval',
    // ("Discussed RED-S and need for med eval ... see team MD for labs + vitals": an athlete's energy deficiency, missed periods, labs
    // and vitals call for a medical evaluation.)
    // ("med eval clear per ED": an evaluation that came back clear is the medical one.)
    meanings: [{ expansion: 'medical evaluation', after: /^\s*(?:clear|cleared|negative|unremarkable|done|complete|completed|wnl|within normal limits)\b/i }, { expansion: 'medical evaluation', topic: /\b(?:medical(?:ly)? (?:clearance|cleared|stab\w*|monitoring|work-?up|risk)|EKG|ECG|orthostatics?|electrolytes?|refeeding|RED-S|relative energy deficiency|amenorrh\w*|missed (?:her )?periods?|vitals|team (?:MD|physician|doctor|dr))\b/i }],
    fallback: 'medication evaluation',
    examples: [['confused, med eval clear this AM', 'medical evaluation'], ['Dx deferred pending med eval; needs medical clearance first (labs, EKG)', 'medical evaluation'], ["rec'd psychiatry referral for med eval", 'medication evaluation'], ['Discussed RED-S and need for med eval; to see team MD for labs', 'medical evaluation']],
  },  {
    short: "rec'd",
    meanings: [
      { expansion: 'received', before: /\b(was|were|has|have|had|been|just)\s*$/i, after: /^\s*(a|an|the|his|her|their|new|results?|news|letters?|calls?|messages?|texts?|emails?|mail|payment|word|notice|no|chip|chips|coin|token|medallion|key ?tag|award|certificate|diploma)\b/i },
      // ("rec'd psychiatry referral", "rec'd contact prescriber re dose": a step or an action advised.)
      { expansion: 'recommended', after: /^\s*(she|he|they|client|patient|pt|cl|that|to|[A-Z]{2,}|\w+ing\b|(a\s+)?(higher|lower|more|weekly|daily|f\/u|follow|referral|consult|eval|evaluation|group|therapy|treatment|meds?|medication|psychiatry|psychiatric|nutrition|medical|sleep|contact|call|see|try|start|continue|reduce|increase|avoid|attend|join|schedule|talk|ask|use|limit|stop|cut back))\b/ },
    ],
    examples: [
      ["rec'd she bring a family member", 'recommended'],
      ["rec'd IOP + med eval", 'recommended'],
      ["rec'd psychiatry referral for med eval", 'recommended'],
      ["rec'd contact prescriber re dose", 'recommended'],
      ["T.M. 30 days clean, rec'd chip", 'received'],
      ["rec'd a call from her sister", 'received'],
      ["rec'd", null],
    ],
  },
  {
    short: 'recd',
    meanings: [
      { expansion: 'received', before: /\b(was|were|has|have|had|been|just)\s*$/i, after: /^\s*(a|an|the|his|her|their|new|results?|news|letters?|calls?|messages?|texts?|emails?|mail|payment|word|notice|no)\b/i },
      { expansion: 'recommended', after: /^\s*(she|he|they|client|patient|pt|that|to|[A-Z]{2,}|\w+ing\b)/ },
    ],
    examples: [["recd pt call Dr. O", 'recommended'], ['recd the letter', 'received']],
  },
  {
    // "Addressed as TIB" in DBT: therapy-interfering behavior; "TIB 9 hrs, SE 70%": time in bed.
    short: 'TIB',
    caseSensitive: true,
    meanings: [
      { expansion: 'therapy-interfering behavior', before: /\b(?:as|addressed|targeted|target|targeting|this is|that is|it's|was)\s*$/i },
      { expansion: 'time in bed', after: /^\s*(?:of\s+)?(?:~|approx\.?\s*)?\d/ },
      // ("decrease TIB (missed 3 groups)": sessions missed are what interferes with therapy.)
      { expansion: 'therapy-interfering behavior', after: /^\s*\(?\s*(?:missed|late|skipped|no-?shows?|cancell?ed|lateness|on missed|re missed)\b/i },
      { expansion: 'therapy-interfering behavior', topic: /\b(?:DBT|DBT-A|DC|CA|diary cards?|chain analys[ie]s|chain on|skills group|multifamily|phone coaching|TIPP|DEAR MAN|wise mind|STOP skill)\b/ },
    ],
    fallback: 'time in bed',
    examples: [['Addressed as TIB', 'therapy-interfering behavior'], ['TIB 9 hrs, sleep window 12-6', 'time in bed'], ['reduce TIB', 'time in bed']],
  },
  {
    // "since Jan", "Jan 5": the month; "consulted w/ supervisor Jan": a person's name, kept as written.
    short: 'Jan',
    caseSensitive: true,
    meanings: [{ expansion: 'January', before: /(?:\(|\b(?:in|since|by|until|till|from|last|next|this|early|mid|late|of|before|after|through|thru|during|around|end of|start of|beginning of)|\d(?:st|nd|rd|th)?)\s*$/i, after: /^\s*(?:\d|'\d|of\b|-\s*\w|\/|through\b|to\s+(?:Feb|Mar|Apr|May|Jun|March|April)\b)/ }],
    silent: true,
    examples: [['since Jan', 'January'], ['Jan 5', 'January'], ['consulted w/ supervisor Jan', null]],
  },
  {
    // ("the new GM has been making comments about his weight", at a restaurant: the general manager; "lives w/ GM": a grandmother.)
    short: 'GM',
    caseSensitive: true,
    meanings: [
      { expansion: 'general manager', before: /\b(?:the|new|our|store|restaurant|hotel|bar|club|assistant|his|her|their)\s*$/i, topic: /\b(?:restaurant|store|shifts?|server|servers|bartend\w*|staff|HR|manager|boss|coworkers?|co-workers?|job|work|hotel|club|bar|kitchen|tips|customers?|corporate|franchise)\b/i },
      { expansion: 'general manager', after: /^\s+(?:at|of)\s+(?:the\s+)?(?:restaurant|store|hotel|bar|club|dealership|gym)\b/i },
    ],
    fallback: 'grandmother',
    examples: [['the new GM has been making comments at work, tips down', 'general manager'], ['lives w/ GM since age 6', 'grandmother'], ['GM at the restaurant yelled at him', 'general manager']],
  },
  {
    // ("O2 3L NC": after oxygen or litres, a nasal cannula; "NC 'I'm worthless'" in EMDR's set-up: the negative cognition.)
    short: 'NC',
    caseSensitive: true,
    meanings: [{ expansion: 'nasal cannula', before: /\b(?:O2|oxygen|\d+(?:\.\d+)?\s*(?:L|lpm|liters?|litres?))\s*(?:(?:by|via|per)\s+)?$/i }],
    fallback: 'negative cognition',
    examples: [['A&O x3, O2 3L NC', 'nasal cannula'], ['NC "I am worthless", VOC 2', 'negative cognition']],
  },
  {
    // "CW caseworker (Ms. Alvarez)", "CW case review", "at CW office": child welfare, before the thing of it; "called CW",
    // "CW said": the caseworker.
    short: 'CW',
    caseSensitive: true,
    meanings: [{ expansion: 'child welfare', after: /^\s*(?:case(?:worker)?s?|worker|office|involvement|investigation|investigator|team|agency|visits?|supervisor|review|hearing|plan|services|referral|report|hotline|system|history|court)\b/i }],
    fallback: 'caseworker',
    examples: [['notified CW caseworker (Ms. Alvarez)', 'child welfare'], ['stressed re: CW case review next wk', 'child welfare'], ['called CW after session', 'caseworker'], ['CW said visits stay supervised', 'caseworker']],
  },
  {
    // "DOC: fentanyl IV", "DOC is alcohol": the drug of choice; "released from DOC", "DOC custody": the department of corrections.
    short: 'DOC',
    caseSensitive: true,
    meanings: [
      { expansion: 'drug of choice', after: /^\s*(?::|=|-|is|was|(?:has )?(?:been|became|remains))\s*(?:IV\s+|intranasal\s+|smoked\s+)?(?:fentanyl|heroin|opioids?|oxy\w*|meth\w*|cocaine|crack|alcohol|etoh|cannabis|marijuana|thc|benzo\w*|xanax|pills|percs?|kratom|stimulants?|amphetamines?)\b/i },
      { expansion: 'Department of Corrections', before: /\b(?:from|in|to|with|by|into|state|county|released from|discharged from|out of)\s*$/i, after: /^\s*(?:custody|inmate|release|released|parole|officer|facility|sentence|time|record|number|#)\b/i },
    ],
    silent: true,
    examples: [['DOC: fentanyl IV, daily ~1 g', 'drug of choice'], ['released from DOC in May', 'Department of Corrections'], ['DOC is alcohol', 'drug of choice']],
  },
  {
    // "DA completed, score 19 = extreme danger": Campbell's Danger Assessment, the lethality screen for partner violence;
    // "the DA dropped the charges", "DA's office": the district attorney.
    short: 'DA',
    caseSensitive: true,
    meanings: [
      { expansion: 'district attorney', before: /\b(?:the|with|w\/|by|to|called|per|from|assistant|deputy)\s*$/i, after: /^(?:'s\b|\s+(?:office|filed|charged|declined|dropped|offered|wants|said|called))/ },
      { expansion: 'Danger Assessment (DA)', before: /\b(?:completed|administered|did|done|gave|repeated|reviewed|updated|Campbell)\s*$/i, after: /^\s*(?:completed|administered|done|given|repeated|score|scored|=|:|\d|\(\d|was\s+\d|of\s+\d|result)/i },
    ],
    silent: true,
    examples: [['DA completed, score 19 = extreme danger', 'Danger Assessment (DA)'], ['the DA dropped the charges', 'district attorney'], ['DA score 14', 'Danger Assessment (DA)'], ['met w/ DA re: hearing', 'district attorney']],
  },
  {
    // "in Jun", "Jun 12": the month; "Jun ok, went to temple": a person's name (Korean, Chinese, Japanese), kept as written.
    short: 'Jun',
    caseSensitive: true,
    meanings: [{ expansion: 'June', before: /(?:\(|\b(?:in|since|by|until|till|from|last|next|this|early|mid|late|of|before|after|through|thru|during|around|end of|start of|beginning of|May\s*-|May to)|\d(?:st|nd|rd|th)?)\s*$/i, after: /^\s*(?:\d|'\d|of\b|-\s*(?:Jul|Aug|\d)|\/|through\b|to\s+(?:Jul|Aug|Sep|July|August|September)\b)/ }],
    silent: true,
    examples: [['since Jun', 'June'], ['Jun 12', 'June'], ['Quick check-in tele. Jun ok, went to temple', null], ['due date mid Jun', 'June']],
  },
  {
    // "raising their T dose from 50 to 75mg", "stopped T 2 wks ago": testosterone; "T reflected", "T. for his third": a person.
    short: 'T',
    caseSensitive: true,
    meanings: [
      { expansion: 'testosterone', after: /^\s+(?:dose|doses|shots?|injections?|gel|levels?|prescription|script|refill)\b/ },
      { expansion: 'testosterone', both: { before: /\b(?:started|stopped|restarted|starting|stopping|restarting|on|off)\s+$/i, after: /^(?!\.)(?:\s+(?:\d|for|since|bc|because|last|this|next|in|about|x)\b|\s*[,;)]|\s*$)/ } },
      // ("T (Mr. Hale, bio) found note in stu's notebook", "review w/ T Fri": in a school, the teacher, named or met with.)
      { expansion: 'teacher', onlyTopic: SCHOOL_TOPIC, after: /^\s*\((?:Mr|Ms|Mrs|Mx|Dr)\.?\s/ },
      { expansion: 'teacher', onlyTopic: SCHOOL_TOPIC, before: /\b(?:w\/|with|per|from|by|emailed|called|told|notified|notify|asked|his|her|their|stu's|student's|classroom)\s*$/i },
      { expansion: 'teacher', onlyTopic: SCHOOL_TOPIC, after: /^\s+(?:reported|reports|said|says|noticed|notices|found|referred|refers|emailed|sent|called|saw|sees|concerned|worried)\b/ },
    ],
    silent: true,
    examples: [['raising their T dose from 50 to 75mg', 'testosterone'], ['Stopped T 2 wks ago bc couldn\'t afford copay', 'testosterone'], ['T reflected feelings', null], ['Note for R.T', null], ['stu 5th gr, T (Ms. Rowe) sent him down after recess', 'teacher'], ['CICO w/ Jaden, 3rd gr, review w/ T Fri', 'teacher'], ['student in 8th grade. T reported she cried in class', 'teacher']],
  },
  {
    // ("seemed intox", "arrived intox"): how someone was is intoxicated; otherwise the noun ("intox hx").
    short: 'intox',
    meanings: [{ expansion: 'intoxicated', before: /\b(?:seemed|seems|appeared|appears|looked|looks|was|were|is|are|arrived|came in|presented|presents|possibly|likely|visibly|acutely|mildly|heavily|very)\s*$/i }],
    fallback: 'intoxication',
    silent: true,
    examples: [['one member left, seemed intox', 'intoxicated'], ['hx of public intox arrests', 'intoxication']],
  },
  {
    // ("referred to Karen (housing nav)", "peer nav"): a navigator, a role; anywhere else the letters stay.
    short: 'nav',
    meanings: [{ expansion: 'navigator', before: /\b(?:housing|care|patient|peer|system|benefits|resource|health|insurance)\s*$/i }],
    silent: true,
    examples: [['referred to Karen (housing nav)', 'navigator'], ['nav', null]],
  },
  {
    // "SSP": a syringe services program where drugs are the topic; a support service provider (for DeafBlind people) where
    // deafness, ASL or interpreters are; otherwise kept as written and flagged.
    short: 'SSP',
    caseSensitive: true,
    meanings: [
      { expansion: 'syringe services program', topic: /\b(?:inject\w*|IVDU|IDU|needles?|syringes?|harm reduction|naloxone|narcan|fentanyl|heroin|opioids?|OUD|meth|PWID)\b/i },
      { expansion: 'support service provider', topic: /\b(?:deaf\w*|DeafBlind|deaf-blind|hard of hearing|HoH|ASL|interpreters?|CART|hearing loss|cochlear|Usher)\b/i },
    ],
    examples: [['refer to SSP for DeafBlind support, uses ASL', 'support service provider'], ['SSP for clean needles, uses heroin IV', 'syringe services program'], ['SSP', null]],
  },
  {
    // "re-eval tmrw" opening a step is to re-evaluate; "refer for ADHD re-eval" names the re-evaluation.
    short: 're-eval',
    meanings: [{ expansion: 're-evaluate', before: /(?:^|[.;:,]\s*|\b(?:will|to|would|need to|needs to|plan to|'ll|should|then)\s*)$/i }],
    fallback: 're-evaluation',
    silent: true,
    examples: [['re-eval tmrw', 're-evaluate'], ['refer to psychiatry for ADHD re-eval', 're-evaluation']],
  },
  {
    // "Will d/w Dr. Okafor re sertraline": after "will" or "to", discuss with; otherwise it was done, discussed with.
    short: 'd/w',
    meanings: [{ expansion: 'discuss with', before: /\b(?:will|to|would|need to|needs to|plan to|'ll|going to|should)\s*$/i }],
    fallback: 'discussed with',
    silent: true,
    examples: [['Will d/w Dr. Okafor re sertraline restart', 'discuss with'], ['d/w supervisor, agrees', 'discussed with']],
  },
  {
    // "PCP to eval for sertraline", "will eval next wk": after "to" or a modal the letters are the verb; otherwise the noun.
    short: 'eval',
    meanings: [{ expansion: 'evaluate', before: /(?:(?<!\b(?:referred|refer|sent|send|went|go|going|brought|bring|come|came|taken|take|transported|returned|admitted|back|due|prior|scheduled|agreed|agrees|agreeable|amenable|open|receptive|consented|consents|ready)\s)\bto|\b(?:will|would|can|could|should|must|pls|please|needs to|need to))\s*$/i }],
    fallback: 'evaluation',
    silent: true,
    examples: [['PCP to eval for sertraline', 'evaluate'], ['will eval next wk', 'evaluate'], ['referred to eval', 'evaluation'], ['psych eval', 'evaluation'], ['pt agreeable to eval', 'evaluation']],
  },
  {
    // "Med: HTN borderline per PCP": a medical condition after the label makes it the medical history, not medication.
    short: 'Med',
    caseSensitive: true,
    except: /^\s*(?:hx|history|Hx)\b|^[a-z]/,
    meanings: [{ expansion: 'Medical', after: /^\s*:\s*(?:hx|history|HTN|hypertension|borderline|T[12]DM|DM(?:II|I|[12])?|diabetes|prediabetes|asthma|COPD|CHF|CAD|hypothyroid\w*|thyroid|obesity|chronic pain|migraines?|seizures?|epilepsy|cancer|OSA|sleep apnea|GERD|IBS|arthritis|HLD|hyperlipidemia|anemia|stroke|cardiac|heart|kidney|liver|TBI|concussion|surgery|pregnan\w*)\b/ },
      // ("Med: PCP labs 2 wks ago - K 3.4, WNL. HR 48": beside labs and vital signs, with no dose named, the line is medical.)
      // ("Med: dizziness on standing, 2 syncopal episodes in Feb": symptoms of the body, with no dose named, are medical too.)
      { expansion: 'Medical', after: /^\s*:(?![^\n]*\b(?:\d+\s*mg|mg|mcg|dose|titrat\w*|started|increase[sd]?|decrease[sd]?|refill\w*)\b)[^\n]*\b(?:labs?|HR|BP|ECG|EKG|vitals|orthostatics?|WNL|K\s*\d|electrolytes?|amenorrh\w*|bradycardi\w*|BMI|dizz\w*|syncop\w*|faint\w*|palpitations|chest pain|hypotensi\w*|dehydrat\w*|lightheaded\w*)\b/ },
    ],
    fallback: 'Medication',
    silent: true,
    examples: [['Med: dizziness on standing, 2 syncopal episodes in Feb', 'Medical'], ['Med: HTN borderline per PCP', 'Medical'], ['Med: sertraline 50mg', 'Medication'], ['Med: PCP labs from 2 wks ago - K 3.4, otherwise WNL. HR 48', 'Medical'], ['Med: sertraline 100mg, labs WNL', 'Medication'], ['Med: DM2 on metformin, HTN.', 'Medical']],
  },
  {
    // ("Cont SR window 12-7", "SR titration", in CBT-I: sleep restriction; "SR" beside school words stays as written.)
    short: 'SR',
    caseSensitive: true,
    meanings: [
      { expansion: 'sleep restriction', after: /^\s*(?:window|titration|schedule|prescription|therapy|protocol|was|is|started|continued)\b|^\s*(?:\d|\()/ },
      { expansion: 'sleep restriction', topic: /\b(?:CBT-?I|insomnia|sleep efficiency|SE\b|TIB|TST|SOL|WASO|sleep diar(?:y|ies)|sleep window|time in bed)/ },
    ],
    examples: [['Cont SR window 12-7, no change', 'sleep restriction'], ['CBT-I sess 5, SE 78%, SR held', 'sleep restriction'], ['SR', null]],
  },
  {
    short: 'SE',
    caseSensitive: true,
    meanings: [
      // ("most SE improved (avg 78% -> 84%)": a percentage a few words on is sleep efficiency, whatever word comes between.)
      { expansion: 'sleep efficiency', both: { before: /(?:)$/, after: /^\s*(?:[a-z]+\s+){0,2}\(?(?:avg|average|mean|from|~)?\s*\d+\s*%/i } },
      // ("c/o mild nausea, no other SE": a complaint of a medicine, then the others denied, are side effects; a percentage is sleep efficiency.)
      // ("Will send update to Dr Nguyen re SE", after Strattera started: an update to the prescriber is about side effects.)
      { expansion: 'side effects', before: /\b(?:Dr\.?\s+[A-Z][a-z]+|prescriber|psychiatrist|PCP|pcp|MD|NP|psych|pharmacist|pharmacy)\s+(?:re:?|regarding|about|abt)\s*$/ },
      { expansion: 'side effects', before: /\b(?:no other|other|no|any|denies|denied|without|few|minimal|mild|tolerating|c\/o|complains of|reviewed|new|no new|any new|med|medication)\s*$/i, after: /^\s*(?:tolerable|tolerated|tolerating|minimal|mild|manageable|resolved|resolving|improving|improved|none|from|of|include|including)\b/i },
      { expansion: 'sleep efficiency', after: /^\s*(?:~|approx\.?\s*)?\d+\s*%|^\s*(?:was|is|of|at|up|down|improved)\b/i, topic: /\b(sleep\w*|window|TIB|time in bed|insomnia|CBT-I|bedtime)\b/i },
      { expansion: 'side effects', topic: MEDICATION },
    ],
    examples: [['sleep better w/ window 12a-6a, SE ~85%', 'sleep efficiency'], ['SE from sertraline: nausea', 'side effects'], ['fluvoxamine increased, sleeping ok, c/o mild nausea, no other SE', 'side effects'], ['partial response, SE tolerable, keep dose', 'side effects'], ['SE noted', null], ['most SE improved (avg 78% -> 84%)', 'sleep efficiency'], ['CBT-I intro, sleep diary given. Will send update to Dr Nguyen re SE', 'side effects']],
  },
  {
    short: 'PE',
    caseSensitive: true,
    meanings: [
      // ("the vet I see individually for PE", "started PE last month": a client seen for it, or a course begun, is the therapy.)
      { expansion: '⟪PE⟫', before: /\b(?:seen|see|sees|saw|seeing|treated|treating|started|starting|began|begin|continue|continued|continuing|course of|sessions? of|wks? of|weeks? of)\s+(?:(?:him|her|them|individually|weekly)\s+)?(?:for\s+|with\s+)?$/i },
      { expansion: 'physical education', after: /^\s*(class|teacher|coach|period)\b/i, before: /\b(in|at|during|skips?|skipped|misses|missed|no|from|for)\s*$/i },
      // ("PE: boyfriend didn't reply, vuln: 4 hrs sleep": in a chain analysis, the prompting event.)
      { expansion: 'prompting event', both: { before: /(?:^|[,;(]\s*|\bchain\b[^.;]{0,40})$/i, after: /^\s*[:=-]\s*\S[^.;\n]{0,120}\b(?:vuln\w*|vulnerabilit\w*|links?|consequences?|problem behaviou?r|target behaviou?r)\b/i } },
      { expansion: '⟪PE⟫', topic: /\b(imaginal|in vivo|in-vivo|trauma|PTSD|hierarchy|hot ?spots?|PCL-5|exposure)\b/i },
    ],
    examples: [['PE sess 4, imaginal exposure of the crash', 'prolonged exposure'], ['the veteran I see individually for PE came in', 'prolonged exposure'], ['skipped PE again', 'physical education'], ['late for PE', 'physical education'], ['PE: bf did not text back, vuln: 4 hrs sleep', 'prompting event'], ['PE', null]],
  },
  {
    short: 'PT',
    caseSensitive: true,
    meanings: [
      // "saw my profile on PT": the therapist directory.
      // ("pushing through PT" on a rehab unit is the therapy: "through" alone names no directory.)
      { expansion: 'Psychology Today', before: /\b(?:profile on|listing on|found (?:me|you|us|her|him|the therapist) on|(?:found|referred|came to (?:me|us)|heard (?:of|about) (?:me|us)|contacted (?:me|us)|reached out)\s+(?:\w+\s+){0,2}(?:through|via))\s*$/i },
      { expansion: 'physical therapist', onlyTopic: REHAB_TOPIC, after: THERAPIST_ACTS },
      // ("Currently PT bookkeeper": before a job, part-time.)
      { expansion: 'part-time', after: /^\s*(job|work|shifts?|hours|position|student|bookkeeper|cashier|clerk|barista|receptionist|assistant|driver|server|tutor|caregiver|employee|worker|nanny|teacher|aide|bartender|waitress|waiter)\b/i, before: /\b(?:work(?:s|ing|ed)?|employed|job is|back to work)\s*$/i },
      // ("fell out of PT run", "missed morning PT": among service members, physical training.)
      { expansion: 'physical training', unlessTopic: NOT_MILITARY, after: /^\s*(test|formation|run|score|uniform|failure|standards?)\b/i, before: /\b(?:morning|at|during|missed|missing|from|skipped|skipping|after|before|unit|company|platoon|squad|did|doing|fell out of|falls? out of)\s*$/i },
      // ("Sister says PT forgets appointments": after a saying, the letters are the patient, never the therapy.)
      { expansion: 'physical therapy', before: /^(?![\s\S]*\b(?:says|said|reports|reported|states|stated|thinks|feels|worried|notes|noted)\s*$)[\s\S]*[a-z0-9,]\s*$/, after: /^\s*(for|after|appointments?|sessions?|exercises?|referral|eval|evaluation)\b|^\s*$/i },
      { expansion: 'client', before: /^\s*$/ },
    ],
    examples: [['SPC, fell out of PT run twice this week', 'physical training'], ['PT job at Target', 'part-time'], ['Currently PT bookkeeper, married', 'part-time'], ['working PT at grocery', 'part-time'], ['refusing PT', 'physical therapy'], ['PT referral for back', 'physical therapy'], ['PT reports better sleep', 'client'], ['saw my profile on PT and called', 'Psychology Today'], ['stroke, R hemiparesis; PT says she may need a walker', 'physical therapist'], ['PT reports headaches 3x/wk since the TBI', 'client'], ['TBI; pushing through PT then wiped out', 'physical therapy']],
  },
  {
    // "says tolerance prob down": probably; "sleep prob", "the main prob": a problem.
    short: 'prob',
    meanings: [
      { expansion: 'probably', after: /^\s+(?:not|down|up|will|won't|wont|would|going|gonna|fine|ok|okay|needs?|should|is|was|has|had|lower|higher|too|a|the|just|more|less|better|worse)\b/i },
      { expansion: 'problem', before: /\b(?:the|a|this|that|main|big|sleep|drinking|alcohol|drug|anger|behavior|health|medical|no)\s*$/i },
      // ("Prob MDD recurrent, r/o AUD": before a diagnosis, the clinician's probable diagnosis.)
      { expansion: 'probable', after: /^\s+(?:MDD|GAD|PTSD|C-?PTSD|ADHD|AUD|OUD|SUD|OCD|BPD|PDD|MCI|NCD|ASD|ED|AN|BN|BED|SAD|PMDD|bipolar|major|generalized|persistent|adjustment|alcohol|opioid|cannabis|stimulant|panic|social|post-?traumatic|borderline|autism|dementia|mild|major)\b/ },
    ],
    examples: [['says tolerance prob down', 'probably'], ['sleep prob x 2 wks', 'problem'], ['Prob MDD recurrent, r/o AUD mild-mod', 'probable'], ['prob', null]],
  },
  {
    // "wk 9 PP", "PP depression": postpartum, in a summary about a baby; otherwise kept.
    short: 'PP',
    caseSensitive: true,
    meanings: POSTPARTUM_MEANINGS,
    examples: [['wk 9 PP, baby slept', 'postpartum'], ['PP depression', 'postpartum'], ['PP', null]],
  },
  {
    // ("screen her at the pp visit", dictated or typed in lower case): the same postpartum, by the same cues.
    short: 'pp',
    caseSensitive: true,
    meanings: POSTPARTUM_MEANINGS,
    examples: [['screen her at the pp visit, baby', 'postpartum'], ['pp', null]],
  },
  {
    // "sent by VP after hallway shove": at school the vice principal; "promoted to VP of sales" at work.
    short: 'VP',
    caseSensitive: true,
    meanings: [
      { expansion: 'vice president', before: /\b(?:promoted to|became|made|named|as|new|company's|the company's)\s*$/i, after: /^\s*(?:of|at)\b/i },
      // ("Deaf, ASL ... nobody to sign with except on VP", "988 via VP"): in a Deaf client's summary, the videophone.
      { expansion: 'videophone', topic: DEAF },
      { expansion: 'vice principal', topic: /\b(school|students?|stu|class|classes|grade|gr|suspension|ISS|OSS|detention|teacher|principal|counselor|period|pd|recess|lunch)\b/i },
    ],
    examples: [['sent by VP after hallway shove in 3rd period', 'vice principal'], ['promoted to VP of sales', 'vice president'], ['VP', null], ['Deaf, ASL; will check in by VP Thurs', 'videophone'], ['called mom via VP, interpreter present, Deaf teen group at school', 'videophone']],
  },
  {
    // "wears bilateral HAs", "took out her HA": hearing aids worn; everywhere else a headache.
    short: 'HAs',
    caseSensitive: true,
    meanings: [{ expansion: 'hearing aids', before: HEARING_AID_BEFORE }],
    fallback: 'headaches',
    examples: [['wears bilateral HAs', 'hearing aids'], ['took out his HAs for quiet', 'hearing aids'], ['HAs 3x/wk', 'headaches'], ['migraine HAs worse', 'headaches']],
  },
  {
    short: 'HA',
    caseSensitive: true,
    // ("ref by PCP for HA + medical avoidance", "CBT for HA" in a health-anxiety summary: health anxiety, never a headache.)
    meanings: [{ expansion: 'hearing aid', before: HEARING_AID_BEFORE }, { expansion: 'health anxiety', topic: /\b(?:health anxiety|illness anxiety|hypochondri\w*|reassurance[- ]seeking|body[- ]checking|googling symptoms|cyberchondria|medical avoidance|checking (?:his|her|their) (?:pulse|body|moles|lymph nodes|heart rate))\b/i }],
    fallback: 'headache',
    examples: [['wears R HA, L ear deaf', 'hearing aid'], ['HA since yesterday', 'headache'], ['ref by PCP for HA + medical avoidance', 'health anxiety']],
  },
  {
    // "dad in TX, little contact": a person in a place is in Texas; "cont TX", "TX plan" is treatment.
    short: 'TX',
    caseSensitive: true,
    meanings: [
      { expansion: 'Texas', before: /\b(?:(?:lives?|living|moved|moving|relocated|born|raised|grew up|stays?|staying|works?)\s+(?:back\s+)?(?:in|to)|from|visiting|(?:dad|mom|father|mother|brother|sister|aunt|uncle|grandma|grandpa|grandmother|grandfather|family|parents?|cousin|son|daughter|husband|wife|partner|ex)\s+(?:is\s+|lives\s+|now\s+|still\s+)?in)\s*$/i },
      { expansion: 'treatment', before: /(?:^|\S)\s*$/ },
    ],
    examples: [['dad in TX, little contact', 'Texas'], ['moved to TX in 2019', 'Texas'], ['cont TX plan', 'treatment']],
  },
  {
    short: 'vet',
    meanings: [
      // ("gave him the Vet Center number": the VA's readjustment counseling centers, by their name.)
      { expansion: 'Vet', after: /^\s+Centers?\b/ },
      // ("works as a vet tech", "vet school", "vet clinic": the animal doctor's field, said as an adjective.)
      { expansion: 'veterinary', after: /^\s*(school|tech|techs|technician|clinic|office|hospital|assistant)\b/i },
      // "wants to be a vet", "took the dog to the vet": an animal doctor.
      { expansion: 'veterinarian', before: /\b(?:be|become|becoming|studying to be|train(?:ing)? to be) an?\s*$|\b(?:to the|at the|from the|dog's|cat's)\s*$/i, after: /^\s*(school|tech|techs|clinic|appointment|appt|bill|bills|visit)\b/i },
      { expansion: 'veteran', before: /\b(?:combat|army|navy|marine|military|disabled|female|male|fellow|vietnam|iraq|afghanistan|gulf war)\s*$/i, after: /^\s*(center|services|benefits|status|affairs|group|outreach|peer|,\s*\d)\b/i, topic: /\b(combat|deploy\w*|military|army|navy|marines?|VA|IED|service-connected|veterans?|afghanistan|iraq)\b/i },
      // "Vet doing ok, started new job": a statement opened by "vet" and what they do is the veteran's, the client.
      { expansion: 'client', after: /^\s+(?:doing|is|was|has|had|reports?|reported|states?|stated|said|says|denies|denied|endorses|endorsed|feels|felt|agreed|completed|participated|identified|presented|appeared|able)\b/ },
    ],
    examples: [['the Vet Center number', 'Vet'], ['off work (vet tech)', 'veterinary'], ['wants to be a vet', 'veterinarian'], ['took the dog to the vet', 'veterinarian'], ['combat vet, 2 deployments', 'veteran'], ['Vet doing ok, started new job', 'client'], ['vet', null]],
  },
  {
    short: 'OT',
    caseSensitive: true,
    meanings: [
      // ("driving eval thru OT": a driving evaluation is occupational therapy's.)
      // ("referred to OT driving eval", "PT/OT", "SLP and OT": a rehabilitation discipline, beside its evaluations and its peers.)
      // ("refusing OT stretching", "OT (Priya) came in": a burn or rehab unit's therapy, its exercises, its named therapist.)
      { expansion: 'occupational therapy', after: /^\s*(eval|evaluation|referral|sessions?|appointments?|goals?|stretch\w*|exercises?|splints?|splinting|range of motion|ROM|\(\s*[A-Z][a-z]+(?=\s*\))|for (?:fine motor|sensory|handwriting|driving|ADLs?)|(?:driving|ADLs?|home safety|functional|vocational|cognitive)\s+(?:eval|evaluation|assessment)|(?:\/|,|and|&)\s*(?:PT|SLP|ST|speech)\b)\b/i, before: /\b(?:driving|ADL|home safety)\s+(?:eval|evaluation|assessment)\s+(?:thru|through|via|by|with|w\/)\s*$|\b(?:PT|SLP|speech(?: therapy)?|physical therapy)\s*(?:\/|,|and|&)\s*$/i },
      { expansion: 'occupational therapist', onlyTopic: REHAB_TOPIC, after: THERAPIST_ACTS },
      { expansion: 'occupational therapy', topic: REHAB_TOPIC },
      { expansion: 'overtime', before: /\b(re:?|regarding|about|working|worked|work|extra|mandatory|more|no|pick up|picking up|picked up|refus\w+|declin\w+|turn\w* down)\s*$/i, topic: /\b(manager|boss|supervisor|shifts?|paycheck|coworkers?|job)\b/i },
    ],
    examples: [['boundaries w/ manager re: OT', 'overtime'], ['OT eval for handwriting', 'occupational therapy'], ['discussed formal driving eval thru OT', 'occupational therapy'], ['lost job; referred to OT driving eval', 'occupational therapy'], ['continues PT/OT at rehab', 'occupational therapy'], ['refusing OT stretching for 2 days', 'occupational therapy'], ['OT', null], ['TBI, irritable, OT took him back to room', 'occupational therapist'], ['stroke 3 wks ago, memory notebook w/ OT, quit job', 'occupational therapy']],
  },
  {
    short: 'PO',
    caseSensitive: true,
    meanings: withParole([
      // ("PO violated him for positive EtG last wk": a violation filed against someone is the probation officer's act.)
      { expansion: 'probation officer', after: /^\s+(?:violated|is violating|will violate|wants to violate|filed a violation|filing a violation)\b/ },
      // ("no PRN given, refused PO offer"): a medicine offered by mouth, beside a PRN, is the route.
      { expansion: 'by mouth', both: { before: /\b(?:PRN|prn|as needed|meds?|medications?|refused|declined|accepted)\b[^.;]{0,30}$/, after: /^\s+(?:offer|offered|dose|med|meds|medication|option)\b/i } },
      // ("tapering his IV hydromorphone to PO", "switched to PO"): from the vein to the mouth, a route.
      // ("PO chemo", "PO intake", "PO meds"): by mouth, before what is taken.
      { expansion: 'oral', after: /^\s*(?:chemo|chemotherapy|meds|medications?|antibiotics?|intake|fluids|steroids?|pain meds)\b/i },
      { expansion: 'oral', before: /\b(?:IV|intravenous)\b[^.;]{0,60}\bto\s*$|\b(?:switch(?:ed|ing)?|transition(?:ed|ing)?|convert(?:ed|ing)?|change(?:d)?|advance(?:d)?|step(?:ped)? down)\s+(?:\w+\s+){0,3}to\s*$/i },
      // "PO (Mr. Graves) requested attendance letter": a person named after it, or doing something, is the officer, whatever the topic.
      // ("PO aware, PO is Wilson", "follow up w/ Dion PO re absence": an officer named, aware, or someone's own, is the officer.)
      // ("PO to be notified per court agreement": a person is notified; an order is not.)
      { expansion: 'probation officer', both: { before: /(?:)/, after: /^\s*(?:\((?:Mr|Ms|Mrs|Mx|Officer|Ofc)\.?\s+[A-Z]|(?:requested|requests|wants|wanted|called|emailed|asked|asks|aware|notified|informed)\b|(?:to be|will be|was|has been|being|needs to be|must be)\s+(?:notified|informed|contacted|called|emailed|updated|told)\b|(?:is|was)\s+(?:(?:Mr|Ms|Mrs|Mx|Officer)\.?\s+)?[A-Z][a-z]+\b)/ } },
      { expansion: 'probation officer', both: { before: /\b(?:w\/|with|to|call|called|email|emailed|notify|notified)\s+[A-Z][a-z]+(?:'s)?\s*$/, after: /(?:)/ } },
      // ("Ex complying w/ PO no contact x6 wks"): a former or current partner, then the order's terms, is a protective order.
      { expansion: 'protective order', both: { before: /\b(?:ex|ex-(?:husband|wife|boyfriend|girlfriend|partner)|husband|wife|partner|boyfriend|girlfriend|abuser|spouse)\b[^.;]{0,40}$/i, after: /^\s*(?:no[- ]contact|hearing|petition|paperwork|papers|granted|in place|expired|expires|extended|served)\b/i } },
      // ("choked her ... Discussed PO, cl not ready", "Referred to advocate for PO consult"): in a summary about partner violence,
      // with no probation or parole in it, the letters are the order, unless an officer is named or acts just after them.
      { expansion: 'protective order', unlessTopic: /\b(?:probation|parole|paroled|charged?|arrest\w*|batterer\w*|offender|court-(?:mandated|ordered)|PO\s+(?:is|\((?:Mr|Ms|Mrs|Mx|Officer|Ofc)))\b/i, onlyTopic: IPV_TOPIC, both: { before: /(?:)/, after: /^(?!\s*(?:\((?:Mr|Ms|Mrs|Mx|Officer|Ofc)|(?:requested|requests|wants|wanted|called|emailed|asked|asks|said|says)\b|(?:chemo|meds|medications?|antibiotics?|fluids|intake|dose|x\s?\d)\b))/ } },
      // ("Marcus had guns but they were surrendered w/ PO": guns are surrendered under a protective order, never to a probation officer.)
      { expansion: 'protective order', both: { before: /\b(?:guns?|firearms?|weapons?|rifles?|pistols?|handguns?)\b[^.;]{0,40}\b(?:surrendered|relinquished|turned in|removed|taken|confiscated|given up)\s+(?:w\/|with|under|per|by|due to|because of|as part of)\s*(?:the\s+|a\s+)?$/i, after: /(?:)/ } },
      // ("dad (supervised visits only per PO)": visits and contact are set by a protective order, never by a probation officer.)
      { expansion: 'protective order', both: { before: /\b(?:supervised\s+visits?|visits?|visitation|no[- ]contact|contact|custody|stay(?:s|ing)?\s+away)\b[^.;()]{0,30}\bper\s*$/i, after: /(?:)/ } },
      // ("angry about PO violation report after + UDS": the probation officer's report of a violation.)
      { expansion: 'probation officer', after: /^\s*(?:violation report|violation letter|report(?:ed)?|meeting|appointment|appt|check-in|visit)\b/ },
      // "bring PO paperwork" in a summary about a protective order hearing is the order, never a probation officer.
      // ("she filed for PO", "got a temporary PO": an order is filed for and granted; an officer is not.)
      { expansion: 'protective order', before: /\b(?:filed for|file for|filing for|applied for|petitioned for|got a|has a|have a|granted a|temporary|emergency|violated (?:the|her|his))\s*$/i, after: /^\s*(?:hearing|petition|granted|denied|expired|expires|in place|filed|served|violation|violated)\b/i, topic: /\b(?:protective order|restraining order|order of protection|domestic violence|\bDV\b|abuser|IPV|intimate partner violence)\b/i },
      // "probation - PO Ms. Delgado", "ROI for PO", "PO's report": a person, on probation.
      // ("Collateral call w/ PO Hernandez": a surname after it names the officer.)
      { expansion: 'probation officer', before: /(?:\bw\/|\b(?:his|her|their|my|the|with|to|per|from|by|for|called|call|calling|met|meets|meeting|see|saw|notify|notified|notifying|contact|contacted|inform|informed|told|tell|update|updated|emailed|email|victim or|toward|towards|referral:?|probation\s*[-:–(]?))\s*$/i, after: /^\s*(?:meeting|visit|check-in|said|says|reports?|called|calls|wants|requires|required|appointment|appt|requesting|requests|requested|confirmed|agreed|notified|told|tells|aware|informed|emailed|approved|letter|contact|per|(?:\+|and|&)\s*court)\b|^(?:'s\b|\s+(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+[A-Z]|\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,}\b(?!\s+(?:daily|BID|TID|QID|QHS|PRN)\b))/, topic: /\b(?:probation|parole|court-ordered|court date|DUI|DWI|offense|charges?|sentenced|juvenile justice)\b/i },
      // ("ativan 1mg PRN PO x1", "PO or IM": the route of a dose.)
      { expansion: 'by mouth', before: /\b(?:\d+\s*mg|PRN|prn|as-needed)\s*$/, after: /^\s*(?:or|\/)\s*IM\b/ },
    ]),
    examples: [['DV group: follow up w/ Dion PO re absence', 'probation officer'], ['DV program, UA positive, PO aware, PO is Wilson', 'probation officer'], ['stopped eating, PO chemo on hold', 'oral'], ['he had guns but they were surrendered w/ PO', 'protective order'], ['team tapering his IV hydromorphone to PO', 'oral'], ['angry about PO violation report after positive UDS', 'probation officer'], ['released 3 wks ago, notified PO (Officer Grant) per release conditions', 'parole officer'], ['first use since release in June, terrified his PO will violate him', 'parole officer'], ['Mom says dad (supervised visits only per PO) told J "mommy\'s going to be sorry"', 'protective order'], ['given ativan PRN PO x1, calmer in 20 min', 'by mouth'], ['bring PO paperwork next session, protective order hearing is 11/14', 'protective order'], ['Ex complying w/ PO no contact x6 wks, sleeping better', 'protective order'], ['partner choked her last wk. Referred to advocate for PO consult', 'protective order'], ['strangled x2 per cl. Discussed PO, cl not ready', 'protective order'], ['referred by PO for DUI', 'probation officer'], ['court-mandated (probation - PO Ms. Delgado), DV charge dismissed', 'probation officer'], ['ROI for PO signed; DV charge dismissed, on probation', 'probation officer'], ['sertraline 50 mg PO daily', 'by mouth'], ['Collateral call w/ PO Hernandez, ROI on file', 'probation officer'], ['dad texted "you\'ll regret it", she filed for PO', 'protective order'], ['DV group. consult re duty to warn + notify PO per contract', 'probation officer'], ['DV intake. after PO told him this am', 'probation officer'], ['DV. denies HI toward victim or PO', 'probation officer'], ['seclusion 20 min, no PRN given, refused PO offer', 'by mouth'], ['DV charge, anger mgmt. PO (Mr. Graves) requested attendance letter - sent', 'probation officer'], ['Court-mandated after DV charge. PO to be notified per court agreement.', 'probation officer'], ['PO', null]],
  },
  {
    // "imaginal exposure on the IED memory": a blast in combat; "r/o IED", "dx IED": intermittent explosive disorder.
    short: 'IED',
    caseSensitive: true,
    meanings: [
      // ("dx PTSD, IED", "Dx: MDD + IED"): listed with other diagnoses after the label, the disorder too.
      { expansion: 'intermittent explosive disorder', before: /\b(?:dx|diagnosis|diagnosed with|r\/o|rule out|meets criteria for|criteria for|hx of|history of)\s*(?:of\s+)?(?::\s*)?(?:(?:PTSD|MDD|GAD|ADHD|AUD|OUD|SUD|BPD|OCD|bipolar(?: I{1,2})?|depression|anxiety)\s*(?:,|\+|&|and|\/)\s*){0,3}$/i, after: /^\s*(?:dx|diagnosis|criteria|symptoms|sx)\b/i },
      { expansion: 'improvised explosive device', before: /\b(?:the|an|by|from|hit|struck|an?)\s*$/i, after: /^\s*(?:memory|blast|explosion|attack|strike|hit|incident|event|trauma|in|on)\b/i, topic: /\b(?:deployment|deployed|Iraq|Afghanistan|convoy|combat|veteran|vet|army|marines?|soldier|PE|prolonged exposure)\b/i },
    ],
    examples: [['imaginal exposure on the IED memory', 'improvised explosive device'], ['r/o IED vs bipolar', 'intermittent explosive disorder'], ['Army veteran, dx PTSD, IED.', 'intermittent explosive disorder'], ['IED', null]],
  },
  {
    // "remains on SW 15 min checks", "declined SW": in jails and crisis units SW is suicide watch; "ED SW Kim" is a social worker.
    short: 'SW',
    caseSensitive: true,
    meanings: [
      // ("He stepped down from SW yesterday", "came off SW"): a watch one steps down from or comes off, whatever word is before.
      { expansion: 'suicide watch', both: { before: /\b(?:step(?:ped|s)?[- ]down\s+from|came\s+off|come\s+off|taken\s+off|back\s+on)\s*$/i, after: /^/ } },
      { expansion: 'social worker', before: /\b(?:let|tell|told|inform|informed|notify|notified|update|updated|page|paged|loop in|looped in|ED|ER|hospital|school|unit|the|a|an|our|my|his|her|their|case|clinic|medical|hospice|county|CPS|DCFS|APS|with|w\/|to|called|calls?|per|from|spoke (?:with|to)|met (?:with)?)\s*$/i, after: /^\s*(?:\(\s*[A-Z][a-z]+(?=\s*\))|[A-Z][a-z]+\b|(?:already|also|just|then)\s+[a-z]+ed\b|re\b|re:|regarding\b|about\b|said|says|stated|reports?|reported|will|called|notified|aware|visit|consult|referral|involved|assigned)/ },
      // ("Plan: ... SW f/u 1 wk", with no watch anywhere in the summary: a follow-up set a week ahead is the social worker's.)
      { expansion: 'social worker', unlessTopic: /\b(?:jail|cell|pod|inmate|booking|q\s?15|1:1|suicide watch|watch|smock|CO|seg(?:regation)?|unit)\b/i, after: /^\s*(?:f\/u|follow[- ]?up)\s+(?:in\s+)?(?:\d+\s*(?:wks?|weeks?|w)\b|(?:next|this)\s+(?:week|wk)\b|tomorrow|tmrw|(?:mon|tues?|wed|thur?s?|fri)\w*\b)/i },
      // ("P: SW f/u 1 wk" in a hospice home visit: the social worker's follow-up, where no one is ever on a watch.)
      { expansion: 'social worker', onlyTopic: /\b(?:hospice|palliative|home visit|HV|bereave\w*|POLST|chaplain|end[- ]of[- ]life|comfort care)\b/i, after: /^\s*(?:f\/u|follow[- ]?up|visit|to|will|assessment|consult)\b/i },
      { expansion: 'suicide watch', before: /\b(?:on|off|placed|placement|remains?|remained|declined|refused|continue|cont|continued|d\/c|discontinued|removed from|step(?:ped)?[- ]down from|kept|put|started|initiated|no|not|indicated|requires?|needs?)\s*(?:on\s*)?$/i, after: /^\s*(?:f\/u|follow[- ]?up|status|precautions?|1:1|level|checks?|\d+\s*-?\s*min|q\s?\d+|day\s+\d+|placement|smock|constant|obs|observation|indicated|not indicated|d\/c|discontinued|step[- ]?down|continued|cont)\b/i, topic: /\b(?:smock|cell|pod|booking|jail|inmate|detainee|step[- ]down|suicide precautions?|CO [A-Z][a-z]+|in custody|custody (?:staff|officers?|unit|deputy))\b/ },
    ],
    examples: [['He stepped down from SW yesterday, on q15 checks', 'suicide watch'], ['Hospice HV. P: SW f/u 1 wk', 'social worker'], ['Sofia 16, urges to cut, no acts. Plan: SW f/u 1 wk', 'social worker'], ['remains on SW 15 min checks', 'suicide watch'], ['SW f/u day 3', 'suicide watch'], ['pt declined SW', 'suicide watch'], ['handoff to ED SW Kim', 'social worker'], ['spoke w/ SW re housing', 'social worker'], ['will let SW (Tina) know', 'social worker'], ['Plan: meet before d/c, SW re: custody schedule/coparenting resources', 'social worker'], ['SW', null]],
  },
  {
    // "TP linear, TC: paranoid re neighbors": the mental status exam's thought content; "TC w/ case manager": a telephone call.
    short: 'TC',
    caseSensitive: true,
    meanings: [
      { expansion: 'telephone call', before: /\b(?:had|made|brief|completed|received|returned|scheduled|weekly|phone|a)\s*$/i, after: /^\s*(?:with|w\/|to|from)(?=\s)/i },
      { expansion: 'thought content', after: /^\s*[:=\-–]?\s*(?:wnl|logical|linear|paranoi\w*|delusion\w*|grandios\w*|guilt\w*|hopeless\w*|worthless\w*|no\s+(?:SI|HI|delusions?|AH|VH|paranoia)\b|\+|positive|negative|preoccup\w*|obsess\w*|ruminat\w*|believes|focused|future|appropriate|unremarkable|notable|religious|somatic|themes?)\b/i, before: /\b(?:TP|thought process|LOA|FOI|MSE|AH|VH)\b[^.]{0,60}$/, topic: /\b(?:TP|FOI|LOA|AH\/VH|AH|VH|MSE|A&Ox?\d)\b/ },
    ],
    examples: [['TP linear, TC: paranoid re neighbors', 'thought content'], ['TC - guilt, hopelessness', 'thought content'], ['TC w/ case manager re housing', 'telephone call'], ['TC', null]],
  },
  {
    // "TP: tangential, occasional LOA": loosened associations in the thought process; "on LOA from work": a leave of absence.
    short: 'LOA',
    caseSensitive: true,
    meanings: [
      { expansion: 'leave of absence', before: /\b(?:on|medical|FMLA|taking|took|return(?:ing|ed)? from|unpaid|paid|extended|approved)\s*$/i, after: /^\s*(?:from|until|since|ends?|started|for|through|paperwork)\b/i },
      { expansion: 'loosening of associations', before: /\b(?:TP|thought process|tangential|circumstantial|FOI|occasional|some|mild|marked|no|with|\+|and)\s*[:,]?\s*$/i, topic: /\b(?:TP|FOI|AH|VH|psychos\w*|delusion\w*|tangential|circumstantial|thought process)\b/ },
    ],
    examples: [['TP: tangential, occasional LOA', 'loosening of associations'], ['on LOA from work since March', 'leave of absence'], ['LOA', null]],
  },
  {
    // "CC: panic attacks" is the chief complaint; "got into CC dual enrollment" is a community college.
    short: 'CC',
    caseSensitive: true,
    meanings: [
      { expansion: 'community college', before: /\b(?:into|at|to|from|attends|attending|enrolled (?:in|at)|started|starting|local|the)\s*$/i, after: /^\s*(?:dual enrollment|classes|class|courses?|campus|semester|credits?|application|admission)\b/i },
      // ("hasn't told K about ~$14k CC debt": a card's debt, balance or bill is a credit card's.)
      { expansion: 'credit card', after: /^\s*(?:debt|debts|bills?|balances?|payments?|statements?|limit|charges?|companies|company|interest)\b/i },
    ],
    fallback: 'chief complaint',
    examples: [['got into CC dual enrollment', 'community college'], ['has not told her about ~$14k CC debt', 'credit card'], ['CC: panic attacks x3 wks', 'chief complaint'], ['CC', 'chief complaint']],
  },
  {
    short: 'PMR',
    caseSensitive: true,
    meanings: [
      // "MSE: disheveled, PMR, affect constricted": in a mental status list, psychomotor retardation.
      { expansion: 'psychomotor retardation', before: /\b(?:MSE|mental status|disheveled|unkempt|grooming|hygiene|appearance|slowed|affect|mood|eye contact|speech|latency|cooperative|guarded)\b[^.;]*$/i, after: /^\s*[,;]\s*(?:affect|TP|thought|speech|mood|eye contact|poor eye|latency|slowed|psychomotor)\b/i },
    ],
    fallback: 'progressive muscle relaxation (PMR)',
    examples: [['MSE: disheveled, PMR, affect constricted', 'psychomotor retardation'], ['taught PMR, practiced 10 min', 'progressive muscle relaxation (PMR)'], ['PMR', 'progressive muscle relaxation (PMR)']],
  },
  {
    short: 'HR',
    caseSensitive: true,
    meanings: [
      // ("coordinate w/ Dr O re HR" in a summary of vitals: the heart rate.)
      // ("RTW mtg w HR 10/14": a date after it is when, never a rate.)
      { expansion: 'heart rate', after: /^\s*(?:[<>=~]|\d(?!\d?\s*\/\s*\d)|of\s+\d|was\s+\d|up|elevated|above|below|over\s+\d|racing|bpm)/i, before: /\b(?:misinterp\w*|misinterpretation of|monitoring|checking|fear of (?:a )?(?:high|racing|fast)|elevated|increased|racing)\s*(?:of\s+)?$/i, topic: /\b(?:orthostatic\w*|vitals|bradycardi\w*|tachycardi\w*|blood pressure|BP \d|EKG|ECG|bpm)\b/ },
      // "receptive to HR, not to stopping", "HR strategies": in substance-use work, harm reduction.
      { expansion: 'harm reduction', before: /\b(?:receptive to|open to|interested in|ambivalent about|resistant to|not ready for|education (?:on|re|about)|psychoeducation (?:on|re|about)|psychoed (?:on|re|about))\s*$/i, after: /^\s*(?:strateg\w*|approach|kits?|supplies|education|model|services|tips|principles|measures|counseling|check-?ins?|visits?|outreach|contacts?|sessions?|program|specialist|worker|team)\b/i },
      { expansion: 'human resources', before: /\b(?:w\/?|mtg w\/?|called|call|calling|contacted|contact|emailed|email|met with|meeting with|talk(?:ed)? to|spoke (?:to|with)|from|to|with|complaint to|report(?:ed)? to|went to|filing|file|filed|chose|choose|through|via|involve|involving|involved)\s*$/i, after: /^\s*(?:meeting|rep|representative|department|dept|complaint|grievance|investigation|called|said|told|manager|director|policy|policies|file|paperwork|threat|suggested|referred|\((?!heart\b)[a-z]+)\b/i, topic: /\b(?:EAP|EE|employer|workplace|coworkers?|FMLA|RTW|return[- ]to[- ]work|fitness[- ]for[- ]duty)\b/ },
    ],
    examples: [['RTW mtg w HR 10/14', 'human resources'], ['vitals: HR 48 resting, orthostatic +22; coordinate w/ Dr O re HR', 'heart rate'], ['Catastrophic misinterp of HR persists', 'heart rate'], ['receptive to HR, not to stopping', 'harm reduction'], ['reviewed HR strategies (fentanyl test strips, not using alone)', 'harm reduction'], ['HR > 100 during the exposure', 'heart rate'], ['meeting with HR Friday about accommodations', 'human resources'], ['filing HR grievance', 'human resources'], ['called HR (Linda Ortiz) during session', 'human resources'], ['HR threat assessment team notified', 'human resources'], ['HR', null]],
  },
  {
    short: 'BP',
    caseSensitive: true,
    meanings: [
      { expansion: 'blood pressure', after: /^\s*(meds?|medications?|up|high|low|goes|went|reading|check|cuff|\d)/i, before: /\b(high|low|his|her|their|checked|elevated)\s*$/i },
      { expansion: 'bipolar disorder', after: /^\s*(I|II|1|2|disorder|dx|d\/o)\b/ },
      // ("BP 142/90 in clinic ... message his PCP re BP": a reading anywhere in the summary settles every "BP" in it.)
      { expansion: 'blood pressure', topic: /\bBP\s*:?\s*\d{2,3}\s*\/\s*\d{2,3}\b/ },
    ],
    examples: [['BP goes up in panic', 'blood pressure'], ['his BP meds', 'blood pressure'], ['BP 142/90 in clinic; will message PCP re BP', 'blood pressure'], ['hx of BP', null]],
  },
  {
    // Child welfare: "visits w/ BM", "FM reports": the biological mother, the foster mother; elsewhere kept.
    short: 'BM',
    caseSensitive: true,
    meanings: [
      { expansion: 'bowel movement', after: /^\s*(?:x\s?\d|daily|regular|accidents?|in (?:his|her|the) (?:pants|diaper|pull-?up))\b/i },
      { expansion: 'biological mother', before: /\b(?:with|w\/|visits?|visitation|and|to|from|by|called|saw|per|of)\s*$/i, after: /^\s*(?:visits?|visitation|said|says|reports?|reported|called|missed|cancel\w*|is|was|has|will)\b/i, topic: /\b(?:foster|kinship|caseworker|CW|CPS|DCFS|visitation|reunification|placement|FM|FP|bio (?:mom|dad))\b/ },
    ],
    examples: [['both after visits w/ BM, foster care since May', 'biological mother'], ['BM x2 daily, constipation resolved', 'bowel movement'], ['BM', null]],
  },
  {
    short: 'FM',
    caseSensitive: true,
    meanings: [{ expansion: 'foster mother', after: /^\s*(?:reports?|reported|said|says|states?|stated|join|joined|present|to|and|concerned|worried|notes?|noted|brought|called)\b/i, before: /\b(?:with|w\/|and|\+|&|per|told|called|by)\s*$/i, topic: /\b(?:foster|kinship|caseworker|CW|CPS|DCFS|placement|BM|bio (?:mom|dad))\b/ }],
    examples: [['Jaylen (6) w/ FM, play tx, foster care', 'foster mother'], ['FM', null]],
  },
  {
    short: 'FP',
    caseSensitive: true,
    meanings: [{ expansion: 'foster parent', before: /\b(?:with|w\/|and|\+|&|per|told|called|by)\s*$/i, after: /^\s*(?:reports?|reported|said|says|states?|stated|joined|present|to|and)\b/i, topic: /\b(?:foster|kinship|caseworker|CW|CPS|DCFS|placement)\b/ }],
    examples: [['per FP, sleeping better since placement', 'foster parent'], ['FP', null]],
  },
  {
    short: 'NA',
    caseSensitive: true,
    meanings: [
      // "bring own NA drink": a non-alcoholic drink, before any recovery topic decides.
      { expansion: 'non-alcoholic', after: /^\s*(drinks?|beers?|beverages?|wine|cocktails?|options?)\b/i },
      { expansion: 'Narcotics Anonymous (NA)', after: /^\s*(meetings?|mtgs?|sponsor|group|home group)\b/i, topic: /\b(sponsor|clean time|AA|recovery|relapse)\b/i },
    ],
    examples: [['went to an NA meeting', 'Narcotics Anonymous'], ['bring own NA drink to the party', 'non-alcoholic'], ['NA', null]],
  },
  {
    short: 'ED',
    caseSensitive: true,
    meanings: [
      // ("SPED (ED), IEP couns": a special-education eligibility category, emotional disturbance.)
      { expansion: 'emotional disturbance', both: { before: /\b(?:SPED|special ed(?:ucation)?|IEP|eligibility|category|classification|qualifies under|eligible under)\s*[(:,-]?\s*$/i, after: /^/ } },
      // ("Group: DBT skills for ED (adult IOP)": a program's skills or treatment for it are the illness's, never the emergency department's.)
      { expansion: 'eating disorder', both: { before: /\b(?:skills|group|program|treatment|tx|therapy|recovery|clinic|unit|IOP|PHP|specialist|dietitian)\s+for\s*$/i, after: /^/ } },
      // A bare "ED" in an eating summary ("tied to exam stress, not ED per se") is the illness, even beside SI or a crisis
      // line: the emergency department comes with a preposition or an article, which the next meaning reads first.
      // (Not in a summary that is plainly an emergency visit: "5150", "BIBA", "triage", "medically cleared" beside "hasn't eaten in 2 days".)
      // ("skipping insulin to drop wt ... recommend ED eval and weight/vitals per ED protocol": where restricting or purging is
      // the matter, an evaluation or protocol is the illness's.)
      { expansion: 'eating disorder', unlessTopic: NOT_PLAINLY_EATING, both: { before: /(?:\b(?:recommend\w*|refer\w*|per|for|an?)\s*)$/i, after: /^\s*(?:eval(?:uation)?|protocol|program|assessment|team|referral|specialist)\b/i } },
      // ("voluntary eval at Mercy ED", "initially refused ED", "f/u with ED tomorrow AM" beside suicidal ideation): a hospital's
      // department by its name, or one refused, agreed to or followed up with in a crisis, is the emergency department, even
      // where restricting or purging is the matter.
      { expansion: 'emergency department', before: /\b(?:at|to|from|in)\s+(?:the\s+)?(?:St\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$/ },
      { expansion: 'emergency department', onlyTopic: /\b(?:SI|suicid\w*|C-SSRS|overdos\w*|5150|involuntary|voluntary eval\w*|crisis)\b/, before: /\b(?:refused|refuses|refusing|declined|declines|agreed to|agrees to|go to|went to|sent to|f\/u with|follow up with|follow-up with|transport\w* to)\s*$/i },
      { expansion: 'eating disorder', topic: EATING, unlessTopic: EMERGENCY_VISIT },
      // ("anger at meal times as an ED response", "the ED voice": the illness's own response or voice, with an article before it.)
      { expansion: 'eating disorder', both: { before: /\b(?:an|the|her|his|their|of)\s*$/i, after: /^\s*(?:response|voice|behaviou?rs?|thoughts?|urges?|symptoms?|part|brain|talk|rules?|identity|mindset|cognitions?|recovery|relapse)\b/i } },
      // ("Sex therapy ... ED x 2 yrs, on tadalafil": in a summary about sexual function, erectile dysfunction.)
      { expansion: 'erectile dysfunction', topic: /\b(?:sex therapy|sexual (?:function|dysfunction|response|health)|erectile|erections?|tadalafil|sildenafil|Cialis|Viagra|libido|sensate focus|intercourse|spectatoring|performance anxiety|prostate|urolog\w*)\b/i },
      // ("patient advocate complaint re ED": a complaint is made against a place, the emergency department.)
      { expansion: 'emergency department', before: /(?:\b(to|in|at|the|from|via|nearest|an|or|transport(?:ed)? to|sent to|taken to|brought to|went to|sent|taken|brought|went|transported|presented|call|called|calling|contact|contacted|notify|notified|page|paged|phone|phoned|(?:complaint|grievance|lawsuit|claim)\s+(?:re|about|against|regarding|with))|'s)\s*$/i, after: /^\s*(visit|admission|doc|physician|staff|twice|last|on|eval(?!\w*\s+referral)|evaluation(?!\s+referral)|sw|social worker|nurse|now|tonight|today|for|triage|discharge)\b/i, topic: /\b(988|crisis|911|ambulance|overdose|OD|safety plan|SI|suicid\w*|hang\w*|C-SSRS)\b/ },
      // ("externalized the ED", "separated ED from Aiden", "inpatient ED unit": the illness named apart from the person, and its unit.)
      { expansion: 'eating disorder', both: { before: /\b(?:externaliz\w*|separat\w*|inpatient|residential|specialized|specialty)\s+(?:the\s+)?$/i, after: /^(?!\s*(?:visit|doc|physician|staff|sw|social worker|nurse|triage|for|tonight|now)\b)/i } },
      // ("Hx: ED onset age 16": when the illness began, after the history's label.)
      { expansion: 'eating disorder', unlessTopic: ED_AS_PLACE, after: /^\s*(?:(onset|thoughts?|behaviou?rs?|urges?|voice|recovery|symptoms?|hx|history|treatment|tx|team|program|dietitian|telling|as separate|specialist|clinic|eval(?:uation)? referral|referral|is (?:talking|telling|loud|louder))\b|(?:pt|patient|client)\b[^.;]{0,12}\b(?:restrict\w*|purg\w*|binge\w*|AN|BN|anorexi\w*|bulimi\w*|ARFID)\b|\(?\s*(restrict\w*|purg\w*|binge\w*|AN|BN|anorexi\w*|bulimi\w*|ARFID)\b)/i, before: /(?:\b(hx|history|h\/o|dx|diagnosed with|recovery from|in recovery|active|her|his|their|my|during|throughout|rule out|ruled out|rule-out|ro)|\br\/o)\s*:?\s*(?:of\s+)?$/i, topic: EATING },
    ],
    examples: [['Jordan P, 9th gr, SPED (ED), IEP couns 30 min', 'emotional disturbance'], ['restricting, SI with plan, agreed to voluntary eval at Mercy ED', 'emergency department'], ['restricting and skipping insulin to drop wt. Plan: recommend ED eval', 'eating disorder'], ["what's the ED telling you", 'eating disorder'], ['externalized the ED after SI screen', 'eating disorder'], ['admission to inpatient ED unit, SI with plan', 'eating disorder'], ['separated ED from Aiden', 'eating disorder'], ['taken to the ED by police', 'emergency department'], ['hx ED (restricting) in college', 'eating disorder'], ['SI at 19 during ED, no attempts', 'eating disorder'], ['her ED urges after 988 call', 'eating disorder'], ['externalizing (naming the ED as separate from Sophie) after SI screen', 'eating disorder'], ['she is 16 ED pt anorexia restrictive type', 'eating disorder'], ['no prior ED tx', 'eating disorder'], ['ED eval referral (Center for Discovery)', 'eating disorder'], ['Dx impression: MDD, recurrent, mod; r/o ED', 'eating disorder'], ['sent to ED for eval after 988 call', 'emergency department'], ['Hx: ED onset age 16, one OD attempt at 17', 'eating disorder'], ['SI tied to isolation and exam stress, not ED per se; ARFID, wt 45 kg', 'eating disorder'], ['restricting again, went ED Sat after SI w/ plan', 'emergency department'], ['binge eating nightly; call ED at 5 pm for dispo', 'emergency department'], ['anger at meal times as an ED response', 'eating disorder'], ['ED', null]],
  },

  {
    // ("PSO contact w/ Ofc. Walsh after OIS"): among police, fire and EMS, a peer support officer.
    short: 'PSO',
    caseSensitive: true,
    meanings: [{ expansion: 'peer support officer', topic: /\b(?:officers?|Ofc|OIS|police|deputy|sergeant|Sgt|firefighters?|FF|EMS|paramedics?|first responders?|dispatch\w*|cover officer|precinct|department|FFD|fitness for duty)\b/i }],
    examples: [['PSO contact w/ Ofc. Walsh after OIS', 'peer support officer'], ['PSO', null]],
  },
  {
    // "SRO + AP brought him down" at school is the school resource officer; "stress at his SRO" in a housing or
    // community mental health summary is the single-room occupancy building the client lives in.
    short: 'SRO',
    caseSensitive: true,
    meanings: [
      { expansion: 'single-room occupancy', after: /^\s*(?:hotel|unit|room|building|housing|residence|apartment|apt)\b/i },
      { expansion: 'single-room occupancy building', before: /\b(?:his|her|their|my)\s*$/i },
      { expansion: 'school resource officer', topic: /\b(?:school|student|campus|principal|AP|IEP|grade|class(?:room)?|teacher|counselor)\b/i },
      { expansion: 'single-room occupancy building', topic: /\b(?:housing|homeless\w*|shelter|rent|landlord|lease|case manag\w*|payee|section 8|voucher)\b/i },
    ],
    fallback: 'school resource officer',
    examples: [['SRO + AP brought him down to the office', 'school resource officer'], ['volunteered example of stress at his SRO (fights in hallway)', 'single-room occupancy building'], ['moved into an SRO hotel downtown, case manager helping with rent', 'single-room occupancy hotel'], ['SRO', 'school resource officer']],
  },
  {
    // "4 B/P episodes this week", "AN-BP": binge-purge in an eating summary; blood pressure is written "BP".
    short: 'B/P',
    caseSensitive: true,
    meanings: [{ expansion: 'binge-purge', topic: EATING }],
    examples: [['reduce B/P to 2x/wk or less; restricting at lunch', 'binge-purge'], ['B/P', null]],
  },
  {
    // A veteran's "MST" is military sexual trauma; a youth on probation's is multisystemic therapy.
    short: 'MST',
    caseSensitive: true,
    meanings: [
      { expansion: 'military sexual trauma (MST)', topic: /\b(?:vets?|veterans?|military|army|navy|marines?|USMC|air force|deploy\w*|VA|combat|active duty|service member)\b/i },
      { expansion: 'multisystemic therapy (MST)', topic: /\b(?:juvenile|probation|youth|adolescent|teen|caregivers?)\b/i },
    ],
    examples: [['Vet, 2 deployments. No MST.', 'military sexual trauma (MST)'], ['teen on probation, MST team 3x/wk', 'multisystemic therapy (MST)'], ['MST', null]],
  },
  {
    // "back to RTC cottage B", "RTC staff": the residential treatment center where a youth lives; "RTC 2 wks": return to clinic.
    short: 'RTC',
    caseSensitive: true,
    meanings: [
      { expansion: 'residential treatment center', after: /^\s*(?:cottage|unit|staff|placement|program|campus|dorm|admission|level of care|house|group home|peers?|school|teacher|therapist|clinician|director|milieu)\b/i, before: /\b(?:at|in|from|the|an|this|our|her|his|their|to an?|placed in|admitted to|discharged from|returned to|back to|back at)\s*$/i },
    ],
    fallback: 'return to clinic',
    examples: [['back to RTC cottage B after session', 'residential treatment center'], ['placed at RTC since March', 'residential treatment center'], ['RTC 2 wks', 'return to clinic'], ['plan: RTC prn', 'return to clinic']],
  },
  {
    // "re: subs using roster w/ chosen name": at school, the substitute teachers; "denies subs", "subs hx": substances.
    short: 'subs',
    meanings: [{ expansion: 'substitute teachers', after: /^\s*(?:using|use|read|reading|calling|call|have|get|got|don't|do not|misgender\w*|deadnam\w*)\b[^.;]{0,40}\b(?:roster|roll|name|names|pronouns?|attendance|class)\b/i }],
    fallback: 'substances',
    examples: [['Email school counselor re: subs using roster w/ chosen name', 'substitute teachers'], ['denies subs', 'substances'], ['subs hx: none', 'substances']],
  },
  {
    // "the ped drowning call", "ped arrest": a child's case, pediatric; "per ped", "ped appt": the pediatrician.
    short: 'ped',
    meanings: [{ expansion: 'pediatric', after: /^\s*(?:drowning|call|calls|arrest|code|case|cases|death|fatality|fatalities|patient|pt|trauma|unit|icu|er|ed|floor|ward|nurse|rotation|oncology|onc|psych|hospital)\b/i }],
    fallback: 'pediatrician',
    examples: [['the ped drowning call last month', 'pediatric'], ['f/u w/ ped re sleep', 'pediatrician'], ['ped appt Friday', 'pediatrician']],
  },
  {
    // "retired FF (back injury on the job)": a firefighter where the summary is about fire service; a foster father where it is about a placement.
    short: 'FF',
    caseSensitive: true,
    meanings: [
      // ("warehouse fire (2 FF injured)": counted, more than one.)
      { expansion: 'firefighters', before: /\b(?:[2-9]|\d{2,}|two|three|four|five|six|several|other|fellow|both)\s*$/i, onlyTopic: FIRE_SERVICE },
      { expansion: 'firefighter', topic: FIRE_SERVICE },
      { expansion: 'foster father', topic: /\b(?:foster|placement|DCFS|CPS|caseworker|kinship|FM)\b/ },
    ],
    examples: [['Session w/ Rick, retired FF, back injury on the job', 'firefighter'], ['since warehouse fire (2 FF injured), retired FF', 'firefighters'], ['FF and FM at visit, placement stable', 'foster father'], ['FF', null]],
  },
  {
    // "FFs Bell, Hart, Ocampo" in a crew debrief: firefighters, as FF is.
    short: 'FFs',
    caseSensitive: true,
    meanings: [{ expansion: 'firefighters', topic: FIRE_SERVICE }],
    examples: [['Engine 3 crew debrief, FFs Bell and Hart quiet', 'firefighters'], ['FFs', null]],
  },
  {
    // "Taught TIPP": the skill taught, spelled out; "used ice + TIPP from DBT": only the parts she used are hers, so the
    // skill is named without its four parts (one of them, intense exercise, may be what she must not do).
    short: 'TIPP',
    caseSensitive: true,
    meanings: [
      { expansion: 'TIPP skills (temperature, intense exercise, paced breathing, paired muscle relaxation)', before: TIPP_TAUGHT },
      // (Elsewhere, "Topic was distress tolerance - TIPP skills"): the word "skills" already written after it stays the only one.
      { expansion: 'TIPP', both: { before: new RegExp(`^(?![\\s\\S]*${TIPP_TAUGHT.source})`, 'i'), after: /^\s*skills?\b(?!\s*\()/i } },
    ],
    fallback: 'TIPP skills',
    silent: true,
    examples: [['Taught TIPP for panic at night', 'TIPP skills (temperature, intense exercise, paced breathing, paired muscle relaxation)'], ['Did NOT act on them - used ice + TIPP from DBT', 'TIPP skills'], ['Topic was distress tolerance - TIPP skills, paced breathing', 'TIPP']],
  },
  {
    // "Notified BC per policy" on a fire crew: the battalion chief; "on BC pills": birth control. ("bc" in lower case is "because".)
    short: 'BC',
    caseSensitive: true,
    meanings: [
      { expansion: 'birth control', after: /^\s*(?:pills?|method|use|patch|ring|implant|shot)\b/i },
      { expansion: 'battalion chief', topic: FIRE_SERVICE },
    ],
    examples: [['Notified BC per policy, crew at Station 4 aware', 'battalion chief'], ['stopped her BC pills in May', 'birth control'], ['BC', null]],
  },
  {
    // "SPC Jordan Reyes and wife Kayla": the Army rank, Specialist, before a name; the VA's suicide prevention coordinator otherwise.
    short: 'SPC',
    caseSensitive: true,
    meanings: [
      { expansion: 'Specialist', after: /^\s+[A-Z][a-z]+/ },
      // ("husband (SPC) shoved her into the counter": a family member's rank in brackets.)
      { expansion: 'Specialist', both: { before: /\b(?:husband|wife|spouse|partner|son|daughter|brother|sister|boyfriend|girlfriend|fianc[ée]e?|dad|father|mom|mother)\s*(?:\(\s*|,\s*(?:an?\s+)?)$/i, after: /^\s*[,)]/ } },
      { expansion: 'suicide prevention coordinator (SPC)', before: /$/ },
    ],
    examples: [['Couples session - SPC Jordan Reyes and wife Kayla', 'Specialist'], ['Disclosed that husband (SPC) shoved her', 'Specialist'], ['Met with SPC Reyes', 'Specialist'], ['referred to the SPC at the VA', 'suicide prevention coordinator (SPC)']],
  },
  {
    // "Brought in by his PSG SSG Morales": a platoon sergeant, someone's, with a rank or a name after; a sleep study otherwise.
    short: 'PSG',
    caseSensitive: true,
    meanings: [
      { expansion: 'platoon sergeant', before: /\b(?:his|her|their|my|the|unit|squad)\s*$/, after: /^\s*(?:\(|,)?\s*(?:SSG|SFC|SGT|Sgt|SSgt|GySgt|MSG|1SG|CPL|(?:Mr|Ms|Mrs)\.?\s+[A-Z]|[A-Z][a-z]+\b(?!\s+(?:study|showed|results?)))/ },
      { expansion: 'polysomnography (PSG)', before: /$/ },
    ],
    examples: [['Brought in by his PSG SSG Morales after he told a buddy', 'platoon sergeant'], ['PSG showed moderate OSA', 'polysomnography (PSG)']],
  },
  {
    // "Father was FD", "22 yrs FD": the fire department, where the summary is about fire service.
    short: 'FD',
    caseSensitive: true,
    meanings: [{ expansion: 'fire department', topic: FIRE_SERVICE_FOR_FD }],
    examples: [['Father was FD too, 22 yrs on the engine', 'fire department'], ['FD', null]],
  },
  {
    // CBT's "did TR on ...": a thought record; "One member (TR) shared relapse": a group member's initials, kept as written.
    short: 'TR',
    caseSensitive: true,
    meanings: [{ expansion: 'TR', before: /\b(?:member|peer|client|pt|patient|resident|student|participant)\s*\(\s*$/i }],
    fallback: 'a thought record',
    examples: [['did TR on Tuesday fight', 'a thought record'], ['One member (TR) shared relapse on meth', 'TR']],
  },
  {
    // "worried about state board/PHP reporting" for a resident: the physician health program; a day program otherwise.
    short: 'PHP',
    caseSensitive: true,
    // ("back from 3 wks PHP ... step down to IOP", "recommended PHP eval; wants to try IOP first"): beside another level of
    // care, the day program, whoever the client is.
    meanings: [{ expansion: 'partial hospitalization program', topic: /\b(?:IOP|intensive outpatient|inpatient|residential|step(?:ped|ping|s)?[- ]down|stepped up|higher level of care|level of care|LOC|day program|partial hosp\w*)\b/i }, { expansion: 'Physician Health Program (PHP)', topic: /\b(?:physicians?|residents?|resident physician|PGY-?\d|interns?|attendings?|fellows?|medical board|state board|board complaint|licens\w*|med school|medical school|MD|DO|surgeon|anesthesiologist)\b/ }],
    fallback: 'partial hospitalization program',
    examples: [['PGY-2 resident, very worried about state board/PHP reporting', 'Physician Health Program (PHP)'], ['stepped down from PHP to IOP last week', 'partial hospitalization program'], ['nurse, recommended PHP eval, wants to try IOP first; MD aware', 'partial hospitalization program']],
  },
  {
    short: 'SA',
    caseSensitive: true,
    meanings: [
      // ("Hx of SA at 19, no current contact with perpetrator": a perpetrator in the same sentence makes it an assault, even
      // with an age after the letters and an overdose told elsewhere.)
      { expansion: 'sexual assault', after: /^[^.;\n]{0,80}\b(?:perpetrators?|assailants?|rapists?|attackers?|abusers?|offenders?)\b/i },
      // ("SA: ETOH 2-3 beers most nights, denies drugs": under its own label, with what was used, the substance use history.)
      { expansion: 'substance use', after: /^\s*[:=]\s*(?:ETOH|EtOH|etoh|alcohol|\d+(?:-\d+)?\s+(?:beers?|drinks?|glasses)|beers?|wine|drinks?|cannabis|THC|marijuana|weed|nicotine|vap(?:es?|ing)|cigarettes?|tobacco|denies (?:drugs|alcohol|substances?)|opioids?|cocaine|meth\w*)\b/ },
      // A suicide attempt only where the summary is about suicide and not about sexual violence; else kept.
      // ("SA hx" in a summary about SI may still be sexual or substance abuse: only a date, a count or a method decides.)
      // ("Hx SA by OD 2019": the method named after "by" decides too.)
      // ("prior SA at 19 (not reported)" where "Sexual assault by acquaintance" is spelled out: an age or a year alone does not
      // say which; the method does.)
      { expansion: 'suicide attempt', after: /^\s*(?:\d{4}|in \d{4}|x\s?\d|(?:at )?age \d|at \d{1,2}\b)/i, unlessTopic: SEXUAL_ASSAULT_SPELLED },
      { expansion: 'suicide attempt', after: /^\s*(?:by\s+(?:hanging|overdose|OD|cutting|pills|jump\w*|gun\w*|firearm|gunshot|drowning|carbon monoxide|CO)\b|[-:–(]\s*(?:hanging|overdose|OD|cutting|pills|jump\w*|gun\w*|firearm|cut (?:(?:her|his|their|both) )?wrists?)\b|\((?:hanging|overdose|OD|cutting|pills|jump\w*|gun\w*|firearm|cut (?:(?:her|his|their|both) )?wrists?)\b)/i },
      // ("Risk: denies SI/HI currently. No hx of SA.", "denies SI, no prior SA"): on the risk line, or beside a suicide screen's
      // answers, an attempt.
      { expansion: 'suicide attempt', before: /\b(?:SI|suicidal ideation)\b[^.\n]{0,60}[;,]\s*(?:no|denies|denied|never)\s+(?:(?:hx|history|prior|previous|past)\s+)?(?:of\s+)?$/ },
      { expansion: 'suicide attempt', topic: /(?:^|\n)\s*(?:Risk|Safety)\s*:[^\n]*\bSA\b/ },
      // ("Hx SA 2019 by OD ... q15 checks d/t withdrawal + SA hx": once a suicide attempt is dated or its method named, every "SA" is one.)
      { expansion: 'suicide attempt', topic: /\bSA\s+(?:(?:in\s+)?(?:19|20)\d\d\b[^.;\n]{0,20}\bby\s+(?:OD|overdose|hanging|cutting|gun\w*)|by\s+(?:OD|overdose|hanging|cutting|gun\w*))/ },
      { expansion: 'sexual assault', topic: /^(?![\s\S]*\b(?:hang\w*|overdos\w*|suicid\w*|SI)\b)[\s\S]*\b(?:rape|raped|sexual|sexually|molest\w*|perpetrator|SANE|assaulted)\b/i },
      // (The clinician wrote "sexual assault" out elsewhere: the letters are its short form, beside a suicide history too.)
      { expansion: 'sexual assault', topic: SEXUAL_ASSAULT_SPELLED },
    ],
    examples: [['Risk: denies SI/HI currently. No hx of SA.', 'suicide attempt'], ['hx 1 SA 2015 (hanging, interrupted by wife); c/o increased SI', 'suicide attempt'], ['SA hx, denies SI today', null], ['SA in college by a classmate, sexual trauma processing', 'sexual assault'], ['hx SA age 24 (cut wrists, hospitalized 3 days)', 'suicide attempt'], ['Hx of SA at 22, none since', 'suicide attempt'], ['Hx SA by OD 2019 during psychotic episode', 'suicide attempt'], ['Hx SA by OD 2019. SA: ETOH 2-3 beers most nights, denies drugs', 'substance use'], ['Sexual assault by a coworker in May. Hx: prior SA at 17 (never told anyone). Hx of OD at 22, denies SI now.', 'sexual assault'], ['SA', null], ['Hx of SA at 19, no current contact with perpetrator. One overdose at 20, no SI now.', 'sexual assault']],
  },
  {
    // "good EC", "EC fair": eye contact; "loc + EC verified", "EC on file", "tried his EC (brother Andre)": the
    // emergency contact a telehealth session confirms.
    short: 'EC',
    caseSensitive: true,
    meanings: [
      { expansion: 'eye contact', after: /^\s*(?:good|poor|fair|limited|minimal|avoidant|fleeting|intermittent|appropriate|wnl|within normal|improved|decreased|better|worse|intact)\b/i },
      // ("EC = roommate Jess (503-...)": a relation or a roommate named as the contact.)
      { expansion: 'emergency contact', after: /^\s*(?:on file|verified|confirmed|updated|reviewed|\(|is (?:her|his|their)|[:=]\s*[A-Z]|[:=]?\s*(?:(?:her|his|their|the)\s+)?(?:wife|husband|partner|spouse|roommate|mother|mom|father|dad|sister|brother|son|daughter|friend|aunt|uncle|grandmother|grandfather|neighbou?r|boyfriend|girlfriend)\b)/ },
      { expansion: 'eye contact', before: /\b(?:good|poor|fair|limited|minimal|avoidant|fleeting|intermittent|appropriate|decreased|improved|no|some|better|normal|made|making|makes|maintained|maintains|with|avoids|avoided)\s*$/i },
      { expansion: 'emergency contact', before: /\b(?:loc(?:ation)?s?|and|&|\+|\/|tried|called|calling|his|her|their|as)\s*$/i },
      { expansion: 'emergency contact', topic: /\bloc(?:ation)?s?\b[^.;\n]{0,30}\b(?:verified|confirmed)\b/i },
    ],
    fallback: 'eye contact',
    examples: [['verified location, EC = roommate Jess (503-555-0192)', 'emergency contact'], ['good EC, affect bright', 'eye contact'], ['loc verified (Columbus OH), EC on file confirmed', 'emergency contact'], ['tried his EC (brother Andre), voicemail', 'emergency contact'], ['EC fair', 'eye contact']],
  },
  {
    // ("Called back per yesterday's CL contact", "CL call 2am"): a contact or call through the crisis line; "CL consult" the
    // consultation-liaison service; else the client.
    short: 'cl',
    meanings: [
      { expansion: 'crisis line', after: /^\s*(?:contact|call|calls|f\/u|follow[- ]?up|worker|staff|counselor|counsellor|note|callback|call-back)\b/i },
      // ("CL consult": the hospital's consultation-liaison service, as the symbol rules spell "C-L" and "C/L".)
      { expansion: 'consultation-liaison', after: /^\s*(?:consult|consultation|service|psych|psychiatry|psychology|team)\b/i },
      // ("consider psych CL for meds"): after psychiatry's name, its consultation-liaison service.
      { expansion: 'consultation-liaison', before: /\b(?:psych|psychiatry|psychiatric)\s*$/i },
    ],
    fallback: 'client',
    examples: [["Called back per yesterday's CL contact.", 'crisis line'], ['CL consult for delirium', 'consultation-liaison'], ['consider psychiatry CL for meds', 'consultation-liaison'], ['cl reports better sleep', 'client'], ['CL', 'client']],
  },
  {
    // "BF exclusively", "sertraline in preg/BF": breastfeeding where the summary is about a baby; else the boyfriend.
    // ("guest staying over (bf)" in an independent living program: "bf" in lower case is a boyfriend; only "BF" is ever a birth father.)
    short: 'bf',
    caseSensitive: true,
    meanings: BF_MEANINGS,
    fallback: 'boyfriend',
    examples: [['IPV x 4 yrs w/ bf (Dev), escalating. CPS not called.', 'boyfriend'], ['BF exclusively, worried about zoloft + milk supply', 'breastfeeding'], ['restart sertraline in pregnancy and while BF', 'breastfeeding'], ['fight with bf last night', 'boyfriend'], ['CW case review next wk. cravings up after fight w/ bf, did not use', 'boyfriend'], ['mom and bf came to the session', 'boyfriend'], ["placed in foster care after removal; BF called the caseworker", 'birth father'], ["foster care since May; mom's bf moved in", 'boyfriend']],
  },
  {
    short: 'BF',
    caseSensitive: true,
    meanings: [...BF_MEANINGS, { expansion: 'birth father', onlyTopic: CHILD_WELFARE, topic: CHILD_WELFARE }],
    fallback: 'boyfriend',
    examples: [['IPV x 4 yrs w/ bf (Dev), escalating. CPS not called.', 'boyfriend'], ['BF exclusively, worried about zoloft + milk supply', 'breastfeeding'], ['restart sertraline in pregnancy and while BF', 'breastfeeding'], ['fight with bf last night', 'boyfriend'], ['CW case review next wk. cravings up after fight w/ bf, did not use', 'boyfriend'], ['mom and bf came to the session', 'boyfriend'], ["placed in foster care after removal; BF called the caseworker", 'birth father'], ["foster care since May; mom's bf moved in", 'boyfriend']],
  },
  {
    // ("removal from BF's home (neglect, DV exposure)", in a foster care summary): the birth father's.
    short: "bf's",
    meanings: [
      { expansion: "boyfriend's", before: /\b(?:mom's|mother's|her|my|ex|new|sister's|aunt's)\s*$/i },
      { expansion: "birth father's", onlyTopic: CHILD_WELFARE, topic: CHILD_WELFARE },
    ],
    fallback: "boyfriend's",
    examples: [["removed from BF's home, placed in foster care", "birth father's"], ["mom's bf's car broke down", "boyfriend's"], ["at her bf's place", "boyfriend's"]],
  },
  {
    // "CDE for SPC Marquez": among service members a command-directed evaluation; elsewhere a certified diabetes educator.
    short: 'CDE',
    caseSensitive: true,
    meanings: [{ expansion: 'command-directed evaluation', topic: MILITARY }],
    fallback: 'certified diabetes educator',
    examples: [['CDE for SPC Marquez per CDR, alcohol incident', 'command-directed evaluation'], ['met with the CDE about her insulin', 'certified diabetes educator']],
  },
  {
    // "verbal altercation w/ NCO in motor pool": among service members a non-commissioned officer; in court matters a no-contact order.
    short: 'NCO',
    caseSensitive: true,
    // (An order is had "w/" or "against" someone; the topic is read without these letters themselves.)
    meanings: [{ expansion: 'no-contact order', after: /^\s*(?:w\/|with|against|in place|order|violation|hearing)\b/i }, { expansion: 'non-commissioned officer', topic: new RegExp(MILITARY.source.replace('|NCO|', '|')) }],
    fallback: 'no-contact order',
    examples: [['SPC 23M, verbal altercation w/ NCO in motor pool', 'non-commissioned officer'], ['asked 1SG to have an NCO walk him over', 'non-commissioned officer'], ['has NCO w/ ex since DV arrest', 'no-contact order']],
  },
  {
    // "SM reports", "SM on unit watch": the service member seen.
    short: 'SM',
    caseSensitive: true,
    meanings: [{ expansion: 'service member', topic: MILITARY }],
    silent: true,
    examples: [['SM on unit watch per CDR', 'service member'], ['SM', null]],
  },
  {
    // "EE seen for RTW": the employee an assistance program sees; "Grad student (PhD, EE)": electrical engineering.
    short: 'EE',
    caseSensitive: true,
    meanings: [{ expansion: 'electrical engineering', before: /\b(?:PhD|Ph\.D\.?|MS|MSc|BS|BSc|BA|MEng|major(?:ing)? in|majors? in|degree in|studying|student|grad(?:uate)? student|undergrad|sophomore|junior|senior|freshman)\b[\s,(]*$/ }],
    fallback: 'employee',
    examples: [['Grad student (PhD, EE), from Chengdu', 'electrical engineering'], ['EE seen for RTW eval', 'employee'], ['EE', 'employee']],
  },
  {
    // "Li carb 900": lithium carbonate (before "Li" alone, which would leave "carb").
    short: 'Li carb',
    caseSensitive: true,
    meanings: [{ expansion: 'lithium carbonate', after: /^\s*\d/ }],
    silent: true,
    examples: [['cont Li carb 900 qhs', 'lithium carbonate'], ['Li carb', null]],
  },
  {
    // "Li level 0.8", "wants to stay on Li": lithium; "Li" alone may be a name.
    short: 'Li',
    caseSensitive: true,
    meanings: [{ expansion: 'lithium', after: /^\s*(?:level|levels|carbonate|\d)/i }, { expansion: 'lithium', before: /\b(?:on|stay on|stays on|staying on|off|continue|cont|start|started|restart|stop|stopped|hold|held|taper)\s+$/i }],
    silent: true,
    examples: [['Li level 0.9', 'lithium'], ['pt wants to stay on Li, "it works"', 'lithium'], ['Li said she was tired', null]],
  },
  {
    // "Cr 1.1": creatinine, with its value.
    short: 'Cr',
    caseSensitive: true,
    meanings: [{ expansion: 'creatinine', after: /^\s*(?:\d|level|stable|up|down|normal|WNL)/i }],
    silent: true,
    examples: [['TSH 5.2, Cr 1.1', 'creatinine'], ['Cr', null]],
  },
  {
    // "mod distracted", "mod anxious": an adverb before a state; "mod risk", "MDD, mod": the degree itself.
    short: 'mod',
    meanings: [{ expansion: 'moderately', after: /^\s*(?:[a-z]+ed|anxious|depressed|distressed|engaged|tearful|irritable|agitated|guarded|improved|elevated|impaired|restricted|constricted|labile|dysregulated|activated|withdrawn|talkative|animated|anxious)\b(?!\s+(?:risk|range|severity|level|depression|anxiety|episode)\b)/i }],
    fallback: 'moderate',
    examples: [['Mod distracted towards end, checking phone', 'moderately'], ['mod risk', 'moderate'], ['MDD, recurrent, mod', 'moderate']],
  },
  {
    short: 'IP',
    caseSensitive: true,
    meanings: [
      { expansion: 'inpatient', after: /^\s*(unit|stay|admission|admit|hospitali[sz]ation|hosp\w*|psych\w*|treatment|program|rehab|detox|level|care|setting|bed|d\/c|dc|discharge)\b/i, before: /\b(discharged from|admitted to|admitted|recent|prior|previous|hx of|history of|h\/o|step down from|after|from)\s*$/i },
      // In a jail or prison "IP" is the incarcerated person the clinician sees ("SW round 1:1 IP Marcus Tellez").
      { expansion: 'incarcerated person', topic: /\b(?:inmates?|jail|prison|correctional|cell(?:\s+front)?|CO|COs|custody|booking|ADSEG|RHU|SHU|segregation|tier|pod|dayroom|watch log|smock|sally ?port|intake screen at booking|DOC)\b/ },
      // In third-party reproduction "IP" are the intended parents ("comfortable with IP decisions on termination" for a gestational carrier).
      { expansion: 'intended parents', topic: /\b(?:IVF|surroga\w*|gestational carriers?|GC|egg donors?|donor (?:eggs?|sperm|embryos?)|embryos?|third[- ]party reproduction|fertility|frozen transfer|FET)\b/i },
      // In family therapy the identified patient is the family member whose symptoms brought them in.
      { expansion: 'identified patient', topic: /\b(family (?:session|therapy|psychotherapy|tx)|fam session|FFT|family systems|structural|mom|dad|mother|father|parents?|siblings?|stepmom|stepdad)\b/i },
    ],
    examples: [['discharged from IP unit Tuesday', 'inpatient'], ['s/p IP d/c 11/2', 'inpatient'], ['Family session w/ mom, dad and IP (Jake, 15)', 'identified patient'], ['GC candidate, comfortable with IP decisions on termination', 'intended parents'], ['SW round 1:1 IP Marcus Tellez at cell front, in smock per CO', 'incarcerated person'], ['IP', null]],
  },
  {
    short: 'HS',
    caseSensitive: true,
    meanings: [
      // "PMR HS", "melatonin 3mg HS": hora somni, at bedtime, after a practice or a medication.
      { expansion: 'at bedtime', before: /(?:\b|(?<=\d))(?:PMR|relaxation|breathing|meditation|practice|practicing|routine|journal|log|take|takes|taking|mg|meds?|medications?|melatonin|trazodone|hydroxyzine|prazosin|quetiapine|dose|nightly|daily|prn|skills?)\)?\s*$/i },
      // Otherwise the school: "counselor in HS", "HS senior", "graduated HS".
      { expansion: 'high school', before: /$/ },
    ],
    examples: [['PMR HS', 'at bedtime'], ['melatonin 3mg HS', 'at bedtime'], ['saw counselor in HS', 'high school']],
  },
  {
    short: 'MI',
    caseSensitive: true,
    meanings: [
      // "RN gave LAI after MI re: pros/cons": interviewing about something is the technique, whatever came before it.
      { expansion: '⟪MI⟫', after: /^\s*(?:re\b|re:|regarding|around|about|on\s+(?:his|her|their|the|ambivalence|change|drinking|use|meds|medication)|to address|to explore|techniques?|session|spirit|approach|(?:for|with)\s+(?:ambivalence|change|adherence|motivation))/i },
      // "thought MI, cardiac w/u neg": a feared heart attack, named by the cardiac words beside it.
      // ("Husband d. 4 mo ago (MI)": a death, then in brackets what it was from.)
      // ("large MI + cardiogenic shock": its size, and the shock after it, say the heart.)
      // ("6 weeks after Marcus's MI (stent x2, LAD)": someone's own MI, and the stents after it, are the heart's.)
      { expansion: 'myocardial infarction', before: /\b(had|has|having|an|his|her|their|hx of|history of|h\/o|s\/p|post|after|recent|prior|massive|large|acute|anterior|inferior|silent|fatal|from|died of|since|thought|feared|r\/o|rule out|ruled out|possible|suspected)\s*(?:a\s+)?$|\b[A-Z][a-z]+'s\s+$|\b(?:d\.|died|death|passed(?:\s+away)?)\s+(?:[\w.]+\s+){0,4}\(\s*$/i, after: /^\s*(last|in \d{4}|\d{4}|at age|age|years? ago|months? ago|recovery|rehab|cardiac|and (?:a )?stent)\b|^[\s,;(+-]*(?:and\s+|w\/\s*|with\s+)?(?:cardiac|cardiology|EKG|ECG|troponin|chest pain|cardiogenic|shock|CHF|heart failure|stents?|LAD|RCA|CABG|PCI|cath|angioplasty|bypass)\b/i },
      // ("video, pt at home in MI", "moved to MI in May": a place someone is, lives or goes is the state.)
      { expansion: 'Michigan', before: /\b(?:home|located|lives|living|live|resides|residing|staying|stays|currently|visiting|pt|client|patient|family|parents|relatives|somewhere|up)\s+in\s*$|\b(?:moved|moving|move|drove|driving|flew|flying|relocated|relocating|back)\s+(?:up\s+)?to\s*$/i },
      // In a therapy note "MI" is motivational interviewing unless a cardiac cue says otherwise.
      { expansion: '⟪MI⟫', before: /$/ },
    ],
    examples: [['Telehealth (video, pt at home in MI).', 'Michigan'], ['moved to MI in May', 'Michigan'], ['Husband d. 4 mo ago (MI). Cried most of session.', 'myocardial infarction'], ['father had MI last year, stressed', 'myocardial infarction'], ['one ER visit March, thought MI, cardiac w/u neg', 'myocardial infarction'], ['used MI re drinking', 'motivational interviewing'], ['MI for ambivalence', 'motivational interviewing'], ['RN gave the shot after MI re: pros/cons', 'motivational interviewing'], ["6 weeks after Marcus's MI (stent x2, LAD)", 'myocardial infarction']],
  },
  {
    // "2 stress fx this yr" is fractures; "social fx improved" is functioning.
    short: 'fx',
    meanings: [
      // ("hip fx", "a wrist fx": one break at one site is one fracture.)
      { expansion: 'fracture', before: /\b(?:a|an|one|hip|wrist|ankle|pelvic|pelvis|femur|femoral|rib|arm|leg|shoulder|elbow|vertebral)\s*$/i },
      { expansion: 'fractures', before: /\b(?:stress|bone|compression|\d+|multiple|healing|healed)\s*$/i, after: /^\s*(?:hx|history|of the|in (?:her|his|their) (?:foot|leg|wrist|hip|arm|back))\b/i, topic: /\b(?:amenorrhea|bone density|RED-S|stress fractures?|cast|orthopedic|osteopenia)\b/i },
      { expansion: 'functioning', before: /\b(?:social|occupational|academic|daily|global|level of|overall|work|school|executive|role|family|improved|poor|impaired)\s*$/i, after: /^\s*(?:improved|declined|impaired|intact|good|poor|better|worse)\b/i },
    ],
    examples: [['after 2 stress fx this yr', 'fractures'], ['fall in Feb (hip fx, now w/ walker)', 'fracture'], ['social fx improved', 'functioning'], ['fx', null]],
  },
  {
    // "David pushing hard for AL" beside a fall and a walker: assisted living (never the state, never a name).
    short: 'AL',
    caseSensitive: true,
    meanings: [
      { expansion: 'assisted living', topic: /\b(?:assisted living|memory care|nursing home|facility|dementia|walker|caregiver|SNF|skilled nursing|fall|falls|in-home aide|home health)\b/i },
    ],
    examples: [['move to assisted living after the fall; David pushing hard for AL', 'assisted living'], ['AL', null]],
  },
  {
    // "CM Jorge to submit", "the CM will help": a person; "referred to CM services": the service.
    short: 'CM',
    caseSensitive: true,
    meanings: [
      // ("CM: f/u re housing voucher": a line labelled with the service is the case management done or to do.)
      { expansion: 'case management', after: /^\s*:\s*(?:f\/u|follow|referral|housing|benefits|applied|application|called|call)\b/i },
      { expansion: 'case management', after: /^\s*(?:services?|referral|program|team|intake|agency|hours?|needs?|(?:home\s+)?visit|contact|outreach)\b/i, before: /\b(?:referred to|refer to|referral to|referral for|for|needs?|open to|enrolled in)\s*$/i },
      { expansion: 'case manager', after: /^\s*\u2060?(?:[A-Z][a-z]+\b|to\b|will\b|'ll\b|'s\b|said|says|reports?|reported|called|texted|emailed|brought|came|agreed|is|was|check-in|check in|[a-z]+(?:ed|'d)\b)/, before: /\b(?:the|her|his|their|my|our|with|w\/|and|per|by|from|told|called|emailed|texted|asked)\s*$/i },
    ],
    examples: [['CM Jorge to submit CES assessment', 'case manager'], ["CM rec'd new bus pass today", 'case manager'], ['the CM will help with the application', 'case manager'], ['referred to CM services', 'case management'], ['CM visit - Tesfaye family', 'case management'], ['CM', null]],
  },
  {
    // "MS: A&Ox3" is mental status (the line label, see labels.ts); "MS dx 2015" is multiple sclerosis.
    short: 'MS',
    caseSensitive: true,
    meanings: [
      // ("completed lunch with MS and 1 prompt", in an eating-disorder program: the staff who sit with a meal.)
      { expansion: 'meal support', onlyTopic: EATING_CARE, before: /\b(?:with|w\/|w|during|after|without|w\/o)\s*$/i, after: /^\s*(?:at|for|during|staff|prompts?|and\s+\d+\s+prompts?)\b/i },
      { expansion: 'mental status', after: /^\s*(?:exam|examination|WNL|within normal limits|intact|grossly|changes?|unchanged)\b/i },
      { expansion: 'multiple sclerosis', before: /\b(?:dx|diagnosis|diagnosed with|hx of|history of|h\/o|has|with|her|his|from|for|of)\s*$/i, after: /^\s*(?:flare|relapse|exacerbation|dx|diagnosis|since|in \d{4}|\(?\d{4}|fatigue|progression|meds?|medications?)\b/i, topic: /\b(?:neurolog\w*|MRI|wheelchair|relapsing|remitting|ocrelizumab|interferon)\b/i },
    ],
    examples: [['MS exam WNL', 'mental status'], ['wife has MS, caregiver strain', 'multiple sclerosis'], ['MS flare last month', 'multiple sclerosis'], ['MS', null], ['restricting at AM snack, completed lunch w/ MS and 1 prompt', 'meal support'], ['completed lunch w/ MS', null]],
  },
  {
    // ("2800 kcal MP", "MP increased to 3000"): in eating-disorder care, the meal plan.
    short: 'MP',
    caseSensitive: true,
    meanings: [{ expansion: 'meal plan', onlyTopic: EATING_CARE, topic: EATING_CARE }],
    silent: true,
    examples: [['RD increased MP to 2800 kcal', 'meal plan'], ['MP', null]],
  },
  {
    short: 'OP',
    caseSensitive: true,
    meanings: [
      { expansion: 'an order of protection', before: /\b(filed for|file for|filing for|got|get|has|have|had|obtained|seeking|seek|requested|petition for|applied for)\s*$/i },
      { expansion: 'order of protection', before: /\b(granted|temporary|violated|violating|an|the|her|his|their)\s*$/i, after: /^\s*(against|hearing|petition|in place|expires?|was granted|granted)\b/i },
      // ("for OP/IOP eval": a level of care set beside another.)
      { expansion: 'outpatient', after: /^\s*(?:(therapy|treatment|tx|program|level|care|services|provider|psychiatr\w*|setting|clinic|appointments?|appts?|f\/u|follow|counsel\w*|rehab|detox|referral|eval|evaluation|assessment|intake|substance)\b|\/\s*(?:IOP|PHP|intensive|partial)\b)/i, before: /\b(step down to|stepped down to|discharged to|referred to|continue|continuing|routine|weekly|to)\s*$/i },
    ],
    examples: [['she has filed for OP against her ex', 'order of protection'], ['discharged to OP therapy', 'outpatient'], ['agreed to AA mtg + OP eval', 'outpatient'], ['self-referred for OP/IOP eval', 'outpatient'], ['OP', null]],
  },
  {
    short: 'ca',
    meanings: [{ expansion: 'cancer', before: /\b(pancreatic|breast|lung|colon|prostate|ovarian|skin|stage \w+|metastatic|bladder|brain|liver|cervical|uterine|stomach|throat)\s*\)?\s*\(?$/i, after: /^\s*(dx|diagnosis|treatment|survivor)\b/i }],
    silent: true,
    examples: [['wife died 8 mo ago (pancreatic ca)', 'cancer'], ['ca 3 weeks', null]],
  },
  {
    short: 'K',
    caseSensitive: true,
    // ("no firearms per K and per Laura": a person's initial before another source, never the school year.)
    meanings: [{ expansion: 'kindergarten', before: /\b(in|of|during|through|since|pre-)\s*$/i, after: /^\s*(?:(?:or|and)\s+(?!per\b|by\b)(?:\w+\s+){0,2}(?:gr|grade|1st|first|pre-?k|preschool|school|start)\b|(?:teacher|class|classroom|year)\b)/i }],
    silent: true,
    examples: [['no trouble in K or start of gr 1', 'kindergarten'], ['member K. cried', null], ['no firearms per K and per Laura', null]],
  },
  {
    short: 'pros',
    // ("Pros: social, fun ... Cons: missed 2 classes"): with the cons listed too, the pros of a choice weighed.
    meanings: [{ expansion: 'professionals', after: /^\s*[=:]/, topic: /\b(988|crisis line|safety plan|warning signs)\b/i, unlessTopic: /\bcons\s*[=:]/i }],
    // "pros and cons", "pros/cons": the weighing, never people.
    except: /^\s*(?:and|&|\/|or|n)\s*cons\b/i,
    silent: true,
    examples: [['pros = me, 988, ED', 'professionals'], ['pros: social, fun. cons: missed class. Given 988.', null], ['pros and cons of quitting', null], ['reviewed safety plan; pros and cons of staying', null]],
  },
  {
    short: 'cart',
    meanings: [{ expansion: 'vape cartridge', topic: /\b(vap\w*|THC|nicotine|juul|pods?|dab\w*)\b/i }],
    silent: true,
    examples: [['dad found a cart in the car', null], ['vaping THC, dad found a cart', 'vape cartridge']],
  },
  {
    short: 'q',
    meanings: [{ expansion: 'question', after: /^\s*(for|about|re|to)\b/i }],
    silent: true,
    examples: [['naltrexone q for Dr. Ruiz', 'question']],
  },
  {
    short: 'ch',
    meanings: [{ expansion: 'chapter', after: /^\s*\d/ }],
    silent: true,
    examples: [['narrative ch 3 (the night)', 'chapter'], ['ch', null]],
  },
  {
    short: 'gr',
    meanings: [
      { expansion: 'grade', after: /^\s*\d/, before: /\b\d{1,2}(st|nd|rd|th)\s*$/i },
      { expansion: 'group', after: /^\s*(members?|session|sess|rules|leader|therapy)\b/i },
    ],
    examples: [['Aiyana, gr 8, school-based', 'grade'], ['started 10th gr.', 'grade'], ['gr', null]],
  },
  {
    // ("court-ordered to BIP after the DV arrest": a batterer intervention program; "BIP updated w/ school": a behavior
    // intervention plan.)
    short: 'BIP',
    caseSensitive: true,
    meanings: [{ expansion: 'batterer intervention program', topic: /\b(?:DV|domestic violence|partner violence|IPV|batter\w*|court[- ]ordered|court[- ]mandated|probation|PO\b|arrest\w*|protective order|no[- ]contact order|abus\w+ (?:his|her) (?:partner|wife|girlfriend|husband|boyfriend)|men's group|women's group|CPS|child protective|supervised (?:visits?|contact))/i, unlessTopic: /\b(?:IEP|504|BCBA|ABA|classroom|teacher|school team)\b/i }],
    fallback: 'behavior intervention plan',
    examples: [['court-ordered to BIP after the DV arrest, week 8 of 26', 'batterer intervention program'], ['Father in BIP wk 18, joint session supervised by CPS plan', 'batterer intervention program'], ['BIP updated w/ school team', 'behavior intervention plan']],
  },
  {
    // ("ASD + ADHD", "ASD/mild ID", "dx ASD lvl 2"): autism, where the summary is about development; acute stress disorder where
    // a recent trauma is the topic; otherwise kept and flagged.
    short: 'ASD',
    caseSensitive: true,
    meanings: [
      { expansion: 'autism spectrum disorder', topic: /\b(?:autism|autistic|ADHD|ID\b|intellectual disability|developmental|BCBA|ABA|IEP|504|nonverbal|non-verbal|minimally verbal|AAC|stim\w*|sensory|social skills|BSP|behavior (?:support )?plan|group home|token board|visual schedule|meltdowns?|lvl [123]|level [123])/i },
      { expansion: 'acute stress disorder', topic: /\b(?:assault(?:ed)?|accident|crash|shooting|robbery|disaster|trauma|raped?|attack(?:ed)?)\b/i, unlessTopic: /\b(?:autism|autistic|developmental|BCBA|ABA|nonverbal)\b/i },
    ],
    examples: [['Tobi, 8, ASD + ADHD', 'autism spectrum disorder'], ['ASD', null]],
  },
  {
    short: 'ID',
    caseSensitive: true,
    meanings: [
      { expansion: 'identification', before: /\b(belief|values?|emotion|feelings?|trigger|cue|need|strengths?)\s*$/i, after: /^\s*(activity|exercise|of|worksheet)\b/i },
      { expansion: 'intellectual disability', after: /^\s*(dx|diagnosis)\b/i, before: /\b(mild|moderate|severe)\s*$/i },
      // "able to ID trigger", "helped her ID 3 coping skills": the verb, to identify.
      { expansion: 'identify', before: /\b(?:able to|unable to|could|can|helped (?:her|him|them) to|helped (?:her|him|them)|learning to|learned to|try to|tried to|worked to)\s*$/i },
    ],
    examples: [['belief ID activity', 'identification'], ['mild ID', 'intellectual disability'], ['showed ID', null], ['able to ID trigger', 'identify']],
  },
  {
    short: 'SP',
    caseSensitive: true,
    meanings: [
      // ("Reviewed SP, added sister as contact for Sat": contacts and warning signs are the safety plan's, whatever therapy is named.)
      { expansion: 'safety plan', after: /^[^.;]{0,40}\b(?:as (?:a |an )?(?:contact|support)|contacts?|crisis line|988|warning signs|reasons for living|means)\b/ },
      // ("belief in original SP down to 60%", in cognitive processing therapy: the stuck point, never the safety plan.)
      { expansion: 'stuck point', topic: /\b(?:CPT|cognitive processing|stuck points?|impact statement|ABC worksheets?|challenging (?:questions|beliefs)|patterns of problematic thinking|assimilat\w+|overaccommodat\w+)\b/ },
      { expansion: 'safety plan', topic: /\b(SI|suicid\w*|988|crisis|self-harm|SH|warning signs|means)\b/ },
    ],
    examples: [['reviewed SP, denies SI', 'safety plan'], ['SP', null], ['CPT session 6, belief in original SP down to 60%', 'stuck point'], ['Reviewed SP, added sister as contact for Sat. Consider referral to CPT group', 'safety plan']],
  },
  {
    // "x2 mo", "past mo": a time; "mo w/ bipolar d/o", "FHx: mo + aunt": the mother.
    short: 'mo',
    meanings: [
      { expansion: 'month', before: /(?:(?:\b(?:past|last|this|next|per|a|each|every|one)|(?<![\d.])1)\s*|\/)$/i },
      // ("no comms for 2 more mo": "more" or "other" may stand between the count and the letters.)
      { expansion: 'months', before: /(?:\d+(?:\.\d+)?|\d+\s*-\s*\d+|\b(?:few|several|many|couple|couple of|some)|~\s*\d+)(?:\s+(?:more|other|further))?\s*-?\s*$/i },
      // Only from the words before: a cue after ("mo +", "mo and") would outrank "3" before it.
      { expansion: 'mother', before: /(?:\b(?:(?:family|fam)\s+(?:hx|history)|fhx|bio|step|and|his|her|their|pt's|client's)\s*:?|[&+:;]|^)\s*$/i },
    ],
    examples: [['AH x2 mo', 'months'], ['low energy past mo', 'month'], ['sober x1 mo', 'month'], ['Family hx: mo w/ bipolar d/o', 'mother'], ['mo has MDD', 'mother'], ['behavior in past 3 mo +', 'months'], ['dad + mo both drink', 'mother'], ['no comms for 2 more mo', 'months'], ['approx. mo', null]],
  },
  {
    // "declined higher LOC" is the level of care; "MVA, brief LOC, ED visit" is a loss of consciousness.
    short: 'LOC',
    caseSensitive: true,
    meanings: [
      { expansion: 'loss of consciousness', before: /\b(?:brief|brief\s+\+|no|denies|denied|with|w\/|without|w\/o|\+|positive|any|momentary|possible|\d+\s*(?:sec|seconds?|min|minutes?))\s*$/i, after: /^\s*(?:after|from|following|with the|for \d|x\s?\d|\(|,?\s*(?:ed|er|emergency|ct|concussion|head))/i, topic: /\b(?:MVA|motor vehicle|accident|concussion|TBI|head injury|hit (?:his|her|their) head|crash|fell|fall)\b/i },
      { expansion: 'level of care', before: /\b(?:higher|lower|step(?:ped|ping)? (?:up|down)|current|appropriate|this|same|change in|increase in|recommended|declined|refused|different)\s*$/i, after: /^\s*(?:change|assessment|determination|recommendation|needed|appropriate)\b/i },
    ],
    examples: [['pt declined higher LOC', 'level of care'], ['MVA 8/2/24, rear-ended, brief LOC, ED visit', 'loss of consciousness'], ['LOC', null]],
  },
  {
    // "PC: 'I am safe now', VOC 4" in EMDR is the positive cognition; "walk-in from PC clinic" is primary care.
    short: 'PC',
    caseSensitive: true,
    meanings: [
      { expansion: 'primary care', after: /^\s*(?:clinic|provider|office|visit|doctor|dr\b|physician|referral|team|appointment|appt|follow-up|f\/u|nurse|practice)\b/i },
      { expansion: 'positive cognition', after: /^\s*(?:[:=(]|"|was|is|of|installed|installation|rated)/i, topic: /\b(?:EMDR|VOC|VoC|SUDS?|NC|desensiti[sz]ation|bilateral|BLS|installation|reprocessing)\b/ },
      // ("Draft to be sent to PC Janet Brooks", in co-parenting work: the parenting coordinator, a person named after the letters.)
      { expansion: 'parenting coordinator', topic: /\b(?:co-?parent\w*|parallel parenting|custody|parenting (?:plan|time|schedule)|visitation|exchanges?|court[- ]ordered|GAL|guardian ad litem|our family wizard|OFW|talkingparents)\b/i },
    ],
    examples: [['Co-parenting: draft to be sent to PC Janet Brooks', 'parenting coordinator'], ['walk-in from PC clinic', 'primary care'], ['PC: "I am safe now" (EMDR)', 'positive cognition'], ['PC', null]],
  },
  // "d/c sertraline" is stopping a medicine; "2 days after d/c from inpatient", "per DC plan", "reviewed DC
  // safety plan" is a discharge.
  ...(['d/c', 'dc'] as const).map((short) => ({
    short,
    meanings: [
      // ("rated 4 out of 5 on the DC", "DC reviewed", "DC shows urges 3/5": a rating on it, or it read, is the diary card.)
      { expansion: 'diary card', both: { before: /(?:\d\s*(?:out of|\/)\s*\d|\brated\s+\S+|\burges?)\s+on\s+(?:the\s+|her\s+|his\s+|their\s+)?$/i, after: /(?:)/ } },
      { expansion: 'diary card', after: /^\s*(?:reviewed|review|shows?|showed|ratings?|rated|urges?|card)\b/i },
      // ("Plan: cont DC", "told no one until DC today", in a DBT program: the letters are the diary card, save before discharge's own words.)
      // ("a full re-screen before dc", on a unit teaching TIPP: what comes before or is pending is the discharge.)
      ...(short === 'dc' ? [{ expansion: 'diary card', onlyTopic: /\b(?:DBT|chain analys[ie]s|diary cards?|distress tolerance|emotion regulation|TIPP|DEAR MAN|wise mind|skills group)\b/i, both: { before: /(?<!\b(?:before|pending|upon|post|prior to)\s*)$/i, after: /^(?!\s*(?:from|planning|plan|summary|date|home|meds?|medications?|instructions|paperwork|to (?:home|a |an |the )|\d{1,2}\/\d{1,2}))/i } }] : []),
      // "log on DC", "filled out her DC", "forgot DC": in DBT, the diary card a client fills in.
      { expansion: 'diary card', both: { before: /\b(?:log(?:ged|s)?|fill(?:ed|s)?(?:\s+out)?|track(?:ed|s)?|mark(?:ed|s)?|turn(?:ed|s)?\s+in|bring|brought|forgot|forget|skipped|skips|missed|completed)\s+(?:(?:it|them|this|urges|skills?|use)\s+)?(?:on\s+|in\s+)?(?:her|his|their|the|my|a|parent|parents'?|teen's)?\s*$/i, after: /^(?!\s*(?:from|summary|plan|planning|date|instructions|paperwork|papers|safety|meds?|medications?|\d))/i } },
      // ("reviewed d/c meds with pt": the medicines to go home with, reviewed, are the discharge medications.)
      { expansion: 'discharge', both: { before: /\b(?:reviewed|review|reviewing|went over|go over|going over|printed|gave|explained|reconciled)\s+(?:the\s+|her\s+|his\s+|their\s+)?$/i, after: /^\s*(?:meds?|medications?)\b/i } },
      // ("d/c trazodone": any medicine named after it.)
      { expansion: 'discontinue', after: MEDICINE_AFTER },
      { expansion: 'discharge', after: /^\s*(from|planning|plan|summary|date|home|to|safety plan|instructions|paperwork|meds list|medication list|papers)\b|^\s*\d{1,2}\/\d{1,2}\b|^\s*$/i, before: /\b(at|for|after|before|upon|pending|planned|plan|post|since|until|per|the|hospital|inpatient|unit|IP|PHP|IOP|psych|hosp|wants|want|wanted|requesting|requests|requested|asking for|asked for|pushing for|ready for)\s*$/i },
    ],
    examples: [[`${short} sertraline 50 mg`, 'discontinue'], [`${short} trazodone`, 'discontinue'], [`reviewed ${short} meds with pt (sertraline 150)`, 'discharge'], [`${short} from IOP Friday`, 'discharge'], [`f/u within 24 hrs post ${short}`, 'discharge'], [`Wants ${short} Fri.`, 'discharge'], [`reviewed ${short} safety plan`, 'discharge'], [`s/p IP ${short} 11/2 for OD`, 'discharge'], [`practice 1 ACCEPTS skill daily + log on ${short}`, 'diary card'], [`TIPP skills group; re-screen before ${short}`, 'discharge'], [short, 'discharge']] as [string, string | null][],
  })),
  // Dosing times only after a dose: "bid" is also a word ("a bid for attention"), "hs" is also high school.
  // (In capitals, "BID" and "TID" are the shorthand lexicon's.)
  ...([['bid', 'twice daily'], ['tid', 'three times daily'], ['qid', 'four times daily'], ['qd', 'daily'], ['hs', 'at bedtime']] as const).map(([short, expansion]) => ({
    short,
    caseSensitive: true,
    // ("divalproex 500 bid": a medicine's bare number is its dose too.)
    meanings: [{ expansion, before: /\b\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml|units?)\s*(?:po\s*)?$/i }, { expansion, before: MEDICATION_DOSE_BEFORE }],
    silent: true,
    examples: [[`lithium 300 mg ${short}`, expansion], [`divalproex 500 ${short}`, expansion], [`responded to his ${short}`, null]] as [string, string | null][],
  })),
  {
    // "anxiety 2/2 job loss" is secondary to; "On 2/2 vaping found" is a date.
    // ("Robbed at gunpoint 2/2.": with nothing after it, a day, never "secondary to".)
    short: '2/2',
    meanings: [{ expansion: 'secondary to', both: { before: /\b(?!(?:on|since|by|from|until|of|before|after|thru|through|due|the)\b)[a-z]{3,}\s*$/i, after: /^\s+(?!(?:at|in|and|or|when|while|around|per)\b)[a-z]/i } }],
    silent: true,
    examples: [['insomnia 2/2 pain', 'secondary to'], ['On 2/2, vaping found in backpack', null], ['Robbed at gunpoint 2/2. Session 9.', null]],
  },
  {
    short: "d/c'd",
    meanings: [
      // ("Abilify 15 mg daily, d/c'd w/ 7 day supply"): sent home with days of medicine is a discharge, whatever medicine is named.
      { expansion: 'discharged', after: /^\s*(?:w\/|with)\s+(?:a\s+)?\d{1,2}[- ]?(?:day|wk|week)s?\s+(?:supply|script|rx|prescription)\b/i },
      // ("tx w/ sertraline, d/c'd on her own after 6 mo": a medicine before it, then how or why it ended, is a medicine stopped.)
      { expansion: 'discontinued', both: { before: /\b(meds?|medications?|mg|dose|sertraline|fluoxetine|escitalopram|citalopram|paroxetine|venlafaxine|duloxetine|lithium|bupropion|quetiapine|aripiprazole|lamotrigine|stimulant|SSRI|SNRI|antidepressant)\b[^;.]*$/i, after: /^\s*(?:on (?:her|his|their|my) own|by (?:her|him|them)self|abruptly|cold turkey|without|due to|d\/t|because|b\/c|after (?:\d+|a|one|two|three|four|six)\s*(?:days?|d|wks?|weeks?|mos?|months?|yrs?|years?)\b)/i } },
      { expansion: 'discontinued', after: /^\s*(\w+\s+)?(\d+\s*mg|meds?|medications?|sertraline|fluoxetine|lithium|dose|it)\b/i, before: /\b(meds?|medications?|mg|dose|sertraline|fluoxetine|escitalopram|lithium|bupropion|quetiapine|stimulant|prescriber|psychiatrist)\b[^;]*$/i },
      // ("Dr. Okafor d/c'd quetiapine 50 qhs for Aaliyah": a medicine named right after it is the one stopped.)
      { expansion: 'discontinued', after: new RegExp(`^\\s*(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:${MEDICATION_NAMES.join('|')})\\b`, 'i') },
      // ("tx'd w/ sertraline, d/c'd 2011": a year after it says nothing; the medication before it does.)
      { expansion: 'discharged', after: /^\s*(from|home|to|same|after|on|yesterday|today|last|this)\b/i, before: /(?:\b(ED|ER|emergency|hospital\w*|hosp|inpatient|admitted|admission|unit|IOP|PHP|rehab|detox|residential|program|CSU)\b[^;]*|\b(?:when|once|until|upon|if|gets?|getting|being)\s*)$/i },
    ],
    // ("will "kill Dana" when d/c'd": the time the client is discharged.)
    examples: [["Abilify 15 mg daily, d/c'd w/ 7 day supply", 'discharged'], ["States he will kill her when d/c'd", 'discharged'], ["St. Anne's ED 10/8, d/c'd same day", 'discharged'], ["prescriber d/c'd the quetiapine", 'discontinued'], ["d/c'd sertraline 50 mg", 'discontinued'], ["tx'd w/ sertraline by PCP, d/c'd 2011", 'discontinued'], ["admitted to inpatient unit, d/c'd 10/14", 'discharged'], ["tx w/ sertraline, d/c'd on her own after 6 mo", 'discontinued'], ["Zoloft 50 mg, d/c'd abruptly", 'discontinued'], ["d/c'd", null]],
  },
  {
    short: 'psych',
    meanings: [
      // ("he's being admitted to psych": the inpatient psychiatric unit, never a psychiatrist.)
      { expansion: 'inpatient psychiatry', before: /\b(?:admitted|admit|admitting|admission|transferred|transfer)\s+to\s*$/i },
      { expansion: 'psychologist', before: /\b(school|the school|child|clinical)\s*$/i },
      // A pre-surgical or candidacy evaluation is the psychologist's, not a psychiatric one.
      { expansion: 'psychological', both: { before: /\b(pre-?surg(?:ical)?|presurg(?:ical)?|pre-?op(?:erative)?|bariatric|transplant|candidacy|SCS|spinal cord stimulator|pain pump|neuropsych|third-party reproduction|gestational carrier|surrogacy|egg donor|donor|adoption|custody|fitness[- ]for[- ]duty)\s*$/i, after: /^\s*(eval|evaluation|evals|assessment|testing|clearance)\b/i } },
      // ("psych eval ... PAI administered - valid profile"): an evaluation with a personality or eating inventory given is the psychologist's.
      { expansion: 'psychological', after: /^\s*(eval|evaluation|evals|assessment)\b/i, onlyTopic: /\b(?:MMPI(?:-\d|-2-RF)?|PAI|MCMI(?:-I?V)?|BES|PID-5|NEO-PI|Rorschach|psychological testing|valid profile|clinical elevations)\b/ },
      { expansion: 'psychiatric', after: /^\s*(eval|evaluation|evals|hold|unit|hospital|hospitalization|admission|admit|stay|stays|meds|medications?|history|hx|dx|er|ed|emergency|consult|nurse|np|referral|ref|treatment|tx|care|symptoms|sx)\b/i },
      { expansion: 'psychiatrist', after: /^\s*(appt|appointment|visit|f\/u|follow-up|on|tomorrow|next)\b/i, before: /\b(see|saw|seeing|call|called|her|his|their|the|to|with|by)\s*$/i },
    ],
    except: /^ (?:ed|hosps?|hospitali[sz]ations?)\b/,
    examples: [['met w/ school psych', 'psychologist'], ['Pre-surgical psych eval for sleeve', 'psychological'], ['pre-surg psych eval, 44F', 'psychological'], ['psych eval, gestational carrier candidate. PAI administered - valid profile', 'psychological'], ['urgent psych eval for meds', 'psychiatric'], ['no prior psych tx', 'psychiatric'], ['f/u with psych next wk', 'psychiatrist'], ['psych', null]],
  },
  {
    short: 'pcp',
    meanings: [{ expansion: 'primary care provider', before: /\b(her|his|their|the|to|with|from|by|call|see|saw|per|a|new)\s*$/i }],
    caseSensitive: true,
    examples: [['send a note to her pcp', 'primary care provider'], ['used pcp at 16', null]],
  },
  {
    short: 'ppd',
    meanings: [
      { expansion: 'pack per day', before: /(?:\d(?:\.\d+)?|\bhalf a|\bsmokes?|\bsmoking|\bsmoked)\s*$/i },
      { expansion: 'postpartum depression', topic: /\b(postpartum|post-partum|baby|infant|newborn|pregnan\w*|perinatal|weeks? pp|EPDS|Edinburgh|breastfeed\w*|delivery|birth)\b/i },
    ],
    examples: [['smokes 1 ppd x 40 yrs', 'pack per day'], ['pt 29F, PPD, 5 mo postpartum', 'postpartum depression'], ['ppd', null]],
  },
  {
    short: 'Co',
    caseSensitive: true,
    // ("1SG Whitaker, Bravo Co": a company of soldiers, named by its letter.)
    meanings: [{ expansion: 'Company', before: /\b(?:Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|Headquarters|HHC|HHB|[A-D])\s+$/ }, { expansion: 'County', before: /\b(?!(?:The|And|Or|In|At|From|To)\b)[A-Z][a-z]+\s+$/ }],
    silent: true,
    examples: [['drove in from Harlan Co, 45 min', 'County'], ['call from 1SG Whitaker, Bravo Co', 'Company'], ['Co-parenting', null]],
  },
  {
    short: 'Ct',
    caseSensitive: true,
    meanings: [{ expansion: 'Client', after: /^\s+(to|reports?|reported|states?|stated|denies|denied|agreed|was|is|shared|will|and|engaged|presented|appeared)\b/ }],
    examples: [['Ct to cont grp weekly', 'Client'], ['Ct scan', null]],
  },
  {
    short: 'rpt',
    meanings: [
      { expansion: 'reported', before: /\b(teacher|tchr|mother|mom|father|dad|parents?|staff|nurse|school|client|pt|she|he|they)\s*$/i },
      { expansion: 'report', before: /\b(the|a|progress|school|incident|police|written|lab)\s*$/i },
      // "rpt EPDS next wk": a screen to give again.
      { expansion: 'repeat', after: /^\s+(?:the\s+)?(?:EPDS|PHQ-?\d|GAD-?\d|PCL-?5|C-SSRS|CSSRS|ASQ|AUDIT(?:-C)?|screen|screening|labs?|UDS|assessment|measures?)\b/i },
    ],
    examples: [['tchr rpt 4 outbursts', 'reported'], ['progress rpt sent', 'report'], ['rpt EPDS next wk', 'repeat'], ['rpt', null]],
  },
  {
    short: 'term',
    meanings: [{ expansion: 'termination', after: /^\s*(sess|session|sessions|planning|summary|date)\b/i }],
    silent: true,
    examples: [['Term sess #22', 'termination'], ['bullying all term', null]],
  },
  {
    // ("Ambivalent about SL after d/c", "bup 8mg SL"): a sober living house where recovery is the topic, a way of taking a
    // medicine beside its dose; otherwise kept and asked about.
    short: 'SL',
    caseSensitive: true,
    meanings: [
      { expansion: 'sublingual', before: /(?:\b(?:buprenorphine|bup|suboxone|subutex|zubsolv|film|tab|tabs|tablet|nitro\w*)|\d\s*(?:mg|mcg)?)\s*$/i },
      { expansion: 'sober living', topic: RECOVERY_TOPIC, onlyTopic: RECOVERY_TOPIC },
    ],
    examples: [
      ['bup 8mg SL daily', 'sublingual'],
      ['day 20 of residential, ambivalent about SL after discharge', 'sober living'],
    ],
  },
  {
    // In a transplant clinic "s/p renal tx", "tx coordinator" are the transplant; everywhere else "tx" is treatment.
    // (On a dialysis unit "after tx", "missed 2 tx" are dialysis runs: dialysis alone never makes "tx" a transplant.)
    short: 'tx',
    meanings: [
      // "play tx", "family tx": a kind of therapy.
      { expansion: 'therapy', before: /\b(?:play|family|couples|group|individual|indiv|ind)\s*$/i },
      { expansion: 'treatment', after: /^\s*(?:plan|goals?|adherence|compliance|options?|history|hx|progress|engagement|resistant|refractory|as usual|team|teams|review|meeting|mtg)\b/i, before: /\b(?:in|into|for|of|no|prior|previous|past|outpatient|OP|inpatient|IP|substance|SUD|MAT|residential|psych|psychiatric|mental health|MH|declined|refused|started|starting|began|completed|continue|cont|engaged in|responding to|response to|withdrawing|withdraw|withdrawal of|stopping|stop|missed|skipped|during|more|further|any|active|additional|curative|aggressive|cancer|off|end|ending|all)\s*$/i },
      { expansion: 'transplant', before: /\b(?:renal|kidney|liver|heart|lung|pancreas|bone marrow|BMT|stem cell|organ|s\/p|status post)\s*$/i, topic: TRANSPLANT_TOPIC },
      // ("visitation suspended pending tx" in a residential program): waiting on it, before or after it, is a transplant only
      // where one is the topic.
      { expansion: 'transplant', before: /\b(?:post-?|pre-?|awaiting|pending|listed for|list for)\s*$/i, onlyTopic: TRANSPLANT_TOPIC },
    ],
    fallback: 'treatment',
    except: /^\s*(?:plan)\b/i,
    examples: [
      ['s/p renal tx 8 mo', 'transplant'],
      // ("Transplant failed, told he is not a candidate for more tx": more treatment, of any kind.)
      ['Transplant failed, not a candidate for more tx', 'treatment'],
      ['pre heart tx caregiver planning', 'transplant'],
      ['2 kids - visitation suspended pending tx', 'treatment'],
      ['notify tx coordinator re tacrolimus doses', 'transplant'],
      ['family tx next wk', 'therapy'],
      ['no prior tx', 'treatment'],
      ['responding well to tx', 'treatment'],
      ['tx goals reviewed', 'treatment'],
      ['tx', 'treatment'],
      ['explained withdrawing tx vs suicide; wants to stop dialysis', 'treatment'],
      ['seen chairside on dialysis unit after tx', 'treatment'],
      ['missed 2 tx last mo', 'treatment'],
    ],
  },
  {
    // At a university "on med withdrawal (LOA) since Sept" is a medical withdrawal from classes; beside symptoms, a medication's.
    short: 'med withdrawal',
    meanings: [
      { expansion: 'medical withdrawal', topic: /\b(?:LOA|leave of absence|semesters?|sem|dean|registrar|readmission|re-?enroll\w*|classes|campus|university|college|academic|transcript|tuition|return paperwork)\b/i },
      { expansion: 'medication withdrawal', after: /^\s*(?:symptoms|sx|effects|syndrome|seizures?)\b/i },
    ],
    examples: [['on med withdrawal since Sept, readmission paperwork due', 'medical withdrawal'], ['med withdrawal sx from the benzo taper', 'medication withdrawal'], ['med withdrawal', null]],
  },
  {
    // On a dialysis unit "on HD MWF" is hemodialysis; beside chorea, Huntington's disease. ("HD#2" is a hospital day: left alone.)
    short: 'HD',
    caseSensitive: true,
    meanings: [
      { expansion: 'hemodialysis', topic: KIDNEY },
      { expansion: "Huntington's disease", topic: /\b(?:Huntington\w*|chorea|HTT|CAG repeats?)\b/i },
    ],
    except: /^\s*#?\s*\d/,
    examples: [['ESRD on HD MWF x 2 yrs', 'hemodialysis'], ['missed HD Tues, fistula clotted', 'hemodialysis'], ['HD dx 2019, chorea worse', "Huntington's disease"], ['HD', null]],
  },
  {
    // Beside kidney care "on PD since 2021" is peritoneal dialysis; beside a tremor or levodopa, Parkinson's disease.
    // ("dx borderline PD and PTSD": after its kind, a personality disorder.)
    short: 'PD',
    caseSensitive: true,
    meanings: [
      { expansion: 'personality disorder', before: /\b(?:borderline|antisocial|narcissistic|histrionic|avoidant|dependent|schizotypal|schizoid|paranoid|cluster [ABC])\s*$/i },
      { expansion: 'peritoneal dialysis', topic: KIDNEY },
      { expansion: "Parkinson's disease", topic: /\b(?:Parkinson\w*|levodopa|carbidopa|Sinemet|tremors?|DBS|bradykinesia)\b/i },
      // ("her PD told her she's looking at 6 to 8 years", "Phone call w/ PD (Atty. Lisa Moreno)": someone's own, beside court and
      // sentencing, or an attorney, is the public defender; "local PD" stays the police.)
      { expansion: 'public defender', before: /\b(?:her|his|their|my|your|client's|pt's)\s*$/i, topic: /\b(?:sentencing|sentenced|court|charges?|plea|bond|bail|arraign\w*|trial|judge|jail|inmate|booking|hearing|prosecutor|DA|attorney|lawyer|[Aa]tty)\b/ },
      { expansion: 'public defender', after: /^\s*\(\s*(?:[Aa]tty\.?|[Aa]ttorney)\b/ },
      // ("7 members (3 PD, 2 FD, 1 EMS)", "Det. Sam Hale, also PD": among first responders, the police.)
      { expansion: 'police', topic: /\b(?:[Pp]olice|[Oo]fficers?|[Cc]ops?|LEO|[Pp]atrol|[Ss]ergeant|Sgt\.|[Dd]etective|Det\.|[Ff]irst [Rr]esponders?|FD|[Ff]irefighters?|[Dd]ispatch(?:ers?)?|[Pp]recinct|[Ss]quad|[Dd]eputy|[Ss]heriff)\b/ },
    ],
    examples: [['Peer loss group: 3 PD, 2 FD, 1 EMS', 'police'], ['her PD told her sentencing is on the 14th', 'public defender'], ['Phone call w/ PD (Atty. Lisa Moreno) re: client', 'public defender'], ['ESRD, on PD since 2021', 'peritoneal dialysis'], ['PD exchanges at night, renal diet', 'peritoneal dialysis'], ['PD dx 2020, tremor worse on carbidopa', "Parkinson's disease"], ['dx borderline PD and PTSD', 'personality disorder'], ['PD', null]],
  },
  {
    // EMDR's validity of cognition, or a sickle cell vaso-occlusive crisis.
    short: 'VOC',
    caseSensitive: true,
    meanings: [
      { expansion: 'validity of cognition (VOC)', after: /^\s*(?:[:=]\s*)?\d|^\s*(?:of|was|is|went|rose|up|down|at|now|stayed|remained)\b/i, before: /\b(?:SUDs?|PC|NC|positive cognition|installation|install\w*|cognition)\b[^;]*$/i, topic: /\b(?:EMDR|BLS|SUDs?|bilateral|desensiti[sz]ation|installation|reprocessing|positive cognition)\b/i },
      { expansion: 'vaso-occlusive crisis', after: /^\s*(?:crisis|crises|episodes?|pain|admissions?|admits?)\b/i, before: /\b(?:for|w\/|with|a|an|recurrent|frequent|freq|recent|during|after|from|sickle cell|SCD)\s*$/i, topic: /\b(?:sickle|SCD|SS disease|hydroxyurea|heme|hematolog\w*|pain crisis|vaso-?occlusive)\b/i },
    ],
    examples: [
      ['SUDs 7 VOC 3', 'validity of cognition (VOC)'],
      ['VOC 6 at end', 'validity of cognition (VOC)'],
      ['admitted for VOC (6 this yr)', 'vaso-occlusive crisis'], ['h/o sickle cell, 3 VOC episodes', 'vaso-occlusive crisis'],
      ['VOC', null],
    ],
  },
  {
    // "Rec son keep combo": a recommendation; "rec center", "rec therapy": recreation.
    short: 'rec',
    meanings: [
      { expansion: 'recreation', after: /^\s*(?:center|centre|league|sports|therapy|therapist|room|time|activities|program|department|dept)\b/i },
      // ("- rec door chime + run vacuum": opening a jotted line, the clinician's recommendation.)
      { expansion: 'recommended', both: { before: /^\s*(?:[-*]\s*)?$/, after: /^\s+[a-z]/i } },
      // ("rec: 8 wks CBT for binge eating prior to clearance", "Recs: IOP"): opening a line under its colon, what the clinician recommends.
      { expansion: 'recommendation', both: { before: /(?:^|[.;,]\s*|\s[-–—]\s*)\s*(?:[-*]\s*)?$/, after: /^s?\s*:\s*\S/ } },
      // ("per team rec", "per psych rec": the recommendation someone made.)
      { expansion: 'recommendation', before: /\bper\s+(?:the\s+)?(?:[a-z]+\s+)?(?:team|psych|psychiatry|MD|doctor|dr\.?\s+[A-Z][a-z]+|provider|nurse|school|OT|PT|endo|neuro|cardiology|oncology)\s*$/i },
      // ("despite team rec of no running", "MD's rec"): the team's or a doctor's recommendation, with or without "per".
      { expansion: 'recommendation', before: /\b(?:team|treatment team|MD|doctor|provider|RD|dietitian|psychiatrist|medical)(?:'s)?\s*$/i, after: /^\s*(?:of|for|to|is|was|that)\b/i },
      { expansion: 'recommended', after: /^\s*(?:that\s+)?(?:(?:she|he|they|client|pt|patient|family|couple)\b|(?:her |his |their )?(?:son|daughter|wife|husband|partner|mom|dad|mother|father|parents?|caregiver)\s+(?:keep|lock|hold|remove|store|call|attend|try|start|continue|see|follow|take|get|limit|supervise)\b)/i },
    ],
    examples: [['still running despite team rec of no running', 'recommendation'], ['lock up pens per team rec', 'recommendation'], ['Rec son keep combo', 'recommended'], ['goes to the rec center', 'recreation'], ['rec door chime and run vacuum when he is out', 'recommended'], ['rec', null]],
  },
  {
    // "WHO from Dr. Patel": in primary care, a warm handoff from the physician; the WHO-5 is a measure and keeps its name.
    short: 'WHO',
    caseSensitive: true,
    except: /^-\d/,
    meanings: [
      { expansion: 'warm handoff', after: /^\s*(?:from|to|by|w\/|with|for|via|after|per)\b/i },
      { expansion: 'warm handoff', before: /\b(?:a|an|the|did|done|got|received|requested|via|after|for)\s*$/i, onlyTopic: /\b(?:PCP|primary care|integrated|BHC|behavioral health consultant|IBH|family medicine|FM|pediatrics|peds|clinic|MA|NP|PA|Dr\.?\s+[A-Z])\b/ },
      { expansion: 'World Health Organization (WHO)', after: /^\s*(?:criteria|guidelines?|classification|definition|recommendations?|scale|grading)\b/i },
    ],
    examples: [['Integrated BH visit, WHO from Dr. Patel for anxiety', 'warm handoff'], ['PCP clinic, seen via WHO after the PHQ-9', 'warm handoff'], ['per WHO guidelines', 'World Health Organization (WHO)'], ['WHO', null]],
  },
  {
    // "TP linear" in a mental status exam is the thought process; "reviewed TP goals", "updated TP" is the treatment plan.
    short: 'TP',
    caseSensitive: true,
    meanings: [
      { expansion: 'thought process', after: /^\s*(?:[:=-]\s*)?(?:linear|logical|goal[- ]directed|organized|disorganized|tangential|circumstantial|concrete|coherent|intact|WNL|within normal limits|loose|logical and linear|linear and logical|perseverative|illogical|slowed|racing|flight of ideas|blocking)\b/i },
      { expansion: 'thought process', before: /\b(?:MSE|TC|affect|mood|speech|orientation|oriented|insight|judgment|I\/J)\b[^.;]{0,40}[,;:/]\s*$/i },
      { expansion: 'treatment plan', after: /^\s*(?:goals?|objectives?|review|reviewed|update|updated|signed|renewal|revision|interventions?|problems?|progress)\b/i },
      { expansion: 'treatment plan', before: /\b(?:reviewed|review|updated|update|updating|revised|revise|signed|sign|completed|complete|per|new|initial|current|the|her|his|their|on|in|of|to)\s*$/i },
    ],
    examples: [['TP linear, TC no SI', 'thought process'], ['MSE: affect flat, TP goal-directed', 'thought process'], ['Reviewed TP goals w/ client', 'treatment plan'], ['updated TP, client signed', 'treatment plan'], ['TP', null]],
  },
  {
    // "identified fam events as HRS": high-risk situations, in relapse prevention; "2 HRS" is hours.
    short: 'HRS',
    caseSensitive: true,
    meanings: [
      { expansion: 'hours', before: /\d\s*$/ },
      { expansion: 'high-risk situations', before: /\b(?:as|identified|identify|identifying|listed|list|mapped|map|reviewed|her|his|their|of|for|about|re|avoid|avoiding)\s*$/i, topic: RECOVERY_TOPIC },
    ],
    examples: [['Processed lapse vs relapse, identified fam events as HRS', 'high-risk situations'], ['slept 4 HRS', 'hours'], ['HRS', null]],
  },
  {
    // "rev'd RP plan", "RP group" in recovery work: relapse prevention; "RP w/ mom" in skills practice: a role-play.
    short: 'RP',
    caseSensitive: true,
    meanings: [
      { expansion: 'role-play', after: /^\s*(?:w\/|with|of|between)\b/i, before: /\b(?:did|do|a|an|in|during|via|through|practiced|practice)\s*$/i },
      { expansion: 'relapse prevention', after: /^\s*(?:plan|planning|group|grp|skills?|worksheet|work|model|curriculum|topic|module|strateg(?:y|ies))\b/i, topic: RECOVERY_TOPIC },
    ],
    examples: [["rev'd RP plan, cravings 3/10, UDS neg", 'relapse prevention'], ['Thursday RP group, 6 members, sober 30 days', 'relapse prevention'], ['did RP w/ mom about curfew', 'role-play'], ['RP', null]],
  },
];
