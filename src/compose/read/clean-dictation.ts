// Dictated summaries: filler words, spoken punctuation ("period", "new line") and spoken quote
// marks ("quote ... unquote"). Every change keeps the text's length, so source spans still
// point at the clinician's own words: a removed word becomes spaces, a spoken mark becomes the
// mark followed (or preceded) by spaces.
import { MEDICATION_NAMES } from '../lexicon/medications.ts';
import { DICTATION_FILLERS, NOTE_ASIDES, SPOKEN_APPRAISALS, SPOKEN_HI, SPOKEN_SECTION_ADVERBS, NOT_A_SPOKEN_SECTION_AFTER, SIGN_OFF_PHRASES, SPOKEN_NUMBERS, SPOKEN_ORDINALS, SPOKEN_PUNCTUATION, SPOKEN_SECTION_LABELS, SPOKEN_ABBREVIATIONS } from '../lexicon/dictation.ts';

/** Each spoken mark's words as one pattern, built once. */
const SPOKEN_MARKS = SPOKEN_PUNCTUATION.map(({ words, mark, notAfter, notBefore }) => ({ mark, re: new RegExp(`\\s?${notAfter ? `(?<!\\b(?:${notAfter.join('|')})\\s)` : ''}(?<![\\w'-])(?:${words.join('|')})(?![\\w'-])${notBefore ? `(?!\\s+(?:${notBefore.join('|')})\\b)` : ''}`, 'gi') }));

const pad = (mark: string, length: number, markFirst = true): string =>
  markFirst ? mark + ' '.repeat(Math.max(0, length - mark.length)) : ' '.repeat(Math.max(0, length - mark.length)) + mark;

// Lower case or capitalised only: "ER" and "UM" in capitals are abbreviations, not fillers.
// ("Umm Khaled asked about legal aid": "Umm" before a capitalised name is a mother's name by her son, never a filler.)
const FILLER = new RegExp(`(?<![\\w'-])(?!Umm+\\s+[A-Z][a-z])(?:${DICTATION_FILLERS.flatMap((f) => [f, f[0]!.toUpperCase() + f.slice(1)]).join('|')})(?![\\w'-])[,.]?`, 'g');
const OPEN_QUOTE = /(?<![\w'-])(?:(?:and )?i quote|open quote|begin quote|quote)(?![\w'-])\s?/gi;
const INSTRUMENT_NUMBERS: Readonly<Record<string, number>> = { nine: 9, seven: 7, five: 5, two: 2 };
const SPOKEN_INSTRUMENT = /(?<![\w-])(phq|gad|pcl)[\s-]+(nine|seven|five|two)(?![\w-])/gi;
// ("Noah told mom Sunday night quote I want to die ... mom asked if": the saying verb may have its listener and a time
// before "quote", and the words quoted end at a pause, where someone else is said to speak, or where the clinician asks
// (or, after a comma, where "he made a ship with the Legos" tells what was done next):
// "... I'm not worth anything so I asked directly"; "I'm just a burden to everyone she agreed to give me the Tylenol";
// "I'm tired of being a burden on everybody he stopped his lithium": the client's words in the first person end where
// the clinician goes on about him; "... making a fuss, he was pleasant redirectable": so do his words where how he was is told.)
// ("cutting the PM exchange in half because quote I'm not hungry at night anyway": the reason, in her own words, too.)
const UNCLOSED_QUOTE = /(?<=\b(?:say|said|says|saying|goes|went|told (?:me|us|him|her|them|mom|dad|mother|father|[A-Z][a-z]+)(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|last (?:night|week|wk)|this (?:morning|week)|[A-Z][a-z]+day (?:night|morning|evening))){0,1}|stated|wrote|texted|yelled|screamed|because|cuz|'cause|to)\s+)quote\s+(?!.*\b(?:close quote|end quote|unquote|end of quote)\b)([^".;\n]{3,200}?)(?=\s+(?:which|and that|that was|so that|and then)\b|\s+(?:so|and)\s+I\s+(?:then\s+)?asked\b|\s+(?:mom|dad|mother|father|he|she|they|[A-Z][a-z]+)\s+(?:asked|said|says|told|replied|responded|answered|estimates|estimated|admits|admitted|reports|reported)\b|\s+(?:she|he|they)\s+(?:agreed|denied|endorsed|declined|refused|rated|was able|were able|could not|couldn't|went voluntarily)\b|\s+(?:she|he|they)(?:'s\s+been|'s\s+(?:following|doing|taking|going|seeing|eating|been|not)|\s+(?:stopped|started|quit|has been|had been|hasn't|hadn't|drank|took|missed|skipped|ran out|is following|is doing|is taking|is seeing))\b|,\s+(?:he|she|they)\s+(?:made|built|drew|went|got|took|sat|ran|played|picked|put|looked|smiled|cried|laughed|then|was|were|seemed|appeared)\b|\s{3,}|\s*[.;\n]|\s*$)/gi;
const STRAY_QUOTE = /(?<=\b(?:he|she|they|it|[A-Z][a-z]+)\s)quote\s(?!.*\b(?:close quote|end quote|unquote|end of quote)\b)/g;
const CLOSE_QUOTE = /\s?(?<![\w'-])(?:close quote|end quote|unquote|end of quote)(?![\w'-])/gi;
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const SPOKEN_NUMBER_WORDS = Object.keys(SPOKEN_NUMBERS).sort((a, b) => b.length - a.length).join('|');
const COUNTED = '(?:years?|yrs?|months?|weeks?|days?|minutes?|mins?|hours?|times|out of|nights?|sessions?|drinks?|cups?|kids?|children|members|attempts?|pounds?|lbs?|kilos?|beers?|glasses|packs?|pills?|hrs?|shots?|grandkids|grandchildren)';
const NUMBER = new RegExp(`(?<![\\w-])(${SPOKEN_NUMBER_WORDS})(?=[\\s-]+${COUNTED}\\b)`, 'gi');
/** "a hundred and ten pounds", "two hundred fifty milligrams": hundreds said in words, then what they count. */
const HUNDREDS = new RegExp(`(?<![\\w-])(a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+(?:and\\s+)?(${SPOKEN_NUMBER_WORDS}))?(?=[\\s-]+${COUNTED}\\b)`, 'gi');
/** "sleeping ten twelve hours", "three or four drinks": a spoken range. */
const NUMBER_RANGE = new RegExp(`(?<![\\w-])(${SPOKEN_NUMBER_WORDS})\\s+(?:to\\s+|or\\s+)?(${SPOKEN_NUMBER_WORDS})(?=[\\s-]+${COUNTED}\\b)`, 'gi');

// ("this is for Nadia twenty six ADHD": a number said right after the name the dictation opens with is the age.)
const AGE_NUMBER = new RegExp(`(?<=\\b(?:she's|he's|they're|she is|he is|they are|aged?)\\s+|^\\s*(?:(?:ok(?:ay)?|so|alright)\\s+)*(?:this is|this one is)\\s+(?:for\\s+|on\\s+)?[A-Z][a-z]+(?:\\s+[A-Z][a-z]*)?\\s)(?:${Object.keys(SPOKEN_NUMBERS).filter((k) => SPOKEN_NUMBERS[k]! >= 10).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])(?!\\s+(?:percent|times|of|out)\\b)`, 'gi');
// "session six", "session uh eleven": the session's number in digits.
const SESSION_NUMBER = new RegExp(`(?<=\\b(?:session|sess)\\s+(?:number\\s+|#\\s*)?)(?:${Object.keys(SPOKEN_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'gi');
// "PHQ-9 was nineteen", "no wait twenty-one": a score or a corrected number said in words, in digits.
// ("PHQ-A was a fourteen", "SCARED parent version was thirty four": the article, or the form's name, before the score; "he
// put scared at a nine" is a feeling rated, and keeps its words.)
const SCORE_NUMBER = new RegExp(`(?<=\\b(?:(?:PHQ|GAD|PCL|EPDS|AUDIT|BDI|BAI|DAST|ORS|SRS|SUDS?|C-SSRS|COWS|CIWA|SCARED(?=\\s+(?:parent|child|self|total|score))|Vanderbilt|Zarit|MoCA)(?:-[A-Z0-9]+)?(?:\\s+(?:parent|child|teacher|self)(?:\\s+(?:version|form|report))?)?(?:\\s+(?:score|total))?\\s+(?:was|is|of|at|=|:)?\\s*(?:an?\\s+)?|(?:wait no|no wait|sorry|i mean|actually|make that)[,\\s]+))(?:${Object.keys(SPOKEN_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'gi');
// "wait let me say that right", "scratch that": the clinician starting the statement again.
const RESTATED = /,?\s*(?<![\w'-])(?:(?:wait|no|ok(?:ay)?|sorry),?\s+){0,3}(?:let me (?:say|put) (?:that|this|it) (?:right|again|better|differently)|let me (?:rephrase|restate|start over|back up)(?: that)?|scratch that|strike that)(?![\w'-])/gi;
// "alright next one", "ok next patient this is for ...", "this is Dana Reyes dictating for client ...":
// the dictation's preamble (who dictates is the signer, named in the signature), not the note's.
const PREAMBLE = /^\s*(?:(?:ok(?:ay)?|alright|all right|so)[\s,]+)*(?:next (?:one|client|patient|note)[\s,]+)?(?:(?:ok(?:ay)?|alright|so)[\s,]+)*(?:this (?:one )?is (?:for|on)\s+|this is\s+(?=[a-z]+(?:\s+[a-z]\.?)?\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+\d{1,2}\b)|this (?:is|was) (?:the|a|my|our)\s+(?=(?:[a-z]+\s+){0,2}(?:session|note|visit|group|meeting|call|walk[- ]?in|assessment|intake|evaluation|eval)\b)|this is\s+(?:dr\.?\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?,?\s+(?:dictating|recording|with)\s+(?:(?:a|the|my)\s+(?:progress\s+|session\s+)?note\s+)?(?:for|on)\s+(?:(?:client|patient|pt)\s+)?)?/i;
/** "weight today was fifty point one down from fifty point eight", "heart rate ... forty eight": a vital sign's number said in words. */
const VITAL_NUMBER = new RegExp(`(?<=\\b(?:weight|wt|weighed|weighs|heart rate|hr|pulse|temp|temperature|bmi)\\b[^.;]{0,40}?\\b(?:was|is|of|at|to|from|down from|up from|which was)\\s+(?:(?:uh|um|like|about|around)\\s+)*)(${SPOKEN_NUMBER_WORDS})(?:\\s+point\\s+(${UNITS_WORDS}|zero))?(?![\\w-])`, 'gi');
const RATING_NUMBER = new RegExp(`(?<=\\b(?:SUDS?|Y-BOCS|PHQ-\\d|GAD-\\d|PCL-\\d|EPDS|AUDIT|VOC|COWS|CIWA|score|rated|rating)\\b[^.;]{0,60}?\\b(?:at|to|from|was|is|of|a)\\s+(?:(?:uh|um|like|about|around)\\s+)*)(?:${Object.keys(SPOKEN_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])(?!\\s+(?:percent|times|of|out|minutes|min|hours|weeks|days)\\b)`, 'gi');
// ("he scored twenty two on the PHQ-9 today": the score said before the instrument it was scored on.)
const RULER_NUMBER = new RegExp(`(?<=\\b(?:importance|confidence|readiness)\\s+(?:(?:was|is|at|of|rated)\\s+)?(?:(?:uh|um|like|about|around|maybe)\\s+)?)(?:${Object.keys(SPOKEN_NUMBERS).filter((k) => SPOKEN_NUMBERS[k]! <= 10).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'gi');
const SCORED_ON_NUMBER = new RegExp(`(?<=\\b(?:scored|scores|got|had)\\s+(?:a\\s+)?)(?:${Object.keys(SPOKEN_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])(?=\\s+on\\s+(?:the\\s+|her\\s+|his\\s+)?(?:PHQ|GAD|PCL|EPDS|AUDIT|BDI|BAI|DAST|ORS|SRS|ISI|MoCA|GDS)\\b)`, 'gi');
// ("missing the eight a m one", "on the twenty eighth at six pm", "taking the lurasidone forty": a clock time, a day of the
// month and a dose said in words, in digits.)
const CLOCK_NUMBER = new RegExp(`(?<![\\w-])(${SPOKEN_NUMBER_WORDS})\\s+(a\\s?m|p\\s?m|a\\.m\\.|p\\.m\\.)(?![\\w.])`, 'gi');
const DOSE_NUMBER = new RegExp(`(?<=\\b(?:${MEDICATION_NAMES.join('|')})\\s+)(${SPOKEN_NUMBER_WORDS})(?![\\w-])`, 'gi');
// ("on March thirteenth": a spoken day after its month, written as a date.)
const ORDINAL_DAY = new RegExp(`(?<=\\bon the\\s|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s)(${Object.keys(SPOKEN_ORDINALS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'gi');
// ("around eleven thirty", "admitted at one forty five": a clock time said as hour and minutes.)
const HOURS = Object.keys(SPOKEN_NUMBERS).filter((w) => SPOKEN_NUMBERS[w]! <= 12);
const MINUTE_WORDS: Readonly<Record<string, string>> = { "o'clock": '00', fifteen: '15', thirty: '30', 'forty five': '45', 'forty-five': '45', 'twenty five': '25', 'thirty five': '35', 'fifty five': '55', ten: '10', twenty: '20', forty: '40', fifty: '50', 'oh five': '05' };
const CLOCK_SPOKEN = new RegExp(`(?<=\\b(?:at|around|about|by|until|till|before|after|since|today|yesterday|tonight|this (?:morning|afternoon|evening))\\s+)(${HOURS.join('|')})\\s+(${Object.keys(MINUTE_WORDS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])(?!\\s+(?:minutes?|mins?|hours?|days?|weeks?|years?|people|times|percent)\\b)`, 'gi');
// ("the five four three two one thing": the grounding exercise by its numbers.)
const FIVE_TO_ONE = /\bfive[\s-]+four[\s-]+three[\s-]+two[\s-]+one\b/gi;
// ("crisis contact for Devon Price twenty one": an age said after a full name.)
/** "the 28 year old I see for depression": the clinician's "I see" in a description of the client. */
const SEEN_FOR = /(?<=\b(?:year[- ]old|yo|y\/o|(?:wo)?man|guy|girl|boy|client|veteran|vet|teen|teenager|kid|lady|patient|pt)\s+)I\s+(?:see|saw|have been seeing|'ve been seeing|am seeing|'m seeing|have seen)(?=\s+(?:(?:individually|weekly|biweekly|every other week|monthly|here|in clinic|in person)\s+)?(?:for|since)\b)/g;
const AGE_AFTER_NAME = new RegExp(`(?<=\\b(?:for|with|w\\/)\\s+[A-Z][a-z]+\\s+[A-Z][a-z]+\\s)(?:${Object.keys(SPOKEN_NUMBERS).filter((k) => SPOKEN_NUMBERS[k]! >= 10 && SPOKEN_NUMBERS[k]! < 100).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])(?!\\s+(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|times|percent)\\b)`, 'g');
const ordinalSuffix = (n: number): string => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
const OUT_OF_NUMBER = new RegExp(`(?<=\\bout of\\s)(?:${Object.keys(SPOKEN_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'gi');
// "I'd say she looked tearful": the clinician's own framing of what they saw; the observation stays.
// "he said and I'm quoting "...": the quotation marks already say it is quoted.
/**
 * More spoken hedges: "so yeah active SI" (a sentence opened with "yeah"), "like 15 minutes" (a number
 * hedged), "had like put", "worked on like anger cues", "was like she said". "Feels like", "looks like"
 * and "things like" keep their "like".
 */
/** "like 12 hrs", "like 2k": "like" hedging a number (never "feels like 2", "looks like 3"). */
const HEDGED_NUMBER = /(?<!\b(?:feel|feels|felt|feeling|look|looks|looked|seem|seems|seemed|sound|sounds|sounded|would|'d|just|things|stuff|something|anything|nothing|smells?|tastes?)\s)\blike\s+(?=\d)/g;
/** Words only speech leaves in a summary: with them, a punctuated summary was dictated too. */
const SPOKEN_WORDS = /\b(?:um+|uh+|so yeah|kinda|sorta|gonna|y'know)\b/i;
// ("he got up to like a SUDS of 80": "like" before a rating with its number hedges nothing.)
/** A first line that only names the note's format: "GIRP", "SOAP note", "pie note please", "DAP format:". */
const FORMAT_REQUEST_LINE = /^\s*(?:please\s+)?(?:(?:write|make|do)\s+(?:a|an|this as a|this as an)\s+)?(?:SOAP|DAP|BIRP|GIRP|PIRP|SIRP|PIE|simple)(?:\s+(?:note|format|style))?(?:\s+please)?\s*[.:!-]?\s*\n(?=\s*\S)/i;
const SPOKEN_HEDGE = /(?<=(?:^|[.;,!?])\s*)(?:so\s+)?yeah\b,?(?=\s+(?!(?:she|he|they)\b)[a-z])|(?<=\b(?:up to|to|at|was|is|of)\s)like\b(?=\s+(?:a|an)\s+(?:[A-Za-z-]+\s+){1,3}(?:of\s+)?\d)|\bso yeah\b(?=[\s,.]|$)|(?<!\b(?:feel|feels|felt|feeling|look|looks|looked|seem|seems|seemed|sound|sounds|sounded|would|'d|just|things|stuff|something|anything|nothing|smells?|tastes?)\s)\blike\b(?=\s+(?:a few|maybe|about|around)\b)|(?<=\b(?:said|says|goes|went|was)\s)like\b(?=\s+")|(?<=\b(?:but|and|so)\s)like\b(?=\s+(?:when|if|then|after|before|she|he|they|i|we)\b)|(?<!\b(?:feel|feels|felt|feeling|look|looks|looked|seem|seems|seemed|sound|sounds|sounded|would|'d|just|things|stuff|something|anything|nothing|smells?|tastes?)\s)\blike\b(?=\s+(?:pretty|super|an? \d))|(?<=\b(?:their|his|her|the|my|our)\s)like\b(?=\s+(?:top|first|last|best|worst|biggest|main|\d)\b)|(?<=\b(?:had|has|have|he|she|they|we|i)\s)like\b(?=\s+[a-z]+ed\b)|(?<=\b(?:had|has|have)\s)like\b(?=\s+[a-z])|(?<=\b(?:on|about|with|did|do|re)\s)like\b(?=\s+[a-z])(?!\s+(?:this|that|it|him|her|them|me|you)\b)|(?<=\b(?:was|is|intent|and|but|so)\s)like\b(?=\s+(?:she|he|they|I)\s+(?:said|says)\b)/g;
const SPOKEN_ABBREVIATION = new RegExp(`(?<![\\w'-])(?:${SPOKEN_ABBREVIATIONS.join('|')})(?![\\w-]|'(?![mdsl]|ve|ll))`, 'g');

const HEDGE = /(?<![\w'])(?:and\s+)?(?:I'm|I am)\s+quoting(?=\s*")|(?<=\b(?:said|says|goes|went|was like|told me)\s)(?:like|you know)\b(?=\s+(?:I|I'm|I've|I'll|my|we|you|they|he|she|it's|no|yeah|oh|what|why|sometimes|maybe)\b)|(?<![\w'])(?:and\s+)?I want to (?:get this right|get this exactly right|be accurate here|be exact|quote (?:her|him|them) exactly)\b|(?<![\w'])(?:[Ii]'d say|[Ii] would say)(?=\s+(?:she|he|they)\b)|(?<![\w'])(?:(?:so\s+)?the\s+)?(?:main|big|biggest|most important|important) thing(?: today| this session| this week)? (?:is|was)(?=\s+(?:she|he|they|[Ii]|[A-Z][a-z]+)\s)|(?<!\b(?:a|the|what|this|that|some|any|every|one|same|which|no|other)\s)\b(?:kind of|sort of|kinda|sorta)\b(?=\s)|(?<=\b(?:but|and|was|is|so)\s)you know\b(?=\s)|(?<=\b(?:by|at|around|about|until|till|before|after|to)\s)like\b(?=\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|once|twice)\b)|(?<=\b[a-z]{3,}\s)(?<!\b(?:do|did|if|would|don't|didn't|as|what|how|that|let|make|then|when|because|which|and|but|so|was|is)\s)you know\b(?=\s+(?:a|an)\s)|(?<=\b[a-z]{2,}\s)(?<!\b(?:do|did|if|would|don't|didn't|as|what|how|that|let|make|then|when|because)\s)you know\b(?=\s+(?!(?:what|how|where|why|who|when|that|the|it|him|her|them|about|if|whether|me|us)\b)[a-z]+ing\b)|(?<=\b(?:is|was|are|were|more|less|than|about|around|just|it's|he's|she's|for|spent|took|had|drank|slept|waited|lasted|got|been|spends|takes|has|drinks|sleeps|sleeping|eating|drinking|working|getting|taking|using|smoking|missing|spending|waiting)\s)like\b(?=\s+(?:a|an|the|\d|most|maybe|every|really|so|two|three|four|five|six|seven|eight|nine|ten)\b)/g;

/** "uh that's it", "yeah I think that's all", "end of note": the speaker signing off, not content. */
/** "... he didn't know she felt alone so that was nice": the aside goes, and the statement ends where it stood. */
const APPRAISAL = new RegExp(`\\s+so\\s+that(?:'s|\\s+is|\\s+was)\\s+(?:(?:really|very|pretty|so)\\s+)?(?:${SPOKEN_APPRAISALS.join('|')})(?=\\s*(?:[.;,!]|$)|\\s{2,}|\\s+(?:and|but|so|then)\\b)`, 'gi');
const SIGN_OFF = new RegExp(`[\\s,.]*(?<![\\w'-])(?:(?:ok(?:ay)?|yeah|so|and|um|uh|i think)[\\s,]+)*(?:${SIGN_OFF_PHRASES.join('|')})[\\s,.!]*$`, 'i');

/**
 * A section named aloud ("so situation is she's been ...", "so intervention I did ...", "plan is
 * she'll email ..."): the label, written as one, with the sentence ending before it ("with intent and plan um we
 * did ..." is the plan of the ideation, never the label). ("so intervention I did um we did
 * urge surfing": "I did", then a pause, is the label's own words.)
 */
const SPOKEN_SECTION = new RegExp(
  `(?:(?<=^|[\\s,.])(?:so|and|then|ok(?:ay)?)\\s+|\\s{2,}|(?<![a-z](?:ory|al|ive|ic|ous|ful|ent|ant|ed))\\s(?=(?:interventions?|response|subjective|objective)\\s))(?<!\\b(?:${NOT_A_SPOKEN_SECTION_AFTER.join('|')})\\s)(?<!\\b(?:intent|ideation|means|method|access|with|without)\\s+(?:and|or)\\s+)(${SPOKEN_SECTION_LABELS.join('|')})\\s+(?:(?:is|was|were)\\s+|(?:i|we)\\s+did(?:\\s+(?:was|is))?\\s{2,})?(?=(?:she|he|they|we|i|client|pt)\\b|[A-Z][a-z]+\\s+(?:[a-z]+ed|was|is|has|had|said|says|seemed|opened|drew|sat|got|came|went)\\b)`,
  'gi',
);

const NOTE_ASIDE = new RegExp(`(?<![\\w'-])(?:${NOTE_ASIDES.join('|')})(?![\\w'-])[,:]?`, 'gi');

/** True when a summary reads as spoken: few full stops for its length. */
export function looksDictated(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  const stops = (text.match(/[.!?](\s|$)/g) ?? []).length;
  return words >= 25 && stops * 25 < words;
}

/** Words the clinician marks as not for this note ("separate thing ... not for ruth's note"). */
const NOT_FOR_THIS_NOTE = /\b(?:separate thing|side note|unrelated|separately)\b[^.\n]*?\bnot for (?:[a-z]+'s|this|the|her|his|their) (?:note|chart|record)\b|\b(?:(?:this|that) is )?not for (?:[a-z]+'s|this) note\b/gi;

/** Returns the summary with dictation artefacts cleaned, at the same length. */
export function cleanDictation(text: string): string {
  // The client's words in quotation marks are kept as said, fillers and hedges too.
  const quoted = [...text.matchAll(/"[^"\n]*"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inQuote = (offset: number): boolean => quoted.some((q) => offset >= q.start && offset < q.end);
  const blank = (m: string, offset: number): string => (inQuote(offset) ? m : ' '.repeat(m.length));
  // ("she wants to be with Sofia so yeah active SI with a plan": dictated without full stops, "so yeah" closes what was said before it.)
  let out = looksDictated(text) ? text.replace(/(?<=[a-z0-9'"])(\s+)so yeah(?=\s+[a-z])/gi, (m, space: string, offset: number) => (inQuote(offset) ? m : `${space}${pad('.', m.length - space.length)}`)) : text;
  out = out.replace(FILLER, blank);
  // ("he's rehearsing it you know ten minutes before bed": "you know" dictated between words is a filler; "let you know",
  // "do you know", "you know what happened" and "you know him" are not.)
  // ("thoughts like you know what's the point": after "like", it is a filler whatever follows.)
  out = out.replace(/(?<=\blike[\s,]+)you know,?(?=\s)/gi, blank);
  // ("a chain analysis on Wednesday night you know the text the shame the urge": before a list of things, it is a filler too.)
  out = out.replace(/(?<![\w'-])you know,?(?=\s+the\s+[a-z]+,?\s+the\s+[a-z]+)/gi, blank);
  out = out.replace(/(?<!\b(?:let|lets|do|did|does|if|want|wanted|wants|to|make|have|had|that|will|would|should|can|could)\s+)(?<![\w'-])you know(?![\w'-])(?!\s+(?:what|how|that|who|where|why|when|whether|if|him|her|them|it|about|the|this|me|us)\b)[,.]?/gi, blank);
  // "separate thing tom said ... documented in his chart not for ruth's note": what the clinician says is
  // not for this note stays out of it (another group member's risk belongs in their own record).
  if (/not for/i.test(out)) out = out.replace(NOT_FOR_THIS_NOTE, (m) => ' '.repeat(m.length));
  // "so anyway the thing I need to put in is Grace said ...": the aside about the note goes; what follows is a new statement.
  if (/\b(?:need|want|have|wanted|needed) to\b|\bmain (?:thing|issue|focus|topic)\b/i.test(out)) out = out.replace(NOTE_ASIDE, (m, offset: number, whole: string) => (inQuote(offset) ? m : /(?:^|[.;:!?\n])\s*$/.test(whole.slice(0, offset)) ? ' '.repeat(m.length) : pad('.', m.length)));
  // "quote ... unquote": only as a pair, so a typed "quote" stays a word.
  // "and I quote ... end quote": the mark replaces the words that announce it; only the first opens and the last closes.
  // Each guard is a word the pattern cannot match without: a cheap test saves a slow scan of the whole summary.
  if (/quote/i.test(out)) out = out.replace(/(?<![\w'-])(?:(?:and )?i quote|open quote|begin quote|quote)(?![\w'-])[\s\S]*?(?<![\w'-])(?:close quote|end quote|unquote|end of quote)(?![\w'-])/gi, (span) => {
    OPEN_QUOTE.lastIndex = 0;
    const open = OPEN_QUOTE.exec(span);
    const close = [...span.matchAll(CLOSE_QUOTE)].at(-1);
    if (!open || !close) return span;
    return pad('"', open.index + open[0].length, false) + span.slice(open.index + open[0].length, close.index) + pad('"', close[0].length);
  });
  // "Tobi did say quote I just feel like nothing I do is good enough for you guys which was a big moment":
  // a spoken quotation never closed ends where the clinician's own words take over (its words move one
  // place to the left, to make room for the closing mark).
  if (/quote/i.test(out)) out = out.replace(UNCLOSED_QUOTE, (m, said: string) => pad(`"${said}"`, m.length));
  // "he quote smells like beer and drives too fast": a "quote" never closed, with no saying verb to end
  // it, cannot say where the words quoted stop; the word goes and the words stay as reported.
  if (/quote/i.test(out)) out = out.replace(STRAY_QUOTE, (m, offset: number) => blank(m, offset));
  // "PHQ nine", "GAD seven": an instrument's name as written.
  out = out.replace(SPOKEN_INSTRUMENT, (m, name: string, n: string) => pad(`${name.toUpperCase()}-${INSTRUMENT_NUMBERS[n.toLowerCase()]}`, m.length));
  // (Inside the client's quoted words a number stays as said: "it's two weeks, Dee".)
  out = out.replace(NUMBER_RANGE, (m, a: string, b: string, offset: number) => {
    const [from, to] = [SPOKEN_NUMBERS[a.toLowerCase()]!, SPOKEN_NUMBERS[b.toLowerCase()]!];
    return from < to && !inQuote(offset) ? pad(`${from} to ${to}`, m.length) : m;
  });
  out = out.replace(HUNDREDS, (m, h: string, rest: string | undefined, offset: number) => {
    const hundreds = h.toLowerCase() === 'a' ? 1 : SPOKEN_NUMBERS[h.toLowerCase()]!;
    const more = rest ? SPOKEN_NUMBERS[rest.toLowerCase()]! : 0;
    return more < 100 && !inQuote(offset) ? pad(String(hundreds * 100 + more), m.length) : m;
  });
  out = out.replace(NUMBER, (m, _n: string, offset: number) => (inQuote(offset) ? m : pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length)));
  // "she's seventy eight", "he is sixty": an age said in words, in digits.
  out = out.replace(AGE_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  // "6 out of ten": the scale's maximum in digits like its rating.
  if (/out of/i.test(out)) out = out.replace(OUT_OF_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  out = out.replace(SESSION_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  // (Before a word that carries the statement on, a time said in words is padded before it, so the blank it leaves is no pause
  // after it: "at about two fifteen after she told staff ...".)
  out = out.replace(CLOCK_SPOKEN, (m, h: string, mm: string, offset: number, whole: string) => (inQuote(offset) ? m : pad(`${SPOKEN_NUMBERS[h.toLowerCase()]}:${MINUTE_WORDS[mm.toLowerCase()]}`, m.length, !/^\s+(?:after|before|when|because|since|until|while|once)\b/i.test(whole.slice(offset + m.length, offset + m.length + 12)))));
  out = out.replace(FIVE_TO_ONE, (m, offset: number) => (inQuote(offset) ? m : pad('5-4-3-2-1', m.length)));
  out = out.replace(AGE_AFTER_NAME, (m, offset: number) => (inQuote(offset) ? m : pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length)));
  out = out.replace(CLOCK_NUMBER, (m, n: string, half: string, offset: number) => (inQuote(offset) ? m : pad(`${SPOKEN_NUMBERS[n.toLowerCase()]} ${/^a/i.test(half) ? 'am' : 'pm'}`, m.length)));
  out = out.replace(DOSE_NUMBER, (m, _n: string, offset: number) => (inQuote(offset) ? m : pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length)));
  out = out.replace(ORDINAL_DAY, (m, _n: string, offset: number) => {
    const n = SPOKEN_ORDINALS[m.toLowerCase()]!;
    return inQuote(offset) ? m : pad(`${n}${ordinalSuffix(n)}`, m.length);
  });
  // ("he is the 40 year old I see individually for PE": who the clinician sees, and for what, describes the client; the
  // clinician's "I see" there is no act of this session.)
  out = out.replace(SEEN_FOR, (m, offset: number) => (inQuote(offset) ? m : pad('seen', m.length)));
  // "session number four": the session's number, written as one.
  out = out.replace(/\b(session|sess)\s+number\s+(\d{1,3})\b/gi, (m, word: string, n: string) => `${word} ${n}`.padEnd(m.length, ' '));
  out = out.replace(SCORE_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  // ("gave her nine eight eight": the crisis line's number, said digit by digit.)
  out = out.replace(/\bnine[\s-]+eight[\s-]+eight\b/gi, (m) => pad('988', m.length));
  out = out.replace(SCORED_ON_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  // "SUDS started at seventy peaked at eighty five and came down to forty": a rating's numbers, after a
  // scale named shortly before, are digits like the rating's name.
  if (/\b(?:SUDS?|Y-BOCS|PHQ|GAD|PCL|EPDS|AUDIT|VOC|COWS|CIWA|score|rated|rating)\b/i.test(out)) out = out.replace(RATING_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  // ("she rated importance eight out of ten confidence like four": a readiness ruler's rating, said in words, is its number.)
  if (/\b(?:importance|confidence|readiness)\b/i.test(out)) out = out.replace(RULER_NUMBER, (m) => pad(String(SPOKEN_NUMBERS[m.toLowerCase()]), m.length));
  if (/\b(?:weight|wt|weighed|weighs|heart rate|hr|pulse|temp|temperature|bmi)\b/i.test(out)) out = out.replace(VITAL_NUMBER, (m, whole: string, tenth: string | undefined) => pad(`${SPOKEN_NUMBERS[whole.toLowerCase()]}${tenth ? `.${tenth.toLowerCase() === 'zero' ? 0 : SPOKEN_NUMBERS[tenth.toLowerCase()]}` : ''}`, m.length));
  // "up from 44 at intake wait no it was 46 at intake": the number said again replaces the first.
  // "19 no wait 21 sorry 21": a correction said twice is read twice.
  for (let pass = 0; pass < 2; pass++) {
    out = out.replace(/(?<![\w'-])\d+([^.;\d]{0,30}?),?\s+(?:wait,?\s+no|no,?\s+wait|sorry|actually,?\s+no|no,?\s+actually|I mean)(?:,?\s+(?:it was|it's|it is|make that|that's|that is))?,?\s+(\d+)((?:\s+[a-z]+){0,3})(?=[\s.,;]|$)/gi, (m, rest: string, n: string, again: string) => {
      // The words after the new number that repeat those after the first ("5 days") are said once.
      const said = rest.trim().toLowerCase().split(/\s+/);
      const words = again.trim().split(/\s+/).filter(Boolean);
      let k = 0;
      while (k < words.length && words[k]!.toLowerCase() === said[k]) k++;
      return pad(`${n}${rest}${words.slice(k).map((w) => ` ${w}`).join('')}`, m.length);
    });
  }
  // "she was at home in her car actually no wait she was in her parked car": a statement said again after
  // "no wait" with the same subject and verb takes back the first saying whole.
  if (/wait|mean|actually/i.test(out)) out = out.replace(/(?<![\w'-])(she|he|they|it|we|i)\s+(was|is|were|had|has|did|went|said|lives|works)\b[^.;"]{0,80}?\s+(?:actually\s+)?(?:no,?\s+wait|wait,?\s+no|actually,?\s+no|no,?\s+actually|sorry,?\s+I\s+mean|I\s+mean),?\s+(?=\1\s+\2\b)/gi, (m, _who: string, _verb: string, offset: number) => blank(m, offset));
  // ("this is Keisha no wait sorry this is Patricia Nguyen": the client named again after a correction replaces the first.)
  if (/wait|sorry|actually/i.test(out)) out = out.replace(/(?<![\w'-])this is [A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?\s+(?:(?:no,?\s+wait|wait,?\s+no|sorry|actually|I mean),?\s+)+(?=this is\s)/g, (m, offset: number) => blank(m, offset));
  // ("we did interoceptive exposure spinning in the chair no wait he couldn't do that in the car so we did the straw breathing":
  // the exercise taken back, with the reason it could not be done, goes; the one done instead is the statement.)
  if (/wait/i.test(out)) out = out.replace(/(?<![\w'-])(?:we|i|she|he|they)\s+(?:did|tried|used|practiced|started|were going to do)\b[^.;"]{0,80}?\s+no,?\s+wait,?\s+(?:she|he|they|we|i)\s+(?:couldn't|could not|can't|cannot|didn't|did not|wasn't able to|was not able to)\b[^.;"]{0,60}?\s+so\s+(?=(?:we|i|she|he|they)\s)/gi, (m, offset: number) => blank(m, offset));
  // ("we called the neighbor no wait PD will do the notification": an act taken back, then who will do it instead.)
  if (/wait/i.test(out)) out = out.replace(/(?<![\w'-])(?:we|i)\s+(?:called|notified|told|contacted|texted|emailed|did)\b[^.;"]{0,60}?\s+no,?\s+wait,?\s+(?=(?:[A-Z]{2,5}|the\s+\w+|she|he|they|mom|dad)\s+(?:will|is going to|are going to|'ll|gonna)\b)/g, (m, offset: number) => blank(m, offset));
  // ("mom is going to remove the pills from the room her dad is going to do that actually since he is home": the one named
  // again does what was said, and the first doer is taken back.)
  out = out.replace(/(?<![\w'-])(?:(?:her|his|their)\s+)?(?:mom|dad|mother|father|grandma|grandpa|sister|brother|aunt|uncle|[A-Z][a-z]+)\s+(?:is|was)\s+going\s+to\s+([^.;"]{3,60}?)\s+((?:(?:her|his|their)\s+)?(?:mom|dad|mother|father|grandma|grandpa|sister|brother|aunt|uncle|[A-Z][a-z]+))\s+(?:is|was)\s+going\s+to\s+do\s+that(?:\s+instead)?\s+actually\b/g, (m, what: string, who: string, offset: number) => (inQuote(offset) ? m : pad(`${who} is going to ${what}`, m.length)));
  // ("because she found him um she found like a rope in his closet": the same subject and verb said again after a pause
  // restart the statement; the words before the pause were taken back.)
  out = out.replace(/(?<![\w'-])(she|he|they|we|I)\s+([a-z]{3,})\s+(?:[\w']+\s+){0,2}?\s{2,}(?=\1\s+\2\b)/g, (m, _who: string, _verb: string, offset: number) => blank(m, offset));
  // ("I'd say moderate risk hmm actually I'll leave the risk level for me to finish": a level said and taken back goes whole,
  // so the prompt for a level stays.)
  out = out.replace(/(?<![\w'-])I(?:'d| would)\s+say\s+[^.;]{0,30}?\brisk\b[\s,]+(?:actually|no wait|on second thought)[\s,]+I(?:'ll| will)\s+leave\s+(?:the\s+)?risk(?:\s+level)?(?:\s+(?:for\s+(?:me\s+)?to\s+(?:finish|decide|fill in|add)|for later|blank|open))?/gi, (m, offset: number) => blank(m, offset));
  // ("so I did um I led the sleep hygiene psychoed": a verb begun and dropped at a pause, then the subject again with its
  // real verb, is said once.)
  // ("not something she did um she denied ...": after "something", "what" or "that" the verb ends what was said of it, never a false start.)
  out = out.replace(/(?<![\w'-])(?<!\b(?:something|anything|nothing|everything|what|whatever|that|which|thing|things|way|all)\s+)(she|he|they|we|I)\s+(?:did|was|had|went|got|started|gave)\s{2,}(?=\1\s+[a-z]{3,})/g, (m, _who: string, offset: number) => blank(m, offset));
  // ("and she you know she said ...": a subject said again after a filler is said once.)
  out = out.replace(/(?<![\w'-])(she|he|they|we|I)\s+(?:you know|I mean|like)\s+(?=\1\s)/g, (m, _who: string, offset: number) => blank(m, offset));
  // "a new, no, sorry, the deputy chief", "narcan no sorry taking the fentanyl": a spoken self-correction
  // takes back the one to three words before it.
  // ("she's gonna text her sponsor no sorry her friend Kayla": with the same article again after it, only the words from that
  // article on are taken back; the verb before them stays.)
  if (/sorry|wait/i.test(out)) out = out.replace(/(?<![\w'-])[\w']+(?:\s+[\w']+){0,2},?\s+(?:no,?\s+sorry|no,?\s+wait|sorry,?\s+I\s+mean),?\s+/gi, (m: string, offset: number, whole: string) => {
    const article = /^(her|his|their|the|my|our|a|an)\s/i.exec(whole.slice(offset + m.length))?.[1];
    const from = article ? new RegExp(`(?<![\\w'-])${article}\\s`, 'i').exec(m)?.index ?? 0 : 0;
    return m.slice(0, from) + blank(m.slice(from), offset + from);
  });
  // 'like "I should just end it" sorry he said "I should just be gone"': the words quoted again replace the first quote.
  if (/sorry|wait|mean|actually/i.test(out)) out = out.replace(/"[^"\n]{1,120}"[,.]?\s+(?:sorry|no,?\s+wait|wait,?\s+no|I\s+mean|actually|no,?\s+sorry)(?:,?\s+(?:(?:she|he|they|client|pt)\s+)?(?:said|says|put it as|called it))?,?\s+(?=")/gi, (m) => ' '.repeat(m.length));
  // "panic and depression sorry depression is the main thing now": the word said again after "sorry" starts the statement anew.
  if (/sorry/i.test(out)) out = out.replace(/(?<=\b([a-z]{3,}))\s+sorry,?\s+(?=\1\b)/gi, (m) => pad('.', m.length));
  // "9 days sober as of today no 5 days sorry 5 days": a count said again after "no" replaces the first.
  out = out.replace(/(?<![\w'-])\d+(\s+(?:days?|weeks?|months?|years?|hours?|times|drinks|pills))\b([^.;\d]{0,30}?),?\s+no,?\s+(\d+)\1\b(?:,?\s+sorry,?\s+\3\1\b)?/gi, (m, unit: string, rest: string, n: string) => pad(`${n}${unit}${rest}`, m.length));
  // "I'll, no, we'll start": a pronoun or article taken back by a bare "no" between commas.
  out = out.replace(/(?<![\w'-])(?:I'll|I|we'll|we|he|she|they|a|an|the|his|her|my),\s+no,\s+(?=[\w'])/gi, (m, offset: number) => blank(m, offset));
  // "kind of progress I think um I asked him directly": "I think" closing a statement, with a pause after it, ends it.
  // (The hedge itself goes with the pause: "... kind of progress." then "I asked ...".)
  out = out.replace(/\s(I (?:think|guess)) (?=\s+I\s)/g, (m, words: string, offset: number) => (blank(m, offset) === m ? m : `.${' '.repeat(words.length + 1)}`));
  // "he said um says he's been drinking": the reporting verb said twice around a filler is said once.
  out = out.replace(/\b(said|says)(\s+)(said|says)\b/gi, (m, first: string, gap: string, second: string, offset: number) => (blank(m, offset) === m ? m : `${first}${gap}${' '.repeat(second.length)}`));
  out = out.replace(RESTATED, (m, offset: number) => (inQuote(offset) ? m : pad('.', m.length)));
  // "Dev Patel he him nineteen": pronouns said aloud after a name are written as pronouns (same length: the space becomes "/").
  out = out.replace(/(?<=\b[A-Z][a-z]+,?\s)(she her|he him|they them|ze zir|xe xem)(?=[\s,.]|$)/g, (m) => m.replace(' ', '/'));
  // ("Reports she has been saving her oxy... actually stated she has 20 of her mom's oxycodone": the words taken back and the
  // reporting verb said again go; the report is what was said the second time.)
  out = out.replace(/(?<=\b(?:reports?|reported|states?|stated|says|said)\s+)([^.;"\n]{3,80}?)\.{3}\s*actually,?\s+(?:stated|said|reported|reports|says|states)\s+(?:that\s+)?/gi, (m, _taken: string, offset: number) => (inQuote(offset) ? m : ' '.repeat(m.length)));
  // "she called Micah's roommate... actually he lives alone, she called his girlfriend": a trailing-off "... actually" takes back what came before it.
  // ("contracted... well, agreed to safety plan, not a contract": "... well" and "... I mean" take back too; so does "... no —".)
  // (The mark keeps a space before it: "transfer... no, MICU" never becomes "transferno wait".)
  out = out.replace(/\.{3}\s*(?:actually|well|i mean|sorry|rather|correction)\b,?|\.{3}\s*no\s*(?:-{1,2}|—|–|,)(?=\s)/gi, (m, offset: number) => (inQuote(offset) || m.length < 8 ? m : (m.length >= 12 ? 'no actually' : 'no wait').padStart(m.length, ' ')));
  // ("Contracted - no, she agreed to the safety plan": one word jotted, then "- no," and the client's own act, is the word taken back;
  // a screen answered, "SI - no, she denied it", is an answer and stays.)
  out = out.replace(/(?<=(?:^|[.;:\n])\s*)([A-Za-z][a-z]{3,})\s+[-–—]\s+no\s*,\s+(?=(?:she|he|they|client|pt|patient)\s+(?:agreed|agrees|said|says|chose|wanted|declined|preferred)\b)/gim, (m, word: string, offset: number) => (inQuote(offset) || /^(?:denies|denied|endorses|endorsed|plan|intent|means|access|weapons?|guns?|firearms?|attempts?|ideation|thoughts|urges)$/i.test(word) ? m : ' '.repeat(m.length)));
  // ("Ray declined, contracted... (no, not a contract) — agreed to safety plan": a word trailed off and taken back in brackets goes,
  // with the brackets.)
  out = out.replace(/\b([a-z]{4,})\.{3}\s*\(\s*no,?\s+not\s+(?:a\s+|an\s+)?([a-z]{4,})\s*\)/gi, (m, said: string, noun: string, offset: number) => (inQuote(offset) || said.slice(0, 5).toLowerCase() !== noun.slice(0, 5).toLowerCase() ? m : ' '.repeat(m.length)));
  // ("says she has firearm - no, she does not have firearms in the home": what was said, then taken back and said again
  // negated, keeps only the correction.)
  out = out.replace(/\b(?:she|he|they)\s+(?:has|have|had|owns|own)\s+(?:a\s+|any\s+)?([a-z]{3,}?)s?\s+[-–—]\s+no\s*,\s+(?=(?:she|he|they)\s+(?:does not|doesn't|did not|didn't|do not|don't)\s+(?:have|own)\s+(?:a\s+|any\s+)?(\w+))/gi, (m, said: string, again: string, offset: number) => (inQuote(offset) || !again.toLowerCase().startsWith(said.toLowerCase()) ? m : ' '.repeat(m.length)));
  // "had them hand pills to partner -- sorry, roommate": the word taken back goes with its "sorry" (same length, same offsets).
  out = out.replace(/\b[A-Za-z'-]+\s*(?:--|—|–)\s*(?:sorry|i mean|correction),?\s+(?=[A-Za-z])/gi, (m, offset: number) => (inQuote(offset) ? m : ' '.repeat(m.length)));
  // "Nguyen-Pham? no - Daw Khin", "I called the friend's mother? no - I told mother": a jotted self-correction.
  // ("Ray to see MD re: possible naltrexone? - no, contraindicated w/ methadone - discuss acamprosate instead": the step taken
  // back goes, and the thing it named stays as the subject of why: "naltrexone contraindicated w/ methadone - discuss ...".)
  out = out.replace(/(?<=^|[.;\n]\s*|\s[-–—]\s)([^.;\n?]*?)\b((?:possible|maybe|a|an|the|trying|trial of|starting|start)\s+)?([\w-]+)(\?\s*[-–—]?\s*no\s*[-–—,:]\s*)(?=(?:it's\s+|it is\s+|that's\s+)?(?:contraindicated|not indicated|not appropriate|not an option|not covered|not safe|interacts)\b)/gi, (m, lead: string, article: string | undefined, thing: string, mark: string, offset: number) => (inQuote(offset) ? m : `${' '.repeat(lead.length + (article?.length ?? 0))}${thing}${' '.repeat(mark.length)}`));
  if (/\?\s*(?:[-–—]\s*)?(?:no|nope|sorry)\b/i.test(out)) out = takeBackCorrected(out, inQuote);
  // ("safety plan updated, removed razors? - mom to lock up razors": a jotted question to oneself, answered by what follows
  // with the same thing named, goes; the answer stays.)
  out = out.replace(/(?<=(?:^|[,;.]\s*))([A-Za-z][^,;.?\n"]{0,40}?\b([a-z]{4,}))\?\s*[-–—]\s+(?=[^,;.\n]*\b\2\b)/g, (m, _q: string, _w: string, offset: number) => (inQuote(offset) ? m : ' '.repeat(m.length)));
  // Spoken hedges: "kind of saying goodbye", "intent is like a 6": not "a kind of", not "feels like".
  // Typed with punctuation but spoken all the same ("um", "so yeah", "kinda"), the hedges go too.
  // "Dictating in car.": where the clinician is while dictating is about the note, never the session.
  out = out.replace(/(?<=^|[.!?\n]\s*)(?:I'm\s+|I am\s+)?(?:dictating|dictated|recording|typing)\s+(?:this\s+)?(?:note\s+)?(?:in|from)\s+(?:(?:the|my)\s+)?(?:car|parking lot|driveway)\s*\.?/gi, (m, offset: number) => blank(m, offset));
  const dictated = looksDictated(text);
  if (dictated || SPOKEN_WORDS.test(text)) {
    // "sleeping a lot like 12 hrs": a number hedged is about that number, written "~12" (read later as "approximately 12").
    out = out.replace(HEDGED_NUMBER, (m, offset: number) => (blank(m, offset) === m ? m : `${' '.repeat(m.length - 1)}~`));
    // ("she had I think she said four or five beers most nights": the clinician's doubt about what was said is a hedge on the
    // number, written "~"; the saying said twice goes.)
    out = out.replace(/(?<=\b(?:had|has|have|drank|drinks|drinking|used|uses|using|took|takes|smoked|smokes|was|been|about|like)\s+)I think (?:she|he|they) said\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few|a couple)\b)/gi, (m, offset: number) => (inQuote(offset) ? m : `${' '.repeat(m.length - 1)}~`));
    // ("it kind of helped": a hedge on how much is content, said as "partly", never dropped; same length, same offsets.)
    out = out.replace(/\b(?:kind of|sort of)(?=\s+(?:helped|worked|improved|calmed|settled|eased|lifted|made sense)\b)/gi, (m, offset: number) => (inQuote(offset) ? m : 'partly '));
    // ("she said it was a suicide attempt nothing since then um so yeah mostly she was guarded": a pause before "mostly she"
    // ends the statement before it, so the word after the pause opens the next.)
    out = out.replace(/(?<=[a-z0-9])\s{3,}(?=(?:mostly|overall|otherwise|generally|basically|honestly|anyway)\s+(?:she|he|they|client|pt|we|i)\b)/gi, (m, offset: number) => (inQuote(offset) ? m : ` .${' '.repeat(m.length - 2)}`));
    out = out.replace(HEDGE, blank).replace(SPOKEN_HEDGE, blank);
  }
  // "R. Mendes LCSW-S" on the last line: the writer's signature, which the note's own signature block carries.
  out = out.replace(SIGNATURE_LINE, (m) => ' '.repeat(m.length));
  // ("GIRP" or "pie note please" alone on the first line): the format asked for, which the note's form already says.
  out = out.replace(FORMAT_REQUEST_LINE, (m) => m.replace(/[^\n]/g, ' '));
  // ("denied any si or hi": "hi" beside a risk word is homicidal ideation in any summary; its own context says so.)
  out = out.replace(SPOKEN_HI, (m, offset: number) => (inQuote(offset) ? m : m.toUpperCase()));
  if (!dictated) return out;
  // ("she denied any si or hi when i asked": the letters as written, same length, so offsets hold.)
  out = out.replace(SPOKEN_ABBREVIATION, (m, offset: number) => (inQuote(offset) ? m : m.toUpperCase()));
  // "texted her coach which is great": the clinician's cheer said aloud, not the note's.
  out = out.replace(/,?\s+(?:which (?:is|was)|so that(?:'s| is| was))\s+(?:so |really )?(?:great|awesome|amazing|nice|good)(?=\s*(?:[.,;]|$|\s(?:and|so|but|she|he|they|we|i|um|uh)\b))/gi, (m, offset: number, whole: string) => (blank(m, offset) === m ? m : /^\s*(?:[.,;]|$)/.test(whole.slice(offset + m.length)) ? blank(m, offset) : pad('.', m.length)));
  const preamble = PREAMBLE.exec(out)?.[0];
  out = out.replace(PREAMBLE, (m) => ' '.repeat(m.length));
  // ("ok so this is for Jenna R um she came in today ...": the client the opening names is said on its own; the pause after the
  // name ends it, so the name never becomes the subject of what she did.)
  if (preamble && /\b(?:for|on)\s+$/i.test(preamble)) out = out.replace(/^(\s*[A-Z][a-z]+(?:\s+[A-Z](?:[a-z'-]+|\.)?)?) (?=\s+(?:she|he|they)\s+[a-z])/, '$1;');
  if (/so that/i.test(out)) out = out.replace(APPRAISAL, (m, offset: number) => (inQuote(offset) ? m : pad('.', m.length)));
  out = out.replace(SIGN_OFF, (m) => pad('.', m.length));
  // "... did some chain analysis and then um": a conjunction left at the end once the filler after it is gone.
  out = out.replace(/(?<![\w'-])(?:and|but|or|so)(?:\s+then)?(?=[\s,.]*$)/i, (m) => ' '.repeat(m.length));
  out = out.replace(SPOKEN_SECTION, (m, label: string, offset: number, whole: string) => {
    // (A name after the section's word only in its own capital: "response Noah opened up", never "plan the family went".)
    if (!/^(?:she|he|they|we|i|client|pt)\b/i.test(whole.slice(offset + m.length)) && !/^[A-Z]/.test(whole.slice(offset + m.length))) return m;
    // "so situation is ...": the situation is what follows, so the words only end the sentence before.
    const adverb = SPOKEN_SECTION_ADVERBS[label.toLowerCase()];
    const name = `${adverb ?? `${label[0]!.toUpperCase()}${label.slice(1).toLowerCase()}`}:`;
    const written = /^situation$/i.test(label) ? '. ' : `. ${name} `;
    // ("he denied SI intervention I did de-escalation": with only a space on each side, "intervention" or "response" starts a
    // line of its own; never "preparatory behavior she said", "no specific plan she".)
    // ("so subjectively he says ...": the SOAP section said as an adverb heads a line of its own, as the letter would.)
    if (adverb && `\n${name}`.length <= m.length) return `\n${name}`.padEnd(m.length, ' ');
    // ("she cried um objective he was drowsy": a section named aloud mid-run heads a line of its own, so what follows is read under it.)
    if (!/^situation$/i.test(label) && `\n${name}`.length <= m.length) return `\n${name}`.padEnd(m.length, ' ');
    return written.length <= m.length ? written.padEnd(m.length, ' ') : m;
  });
  // ("... no psychosis currently so my impression is PTSD related to the ICU stay": the clinician's impression, said aloud, as a label.)
  out = out.replace(/(?<=\s)(?:so\s+)?my\s+(?:clinical\s+)?impression\s+(?:is|was)\s+(?=[A-Za-z])/gi, (m, offset: number) => (inQuote(offset) ? m : pad('. Impression:', m.length)));
  // "... still there homework listen to the recording daily": homework named aloud before what to do, as a label.
  out = out.replace(/(?<=\s)(?:homework|hw)\s+(?:is\s+)?(?:to\s+)?(?=(?:listen|practice|do|complete|read|write|track|log|use|try|fill|keep|call|schedule|attend|finish|continue|review|work on|journal|record|rate)\b)/gi, (m) => pad('. HW:', m.length));
  // "he said he doesn't know which I noted": the clinician's aside about the note itself.
  out = out.replace(/,?\s+which I (?:noted|documented|wrote down|flagged|charted)\b/gi, blank);
  // "she said (and I want to get this right) she said ...": the speaker named twice around an aside is named once.
  out = out.replace(/(?<![\w'-])((?:she|he|they) (?:said|says|stated|told me))\s+(?=\1(?![\w'-]))/gi, (m, _w: string, offset: number) => blank(m, offset));

  // "with the uh the warehouse job": a word said twice around a pause is said once.
  out = out.replace(/(?<![\w'-])(the|a|an|to|and|of|in|he|she|they|we|i|it|that|was|is|up|out)(\s+)(?=\1(?![\w'-]))/gi, (m, _w: string, _s: string, offset: number) => blank(m, offset));
  // ("we did the feelings check in and mom um mom actually apologized": "and" and a person, then a pause and the person
  // again, start the statement over: the first try goes, and the pause before the second stays to end what came before.)
  out = out.replace(/(?<![\w'-])(?:and|but|so|then)\s+(mom|dad|mother|father|she|he|they|client|pt|[A-Z][a-z]+)(?=\s{3,}\1\s+[a-z]+)/g, (m, _w: string, offset: number) => blank(m, offset));
  for (const { re, mark } of SPOKEN_MARKS) {
    out = out.replace(re, (m, offset: number, whole: string) => {
      // "a period of", "the trial period": the word, not the mark.
      // "before 1st period", "last period": a school period after an ordinal.
      // "a passive SI period in 2009", "a rough period after her divorce": a stretch of time, named by what follows it.
      if (mark === '.' && /\b(a|the|this|that|her|his|their|menstrual|time|grace|waiting|trial|short|long|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|last|next|each|every|one|two|three|four|single|si|depressive|manic|hypomanic|dark|rough|hard|tough|difficult|bad|stable|sober|passing|class|lunch|free|study|homeroom|advisory|same|which|what)\s*$/i.test(whole.slice(0, offset))) return m;
      // ("passing period", "period 3", "seen 4th period": the school's period.)
      if (mark === '.' && /^\s*(?:of|when|where|during|between|which|lasting|that lasted|\d{1,2}\b|in (?:19|20)\d\d|(?:after|before|following) (?:her|his|their|the|a)\b)/i.test(whole.slice(offset + m.length))) return m;
      return pad(mark, m.length);
    });
  }
  // ("Debra G 11 14 50 minutes", "come back on 11 28 for couples", "crisis walk-in 11 15 started about 2:40": a month and day
  // said as two numbers, where a day goes, are the date they say.)
  if (looksDictated(text)) out = out.replace(/(?<=\b(?:on|today|dated?|session|sess|visit|walk[- ]in|intake|call|group|[A-Z]\.?)\s+)(1[0-2]|[1-9])\s(3[01]|[12]\d|[1-9])(?=\s+(?:\d{2,3}\s*(?:minutes|mins?)\b|started\b|from\b|at\b|for\b|\d{1,2}(?::\d{2})?\s*(?:am|pm)\b)|\s*[.,;]|\s*$)|(?<=\b[A-Z][a-z]+\s+)(1[0-2]|[1-9])\s(3[01]|[12]\d|[1-9])(?=\s+\d{2,3}\s*(?:minutes|mins?)\b)/g, (_m, m1?: string, d1?: string, m2?: string, d2?: string) => `${m1 ?? m2}/${d1 ?? d2}`);
  return out;
}

/** The mark of a jotted self-correction: "? no -", "? no,", "? sorry -". */
const CORRECTION_MARK = /\?\s*(?:no wait|wait no|no|nope|sorry)\s*[-–—,:]\s*(?=(\S+))/gi;
/** Where the words taken back begin: the nearest clause edge before the question mark. */
const CLAUSE_EDGE = /(?:[.;:,(\n]|\s[-–—]\s|\s(?:and|then|but)\s)(?!.*(?:[.;:,(\n]|\s[-–—]\s|\s(?:and|then|but)\s))/s;
const SUBJECT_WORD = /^(?:I|we|she|he|they|mom|dad|mother|father|client|pt)$/i;
/** A kind of session or how it was held: "CPT-C grp? no - individual CPT" puts one kind for another. */
const SESSION_KIND = /\b(?:grp|group|indiv|individual|ind|couples?|family|fam|intake|phone|telephone|video|telehealth|in[- ]person|conjoint|joint)\b/i;

/**
 * Blanks the words a clinician took back with "? no -" when the words after it replace them: a name
 * for a name ("Nguyen-Pham? no - Daw Khin"), or the same doer again ("I called X? no - I told Y").
 * A screening question answered ("SI? no - denies") is an answer, not a correction, and stays.
 */
function takeBackCorrected(text: string, inQuote: (offset: number) => boolean): string {
  let out = text;
  for (const mark of text.matchAll(CORRECTION_MARK)) {
    if (inQuote(mark.index)) continue;
    const before = text.slice(Math.max(0, mark.index - 80), mark.index);
    const edge = CLAUSE_EDGE.exec(before);
    const start = edge ? mark.index - before.length + edge.index + edge[0].length : Math.max(0, mark.index - 80);
    const taken = text.slice(start, mark.index);
    const first = /^\s*([\w'-]+)/.exec(taken)?.[1];
    const next = mark[1]!.replace(/[^\w'-]+$/, '');
    if (!first || !taken.trim()) continue;
    const names = /^[A-Z][a-z]/.test(first) && /^[A-Z][a-z]/.test(next) && !SUBJECT_WORD.test(first) && !SUBJECT_WORD.test(next);
    const doers = SUBJECT_WORD.test(first) && SUBJECT_WORD.test(next);
    // ("w/ mother present I called ...? no - I told ...": the same doer named again marks where the words taken back begin.)
    const again = SUBJECT_WORD.test(next) ? new RegExp(`(?<![\\w'-])${next}(?![\\w'-])`, 'i').exec(taken) : null;
    // ("CPT-C grp? no - individual CPT": a kind of session put for another.)
    const kinds = SESSION_KIND.test(taken) && new RegExp(`^(?:${SESSION_KIND.source.slice(2, -2)})\\b`, 'i').test(next) && taken.trim().split(/\s+/).length <= 4;
    // ("Priya was driving the other car? no - was a passenger": the same verb said again takes back the words from the first
    // one on; the doer before it stays.)
    const verbAgain = /^(?:was|is|were|are|had|has|did)$/i.test(next) ? new RegExp(`(?<![\\w'-])${next}(?![\\w'-])`, 'i').exec(taken) : null;
    if (verbAgain && !names && !doers && !again && !kinds) {
      const from = start + verbAgain.index;
      const to = mark.index + mark[0].length;
      out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
      continue;
    }
    if (!names && !doers && !again && !kinds) continue;
    // (The whole clause goes: "and w/ mother present I called ...? no - I told mother" keeps "and I told mother".)
    const from = start + taken.length - taken.trimStart().length;
    const to = mark.index + mark[0].length;
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}

/** A name with a licence or degree, alone on the last line: "R. Mendes LCSW-S", "- J. Ortiz, LPC", "Dana Reyes, PhD". */
const SIGNATURE_LINE = /(?<=\n)[ \t]*(?:[-–—~]+\s*)?(?:[A-Z]\.\s*)?[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?,?\s+(?:LCSW|LICSW|LMSW|LSW|LPC|LPCC|LCPC|LMHC|LMFT|MFT|PhD|Ph\.D\.|PsyD|Psy\.D\.|MD|DO|NP|PMHNP|APRN|RN|CADC|LAC|LADC|MSW|CPS|CPRS|PRSS|CRPS|QMHP|BCBA)(?:[-/,\s]+(?:S|C|BC|LCSW|LPC|LMFT|MSW|PhD|CADC|supervisor))*\.?[ \t]*\s*$/;

