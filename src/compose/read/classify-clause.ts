// Gives a clause its record kind from labels, lexicons and its place in the summary.
import { SAFETY_STATEMENT, SUICIDE_METHOD, SUICIDE_PLAN_TOLD, THREAT_OF_VIOLENCE } from '../lexicon/risk-context.ts';
import { CONSULT_VISIT, CLEARANCE_FOUND, DOCUMENT_SENT, CONTACTED_WITHOUT_DOER, TOPIC_NOT_REACHED, USED_FOR_ANOTHER, SERVICE_ACTING, HOW_WITH_SOMEONE, DUTY_TO_WARN_JUDGED, WORK_THEN_DETAILS, DONE_IN_PLAY, REFERRAL_PLACED, WHERE_CLIENT_GOES_NEXT, LETS_CLINICIAN_CONTACT, SEPARATE_SESSION_FOR, STATE_HOW_OFTEN, VICTIMS_CASE, OBSERVATION_ORDERED, LEFT_A_MESSAGE, TOLD_THEM_WHAT_CLINICIAN_WILL, ARRANGED_RETURN, MET_FOR_MINUTES, RETURN_WHEN, ASSESSMENT_CUES, CLINICIAN_GIVES, WITH_CLIENT_CONSENT, BODY_CHECKED, BODY_SEEN, CLINICIAN_ONLY_ACT, PRESENT_THEN_CALLED, SEEN_ALONE, CHECKED_RESULT, RELATIVE_SPEAKER, CLIENT_SUBJECTS, CRISIS_CONTACT, SOMEONE_NOTIFIED, CALLED_CARE_SERVICE, CRISIS_STEP_TAKEN, CLIENT_TO_DO, CONSULT_REQUESTED, CHECKS_ORDERED, DIAGNOSIS_ONLY, TRAITS_ONLY, diagnosisList, INTERVENTION_TERMS_LONGEST_FIRST, leadingInterventionTerm, WITH_CLIENT, EMOTIONS, GOAL_CUES, OBSERVED_ACTS, OBSERVATION_PHRASES, GIVEN_TO, KEPT_IN_SIGHT, PLAY_MATERIALS, PLAY_MATERIAL_FIRST, OBSERVATION_WORDS, OTHER_PEOPLE, PARTICIPANTS, PLAN_CUES, RESPONSE_CUES, SESSION_WORK_VERBS, SHARED_VERBS, THERAPIST_ONLY_VERBS, NOTIFIED_SOMEONE, REPORTED_TO_AGENCY, TOLD_PARTY_FIRST, HOME_STATE_SEEN, HOME_FINDING, NO_SIGNS_SEEN, MEDICATIONS_CHECKED, CARE_STEP_LEAD, CLIENT_GONE, NEURO_FINDING, BODY_STATE_SEEN, SLEEP_SCHEDULE_SET, SEEN_FOR_SESSION, CLINICIAN_ABOUT_TO_START, SESSIONS_TO_COME, NEXT_ON_DAY, PROVIDER_WILL, PLAN_UNCHANGED, givenBare , HOLD_PLACED, RELATIVE_NOTIFIED, CLIENT_TAKEN_TO_CARE, MARKS_NOTED, DONE_IN_SESSION, SETTLED_BY_THE_END, ASKED_NAMED, WORK_HELD_BACK, FOLLOWED_UP_DONE, KEPT_ON_LINE, CLIENT_COMPLETED, CRISIS_STEP_TO_TAKE, EVALUATION_NAMED } from '../lexicon/cues.ts';
import { BETWEEN_SESSION_CUES } from '../lexicon/phrases.ts';
import { LABELS } from '../lexicon/labels.ts';
import { MEDICATION_ORDER, MEDICINE_AS_ORDERED } from '../lexicon/medications.ts';
import { MODALITIES } from '../lexicon/modalities.ts';
import { isFiniteVerb, looksLikePastVerb } from '../lexicon/verbs.ts';
import { THIS_IS_WHOM } from '../lexicon/session-labels.ts';
import type { FactKind, PronounSet, Subject } from '../types.ts';

export type { Subject } from '../types.ts';
export { leadingInterventionTerm } from '../lexicon/cues.ts';


const verbLike = (w: string): boolean => isFiniteVerb(w) || looksLikePastVerb(w);
/** Base forms a clinician jots as plan items ("keep window", "call pharmacy", "try TIPP"). */
const IMPERATIVES = new Set(['keep', 'add', 'call', 'email', 'text', 'try', 'start', 'stop', 'continue', 'practice', 'use', 'track', 'log', 'bring', 'attend', 'schedule', 'reschedule', 'send', 'ask', 'tell', 'review', 'complete', 'finish', 'consider', 'revisit', 'follow', 'monitor', 'increase', 'decrease', 'reduce', 'limit', 'avoid', 'file', 'order', 'pick', 'tour', 'contact', 'notify', 'coordinate', 'obtain', 'request', 'refer', 'discuss', 'write', 'buy', 'journal', 'message', 'remove', 'lock', 'join', 'resume', 'restart', 'recommend', 'flag', 'listen', 'watch', 'drive', 'fill', 'rate', 'record', 'get']);


/** Capitalised sentence openers that are not names. */
const COMMON_OPENERS = new Set(['used', 'pills', 'meds', 'medications', 'guns', 'firearms', 'keys', 'knives', 'razors', 'blades', 'old', 'fresh', 'healing', 'healed', 'faint', 'small', 'large', 'superficial', 'linear', 'multiple', 'very', 'really', 'pretty', 'quite', 'extremely', 'somewhat', 'slightly', 'fairly', 'mostly', 'homework', 'session', 'mood', 'affect', 'sleep', 'appetite', 'energy', 'plan', 'goal', 'today', 'tonight', 'this', 'that', 'it', 'there', 'what', 'nothing', 'everything', 'things', 'work', 'school', 'anxiety', 'panic', 'urges', 'cravings', 'voices', 'thoughts', 'symptoms', 'nightmares', 'safety', 'risk', 'family', 'group', 'mother', 'father', 'parents', 'both', 'each', 'one', 'another', 'someone', 'everyone', 'nobody', 'no', 'not', 'never', 'also', 'still', 'currently', 'current', 'presently', 'again',
  // ("History: entered foster care at 9", "Medical: asthma": a history's heading, never a person named.)
  'history', 'medical', 'substance', 'substances', 'strengths', 'screens', 'trauma', 'legal', 'social', 'education', 'employment', 'housing',
  // ("Anhedonia - stopped fishing", "Insomnia - wakes at 3am": a symptom heading its evidence, never a person who did it.)
  'anhedonia', 'insomnia', 'hypersomnia', 'irritability', 'fatigue', 'avoidance', 'hypervigilance', 'flashbacks', 'rumination', 'isolation',
  'concentration', 'motivation', 'hopelessness', 'guilt', 'shame', 'worry', 'tearfulness', 'dissociation', 'startle', 'depression']);
import { anyTermPattern } from './any-term-pattern.ts';
import { isRiskStatement } from './extract-risk.ts';


export interface ClauseContext {
  labelKind?: FactKind;
  /** An intervention has already been named earlier in the summary. */
  afterIntervention: boolean;
  /** The same sentence had an intervention clause just before this one. */
  followsIntervention: boolean;
  clientPronoun?: PronounSet;
  /** Names the summary uses for people (find-names.ts). */
  names?: ReadonlySet<string>;
}

/** "reported to police, case pending": the client's own report of a crime against them. */
const POLICE_CASE = new RegExp(String.raw`\bpolice\b${VICTIMS_CASE}`, 'i');
const OTHER = new Set(OTHER_PEOPLE);
const MODALITY_NAME_FIRST = new RegExp(`^(${MODALITIES.map((m) => m.name).join('|')})\\b`, 'i');
const TERMS = INTERVENTION_TERMS_LONGEST_FIRST;
/** Each term with the space before it and with what may close it, built once rather than per clause. */
// One regex per list rather than an `includes` per term (anyTermPattern): a term after a space, closed or at the head.
const CLOSED_TERM = new RegExp(` ${anyTermPattern(TERMS)}[ ,.:]`);
const TERM_AT_WORD = new RegExp(`(?:^| )${anyTermPattern(TERMS)}`);
// Trimmed first, the split yields only words, so it can stop after the first n.
const firstWords = (t: string, n: number): string[] => t.toLowerCase().replace(/["(),:]/g, ' ').trim().split(/\s+/, n).filter(Boolean);

/** Who the clause is about, from its first words. */
const cap1 = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

export function findSubject(text: string, clientPronoun?: PronounSet, names?: ReadonlySet<string>): Subject {
  // A clause that opens with a quotation opens with the client's words, not a subject.
  if (/^\s*"/.test(text)) return 'none';
  // "Risk: reports plan ...": a label is not a person; the words after it have the subject.
  const labelled = /^\s*([A-Za-z][a-z]+(?: [a-z]+)?)\s*:\s+(?=\S)/.exec(text);
  if (labelled && LABELS[labelled[1]!.toLowerCase()] !== undefined) return findSubject(text.slice(labelled[0].length), clientPronoun, names);
  // ("However she disclosed her mother is pushing", "That said, pt agreed"): a connective leads; the words after it have the subject.
  const connective = /^\s*(?:however|nonetheless|nevertheless|still|that said|even so|notably|importantly|interestingly|meanwhile|additionally|furthermore|moreover|of note)\s*,?\s+(?=(?:she|he|they|client|pt|patient|[A-Z][a-z]+)\s+[a-z])/i.exec(text);
  if (connective) return findSubject(text.slice(connective[0].length), clientPronoun, names);
  // "Near end of session Emma disclosed ...": a time phrase leads; the one named after it is the subject.
  const timeLead = /^\s*(?:(?:near|toward|towards|at|by|in|during|later in|early in|halfway through|midway through)\s+(?:the\s+)?(?:(?:very\s+)?(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?(?:session|sess|group|visit)|later in session|afterwards|afterward|mid-?session|mid-?group|at one point|partway through|part way through)\s*,?\s+(?=[A-Z][a-z])/i.exec(text) ?? CLIENT_GONE_THEN_NAME.exec(text);
  if (timeLead && findSubject(text.slice(timeLead[0].length), clientPronoun, names) === 'other') return 'other';
  const [w0 = '', w1 = ''] = firstWords(text, 2);
  if (w0 === 'i' || w0 === 'therapist' || w0 === 'clinician' || w0 === 'writer' || (w0 === 'this' && w1 === 'writer')) return 'therapist';
  if (PRESENT_THEN_CALLED.test(text) || CLINICIAN_ONLY_ACT.test(text)) return 'therapist';
  // "didn't revisit firearms this time": a topic the clinician left for another session.
  // ("Didn't get to the firearm issue, need to next time": a topic not reached is the clinician's, never the client's failing.)
  // ("Didnt bring up anything about not being around", on a check-in call: nothing volunteered is the one called, never the clinician.)
  if (TOPIC_NOT_REACHED.test(text)) return 'therapist';
  if (USED_FOR_ANOTHER.test(text)) return 'therapist';
  if (/^\s*(?:did not|didn't|did n't)\s+(?:get to\s+|have time to\s+)?(?:revisit|reassess|re-assess|assess|ask about|address|review|cover|screen|explore|follow up on|get into|raise|bring up)\b(?!\s+anything\b)/i.test(text)) return 'therapist';
  // "facilitator reviewed overdose risk": in a group note, the one running the group is the clinician.
  if (w0 === 'facilitator' || w0 === 'facilitators' || w0 === 'co-facilitator' || w0 === 'cofacilitator' || ((w0 === 'group' || w0 === 'co') && (w1 === 'leader' || w1 === 'leaders'))) return 'therapist';
  // "we met him at his apartment", "we did a C-SSRS": the client is whom "we" met or screened, so "we" is the clinicians.
  if (w0 === 'we' && WE_THE_CLINICIANS.test(text)) return 'therapist';
  if (w0 === 'we' || w0 === 'together') return 'joint';
  // "Had each practice one complaint without blame", "had mom narrate the play": only the clinician has
  // the people in the room do an exercise.
  if (/^\s*[Hh]ad\s+(?:each(?:\s+(?:partner|parent|member|of them))?|both(?:\s+(?:partners|parents|of them))?|them|the (?:couple|family|group|parents|partners|members)|(?:mom|dad|mother|father|parents?|partner)|[A-Z][a-z]+)\s+(?:practice|try|take turns|share|name|write|list|role-play|rehearse|say|use|read|describe|identify|repeat|restate|summarize|mirror|validate|paraphrase|reflect|narrate|lead|sit|face|switch|trade|tell|ask|draw|rate|show)\b/.test(text)) return 'therapist';
  // "called the pharmacy w/ him", "drew it together": shared work done with the client.
  // ("Did not share session content w/ her": what was not done with someone is no work done together.)
  // ("Called dad after: dad confirmed ..., store extra insulin w/ him": a "with him" past a colon is another's doing.)
  if ((SHARED_VERBS.has(w0) || SESSION_WORK_VERBS.has(w0)) && w1 !== 'not' && WITH_CLIENT.test(text.toLowerCase()) && !/\b[A-Z][a-z]+\b/.test(text.slice(0, text.toLowerCase().search(WITH_CLIENT)).slice(1)) && !/[:;]/.test(text.slice(0, text.toLowerCase().search(WITH_CLIENT)))) return 'joint';
  // ("she'd never leave the kids": a pronoun with its verb contracted is that pronoun still.)
  // (The client's own, contracted, is left to the writer as before: it rewrites a bare pronoun only.)
  const pronoun = /^(she|he|they)(?:'d|'ll|'s|'re|'ve)?$/.exec(w0)?.[1];
  if (pronoun) {
    if (!clientPronoun) return 'pronoun';
    return pronoun === clientPronoun ? (pronoun === w0 ? 'client' : 'none') : 'other';
  }
  // ("Social work looking for bed", "Child Life to prep him", "Nursing aware"): a service of the hospital or clinic, named as the
  // one acting, is someone else.
  if (SERVICE_ACTING.test(text)) return 'other';
  if (CLIENT_SUBJECTS.has(w0)) return 'client';
  // A speaker's line ("Ms. Grant: nightmares 2/7", "dad: 'my chest gets tight'") is theirs.
  if (speakerOf(text, names)) return 'other';
  // "one member (R.T.) shared ...", "another peer said ...": someone else in the group.
  if (/^(one|another|a|each|two|three|several|some|other)\s+(members?|peers?|participants?|group members?|parents?|kids?)\b/.test(text.trim().toLowerCase())) return 'other';
  // "Mrs. Alvarez said ...", "Dr. Kim recommended ...": a titled person is someone else.
  // ("Mrs O got visibly upset": a title and an initial are someone too.)
  if (/^\s*(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+[A-Z](?:[a-z]+|\.?(?=\s))/.test(text)) return 'other';
  const name = /^[A-Z][a-z]+/.exec(text.trim())?.[0];
  if (name && names?.has(name)) return 'other';
  // A name followed by a verb ("Joe teared up", "Ben engaged", "Owen later said") is that person, kept as written.
  const w1verb = /^(?:later|also|then|again|still|just|even|first|never|only|soon|once|too|finally|eventually|today|tonight|now|yesterday|currently|initially)$/.test(w1) ? (firstWords(text, 3)[2] ?? '') : w1;
  if (/^[A-Z][a-z]+\b/.test(text.trim()) && !verbLike(w0) && !(/ing$/.test(w0) && !names?.has(cap1(w0))) && (verbLike(w1verb) || /^(was|is|has|had|said|says|felt|feels|did|does|can|will|would)$/.test(w1verb)) && !COMMON_OPENERS.has(w0)) return 'other';
  // "Jess & roommate did a roommate agreement": a name joined to another person, then their act, is theirs as written.
  if (/^[A-Z][a-z]+\s+(?:and|&|\+)\s+(?:(?:her|his|their|the)\s+)?(?:[A-Z][a-z]+|[a-z]+)\s+(?:[a-z]+ed|did|went|made|had|met|talked|spoke|set|wrote|came|left|took|got)\b/.test(text.trim()) && !COMMON_OPENERS.has(w0)) return 'other';
  // "Priya quiet", "Marcus very anxious": a name and how they were is that person, seen.
  if (/^[A-Z][a-z]+\s/.test(text.trim()) && !COMMON_OPENERS.has(w0) && !OBSERVATION_WORDS.has(w0) && !EMOTIONS.has(w0) && !verbLike(w0) && !/ly$/.test(w0) && (OBSERVATION_WORDS.has(w1) || /^(?:quiet|very|visibly|somewhat|mostly|here|present)$/.test(w1)) && !/^(?:appeared|looked|presented|affect|eye|speech|mood|psychomotor)$/.test(w1) && !/^(?:client|patient|pt|therapist|clinician|group|session|mood|affect|speech)$/.test(w0)) return 'other';
  // "DJ (group member) disclosed ...": initials without points, then what they did.
  if (/^[A-Z]{2,3}\b(?:\s*\([^)]*\))?\s+[a-z]+ed\b/.test(text.trim())) return 'other';
  // ("Ray (liver, ALD, 3 yrs post) talked about ...", "Dan (liver, 6 mo) said ...": a name, its bracket, then what they did.)
  if (/^[A-Z][a-z]+\s*\([^()]{1,60}\)\s+(?:[a-z]+ed|said|says|told|shared|shares|was|is|had|has|went|came|left|got|felt|feels|took|gave|made|did|does)\b/.test(text.trim()) && !COMMON_OPENERS.has(w0)) return 'other';
  // Initials ("R.T. completed ...") name a person, kept as written.
  if (/^(?:[A-Z]\.){1,3}\s/.test(text.trim())) return 'other';
  // "His wife, Joan, joined ...", "her mom said ...": the relative is the doer, kept as written, never "Client reported".
  if (/^(?:his|her|their|my)$/.test(w0) && OTHER.has(w1.replace(/,$/, '')) && /^\s*\S+\s+\S+?,?(?:\s+(?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?[A-Z][a-z]+,?)?(?:\s+\(?\d{1,2}\)?,?)?(?:\s+\([^()]{1,40}\))?\s+(?:[a-z]+ed|said|says|told|came|went|left|is|was|has|had|called|joined|thinks|thought|feels|felt|wants|wanted)\b/i.test(text)) return 'other';
  const base = w0.replace(/'s$/, '');
  // ("probation officer wants ...", "charge nurse called": a role named in two words is that person.)
  // ("school resource officer and AP brought him down": or in three.)
  if (OTHER.has(base) || (!/'s$/.test(w0) && OTHER.has(`${w0} ${w1.replace(/[,:;]$/, '')}`)) || (w0 === 'school' && OTHER.has(firstWords(text, 3).join(' ').toLowerCase().replace(/[,:;]$/, ''))) || w0 === 'both' || w0 === 'other' || w0 === 'it' || /^[a-z]$/.test(w0) && /^[A-Z]\b/.test(text.trim())) return 'other';
  if (/^[A-Z][a-z]+('s)?\b/.test(text.trim()) && !/^(Client|Patient)/.test(text.trim()) && w1 !== '' && /^(is|was|has|had|said|says|reports|reported|felt|feels)$/.test(w1)) return 'other';
  // ("Shelter staff (Rosa) asked me to see ...", "Night nurse called at 2"): a role named with where or when it works is that person.
  if (/^(?:staff|nurse|nurses|teacher|counselor|counsellor|officer|worker|manager|advocate|coach|trainer|director|supervisor|caseworker|aide|aides)$/.test(w1.replace(/[,:;]$/, '')) && /^[A-Za-z-]+$/.test(w0) && !/^(?:the|a|an|her|his|their|my|our|no|any|all|every|each)$/.test(w0) && /^\s*\S+\s+\S+\s*(?:\([^()]{1,40}\)\s*)?(?:[a-z]+ed|said|says|asked|asks|told|called|calls|reported|reports|wants|wanted|noted|notes|brought|came|sent|was|is|were|are)\b/.test(text)) return 'other';
  if (actsOnClient(text, clientPronoun)) return 'therapist';
  // "Will call 988 if urges increase": a step taken if the client's own urges rise is the client's safety step.
  if (/^\s*will\s+(?:call|text|use|reach out|contact|go|tell|get|remove|ask)\b[^.;]{0,60}\b(?:if|when)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:urges?|thoughts?|SI|cravings?|symptoms?|things|feelings?|voices|panic)\s+(?:increase|increases|worsen|worsens|return|returns|escalate|escalates|get worse|gets worse|come back|comes back|intensify|intensifies)\b/i.test(text)) return 'client';
  return 'none';
}

const CLIENT_OBJECT: Record<PronounSet, string> = { he: 'him', she: 'her', they: 'them' };
/**
 * "Kept him on the line", "walked her through grounding": a past-tense verb with no doer whose object is
 * the client is the writer's own act, so the clinician's. ("lost her job": "her" before a noun is hers.)
 */
function actsOnClient(text: string, clientPronoun?: PronounSet): boolean {
  const act = /^\s*([A-Za-z][a-z]+)\s+(him|her|them)(?:\s+([a-z]+|\d+)\b|\s*[,.;:]|\s*$)/.exec(text);
  if (!act || !clientPronoun || CLIENT_OBJECT[clientPronoun] !== act[2] || !looksLikePastVerb(act[1]!.toLowerCase())) return false;
  return act[2] !== 'her' || act[3] === undefined || /^(?:on|onto|through|to|that|about|with|for|in|into|back|up|down|off|out|over|know|how|what|if|whether|again|once|twice|the|a|an|some|\d+)$/.test(act[3]);
}

/** The speaker a jotted line opens with ("Ms. Grant:", "Maya:", "mom:"), if it is a person, not a label. */
export function speakerOf(text: string, names?: ReadonlySet<string>): string | undefined {
  const m = /^\s*((?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|mom|dad|mother|father|mum|stepmom|stepdad|grandmother|grandma|grandfather|partner|wife|husband|teacher)(?:\s+also)?\s*:\s+(?=\S)/.exec(text);
  if (!m) return undefined;
  const who = m[1]!;
  // A capitalised word before a colon is a speaker only when it is a title, a relative or a name the summary uses.
  if (/^[A-Z][a-z]+(?:\s[A-Z][a-z]+)?$/.test(who) && !/^(?:Mr|Ms|Mrs|Mx|Dr)\b/.test(who) && !RELATIVE_SPEAKER.test(who) && !names?.has(who.split(' ')[0]!)) return undefined;
  if (LABELS[who.toLowerCase()] !== undefined || /^(Client|Patient|Pt|Therapist|Note|Notes|Session|Summary|Topic|Themes?|Target|Worksheet|Module|Focus|Homework|Safety|Risk|Impression|Assessment|Plan|Goal|Goals|Mood|Affect|Appearance|Speech|Insight|Judgment|Sleep|Appetite|Energy|Meds|Medications?|History|Background|Context|Trauma|Social|Substances?|Labs|Diagnosis|Dx|Presenting|Referral|Referred|Type|Interventions?|Medical|Legal|Education|Employment|Strengths|Supports|Collateral|Source|Family|Hx|Substance|MSE|Report|Reports|Update|Updates|Reason|Status|Progress|Observations?|Data|Response|Behaviou?r|Problem|Evaluation|Situation|Screen|Lethality|Results?|Scores?|Measures?|Next|Group|Today|Tonight|Yesterday|Now|Currently|Current|Recently|Overall|Tomorrow|Morning|Evening|Afternoon|Weekend|Later|Earlier|Before|After|Since|Then|Initially|Finally|Previously|Prior|Last|This)$/i.test(who)) return undefined;
  return who;
}


const OWN_HEADING = /^\s*[A-Za-z][a-z]+(?: [a-z]+){0,2}\s*:\s+(?=\S)(.+)$/;

const CUE_TESTS = new Map<readonly string[], RegExp>([GOAL_CUES, PLAN_CUES, RESPONSE_CUES, ASSESSMENT_CUES, BETWEEN_SESSION_CUES].map((cues) => [cues, new RegExp(anyTermPattern(cues))]));
const has = (t: string, cues: readonly string[]): boolean => CUE_TESTS.get(cues)?.test(t) ?? cues.some((c) => t.includes(c));

/** A reporting verb: with it, a finding is something told, not something seen. */
const TOLD = /\b(?:reports?|reported|says|said|states|stated)\b/;

/** A mental-status domain and its finding, as a clinician jots it. */
/** When a step of care is to happen: a date, a day, "in 3 days", or a condition ("unless she calls"). */
const CARE_STEP_WHEN = /\b(?:\d{1,2}\/\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|in \d+|within \d+|next week|unless|if)\b/;
/** "plan increased monitoring": the word "plan", then the plan itself. */
export const PLAN_JOTTED = /^plan\s+(?!(?:was|were|had|did|is|are|to|for|and|or|with|of|that|in|on)\b)[a-z][a-z-]+\s+[a-z]/i;
/** A pause in the session, then the client going on with it: "he returned and agreed to continue". */
const CONTINUED_AFTER_PAUSE = /\b(?:paused|stopped|grounded|grounding|returned|re-?oriented|orientation|came back)\b[^.;]*\bagreed to (?:continue|go on|keep going)(?:\s+(?:with\s+)?(?:the\s+)?(?:interview|session|exposure|narrative|account|exercise|processing))?\s*$/;

/** "w/ Kayla's ok": a named client's consent (the name in capitals). */
// ("Called mom (Kevin agreed) - told her about ideation": the one agreeing, in brackets, gave the consent.)
const NAMED_CONSENT = /\b(?:with|w\/|per)\s+[A-Z][a-z]+'s\s+(?:ok|okay|OK|permission|consent|agreement)\b|\(\s*(?:[A-Z][a-z]+|client|pt|patient|she|he|they)\s+(?:agreed|consented|ok'?d|okayed|gave (?:consent|permission))\s*\)/;
const MSE_FINDING = /^(?:(?:mse|mental status(?: exam(?:ination)?)?)\s*(?::\s*)?(?:wnl|within normal limits|unremarkable|notable for|significant for|grossly (?:intact|normal))|affect\s+(?:(?:was|is)\s+)?(?:anxious|flat|constricted|restricted|blunted|labile|congruent|incongruent|bright|full|euthymic|dysphoric|tearful|appropriate|depressed|irritable|sad|guarded|reactive)|(?:appearance|dress)\s+(?:(?:was|is)\s+)?(?:neat|clean|casual|disheveled|dishevelled|unkempt|well[- ]groomed|appropriate|age[- ]appropriate|unremarkable|adequate|tidy)|speech\s+(?:(?:was|is)\s+)?(?:normal|clear|soft|slow|slowed|rapid|pressured|fluent|coherent|regular|unremarkable|within normal limits|wnl|monotone|quiet|loud|spontaneous)|no (?:evidence of )?psychosis|no psychotic symptoms|no (?:auditory|visual|auditory or visual|auditory and visual|auditory\/visual) hallucinations|alert and oriented|a&ox\d|oriented to person|oriented(?:\s*(?:x|×)\s*\d)?(?=\s*(?:[,;]|$))|(?:insight|judgment|judgement|thought process|thought content|orientation|memory|attention|concentration|psychomotor(?: activity)?|eye contact|hygiene|grooming)\s+(?:(?:was|is|were)\s+)?(?:fair|good|poor|limited|intact|adequate|impaired|linear|logical|goal-directed|goal directed|tangential|circumstantial|organized|disorganized|normal|within normal limits|wnl|appropriate|unremarkable|fair to poor|poor to fair|partial|variable))\b/;

/** "Referral: parole, condition of release": a labelled line naming who sent the client. */
// ("Referral: Priya's individual therapist (Dr. Okafor)": someone's own therapist who sent the couple.)
const REFERRAL_SOURCE = /^referral\s*:\s*(?!(?:to|for|made|placed|sent|given|faxed|submitted)\b)(?:(?:[A-Z][a-z]+'s|her|his|their|client's|pt's)\s+(?:own\s+|individual\s+|former\s+|previous\s+)?(?:therapist|counselor|psychologist|psychiatrist|doctor|physician|pcp|oncologist)\b|self|parole|probation|court|judge|pcp|primary care|school|command|commander|cdr|co|memo|ed|er|emergency|hospital|employer|eap|dcfs|cps|attorney|lawyer|family|wife|husband|mother|father|mom|dad|physician|doctor|dr\.?|pediatrician|insurance|case manager|caseworker)\b/i;

const SAID_OF_ANOTHER = /^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:said|says|stated|states|reported|reports)\s+(?:that\s+)?(?:his|her|their)\s+(?!own\b|feelings?\b|mood\b|anxiety\b|urges?\b)[a-z]+\s+(?:is|was|has|had|will|would|seems?|seemed)\b/i;
const AGREED_SOMEONE_WILL = /^\s*(?:(?:[Ww]e|[Bb]oth|[Aa]ll|[Tt]hey)\s+)?(?:all\s+)?[Aa]greed\s+(?:that\s+)?(?:(?:pt|client|patient|she|he|they|we|both|each|the family|mom|dad|[A-Z][a-z]+)(?:\s+and\s+(?:[A-Z][a-z]+|I|she|he))?)\s+(?:will|would|is going to|are going to|to)\s+(?!be\b)[a-z]+/;
// ("Acute risk appears low now that sober, chronic risk elevated ..."): the risk's kind may lead it.
const RISK_LEVEL_JUDGED = /^(?:(?:overall|acute|chronic|current|imminent|suicide|suicidal|violence)\s+)*(?:risk|danger|lethality)\b[^.;:()]{0,50}?(?:[-:,=]\s*|\s)(?:is\s+|was\s+|assessed as\s+|judged\s+)?(?:low|low-moderate|moderate|mod|high|elevated|imminent|severe|extreme)\b/i;

export function classifyClause(text: string, ctx: ClauseContext): FactKind {
  // ("drinking ↑" written "Increase in drinking, 4-5 beers/night"): a change named as a noun is what happened, never an order to increase.
  if (/^\s*(?:increase|decrease|increases|decreases|rise|drop|spike|uptick|reduction)\s+in\s+/i.test(text)) return ctx.labelKind && ctx.labelKind !== 'plan' ? ctx.labelKind : 'report';
  // ("Prob MDD recurrent", "provisional GAD"): a diagnosis the clinician holds as probable is the clinician's assessment.
  if (/^\s*(?:probable|possible|provisional|presumptive|suspected)\s+(?:dx\s+(?:of\s+)?|diagnosis\s+(?:of\s+)?)?(?:major depressive|generalized anxiety|post-?traumatic|bipolar|adjustment|alcohol use|opioid use|cannabis use|stimulant use|substance use|panic|social anxiety|obsessive|attention-deficit|autism|borderline|persistent depressive|(?:mild |major )?neurocognitive|anorexia|bulimia|binge|insomnia)\b/i.test(text)) return 'assessment';
  // ("Safety planning alone not sufficient at this level": a judgment that a step is not enough is the clinician's, never the step done.)
  if (/\b(?:not|no longer)\s+(?:sufficient|adequate|enough)\s+(?:at|for|given|to)\b|\b(?:insufficient|inadequate)\s+(?:at|for|given|to)\b|\b(?:not|no longer)\s+(?:sufficient|adequate)\s*$/i.test(text) && !/^\s*(?:client|pt|patient|she|he|they|i|we|mom|dad|mother|father|[A-Z][a-z]+\s+(?:said|says|reports?|reported|feels|felt))\b/i.test(text)) return 'assessment';
  // ("Plan is to take them Friday when mom works a double", told among her disclosures): a plan to die is the client's, never the treatment's.
  if (SUICIDE_PLAN_TOLD.test(text.trim())) return 'risk';
  // ("completed family via IVF", "completed her GED last month"): what the client completed in their own life is their history,
  // never work done in the session.
  if (!ctx.labelKind && CLIENT_COMPLETED.test(text)) return 'report';
  // ("pt to call crisis line if worsens", "she will go to the ER if unsafe"): the step the client is to take in a crisis is the plan.
  if (!ctx.labelKind && CRISIS_STEP_TO_TAKE.test(text)) return 'plan';
  // ("Dr. Okafor notified 2:40", "Supervisor consulted", "mobile crisis team contacted"): someone notified or consulted, said
  // without a doer, is the clinician's contact.
  if (CONTACTED_WITHOUT_DOER.test(text) && ctx.labelKind !== 'plan') return 'intervention';
  // ("Irritable w/ girlfriend" in a phone check-in): how the client has been with someone else is what they told, never seen.
  if (!ctx.labelKind && HOW_WITH_SOMEONE.test(text)) return 'report';
  // ("Consulted w/ supervisor; not meeting duty-to-warn threshold"): whether a threat meets the duty to warn is the clinician's judgment.
  if (DUTY_TO_WARN_JUDGED.test(text)) return 'assessment';
  // ("Worked on signaling: M will use a word when triggered, J agreed to check in"): the work named, then what it set up after
  // a colon, is the clinician's intervention, its details with it.
  if (!ctx.labelKind && WORK_THEN_DETAILS.test(text)) return 'intervention';
  // ("Mia in play: built a house in sandtray, buried a 'bad dog' figure"): what a person did in play, under their name, is seen,
  // never the clinician's technique.
  if (DONE_IN_PLAY.test(text) && !/^\s*(?:therapist|I|we)\b/i.test(text)) return ctx.afterIntervention ? 'response' : 'observation';
  // ("hospice referral placed", "Referral to DBT program sent"): a referral made is a step arranged, the plan.
  if (!ctx.labelKind && REFERRAL_PLACED.test(text)) return 'plan';
  // ("Discharge home with mother", "Hold expires Fri 1400, will need court petition", "Bed search: 2 pending"): where the client goes
  // next and the hold or bed that decides it are the plan, never something the client reported.
  if (!ctx.labelKind && WHERE_CLIENT_GOES_NEXT.test(text)) return 'plan';
  // ("Pt agreed to let counselor call his brother"): consent to a step the clinician takes is the client's response to it.
  if (!ctx.labelKind && LETS_CLINICIAN_CONTACT.test(text)) return 'response';
  // ('When I asked, she said "sometimes I think everyone would be better off ..."': the answer to a question is what the client
  // told, never a response to the work done before it.)
  if (ctx.afterIntervention && /^\s*when\s+(?:I|we|the therapist|this writer)\s+asked(?:\s+(?:her|him|them|directly|about\s+[^,;]{1,40}))*,?\s+(?:she|he|they|client|pt|patient)\s+(?:said|says|stated|reported|told me|admitted)\b/i.test(text)) return 'report';
  // ("told both next incident with kids in car I would consult re report": the clinician telling them what they will do.)
  if (TOLD_THEM_LEAD.test(text.trim())) return 'intervention';
  // ("she's low to moderate risk I would say": a judgment the clinician owns after saying it is their assessment.)
  if (/\S\s+(?:I'd|I would)\s+say\s*\.?\s*$/.test(text.trim())) return 'assessment';
  // ("Risk to her from partner - high (strangulation hx + gun)": a level of risk is the clinician's judgment, never a report.)
  if (RISK_LEVEL_JUDGED.test(text.trim())) return 'risk';
  // ("We agreed Leon will go to the Red Road group Monday nights and Carla will try Al-Anon", "Agreed pt will attend AA 3x/wk"): what
  // was agreed someone will do is the plan.
  if (AGREED_SOMEONE_WILL.test(text)) return 'plan';
  if (CLIENT_TO_DO.test(text)) return 'plan';
  // ("Shared attendance & UDS results per ROI": what was disclosed under a release is the clinician's disclosure, never the client's sharing.)
  if (/^\s*(?:shared|disclosed|released|provided|sent|faxed|gave)\s+(?!(?:her|his|their|that|how|she|he|they)\b)[^.;]{0,120}?\b(?:per|under|within|as allowed by|consistent with)\s+(?:the\s+)?(?:ROI|release(?: of information)?|consent|42 CFR)/i.test(text)) return 'intervention';
  // ("Effort measures valid", "PVTs passed": whether testing is valid is the examiner's finding, never the client's report.)
  if (/^(?:(?:performance|symptom)\s+)?(?:effort|validity)\s+(?:measures?|indicators?|testing|tests?|scales?)\s+(?:were\s+|was\s+|are\s+|is\s+)?(?:valid|invalid|passed|failed|within normal limits|WNL|adequate|intact|questionable)\b|^(?:PVTs?|SVTs?|TOMM)\s+(?:were\s+|was\s+)?(?:valid|invalid|passed|failed|within normal limits|WNL|adequate)\b/i.test(text.trim())) return 'observation';
  // ("used 50/30/20 worksheet, members built mock budget": a worksheet or handout used in session is the clinician's tool.)
  if (/^\s*used\s+(?:a|an|the)?\s*[^,.;]{0,30}?\b(?:worksheets?|handouts?|talking piece|slides|video|curriculum|card sort|game)\b/i.test(text) && !/\b(?:at home|this week|last week|on (?:her|his|their) own|between sessions)\b/i.test(text)) return 'intervention';
  // ("group responded supportively, Tomas shared similar experience": the members' response, never the clinician's work.)
  if (/^\s*(?:the\s+)?(?:group|members|peers|other members|kids|children|teens|everyone|all)\s+(?:responded|was supportive|were supportive|rallied|validated her|validated him)\b/i.test(text)) return 'response';
  // ("Ended w/ coping skills bingo, everyone got at least 1 line": how the session opened or closed is its work.)
  // ("Group did check-in round, then psychoed on anticipatory grief": what the group as a whole went through is the session's work.)
  if (/^\s*(?:the\s+)?(?:group|grp)\s+(?:did|completed|opened with|began with|started with|went through|held|had)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:check-?ins?|check-?in round|go-?round|round|psychoed\w*|psychoeducation|skills?|exercise|activity|mindfulness|icebreaker|grounding|relaxation|breathing|review|processing)\b/i.test(text)) return 'intervention';
  if (/^\s*(?:ended|closed|started|opened|began|finished)\s+(?:(?:the\s+)?(?:group|session)\s+)?(?:with|w\/)\s+(?!(?:her|his|their|a fight|an argument)\b)/i.test(text)) return 'intervention';
  // ("Marco rated 9 (committee meeting moved up to next wk)": a rating given in the check-in, whatever day is named in its reason.)
  if (/^\s*(?:[A-Z][a-z]+|she|he|they|client|pt)\s+rated\s+(?:(?:her|his|their)\s+[a-z]+\s+)?(?:a\s+)?\d{1,2}\b(?!\s*(?:am|pm))/.test(text)) return 'report';
  // ("Next care conference 6/21": the next meeting is the plan's.)
  if (/^\s*next\s+(?:care\s+|team\s+|family\s+|interdisciplinary\s+)?(?:conference|conf|meeting|mtg|huddle)\b/i.test(text)) return 'plan';
  // ("She agreed I could call her tomorrow at noon to check in": a contact still to come is the plan's.)
  if (/\bagreed\s+(?:that\s+)?(?:I|we|the therapist|this writer|therapist)\s+(?:could|can|would|will|may|should)\s+(?:call|text|check|reach|contact|see|follow)\b[^.;]*\b(?:tomorrow|tonight|later today|next|this (?:afternoon|evening|weekend)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d)/i.test(text)) return 'plan';
  // ("Added ice/cold water + mentor text to her safety plan in writing": what the clinician wrote into the client's plan.)
  if (/^\s*(?:updated|added|wrote)\s+[^.;]{1,80}?\b(?:to|into|in|on)\s+(?:her|his|their|the)\s+(?:written\s+)?(?:safety plan|crisis plan|coping plan|coping card|treatment plan|relapse prevention plan)\b/i.test(text)) return 'intervention';
  // ("R hemiparesis, mild expressive aphasia (word finding ...)": a neurological finding on exam, never the client's report.)
  if ((NEURO_FINDING.test(text.trim()) || BODY_STATE_SEEN.test(text.trim())) && !/\b(?:reports?|reported|says|said|states|stated|complains?|complained|denies|denied)\b/i.test(text)) return 'observation';
  // ("Referral: parole, condition of release", "Referral: CDR memo from company commander after ..."): who sent the client, never a referral made.
  if (REFERRAL_SOURCE.test(text.trim())) return 'report';
  // ("Draft to be sent to PC Janet Brooks by 3/17", "Records to be faxed Monday": a thing still to be done is the plan.)
  if (/^\s*next\s+(?:[a-z]+\s+){0,2}(?:review|session|meeting|appt|appointment|visit|check-in|call|family session|joint session)\b(?!\s+(?:was|went|did)\b)/i.test(text)) return 'plan';
  // ("Next session 1 wk; separate indiv for Ada"): a separate session arranged for one person is a step ahead.
  if (SEPARATE_SESSION_FOR.test(text)) return 'plan';
  // ("Next CPT 10/17", "Next VVC 10/29 1400"): the next session named by its kind, then when it is.
  if (/^\s*next\s+(?:[A-Za-z⟪⟫() -]{2,60}?\s+)?(?:on\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(text) && !/^\s*next\s+(?:time|week|month|year)\b/i.test(text)) return 'plan';
  if (/^\s*(?!(?:she|he|they|i|we|client|pt|patient)\b)(?:the\s+|a\s+|an\s+)?[A-Za-z][\w/-]*(?:\s+[a-z][\w/-]*){0,3}\s+to be\s+(?:sent|faxed|emailed|mailed|scheduled|completed|filed|signed|reviewed|submitted|given|done|drafted|finalized|updated|shared|notified|informed|contacted|called)\b/i.test(text)) return 'plan';
  // ("Client: Linda H., 45, referred by ER social worker after DV incident": who sent the client is the referral source, never the clinician's referral.)
  // ("Referred from Children's inpatient, d/c'd 2 days ago": so is where the client came from.)
  if (/^\s*(?:(?:client|pt|patient)\s*:\s*)?(?:[A-Z][a-z]+(?:\s+[A-Z]\.?)?,?\s+(?:\(?\d{1,2}\)?,?\s+)?)?(?:was\s+)?referred\s+(?:here\s+|to (?:us|me|this (?:program|clinic|agency))\s+)?(?:by|from)\b/i.test(text)) return 'report';
  const kind = classifyAny(text, ctx);
  // ("when I asked about it Lily said ... dad's girlfriend 'pinches me hard'": a disclosure of harm after the work is what
  // the client told, never a response to the work; unless the clinician labelled it so.)
  // ("at the end mom pulled me aside and said ...": what someone told the clinician apart from the work is their report.)
  // ('said he "might as well just end it if dad kicks me out"', after a chain analysis: words of suicide in his own voice are
  // what he disclosed, never his response to the work.)
  return kind === 'response' && !ctx.labelKind && (DISCLOSED_HARM.test(text.toLowerCase()) || TOLD_APART.test(text) || SUICIDE_IN_OWN_WORDS.test(text)) ? 'report' : kind;
}

/** "after pt left: Denise disclosed ...": the client gone, then the one named who told it. */
const CLIENT_GONE_THEN_NAME = new RegExp(`^\\s*${CLIENT_GONE}\\s*[,:]?\\s+(?=[A-Z][a-z])`, 'i');

/** The clinician telling them what they will do, as a statement's start. */
const TOLD_THEM_LEAD = new RegExp(`^${TOLD_THEM_WHAT_CLINICIAN_WILL.source}`, 'i');
/** "Plan is to take them Friday", "her plan was to drive into the abutment": a method of dying, said as the plan. */

/** A telling taken aside from the session's work: "pulled me aside and said", "called me after". */
const TOLD_APART = /\b(?:pulled|took|taken) (?:me|the therapist|therapist|us) aside\b|\b(?:called|texted|emailed|messaged) (?:me|the therapist|the office)\b/i;

/** A disclosure of harm done to someone: abuse words from the risk lexicon. */
/** A quotation in which the speaker speaks of ending their life ('"might as well just end it"', '"better off dead"'). */
const SUICIDE_IN_OWN_WORDS = /["“][^"”]{0,80}\b(?:end it|end (?:it all|my life)|kill myself|want(?:ed)? to die|better off dead|not (?:be )?(?:here|around) anymore|no point (?:in )?living)\b[^"”]{0,80}["”]/i;
const DISCLOSED_HARM = new RegExp(`${SAFETY_STATEMENT.source}|\\b(?:hits?|hitting|grabbed|choked|shoved|pushed)\\s+(?:me|him|her|them)\\b`);




function classifyAny(text: string, ctx: ClauseContext): FactKind {
  // "Couples work: practiced speaker-listener": a heading of the clinician's own (not a known
  // label, not a speaker) says what the words after it are about; the words say what kind they are.
  // ("goal = reduce restriction + build coping", "tx goal: ...": the goal jotted with its sign, inside a heading or a line.)
  if (/^\s*(?:(?:tx|treatment|session|her|his|their|main)\s+)?goals?\s*(?:=|:)\s*\S/i.test(text)) return 'goal';
  // ("not cleared at this time", "Cleared from psych standpoint for surgery"): the clinician's finding on clearance is the assessment;
  // ("rec: 8 wks CBT first", "Letter to surgical team today") what the clinician recommends, or the document sent, is the plan.
  if (!ctx.labelKind) {
    const bare = text.trim().replace(/^(?:client|pt|patient)\s+/i, '');
    if (CLEARANCE_FOUND.test(bare)) return 'assessment';
    if (/^recommendations?\s*:\s*\S/i.test(bare) || DOCUMENT_SENT.test(bare)) return 'plan';
  }
  const heading = ctx.labelKind ? null : OWN_HEADING.exec(text);
  if (heading && !speakerOf(text, ctx.names)) {
    const kind = classifyClause(heading[1]!, ctx);
    if (kind === 'intervention' || kind === 'homework' || kind === 'plan') return kind;
  }
  // ("Practiced urge surfing, she rated urge 7/10 start to 3/10 end"): the rating of the work just done is the response to it.
  if ((ctx.followsIntervention || ctx.afterIntervention) && !ctx.labelKind && /^\s*(?:she|he|they|client|pt|patient)\s+rated\b[^.;]*\b(?:start|before|beginning|pre)\b[^.;]*\b(?:end|after|post|finish)\b/i.test(text)) return 'response';
  // ("Asked Priya privately at end re safety: denied SI"): one named, asked with no asker said, was asked by the clinician.
  const askedNamed = ASKED_NAMED.exec(text);
  if (askedNamed && ctx.names?.has(askedNamed[1]!)) return isRiskStatement(text) ? 'risk' : 'intervention';
  const t = ` ${text.toLowerCase()} `;
  const words = firstWords(text, 3);
  const w0 = words[0] ?? '';
  // "They said that felt 'about 40% true'": a reaction to what the work just produced, never a report of the week.
  if (ctx.afterIntervention && /^\s*(?:she|he|they|client|pt|patient)\s+(?:said|says|rated|reported|stated)\s+(?:that|it|this)\s+(?:felt|feels|was|is|seemed|seems|sounded|rang)\b/i.test(text)) return 'response';
  // "father agreed to move the gun ..., confirmed by phone before client left": a step already confirmed is done, never still planned.
  if (!ctx.labelKind && /\bagreed to\b/i.test(text) && /\b(?:confirmed|done|completed)\b[^.;]{0,30}\bbefore (?:the )?(?:client|pt|patient|she|he|they) left\b/i.test(text)) return 'intervention';
  // "States intent 'if things don't get better by the end of the month'": intent told is risk, never a response to the work.
  if (/^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:states?|stated|reports?|reported|endorses|endorsed|voices|voiced|expressed|expresses|admits|admitted)\s+(?:some\s+|clear\s+|strong\s+|conditional\s+)?intent\b/i.test(text)) return 'risk';
  // "Scared to tell mom": a feeling about doing something is what the client told, never a plan to do it.
  if (!ctx.labelKind && /^\s*(?:(?:very|really|too|so)\s+)?(?:scared|afraid|nervous|worried|anxious|embarrassed|ashamed|reluctant|hesitant|terrified|frightened)\s+(?:to|of|about)\s+(?:tell|telling|go|going|be|being|lose|losing|say|saying|ask|asking|see|seeing|return|returning)\b/i.test(text)) return 'report';
  // "..., 2 wks.": a bare interval at the end of a jotted plan is when the next session is.
  if (/^\s*(?:in\s+)?\d+\s*(?:weeks?|wks?|days?|months?|mos?)\s*\.?\s*$/i.test(text)) return 'plan';
  // ("Insight/judgment poor" read as "Insight and judgment poor": mental status findings, seen, never reported.)
  if (!ctx.labelKind && /^\s*(?:insight|judgment|judgement)\s+(?:and|&)\s+(?:insight|judgment|judgement)\s+(?:good|fair|poor|limited|intact|impaired|adequate|questionable)\b/i.test(text)) return 'observation';
  // ("q15 cont, MD aware": the unit's precautions kept up are the plan, never something the client reported.)
  if (/^\s*(?:\d+-minute checks|1:1|one-to-one observation|suicide precautions|close observation)\s+(?:continued|continue|cont)\b/i.test(text)) return 'plan';
  // ("rescheduled to Fri 4pm": the appointment moved to is when the client is seen next.)
  // ("↑ session freq to 2x/wk": how often the sessions will be is the plan.)
  if (/^\s*(?:increased?|decreased?|reduced?|changed?)\s+(?:session\s+|sessions?\s+|visit\s+)?frequency\b/i.test(text)) return 'plan';
  if (/^\s*(?:rescheduled|moved)\s+(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:appt|appointment|session)\s+)?to\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?|tomorrow|next)\b/i.test(text)) return 'plan';
  // "Next check-in Mon, sooner if needed": when the client is seen next is the plan, never a response.
  // ("Pt next appt 3/14 as scheduled": the client's next appointment, too.)
  if (/^\s*(?:(?:client|patient|pt)(?:'s)?\s+)?next\s+(?:check[- ]?in|appt|appointment|session|sess|visit|meeting|group|call|intensive outpatient program|partial hospitalization program|iop|php|program day|class|home visit)\b/i.test(text)) return 'plan';
  // "so we did the last part audio only": how the session was held, not work done in it.
  if (PART_HELD_BY.test(text)) return 'session';
  // "DCFS hotline report made 2:15pm": a mandated report, made by the clinician, is the session's intervention.
  if (/^\s*(?:(?:a|the)\s+)?(?:(?:dcfs|dcf|cps|aps|dss|child protective services|adult protective services|child abuse|elder abuse|abuse|mandated)\s+)?(?:hotline\s+)?report\s+(?:was\s+)?(?:made|filed|called in|submitted|completed)\b/i.test(text) && !/^\s*report\b/i.test(text)) return 'intervention';
  // "I met with him for 75 minutes": the session's length, said in the first person, is the session line's.
  if (MET_FOR_MINUTES.test(text)) return 'session';
  // ("so this is Angela Brooks", dictated first): who the note is for.
  if (/^\s*(?:so\s+)?(?:this|today)\s+(?:is|was)\s+(?:with\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?\s*$/.test(text)) return 'session';
  // ("session today was 50 minutes telehealth", dictated midway): how the session was held is the session's.
  if (/^\s*(?:the\s+|our\s+)?session\s+(?:today\s+)?(?:was|is)\s+(?:about\s+|approximately\s+|around\s+)?(?:\d{2,3}\s*(?:min|mins|minutes)|by (?:phone|video)|via|over (?:the )?phone|on (?:zoom|video|the phone)|in[- ]person|telehealth|virtual)\b[^.;]{0,40}$/i.test(text)) return 'session';
  if (SEEN_FOR_SESSION.test(text)) return 'session';
  // ("Third-party reproduction psych eval, gestational carrier candidate (Alicia, 31)"): the kind of evaluation this visit is, named
  // first and set off by a comma, heads the note; "referred for psych eval" is a step, not the visit.
  if (EVALUATION_NAMED.test(text)) return 'session';
  // ("I saw Keisha today", "met with pt by video"): whom the session was with, and when or how, is the session itself.
  if (/^\s*(?:(?:so|ok(?:ay)?)\s+)?(?:I|we)\s+(?:saw|met with|met w\/|had a session with)\s+(?:[A-Z][a-z]+|(?:the\s+)?(?:client|pt|patient))(?:\s+(?:today|this (?:morning|afternoon|evening)|in (?:clinic|the office|person)|(?:by|via|over|on) (?:video|phone|zoom|telehealth)))+\s*$/i.test(text)) return 'session';
  if (CONSULT_REQUESTED.test(text) || CONSULT_VISIT.test(text)) return 'session';
  if (CHECKS_ORDERED.test(text)) return 'plan';
  // "telehealth GAD, working on worry postponement": what the sessions are working on is the work, said without its doers.
  if (/^\s*(?:working|continuing to work|continued working|still working) on\s+(?!(?:herself|himself|themselves|her own|his own)\b)/i.test(text)) return 'intervention';
  // "I'm thinking MDD single episode vs adjustment with grief": the clinician's working diagnosis.
  if (THINKING_DIAGNOSIS.test(text)) return 'assessment';
  // "was in therapy in college, CBT helped": treatment before this one is the client's history, not today's intervention.
  if (/^\s*(?:(?:she|he|they|client|pt)\s+)?(?:was|were|has been|had been|previously|prior)\s+(?:\w+\s+)?in\s+(?:therapy|counseling|counselling|treatment|tx)\b/i.test(text)) return 'report';
  const subject = findSubject(text, ctx.clientPronoun, ctx.names);
  // ("client offered her support" to a tearful member in group): support the client gives is how the client took part, never
  // support offered to the client.
  if (subject === 'client' && !ctx.labelKind && /^\s*(?:the\s+)?(?:client|pt|patient|[A-Z][a-z]+|she|he|they)(?:\s+\([^()]{1,20}\))?\s+(?:offered|gave|provided|expressed|showed)\s+(?:(?:her|his|their|a peer|peers|the group|another member|other members)\s+)?(?:support|encouragement|feedback|validation|reassurance|empathy|advice)\b/i.test(text)) return 'response';
  // ("BSP review mtg w/ group home staff ... + guardian by phone": the meeting held, named by what it reviewed, is the session.)
  if (subject === 'none' && ctx.labelKind !== 'plan' && /^\s*(?:[\w()/-]+\s+){0,5}(?:review\s+)?(?:meeting|mtg|conference|staffing|case conference)\s+(?:w\/|with)\s+[^:]*$/i.test(text) && !/\b(?:next|upcoming|schedule|scheduled|set up|will)\b/i.test(text)) return 'session';
  // ("Did not proceed w/ joint conflict work given IPV disclosure"): the work held back is the clinician's decision.
  if (subject === 'none' && WORK_HELD_BACK.test(text)) return 'intervention';
  // ("EMS called, transported to St. Luke's", "911 called"): emergency help called, with no caller named, is the crisis's step.
  if (subject === 'none' && /^\s*(?:EMS|emergency medical services|911|police|PD|mobile crisis|the mobile crisis team|crisis team|an? ambulance|ambulance|CPS|APS|child protective services|adult protective services)\s+(?:was\s+|were\s+)?(?:called|contacted|notified|paged|dispatched)\b/i.test(text)) return 'intervention';
  // ("Initially focused on conflict re curfew"): what the session first dwelt on is the session's work.
  if (subject === 'none' && !ctx.labelKind && /^\s*(?:initially|mostly|mainly|first)\s+(?:focused|focussed)\s+on\s/i.test(text)) return 'intervention';
  // ("I asked her to keep the sleep log", "asked him to track urges this week"): a task given for the days ahead is homework.
  if ((subject === 'none' || subject === 'therapist') && /^\s*(?:(?:I|we|therapist)\s+)?(?:asked|encouraged|instructed)\s+(?:her|him|them|client|pt)\s+to\s+(?:keep|track|log|complete|fill out|write|practice|continue (?:the|her|his|their)|bring|read|record|monitor)\b/i.test(text) && !/\b(?:in session|during session|today|right then|now)\b/i.test(text)) return 'homework';
  // ("Followed up by phone after group"): a follow-up already made, with no one named, is the clinician's.
  if (subject === 'none' && FOLLOWED_UP_DONE.test(text)) return 'intervention';
  // ("Kept him on line, got wife on the other phone"): the call held is the clinician's.
  if (KEPT_ON_LINE.test(text)) return 'intervention';
  // ("Calmer by end of session", "more settled at the close of group"): how the client was by the end of this session is the
  // response to it, wherever it is told.
  // (The pattern names no one but the client: "More settled ..." opens with no name, whatever its capital letter suggests.)
  if ((!ctx.labelKind || ctx.labelKind === 'report' || ctx.labelKind === 'observation') && SETTLED_BY_THE_END.test(text.trim())) return 'response';
  // "Titrate to 150mg qd", "Repeat AIMS next visit": a prescriber's order without a subject is the plan.
  if (subject === 'none' && (!ctx.labelKind || ctx.labelKind === 'report' || ctx.labelKind === 'observation') && MEDICATION_ORDER.test(text)) return 'plan';
  // "Paced the room first 15 min, clenched fists": the client's agitation seen in the room, never the clinician pacing a session.
  if (subject === 'none' && !ctx.labelKind && /^\s*(?:paced|clenched|fidgeted|rocked|punched|slammed)\s+(?:the|a|his|her|their|back|in|fists)\b/i.test(text) && OBSERVED_ACTS.test(text.toLowerCase())) return 'observation';
  // ("HI w/ identified target, no plan, limited intent, hx of violence - moderate risk": the clinician's formulation, ending in a risk level.)
  if (subject === 'none' && /[,;:-]\s*(?:low|low-moderate|moderate|mod|high|elevated|imminent)\s+risk\s*\.?\s*$/i.test(text) && !/^\s*(?:did|completed|administered|ran|gave|used|redid|repeated)\b/i.test(text)) return 'assessment';
  // ("SM told of notification before it was made": the client told of a step by the clinician.)
  if (/^\s*(?:SM|service member|client|pt|patient|student|he|she|they)\s+(?:was\s+|were\s+)?(?:told|informed|advised|notified)\s+(?:of|about)\b/i.test(text)) return 'intervention';
  // ("Went over the graduated plan with mom": going over a plan or material with someone is the clinician's work.)
  if (subject === 'none' && !ctx.labelKind && /^\s*went over\s+(?:the\s+|a\s+|her\s+|his\s+|their\s+)?[^.;]{0,40}?\b(?:plan|steps?|handout|worksheet|options|results?|rules|routine|schedule|skills?|hierarchy|safety plan)\b/i.test(text) && !betweenSessions(text.toLowerCase())) return 'intervention';
  // ("Reported bullying to AP Reyes for HIB investigation": a report made to the school or an agency is the clinician's act.)
  if (subject === 'none' && /^\s*reported\s+[^.;]{1,60}?\bto\s+(?:the\s+)?(?:AP|admin|administration|principal|assistant principal|vice principal|dean|CPS|DCFS|DCF|APS|police|SRO|school resource officer|title ix(?: office| coordinator)?|hotline|(?:AP|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Principal|Dean)\s+[A-Z][a-z]+)\b/i.test(text) && !POLICE_CASE.test(text)) return 'intervention';
  // ("MH f/u in 24 hrs", "psych f/u next wk": the next contact by a service is the plan.)
  if (subject === 'none' && /^\s*(?:MH|mental health|psych|psychiatry|psychiatric|medical|therapy|BH|behavioral health)\s+(?:f\/u|follow[- ]?up|check|recheck|re-eval|reassessment|reassess|re-assess|eval|evaluation|consult)\b/i.test(text)) return 'plan';
  // ("ROI signed for St. Vincent's records": a release signed in the session is the clinician's paperwork, never a report.)
  // (Under the clinician's own "P:" it stays in the plan they put it in.)
  if (subject === 'none' && ctx.labelKind !== 'plan' && /^\s*(?:an?\s+)?(?:ROI|release of information(?:\s*\(ROI\))?|releases?|consents?(?:\s+forms?)?)\s+(?:was\s+|were\s+)?(?:signed|obtained|completed)\b/i.test(text)) return 'intervention';
  // ("With pt's permission I called the BIT coordinator": the clinician's act, led by the consent it was done with.)
  // ("With his consent, he woke Lisa and I spoke to her on speaker": what the client did to make the clinician's act possible leads it.)
  if (/^\s*(?:with|per)\s+(?:the\s+)?(?:client|patient|pt|student|his|her|their)(?:'s)?\s+(?:written\s+|verbal\s+)?(?:consent|permission),?\s+(?:(?:she|he|they)\s+[a-z]+\s+[^.;]{1,40}?\s+and\s+)?(?:I|we|the therapist|therapist|this writer)\s+[a-z]+/i.test(text)) return 'intervention';
  // ("- did cold water / paced breathing demo, members practiced in pairs": a demonstration is the clinician's.)
  if (subject === 'none' && /^\s*(?:did|gave|ran|led)\s+(?:a\s+|the\s+)?[^.;]{0,40}?\bdemo(?:nstration)?s?\b/i.test(text)) return 'intervention';
  if (subject === 'none' && !ctx.labelKind && LEFT_A_MESSAGE.test(text)) return 'intervention';
  // ("Let hospice RN Dana know about the urges": telling the care team, said without its subject, is the clinician's act.)
  if (subject === 'none' && (!ctx.labelKind || ctx.labelKind === 'report' || ctx.labelKind === 'observation') && /^\s*let\s+(?:[\w.'-]+\s+){1,4}know\b/i.test(text)) return 'intervention';
  // ("left a message um his affect was flat": the affect, speech or grooming the clinician saw, never something reported.)
  if (subject === 'none' && !ctx.labelKind && /^\s*(?:his|her|their)\s+(?:affect|speech|eye contact|grooming|hygiene|psychomotor activity)\s+(?:was|is|appeared|seemed|looked)\b/i.test(text)) return 'observation';
  // ("Beh: Interrupted peers x4, accepted redirection": interrupting people in the room is the client's behaviour seen, never the clinician's technique.)
  if (subject === 'none' && (!ctx.labelKind || ctx.labelKind === 'observation' || ctx.labelKind === 'report') && /^\s*(?:repeatedly\s+)?interrupted\s+(?:(?:other\s+)?peers|others|(?:other\s+|group\s+)?members|the group|(?:his|her|their)\s+(?:peers|mom|mother|dad|father|parents?|sister|brother|siblings?|partner|wife|husband|teacher|classmates?)|mom|dad|staff|the therapist|therapist|me)\b/i.test(text)) return 'observation';
  // ("Psych NP to see in AM", "SW will call daughter": another provider's next step; "Plan same, 2 wks": the plan goes on.)
  if ((subject === 'none' || subject === 'other') && (!ctx.labelKind || ctx.labelKind === 'report' || ctx.labelKind === 'observation') && (PROVIDER_WILL.test(text.trim()) || (PLAN_UNCHANGED.test(text) && !/^\s*same\s*(?:[,;.]|$)/i.test(text)))) return 'plan';
  // "Goal: ↓ self-harm": a goal names what the work aims at, never a status.
  // ("David to call OT. Grace to research in-home aide costs.": a step someone named takes on is the plan.)
  if ((!ctx.labelKind || ctx.labelKind === 'report' || ctx.labelKind === 'response') && /^[A-Z][a-z]+\s+(?:to|will)\s+(?:research|call|contact|schedule|look into|find|check|ask|email|text|bring|send|set up|arrange|talk to|speak with|meet with|visit|book|follow up|apply|sign|complete|fill out|review|read|write|track|remove|lock|store|hold|take|drive|pick up|drop off|get)\b/.test(text.trim()) && !/^(?:Client|Patient|Therapist|Plan|Goal|Homework)\b/.test(text.trim()) && !verbLike(text.trim().split(/\s+/)[0]!.toLowerCase())) return 'plan';
  if (ctx.labelKind === 'goal') return 'goal';

  // "goal remains reduce anxiety and bedwetting", "tx goal is ...": the goal worked on, said in a sentence.
  // ("Goal this period was reduce B/P to 2x/wk": the goal with its period, said as it stood.)
  if (/^\s*(?:(?:the|her|his|their|our|main|primary)\s+)?(?:(?:tx|treatment)\s+)?goals?\s+(?:(?:this|for (?:this|the)|per|from|of|in)\s+[a-z]+(?:\s+[a-z]+)?\s+)?(?:remains?|is|are|was|were|continues? to be|still)\b/i.test(text)) return 'goal';
  // ("Continue sleep hygiene + worry time 7pm; next telehealth 11/13": what to keep doing, jotted as an imperative, is the plan.)
  if (!ctx.labelKind && /^\s*(?:continue|cont\.?)\s+(?:with\s+)?(?!(?:to\s+)?(?:feel|struggle|report|endorse|deny|have|experience|use|drink)\b)[a-z]/i.test(text) && !/\b(?:denies|denied|endorses|endorsed)\b/i.test(text)) return 'plan';
  // "Plan: monitor purging + SI closely": under the plan label, what to watch is the plan.
  if (ctx.labelKind === 'plan' && /^\s*(?:monitor|continue to monitor|reassess|re-assess|assess|follow up on|check on|track|watch)\b/i.test(text)) return 'plan';
  // ("Plan: notify psychiatrist, update safety plan": safety planning still to do, listed under the plan, is the plan's.)
  // ("Plan: d/c tomorrow if MD agrees, ..., SW to confirm firearm removal": steps under the clinician's own Plan label stay the
  // plan, restated in the risk section; a status told there ("denies SI today") is risk.)
  // ("Homework: use thermometer chart daily, dad logs scratching episodes": a log to keep, set as homework, is the homework.)
  if (ctx.labelKind === 'homework' && /^\s*(?:(?:the\s+|her\s+|his\s+)?[A-Za-z]+\s+)?(?:to\s+)?(?:logs?|tracks?|records?|monitors?|writes? down|notes?|charts?)\b/i.test(text) && !/\b(?:denies|denied|endorses|endorsed|reports|reported)\b/i.test(text)) return 'homework';
  const plannedSteps = ctx.labelKind === 'plan' && !/\b(?:suicid\w*|homicid\w*|self-harm|ideation|denies|denied|endorses|endorsed|reports|reported|thoughts)\b/i.test(text);
  if (isRiskStatement(text) && !plannedSteps && !(ctx.labelKind === 'plan' && /^\s*(?:update|review|revise|complete|finish|create|continue|go over|add to|practice)\b[^.;]{0,20}\bsafety plan\b/i.test(text))) return 'risk';
  // "...; HW: one 15 min check-in nightly": a homework label met mid-line still labels what follows it.
  // ("HW 5-min delay before snacking": homework named at the head of a clause, with no colon, is set too; "HW completed" is a report.)
  if (!ctx.labelKind && /^\s*(?:homework|hw)\s*(?::\s*|\s+(?!(?:completed|complete|done|not|was|wasn't|is|isn't|are|were|incomplete|partially|partly|mostly|review|reviewed|check|from|compliance|adherence|last|still|takes|took|take|has|had|gets|got|time|load|battles?|fights?|struggles?|completion|avoidance|refusal|refused|stress)\b))\S/i.test(text)) return 'homework';
  // "I'm increasing to twice weekly and sending a note to his psychiatrist": what the clinician is now arranging is the plan.
  if (/^\s*(?:i|we|therapist)(?:'m|'re|\s+am|\s+are|\s+is)\s+(?:increasing|decreasing|reducing|changing|moving|switching|sending|referring|scheduling|adding|arranging|requesting|writing|faxing|submitting|coordinating)\b/.test(t)) return 'plan';
  // "C-SSRS screen negative": a screen's result is a measure, never a report (a label says otherwise: "Intervention: C-SSRS completed").
  // ("I stayed with him, ..., used C-SSRS, positive ...": a screen given amid other work is part of that work.)
  if (/\b(c-ssrs|columbia-suicide severity rating scale|screen(?:ed)?)\b[^.;]{0,30}?\b(neg|negative|pos|positive|(?:low|moderate|high) risk|completed|administered)\b/i.test(text) && !(ctx.labelKind && ctx.labelKind !== 'report' && ctx.labelKind !== 'observation') && !/^\s*(?:I|we)\s+(?!(?:used|administered|gave|did|completed|ran|re-?administered|screened)\b)[a-z]+/i.test(text)) return 'measure';
  // "BDI-II 27", "ORS: 24": an instrument's acronym and a score is a measure.
  // "Zarit Burden Interview 52 (severe)": an instrument named in full, with its score, is a measure, not a report.
  if (/^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}\s+(?:Interview|Inventory|Scale|Questionnaire|Index|Checklist|Screen|Measure|Assessment|Examination|Exam|Test)(?:\s*\([A-Za-z0-9-]+\))?\s*(?:score|total)?\s*[:=]?\s*\d{1,3}\b/.test(text.trim()) && !ctx.labelKind) return 'measure';
  // ("Y-BOCS 22 today", "ASRS Part A 5/6 positive": a hyphen after one letter, and a part named, are still the instrument.)
  // ("EDE-Q global 4.1 (was 4.6 at intake)": a global score is the instrument's total; "AIMS today 3": the day's score.)
  if (/^[A-Z](?:[A-Z]{1,6}|-[A-Z]{2,6})(?:-[A-Z0-9]{1,4})?(?:\s+[Pp]art\s+[A-Z])?\s*(?:(?:today|this visit|now)\s+)?(?:global score|global|score|total)?\s*[:=]?\s*\d{1,3}\b(?!\s*(?:min|mins|minutes|hrs?|hours|am|pm|years?))/.test(text.trim()) && !ctx.labelKind) return 'measure';
  // "HW: two worksheets, f/u 1 wk": the next appointment is the plan under any label.
  if (ctx.labelKind === 'homework' && /^\s*(?:return to clinic|rtc|follow-up|f\/u|follow up|next (?:session|sess|appointment|appt|visit|week|wk|time|group|grp))\b/.test(t.trim())) return 'plan';
  // "Plan: overdose on his sleeping pills": in a risk assessment "plan" is the suicide plan, never the treatment plan.
  // "Plan is to overdose on his father's oxycodone": the plan of a method is the suicide plan.
  if (/^\s*(?:(?:his|her|their|the) )?plan (?:is |was |would be )?(?:to )?/.test(t) && SUICIDE_METHOD.test(t) && !/\b(safety plan|next|follow|session|appointment|appt|weekly)\b/.test(t) && !MEDICINE_AS_ORDERED.test(t)) return 'risk';
  // ("I have the pills saved up ... Plan to take them tonight after baby asleep": a plan to take "them", at a time and not
  // to somewhere, is the client's plan to take the pills just named; so is 'Plan to take them "once my affairs are in order"'.)
  if (/^\s*(?:(?:his|her|their|the)\s+)?plan\s+(?:is\s+|was\s+)?to\s+take\s+(?:them|it|those|these)(?:\s+all)?\s+["“]?(?:tonight|today|tomorrow|this (?:weekend|week|evening)|(?:after|when|once|before|while)\b)/.test(t)) return 'risk';
  // ("so the plan is next week continue with the worksheet": the session's plan, said aloud.)
  if (/^\s*(?:so\s+)?(?:the\s+)?plan\s+(?:is|for)\s+(?:next|tomorrow|this coming|at the next)\b/.test(t)) return 'plan';
  // ("P: take sertraline 50mg daily", "take tramadol as prescribed": a medicine taken as ordered is the treatment plan, never a method.)
  // ("P: Reviewed overdose risk + never use alone line; gave 2 Narcan kits": overdose prevention reviewed is the plan's work, never a suicide plan.)
  if (ctx.labelKind === 'plan' && SUICIDE_METHOD.test(t) && !/^\s*(?:reviewed|review|discussed|gave|provided|educated|taught|went over)\b|\b(?:narcan|naloxone|never use alone|test strips)\b/i.test(t) && !/\b(next|follow|f\/u|continue|session|appointment|appt|refer|will|weekly|call|safety plan|removal|remove|removed|lock|locked|lockbox|confirm|discharge|d\/c|intake|to (?:take|hold|keep|store|secure))\b/.test(t) && !MEDICINE_AS_ORDERED.test(t)) return 'risk';
  // ("Plan: presumptive PTSD, will discuss CPT vs PE": a diagnosis jotted first under the plan is the clinician's assessment.)
  if (ctx.labelKind === 'plan' && DIAGNOSIS_ONLY.test(t.trim())) return 'assessment';
  // ("Evaluation: ... Plan to recheck VL in 4 wks. Next family session 2 wks.": the next steps under the response's label are the plan.)
  // ("Evaluation: pt engaged ... Will confirm rifle removal with pt by phone Monday": a step to come, jotted under the response, is the plan.)
  if (ctx.labelKind === 'response' && /^\s*will\s+(?!not\b|be\b)[a-z]+/i.test(t) && subject === 'none') return 'plan';
  if (ctx.labelKind === 'response' && /^\s*(?:plan to|next (?:family |couples |group |individual )?(?:session|sess|appt|appointment|visit)\b|f\/u\b|follow[- ]?up (?:in|on|next)\b|follow[- ]?up\s+(?:\d|one|two|three|four|a|an)\b|return to clinic\b|rtc\b)/i.test(t)) return 'plan';
  // ("P: Helped client call 988 with brother's address during session"): under the plan's label, a step already taken in the
  // session is the intervention.
  if (ctx.labelKind === 'plan' && (subject === 'none' || subject === 'therapist' || subject === 'joint') && DONE_IN_SESSION.test(t.trim())) return 'intervention';
  if (ctx.labelKind && ctx.labelKind !== 'report' && ctx.labelKind !== 'observation') return ctx.labelKind;
  // "Used paired sharing then whole grp, memory object exercise - each brought photo": the structure of the work is the clinician's.
  // ("Used emotions board, he chose 'lonely'": so is a board or a visual the client answers with.)
  if (/^\s*used\s+(?:[\w-]+\s+){0,3}(?:sharing|exercise|activity|activities|worksheet|technique|approach|role[- ]?plays?|psychoeducation|go-around|dyads?|pairs|circle|prompts?|cards|board|visuals?|feelings chart|emotions chart|social story)\b/i.test(text) && !betweenSessions(t)) return 'intervention';
  // "Assigned CWS on 'trust' + cont ABCs", "gave thought records for homework": homework set goes to the plan.
  if ((subject === 'none' || subject === 'therapist') && /^(?:(?:i|therapist)\s+)?(?:assigned\b(?!\s+(?:to|a new|another)\b)|(?:gave|set)\b[^.;]{0,60}\b(?:as|for)\s+(?:homework|hw)\b)/.test(t.trim()) && !betweenSessions(t)) return 'plan';
  // "spoke w/ Sam after group": a member seen after the group is seen by the clinician.
  if (subject === 'none' && /^\s*(?:spoke|talked|met|checked in)\s+(?:with|w\/|to)\s+[A-Z][a-z]+\b[^.;]{0,30}\bafter (?:the )?(?:group|session|sess|class)\b/.test(text)) return 'intervention';
  // "Warm handoff from Dr. Ruiz": how the client came to the session, never a presentation ("warm").
  if (/^\s*warm\s+hand-?off\b/i.test(text)) return 'report';
  // "Did not leave her alone": keeping the client in sight is the clinician's act.
  if (KEPT_IN_SIGHT.test(text)) return 'intervention';
  // "Confronted gently w/ discrepancy using MI": work done with a named modality is the clinician's.
  if (subject === 'none' && /^[a-z]+ed\b/i.test(text.trim()) && /\busing\s+⟪/.test(text)) return 'intervention';
  // "Uses ice cube + texting cousin instead": a habit in the present, with no subject, is the client's own coping.
  if (subject === 'none' && /^(?:uses|tries|practices|does|keeps|calls|texts|journals|walks|reads|listens|plays|goes)\b/i.test(text.trim())) return 'report';
  // "Notified principal and crisis team per protocol", "called ahead to ED intake": a notification made under a protocol is the clinician's.
  if (subject === 'none' && /^\s*(?:notified|alerted|informed|contacted|called ahead|consulted)\b/i.test(text) && /\b(?:per protocol|per policy|crisis team|principal|administrator|supervisor|team|cps|dcfs|child protective|police|911|ed intake|emergency|mobile crisis|on-call|psychiatrist|school counselor|school resource officer|sro|vice principal|assistant principal|dean|admin|with (?:client|pt|student)'?s? (?:consent|permission))\b/i.test(text)) return 'intervention';
  // ("ambulance to St. Mary's ED 3:40pm, report given to ED charge RN": the disposition arranged for the client is the clinician's step.)
  if (subject === 'none' && /^\s*(?:ambulance|ems|medic unit|transport(?:ed)?|transferred|sent by ambulance)\s+(?:to|by|via)\b/i.test(text)) return 'intervention';
  // ("Bruising noted back of thighs, linear": marks on the body noted are what the clinician saw.)
  if (subject === 'none' && !ctx.labelKind && MARKS_NOTED.test(text)) return 'observation';
  // ("Seen Leo alone w/ drawing": the one the clinician saw alone is how the work was done.)
  if (subject === 'none' && !ctx.labelKind && /^\s*(?:[Ss]een|[Mm]et|[Ii]nterviewed)\s+(?:with\s+)?[A-Z][a-z]+\s+(?:alone|individually|separately|privately|first)\b/.test(text)) return 'intervention';
  // ("Placed on 72hr hold", "Sister Lorraine notified by phone", "PD notified neighbor re threat (Tarasoff)": a hold, a relative
  // told, and a warning given are the crisis's steps, never what the client reported.)
  if ((subject === 'none' || subject === 'client' || subject === 'other') && !ctx.labelKind && (HOLD_PLACED.test(text) || RELATIVE_NOTIFIED.test(text) || (/\b(?:tarasoff|duty[- ]to[- ](?:warn|protect))\b/i.test(text) && /\b(?:notified|warned|informed|contacted|called)\b/i.test(text) && !/\b(?:no|not|denies|denied)\b/i.test(text)))) return 'intervention';
  // ("Pt transported to St. Luke's ED by mobile crisis at 4:40, handoff to ED SW": the client taken on to emergency care is the crisis's disposition.)
  if ((subject === 'none' || subject === 'client' || subject === 'pronoun') && !ctx.labelKind && CLIENT_TAKEN_TO_CARE.test(text)) return 'intervention';
  // ("needs medical evaluation this week including BMP and EKG": what the client needs, said without a subject, is the clinician's recommendation.)
  if (subject === 'none' && !ctx.labelKind && /^\s*(?:needs|requires|will need|should have|recommend(?:ed)?)\s+(?:a\s+|an\s+|urgent\s+|same-day\s+)?(?:medical|psychiatric|med|medication|psych|cardiac|nutrition|dietitian|higher level|level of care|labs?|evaluation|eval|assessment|referral|admission|consult)\b/i.test(text)) return 'plan';
  // ("Spoke w/ Dr. Okafor, will hold take-homes", "called ahead, warm handoff to intake RN": the clinician's coordination with a prescriber or a receiving team.)
  if (subject === 'none' && /^\s*(?:spoke|talked|conferred|coordinated)\s+(?:w\/|with|to)\s+(?:(?:the|her|his|their|client's|pt's)\s+)?(?:dr\.?\s+[A-Z]|prescriber|psychiatrist|pcp|md\b|np\b|nurse|rn\b|supervisor|on-call|case manager|crisis team|dietitian|medical team)/i.test(text)) return 'intervention';
  if (subject === 'none' && /^\s*called ahead\b/i.test(text)) return 'intervention';
  // ("Called Mercy to give heads up": word sent ahead to where the client is going is the clinician's step.)
  if (subject === 'none' && /^\s*(?:[Cc]alled|[Pp]honed|[Tt]exted|[Pp]aged)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}(?:(?:emergency department|emergency room|hospital|unit|intake|crisis (?:unit|center))\s+)?(?:to\s+)?(?:give\s+(?:them\s+|a\s+)?)?(?:a\s+)?heads[- ]up\b/.test(text)) return 'intervention';
  // "Called ED charge RN w/ report": handing over a client in crisis is the clinician's act.
  if (subject === 'none' && /^\s*(?:called|phoned|paged|faxed)\s+(?:the\s+)?(?:emergency department|emergency room|ed|er|hospital|charge (?:rn|nurse)|crisis team|mobile crisis|intake)\b[^.;]*\b(?:report|handoff|hand-off|ahead|arrival)\b/i.test(text)) return 'intervention';
  // "did homework exposures 5 of 7 days", "did not call sponsor": the client's own doing between sessions.
  // ("Did exposure hierarchy review": the hierarchy is built and reviewed in session, never an exposure done at home.)
  // ("Did in-vivo exposure holding a butter knife, SUDS 80 down to 40": one exposure, told with no time between sessions, was done in the room.)
  if (subject === 'none' && /^(did|didn't|did not|completed|skipped|forgot)\b/.test(t.trim()) && (/\b(homework|hw|exposures(?!\s+(?:hierarchy|hierarchies|ladder|planning|plan|review)\b)|log|journal|worksheet|assignment)\b/.test(t) || (/\bexposure\b(?!\s+(?:hierarchy|hierarchies|ladder|planning|plan|review)\b)/.test(t) && (betweenSessions(t) || !/^did\b/.test(t.trim()))) || /^(did not|didn't)\b/.test(t.trim())) && !/\b(in session|in sess|during (?:the )?session|together)\b/.test(t)) return 'report';
  // "used DBT TIPP (ice water) Sat night, said it helped": a skill used between sessions is the client's own doing.
  // ("Used grounding (5-4-3-2-1) + ice cube, said ice helped": a skill whose use the client says helped is the client's own.)
  // ("urges to punch walls ... no acts, no SI. used cold water + grounding instead": a skill used in place of acting is the client's own.)
  if (subject === 'none' && /^(?:used|tried|practiced|applied)\b/.test(t.trim()) && (betweenSessions(t) || /,\s*(?:and\s+)?(?:said|says|reported|reports|stated|states)\s+(?:that\s+)?(?:it|they|both|the\s+[a-z]+|[a-z]+)\s+(?:really\s+)?(?:helped|helps|worked|works|did not help|didn't help|doesn't help)\b/.test(t) || /\binstead(?:\s+of\b[^.;]{0,40})?\s*$/.test(t)) && !ctx.labelKind) return 'report';
  // "Continued CBT cognitive restructuring on ...": a technique continued, begun or introduced is the work done.
  if (subject === 'none' && /^(continued|began|started|introduced|resumed|initiated)\s+(?:with\s+)?⟪/.test(t.trim())) return 'intervention';
  // "CBT: cognitive restructuring ...", "DBT chain analysis": a modality named first is what was done.
  if (/^⟪[^⟫]+⟫/.test(text.trim()) || MODALITY_NAME_FIRST.test(text.trim())) return 'intervention';
  // A rating taken before and after the work in the room ("SUDS 6/10 before, peak 8/10, 3/10 at end") is the response.
  // "affect tearful early, brighter by end": how the client changed over the session is the response to it.
  if (/\b(?:early|initially|at first|at (?:the )?start|first half|beginning)\b[^.;]{0,60}\b(?:brighter|calmer|more engaged|more open|relaxed|settled|lighter|engaged|smiling|laughing)\b[^.;]{0,25}\b(?:by (?:the )?end|at (?:the )?end|by close|later|second half)\b/.test(t) && !/\b(?:speech|eye contact|hygiene|grooming|dressed|psychomotor)\b/.test(t) && subject !== 'therapist' && subject !== 'joint') return 'response';
  if (/\d+(?:\/\d+)?\s*(?:before|at start|at the start)\b/.test(t) && /\b(?:at end|at the end|after|afterwards|by end|by the end)\b/.test(t) && subject !== 'therapist' && subject !== 'joint') return 'response';
  // EMDR's set-up (the negative and positive cognitions with their VOC and SUD) is the client's starting point.
  if (/^(?:negative|positive) cognition\b/.test(t.trim()) && /\b(validity of cognition|subjective units of distress)\b/.test(t)) return 'measure';
  // After the work, SUDS and VOC ratings are its outcome (EMDR, exposure).
  if (ctx.afterIntervention && /\b(subjective units of distress|validity of cognition)\b/.test(t) && !leadingInterventionTerm(text) && !/^(?:negative|positive) cognition\b/.test(t.trim()) && subject !== 'therapist' && subject !== 'joint') return 'response';
  // ("her anxiety went 7 then 5 then 3 out of 10", right after the exposure: the rating across the work is its response.)
  if ((ctx.afterIntervention || ctx.followsIntervention) && /^\s*(?:her|his|their|client's)\s+(?:anxiety|distress|suds|subjective units of distress|panic|urge|urges|fear|craving|cravings)\s+went\s+(?:from\s+)?\d+(?:\/10)?\s+(?:then|to)\s+\d+/i.test(text)) return 'response';
  // A rating that changed over the session, after an intervention, is the response to it.
  if (/\b(decreased|increased|dropped|went down|came down|fell) (?:from \d+ )?to \d+|\bpeak(?:ed)?\b[^.;]{0,30}\d+[^.;]{0,40}\b(?:leading to|to|at end|by end)\b/.test(t) && (ctx.afterIntervention || ctx.followsIntervention) && !leadingInterventionTerm(text) && subject !== 'therapist' && subject !== 'joint') return 'response';
  // ("agreed to text her roommate when urges hit above 7/10": a threshold in a plan, not a rating.)
  // ("Will call back 9 am 3/10 for follow-up": a day after an hour, or after "on" or a weekday, is March 10, never a rating.)
  if (/\bscore of \d|(?<!\b(?:am|pm|on|next|by|until|till|mon|tues?|wed|thu|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)\b\d{1,3}\/10\b|\bsubjective units of distress\b|\bvalidity of cognition\b/.test(t) && !/\b(gave|assigned|administered)\b/.test(t) && !/\b(?:agreed|agrees|committed|commits|plans?|will)\s+to\b|\b(?:when|if|once)\s+(?:\w+\s+){0,3}(?:hits?|reach(?:es)?|gets?|goes|rises?|is)\s+(?:above|over|past|to)\s+\d/.test(t) && !leadingInterventionTerm(text) && subject !== 'therapist' && subject !== 'joint') {
    const inSessionChange = /\b(decreased|increased) from \d+ to \d+/.test(t) && (ctx.afterIntervention || has(t, ['by end', 'by the end', 'end of']));
    if (inSessionChange) return 'response';
    // "S: pt says cravings 6/10": the client's own rating, told under a report label or with a
    // report verb, is what they reported; a named scale's score stays a measure.
    // ("Mood 3/10, sleep ~4h, poor appetite": a rating jotted among what only the client can tell is told too.)
    // ("c/o pain 7/10, not sleeping": a complaint told with its rating is the client's report too.)
    const toldByClient = ctx.labelKind === 'report' || /^\s*(?:complained of|complains of|c\/o|reports?|reported|endorses|endorsed|describes|described|rates|rated)\s/i.test(t) || (subject === 'client' && /\b(?:says|said|reports?|reported|states|stated|rates|rated|endorses|endorsed)\b/.test(t)) || (/^\s*(?:mood|anxiety|depression|cravings?|urges?|sleep|appetite|energy|pain)\b/.test(t) && /\b(?:sleep|slept|sleeping|appetite|energy|cravings?|nightmares)\b/.test(t));
    return toldByClient && !/\bscore of \d|\bsubjective units of distress\b|\bvalidity of cognition\b|\b[A-Z]{2,}(?:-\d+)?\b/.test(text.replace(/^\s*(?:[A-Z]{1,3}|pt)\s*:/, '')) ? 'report' : 'measure';
  }
  // "D: ... Affect anx, congruent": a mental-status finding under a Data label is what was seen.
  if (ctx.labelKind === 'report' && MSE_FINDING.test(t.trim()) && !TOLD.test(t)) return 'observation';
  // "B: tearful then shut down, minimal speech, hood up": under a letter label, what opens with a word of
  // presentation is what the clinician saw.
  // ("S: Irritable w/ kids, yelled at 9yo": a state toward people at home is what was told of the week, never seen in the room.)
  if (ctx.labelKind === 'report' && subject === 'none' && OBSERVATION_WORDS.has(w0.replace(/[,;:.]+$/, '')) && !/^(?:appeared|looked|presented|mood)$/.test(w0) && !TOLD.test(t) && !/^\s*\S+\s+(?:with|w\/|at|toward|towards)\s+(?:her\s+|his\s+|their\s+|the\s+)?(?:kids|children|son|daughter|husband|wife|partner|family|coworkers|co-workers|boss|mom|dad|mother|father|parents|siblings|sister|brother|spouse|friends|roommates?|home|work|school)\b/.test(t)) return 'observation';
  // ("O: ... Discussed THC impact on memory/attn, MI used", "Broke voc rehab forms into 3 steps": under a SOAP "O:", the work
  // done in the room, told with its verb and no one named, is the intervention, wherever the format files it.)
  if (ctx.labelKind === 'observation' && subject === 'none' && /^\s*(?:reviewed|discussed|taught|introduced|explored|processed|provided|broke|role[- ]?played|coached|modeled|modelled|psychoeducated|educated|validated|reframed|challenged|administered)\b/i.test(text)) return 'intervention';
  if (ctx.labelKind) return ctx.labelKind;
  // "MI re: drinking, pt willing to try no beer before 6pm": the client's stance toward the work just done is the response.
  if (subject === 'client' && (ctx.afterIntervention || ctx.followsIntervention) && /^\s*\S+\s+(?:was\s+|is\s+|seemed\s+|appeared\s+)?(?:willing|receptive|open to|agreeable|resistant|ambivalent|hesitant|reluctant)\b/i.test(text)) return 'response';
  // ("I did some work on grieving styles ... they both got it Tom actually said he didn't know she felt alone": grasping the
  // work, or learning something from it, after it was named is the response to it.)
  if ((ctx.afterIntervention || ctx.followsIntervention) && subject !== 'therapist' && subject !== 'joint' && /^\s*(?:they|both(?: of them)?|she|he|client|pt|patient|[A-Z][a-z]+)\s+(?:(?:both|all|really|actually|quickly|mostly|finally|then)\s+)*(?:(?:seemed to|was able to|were able to)\s+)?(?:got it|get it|understood (?:it|this|that|the)\b|grasped|related to (?:it|this|that)|connected with (?:it|this|that)|found (?:it|this|that|the \w+) (?:helpful|useful)|(?:said|realized|realised|admitted|acknowledged) (?:that )?(?:he|she|they) (?:didn't|did not|hadn't|had not) (?:know|realize|realise|notice|see))\b/.test(text)) return 'response';
  // ("Offered music, he calmed w/in 10 min": calming after the act is the response to it.)
  if (subject === 'client' && (ctx.afterIntervention || ctx.followsIntervention) && /^\s*\S+\s+(?:(?:then|eventually|quickly|slowly|gradually)\s+)?(?:calmed|settled|relaxed|de-escalated|brightened)\b/i.test(text)) return 'response';
  // "I told him I'm required to make a report to APS and that the goal is getting them help": a mandated report is the work done.
  if (/\b(?:report to (?:aps|cps|dcfs|adult protective services|child protective services|the hotline)|mandated report|required to (?:make a )?report)\b/.test(t)) return subject === 'client' ? 'report' : 'intervention';
  // ("she says her caseworker told her that the reunification goal is being changed": a goal told of in what the client
  // says is her report, never the treatment's goal.)
  if (has(t, GOAL_CUES) && !/^\s*(?:she|he|they|client|pt|patient)\s+(?:says|said|reports?|reported|states?|stated|told|mentioned|shared)\b(?![^.;]{0,20}\b(?:goal|goals)\s+(?:is|was|are)\s+(?:to|for)\b)/i.test(text)) return 'goal';
  // "we will review next time" is a plan, whoever says it; so is "I want to revisit her safety plan next week".
  if (/^\s*(?:i|we)\s+(?:want|would like|'d like|plan|intend|hope|need|am going|'m going|are going|'re going)\s+to\b/.test(t) && has(t, ['next session', 'next week', 'next time', 'next appointment', 'follow-up', 'follow up', 'tomorrow', 'going forward', 'in future sessions'])) return 'plan';
  if (/\bwill\b/.test(t) && has(t, ['next session', 'next week', 'next time', 'next appointment', 'follow-up', 'follow up'])) return 'plan';
  // "RTC 1 wk", "return to clinic in 2 weeks": the next appointment.
  if (/^\s*(?:return to clinic|rtc|follow-up|f\/u|next (?:(?:regular|scheduled|individual|family|group|couples|follow-up|in-person|video|telehealth) )?(?:session|sess|appointment|appt|visit|treatment|tx|group|meeting|week))\b/.test(t.trim())) return 'plan';
  // ("Pt agreed to hand over take-home bottles to nursing": means given up, agreed in session, is a safety step of the plan.)
  if (/\bagreed to\s+(?:hand over|give up|turn in|surrender|flush|lock up|dispose of|get rid of|let\s+[^.;]{1,30}?\s+(?:hold|keep|lock up|store))\b/i.test(t) && !ctx.labelKind) return 'plan';
  // "Dana agreed to call his pediatrician today", "agreed to come back tomorrow at 2": a commitment with a time is the plan.
  if (/^\s*(?:\S+\s+){0,3}agreed to\s+\w+/.test(t) && /\b(today|tonight|tomorrow|next (?:session|sess|week|time|visit)|before (?:the )?next|this week|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at \d{1,2}\b)/.test(t)) return 'plan';
  // "moved his appointment up to Wednesday", "next session Thursday": the next appointment is the plan.
  // ("I validated, did BA, we picked 2 activities: KSA meeting Thurs": the work done in session, with what it planned.)
  if (/\b(appointment|appt|next session|follow-up|f\/u|meeting|mtg|home visit)\b[^.;]{0,30}\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|in \d+ (?:days|weeks))\b/.test(t) && !/\b(?:had|went|attended|was|were|missed|last)\b/.test(t) && !/^\s*(?:i|we)\s+(?:validated|did|used|taught|explored|reviewed|processed|practiced|introduced|provided|role[- ]?played)\b/.test(t)) return 'plan';
  // "Consult w/ psychiatrist re: SSRI titration": a consultation jotted without a verb tense is the clinician's next step.
  if (subject === 'none' && /^consult(?:ation)?\s+(?:with|w\/)\s/.test(t.trim()) && !betweenSessions(t)) return 'plan';
  // "check in tomorrow AM before 1st period", "individual time with Tyler next time": a follow-up with its time is the plan.
  // ("I want to see Marcus individually once ... then back to couples in two weeks": what the clinician means to do next is the plan.)
  if (/^\s*(?:I|we)\s+(?:want|would like|'d like|plan|intend|hope|am going|'m going)\s+to\s+(?:see|meet|schedule|bring|refer|call|check in|follow up|add|start|switch|have (?:a|an|him|her|them))\b/i.test(text) && !/\b(?:but|then)\s+(?:she|he|they|client|pt)\b/i.test(text)) return 'plan';
  if (subject === 'none' && /^(?:(?:individual|brief|phone|telephone|video)\s+)?(?:check in|check-in|follow up|follow-up|call|meet|see|touch base|reassess|re-assess|phone|text|email|schedule|recheck|re-check|individual (?:time|session)|family session|joint session|session with)\b/.test(t.trim()) && /\b(tomorrow|tonight|next (?:week|time|session|sess|visit|appointment|appt|month|group)|this (?:week|afternoon|evening)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in \d+ (?:days?|weeks?)|before (?:the )?next|(?:this |in the )?(?:am|pm)|later today|end of shift|next shift)\b/.test(t)) return 'plan';
  // "team to discuss at rounds", "Tina to get him a pass", "mom to practice praise": who will do what.
  // ("Pt to journal any disturbance, use container PRN": so is homework named by its verb.)
  if (/^(?:the |her |his |their )?[a-z][a-z'-]*(?: [a-z][a-z'-]*)?(?: and (?:her |his |their )?[a-z][a-z'-]*)?\s+to\s+(address|handle|arrange|evaluate|eval|assess|reassess|confirm|verify|fax|refer|consider|see|transport|escort|coordinate|notify|investigate|update|provide|request|submit|reach|agree|decide|discuss|get|call|practice|bring|schedule|send|review|follow|check|meet|contact|email|text|try|attend|use|keep|start|log|track|complete|look|give|help|drive|pick|order|ask|tell|write|continue|restart|return|come|hold|have|plan|set|do|make|lock|remove|sign|read|join|visit|accompany|supervise|monitor|store|stay|encourage|remind|support|bring|talk|speak|share|let|journal|record|rate|apply|find|research|exercise|limit|avoid|taper|resume|wear|fill|draft|list|identify|finish)\b/.test(t.trim()) && !/^(?:hard|easy|difficult|tough|able|unable|afraid|scared|reluctant|hesitant|ready|willing|likely|unlikely|nice|good|bad|hoping|trying|going|used|about|free|quick|slow|safe|unsafe|okay|ok)\s+to\b/.test(t.trim()) && !words.slice(0, 2).some((w) => verbLike(w) || /^(want|wants|need|needs|went|go|goes|talked|spoke|used|have|has|had|tried|tries|trying|agreed|able)$/.test(w))) return 'plan';
  // "homework is to each write three things": the homework, however it is introduced.
  if (/^\s*(?:the\s+)?(?:homework|hw)\s+(?:is|was|will be|for (?:this|next) week)\b/.test(t)) return 'homework';
  // "see 1 wk", "f/u 2 weeks": the next appointment is the plan, never a report.
  if (subject === 'none' && /^(?:see|f\/u|follow-up|follow up|rtc|return to clinic|return|next)\s+(?:(?:client|him|her|them)\s+)?(?:again\s+)?(?:in\s+)?(?:\d+|one|two|three|four)\s*(?:wk|wks|week|weeks|day|days|mo|mos|month|months)\b/.test(t.trim())) return 'plan';
  // "F/u 1 wk; check in w/ mother re: referral": a bare step still to take is the plan.
  if (subject === 'none' && !ctx.labelKind && /^(?:check in|check back|follow up|schedule|coordinate|consult|obtain|request|fax|reassess|re-assess|recheck|re-administer|readminister)\s+(?:with|w\/|on|about|re|regarding|the|a|an|her|his|their|next|in)\b/.test(t.trim())) return 'plan';
  // "He is coming back tomorrow at 10am": a return already arranged is the plan.
  if (subject !== 'none' && /^\S+\s/.test(text.trim()) && ARRANGED_RETURN.test(text.trim()) && RETURN_WHEN.test(t)) return 'plan';
  // ("if no text by 9 pm I will call client": what the clinician will do if a step fails is the plan too.)
  // ("if no contact by end of day will call emergency contact per consent": so is the step written with no one before "will".)
  if (/^(?:if|unless|should|in case)\b[^.;]{0,60}?(?:\b(?:I|we|therapist|writer|clinician)\s+(?:will|would|'ll)|(?:^|,\s*|\s)(?:then\s+)?will)\s+(?:call|text|contact|reach out|check|notify|send|follow up)\b/i.test(text.trim())) return 'plan';
  if (CLINICIAN_ABOUT_TO_START.test(text)) return 'plan';
  if (SESSIONS_TO_COME.test(text)) return 'plan';
  // "she'll keep a thought log", "we will review": what someone will do is the plan.
  // ("I'm going to send mom the handout on ADHD and homework": what the clinician will do is never the client's homework.)
  if (subject !== 'none' && (/^\S+(?:\s+(?:mom|mother|dad|father|parents?))?\s+(?:(?:also|still|then|now)\s+)?(?:will|(?:is|are|am)\s+(?:(?:also|still|then|now)\s+)?(?:going to|gonna)|plans to)\b/i.test(text.trim()) || /^(?:I|she|he|they|we)'(?:ll\b|(?:m|s|re)\s+(?:(?:also|still|then|now)\s+)?(?:going to|gonna)\b)/i.test(text.trim())) && !/\bwill not\b/i.test(text)) {
    // ("he'll get him at shower time": a violent act promised is a threat, never the plan.)
    if (THREAT_OF_VIOLENCE.test(t)) return 'risk';
    return /\b(homework|thought log|log|journal|worksheet|practice|track)\b/i.test(t) && subject !== 'therapist' ? 'homework' : 'plan';
  }
  // "I think she's ready", "I wonder if": the clinician's judgment.
  // ("I'd say risk to Nora low currently": the clinician's judgment said aloud.)
  // ("I didn't think she met criteria for BED": a judgment held in the negative is still the clinician's.)
  if (subject === 'therapist' && /^\S+\s+(?:do not|don't|did not|didn't|does not|doesn't)\s+(?:think|believe|suspect|feel)\b/i.test(text.trim())) return 'assessment';
  if (subject === 'therapist' && (/^\S+\s+(think|thinks|thought|believe|believes|feel|felt|wonder|wondered|suspect|suspected|sense|sensed|suspect|worry|worried|am concerned|was concerned|am worried)\b/i.test(text.trim()) || /^(?:I'd|I would)\s+(?:say|rate|put|judge|estimate|assess)\b/i.test(text.trim()))) return 'assessment';
  // "We agreed on weekly CBT", "agreed to meet biweekly": the course agreed is the plan.
  // ("I paused, used grounding, he returned and agreed to continue": going on with the session, after a pause in it, is its response, not a plan.)
  if (/\bagreed (?:on|to|upon) (?:(?:a |the )?(?:weekly|biweekly|bi-weekly|twice|monthly|every|fortnightly)\b|(?:a |the )?treatment plan|(?:continue|start|begin|meet|return)\b)/.test(t) && subject !== 'other' && !CONTINUED_AFTER_PAUSE.test(t)) return 'plan';
  if (subject === 'therapist' || subject === 'joint') return 'intervention';
  // "set up the dollhouse, put the dad doll outside": a child's play in the room is seen, not told.
  // Materials set out ("sand tray, drawing + puppets out") or a technique with them ("belly breathing with a stuffed animal") are the work, not play seen.
  if (subject !== 'other' && PLAY_MATERIALS.test(t) && /\b(?:put|set|placed|chose|picked|made|built|buried|hid|drew|played|had|threw|knocked|lined|fed|hugged|hit|kicked|crashed|fought|repeatedly|kept|[a-z]{3,}ed)\b/.test(t) && (PLAY_MATERIAL_FIRST.test(text.trim()) || !mentionsIntervention(text)) && !/\b(?:with|w\/) (?:the )?(?:therapist|clinician|me)\b/.test(t) && !/\b(said|says|told|tells|reported|reports|stated|states|asked|talked|wants?|wanted)\b/.test(t) && !/\b(at home|at school|at daycare|this week|last week|yesterday|last night|over the weekend|since|ago)\b/.test(t)) return 'observation';
  // "mom and I practiced PRIDE skills", "I and dad role-played": the clinician working with someone in the room.
  if (/^(?:(?:her |his |their |the )?[a-z]+ and (?:i|the therapist|therapist)|(?:i|therapist) and (?:her |his |their |the )?[a-z]+) (?!(?:was|were|am|are|felt|feel|disagree|disagreed|argued|talked about)\b)[a-z]+/.test(t.trim())) return 'intervention';
  // "recommended weekly CBT", "referred to IOP": a recommendation is the plan.
  if (subject === 'none' && /^(?:(?:also|then|and)\s+)?(?:recommended|recommends|referred|refer)\b/.test(t.trim()) && !betweenSessions(t)) return 'plan';
  if (subject === 'none' && DIAGNOSIS_ONLY.test(t.trim())) return 'session';
  if (subject === 'none' && TRAITS_ONLY.test(t.trim())) return 'assessment';
  // ("De-escalated over ~15 min, sat down, accepted water": calming, seen, with no one named, is the client seen.)
  if (subject === 'none' && /^\s*de-?escalated\b(?!\s+(?:him|her|them|the\s+(?:client|pt|patient|situation)))/i.test(t.trim())) return 'observation';
  // ("Abreaction set 6, pt cried": an abreaction in reprocessing is what the clinician saw happen.)
  if (/^\s*abreaction\b/i.test(t.trim())) return 'observation';
  // ("Night staff q15 checks ordered per protocol"): observation ordered for the client is the team's step.
  if (subject !== 'client' && OBSERVATION_ORDERED.test(t.trim())) return 'intervention';
  // ("Some pain grimacing when repositioned": a grimace or a wince is seen.)
  if (subject !== 'client' && /^(?:some\s+|visible\s+|obvious\s+)?(?:pain\s+)?(?:grimac(?:ing|ed|es)|winc(?:ing|ed|es))\b/i.test(t.trim())) return 'observation';
  // ("Legacy letter to granddaughter discussed": a topic taken up in the session, said with its participle last.)
  if (subject === 'none' && /^(?!(?:no|not|never)\b)[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,6}\s+(?:discussed|explored|processed|addressed|introduced)$/i.test(t.trim())) return 'intervention';
  // ("Normal grief rxn, no complicated grief sx": the clinician's reading of the grief, never the client's report.)
  if (/^(?:a\s+)?(?:normal|uncomplicated|expected|typical|adaptive|healthy)\s+(?:grief|bereavement|mourning)(?:\s+(?:reaction|response|process))?\b/i.test(t.trim())) return 'assessment';
  // ("Bereavement f/u call, 6 wks post death": the contact itself.)
  if (/^(?:bereavement|grief)\s+(?:follow-up\s+|f\/u\s+|check-in\s+)?(?:phone\s+)?(?:call|visit|contact)\b/i.test(t.trim()) && t.trim().split(/\s+/).length <= 12) return 'session';
  // ("Not safe for outpatient level at this time": the clinician's judgment of the level of care needed.)
  if (/^(?:not|no longer)\s+(?:safe|appropriate|stable enough|suitable)\s+for\s+(?:outpatient|discharge|home|a lower level|the current level|this level)\b/i.test(t.trim())) return 'assessment';
  // ("Not psychotic.", "not intoxicated": a finding ruled out by the clinician, never something the client reported.)
  if (/^(?:not|no longer)\s+(?:psychotic|intoxicated|manic|hypomanic|delusional|catatonic|responding to internal stimuli|internally preoccupied|agitated|in withdrawal)\b/i.test(t.trim())) return 'observation';
  // ("Pt lying on bunk in smock, minimal eye contact": how the client was found, posture and all, is what the clinician saw.)
  if (/^(?:client|pt|patient)\s+(?:was\s+|is\s+)?(?:lying|laying|sitting|standing|pacing|rocking|curled up|huddled|crouched|staring|mumbling|talking to (?:self|himself|herself)|banging|kicking the door|yelling|screaming|asleep)\b/i.test(t.trim()) && !/\b(?:reports?|reported|says|said|states|stated|at home|at night|all day|most days|this week|last night)\b/i.test(t)) return 'observation';
  // ("she's oriented her thinking is clear": a mental-status domain with its finding is what the clinician saw.)
  if (/^(?:her|his|their)\s+(?:thinking|thought process|speech|affect|insight|judgment|judgement|memory|attention|concentration|eye contact)\s+(?:is|was|seems|seemed|appears|appeared)\s+(?!(?:better|worse|improving|getting)\b)[a-z-]+(?:\s+and\s+[a-z-]+)?$/i.test(t.trim())) return 'observation';
  // "Dari interp in room (Farid, agency interp, not known to pt)", "Pashto interpreter in room": how the session was
  // interpreted is the session's, never a report.
  if (subject !== 'client' && /^(?:an?\s+)?(?:[a-z'-]+\s+){0,2}interpreters?\s+(?:[a-z]+\s+)?(?:in (?:the )?room|in person|present|by (?:phone|video|telephone)|on (?:the )?(?:phone|line|speaker\w*|call|video)|via (?:phone|video|telephone|the line)|used|for (?:the )?(?:whole|entire|first|last|parents?|mother|father|client|mom|dad))\b/i.test(t.trim()) && t.trim().split(/\s+/).length <= 20) return 'session';
  // "5 present, Carlos + DeShawn absent": who came is the session's, never a report.
  if (/^(?:\d+|all|everyone|all members|all \d+)\s+(?:members?\s+|participants?\s+|of \d+\s+)?(?:present|attended|in attendance)\b|^(?:attendance|present|absent)\s*:/i.test(t.trim())) return 'session';
  // "this is our fourth session of PCIT": the session itself.
  if (/^\s*(?:so\s+)?(?:this|today)\s+(?:is|was)\s+(?:our|the|her|his|their)\s+(?:\w+\s+)?(?:session|visit|meeting)\b/i.test(text) && text.split(/\s+/).length <= 12) return 'session';
  // "um so this was Lily": who the session was with, said in passing.
  // ("um so this is SSG Ramirez": a rank or a title may come before the name.)
  if (THIS_IS_WHOM.test(text)) return 'session';
  // "AUD, MDD rec" once spelled out: a list of diagnoses is the diagnoses addressed, never a report.
  if (subject === 'none' && diagnosisList(t.trim())) return 'assessment';
  // "Insight fair, judgment fair", "thought process linear": mental-status findings are what the clinician saw.
  if (subject === 'none' && MSE_FINDING.test(t.trim()) && !TOLD.test(t)) return 'observation';
  // (What was heard there, after a colon or a list, is the report: "saw Zoe alone: consistent story, ...".)
  // "Session w/ Maya today was harder than I expected": the clinician's judgment of the session.
  if (subject === 'none' && /^\s*(?:(?:the|this|today's|our)\s+)?(?:session|sess|today)\b[^.;]{0,40}\b(?:was|felt|went|seemed)\s+(?:a\s+|much\s+|really\s+|very\s+|pretty\s+|so\s+)?(?:harder|easier|better|worse|difficult|hard|tough|good|great|rough|productive|heavy|slow|intense|well)\b/.test(t)) return 'assessment';
  // "security escort + walked him to ED w/ charge RN": the client taken somewhere is the clinician's act, its doer unnamed.
  if (subject === 'none' && /\b(?:walked|escorted|drove|took|accompanied|transported)\s+(?:him|her|client|patient)\s+(?:to|over to|down to|across to)\b/.test(t)) return 'intervention';
  // "Incomplete session, closed w/ container + calm place": how the reprocessing ended is the work done.
  if (subject === 'none' && (/^\s*(?:incomplete|complete|completed)\s+(?:session|processing|reprocessing|target)\b/.test(t) || /\bclosed (?:with|w\/) (?:container|calm place|safe place|grounding|breathing|light stream)\b/.test(t))) return 'intervention';
  if (subject === 'none' && SEEN_ALONE.test(text.trim()) && !/[:,]/.test(text) && text.trim().split(/\s+/).length <= 12) return 'intervention';
  if (subject === 'none' && BODY_CHECKED.test(t) && !TOLD.test(t) && !/\bper\b/.test(t)) return 'observation';
  if (subject === 'none' && BODY_SEEN.test(text.trim())) return 'observation';
  // "Old linear bruises posterior thighs, healing": marks on the body, jotted as found, are what the clinician saw.
  if (subject === 'none' && !TOLD.test(t) && /^\s*(?:(?:old|fresh|new|healing|healed|faint|small|large|superficial|linear|multiple|several|\d+)\s+){1,3}(?:bruises?|bruising|scratches|lacerations?|cuts|scars?|marks|burns?|welts?|abrasions?)\b/i.test(text) && !/\b(?:per|reports?|reported|says|said|states?|stated)\b/i.test(t)) return 'observation';
  // "no delusions elicited", "no AH noted": a finding of the mental status exam, never work done.
  if (subject === 'none' && /^\s*no\s+(?:[\w/-]+\s+){0,2}(?:elicited|noted|observed|evident|apparent)\s*$/i.test(text)) return 'observation';
  // ("labs per PCP normal per pt" is still the client's report.)
  if (subject === 'none' && CHECKED_RESULT.test(t.trim()) && !/\bper (?:the )?(?:client|patient|pt|her|him|them)\b/.test(t) && !TOLD.test(t)) return 'observation';
  if (subject === 'none' && isTherapistAction(t, w0) && !clientDidIt(t)) return 'intervention';
  if (subject === 'none' && CRISIS_CONTACT.test(t.trim())) return 'intervention';
  // "Challenging questions worksheet in session": a named exercise done in the room is the work done.
  if (subject === 'none' && /\b(worksheet|handout|exercise|activity|role[- ]play|game)\b/.test(t) && /\bin (?:session|sess|group)\b/.test(t) && !betweenSessions(t)) return 'intervention';
  // ("Grief work - wrote a letter to her husband in session", "made a timeline in sess"): something made in the session, with no
  // doer named, is the session's work.
  if (subject === 'none' && /^\s*(?:[a-z]+(?:\s+[a-z]+)?\s+work\s*[:-]\s*)?(?:made|wrote|drew|created|built|composed|read aloud|completed)\b/.test(t) && /\bin (?:session|sess|group)\b/.test(t) && !betweenSessions(t)) return 'intervention';
  // "Said paced breathing 'kind of dumb but it worked' at end": what the client said of a skill is theirs, not the skill taught.
  // ("said his wife is 'at the end of her rope'": the idiom tells no time in the session.)
  if (subject === 'none' && /^\s*(?:said|says|stated|states|reported|reports|shared|admitted|noted that)\b/i.test(text)) return (ctx.afterIntervention && !SAID_OF_ANOTHER.test(t)) || /\b(?:at (?:the )?end(?! of (?:her|his|my|their|your|the) (?:rope|tether|wits?)\b)|by (?:the )?end|afterward|afterwards|after (?:the )?(?:exercise|practice|role[- ]?play))\b/.test(t) ? 'response' : 'report';
  // "Gave worksheet STOP practice x3 this wk": practice sent home is the homework.
  if (subject === 'none' && /^\s*(?:gave|assigned|sent home|provided)\s+(?:(?:a|the|her|him|them)\s+)?(?:\w+\s+){0,2}(?:worksheet|handout|log|diary card|practice sheet|tracking sheet)\b/i.test(text) && /\b(?:practice|x\s?\d|times? (?:a|per|this) (?:day|week|wk)|daily|this week|before next|to complete|to fill)\b/i.test(t)) return 'homework';
  if (subject === 'none' && (leadingInterventionTerm(text) || earlyInterventionTerm(text))) return 'intervention';
  // Session facts told in the body: a time range, co-leading, a switch to phone.
  // ("TIB restricted to 12:30-6:30": a window of sleep or of anything else is no time of the session.)
  if (/(?<!\b(?:bed|sleep|window|restricted|restriction|curfew|shift|works?|worked|working|slept|sleeps|sleeping|awake|wake|wakes|woke|school|class|classes|visits?|visitation)\b[^.;]{0,16})\b\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:to|-)\s*\d{1,2}:\d{2}\b|\b(co-led|co-facilitated|co-leader present|video froze|switched to phone|finished (?:the )?last \d+ minutes by phone|audio only)\b/.test(t) && words.length && t.split(/\s+/).length <= 22) return 'session';
  // What another participant was seen doing in the room ("J talked over M three times").
  if ((subject === 'other' || subject === 'none') && observedActDone(t) && !/\b(this week|last week|at home|yesterday|since)\b/.test(t)) return 'observation';
  // "Focused on communication", "continued working on repair attempts": what the session worked on.
  if (subject === 'none' && /^\s*(?:focus(?:ed|sed)? on|(?:continued|cont) (?:to work|working) on)\b/i.test(text) && !betweenSessions(t) && !clientDidIt(t)) return 'intervention';
  // "reviewed thought records", "practiced urge surfing": a shared verb beside a technique is the session's work.
  // ("Reviewed boundaries plan, added hard stop at 7pm 3 nights/wk": how often the plan's new step is to happen is the
  // plan's content, never a sign of what the client did between sessions.)
  // ("Discussed referral ... since EAP limited to 4": talk is done in the room, whatever "since" follows it.)
  if (subject === 'none' && (SESSION_WORK_VERBS.has(w0) || (SHARED_VERBS.has(w0) && mentionsIntervention(text))) && (/^(?:discussed|explored|processed|addressed|validated|normalized|reframed)$/.test(w0) || !betweenSessions(t.replace(/,\s*(?:and\s+)?(?:added|set|planned|agreed on|scheduled|chose|picked)\b.*$/, ''))) && !clientDidIt(t)) return 'intervention';
  // "tracked the cycle and reframed the refusal": a therapist-only verb later in the clause.
  if (subject === 'none' && !opensWithObservation(text) && text.toLowerCase().replace(/\b(?:was|were|been|is|are|being|get|got)\s+[a-z-]+|\b[a-z]+ed (?:by|from)\b/g, ' ').split(/[^a-z-]+/).some((w) => THERAPIST_ONLY_VERBS.has(w)) && !/\b(she|he|they)\s+\w+ed\b/i.test(text) && !betweenSessions(t)) return 'intervention';
  // ("agitated, pressured, loud, oriented": a list of findings, where "oriented" is the client's orientation.)
  if (subject === 'none' && laterTherapistVerb(text) && !opensWithObservation(text)) return 'intervention';
  // "met w/ Jaylen alone 10 min", "saw teen individually": the clinician's own arrangement of the session.
  if (/^\s*(?:met|meeting|spoke|saw|checked in)\s+(?:with\s+|w\/\s*)?(?:\S+\s+){1,2}?(?:alone|individually|separately|privately|one[- ]on[- ]one)(?:\s+(?:for\s+)?(?:about\s+)?\d+\s*(?:min|mins|minutes))?(?:\s+(?:first|after|afterwards|at the end))?\s*$/i.test(text)) return 'intervention';
  // "parents given 988 + mobile crisis #", "pt given handout": resources handed over are the clinician's act.
  if (GIVEN_TO.test(text) || (subject === 'none' && givenBare(text))) return 'intervention';
  // "told mom about kit w/ Kayla's ok": telling a relative with the client's consent is the clinician's act.
  if (subject === 'none' && /^\s*(?:told|informed|updated|shared with|called|spoke with|spoke to)\b/i.test(text) && (WITH_CLIENT_CONSENT.test(text) || NAMED_CONSENT.test(text))) return 'intervention';
  // "Informed Emma of my duty to report": the limits of confidentiality explained are the clinician's act.
  if (/^\s*(?:informed|advised|reminded|told)\s+(?:\S+\s+){1,2}?(?:of|about|that)\s+(?:my|our|the|the therapist's)\s+(?:duty|obligation|limits?|role|requirement|mandate)\b/i.test(text)) return 'intervention';
  // "Taught timeout protocol. Role played.": a role play in session is the clinician's work with the client.
  if (/^\s*role[- ]?play(?:ed|ing)?\b/i.test(text) && !betweenSessions(t)) return 'intervention';
  // "Gave vet VCL info + info for wife": resources handed to the client are the clinician's act, said without its doer.
  if (subject === 'none' && CLINICIAN_GIVES.test(text.trim())) return 'intervention';
  // "PCP to consider sertraline", "psychiatrist to adjust dose": what another provider is to do next is the plan.
  if (/^\s*(?:the\s+)?(?:pcp|primary care provider|psychiatrist|prescriber|pediatrician|psychiatry|nurse practitioner|dr\.?\s+[a-z]+)(?:\s+\([^()]*\))?\s+to\s+(?:consider|start|refer|order|increase|decrease|adjust|review|complete|follow|see|call|evaluate|reassess|discuss)\b/i.test(text)) return 'plan';
  // A jotted imperative ("keep window, add 15 min", "call the office if ...") is the plan.
  if (subject === 'none' && IMPERATIVES.has(w0) && !/\b(ago|yesterday|last night|last week|over the weekend|went home)\b/.test(t)) return /\b(homework|log|journal|worksheet|thought record|practice|recording|in vivo|exposure)\b/.test(t) ? 'homework' : 'plan';
  // "more relaxed by the second session": a comparison of what was seen.
  if (subject === 'none' && /^(more|less)\s+(\S+)/.test(t.trim()) && (OBSERVATION_WORDS.has(words[1] ?? '') || EMOTIONS.has(words[1] ?? ''))) return ctx.afterIntervention ? 'response' : 'observation';
  // "Last EAP session next wk": a session still to come, and so the plan.
  if (subject === 'none' && /^\s*(?:last|final)\s+(?:[\w-]+\s+)?(?:session|sess|appt|appointment|visit)\s+(?:is\s+|will be\s+)?(?:next|tomorrow|in\s+\d|on\s+[A-Z]?[a-z]+day)\b/i.test(text)) return 'plan';
  // "won't use other people's toilets" is a habit, not a plan.
  // "moderate depression worsening", "PTSD sx improving": the clinician's read of the condition's course.
  if (subject === 'none' && /^\s*(?:(?:mild|moderate|severe|moderately severe|chronic|acute)\s+)?(?:depression|depressive (?:symptoms|sx)|anxiety|panic|ptsd|trauma symptoms|mdd|gad|ocd|adhd|bipolar|psychosis|psychotic symptoms|grief|insomnia)(?:\s+(?:symptoms|sx))?\s+(?:is\s+|are\s+)?(?:worsening|improving|stable|unchanged|persist(?:s|ing)|in (?:partial |full )?remission|escalating|resolving|resolved)\b/i.test(text) && !betweenSessions(t)) return 'assessment';
  // "used structural approach - had parents talk to each other": an approach used is the clinician's intervention.
  if (subject === 'none' && /^\s*(?:used|applied|tried)\s+(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,3}(?:approach|technique|intervention|model|framework)\b/i.test(text)) return 'intervention';
  // "Seems like adj d/o w/ anxiety vs GAD": with no one named, how it seems is the clinician's impression.
  // ("her anxiety high, situational, related to son's risk", "her own safety ok", "Kevin's risk unknown but concerning": a finding
  // jotted with no verb, weighed as situational, concerning or safe, is the clinician's assessment.)
  if (subject === 'none' && /^\s*(?:(?:her|his|their)(?:\s+own)?|[A-Z][a-z]+'s)\s+(?:[a-z-]+\s+){0,2}?(?:anxiety|depression|mood|risk|safety|distress|grief|symptoms|sx|stress|presentation|judgment|insight)\s+(?!(?:is|was|are|were|has|have|had|seems|seemed|feels|felt)\b)[^.;]*\b(?:situational|related to|secondary to|consistent with|concerning|unknown|ok|okay|adequate|intact|appropriate|elevated|high|low|moderate|normal|expected)\b/i.test(t) && !/\b(?:said|says|reports?|reported|per|states?|stated|told)\b/i.test(t)) return 'assessment';
  // ("Relationship strain seems driven by unspoken resentment + fear", "anxiety appears related to the move": what a problem seems
  // to come from is the clinician's formulation.)
  if (subject === 'none' && /^\s*(?:(?:the|her|his|their|this|that|current)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:seems|seemed|appears|appeared)\s+(?:to be\s+|largely\s+|mostly\s+|partly\s+)?(?:driven|related|linked|tied|connected|rooted|maintained|fueled|fuelled|caused|secondary|due|consistent|reinforced|a function|to (?:maintain|drive|fuel|reflect|stem|come from|serve))\b/i.test(t)) return 'assessment';
  if (subject === 'none' && /^\s*(?:seems|seemed|looks|sounds)\s+like\s+(?:a\s+|an\s+)?(?:adjustment|major|persistent|generalized|social|panic|post-traumatic|ptsd|bipolar|depress|anxiety|adhd|attention|obsessive|ocd|alcohol|substance|opioid|cannabis|grief|bereavement|mdd|gad)/i.test(text)) return 'assessment';
  // "used anger log + cog reappraisal, role played assertive conversation": used beside an intervention the clinician leads, the work is the clinician's.
  if (subject === 'none' && /^\s*(?:used|applied)\s/i.test(text) && !betweenSessions(t) && / (?:role[- ]?play(?:ed|ing)?|modeled|taught|psychoeducation|socratic)\b/i.test(` ${t}`) && !/\b(?:she|he|they)\b/.test(t)) return 'intervention';
  // "Tried to de-escalate, pt walked out": trying to calm or redirect someone, with no doer named, is the clinician's work.
  if (subject === 'none' && /^\s*(?:tried|attempted|attempting|trying)\s+to\s+(?:de-?escalate|calm|redirect|engage|reach|contact|call|talk (?:him|her|them) down|verbally de-?escalate)\b/i.test(text)) return 'intervention';
  // "Informed Sgt Lowe + shift commander", "incident report was filed": the clinician's notifications and filings.
  if (CRISIS_STEP_TAKEN.test(text)) return 'intervention';
  if (subject === 'none' && (NOTIFIED_SOMEONE.test(text) || SOMEONE_NOTIFIED.test(text) || CALLED_CARE_SERVICE.test(text) || ACTION_FILED.test(text) || REPORTED_TO_AGENCY.test(text))) return 'intervention';
  // ("parents notified, dad driving her", "School was informed of the absence": who was told, with no doer named, was told by the clinician.)
  if (TOLD_PARTY_FIRST.test(text)) return 'intervention';
  // ("Client attended, quiet at first, then role-played opposite action w/ a peer, reported shame 7->4": taking part in the
  // session's practice is the client's response to it.)
  if (subject === 'client' && /^\s*(?:client|pt|patient)\s+(?:attended|participated)\b[^.;]*\b(?:role-?played|practiced|practised|rehearsed|demonstrated)\b/i.test(text)) return 'response';
  // ("PHQ-9 next time", "labs at next visit": a thing named for the next meeting, with no verb, is the plan.)
  if (subject === 'none' && NEXT_MEETING_END.test(text) && !/\b(?:was|were|did|had|said|[a-z]{3,}ed)\b/i.test(text.replace(NEXT_MEETING_END, ''))) return 'plan';
  // ("Informed consent obtained, limits of confidentiality reviewed": consent taken by the clinician is the session's work.)
  if (subject === 'none' && /^\s*(?:informed\s+)?consent\s+(?:(?:was|has been)\s+)?(?:obtained|signed|reviewed|given)\b/i.test(text)) return 'intervention';
  // "HW anger log daily": homework named first is the homework, whatever follows.
  // ("homework still takes 2h", "homework battles nightly": how the child's schoolwork goes is told, never set.)
  if (subject === 'none' && /^\s*(?:hw|homework)\s+(?!(?:was|is|were|not|done|completed|reviewed|incomplete|partially|from|review|still|takes|took|taking|goes|went|getting|gets|got|remains|has|had|been|time|battles?|fights?|struggles?|hard|harder|easier|better|worse|a struggle)\b)[a-z]/i.test(text)) return 'homework';
  // ("no safety concerns from what I saw": what the clinician saw is their observation.)
  if (subject === 'none' && /\b(?:from what|as far as)\s+(?:I|we|the therapist)\s+(?:saw|could see|observed|noticed|could tell)\b/i.test(text)) return 'observation';
  // ("...; plan increased monitoring": a plan jotted as "plan" and what it is.)
  if (subject === 'none' && PLAN_JOTTED.test(t.trim())) return 'plan';
  if (subject === 'none' && SLEEP_SCHEDULE_SET.test(t.trim())) return 'plan';
  // ("first outpatient appt 4/2 10 am", "outpatient intake Riverside CMHC Thursday", "no further follow-up unless she calls": a step of care still to come.)
  if (subject === 'none' && CARE_STEP_LEAD.test(t.trim()) && !/^\d/.test(t.trim()) && (/^(?:first|next|no further|no more)\b/.test(t.trim()) || CARE_STEP_WHEN.test(t))) return 'plan';
  if (NEXT_ON_DAY.test(t.trim())) return 'plan';
  if (has(t, PLAN_CUES) && /^(will|plan|continue|next|refer|schedule|follow|recommend|recommended|re-eval|reassess|re-assess|rescreen|re-screen|re-administer|readminister)/.test(w0) && (!/^will not\b/.test(t.trim()) || /^will not (?:force|pressure|push|require|mandate)\b/.test(t.trim()))) return 'plan';
  // An observation of change after an intervention ("anxious at first, eased once ...") is the response.
  if (subject === 'none' && opensWithObservation(text) && ctx.afterIntervention && /\b(?:eased|softened|settled|relaxed|calmer|warmed up)\s+(?:once|when|as soon as|with|during)\b|\bthen (?:smiled|laughed|relaxed|settled|engaged)\b/.test(t)) return 'response';
  // "cried briefly, then asked to add a drawing": a reaction to the work, and what followed it.
  if (subject === 'none' && ctx.afterIntervention && /^(cried|teared up|laughed|smiled|sighed|paused)\b[^.;]{0,30}\bthen\b/.test(t.trim())) return 'response';
  // ("Hypervigilant in restaurants (sits facing door)", "anxious when driving": a state tied to a place or time outside the room
  // is what the client told of, never what was seen.)
  if (subject === 'none' && opensWithObservation(text) && (ELSEWHERE_STATE.test(text) || STATE_HOW_OFTEN.test(text))) return ctx.labelKind && ctx.labelKind !== 'observation' ? ctx.labelKind : 'report';
  // "loud, red-faced, fists clenched, calmer after": led by what was seen, it is an observation.
  if (subject === 'none' && opensWithObservation(text) && !/^(calmer|more|less|brighter|softer)\b/i.test(text)) return 'observation';
  // ("Liam was shy at first but warmed up by the end": one named, changing over the work, responded to it.)
  if ((subject === 'other' || subject === 'client') && !ctx.labelKind && ctx.afterIntervention && /\b(?:at first|initially)\b[^.;]{0,40}\b(?:but|then)\s+(?:warmed up|opened up|relaxed|settled|engaged|brightened|calmed)\b/i.test(text)) return 'response';
  // Another participant's reaction in the room after an intervention ("mother teared up", "Sam: '...'").
  if (subject === 'other' && ctx.afterIntervention && (/^\S+(?:\s+\S+)?\s+(teared|cried|smiled|smirked|laughed|nodded|handed|hugged|apologized|sighed|relaxed|softened|leaned)\b/i.test(text.trim()) || /^[A-Z][a-z]+:\s*"/.test(text.trim()))) return 'response';
  // "sibs agreed: Teresa to tour adult day Thurs, Miguel to call VA": who agreed to do what next is the plan.
  if (/\bagreed\s*:\s*(?:[A-Z][a-z]+|(?:her|his|their|the)\s+[a-z]+|mom|dad|mother|father)\s+(?:to|will)\s+[a-z]+/.test(text)) return 'plan';
  // "mother agreed to call the school": what another participant agreed to do is the plan.
  if (subject === 'other' && /^\s*[a-z'-]+(?:\s[a-z'-]+)?\s+agreed to\s+(?!it\b|that\b|this\b)\w+/.test(t)) return 'plan';
  // "She looked tired on camera": how the client looked is what was seen, after the work too.
  // ("She seemed more hopeful by end": how the client was by the end of the work is the response to it.)
  const byTheEnd = /\b(?:by|at|toward|towards|near) (?:the )?(?:end|close)\b/.test(t);
  if ((subject === 'client' || subject === 'pronoun') && /^(presented|presents|appeared|appears|looked|looks|seemed|seems)$/.test(words[1] ?? '') && !((ctx.afterIntervention || ctx.followsIntervention) && byTheEnd)) return 'observation';
  // "he came in casually dressed, good eye contact", "came in tearful": how the client arrived is what was seen.
  const arrived = /^\s*(?:(?:she|he|they|client|pt|patient)\s+)?(?:came in|arrived|showed up|walked in)\s+/i.exec(text);
  if (arrived && (subject === 'client' || subject === 'pronoun' || subject === 'none') && opensWithObservation(text.slice(arrived[0].length))) return 'observation';
  // "she denied intent or plan" after "I asked about SI": the answer is the client's own report.
  if ((subject === 'client' || subject === 'pronoun') && /^(denied|denies|endorsed|endorses)$/.test(words[1] ?? '')) return 'report';
  // A participant's response after the work: a relative, a partner, or someone the summary names ("Dana able to ...").
  const named = ctx.names !== undefined && [...ctx.names].some((n) => n.toLowerCase() === w0) && /\b(able to|was able|were able|unable to|agreed|committed|tried|struggled|went back to|reverted to|responded (?:well|appropriately|poorly))\b/.test(t);
  // ("Jamal responded well", read after a group's work: the member's response, named or not in the roster.)
  if ((ctx.afterIntervention || ctx.followsIntervention) && (subject !== 'other' || PARTICIPANTS.has(w0) || named || /^\s*[A-Z][a-z]+\s+responded\s+(?:well|appropriately|poorly)\b/.test(text) || (ctx.afterIntervention && /^(she|he|they)$/.test(w0))) && has(t.replace(WISH_COULD, ' '), RESPONSE_CUES)) return 'response';
  if (ctx.followsIntervention && (subject === 'client' || subject === 'pronoun')) return 'response';
  // "he put scared at a nine", "rated it a 6": a rating on the scale the work just used.
  if (ctx.afterIntervention && /\b(?:rated|put (?:\w+ ){0,2}at)\b[^.;]{0,25}\b(?:a |an )?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b/.test(t) && !betweenSessions(t)) return 'response';
  // After an intervention, the client's own words in the room are the response ("he said 'the counting helps'").
  // ("said his wife is 'at the end of her rope'": what the client says of someone else is a report, whenever it is said.)
  if (ctx.afterIntervention && !SAID_OF_ANOTHER.test(t) && (subject === 'client' || subject === 'pronoun' || subject === 'none') && /"/.test(text) && (/^\s*"/.test(text) || /\b(said|says|stated|states|laughed|cried|smiled|asked|agreed)\b/.test(t)) && !betweenSessions(t) && !/\b(this week|last week|yesterday|since)\b/.test(t)) return 'response';
  if (has(t, ASSESSMENT_CUES)) return 'assessment';
  if ((subject === 'client' || subject === 'pronoun') && /^(presented|presents|appeared|appears|looked|looks|seemed|seems)$/.test(words[1] ?? '')) return 'observation';
  // ("apt cluttered, fridge empty, old food on counter": the state of the home at a visit is what the worker saw.)
  // ("Extreme danger range", "moderate risk range": where a score falls is the clinician's reading of it.)
  if (subject === 'none' && (!ctx.labelKind || ctx.labelKind === 'report') && /^\s*(?:in\s+the\s+)?(?:low|moderate|high|severe|extreme|elevated|increased|variable)\s+(?:danger|risk|severity|lethality)\s+range\b/i.test(text)) return 'assessment';
  if (subject === 'none' && HOME_STATE_SEEN.test(text)) return 'observation';
  if (subject === 'none' && (!ctx.labelKind || ctx.labelKind === 'report') && HOME_FINDING.test(text)) return 'observation';
  // ("apartment was pretty cluttered dishes piled up", on a visit: how the place looked is what the clinician saw.)
  if (subject === 'none' && (!ctx.labelKind || ctx.labelKind === 'report') && /^\s*(?:the\s+)?(?:apartment|apt|house|home|bedroom|kitchen|room)\s+(?:was|looked|smelled)\s+(?:(?:very|pretty|really|quite|extremely|somewhat)\s+)?(?:cluttered|messy|dirty|filthy|clean|tidy|dark|cold|hot|bare|empty|in disarray|unkempt|chaotic|neat)\b/i.test(text) && !TOLD.test(text)) return 'observation';
  // ("no s/sx mania, speech normal rate, euthymic": no signs of an illness is a finding; "pill box filled correctly" was checked.)
  if (subject === 'none' && (NO_SIGNS_SEEN.test(text) || MEDICATIONS_CHECKED.test(text))) return 'observation';
  // ("pt disheveled, guarded, poor eye contact": the client named, then how they looked, with no verb, is what was seen;
  // "pt anxious about court" is how the client said they felt.)
  if (subject === 'client' && /^(?:client|pt|patient|cl)$/i.test(words[0] ?? '') && opensWithObservation(text.trim().replace(/^\S+\s+/, '')) && !/^\S+\s+\S+\s+(?:about|that|re:?|regarding|over|because|at|with|toward|towards)\b/i.test(text.trim()) && !/\b(?:this week|last week|past week|all week|lately|recently|since|at home|at work|at school|most days|every day|daily|at night|in the mornings?|over the weekend|this month)\b/i.test(text)) return 'observation';
  // "she was kind of flat at first": how the client was in the room.
  if ((subject === 'client' || subject === 'pronoun') && /^(was|is|were|are)$/.test(words[1] ?? '') && opensWithObservation(text.trim().replace(/^\S+\s+\S+\s+/, ''))) return 'observation';
  if (subject === 'none' && /^(presented|appeared|looked|seemed)$/.test(w0)) return 'observation';
  if (subject === 'none' && opensWithObservation(text)) return 'observation';
  // "Dana very anxious in session", "youth friendly": what was seen of another participant.
  // ("Mother was worried Jaylen will 'shut down'", "dad anxious about the move": a feeling about something is their concern, told.)
  const seenOfOther = text.trim().replace(/^\S+\s+(?:was\s+|is\s+|very\s+|more\s+|less\s+|still\s+|quite\s+|a bit\s+|somewhat\s+)*/i, '');
  // ("Facilitator used MI. T.M. engaged, took notes, agreed to call sponsor daily": a member taking part after the work is its response.)
  if (subject === 'other' && ctx.afterIntervention && /^(?:engaged|participated|receptive|attentive)\b[^.;]*,\s*(?:and\s+)?(?:took|agreed|asked|shared|practiced|volunteered|gave)\b/i.test(seenOfOther)) return 'response';
  if (subject === 'other' && opensWithObservation(seenOfOther) && !FEELING_ABOUT_SOMETHING.test(seenOfOther)) return 'observation';
  return 'report';
}


/** A clause led by what the clinician saw: a presentation word or phrase (cues.ts). */
/** An act seen in the room, done, not one feared or denied ("worried he will 'shut down'", "did not walk out"). */
function observedActDone(t: string): boolean {
  const m = OBSERVED_ACTS.exec(t);
  return !!m && !/\b(?:will|would|might|may|could|going to|gonna|to|'ll|not|never|n't)\s*["'“‘]?$/.test(t.slice(0, m.index));
}

/** A feeling word, then what it is about: "worried Jaylen will ...", "anxious about court", "scared that he ...". */
const FEELING_ABOUT_SOMETHING = /^[a-z-]+\s+(?:about|that|re:?|regarding|over|because|if|whether|(?:he|she|they|it|[A-Z][a-z]+)\s+(?:will|would|might|may|could|is|was|won't|wouldn't|isn't|wasn't|has|had|does|did)\b)/;

/** "hypervigilant in restaurants", "anxious when driving", "irritable at work": a state where the clinician was not. */
const ELSEWHERE_STATE = /^\s*(?:(?:very|more|less|quite|somewhat|really)\s+)?[a-z-]+\s+(?:(?:a lot|a bit|often|frequently|constantly|sometimes)\s+)?(?:in|at|around|when|while|during)\s+(?:(?:the|a|an|her|his|their|big|large)\s+)?(?:restaurants?|public|crowds?|crowded places|stores?|grocery stores?|malls?|church|traffic|the car|cars?|driving|work|school|home|night|bed|parties|meetings|class|stations?|calls?|shifts?|airports?|movie theaters?|concerts?)\b/i;

/** A clause closed by the next meeting ("next time", "at next session"). */
const NEXT_MEETING_END = /\b(?:(?:at|by|for|before)\s+(?:the\s+)?)?next\s+(?:time|session|sess|visit|appt|appointment|meeting|group)\s*[.!]?\s*$/i;

function opensWithObservation(text: string): boolean {
  // Hedges qualify the finding ("kind of flat at first"); they do not change what was seen.
  // ("Not tearful, thoughtful, some nervous laughter": a sign seen absent is seen too.)
  const t = text.toLowerCase().replace(/^["(]+/, '').replace(/^(?:kind of|sort of|a bit|a little|somewhat|slightly|very|quite|visibly|noticeably|currently|initially|mildly|more|less|not(?=\s+(?:tearful|teary|crying|agitated|guarded|restless|disheveled|dishevelled|slowed|pressured|tangential|distractible|intoxicated|sedated|oriented|responsive|engaged|cooperative|defensive|hostile|irritable)\b))\s+/, '');
  const w0 = t.match(/^[a-z][a-z'-]*/)?.[0] ?? '';
  return OBSERVATION_WORDS.has(w0) || OBSERVATION_PHRASES.some((p) => t.startsWith(p) && !/[a-z]/.test(t.charAt(p.length)));
}

/** Words that place a clause between sessions, unless it says it happened in session. */
/** "incident report was filed", "cell search requested": an action taken in the clinician's role, doer-less as jotted. */
const ACTION_FILED = /^\s*(?:(?:an?|the)\s+)?(?:incident report|cell search|search|referral|consult|notification|safety check|welfare check|transfer|hold|petition)\s+(?:was\s+|were\s+)?(?:filed|requested|made|completed|submitted|placed|initiated|called in)\b/i;
/** "we did the last part audio only", "finished the last 10 min by phone": part of the session held another way. */
const THINKING_DIAGNOSIS = /^\s*(?:(?:i|we)\s+(?:am|'m|was|were)\s+)?(?:thinking|wondering about|leaning toward)\b[^.;]{0,80}\b(?:disorder|versus|vs\.?|rule out|r\/o|diagnosis|dx|ptsd|depressive|depression|adjustment|bipolar|adhd|autism|prolonged grief|bereavement)\b/i;
const PART_HELD_BY = /^\s*(?:(?:we|i)\s+)?(?:did|finished|held|completed|switched|moved)\s+(?:to\s+)?(?:the\s+)?(?:last|first|rest of the|second|final)\s+(?:part|half|portion|\d+\s*(?:min|mins|minutes))(?:\s+of\s+(?:the\s+)?(?:session|sess|call))?\s+(?:by phone|on the phone|over the phone|audio[- ]only|by audio|phone only|by video|on video|in person)\s*$/i;
/** "we met him", "we did a C-SSRS": acts whose object is the client, or a screen only the clinician gives. */
// ("we put him on one to one sitter": the client is whom "we" acted on; "we did not disclose to Eric": what the clinician held back.)
// ("we did the threat assessment protocol with the AP and SRO": work done with school or clinic staff is the staff's, never the client's.)
// ("we got there around 9:30", "we'll call him tomorrow afternoon": a team arriving, or calling the client later, is the clinicians.)
// ("so we taught the STOP skill" in a group: teaching a skill is the facilitators', never the members'.)
const WE_THE_CLINICIANS = /^\s*(?:so\s+)?(?:we(?:'ll|\s+will|'d|\s+would)\s+(?:call|text|check on|check in with|see|visit)\s+(?:him|her|them)\b|we\s+(?:taught|introduced|presented|modeled|modelled|demonstrated|handed out|assigned)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z-]+\s+){0,3}(?:skill|skills|module|technique|exercise|worksheet|handout|homework|concept|acronym|lesson|video)\b|we\s+(?:got there|arrived|responded|were dispatched|got dispatched|drove out|went out|pulled up|left the (?:home|house|scene|apartment))\b)|^\s*(?:so\s+)?we\s+(?:(?:did not|didn't|will not|won't)\s+(?:disclose|share|tell|reveal|mention|bring up)\b|(?:put|putting|placed|placing|moved|transferred|kept)\s+(?:him|her|them)\s+(?:on|in|into|to|under)\b|(?:also\s+)?(?:notified|alerted|informed)\b|(?:called|contacted|paged|phoned)\s+(?:the\s+)?(?:[A-Z][A-Za-z]+\s+){0,2}(?:detox|shelter|hospital|unit|crisis|intake|bed|psych|ER|ED)\b|held\s+(?:the\s+|his\s+|her\s+)?(?:eval|evaluation|assessment)\b|called ahead\b|(?:called|paged|notified|contacted)\s+(?:the\s+)?(?:ed|er|emergency department|charge (?:rn|nurse)|intake|on-call|psychiatrist|supervisor)\b|called\s+(?:ems|911|emergency medical services|mobile crisis|the crisis team|crisis|police|an ambulance|the on-call)\b|(?:met|saw|found|called|visited|interviewed|evaluated|assessed|screened|escorted|transported|walked|drove|took|brought|sent|admitted|placed|followed up with|checked on)\s+(?:him|her|them)\b|(?:did|completed|conducted|ran|went through|followed|held)\s+(?:[\w-]+\s+){1,4}?(?:with|w\/)\s+(?:the\s+)?(?:AP|assistant principal|vice principal|principal|SRO|school resource officer|dean|administrators?|admin|school counselor|school psychologist|nurse|supervisor|team|staff|psychiatrist|case manager|caseworker|teachers?|social worker|police|officers?)\b|(?:did|completed|administered|ran|gave|used)\s+(?:a|an|the)?\s*⟪?(?:C-SSRS|Columbia|PHQ|GAD|PCL|AUDIT|risk assessment|suicide risk|screen|screening|mental status|MSE|safety assessment)\b)/i;

function betweenSessions(t: string): boolean {
  return has(t, BETWEEN_SESSION_CUES) && !/\bin (?:session|sess|group|the room)\b/.test(t);
}

/** ("wishes she could just go to sleep and not wake up"): "could" inside a wish is no skill shown in response to the work. */
const WISH_COULD = /\bwish(?:es|ed)?\s+(?:that\s+)?(?:she|he|they|i)\s+could\b/g;

/** A technique or modality named anywhere in the clause. */
function mentionsIntervention(text: string): boolean {
  const t = ` ${text.toLowerCase()} `;
  return /⟪/.test(text) || CLOSED_TERM.test(t);
}

/** An intervention named in the first three words of a subjectless clause ("interoceptive exposure (spinning)"). */
function earlyInterventionTerm(text: string): boolean {
  const t = text.toLowerCase();
  const head = t.split(/\s+/, 3).join(' ');
  return TERM_AT_WORD.test(head) && !betweenSessions(t) && !/\b(she|he|they)\b/.test(t);
}

/** A verb only a therapist performs, opening a clause with no subject. */
function isTherapistAction(_t: string, w0: string): boolean {
  return THERAPIST_ONLY_VERBS.has(w0);
}

/** "linked it himself", "on her own": the client did it, whatever the verb. */
function clientDidIt(t: string): boolean {
  return /\b(himself|herself|themselves|themself|on (his|her|their) own)\b/.test(t);
}

/** "short first meeting with J: explained why..." names the therapist's action after a colon or comma. */
function laterTherapistVerb(text: string): boolean {
  const parts = text.split(/[:,]/).slice(1);
  return parts.some((p) => {
    const w = p.trim().toLowerCase().split(/\s+/)[0] ?? '';
    return THERAPIST_ONLY_VERBS.has(w);
  }) && !/\b(she|he|they)\s+\w+ed\b/.test(text.toLowerCase());
}
