// Words a dictated summary carries that a written note does not (exemplars.md, pattern 10).

/** Filler tokens, removed wherever they stand. Hedges ("kind of", "a bit") are content: kept. */
// ("nobody reported any self harm or anything like that I did ask ...": a trailing "or anything like that" is a filler too.)
export const DICTATION_FILLERS: readonly string[] = ['um+', 'uh+', 'uhm+', 'erm', 'er', 'hmm+', 'mm+', 'okay so', 'ok so', 'alright so', 'all right so', 'so yeah', 'you know what i mean', 'i mean', 'or anything like that', 'or anything like this'];

/**
 * Who starts a new statement after a pause ("... since um he denies ..."): in dictation with no
 * full stops, a filler (blanked to spaces) before one of these ends the statement before it.
 */
export const PAUSE_THEN_SPEAKER: readonly string[] = ['he', 'she', 'they', 'we', 'i', "i'm", "i've", "i'll", "i'd", "we'll", "we've", "he's", "she's", "they're", 'client', 'pt', 'patient', 'mom', 'dad', 'mother', 'father', 'parents', 'partner', 'wife', 'husband',
  // "... on that rig um asked directly about SI he said ...": after a pause, the clinician's question starts a statement too.
  'asked directly', 'asked about', 'asked him', 'asked her', 'asked them', 'asked if', 'asked whether', 'affect was', 'affect is', 'his affect', 'her affect', 'their affect',
  // "... individual session in person um goal we've been working on is ...": the goal named after a pause.
  'goal', 'the goal', 'her goal', 'his goal', 'their goal',
  // "... mom uses um both parents were tense": everyone in the room, named together.
  'both parents', 'both of them',
  // ("... hasn't slept um a mom cried talking about her son ...", "... maybe and um Mrs. Ortega asked ...": in a group, a member
  // introduced after a pause, and the topic named after one.)
  'a mom', 'a dad', 'a mother', 'a father', 'one mom', 'one dad', 'one mother', 'one father', 'another mom', 'another dad', 'another mother', 'another father', 'another member', 'one member',
  'mr\\.', 'mrs\\.', 'ms\\.', 'the topic', 'topic was', 'topic today', 'nurse', 'the nurse', 'her nurse', 'his nurse', 'the attending',
  // ("she repeated it back um her daughter Carmen will check on her every night": a relative doing something, after a pause.)
  '(?:her|his|their) (?:daughter|son|mom|mother|dad|father|husband|wife|partner|sister|brother|grandmother|grandfather|aunt|uncle|boyfriend|girlfriend|caseworker|case manager)(?: [A-Z][a-z]+)?(?= (?:will|is|was|has|had|said|says|agreed|called|came|can|[a-z]+ed)\\b)',
  // ("... around 11:30 um roommate Kyle brought him ...": a companion named by role, then what they did.)
  '(?:roommate|friend|neighbou?r|coworker|boyfriend|girlfriend|brother|sister) [A-Z][a-z]+(?= (?:brought|drove|called|said|says|came|found|took|is|was|has|had)\\b)'];

/** What else starts a statement after a pause: a measure, an exercise, the plan (split-clauses.ts, PAUSE_THEN_TOPIC). */
export const PAUSE_THEN_TOPICS: readonly string[] = [
  // ("denied HI um mood she described as numb": a state named, then how she described it, is the next statement.)
  '(?:mood|affect|sleep|appetite|energy)(?= (?:she|he|they) (?:described|rated|reported|called|said))', 'phq-9', 'phq9', 'gad-7', 'gad7', 'pcl-5', 'pcl5', 'suds?', 'wt', 'weight', 'bmi', 'vitals', 'hr', 'bp', 'imaginal(?: exposure)?', 'in vivo', 'in-vivo', 'plan(?: is)?', 'homework', 'hw', 'next session', 'next appt', 'f\\/u', 'follow up', 'follow-up',
  // ("he has access to the truck obviously um intent he said he's maybe a five": a risk item named, then the client's answer on it.)
  '(?:intent|plan|means|access)(?= (?:she|he|they) (?:said|says|rated|reported|denied|described))',
  // ("... with plan and intent um did safety planning ..."): the clinician's next act, said without its subject.
  'did safety planning', 'did a safety plan', 'did the safety plan', 'called ahead', 'gave report', 'gave (?:him|her|them) (?:the |a |an )?(?:988|crisis|number|numbers|handout|resources|narcan|naloxone|fentanyl test strips|test strips|fts)'];
/** Words before a pause that wait for what follows it ("worried about um weight", "his um PCL-5"): no statement starts after them.
 * ("her" is not one: "okay to me calling her um follow up next week" has its object.) */
// ("he said something like uh I swear ...": the words said come after "like", never a new statement.)
export const PAUSE_WAITS_AFTER: readonly string[] = ['like', 'about', 'of', 'on', 'in', 'at', 'to', 'for', 'with', 'from', 'by', 'the', 'a', 'an', 'his', 'their', 'my', 'our', 'your', 'this', 'that', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'be', 'been', 'no', 'any', 'some', 'discussed', 'reviewed', 'did', 'do', 'started', 'began', 'continue', 'continued', 'practiced', 'completed', 'gave', 'assigned', 'rated', 'scored', 'like', 'really', 'very', 'more', 'less', 'she', 'he', 'they', 'we', 'i'];

/** Spoken punctuation, used only when the summary reads as dictated (few full stops). */
export const SPOKEN_PUNCTUATION: readonly { words: readonly string[]; mark: string; notAfter?: readonly string[]; notBefore?: readonly string[] }[] = [
  // ("capping OT at one extra shift a pay period", "she got her period": the noun, after a word that takes it, is never a full stop.)
  { words: ['full stop', 'period'], mark: '.', notAfter: ['pay', 'grace', 'time', 'trial', 'waiting', 'probation', 'probationary', 'menstrual', 'postpartum', 'washout', 'honeymoon', 'class', 'school', 'lunch', 'free', 'refractory', 'observation', 'adjustment', 'notice', 'her', 'his', 'my', 'their', 'a', 'the', 'that', 'this', 'same', 'first', 'last', 'next', 'each', 'every', 'long', 'short', 'two-week', 'six-week'] },
  { words: ['new paragraph', 'new line', 'newline', 'next line'], mark: '\n' },
  { words: ['question mark'], mark: '?' },
  { words: ['comma'], mark: ',' },
  // ("in cycle four for stage three colon cancer", "her sigmoid colon": the organ, before or after a word that names it, is never a colon.)
  { words: ['colon'], mark: ':', notAfter: ['the', 'her', 'his', 'their', 'my', 'sigmoid', 'ascending', 'descending', 'transverse', 'spastic', 'irritable'], notBefore: ['cancer', 'ca', 'polyps?', 'resection', 'surgery', 'biopsy', 'tumou?r', 'mass', 'cleanse', 'and rectal', 'screening', 'obstruction', 'perforation'] },
  { words: ['semicolon', 'semi colon'], mark: ';' },
];

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spoken numbers before a unit become numerals ("sixteen year old" -> "16 year old"). */
export const SPOKEN_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ...TENS.flatMap((t, i) => [[t, 20 + 10 * i] as const, ...UNITS.flatMap((u, j) => [[`${t} ${u}`, 21 + 10 * i + j] as const, [`${t}-${u}`, 21 + 10 * i + j] as const])]),
]);

/** Days of the month said as ordinals ("on the twenty eighth"). */
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
export const SPOKEN_ORDINALS: Readonly<Record<string, number>> = Object.fromEntries([
  ...ORDINAL_UNITS.map((w, i) => [w, i + 1] as const),
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'].map((w, i) => [w, i < 10 ? i + 10 : i === 10 ? 20 : 30] as const),
  ...ORDINAL_UNITS.flatMap((u, j) => [[`twenty ${u}`, 21 + j] as const, [`twenty-${u}`, 21 + j] as const]),
  ['thirty first', 31], ['thirty-first', 31],
]);

/** What a speaker says to sign off ("uh that's it", "end of note"): never content. */
export const SIGN_OFF_PHRASES: readonly string[] = ["that's it", 'that is it', "that's all", 'that is all', "that's everything", "that's the note", 'end of (?:the )?note', 'end note', 'done'];

/** Sections a speaker names aloud ("so situation is she's been ..."), written as a label. ("so plan I consulted ...";
 * "plan is she'll ..." is read where its items are split.) */
// ("so subjectively he says ...", "objectively he sounded flat": the SOAP sections named as adverbs, written as the label
// each heads a line with; "Objective:" alone can name a treatment-plan objective, so what was seen is "Observed:".)
// ("so behavior wise Noah was pretty quiet", "so the issue is Noah has been refusing": a section named by how it is spoken.)
export const SPOKEN_SECTION_ADVERBS: Readonly<Record<string, string>> = { subjectively: 'Subjective', objectively: 'Observed', 'behavior wise': 'Behavior', behaviorally: 'Behavior', 'the issue': 'Problem', 'the main issue': 'Problem' };
export const SPOKEN_SECTION_LABELS: readonly string[] = [...Object.keys(SPOKEN_SECTION_ADVERBS), 'situation', 'subjective', 'objective', 'interventions?', 'response', 'assessment', 'data', 'behaviou?r', 'problem', 'evaluation', 'risk', 'mental status(?: exam)?', 'plan(?!\\s+(?:is|was|were)\\b)'];

/** Words before a section word that make it an ordinary noun ("her safety plan", "the response"), never a label. */
export const NOT_A_SPOKEN_SECTION_AFTER: readonly string[] = ['my', 'the', 'a', 'an', 'her', 'his', 'their', 'our', 'safety', 'treatment', 'crisis', 'care', 'discharge', 'action', 'this', 'that', 'no', 'any', 'good', 'poor', 'positive', 'negative', 'emotional', 'initial', 'first', 'of', 'to', 'for', 'in', 'low', 'high', 'moderate', 'elevated', 'imminent', 'acute', 'chronic', 'overall', 'suicide', 'violence', 'at', 'some', 'little', 'real', 'higher', 'lower'];

/** The clinician's aside about what the note must carry ("so anyway the thing I need to put in is"): the content follows it. */
/** The speaker's own aside on what was just said ("... so that was nice", "so that's good"): never a statement of the note. */
export const SPOKEN_APPRAISALS: readonly string[] = ['nice', 'good', 'great', 'encouraging', 'huge', 'progress', 'helpful', 'a (?:good|nice|big|great) (?:sign|step|moment|thing)'];

export const NOTE_ASIDES: readonly string[] = [
  "(?:so\\s+)?(?:anyway\\s+)?(?:the (?:main |big |important |other )?thing|what) (?:I|we) (?:need|want|have|wanted|needed) to (?:put in|document|note|chart|get in|write down|mention|add|flag)(?: (?:here|for this one))?(?: is)?",
  // ("so main thing today she was really angry ...": what the session was mostly about, said before it.)
  "(?:so\\s+)?(?:the\\s+)?main (?:thing|issue|focus|topic) (?:today|this session|this time|in session)(?: (?:was|is))?(?=\\s+(?:she|he|they|client|pt|we|I)\\b)",
  "(?:so\\s+)?(?:anyway\\s+)?(?:I|we) (?:need|want|have) to (?:make sure I |make sure we )?(?:document|note|chart|put in|get in) (?:that|this)(?= )",
];

/**
 * Letters a transcript writes in lower case ("she denied any si or hi when i asked", "once she signs
 * the roi"): in dictation, the abbreviations as a clinician writes them, and "i" the clinician.
 * Only letters that are no English word.
 */
// ("hi" is a greeting too, "say hi when he gets home": read as homicidal ideation only beside a risk word, SPOKEN_HI.)
export const SPOKEN_ABBREVIATIONS: readonly string[] = ['i', 'si', 'uds', 'roi', 'ptsd', 'adhd', 'ocd', 'cbt', 'dbt', 'emdr', 'phq', 'gad', 'iop', 'php', 'cps', 'dcfs', 'ipv', 'moud', 'c-ssrs', 'cssrs', 'nssi'];

/** "denied si or hi", "no hi", "hi and si": "hi" said as homicidal ideation, beside suicidal ideation or a denial, never the greeting. */
export const SPOKEN_HI = /(?<=\bsi\s*(?:or|and|\/|,|&)\s*)hi\b|\bhi(?=\s*(?:or|and|\/|,|&)\s*si\b)|(?<=\b(?:denies|denied|deny|denying|no|any|endorses|endorsed|endorsing|positive for|negative for|screened for|assessed for|asked about)\s+(?:any\s+)?(?:current\s+)?)hi\b(?!\s+(?:to|back|there|mom|dad|everyone|and bye))/gi;
