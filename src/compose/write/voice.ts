// Clinical voice: third person, subjects completed by kind, tense per style, clean sentences.
import { CONTACTED_WITHOUT_DOER, WHEN_SAID_TOLD, MARKS_ON_BODY, CLIENT_BEFORE_TO_DO, PLAN_UNCHANGED, DONE_TO_CLIENT, RELATIVE_BEFELL, AGENCY_ACTED, CONTACT_NAMED_FIRST, CHART_RESULT, CLINICIAN_ABOUT_TO, notANameByShape, ADVERBS, BODY_SEEN, BODY_STATE_SEEN, OBSERVED_ACTS, GIVEN_TO, KEPT_IN_SIGHT, PRESENT_THEN_CALLED, SEEN_ALONE, PLAY_MATERIAL_FIRST, ARRANGED_RETURN, RETURN_WHEN, CLIENT_VERBS, COMMON_LEADS, DIAGNOSIS_ONLY, diagnosisList, CRISIS_CONTACT, CLINICIAN_GIVES, RELATIVE_CALLED_WITH_CONSENT, RELATIVE_SPEAKER, WITH_CLIENT_CONSENT, HABITUAL, ONGOING, SCHEDULED_AHEAD, EVENT_PARTICIPLES, LASTING_STATE, LASTING_STATUS, PAST_TIME, QUANTIFIED_SUBJECT, leadingInterventionTerm, WITH_CLIENT, EMOTIONS, INTERVENTION_TERMS, MSE_DOMAINS, OBSERVATION_NOUN_STARTS, OBSERVATION_WORDS, PASSIVE_VERBS, THERAPIST_ONLY_VERBS, THERAPIST_VERBS, NOT_THE_CLIENTS_REPORT, DOCUMENT_SENT, CLEARANCE_FOUND, TEAM_ASKS, INTERPRETER_NAMED, SESSION_ORDINAL, CLINICIAN_COULD_NOT, NO_SIGNS_SEEN, CARE_STEP_LEAD, FULL_NAME_LEAD, PER_SOURCE_THEN_DOING, PER_ROLE_LEAD, isFindingsList, NEURO_FINDING, COMPARED_STATES, CARE_TEAM_STANCE, COUPLE_PRACTICE, PRESCRIBER, NOTIFIED_SOMEONE, REPORTED_TO_AGENCY, CALLED_ASKING_TO_BE_SEEN, REACH_THE_THERAPIST, RELATIVE_CHECK_IN, LEFT_A_MESSAGE, givenBare, STAFF_ACTED, CONDITION_LEAD, WORK_SET_ASIDE } from '../lexicon/cues.ts';
import { PARENT_WORD } from '../lexicon/cpt-add-ons.ts';
import { MEDICATION_NAMES } from '../lexicon/medications.ts';
import { COMMON_NOUN_TECHNIQUE_WORDS } from '../lexicon/modalities.ts';
import { COLLATERAL_SOURCES, KIN_AFTER_MODIFIER, KIN_MODIFIER, oneOf } from '../lexicon/people.ts';
import { LEADING_PREPOSITIONS } from '../lexicon/phrases.ts';
import { PLACE_AFTER_SUBJECT, PROGRAM_DAY, STATE_AFTER_SUBJECT } from '../lexicon/states-and-places.ts';
import type { WriterRole } from '../lexicon/session-labels.ts';
import { gerund, INTERVIEWING_VERBS, isFiniteVerb, NOTICE_VERBS, looksLikePastVerb, setTense, STATUS_PARTICIPLES, verbForms } from '../lexicon/verbs.ts';

import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { protectQuotes, restoreQuotes } from '../text/protect-quotes.ts';
import type { FactKind, PronounSet, Style, Subject } from '../types.ts';

export interface Voice {
  /** The client term as written mid-sentence ("client", "Jane"). */
  client: string;
  /** The writer's word: from the style, or the role the contact names (lexicon/session-labels.ts). */
  clinician: 'therapist' | 'clinician' | 'this writer' | WriterRole;
  tense: 'past' | 'present';
  pronouns?: PronounSet;
  /** Who "we" is beside the clinician when it is not one client: "the family", "the couple", "the group". */
  company?: string;
  /** A session held without the client ("Parent session, no pt"): no act is the client's by default. */
  clientAbsent?: boolean;
  /** The clinician worked with a team ("did the CSTAG with the team"): "we" rating, calling or notifying is the clinician and the team. */
  team?: boolean;
}

export function voiceFromStyle(style: Style | undefined): Voice {
  const term = style?.clientTerm?.trim() || 'client';
  return {
    client: term.toLowerCase() === 'patient' ? 'patient' : term.toLowerCase() === 'client' ? 'client' : term,
    clinician: style?.clinicianTerm ?? 'therapist',
    tense: style?.tense ?? 'past',
    ...(style?.pronouns ? { pronouns: style.pronouns } : {}),
  };
}

/** A day still ahead, after a verb in the present ("goes to sentencing on the 14th", "has court next Tues"). */
const SET_FOR_A_DAY_AHEAD = /^\S+\s+(?:to\s+)?(?:[a-z]+\s+){0,3}?(?:on the \d{1,2}(?:st|nd|rd|th)|next (?:week|month|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)|tomorrow|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
const clinicianStart = (v: Voice): string => cap(v.clinician);
const clinicianMid = (v: Voice): string => (v.clinician === 'this writer' ? 'this writer' : `the ${v.clinician}`);
const clientStart = (v: Voice): string => cap(v.client);
/** "Therapist's impression: ", "This writer's impression: ": the clinician's view, said as theirs. */
const impressionLead = (v: Voice): string => `${cap(v.clinician === 'this writer' ? "this writer's" : `${v.clinician}'s`)} impression: `;

/** A call to emergency care about the client ("we called ahead", "we called 911", "we notified the ED"): the clinician's side
 * made it, never the client in crisis; the clinician is the one "we" surely holds. */
const EMERGENCY_CALL = /^\s*(?:(?:then|also|immediately)\s+)?(?:called|phoned|notified|contacted|alerted|paged)\s+(?:ahead|911|(?:the\s+)?(?:er|ed|emergency (?:room|department)|hospital|police|sheriff|ems|ambulance|mobile crisis|crisis team|dispatch|psych(?:iatric)? emergency|on-call psychiatrist|charge nurse|triage))\b(?![^.;]*\btogether\b)/i;

const KIN_MODIFIER_WORD = new RegExp(String.raw`^${KIN_MODIFIER}$`, 'i');
const KIN_AFTER_WORD = new RegExp(String.raw`^${KIN_AFTER_MODIFIER}$`, 'i');

const WHEN_SAID_GLOSS = new RegExp(String.raw`\s+${WHEN_SAID_TOLD}`, 'i');
/** What a team does after "we": rate, decide, call, notify, report, meet ("we rated it", "we'll have a reentry meeting"). */
const TEAM_ACT = /^\s*(?:(?:also|then|all|will|'ll|would)\s+)*(?:rated|rate|decided|decide|determined|classified|called|call|notified|notify|contacted|contact|reported|report|filed|did an? (?:\w+\s+)?(?:notification|report|referral|assessment)|made an? (?:\w+\s+)?(?:report|referral|notification)|have (?:an? |the )?(?:\w+\s+)?(?:meeting|conference|review)|held|convened|scheduled|agreed)\b/i;

/** The writer telling of their own life: "I shared ... my own recovery story". */
const SELF_DISCLOSURE = /^\s*(?:I\s+)?(?:\w+\s+)?(?:shared|disclosed|told (?:him|her|them)|described|talked about|used)\b[^.]*\bmy own\b/i;

/** Capitalised openers of jotted lines that are ordinary words, lowered inside a report. */
// ("Acute grief", "Chronic pain", "Complicated grief": a clinical qualifier opening a jotting is no name.)
const COMMON_OPENERS = new Set(['acute', 'chronic', 'complicated', 'prolonged', 'anticipatory', 'persistent', 'recurrent', 'worsening', 'ongoing', 'intermittent', 'very', 'really', 'pretty', 'quite', 'extremely', 'somewhat', 'slightly', 'fairly', 'scary', 'breakup', 'no', 'not', 'none', 'last', 'first', 'married', 'divorced', 'widowed', 'separated', 'single', 'retired', 'unemployed', 'employed', 'lives', 'living', 'nothing', 'history', 'hx', 'chief', 'family', 'mother', 'father', 'symptoms', 'sleep', 'appetite', 'mood', 'energy', 'currently', 'recently', 'still', 'also', 'some', 'much', 'lots', 'more', 'less', 'worse', 'better', 'ongoing', 'new', 'increased', 'decreased', 'significant', 'mild', 'moderate', 'severe', 'daily', 'weekly', 'occasional', 'frequent', 'recent', 'past', 'prior', 'previous', 'current', 'trouble', 'difficulty', 'problems', 'issues', 'stress', 'conflict', 'worry', 'worries', 'work', 'school', 'grades', 'nightmares', 'panic', 'anxiety', 'depression', 'urges', 'cravings', 'drinking', 'alcohol', 'substance', 'medication', 'medications', 'meds', 'pain', 'fatigue', 'weight', 'one', 'two', 'three', 'several', 'a', 'an', 'the', 'her', 'his', 'their', 'my']);

/** What a person does in their own life between sessions: in a report with no subject, the client did it. */
const CLIENT_ACTIVITIES = new Set(['had', 'came', 'arrived', 'owned', 'lived', 'kept', 'went', 'walked', 'drove', 'ran', 'slept', 'ate', 'drank', 'smoked', 'relapsed', 'started', 'stopped', 'quit', 'returned', 'missed', 'skipped', 'attended', 'visited', 'moved', 'lost', 'broke', 'fought', 'argued', 'yelled', 'bought', 'got', 'took', 'stayed', 'woke', 'napped', 'binged', 'purged', 'restricted', 'exercised', 'journaled', 'texted', 'cancelled', 'canceled', 'forgot', 'finished', 'failed', 'passed', 'wrote', 'tried', 'avoided', 'isolated', 'used', 'practiced', 'practised', 'completed', 'spent', 'joined']);

/** Words that follow a subject without being its verb ("pt very anxious", "she also ..."). */
const NOT_VERB_AFTER_SUBJECT = new Set(['very', 'so', 'more', 'less', 'really', 'also', 'still', 'not', 'no', 'quite', 'somewhat', 'a', 'an', 'the', 'this', 'that', 'now', 'today', 'overall', 'generally', 'mostly', 'always', 'never', 'often', 'sometimes', 'pleasant', 'ambivalent', 'hopeless', 'nervous', 'anxious', 'jealous', 'cautious', 'curious', 'serious', 'ready', 'upset', 'present', 'absent', 'content', 'distant', 'hesitant', 'resistant', 'compliant', 'adherent', 'independent']);

const ADJECTIVE_FOLLOWERS = /^(about|by|of|with|at|that|to|when|since|after|and|but|,|$)/;


const ROLE_LEADS: ReadonlySet<string> = new Set([...COLLATERAL_SOURCES.filter((w) => /^[a-z]+$/.test(w)), 'nurses', 'doctors', 'aides', 'coworkers', 'neighbors', 'kids', 'children', 'teachers', 'parents', 'friends', 'team', 'staff', 'voices', 'thoughts', 'nightmares', 'flashbacks', 'cravings', 'urges', 'symptoms', 'meds', 'medications']);
/** "Columbia-Suicide Severity Rating Scale (C-SSRS) - high risk", "PHQ-9: 14": a screen named, then its result. */
const SCREEN_RESULT_LEAD = /^((?:[A-Z][\w-]*\s+){1,5}(?:Scale|Assessment|Questionnaire|Inventory|Screen|Checklist|Test)(?:-\d+)?\s+\([A-Z][A-Za-z0-9-]{1,9}\)|(?:PHQ|GAD)-\d|PCL-5|C-SSRS|AUDIT(?:-C)?|EPDS|MoCA|MMSE)(?:\s+screen(?:ing)?)?\s*(?:[:,=]|\s[-–—])\s*(?=\S)/;

/** "did some boundaries work", "did grief work": work named as work, done in the session ("did well at work" is how the client is doing). */
const WORK_DONE_IN_SESSION = /^(?:also\s+)?did\s+(?!not\b)(?:some\s+)?(?:(?!(?:well|good|great|ok|okay|fine|poorly|badly|better|worse|at|for|to|from|after|before)\b)[a-z-]+\s+){1,2}work\b/i;

function lowerLead(t: string): string {
  const w = /^[A-Z][a-z]+\b/.exec(t)?.[0];
  // A capital kept from the jotting mid-sentence ("Client reported Cleanup ...") is lowered where the
  // word is a known one or has a suffix no name has ("Hospitalization", "Nervousness").
  // ("Client reported Nurses give him his meds": people named by their role are never a name either.)
  // ("Client reported Voices are critical": a plural thing, then a verb, is no one's name.)
  // ("Client reported Best friend killed ...": a word before a person's role is that role's modifier, never a name.)
  const beforeRole = /^[A-Z][a-z]+\s+([a-z]+)\b/.exec(t)?.[1];
  const common = w && (/^[A-Z][a-z]+s\s+(?:are|were|have|keep|come|came|get|got)\b/.test(t) || (!!beforeRole && (ROLE_LEADS.has(beforeRole) || beforeRole === 'friend')) || COMMON_LEADS.has(w.toLowerCase()) || EMOTIONS.has(w.toLowerCase()) || OBSERVATION_WORDS.has(w.toLowerCase()) || notANameByShape(w.toLowerCase()) || ROLE_LEADS.has(w.toLowerCase()));
  return common ? `${w.toLowerCase()}${t.slice(w.length)}` : t;
}

/** "Nephew Curtis present", "grandson joined for the last 10 min": another person in the session, by relation. */
const SOMEONE_PRESENT = new RegExp(`^((?:${oneOf([...COLLATERAL_SOURCES, 'nephew', 'niece', 'grandson', 'granddaughter', 'grandchild', 'son-in-law', 'daughter-in-law', 'sister-in-law', 'brother-in-law', 'neighbor', 'friend', 'interpreter'])})(?:\\s+(?!not\\b)[A-Z][a-z]+|\\s*\\([^()]{1,30}\\))?)\\s+(?=(?:not\\s+)?(?:present|joined|attended|sat in)\\b)`, 'i');
/** How the client met the work ("pt passive", "guarded"), never the passive ideation that "passive SI" names. */
const STANCE = String.raw`(?:passive|withdrawn|guarded|hesitant|ambivalent|reluctant|resistant|skeptical|sceptical|doubtful|unsure|uncertain|hopeful|optimistic|motivated|unmotivated|defensive|dismissive|open)\b(?!\s+(?:si|suicidal|ideation|thoughts|death|wish))`;
const STANCE_OR_AGREEMENT = new RegExp(String.raw`^(?:aware|unaware|agreeable|amenable|in agreement|receptive|${STANCE})\b`, 'i');
const STANCE_TO_WORK = new RegExp(String.raw`^(?:receptive\b|open\b|${STANCE})`, 'i');
const FIRST_PERSON = /\b(?:i|me|myself|my|we|us|ourselves|our|ours)\b/i;
/** "I think I pushed too fast": the clinician's doubt about their own act (the verb is captured). */
const DOUBT_OF_OWN_ACT = /I (?:think|thought|feel like|felt like|wonder if|suspect|believe) I (was|[a-z]{3,}ed)/;
const DOUBT_IN_CLAUSE = new RegExp(`(?<![\\w-])${DOUBT_OF_OWN_ACT.source}(?![\\w-])`, 'g');
const DOUBT_AT_START = new RegExp(`^${DOUBT_OF_OWN_ACT.source}\\b`);

/** First-person words outside quotes become the clinician term or "therapist and client". */
export function toThirdPerson(text: string, v: Voice): string {
  // "asked writer not to tell mom", "this writer called": the clinician's own "writer", in the note's one voice.
  if (/writer/i.test(text)) text = text.replace(/(?<!\b(?:the|a|an|ghost|song|screen|script|grant|copy|news|technical)\s)\b(?:this\s+)?writer\b(?![\w'’-])/gi, (_m, offset: number) => (offset === 0 ? cap(clinicianMid(v)) : clinicianMid(v)));
  // "he said no he would never actually hurt him": the spoken "no" before a denial said in full adds nothing.
  text = text.replace(/\b(said|says|stated|answered|replied)\s+no,?\s+(?=(?:she|he|they)\s+(?:would never|will never|never|doesn't|does not|didn't|did not|wouldn't|would not|won't|will not|isn't|is not|wasn't|was not|hasn't|has not)\b)/gi, '$1 ');
  // "he said last Sunday like if it comes to it I know where the rifle is": after a third person's
  // "said", the "I" is the speaker's own words, unmarked; they are quoted, never made the clinician's.
  // ("Roberto also said when I asked about sleep that some nights he thinks ...": the clinician's question, set apart.)
  text = text.replace(/\b(said|says|stated|told me)\s+when\s+(?:I|we)\s+asked\s+(?:(?:him|her|them)\s+)?(about\s+[a-z][a-z ]{1,30}?)\s+that\s+/g, (_m, verb: string, about: string) => `${verb}, when asked ${about}, that `);
  // "friends who disappear, who do I eat dinner with": a question in the speaker's own words, listed as a theme, is quoted.
  // ('"she left us for her boyfriend, why should I forgive her"': already inside quotation marks, it stays as quoted.)
  text = text.replace(/(^|[,;:-]\s*)((?:who|what|how|why|where|when)\s+(?:do|does|did|am|can|will|should|would|could)\s+I\b[^,.;"]*)/g, (m, lead: string, words: string, offset: number, whole: string) => ((whole.slice(0, offset).match(/"/g) ?? []).length % 2 === 1 ? m : `${lead}"${words}"`));
  // ("topic: how my arrest affected others": a group's topic in the members' own first person is quoted, never the clinician's arrest.)
  text = text.replace(/\b(topic|theme|themes|focus)(\s*:?\s*)((?:how|what|why|when|where|who)\s+(?:my|I|I'm|me)\b[^,.;"]*)/gi, (m, label: string, gap: string, words: string, offset: number, whole: string) => ((whole.slice(0, offset).match(/"/g) ?? []).length % 2 === 1 ? m : `${label}${gap}"${words}"`));
  // "the I'm a failure thought": a thought named in the client's words is quoted, never made the clinician's.
  text = text.replace(/\b(the|that|this|an?)\s+((?:I'm|I am|I'll|I can't|I should|I have to|I must|I never|I always)\b[^,.;"]{1,40}?)\s+(thought|belief|story|narrative|voice|statement|cognition|rule)\b/g, '$1 "$2" $3');
  // ("looking at the evidence for and against I am stupid": the thought weighed is the client's, quoted, never the clinician's.)
  text = text.replace(/\b((?:the\s+)?evidence\s+(?:for and against|for|against)|(?:challenged|challenging|examined|examining|tested|testing|reframed|reframing|questioned|questioning))(\s+the\s+(?:thought|belief))?\s+((?:I'm|I am|I'll|I can't|I should|I have to|I must|I never|I always|I will never|I'll never)\b[^,.;"]{1,40}?)(?=\s+(?:and|but|so|which|then)\b|\s*[,.;]|\s*$)/g, (_m, lead: string, named: string | undefined, words: string) => `${lead}${named ?? ' the thought'} "${words}"`);
  // "the big one is still it was my fault because I went to the party": a stuck point or belief named in the client's words is quoted.
  text = text.replace(/\b((?:stuck point|belief|core belief|negative cognition|positive cognition|cognition|NC|PC)s?\b[^"]{0,30}?\b(?:is|was|are)\s+(?:still\s+)?)((?:it was |it's |that )?(?:I|I'm|my)\b[^"]*?)(\s*[.;]?\s*)$/i, (_m, lead: string, words: string, end: string) => `${lead}"${words}"${end}`);
  // "he was able to say I was scared and hid under the bed": the words after "able to say" are the speaker's.
  text = text.replace(/\b((?:she|he|they)\s+(?:was|were)\s+(?:(?:actually|finally|even|really)\s+)?able to\s+(?:say|tell (?:me|us|her|him|them)))\s+(?:like\s+)?(I\b[^"]*?)(\s+which (?:was|is) [a-z ]{2,30})?(\s*[.;]?\s*)$/i, (_m, lead: string, words: string, comment: string | undefined, end: string) => `${lead} "${words}"${comment ? `,${comment}` : ''}${end}`);
  // ("how she uses the line I was in a fire I'm healing thanks for asking and people liked that": a line or phrase named,
  // then its words, is quoted up to where the telling goes on.)
  text = text.replace(/\b((?:the|her|his|their|a)\s+(?:line|phrase|script|mantra|words|comeback|answer|response))\s+(?:of\s+)?(I(?:'m|'ve|'ll|'d)?\b[^"]*?)(?=\s+(?:and|but|so|which)\s+(?:people|everyone|the group|members|others|they|we|she|he|it|that)\b|\s*[.;]|$)/g, (_m, what: string, words: string) => `${what} "${words}"`);
  // "he's like no I've got too many cows to feed": "is like" introduces the speaker's own words.
  text = text.replace(/\b(he|she|they)(?:'s|'re| is| was| were) like\s+(?!"|a\b|an\b|the\b|that\b|this\b|him\b|her\b|them\b|\d)([^"]*\bI(?:'m|'ve|'ll|'d)?\b[^"]*)$/i, (_m, who: string, words: string) => `${who} said "${words.replace(/\s*[.;]\s*$/, '')}"`);
  // ("kept saying they took my family": what someone kept saying, with their own "my", is their words; so is a line they
  // practiced in a role-play, "they practiced saying I'm not going to discuss my body with you".)
  // ("no SH no SI he said when I asked": the clinician's own question after "said" is no words of the client's.)
  // Only where the words are plainly the speaker's: after a "like" or inside an "if ...", or a wish to die ("she said today you
  // know I want to die"); "she said I should call" may be the clinician, and "I said if he doesn't go I will call" is.
  const spoken = /\b(?:he|she|they|(?!(?:i|we)\s)[a-z]+)\s+(?:kept saying|keeps saying|kept repeating|keeps repeating|kept asking|keeps asking|practiced saying|practiced telling (?:her|him|them)|rehearsed saying|role-played saying)\s+(?:like\s+)?(?=[^"]{0,60}\b(?:my|myself|i'm|i've|i'd|i'll|i am|i was|i will|i have)\b)|\b(?:he|she|they|(?!(?:i|we)\s)[a-z]+)\s+(?:(?:was|were)\s+(?:(?:actually|finally|even|really)\s+)?able to\s+say|said|says|admitted|admits|kept saying|keeps saying|was saying|yelled|screamed)\s+(?=(?:you're|you are|you)\b[^"]{0,40}\b(?:my|me|i|i'm)\b)|\b(?:he|she|they|(?!(?:i|we)\s)[a-z]+)\s+(?:(?:was|were)\s+(?:(?:actually|finally|even|really)\s+)?able to\s+say|said|says|admitted|admits|(?:has|had|have)\s+been\s+saying)\s+(?:(?:that|last|this|on|yesterday|today|sunday|monday|tuesday|wednesday|thursday|friday|saturday|week|night|something|once)\s+){0,4}(?:like\s+(?=(?:if|when)\b[^"]{0,40}\bi\b|i\b|[^"]{0,50}\bi(?:'d|'m|'ve|'ll|\s+(?:would|am|have|will|was|feel|wish|want|can't|cannot|don't|do not))\s)|(?=(?:if|when)\b(?!\s+(?:i|we)\s+(?:asked|checked|screened|inquired|followed up)\b)[^"]{0,40}\bi\b)|(?:like\s+)?(?=i\s+(?!(?:should|could|can|will|would|need|needs|must|might|may)\b)[a-z']+\b[^"]{0,60}\b(?:i|my|me|i'm|i've|i'd|myself)\b)|(?=(?:it|it's|this|that|things|everything|nothing)\s[^"]{0,50}\b(?:my|me|myself|i'm|i've)\b)|(?:you know\s+)?(?=i\s+(?:(?:just\s+)?(?:want|wanna) (?:to )?die|(?:don't|do not) want to (?:live|be here|wake up|go on)|wish i (?:was|were) dead|(?:can't|cannot) (?:go on|do this|take it)|hate (?:my life|myself))\b))/.exec(text.toLowerCase());
  // ("... I was ashamed which was big": the clinician's comment after the words stays outside the quotation.)
  if (spoken && !/"/.test(text.slice(spoken.index))) {
    const said = text.slice(spoken.index + spoken[0].length).replace(/\s*[.;]?\s*$/, '');
    // ("... I'll kill him and this was about Angela's coworker": the clinician's own gloss after the words stays outside them.)
    // ("... if he goes I'm going with him and there are pills at home": what is there, told after the words, is the clinician's again;
    // so is when it was said, "I wish I could just disappear when he made her finish dinner".)
    const glossed0 = /\s+and\s+(?:this|that|it)\s+(?:was|is)\s+(?:about|directed at|aimed at|in reference to)\b|\s+and\s+there\s+(?:is|are|was|were)\b/i.exec(said);
    const whenSaid = WHEN_SAID_GLOSS.exec(said);
    const gloss = glossed0 && whenSaid ? (glossed0.index <= whenSaid.index ? glossed0 : whenSaid) : glossed0 ?? whenSaid;
    const words = gloss ? said.slice(0, gloss.index) : said;
    const glossed = gloss ? said.slice(gloss.index) : '';
    const comment = /\s+(which (?:was|is) [a-z ]{2,30}|which we (?:talked about|discussed|processed|explored|worked on|unpacked|challenged|normali[sz]ed)(?: [a-z ]{0,20})?)$/.exec(words);
    text = `${text.slice(0, spoken.index + spoken[0].length).replace(/(?<!\bsomething )\b(?:like|you know)\s+$/i, '')}"${comment ? `${words.slice(0, comment.index)}", ${comment[1]}` : `${words}"`}${glossed ? `;${glossed.replace(/^\s+and\s+/i, ' ')}` : ''}`;
  }
  // "I'd say risk to Nora low currently": the clinician's judgment, said as the impression it is.
  text = text.replace(/^\s*(?:so\s+)?(?:I'd|I would)\s+say\s+(?:that\s+)?(?=\S)/, () => `${impressionLead(v)}`);
  const { text: bare, quotes } = protectQuotes(text);
  const mid = clinicianMid(v);
  const both = `${v.clinician} and ${withWhom(bare, v)}`;
  // Every rewrite below needs one of these words: most clauses have none, and skip eleven slow scans.
  // ("I shared a bit of my own recovery story, my first hospitalization and what helped me": a peer's self-disclosure is theirs, said once as "their".)
  // ("Friday 9am our time", told to a relative abroad: the clinic's time zone.)
  const disclosed = (SELF_DISCLOSURE.test(bare) ? bare.replace(/(?<![\w-])my(?![\w-])/gi, 'their').replace(/(?<![\w.-])myself(?![\w-])/gi, 'themself').replace(/(?<![\w.-])me(?![\w-])/gi, 'them') : bare).replace(/\b(\d{1,2}(?::\d{2})?\s*(?:am|pm))\s+our time\b/gi, '$1 (clinic time)');
  const out = !FIRST_PERSON.test(disclosed) ? disclosed : disclosed
    // "snuck out twice that we know of", "as far as we know": what is known, never a doer.
    .replace(/\b(?:that|as far as)\s+(?:we|I)\s+know(?:\s+of)?\b/gi, (m) => (/^as/i.test(m) ? 'as far as is known' : 'that is known'))
    // "I think I pushed too fast": the clinician's doubt about their own act, said once, as a doubt.
    .replace(DOUBT_IN_CLAUSE, (_m, verb: string) => `${mid} may have ${verb === 'was' ? 'been' : verb}`)
    // "mom saw them Sunday & called us": "us" reached by someone outside the session is the clinic.
    .replace(/\b(called|emailed|texted|messaged|contacted|paged|phoned)\s+us\b/g, '$1 the clinic')
    // ("encouraged her to tell us instead of hiding pills": those she should tell are the treatment team, never "therapist and client".)
    .replace(/\b(tell|telling|ask|asking|come to|coming to|talk to|talking to)\s+us\b(?!\s+(?:about\s+)?(?:her|his|their)self)/g, '$1 the treatment team')
    .replace(/\blet\s+us\s+know\b/g, 'let the treatment team know')
    // ("he took his clozapine in front of us" on a home visit: those who watched are the staff, never the client too.)
    .replace(/\b(in front of|observed by|witnessed by|watched by)\s+us\b/g, '$1 staff')
    // ("she has no insight so we're placing her on a 72 hour hold"): those who hold, admit or transfer the client are the treatment team.
    .replace(/\bwe(?:'re|\s+are|\s+were)?\s+(?=(?:placing|putting|admitting|holding|transferring|sending|petitioning)\s+(?:her|him|them)\b)/g, 'the treatment team is ')
    // ("agreed to let us call her sister"): those the client lets reach someone are the treatment team, never the client too.
    .replace(/\blet\s+us\s+(?=(?:call|contact|text|email|reach out to|speak with|speak to|talk to|talk with|notify|inform|update|share)\b)/g, 'let the treatment team ')
    // ("we'll let the OB team know about the PPD hx": "we" telling another team about the client is the clinician's side, never the client.)
    .replace(/^\s*we(?:'ll| will)\s+(?=(?:let|notify|inform|tell|update|alert|call|contact|fax|email|send|ask)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[A-Za-z-]+\s+){0,2}(?:team|staff|nurses?|doctors?|physicians?|providers?|OB|obstetrician|pediatrician|psychiatrist|psychiatry|PCP|unit|school|teachers?|caseworker|social worker|prescriber|floor|ward|clinic)\b)/i, () => `${mid} will `)
    // "explained we don't do testing here": "we" told to the client is the clinic, never the therapist and client.
    .replace(/\b((?:[Ee]xplained|[Tt]old (?:her|him|them)|[Ii]nformed (?:her|him|them)|[Ll]et (?:her|him|them) know))\s+(?:that\s+)?we\s+(don't|do not|can't|cannot|offer|provide|require|need|have|do)\b/g, (_m, told: string, verb: string) => `${told} that the clinic ${({ "don't": 'does not', 'do not': 'does not', "can't": 'cannot', cannot: 'cannot', have: 'has', do: 'does' } as Record<string, string>)[verb] ?? `${verb}s`}`)
    // ("told him we would check on Hayes": what "we" promise to do, told to the client, is the staff's to do.)
    .replace(/\b((?:[Tt]old|[Aa]ssured|[Rr]eassured|[Pp]romised) (?:him|her|them)|[Ll]et (?:him|her|them) know)\s+(?:that\s+)?we\s+(would|will)\b/g, '$1 that staff $2')
    // "explained I have to report to APS": what was explained about the clinician takes its "that".
    .replace(/(?<=\b(?:[Ee]xplained|[Tt]old (?:her|him|them)|[Ii]nformed (?:her|him|them)|[Rr]eminded (?:her|him|them)|[Ll]et (?:her|him|them) know))\s+(?=I(?:'d|'ll|\s+(?:have|had|would|will|need|needed|must|am|was|can|could|may|might)\b))/g, ' that ')
    // ("She's proud of that and so am I": the clinician's agreement, turned round to keep its verb.)
    .replace(/\bso (am|was|do|did|have|had|will|would) I\b/g, (_m, verb: string) => `so ${({ am: 'is', was: 'was', do: 'does', did: 'did', have: 'has', had: 'had', will: 'will', would: 'would' } as Record<string, string>)[verb]} ${mid}`)
    .replace(/(?<![\w-])I am(?![\w-])/g, `${mid} is`)
    .replace(/(?<![\w-])I have(?![\w-])/g, `${mid} has`)
    // ("Plan - I call OB today", "I see her Thurs"): the clinician's next step, jotted in the present, is what they will do.
    .replace(/(?<![\w-])I (call|text|email|send|contact|see|meet|check in|follow up|fax|consult|notify|update|reach out)(?![\w-])(?=[^.;]*\b(?:today|tomorrow|tonight|next|this (?:week|afternoon|evening|morning)|(?:on )?(?:mon|tues?|wed|thur?s?|fri|sat|sun)\w*)\b)/g, (_m, verb: string) => `${mid} will ${verb}`)
    // "I want to rule out", "I don't think": the verb agrees with "the therapist".
    .replace(/(?<![\w-])I (don't|do not|do|want|think|feel|need|plan|believe|recommend|suspect|wonder|hope|notice|worry|know|agree|suggest|see)(?![\w-])/g, (_m, verb: string) => `${mid} ${/^do(?:n't| not)?$/.test(verb) ? verb.replace(/^do/, 'does') : (verbForms(verb)?.third ?? `${verb}s`)}`)
    // ("follow up call tomorrow once I hear if he is admitted": after "once", "when" or "if", the clinician's plain verb agrees too.)
    .replace(/(?<=\b(?:once|when|if|until|after|before|as soon as|whenever)\s+)I ([a-z]+)\b/g, (m, verb: string) => (verbForms(verb)?.base === verb && verbForms(verb)?.third ? `${mid} ${verbForms(verb)!.third}` : m))
    // ("No interp - I sign, mom voiced/signed"): a plain verb alone after "I", jotted as how things are, agrees too.
    .replace(/(?<=(?:^|[:;,-]\s*))I ([a-z]+)(?=\s*(?:[,;.]|$))/g, (m, verb: string) => (verbForms(verb)?.base === verb && verbForms(verb)?.third ? `${mid} ${verbForms(verb)!.third}` : m))
    // ("Aiden agreed and we messaged the moderator together": "we" after one person's agreement is the clinician and that person.)
    .replace(/\b([A-Z][a-z]+)\s+agreed,?\s+and\s+we\s+(?=[a-z]+ed\b)/g, (_m, name: string) => `${name} agreed, and ${mid} and ${name} `)
    // ("we need to do a full alcohol assessment": an assessment, screen or referral still to do is the clinician's.)
    .replace(/(?<![\w-])we\s+(need|have|want|plan)\s+to\s+(?=(?:do|complete|get|schedule|arrange|make)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:assessment|evaluation|eval|screen(?:ing)?|referral|consult(?:ation)?)\b)/gi, (_m, verb: string) => `${mid} ${verbForms(verb.toLowerCase())?.third ?? `${verb}s`} to `)
    // "bipolar I", "type I", "phase I" are numerals, not the clinician.
    // "W&I", "Q&I": a letter in an abbreviation, not the clinician.
    // "using I statements", "I-messages": a communication skill, not the clinician.
    .replace(/(?<![\w&/-])(?<!\b(?:bipolar|type|phase|stage|class|grade|level|step|part|chapter|axis)\s)I(?![\w&/-])(?![ -](?:statements?|messages?|feel statements?)\b)/gi, (m) => (m === 'I' ? mid : m))
    // "text me the rifle location" -> "text the rifle location to the therapist" ("text me through the portal" is whom, not what).
    .replace(/\b(text|email|message|send)\s+me\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|when|if|re|regarding|about|by|at|in|on|after|before|once|as soon as|whenever|daily|weekly|each|every|back|later|now|again|until|so|to|through|via|on|over|with|from|using|thru)\b)((?:the\s+)?[a-z][a-z -]{2,40}?)(?=\s*(?:[,;.(]|$))/gi, (_m, verb: string, object: string) => `${verb} ${/^(?:the|her|his|their|a|an|any|some|its)\b/i.test(object) ? '' : 'the '}${object} to ${mid}`)
    // "Hold Me Tight": a capitalised "Me" between capitalised words is part of a title.
    // ("doxy.me": a video platform's name, never the clinician.)
    .replace(/(?<![\w.-])(me|myself)(?![\w-])/gi, (m, _w, offset: number, whole: string) => (m === 'Me' && /[A-Z][a-z]*\s$/.test(whole.slice(Math.max(0, offset - 12), offset)) && /^\s[A-Z]/.test(whole.slice(offset + 2, offset + 4)) ? m : mid))
    // "from my office": a place is the practice's, not a person's.
    .replace(/(?<![\w-])my(?=\s+(?:office|room|building|clinic|practice|waiting room)\b)/gi, 'the')
    // "my client Carol": the client, not "the therapist's client".
    .replace(/(?<![\w-])my(?=\s+(?:client|clients|patient|patients)\b)/gi, 'the')
    // "consulted with my supervisor": the clinician's own colleagues are "the supervisor", never "the therapist's supervisor";
    // a supervisor is "the clinical supervisor", never to be read as the client's boss ("his supervisor wrote him up").
    .replace(/(?<![\w-])my\s+(?:clinical\s+)?supervisor(?![\w-])/gi, 'the clinical supervisor')
    .replace(/(?<![\w-])my(?=\s+(?:clinical\s+)?(?:supervisor|supervisee|colleague|co-?therapist|co-?leader|team|consultant|consultation group|peer consultation)\b)/gi, 'the')
    .replace(/(?<![\w-])my(?![\w-])/gi, `${mid}'s`)
    // ("we talked the three of us about watching for signs": everyone in the room together, never "the three of therapist and client".)
    .replace(/\b(?:the|all)\s+(two|three|four|five)\s+of\s+us\b/gi, (_m, n: string) => `all ${n.toLowerCase()} together`)
    // ("PD cleared scene before we arrived": the team arriving is the clinician, never "therapist and the couple".)
    .replace(/\b(before|after|when|until|by the time|as soon as)\s+we\s+(arrived|got there|left|came|pulled up|got on scene)\b/gi, (_m, when: string, did: string) => `${when} ${mid} ${did}`)
    // "we're going to see him twice weekly": the practice sees the client; "we" is the clinician here.
    // ("we'll call him tomorrow afternoon to check in": a call to the client later is the clinician's, never the client's own.)
    .replace(/(?<![\w-])we(?:'re going to| are going to|'ll| will)\s+(see|meet with|schedule|follow up with|check in with|call|text|visit|check on)\s+(him|her|them)\b/gi, (_m, verb: string, whom: string) => `${mid} will ${verb} ${whom}`)
    // ("I introduced urge surfing and we practiced it": after the clinician's own act, the shared one is "together they",
    // never "... and therapist and client practiced".)
    // ('... and we made a "worry box" together': with its own "together" after it, "they" alone.)
    .replace(/^(\s*(?:I\s+)?(?:[a-z]+ed|did|gave|taught|led|made|went over)\b[^.;"]*?\band)\s+we\s+(?=(?:[a-z]+ed|did|went|made|took|wrote|drew|came up with|set)\b)/, (m, lead: string, offset: number, whole: string) => (/^[^.;]*\btogether\b/.test(whole.slice(offset + m.length)) ? `${lead} they ` : `${lead} together they `))
    // ("Uses breathing we practiced last wk": the thing practiced together, never "breathing therapist and client practiced".)
    .replace(/\b(breathing|skills?|exercises?|techniques?|plan|list|worksheets?|scripts?|strateg(?:y|ies)|tools?|grounding|routine|steps)\s+we\s+(practiced|learned|reviewed|went over|made|wrote|worked on|discussed|did|built|set up)\b/gi, '$1 $2 together')
    .replace(/(?<![\w-])we are(?![\w-])/gi, `${both} are`)
    // ("I confirmed we have Kevin's ROI for the landlord on file": what the practice holds about the client is the clinician's.)
    .replace(/(?<![\w-])we have(?=\s+(?:[A-Z][a-z]+['’]s|his|her|their|the client['’]s)\s+(?:ROI|release|consent|records?|file|chart|paperwork)\b)/gi, `${mid} has`)
    .replace(/(?<![\w-])we have(?![\w-])/gi, `${both} have`)
    // "Kyle not our client, no threat reported to us directly": in a duty-to-warn weighing, "us" and "our" are the clinician's.
    .replace(/(?<![\w-])(us|our)(?![\w-])/gi, (m, _w, offset: number, whole: string) => (m !== 'US' && /\b(?:duty to warn|tarasoff|duty to protect)\b/i.test(whole) && !/\b(?:we|us)\b[^.;]*$/i.test(whole.slice(0, Math.max(0, offset - 1)).replace(/\b(?:duty to warn|not our client)\b/gi, '')) ? (m.toLowerCase() === 'us' ? mid : `${mid}'s`) : m))
    // "okay with us doing a wellness check": a step the clinician would take about the client is the clinician's alone.
    .replace(/\b(with|about|if|for)\s+us\s+(?=(?:doing|calling|contacting|sending|reaching out|requesting|notifying|making|filing|involving)\b)/gi, (_m, lead: string) => `${lead} ${mid} `)
    // ("not changing dose ourselves": "ourselves" only stressing who would act, after no preposition, says nothing more.)
    .replace(/(?<!\b(?:for|by|to|with|about|of|from|among|between)\s)\s+ourselves(?=\s*(?:[,.;)]|$))/gi, '')
    // "US" in capitals is the country; "we" after a supervisor or the team is the clinicians.
    .replace(/(?<![\w-])(we|us|ourselves)(?![\w-])/gi, (m, _w, offset: number, whole: string) => {
      if (m === 'US') return m;
      // "Father said we tried charts before": "we" in a relative's own words is that family, never the clinician.
      if (/^we$/i.test(m) && /\b(?:mom|mother|dad|father|parents?|stepmom|stepmother|stepdad|stepfather|grandma|grandmother|grandpa|grandfather|partner|wife|husband|caregiver|guardian|foster (?:mom|mother|dad|father|parents?))\s+(?:said|says|stated|states|reported|reports|explained|added|admitted)\s+(?:that\s+)?$/i.test(whole.slice(0, offset))) return 'they';
      // ("pt asked us not to", "she told us ...": those the client asked or told are the clinicians, never the client too.)
      // ("She is raising their T dose ..., asked us to watch for irritability": the one asking, just told of, asked the clinicians.)
      // ("he came in asking for us", "looking for us": the ones sought are the clinicians.)
      if (/^us$/i.test(m) && /\b(?:asking|asked|looking|looked|came|come|waiting|waited|called|calling)\s+for\s+$/i.test(whole.slice(0, offset))) return mid;
      if (/^us$/i.test(m) && /(?:\b(?:client|pt|patient|she|he|they)\s+(?:\w+\s+)?|(?:^|[,;]\s*|\band\s+))(?:asked|begged|told|thanked|trusted|called|texted|emailed|warned|wanted|needed|let)\s+$/i.test(whole.slice(0, offset)) && !/\bwe\b[^.;]*$/i.test(whole.slice(0, offset))) return mid;
      // ("lockbox we gave them": those "we" gave to are not among "we"; the clinician's team gave it.)
      if (/^we$/i.test(m) && /^\s+(?:\w+\s+)?(?:gave|handed|brought|sent|showed|told|taught|offered|provided|left)\s+(?:them|the parents|the family)\b/i.test(whole.slice(offset + m.length))) return mid;
      // ("contacted the on-call psychiatrist ... and we arranged": the on-call one is named with its role.)
      const colleague = /\b((?:on-call\s+)?(?:supervisor|colleague|psychiatrist|team|consultant|co-leader|co-therapist|cotherapist|prescriber|director|clinical director)|on-call)\b[^.;]*$/i.exec(whole.slice(0, offset).replace(/\b(Dr|Mr|Ms|Mrs)\./g, '$1'))?.[1];
      // "after consult with Dr Amin we decided": the clinician and the doctor consulted.
      const doctor = /\bconsult\w*\s+(?:with\s+)?(Dr\.?\s+[A-Z][a-z]+)\b[^.;]*$/.exec(whole.slice(0, offset))?.[1];
      // ("I talked with dad and we agreed she needs a higher level of care": "we" after talking with a parent is the clinician and that parent.)
      const talkedWith = colleague || doctor ? undefined : /\b(?:talked|spoke|met|checked in|conferred)\s+(?:with|to)\s+((?:her|his|their|the)\s+)?(mom|dad|mother|father|parents?|guardian|grandmother|grandfather|grandma|grandpa|foster (?:mom|dad|mother|father|parents?)|caregiver|wife|husband|partner)\s+and\s*$/i.exec(whole.slice(0, offset));
      // ("did the CSTAG with the team and we rated it a very serious substantive threat ... we called dad": with a team at work,
      // "we" judging, calling or notifying is the clinician and the team, never the client.)
      if (!colleague && !doctor && v.team && /^we$/i.test(m) && TEAM_ACT.test(whole.slice(offset + m.length))) return `${mid} and the team`;
      // ("husband is driving her to the ER we called ahead": a call to emergency care is the clinician's, never the client's.)
      if (!colleague && !doctor && /^we$/i.test(m) && EMERGENCY_CALL.test(whole.slice(offset + m.length))) return mid;
      if (talkedWith && /^we$/i.test(m)) return `${mid} and the ${({ mom: 'mother', dad: 'father', grandma: 'grandmother', grandpa: 'grandfather' } as Record<string, string>)[talkedWith[2]!.toLowerCase()] ?? talkedWith[2]!.toLowerCase().replace(/\bmom\b/, 'mother').replace(/\bdad\b/, 'father')}`;
      return colleague ? `${mid} and the ${colleague.toLowerCase()}` : doctor ? `${mid} and ${doctor.replace(/^Dr\.?\s+/, 'Dr. ')}` : both;
    })
    .replace(/(?<![\w-])(our|ours)(?![\w-])/gi, 'the');
  // ("Safety plan not was completed" from a jotted "not completed": the negation goes after the verb it negates.)
  return restoreQuotes(out.replace(/\b(not|never)\s+(was|were)\s+(?=[a-z]+ed\b)/g, '$2 $1 '), quotes);
}

/** Who "we" is beside the clinician: the company kept (the family, the group), or the client alone
 * when the work was held apart from the group ("we talked after group about calling 988"). */
function withWhom(text: string, v: Voice): string {
  if (v.company === 'the group' && GROUP_APART.test(text)) return v.client;
  return v.company ?? v.client;
}
const GROUP_APART = /\b(?:after|before) (?:the )?(?:group|grp|session)\b|\b(?:privately|one-on-one|1:1|individually|pulled (?:him|her|them) aside)\b/i;

/** The article before an age: "an 8-year-old", "an 18-year-old", "a 9-year-old". */
const anAge = (age: string): string => (/^(?:8\d*|11|18)\b/.test(age) ? 'an' : 'a');

function firstWord(text: string): string {
  return (text.match(/^[A-Za-z'-]+/)?.[0] ?? '').toLowerCase();
}

function verbFirst(w0: string): boolean {
  return isFiniteVerb(w0) || looksLikePastVerb(w0) || THERAPIST_VERBS.has(w0) || /^(can|could|will|would|should|may|might|must)$/.test(w0);
}


/** A past time that is not where an ongoing state began ("has been refusing school since the episode 3 wks ago" is still so). */
const pastTimeNotSince = (text: string): boolean => PAST_TIME.test(text.replace(/\bsince\b.*$/i, ''));

/** What a person is (a job, a rank, a place in the family): said with "is", it stays true after the session. */
const ROLE_NOUNS = 'engineer|captain|lieutenant|officer|deputy|firefighter|paramedic|EMT|medic|dispatcher|nurse|teacher|student|veteran|manager|driver|mechanic|accountant|attorney|lawyer|caregiver|widow|widower|chaplain|sergeant|detective|trooper|corrections officer|physician|doctor|pharmacist|technician|electrician|carpenter|farmer|rancher|welder|cashier|server|cook|chef|programmer|analyst|soldier|marine|sailor|airman|operator|mechanic|lineman|loader|clerk|laborer|machinist|custodian|janitor|foreman|supervisor|pilot|RN|LPN|CNA|aide|paralegal|receptionist|bartender|plumber|contractor|trucker|driver|spouse|wife|husband|partner|parent|mother|father|mom|dad|stepmom|stepdad|grandmother|grandfather|major|colonel|captain|general|private|corporal|specialist|ensign|commander|chief|petty officer|service member|dependent|reservist|guardsman|retiree';
/** "is a nurse", "'s a major": a role held, said with "is". */
// ("Dad is FF", written "is firefighter": the article may be left out.)
const ROLE_HELD = new RegExp(String.raw`^(?:is|'s)\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:${ROLE_NOUNS})\b`, 'i');
/** "Wife is a major": the same, said of someone named. */
const ROLE_HELD_BY = new RegExp(String.raw`^\S+\s+is\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:${ROLE_NOUNS})\b`, 'i');

function withTense(text: string, v: Voice, plural = false): string {
  let w = text.match(/^[A-Za-z'-]+/)?.[0];
  if (!w) return text;
  // ("has had two DUIs, the last one in 2019"): a present perfect is already about the past; "had had" would move it further back.
  if (!plural && /^(?:has|have)\s+(?:had|been|gotten|got|done|made|lost|tried|used)\b/i.test(text)) return text;
  // ("has chronic low back pain, opioid taper completed last month": a past time in a later clause is that clause's.)
  if (!plural && LASTING_STATE.test(w) && !pastTimeNotSince(text.split(/[,;(]/)[0]!)) return w.toLowerCase() === w ? text : w.toLowerCase() + text.slice(w.length);
  // "Used CBT" after a subject is "Therapist used CBT": a capitalised verb loses its capital.
  if (/^[A-Z][a-z]+$/.test(w) && verbFirst(w.toLowerCase())) {
    text = w.toLowerCase() + text.slice(w.length);
    w = w.toLowerCase();
  }
  // "does own a handgun, kept in locked safe": what the client has now stays in the present ("did own" reads as given up).
  const stillHas = /^(?:does|do)\s+(own|have|keep|possess|still have|still own)\b/i.exec(text);
  if (!plural && stillHas) return `${stillHas[1]!.toLowerCase() === 'have' || stillHas[1]!.toLowerCase() === 'still have' ? stillHas[1]!.replace(/have$/i, 'has') : `${stillHas[1]}s`}${text.slice(stillHas[0].length)}`;
  // "is staying with a friend tonight": what is arranged for later stays in the present.
  // ("is coming back Thursday", "is starting IOP on Monday": a day ahead named keeps it ahead, never "was coming back".)
  if (!plural && /^(?:is|are|'s)\s+[a-z]+ing\b/i.test(text) && /\b(?:tonight|tomorrow|this weekend|later today|this evening|next (?:week|wk|month|session|visit|appointment)|(?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|in \d+ (?:days|weeks))\b/i.test(text) && !/\b(?:since|last|ago|yesterday|earlier|when|was|were|had)\b/i.test(text)) return text.replace(/^'s/, 'is');
  // "He's taking naltrexone 50mg": a medicine taken now stays in the present ("was taking" reads as stopped).
  // ("he is also on prazosin 2 mg": an adverb before it changes nothing.)
  if (!plural && /^(?:is|are|'s)\s+(?:(?:also|still|now|currently)\s+)?(?:taking|on|prescribed)\s+/i.test(text) && (TAKEN_NOW.test(text) || ONGOING.test(text))) return text.replace(/^'s/, 'is');
  // "he's on light duty now", "she's the engineer on B shift": how things stand now, and a job held, stay in the present
  // ("was the engineer" reads as a job left).
  if (!plural && /^(?:is|'s)\s/i.test(text) && !PAST_TIME.test(text) && (/\b(?:now|currently|at present|these days)\b/i.test(text) || ROLE_HELD.test(text) || LASTING_STATUS.test(text))) return text.replace(/^'s/, 'is');
  // ("client is Jordan Ellis 19 sophomore": who the client is, by name, holds now.)
  if (!plural && /^(?:is|'s)\s+[A-Z][a-z'-]+\s+[A-Z][a-z'-]+\b/.test(text)) return text.replace(/^'s/, 'is');
  // ("goes by Maya (she/her)": the name a client goes by holds now, never "went by".)
  if (!plural && /^goes by\b/i.test(text)) return text;
  // "meets criteria for PTSD": a diagnostic judgment holds now; "met criteria" reads as a past episode.
  if (!plural && /^(?:meets|does not meet|doesn't meet)\s+(?:full\s+|partial\s+|the\s+)?(?:DSM-5\s+)?criteria\b/i.test(text)) return text;
  // "he's nine": an age stays in the present.
  if (!plural && /^(?:is|'s)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)(?:\s+years?\s+old)?$/i.test(text)) return text.replace(/^'s/, 'is');
  const forms = verbForms(w);
  // "drinks one glass of wine most evenings": a habit is still the client's, in the present.
  // A reporting verb ("reports using worry time most days") is the session's act and takes the note's tense.
  if (!plural && forms && w === forms.third && w !== forms.base && !CLIENT_VERBS.has(w.toLowerCase()) && !/^(?:reports|says|states|denies|endorses|describes|admits|notes|shares|explains)$/i.test(w) && HABITUAL.test(text) && !PAST_TIME.test(text)) return text;
  // ("she goes to sentencing on the 14th", "has court next Tues"): what is set for a day still ahead stays in the present.
  if (!plural && forms && w === forms.third && w !== forms.base && SET_FOR_A_DAY_AHEAD.test(text)) return text;
  // "Therapist and client practice": a plural subject takes the base form in the present.
  if (plural && v.tense === 'present' && forms && (w === forms.third || w === forms.past)) return forms.base + text.slice(w.length);
  // "I think she is ready" -> "Therapist thought she was ready": a base form after a singular subject agrees.
  if (!plural && forms && w === forms.base && w !== forms.past && forms.base !== 'will' && forms.base !== 'can') return (v.tense === 'past' ? forms.past : forms.third) + text.slice(w.length);
  return setTense(w, v.tense) + text.slice(w.length);
}

/** A medicine named after "is taking" or "is on". */
const TAKEN_NOW = new RegExp(`^(?:is|are|'s)\\s+(?:(?:also|still|now|currently)\\s+)?(?:taking|on|prescribed)\\s+(?:(?:his|her|their|the)\\s+)?(?:${MEDICATION_NAMES.join('|')})\\b`, 'i');
/** A denied intention to harm or act: "is not going to", "won't", "would never" before a harming verb. */
const NO_INTENT = /^(?:is|was|'s|are)?\s*(?:not going to|not gonna|never going to|won't|will not|would not|wouldn't|would never|will never)\s+(?:actually\s+|really\s+|ever\s+)?(?=(?:hurt|harm|kill|attack|hit|touch|shoot|stab|act on|do anything|do something|go through with)\b)/i;
/** "Mother said cries and locks self in bathroom": a relative's report whose verb has lost its subject (1: the teller and verb, 2: the verb told). */
const RELATIVE_SAID_VERB = /^((?:Mother|Father|Parents|Grandmother|Grandfather|Stepmother|Stepfather|Guardian|Foster mother|Foster father|Teacher|Aunt|Uncle)\s+(?:also\s+)?(?:said|says|reported|reports|stated|states|noted|notes))\s+([a-z]+s)\b/;
/** "Intent present, says he's going to do it this weekend": a finding's status, then what the client said of it; the finding never speaks. */
const STATUS_THEN_SAID = /^((?:[A-Z][a-z]+'s\s+)?(?:[Ii]ntent|[Pp]lan|[Aa]ccess|[Mm]eans|[Ii]deation|[Uu]rges|[Cc]ravings|[Mm]ood|[Aa]ffect|[Ss]leep|[Aa]ppetite|[Ee]nergy|[Ii]nsight|[Jj]udg(?:e)?ment|[Mm]otivation|[Pp]ain|[Aa]nxiety)\s+(?:was|is|were|are)\s+[a-z]+(?:\s+[a-z]+)?)(?:,\s+|\s+and\s+)(said|says|reported|reports|stated|states|added|adds)\s+/;
/** "While father stepped out to take a call Elijah said ...": a leading condition ends with a comma before who acted. */
const LEADING_CONDITION = /^((?:While|When|After|Once|As soon as|Before|Because)\s(?!(?:the therapist|therapist|this writer)\s+asked\b)[^,.;:"]{3,60}?)(?:\s*:)?(?<!\b(?:said|says|told|tells|reported|asked|thought|felt|knew|heard|learned|realized|found|that|and|or|but))\s+(?=(?:[A-Z][a-z]+|she|he|they|mother|father|the client|client)\s+(?:said|stated|reported|told|disclosed|denied|admitted|showed|cried|became|got|was|were|started|began|left|hit|yelled)\b)/;
/** Where the client was ("in smock", "on porch", "asleep"); never a time ("at the end", "in the first half"). */
const PLACE_LEAD = /^(?:in|on|at|wearing|asleep|awake)\b(?!\s+(?:the\s+)?(?:end|start|beginning|first|last|close|middle|time|moment|same time|\d)\b)/i;

/** "I looked, says she hasn't done it": what is said after the clinician's own short act is the client's saying. */
const CLINICIAN_THEN_SAID = /^((?:Therapist|Clinician|This writer)\s+(?!said\b|asked\b)[a-z]+(?:\s+[^\s,;]+){0,3})(?:,\s+|\s+and\s+)(said|says|reported|reports|stated|states|denied|denies)\s+(?=she\b|he\b|they\b|it\b|that\b|no\b)/;
const isThirdPersonVerb = (w: string): boolean => !/(?:ss|us|is)$/.test(w) && verbForms(w)?.third === w;
const reported = (v: Voice): string => (v.tense === 'past' ? 'reported' : 'reports');
/** "Both were engaged", "Mom and dad were tearful": a plural subject takes "were". */
// ("Hands tremulous, diaphoretic": parts of the body named in the plural take "were".)
const beFor = (who: string, v: Voice): string => (/^(?:both|all|they|we|(?:the |other |several |two |three |some |most )?(?:parents|members|kids|children|siblings|partners|couple|family members|group members|peers|others|friends|roommates|grandparents|staff members|nurses|teachers))$|\sand\s|^(?:(?:her|his|their|both)\s+)?(?:hands|arms|legs|eyes|pupils|wrists|forearms|knuckles|lips|feet)$/i.test(who.trim()) ? (v.tense === 'past' ? 'were' : 'are') : v.tense === 'past' ? 'was' : 'is');
/** Acts seen in the room that the observation words also list: written as acts ("Client cried"), never "was cried". */
const SEEN_ACTS = /^(?:cried|smiled|laughed|sighed|fidgeted|yawned)$/;
const was = (v: Voice): string => (v.tense === 'past' ? 'was' : 'is');
const stated = (v: Voice): string => (v.tense === 'past' ? 'stated' : 'states');
/** A quotation that stands as the sentence's content opens with a capital: "Sometimes I wish ...". */
const capitalQuote = (q: string): string => q.replace(/^"([a-z])/, (_m, c: string) => `"${c.toUpperCase()}`);

/** A topic named with a copula (1: a determiner of its own): "Primary issue is ...", "Main concern today was ...". */
const TOPIC_NAMED = /^(the\s+|today's\s+|this\s+session's\s+)?(?:(?:main|primary|biggest|chief|presenting|major|current|central|key|top)\s+)?(?:issue|concern|problem|complaint|stressor|focus|topic|theme|worry|trigger)s?(?:\s+(?:today|this week|for today|for (?:the |this )?session))?(?:\s+(?:they|she|he|we)\s+(?:came in with|came in for|brought in|brought up))?\s+(?:is|was|are|were|has been|remains)\s+\S/i;
/** Completes a clause into a sentence in clinical voice, by its kind and subject. */
export function completeSentence(text: string, kind: FactKind, subject: Subject, v: Voice, speaker?: string): string {
  // ("Client was affect anxious": the affect is what was anxious.)
  // ("When the therapist asked everyone about safety Cole said ...": the question's clause ends with a comma before who answered.)
  // ("Client presented with mood stable": the mood is what was stable.)
  return alignReportingVerbs(completeClause(text, kind, subject, v, speaker), v).replace(REPORTED_BARE_AUXILIARY, (_m, lead: string, aux: string, not?: string) => `${lead}${not === 'never ' ? 'never ' : not || /n't$/i.test(aux) ? 'not ' : ''}${/^(?:is|was|isn)/i.test(aux) ? 'being' : 'having'} `).replace(THEY_CLIENT_VERB, (_m, who: string, verb: string) => `${who} ${SINGULAR_BE[verb.toLowerCase()] ?? verb}`).replace(THEY_CLIENT_AND_VERB, (_m, lead: string, verb: string) => `${lead}${SINGULAR_BE[verb.toLowerCase()] ?? verb}`).replace(RELATIVE_SAID_VERB, (m, lead: string, verb: string) => (isThirdPersonVerb(verb) ? `${lead} the ${v.client} ${verb}` : m)).replace(/^(Client|Patient) (was|is) (affect|mood) (?=[a-z])/, "$1's $3 $2 ").replace(/^(Client|Patient) presented with (affect|mood) (?=(?:stable|good|okay|ok|fine|better|improved|low|down|euthymic|bright|brighter|flat|anxious|depressed|irritable)\b|")/, (_m, who: string, what: string) => `${who}'s ${what} ${v.tense === 'past' ? 'was' : 'is'} `).replace(/^(When (?:the therapist|therapist|[A-Z][a-z]+) asked [^,.;"]{3,60}?)\s+(?=(?:[A-Z][a-z]+|she|he|they) (?:said|stated|reported|denied|admitted|answered|replied)\b)/, '$1, ').replace(LEADING_CONDITION, '$1, ').replace(/^(Client|Patient) reported ((?:primary|main|sole|full-time|only) (?:caregiver|caretaker))\b/, '$1 is the $2').replace(/^(Client|Patient) was ((?:her|his|their) (?:(?:primary|main|sole|full-time|only) )?(?:caregiver|caretaker|guardian))\b(?![^.;]*\b(?:for|until|till|before|during|since|years?|months?|died|passed)\b)/, '$1 is $2').replace(STATUS_THEN_SAID, (_m, status: string, verb: string) => `${status}; ${/^(?:client|patient)$/.test(v.client) ? `the ${v.client}` : v.client} ${verb} `).replace(CLINICIAN_THEN_SAID, (_m, act: string, verb: string) => `${act}; ${/^(?:client|patient)$/.test(v.client) ? `the ${v.client}` : v.client} ${setTense(verb, v.tense)} `);
}

/** A time in the session, then the client and a reporting verb: "Near end of session client disclosed". */
const TIME_THEN_CLIENT = /^((?:near|toward|towards|at|by|during|later in|early in|halfway through|midway through)\s+(?:the\s+)?(?:(?:very\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:session|sess|group|visit))\s*,?\s+(?:client|pt|patient)\s+(disclosed|discloses|reported|reports|said|says|shared|shares|stated|states|revealed|reveals|told the therapist|admitted|admits)\b/i;
/** "Client reported has not cut since 2021": a jotted auxiliary after "reported", with no subject, is said as a gerund ("not having cut"). */
const REPORTED_BARE_AUXILIARY = /^((?:Client|Patient) (?:reported|reports) )(has|have|had|hasn't|haven't|hadn't|is|was|isn't|wasn't) (not |never )?(?=[a-z]+\b)/;
/** Reporting verbs listed after the first ("denied X, denies Y") take the sentence's tense; quotations keep theirs. */
const LISTED_REPORTING_VERB = /((?:,\s*(?:and\s+|but\s+)?|\band\s+|\bbut\s+)(?:[A-Z][a-z]+\s+)?)(denies|reports|endorses|states|says|admits|describes|acknowledges|identifies)\b/g;
// ("..., both deny any physical aggression": a plural subject's reporting verb takes the tense too.)
// ("When the therapist asked directly he says ...": the answer to a question asked in session takes the question's tense.)
const ANSWER_AFTER_ASKED = /^(When (?:the therapist|this writer|the clinician|therapist)\s+asked\b[^.;"]{0,60}?,?\s+(?:she|he|they|[A-Z][a-z]+)\s+)(says|states|reports|denies|admits|endorses)\b/;
const PLURAL_REPORTING_VERB = /((?:^|,\s*(?:and\s+)?)(?:[Bb]oth|[Aa]ll|[Tt]hey)\s+)(deny|report|endorse|state|say|admit|describe|acknowledge)\b/g;
function alignReportingVerbs(sentence: string, v: Voice): string {
  if (v.tense === 'past') sentence = sentence.replace(ANSWER_AFTER_ASKED, (_m, lead: string, verb: string) => `${lead}${setTense(verb, 'past')}`);
  if (v.tense !== 'past' || (sentence.search(LISTED_REPORTING_VERB) < 0 && sentence.search(PLURAL_REPORTING_VERB) < 0)) return sentence;
  const { text, quotes } = protectQuotes(sentence);
  return restoreQuotes(text.replace(LISTED_REPORTING_VERB, (_m, lead: string, verb: string) => `${lead}${setTense(verb, 'past')}`).replace(PLURAL_REPORTING_VERB, (_m, lead: string, verb: string) => `${lead}${verbForms(verb)?.past ?? `${verb}d`}`), quotes);
}

/** Who the client is, opening a line: a visit's name or a title, a name, an age, then the rest. */
/** "Hard session.", "good but slow session": the clinician's word on the session itself. */
const SESSION_WORDS = '(?:hard|tough|difficult|heavy|rough|good|great|productive|intense|slow|emotional|painful|challenging|light|brief|short|quiet)';
const SESSION_JUDGMENT = new RegExp(`^(?:a\\s+|an\\s+|very\\s+|really\\s+)*(${SESSION_WORDS}(?:\\s+(?:but|and)\\s+${SESSION_WORDS})?)\\s+(session|sess|visit|call|group)$`, 'i');
// ("Their 16yo son Ethan cut his forearms": a possessive opening the line is whose, never a name.)
const ID_LINE = /^(?:(?:[Bb]rief\s+)?(?:[Ff]ollow-up|[Cc]heck-in|[Ss]ession|[Vv]isit)\s+(?:with\s+)?)?(?:(?:[Cc]lient|[Pp]atient)\s+)?((?:Officer|Deputy|Detective|Firefighter|Paramedic|Sgt\.?|Sergeant|Lt\.?|Lieutenant|Captain|Capt\.?|Chief|Dr\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)?((?!(?:Intake|Session|Visit|Group|Crisis|Telehealth|Follow|Check|Couples|Family|Individual|Walk|Burnout|Grief|Anxiety|Depression|Panic|Insomnia|Trauma|Stress|Pain|Bereavement|Postpartum|Perinatal|Caregiver|Their|His|Her|My|Our|Your|The)\b)[A-Z][a-z]+(?: [A-Z]\.?| [A-Z][a-z]+)?),?\s+(?:(?:he|she|they)(?:'s|\s+is|\s+are)\s+)?(\d{1,2}(?:-year-old(?:\s+(?:male|female|man|woman|boy|girl))?|\s*[MF]\b)?)(?:,\s*|\s+)(?!(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|minutes?|mins?|hours?|hrs?|times?|sessions?|am|pm|of|out|to|and|or|on|in|at|for)\b)(\S.*)$/;

/** ("They were engaged" of a client who uses they/them, written "Client were engaged"): "Client" takes a singular verb. */
const THEY_CLIENT_VERB = /^(Client|Patient) (were|are|have|do|haven't|don't|weren't|aren't)\b/;
/** ("Client had no plan and no intent and have not done anything"): the verb after "and" agrees with "Client" too. */
const THEY_CLIENT_AND_VERB = /^((?:Client|Patient) (?!and\b)[^.;"]*?\band )(have|haven't|were|weren't|are|aren't)(?= not\b| (?:[a-z]+ed|been|done|had|made|gone|taken|got|gotten)\b)/;
const SINGULAR_BE: Readonly<Record<string, string>> = { were: 'was', are: 'is', have: 'has', do: 'does', "haven't": "hasn't", "don't": "doesn't", "weren't": "wasn't", "aren't": "isn't" };

/** "reports attended church", "reports wrote 3 of 5 days": a reporting verb, then a past act (group 1). */
const REPORTED_ACT = String.raw`(?:reports|reported|states|stated|says|said)\s+([a-z]+ed|wrote|went|did|made|took|ran|ate|slept|drove|swam|rode|spoke)\b`;
const CLIENT_REPORTED_ACT = new RegExp(`^${REPORTED_ACT}`, 'i');
/** "Aisha reports wrote 3 of 5 days": a named person, then the same (group 2: the act). */
const NAMED_REPORTED_ACT = new RegExp(`^([A-Z][a-z]+)\\s+${REPORTED_ACT}`);
/** The base of an act reported ("attended", "wrote"), when it is an act of the client's own life ("reports increased anxiety" is a description). */
function actReported(past: string): string | undefined {
  const verb = past.toLowerCase();
  const forms = verbForms(verb);
  return forms && forms.past === verb && (CLIENT_ACTIVITIES.has(verb) || !/ed$/.test(verb)) && verb !== 'used' ? forms.base : undefined;
}

function completeClause(text: string, kind: FactKind, subject: Subject, v: Voice, speaker?: string): string {
  let t = text.trim();
  // ("However she disclosed her mother is pushing hard"): the connective leads the sentence written from the words after it.
  const connective = /^(however|nonetheless|nevertheless|that said|even so|notably|importantly|interestingly|meanwhile|additionally|furthermore|moreover|of note)\s*,?\s+(?=(?:she|he|they|client|pt|patient|[A-Z][a-z]+)\s+[a-z])/i.exec(t);
  if (connective) {
    const rest = finish(completeClause(t.slice(connective[0].length), kind, subject, v, speaker));
    return `${cap(connective[1]!.toLowerCase())}, ${/^(?:Client|Patient|The)\s/.test(rest) ? rest[0]!.toLowerCase() + rest.slice(1) : rest}`;
  }
  // ("Dr. Okafor notified 2:40", "Supervisor consulted": someone reached, named first without a doer, is said in the passive.)
  const reached = kind === 'intervention' ? /^(.+?)\s+(notified|contacted|called|paged|phoned|informed|consulted|updated|alerted|emailed|messaged)\b(?:\s+(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b))?/i.exec(t) : null;
  if (reached && CONTACTED_WITHOUT_DOER.test(t) && !/\b(?:was|were)\s*$/i.test(reached[1]!)) return finish(`${cap(reached[1]!)} ${v.tense === 'past' ? 'was' : 'is'} ${reached[2]!.toLowerCase()}${reached[0].length < t.length && /^\d/.test(t.slice(reached[0].length)) ? ' at ' : ''}${t.slice(reached[0].length)}`);
  // ("Near end of session pt disclosed that ...": when in the session, then the client and what they did, with a comma between.)
  const timed = TIME_THEN_CLIENT.exec(t);
  if (timed) return finish(`${cap(timed[1]!)}, ${/^(?:client|patient)$/.test(v.client) ? `the ${v.client}` : v.client} ${setTense(timed[2]!, v.tense)}${t.slice(timed[0].length)}`);
  // ("Pt cont IOP 3x/wk" in the plan): the client, then a verb in its base form, is what the client is to do.
  const clientTo = kind === 'plan' ? CLIENT_BEFORE_TO_DO.exec(t) : null;
  if (clientTo) return finish(`${clientStart(v)} to ${t.slice(clientTo[0].length)}`);
  const bodySeen = kind === 'observation' && subject === 'none' && !v.clientAbsent ? bodyStateSeen(t, v) : undefined;
  if (bodySeen) return finish(bodySeen);
  // ("Seen individually: Christian safe to go home tonight per him": the one named after the label is the one seen.)
  const seenNamed = /^(?:[Ss]een|[Ii]nterviewed|[Mm]et with)\s+(alone|individually|privately|separately|one[- ]on[- ]one|1:1)\s*:\s*([A-Z][a-z]+)\b[,:]?\s*(.*)$/.exec(t);
  if (seenNamed && subject !== 'therapist' && !/^(?:Client|Patient|Pt|Therapist)$/.test(seenNamed[2]!)) return finish(`${seenNamed[2]} ${was(v)} seen ${seenNamed[1]}${seenNamed[3] ? `: ${seenNamed[3]}` : ''}`);
  // ("Pt of note for this note: Mr. Kowalski (Stan, 71, ...)": in a group note, the member it is written for.)
  const ofNote = /^(?:pt|client|patient|member)\s+of\s+note(?:\s+for\s+this\s+note)?\s*:\s*(?=\S)/i.exec(t);
  if (ofNote) return finish(`Identified ${v.client}: ${t.slice(ofNote[0].length)}`);
  // ("Client is Kayla R., 20, in extended foster care": who the client is stays in the present, whatever the note's tense.)
  const whoIs = /^(?:client|patient|pt)\s+is\s+(?=(?:(?:Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.?|\s+[A-Z][a-z]+)?,\s+\d{1,2}\b)/i.exec(t);
  if (whoIs && (subject === 'client' || subject === 'none')) return finish(`${clientStart(v)} is ${t.slice(whoIs[0].length)}`);
  // ("pt himself not assessed for SI today d/t leaving early": what was not done with the client, never the client's report.)
  const notDoneWith = /^(?:(?:the\s+)?(?:client|patient|pt)\s+)?(?:(?:himself|herself|themself|themselves)\s+)?(?:was\s+|is\s+)?(not\s+(?:assessed|screened|asked|seen|evaluated|interviewed|able to be (?:assessed|seen|screened))\b.*)$/i.exec(t);
  if (notDoneWith && (subject === 'client' || subject === 'none') && !/^not\b/i.test(t)) return finish(`${clientStart(v)} ${was(v)} ${notDoneWith[1]}`);
  // ("Agreed I will write letter describing dx and tx only": what the clinician agreed to do is the clinician's, never the client's agreement.)
  const agreedToDo = /^agreed (?:that )?(?:I|the therapist|this writer) (?:will|would|'ll) (\S.*)$/i.exec(t);
  if (agreedToDo && subject === 'none') return finish(`${clinicianStart(v)} agreed to ${agreedToDo[1]}`);
  // ("her thinking is clear" seen in session: the finding in the note's tense.)
  const domainSeen = kind === 'observation' ? /^((?:her|his|their)\s+(?:thinking|thought process|speech|affect|insight|judgment|judgement|memory|attention|concentration|eye contact))\s+is\b/i.exec(t) : null;
  if (domainSeen) return finish(cap(`${domainSeen[1]} ${was(v)}${t.slice(domainSeen[0].length)}`));
  // ("New arrestee, 23F, told intake nurse she'd ...": the one newly arrived is the client, who is the one telling.)
  const newArrival = kind === 'report' || kind === 'risk' ? /^[Nn]ew (arrestee|inmate|admission|admit|referral|intake|resident|client|patient),?\s+(\d{1,3}-year-old (?:male|female|man|woman)),?\s+(\S.*)$/.exec(t) : null;
  if (newArrival) return finish(`${clientStart(v)}, a new ${newArrival[1]} (${newArrival[2]}), ${newArrival[3]}`);
  // ("CO Ramirez reports ate ~half of breakfast, refused lunch": a staff member named with their title tells what the client did.)
  // ("Mr. K reports sleep 'hit or miss'": the same for anyone named with a title, the one met in a call.)
  const staffTold = kind === 'report' || kind === 'observation' ? /^((?:CO|C\.O\.|Officer|Ofc\.?|Deputy|Dep\.?|Sgt\.?|Sergeant|Lt\.?|Lieutenant|Nurse|RN|LPN|Teacher|Coach|Staff|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Dr\.?)\s+[A-Z](?:[a-z]+|\.)?)\s+(?:reports|reported|says|said|states|stated|notes|noted)\s+(?:that\s+)?(\S.*)$/.exec(t) : null;
  if (staffTold && subject !== 'therapist') {
    const told = staffTold[2]!;
    const doneBy = /^(?:client|pt|patient|she|he|they|[A-Z][a-z]+)\b/.test(told) || !/^[a-z]+ed\b|^(?:ate|slept|refused|threw|hit|yelled|cried|banged|spent|sat|stood|went|took|told|said|made|kept|got|gave|lay|was|were|has|had|is|did)\b/.test(told) ? '' : `the ${v.client} `;
    return finish(`${staffTold[1]} ${reported(v)} ${doneBy}${told}`);
  }
  // ("left VM for Terrell at 4:40pm requesting call back": a message left, in the clinician's work or plan, is the clinician's.)
  if ((kind === 'intervention' || kind === 'plan') && subject === 'none' && LEFT_A_MESSAGE.test(t)) return finish(`${clinicianStart(v)} ${withTense(t, v)}`);
  // ("pills retrieved from glovebox by pt w/ me present and handed over for disposal": the means, what was done with them.)
  const meansDone = subject === 'none' ? /^(?:the\s+)?(pills|meds|medications|guns|firearms|knives|razors|blades|keys|ammunition|bottles)\s+(?:were\s+)?(?=(?:retrieved|removed|handed over|turned over|surrendered|collected|secured|locked up|disposed of|taken)\b)/i.exec(t) : null;
  if (meansDone) return finish(`${cap(meansDone[1]!.toLowerCase())} were ${toThirdPerson(t.slice(meansDone[0].length), v)}`);
  // ("Legacy letter to granddaughter discussed": a topic taken up, said with its "was".)
  const topicDone = kind === 'intervention' && subject === 'none' ? /^((?!(?:no|not|never)\b)[A-Za-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,6})\s+(discussed|explored|processed|addressed|introduced)$/.exec(t) : null;
  if (topicDone && !topicDone[1]!.split(/\s+/).some((w) => isFiniteVerb(w.toLowerCase()))) return finish(`${cap(topicDone[1]!)} ${was(v)} ${topicDone[2]}`);
  // ("Never attempted.", jotted after suicidal thoughts: no suicide attempt in the client's life, said in full.)
  if ((kind === 'report' || kind === 'risk') && /^never (?:attempted|attempted suicide|made an attempt)$/i.test(t)) return finish(`${clientStart(v)} ${reported(v)} no prior suicide attempts`);
  // ("Observed play: Arjun played 'baby' with dolls": what the clinician watched, under its label.)
  const observedLabel = /^[Oo]bserved ([a-z][a-z -]{1,30}):\s*(\S.*)$/.exec(t);
  if (observedLabel && subject !== 'client') return finish(`${clinicianStart(v)} observed ${observedLabel[1]}: ${observedLabel[2]}`);
  // ("Screened given new SSRI - he denied any suicidal thoughts": why the screen was given, then its answer.)
  const screenedGiven = /^(?:I\s+)?screened\s+given\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?([^,;:]{3,60}?)\s*[,;:]\s*(\S.*)$/i.exec(t);
  if (screenedGiven) return finish(`Given the ${screenedGiven[1]}, ${clinicianMid(v)} screened for suicidality; ${toThirdPerson(screenedGiven[2]!, v)}`);
  // ("From my office pt called Veterans Crisis Line": where it happened, then the client and what the client did.)
  const placeThenClient = /^((?:from|in|at)\s+(?:the|my|his|her|their)\s+(?:office|room|car|home|house|kitchen|school|hallway|lobby|unit))\s+(?:client|pt|patient)\s+(?=[a-z])(\S.*)$/i.exec(t);
  if (placeThenClient) {
    const inner = completeClause(`client ${placeThenClient[2]}`, kind, 'client', v, speaker);
    return `${cap(toThirdPerson(placeThenClient[1]!, v))}, ${inner[0]!.toLowerCase()}${inner.slice(1)}`;
  }
  // ("Pt next appt 3/14 as scheduled": the next appointment is the plan's own line, with no subject.)
  if (kind === 'plan' && /^(?:client|patient|pt)(?:'s)?\s+next\s+[a-z]/i.test(t)) return completeClause(cap(t.replace(/^\S+\s+/, '')), kind, 'none', v, speaker);
  // "Ada asked privately at end - denies SI": a person asked privately is the one asked, then what they answered.
  const askedWho = /^((?!(?:When|If|After|Once|As|Then|Also|Later|Initially|Finally|Before|Until|While)\b)[A-Z][a-z]+|client|pt|patient|teen|child)\s+asked\s+(privately|directly|separately|alone|individually|again)\b([^,:;-]*?)\s*(?:[,:;]|\s-)\s*(\S.*)$/.exec(t);
  // ("Pt asked again about MAID, states ...": asking again about what they want is the client's own question; asked again about a screening topic, they were asked.)
  if (askedWho && !(askedWho[2]!.toLowerCase() === 'again' && /^\s*(?:about|for|re|regarding)\s+(?!(?:any\s+)?(?:safety|suicidal|suicide|self-harm|SI|HI|thoughts of|substance|drugs?|alcohol|use|abuse|violence|weapons?|firearms?|guns?|risk|mood|sleep|symptoms|hallucinations|voices)\b)/i.test(askedWho[3]!))) return finish(`${cap(askedWho[1]!.replace(/^(?:pt|patient)$/i, v.client))} ${was(v)} asked ${askedWho[2]}${askedWho[3]}; ${/^(?:denies|endorses|reports|states|says)\b/i.test(askedWho[4]!) ? setTense(firstWord(askedWho[4]!), v.tense) + askedWho[4]!.slice(firstWord(askedWho[4]!).length) : askedWho[4]}`);
  // "Sofia M, 27, self referred via platform": who the client is, opening an intake's list, never a report.
  // ("Brief f/u pt Hal 70-year-old male CRPS R hand, mood improved", "Officer Dale Kowalski, 41, 16 yrs PD": the same, after a visit's
  // name or a title; with a title, whatever subject the reader gave it.)
  const idLine = ID_LINE.exec(t);
  // (A bare number after two capitalised words is no age without a title, a visit or "client" before it: "On Section 8 waitlist".)
  const identified = !!idLine && (!/^\d+$/.test(idLine[3]!) || !!idLine[1] || /^,?\s*\d{1,2}\s+(?:brought|referred|presenting|presented|seen|walked|came|arrived|transported|escorted)\b/.test(t.slice(idLine[2]!.length)) || /^\s*(?:he|she|they)(?:'s|\s+is|\s+are)\s+\d/.test(t.slice(idLine[2]!.length)) || /^(?:(?:[Bb]rief\s+)?(?:[Ff]ollow-up|[Cc]heck-in|[Ss]ession|[Vv]isit)|[Cc]lient|[Pp]atient)\s/.test(t) || (t.startsWith(idLine[2]!) && /^,\s*\d+,/.test(t.slice(idLine[2]!.length)))) && !/^(?:On|In|At|For|With|The|This|That|From|To|By|After|Before|During|Since|Per|And|But|So|Then|Now|Today|Still|Also|Not|No)$/.test(idLine[2]!.split(' ')[0]!);
  // ("Caller Jim, 58, says he has a shotgun": who the client is, then what they said, is one sentence with its verb.)
  const idSaid = idLine && identified && !idLine[1] && /^(?:says|said|reports|reported|states|stated|tells|told|denies|denied|endorses|endorsed)\b/.test(idLine[4]!) && (subject === 'none' || subject === 'client');
  if (idSaid) {
    const inner = completeClause(`client ${idLine[4]}`, kind, 'client', v, speaker);
    if (/^(?:Client|Patient)\s/.test(inner)) return inner.replace(/^(Client|Patient)\b/, `$1 (${idLine[2]!.replace(/^Caller\s+/, '')}, ${idLine[3]})`);
  }
  if (idLine && identified && (subject === 'none' || subject === 'client' || idLine[1])) {
    const age = idLine[3]!.replace(/^(\d+)\s*([MF])$/, (_m, n: string, sex: string) => `${n}-year-old ${sex === 'M' ? 'male' : 'female'}`);
    return finish(/year-old/.test(age) ? `Client is ${idLine[1] ?? ''}${idLine[2]}, ${anAge(age)} ${age}; ${idLine[4]}` : `Client: ${idLine[1] ?? ''}${idLine[2]}, ${age}; ${idLine[4]}`);
  }
  // "Derek, Marine vet, 33": a name, who they are and an age, alone on a line, is who the client is, never a report.
  // ("Arthur Bellweather 78" alone on the first line: the same, with no description.)
  const described = /^((?:(?:Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][a-z]+(?: [A-Z][a-z]+| [A-Z]\.?)?)(?:,\s+([A-Za-z][^,.;:"]{2,40}),)?,?\s+(\d{1,2})(?:\s*(?:yo|y\/o|years? old|-year-old))?\s*$/.exec(t);
  if (described && (subject === 'none' || subject === 'client' || subject === 'other') && !/\b(?:said|says|reported|denied|is|was)\b/.test(described[2] ?? '') && !/^(?:Session|Week|Day|Group|Module|Step|Room|Unit|Level|Phase)\b/.test(described[1]!)) return finish(`Client: ${described[1]}, ${described[2] ? `${described[2]}, ` : ''}${described[3]}`);
  // "started SUDs 7 VOC 3", "ended SUDs 2": the ratings at the start or the end of the work, never the client starting something.
  const rated = /^(?:(?:client|pt|he|she|they)\s+)?(started|starting|began|ended|ending|finished)\s+(?:at\s+)?(?=(?:SUDs?|subjective units|VOC|validity of cognition)\b)/i.exec(t);
  if (rated) return finish(`At the ${/^(?:start|began)/i.test(rated[1]!) ? 'start' : 'end'}, ${t.slice(rated[0].length)}`);
  // "NC I'm going to die", "PC I survived and I'm safe now": the cognition in the client's words, under its name.
  const cognition = /^(?:NC|PC|negative cognition|positive cognition)\s*[:=-]?\s*(?=(?:I|I'm|I'll|I've|my)\b)/i.exec(t);
  if (cognition && !t.includes('"')) return finish(`${/^(?:NC|negative)/i.test(cognition[0]) ? 'Negative' : 'Positive'} cognition: "${t.slice(cognition[0].length).replace(/\s*[.;]\s*$/, '')}"`);
  // "Pts: Derek + Shonda Mills" (read "Clients: ..."): who was in the session, kept under its label.
  if (/^(?:clients|participants|patients|members|present|attendees|attending)\s*:\s*\S/i.test(t)) return finish(cap(toThirdPerson(t, v)));
  // "alone J disclosed mom's bf hits him": seen alone, the one who then told leads what they told.
  // "Alone w/ me in play therapy Ava used the dollhouse": when the client was alone with the clinician, then what the child did.
  const aloneWith = /^(alone\s+(?:w\/|with)\s+(?:me|the therapist|this writer|the clinician)(?:\s+(?:in|during)\s+[a-z -]{3,30}?)?)\s*,?\s+(?=[A-Z][a-z]+\s+[a-z]+(?:ed|ew|ook|aid|old|ame)\b)/i.exec(t);
  if (aloneWith) return finish(`${cap(toThirdPerson(aloneWith[1]!, v))}, ${toThirdPerson(t.slice(aloneWith[0].length), v)}`);
  const aloneLead = /^(?:alone|privately|separately|individually|one[- ]on[- ]one)\s*,?\s+(?=(?:[A-Z][a-z]*|she|he|they)\s+(?:disclosed|said|reported|told|shared|admitted|denied|described|stated)\b)/i.exec(t);
  if (aloneLead) return finish(`When seen ${aloneLead[0].trim().replace(/,$/, '').toLowerCase()}, ${toThirdPerson(t.slice(aloneLead[0].length), v)}`);
  // 'Stuck point still "I should have seen the IED"': the belief named, then its words, said as a sentence.
  const belief = /^(?:the\s+)?(stuck point|core belief|negative cognition|positive cognition|NC|belief)\s+(?:is\s+|was\s+)?(still\s+)?(?=")/i.exec(t);
  if (belief && /^"[^"]*"\s*[.;]?\s*$/.test(t.slice(belief[0].length))) return finish(`The ${belief[1]!.replace(/^NC$/, 'negative cognition').toLowerCase()} ${was(v)} ${belief[2] ? 'still ' : ''}${t.slice(belief[0].length)}`);
  // "For herself - denies SI": after another person's risk, what follows is the client's own, said with its subject.
  const forSelf = /^for (herself|himself|themselves|themself)\s*[:,-]\s*(?=[a-z])/i.exec(t);
  if (forSelf) return `For ${forSelf[1]!.toLowerCase()}, ${lowerLead(completeClause(t.slice(forSelf[0].length), kind, 'client', v, speaker)).replace(/^(?:Client|Patient)\b/, (w) => w.toLowerCase())}`;
  // "Mostly about her 16yo son Luis": what the session was about, never a report.
  if (/^(?:mostly|mainly|largely|primarily|almost entirely)\s+(?:about|on|focused on)\s/i.test(t) && (kind === 'report' || kind === 'intervention')) return finish(`Session ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1).replace(/,\s+(?=(?:she|he|they)\s)/, '; ')}`);
  // "per mobile crisis, transported to the ED": the source leads what it told, which is voiced on its own.
  const source = PER_SOURCE_LEAD.exec(t);
  // ("Per supervisor decision, cousin (Eddie V) notified": a word lower case in the summary stays lower case after the source.)
  // ("Per CPS records, one incident at age 9 ...": what a record holds is told as it stands, never as the client's report.)
  const fromRecord = source && /\b(?:records?|chart|file|referral|paperwork|notes?|discharge summary)\s*$/i.test(source[1]!) ? t.slice(source[0].length) : undefined;
  if (fromRecord && /^(?:one|two|three|\d+|an?|prior|previous|multiple|several|history|hx|no|none)\b/i.test(fromRecord)) return finish(`Per ${source![1]}, ${fromRecord}`);
  if (source && !PER_OTHER_SOURCE_FIRST.test(t)) return `Per ${source[1]}, ${lowerLead(completeClause(t.slice(source[0].length), kind, subject, v, speaker)).replace(/^(?:Client|Patient|Student|Therapist|Clinician|The|This|A|An)\b/, (w) => w.toLowerCase()).replace(/^[A-Z](?=[a-z])/, (c) => (/^[a-z]/.test(t.slice(source[0].length)) ? c.toLowerCase() : c))}`;
  // "Did not leave her alone": in a crisis, the client kept in sight.
  // "saw Zoe alone 15 min first: consistent story, ...": the clinician saw them alone (a sentence of its
  // own); what follows is what was heard or seen there, with no doer named.
  const alone = SEEN_ALONE.exec(t);
  if (alone && subject !== 'therapist' && subject !== 'joint') {
    const rest = /^([^,:;]*?)\s*[,:;]\s*(\S.*)$/.exec(t.slice(alone[0].length));
    const seen = finish(`${clinicianStart(v)} ${withTense(rest ? alone[0] + rest[1] : t, v)}`.replace(/\b(alone|individually|privately|separately)\s+(\d+\s+(?:minutes?|min))\b/, '$1 for $2'));
    // ("Interviewed S separately x 10 min: S denies IPV": what was said there takes the note's tense.)
    // (What was said there keeps no clinician's "me": "agreed to call me" is "agreed to call the therapist".)
    // ("saw Joe 1:1 after group (15 min): denied SI, intent, plan": the one seen is the one who answered.)
    const seenName = /\b(?:saw|seen|met with|interviewed|checked in with)\s+([A-Z][a-z]+)\b/.exec(alone[0] + (rest?.[1] ?? ''))?.[1];
    if (rest && seenName && !/^(?:Client|Patient|Pt|Him|Her|Them)$/.test(seenName) && /^(?:denied|denies|reported|reports|endorsed|endorses|said|says|stated|states|admitted|admits)\b/i.test(rest[2]!)) rest[2] = `${seenName} ${rest[2]![0]!.toLowerCase()}${rest[2]!.slice(1)}`;
    return rest ? `${seen} ${finish(cap(rest[2]!.replace(/^((?:[A-Z][a-z]+|she|he|they)\s+)(denies|reports|says|states|admits|endorses|describes)\b/i, (_m, who: string, verb: string) => `${who}${setTense(verb.toLowerCase(), v.tense)}`).replace(/\b(call|text|email|contact|reach|tell|see|message|page)\s+me\b/gi, (_m, verb: string) => `${verb} ${clinicianMid(v)}`)))}` : seen;
  }
  // "Nephew Curtis present on pt's side to help": who else was in the session, never something the client reported.
  const present = kind === 'report' || kind === 'observation' ? SOMEONE_PRESENT.exec(t) : null;
  // ("Dad not present, lives separately": someone absent is said so, "was not present".)
  if (present) return finish(/^\s*(?:not\s+)?present\b/i.test(t.slice(present[1]!.length)) ? `${cap(present[1]!)} ${v.tense === 'past' ? 'was' : 'is'} ${t.slice(present[1]!.length).trim()}` : cap(t));
  const kept = KEPT_IN_SIGHT.exec(t);
  // ("did not leave pt alone, consulted Dr. W, called sister": the acts after the comma are the clinician's too.)
  const actsAfter = kept ? /^\s*[,;]\s*(?:and\s+)?(?=[a-z]+ed\b)/.exec(t.slice(kept[0].length)) : null;
  if (kept && actsAfter) return `${finish(`${clientStart(v)} ${was(v)} not left alone`)} ${finish(clinicianDid(t.slice(kept[0].length + actsAfter[0].length), v))}`;
  if (kept) return finish(`${clientStart(v)} ${was(v)} not left alone${t.slice(kept[0].length)}`);
  // "Student Aaliyah R (14, 8th gr)": who the client is, not something the client reported.
  const named = /^(?:student|child|youth|teen|client|patient|pt)\s+([A-Z][a-z]+(?:\s+[A-Z]\.?)?\s*\(\d{1,2}\b.*)$/i.exec(t);
  if (named && subject === 'none') return finish(`Client: ${named[1]}`);
  // "Guns in home?": the clinician's jotted question, never something the client reported.
  // ("discuss unit rotation w/ lieutenant?": a step jotted as a question is a step weighed, never "asked about discuss".)
  if (subject === 'none' && /^(?:discuss|talk|try|start|ask|tell|consider|join|apply|request|switch|move|return|go|schedule|increase|add|refer|call|contact|disclose|change|use|take)\s+[^"?]{3,60}\?$/i.test(t)) return finish(`Explored whether to ${t.slice(0, -1).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`);
  // ("Protective: roommate? (pt says moving out)": a labelled item the clinician doubts stays as jotted, never "Asked about".)
  if (subject === 'none' && /^[^"?]{3,60}\?$/.test(t) && !/^[A-Za-z][a-z ]{1,24}:\s/.test(t) && !/^(?:what|how|why|when|where|who|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b/i.test(t)) return finish(`Asked about ${t.slice(0, -1).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`);
  // "Parents given 988 + mobile crisis #": a jotted passive gets its "were".
  if (subject === 'none' && givenBare(t)) t = `client ${t.trim().replace(/^Given\b/, 'given')}`;
  // ("Failed FET last wk (euploid embryo)": a procedure that failed, never a client who did.)
  const failedProcedure = subject === 'none' ? FAILED_PROCEDURE.exec(t.trim()) : null;
  if (failedProcedure) return finish(`The ${failedProcedure[1]}${failedProcedure[2]} was unsuccessful${failedProcedure[3]}`);
  const given = GIVEN_TO.exec(t)?.[1];
  const afterGiven = given ? t.slice(given.length).trim() : '';
  if (given && !/^(?:were|was)\b/i.test(afterGiven)) t = `${given} ${/s$|^both$|\sand\s|&/i.test(given) ? (v.tense === 'past' ? 'were' : 'are') : was(v)} ${afterGiven}`;
  if (subject === 'therapist') {
    // "I asked directly - thoughts of hurting him 'crossed my mind'": the answer is the client's.
    const asked = /^(?:I|therapist|clinician)\s+asked\s+(directly|about [^:;"-]{1,40}?|regarding [^:;"-]{1,40}?)\s*(?::|\s-\s|,)\s*(?!(?:and|but)\b)(.+)$/i.exec(t);
    // ("I asked he said he's not gonna actually do it": dictation's question with no object, then the answer.)
    const askedBare = /^(?:I|therapist|clinician)\s+asked\s*,?\s+(she|he|they)\s+(said|says|stated|states|answered|replied|denied|denies)\s+(.+)$/i.exec(t);
    if (askedBare) return finish(`When asked, ${askedBare[1]!.toLowerCase()} ${setTense(askedBare[2]!.toLowerCase(), v.tense)} ${askedBare[3]}`);
    // (Without the client in the room, the one asked is the one the clinician met: "she", as the summary says.)
    const answerer = v.clientAbsent ? (/^(she|he|they)\s+(?:says|said|reports|reported)\b/i.exec(asked?.[2] ?? '')?.[1]?.toLowerCase() ?? (v.company && /^the (?:mother|father|parent|grandmother|grandfather|guardian|caregiver)$/.test(v.company) ? v.company : 'the parent')) : v.client;
    // ("asked directly: the father says no plan": the relative the reader named answers.)
    const relativeAnswer = asked ? /^(the (?:mother|father|stepfather|stepmother|grandmother|grandfather|husband|wife|partner))\s+(?:says|said|reports|reported)\s+/i.exec(asked[2]!) : null;
    if (asked && relativeAnswer) return finish(`When asked ${asked[1]}, ${relativeAnswer[1]} ${reported(v)} ${toThirdPerson(asked[2]!.slice(relativeAnswer[0].length), v)}`);
    // ("I asked directly - he described thoughts of not waking up": the answer's own verb, never "reported he described".)
    const answeredWith = asked ? /^(?:she|he|they|client|pt)\s+(described|describes|denied|denies|endorsed|endorses|acknowledged|acknowledges|admitted|admits)\s+(.+)$/i.exec(asked[2]!) : null;
    if (asked && answeredWith) return finish(`When asked ${asked[1]}, ${answerer} ${setTense(answeredWith[1]!.toLowerCase(), v.tense)} ${toThirdPerson(answeredWith[2]!, v)}`);
    if (asked) return finish(`When asked ${asked[1]}, ${answerer} ${reported(v)} ${toThirdPerson(asked[2]!.replace(/^(?:she|he|they|client|pt)\s+(?:says|said|reports|reported)\s+/i, ''), v)}`);
    // "With Jaylen present called Tyler's mother": the presence first, then the clinician's call.
    const present = PRESENT_THEN_CALLED.exec(t);
    if (present) return finish(`${cap(present[1]!)}, ${v.clinician} ${withTense(t.slice(present[0].length), v)}`);
    // "Facilitator reviewed overdose risk": the group's clinician keeps the word the note used.
    if (/^(?:co-?)?facilitators?\b|^(?:group|co) leaders?\b/i.test(t)) return finish(cap(t));
    // ("I think she is habituating between sessions", "I feel like he is more open this week": the clinician's view of the
    // client, said as the impression it is, never "Therapist thinks".)
    const impression = /^(?:I|therapist)\s+(?:think|believe|feel like|suspect|sense)\s+(?:that\s+)?(?=(?:she|he|they|the client|client|the couple|the family|both|[A-Z][a-z]+)(?:'s|\s+(?:is|was|are|were|has|had|seems|seemed|appears|appeared|may|might|could|will|would|can|needs|remains|continues|'s)\b))/.exec(t);
    if (impression && !/^(?:I|Therapist)$/.test(t.slice(impression[0].length).split(/\s/)[0]!)) return finish(`${impressionLead(v)}${toThirdPerson(t.slice(impression[0].length), v)}`);
    // "I think I pushed too fast": a doubt about the clinician's own act, said as a doubt.
    const doubt = DOUBT_AT_START.exec(t);
    if (doubt) return finish(`${clinicianStart(v)} may have ${doubt[1] === 'was' ? 'been' : doubt[1]}${toThirdPerson(t.slice(doubt[0].length), v)}`);
    // "I am going to consult", "I'm calling": the clinician's verb agrees with "Therapist".
    t = t.replace(/^(I|therapist|clinician|this writer|writer|we)\b\s*/i, '');
    // "I'm going to consult my supervisor": what the clinician will do stays ahead of the note.
    const future = /^(?:am|'m|is)\s+(?:going to|gonna)\s+/i.exec(t);
    if (future) return finish(`${clinicianStart(v)} will ${toThirdPerson(t.slice(future[0].length), v)}`);
    // ("I'm also sending a note to her PCP": what the clinician is about to do, the same.)
    const aboutTo = /^(?:am|'m)\s+((?:also|still)\s+)?([a-z]+ing)\b/i.exec(t);
    const aboutToDo = aboutTo ? CLINICIAN_ABOUT_TO[aboutTo[2]!.toLowerCase()] : undefined;
    if (aboutTo && aboutToDo) return finish(`${clinicianStart(v)} will ${aboutTo[1] ?? ''}${aboutToDo}${toThirdPerson(t.slice(aboutTo[0].length), v)}`);
    t = t.replace(/^(?:am|'m)\b\s*/i, 'is ').replace(/^have\b/i, 'has');
    // ("I believe him, low risk for HI": the clinician's own view, in the present, agrees with "Therapist".)
    // ("I need to call mom today", "I want to rule out ...": what the clinician has to do, in the present, agrees too.)
    const view = /^(think|believe|feel|suspect|wonder|doubt|agree|know|worry|hope|suspect|need|want|plan)(?=\s+to\b|\b(?!\s+to\b))/i.exec(t);
    if (view) return finish(`${clinicianStart(v)} ${verbForms(view[1]!.toLowerCase())?.third ?? `${view[1]}s`}${toThirdPerson(t.slice(view[0].length), v)}`);
    return finish(`${clinicianStart(v)} ${withTense(toThirdPerson(t, v), v)}`);
  }
  // "Keisha alone: ... did danger assessment with her": in a couples or family session, work "with her" is with one person, not the couple.
  if (subject === 'joint' && v.company && !/^(?:we|together)\b/i.test(t) && /\bwith (?:her|him)\b/i.test(t)) return finish(`${clinicianStart(v)} ${withTense(toThirdPerson(t, v), v)}`);
  // ("discussed w/ her": with nothing named, what was discussed is "this", with the client.)
  const bare = subject === 'joint' ? /^(?:we\s+)?(discussed|talked|processed|reviewed)\s+(?:with|w\/)\s+(?:her|him|them)\s*$/i.exec(t) : null;
  if (bare) return finish(`${clinicianStart(v)} ${setTense(bare[1]!.toLowerCase(), v.tense)} ${/^talked$/i.test(bare[1]!) ? 'it through' : 'this'} with ${v.company ?? v.client}`);
  // ("did the CSTAG with the team and we rated it ...", "we called dad"): with a team at work, the team's acts are theirs.
  if (subject === 'joint' && v.team && /^we\s/i.test(t) && TEAM_ACT.test(t.slice(2))) return finish(`${clinicianStart(v)} and the team ${withTense(toThirdPerson(t.slice(3), v), v)}`);
  if (subject === 'joint') {
    t = t.replace(/^(we|together)\b\s*/i, '');
    // ("we normalized it", "we validated her frustration": what is done to the client is the clinician's alone.)
    if (DONE_TO_CLIENT.test(t)) return finish(`${clinicianStart(v)} ${withTense(toThirdPerson(t, v), v)}`);
    // "called the pharmacy with him" -> "Therapist and client called the pharmacy together".
    if (!/^\s*\S+\s+.*\btogether\b/i.test(t)) t = t.replace(WITH_CLIENT, 'together');
    else t = t.replace(/\s*\bwith (?:him|her|them)\b/i, '');
    return finish(`${cap(v.clinician)} and ${withWhom(t, v)} ${withTense(toThirdPerson(t, v), v, true)}`);
  }
  t = toThirdPerson(t, v);
  // "pts practiced ACCEPTS w/ role play": the clients of a group are its members, never "Client clients".
  const plural = subject === 'client' ? /^clients\s+(?=[a-z])/i.exec(t) : null;
  if (plural) return finish(`${v.company === 'the group' ? 'Members' : 'Clients'} ${withTense(t.slice(plural[0].length), v)}`);
  if (subject === 'client' || subject === 'pronoun') {
    // ("he'd been dry since he was four": the contraction is written out, so the pronoun stands alone before its verb.)
    t = t.replace(/^(she|he|they)['’]d(?=\s+(?:been|gone|had|done|seen|[a-z]+ed|[a-z]+en)\b)/i, '$1 had').replace(/^(she|he|they)['’]d\b/i, '$1 would').replace(/^(she|he)['’]s(?=\s+(?:been|gone|had|done|got|gotten)\b)/i, '$1 has').replace(/^(she|he)['’]s\b/i, '$1 is').replace(/^they['’]re\b/i, 'they are').replace(/^they['’]ve\b/i, 'they have').replace(/^(she|he|they)['’]ll\b/i, '$1 will');
    // A pronoun whose person the summary leaves open stays that pronoun.
    const who = subject === 'pronoun' ? cap(firstWord(t).replace(/['’].*$/, '')) : clientStart(v);
    // "he's not drinking he says": the attribution jotted after the words leads the sentence.
    const tagged = /^(she|he|they)\s+(.+?),?\s+(?:she|he|they)\s+(?:says|said|reports|reported|claims|claimed)$/i.exec(t);
    if (tagged && !/"/.test(t)) return finish(`${who} ${reported(v)} that ${tagged[1]!.toLowerCase()} ${tagged[2]}`);
    // "client herself denies SI": the emphatic reflexive adds nothing to a note.
    const rest = t.replace(/^(client|patient|she|he|they)\b(?!['’])\s*/i, '').replace(/^(herself|himself|themself|themselves)\b\s*/i, '');
    // ("He has not been sleeping well either", told by the mother in a parent-only session: the client was not there to say it.)
    // (Only a pronoun of the other sex from the one parent present: "she" in a session with the mother may be the mother.)
    if (v.clientAbsent && kind === 'report' && ((v.company === 'the mother' && /^he\s/i.test(t)) || (v.company === 'the father' && /^she\s/i.test(t))) && !/\b(?:said|says|told|reported|reports|stated|states)\b/i.test(rest)) return finish(`${cap(v.company)} ${reported(v)} that ${v.client === 'client' || v.client === 'patient' ? `the ${v.client}` : v.client} ${rest}`);
    // ("Pt lying on bunk in smock", seen: what the client was doing when seen, with its "was".)
    if (kind === 'observation' && /^(?:lying|laying|sitting|standing|pacing|rocking|huddled|crouched|staring|mumbling|talking to|banging|yelling|screaming|crying|sleeping|asleep|curled)\b/.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // "pt and mom staying at grandma's tonight": the client and another together are the subject, never what the client reported.
    const together = /^(?:and|&|\+)\s+((?:(?:her|his|their)\s+)?[a-z]+)\s+(?=(\w+ing)\b)/i.exec(rest);
    if (together && !isFiniteVerb(together[1]!.toLowerCase())) return finish(`${clientStart(v)} and ${together[1]} ${v.tense === 'past' ? 'were' : 'are'} ${rest.slice(together[0].length)}`);
    // ("pt and mom both have 988": the client and another, then what they both have or did.)
    const both = /^(?:and|&|\+)\s+((?:(?:her|his|their)\s+)?(?:mom|mother|dad|father|parents?|partner|wife|husband|sister|brother|roommate|grandmother|grandfather|boyfriend|girlfriend))\s+(?=(?:both\s+)?(?:have|has|had|are|were|agreed|know|knew|signed|said|went|came|attended)\b)/i.exec(rest);
    if (both && subject === 'client') return finish(`${clientStart(v)} and ${PARENT_WORD[both[1]!.toLowerCase()] ?? both[1]} ${rest.slice(both[0].length).replace(/^(both\s+)?has\b/i, '$1have')}`);
    // "pt aware and in agreement": the client's stance, said with its verb.
    // ("pt passive, agreed to ECT consult": how the client was, never passive ideation.)
    if (STANCE_OR_AGREEMENT.test(rest)) return finish(`${who} ${subject === 'pronoun' && /^they$/i.test(who) ? (v.tense === 'past' ? 'were' : 'are') : was(v)} ${rest}`);
    const w = firstWord(rest);
    // "Pt restricting per parents": what another reports the client doing is theirs to have said, never the client's report.
    const doingPerOther = subject === 'client' && /^[a-z]+ing\b/.test(rest) && !EMOTIONS.has(w) ? PER_OTHER_SOURCE.exec(rest) : null;
    // ("Pt himself doing ok per Karen, went to senior center 2x": the one named after "per" told all of it.)
    const perNamed = subject === 'client' && !doingPerOther && /^(?:(?:him|her|them)sel(?:f|ves)\s+)?[a-z]+ing\b/.test(rest) && !EMOTIONS.has(w) ? /\s*\bper\s+([A-Z][a-z]+)\b(?=\s*(?:,|$))/.exec(rest) : null;
    if (perNamed && !/^(?:Client|Patient|Pt)$/.test(perNamed[1]!)) return finish(`${perNamed[1]} ${reported(v)} that ${/^(?:client|patient)$/.test(v.client) ? `the ${v.client}` : v.client} ${v.tense === 'past' ? 'has been' : 'is'} ${rest.slice(0, perNamed.index).replace(/^(?:him|her|them)sel(?:f|ves)\s+/, '')}${rest.slice(perNamed.index + perNamed[0].length)}`);
    if (doingPerOther) return finish(`${cap(doingPerOther[1]!)} ${reported(v)} that ${/^(?:client|patient)$/.test(v.client) ? `the ${v.client}` : v.client} ${v.tense === 'past' ? 'has been' : 'is'} ${rest.slice(0, doingPerOther.index)}`);
    // "pt in smock, ate bfast per CO": what another saw of the client, per them.
    const perSeen = PLACE_LEAD.test(rest) ? PER_OTHER_SOURCE.exec(rest) : null;
    if (perSeen) return finish(`Per ${perSeen[1]}, ${v.client} ${was(v)} ${rest.slice(0, perSeen.index)}`);
    // "Pt on porch, tearful, A&Ox4": where the client was found, with how they were, is seen, never reported.
    if (/^(?:on|in|at)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:(?:front|back|side)\s+)?(?:porch|steps|stairs|floor|couch|bed|bathroom|kitchen|lobby|waiting room|car|truck|curb|sidewalk|bench|yard|driveway|bedroom|room)\b/i.test(rest) && /,\s*(?:[a-z-]+\s+)?(?:tearful|crying|calm|agitated|guarded|cooperative|disheveled|alert|intoxicated|pacing|quiet|withdrawn|anxious|shaking|shaky)\b/i.test(rest)) return finish(`${clientStart(v)} ${was(v)} ${rest}`);
    // ("pt in car in work parking lot for session": where the client was for a remote session is where they were, never a report.)
    if (/^(?:in|at)\s+(?:(?:the|her|his|their|a|my)\s+)?[a-z]+(?:\s+[a-z]+){0,5}\s+for\s+(?:the\s+)?(?:session|call|visit|video|telehealth)\b/i.test(rest) && PLACE_LEAD.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // ("Pt yesterday endorsed SI ...": a day between the client and the act leads the sentence; the act stays the client's.)
    const dayFirst = /^(yesterday|last night|this morning|earlier today|over the weekend|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|afternoon|evening))?)\s+([a-z]+)\b/i.exec(rest);
    if (dayFirst && looksLikePastVerb(dayFirst[2]!) && !/^(?:was|were|had|did)$/i.test(dayFirst[2]!)) return finish(`${cap(dayFirst[1]!.replace(/^(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i, 'on '))}, ${subject === 'pronoun' ? firstWord(t).toLowerCase() : v.client} ${rest.slice(dayFirst[1]!.length).trim()}`);
    // ("Pt on probation, meets PO monthly", "pt on sertraline 50mg": a lasting status or a medication the client is on,
    // said with its verb in the present, never "Client reported on probation".)
    if (/^on\s+(?:(?:court-ordered\s+|federal\s+|state\s+|informal\s+|formal\s+)?(?:probation|parole)|(?:medical\s+|maternity\s+|paternity\s+|disability\s+|administrative\s+)?leave|(?:short-term\s+|long-term\s+)?disability|SSI|SSDI|house arrest|(?:a|the)\s+wait(?:ing\s+)?list|hospice|dialysis|bed rest|[A-Za-z-]+\s+\d+(?:\.\d+)?\s*mg)\b/i.test(rest)) return finish(`${who} ${/^they$/i.test(who) || /\sand\s/.test(who) ? 'are' : 'is'} ${rest}`);
    // ("Pt not on hold", "pt not a hold candidate": the client's legal status, said with its verb, never a report.)
    if (/^not\s+(?:on\s+(?:a\s+)?(?:hold|5150|72[- ]?h(?:ou)?r?s?\s+hold)|a\s+(?:hold\s+)?candidate|(?:yet\s+)?medically\s+cleared|admitted)\b/i.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // "pt now calmer, sleeping": how the client is by then, with its "was".
    const now = /^(?:now|still)\s+([a-z-]+)/i.exec(rest);
    if (now && stateByThen(now[1]!)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // "pt to remain in seg per custody": what is arranged for the client, said as what will be.
    if (/^to\s+(?:remain|stay|continue|return|be\s+(?:seen|moved|transferred|housed|placed|released|discharged|re-?evaluated))\b/i.test(rest)) return finish(`${who} will ${rest.slice(3)}`);
    // "Client Kayla attended, on time": the client's name, then her verb; the name is the subject.
    const namedThenVerb = subject === 'client' ? /^([A-Z][a-z]+)\s+(?=(?:[a-z]+ed|said|was|is|came|went|got|made|took|gave)\b)/.exec(rest) : null;
    if (namedThenVerb && !NOT_A_NAME.test(namedThenVerb[1]!) && !verbForms(namedThenVerb[1]!.toLowerCase()) && !EMOTIONS.has(namedThenVerb[1]!.toLowerCase()) && !OBSERVATION_WORDS.has(namedThenVerb[1]!.toLowerCase())) return finish(`${namedThenVerb[1]} ${withTense(rest.slice(namedThenVerb[0].length), v)}`);
    // "pt Kendrick Sims yelling through door": the client's name in apposition, then what follows, completed on its own.
    const fullName = subject === 'client' ? /^([A-Z][a-z]+(?:\s+[A-Z][a-z]+|\s+[A-Z]\.?)?)\s+(?=[a-z])/.exec(rest) : null;
    const nameWord = fullName ? fullName[1]!.split(/\s+/)[0]!.toLowerCase() : '';
    if (fullName && !NOT_A_NAME.test(fullName[1]!) && !verbFirst(nameWord) && !CLIENT_VERBS.has(nameWord) && !verbForms(nameWord) && !EMOTIONS.has(nameWord) && !OBSERVATION_WORDS.has(nameWord) && !verbFirst(firstWord(rest.slice(fullName[0].length))) && !CLIENT_VERBS.has(firstWord(rest.slice(fullName[0].length)))) {
      const inner = completeClause(`client ${rest.slice(fullName[0].length)}`, kind, 'client', v);
      if (/^(?:Client|Patient)\s/.test(inner)) return inner.replace(/^(Client|Patient)\b/, `$1 (${fullName[1]})`);
    }
    // "pt recently discharged from the unit": something done to the client.
    const happened = /^(?:(?:recently|just|also|then|finally)\s+)?(\S+)/i.exec(rest)?.[1]?.toLowerCase() ?? '';
    if (EVENT_PARTICIPLES.test(happened)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // "pt reports laid off yesterday", "reports fired Friday": something done to the client, reported as such.
    const reportedEvent = /^(reports|reported|states|stated|says|said)\s+(?:(?:recently|just)\s+)?(laid off|let go|kicked out|(\S+))\b/i.exec(rest);
    if (reportedEvent && (!reportedEvent[3] || EVENT_PARTICIPLES.test(reportedEvent[3].toLowerCase()))) return finish(`${who} ${reported(v)} being ${rest.slice(reportedEvent[0].length - reportedEvent[2]!.length)}`);
    // "pt reports attended church potluck": what was reported is an act, said as one ("reported attending").
    const reportedAct = CLIENT_REPORTED_ACT.exec(rest);
    const actBase = reportedAct ? actReported(reportedAct[1]!) : undefined;
    if (reportedAct && actBase) return finish(`${who} ${reported(v)} ${gerund(actBase)}${rest.slice(reportedAct[0].length)}`);
    // "pt admits used 'a couple of times'": what was admitted is an act, said as one ("admitted using").
    const admittedAct = /^(admits|admitted)\s+([a-z]+)\b/i.exec(rest);
    const admittedBase = admittedAct ? verbForms(admittedAct[2]!.toLowerCase()) : undefined;
    if (admittedAct && admittedBase && admittedBase.past === admittedAct[2]!.toLowerCase() && admittedBase.base !== admittedBase.past) return finish(`${who} ${v.tense === 'past' ? 'admitted' : 'admits'} ${gerund(admittedBase.base)}${rest.slice(admittedAct[0].length)}`);
    // "he's going to call his brother back": what the client will do, never "was going to".
    // ("she's also going to attend group Tues": an adverb before "going to" stays with "will".)
    if (/^(?:is|'s|are)\s+(?:(?:also|still|then|now)\s+)?(?:going to|gonna)\s+(?!(?:be|the|a|an|his|her|their|my|our|work|school|church|class|court|bed|jail|rehab|detox|group|meetings?)\b)[a-z]+/i.test(rest) && !/^(?:is|'s|are)\s+(?:(?:also|still|then|now)\s+)?(?:going to|gonna)\s+(?:hurt|harm|kill|attack|shoot|stab)\b/i.test(rest)) return finish(`${who} will ${rest.replace(/^(?:is|'s|are)\s+(?:(also|still|then|now)\s+)?(?:going to|gonna)\s+/i, (_m, adverb: string | undefined) => (adverb ? `${adverb.toLowerCase()} ` : ''))}`);
    // "He is coming back tomorrow at 10am": a return already arranged is what will happen.
    if (ARRANGED_RETURN.test(rest) && RETURN_WHEN.test(rest)) return finish(`${who} will return${rest.replace(ARRANGED_RETURN, '')}`);
    // "pt asking whether she can stop lithium": a question the client put, said as asked.
    const asking = /^(asking|wondering|requesting|inquiring)\s+(?=whether|if|about|for|when|how|what|why)/i.exec(rest);
    if (asking) return finish(`${who} ${{ asking: 'asked', wondering: 'wondered', requesting: 'requested', inquiring: 'inquired' }[asking[1]!.toLowerCase() as 'asking']} ${rest.slice(asking[0].length)}`);
    // "he's not going to hurt him": an intention is the client's word, never a fact the note can state.
    const noIntent = NO_INTENT.exec(rest);
    // ("she would never do anything": "never" said in her own pronoun keeps her words; it is no rating of intent.)
    const saidPronoun = /^(she|he|they)\b/i.exec(t)?.[1]?.toLowerCase();
    if (noIntent && saidPronoun && /\b(?:would|will) never\b/.test(noIntent[0])) return finish(`${who} ${stated(v)} that ${saidPronoun} ${rest.slice(rest.search(/\b(?:would|will) never\b/))}`);
    if (noIntent) return finish(`${who} ${stated(v)} no intent to ${rest.slice(noIntent[0].length)}`);
    // "she still takes Xanax", "he also called": an adverb before the verb stays before it.
    const adverb = /^(still|also|now|really|just|often|usually|sometimes|never|always|finally|already|again|only|then)\s+/i.exec(rest)?.[0];
    if (adverb && (verbFirst(firstWord(rest.slice(adverb.length))) || verbForms(firstWord(rest.slice(adverb.length))))) return finish(`${who} ${adverb.trim()} ${withTense(rest.slice(adverb.length), v)}`);
    // "Client Sam (they/them) reports ...": the client's name in apposition, then their verb.
    // ("client J.R. (established) called ...": initials are a name too.)
    const named = /^([A-Z][a-z]+|[A-Z]\.(?:\s?[A-Z]\.?)?(?=[\s(]))((?:\s+\([^)]*\))?)\s+(\S+)/.exec(rest);
    if (named && (verbFirst(named[3]!.toLowerCase()) || CLIENT_VERBS.has(named[3]!.toLowerCase()))) return finish(`${who} (${named[1]}${named[2]!.replace(/^\s+\((.*)\)$/, ', $1')}) ${withTense(rest.slice(named[1]!.length + named[2]!.length).trim(), v)}`);
    // "he does have a hunting rifle": an emphatic "does have" is having it now.
    if (/^(?:does|do) have\b/.test(rest)) return finish(`${who} ${v.tense === 'past' ? 'has' : 'has'}${rest.replace(/^(?:does|do) have/, '')}`);
    // "Client is a 27 year old man": who the client is stays in the present.
    if (/^is an? \d{1,3}-year-old\b|^is [A-Z][a-z]+,\s*(?:an?\s+)?\d{1,3}\b|^is \d{1,3}(?=\s*(?:,|;|$|\s+(?:and|lives|years|yo)\b))/.test(rest)) return finish(`${who} ${rest}`);
    // ("pt is Maria Gonzalez 29", dictated: who the client is stays present, the age set off by its comma.)
    const isNamedAge = /^is ([A-Z][a-z]+(?: [A-Z][a-z'-]+)?),?\s+(\d{1,2})(?=\s*(?:[,;.]|$))/.exec(rest);
    if (isNamedAge) return finish(`${who} is ${isNamedAge[1]}, ${isNamedAge[2]}${rest.slice(isNamedAge[0].length)}`);
    // "he's 27 social anxiety": the age, then what the client is seen for, never "Client was 27 social anxiety".
    const ageThen = /^(?:is|was)\s+(\d{1,3})\s+(?!(?:years?|yrs?|yo|y\/o|and|or|to|of|times?|days?|weeks?|months?|minutes?|hours?)\b)([a-z].*)$/.exec(rest);
    if (ageThen) return finish(`${who} is ${ageThen[1]} years old; ${ageThen[2]}`);
    // "Client Brian S., 52, court-mandated ...": the client's name and age, then who they are.
    const nameNumber = subject === 'client' ? /^([A-Z][a-z]+(?: [A-Z]\.?| [A-Z][a-z]+)?),\s*(\d{1,2}),\s*(\S.*)$/.exec(rest) : null;
    if (nameNumber) return finish(`${who}: ${nameNumber[1]}, ${nameNumber[2]}; ${nameNumber[3]}`);
    // "Pt Eleanor Voss 78F, widowed 8 mo": the client's name and age, then what follows.
    const nameAge = subject === 'client' ? /^([A-Z][a-z]+(?: [A-Z][a-z]+)?),?\s+(\d{1,3}-year-old(?: [a-z]+){1,2}?)\s*(?:,\s*(.+))?$/.exec(rest) : null;
    if (nameAge) return finish(`${who} is ${nameAge[1]}, ${anAge(nameAge[2]!)} ${nameAge[2]}${nameAge[3] ? `; ${nameAge[3]}` : ''}`);
    // "he's the 71 year old whose wife died in March": who the client is, said as such ("is a", never "was the").
    const theAge = /^(?:is|was)\s+the\s+(\d{1,3})-year-old\b(.*)$/.exec(rest);
    if (theAge) return finish(`${who} is ${anAge(theAge[1]!)} ${theAge[1]}-year-old${theAge[2]}`);
    // "Pt 34F, MDD recurrent": who the client is, then a diagnosis.
    const who_ = /^(\d{1,3}-year-old(?: [a-z]+){1,2}?)\s*,\s*(.+)$/.exec(rest);
    if (who_ && subject === 'client') return finish(`${who} is ${anAge(who_[1]!)} ${who_[1]}; ${who_[2]}`);
    // "pt engaged, able to name 2 skills", "pt at home": a description or a place after the subject takes "was".
    // ("pt cried, stayed with it": an act in the past, never "was cried".)
    if ((OBSERVATION_WORDS.has(w) || EMOTIONS.has(w)) && !SEEN_ACTS.test(w) && /^\S+\s*(?:,|$|\s(?:and|but)\s)/.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    if (PLACE_AFTER_SUBJECT.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // ("pt med adherent aripiprazole 10mg": adherent to the medication named.)
    if (STATE_AFTER_SUBJECT.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest.replace(ADHERENT_TO_MEDICATION, '$1 to ')}`);
    // After a written subject, an unknown lower-case word is the verb ("she drove to ..."), not a report.
    if (w && /^[a-z]/.test(rest) && !EMOTIONS.has(w) && !OBSERVATION_WORDS.has(w) && !NOT_VERB_AFTER_SUBJECT.has(w) && /(?:ed|[^s]s|ew|ove|ook|ung|ought|ent|ame|ave|ole|ore|oke)$/.test(w)) return finish(`${who} ${withTense(rest, v)}`);
    // ("she would never do that to her mom": what the client would never do is what she said of herself, never a fact.)
    const ownPronoun = subject === 'client' ? /^(she|he|they)\b/i.exec(t)?.[1]?.toLowerCase() : undefined;
    if (ownPronoun && /^(?:would never|would not|wouldn't)\b/i.test(rest)) return finish(`${who} ${v.tense === 'past' ? 'said' : 'says'} ${ownPronoun} ${rest.replace(/^wouldn't\b/i, 'would not')}`);
    // "he cannot move them", "she might go": a modal is the verb, kept as said.
    if (/^(?:cannot|can't|can|could|couldn't|could not|won't|wouldn't|would|will|should|shouldn't|must|might|may)$/i.test(w)) return finish(`${who} ${rest.replace(/^can't\b/i, 'cannot').replace(/^won't\b/i, 'will not').replace(/^couldn't\b/i, 'could not').replace(/^wouldn't\b/i, 'would not').replace(/^shouldn't\b/i, 'should not')}`);
    // After a subject, any known verb form is the verb ("she put", "he'll").
    if (verbFirst(w) || verbForms(w) || !w) return finish(`${who} ${withTense(rest, v)}`);
    // ("pt initially refused then agreed": an adverb of when, then the verb.)
    const whenAdverb = /^(initially|later|then|finally|eventually|first|quickly|slowly|briefly|reluctantly|at first)\s+([a-z]+)\b/i.exec(rest);
    if (whenAdverb && verbFirst(whenAdverb[2]!.toLowerCase())) return finish(`${who} ${whenAdverb[1]!.toLowerCase()} ${withTense(rest.slice(whenAdverb[1]!.length + 1), v)}`);
    // "pt anxious about work": a subject with no verb gets one.
    const afterIntensifier = /^(?:very|really|so|quite|extremely|somewhat|visibly|more|less|increasingly)\s+([a-z-]+)/i.exec(rest)?.[1]?.toLowerCase() ?? '';
    if (EMOTIONS.has(w) || OBSERVATION_WORDS.has(w) || EMOTIONS.has(afterIntensifier) || OBSERVATION_WORDS.has(afterIntensifier) || (/^(?:more|less)\s/i.test(rest) && COMPARED_STATES.has(afterIntensifier))) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // "+passive SI" arrives as "positive for passive suicidal ideation": the client endorsed it.
    if (POSITIVE_FOR_IDEATION.test(rest)) return finish(`${who} ${v.tense === 'past' ? 'endorsed' : 'endorses'} ${rest.replace(/^positive for\s+/i, '')}`);
    // "pt in couples tx w/ me since June": the client's course of treatment, never a report.
    if (/^in\s+(?:[a-z-]+\s+)?(?:therapy|treatment|counseling|counselling)\b/i.test(rest) && who === clientStart(v)) return finish(`${who} has been ${rest}`);
    // "Pt Darnell R, MTD 85mg, phase 2": the client's name, then facts of their care, jotted as an identity line.
    const identity = /^((?!(?:The|This|That|She|He|They|I)\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+|\s+[A-Z]\.?)?),\s+(?=\S)/.exec(rest);
    if (identity && who === clientStart(v)) return finish(`${who} ${identity[1]!.replace(/(\s[A-Z])$/, '$1.')}: ${rest.slice(identity[0].length)}`);
    // ("Pt not able to safety plan credibly": how able the client was, seen by the clinician, never something the client reported.)
    if (/^(?:not|never)\s+(?:able|willing|ready|open|receptive|amenable|agreeable)\b/i.test(rest)) return finish(`${who} ${beFor(who, v)} ${rest}`);
    // ("Pt herself low risk for self harm", under the assessment: the clinician's rating of the client, never the client's report.)
    const rated = /^((?:her|him|them)sel(?:f|ves)\s+)?(?:at\s+)?(?=(?:low|moderate|mod|high|elevated|minimal|imminent|acute|chronic)(?:\s*[-/]\s*|\s+to\s+)?(?:low|moderate|high)?\s+risk\b)/i.exec(rest);
    if (rated) return finish(`${who} ${rated[1] ?? ''}${beFor(who, v)} at ${rest.slice(rated[0].length)}`);
    // ("A: Pt likely has MDD, moderate": how likely, said of the client, is the clinician's judgment, never the client's report.)
    if (/^(?:likely|probably|possibly|most likely|more likely)\s+(?:has|meets|is|fits|qualifies|warrants|needs|would benefit)\b/i.test(rest)) return finish(`${who} ${rest}`);
    // ("Pt early Alzheimer's, MoCA 19/30", "Pt hoarding, CIR kitchen 8"): a condition jotted after the client is what the client
    // has, never something the client reported.
    if (who === clientStart(v) && CONDITION_LEAD.test(rest)) return finish(`${who} has ${lowerLead(rest).replace(/^hoarding\b/, 'hoarding behavior')}`);
    // ("Eval: pt partially receptive, agreed to walker"): how open the client was, hedged, is seen, never reported.
    if (/^(?:partially|somewhat|mostly|fully|more|less|very|quite|initially|not)\s+(?:receptive|agreeable|amenable|open|engaged|guarded|resistant|ambivalent|willing)\b/i.test(rest)) return finish(`${who} ${beFor(who, v)} ${lowerLead(rest)}`);
    // ("A: Pt coping adequately"): how the client is managing, under the assessment, is the clinician's judgment.
    if (kind === 'assessment' && /^(?:coping|managing|functioning|progressing|tolerating|responding|adjusting|improving|struggling|doing)\s+(?!(?:with\s+)?(?:her|his|their)\s+homework\b)/i.test(rest)) return finish(`${who} ${beFor(who, v)} ${lowerLead(rest)}`);
    return finish(`${who} ${reported(v)} ${lowerLead(rest)}`);
  }
  if (subject === 'other') {
    // ("Mom told about urges at end": told, with no one she told, she was the one told.)
    const toldOf = /^((?:(?:her|his|their)\s+)?[A-Za-z]+)\s+told\s+(?=(?:about|of|re|regarding)\b)/.exec(t);
    if (toldOf) return finish(`${cap(toldOf[1]!)} ${was(v)} told ${t.slice(toldOf[0].length)}`);
    const called = WITH_CLIENT_CONSENT.test(t) ? RELATIVE_CALLED_WITH_CONSENT.exec(t) : null;
    if (called) return finish(`${clinicianStart(v)} ${setTense(called[2]!.toLowerCase(), v.tense)} ${called[1]!.toLowerCase()} ${t.slice(called[0].length)}`);
    // "Ms. Grant: nightmares 2 of 7 nights" -> "Ms. Grant reported nightmares ..."; a quote is stated.
    if (speaker && t.startsWith(speaker)) {
      const said = t.slice(t.indexOf(':') + 1).trim();
      const who = `${RELATIVE_SPEAKER.test(speaker) ? cap(speaker.toLowerCase()) : speaker}${/^\S+\s+also\s*:/i.test(t) ? ' also' : ''}`;
      // "Mom: asks 'what if' q's all day, won't sleep alone": under a parent's label, what the child does is the parent's
      // report of the client, never the parent's own act ("Mom: worries started ~2 yrs ago" is her report too).
      const w0said = firstWord(said).toLowerCase();
      // "Ron = bio mom's bf": who a person is, jotted after the name, never what they reported.
      if (RELATION_ALONE.test(said)) return finish(`${who} is ${/^(?:her|his|their|the)\s/i.test(said) ? '' : 'the '}${said}`);
      const reportNoun = /^(?:worries|fears|tantrums|meltdowns|symptoms|sleep|grades|appetite|nightmares|behavior|behaviour|school)$/.test(w0said);
      if (RELATIVE_SPEAKER.test(speaker) && !/^"/.test(said) && !SPEAKERS_OWN.test(w0said) && (verbFirst(w0said) || reportNoun)) {
        const lowered = `${said[0]!.toLowerCase()}${said.slice(1)}`;
        return finish(!reportNoun && /^[a-z]+s$/.test(w0said) && isFiniteVerb(w0said) ? `${who} ${reported(v)} that the ${v.client} ${lowered}` : `${who} ${reported(v)} ${lowered}`);
      }
      // "Dana - feels 'second place'": a verb after the speaker is theirs.
      if (verbFirst(firstWord(said)) && !/^"/.test(said)) return finish(`${who} ${withTense(said, v)}`);
      // "Lucas: shy at first, warmed up w/ drawing": how the one named was in the room is seen, never reported.
      if (!RELATIVE_SPEAKER.test(speaker) && !/^"/.test(said) && (OBSERVATION_WORDS.has(firstWord(said).toLowerCase()) || EMOTIONS.has(firstWord(said).toLowerCase()))) return finish(`${who} ${was(v)} ${said}`);
      // "Rob - quiet, left early": in a group, how a member was is seen, not reported; "Devon - minimal participation" keeps its heading.
      if (v.company && !RELATIVE_SPEAKER.test(speaker) && !/^"/.test(said)) {
        // ("Zoe: blades are old": a statement with its own verb is what she told.)
        if (!said.split(/[,;]/)[0]!.split(/\s+/).some((x) => isFiniteVerb(x.toLowerCase()) || /^(?:is|are|was|were|has|have|had|am)$/i.test(x))) return finish(`${who}: ${said}`);
      }
      // ("Lily: no SI/SH reported, wt ..."): "reported" said once, by the one named.
      return finish(/^"/.test(said) ? `${who} ${stated(v)}, ${capitalQuote(said)}` : `${who} ${reported(v)} ${said.replace(/^(no\s+[^,;]{2,60}?)\s+(?:reported|endorsed|voiced)\b/i, '$1')}`);
    }
    // "Dana: feels 'second place'": a name as a heading, then that person's verb.
    const named = /^([A-Z][a-z]+):\s+(?=[a-z])/.exec(t);
    if (named && verbFirst(firstWord(t.slice(named[0].length)))) t = `${named[1]} ${t.slice(named[0].length)}`;
    // ("Aisha reports wrote 3 of 5 days": what a named person reports doing is said as an act, "reported writing".)
    const namedAct = NAMED_REPORTED_ACT.exec(t);
    const namedBase = namedAct ? actReported(namedAct[2]!) : undefined;
    if (namedAct && namedBase) return finish(`${namedAct[1]} ${reported(v)} ${gerund(namedBase)}${t.slice(namedAct[0].length)}`);
    // ("Mom says she cries at night, sleeps in mom's bed": the "she" who sleeps in mom's bed is not mom, but the child.)
    const parentSays = /^(?:(mom|mother|mum)|(dad|father))\s+(?:says|said|reports|reported|states|stated)\s+(?:that\s+)?(she|he)\b/i.exec(t);
    if (parentSays && new RegExp(String.raw`\b(?:${parentSays[1] ? 'mom|mother|mum' : 'dad|father'})['’]s\b`, 'i').test(t.slice(parentSays[0].length))) t = `${t.slice(0, parentSays[0].length - parentSays[3]!.length)}${v.client === 'client' || v.client === 'patient' ? `the ${v.client}` : v.client}${t.slice(parentSays[0].length)}`;
    const parts = t.split(/\s+/);
    // ("Foster mother reports nightmares down": a person named in two words is one subject; the verb comes after both.)
    if (parts.length > 2 && KIN_MODIFIER_WORD.test(parts[0]!) && KIN_AFTER_WORD.test(parts[1]!)) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
    // "Mateo's affect brighter by end": the possessed noun is the subject; the verb comes after it.
    // ("Harold's own mood good": "own" is part of the possessive, and the noun after it is the subject.)
    const own = parts[1] === 'own' ? 1 : 0;
    if (/'s$/.test(parts[0] ?? '') && parts.length > 2 + own && /^[a-z]+$/.test(parts[1 + own]!) && !verbFirst(parts[1 + own]!) && (OBSERVATION_WORDS.has(parts[2 + own]!.replace(/[,;:.]+$/, '')) || /^(?:brighter|better|worse|calmer|improved|flat|restricted|constricted|congruent|appropriate|stable|more|less)$/.test(parts[2 + own]!.replace(/[,;:.]+$/, '')))) {
      parts.splice(2 + own, 0, was(v));
      return finish(parts.join(' '));
    }
    const w1 = parts[1]?.toLowerCase().replace(/[,;:.]+$/, '') ?? '';
    // "Ethan is on Ritalin 10 mg": a medication taken now stays in the present.
    // ("Brian is mom's boyfriend": who someone is to the family stays true after the session.)
    // ("Frank is 86", "Dolores is 83 and is his main caregiver": an age stays in the present too; so does a name, "mom is Carla Reyes".)
    // ("she's a major", "Anthony is 8 months post kidney transplant", "it's in a safe at home": who someone is, how long since, and
    // where a thing is kept stay true too.)
    // ("There is a handgun in the house": a weapon kept where the client lives is there still.)
    const ongoing = /^(?:is|are)$/.test(w1) && (/^there\s+(?:is|are)\s+(?:(?:a|an|one|two|three|several|\d+)\s+)?(?:(?:loaded|unloaded|locked|old|small)\s+)?(?:handguns?|guns?|rifles?|shotguns?|firearms?|weapons?|pistols?|revolvers?)\b/i.test(t) || /^\S+\s+(?:is|are)\s+on\b/.test(t) || ROLE_HELD_BY.test(t) || /^\S+\s+is\s+\d+\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+(?:post|out|sober|clean|into|pregnant|postpartum)\b/i.test(t) || /^(?:it|they)\s+(?:is|are)\s+(?:in|at)\s+(?:a|the|his|her|their)\s+(?:(?:locked|gun|combination)\s+)?(?:safe|lockbox|lock box|cabinet|closet|storage)\b/i.test(t) || /^\S+\s+is\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][a-z]+/.test(t) || /^\S+\s+is\s+\d{1,3}(?:\s+years?\s+old)?(?=\s*(?:$|[,;]|\s+and\b))/.test(t) || ONGOING.test(t) || RELATION_NOW.test(t) || SCHEDULED_AHEAD.test(t));
    // ("Gloria shocked", "Mom worried about the cost": a feeling jotted as a participle is how the person was.)
    const feltWord = EMOTIONS.has(w1) && /ed$/.test(w1) && !/^(?:her|him|them|me|us|the|a|an|his|their)$/i.test(parts[2] ?? '');
    // ("Parents' questions mostly about curfew": after a possessive the word is a noun, never a verb.)
    if (parts.length > 1 && verbFirst(w1) && !feltWord && !/'s?$/.test(parts[0]!)) parts[1] = (LASTING_STATE.test(w1) && !pastTimeNotSince(t)) || ongoing ? parts[1]! : setTense(parts[1]!, v.tense);
    // "Dana very anxious in session" -> "Dana was very anxious in session".
    // ("Destiny initially said ...": an adverb before a verb is no state; the verb keeps its own tense.)
    else if (parts.length > 2 && /^(?:initially|later|then|finally|eventually|first)$/.test(w1) && (verbFirst(parts[2]!.toLowerCase()) || /ed$/.test(parts[2]!))) parts.splice(2, 1, setTense(parts[2]!, v.tense));
    // ("Helen's mood good": after a possessive, the word is what was hers, and "was" goes after it.)
    // ("Dad's mood: okay": under a label of its own the word is the label's answer, said as written.)
    else if (parts.length > 2 + own && /'s$/.test(parts[0]!) && !/:$/.test(parts[1 + own]!) && /^(?:good|poor|better|worse|low|ok|okay|fair|stable|improved|bright|down|up|fine|great|depressed|anxious|euthymic|irritable|flat|tearful)[,;.]?$/i.test(parts[2 + own]!)) parts.splice(2 + own, 0, was(v));
    else if (parts.length > 1 && !/'s$/.test(parts[0]!) && (OBSERVATION_WORDS.has(w1) || EMOTIONS.has(w1) || /^(very|more|less|still|quite|somewhat|visibly|initially|able|unable|here|present|defensive|tearful|guarded|quiet|calm|angry|engaged|withdrawn|reluctant|hesitant|ambivalent|skeptical|dismissive|supportive|receptive|resistant|irritable|tired)$/.test(w1))) parts.splice(1, 0, beFor(parts[0]!, v));
    return finish(parts.join(' '));
  }
  return finish(completeSubjectless(t, kind, v));
}

/** "adherent aripiprazole 10mg": adherence jotted straight before the medication it is to. */
const ADHERENT_TO_MEDICATION = new RegExp(`^((?:med(?:ication)?\\s+)?(?:adherent|compliant))\\s+(?=(?:${MEDICATION_NAMES.join('|')})\\b)`, 'i');
/** A jotted fact of the client's care: a medicine, a lab or level, how the treatment was ordered. */
const CARE_FACT = new RegExp(`^(?:(?:${MEDICATION_NAMES.join('|')})\\b|(?:[A-Za-z]+\\s+)?(?:level|levels|labs?|lab order|blood work)\\b|(?:court[- ]ordered|court[- ]mandated|mandated|self[- ]referred)\\b|take-home doses?\\b|(?:daily )?observed dosing\\b|[A-Z][A-Za-z0-9-]{2,}\\s+(?:not done|not completed|deferred|pending|declined|due)\\b)`, 'i');
/** "... per father", "... per school counselor (Ms. Park)" closing a report: who told it (1). */
// ("sleep poor 4-5 hrs per night staff": staff named by their shift are the source too.)
const PER_OTHER_SOURCE = new RegExp(`\\s*,?\\s*\\bper\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?((?:(?:night|day|evening|overnight|unit|floor|cottage|residential)\\s+staff|${oneOf(COLLATERAL_SOURCES)})(?:\\s*\\([^()]*\\))?)\\s*$`, 'i');
/** A relative or caregiver named first, then their reporting verb. */
const OTHER_REPORTS = new RegExp(`^((?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:${oneOf(COLLATERAL_SOURCES)}))\\s+(reports|reported|says|said|states|stated|notes|noted|describes|described)\\b`, 'i');
/** A medicine named with its dose or name ("on sertraline 100mg"). */
const PRESCRIBED = new RegExp(`\\bon\\s+(?:${MEDICATION_NAMES.join('|')})\\b|\\b\\d+(?:\\.\\d+)?\\s*mg\\b`, 'i');
/** "Per sister, pt hasn't left her room": who told it, opening the report. */
const PER_OTHER_SOURCE_FIRST = new RegExp(`^per\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+|client's\\s+)?((?:${oneOf(COLLATERAL_SOURCES)})(?:\\s*\\([^()]*\\))?)\\s*,\\s*(?=\\S)`, 'i');
/** "per mobile crisis, ...", "according to ED staff, ...": another source (never the client) opening what it told. */
const PER_SOURCE_LEAD = /^(?:per|according to)\s+(?!(?:the\s+)?(?:client|pt|patient|self)\b)([^,;:"()]{2,40}?)\s*,\s*(?=\S)/i;
/** "Former smoker", "ex-drinker": who the client is, not something reported. */
const WHO_THEY_ARE = /^(?:former|ex-|current|daily|heavy|light|social|occasional|non-?|never|lifelong)\s*-?\s*(?:smoker|drinker|vaper|cannabis user|gambler)\b/i;
/** "did not reply to her" among what the client told: the client's act not done (never how the clinician interviewed). */
// ("Didn't see marks on arms": what the clinician looked for on the client's body and did not find is never the client's act;
// "Did not do joint session given DV disclosure" is the clinician's decision.)
const CLIENT_ACT_NOT_DONE = new RegExp(`^(?:did not|didn't|has not|hasn't|have not|haven't|never)\\s+(?!(?:${[...INTERVIEWING_VERBS, ...NOTICE_VERBS].join('|')})\\b)(?!(?:see|notice|observe|find)\\s+(?:any\\s+)?(?:visible\\s+|new\\s+|fresh\\s+)?(?:marks|bruis|injur|cuts|scars|wounds|signs|redness|swelling))(?!(?:do|hold|have|start|schedule)\\s+(?:a\\s+|the\\s+)?(?:joint|conjoint|couples|family|group)\\s+(?:session|sess|portion|meeting|work)\\b)[a-z]+`, 'i');
/**
 * "Focused on communication" -> "Session focused on communication"; "Worked on safety plan",
 * "continued working on repair attempts": session work is shared by the clinician and whoever
 * was in the room. Undefined for any other clause.
 */
function sessionWork(t: string, v: Voice): string | undefined {
  const focus = SESSION_FOCUS.exec(t);
  if (focus) return `Session ${focus[1] ? `${focus[1].toLowerCase()} ` : ''}${v.tense === 'past' ? 'focused' : 'focuses'} on ${t.slice(focus[0].length)}`;
  const work = SHARED_WORK.exec(t);
  if (!work) return undefined;
  const verb = work[1] ? (v.tense === 'past' ? 'continued to work' : 'continue to work') : v.tense === 'past' ? 'worked' : 'work';
  return `${cap(v.clinician)} and ${v.company ?? v.client} ${verb} ${work[2]!.toLowerCase()}${t.slice(work[0].length)}`;
}

/** "Focused on X", "focus on X" opening an intervention: what the session was about (its rest follows). */
// ("Initially focused on conflict re curfew": when in the session, kept.)
const SESSION_FOCUS = /^(?:(initially|mostly|mainly|first)\s+)?(?:focused|focussed|focusing|focus)\s+on\s+(?=\S)/i;
/** "Worked on X", "continued (to work|working) on X": work done together in the session (1: continued; 2: on or through). */
const SHARED_WORK = /^(?:(continued|cont)\s+(?:to\s+work|working)|worked|working)\s+(on|through)\b/i;
/** "good cohesion", "limited participation": a quality of how the work was met, said as a noun. */
const ENGAGEMENT_QUALITY = /^(?:(?:very|really|mostly|overall)\s+)?(?:good|great|strong|excellent|fair|poor|low|high|limited|minimal|improved|increased|decreased|moderate|variable|mixed|active|full)\s+(?:group\s+)?(?:cohesion|participation|engagement|attendance|energy|rapport|interaction|sharing|effort|buy-in|insight)\b/i;

/** "bio mom's bf", "her brother's friend": who someone is to another person (the relation, as jotted). */
const RELATION_TO_SOMEONE = String.raw`(?:(?:her|his|their|the|client's)\s+)?[\w-]+(?:\s+[\w-]+)?'s\s+(?:boyfriend|girlfriend|partner|husband|wife|ex|brother|sister|father|mother|son|daughter|friend|cousin|uncle|aunt|roommate|coworker)`;
const RELATION_ALONE = new RegExp(`^${RELATION_TO_SOMEONE}\\s*$`, 'i');
const NAME_THEN_RELATION = new RegExp(`^([A-Z][a-z]+):\\s+(${RELATION_TO_SOMEONE})\\s*$`);

/** A relative's own verbs after their label ("Dad: feels ...", "Mom: agreed to ..."): theirs, not a report of the client. */
const SPEAKERS_OWN = /^(?:feels|felt|thinks|thought|believes|believed|wants|wanted|hopes|hoped|says|said|agrees|agreed|worried|is|was|wonders|wondered|asked|admits|admitted|reports|reported|notes|noted|describes|described|denies|denied|shared|disclosed|declined|refused|cried|teared|will|would|plans|planned)$/;

/** "positive for passive suicidal ideation" (from "+passive SI"): an endorsement, said with its verb. */
const POSITIVE_FOR_IDEATION = /^positive for\s+(?:passive|active|current)?\s*(?:suicidal|homicidal|auditory|visual|command)\b/i;
/** "Brian is mom's boyfriend", "Ms. Lee is her teacher": who someone is to another, said in the present. */
const RELATION_NOW = /^\S+(?:\s+[A-Z][a-z]+)?\s+(?:is|are)\s+(?:(?:her|his|their|the|client's|[a-z]+'s|[A-Z][a-z]+'s)\s+)?(?:(?:older|younger|new|ex-?|current|live-in|step|half)[- ]?)?(?:boyfriend|girlfriend|husband|wife|partner|fianc[eé]e?|stepfather|stepmother|stepdad|stepmom|roommate|brother|sister|father|mother|dad|mom|son|daughter|uncle|aunt|cousin|grandmother|grandfather|grandma|grandpa|teacher|coach|neighbor|caseworker|guardian|caregiver|primary caregiver|caretaker|power of attorney|foster (?:mother|father|mom|dad|parent))\b/;
/** The clinician's act, as jotted: "Informed Sgt Lowe ..." -> "Therapist informed Sgt Lowe ...". */

function clinicianDid(t: string, v: Voice): string {
  return `${clinicianStart(v)} ${withTense(t[0]!.toLowerCase() + t.slice(1), v)}`;
}

/** "now calmer", "still sleeping": a word for how the client is by then. */
function stateByThen(word: string): boolean {
  return EMOTIONS.has(word.toLowerCase()) || OBSERVATION_WORDS.has(word.toLowerCase()) || /^(?:calmer|quieter|settled|asleep|sleeping|resting)$/i.test(word);
}

/** Capitalised words that open a clause without naming anyone: days, months, headings, acronyms read as words. */
const NOT_A_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday|Tomorrow|Session|Client|Patient|Therapist|The|This|That|She|He|They|I|God|Dr|Mr|Mrs|Ms)\b/;
/** "Thought record" after "Therapist used": a technique's own common-noun name loses the capital it had opening the line (never "Socratic"). */
function commonTermStart(object: string, term: string): boolean {
  return /^[A-Z][a-z]/.test(object) && object.slice(0, term.length).toLowerCase() === term && !/^socratic\b/.test(term);
}

/** Techniques counted one at a time: "a thought record", "a grounding exercise", never "a mindfulness". */
const COUNTABLE_TECHNIQUE = /^(?:(?:thought|mood|urge|sleep|trigger) (?:record|log|diary)|behaviou?ral experiment|body scan|chain analysis|miracle question|scaling question|genogram|decisional balance|empty chair|role[- ]?play|roleplay|trauma narrative|exposure hierarchy|fear hierarchy|safe place|calm place|container exercise|butterfly hug|life review|readiness ruler|importance ruler|confidence ruler|[a-z-]+(?: [a-z-]+)? (?:exercise|worksheet|activity|script))$/;

/** "used thought record" -> "used a thought record": a bare countable technique takes its article. */
function withArticle(object: string, term: string): string {
  // The name counted: the term, or the term with the task it names after it ("grounding exercise").
  const named = new RegExp(`^${escapeRegExp(term)}(?: [a-z-]+)? (?:exercise|worksheet|activity|script)\\b`).exec(object)?.[0] ?? term;
  if (!object.startsWith(named) || !COUNTABLE_TECHNIQUE.test(named) || /^[a-z]/.test(object.slice(named.length))) return object;
  return `${/^[aeiou]/.test(object) ? 'an' : 'a'} ${object}`;
}

/** Techniques named by common nouns ("Psychoeducation re ..."), lower case after "Therapist provided"; never a name ("Gottman"). */
const COMMON_TECHNIQUE_START = new RegExp(`^(?:${COMMON_NOUN_TECHNIQUE_WORDS.join('|')})\\b`);

/**
 * A clause that opens with a verb and names no one: the doer is named only when the verb
 * shows it (only a therapist validates; only the client reports their own feelings).
 * Otherwise the sentence names no one: passive when the object is short, else as jotted.
 */
function verbFirstSentence(t: string, w0: string, kind: FactKind, v: Voice): string {
  // ("Informed consent obtained, limits of confidentiality reviewed": consent given, never "informed" as the clinician's act.)
  const consent = /^informed consent\s+(?:(?:was|has been)\s+)?(obtained|signed|given|reviewed|discussed)\b/i.exec(t);
  if (consent) return `Informed consent ${v.tense === 'past' ? 'was' : 'is'} ${consent[1]!.toLowerCase()}${t.slice(consent[0].length)}`;
  // "Paced the room first 15 min, clenched fists": what was seen the client do, never the clinician's act.
  if (kind === 'observation' && OBSERVED_ACTS.test(t.toLowerCase())) return `${clientStart(v)} ${withTense(t, v)}`;
  // "referred by PCP for depression": the client was referred; the therapist did not refer anyone.
  // "transported by ambulance", "escorted to the ED": what was done to the client.
  if (/^(?:referred|sent|brought(?: in)?)\s+by\b|^referred\s+from\b|^(?:transported|escorted|driven)\s+(?:by|to|via)\b/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // "oriented to person, place, time": the client's orientation, never the therapist orienting someone.
  // ("Oriented, linear": the orientation found, never the therapist orienting someone.)
  if (/^(?:alert and )?oriented(?: to (?:person|place|time)\b|\s*(?:,|;|$|x\s?\d|times\b|and\b|\())/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // "Asked him directly about suicidal thoughts, said yes": the answer is the client's, said after the question.
  const answered = /^asked\s+(?:(?:him|her|them|client|pt|patient)\s+)?(directly\s+)?(?:about|re|regarding)\s+([^,:;"]{2,60}?)\s*(?:[,:;]|\s-)\s*(?:(?:she|he|they|client|pt|patient)\s+)?(said|says|answered|reported|reports|denied|denies|endorsed|endorses|admitted|admits)\s+(\S.*)$/i.exec(t);
  if (answered) return `When asked ${answered[1] ?? ''}about ${answered[2]}, ${v.client} ${setTense(answered[3]!.toLowerCase(), v.tense)} ${answered[4]}`;
  // 'Told me "I wouldn't mind ..."': telling the clinician is the client's act; "asked directly" alone is the clinician's.
  if (/^told (?:the therapist|this writer|the clinician)\b/i.test(t)) return `${clientStart(v)} ${withTense(t, v)}`;
  if (/^asked\s+(?:(?:him|her|them)\s+)?directly\s*$/i.test(t)) return clinicianDid(t, v);
  // "asked directly, denies any plan or intent": the answer to the clinician's direct question is the client's.
  const direct = /^asked\s+(?:(?:him|her|them)\s+)?directly\s*[,:;-]?\s*(?:(?:she|he|they|client|pt|patient)\s+)?(said|says|denied|denies|endorsed|endorses|reported|reports|admitted|admits|described|describes|acknowledged|acknowledges)\s+(\S.*)$/i.exec(t);
  // (In a call without the client, "she" asked is the one met, as the summary says: "Asked directly - she denied ...".)
  const directWho = v.clientAbsent ? /^asked\s+(?:(?:him|her|them)\s+)?directly\s*[,:;-]?\s*(she|he|they)\b/i.exec(t)?.[1]?.toLowerCase() : undefined;
  if (direct) return `When asked directly, ${directWho ?? v.client} ${setTense(direct[1]!.toLowerCase(), v.tense)} ${direct[2]}`;
  // "Asked about safety at home separately": a screening question is the clinician's.
  if (/^asked\s+(?:\w+\s+){0,2}?(?:about|re|regarding)\s+(?:safety|suicidal|suicide|self-harm|thoughts of|substance|drug|alcohol|abuse|violence|weapons?|firearms?|guns?)\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // "assessed as high risk": the clinician's judgment names whom it is about.
  if (/^(?:assessed|judged|deemed|rated|considered)\s+(?:to be\s+|as\s+)(?:at\s+)?(?:\S+\s+){0,2}risk\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t.replace(/^(\S+)\s+(?:to be\s+|as\s+)/i, (_m, verb: string) => `${verb.toLowerCase()} ${v.client} as `), v)}`;
  // "Assessed does not meet duty-to-warn threshold": what the clinician judged, with whom it is about.
  const judgedThat = /^(assessed|judged|determined|concluded|found)\s+(?:that\s+)?(?=(?:does|did|is|was|meets|met|has|had|does not|doesn't|is not|isn't)\b)/i.exec(t);
  if (judgedThat) return `${clinicianStart(v)} ${judgedThat[1]!.toLowerCase()} that ${v.client === 'client' || v.client === 'patient' ? `the ${v.client}` : v.client} ${t.slice(judgedThat[0].length)}`;
  // ("Informed Sgt Lowe + shift commander": telling the care or custody team is the clinician's act.)
  // "Reported to APS today 3:10pm": a report made to a protective agency is the clinician's, never the client reporting.
  if (REPORTED_TO_AGENCY.test(t)) return clinicianDid(t, v);
  // ("Obs: ... Interrupted mom frequently": under what was seen, interrupting is the client's act, never the clinician's.)
  if (kind === 'observation' && /^(?:interrupted|ran|caught|built)\b/i.test(t)) return `${clientStart(v)} ${withTense(t, v)}`;
  // ("Situation: called front desk this am asking for same day appt": whoever called asking to be seen is the client.)
  if (kind === 'report' && CALLED_ASKING_TO_BE_SEEN.test(t)) return `${clientStart(v)} ${withTense(t, v)}`;
  if (THERAPIST_ONLY_VERBS.has(w0) || NOTIFIED_SOMEONE.test(t)) return clinicianDid(t, v);
  // "called mobile crisis": a crisis service contacted, said without guessing who called.
  const contact = kind === 'intervention' ? CRISIS_CONTACT.exec(t) : null;
  // "Contacted mobile crisis, consulted w/ supervisor": more of the clinician's acts follow, so the clinician is named.
  if (contact && /^\s*(?:,|and)\s*(?:and\s+)?[a-z]+ed\b/.test(t.slice(contact[0].length))) return `${clinicianStart(v)} ${withTense(t, v)}`;
  if (contact) {
    const service = contact[0].replace(/^\S+\s+/, '');
    return `${cap(service)} ${was(v)} ${w0.toLowerCase()}${t.slice(contact[0].length)}`;
  }
  // "used MI regarding vaping": a therapy is applied by the therapist; "used DBT skills" may be the client's.
  // ("Used de-esc + communication skills": de-escalation is only ever the clinician's.)
  // ("woke him twice", "redirected her x2": waking or redirecting someone in the room is the clinician's.)
  if (/^(?:woke|redirected|re-directed|prompted|cued)\s+(?:him|her|them|[A-Z][a-z]+)\b/.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // ("Intervention: kept focus on Noah ... Shared the visual schedule ... and showed the first/then board": in the clinician's
  // section, keeping the focus and showing or handing over a thing are the clinician's.)
  if (kind === 'intervention' && /^(?:kept\s+(?:the\s+)?focus|(?:showed|shared|printed|handed|brought)\s+(?:the|a|an)\s)/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // ("Offered music (Sinatra)": what was offered in the clinician's section is the clinician's offer.)
  if (kind === 'intervention' && /^offered\s+(?!to\b)/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // ("Used low stimulus approach, sat at his level": in the clinician's section, what was used is the clinician's unless it is the client's skill.)
  if (kind === 'intervention' && /^(?:used|utilized|applied|employed)\s+/i.test(t) && !/^\S+\s+(?:(?:her|his|their|the|a|an|some)\s+)?(?:\S+\s+){0,4}?(?:skills?|coping|strateg\w+|tools?|inhaler|medications?|meds|substances?|drugs?|alcohol|cannabis)\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  if (kind === 'intervention' && /^(?:used|utilized|applied|employed|incorporated)\s+⟪[^⟫]+⟫(?!\s*(?:-based\s+)?(?:skills?|tools?|strateg\w+|coping)\b)/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  if (WITH_CLIENT_CONSENT.test(t) && !CLIENT_VERBS.has(w0)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  if (CLINICIAN_GIVES.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // "Told mom after session re disclosure": after the session the client has gone; the clinician spoke to the parent.
  if (/^(?:told|informed|updated|called|spoke with|spoke to|met with|debriefed)\s+(?:the\s+)?(?:mom|mother|dad|father|parents?|guardian|caregiver|foster (?:mom|mother|parent))\b[^.;]{0,30}\bafter (?:the )?(?:session|sess)\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // Without the client in the room ("Argued in session" in a parents' session) no act is guessed to be theirs.
  // ("Reported pt attending IOP" in a collateral call: the clinician told the other party.)
  if (v.clientAbsent && /^(?:reported|confirmed|verified|relayed)\s+(?:that\s+)?(?:the\s+)?client\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // ("Collat call w/ Ms. Reyes ... c/o escalating aggression x 10d": the complaint is the one on the call's.)
  if (v.clientAbsent && v.company && /^complain(?:ed|s) of\s/i.test(t)) return `${cap(v.company)} ${reported(v)} concern about ${t.replace(/^complain(?:ed|s) of\s+/i, '')}`;
  if (v.clientAbsent && (kind === 'report' || kind === 'observation' || kind === 'measure')) return cap(withTense(t, v));
  // "practiced speaker/listener" in a couples session: the two practiced it together.
  // ("did danger assessment w K" in a couples intake: work with one partner is the clinician's with her, never the couple's.)
  if (v.company && /^(?:did|completed|conducted|administered|reviewed)\b/i.test(t) && /\bwith (?:her|him|[A-Z][a-z]+)\b/.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // ("completed DV safety screen (Danger Assessment 6)", "Did NOT disclose her report to Mike": a screen and a confidence
  // kept are the clinician's, never the couple's.)
  if (v.company && (/^(?:did|completed|conducted|administered)\b[^.;]{0,40}\b(?:screen(?:ing)?|danger assessment|risk assessment|C-SSRS|Columbia|safety assessment|lethality)\b/i.test(t) || /^(?:did not|didn't)\s+(?:disclose|share|tell|reveal|mention)\b/i.test(t))) return `${clinicianStart(v)} ${withTense(t.replace(/^did not\b/i, 'did not'), v)}`;
  if (v.company === 'the couple' && kind !== 'observation' && COUPLE_PRACTICE.test(t)) return `The couple ${withTense(t, v, true)}`;
  // "agreed phone charges in kitchen 10pm" in a family or couples session: what was agreed with no one named, everyone in the room agreed.
  if ((v.company === 'the couple' || v.company === 'the family') && /^(?:agreed|agree|agrees)\b/i.test(t) && kind !== 'observation') return `${cap(v.company)} ${withTense(t, v, true)}`;
  if (CLIENT_VERBS.has(w0) || kind === 'observation') return `${clientStart(v)} ${withTense(t, v)}`;
  // "Did not reply to her after 11 pm" among what the client told: the client's own act not done.
  // ("did not ask leading questions" is how the clinician interviewed: not the client's.)
  // ("didnt call home per CPS guidance": a step held back under someone's direction is the clinician's, kept without a doer.)
  if (kind === 'report' && CLIENT_ACT_NOT_DONE.test(t) && !/\bper\s+(?:\S+\s+){0,4}?(?:guidance|policy|protocol|instructions?|direction|request|supervisor|administration|admin)\b/i.test(t)) return `${clientStart(v)} ${withTense(t[0]!.toLowerCase() + t.slice(1), v)}`;
  // ("Came in disconnected", in a couples session: both came in, never one "Client".)
  if (kind === 'report' && v.company === 'the couple' && /^(?:came|arrived|showed up|walked)\s+in\b/i.test(t)) return `The couple ${withTense(t[0]!.toLowerCase() + t.slice(1), v)}`;
  // ("Fought re money + Maria found out ..." in a couples session: a fight jotted with no doer is the couple's, never the client's alone.)
  if (kind === 'report' && v.company === 'the couple' && /^(?:fought|argued|bickered|made up|reconciled|had (?:a|an|another|one|two|several) (?:big |bad |small |huge )?(?:fights?|arguments?|blow-?ups?))\b/i.test(t)) return `The couple ${withTense(t[0]!.toLowerCase() + t.slice(1), v)}`;
  // The client's own account of their life ("went back to yoga twice") is theirs; anything else stays doer-less.
  // ("Did exposures 5 of 7 days this week": what the client did between sessions; "did not ask leading questions" is no such
  // act, and "did some boundaries work" is work done in the session.)
  if (kind === 'report' && (CLIENT_ACTIVITIES.has(w0) || CLIENT_ACTIVITIES.has(verbForms(w0)?.past ?? '') || (w0 === 'did' && !/^did\s+(?:not|n't)\b/i.test(t) && !WORK_DONE_IN_SESSION.test(t)))) return `${clientStart(v)} ${withTense(t, v)}`;
  // "made it to school 3 of 5 days": getting somewhere is the client's own doing, never "It was made".
  if (kind === 'report' && /^(?:made|makes) it (?:to|through|back|in|out|home)\b/i.test(t)) return `${clientStart(v)} ${withTense(t, v)}`;
  // "did continuing bonds work, she wrote a letter": work done in the session, named as the work, is the clinician's.
  if (kind === 'intervention' && /^did\s+(?!not\b|n't\b)(?:some\s+)?[a-z-]+ing\s+[a-z-]+\s+work\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // ("Did exposure hierarchy review, planned elevator ride": a review named as the work done is the clinician's with the client.)
  const review = kind === 'intervention' && !v.clientAbsent ? /^(?:also\s+)?did\s+(?!(?:(?:a|an|the)\s+)?(?:med|meds|medication|medications|chart|record|records|file|lab|labs)\s)(?:a\s+|an\s+|the\s+)?((?:[a-z-]+\s+){1,3}?)(?:review|re-?review)\b/i.exec(t) : null;
  if (review) return `${cap(v.clinician)} and ${withWhom(t, v)} reviewed the ${review[1]!.trim()}${t.slice(review[0].length)}`;
  // "also connected her w/ campus counseling": linking the client to a service is the clinician's act.
  if (/^(?:also\s+)?(?:connected|linked)\s+(?:her|him|them)\s+(?:with|to)\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
  // "also did some boundaries work re how long he can stay": work named as work, done in the session, is the clinician's with the client.
  if (WORK_DONE_IN_SESSION.test(t) && !v.clientAbsent) return `${cap(v.clinician)} and ${withWhom(t, v)} ${withTense(t, v, true)}`;
  return doerless(t, w0, v);
}

/** Nouns whose "to" belongs to them ("option to report", "referral to psychiatry"), never to whom something was told. */
const NOUN_TAKES_TO = '(?:options?|plans?|referrals?|decision|needs?|goals?|commitment|return|transition|access|exposure|right|reasons?|choice|ability|willingness|intention|readiness|permission|request|invitation|move|step-down|step down)';

/** A verb and the object it acts on, up to where what follows says when, with whom, to whom or about what. */
const PASSIVE_OBJECT = new RegExp(String.raw`^(\S+)\s+((?:the |a |an |her |his |their )?(?:[^,:;()"]|(?<=\d):(?=\d))+?)(?=\s*(?:$|[,;(]|:(?!\d)|\s-\s|\s(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\s(?:with|in session|together|for(?=\s+(?:(?:the\s+)?\d|a\s+(?:few|couple|bit|while|minute|moment|long)|about|approx|the (?:first|last|rest|remainder|next|whole|entire)|several|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|most|part|half|much|long|now|today|the (?:week|weekend|holidays?))\b)|to(?!\s+(?:warn|protect)\b)(?<!\b${NOUN_TAKES_TO}\s+(?:to\s+(?:\S+\s+){0,3})?to)|on|about|using|and then|until|before|after|prior to|today|yesterday|this morning|this week)\b(?!\s+[A-Z])))`);

/** "discussed door alarms" -> "Door alarms were discussed."; otherwise the clause as written. */
function doerless(t: string, w0: string, v: Voice): string {
  // ("Role-played conversation w/ manager twice": a rehearsal done in session is the clinician's and the client's, never a
  // passive "Conversation was role-played with manager", which reads as done with the manager.)
  if (/^role-?played\s/i.test(t) && !v.clientAbsent) return `${cap(v.clinician)} and ${v.company ?? v.client} ${withTense(t[0]!.toLowerCase() + t.slice(1), v, true)}`;
  // "discussed f/u w/ PCP re: sertraline": a follow-up with the provider was what was discussed, never a discussion with the provider.
  const withWhom = /^discussed\s+((?:a\s+)?(?:follow-up|referral|appointment|consult(?:ation)?|visit)\s+with\s+[^,;]+?)(?=\s*(?:$|[,;]))/i.exec(t);
  if (withWhom) return `${cap(withWhom[1]!)} ${v.tense === 'past' ? 'was' : 'is'} discussed${t.slice(withWhom[0].length)}`;
  // "did not reply after 11 pm": an act not done has no object to make passive.
  // ("Discussed that drinking may interfere": a clause as the object is never made the subject.)
  if (PASSIVE_VERBS.has(w0) && !/^\S+\s+(?:not|never)\b/i.test(t) && !/^\S+\s+(?:that|whether|how|why|if)\b/i.test(t)) {
    // "discussed respite care through Area Agency on Aging": a capital after the preposition continues a name.
    // ("made CPS report 8:55 am": a time's colon is part of the object.)
    const m = PASSIVE_OBJECT.exec(t);
    const object = m?.[2]?.trim();
    // "processed guilt, explained why ...": a series of acts keeps its verbs first ("Guilt was processed
    // and explained why" would give the next act to the guilt).
    const nextAct = m ? /^\s*,\s*(?:and\s+)?([a-z]+)\b/.exec(t.slice(m[0].length))?.[1] : undefined;
    const series = !!nextAct && (isFiniteVerb(nextAct) || looksLikePastVerb(nextAct));
    // "role-played asking HR for a meeting": an act as the object is not made the subject.
    // ("Rehearsed twice in session": how often is never the thing done.)
    // ("Called Dr. Haddad's on-call": an object cut before its possessive is not the object.)
    // ("Discussed ... Helen's wish to stop going to the ER": an object whose words go on after it, with "to", is not cut from
    // them; the clinician is named as the doer instead.)
    if (m && object && /^\s+to\s+[a-z]+/i.test(t.slice(m[0].length)) && /\b(?:wish|wishes|plan|plans|decision|desire|choice|need|request|intention|hope|readiness|willingness|reluctance|refusal)$/i.test(object)) return clinicianDid(t, v);
    // ("Processed it as a group": a pronoun is never made the subject, "It as a group was processed".)
    // ("Discussed after group: ...": when it was done is no object either.)
    if (m && object && !series && !/^(?:it|this|that|them|these|those|after|before|during|later|earlier|briefly|privately|separately|again|further)\b/i.test(object) && !/^'s\b/.test(t.slice(m[0].length)) && !/^\s+to\s+[a-z]+/i.test(t.slice(m[0].length)) && object.split(/\s+/).length <= 6 && (!/^[a-z]+ing\b/i.test(object) || /^[a-z]+ing\s+(?:skills?|strateg(?:y|ies)|techniques?|exercises?|tools?|plans?|logs?|worksheets?|scripts?|statements?|routines?|homework)\b/i.test(object)) && !/^(?:how|what|why|when|where|whether|if|who|which|ways?|with|to|at|about|regarding|re|for|from|by|on|in|once|twice|again|thrice|\d+\s*(?:x|times)|(?:two|three|four|five|several|many)\s+times)\b/i.test(object) && !/\b(she|he|they|her own|his own|client|patient)\b/i.test(object) && !object.split(/\s+/).some((w) => isFiniteVerb(w))) {
      // "updated safety plan collaboratively": how it was done follows the verb, never the thing done.
      // ("risks of stopping abruptly": an adverb after a gerund is the gerund's, and stays in the thing done.)
      const how = /(?<![a-z]ing)\s+((?!(?:family|early|only|supply|daily|weekly|monthly|nightly|likely|reply|assembly|anomaly|july)\b)[a-z]+ly|together|again)$/i.exec(object);
      // ("side effects thoroughly": the thing done decides the verb, without how it was done.)
      const thing = how ? object.slice(0, how.index) : object;
      const last = thing.split(/\s+/).at(-1)!.toLowerCase();
      // "safe storage of firearms": the head noun before "of" decides the verb ("OB follow-up regarding medications" too).
      const headPart = thing.split(/ (?:of|regarding|re:?|about|for|on|with|to) /)[0]!;
      const head = headPart !== thing ? headPart.split(/\s+/).at(-1)!.toLowerCase() : last;
      // ("a couple of activities", "a few skills", "several of the steps": a count of things is as many as the things.)
      const counted = /^(?:a\s+)?(?:couple|few|number|lot|set|series|handful|pair)\s+of\s+|^(?:several|some|many|both|all)\s+of\s+/i.test(object);
      const plural = counted ? /[^su]s$/.test(last) : (/[^su]s$/.test(head) && !/(ness|sis|ics)$/.test(head)) || /\sand\s/.test(headPart);
      const be = v.tense === 'past' ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
      const verb = verbForms(w0.toLowerCase())?.participle ?? w0.toLowerCase();
      if (how) return `${cap(thing)} ${be} ${verb} ${how[1]}${t.slice(m[0].length)}`;
      return `${cap(object)} ${be} ${verb}${t.slice(m[0].length)}`;
    }
  }
  return cap(withTense(t, v));
}

const AFFECT_ADJECTIVE = '(flat|constricted|restricted|blunted|labile|congruent|incongruent|bright|brighter|full|euthymic|dysphoric|tearful|anxious|appropriate|sad|depressed|irritable|worried|guarded|teary)';
/** "affect constricted", "affect was sad tearful", "affect sad and anxious": the affect and up to two words for it. */
const AFFECT_WORDS = new RegExp(`^affect\\s+(?:(?:was|is|appeared|seemed)\\s+)?${AFFECT_ADJECTIVE}(?:(?:\\s+and\\s+|\\s+)${AFFECT_ADJECTIVE})?(?=,|\\s|$)`, 'i');

/**
 * What the clinician saw, framed as presentation, never as the client's report:
 * "quiet, hood up" -> "Client presented as quiet, hood up"; "good eye contact" -> "Client
 * presented with good eye contact"; "pacing" -> "Client was observed pacing".
 */
function presentation(text: string, w0: string, v: Voice): string {
  // ("Restricted AM snack (left half of muffin)": a meal the client restricted, refused or finished is the client's act, never
  // "restricted" as an affect.)
  if (/^(?:restricted|refused|skipped|completed|finished|declined)\s+(?:(?:the|her|his|their|AM|PM|morning|afternoon|evening|bedtime)\s+)?(?:snacks?|breakfast|lunch|dinner|meals?|supplements?|fluids|Ensure|Boost)\b/i.test(text)) return `${v.company === 'the couple' ? 'The couple' : clientStart(v)} ${text[0]!.toLowerCase()}${text.slice(1)}`;
  // "Tearful when ..." continues the sentence in lower case.
  const t = /^[A-Z][a-z]/.test(text) && !/^[A-Z][a-z]+\s+[A-Z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  const presented = v.tense === 'past' ? 'presented' : 'presents';
  // "Presented bright affect", "presented tearful": the verb jotted without "with" or "as" is read as if it were not there.
  const jotted = /^(?:presented|presents)\s+(?!as\b|with\b|to\b|at\b|in\b|for\b|on\b|late\b|early\b|\d)(?=[a-z])/i.exec(t);
  if (jotted) return presentation(t.slice(jotted[0].length), firstWord(t.slice(jotted[0].length)), v);
  // ("O: Linear bruise approx 3 in on back of L upper arm": an injury seen is what the clinician observed, never how the client presented.)
  if (/^(?:(?:a|an)\s+)?(?:(?:small|large|faint|fresh|old|new|healing|healed|superficial|linear|multiple|several|two|three|\d+)\s+)*(?:bruis(?:e|es|ing)|marks?|scratch(?:es)?|lacerations?|scars?|welts?|burns?|abrasions?|scabs?|swelling)\b/i.test(t)) return `${clinicianStart(v)} ${v.tense === 'past' ? 'observed' : 'observes'} ${t}`;
  // ("his affect was flat": the client's own affect is "affect", said as the finding.)
  const own = /^(?:his|her|their)\s+(?=(?:affect|speech|eye contact|grooming|hygiene|psychomotor)\b)/i.exec(t);
  if (own) return presentation(t.slice(own[0].length), firstWord(t.slice(own[0].length)), v);
  // "baby doll repeatedly put in time out": what happened in the play, said as play.
  const play = PLAY_MATERIAL_FIRST.exec(t);
  if (play) {
    const the = /^(?:the|a|an|her|his|their)\s/i.test(t) ? '' : 'the ';
    // "baby doll repeatedly put in time out": the jotted participle gets its "was".
    const done = /^(\s+(?:repeatedly|often|again|always|then|twice|once)\s+|\s+)(put|set|sent|placed|thrown|hit|buried|hidden|locked|left|[a-z]+ed)\b/.exec(t.slice(play[0].length));
    if (done) return `In play, ${the}${play[0]} ${/s$/.test(play[0]) && !/sand$/.test(play[0]) ? 'were' : 'was'}${done[1]!.trimEnd() ? ` ${done[1]!.trim()}` : ''} ${done[2]}${t.slice(play[0].length + done[0].length)}`;
    return `In play, ${the}${t}`;
  }
  // ("Not tearful, thoughtful, some nervous laughter": a sign seen absent is said of the client, then the rest as presented.)
  const notSeen = /^not\s+([a-z-]+)(?:,\s+(\S.*))?$/i.exec(t);
  if (notSeen && OBSERVATION_WORDS.has(notSeen[1]!.toLowerCase())) {
    const start = `${clientStart(v)} ${was(v)} not ${notSeen[1]!.toLowerCase()}`;
    if (!notSeen[2]) return start;
    const rest = presentation(notSeen[2], firstWord(notSeen[2]), v);
    return rest.startsWith(`${clientStart(v)} `) ? `${start} and ${rest.slice(clientStart(v).length + 1)}` : `${start} and ${v.tense === 'past' ? 'presented' : 'presents'} as ${rest[0]!.toLowerCase()}${rest.slice(1)}`;
  }
  // "Currently shaky, sweating": how the client was in the room; "currently" adds nothing to it.
  const now = /^currently\s+(?=[a-z])/i.exec(t);
  if (now && (OBSERVATION_WORDS.has(firstWord(t.slice(now[0].length))) || EMOTIONS.has(firstWord(t.slice(now[0].length))))) return presentation(t.slice(now[0].length), firstWord(t.slice(now[0].length)), v);
  // "Very angry about the denial": how strongly the client felt, said of the client.
  const intense = /^(?:very|really|extremely|quite|somewhat|slightly|visibly|fairly|pretty|so)\s+(?=[a-z])/.exec(t);
  if (intense && (OBSERVATION_WORDS.has(firstWord(t.slice(intense[0].length))) || EMOTIONS.has(firstWord(t.slice(intense[0].length))))) return `${clientStart(v)} ${was(v)} ${t}`;
  // "Late, camera off": lateness is a fact of the session, not a way of presenting.
  if (/^(?:late|early)\b/.test(t)) return `${clientStart(v)} ${was(v)} ${t}`;
  // ("affect brightened a bit by end": a change seen in the affect is said of the client's affect, never presented with.)
  const changed = /^(affect|mood|eye contact|speech)\s+(brightened|improved|lifted|softened|relaxed|calmed|settled|became|grew|shifted|changed|flattened|darkened|worsened|increased|decreased)\b/i.exec(t);
  if (changed) return `${cap(v.client)}'s ${t}`;
  // "affect constricted" reads "constricted affect".
  // "affect was sad tearful" reads "sad, tearful affect".
  const affect = AFFECT_WORDS.exec(t);
  if (affect) {
    const described = affect[2] ? `${affect[1]}, ${affect[2]} affect` : `${affect[1]} affect`;
    return presentation(`${described}${t.slice(affect[0].length)}`, firstWord(described), v);
  }
  // "Thought process linear", "Judgment fair": a mental-status finding is written as the finding.
  // ("grooming fair, thought process linear mostly": a list of findings opened by the domain is written as the list.)
  if (/^(?:thought (?:process|content)|insight|judgment|judgement|orientation|memory|attention|concentration|grooming|hygiene|speech)\s+(?!(?:and|with|was|is|were)\b)[a-z]/i.test(t) && !/^\S+(?:\s+\S+)?\s+(?:was|is|were)\b/.test(t)) return cap(t);
  // ("Oriented, thought process linear": a description, then a domain with its finding, is said as both, never "presented as
  // oriented and thought process linear".)
  {
    const parts = t.split(/,\s+/);
    const domainAt = parts.findIndex((p, i) => i > 0 && DOMAIN_THEN_FINDING.test(p));
    if (domainAt > 0 && parts.slice(domainAt).every((p) => DOMAIN_THEN_FINDING.test(p)) && parts.slice(0, domainAt).every((p) => OBSERVATION_WORDS.has(firstWord(p)) || EMOTIONS.has(firstWord(p)))) {
      const lead = presentation(parts.slice(0, domainAt).join(', '), firstWord(parts[0]!), v);
      return `${lead}; ${parts.slice(domainAt).map((p) => p.replace(DOMAIN_THEN_FINDING, (_m, domain: string, finding: string) => `${domain} ${was(v)} ${finding}`)).join(', ')}`;
    }
  }
  // "flat, quiet, picked at sleeve, answered in few words": descriptions, then acts seen in the room.
  const items = t.split(/,\s+/);
  const isAct = (item: string): boolean => {
    const w = firstWord(item);
    return looksLikePastVerb(w) && (!OBSERVATION_WORDS.has(w) || /^(?:cried|smiled|laughed|sighed|fidgeted|yawned)$/.test(w)) && !/^(?:presented|appeared|looked|seemed)$/.test(w);
  };
  const firstAct = items.findIndex((item, i) => i > 0 && isAct(item));
  if (firstAct > 0 && items.slice(firstAct).every(isAct) && !items.slice(0, firstAct).some(isAct) && items.slice(0, firstAct).every((x) => x.split(/\s+/).length <= 3)) {
    const descs = items.slice(0, firstAct);
    const acts = items.slice(firstAct);
    const and = (xs: string[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]!);
    // "bright affect, engaged, gave feedback": a finding is presented "with", a description "as" (or "was" after a finding).
    const findings = descs.filter(isFinding);
    const described = descs.filter((d) => !isFinding(d));
    const parts = [
      ...(findings.length ? [`${presented} with ${and(findings)}`] : []),
      ...(described.length ? [`${findings.length ? was(v) : `${presented} as`} ${and(described)}`] : []),
      ...acts.map((a) => withTense(a, v)),
    ];
    return `${clientStart(v)} ${and(parts)}`;
  }
  if (/^(presented|presents|appeared|appears|looked|looks|seemed|seems)$/.test(w0)) return `${clientStart(v)} ${withTense(t, v)}`;
  // "cried briefly", "smiled when ...": a past-tense act seen in the room is the client's.
  // "disheveled", "guarded", "constricted" are descriptions, not acts.
  // "put the dad doll outside": a past form that is also the base ("put", "set", "hit") is the act seen.
  // ("Left hemiparesis, mild dysarthria": the side of a finding, never the client leaving.)
  if (NEURO_FINDING.test(t)) return cap(t);
  if ((verbFirst(w0) || verbForms(w0)?.past === w0) && (!OBSERVATION_WORDS.has(w0) || (SEEN_ACTS.test(w0) || w0 === 'oriented'))) return verbFirstSentence(t, w0, 'observation', v);
  // ("Tense at start" in a couples session, with no one named: how the couple presented, never one "Client".)
  const who = v.company === 'the couple' ? 'The couple' : clientStart(v);
  const presentedBy = v.company === 'the couple' && v.tense === 'present' ? 'present' : presented;
  if (isFinding(t)) return `${who} ${presentedBy} with ${t}`;
  if (/ing$/.test(w0)) return `${who} ${v.company === 'the couple' ? (v.tense === 'past' ? 'were' : 'are') : v.tense === 'past' ? 'was' : 'is'} observed ${t}`;
  if (OBSERVATION_WORDS.has(w0) || EMOTIONS.has(w0)) return `${who} ${presentedBy} as ${t}`;
  return t;
}

/** "thought process linear", "insight fair": a mental-status domain, then its finding (1: domain, 2: finding). */
const DOMAIN_THEN_FINDING = /^(thought (?:process|content)|insight|judgment|judgement|orientation|memory|attention|concentration|speech|mood|eye contact)\s+(?!(?:and|with|was|is|were|no|not|without|negative|denies|denied|free|wnl)\b)([a-z][^,]*)$/i;

/** A finding is presented "with" ("flat affect", "good eye contact"); a description "as" ("quiet"). */
function isFinding(t: string): boolean {
  const w0 = firstWord(t);
  // "flat, tired, hoodie up": an adjective alone describes ("as"); "flat affect" is a finding ("with").
  if (/^(?:flat|blunted|constricted|restricted|good|poor|minimal|fleeting|long|rapid|pressured|slow|soft)\s*(?:,|$|\s+and\b)/i.test(t)) return false;
  return OBSERVATION_NOUN_STARTS.has(w0) || MSE_DOMAINS.has(w0) || /^[a-z]+(?:er)?\s+(affect|mood|eye contact|speech|hygiene|grooming)\b|^[a-z]+,\s*[a-z]+\s+affect\b/.test(t);
}

/** "did not complete the PHQ-9 today", "didn't do the GAD-7": an instrument (capitals or digits in its name) left undone (group 1), then the rest (group 2). */
const MEASURE_NOT_DONE = /^(?:did not|didn't|didnt|could not|couldn't)\s+(?:complete|do|fill out|fill in|finish|take)\s+(?:the\s+|her\s+|his\s+|their\s+)?((?:[A-Z][A-Za-z]*[-\s]?)?[A-Z][A-Z0-9-]*[A-Z0-9](?:\s+\([A-Z0-9-]+\))?)(\b.*)$/;

function completeSubjectless(t: string, kind: FactKind, v: Voice): string {
  // ("Agreed to share notes monthly" on a call with a prescriber): with the client away, what was agreed was agreed on the call,
  // never by the client.
  if (v.clientAbsent && /^(?:agreed|decided)\b/i.test(t)) return v.company ? `${clinicianStart(v)} and ${v.company} ${withTense(t, v, true)}` : cap(t);
  // ("called pt at 2:15, no answer"): calling or messaging the client is never the client's own act.
  // ("had each practise a complaint without blame" in a couples session): having each of them do something is the clinician's direction.
  if (/^had\s+(?:each|both|them|the couple|each partner|each of them|both partners)\s+(?:of them\s+)?[a-z]+/i.test(t)) return clinicianDid(t, v);
  // ("called x2 at 2:10 and 2:25, no answer, left VM"): a call that went unanswered, with a message left, is the clinician's outreach.
  if (/^(?:called|phoned|texted|emailed|messaged|left\s+(?:a\s+)?(?:message|voicemail)\s+for)\s+(?:the\s+)?(?:client|patient)\b/i.test(t) || /^(?:called|phoned)\b[^.;]{0,60}\b(?:no answer|left (?:a\s+)?(?:voicemail|message)|went to voicemail|no response)\b/i.test(t)) return clinicianDid(t, v);
  // ("did not attend the 2 pm appointment", from "no-show for 2pm"): only the client attends, absent or not.
  if (/^(?:did not|didn't)\s+(?:attend|show)\b/i.test(t)) return `${clientStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // ("Did not complete the PHQ-9 today"): a measure left undone names no one who left it, so none is named.
  const measureNotDone = MEASURE_NOT_DONE.exec(t);
  if (measureNotDone) return `The ${measureNotDone[1]} ${v.tense === 'past' || /\b(?:today|this session|this visit)\b/i.test(measureNotDone[2]!) ? 'was' : 'is'} not completed${measureNotDone[2]}`;
  // ("Seen Leo alone w/ drawing": the one seen alone is the one named, with the "was" of being seen.)
  const seenNamed = /^seen\s+([A-Z][a-z]+)\s+(?=(?:alone|individually|separately|privately|first)\b)/.exec(t.replace(/^Seen\b/, 'seen'));
  if (seenNamed) return `${seenNamed[1]} was seen ${t.slice(seenNamed[0].length)}`;
  // ("Cut evening ordering rituals from 2 hrs to about 45 min", "Reduced checking from 10x to 3x a day": a habit brought down
  // from one amount to another is the client's own doing; "Reduced appetite" alone is a symptom, kept as written.)
  if (kind === 'report' && !v.clientAbsent && /^(?:cut|reduced|decreased|lowered|brought|increased|raised)\s+(?:down\s+)?(?:(?:her|his|their|the)\s+)?[a-z-]+(?:\s+[a-z-]+){0,3}\s+from\s+\S+(?:\s+\S+){0,3}\s+(?:to|down to)\s+\S/i.test(t)) return `${clientStart(v)} ${withTense(t[0]!.toLowerCase() + t.slice(1), v)}`;
  // ("Stayed on video with her while partner Marcus drove home": staying on the line with the client is the clinician's act.)
  if (/^stayed\s+on\s+(?:the\s+)?(?:video|phone|line|call)\s+with\s+(?:her|him|them|the client|client|pt|the patient)\b/i.test(t)) return `${clinicianStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // ("There are 2 rifles in the barn": a sentence with its own "there is" needs no doer and no "reported".)
  if (/^there\s+(?:is|are|was|were|has been|have been)\s/i.test(t) && (kind === 'report' || kind === 'risk' || kind === 'observation')) return cap(t);
  // ("Height 5'6", weight 141 lb, BMI 22.8", "heart rate 58, blood pressure 96/60 orthostatic positive per nurse": measurements
  // taken, said as they were taken, never as the client's report.)
  if (/^(?:height|weight|BMI|heart rate|blood pressure|temperature|oxygen saturation|orthostatic vitals?|vitals?|labs?)\b[^.;]{0,20}\d/i.test(t) && (kind === 'report' || kind === 'observation')) return cap(t);
  // ("Urgent bedside consult, 5N onc rm 518, paged by RN Keisha after ...": the contact's own kind, named first, tells how it came
  // about; never what the client reported.)
  if (CONTACT_NAMED_FIRST.test(t) && (kind === 'report' || kind === 'risk' || kind === 'observation')) return cap(t);
  // ("His dad, FF Pete Kowalski, got burned on his arms 2 wks ago": what befell the client's relative, told with no teller, is said
  // of the client's relative, never as the client's report.)
  const relativeOf = kind === 'report' && !v.clientAbsent ? RELATIVE_BEFELL.exec(t) : null;
  if (relativeOf) return `${cap(v.client)}'s ${t.slice(relativeOf[1]!.length).trimStart()}`;
  if ((kind === 'report' || kind === 'risk') && !v.clientAbsent) {
    // ("admitted after SI w/ plan": the client was admitted, never "admitted" as in owned up to.)
    if (/^admitted\s+(?:to|after|for|on|via|from|yesterday|last)\b/i.test(t)) return `${clientStart(v)} ${v.tense === 'past' ? 'had been' : 'was'} ${t[0]!.toLowerCase()}${t.slice(1)}`;
    // ("Today denies SI": today's answer, said with its client and the note's tense.)
    const todayThen = /^(today|this morning|now)\s+(denies|endorses|reports|states|says|rates|agrees)\b/i.exec(t);
    if (todayThen) return `${cap(todayThen[1]!.toLowerCase())}, ${v.client === 'client' || v.client === 'patient' ? `the ${v.client}` : v.client} ${setTense(todayThen[2]!.toLowerCase(), v.tense)}${t.slice(todayThen[0].length)}`;
    // ("Current: denies SI, denies HI", "Currently endorses passive SI", "Still denies SI": how it stands now, said by the client.)
    const nowThen = /^(?:current\s*:\s*|(currently|still|again|also)\s+)(denies|endorses|reports|states|says)\b/i.exec(t);
    if (nowThen) return `${clientStart(v)} ${(nowThen[1] ?? 'currently').toLowerCase()} ${setTense(nowThen[2]!.toLowerCase(), v.tense)}${toThirdPerson(t.slice(nowThen[0].length), v)}`;
  }
  // ("Collaboratively updated safety plan": work done together is the clinician's and the client's, never a passive "was updated".)
  const together = /^(collaboratively|jointly|together)\s+([a-z]+ed)\b/i.exec(t);
  if (together && !v.clientAbsent) return `${clinicianStart(v)} and ${withWhom(t, v)} ${together[1]!.toLowerCase()} ${t.slice(together[0].length - together[2]!.length)}`;
  // ("Asked what he meant - said he meant court": the clinician's question, then the answer of the one it names.)
  const askedWhat = /^asked\s+((?:what|how|why|if|whether|who|when)\s+(she|he|they)\b[^:;"]*?)\s*(?::|\s[-–]\s|,)\s*(?:(?:she|he|they)\s+)?(said|says|stated|states|reported|reports|answered|replied)\s+(\S.*)$/i.exec(t);
  if (askedWhat) return `${clinicianStart(v)} asked ${askedWhat[1]}; ${askedWhat[2]!.toLowerCase()} ${setTense(askedWhat[3]!.toLowerCase(), v.tense)} ${askedWhat[4]}`;
  const w0 = firstWord(t);
  const next = t.slice(w0.length).trim();
  const quoteOnly = /^"[^"]*"$/.test(t);
  const startsWithPreposition = LEADING_PREPOSITIONS.has(w0);
  // ("Couldn't assess affect by phone": what the clinician could not examine is the clinician's limit, never the client's.)
  if (CLINICIAN_COULD_NOT.test(t)) return `${clinicianStart(v)} ${/^unable/i.test(t) ? `${was(v)} ` : ''}${t[0]!.toLowerCase()}${t.slice(1)}`;
  // ("but told both next incident with kids in car I would consult re report": telling them what the clinician would do is the clinician's act.)
  const toldThem = /^(?:but\s+)?told\s+(both|them|the couple|the parents|the family)\s+(?:that\s+)?(.*\b(?:the therapist|this writer|the clinician)\s+(?:would|will|had to|has to|must)\b.*)$/i.exec(t);
  if (toldThem) return `${clinicianStart(v)} told ${toldThem[1]!.toLowerCase()} that ${toldThem[2]}`;
  // ("E: ... Will check in w/ him at 2:45 and tomorrow AM": checking in with the client is the clinician's step, whatever the label.)
  // ("Will call J.M.": a group member named by initials is called by the clinician as "him" would be.)
  if (/^will\s+(?:check in|follow up|touch base|check on|meet|see|call|text)\s+(?:with\s+)?(?:(?:him|her|them)\b|[A-Z]\.\s?[A-Z]\.)/i.test(t)) return `${clinicianStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // "also notified school counselor per protocol": the sentence is written without the adverb, which
  // then goes after its subject ("Therapist also notified ...").
  // "Stable on depakote, working 3 days/wk": a state jotted without its subject is the client's, as "was".
  if (kind === 'report' && /^(?:stable|sober|abstinent|adherent|compliant|med adherent|medication adherent)\b/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // ("Also gave her the elder abuse hotline" among what the client told: what the clinician gives is theirs.)
  const adverb = kind !== 'report' || /^later\s+(?:said|told|disclosed|reported|added|shared)\b/i.test(t) || CLINICIAN_GIVES.test(t.replace(/^(?:also|then|additionally|afterwards|finally|later)\s+/i, '')) || /^(?:also|then)\s+(?:(?:connected|linked)\s+(?:her|him|them)\s+(?:with|to)\b|did\s+(?:some\s+)?(?:[a-z-]+\s+){1,2}work\b)/i.test(t) ? /^(also|then|additionally|afterwards|finally|later)\s+(?=[a-z])/i.exec(t) : null;
  if (adverb && verbFirst(firstWord(t.slice(adverb[0].length)))) {
    const rest = completeSubjectless(t.slice(adverb[0].length), kind, v);
    const subject = /^(?:(?:The therapist|Therapist|This writer|The clinician|Clinician) and (?:the )?(?:client|family|couple|group)|The therapist|Therapist|This writer|The clinician|Clinician|Client|The client|Patient)\s/.exec(rest);
    return subject ? `${subject[0]}${adverb[1]!.toLowerCase()} ${rest.slice(subject[0].length)}` : `${cap(adverb[1]!.toLowerCase())} ${rest[0]!.toLowerCase()}${rest.slice(1)}`;
  }
  // ("told mom about the plan w/ Rae's ok", in any section: telling someone with the client's consent is the clinician's act.)
  if (/^(?:told|informed|updated|called|let)\s/i.test(t) && /\bwith (?:[A-Z][a-z]+'s|her|his|their|(?:the )?client's) (?:ok|okay|permission|consent)\b/.test(t)) return clinicianDid(t, v);
  // ("Checked in w/ Ravi after, he said he was ok"): checking in with someone named, said with no one before it, is the clinician's.
  if (/^(?:checked in|followed up|touched base)\s+(?:w\/\s*|with\s+)(?!(?:her|him|them|me|us)\b)[A-Z][a-z]+\b/.test(t)) return clinicianDid(t, v);
  // ("Intervention: suspended ERP agenda"): the session's planned work set aside is the clinician's act, never the client
  // suspended (from school).
  if (WORK_SET_ASIDE.test(t)) return clinicianDid(t, v);
  // "seen cell-front w/ CO present", "placed on suicide watch 1:1": what was done to the client, with its "was".
  if ((kind === 'report' || kind === 'observation' || kind === 'intervention' || kind === 'risk') && EVENT_PARTICIPLES.test(w0) && !/^\S+\s+(?:up|out|off|in|him|her|them|the|a|an)\b(?!\s+(?:cell|unit|pod|room|ed|er|hospital|segregation|custody))/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // "his wifi kept cutting out": what happened to the connection, said as it happened, never as a report.
  if (/^(?:his|her|their|the) (?:connection|video|audio|internet|wifi|wi-fi|signal|camera)\s+(?:kept|was|cut|dropped|froze|went)\b/i.test(t)) return cap(t);
  // "+passive SI" arrives as "positive for passive suicidal ideation": the client endorsed it.
  if ((kind === 'report' || kind === 'risk') && POSITIVE_FOR_IDEATION.test(t)) return `${clientStart(v)} ${v.tense === 'past' ? 'endorsed' : 'endorses'} ${t.replace(/^positive for\s+/i, '')}`;
  // "was in therapy in college": where the client was, said with the client as subject.
  if (kind === 'report' && /^(?:was|has been|had been)\s+(?:previously\s+)?(?:in|on|at)\s+(?:therapy|counseling|counselling|treatment|tx|medication|meds|[a-z]+\s+(?:therapy|program|treatment))\b/i.test(t)) return `${clientStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // "taken to hosp for eval, still there" after another person's news: who was taken is left as written, never the client's report.
  if (kind === 'report' && /^(?:taken|brought|rushed|sent)\s+to\b/i.test(t)) return cap(t);
  // ("Last VL 1,240 (up from <20 in Jan)", "Pharmacy refill data shows 2 missed fills": a result from the chart or a record,
  // stated as it stands, never something the client reported.)
  // ("labs per PCP last wk normal per pt" is the client's own telling.)
  if (kind === 'report' && CHART_RESULT.test(t) && !/\bper\s+(?:pt|client|patient|her|him|them)\b/i.test(t)) return cap(t);
  // ("Dx HIV 1998, on Odefsey": when the client was diagnosed, said as such.)
  const diagnosed = kind === 'report' ? /^(?:[Dd]iagnosis|[Dd]iagnosed(?:\s+with)?)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:in\s+)?((?:19|20)\d\d)\b/.exec(t) : null;
  if (diagnosed) return `${clientStart(v)} ${v.tense === 'past' ? 'was' : 'is'} diagnosed with ${diagnosed[1]} in ${diagnosed[2]}${t.slice(diagnosed[0].length)}`;
  // "remains in seg per custody": where the client stays is the client's, never a report.
  if ((kind === 'report' || kind === 'observation' || kind === 'plan') && /^(?:remains|remained)\b/i.test(t)) return `${clientStart(v)} ${v.tense === 'past' && !/\b(?:tonight|tomorrow|until)\b/i.test(t) ? 'remained' : 'remains'}${t.slice(w0.length)}`;
  // "now calmer, sleeping": how the client is by the session's end, with its "was".
  const now = kind === 'report' ? /^(?:now|still)\s+([a-z-]+)/i.exec(t) : null;
  if (now && stateByThen(now[1]!)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
  // "Drinking needs follow-up", "sleeping has improved": the -ing word is the subject, never what the client was doing.
  if (/^[a-z]{3,}ing\s+(?:needs|is|was|has|had|remains|continues|seems|requires|warrants|will|may|might|should)\b/i.test(t)) return cap(t);
  // A sentence never opens with a quotation: the quote is the client's, the sentence is ours.
  if (t.startsWith('"') && !quoteOnly) {
    const lead: Partial<Record<FactKind, string>> = { plan: 'Plan', homework: 'Homework', goal: 'Goal', intervention: 'Intervention' };
    if (lead[kind]) return `${lead[kind]}: ${t}`;
  }
  switch (kind) {
    case 'measure':
      // ("Pt MoCA 22": a score jotted after the client is the score the client had on that measure.)
      {
        const scored = /^(?:client|patient|pt)\s+((?:[A-Z][\w'-]*\s+){0,5}\(?[A-Z][A-Za-z0-9-]+\)?)\s+(?:score\s+(?:of\s+)?|total\s+)?[:=]?\s*(\d{1,3}(?:\s*\/\s*\d{1,3})?)(\s+(?:today|this visit|on admission|at intake))?\s*$/i.exec(t);
        if (scored && /[A-Z]{2}/.test(scored[1]!)) return `${clientStart(v)} scored ${scored[2]} on the ${scored[1]}${scored[3] ?? ''}`;
      }
      // "Did C-SSRS - high risk": a measure given is the clinician's act ("did" a scale is completing it).
      // ("Did resp prev on groin checking, SUDS 70 to 40", "did in-session expo": an exposure is done together, never the therapist's alone.)
      if (/^(?:did|completed)\s/i.test(t) && /\b(?:expo|exposures?|response prevention|imaginal|in vivo|in-vivo|ERP)\b/i.test(t) && !v.clientAbsent) return `${cap(v.clinician)} and ${withWhom(t, v)} ${withTense(t.replace(/^did\b/i, 'completed'), v, true)}`;
      if (/^(?:did|completed|administered|re-?administered|gave|ran)\s/i.test(t)) return clinicianDid(t.replace(/^did\b/i, 'completed'), v);
      // "Reports mood 4/10": a rating the client gave, said with its verb.
      if (verbFirst(w0) && (CLIENT_VERBS.has(w0) || v.clientAbsent)) return verbFirstSentence(t, w0, kind, v);
      return t;
    case 'plan':
      // ("Plan same, 2 wks", "Plan: same": the plan goes on as it stood, said as the step; what follows is kept.)
      {
        const same = PLAN_UNCHANGED.exec(t);
        if (same) {
          const rest = t.slice(same[0].length).replace(/^\s*[,;.]\s*/, '');
          const when = /^(?:f\/u\s+|follow[- ]?up\s+|rtc\s+|return to clinic\s+)?(?:in\s+)?((?:\d+|one|two|three|four|six)\s*(?:weeks?|days?|months?))\s*$/i.exec(rest);
          return `Continue the current plan${when ? `; next session in ${when[1]}` : rest ? `; ${rest}` : ''}`;
        }
      }
      // "RTC 2 wks", "f/u 1 week": when the next visit is, said with "in".
      {
        const when = /^(return to clinic|follow-up|follow up|next session|next appointment|see client|recheck|re-check)\s+(?=(?:\d+|one|two|three|four|six)\s*(?:weeks?|days?|months?)\s*$)/i.exec(t);
        if (when) return `${cap(when[1]!)} in ${t.slice(when[0].length)}`;
      }
      // "next wk relapse prevention": the next session's topic, with when it is set apart as a label.
      {
        const nextTopic = /^(next (?:week|session|time|group))\s+(?!(?:is|will|we|i|she|he|they|to|at|on|in|the|client|pt|patient|with|for|same|by|after|before|tomorrow|tonight|weekly|biweekly|every|each|[a-z]+day|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b)(?=[a-z])/i.exec(t);
        if (nextTopic && !/\b(?:will|to|is|are)\b/i.test(t.slice(nextTopic[0].length))) return `${cap(nextTopic[1]!.toLowerCase())}: ${t.slice(nextTopic[0].length)}`;
      }
      // ("Was referred for inpatient psychiatric evaluation": the client, sent on, is the one referred.)
      if (/^was (?:referred|sent|admitted|transferred|transported|discharged|cleared)\b/i.test(t)) return `${clientStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("Will confirm rifle removal with pt by phone Monday": a step done with the client is the clinician's.)
      if (/^will\s+[a-z]+\b[^.;]*\b(?:with|w\/)\s+(?:the\s+)?(?:client|patient|pt)\b/i.test(t)) return `${clinicianStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "I'm going to keep ERP weekly" in the plan: what the clinician will do.
      if (/^(?:the )?(?:therapist|clinician)\s+(?:is going to|is gonna|will)\s+/i.test(t)) return `${clinicianStart(v)} will ${t.replace(/^(?:the )?(?:therapist|clinician)\s+(?:is going to|is gonna|will)\s+/i, '')}`;
      // "next: 2 wks (T traveling)": a bare interval in the plan is when the next session is.
      if (/^(?:in\s+)?\d+\s+(?:weeks?|days?|months?)\s*(?:$|\()/i.test(t)) return `Next session in ${t.replace(/^in\s+/i, '')}`;
      // "plan is to keep meeting weekly" arrives as "to keep meeting weekly".
      if (/^to\s+[a-z]+/.test(t) && !/^to\s+(?:overdose|kill|hurt|harm)\b/.test(t)) return cap(t.replace(/^to\s+/, ''));
      // "Next wk." alone in the plan: a bare time is when the next session is.
      if (/^(?:next (?:week|month)|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(t)) return `Next session ${/day$/i.test(t) && !/^tomorrow$/i.test(t) ? 'on ' : ''}${t.toLowerCase().replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/, (d) => cap(d))}`;
      // "plan weekly": a bare cadence is the plan's when, kept under its label rather than left as a fragment.
      if (/^(?:next (?:week|month|session)|tomorrow|(?:in )?\d+\s*(?:weeks?|days?|months?)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:bi)?weekly)$/i.test(t)) return `Plan: ${t}`;
      // "Next: step 7": a bare item of the plan keeps a label, never a fragment alone.
      if (/^step \d+$/i.test(t)) return `Plan: ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Email the therapist Friday": the client reaches the therapist; "Father check-in with the therapist": the father does.
      if (REACH_THE_THERAPIST.test(t) && !v.clientAbsent) return `${clientStart(v)} to ${t[0]!.toLowerCase()}${t.slice(1)}`;
      {
        const relative = RELATIVE_CHECK_IN.exec(t);
        if (relative) return `${cap(relative[1]!.toLowerCase())} to ${/call/i.test(relative[0]) ? 'call' : 'check in'} ${t.slice(relative[0].length)}`;
      }
      // "coord w/ VA PCT" in the plan is a step still to take.
      // ("coordinated entry assessment": the housing system's intake, a name, kept as the step.)
      if (/^coordinated\s+(?:entry|specialty care)\b/i.test(t)) return cap(t);
      if (w0 === 'coordinated' && !/\b(?:yesterday|today|already)\b/.test(t)) return `Coordinate${t.slice(w0.length)}`;
      // "Recommend RTW w/ accommodations": the clinician's recommendation, said as theirs.
      if (w0 === 'recommend') return `${clinicianStart(v)} ${v.tense === 'past' ? 'recommended' : 'recommends'}${t.slice(w0.length)}`;
      // "recommended weekly CBT": only a clinician recommends or refers ("gave her a breathing handout": hands over).
      if (THERAPIST_ONLY_VERBS.has(w0) || CLINICIAN_GIVES.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
      // "will follow up re safety plan": a clinician's task; "will bring the letter" names no one.
      // ("will not force": what the clinician will not do, after the client's choice.)
      if (/^will not\s+(?:force|pressure|push|require|mandate)\b/i.test(t)) return `${clinicianStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      if (/^will\s+(?:follow[- ]up|follow up|consult|coordinate|refer|reassess|re-assess|assess|monitor|send|contact|obtain|request|complete the|update|review|provide|schedule|check in with|fax|document|submit)\b/i.test(t)) return `${clinicianStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      return t;
    case 'session': {
      // "we did the last part audio only" -> "The last part of the session was held audio only."
      const part = /^(?:(?:we|i|therapist and client|the therapist)\s+)?(?:did|finished|held|completed|switched|moved)\s+(?:to\s+)?(?:the\s+)?(last|first|rest of the|second|final)\s+(part|half|portion|\d+\s*(?:min|mins|minutes))(?:\s+of\s+(?:the\s+)?(?:session|sess|call))?\s+(.+)$/i.exec(t);
      if (part) return `The ${part[1]!.toLowerCase()} ${part[2]!.replace(/\s*(?:min|mins)$/, ' minutes')} of the session ${was(v)} held ${part[3]}`;
      // "dx MDD recurrent severe": the diagnosis under its label, its qualifiers in list form.
      // ("Dx provisional MDD": how sure the diagnosis is goes with its label.)
      if (/^(?:diagnosis|dx):?\s+[a-z]/i.test(t) && DIAGNOSIS_ONLY.test(t)) return `Diagnosis${t.replace(/^(?:diagnosis|dx):?\s+(?:(provisional|working|presumptive|tentative)\b\s*:?\s*)?.*$/i, (_m, how?: string) => (how ? ` (${how.toLowerCase()})` : ''))}: ${t.replace(/^(?:diagnosis|dx):?\s+(?:(?:provisional|working|presumptive|tentative)\b\s*:?\s*)?/i, '').replace(/,?\s+(?=(?:recurrent|single episode|mild|moderate|severe|in (?:partial |full )?remission|with|without|unspecified|chronic|acute)\b)/g, ', ')}`;
      // "this was Lily": the client named.
      const named = /^(?:so\s+)?(?:this|today|it)\s+(?:was|is)\s+(?:with\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?)(?:\s+(follow[- ]?up|follow-up|f\/u|intake|session|check[- ]in))?$/.exec(t);
      if (named) return `Client: ${named[1]}${named[2] ? `; ${named[2].toLowerCase().replace(/^f\/u$|^follow ?up$/, 'follow-up')}` : ''}`;
      // ("Jenna R", a name alone): whom the note is for.
      if (/^[A-Z][a-z]+(?:\s+[A-Z](?:[a-z'-]+|\.)?){0,2}$/.test(t)) return `Client: ${t}`;
      // "this is our fourth session": the session told in the note's tense.
      return cap(t.replace(/^(?:so\s+)?(this|today)\s+is\s+our\b/i, (_m, w: string) => `${w} ${was(v)} the`).replace(/^(?:so\s+)?(this|today)\s+is\b/i, (_m, w: string) => `${w} ${was(v)}`));
    }
    case 'assessment': {
      // ("not cleared at this time", "Cleared from psych standpoint for surgery"): the finding on clearance is said of the client, as it stands.
      if (CLEARANCE_FOUND.test(t) && !v.clientAbsent) return `${clientStart(v)} ${/^is\s/i.test(t) ? t.replace(/^is\s+/i, '') : `is ${t[0]!.toLowerCase()}${t.slice(1)}`}`;
      const diagnoses = diagnosisList(t);
      if (diagnoses) return `Diagnoses: ${diagnoses.join('; ')}`;
      // "Seems like adjustment disorder vs GAD": how it seems to the clinician is the clinician's impression.
      const seems = /^(?:seems|seemed|looks|sounds)\s+like\s+(?:a\s+|an\s+)?/i.exec(t);
      if (seems) return `${impressionLead(v)}${t.slice(seems[0].length)}`;
      // ("C-SSRS - high risk", "PHQ-9 - 14, moderate"): a screen's result under its name, never the clinician's impression.
      const screen = SCREEN_RESULT_LEAD.exec(t);
      if (screen && t.length > screen[0].length) return `${screen[1]}: ${t.slice(screen[0].length)}`;
      // The clinician's own judgment, framed as theirs: "A: more engaged, less blaming".
      if (verbFirst(w0) || /^[a-z][a-z -]{0,24}:\s/i.test(t) || startsWithPreposition) return verbFirst(w0) ? verbFirstSentence(t, w0, kind, v) : t;
      // "my read is ..." arrives as "the therapist's read is ...": already the clinician's own judgment.
      if (/^(?:the therapist's|this writer's|the clinician's)\s/i.test(t)) return cap(t);
      // ("not safe for outpatient per my assessment": under the impression's lead, whose assessment it is goes unsaid.)
      return `${impressionLead(v)}${lowerLead(t.replace(/\s*,?\s+per\s+(?:the therapist's|this writer's|the clinician's|my)\s+(?:clinical\s+)?(?:assessment|judgment|judgement|opinion|evaluation|eval)\s*$/i, '').replace(/^(?:(?:diagnosis|dx|diagnostic|clinical)\s+)?(?:impression|imp)\b\s*:?\s*/i, '').replace(/^(?:Session|Today)\b/, (w) => w.toLowerCase())).replace(/\s+(rule out)\s+/i, '; $1 ')}`;
    }
    case 'homework': {
      // "Gave worksheet STOP practice x3": the homework is what was given, not the giving.
      // ("cont CBT, worry time HW": continuing the treatment is the plan; only what carries "HW" is homework.)
      const continued = /^continue\s+([^,;]+),\s*(.+?)\s+homework$/i.exec(t);
      if (continued) return `Continue ${continued[1]}. Homework: ${continued[2]}`;
      // ("homework is each of them writes down one thing": the homework said aloud, written as its label.)
      const saidAloud = /^homework\s+(?:is|was)\s+(?=(?:each|both|for (?:each|both|her|him|them)|that)\b)/i.exec(t);
      if (saidAloud) return `Homework: ${t.slice(saidAloud[0].length)}`;
      // ("HW anger log daily": the label, then what the homework is.)
      if (/^homework\s+(?!(?:is|was|to|for|:)\b|[a-z]+ed\b|given\b|set\b)[a-z0-9]/i.test(t)) return `Homework: ${t.replace(/^homework\s+/i, '')}`;
      return /^homework/i.test(t) ? t : `Homework: ${t.replace(/^(?:gave|assigned|provided|sent home)\s+(?:(?:a|the)\s+)?/i, '')}`;
    }
    case 'goal': {
      // ("G: Luis goal - "not catch a new case"": a member's own goal, named as theirs, never "Goal: Luis goal".)
      const owned = /^([A-Z][a-z]+)(?:'s)?\s+goal\s*(?::|-|–|is)?\s*/.exec(t);
      if (owned) return `${owned[1]}'s goal: ${t.slice(owned[0].length)}`;
      // "↓ self-harm, ↑ coping" read as "decreased ..., increased ...": a goal is a change to make.
      return /^(?:(?:the|her|his|their|our|main|primary)\s+)?(?:own\s+)?(?:(?:tx|treatment(?:-plan)?)\s+)?goal|^focus(?: today)?:/i.test(t) ? t : `Goal: ${t.replace(/(^|,\s*|\band\s+)(decreased|increased|reduced|improved)(?=\s)/gi, (_m, lead: string, verb: string) => `${lead}${verb.slice(0, -1).toLowerCase()}`)}`;
    }
    case 'intervention': {
      // "Continued CBT cognitive restructuring": continuing or starting a modality is the clinician's act.
      if (/^(continued|began|started|introduced|resumed|initiated)\s+(?:with\s+)?⟪/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
      const work = sessionWork(t, v);
      if (work) return work;
      // ("Did DBT distress tolerance - TIPP skills", "did some grounding": a technique done, with no doer named, is the session's shared work.)
      const did = /^did\s+(?:(?:some|a|an|the)\s+)?/i.exec(t);
      // (A review, a screen or an assessment done is the clinician's, said on its own terms.)
      if (did && !v.clientAbsent && !/\b(?:review|assessment|(?<!\bon\s)screen(?:ing)?|evaluation|eval|intake|C-SSRS|Columbia)\b/i.test(t) && (/^⟪/.test(t.slice(did[0].length)) || leadingInterventionTerm(t.slice(did[0].length)))) return `${cap(v.clinician)} and ${v.company ?? v.client} ${v.tense === 'past' ? 'worked on' : 'work on'} ${t.slice(did[0].length)}`;
      if (NOTIFIED_SOMEONE.test(t)) return clinicianDid(t, v);
      // ("leaves on a stream exercise (10 min)": a technique whose name opens with a verb is named, never read as the verb.)
      const named = leadingInterventionTerm(t);
      if (verbFirst(w0) && !(named && /\s/.test(named) && (INTERVENTION_TERMS[named] ?? '') !== '' && !isFiniteVerb(named.split(' ')[1] ?? ''))) return verbFirstSentence(t, w0, kind, v);
      const term = named;
      const rest = term ? t.slice(term.length) : '';
      const after = rest.trim().split(/\s+/).slice(0, 4).map((w) => w.replace(/[,;:.]+$/, ''));
      // "diary card reviewed, mostly complete": the technique was the object of a jotted passive.
      if (term && after[0] && /^(?:was|were|is|are)$/.test(after[0])) return cap(t);
      if (term && after[0] && looksLikePastVerb(after[0]) && !THERAPIST_ONLY_VERBS.has(term.split(' ')[0]!)) return `${cap(term)} ${was(v)} ${rest.trim()}`;
      // "diary card: urges 2-3/5", "BLS ~12 sets - shifted to shouting": what follows the technique
      // is the client's; a sentence naming the therapist first would make it theirs.
      if (term && (/^\s*(?:was\s+|were\s+)?(?:limited|deferred|incomplete|not|attempted|partially|interrupted|declined|refused|postponed)\b/.test(rest) || /[:;"]|\s-\s|\d+\/\d+|\b(?:decreased|increased|rated|peaked at \d+ and came down)\b|,\s*(?:then\s+)?(?:she|he|they|shifted|moved|went)\b/.test(rest) || after.some((w) => isFiniteVerb(w)))) return cap(t);
      // "Psychoeducation re warning signs" -> "Therapist provided psychoeducation ...": a common noun mid-sentence is in lower case.
      // "DEAR MAN role play for roommate convo": a role play is conducted, whatever the skill it rehearses.
      if (term) {
        const verb = /^\S+(?:\s+\S+){0,3}\s+role[- ]?play\b/i.test(t) ? 'conducted' : (INTERVENTION_TERMS[term] ?? 'used');
        // "diary card review": "Therapist reviewed diary card", never "reviewed diary card review".
        const object = verb === 'reviewed' && /^\s+review\b/i.test(rest) ? t.slice(0, term.length) + rest.replace(/^\s+review\b/i, '') : t;
        const lowered = COMMON_TECHNIQUE_START.test(object) || commonTermStart(object, term) ? object[0]!.toLowerCase() + object.slice(1) : object;
        return `${clinicianStart(v)} ${tenseOf(verb, v)} ${withArticle(lowered, term)}`;
      }
      // ("CBT thought record", "MI re: drinking", "IPT, grief focus": a modality jotted with no verb is what the clinician used.)
      const afterModality = t.replace(/^⟪[^⟫]+⟫\s*/, '');
      const techniqueNext = leadingInterventionTerm(afterModality) ?? '';
      if (/^⟪[^⟫]+⟫/.test(t) && !/["]/.test(t) && !afterModality.slice(techniqueNext.length).split(/\s+/).some((w) => isFiniteVerb(w.replace(/[,;:.]+$/, '')) || looksLikePastVerb(w.replace(/[,;:.]+$/, '')))) return `${clinicianStart(v)} ${tenseOf('used', v)} ${COUNTABLE_TECHNIQUE.test(techniqueNext) && !/^[a-z]/.test(afterModality.slice(techniqueNext.length).trim()) ? 'a ' : ''}${t}`;
      return t;
    }
    case 'risk': {
      // "Worked on safety plan": the plan made together, like any session work.
      const work = sessionWork(t, v);
      if (work) return work;
      if (verbFirst(w0)) return verbFirstSentence(t, w0, kind, v);
      // "Risk: denies SI/HI", "Risk: reports plan to overdose": the label goes, the client's statement stays.
      const labelled = /^(?:risk|risk assessment|risk screen|safety|si\/hi)\s*:\s*/i.exec(t);
      const rest = labelled ? t.slice(labelled[0].length) : '';
      if (labelled && verbFirst(firstWord(rest))) return verbFirstSentence(rest, firstWord(rest), kind, v);
      // "Current SI: denies": the client's denial, said as a sentence ("SI: none" stays the clinician's jotted finding).
      const deniedValue = /^((?:current|active|passive)\s+)?((?:suicidal|homicidal) ideation|self-harm)\s*:\s*(?:denies|denied)\s*$/i.exec(t);
      if (deniedValue) return `${clientStart(v)} ${v.tense === 'past' ? 'denied' : 'denies'} ${(deniedValue[1] ?? '').toLowerCase()}${deniedValue[2]!.toLowerCase()}`;
      // "No SI/HI either partner", "no SI any member": nobody in the room endorsed it, said as a sentence.
      const nobody = /^no ((?:suicidal|homicidal|self-harm)[a-z -]*?)[,;]?\s+(?:for |in |from |by )?(either|both|any|all|each)(?: of the)? (partners?|parents?|members?|participants?|caregivers?|family members?)\s*$/i.exec(t);
      if (nobody) {
        const who = nobody[3]!.toLowerCase().replace(/s$/, '');
        return `${/^(?:either|both)$/i.test(nobody[2]!) ? 'Neither' : 'No'} ${who} ${v.tense === 'past' ? 'endorsed' : 'endorses'} ${nobody[1]}`;
      }
      // "Passive SI, no plan": a jotted finding is the client's endorsement (history and screens excepted).
      if (/^(passive|active) (suicidal|homicidal) ideation\b/i.test(t) && !/\b(history|hx|per|chronic|at intake|screen)\b/i.test(t)) return `${clientStart(v)} ${v.tense === 'past' ? 'endorsed' : 'endorses'} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Plan to take them tonight w/ a fifth": the client's plan, said as what the client reported.
      if (/^plan (?:is )?to\s/i.test(t)) return `${clientStart(v)} ${reported(v)} a ${t[0]!.toLowerCase()}${t.slice(1)}`;
      return t;
    }
    case 'observation':
      // "saw bruising on L forearm": what the clinician saw, said as the clinician's observation.
      if (BODY_SEEN.test(t)) return `${clinicianStart(v)} observed ${t.replace(/^\S+\s+/, '')}`;
      {
        // ("Bruising noted back of thighs, linear": the marks, then that they were noted, with its "was".)
        const marksNoted = new RegExp(String.raw`^((?!(?:no|none|without)\b)(?:[a-z]+\s+){0,2}?${MARKS_ON_BODY})\s+(?:(?:was|were)\s+)?(noted|observed|seen|visible)\b`, 'i').exec(t);
        if (marksNoted) return `${cap(marksNoted[1]!)} ${/(?:s|ing)$/i.test(marksNoted[1]!) && !/ing$/i.test(marksNoted[1]!) ? 'were' : 'was'} ${marksNoted[2]!.toLowerCase()}${t.slice(marksNoted[0].length)}`;
      }
      return presentation(t, w0, v);
    case 'response':
      // "called his brother with client's permission": an act needing the client's consent is the clinician's.
      if (verbFirst(w0) && (WITH_CLIENT_CONSENT.test(t) || CLINICIAN_GIVES.test(t)) && !CLIENT_VERBS.has(w0)) return `${clinicianStart(v)} ${withTense(t, v)}`;
      if (REPORTED_TO_AGENCY.test(t)) return clinicianDid(t, v);
      if (quoteOnly) return `${clientStart(v)} ${stated(v)}, ${capitalQuote(t)}`;
      // "Resp: pt passive, agreed to ECT consult": how the client met the work, said as seen (never passive ideation).
      if (STANCE_TO_WORK.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Asked directly about wanting to die - she said no": the clinician's question, then the client's answer.
      if (/^asked\s+(?:(?:him|her|them|client|pt|patient)\s+)?(?:directly\s+)?(?:about|re|regarding|if|whether)\b/i.test(t)) return verbFirstSentence(t, w0, kind, v);
      // ("agreed to a verbal cue" in a couples or family session: the room agreed.)
      // ("Responded well overall" in a couples session: both partners did.)
      if ((v.company === 'the couple' || v.company === 'the family') && /^(?:agreed|agree|agrees)\b/i.test(t)) return `${cap(v.company)} ${withTense(t, v, true)}`;
      if (v.company === 'the couple' && /^(?:responded|engaged|participated|tolerated)\b/i.test(t)) return `${cap(v.company)} ${withTense(t, v, true)}`;
      // ("Agreed: Dr O to prescribe naloxone" in a call with Dr. Okafor: with the client absent, the clinician and the one called agreed.)
      if (v.clientAbsent && v.company && /^(?:agreed|decided)\b/i.test(t)) return `${clinicianStart(v)} and ${v.company} ${withTense(t, v, true)}`;
      // ("Talked about asking him directly" in a collateral call: with the client absent, the talk was the clinician's with the caller.)
      if (v.clientAbsent && /^(?:talked|discussed|spoke|went over|reviewed|explained|problem-solved|brainstormed|coached|encouraged)\b/i.test(t)) return `${clinicianStart(v)} ${withTense(t, v)}`;
      // The response is the client's by definition: "was able to thank the part" is theirs.
      if (verbFirst(w0) && !THERAPIST_ONLY_VERBS.has(w0) && !PASSIVE_VERBS.has(w0)) return `${clientStart(v)} ${withTense(t, v)}`;
      if (verbFirst(w0)) return verbFirstSentence(t, w0, kind, v);
      if (startsWithPreposition) return t;
      if (MSE_DOMAINS.has(w0)) return t;
      // "good cohesion", "fair participation": a quality the room or the client showed, never "Client was good cohesion".
      if (ENGAGEMENT_QUALITY.test(t)) return `${v.company === 'the group' ? 'The group' : clientStart(v)} ${v.tense === 'past' ? 'showed' : 'shows'} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "R: Calm, engaged": the word after "Client was" is in lower case.
      if (OBSERVATION_WORDS.has(w0) || EMOTIONS.has(w0) || /ing$/.test(w0) || w0 === 'more' || w0 === 'less') return `${clientStart(v)} ${was(v)} ${/^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t}`;
      return t;
    case 'report': {
      // ("Sudden change over 3 days" in a collateral call with the daughter: with the client absent, a jotted fact is the
      // other party's account, never something the client reported.)
      if (v.clientAbsent && v.company && /^(?:agreed|decided)\b/i.test(t)) return `${clinicianStart(v)} and ${v.company} ${withTense(t, v, true)}`;
      if (v.clientAbsent && !verbFirst(w0) && !/^(?:reports?|reported|states?|stated|says|said|denies|denied|endorses|endorsed)\b/i.test(t)) return cap(t);
      // ("Hard session.", "Productive session": the clinician's word on the session, never something the client reported.)
      const sessionWord = SESSION_JUDGMENT.exec(t);
      if (sessionWord) return `This ${was(v)} ${/^[aeiou]/i.test(sessionWord[1]!) ? 'an' : 'a'} ${sessionWord[1]!.toLowerCase()} ${sessionWord[2]!.toLowerCase() === 'sess' ? 'session' : sessionWord[2]!.toLowerCase()}`;
      // ("PD will do the notification": an agency named by its letters, then what it will do, is its own statement.)
      if (/^(?:[A-Z]{2,5}|the (?:police|team|school|agency|unit|hospital))\s+(?:will|is going to|are going to|'ll)\b/.test(t) && !/^(?:PT|SI|HI)\b/.test(t)) return cap(t);
      // ("Voluntary status", "LOS 6 days, admitted after OD": the chart's facts about the stay, never something the client reported.)
      const legal = /^(voluntary|involuntary)(?:\s+(?:status|admission|legal status))?$/i.exec(t);
      if (legal) return `Legal status: ${legal[1]!.toLowerCase()}`;
      const stay = /^length of stay\s+(?:is\s+|was\s+|of\s+)?(\d+\s+days?)(?:\s*(?:,|;|and)\s*(?:was\s+)?admitted\s+(.+))?$/i.exec(t);
      if (stay) return `Length of stay ${was(v)} ${stay[1]}${stay[2] ? `; ${v.client} ${v.tense === 'past' ? 'had been' : 'was'} admitted ${stay[2]}` : ''}`;
      // ("No known weapons" in a collateral call with the client's mother: with the client absent, what was said is the other party's.)
      if (v.clientAbsent && /^no\s/i.test(t)) return cap(t);
      // "individual f/u, home": how the session was held, jotted on its own line, never something the client reported.
      if (/^(?:individual|family|couples|group)\s+(?:follow-up|session|visit|check-in)(?:\s*,\s*(?:home|in home|at home|home visit|office|in office|telehealth|video|phone|in person))?$/i.test(t)) return cap(t);
      // ("deputy and EMS arrived at 12:25": responders arriving is what happened, never something the client reported.)
      if (/^(?:the\s+)?(?:deput(?:y|ies)|police|officers?|emergency medical services|ems|paramedics|ambulance|mobile crisis(?: team)?|crisis team|sheriff(?:'s deputies)?)\b[^.;]{0,60}\b(?:arrived|went out|went to|responded|was dispatched|were dispatched|came|responded|showed up)\b/i.test(t)) return cap(t);
      // "Group gave support": what the group did is the group's, never the client's report.
      if (/^(?:the\s+)?(?:group|members|peers|other members)\s+(?:gave|offered|provided|was|were|shared|supported|rallied|responded|processed|discussed|encouraged|validated|challenged)\b/i.test(t)) return cap(t);
      // "Dan = mom's bf" (read as "Dan: mother's boyfriend"): who a person is, never a heading or a report.
      const whoIs = NAME_THEN_RELATION.exec(t);
      if (whoIs) return `${whoIs[1]} is ${/^(?:her|his|their|the)\s/i.test(whoIs[2]!) ? '' : 'the '}${whoIs[2]}`;
      // "CSSRS - moderate": a screen's result, never something the client reported.
      if (/^(?:the\s+)?(?:columbia-suicide severity rating scale|c-ssrs|cssrs|asq)\b/i.test(t)) return cap(t);
      // ("Collateral information from sister Ana": where what follows came from, never something the client reported.)
      if (/^Collateral information from\b/.test(t)) return t;
      // ("EPDS 8", "AUDIT today 18", "EPDS item 10 scored 1"): a score on an instrument outside the table, never something the client reported.
      if (/^[A-Z]{3,6}(?:-[A-Z0-9]{1,4})?\s+(?:(?:today|this visit|score|total|item\s*#?\d{1,2}(?:\s+scored)?)\s*:?\s*)?\d{1,3}\b(?!\s*(?:min|mins|minutes|hrs?|hours|am|pm|years?|yo|days?|wks?|weeks?|mg)\b)/.test(t) && !/^(?:PT|SI|HI|SH|OD|ED|ER|MVC|DUI|CPS|APS|ICU|NICU)\b/.test(t)) return cap(t);
      // ("option of re-irradiation discussed, possible modest benefit": a thing talked over in the meeting was talked over, never reported.)
      const talkedOver = /^((?:the |an? )?(?:option|options|risks?|benefits?|prognosis|plan|results?|goals? of care|hospice|treatment options?|next steps)(?:\s+(?:of|for|to)\s+[\w-]+(?:\s+[\w-]+){0,3})?)\s+(discussed|explained|offered|presented|reviewed|explored)\b/i.exec(t);
      if (talkedOver) return `${cap(talkedOver[1]!)} ${/s$|\band\b/.test(talkedOver[1]!) && !/\b(?:prognosis|hospice)$/i.test(talkedOver[1]!) ? (v.tense === 'past' ? 'were' : 'are') : was(v)} ${talkedOver[2]}${t.slice(talkedOver[0].length)}`;
      // ("Medulloblastoma dx age 8, s/p resection, CSI and chemo": the medical history, from the record, never "Client reported".)
      if (/^[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s+(?:diagnosis|diagnosed|dx)\s+(?:(?:at\s+)?age\s+\d{1,2}|in\s+)?(?:\d{1,2}\/)?(?:\d{4}|\d{1,2})?\b/.test(t) && !/^(?:Client|Patient|Therapist|The|This|Mood|Sleep)\b/.test(t)) return cap(t);
      // ("CAM negative today", "PHQ-2 positive": a screen's result, never something the client reported.)
      if (/^[A-Z]{3,6}(?:-[A-Z0-9]{1,4})?\s+(?:screen\s+)?(?:negative|positive)\b/.test(t)) return cap(t);
      // ("more settled by end", "less guarded than last week": a change seen in the room, never "Client reported more settled".)
      const compared = /^(?:much\s+|a bit\s+|somewhat\s+)?(?:more|less)\s+([a-z]+)\b/i.exec(t)?.[1]?.toLowerCase();
      if (compared && (OBSERVATION_WORDS.has(compared) || EMOTIONS.has(compared) || COMPARED_STATES.has(compared))) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Ambivalent re: cutting back": the client's stance, seen in the room, never "Client reported ambivalent".
      if (/^(?:ambivalent|hesitant|reluctant|resistant|receptive|guarded|defensive|skeptical|dismissive)\b(?!\s+(?:thoughts?|feelings?)\b)/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Currently he denies SI, denies plan": a time word, then the client's own statement with its subject.
      const timeThenSubject = /^(currently|today|now|lately|recently|at this time|this week|tonight)\s+(she|he|they)\s+(\S.*)$/i.exec(t);
      if (timeThenSubject && isFiniteVerb(firstWord(timeThenSubject[3]!))) return `${cap(timeThenSubject[1]!.toLowerCase())} ${timeThenSubject[2]!.toLowerCase()} ${withTense(timeThenSubject[3]!, v)}`;
      // ("Wednesday night sat in his truck with his pistol": a day told first, then what the client did then.)
      const dayThenAct = /^((?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|last week|last weekend|over the weekend|this morning|earlier today|the other night)(?:\s+(?:night|morning|afternoon|evening))?)\s+([a-z]+)\b/i.exec(t);
      if (dayThenAct && looksLikePastVerb(dayThenAct[2]!) && !/^(?:was|were|had|did)$/i.test(dayThenAct[2]!)) return `${cap(dayThenAct[1]!.replace(/^(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i, 'on '))}, ${v.client === 'client' || v.client === 'patient' ? `the ${v.client}` : v.client} ${t.slice(dayThenAct[1]!.length).trim()}`;
      // "Last SH 2 mo ago per pt": the attribution is the reporting verb, said once.
      // ("Per pt no hx of SI": the attribution said first is the same reporting verb.)
      const perClient = /\s*,?\s*\bper (?:client|pt|patient)\b(?=\s*(?:,|$))|^per (?:the )?(?:client|pt|patient)\b\s*,?\s*(?=[a-z])/i.exec(t);
      // ("States '...' - no plan, no prior attempts per pt": a clause opening on the client's own saying verb is theirs already.)
      if (perClient && !/^(?:client|patient|she|he|they)\b/i.test(t) && !/^(?:states|stated|says|said|reports|reported|denies|denied|endorses|endorsed)\b/i.test(t)) return completeClause(`client reports ${(t.slice(0, perClient.index) + t.slice(perClient.index + perClient[0].length)).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`, kind, 'client', v);
      // "PCP aware, considering duloxetine": where another provider stands is theirs, never the client's report.
      if (CARE_TEAM_STANCE.test(t)) return cap(t);
      // ("Never on MOUD before", "never been in therapy"): what the client has never had, said as such, never "reported never on".
      const never = /^never\s+(?:been\s+)?(on|in|tried)\s+/i.exec(t);
      if (never && kind === 'report') return `${clientStart(v)} had never ${never[1]!.toLowerCase() === 'tried' ? 'tried' : `been ${never[1]!.toLowerCase()}`} ${t.slice(never[0].length)}`;
      // ("RD + UPD did wellness check on Chloe at 11:50"): the staff or services named, then what they did, are theirs.
      if (STAFF_ACTED.test(t)) return cap(t);
      // ("HHA Tanya present part of visit", "daughter Sue present"): who else was there, said as such, never the client's report.
      if (/^(?:[A-Z]{2,4}|home health aide|aide|caregiver|daughter|son|wife|husband|sister|brother|niece|nephew|neighbor)\s+(?:[A-Z][a-z]+\s+)?(?:was\s+)?present\b/i.test(t)) return cap(t);
      // ("Independent donor advocate present for part of session", "Manager Jess present first 10 min"): whoever else sat in was there, said with "was".
      const alsoPresent = /^((?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){0,3}(?:advocate|interpreter|aide|nurse|staff|guardian|manager|agent|attorney|lawyer|officer|caseworker|case manager|teacher|coach|sponsor|chaplain|partner|spouse|parent|mother|father|friend)(?:\s+[A-Z][a-z]+)?)\s+present\b/i.exec(t);
      if (alsoPresent && !/^(?:client|patient|pt)\b/i.test(t)) return `${cap(alsoPresent[1]!)} ${was(v)} ${t.slice(alsoPresent[1]!.length).trimStart()}`;
      // ("Pt's sis visited Sunday"): the client's relative, then what they did, is theirs, never "Client reported Client's sister".
      if (/^(?:client|patient)['’]s\s+(?:[a-z-]+\s+)?(?:mother|mom|father|dad|sister|brother|wife|husband|partner|son|daughter|aunt|uncle|grandmother|grandfather|friend|boyfriend|girlfriend|roommate|parents|family|kids|children)\s+(?:[a-z]+ed|came|went|said|called|is|was|has|had)\b/i.test(t)) return cap(t);
      // ("Main thing today was his depression"): what the session was mostly about, said as the session's focus.
      const mainThing = /^(?:the\s+)?main\s+(?:thing|focus|issue|topic|theme)(\s+(?:today|this session|this week))?\s+(was|is)\s+/i.exec(t);
      if (mainThing) return `The main focus${mainThing[1] ?? ''} ${v.tense === 'past' ? 'was' : 'is'} ${t.slice(mainThing[0].length)}`;
      // ("EPDS today was 11 which is down from 15", "Y-BOCS 21": a scale's score, as jotted, never "Client reported".)
      if (/^[A-Z]{2,6}(?:-[A-Z0-9]{1,4})*\s+(?:(?:today|this week|score|total)\s+)?(?:(?:was|is|of|at|=)\s+)?\d{1,3}\b(?!\s*(?:min|mins|minutes|hrs?|hours|days?|weeks?|times|x)\b)/.test(t)) return cap(t);
      // "Also 10 min phone call afterward with client's public defender", "Trial date set for 9/18", "Sober 4 months by
      // his report": a contact the clinician made, a court date, a report already attributed: never "Client reported".
      if (NOT_THE_CLIENTS_REPORT.test(t) || DOCUMENT_SENT.test(t) || TEAM_ASKS.test(t)) return cap(t);
      if (CLEARANCE_FOUND.test(t) && !v.clientAbsent) return `${clientStart(v)} ${/^is\s/i.test(t) ? t.replace(/^is\s+/i, `${was(v)} `) : `${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`}`;
      if (INTERPRETER_NAMED.test(t) || SESSION_ORDINAL.test(t)) return cap(t);
      // ("Given specific threat against identifiable person, mobile crisis team dispatched": the clinician's reason, then what was done.)
      if (/^given\s+[^,;]{3,80},\s+\S/i.test(t) && !givenBare(t)) return cap(t);
      // ("warm handoff Bettina Lowe to Dr. Okafor's team", "72 hours phone follow-up, Janelle Price": a step in the client's care, as jotted.)
      if (CARE_STEP_LEAD.test(t)) return cap(t);
      // ("B: ... No evidence of delirium": a finding under a report's label is still the clinician's finding.)
      if (NO_SIGNS_SEEN.test(t)) return cap(t);
      // ("Rosa Quintero day 3 on the CSU": a person named in full, then about them.)
      if (FULL_NAME_LEAD.test(t)) return cap(t);
      // ("Per nursing eating ~50% of meals": what staff saw the client doing, per them.)
      const perDoing = PER_SOURCE_THEN_DOING.exec(t);
      if (perDoing) return `Per ${perDoing[1]!.toLowerCase()}, ${v.client} ${was(v)} ${t.slice(perDoing[0].length)}`;
      // ("Per staff 3 prior verbal altercations this month": what the source told, with the source kept first.)
      const perSource = PER_ROLE_LEAD.exec(t);
      if (perSource && !PER_OTHER_SOURCE_FIRST.test(t)) return `Per ${/^[A-Z]{2,4}$/.test(perSource[1]!) ? perSource[1] : perSource[1]!.toLowerCase()}, ${t.slice(perSource[0].length)}`;
      // ("No weapon, no specific plan, limited insight": what the clinician found, as jotted.)
      if (isFindingsList(t)) return cap(t);
      // "Pt's mother on phone: stopped Risperdal 3 wks ago": the relative's collateral, by phone, never the client's report.
      const collateral = /^(?:client's|patient's|pt's|her|his|their)\s+(mother|father|mom|dad|wife|husband|partner|sister|brother|son|daughter|grandmother|grandfather|aunt|uncle|roommate|girlfriend|boyfriend)(?:\s+\([^()]*\))?(?:\s+(on (?:the )?phone|by phone|via phone|on speaker|by text))?\s*:\s+(?=\S)/i.exec(t);
      if (collateral) {
        const rest = t.slice(collateral[0].length);
        const who = `The ${v.client === 'client' || v.client === 'patient' ? v.client : 'client'}'s ${({ mom: 'mother', dad: 'father' } as Record<string, string>)[collateral[1]!.toLowerCase()] ?? collateral[1]!.toLowerCase()}`;
        const how = collateral[2] ? ` ${collateral[2].replace(/^on (?:the )?phone$|^via phone$/, 'by phone')}` : '';
        return `${who} ${reported(v)}${how} that ${verbFirst(firstWord(rest).toLowerCase()) && looksLikePastVerb(firstWord(rest).toLowerCase()) ? `the ${v.client === 'client' || v.client === 'patient' ? v.client : 'client'} ` : ''}${lowerLead(rest)}`;
      }
      // "FM reports 2 tantrums" (read as "foster mother reports ..."): the one named first is who reports.
      const otherSays = OTHER_REPORTS.exec(t);
      if (otherSays) return `${cap(otherSays[1]!)} ${setTense(otherSays[2]!.toLowerCase(), v.tense)}${t.slice(otherSays[0].length)}`;
      // "Per custody, pt lives w/ mom wkdays": the custody arrangement, never custody staff telling it.
      const arrangement = /^per\s+(?:the\s+)?custody(?:\s+(?:arrangement|agreement|order|schedule))?\s*,\s*(?=[^.;]*\b(?:lives?|living|stays?|staying|weekends?|weekdays?|visits?|every other|alternat\w*|week on)\b)/i.exec(t);
      if (arrangement) return `Per the custody arrangement, ${t.slice(arrangement[0].length)}`;
      const perFirst = PER_OTHER_SOURCE_FIRST.exec(t);
      if (perFirst) return `${cap(perFirst[1]!)} ${reported(v)} that ${t.slice(perFirst[0].length)}`;
      if (WHO_THEY_ARE.test(t)) return `${clientStart(v)} is a ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "primary caregiver for husband Hector": a role the client holds, never something reported.
      if (/^(?:primary|main|sole|full-time|only)\s+(?:caregiver|caretaker)\b/i.test(t)) return `${clientStart(v)} is the ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "6 absences this month per school counselor (Ms. Park)": the one it is per reported it.
      // ("Medical: HTN borderline per PCP": a labelled line keeps its source at the end, never "PCP reported medical: ...".)
      const perOther = /^[A-Za-z][a-z]+(?: [a-z]+)?:\s/.test(t) ? null : PER_OTHER_SOURCE.exec(t);
      // ("Taking meds "mostly" per brother" stays: with no subject, "Brother reported taking" would make the meds his.)
      // ("complained of stomachaches ..., GI workup negative per mother": the client's complaint; the source is the last item's.)
      // ("hx GAD, on sertraline 100mg per PCP": a medicine per its prescriber is what they prescribed, not their report.)
      if (perOther && PRESCRIBER.test(perOther[1]!) && PRESCRIBED.test(t.slice(0, perOther.index))) return cap(`${t.slice(0, perOther.index)} (prescribed by ${perOther[1]})`);
      // ("in smock, ate bfast per CO": where the client was, per the one who saw it.)
      if (perOther && PLACE_LEAD.test(t)) return `Per ${perOther[1]}, ${v.client} ${was(v)} ${lowerLead(t.slice(0, perOther.index))}`;
      // ("sleep 4-5 hrs, appetite decreased, weight loss ~3 lb/mo per PCP": a measure closing a list of what the client tells
      // is the source's alone.)
      const listed = perOther ? t.slice(0, perOther.index).split(/,\s+/) : [];
      if (perOther && listed.length >= 2 && /^(?:weight|wt|BMI|BP|blood pressure|heart rate|HR|A1c|labs?|vitals)\b/i.test(listed.at(-1)!) && !/^(?:client|patient|she|he|they|i|we)\b/i.test(t)) return `${clientStart(v)} ${reported(v)} ${lowerLead(listed.slice(0, -1).join(', '))}. ${cap(`${perOther[1]} ${reported(v)} ${lowerLead(listed.at(-1)!)}`)}`;
      // ("When I asked everyone ... Cole said ..., no access to weapons per mom": with a speaker of its own, the source is the last item's.)
      if (perOther && !/^(?:client|patient|she|he|they|i|we|\w+ing)\b/i.test(t) && !(verbFirst(w0) && /,/.test(t)) && !/\b(?:said|says|stated|states|reported|reports|told|denied|denies)\b/i.test(t.slice(0, perOther.index))) return cap(`${perOther[1]} ${reported(v)} ${lowerLead(t.slice(0, perOther.index))}`);
      // ("Crying most days", "tearful most days, poor sleep": a state with how often it comes is the client's report of it.)
      if (kind === 'report' && /^[a-z]+(?:ing|ful|y)\s+(?:most|every|each|nightly|daily|\d+x)\b/i.test(t) && HABITUAL.test(t.split(/[,;:]/)[0]!)) return `${clientStart(v)} ${reported(v)} ${/ing$/i.test(firstWord(t)) ? '' : 'being '}${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("crying a lot at work": what the client does, and where, told with no teller, is the client's report.)
      if (kind === 'report' && /^[a-z]+ing\s+(?:a lot|often|frequently|constantly|all the time|more|less)\s+(?:at|in|during|around)\s+(?:work|school|home|night|class|church|the office)\b/i.test(t)) return `${clientStart(v)} ${reported(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Enjoying new senior center lunch program": what the client is doing, as the client told it.
      // ("Taking sertraline 50mg" is not among them: a medicine listed may be the chart's, not the client's report.)
      if (/^(?:enjoying|loving|liking|hating|attending|using|doing|working|going|sleeping|eating|walking|exercising|volunteering|journaling)\s+(?!(?:is|was|has|needs|remains|seems|disorder)\b)/i.test(t) && !/^(?:going|doing)\s+(?:well|better|ok|okay|good|great|fine|worse|poorly)\b/i.test(t) && !/\bper\s+(?!(?:her|him|them|client|pt|patient)\b)/i.test(t)) return `${clientStart(v)} ${reported(v)} ${t[0]!.toLowerCase()}${t.slice(1).replace(/\s+per (?:her|him|them|client|pt|patient)$/i, '')}`;
      // "going well", "doing better": how things are going, said as the client's report.
      const going = /^(going|doing)\s+(well|better|ok|okay|good|great|fine|worse|poorly|about the same|the same)\b/i.exec(t);
      if (going) return `${clientStart(v)} ${reported(v)} ${going[1]!.toLowerCase() === 'going' ? `that things ${v.tense === 'past' ? 'were' : 'are'} going` : 'doing'}${t.slice(going[1]!.length)}`;
      // "Reports: nightmares down ...": the label is the reporting verb.
      const reportLabel = /^(?:reports?|reported|states?|stated|says|said|c\/o|complains of)\s*:\s*(?=\S)/i.exec(t);
      if (reportLabel) return `${clientStart(v)} ${reported(v)} ${lowerLead(t.slice(reportLabel[0].length))}`;
      // "Has stockpile? - said no, ...": a question the clinician asked, then the client's answer.
      const asked = /^(?:(?:has|have|any|does|do|did|is|was)\s+)?([^?"]{2,60})\?\s*:?\s*[-–—:]?\s*(said|says|stated|states|reported|reports|answered|denied|denies)\s+(.+)$/i.exec(t);
      if (asked) return `When asked about ${asked[1]!.trim()}, ${v.client} ${v.tense === 'past' ? setTense(asked[2]!.toLowerCase(), 'past') : setTense(asked[2]!.toLowerCase(), 'present')} ${asked[3]}`;
      // "drinks 4-5 beers nightly": a habit the client reported, not one past act ("drank").
      const habit = verbForms(w0);
      if (habit && w0 === habit.third && w0 !== habit.base && !CLIENT_VERBS.has(w0) && !LASTING_STATE.test(w0) && !/^(?:is|does|was)$/.test(w0) && (HABITUAL.test(t) || ONGOING.test(t))) return `${clientStart(v)} ${reported(v)} ${gerund(habit.base)}${t.slice(w0.length)}`;
      // "34-year-old male, referred by ...": who the client is.
      if (/^\d{1,3}-year-old\b/.test(t)) return `${clientStart(v)} is ${anAge(t)} ${t}`;
      // "Jaylen T 10th, seen after ISS", "Renata (daughter, 52) caring for mother": a line that opens with a person
      // named is about them, never something the client reported.
      if (/^[A-Z][a-z]+(?:\s+[A-Z]\.?(?=[\s,])|\s*\()/.test(t) && !/^(?:Client|Patient|Therapist|Clinician|The|This|That|No|Not|Mood|Sleep|Affect)\b/.test(t)) return cap(t);
      // "cousin (Eddie V) notified by phone and local PD notified": who was told, jotted with the participle after them, was told.
      // ("MD and charge RN notified": up to four words name who; "MD was notified" already has its verb.)
      // ("Hospice RN Marcy and chaplain Fr. Dan informed re ...": two people, titles and all, were told.)
      const toldWho = /^((?:the |her |his |their )?[a-z]+\.?(?:\s+(?!(?:was|were|is|are|been|has|have)\b)[a-z]+\.?){0,6}(?:\s*\([^()]*\))?)\s+(notified|informed|contacted|warned|alerted)\b(?!\s+(?:her|him|them|me|the|a|an|that)\b)/i.exec(t);
      if (toldWho && !/^(?:client|patient|pt|she|he|they|i|we)\b/i.test(toldWho[1]!)) return `${cap(toldWho[1]!)} ${/\band\b|[a-rt-z]s$/i.test(toldWho[1]!) ? (v.tense === 'past' ? 'were' : 'are') : v.tense === 'past' ? 'was' : 'is'} ${toldWho[2]!.toLowerCase()}${t.slice(toldWho[0].length)}`;
      // "No identifiable threat requiring warning beyond staff awareness": the clinician's finding, never the client's report.
      // ("Already known to CPS, not a new allegation": the clinician's finding about a report, never the client's.)
      if (/^(?:already|previously)\s+known\s+to\s+(?:CPS|DCFS|DCF|DCS|APS|child protective services|adult protective services|the caseworker|the agency|police|law enforcement)\b|^not\s+a\s+new\s+(?:allegation|report|disclosure)\b/i.test(t)) return cap(t);
      if (/^no (?:identifiable|imminent|specific|credible|current|clear|direct) (?:threat|target|risk|danger|intent)\b|^no (?:duty to (?:warn|protect)|need to warn|warning (?:needed|required|indicated))\b|^(?:the\s+)?(?:duty[- ]to[- ](?:warn|protect)|tarasoff)(?:\s+(?:threshold|criteria|obligation|standard))?\s+(?:(?:was|is|were)\s+)?(?:not\s+)?(?:met|triggered|applies|applied|indicated)\b/i.test(t)) return cap(t);
      // "988 and my on call # given": what was given, jotted with its participle last, was given (by the clinician, who wrote it).
      // ("handout was given" already has its verb.)
      const givenLast = /\b(?:was|were|is|are|been)\s+(?:given|provided|handed out|sent)$/i.test(t) ? null : /^(.{3,120}?)\s+(?:given|provided|handed out|sent)$/i.exec(t);
      if (givenLast && /\b(?:988|lifeline|crisis|hotline|numbers?|#|cards?|handouts?|resources?|info|information|list|referrals?|worksheets?)\b/i.test(givenLast[1]!)) return `${cap(givenLast[1]!)} ${/\band\b|s$/.test(givenLast[1]!) ? (v.tense === 'past' ? 'were' : 'are') : v.tense === 'past' ? 'was' : 'is'} given`;
      // "Bruise on L forearm, yellowish", "soiled bedding, no food in fridge": a finding jotted as seen, never the client's report.
      if (/^(?:a\s+|an\s+)?(?:(?:faint|fresh|old|healing|small|large|visible|yellow\w*|purple|red)\s+)?(?:bruis\w*|marks?|welts?|scratch(?:es)?|abrasions?|lacerations?|swelling|burns?|scars?)\s+(?:on|to|over|across|along|back of|behind|under|inside|around|near|below|above)\b|^(?:soiled|dirty|stained|wet)\s+(?:bedding|sheets|clothes|clothing|bed|diaper|brief)\b/i.test(t)) return `Noted: ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("Cried, apologized. Hands shaking.": the client's body, seen doing so, is an observation, never a report.)
      const bodySeen = bodyStateSeen(t, v);
      if (bodySeen) return bodySeen;
      // "PHP day 4", "IOP week 2": where the client is in a program, not something reported.
      if (PROGRAM_DAY.test(t)) return cap(t);
      // "BIP target 2 or fewer outbursts per day": a target is the plan's measure, not a report.
      if (/^(?:[A-Za-z-]+\s+){0,2}target\b/i.test(t)) return cap(t);
      // "Wt per peds Mon 98.4 lb": a finding from another source, not the client's report.
      if (/^[a-z][a-z ]{1,20}\s+per\s+(?:the\s+)?(?:pediatrician|primary care provider|doctor|dr\.?|nurse|school|teacher|scale|chart|records?|labs?|mother|father|parents?|psychiatrist|prescriber|case manager)\b/i.test(t)) return cap(t);
      // "urine drug screen today positive for ...": a result, not something the client reported.
      // ("A1c 6.4 up from 5.9, LDL 162", "Li level 0.9": labs and vitals, never the client's report.)
      if (/^(?:urine drug screen|drug screen|tox(?:icology)? screen|breathalyzer|blood alcohol|labs?|lab results?|EtG|BAL|A1c|HbA1c|LDL|HDL|TG|triglycerides|TSH|Cr|creatinine|ANC|CBC|BMP|CMP|lipids?|lithium level|Li level|valproate level|VPA level|BMI|BP|vitals|weight|wt|ECG|EKG|QTc)\b/i.test(t)) return cap(t);
      // "was referred by PCP" (the jotted "referred by PCP" made passive): the client is the one referred.
      if (/^was (?:referred|sent|brought in|seen|admitted|discharged|hospitali[sz]ed)\b/i.test(t)) return `${clientStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Lives alone, has a cat": a lasting state in the third person is the client's, in the present.
      if (habit && w0 === habit.third && w0 !== habit.base && LASTING_STATE.test(w0)) return `${clientStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "Unable to contract for safety": what the clinician found, never a report.
      // ("aware and in agreement", "agreeable to referral": the client's stance, said as such.)
      if (/^(?:unable|(?:not|never|barely) able|able|willing|unwilling)\s+to\b|^(?:aware|unaware|agreeable|amenable|in agreement|receptive|open)\b(?=\s+(?:and|of|to|with|that)\b|\s*$)/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("tolerating rads well, mood better ...": how the client is doing, jotted as a participle, is the client's.)
      // (Not "taking ...": a medicine taken goes on after the session, and "Taking sertraline 50mg" stays as jotted.)
      if (/^(?:tolerating|managing|coping|doing|sleeping|eating|attending|adjusting|recovering|struggling|improving)\s+(?!(?:the therapist|this writer|disorder|disorders)\b)\S/i.test(t) && !/^(?:doing\s+(?:the|a|an)\b)/i.test(t)) return `${clientStart(v)} ${was(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("Couldn't recall the skill": what the client could not do, jotted without the subject; reaching someone by
      // phone is the clinician's try, left as written.)
      if (/^(?:could not|couldn't)\s+(?!reach|contact|get (?:a )?hold|get through|connect|call|leave|find (?:a|the) (?:number|time|slot))[a-z]/i.test(t)) return `${clientStart(v)} could not ${t.replace(/^\S+(?:\s+not)?\s+/i, '')}`;
      if (quoteOnly) return `${clientStart(v)} ${stated(v)}, ${capitalQuote(t)}`;
      // "Supports: son, brother": a heading word is not a verb to put in the past.
      if (/^[A-Z][a-z]+:\s/.test(t) && verbFirst(w0)) return t;
      // "no safety concerns reported" already says who reported it.
      if (/\b(reported|noted|observed|endorsed|denied|identified)$/.test(t)) return t;
      // ("Startles at loud noises, hides under table": what the client does, jotted without the subject, in its own tense.)
      const does = verbForms(w0.toLowerCase());
      if (does && w0.toLowerCase() === does.third && does.third !== does.base && !CLIENT_VERBS.has(w0.toLowerCase()) && !/^(?:is|has|does|was|needs|seems|means)$/i.test(w0) && !/^[A-Za-z]+\s*:/.test(t)) return `${clientStart(v)} ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("RD increased MP to 2800 kcal": a role named in two words, "registered dietitian", is the one acting, never a verb.)
      const roleActs = /^((?:registered|licensed|certified|attending|charge|primary)\s+(?:dietitian|nurse|social worker|psychologist|counselor|physician|nurse practitioner))\s+(?=[a-z]+(?:ed|s)\b)/i.exec(t);
      if (roleActs) {
        const acts = t.slice(roleActs[0].length);
        return `The ${roleActs[1]!.toLowerCase()} ${setTense(firstWord(acts), v.tense)}${acts.slice(firstWord(acts).length)}`;
      }
      if (verbFirst(w0)) return verbFirstSentence(t, w0, kind, v);
      // "recently discharged from the unit", "fired Friday": something done to the client, said as such.
      const eventWord = ADVERBS.has(w0) || /^(recently|just)$/.test(w0) ? firstWord(next) : w0;
      if (EVENT_PARTICIPLES.test(eventWord) && !/^\s*\S+\s+(?:to|by)\s+(?:the\s+)?(?:therapist|clinician)\b/i.test(t)) return `${clientStart(v)} ${was(v)} ${/^[A-Z][a-z]/.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t}`;
      if (ADVERBS.has(w0) && verbFirst(firstWord(next))) return `${clientStart(v)} ${w0} ${withTense(next, v)}`;
      // A jotted heading ("target: ...", "themes: ...") stays a heading.
      if (/^[a-z][a-z -]{0,30}:\s/i.test(t) || /^[A-Z][A-Za-z -]{0,50}\([A-Z0-9-]{2,10}\)(?:\s+(?:screen|screening|score|total|results?))?:\s/.test(t)) return t;
      // "ROI for PCP signed", "labs drawn": a task done, jotted without "was".
      const done = /^((?:the |a |an )?[a-z][\w() /-]{1,60}?)\s+((?:signed|collected|drawn|faxed|sent|obtained|submitted|completed|scheduled|received|filed|released|reviewed|updated|revised)(?:\s+(?:and|&)\s+(?:signed|reviewed|updated|revised|completed|sent))?)$/i.exec(t);
      // ("Safety plan not completed d/t ED referral": the negation goes after "was".)
      const notDone = done ? /^(.*?)\s+(not|never)$/i.exec(done[1]!) : null;
      if (done && !done[1]!.split(/\s+/).some((w) => isFiniteVerb(w)) && !/^(?:client|patient|she|he|they)\b/i.test(done[1]!)) return `${cap(notDone ? notDone[1]! : done[1]!)} ${/\band\b|[a-rt-z]s$/i.test(notDone ? notDone[1]! : done[1]!) ? (v.tense === 'past' ? 'were' : 'are') : v.tense === 'past' ? 'was' : 'is'} ${notDone ? `${notDone[2]!.toLowerCase()} ` : ''}${done[2]!.toLowerCase().replace('&', 'and')}`;
      // "pills surrendered to RN, secured", "razors removed from room": means taken away, jotted without "were".
      const meansGone = /^((?:the |his |her |their |all )?[a-z][\w() -]{1,40}?)\s+((?:surrendered|secured|removed|confiscated|disposed of|handed over|turned in|locked up|locked away)\b.*)$/i.exec(t);
      // ("son removed Walt's guns": the act with its object after it is the doer's, never means taken away.)
      if (meansGone && !meansGone[1]!.split(/\s+/).some((w) => isFiniteVerb(w)) && !/^(?:client|patient|pt|she|he|they|i|we|mom|dad|mother|father|parents?)\b/i.test(meansGone[1]!) && !/^(?:surrendered|secured|removed|confiscated|disposed of|handed over|turned in|locked up|locked away)\s+(?:his|her|their|the|my|all|both|a|an|[A-Z][a-z]+'s)\b/.test(meansGone[2]!)) return `${cap(meansGone[1]!)} ${/s$/i.test(meansGone[1]!) ? (v.tense === 'past' ? 'were' : 'are') : v.tense === 'past' ? 'was' : 'is'} ${meansGone[2]!}`;
      // "urine drug screen was collected", "ROI was signed": a task done, stated with its own subject.
      if (/^(?:the |a |an )?[A-Za-z][A-Za-z.-]*(?: [A-Za-z][A-Za-z.-]*){0,3} (?:was|were|has been|have been) (?:collected|drawn|ordered|administered|completed|reviewed|signed|sent|scheduled|faxed|obtained|given|notified|filed|updated|placed|granted|issued|served|extended|dismissed|requested|submitted|arranged|confirmed|provided|made|started|increased|decreased|stopped|discontinued|informed|contacted)\b/i.test(t)) return cap(t);
      // "Toward the end mother said ...": a time phrase, then a sentence with its own doer.
      const when = /^((?:toward|towards|at|by|near|in|during) the (?:end|start|beginning|middle|close)(?: of (?:the )?(?:session|group|call|visit))?)\s+(\S+(?:\s+\S+)?)\s+(\S+)/i.exec(t);
      if (when && (isFiniteVerb(when[3]!.toLowerCase()) || isFiniteVerb(when[2]!.split(/\s+/).at(-1)!.toLowerCase()))) return `${cap(when[1]!)}, ${t.slice(when[1]!.length).trim()}`;
      // "Topic HALT", "theme boundaries": a group's or session's heading jotted without its colon.
      const heading = /^(topic|theme|themes|focus|agenda)\s+(?!(?:today\s+)?(?:was|is|were|of|for|on|about)\b)(.+)$/i.exec(t);
      if (heading) return `${cap(heading[1]!.toLowerCase())}: ${heading[2]}`;
      // "Primary issue is school refusal", "Focus today was grief": the clinician names what the work is about, never a report of the client's.
      const named = TOPIC_NAMED.exec(t);
      if (named) return `${named[1] ? '' : 'The '}${named[1] ? cap(t) : t[0]!.toLowerCase() + t.slice(1)}`;
      // "All members denied ...", "both agreed ...": a quantified subject of its own, not the client's report.
      // "D texted 6x this week": a person written by an initial is the subject of their own act.
      if (/^[A-Z](?:\.[A-Z])*\.?\s+(?:[a-z]+ed|said|told|sent|came|went|left|took|made|hit|threw|broke|called|texted)\b/.test(t)) return t;
      if (QUANTIFIED_SUBJECT.test(t) && t.split(/\s+/).slice(1, 4).some((w) => isFiniteVerb(w.toLowerCase()) || looksLikePastVerb(w.toLowerCase()))) return cap(t);
      if (startsWithPreposition) return t;
      // "Stressed about the hearing": the capital was the jotting's, not the word's.
      // ("Very angry about VA disability denial": how strongly, then the feeling.)
      const degree = /^(?:very|really|extremely|quite|so|pretty|somewhat|a bit|a little)\s+/i.exec(t);
      const felt = degree ? firstWord(t.slice(degree[0].length)) : w0;
      const after = degree ? (t.slice(degree[0].length).split(/\s+/)[1] ?? '') : next;
      if (EMOTIONS.has(felt) && ADJECTIVE_FOLLOWERS.test(after)) return `${clientStart(v)} ${reported(v)} feeling ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // ("Hypervigilant in restaurants (sits facing door)": a state told of where the clinician was not, said as being in it.)
      if (OBSERVATION_WORDS.has(felt) && /^(?:in|at|around|when|while|during)\b/i.test(after)) return `${clientStart(v)} ${reported(v)} being ${t[0]!.toLowerCase()}${t.slice(1)}`;
      // "no safety concerns raised", "none since": a jotted absence names no one.
      // ("No abuse indicators", "no signs of neglect": an absence of signs is the clinician's finding, never the client's report.)
      if (/^(no|none|nothing)\b/i.test(t) && /\b(raised|reported|noted|identified|observed|seen|visible|found|stated|mentioned|since|today|this week|concerns?|per|known to the team|indicators?|signs? of (?:abuse|neglect|injury|trauma|distress))\b/i.test(t)) return cap(t);
      // "Video not possible today", "audio dropped twice": how the session ran, not the client's report.
      if (/^(video|audio|connection|internet|camera|zoom|the call|call|phone|wifi|wi-fi)\b/i.test(t)) return cap(t);
      // "(he/him) 28": the pronouns the client goes by and the age, said as who the client is.
      const pronounsAge = /^\(((?:she|he|they|ze|xe)\/[a-z]+)\),?\s*(\d{1,2})$/i.exec(t);
      if (pronounsAge) return `${clientStart(v)} (${pronounsAge[1]!.toLowerCase()}) is ${pronounsAge[2]} years old`;
      // "First 30 min Maya alone in playroom": how the session's time was spent.
      if (/^(?:first|last|final|next)\s+\d{1,3}\s*(?:min|mins|minutes)\b/i.test(t)) return cap(t);
      // "then individual play w/ Lily", "joint time with dad": a part of the session, not the client's report.
      if (/^(?:then\s+)?(?:individual|indiv|1:1|one-on-one|separate|joint|dyadic|parent-child|alone|private)\s+(?:play|time|session|meeting|portion|work|check-in)\b/i.test(t)) return cap(t);
      // ("Code enf. gave 30 day notice", "Landlord filed for eviction", "APS closed the case": an agency or landlord named as the doer.)
      if (AGENCY_ACTED.test(t)) return cap(t);
      // "Hospice bereavement team called me because ...": a team or office named as the doer of its own act.
      if (/^(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s+(?:team|staff|nurse|office|agency|program|department|unit|chaplain|aide|coordinator|social worker|case manager)\s+(?:called|contacted|emailed|faxed|texted|sent|referred|notified|asked|requested|told|visited)\b/i.test(t)) return cap(t);
      // "handoff to ED social worker", "referral to IOP": a step in the client's care, taken by no one named.
      if (/^(?:warm\s+)?(?:hand-?off|referral|transfer|consult(?:ation)?|collateral(?:\s+call)?|coordination|release of information)\s+(?:to|with|from|for)\b/i.test(t)) return cap(t);
      // A capitalised jotting ("No drug use", "History of ...") continues the sentence in lower case.
      // Only a known word is lowered; a name ("Priya, 38") keeps its capital.
      const first = firstWord(t);
      if (/^[A-Z][a-z]+\b/.test(t) && !/^[A-Z][a-z]+\s+[A-Z]/.test(t) && (verbForms(first) || EMOTIONS.has(first) || OBSERVATION_WORDS.has(first) || COMMON_OPENERS.has(first) || notANameByShape(first))) t = t[0]!.toLowerCase() + t.slice(1);
      // "coordinating with the dietitian": an activity with no doer shown names no one.
      if (/^[a-z]{3,}ing$/.test(w0) && !EMOTIONS.has(w0) && [w0.replace(/ing$/, ''), w0.replace(/ing$/, 'e'), w0.replace(/([a-z])\1ing$/, '$1')].some((b) => verbForms(b) !== undefined)) return cap(t);
      // "18 sessions over 6 months", "minor conflict during the activity": the course of treatment
      // or an event in the room, not something the client reported.
      if (/^\d+\s+(sessions?|visits|appointments|weeks of)\b/.test(t) || /\b(during|in session|in group|in the room|in the activity)\b/.test(t)) return cap(t);
      // With several people in the room, a report with no doer names no one: "Client" may be the wrong one.
      if (v.company) return cap(t);
      // "Lithium level due, lab order sent", "Depakote 1000 mg at bedtime", "Court-ordered treatment":
      // a fact of the client's care or circumstances, as jotted, never something the client reported.
      if (CARE_FACT.test(t)) return cap(t);
      // ("No one hurt.": how an incident ended, as told, never something only the client reported.)
      if (/^(?:no one|nobody|no-one)\s+(?:was\s+|got\s+)?(?:hurt|injured|harmed)\b/i.test(t)) return cap(t.replace(/^(no one|nobody|no-one)\s+(?=hurt|injured|harmed)/i, `$1 ${v.tense === 'past' ? 'was' : 'is'} `));
      // "Problem: acute psychosis, paranoia, threats toward neighbor": the clinical problem named, never the client's report of it.
      if (/^(?:acute |active |worsening |new |untreated |decompensat\w+ )?(?:psychosis|psychotic symptoms|paranoia|mania|manic symptoms|catatonia|delirium|decompensation|agitation)\b/i.test(t) && !t.split(/\s+/).slice(1, 6).some((w) => isFiniteVerb(w.toLowerCase()))) return cap(t);
      // "in couples tx w/ me since June": the client's course of treatment, said as such, never a report.
      if (/^in\s+(?:[a-z-]+\s+)?(?:therapy|treatment|counseling|counselling|care)\b/i.test(t)) return `${clientStart(v)} has been ${t}`;
      // "also history of meth use": the adverb goes with the reporting verb.
      if (/^also\s/i.test(t)) return `${clientStart(v)} also ${reported(v)} ${lowerLead(t.slice(5))}`;
      // ("Last thoughts of suicide she says were in the summer": the teller said inside the words goes; what was told is said whole.)
      const toldInside = /^([a-z][^,;"]{2,60}?)\s+(?:she|he|they)\s+(?:says|said)\s+(?=(?:was|were|is|are|had|has|have)\b)/i.exec(t);
      // (A phrase of two words or more opens on a common word, "Worst thoughts"; one capitalised word alone may be a name.)
      if (toldInside) return `${clientStart(v)} ${reported(v)} that ${/^[A-Z][a-z]+\s+[a-z]/.test(toldInside[1]!) ? toldInside[1]![0]!.toLowerCase() + toldInside[1]!.slice(1) : lowerLead(toldInside[1]!)} ${t.slice(toldInside[0].length)}`;
      return `${clientStart(v)} ${reported(v)} ${lowerLead(t)}`;
    }
  }
  return t;
}

function tenseOf(verb: string, v: Voice): string {
  const [head = '', ...rest] = verb.split(' ');
  return [setTense(head, v.tense), ...rest].join(' ');
}

/** Capital first letter, one space between words, and closing punctuation. */
/** "Failed frozen embryo transfer (FET) last week (...)": 1 the procedure, 2 when, 3 what follows. */
const FAILED_PROCEDURE = /^failed\s+(?:(?:the|her|his|their|a|an)\s+)?((?:frozen embryo transfer|embryo transfer|transfer|in vitro fertilization|IVF(?: cycle)?|intrauterine insemination|retrieval|egg retrieval|stimulation cycle|cycle)(?:\s*\([A-Z]+\))?)((?:\s+(?:last|this|on|in|yesterday)\b[^(,;]*?)?)(\s*(?:\(.*|[,;].*)?)$/i;

export function finish(sentence: string): string {
  // "(dad: 'my chest gets tight')": a participant's words in brackets become their own sentence.
  const aside = /\s*\((mom|dad|mother|father|mum|partner|wife|husband|teacher|[A-Z][a-z]+):\s*"([^"]+)"\)/.exec(sentence);
  if (aside) {
    const speaker = /^(mom|mum)$/i.test(aside[1]!) ? 'Mother' : /^dad$/i.test(aside[1]!) ? 'Father' : cap(aside[1]!);
    return `${finish(sentence.replace(aside[0], ''))} ${speaker} said, "${cap(aside[2]!)}."`.replace(/\."\.$/, '."');
  }
  // ("features,; rule out": two marks where the clauses were joined are one, the stronger.)
  let s = sentence.replace(/\s+([,;:]|\.(?!\d))/g, '$1').replace(/,(?=;)/g, '').replace(/\s{2,}/g, ' ').trim();
  // Jotted "..." and "!!" are not clinical punctuation (quotes keep theirs).
  s = s.replace(/(?<!")(\.{2,}|…)\s*$/, '').replace(/(?<=[A-Za-z)])\s*(\.{2,}|…)(?=\s)/g, ',').replace(/!{2,}/g, '!').replace(/\?{2,}/g, '?');
  s = s.replace(/[\s,;:-]+$/, '');
  // ('said she is "sad but okay,"': a quotation cut where the sentence ends closes with a full stop, not the comma it ran on with.)
  s = s.replace(/[,;:]"$/, '."');
  if (!s) return s;
  if (/^[a-z]/.test(s)) s = cap(s);
  // "Deshawn Said he has no weapon": a jotted verb's capital, kept after the name put before it, is lowered.
  s = s.replace(/^((?:[A-Z][a-z]+|[A-Z]\.)\s)(Said|Says|Reported|Reports|Denied|Denies|Stated|States|Agreed|Agrees)\b/, (_m, who: string, verb: string) => `${who}${verb.toLowerCase()}`);
  s = joinVerbSeries(s);
  // A quotation keeps its own words and marks: the sentence's full stop goes after it.
  if (!/[.!?]$/.test(s) && !/[.!?]"$/.test(s)) s += '.';
  return s;
}

/**
 * A jotted series of acts by one doer reads as a sentence with "and" before the last:
 * "Maya sat close to mother, played with slime, answered in one word" -> "..., played with slime and answered in one word".
 */
function joinVerbSeries(sentence: string): string {
  const { text: unquoted, quotes } = protectQuotes(sentence);
  // A bracket's commas are its own: "(PMR), practiced ..." splits only outside brackets.
  const brackets: string[] = [];
  const text = unquoted.replace(/\([^()]*\)/g, (m) => `⟬${brackets.push(m) - 1}⟭`);
  if (/[()]/.test(text)) return sentence;
  const unbracket = (s: string): string => s.replace(/⟬(\d+)⟭/g, (_m, i) => brackets[Number(i)]!);
  const pieces = text.split(', ');
  if (pieces.length < 2 || pieces[0]!.split(/\s+/).length < 2 || / and /.test(pieces.at(-1)!)) return sentence;
  const opensWithVerb = (p: string): boolean => {
    const w = p.split(/\s+/)[0] ?? '';
    return /^[a-z]/.test(w) && (isFiniteVerb(w) || looksLikePastVerb(w)) && !/^(?:was|were|is|are|has|had|have|did|does)$/.test(w);
  };
  if (!pieces.slice(1).every(opensWithVerb)) return sentence;
  // "Kyle grabbed her arm, saw bruising on left forearm": what was seen on the body is the clinician's, never the doer's next act.
  if (pieces.slice(1).some((p) => BODY_SEEN.test(p))) return sentence;
  if (pieces.slice(1).some((p) => STATUS_PARTICIPLES.has(p.trim().replace(/[.;:]$/, '')))) return sentence;
  // ("met with Daniela today, referred by Dean Whitfield": a passive "by" describes the one just named, never the doer's next act.)
  if (pieces.slice(1).some((p) => /^(?:referred|sent|brought|recommended|mandated|ordered|evaluated|assessed|accompanied|driven|escorted|transported|supervised)\s+by\b/.test(p.trim()))) return sentence;
  // "owns a hunting rifle, stored locked at brother's": where a thing is kept describes it, never the owner's next act.
  if (pieces.slice(1).some((p) => /^(?:stored|kept|locked|secured|held|hidden)\s+(?:locked|unloaded|loaded|at|with|in|by|away|up|off-site|offsite)\b/.test(p.trim()))) return sentence;
  // ("Mother kicked him out last night after argument, slept in car": after another person's act on the client, the next
  // verb may be either one's, so the series is never joined into the other person's.)
  if (/^(?!(?:client|pt|patient|he|she|they|i|we|therapist|clinician|writer)\b)(?:(?:her|his|their|the)\s+)?[A-Za-z]+\s+[a-z]+\s+(?:him|them|her(?=\s+(?:out|off|up|away|down|back|to|into|from|at|in|on|over)\b))\b/i.test(pieces[0]!.trim())) return sentence;
  // The first piece must itself hold a verb after its subject, so the series continues it.
  if (!pieces[0]!.split(/\s+/).slice(1, 4).some((w) => isFiniteVerb(w.replace(/[,;:.]$/, '')) || looksLikePastVerb(w.replace(/[,;:.]$/, '')))) return sentence;
  return restoreQuotes(unbracket(`${pieces.slice(0, -1).join(', ')} and ${pieces.at(-1)}`), quotes);
}

const FORMS: Record<PronounSet, { subject: string; object: string; determiner: string; possessive: string; reflexive: string }> = {
  she: { subject: 'she', object: 'her', determiner: 'her', possessive: 'hers', reflexive: 'herself' },
  he: { subject: 'he', object: 'him', determiner: 'his', possessive: 'his', reflexive: 'himself' },
  they: { subject: 'they', object: 'them', determiner: 'their', possessive: 'theirs', reflexive: 'themself' },
};

/**
 * Writes the client's pronouns as the style asks, outside quotes. Only the client's own
 * pronouns change (`from`, as the summary uses them): a mother's "she" or a husband's "he"
 * stays theirs. When the summary does not show which pronouns are the client's, nothing changes.
 */
export function applyPronouns(text: string, to: PronounSet | undefined, from: PronounSet | undefined): string {
  if (!to || !from || to === from || from === 'they') return text;
  const { text: bare, quotes } = protectQuotes(text);
  const src = FORMS[from];
  const dst = FORMS[to];
  const words = [...new Set([src.subject, src.object, src.determiner, src.possessive, src.reflexive])].join('|');
  const out = bare.replace(new RegExp(`\\b(${words})\\b`, 'gi'), (m, _w, offset: number, whole: string) => {
    const w = m.toLowerCase();
    const next = whole.slice(offset + m.length).match(/^\s+([a-z'-]+)/i)?.[1]?.toLowerCase() ?? '';
    // "her" before a noun is a determiner ("her sister"), otherwise an object ("told her").
    const role = w === src.subject ? 'subject' : w === src.reflexive ? 'reflexive' : w === src.possessive && w !== src.determiner ? 'possessive'
      : w === src.object && w === src.determiner ? (next && !/^(and|or|to|at|in|on|with|about|for|that|when|if|but|so|again|too|back|up|down|out|off|alone)$/.test(next) ? 'determiner' : 'object')
      : w === src.object ? 'object' : 'determiner';
    const r = dst[role];
    return m[0] === m[0]!.toUpperCase() ? cap(r) : r;
  });
  // "they" takes a plural verb: "she is" -> "they are", "she was" -> "they were".
  const agreed = to === 'they' ? out.replace(/\b(they) (is|was|has|does)\b/gi, (_m, w: string, v: string) => `${w} ${({ is: 'are', was: 'were', has: 'have', does: 'do' } as Record<string, string>)[v.toLowerCase()]}`) : out;
  return restoreQuotes(agreed, quotes);
}

/** ("Cried, apologized. Hands shaking.", "Hands mildly tremulous": the client's body, seen so, is an observation, never a report.) */
function bodyStateSeen(t: string, v: Voice): string | undefined {
  const m = BODY_STATE_SEEN.exec(t);
  if (!m) return undefined;
  const part = m[1]!.toLowerCase().replace(/^l\b/, 'left').replace(/^r\b/, 'right');
  const how = m[2]!.toLowerCase().replace(/\b(?:was|were)\s+/g, '');
  return `${clientStart(v)}'s ${part} ${/s$|feet/i.test(part) ? (v.tense === 'past' ? 'were' : 'are') : was(v)} ${how}${m[3]!.toLowerCase()}${m[4]}`;
}
