// Reads suicide, homicide and self-harm risk from the clauses (reference/clinical.md section 6.1).
// Each mention of a domain is read on its own: is it another person's, not a status at all
// (teaching, a question, a conditional), in the past, denied, or endorsed, and if endorsed,
// passive or active. One pass over each clause per domain: the work is linear in the text. What a
// mention's reading needs of its whole clause (quotes, commas, denials, its stretch's framing) is
// found once per clause (ClauseView), so a clause of many mentions is not re-read per mention.
import { CLIENT_GONE, FEMALE_RELATIVE, MALE_RELATIVE } from '../lexicon/cues.ts';
import { AUNTS_AND_UNCLES, CLOSE_PEOPLE, DATING_PARTNERS, GRANDPARENTS, oneOf, PARENTS, SPOUSES } from '../lexicon/people.ts';
import { allMatches } from './all-matches.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import {
  PARTNER_VIOLENCE_SCREENED, PREPARATORY_ACT, DEATH_PLACE_WISHED, HARM_FEARED, ASSESSED_THEN_ANSWER, ANSWER_NO, ANSWER_YES, COLLATERAL_DENIAL, LABELLED_NO, LABELLED_NO_ANSWER, HISTORY, HISTORY_LABEL, HISTORY_ONLY_DENIAL, MEANS_REMOVAL_REFUSED, SI_HISTORY_OPENS, PAST_ACT_BEFORE, NOW_WORDS, THOUGHTS_OF_ACTING, MEANS_VIOLENCE_OR_CARE, PLAN_OR_INTENT_DENIED, RISK_RATING_OR_PREPARATION, NEGATION_AFTER, NEGATION_BEFORE, NONE_NOW, NOT_A_STATUS, NOT_RISK_PHRASES, NOT_ACTED, NOT_SELF_HARM, ASKED_ABOUT_HARM_BOTH, ASKED_ABOUT_SUICIDE_AND_SELF_HARM, ASKED_ABOUT_SUICIDE, ANSWER_YES_START, ANSWER_NO_START, SELF_HARM_AS_CATEGORY, EXPRESSION_CLARIFIED, URGE_FOR_OTHER, NEAR_MISS, THREAT, OTHER_PERSON, OTHER_PERSON_ACT, PARTICIPANT_OF, PARTICIPANT_QUANTIFIER, THREAT_OF_VIOLENCE, VEILED_THREAT, DUTY_TO_WARN, ATTEMPT, ATTEMPT_TOLD_BY_OTHER, PAST_OVERDOSE, OVERDOSE_TOLD, MEANING_CLARIFIED, HOPELESSNESS_STATED, SELF_HARM_NOT_OBSERVED, PLAN_TO_BE_WORKED_OUT, HURT_SELF_ON_OBJECT, STOCKPILE_TOLD, FEAR_FOR_SOMEONE, DENIAL_OPENS_LIST, COMMAND_HARM, SUICIDE_PRECAUTION, COLLATERAL_REPORT, NAMED_SUPPORTS, SAFETY_STATEMENT, KEEPS_GOING, REASON_KEEPS_GOING, SCREEN, SCREEN_NEGATIVE, SCREEN_POSITIVE, TERMINATORS, URGE, THREAT_SAID_BY_OTHER, SENT_TO_CLIENT_BY, ORDER_VIOLATED, WISH_SAID_AS_MEANT, CHRONIC_OR_ACUTE_LEVEL, INTRUSIVE_CLAUSE, TOLD_BY_ANOTHER_OPENER, THOUGHTS_LIKE_THAT_DENIED, GENERIC_MEANS, WHAT_KEEPS_HERE, CLIENT_TOLD_THEM, DO_IT_AT_A_TIME, ONE_OTHER_BEFORE, TAKING_ANOTHER_TOO, GUNS_TAKEN_AWAY, GUNS_CONFIRMED_AWAY, MEANS_REMOVAL_AGREED, MEANS_REMOVAL_ASKED, WOULD_NOT_ACT_BECAUSE, ONLY_THING_STOPPING, HARM_DONE_TO_CLIENT, INTENT_TO_HARM_OTHER_DENIED, ABUSE_OR_HARM_TOLD, PROTECTIVE_ACTION, FEAR_WORDS, EGO_DYSTONIC, SAFETY_STEP_NOT_DONE, STILL_IN_REACH, NEVER_HEARD_CLIENT, ACT_TIMED_AFTER } from '../lexicon/risk-context.ts';
import {
  ACTIVE_MARKERS, BURDEN_WORDS, DRIVE_OR_JUMP_FROM, LIGATURE_TOLD, HI_TERMS, METHOD_CONSIDERED, METHOD_THOUGHT, INTENT_TERMS, MEANS_TERMS, PASSIVE_MARKERS, PLAN_TERMS, PROTECTIVE_TERMS, SAFETY_PLAN_TERMS, SAVED_MEDICATIONS, SELF_HARM_PAST_MARKERS, SELF_HARM_TERMS, SI_TERMS,
} from '../lexicon/risk-terms.ts';
import type { PronounSet, RiskRecord } from '../types.ts';

// "non-suicidal self-injury" is not suicidal ideation: a hyphen before a term joins it to another word.
const termRe = (terms: readonly string[], extra = ''): RegExp =>
  new RegExp(`(?<![a-z-])(${[...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![a-z])${extra ? `|${extra}` : ''}`, 'g');
const found = (re: RegExp, text: string): boolean => text.search(re) >= 0;
/** ('"I got the .30-06 right here, I've been thinking about walking out to the creek with it"': going off somewhere with one's gun,
 * thought of, is a way of dying thought of. "With it" counts only after a gun named before it (see readMention); no lookbehind
 * here, which every position of every clause would pay for.) */
const GUN_TAKEN_OUT = String.raw`\b(?:thinking|thought|thinks)\s+(?:about|of)\s+(?:walking|going|heading|driving|taking)\b[^.;"]{0,50}?\bwith\s+(?:it|(?:my|his|her|their|the)\s+(?:gun|rifle|shotgun|pistol|handgun|revolver))\b`;
/** A gun named before "with it": by kind, by a caliber (".30-06", ".22") or a gauge. */
const GUN_NAMED_BEFORE = /\b(?:gun|rifle|shotgun|pistol|handgun|revolver|firearm|glock)\b|(?:^|\s)\.\d{2,3}(?:-\d{2})?\b|\bgauge\b/;
const SI = termRe(SI_TERMS, `${GUN_TAKEN_OUT}|${DRIVE_OR_JUMP_FROM}|${LIGATURE_TOLD}`);
/** A way of dying told with where or with what it would be fixed (risk-terms.ts): a method worked out, so active ideation with a plan when it is what the client would do. */
const METHOD_WITH_PLACE = new RegExp(`${DRIVE_OR_JUMP_FROM}|${LIGATURE_TOLD}`);
// ("Denies intent to kill but endorses intent to hurt", of a manager): intent to hurt, of no self, is toward someone else.
const HI = termRe(HI_TERMS, '\\bhomicidal thoughts\\b|\\bthoughts of (?:hurting|harming|killing) (?!(?:her|him|them|my)sel(?:f|ves))\\w+|\\bintent to (?:hurt|harm|injure|assault|beat up)\\b(?!\\s+(?:(?:her|him|them|my)sel(?:f|ves)|self)\\b)');
/** "cut 2x", "last cut", "old cuts": cutting as an act, not "cut back on coffee". */
// ("his Rx was cut again today": a prescription, hours or pay cut is no cut to the body.)
const CUT_ACT = '(?<=\\b(?:used to|started to|began to|tried to|would|urges? to|urge to|shards to|glass to|blade to|razor to|pieces to)\\s)cut\\b|(?<![a-z-])(?<!\\b(?:hair|grass|lawn|bangs|nails|ties|class|classes|hours|shifts?|budget|pay|funding|benefits|power|cable|wire|wood|trees?|food|meat|costs?|sugar|carbs|caffeine|paper|coupons?|tags?|lines?)\\s)(?<!\\b(?:rx|prescription|script|dose|dosage|doses|meds|medications?|taper|opioids?|oxycodone|pills|hours|shifts?|pay|benefits|funding|budget)\\s+(?:was|were|got|gets|is|are|been|being)\\s)cuts?(?=\\s+(?:\\d|once|twice|three|several|\\w+ times|on|again|this|last|yesterday|over the weekend|herself|himself|themselves|myself|left|right|\\())|(?<=\\b(?:last|old|recent|new|first|from)\\s)cuts?\\b';
/** ("slammed her hand on the counter until it bruised": one's own body struck on something until it bruised or bled is self-injury.) */
const STRUCK_TILL_HURT = '\\b(?:hit|hits|hitting|slam|slams|slammed|slamming|bang|bangs|banged|banging|punch|punches|punched|punching|smash|smashed|smashing|bash|bashed|bashing)\\s+(?:her|his|their|my)\\s+(?:own\\s+)?(?:hand|hands|fist|fists|arm|arms|head|knuckles|leg|legs|thigh|thighs|face|stomach|wrist|wrists)\\b(?=[^.;]{0,40}\\b(?:until|till|til)\\s+(?:it|they|she|he)\\s+(?:bruised|bled|bleeds|bruises|was bleeding|were bleeding|swelled|was bruised|were bruised)\\b)';
/** ('disclosed she "sometimes scratches" her arms': the quotation closes between the act and the body it was done to.) */
const ACT_QUOTED_ON_BODY = '(?<![a-z-])(?:cut|cuts|cutting|scratch|scratches|scratched|scratching|burn|burns|burned|burning)"\\s+(?:her|his|their|my)\\s+(?:arms?|forearms?|wrists?|legs?|thighs?|stomach|skin)\\b';
/** ("found in bathroom w/ a broken piece of a CD case, tried to take it to her wrist; staff intervened"): an edge taken to one's own wrist or throat. */
const EDGE_TO_BODY = String.raw`\b(?:tried|trying|attempted|went|started|began) to (?:take|put|hold|bring|press) (?:it|them|the [\w-]+|a [\w-]+|[\w-]+ [\w-]+) to (?:her|his|their|my) (?:wrists?|throat|neck|forearms?|arms?)\b`;
const SH = termRe(SELF_HARM_TERMS, `${CUT_ACT}|${STRUCK_TILL_HURT}|${ACT_QUOTED_ON_BODY}|${EDGE_TO_BODY}`);
const SAFETY = termRe(SAFETY_PLAN_TERMS);
const ANY_RISK = termRe([...SI_TERMS, ...HI_TERMS, ...SELF_HARM_TERMS, ...SAFETY_PLAN_TERMS, 'risk assessment', 'risk', 'hallucinations']);

/** Every risk, safety, screen or protective word shares one of these stems (a prefilter, not a reading). */
const MAYBE_RISK_PATTERNS = /neck|been the one|been me|go on|attempt|bullet|through (?:the|a) (?:wall|window|floor|windshield)|in front of|takes? me|prot:|him up|her up|them up|out of|active thoughts|passive thoughts|pay|wait for|after|get back|lesson|regret|sorry|coming|ground|grave|punch|slam|shoot|stab|strangl|choke|run (?:him|her|them) over|smash|break|bash|wreck|destroy|bury|slap|hit|bit(?:e|ing)? (?:her|him|them|my)sel|bang|pinch|end (?:him|her|them)|duty to|tarasoff|warned|notified|suicid|homicid|kill|dead|die|death|wake|live|living|ideation|here|disappear|ending|end |pills|jump|driv|overdos|hang|shoot|stockpil|saving|better off|harm|cut|burn|scratch|injur|hurt|danger|beat|c-ssrs|columbia|screen|safety|988|crisis|protective|reasons for|future|plan|intent|means|firearm|gun|rifle|weapon|pistol|risk|urge|safe|abus|neglect|threat|order|go to sleep|sleep forever|heaven|be with (?:him|her) again|(?:keeps?|kept) (?:her|him|them|me) (?:going|alive|here)|command|voices? (?:is |are |was |were |keeps? |kept )?(?:telling|told|tells|saying|commanding|ordering)|make (?:them|him|her|everyone|people) listen/i;
// Every listed term also passes the prefilter by its longest word, so a term added to a list can
// never be skipped by it ("thoughts of dying" was, when the prefilter knew only "die").
const longestWord = (term: string): string => term.split(/[^a-z']+/i).reduce((a, b) => (b.length > a.length ? b : a), '');
const TERM_WORDS = new RegExp([...new Set([...SI_TERMS, ...HI_TERMS, ...SELF_HARM_TERMS, ...SAFETY_PLAN_TERMS, ...PROTECTIVE_TERMS, ...MEANS_TERMS, ...PASSIVE_MARKERS, ...ACTIVE_MARKERS].map(longestWord).filter(Boolean))].map(escapeRegExp).join('|'), 'i');
const maybeRisk = (clause: string): boolean => MAYBE_RISK_PATTERNS.test(clause) || TERM_WORDS.test(clause);

/** Words between a denial and what it denies that do not end its reach ("denies any current SI"). */
const FILLER = new Set(['any', 'current', 'currently', 'active', 'acute', 'recent', 'further', 'or', 'and', 'nor', 'of', 'thoughts', 'the', 'all', 'other', 'today', 'at', 'this', 'time', 'to', 'for', 'ideation', 'suicidal', 'homicidal', 'self-harm', 'intent', 'plan', 'behavior', 'behaviors', 'urges', 'a', 'history', 'hx', 'also', 'client', 'patient', 'she', 'he', 'they']);

/** Words that carry no content of their own in a risk screening line. */
const SCREENING_WORDS = new Set(['denies', 'denied', 'deny', 'no', 'not', 'reports', 'reported', 'endorses', 'endorsed', 'per', 'history', 'chronic', 'passive', 'active', 'current', 'currently', 'today', 'plan', 'intent', 'means', 'voiced', 'with', 'without', 'and', 'or', 'of', 'the', 'any', 'at', 'this', 'time', 'in', 'session', 'change', 'also', 'client', 'thoughts', 'ideation', 'acute', 'low', 'moderate', 'high', 'level', 'assessed', 'screened', 'for', 'reviewed', 'updated', 'completed', 'given', 'was', 'is', 'a', 'to', 'on', 'nor', 'either', 'other', 'auditory', 'visual', 'or', 'substance', 'use', 'none', 'negative', 'neg', 'safety', 'risk']);

/** A clause that is mostly a risk screening statement ("denies SI/HI", "chronic passive SI per hx"). */
export function isRiskStatement(text: string): boolean {
  // 'intent "maybe tonight"': a line about intent is a risk statement, whatever its value.
  if (/^\s*intent\b(?!\s*[:=-]?\s*(?:rated\s+)?\d)/i.test(text)) return true;
  // "Rehearsal: took it out & loaded it Sunday": a preparatory act under its label is a risk statement, whatever it names.
  if (/^\s*(?:rehearsal|preparatory (?:behaviou?rs?|acts?))\s*[:=-]/i.test(text)) return true;
  // "Risk elevated from baseline but not imminent in my judgment": the clinician's rating of risk.
  if (/^\s*(?:overall |acute |chronic |suicide |suicidal |violence )?risk(?: level)?\s*(?:is\s+|was\s+|:\s*)?(?:low|mod|moderate|high|elevated|imminent|minimal|not imminent)\b/i.test(text)) return true;
  // ("urges to cut 4/5 most days": the client's account of urges, told as a report.)
  if (/^\s*(?:urges?|wanted|wants?) to\b/i.test(text)) return false;
  // ("topic: HALT + high risk situations" is a group's topic, not a risk statement.)
  // ("Ambivalent re: cutting back": cutting back on a substance is no self-harm word.)
  // ("she wants to die at home", of a hospice patient: where a natural death happens names no risk here either.)
  const t = text.toLowerCase().replace(KIND_OF_RISK, ' ').replace(/\b(?:cutting|cut|cuts)\s+(?:back|down)\b/g, ' ');
  if (!found(ANY_RISK, t.replace(DEATH_PLACE_WISHED, ' '))) return false;
  const rest = t.replace(ANY_RISK, ' ').replace(/[^a-z\s-]/g, ' ').split(/\s+/).filter((w) => w && !SCREENING_WORDS.has(w));
  return rest.length <= 3;
}

/** Unwanted thoughts named as such, just before what they are of: "intrusive thoughts of", "obsessional images about". */
const INTRUSIVE_THOUGHTS = /\b(?:intrusive|obsessional|obsessive|unwanted|ego[- ]?dystonic)\s+(?:[a-z-]+\s+){0,2}?(?:thoughts?|images?|fears?|worries)\s+(?:of|about|that)\s+(?:[a-z-]+\s+){0,3}?$/;
/** "asked directly about intent": the clinician's risk questioning, with its answer. */
// ("I asked directly if he has any plan or intent to hurt him": the question put as "if".)
export const ASKED_ABOUT_RISK = /\basked (?:\w+ ){0,2}(?:(?:about|re|regarding) (?:intent|plan|means|access|weapons?|firearms?|guns?)|(?:if|whether) (?:she|he|they) (?:has|had|have) (?:any )?(?:plan|intent|means|access|thoughts?|weapons?|guns?))\b/;

/** A relative telling that the client has said nothing of it ("mom denies Ava has said anything about ..."). */
// ("Therapist states pt has been more withdrawn but has not expressed SI to her", on a collateral call: the outside provider's
// report of what the client has not said, never the client's own denial.)
const NOTHING_SAID_PER_OTHER = /^\s*(?:(?:the|her|his|their)\s+)?(?:mom|mother|dad|father|parents?|grand(?:mother|father|ma|pa)|guardian|caregiver|foster (?:mom|mother|dad|father|parent)|teacher|wife|husband|partner|sister|brother|therapist|outpatient therapist|psychiatrist|prescriber|counselor|provider|pcp|case manager|caseworker)\s+(?:denies|denied|reports?|reported|says|said|states?|stated)\s+(?:that\s+)?(?:[A-Z][a-z]+|she|he|they|the (?:child|client|patient)|pt|client|patient)\s+(?:has|had|have)\s+(?:[^.;]{0,40}?\b(?:but|and)\s+(?:has|had|have)\s+)?(?:not\s+|never\s+)?(?:said|mentioned|talked about|voiced|expressed|made|disclosed|reported|endorsed)\b/i;

/** A clause that says anything about risk or safety: it is restated in the risk section. */
// ("Next session: start lifeline": narrative exposure therapy's lifeline exercise, never the crisis line.)
export function mentionsRisk(text: string): boolean {
  // A crisis line given is a safety action, though its name states no one's risk.
  // (So is a talk about means safety: "Discussed means safety - she agreed to ask husband to change the safe code".)
  if (/\bagreed to\s+(?:hand over|give up|turn in|surrender|flush|lock up|dispose of|get rid of)\b|\b988\b|\blifeline\b(?<!\b(?:start|started|continue|continued|began|begin|finish|finished|worked on|NET|the NET)\s+(?:the\s+|her\s+|his\s+|their\s+)?lifeline)(?!\s+(?:exercise|work|timeline|rope|flowers?|stones?))|\bhotline\b|\b(?:lethal\s+)?means\s+(?:safety|restriction|counsel(?:l)?ing)\b|\bchange the (?:safe|lock(?:box)?)\s+code\b/i.test(text)) return true;
  // ('she said "he hits my bottom really hard and I cry"', "disclosed physical abuse": harm done to the client, in her own
  // words or named as abuse, is the danger she is in.)
  if (HARM_DONE_TO_CLIENT.test(text)) return true;
  // ("no self harm observed on watch per log": what a watch saw is said in the risk section, though it is no one's status.)
  if (SELF_HARM_NOT_OBSERVED.test(text.toLowerCase())) return true;
  // ("Found him hitting wall w/ fist, knuckles bleeding": an injury done to the client's own body is weighed with the risk.)
  if (HURT_SELF_ON_OBJECT.test(text.toLowerCase())) return true;
  // ("endorses hopelessness 'what's the point of a rancher w/o cows'": hopelessness is weighed with the risk.)
  if (HOPELESSNESS_STATED.test(text)) return true;
  // (A protective order broken is a danger to the person it protects.)
  if (ORDER_VIOLATED.test(text)) return true;
  // ("Big fight Sat, no physical stuff, both confirmed when asked alone": violence between partners asked about and denied.)
  if (PARTNER_VIOLENCE_SCREENED.test(text)) return true;
  // ("Chain analysis of Sat cut": the behavior a chain analysis takes apart is the self-harm done.)
  if (/\bchain analys[ie]s\s+(?:of|on|for)\s+(?:the\s+|her\s+|his\s+|their\s+|last\s+)?(?:[a-z]+\s+){0,2}(?:cut|cutting|burn(?:ing)?|scratch(?:ing)?|sh|self-harm|nssi|overdose|od)\b/i.test(text)) return true;
  // So are suicide precautions, a past overdose and command hallucinations to harm.
  if (SUICIDE_PRECAUTION.test(text) || PAST_OVERDOSE.test(text.toLowerCase()) || OVERDOSE_TOLD.test(text.toLowerCase()) || COMMAND_HARM.test(text) || REASON_KEEPS_GOING.test(text) || WHAT_KEEPS_HERE.test(text.toLowerCase()) || TAKING_ANOTHER_TOO.test(text.toLowerCase())) return true;
  const t = text.toLowerCase().replace(NOT_RISK_PHRASES, ' ').replace(NOT_CUT_SINCE, 'no cutting');
  // Read only when the cheaper tests before it find nothing.
  const selfHarm = (): boolean => namesSelfHarm(t);
  // An intent rating, or a preparatory act (a goodbye note, giving things away), is risk content too.
  if (RISK_RATING_OR_PREPARATION.test(t) || PREPARATORY_ACT.test(t)) return true;
  // ("counted out his oxycodone ... thinking of taking them tonight", 'intent was "maybe 6 out of 10"': pills named with taking them, and an intent rated.)
  if (OTHERS_PLAN_UNKNOWN.test(t) || PILLS_AT_HAND.test(t) || (PILLS_NAMED.test(t) && (TAKING_THEM.test(t) || SAVING_THEM.test(t))) || /\bintent\b[^.;]{0,25}?\b\d{1,2}\s*(?:\/|out of)\s*10\b/.test(t)) return true;
  return found(SI, t) || found(HI, t) || selfHarm() || SCREEN.test(t) || MEANS_VIOLENCE_OR_CARE.test(t) || PLAN_OR_INTENT_DENIED.test(t) || THREAT_OF_VIOLENCE.test(t) || VEILED_THREAT.test(t) || DUTY_TO_WARN.test(t) || ASKED_ABOUT_RISK.test(t) || ATTEMPT.test(t) || SAFETY_STATEMENT.test(t);
}

/** A self-harm word that names an act of self-harm (not "cutting caffeine"). */
function namesSelfHarm(t: string): boolean {
  return allMatches(SH, t).some((m) => !notSelfHarmAct(t, m.index));
}

type RiskDomain = 'suicidal ideation' | 'self-harm' | 'homicidal ideation';

/** Every risk domain the text names, in order ("asked about suicide and self harm": both, for "he denied both"). */
export function riskDomainsOf(text: string): RiskDomain[] {
  const t = text.toLowerCase();
  return [found(SI, t) && 'suicidal ideation', namesSelfHarm(t) && 'self-harm', found(HI, t) && 'homicidal ideation'].filter((d): d is RiskDomain => !!d);
}

/** The first risk domain the text names ("denies it" pointing back at it). */
export const riskDomainOf = (text: string): RiskDomain | undefined => riskDomainsOf(text)[0];

/** The clause answers the clinician's question about suicide in the clause before it. */
export function answersSuicideQuestion(previous: string, clause: string): boolean {
  const t = clause.toLowerCase();
  return ASKED_ABOUT_SUICIDE.test(previous.toLowerCase()) && !found(SI, t) && (ANSWER_YES_START.test(t) || ANSWER_NO_START.test(t));
}

/** "cut back on coffee", "that's still self harm": the word, not a self-harm status. */
function notSelfHarmAct(t: string, at: number): boolean {
  // ('states cutting "is about feeling something not dying"'): what cutting is to the client, said of it, is no act.
  if (/^cutting\s+"?(?:is|was|isn't|wasn't|means|meant|helps|helped|feels)\s+(?:about|like|for|a way|how|when|her|his|their|the only)\b/.test(t.slice(at))) return true;
  return NOT_SELF_HARM.test(t.slice(at)) || SELF_HARM_AS_CATEGORY.test(t.slice(Math.max(0, at - 40), at));
}

/**
 * "gets urges most nights but hasn't acted on them": urges with no target named, in a summary
 * that speaks of self-harm, are urges to self-harm (never urges to use or drink).
 */
export function bareUrge(text: string): boolean {
  // ("she wants to tell mom about the urges": urges already told, named as a topic, are no new report of them.)
  const t = withoutConditionalUrges(text.toLowerCase()).replace(/\b(?:about|regarding|re|discuss(?:ed)?|explained)\s+(?:the|her|his|their|these|those)\s+urges\b/g, ' ');
  // ("she's not having urges", "denies urges", "no urges"): urges denied are no urges reported.
  return URGE.test(t) && !found(SH, t) && !URGE_FOR_OTHER.test(t) && !/\b(?:not having|not had|no|denies|denied|without|never has|never had|hasn't had|has not had|hasn't been having|has not been having|isn't having|is not having)\s+(?:any\s+)?(?:current\s+|new\s+)?urges?\b/.test(t);
}

export function emptyRisk(): RiskRecord {
  return { si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed', protectiveFactors: [], safetyPlan: [] };
}

export interface RiskReadOptions {
  /** The client's pronoun, when known: "he'll kill himself" in a woman's summary is another person's. */
  clientPronoun?: PronounSet;
  /** A couples or group session: partners or members are the ones assessed, not another person. */
  sharedSession?: 'couples' | 'group';
  /** People the summary names who are not the client ("my client Carol H. ... their father Walter"). */
  otherNames?: ReadonlySet<string>;
  /** The client's first name, when the summary gives it ("telehealth with Mia 16"): "Mia says ..." is the client. */
  clientName?: string;
  /** In a family session, the names of those in the room: a threat one of them says is weighed, whoever the note is for. */
  familyMembers?: readonly string[];
  /** In a couples session, the partners named: both are clients, so suicidal thoughts either tells are the session's to weigh. */
  partners?: readonly string[];
  /** The client named only by an initial ("client (R.)"), as a capital letter. */
  clientInitial?: string;
}

/** "I asked Zaid about feeling safe at home and any thoughts of hurting himself": the clinician's question about self-harm. */
// ("asked everyone about safety at home any violence anyone scared anyone thinking about hurting themselves": a list of questions, dictated.)
const ASKED_ABOUT_SELF_HARM = /\basked\s+(?:\w+\s+){0,3}(?:about|re|regarding|if)\s+(?:[^.;]{0,50}?\b(?:and|or)\s+|[^.;]{0,60}?\b(?:anyone|anybody|someone)\s+)?(?:any\s+)?(?:(?:thoughts|urges) (?:of|about)|thinking (?:of|about)) (?:hurting|harming|cutting) (?:himself|herself|themselves|themself)\b/;

/** Someone named by who they are to a partner ("her teammate Sam who has been saying ..."): their words are theirs, never the partner's. */
const SOMEONE_ELSE_NAMED = /\b(?:son|daughter|child|kids?|friend|brother|sister|mother|father|mom|dad|cousin|uncle|aunt|coworker|co-worker|neighbou?r|teammate|roommate|classmate|housemate|suitemate)\b/;

/** "after Sam's suicide": a person named with a possessive before "suicide" who is not the client. */
function otherNamedBefore(clause: string, at: number, options: RiskReadOptions): boolean {
  const name = /\b([A-Z][a-z]+)['’]s\s+$/.exec(clause.slice(Math.max(0, at - 30), at))?.[1];
  return !!name && name.toLowerCase() !== options.clientName?.toLowerCase() && !/^(?:Client|Patient|Pt)$/.test(name);
}

/** "Luis told housemate "...", "pt yelled at his brother "...": the client saying the quoted words to someone. */
function clientToldPattern(clientName: string | undefined): RegExp {
  const who = ['client', 'pt', 'patient', ...(clientName ? [clientName.toLowerCase()] : [])].join('|');
  // ("Anthony got into argument w/ landlord ... and told him 'I'll burn ...'": the client's act, then what he told.)
  // ("Noah threw his plate and said "if you make me eat that I'll stab you"": what the client did, then the words he said.)
  return new RegExp(`\\b(?:${who})(?:\\s+[a-z'-]+|\\s+(?:got|was|went|had)\\s+(?:[^.;"]|\\b(?:mr|mrs|ms|dr)\\.){0,80}?\\s+and)?\\s+(?:told|said to|yelled at|screamed at|texted|threatened)\\s+(?:his|her|their|a|the)?\\s*[\\w'-]+(?:\\s+[\\w'-]+)?\\s*,?\\s*["']?[^"]*$|\\b(?:${who})\\s+(?:threw|slammed|kicked|pushed|grabbed|stood up|got up|yelled|screamed|swore|cursed)\\b[^.;"]{0,50}?\\s+and\\s+(?:said|yelled|screamed|shouted)\\s*,?\\s*"[^"]*$`, 'i');
}

type Reading = 'other' | 'no_status' | 'history' | 'denied' | 'endorsed' | 'urge';

/** Whether the clause opens with the client's own first name. */
function namesClient(t: string, options: RiskReadOptions): boolean {
  return !!options.clientName && t.startsWith(`${options.clientName.toLowerCase()} `);
}

/** "hasn't cut since", "has not cut in weeks": self-harm not done for a while. */
const NOT_CUT_SINCE = /\b(?:hasn't|has not|haven't|have not|hadn't|had not|hasnt|havent)\s+(?:actually\s+|really\s+)?cut(?=\s+(?:since|in|for)\b)/g;
/** "hasn't actually cut in 3 weeks", "no SH x 2 months": no self-harm for a stretch of time up to now, so there was some before it. */
const NO_SELF_HARM_FOR_A_WHILE = /\b(?:(?:hasn't|has not|haven't|have not|hasnt|havent)\s+(?:actually\s+|really\s+)?(?:cut|self-harmed|burned|scratched|hurt (?:her|him|them)sel(?:f|ves))|no\s+(?:cutting|self-harm|self-injury|nssi))\s+(?:in|for|x)\s*(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b/;
/** A word character, as `\b` sees it. */
const WORD_CHAR = /\w/;
const SAID = /\b(says|said|threatened|threatens)\b/;
/**
 * Other domains listed after a mention: "suicidal ideation and homicidal ideation: negative".
 * Sticky, like NEGATION_AFTER_AT: read from a position of the clause, not from a copy of its rest.
 * At most 16 are read: a real list is shorter, and a summary of one term repeated thousands of
 * times would otherwise be read to its end from every mention in it.
 */
const LISTED_DOMAINS_AT = new RegExp(`(?:\\s*(?:,|and|or|nor|/)\\s*(?:${[...SI_TERMS, ...HI_TERMS, ...SELF_HARM_TERMS, 'auditory or visual hallucinations', 'hallucinations'].map(escapeRegExp).join('|')})){1,16}`, 'y');
const NEGATION_AFTER_AT = new RegExp(NEGATION_AFTER.source.slice(1), 'y');
const WORDS = /[a-z-]+/g;
const ASKED_WHOM = /\basked (her|him|them)\b[^.;]{0,30}$/;
const NEGATION_BEFORE_ALL = new RegExp(NEGATION_BEFORE.source, 'g');
/** TERMINATORS without its global flag, so a test keeps no position. */
const TERMINATOR = new RegExp(TERMINATORS.source);
/** A clause that opens with another person as its subject ("Mother tearful, said ..."). */
const OPENS_WITH_OTHER_PERSON = new RegExp(`^\\s*(?:(?:her|his|their|the|client's)\\s+)?${OTHER_PERSON.source}`);
/** Another person's act, at most a word and a bracket after their mention: made once, not per mention. */
const OTHER_PERSON_ACTS_NEXT = new RegExp(`^\\s*(?:(?!(?:she|he|they|i|we)\\b)[a-z]+\\s+)?(?:\\([^)]*\\)\\s*)?${OTHER_PERSON_ACT.source}`);
/** "his brother now holds his": someone else holds the means (the term follows). */
const HOLDER_HAS = new RegExp(`\\b(?:${oneOf([...CLOSE_PEOPLE, 'police', 'neighbor', 'sponsor', 'roommate'])})\\s+(?:(?:is|was|has been)\\s+)?(?:now\\s+|still\\s+)?(?:holds?|has|keeps?|took|(?:is |has been )?holding|(?:is |has been )?keeping|has had|stores?|(?:is )?storing)\\s+(?:his|her|their|the|my)\\s+(?:(?:hunting|old|own|only|other|two|2|three|3)\\s+)?$`);
/** "putting her in a home will kill her", "this job is going to kill me": a thing, not a person (a name, a pronoun), will kill. */
function figureOfSpeech(lead: string): boolean {
  // ('worried it'll "kill her" to lose her things': "it'll", contracted, and the quotation mark before the words too.)
  const doer = /(\S+?)(?:'ll|\s+(?:will|would|is going to|'s going to|is gonna|gonna|could|might))\s+["']?$/.exec(lead)?.[1]?.replace(/[^A-Za-z]/g, '');
  return !!doer && !/^[A-Z]/.test(doer) && !/^(?:i|he|she|they|we|you|client|patient|pt|someone|somebody|nobody)$/.test(doer);
}

/** "agreed to let his wife hold the pills": a hand-over agreed, not yet made, so the access stands. */
/**
 * "took the guns to his brother's", "moved the rifle to the police station": means taken to someone
 * else, so no longer the client's. ("moved gun to truck": to the client's own place, a preparation.)
 */
const MOVED_TO_ANOTHER = new RegExp(`^\\s*(?:(?:and|or|,)\\s+(?:\\w+\\s+){0,3})?(?:to|over to|at|with)\\s+(?:(?:his|her|their|a|the)\\s+)?(?:[a-z]+'s\\b|(?:${oneOf([...CLOSE_PEOPLE, 'police', 'neighbor', 'sponsor', 'roommate', 'storage', 'gun shop', 'gun store', 'pawn shop', 'sheriff'])})\\b)`);
/** 'she saw a post on his snapchat "wish i was w you bro"': words quoted from the post or message of someone not the client. */
function postedByAnother(view: { insideQuote(at: number): boolean }, t: string, start: number, options: RiskReadOptions): boolean {
  if (!view.insideQuote(start)) return false;
  const posted = /\b(?:on|in|from)\s+(his|her|their)\s+(?:snapchat|snap|instagram|insta|tiktok|facebook|fb|story|stories|page|feed|account|phone|twitter|discord)\b[^."]{0,40}"?[^"]{0,80}$|\b(his|her|their)\s+(?:post|posts|text|texts|message|messages|snap|story|status|tweet|note|letter)\b[^."]{0,40}"?[^"]{0,80}$/.exec(t.slice(Math.max(0, start - 160), start));
  return !!posted && ({ his: 'he', her: 'she', their: 'they' } as const)[(posted[1] ?? posted[2]) as 'his' | 'her' | 'their'] !== options.clientPronoun;
}

/** "brother Tomas suicide", "her son's suicide", "since the suicide": a death, told by whose it was. */
const RELATIVE_BEFORE_SUICIDE = new RegExp(`(?:\\b(?:${oneOf([...CLOSE_PEOPLE, 'partner', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'classmate', 'coworker', 'friend', 'best friend'])})(?:\\s+(?![a-z]+(?:ed|ing)\\b)(?!(?:had|has|have|is|was|made|with|and|or|no|not|denies|reports|says|said|about|of|re)\\b)[a-z]+)?(?:'s)?|\\b(?:since|after|before|about|over) the)\\s+$`);
/** "ED for eval if urges increase": an urge named in a condition is not one felt. */
const withoutConditionalUrges = (text: string): string => (/\burge/.test(text) ? text.replace(/\b(?:if|when|whenever|should|in case|unless)\s+(?:\w+\s+){0,2}urges?\b[^,.;]*/g, ' ') : text);
/** "last time about a week ago", "last time was yesterday": the latest occurrence, days ago. */
const RECENT_LAST_TIME = /\blast time\s+(?:was\s+)?(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+)?(?:(?:a|one|two|three|four|five|six|a few|a couple(?: of)?|\d+)\s+(?:days?|weeks?)\s+ago|yesterday|last night|this week|last week|over the weekend)\b/;
/** After a protective term, words that say there are none: "future-oriented statements absent". */
const PROTECTIVE_ABSENT = /^\s*(?:\w+\s+){0,2}?(?:absent|lacking|missing|not present|not evident|not identified|none(?: identified| noted)?|not noted)\b/;
const AGREED_TO_LET = /\b(?:agree[sd]? to|will|'ll|going to|plans? to|let|asked|ask|offered to|willing to)\b[^.;]{0,30}$/;
/** Every relative of one gender in a stretch, for the one a pronoun refers back to. */
const MALE_RELATIVE_ALL = new RegExp(MALE_RELATIVE.source, 'gi');
const FEMALE_RELATIVE_ALL = new RegExp(FEMALE_RELATIVE.source, 'gi');

/** How a mention's stretch of the clause frames it: the same for every mention of the same length there. */
interface StretchReading {
  notAStatus: boolean;
  noHistory: boolean;
  history: boolean;
  urge: boolean;
  /** URGE in the stretch as written, quotes and all. */
  urgeWords: boolean;
}

interface Span {
  index: number;
  end: number;
}

/**
 * What the reading of each mention needs of its clause, found once per clause: where the quotes,
 * commas, " - " and denials are, and each stretch's framing. Every answer is the one the plain
 * reading of the text before or after the mention gives (checked against that reading on the
 * risk corpus and 400,000 random clauses at the merge), without reading it again per mention.
 */
class ClauseView {
  readonly t: string;
  /** quotesBefore[i]: how many '"' are in t[0, i). */
  private readonly quotesBefore: Int32Array;
  private readonly commas: number[] = [];
  private readonly dashes: number[] = [];
  private readonly negators: Span[];
  private readonly terminators: Span[];
  /** The clause's words (runs of a-z and '-') and, before each, how many are not fillers. */
  private readonly words: Span[] = [];
  private readonly contentBefore: number[] = [0];
  private readonly saidEnd: number;
  private readonly stretches = new Map<string, StretchReading>();
  private notActed: boolean | undefined;
  private method: boolean | undefined;

  constructor(t: string) {
    this.t = t;
    this.quotesBefore = new Int32Array(t.length + 1);
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      this.quotesBefore[i + 1] = this.quotesBefore[i]! + (ch === '"' ? 1 : 0);
      if (ch === ',') this.commas.push(i);
      if (ch === ' ' && t[i + 1] === '-' && t[i + 2] === ' ') this.dashes.push(i);
    }
    this.negators = allMatches(NEGATION_BEFORE_ALL, t).map((m) => ({ index: m.index, end: m.index + m[0].length }));
    this.terminators = allMatches(TERMINATORS, t).map((m) => ({ index: m.index, end: m.index + m[0].length }));
    for (const m of allMatches(WORDS, t)) {
      this.words.push({ index: m.index, end: m.index + m[0].length });
      this.contentBefore.push(this.contentBefore.at(-1)! + (FILLER.has(m[0]) ? 0 : 1));
    }
    const said = SAID.exec(t);
    this.saidEnd = said ? said.index + said[0].length : Number.POSITIVE_INFINITY;
  }

  /** Whether `at` is inside a quotation: an odd number of '"' before it. */
  insideQuote(at: number): boolean {
    return this.quotesBefore[at]! % 2 === 1;
  }

  /** Whether t[at - 1] and t[at] are both word characters: there the fast answers are not used. */
  private joined(at: number): boolean {
    return at > 0 && at < this.t.length && WORD_CHAR.test(this.t[at - 1]!) && WORD_CHAR.test(this.t[at]!);
  }

  /** "says", "said", "threatened" anywhere before `start`. */
  saidBefore(start: number): boolean {
    if (this.joined(start)) return SAID.test(this.t.slice(0, start));
    return this.saidEnd <= start;
  }

  /** The clause's last denial word before `start`, as matching the text before it alone finds it. */
  lastNegatorBefore(start: number): Span | undefined {
    if (this.joined(start)) return lastMatch(NEGATION_BEFORE, this.t.slice(0, start));
    const k = lastAtMost(this.negators, start, (n) => n.end);
    const last = k >= 0 ? this.negators[k] : undefined;
    const next = this.negators[k + 1];
    // A denial phrase running into the mention ("no active" before "active SI"): the text
    // before the mention ends it sooner, so read that part again.
    if (next && next.index < start) {
      const re = NEGATION_BEFORE_ALL;
      re.lastIndex = next.index;
      const before = this.t.slice(0, start);
      let found: Span | undefined;
      for (let m = re.exec(before); m; m = re.exec(before)) found = { index: m.index, end: m.index + m[0].length };
      return found ?? last;
    }
    return last;
  }

  /**
   * Between a denial's end and a mention: more than two words that are not fillers, or a word
   * that ends a denial's reach. Read from the clause's words and terminators found once, unless a
   * word runs into either end (then the text between is read as it is).
   */
  denialCutOff(from: number, start: number): boolean {
    const t = this.t;
    if (/[a-z-]/.test(t[from] ?? '') || /[a-z-]/.test(t[start - 1] ?? '') || this.joined(start)) {
      const between = t.slice(from, start);
      let words = 0;
      for (const m of allMatches(WORDS, between)) {
        if (!FILLER.has(m[0]) && ++words > 2) return true;
      }
      return TERMINATOR.test(between);
    }
    const first = lastAtMost(this.words, from - 1, (w) => w.index) + 1;
    const past = lastAtMost(this.words, start - 1, (w) => w.index) + 1;
    if (this.contentBefore[past]! - this.contentBefore[first]! > 2) return true;
    const terminator = this.terminators[lastAtMost(this.terminators, from - 1, (m) => m.index) + 1];
    return terminator !== undefined && terminator.end <= start;
  }

  /** NEGATION_AFTER after the mention, past any other domains listed after it. */
  deniedAfter(end: number): boolean {
    LISTED_DOMAINS_AT.lastIndex = end;
    const listed = LISTED_DOMAINS_AT.exec(this.t);
    NEGATION_AFTER_AT.lastIndex = end + (listed ? listed[0].length : 0);
    return NEGATION_AFTER_AT.test(this.t);
  }

  /**
   * "asked her", "asked him", "asked them" with at most 30 characters but no '.' or ';' before
   * `start`. Such a match is at most 40 characters long, so the 41 characters before `start`
   * (one more for the word boundary) read the same as the whole text before it.
   */
  askedWhomBefore(start: number): string | undefined {
    return ASKED_WHOM.exec(this.t.slice(Math.max(0, start - 41), start))?.[1];
  }

  /** NOT_ACTED anywhere in the clause. */
  acted(): boolean {
    this.notActed ??= NOT_ACTED.test(this.t);
    return this.notActed;
  }

  /** "has been thinking of ways" anywhere in the clause (read once per clause, not per mention). */
  methodConsidered(): boolean {
    this.method ??= (METHOD_CONSIDERED.some((p) => this.t.includes(p)) || METHOD_THOUGHT.test(this.t)) && !/\bno (?:active|ways?)\b/.test(this.t);
    return this.method;
  }

  /** The comma-free stretch of the clause around a mention, for framing words that stay local. */
  stretch(start: number, end: number): StretchReading {
    const comma = this.commas[lastAtMost(this.commas, start, (c) => c)] ?? -1;
    const dash = this.dashes[lastAtMost(this.dashes, start, (d) => d)] ?? -1;
    const from = Math.max(comma, dash) + 1;
    const nextComma = this.commas[lastAtMost(this.commas, end - 1, (c) => c) + 1];
    const to = nextComma === undefined ? this.t.length : nextComma;
    const key = `${from},${to},${end - start}`;
    let reading = this.stretches.get(key);
    if (!reading) {
      reading = readStretch(this.t.slice(from, to), end - start);
      this.stretches.set(key, reading);
    }
    return reading;
  }
}

/** The index of the last item whose key is at most `x` (items sorted by key), or -1. */
function lastAtMost<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function readStretch(stretch: string, length: number): StretchReading {
  // The client's quoted words are not the clinician's framing ("better off if I didn't wake up").
  // ("still wants to die and if he goes home he'd do it again": a condition on acting, after the wish, frames no screen.)
  const segment = stretch.replace(/"[^"]*"/g, (q) => (q.length > length + 2 ? '""' : q)).replace(/\bif (?:she|he|they|i) (?:goes|go|went|gets|get|is|are|were|was) (?:home|back home|out|released|discharged|sent home)\b[^.;]*/g, ' ');
  return {
    // ("assessed B alone: endorses passive thoughts of death": the answer after the colon is a status, whatever was asked before it.)
    notAStatus: NOT_A_STATUS.test(segment.replace(ASSESSED_THEN_ANSWER, ' ')),
    // "no hx of SH" denies the history too.
    // "no prior SH acts", "No SH hx": no history at all, never a history.
    noHistory: /\b(no|denies|denied|never|negative for)\s+(?:any\s+)?(?:(?:prior|past|previous)\s+(?:[\w-]+\s+)?(?:acts?|episodes?|attempts?|history|hx)\b|(?:prior\s+|past\s+)?(?:(?:self-harm|sh|suicidal|si|cutting|suicide attempt)\s+)?(?:history|hx)\b)/.test(segment),
    // ("... didn't wake up, last time about a week ago": the latest of recurring thoughts, days ago, is current.)
    // ("did not know about her history of cutting until today": "until today" dates the knowing, never the act; so does
    // "he did tell me today that back in 2016 ... he took a bunch of pills": the telling, not the act.)
    // ("has been thinking about ending his life 'most days' since his dog died 3 wks ago": thoughts going on since a past day are now.)
    history: !/\bchronic\b/.test(segment) && !RECENT_LAST_TIME.test(segment) && !ONGOING_SINCE.test(segment) && HISTORY.test(segment.replace(/\b\d{1,3}-year-old\b|\byears? old\b/g, ' ')) && !/\b(today|now|this week|currently|last night|tonight)\b/.test(segment.replace(/\b(?:denies|denied|none|no|not)\b[^.;]{0,20}\b(?:now|currently|today|last night|tonight|this week)\b|\b(?:until|till|til|up to|up until)\s+(?:today|now|tonight|this week)\b|\b(?:tell|told|tells|telling|said|disclosed|shared|admitted|mentioned)\s+(?:me\s+|us\s+|the therapist\s+)?(?:for the first time\s+)?today\b/g, ' ')),
    urge: URGE.test(withoutConditionalUrges(segment)) && !/\b(with|and)\s+(?:a\s+)?(plan|intent)\b/.test(segment),
    urgeWords: URGE.test(withoutConditionalUrges(stretch)),
  };
}

/** "since the October crisis": an event before which there was some; never the start of treatment ("since we started", "since last session"). */
// ("no self-harm since." with nothing after it is "since then": none, not a history; so is "No SI/SH since per RP and records".)
/** "in 3 weeks", "x 2 months", "for the past month": a stretch of time up to now, after an act not done. */
const FOR_A_STRETCH = /^\s*(?:in|for|x)\s*(?:the\s+)?(?:past\s+|last\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)\s+(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b/;
const SINCE_AN_EVENT = /^\s*(?:\w+\s+)?since\b(?!\s*(?:$|[.,;:)]))(?!\s+(?:we|starting|beginning|intake|treatment|therapy|our|last (?:session|visit|appt|appointment|time|week)|the last (?:session|visit)|then|per|according|by (?:report|records?|history))\b)/;

/** A screen's result said right after its name: "C-SSRS screen today neg", "C-SSRS: negative". */
const SCREEN_RESULT_NEGATIVE = /^\)?(?:\s*\([^)]*\))?(?:\s+(?:screen(?:ing)?|done|completed|administered|today|was|is|result))*\s*[:=-]?\s*(?:neg|negative)\b/;

/** The item numbers of a C-SSRS answer: "1 2 and 3" is 1, 2, 3; "3-6" and "3 through 6" are 3 to 6. */
function itemNumbers(list: string): number[] {
  const expanded = list.replace(/(\d)\s*(?:-|to|through)\s*q?(\d)/g, (_m, a: string, b: string) => Array.from({ length: Math.max(0, Number(b) - Number(a) + 1) }, (_x, i) => Number(a) + i).join(' '));
  return (expanded.match(/\d/g) ?? []).map(Number);
}

/** "denies ever", "never", "no": a denial standing just before a wish ("wanting to hurt herself"). */
// ("has never said anything about wanting to hurt himself", "no talk of wanting to": a wish never voiced.)
// ("denied SI or wanting to hurt herself": a denial listing the wish after another item reaches it too.)
const DENIED_BEFORE_WISH = /\b(?:denies|denied|deny|denying|never|no|not|doesn't|does not|didn't|did not)\s+(?:(?:ever|any|having|feeling|being|had|thoughts? of)\s+){0,2}$|\b(?:denies|denied|deny|denying|no)\s+(?:any\s+)?[\w/-]+(?:\s+[\w/-]+)?(?:,\s*[\w/-]+)*,?\s+(?:or|nor|and)\s+(?:any\s+)?$|\banything (?:about|of)\s+$|\bno (?:talk|mention|statements?|comments?) (?:of|about)\s+$/;

/** A past visit named before its details in brackets: "post-ED visit (...)", "hospitalized 2021 (...)". */
const VISIT_BEFORE = /\b(?:post-(?:ed|er|hospital|hosp|discharge|admission|inpatient)|(?:ed|er|emergency room|emergency department|hospital|inpatient|crisis unit|psychiatric) (?:visit|stay|admission|presentation|hold)|hospitali[sz](?:ed|ation)|admitted|admission)\b[^()]*$/;

/** "his girlfriend broke up with him ... he says he's been thinking ...": a speaker of the other sex after the person tells it. */
function spokenByOtherSex(person: string, rest: string): boolean {
  const speaker = /\b(he|she)\s+(?:says|said|reports|reported|told|tells|admits|admitted|states|stated)\b/.exec(rest)?.[1];
  return (speaker === 'he' && FEMALE_RELATIVE.test(person)) || (speaker === 'she' && MALE_RELATIVE.test(person));
}

/** Another person, named after someone's telling, who said something: "Maria mentioned that Tom said ...". */
const SECOND_SPEAKER = /\b(?:mentioned|said|says|reported|reports|told|shared|disclosed)\b.*\b(?:that\s+)?(?!(?:she|he|they|i|we|it|that|client|patient|pt)\b)([a-z]+)\s+(?:said|says|told|texted|wrote|posted)\b/;

/** "Sky told their sister ...", "River said ...": the client named as the one speaking, made once per name (it is read per mention). */
const clientSpoke = new Map<string, RegExp>();
function clientSpokePattern(name: string | undefined): RegExp | undefined {
  if (!name) return undefined;
  const known = clientSpoke.get(name);
  if (known) return known;
  const re = new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\s+(?:said|says|told|texted|wrote|posted|yelled|screamed|shouted|cried out)\\b`);
  clientSpoke.set(name, re);
  return re;
}

/** After a relative: their telling that the client (by name, as "client", or by the client's known pronoun) has been doing something. */
function toldOfClientAfter(rest: string, options: RiskReadOptions): boolean {
  const told = /(?:^|\s)(?:also\s+)?(?:reports?|reported|says|said|states|stated|told (?:me|us|the therapist|this writer)|notes|noted|confirms|confirmed|describes|described|noticed|found out|is worried|was worried|worries)\s+(?:that\s+)?(?:(she|he)|([a-z]+)|(?:the\s+)?(?:client|pt|patient))\s+(?:has been|had been|is|was|has|had|keeps|kept|started|began)\s+(?:\w+\s+)?$/.exec(rest);
  if (!told) return false;
  if (told[1]) return options.clientPronoun === told[1];
  if (told[2]) return told[2] === options.clientName?.toLowerCase();
  return true;
}

/** How one mention of a domain is framed. */
/** The `length` characters before `start`, read from `from` back with its bracketed asides taken out (they take no room from who spoke). */
function leadWithoutAsides(t: string, start: number, length: number, from: number): string {
  return t.slice(Math.max(0, start - from), start).replace(/\s*\([^()]*\)/g, '').slice(-length);
}

/** "explained program rules confidentiality limits and mandated reporting": the limits of confidentiality told, no report made. */
const LIMITS_EXPLAINED = /\b(?:explained|reviewed|went over|discussed|covered|informed (?:her|him|them|client|pt) of)\b[^.;]{0,80}\b(?:confidentiality|limits of|program rules|informed consent)\b/i;

/** 'he ... told her "...': a quotation said to someone, open where the mention is (the teller, then the one told). */
const WORDS_TOLD_TO = /\b(he|she)\b(?:(?!\b(?:he|she)\b)[^.]){0,160}\btold\s+(her|him)\s+"[^"]*$/;

/** "she said he has said ...", "he says she keeps saying ...": one person telling what another said, the second pronoun theirs. */
const NESTED_SAYING = /^\s*(?:(?:client|pt|patient)\s+)?(she|he)\s+(?:said|says|reported|reports|stated|states|told me|shared|disclosed)\s+(?:that\s+)?(she|he)\s+(?:has\s+|had\s+)?(?:said|says|been saying|keeps saying|kept saying|talked about|talks about|mentioned|texted|wrote|posted|threatened)\b/;

/** 'he said something like "', 'Rick texted "': who said the words a quotation opens with, just before it. */
// (Between the saying and the words, a few words of when or where, never someone else saying: "Sam says Sun she told him".)
const QUOTE_SAID_BY = /\b([a-z]+)\s+(?:also\s+)?(?:said|says|texted|wrote|yelled|screamed|told)(?:\s+(?:her|him|them|me))?\s+(?:(?!(?:she|he|they|i)\s+(?:told|said|says|texted|wrote)\b)(?!(?:said|says|told|texted|wrote)\b)[^"\s]+\s+){0,6}(?:(?:something|stuff)\s+like\s+|like\s+|that\s+)?"$/;

/** "has been thinking about it since his dog died 3 wks ago": what has gone on since a past day, up to now. */
const ONGOING_SINCE = /\b(?:has|have|'s|'ve)\s+been\s+(?:having|thinking|feeling|getting|hearing)\b[^.;]{0,80}\bsince\b/;

/** "replacing SH as affect reg", "went for a run rather than cutting": what stands in place of self-harm, just before it. */
const IN_PLACE_OF = /\b(?:replac(?:e|es|ed|ing)|instead of|in place of|substitut(?:e|es|ed|ing) for|rather than)\s+(?:(?:her|his|their|the)\s+)?$/;

/** A fear of doing something, just before the act named ("scared she'll hurt ...", "afraid of hurting ..."). */
const FEAR_OF_DOING = new RegExp(String.raw`\b${FEAR_WORDS}\s+(?:of\s+|about\s+)?(?:that\s+)?(?:(?:she|he|they|i|we)\s*(?:'ll|'d|\s+(?:might|may|could|would|will|is going to|was going to|is gonna|was gonna))\s+|(?:possibly\s+|accidentally\s+)?)(?:\w+\s+)?$`);

function readMention(view: ClauseView, start: number, end: number, options: RiskReadOptions): Reading {
  const t = view.t;
  const after = t.slice(end);
  // ('She said he has said a couple times "I'm going to end this myself"'): what one person tells that someone of the other
  // pronoun said is that person's words, unless that pronoun is the client's own.
  // (Going off "with it" is a way of dying thought of only when "it" is a gun named before.)
  if (/^(?:thinking|thought|thinks)\b[^.;]*\bwith it$/.test(t.slice(start, end)) && !GUN_NAMED_BEFORE.test(t.slice(0, start))) return 'no_status';
  // ('her brother Tyler texted her "I don't see the point anymore" and said he'd been thinking about ending it', the client a
  // woman: someone of the other pronoun saying it of themself is that person.)
  // (With no pronoun known for the client, the one texted or told, "her" or "him", is the client.)
  const toldWhom = /\b(?:texted|told|messaged|called|wrote to|snapchatted)\s+(her|him)\b/.exec(t.slice(0, start))?.[1];
  const clientSaid = options.clientPronoun ?? (toldWhom === 'her' ? 'she' : toldWhom === 'him' ? 'he' : undefined);
  const saidOfSelf = clientSaid && clientSaid !== 'they' ? /\b(?:said|says|told (?:her|him|them|me)|texted|wrote|admitted|admits)\s+(?:that\s+)?(she|he)(?:'d|'s|\s+had|\s+has|\s+was|\s+is)?\s+(?:been\s+)?(?:having\s+|(?:thinking|thought)\s+(?:about|of)\s+)?$/.exec(t.slice(Math.max(0, start - 50), start)) : null;
  if (saidOfSelf && saidOfSelf[1] !== clientSaid) return 'other';
  const nested = NESTED_SAYING.exec(t.slice(0, start));
  if (nested && nested[1] !== nested[2] && (!options.clientPronoun || options.clientPronoun === nested[1])) return 'other';
  // ('he ... on Sunday told her "you and the baby would be better off with the life insurance"', the client a woman): words
  // said to the client by someone of the other pronoun are that person's.
  const toldClient = t.includes('told') ? WORDS_TOLD_TO.exec(t.slice(0, start)) : null;
  if (toldClient && options.clientPronoun && ({ her: 'she', him: 'he' } as const)[toldClient[2] as 'her' | 'him'] === options.clientPronoun && toldClient[1] !== options.clientPronoun) return 'other';
  // ('in the car he said something like "I'm gonna eat my gun"', the client a woman; 'Rick said "..."'): words quoted after
  // the saying of someone of the other pronoun, or of someone else named, are theirs.
  // ("Sam says Sun she told him '...'": a pronoun saying it inside another's telling is left to the readings of nested sayings.)
  const quoteOpen = view.insideQuote(start) ? t.lastIndexOf('"', start - 1) : -1;
  const quoteSaid = quoteOpen >= 0 ? QUOTE_SAID_BY.exec(t.slice(Math.max(0, quoteOpen - 40), quoteOpen + 1)) : null;
  const toldWithin = !!quoteSaid && /\b(?:says|said|reports|reported|told|tells|states|stated)\b/.test(t.slice(0, Math.max(0, quoteOpen - 40) + quoteSaid.index));
  if (quoteSaid && ((!toldWithin && (quoteSaid[1] === 'she' || quoteSaid[1] === 'he') && options.clientPronoun && options.clientPronoun !== 'they' && quoteSaid[1] !== options.clientPronoun) || isOtherName(quoteSaid[1], options))) return 'other';
  // ('"I don't actually want to die, I want this to stop"': in the client's own words, not wanting to die denies the wish;
  // "I don't want to be here", "I don't want to wake up" are wishes and are their own terms.)
  // ('"I don't really want to die I just want this to stop"': wanting it all to stop, said in the same breath, is the
  // ambivalence to weigh, never a denial.)
  if (/^(?:wants?|wanted) to die$/.test(t.slice(start, end)) && /\b(?:don't|do not|doesn't|does not|didn't|did not)\s+(?:actually\s+|really\s+|even\s+)?$/.test(t.slice(Math.max(0, start - 30), start)) && /^[\s,;.-]*(?:(?:but|i|she|he|they)\s+)*(?:just\s+)?(?:want|wants|wanted)\s+(?:this|it|the pain|things|everything|all of this|all this)\s+to\s+(?:stop|end|go away)\b/.test(after)) return 'no_status';
  if (/^(?:wants?|wanted) to die$/.test(t.slice(start, end)) && /\b(?:don't|do not|doesn't|does not|didn't|did not)\s+(?:actually\s+|really\s+|even\s+)?$/.test(t.slice(Math.max(0, start - 30), start))) return 'denied';
  // ("Risk of self-harm: elevated compared to baseline but no acts": the clinician's rating of a risk, never the act.)
  // ('he jumps in "so she won't hurt herself"' with the chores: an injury kept from happening is no self-harm.)
  if (/\brisk (?:of|for)\s+(?:further\s+|future\s+)?$/.test(t.slice(Math.max(0, start - 20), start)) || /\b(?:so|so that|to make sure|in case|because)\s+(?:she|he|they|i|you)\s+(?:won't|wouldn't|doesn't|don't|can't|will not|would not|does not|do not)\s+$/.test(t.slice(Math.max(0, start - 40), start))) return 'no_status';
  // ('worried it'll "kill her" to lose her things', "it would kill him to move"): what something would do to someone, said
  // as a figure of speech, is no one's intent to kill.
  if (/^["']?kill\s+(?:her|him|them|me)\b/.test(t.slice(start, end)) && /\b(?:it|that|this|which)(?:'ll|'d|\s+will|\s+would|\s+is going to|'s going to|'s gonna)\s+["']?$/.test(t.slice(Math.max(0, start - 24), start))) return 'no_status';
  // ("(ref to 9/28 OD on mom's Tylenol)", "his 9/28 overdose"): an overdose with the day it happened is an act past, never
  // ideation now.
  if (/^(?:od|o\.d\.|overdose|overdosed)\b/.test(t.slice(start, end)) && /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+$/.test(t.slice(Math.max(0, start - 14), start))) return 'history';
  // ("exercise compulsion ... appears to be replacing SH as affect reg", "running instead of cutting"): what stands in place of
  // self-harm is the clinician's formulation, never an act told.
  if (IN_PLACE_OF.test(t.slice(Math.max(0, start - 30), start))) return 'no_status';
  // ("Denies current plan or intent to end her life"): a plan or intent denied says nothing of the thoughts themselves; the
  // plan and the intent are read on their own.
  if (/\b(?:no|denies|denied|denying|without)\s+(?:any\s+|current\s+|active\s+|specific\s+)*(?:plan|intent)(?:\s+(?:or|and|\/|nor)\s+(?:any\s+)?(?:plan|intent))?\s+(?:to|of)\s+$/.test(t.slice(Math.max(0, start - 60), start))) return 'no_status';
  // ("denied any thoughts like that, nothing about hurting himself"): "nothing about" the act denies it.
  if (/\b(?:nothing|none|not anything)\s+(?:at all\s+)?(?:about|of|re|regarding|around)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, start - 30), start))) return 'denied';
  // ('shared he "used to want to die" in 8th grade, got help, says not now'): what the client used to want or think is a history.
  if (/\b(?:used to|use to)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, start - 24), start)) || /^(?:used to|use to)\b/.test(t.slice(start, end))) return 'history';
  // ("Passive SI resolved over past 3 days"): ideation said to have resolved is a history now, never endorsed today.
  if (/^\s*(?:has\s+|had\s+|have\s+)?(?:resolved|remitted|abated)\b/.test(after)) return 'history';
  // ("explained difference between withdrawing tx & suicide": the word in the clinician's teaching is no one's ideation.)
  if (/^suicide$/.test(t.slice(start, end)) && /\b(?:difference between|distinction between|distinguish(?:ed|ing)?|explained|educated|psychoeducation|psychoed)\b[^.;]{0,80}$/.test(t.slice(Math.max(0, start - 100), start))) return 'no_status';
  // ('"I don't want to kill myself, I want to stop treatment"', "he would never end his life": the act, not wanted or never
  // to be done, is denied in the speaker's own words.)
  if (/^(?:kill|end|die|dying|commit|suicide|take (?:my|her|his|their) (?:own )?life|off (?:my|him|her)sel)/.test(t.slice(start, end)) && /\b(?:don't|do not|doesn't|does not|didn't|did not|never|wouldn't|would not|won't|will not)\s+(?:actually\s+|really\s+|even\s+|ever\s+)?(?:(?:want|wanna|wanted|plan|planning|intend|intending|mean|going)\s+to\s+)?(?:do\s+(?:anything|something)\s+to\s+)?$/.test(t.slice(Math.max(0, start - 60), start))) return 'denied';
  // ("narrated what he was doing, the baby is not waking up and you really want her to": the baby's not waking is the loss
  // played out, never anyone's wish to be dead.)
  if (/\bwak(?:e|ing)\b/.test(t.slice(start, end)) && /\b(?:the|a|her|his|their|my|your)\s+(?:baby|infant|sister|brother|doll|dog|cat|puppy|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|friend|son|daughter)\s+(?:is|was|isn't|wasn't|did|does|didn't|doesn't|would|wouldn't|will|won't)\s+(?:not\s+)?$/.test(t.slice(Math.max(0, start - 50), start))) return 'no_status';
  // ('I asked about thoughts of killing himself he said "no no I wouldn't do that to my kids"': the answer quoted is a no.)
  if (/\basked\s+(?:\w+\s+){0,3}(?:about|re|regarding|if|whether)\s+(?:[\w-]+\s+){0,4}$/.test(t.slice(Math.max(0, start - 50), start)) && /^\s*(?:(?:her|him|them)sel(?:f|ves)\b)?\s*[,-]?\s*(?:and\s+)?(?:she|he|they)\s+(?:said|says|answered|replied)\s*,?\s*["']\s*(?:no|nope|never|not really|hell no)\b/.test(after)) return 'denied';
  // ("brought mom back in, told her about the SI": the clinician telling someone of the ideation is no status, and no one else's.)
  if (/(?:^|[,;]\s*|\b(?:i|we|therapist)\s+)(?:told|informed|updated|notified|let)\s+(?:her|him|them|mom|dad|mother|father|(?:his|her|their|the)\s+[a-z]+)\s+(?:know\s+)?(?:about|of|re|regarding)\s+(?:the\s+)?$/.test(t.slice(Math.max(0, start - 90), start))) return 'no_status';
  // "HI screen neg", "SI screen positive": the screen's result; "screen neg for intent" says nothing of the ideation itself.
  // ("SI screen (last wk) negative", "SI screen last week was negative": when it was given comes between.)
  // ("SI screen done, neg", "SI screening completed - denied": what was done with it may come between too.)
  const screen = /^\s*(?:risk\s+)?screen(?:ing)?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:last|this|on|from)\s+\w+\s+|today\s+|yesterday\s+)?(?:(?:was|is|came back|done|completed|administered|given|today)\b[\s,:;=-]*)*(?:[:=-]\s*)?(neg(?:ative)?|pos(?:itive)?|denied|endorsed)\b(\s+for\s+(?:intent|plan|means|method)\b)?/i.exec(after);
  if (screen) return screen[2] ? 'no_status' : /^(?:neg|denied)/i.test(screen[1]!) ? 'denied' : 'endorsed';
  // ("Parents notified of SI screen", "did a suicide screen per teacher referral": the screen's name, its result not
  // said, is no one's ideation.)
  // ("Current SI screened via CDI w/ visual scale - denies current thoughts, intent, or plan"): the screen given, then its
  // answer in the same clause.
  const screenedThen = /^\s*(?:was\s+)?screened\b[^.;]{0,120}?\b(denies|denied|negative|neg|no|endorses|endorsed|positive|pos)\b/i.exec(after);
  if (screenedThen) return /^(?:denies|denied|negative|neg|no)$/i.test(screenedThen[1]!) ? 'denied' : 'endorsed';
  if (/^\s*(?:was\s+)?screened\b/i.test(after)) return 'no_status';
  if (/^\s*(?:risk\s+)?screen(?:ing|s)?\b/i.test(after) && !/^\s*(?:risk\s+)?screen(?:ing|s)?\b[^.;]{0,40}?\b(?:neg|negative|pos|positive|denied|endorsed|[+-])(?=\W|$)/i.test(after)) return 'no_status';
  // ("denied thoughts of hurting anyone besides Connor": a denial that excepts one person says there are thoughts about that one.)
  if (/^\s*(?:anyone|anybody|someone|people|others)\s+(?:besides|except(?:\s+for)?|other than|apart from|aside from)\s+(?:[a-z]+\s+)?[a-z]+/.test(after)) return 'endorsed';
  // ('Last SI "maybe two years ago"', "last SH 2019": when it last happened is a history.)
  if (/\blast\s+(?:(?:actual|real|known|reported|documented|confirmed|true)\s+)?(?:episode of\s+)?$/.test(t.slice(Math.max(0, start - 27), start)) && /^[^.;]{0,30}?\b(?:ago|(?:19|20)\d\d|years?|months?|yrs?|mos?|in high school|as a teen)\b/.test(after)) return 'history';
  // ("No SI/SH statements": no words of it were said, which is no screen and no denial.)
  if (/^\s*(?:(?:or|and|\/)\s*[a-z-]+(?:\s+ideation)?\s*)?(?:statements?|talk|comments?|remarks?|verbalizations?)\b/.test(after) && /\bno\s+(?:[\w/-]+\s+){0,4}$/.test(t.slice(Math.max(0, start - 45), start))) return 'no_status';
  // ("No statements of self harm or wanting to die": the same, with what was not said after the word.)
  if (/\bno\s+(?:\w+\s+)?(?:statements?|talk|comments?|remarks?|verbalizations?|mention|disclosures?)\s+(?:of|about|re|regarding)\s+(?:[\w/-]+\s+){0,4}$/.test(t.slice(Math.max(0, start - 70), start))) return 'no_status';
  // "Current SI: denies", "HI = nope", "SI: deferred": a labelled term's value is its status.
  if (LABELLED_NO.test(after)) return 'denied';
  if (LABELLED_NO_ANSWER.test(after)) return 'no_status';
  // "her history of SI after her second child in 2019, when she had a plan to overdose": what happened then is history.
  if (/\b(?:in (?:19|20)\d\d|\d+ years? ago|history of|hx of|back in|at age \d+)\b[^.;]{0,60},?\s+when\s+(?:she|he|they|i)\s+(?:had|was|were|made|took|tried)\b[^.;]*$/.test(t.slice(Math.max(0, start - 140), start))) return 'history';
  // ("he told ED staff at the time he planned to hang himself ... Today pt denies SI", "endorsed SI on admission"): what was
  // said when the client was brought in is then, not now; today's status is what today's words say.
  if (/\b(?:at the time|on admission|at admission|upon admission|on arrival|at intake|when (?:he|she|they) (?:came|was brought|were brought) in)\b[^.;]{0,40}$/.test(t.slice(Math.max(0, start - 60), start)) || /^[^.;]{0,12}\b(?:on admission|at admission|upon admission|on arrival)\b/.test(after)) return 'history';
  // ("he said killing himself would be a sin"): suicide named as what the client's faith forbids is a reason against it, no ideation.
  if (/^\s*(?:would be|is|was|'d be)\s+(?:a\s+)?(?:(?:mortal|grave)\s+)?(?:sin|against (?:his|her|their|my) (?:religion|faith|beliefs))\b/.test(after)) return 'no_status';
  // "thought about suicide a lot back when she was living in her car two winters ago": a time long past, told after it, is history.
  if (/^[^.;]{0,50}?\b(?:back (?:when|in|then)|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|\d+)\s+)(?:years?|winters?|summers?|springs?|falls?) ago|in (?:19|20)\d\d|at age \d+|as a (?:teen|teenager|kid|child))\b/.test(after) && /\b(?:thought|thinking|had|was having|were having)\b[^.;]{0,20}$/.test(t.slice(Math.max(0, start - 30), start))) return 'history';
  // "I asked both about SI/HI and DV - both denied": each domain asked about is denied by the answer after the list.
  if (/\basked\b[^.;]{0,40}\b(?:about|re|regarding)\b[^.;]{0,60}$/.test(t.slice(Math.max(0, start - 100), start)) && /^[^.;]{0,80}?(?:[,;:-]\s*(?:and\s+)?(?:both|they|he|she|all|client|patient)?\s*(?:denied|denies|said no)\b|\s+(?:and\s+)?(?:both|they|he|she|client|patient)\s+(?:denied|denies|said no)\b)/.test(after)) return 'denied';
  // "denies SI plan/intent, passive thoughts only": a plan and intent denied, then the ideation the client has, after the comma.
  if (/^(?:passive|active)\s+(?:thoughts|ideation)$/.test(t.slice(start, end)) && /\b(?:no|denies|denied)\b[^,;]*\b(?:plan|intent)\b[^,;]*,\s*$/.test(t.slice(Math.max(0, start - 80), start))) return 'endorsed';
  // "HI risk judged low-moderate", "suicide risk: moderate": the clinician's rating of a risk, not ideation endorsed.
  if (/^\s*risk\b(?!\s+factors?\b)/.test(after)) return 'no_status';
  // ("risk of self-harm moderate, low for suicide", "low risk for suicide": the rating's object, never ideation endorsed.)
  if (/\b(?:low|low-moderate|moderate|mod|moderate-high|high|elevated|minimal|imminent)\s+(?:(?:acute|chronic)\s+)?(?:risk\s+)?(?:for|of)\s+$/.test(t.slice(Math.max(0, start - 40), start))) return 'no_status';
  // ("referred by school counselor for cutting concerns", "SI concerns", "concern for self-harm", "mom worried about cutting"):
  // a worry someone names is the reason for asking, no status of the client's.
  // ("scared she'll hurt her son when she is exhausted", "afraid he might hurt the baby"): a fear of doing harm, the
  // obsessional fear, is no wish to; it is the clinician's to weigh, never homicidal ideation endorsed.
  if (FEAR_OF_DOING.test(t.slice(Math.max(0, start - 60), start)) && /^(?:hurt|harm|kill|stab|shoot|drown|smother|shake|drop|hit)\w*\s+(?:her|his|their|the|my|a|an|him|them|someone|somebody)\b(?!\s*sel)/.test(t.slice(start)) && !view.insideQuote(start)) return 'no_status';
  // ("15yo F, indiv f/u for depression/NSSI", "seen for self-harm and anxiety": what the care is for names no status of today.)
  if (CARE_IS_FOR.test(t.slice(Math.max(0, start - 70), start))) return 'no_status';
  // ("she found her son's notebook ... there were some cuts on his arm she saw": whose body the cuts are on says whose they are.)
  const onBody = ON_WHOSE_BODY.exec(after);
  if (onBody && options.clientPronoun && ({ his: 'he', her: 'she', their: 'they' } as const)[onBody[1] as 'his' | 'her' | 'their'] !== options.clientPronoun) return 'other';
  // ("saw fresh cuts on roommate's forearms": cuts on someone's body named by who they are are that person's.)
  if (ON_SOMEONES_BODY.test(after)) return 'other';
  // ("1st f/u post d/c from 4W (inpt 6/2-6/9, MDD w/ SI, OD on APAP)": why a past stay began, in its bracket, is history.)
  if (/\((?:inpt|inpatient|admitted|admission|hospitali[sz]ed|hospitalization|stay|\d{1,2}\/\d{1,2})[^()]{0,80}$/.test(t.slice(Math.max(0, start - 90), start))) return 'history';
  // ("AT has no concerns about SI", "not worried about cutting": a worry denied is another's report of no risk, read below.)
  if (/^\s*(?:concerns?|worries)\b/.test(after) || /(?<!\b(?:no|not|n't|any|never|without)\s+(?:\w+\s+)?)\b(?:concerns?|worried|worries|worry)\s+(?:about|for|re|regarding|of)\s+(?:possible\s+)?$/.test(t.slice(Math.max(0, start - 40), start))) return 'no_status';
  // Another person's: a relative or other party as the doer just before the mention.
  // ("her husband Ray (not in tx here) has been 'talking about ending it'": an aside in brackets takes no room from who it is.)
  const lead = leadWithoutAsides(t, start, 60, 120);
  const match = OTHER_PERSON.exec(lead);
  // ("another member disclosed passive SI": one other member of the group is someone else, never the client.)
  const oneOther = !!match && ONE_OTHER_BEFORE.test(lead.slice(0, match.index));
  const participant = match && !oneOther && (PARTICIPANT_QUANTIFIER.test(lead.slice(0, match.index)) || (options.sharedSession && PARTICIPANT_OF[options.sharedSession].test(match[1]!)));
  // "Mom reports 2 prior cutting episodes": the relative tells; the history is the client's.
  const collateral = !!match && COLLATERAL_REPORT.test(lead.slice(match.index + match[0].length));
  // ("he thinks his wife and kids would be better off": the people listed with those better off are better off too, never the ones thinking it.)
  const betterOff = !!match && /better off|worth more/.test(t.slice(start, end)) && /^\s*(?:and|&|,)\s*$/.test(lead.slice(match.index + match[0].length));
  // ("his girlfriend broke up with him last week he says he's been thinking about killing himself": a speaker of the other
  // sex after the relative tells it; the relative is only in the story.)
  const toldByOtherSex = !!match && spokenByOtherSex(match[0], lead.slice(match.index + match[0].length));
  // ("Dad told me that Jayden has been scratching his arms", "Mom says he has been cutting" with a boy as the client): the
  // relative tells of the client's own acts.
  const toldOfClient = toldOfClientAfter(lead, options);
  const other = participant || collateral || betterOff || toldByOtherSex || toldOfClient ? null : match;
  // "worried about him hurting himself" in a note about a girl: the self named is another person's.
  const self = /\b(him|her)self\b/.exec(t.slice(start, end + 12));
  const selfPerson = self ? ({ him: 'he', her: 'she' } as const)[self[1] as 'him' | 'her'] : undefined;
  if (selfPerson && options.clientPronoun && options.clientPronoun !== 'they' && selfPerson !== options.clientPronoun) return 'other';
  // ("he tried to tie a jump rope around his neck", the client "they": whose neck says whose act.)
  const neck = /\baround (his|her) neck\b/.exec(t.slice(start, end + 5))?.[1];
  const neckPerson = neck ? ({ his: 'he', her: 'she' } as const)[neck as 'his' | 'her'] : undefined;
  if (neckPerson && options.clientPronoun && neckPerson !== options.clientPronoun) return 'other';
  // ("Pam reports roommate (not our client) Dale, 58, found in bathroom last night w/ a belt around his neck": someone else
  // named just before, with no word for the client between, is the one found.)
  const foundOther = neck ? /\b(?:roommate|friend|brother|sister|son|daughter|husband|wife|partner|neighbou?r|coworker|co-worker|mother|father|mom|dad|cousin|uncle|aunt|peer|resident|another (?:resident|patient|client))\b(?:\s*\([^()]*\))?(?:\s+[a-z]+)?[^.;]{0,80}$/.exec(t.slice(Math.max(0, start - 120), start)) : null;
  if (foundOther && !/\b(?:client|patient|pt|our pt)\b/.test(foundOther[0].replace(/\([^()]*\)/g, ' '))) return 'other';
  // ("Mark said everyone would be better off without him", in a woman's intake: the one they would be without is him.)
  const without = /\b(?:better off|happier|easier)\s+without\s+(him|her)\b/.exec(t.slice(start, end + 30))?.[1];
  const withoutPerson = without ? ({ him: 'he', her: 'she' } as const)[without as 'him' | 'her'] : undefined;
  const teller = options.clientPronoun && options.clientPronoun !== 'they' ? options.clientPronoun : /^\s*(?:(?:and|but|so)\s+)?(she|he)\b/.exec(t)?.[1];
  if (withoutPerson && teller && withoutPerson !== teller) return 'other';
  // ("Annie scared he's going to kill himself": a worry, opened by someone else, that another will act is that other's risk.)
  const worried = /\b(?:scared|worried|afraid|fears?|feared|concerned|terrified)\s+(?:that\s+)?(he|she|they)(?:'s|'ll|\s+is|\s+will|\s+might|\s+may|\s+could)?\s+(?:going to\s+|gonna\s+)?$/.exec(lead)?.[1];
  if (worried && options.clientPronoun !== worried && !new RegExp(`^\\s*${worried}\\b`).test(t)) return 'other';
  // ('worried Ryan "is going to hurt her"': the one named as who might act is the one whose act it would be.)
  const worriedOf = /\b(?:scared|worried|afraid|fears?|feared|concerned|terrified)\s+(?:that\s+)?([a-z]+)\s*"?\s*(?:(?:'s|'ll|is|will|might|may|could)\s*(?:going to\s+|gonna\s+)?|going to\s+|gonna\s+)$/.exec(lead)?.[1];
  if (worriedOf && !/^(?:client|pt|patient|she|he|they|i|we|you|it|that|this|about|of|for|the)$/.test(worriedOf) && worriedOf !== options.clientName?.toLowerCase()) return 'other';
  // "She ... is scared he'll kill himself": a clause opened by one person, about another's self, is a worry for that other.
  const opener = /^\s*(?:(?:and|but|so)\s+)?(she|he)\b/.exec(t)?.[1];
  if (selfPerson && opener && selfPerson !== opener && options.clientPronoun !== selfPerson && !/\b(?:client|patient|pt)\b/.test(t.slice(0, start))) return 'other';
  // "Walter said ... 'some days I think Ruth and I would both be better off gone'": a clause opened by
  // someone the summary names, who is not the client, is that person's.
  // ('Sam says Sun she told him "you'd all be better off without me"', the client a woman: the words he tells of are hers.)
  const clientToldThem = !!options.clientPronoun && options.clientPronoun !== 'they' && CLIENT_TOLD_THEM[options.clientPronoun].test(t.slice(0, start));
  if (!toldByOtherSex && !clientToldThem && !toldOfClient && opensWithOther(t, options)) return 'other';
  // ("pt's roommate OD'd last night", "her friend has been cutting": the act's own subject is another person.)
  if (/\b(?:roommate|friend|best friend|brother|sister|cousin|classmate|coworker|co-worker|boyfriend|girlfriend|partner|husband|wife|son|daughter|mother|father|mom|dad|neighbou?r|teammate|peer)\s+(?:\([^)]*\)\s+)?(?:also\s+|just\s+)?(?:had\s+|has\s+|have\s+)?(?:been\s+)?$/.test(t.slice(Math.max(0, start - 40), start)) && /^(?:overdos|cut|cutting|burn|attempt|hung|hanged|shot)/.test(t.slice(start, end))) return 'other';
  // ("texting friend Lily, who has been cutting and told Ava she wants to die": what a relative clause says of someone else is theirs.)
  // ("took a call from a teen girl who had cut herself": so does one met on a call or at work, named by what she is.)
  if (/\b(?:roommate|friend|brother|sister|cousin|classmate|coworker|co-worker|boyfriend|girlfriend|teammate|peer|neighbou?r|girl|boy|woman|man|teen|teenager|kid|child|caller|callers|person|stranger|victim|lady|guy|wife|husband|son|daughter|mom|dad|mother|father)(?:\s+[a-z]+)?,?\s+who\s+(?:has been|had been|is|was|has|had|keeps|kept|also|just|recently)(?:\s+(?:been|also|just|recently|started|begun))?\s+$/.test(t.slice(Math.max(0, start - 60), start))) return 'other';
  // ("Ava then told me Chloe showed her cuts on her arm": what the client told of someone named is that person's.)
  const toldOf = options.otherNames?.size ? /\b(?:told (?:me|the therapist|therapist|us)|said|says|reported|reports|disclosed)\s+(?:that\s+)?([a-z]+)\s+(?:showed|shows|has|had|was|is|admitted|admits|said|says|told|cut|cuts|has been|had been|tried|wants|wanted)\b[^.;]*$/.exec(t.slice(Math.max(0, start - 120), start)) : null;
  if (isOtherName(toldOf?.[1], options)) return 'other';
  // ('worried about his friend Terrell ..., Terrell texted last night "I don't want to be here anymore"': the words
  // quoted right after someone named, and their message, are theirs, wherever the clause opened.)
  const namedSender = options.otherNames?.size && view.insideQuote(start) ? /\b([a-z]+)\s*(?:\([^()]*\))?\s*,?\s+(?:texted|wrote|messaged|posted|said|says|told)\b[^".;]{0,80}"[^"]*$/.exec(t.slice(Math.max(0, start - 160), start)) : null;
  // ('Sam says Sun she told him "..."': a pronoun telling in between is the one whose words they are.)
  if (namedSender && isOtherName(namedSender[1], options) && !/\b(?:she|he|they|client|pt|patient)\s+(?:\w+\s+)?(?:told|said|says|texted|wrote|messaged|posted)\b/.test(namedSender[0].slice(namedSender[1]!.length))) return 'other';
  if (options.otherNames?.size && TOLD_BY_NAMED.some(([re, back]) => isOtherName(re.exec(t.slice(Math.max(0, start - back), start))?.[1], options))) return 'other';
  // ("Linda herself denies SI", seen about the client): what someone else says of herself is her own status, never the client's.
  const ownStatus = /\b([a-z]+|[a-z]\.)\s+(?:her|him|them)sel(?:f|ves)\s+(?:also\s+)?(?:denies|denied|endorses|endorsed|reports?|reported|admits|admitted)\s+(?:any\s+)?$/.exec(t.slice(Math.max(0, start - 50), start));
  if (ownStatus && (isOtherName(ownStatus[1], options) || OTHER_PERSON.test(ownStatus[1]!))) return 'other';
  // ("Sam's best friend recently told Sam she has been thinking about killing herself"): told to the client by someone else,
  // the "she" who has been thinking it is the teller.
  const toldTheClient = new RegExp(`\\b([a-z]+)\\s+(?:recently\\s+|also\\s+|just\\s+)?told\\s+(?:the\\s+)?(?:client|pt|patient${options.clientName ? `|${escapeRegExp(options.clientName.toLowerCase())}` : ''})\\s+(?:that\\s+)?(?:she|he|they)\\s+(?:has|had|have|is|was|'s|were)\\b[^.;]{0,40}$`).exec(t.slice(Math.max(0, start - 160), start));
  if (toldTheClient && OTHER_PERSON.test(toldTheClient[1]!)) return 'other';
  // ("elevated stress related to brother's possible SI"): ideation named as someone else's, however hedged, is theirs.
  const possessedBy = /\b([a-z]+|[a-z]\.)['’]s\s+(?:(?:possible|potential|suspected|likely|probable|current|recent|ongoing|new|passive|active|own|apparent)\s+){0,2}$/.exec(t.slice(Math.max(0, start - 50), start));
  if (possessedBy && (isOtherName(possessedBy[1], options) || OTHER_PERSON.test(possessedBy[1]!))) return 'other';
  // ("Ben's text is a possible suicide warning sign", "his coworker's post about suicide": what someone else's message shows is theirs.)
  // ("J.'s text suggests possible SI": an initial's message is theirs too; "3rd party risk - ...": the clinician says whose.)
  const theirMessage = /\b([a-z]+|[a-z]\.)'s\s+(?:texts?|messages?|posts?|notes?|letter|words|comments?|statements?|remarks?|emails?|snaps?)\b[^.;]{0,60}$/.exec(t.slice(Math.max(0, start - 80), start));
  if (theirMessage && (isOtherName(theirMessage[1], options) || OTHER_PERSON.test(theirMessage[1]!) || (/^[a-z]\.$/.test(theirMessage[1]!) && theirMessage[1]![0] !== options.clientInitial?.toLowerCase()))) return 'other';
  if (/\b(?:3rd|third)[- ]party\b[^.;]{0,60}$/.test(t.slice(Math.max(0, start - 80), start))) return 'other';
  // 'his friend ... sent client a message saying "I won't be around much longer"': the words are the sender's.
  if (view.insideQuote(start) && /\b(?:friend|brother|sister|cousin|classmate|peer|roommate|boyfriend|girlfriend|ex|teammate|coworker)\b[^.;]{0,80}\b(?:sent|texted|messaged|posted|wrote|dm'd|snapchatted)\b[^.;"]{0,50}\b(?:saying|said|that|reading)\s*"?[^"]{0,80}$/.test(t.slice(Math.max(0, start - 200), start))) return 'other';
  // 'she saw a post on his snapchat "wish i was w you bro"': words quoted from another's post or message are theirs.
  if (postedByAnother(view, t, start, options)) return 'other';
  // "Lisa found a note in his room saying he wanted to die": a note found in another's room is that person's.
  if (/\bfound (?:a |an |the )?(?:note|letter|journal|diary|texts?|messages?|search history|posts?)\b[^.;]{0,40}\b(?:in|on) (?:his|her|their) (?:room|bedroom|phone|backpack|desk|computer|laptop)\b/.test(t.slice(Math.max(0, start - 90), start))) return 'other';
  // "she's worried about him hurting himself": a worry about someone is no status of the client's.
  if (/\b(?:worried|worries|worry|concerned|scared|afraid|fearful|nervous)\s+(?:about|that|for)\s+(?:him|her|them|he|she|they)\s+(?:might\s+|will\s+|would\s+|could\s+)?$/.test(lead)) return 'no_status';
  // 'a friend outside group "has been cutting again"': the quotation opens on the friend's doing.
  if (view.insideQuote(start)) {
    const open = t.lastIndexOf('"', start - 1);
    const before = t.slice(Math.max(0, open - 60), open);
    const friend = [...before.matchAll(new RegExp(OTHER_PERSON.source, 'g'))].at(-1);
    if (friend && before.slice(friend.index + friend[0].length).trim().split(/\s+/).filter(Boolean).length <= 3 && /^"(?:has|have|had|is|was|keeps|kept|been|wants|wanted|is going|says|said)\b/.test(t.slice(open))) return 'other';
  }
  // "brought in after telling a friend he would 'shoot up' the kid": the client told the friend; the words are the client's.
  if (/\b(?:after|for|by)\s+(?:telling|texting|saying to|posting|messaging|threatening)\s+(?:a |his |her |their )?[a-z]+\s+(?:that\s+)?(?:he|she|they)\s*(?:would|will|was going to|were going to|is going to|'d|wanted to)\s+(?:\S+\s+){0,2}["']?$/.test(lead)) return 'endorsed';
  // ("Noah told mom "I want to die"": the one told is the listener; the words are the teller's.)
  const listener = !!other && TOLD_TO.test(lead.slice(0, other.index));
  // ("came in after fight w/ bf, SI w/ plan": a person after "with", "after" or "from" is in the story, never the one whose risk follows.)
  const inStory = !!other && /\b(?:with|w\/|from|after|over|against|about|toward|towards)\s+(?:(?:her|his|their|the|a|an|my)\s+)?$/.test(lead.slice(0, other.index));
  // ("Mom reports head banging 3x this week": what a relative reports, with no one else named as its doer, is the client's
  // behaviour as that relative saw it, never the relative's own.)
  const between = other ? lead.slice(other.index + other[0].length).trim().split(/\s+/).filter(Boolean) : [];
  // (Only a behaviour seen: "mom reports suicidal thoughts" may be her own, and stays with the reading below.)
  const reportedBy = between.length === 1 && /^(?:reports|reported|says|said|states|stated|notes|noted|describes|described|noticed|observed)$/.test(between[0]!) && !/suicid|ideation|\b(?:si|hi)\b|kill|\bdie\b|dead|homicid|thoughts?/.test(t.slice(start, end));
  if (other && !listener && !inStory && between.length <= 1 && !reportedBy) return 'other';
  // "a girl at her school is cutting herself": the person, where they are from, then their own doing.
  if (other && /^(?:\s+(?:at|in|from|on|of)\s+(?:(?:her|his|their|the|my|a)\s+)?\w+)?(?:\s*\([^)]*\))?\s+(?:is|was|has been|had been|keeps|kept|started|began|has|had)\s+(?:\w+\s+)?$/.test(lead.slice(other.index + other[0].length))) return 'other';
  // "her roommate who texted her Friday saying she wanted to die": a relative's own words, reported.
  // ("Mom shared that Sky told their little sister ...", Sky the client: the client's words, told on by the relative.)
  const clientToldIt = !!other && !!clientSpokePattern(options.clientName)?.test(lead.slice(other.index));
  // ("mother reports Sophie scratched her forearms ...", Sophie the client: the client's act, told by the relative.)
  const clientNamedAfter = !!other && !!options.clientName && new RegExp(`\\b(?:reports?|reported|says|said|told|shared)\\s+(?:that\\s+)?${options.clientName.toLowerCase()}\\b`).test(lead.slice(other.index));
  if (other && !listener && !clientToldIt && !clientNamedAfter && !reportedBy && /\b(said|says|saying|texted|texting|told|wrote|writing|posted|posting|posts|messaged|messaging|called|reported|reports|threatened)\b/.test(lead.slice(other.index)) && !/\b(client|patient|pt)\b/.test(lead.slice(other.index)) && lead.slice(other.index).split(/\s+/).filter(Boolean).length <= 12) return 'other';
  // "her best friend Nina has been texting her at night saying she wants to die and has been cutting":
  // what a friend or relative told the client, reported a little further back in the clause.
  // ("older brother ... and showed J cuts on his arm": what they showed the client, too;
  // "ex-wife Kim called him drunk, said she ... and mentioned taking all her pills": what they said.)
  const wideLead = leadWithoutAsides(t, start, 130, 200);
  const wideOther = match ? null : OTHER_PERSON.exec(wideLead);
  const wideInRoom = wideOther && (PARTICIPANT_QUANTIFIER.test(wideLead.slice(0, wideOther.index)) || (options.sharedSession && PARTICIPANT_OF[options.sharedSession].test(wideOther[1]!)));
  // A pause left by a filler ("texted her roommate um she denies ...") ends what the other person said.
  // "she denies any ..." is the clinician's screening, never what the other person wrote.
  if (wideOther && !wideInRoom && !spokenByOtherSex(wideOther[0], wideLead.slice(wideOther.index + wideOther[0].length)) && !/\s{3,}/.test(wideLead.slice(wideOther.index)) && !/\b(?:she|he|they)\s+(?:denies|denied|endorses|endorsed)\s+(?:\w+\s+){0,3}$/.test(wideLead) && /\b(?:texting|texted|saying|said|says|mentioned|told|messaged|messaging|posted|posting|posts|wrote|writing|(?:showed|shows|showing)(?!\s+up\b))\b/.test(wideLead.slice(wideOther.index)) && !/\b(client|patient|pt|i)\b/.test(wideLead.slice(wideOther.index).replace(/\([^()]*\)/g, ' ')) && wideLead.slice(wideOther.index).split(/\s+/).length <= 22) return 'other';
  // "mom has hx of SI", "son Caleb said ...": the relative is the doer (a name may stand between).
  // ("Mother reports Leo yelled 'I want to die'", Leo the client: the relative reports the client's words.)
  if (other && !clientToldIt && !clientNamedAfter && !reportedBy && OTHER_PERSON_ACTS_NEXT.test(lead.slice(other.index + other[0].length)) && !/\b(client|patient|pt)\b/.test(lead.slice(other.index))) return 'other';
  // "Maria mentioned at the end that Tom said last month 'you'd all be better off without me'": one
  // person's account of what another said is collateral, not a status the client gave.
  // (The second speaker is someone else by name, not "he said" again: "Tom said ... he said he has had thoughts" is Tom's;
  // "mom shared that River told their brother ...", with River the client, is the client's, told by mom.)
  if (/^\s*[a-z]+\s+(?:(?:also|privately|later)\s+)?(?:mentioned|said|says|reported|reports|told|shared|disclosed)\b/.test(t) && !/^\s*(?:client|patient|pt|she|he|they|i|we)\b/.test(t) && ((second) => second !== undefined && second !== options.clientName?.toLowerCase())(SECOND_SPEAKER.exec(t.slice(0, start))?.[1])) return 'other';
  // "Mother tearful, disclosed ..., said 'some days I think they'd be better off without me'": the
  // words quoted in a clause that opens with another person are that person's.
  if (view.insideQuote(start)) {
    const opener = OPENS_WITH_OTHER_PERSON.exec(t);
    const inRoom = opener && options.sharedSession && PARTICIPANT_OF[options.sharedSession].test(opener[1]!);
    // ("mother also shared that River told their little brother "don't want to be here anymore"": the client named as the one who said it.)
    const clientSaid = !!clientSpokePattern(options.clientName)?.test(t.slice(0, start));
    if (opener && !inRoom && !clientSaid && !/\b(client|patient|pt)\b/.test(t.slice(0, start))) return 'other';
  }
  // "Mother tearful, said ..., denies thoughts of hurting Lily or herself": a verb with no subject of
  // its own, listed after the other person's, is that person's too.
  const opensOther = OPENS_WITH_OTHER_PERSON.exec(t);
  if (opensOther && !(options.sharedSession && PARTICIPANT_OF[options.sharedSession].test(opensOther[1]!)) && !/\b(client|patient|pt)\b/.test(t.slice(0, start)) && /(?:,|;)["']?\s*(?:and\s+)?(?:denies|denied|endorses|endorsed|reports|reported|admits|admitted|voices|voiced)\s+(?:\w+\s+){0,3}$/.test(t.slice(0, start))) return 'other';
  // "father has been drinking again and last weekend he threatened to hurt himself": "he" is the
  // relative of that gender named earlier in the clause, with no mention of the client between.
  const pronounLead = /\b(he|she)\s+(?:["']?[\w']+["']?\s+){0,4}["']?$/.exec(lead)?.[1];
  // "he said he 'might as well eat a bullet'" in a woman's summary: his words, his risk.
  if (pronounLead && options.clientPronoun && options.clientPronoun !== 'they' && pronounLead !== options.clientPronoun) return 'other';
  if (pronounLead) {
    const wide = t.slice(Math.max(0, start - 200), start - (lead.length - lead.lastIndexOf(pronounLead)));
    const last = allMatches(pronounLead === 'he' ? MALE_RELATIVE_ALL : FEMALE_RELATIVE_ALL, wide).at(-1);
    // ("mother took her phone and was yelling that she was going to take all of mother's Zoloft": one
    // taking the relative's own pills is someone else, the client.)
    const theirs = last ? t.slice(start, end + 40).includes(`${last[0].trim()}'s`) : false;
    // ("her mom passed in January and she keeps saying ... she wishes she just wouldn't wake up": a relative who died is no
    // one saying anything now; "she" is the client.)
    const died = !!last && /^\s*(?:[a-z]+\s+)?(?:passed|died|was killed|is gone|was murdered|took (?:her|his) (?:own )?life)\b/.test(wide.slice(last.index + last[0].length));
    if (last && !theirs && !died && !/\b(client|patient|pt)\b/.test(wide.slice(last.index)) && !(pronounLead === 'he' ? /\bshe\b/ : /\bhe\b/).test(wide.slice(last.index))) return 'other';
  }
  // ("Neither parent reports SI themselves": after a thought named, "themselves" is whose it is, never whom it would harm.)
  const emphatic = /^\s*(?:her|him|them)sel(?:f|ves)\b/.test(after) && /\b(?:ideation|thoughts?|urges?|si|hi|sh|plan|intent)\s*$/.test(t.slice(start, end));
  if (!emphatic && (/^\s*(?:her|him|them)sel(?:f|ves)\b/.test(after) || /(?:her|him|them)sel(?:f|ves)\b/.test(t.slice(start, end)))) {
    const reflexive = /(her|him|them)sel/.exec(t.slice(start, end + 12))?.[1];
    const person = reflexive === 'her' ? 'she' : reflexive === 'him' ? 'he' : 'they';
    if (options.clientPronoun && person !== options.clientPronoun) return 'other';
    if (/^\s*[a-z]+\s+(says|said|threatened|threatens)\b/.test(t) && /^[a-z]+\s/.test(t) && !/^(client|patient|pt|she|he|they)\b/.test(t) && !namesClient(t, options)) return 'other';
  }
  if (/^[a-z]+ (?:says|said|threatened|threatens)\b/.test(t) && view.saidBefore(start) && !/^(client|patient|pt|she|he|they)\b/.test(t) && /(?:him|her)self/.test(t) && !namesClient(t, options)) return 'other';
  // "asked her directly: denies thoughts of suicide" in a man's summary: the answer is hers.
  const askedWhom = view.askedWhomBefore(start);
  if (askedWhom && options.clientPronoun && ({ her: 'she', him: 'he', them: 'they' } as const)[askedWhom as 'her' | 'him' | 'them'] !== options.clientPronoun) return 'other';
  const stretch = view.stretch(start, end);
  // "if that guy calls her again I swear I'll kill him": a threat on a condition is still a threat, said in the first person.
  // ("he said that if he ever saw the officer again he would kill him": the same threat, told in reported speech;
  // "said he'd kill her if she didn't let him leave the house": and with its condition after; dictated without a comma, "said if
  // the kid keeps messing with him he is going to bring his dad's knife and stab him": the same.)
  const firstPersonThreat = (/\bi(?:'ll| will|'m (?:gonna|going to)| am (?:gonna|going to))\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, start - 30), start)) || /\b(?:said|says|stated|states|told (?:me|the therapist|us|her|him))\s+(?:that\s+)?if\b[^.;"]{0,80}\b(?:he|she|they)(?:(?:'d|'ll| would| will|(?: is|'s| was) (?:going to|gonna))\s+(?:[\w']+\s+){0,5}?|(?: is|'s| was)\s+)$/.test(t.slice(Math.max(0, start - 120), start)) || ownThreatTold(t.slice(Math.max(0, start - 90), start), options)) && /^(?:(?:going to|gonna)\s+)?(?:kill|hurt|shoot|stab|beat|end)\b/.test(t.slice(start, end));
  if (stretch.notAStatus && !firstPersonThreat) {
    // "I asked about safety she denies any thoughts of suicide now": the answer came between the question and the words.
    // ("assessed HI directly - Aiden denies current thoughts of harming dad": the one named answers too.)
    const answered = /\b(?:asked|asking|assessed|screened|questioning)\b[^.;]*\b(?:she|he|they|client|patient|pt|[a-z]{3,})\s+(denies|denied|endorses|endorsed|admits|admitted)\s+(?:any\s+|current\s+)?(?:\w+\s+){0,3}$/.exec(t.slice(Math.max(0, start - 100), start));
    if (answered) return /^den/.test(answered[1]!) ? 'denied' : 'endorsed';
    // ("said when I asked about sleep that some nights he thinks it wouldn't be so bad to just not wake up": the answer told
    // after "that" is what he thinks.)
    if (/\b(?:asked|asking)\b[^.;]{0,60}\bthat\s+(?:(?:some|most|on|at|other)\s+\w+\s+)?(?:she|he|they)\s+(?:thinks|thought|feels|felt|wishes|wished|gets|sometimes)\b[^.;]*$/.test(t.slice(Math.max(0, start - 140), start))) return 'endorsed';
    // ('asked re SI: "sometimes I just want to go to sleep and be done"': the words quoted as the answer are the client's own.)
    if (view.insideQuote(start) && /\basked\b[^".;]{0,60}[-:,–]\s*"[^"]*$/.test(t.slice(Math.max(0, start - 160), start))) return 'endorsed';
    // "asked directly about SI, she said no": the answer after the question is the status.
    if (/\b(asked(?:\s+\w+){0,2}\s+(?:about|re|regarding)|screened(?:\s+\w+){0,3}\s+for|assessed for)\b/.test(t.slice(Math.max(0, start - 60), end))) {
      // ("screened for SI/HI at close - all present denied": the answer may come after both words.)
      // ('asked re SI - "sometimes I just want to go to sleep and be done," denies any plan': words quoted first are the answer,
      // read on their own; a denial of a plan after them says nothing of the ideation.)
      const quoted = /^\s*[-,:–]?\s*"([^"]*)"/.exec(after);
      if (quoted) return /^\s*(?:no|nope|never|none|not really|denied)\b[^"]{0,20}$/i.test(quoted[1]!) ? 'denied' : 'no_status';
      const answer = after.replace(/"[^"]*"/g, ' ').slice(0, 70);
      if (ANSWER_YES.test(answer)) return 'endorsed';
      if (ANSWER_NO.test(answer)) return 'denied';
    }
    return 'no_status';
  }
  if (stretch.noHistory) return 'denied';
  // "sold his rifle last year no HI no psychosis": a denial right before the mention is today's, whatever
  // past the run-on sentence told before it.
  // ("last session denied SI" and "no SH since 2021" stay history: there the time frames the denial itself.)
  const jottedNo = stretch.history ? /\bno\s+(?:current\s+|active\s+|any\s+)?$/.exec(t.slice(Math.max(0, start - 20), start)) : null;
  if (jottedNo && !/^\s*(?:\w+\s+)?since\b/.test(after) && t.slice(0, Math.max(0, start - 20) + jottedNo.index).trim().split(/\s+/).length >= 5 && !/\b(?:history|hx|prior|previous|past|lifetime)\b/.test(t.slice(Math.max(0, start - 24), start))) return 'denied';
  // ("screened after group bc of the crying + prior hx: denies SI": the history is why the screen was given; the answer after
  // the colon is today's.)
  if (stretch.history && /\b(?:denies|denied)\s+(?:any\s+)?$/.test(t.slice(Math.max(0, start - 14), start)) && /\b(?:history|hx)\s*[:-]\s*(?:[^.;:]{0,40}?,\s*)?(?:she|he|they|client|pt)?\s*(?:denies|denied)\s+(?:any\s+)?$/.test(t.slice(Math.max(0, start - 80), start)) && /\b(?:because of|bc of|due to|given|for|with)\b[^.;:]{0,40}\b(?:history|hx)\s*[:-]/.test(t.slice(Math.max(0, start - 120), start))) return 'denied';
  // ("she denied any thoughts of hurting herself or the baby she says ... no prior mental health history": a denial just
  // before the words, with the history told only after them, is today's denial.)
  const deniedNow = stretch.history && /\b(?:denies|denied|deny|denying)\s+(?:any\s+)?(?:current\s+)?(?:thoughts?\s+(?:of|about)\s+)?$/.test(t.slice(Math.max(0, start - 40), start)) && !/\b(?:history|hx|prior|previous|previously|past|lifetime|ever|last|ago|yesterday|earlier|before|since|when|at intake|in (?:19|20)\d\d)\b/.test(t.slice(0, start));
  // ("urges to burn herself again like she used to in her twenties"): urges had now, the act compared to what was done then, are
  // urges, never history.
  const urgesLikeBefore = stretch.urge && /\burges?\b[^.;]{0,60}$/.test(t.slice(Math.max(0, start - 60), start)) && /^[^.;]{0,20}\bagain\b[^.;]{0,10}\blike\s+(?:she|he|they|i)\s+used\s+to\b/.test(after);
  if (stretch.history && !deniedNow && !urgesLikeBefore) return 'history';
  // "Hx: ..., overdose on pills": the label frames the whole list, up to the end of its sentence.
  // ("Hx: ..., no self-harm since": a denial in the list is still a denial.)
  if (HISTORY_LABEL.test(t) && !/[.;]/.test(t.slice(0, start)) && !/\b(?:today|now|current|currently|this week|tonight|last night)\b/.test(t.slice(0, end + 30)) && !/\b(?:no|denies|denied|never|not|without)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, start - 20), start))) return 'history';
  // "post-ED visit (St. Anne's 10/8, SI, d/c'd same day)": the reason for a past visit, in its brackets.
  const open = t.lastIndexOf('(', start);
  if (open >= 0 && t.indexOf(')', open) > start - 1 && t.lastIndexOf(')', start) < open && VISIT_BEFORE.test(t.slice(Math.max(0, open - 40), open))) return 'history';
  // ("denies SI w/ plan", "no SI with intent"): what is denied is ideation with a plan, which leaves ideation without one open.
  if (/^\s*(?:w\/|with)\s*(?:a\s+|any\s+)?(?:plan|intent)\b/i.test(after) && isDenied(view, start, end)) return 'no_status';
  if (isDenied(view, start, end)) {
    // "no cutting since the October crisis" says there was cutting before it.
    // ("no thoughts of self-harm since we started in July" says nothing of before: thoughts, and the start of treatment.)
    // ("hasn't actually cut in 3 weeks": none for a stretch up to now says there was some before it, too.)
    return (SINCE_AN_EVENT.test(after) || FOR_A_STRETCH.test(after)) && /cut|harm|injur/.test(t.slice(start, end)) && !/\b(?:thoughts?|urges?|ideation)\s+(?:of|about|to)\s+$/.test(t.slice(Math.max(0, start - 20), start)) ? 'history' : 'denied';
  }
  if (stretch.urge) return view.acted() ? 'denied' : 'urge';
  return 'endorsed';
}

/** A place on the body where a wound is seen ("left forearm", "thighs"). */
const BODY_PLACE = String.raw`(?:(?:left|right|upper|lower|inner|outer)\s+)?(?:arms?|wrists?|legs?|thighs?|stomach|forearms?|hands?|body|skin|chest|hips?)\b`;
/** Just after a self-harm word, the body it was on by a pronoun ("cuts on his arm"), which says whose it is. */
const ON_WHOSE_BODY = new RegExp(String.raw`^\s*(?:\w+\s+){0,2}?on\s+(his|her|their)\s+${BODY_PLACE}`);
/** ... or by who the person is ("cuts on roommate's forearms"): someone else's, never the client's. */
const ON_SOMEONES_BODY = new RegExp(String.raw`^\s*(?:\w+\s+){0,2}?on\s+(?:(?:her|his|their|the|a)\s+)?(?!(?:client|pt|patient|own)['’]s\b)[a-z-]+['’]s\s+${BODY_PLACE}`, 'i');

/** The words before a mention that make it what the care is for ("f/u for depression/", "seen for"). */
const CARE_IS_FOR = /\b(?:f\/u|follow-?up|follow up|seen|treated|treatment|tx|therapy|referred|referral|here)\s+(?:\w+\s+){0,2}?(?:for|re:?|regarding)\s+(?:[\w-]+\s*(?:\/|,|\+|&|and)\s*){0,3}$/;

function readsAsOthersOrDenied(view: ClauseView, start: number, end: number, options: RiskReadOptions): boolean {
  const reading = readMention(view, start, end, options);
  if (reading === 'other' || reading === 'denied' || reading === 'no_status' || reading === 'history') return true;
  // "partner has threatened to kill her": the threat is against the client, unless the client is its subject.
  return /\bthreat(?:ened|ens)?\b/.test(view.t.slice(0, start)) && !/^\s*(client|patient|pt|i)\b/.test(view.t) && !(options.clientPronoun && new RegExp(`^\\s*${options.clientPronoun}\\b`).test(view.t));
}

/** A denial just before the mention (nothing but fillers between), or just after it. */
function isDenied(view: ClauseView, start: number, end: number): boolean {
  // "SI and HI: negative": a denial after a list of domains reaches each of them.
  if (view.deniedAfter(end)) return true;
  const negator = view.lastNegatorBefore(start);
  if (!negator) return false;
  // ('"everyone would be better off without me" - passive SI': a word inside a quotation never denies what follows it outside.)
  if (view.t.slice(negator.end, start).includes('"')) return false;
  // "no plan so active thoughts": the denial has its own object, and ends there.
  if (/^\s*(?:plan|intent|means|method|access|rehearsal)\b(?!\s*(?:,|or|and|nor|\/)\s*(?:\w+\s+){0,2}$)/.test(view.t.slice(negator.end, start))) return false;
  // At most two words that are not fillers between them, and nothing that ends its reach.
  return !view.denialCutOff(negator.end, start);
}

/** Each pattern's global copy, made once. */
const GLOBAL_COPY = new Map<RegExp, RegExp>();

function lastMatch(re: RegExp, text: string): Span | undefined {
  let at: Span | undefined;
  const global = GLOBAL_COPY.get(re) ?? new RegExp(re.source, 'g');
  GLOBAL_COPY.set(re, global);
  for (const m of allMatches(global, text)) at = { index: m.index, end: m.index + m[0].length };
  return at;
}

/** Protective terms longest first, so "reasons for living" wins over "reasons". */
const PROTECTIVE_LONGEST_FIRST = [...PROTECTIVE_TERMS].sort((a, b) => b.length - a.length);
/** Medications given out or held by others, so none can be saved up: "nurses give him his meds", "couldn't stockpile anyway". */
const MEDS_HELD_BY_OTHERS = /\b(?:nurses?|nursing|staff|the facility|facility|wife|husband|spouse|partner|mom|mother|dad|father|parents?|daughter|son|caregiver|pharmacy|aide)\s+(?:gives?|gave|administers?|administered|holds?|held|dispenses?|dispensed|keeps?|kept|manages?|managed|controls?|controlled|locks? up|locked up)\s+(?:(?:him|her|them)\s+)?(?:(?:his|her|their|all)\s+)?(?:meds|medications?|pills)\b|\b(?:could not|couldn't|can't|cannot|unable to|no way to|not able to)\s+(?:\w+\s+)?(?:stockpile|hoard|save up|collect|stash)\b/i;
/** "Reason he gives for staying: great-granddaughter ...", "reasons to live": what keeps the client alive, in the clinician's words. */
// ("not using her threats as reason to stay/control either way": a reason to stay in a relationship, or to do something else, is no reason to live.)
const REASON_FOR_STAYING = /\breasons? (?:(?:he|she|they) (?:gives?|gave|names?|named|offers?|offered|lists?|listed) )?(?:for (?:staying(?: alive| here)?|going on|living)|to (?:live|stay(?: alive)?|keep going))\b(?!\s*(?:\/|-|and|or)\s*(?:control|leave|go|break|fight|use)\b)/;
// "risk low-moderate", "low to moderate risk": the level as the clinician wrote it, never cut short.
// ("Very high risk": the clinician's own degree is kept, never rounded to "high".)
const LEVEL = '(?:(?:very|extremely)\\s+)?(?:low|mod(?:erate)?|high|elevated)(?:\\s*(?:-|to|/)\\s*(?:low|mod(?:erate)?|high))?';
// "high risk situations", "high risk behaviors": a kind of situation named, never a level.
const RISK_OF_A_KIND = `[\\s-]+(?:situations?|behaviou?rs?|sex(?:ual)?|activit(?:y|ies)|times?|places?|people|persons?|friends?|peers?|groups?|populations?|settings?|environments?|triggers?|drinking|youth|students?|pregnanc(?:y|ies)|factors?|areas?|neighbou?rhoods?|events?|days?|periods?|moments?|scenarios?|cues?|contacts?|locations?|flags?|lists?|registry|registries|designations?|alerts?|status|patients?|clients?|cases?)\\b`;
const KIND_OF_RISK = new RegExp(`\\b(?:high|low|moderate|at)[\\s-]+risk(?=${RISK_OF_A_KIND})`, 'g');
// "high acute risk", "low chronic suicide risk": a qualifier between the level and the word risk.
// ("Risk: I think mod, chronic elevated": the clinician's own hedge before the level.)
/** A level as the note writes it: "mod / high" -> "moderate-high", "low to mod" -> "low to moderate". */
const levelAsWritten = (level: string): string => level.replace(/\s*(-|\/)\s*/, '-').replace(/\s+to\s+/, ' to ').replace(/\bmod\b/g, 'moderate');
/** "risk to pt from others moderate-high", "risk to her from ex is high": the danger the client is in from someone else. */
const DANGER_TO_CLIENT = new RegExp(`\\brisk to (?:the\\s+)?(?:pt|client|patient|her|him|them)\\s+from\\s+(?:[a-z'-]+\\s+){1,3}?(?:is\\s+|was\\s+|as\\s+|judged\\s+|assessed as\\s+)?(${LEVEL})\\b`);
/** "her faith forbids", "her religion is against": what holds the client back from harming themself (1). */
const FORBIDS_HARM = /(?:\b((?:her|his|their|my)\s+(?:faith|religion|religious beliefs|beliefs|church|god|kids|children|family))\s+)?\b(?:forbids?|forbade|prohibits?|does not allow|doesn't allow|(?:is|was) against|would never let (?:her|him|them|me))\s+(?:(?:her|him|them|me)\s+)?(?:from\s+)?$/;
/** "risk to roommate mod", "risk to self low, risk to others moderate": a level with whom it is a risk to. */
const LEVEL_TO_WHOM = new RegExp(`\\brisk to (?!(?:the\\s+)?(?:pt|client|patient|her|him|them)\\s+from\\b)((?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:self|others|staff|peers|[a-z'-]{3,}(?:\\s+[a-z'-]{3,})?))\\s*(?:is\\s+|was\\s+|:\\s*|-\\s*|=\\s*)?(${LEVEL})\\b`, 'g');
// ("Risk currently low", "risk remains moderate": a level said with when it holds.)
const RISK_LEVEL = new RegExp(`\\brisk(?: level)?:? (?:(?:currently|now|today|still|overall|at this time|remains|remained|appears|seems)\\s+)?(?:level:? |level is |is |was |assessed as |assessed |assessed at |judged |judged as |rated |rated as |rated at |rating:? )?(?:(?:i think|i'd say|i would say|probably|likely|my read is)\\s+)?(?:as )?(${LEVEL})\\b|\\b(${LEVEL})(?: (?:acute|chronic|imminent|overall|current|suicide|suicidal|violence))* risk\\b(?!${RISK_OF_A_KIND})(?!\\s+(?:for|of)\\s+(?:relapse|falls?|readmission|infection|eviction|homelessness|dropout|recidivism|refeeding)\\b)|\\brisk\\b[^.;]{0,12}?\\b(?:i would|i'd|would)\\s+(?:call|rate|put|say|consider)\\s+(?:it|her|him|them)?\\s*(?:at\\s+|as\\s+)?(${LEVEL})\\b`);

/** "intent-ish", "intent unclear", "ambivalent intent": intent the clinician left in question. */
// ('when I asked intent she said "I don't know, maybe not today"': the client's own answer about intent, undecided, is a hedge too.)
const HEDGED_INTENT = /\b(?:asked|asking)\s+(?:about\s+|re:?\s+|her\s+|him\s+|them\s+)?intent\b[^.;]{0,40}?\b(?:said|says|answered|replied|stated)\s*,?\s*["']?(?:i\s+)?(?:don't know|do not know|dunno|not sure|maybe|i guess)\b|\bintent(?:-ish\b|\s*\?|\s+(?:is\s+|was\s+|seems\s+|remains\s+)?(?:unclear|uncertain|ambiguous|equivocal|ambivalent|unknown|hard to (?:gauge|assess|read)))|\b(?:unclear|uncertain|ambiguous|equivocal|ambivalent|possible|maybe)\s+(?:re\s+|about\s+)?intent\b|\bunsure\s+(?:about|of|re)\s+(?:her\s+|his\s+|their\s+)?intent\b/i;

/** "would never hurt him", "wouldn't actually hurt anyone": a denial of intent in the client's words. */
const WOULD_NEVER_HARM = /\b(?:would never|wouldn't ever|would not ever|wouldn't actually|would not actually|wouldn't really|would not really|won't ever|would never actually|(?:is|was|'s|am|'m) not going to|(?:is|was|'s|am|'m) never going to)\s+(?:hurt|harm|touch|kill|do anything to)\b/;

/** The earlier day an endorsement was told of, just before it ("yesterday endorsed SI"). */
const EARLIER_DAY = /\b(yesterday|last night|over the weekend|this weekend|last week(?:end)?|earlier this week|the other (?:day|night)|(?:a few|a couple of|several|two|three|four|five|\d+) days ago|(?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)\b[^.;]{0,80}$/;

/** The earlier day told just after an endorsement ("SI w/ plan Monday"). */
const EARLIER_DAY_AFTER = /^(?:\s+(?:with|w\/)\s+(?:a\s+)?(?:plan|intent|method))?\s+(?:on\s+|last\s+)?(yesterday|last night|over the weekend|this weekend|last week(?:end)?|earlier this week|the other (?:day|night)|(?:a few|a couple of|several|two|three|four|five|\d+) days ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)\b/;

/**
 * The part of a clause that is the safety step ("Relapsed Friday, drank a fifth, his wife took his keys" -> "his wife
 * took his keys"): from the first comma-separated piece that names it, to the end; the whole clause when that is the first.
 */
function safetyPart(clause: string): string {
  const pieces = clause.trim().split(/,\s+/);
  const at = pieces.findIndex((p) => found(SAFETY, p.toLowerCase()));
  return at > 0 && /^(?:(?:her|his|their|the)\s+)?[A-Za-z]+(?:\s+[A-Z][a-z]+)?\s+(?:took|takes|has taken|will take|is holding|holds|will hold|agreed|removed|locked|will lock|secured)\b/.test(pieces[at]!) ? pieces.slice(at).join(', ') : clause.trim();
}

/** Means named by one word, after "access to". */
const MEANS_WORDS = /^(?:firearms?|guns?|rifles?|handguns?|pistols?|shotguns?|weapons?|knives|knife|blades?|razors?|rope|ropes|narcotics|opioids|insulin)$/;
/** Pills or a medicine named in a clause (lexicon SAVED_MEDICATIONS). */
const PILL_MEANS = new RegExp(`\\b(?:pills?|tablets?|tabs|meds|medications?|bottles?|${SAVED_MEDICATIONS.map(escapeRegExp).join('|')})\\b`);
const WEAPON_MEANS = /\b(?:guns?|firearms?|rifles?|shotguns?|handguns?|pistols?|revolvers?|weapons?|ammunition|ammo|ar-15|glock)\b/;
/** A medicine named by its own name (never "pills" or "meds"), in the clinician's casing. */
const NAMED_MEDICINE = new RegExp(`\\b(?:${SAVED_MEDICATIONS.filter((m) => !/\b(?:pills?|meds?|medications?|tablets|painkillers)\b/.test(m)).map(escapeRegExp).join('|')})\\b`, 'i');
/** Pills named by no medicine: a medicine named ("oxycodone") stays the means named over them. */
const GENERIC_PILLS = /^(?:pills?|tablets?|tabs|meds|medications?|bottles?)$/;
/** Whether a clause speaks of the same kind of means as the one named (pills, or a weapon); any, when the named is neither. */
function sameKindOfMeans(clause: string, named: string | undefined): boolean {
  if (!named) return true;
  if (PILL_MEANS.test(named)) return PILL_MEANS.test(clause);
  if (WEAPON_MEANS.test(named)) return WEAPON_MEANS.test(clause);
  return true;
}

/** "doesn't know if he has a plan": whether another person (1, their pronoun) has a plan, not known to the one telling. */
const OTHERS_PLAN_UNKNOWN = /\b(?:does(?:n't| not) know|do(?:n't| not) know|unsure|not sure|unclear)\s+(?:if|whether)\s+(she|he|they)\s+(?:has|had|have)\s+(?:a\s+|any\s+)?plan\b/;
/** "has ~60 tabs oxycodone at home", "keeps a full bottle of Ambien": a supply of pills at hand is a lethal means. */
// ("has ~10 oxycodone at home": a count of a medicine named is pills at hand too; 1 the medicine, when named.)
/** A lethal means held, with a plan or with using it soon: "a syringe of succinylcholine and a plan", "rope in his closet, plans to use it tonight". */
const MEANS_WITH_PLAN = /\b(?:has|have|had|got|bought|brought|keeps?|kept|with)\s+(?:a |an |the |his |her |their |some |\d+ )?(?:syringes?|vials?|(?:loaded )?(?:gun|handgun|pistol|rifle|shotgun)|rope|noose|ligature|(?:bottle|supply|stash|stockpile) of \w+)\b(?:\s+of\s+[a-z]+)?[^.;]{0,30}?\b(?:and|with)\s+(?:a\s+|his\s+|her\s+)?plan\b(?!\s+(?:to|for)\s+(?!(?:use|take|kill|end|do it|inject|overdose|die)\b))|\b(?:syringes?|vials?|gun|handgun|pistol|rifle|rope|noose)\b[^.;]{0,60}?\b(?:intends?|plans?|planning|going) to (?:use|inject|take) (?:it|them)\b(?=[^.;]{0,20}\b(?:tonight|today|tomorrow|this weekend|soon|when|after)\b)/;
const PILLS_AT_HAND = new RegExp(String.raw`\b(?:has|have|had|keeps?|kept|stockpiled|saved)\s+(?:(?:~|about|around|approx(?:imately|\.)?|over|nearly|almost|at least|roughly)\s*)?\d+\s+(?:(?:tabs?|tablets?|pills?|capsules?)\b(?:\s+(?:of\s+)?(?:(?:his|her|their|my)\s+)?(${SAVED_MEDICATIONS.map(escapeRegExp).join('|')})\b)?|(${SAVED_MEDICATIONS.map(escapeRegExp).join('|')})\b)|\b(?:has|have|had|keeps?|kept)\s+(?:a|an|the)\s+(?:full|whole|big|large)\s+(?:bottle|supply|stash)\s+of\b`);
const PILLS_NAMED = new RegExp(`\\b(?:${SAVED_MEDICATIONS.map(escapeRegExp).join('|')})\\b`);
/**
 * "he was saving them", "going to take them on the anniversary", told just after the pills were named: pills saved and
 * an overdose planned, though the clause itself names neither. ("take them to the pharmacy" is no overdose.)
 */
const SAVING_THEM = /(?<!\b(?:not|never|n't|stopped)\s+(?:\w+\s+)?)\b(?:was|been|is|am|'s|'m|are|were)\s+(?:\w+\s+)?(?:saving|stockpiling|hoarding)\s+them\b/;
// ("counted out his oxycodone ... was thinking of taking them tonight": thoughts of taking the pills just named are the same.)
// ("asked if he'd thought about how he said he'd take his mom's pills": the way told in answer is the plan.)
const TAKING_THEM = /(?<!\b(?:not|never|n't)\s+(?:\w+\s+)?)\b(?:(?:going to|gonna|plan(?:s|ned|ning)? to|intend(?:s|ed)? to)\s+take|(?:thinking|thought|thinks|think)\s+(?:of|about)\s+taking)\s+(?:them|all of them|them all)\b(?!\s+(?:to|back|home|in|out|with|away|off|down|for|as|apart)\b)|\bhow\b[^.;]{0,30}\b(?:she|he|they|i)(?:'d|\s+would)\s+take\s+(?:all\s+(?:of\s+)?)?(?:his|her|their|my|the)\s+(?:[a-z]+'s\s+)?(?:pills|meds|medications?|oxycodone|sleeping pills|insulin)\b/;

/** A question asked about the words at [start, end), answered with a denial after them ("asked about X, she denied both"). */
function askedThenDenied(t: string, start: number, end: number): boolean {
  return /\basked\b[^.;]{0,40}\b(?:about|re|regarding|if|whether)\b[^.;]{0,60}$/.test(t.slice(Math.max(0, start - 100), start)) && /^[^.;]{0,80}?(?:[,;:-]\s*(?:and\s+)?(?:both|they|he|she|all|client|patient|pt)?\s*(?:denied|denies|said no)\b|\s+(?:and\s+)?(?:both|they|he|she|client|patient|pt)\s+(?:denied|denies|said no)\b)/.test(t.slice(end));
}

/** "doesn't want to hurt her daughter": not wanting to hurt someone close (1: whose; 2: who), said of dying, never of violence. */
const HURT_A_LOVED_ONE = /\b(?:does not|doesn't|doesnt|do not|don't|would not|wouldn't|never)\s+(?:want|wants|wanted)\s+to\s+(?:hurt|do that to|put)\s+(her|his|their|my)\s+(daughter|son|kids|children|family|mom|mother|dad|father|husband|wife|grandkids|grandchildren|granddaughter|grandson|parents|sister|brother)\b(?!\s+(?:physically|with)\b)/gi;

/** A word of the clause that names someone the summary names, who is not the client. */
function isOtherName(word: string | undefined, options: RiskReadOptions): boolean {
  return !!word && !!options.otherNames && [...options.otherNames].some((n) => n.toLowerCase() === word);
}

/** Someone named (1) who told of themselves, before the mention, with how far back to read (characters). */
const TOLD_BY_NAMED: readonly [RegExp, number][] = [
  // ("Tyler (not our client), told Wei last night he has pills saved up": what someone named told of themselves is theirs.)
  [/\b([a-z]+)\s*(?:\([^()]*\))?\s*,?\s+told\s+[a-z]+\s+(?:(?:last night|yesterday|today|this morning|this week|that)\s+)*(?:he|she|they)\s+(?:has|had|is|was|wants|wanted|plans|planned|is going|was going|has been)\b[^.;]*$/, 160],
  // ('Jake told a friend he "doesn't want to be alive anymore" and has been cutting': the second act joined to what someone
  // named told is theirs too.)
  [/\b([a-z]+)\s*(?:\([^()]*\))?\s+(?:told|texted|wrote|messaged|said)\b[^.;]{0,140}\band\s+(?:has|had|is|was)\s+(?:been\s+)?$/, 180],
];

/** A way to die the speaker plans ("plans to step in front of the 6pm freight train", "going to jump off the bridge"). */
// ("plans to use his father's pistol, knows where it's kept": a weapon or pills named as the way are a plan too.)
/** "thought about hanging himself in the shed ..., has a rope there": a way to die, where, and the means at hand. */
const METHOD_PLACE_MEANS = /\b(?:thought|thinking|thinks|considered|considering)\s+(?:about|of)\s+(?:hanging|shooting|drowning|overdosing|gassing)\s+(?:him|her|them|my)sel(?:f|ves)\s+(?:in|at|behind|under|from|off)\s+(?:the|his|her|their|my|a)\s+[^.;]{2,50}?,?\s+(?:and\s+)?(?:has|had|keeps|kept)\s+(?:a|the|his|her|their)\s+(?:rope|belt|cord|gun|pistol|rifle|pills|car)\b/;
// ("she said she'd probably use her car in the garage": the way she would do it, said as what she would do, is a plan too.)
const METHOD_PLANNED = /\b(?:(?:plans|planning|planned|intends?|intending|intended|is going|was going|gonna)\s+to\s+|(?:she|he|they|i)(?:'d|\s+would)\s+(?:probably\s+|likely\s+)?(?=use\s+(?:his|her|their|my|the)\s+(?:car|truck)\s+in\s+the\s+garage))(?:just\s+)?(?:(?:step|walk|lie|lay|jump|throw (?:her|him|them|my)self)\s+(?:in front of|into|onto|off|from|on)\s+(?:the\s+|a\s+)?(?:\d+\s*(?:am|pm)\s+)?(?:[a-z]+\s+)?(?:train|bus|truck|traffic|tracks|bridge|building|roof|overpass|cliff|parking garage)|use\s+(?:his|her|their|my|a|the)\s+(?:[a-z]+'s\s+)?(?:pistol|gun|handgun|rifle|shotgun|firearm|revolver)|use\s+(?:his|her|their|my|the)\s+(?:car|truck)\s+in\s+the\s+garage)\b/;

/** "he raised his cane at her and said he'd kill her ...": the one who said it, threatening in their own person (never "she
 * said he'd kill her", another's threat told by her), and never a threat aimed at the client by someone else. */
function ownThreatTold(lead: string, options: RiskReadOptions): boolean {
  const m = /\b(?:said|says|stated|states|yelled|screamed|threatened|told (?:me|the therapist|us|her|him|them))\s+(?:that\s+)?(she|he|they)(?:'d|'ll| would| will| was going to| were going to| is going to|'s going to| is gonna|'s gonna| was gonna)\s+(?:just\s+|really\s+|actually\s+)?$/.exec(lead);
  if (!m || (options.clientPronoun && options.clientPronoun !== m[1])) return false;
  // ("Pt said he'll shoot his brother-in-law if ...", "angry, says he's gonna ..."): the client, named or left unsaid, telling
  // of their own act to come.
  if (/(?:^|\b(?:client|pt|patient)\s+(?:also\s+|then\s+)?|^\s*(?:and\s+|also\s+|then\s+)*|,\s*(?:and\s+|also\s+)?)$/.test(lead.slice(0, m.index)) && !/\b(?:she|he|they)\b[^.;"]*$/.test(lead.slice(0, m.index).replace(/^\s*(?:client|pt|patient)\b/, ''))) return true;
  // The one who said it: the last person told of before the saying, by pronoun or, for a partner or family member in the
  // room, by name ("June disclosed Walt raised his fist at her and said he'd hurt her ...": Walt).
  const inRoom = [...(options.partners ?? []), ...(options.familyMembers ?? [])].map((n) => n.toLowerCase()).filter((n) => /^[a-z]+$/.test(n));
  const people = new RegExp(`\\b(she|he|they${inRoom.length ? `|${inRoom.join('|')}` : ''})\\b(?![^.;"]{0,60}\\b(?:she|he|they${inRoom.length ? `|${inRoom.join('|')}` : ''})\\b[^.;"]*$)`);
  const sayer = people.exec(lead.slice(Math.max(0, m.index - 70), m.index))?.[1];
  return !!sayer && (sayer === m[1] || inRoom.includes(sayer));
}

/** "Walter said ...", "When asked, Walter denied plan": a clause opened by someone the summary names, who is not the client. */
/** Someone else named as the one telling, after an asking or a time the client had gone (1). */
const OTHER_OPENER = new RegExp(String.raw`^\s*(?:(?:when\s+)?asked(?:\s+directly)?[,:]?\s+|${CLIENT_GONE}\s*[:,-]?\s*)?([a-z]+)\.?\s+(?:\([^)]*\)\s+)?(?:said|says|stated|reported|reports|denied|denies|endorsed|endorses|admitted|disclosed|shared|shares|described|expressed|told|has|had|was|is|appeared|thinks|feels|with|tearful|reporting|texted|texts|posted|messaged|wrote|sent|called|showed|shows|sounded|seemed|looked|cried|crying|at|remains)\b`, 'i');
function opensWithOther(t: string, options: RiskReadOptions): boolean {
  // ("Both denied thoughts of harming self when I checked in w/ them privately", at a care conference: with one client, "both" are others.)
  // (Only where the clause says they were seen apart as themselves: "both denied any violence ... nobody is suicidal" in a couple's jotting is everyone's.)
  if (!options.sharedSession && /^\s*(?:both|they both|both of them|both parents|neither(?: of them)?)\s+(?:denied|denies|endorsed|endorses|reported|reports|said|says)\b[^.;]*\b(?:(?:checked in|spoke|met|talked) (?:with|w\/) them|them privately|themselves|their own)\b/.test(t)) return true;
  if (!options.otherNames?.size) return false;
  // ("r. shared a hx of overdose": a member named by an initial.)
  // ("after pt left: Denise disclosed ...": the time the client was gone, then who spoke.)
  const opener = OTHER_OPENER.exec(t);
  // "When the therapist asked Emmanuel directly, he said ...": the one asked answers.
  const asked = /^\s*when (?:the therapist|i|this writer|the clinician) asked ([a-z]+)(?: directly| about [a-z ]{1,30})?,?\s+(?:he|she|they)\s+(?:said|says|stated|reported|denied|endorsed|admitted|disclosed)\b/.exec(t);
  // "Spoke w/ Mateo privately w/ mom, he denies plan": the one spoken with answers.
  // ("Met with Andre separately for 15 min after: reports passive SI x 2 months": after a colon, the one met reports.)
  const spoke = /^\s*(?:therapist\s+|i\s+)?(?:spoke|met|talked|checked in)\s+(?:with|w\/)\s+([a-z]+)\b[^.;]{0,40}?(?:,\s*(?:he|she|they)\s+|:\s*(?:(?:he|she|they)\s+)?)(?:said|says|stated|reported|reports|denied|denies|endorsed|endorses|admitted|disclosed)\b/.exec(t);
  // ("No SI/HI for Rosa, she denies ...": the status jotted for someone named, who is not the client.)
  const forWhom = /^\s*(?:no|denies|denied|negative for|neg for|neg)\s+[^.;]{0,60}?\s(?:for|in)\s+([a-z]+)\b/.exec(t);
  const names = [...options.otherNames].map((n) => n.toLowerCase());
  return [opener?.[1], asked?.[1], spoke?.[1], forWhom?.[1]].some((who) => !!who && names.includes(who));
}

/** A parent or partner named, then a few words about them, then their saying: "mom tearful re custody, said ". */
/** A verb of telling right before a person: that person is the one told, not the one speaking. */
const TOLD_TO = /\b(?:told|tells|telling|texted|texts|messaged|wrote to|said to|says to|confided in|called)\s+(?:(?:his|her|their|my|the)\s+)?(?:(?:little|big|older|younger|baby|twin|step|best)\s+)?$/;
const RELATIVE_THEN_SAID = new RegExp(String.raw`\b(?:${oneOf([...PARENTS, ...GRANDPARENTS, ...AUNTS_AND_UNCLES, ...SPOUSES, ...DATING_PARTNERS])})\b(?![^"]*\b(?:she|he) (?:said|says) (?:that )?(?:she|he) (?:would|will))[^".;]{0,80},?\s+(?:said|says|stated|told (?:me|us|the therapist)|reported)\s*(?:like\s+|that\s+)?$`);
/** "kill Dana", "shoot Marcus": an act of violence with a named person as its object (never a month or a day). */
const NAMED_TARGET = /\b(kill|shoot|stab|hurt|strangle|choke|beat up)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Time)\b)([A-Z][a-z]{2,})\b/g;
/** Reads the risk record from clauses whose shorthand is already spelled out. */
/** When a past act happened, told with it: "when she was 19", "at age 16", "in 2009", "10 years ago". */
const PAST_EVENT_TOLD = /\bwhen (?:she|he|they|i) (?:was|were) (?:\d{1,2}|a teen(?:ager)?|a kid|young|younger|in (?:high school|college|the army|the military))\b|\bat age \d{1,2}\b|\bin (?:19|20)\d\d\b|\b\d+ years? ago\b|\bas a (?:teen|teenager|kid)\b/;

/** The name a clause opens with ("James acknowledged ...", "Nicole denies SI"), never a word for the client or a pronoun. */
function clauseOpener(clause: string): string | undefined {
  const name = /^\s*([A-Z][a-z]+)\b/.exec(clause)?.[1];
  return name && !/^(?:Client|Patient|Pt|She|He|They|I|We|The|Both|Neither|Each|All|Today|Now|No|Denies|Denied|Risk|Mother|Father|Mom|Dad)$/.test(name) ? name : undefined;
}

export function extractRisk(told: readonly string[], options: RiskReadOptions = {}): RiskRecord {
  // ("no thoughts of actually hurting him": an adverb between the words of a risk term leaves the term whole.)
  // ("he will "kill Dana" when d/c'd": a person named as the one to be killed or hurt is read as "him", at the same length.)
  // ("she said she doesn't want to hurt her daughter", beside her plan to overdose: the pain her death would bring a relative,
  // a reason not to act, never a denial of homicidal ideation; read as the reason it is.)
  // ("denies any thoughts of hurting him or herself": the act reaches both, another and the self.)
  const clauses = told.map((c) => c.replace(/\b(hurting|harming|killing|hurt|harm|kill)\s+(him|her|them|anyone|others|someone)\s+or\s+((?:her|him|them)sel(?:f|ves))\b/gi, '$1 $2 or $1 $3').replace(/\b(hurting|harming|hurt|harm)\s+((?:her|him|them)sel(?:f|ves))\s+or\s+(anyone|anybody|someone|others|other people)(\s+else)?\b/gi, '$1 $2 or $1 $3$4')).map((c) => c.replace(HURT_A_LOVED_ONE, (_m, whose: string, who: string) => `wants to spare ${whose} ${who}`)).map((c) => c.replace(/\b(thoughts? (?:of|about)|intent to|plan to|urges? to|wants? to|wanted to)\s+(?:actually|really|ever|seriously|truly)\s+/gi, '$1 ').replace(NAMED_TARGET, (_m, verb: string, name: string) => `${verb} him${' '.repeat(name.length - 3)}`));
  const risk = emptyRisk();
  // The client named, or the client's own pronoun: made once per summary, not per mention.
  const clientWord = new RegExp(`\\b(?:client|patient|pt${options.clientPronoun && options.clientPronoun !== 'they' ? `|${options.clientPronoun}` : ''})\\b`);
  const si: string[] = [];
  // The findings that say only that others would be better off without the client, or that the client wants to die, and the
  // bare "SI" said apart from them.
  const passiveWordsOnly = new Set<number>();
  const bareApart = new Set<number>();
  // ("C-SSRS - high risk"): the screen's band, and which finding it alone gave.
  let screenBand: { at: number; band: 'high' | 'moderate' } | undefined;
  // Whether an endorsement said which kind of ideation it was: a bare "endorsed SI" is read as active, and said as not specified.
  let siKindStated = false;
  // The day each endorsement of ideation was told of ('' for none), and whether ideation was denied today.
  const endorsedWhen: string[] = [];
  // Which endorsements were told by another person opening the clause ("Mei reports that when C is drunk he's said ...").
  const toldByAnother: number[] = [];
  let deniedToday = false;
  // (Couples and groups: who opens each endorsing and denying clause, so one partner's denial never cancels the other's words.)
  const endorsedBy = new Map<number, string | undefined>();
  const deniedBy: (string | undefined)[] = [];
  const hi: string[] = [];
  const sh: string[] = [];
  // Denials told by someone else ("no self harm per mom") and by the client, per domain: a status only another person gave is said as theirs.
  const deniedByOther = new Set<'si' | 'hi' | 'selfHarm'>();
  const deniedByClient = new Set<'si' | 'hi' | 'selfHarm'>();
  // Whether a clause's denial is someone else's, read once per clause: a clause of thousands of
  // mentions re-read it per mention (quadratic: 4 s for 6,000).
  const denialIsOthers = new Map<string, boolean>();
  const noteDenial = (domain: 'si' | 'hi' | 'selfHarm', t: string): void => {
    // (In a couples or group session the partner or member who denies is a client too.)
    // ("pt herself denies SI, ∅ past SH, ∅ HI, ... grades fine per mom": a denial the client gave in so many words is hers, whatever source ends the line.)
    // ("Mom denies Ava has said anything about wanting to hurt herself": what someone says the client has not said is their
    // report, never the client's denial, in any session.)
    if (!denialIsOthers.has(t)) denialIsOthers.set(t, (!options.sharedSession && COLLATERAL_DENIAL.test(t) && !/^\s*(?:client|pt|patient)(?:\s+(?:herself|himself|themself|themselves))?\s+(?:denies|denied)\b/.test(t)) || NOTHING_SAID_PER_OTHER.test(t) || NEVER_HEARD_CLIENT.test(t));
    (denialIsOthers.get(t) ? deniedByOther : deniedByClient).add(domain);
    // ("No SI per Eli, no SI per mom": beside a parent's word, the client's own denial by name or as "pt" is the client's too.)
    if (denialIsOthers.get(t) && (/\bper\s+(?:pt|client|patient|the client|(?:him|her|them)sel(?:f|ves))\b/i.test(t) || (options.clientName && new RegExp(`\\bper\\s+${options.clientName.toLowerCase()}\\b`).test(t)) || /\bper\s+(?!(?:mom|mum|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|aunt|uncle|sister|brother|wife|husband|partner|teacher|staff|school|nurse|guardian|caregiver|foster|stepmom|stepdad|report|records?|chart)\b)[a-z]+\b(?=[^.;]*\bper\s+(?:mom|mum|mother|dad|father|parents?|guardian|caregiver)\b)/i.test(t))) deniedByClient.add(domain);
  };
  const anyIdeation = clauses.some((c) => found(SI, c.toLowerCase().replace(NOT_RISK_PHRASES, ' ')) || found(HI, c.toLowerCase()) || SCREEN.test(c.toLowerCase()));
  // A threat toward another person: its means ("no weapons other than kitchen knives") are read like an ideation's.
  const anyThreat = clauses.some((c) => THREAT_OF_VIOLENCE.test(c.toLowerCase()) || VEILED_THREAT.test(c.toLowerCase()));
  let askedAboutSuicide = false;
  let askedAboutHarm = false;
  let askedAboutSuicideAndSelfHarm = false;
  // (Asked about suicide rather than hurting oneself: the "no" answers no question about self-harm.)
  let askedAboutSuicideNotSelfHarm = false;
  // An overdose or attempt told in the clause before ("... she's not having any thoughts like that" answers it).
  let suicideTalkBefore = false;
  let suicideWordsBefore = false;
  // Another person's suicidal talk was told in the clause before: "he has pills saved up and Ray was upset" goes on about them.
  let othersTalkBefore = false;
  // (A denial of homicidal ideation that names no one: any "toward Lisa" beside it narrows nothing.)
  let hiDeniedGenerally = false;
  const toldClientThat = TOLD_CLIENT_THAT(options.clientName);
  // A partner of a couples session, as the first word of a statement.
  const inRoomOpener = options.partners?.length ? new RegExp(`^\\s*(?:${options.partners.map((n) => n.toLowerCase()).join('|')})\\b`) : undefined;
  const clientNamed = options.clientName ? new RegExp(`\\b${options.clientName.toLowerCase()}\\s+(?:was|is|were|had|has|got|felt|feels|became|himself|herself|themselves|did|does|said|says|denies|denied)\\b`) : undefined;
  let askedAboutSelfHarm = false;
  // Plan or intent named with nothing that says it is there ("dtr's number on plan"): counted only
  // when no clause says whether there is one.
  const bareMentions = new Set<'plan' | 'intent'>();
  // Plan or intent aimed at another person ("denies any intent to harm roommate"): the ideation's own
  // plan and intent are the client's toward themself when that ideation is endorsed.
  const aimedAtOther: Partial<Record<'plan' | 'intent', boolean>> = {};
  // How many clauses back pills were last named (for "saving them", "take them").
  let pillsAgo = Number.POSITIVE_INFINITY;
  const threatSaid = clauses.some((c) => THREAT_OF_VIOLENCE.test(c.toLowerCase()) || VEILED_THREAT.test(c.toLowerCase()));
  // Whether the clause before told only another person's ideation ("he has a gun" after it is that person's).
  let anothersBefore = false;
  for (const [clauseAt, clause] of clauses.entries()) {
    // What this clause adds of someone else's risk, and of the client's ideation (a clause only about another's risk names no
    // means of the client's: "Tyler ... told Wei he has pills saved up").
    const othersBefore = !!risk.othersRisk;
    const siBefore = si.length;
    // "I asked directly about suicide" then "he said yeah he's been thinking about it": the answer
    // in the next clause is the status, though it names no term of its own.
    const lower = clause.toLowerCase();
    if (askedAboutSuicide && !found(SI, lower)) {
      if (ANSWER_YES_START.test(lower)) si.push(/\bpassive\b|\bwish(?:es|ed)? (?:she|he|they|i) (?:was|were) dead\b/.test(lower) ? 'passive' : 'active');
      // (A "no" to a question about suicide denies suicidal thoughts; a wish to be dead said in the client's words stands.)
      else if (ANSWER_NO_START.test(lower)) si.push('denied_active');
    }
    // ("I asked directly about hurting himself or anyone else" then "he said no and no": the answer denies both.)
    if (askedAboutHarm && ANSWER_NO_START.test(lower) && !found(SI, lower) && !found(HI, lower)) {
      if (!askedAboutSuicideNotSelfHarm) sh.push('denied');
      hi.push('denied');
      si.push(askedAboutSuicideNotSelfHarm ? 'denied' : 'denied_active');
      if (!askedAboutSuicideNotSelfHarm) noteDenial('selfHarm', clause);
      noteDenial('hi', clause);
    }
    // ("denied any plan or intent to hurt the shooter himself": no plan or intent to harm the one named is a denial of
    // homicidal ideation toward them.)
    // (After a threat, a denial of intent or plan is said as such, never as no homicidal ideation.)
    if (INTENT_TO_HARM_OTHER_DENIED.test(lower) && !found(HI, lower) && !opensWithOther(lower, options) && !threatSaid) hi.push('denied');
    // ("I asked directly about suicide and self harm" then "he denied both": the answer denies each.)
    if (askedAboutSuicideAndSelfHarm && ANSWER_NO_START.test(lower) && !found(SI, lower) && !found(SH, lower)) {
      si.push('denied');
      sh.push('denied');
      noteDenial('selfHarm', clause);
    }
    askedAboutSuicideAndSelfHarm = ASKED_ABOUT_SUICIDE_AND_SELF_HARM.test(lower);
    askedAboutHarm = ASKED_ABOUT_HARM_BOTH.test(lower);
    askedAboutSuicideNotSelfHarm = askedAboutHarm && /\b(?:suicide|killing (?:herself|himself|themselves))\s+(?:or|and)\b/.test(lower);
    askedAboutSuicide = ASKED_ABOUT_SUICIDE.test(lower);
    // ("back in her twenties she took an overdose ..." then "she's not having any thoughts like that": the denial points back at it.)
    // ('her friend posted "nobody would even notice if I was gone"' then "she denies any thoughts like that herself": the
    // client's own, set against another's words.)
    if ((suicideTalkBefore || (suicideWordsBefore && /\b(?:her|him|them)sel(?:f|ves)\b/.test(lower))) && !found(SI, lower) && THOUGHTS_LIKE_THAT_DENIED.test(lower) && !opensWithOther(lower, options)) si.push('denied');
    suicideWordsBefore ||= found(SI, lower);
    // ("he had suicidal thoughts back in college after his ACL tear" then "nothing like that now": past ideation too.)
    suicideTalkBefore = PAST_OVERDOSE.test(lower) || ATTEMPT.test(lower) || (found(SI, lower) && HISTORY.test(lower));
    // ('"I have all my mom's pills, I counted 30." Plans to take them tonight': taking the pills just named is the plan, though
    // the words read as ideation too.)
    if ((pillsAgo <= 2 || PILLS_NAMED.test(lower)) && found(SI, lower) && TAKING_THEM.test(lower) && !HISTORY.test(lower) && !opensWithOther(lower, options)) risk.plan = true;
    if ((pillsAgo <= 2 || PILLS_NAMED.test(lower)) && !found(SI, lower)) {
      const taking = TAKING_THEM.test(lower);
      if (taking || SAVING_THEM.test(lower)) {
        si.push('active');
        siKindStated = true;
        if (taking) risk.plan = true;
      }
    }
    pillsAgo = PILLS_NAMED.test(lower) ? 0 : pillsAgo + 1;
    // ("has a syringe of sux and a plan, intends to use it tonight" on a crisis call: a lethal means held, with a plan or an intent
    // to use it soon, is active ideation with a plan, though no suicide word is said.)
    if (!found(SI, lower) && MEANS_WITH_PLAN.test(lower) && !opensWithOther(lower, options) && !HISTORY.test(lower) && !/\b(?:no|denies|denied|without)\s+(?:a\s+)?plan\b/.test(lower)) {
      si.push('active');
      siKindStated = true;
      risk.plan = true;
      if (/\bintends?\s+to\b|\bintent\b(?!\s+(?:denied|0|none))/.test(lower)) risk.intent = true;
    }
    // ("it would be easier if she just wasn't here", then "asked more directly, she said yes she's thought about taking the rest
    // of her mom's oxycodone": a way of dying thought of, told after the wish, makes it active ideation, with the means at hand.)
    // ("back when she was 16": a method thought of long ago is history, read as such elsewhere.)
    if (!found(SI, lower) && si.some((x) => /^(?:passive|active)/.test(x)) && METHOD_THOUGHT.test(lower) && !/\b(?:no|not|never|denies|denied|without)\s+(?:\w+\s+){0,2}(?:thought|thoughts|thinking)\b/.test(lower) && !HISTORY.test(lower) && !/\b(?:back when|when (?:she|he|they|i) was|years? ago|as a (?:teen|kid|child)|in (?:high school|college|19\d\d|20\d\d))\b/.test(lower) && !opensWithOther(lower, options)) {
      si.push('active');
      siKindStated = true;
      const drug = PILLS_NAMED.exec(lower)?.[0];
      // ("has thought of taking pills 'after'": pills in general, thought of, are a method, never access reported; only pills
      // someone holds, "her mom's oxycodone", "the rest of his Xanax", are at hand.)
      const held = !!drug && (drug !== 'pills' || new RegExp(`\\b(?:her|his|my|their|the rest of|[a-z]+'s)\\s+(?:\\w+\\s+)?${escapeRegExp(drug)}\\b|\\b(?:has|have|had|saved|kept|stockpiled)\\b[^.;]{0,30}\\b${escapeRegExp(drug)}\\b`).test(lower));
      if (drug && held && risk.means === undefined) {
        risk.means = true;
        risk.meansNamed = drug;
      }
    }
    // ('has thought about walking into traffic ... says she wants to do it "when everyone's asleep"': wanting to do the act
    // just thought of, at a time named, is intent to act (C-SSRS item 4), once suicidal thoughts were told before it.)
    // ("hx of cutting in her 20s, urges came back this week, hasn't cut": the urges, back, not acted on; in a couples session
    // a partner's own are the session's too.)
    if (/\b(?:cut|cutting|self-harm|burning|burn)\b/.test(lower) && /\burges?\s+(?:(?:have|has)\s+)?(?:came back|come back|returned|are back|were back|back|again)\b/.test(lower) && NOT_ACTED.test(lower) && (!opensWithOther(lower, options) || !!inRoomOpener?.test(lower))) risk.selfHarmUrges = true;
    // ('"maybe it'd be better if I took her too" and then quickly said she didn't mean it': the child's death with her own,
    // taken back or not, is a danger to the child to weigh; a retraction is no denial of it.)
    if (TAKING_ANOTHER_TOO.test(lower) && !opensWithOther(lower, options)) {
      risk.threat = true;
      risk.jointDeath = true;
    }
    // ("thinking about it for a week, plan is to hang": the way named as the plan is a plan.)
    if (/\bplan(?:s|ning)?(?: is)? to (?:hang|overdose|jump|shoot (?:himself|herself|myself)|drown|cut (?:her|his|my) wrists)\b/.test(lower) && !/\b(?:no|denies|denied|never)\b[^.;]{0,12}\bplan/.test(lower) && !HISTORY.test(lower) && !HISTORY_LABEL.test(lower) && !opensWithOther(lower, options)) risk.plan = true;
    const doIt = DO_IT_AT_A_TIME.exec(lower);
    const doItLead = doIt ? lower.slice(0, doIt.index + doIt[0].search(/\bdo(?:ing)? it\b/)) : '';
    // ("he still wants to die and if he goes home he'd do it again": the wish told in the same clause, undenied, counts too.)
    const wishHere = !!doIt && (found(SI, lower.slice(0, doIt.index)) || STOCKPILE_TOLD.test(lower.slice(0, doIt.index))) && !/\b(?:no|not|denies|denied|never|without)\b/.test(lower.slice(0, doIt.index));
    // ('"i'm gonna do it as soon as yall take me off this" - says he'd tear the sheet and tie it off the vent': the way told just after says what "it" is.)
    const wayNext = !!doIt && clauses.slice(clauseAt + 1, clauseAt + 2).some((c) => found(SI, c.toLowerCase()) && !/\b(?:no|not|denies|denied|never|without)\b/.test(c.toLowerCase()));
    // ('found in bathroom w/ shoelace tied around neck ... "I'm going to do it tonight"': an attempt told just before says what "it" is.)
    const attemptBefore = !!doIt && clauses.slice(Math.max(0, clauseAt - 4), clauseAt).some((c) => ATTEMPT.test(c.toLowerCase()) && !/\b(?:no|denies|denied|never)\s+(?:\w+\s+){0,3}attempt/.test(c.toLowerCase()));
    if (doIt && (si.some((x) => /^(?:active|passive)/.test(x)) || wishHere || wayNext || attemptBefore) && !/(?:\b(?:not|never|no)|n't)\b[^.;]{0,25}$/.test(doItLead) && !opensWithOther(lower, options)) {
      // ("thought about doing it tonight after her husband goes to work": a time worked out is a plan; wanting to is intent.)
      if (/^(?:thought|thinking|thinks|considered|considering)\b/.test(doIt[0])) risk.plan = true;
      else risk.intent = true;
      // ("plans to take them tonight after kids are asleep": the way and the time set are a plan as well as the intent.)
      if (/^(?:plans?|planning|planned)\b/.test(doIt[0])) risk.plan = true;
      // (After an attempt told just before, "I'm going to do it tonight" is itself suicidal intent stated, whatever words it uses.)
      if (attemptBefore && !si.some((x) => /^(?:active|passive)/.test(x))) si.push('active');
      siKindStated = true;
    }
    // ("I asked Zaid about ... any thoughts of hurting himself" then "he said no": the answer is the self-harm status.)
    if (askedAboutSelfHarm && ANSWER_NO_START.test(lower)) sh.push('denied');
    if (askedAboutSelfHarm && ANSWER_YES_START.test(lower)) risk.selfHarmUrges = true;
    const selfHarmAsked = ASKED_ABOUT_SELF_HARM.exec(lower);
    // ("... and she said yes", "... and he said no": the answer in the same clause.)
    const answer = selfHarmAsked ? /^[^.;]*?\b(?:and|,)\s*(?:she|he|they)\s+(?:said|says|answered)\s+(yes|yeah|no|nope)\b/.exec(lower.slice(selfHarmAsked.index + selfHarmAsked[0].length))?.[1] : undefined;
    if (answer === 'no' || answer === 'nope') sh.push('denied');
    else if (answer) risk.selfHarmUrges = true;
    askedAboutSelfHarm = !!selfHarmAsked && !answer;
    // ("She doesn't know if he has a plan", of a brother who texted "I'm done": whether someone else has a plan is their risk.)
    const othersPlanAsked = OTHERS_PLAN_UNKNOWN.exec(lower);
    // (In a group no pronoun is the client's: the one telling, "She ...", is not the "he" asked about.)
    const planTeller = options.clientPronoun ?? /^\s*(she|he|they)\b/.exec(lower)?.[1];
    if (othersPlanAsked && planTeller && othersPlanAsked[1] !== planTeller) {
      risk.othersRisk = true;
      continue;
    }
    // Most clauses name no risk at all: one cheap test before the term lists.
    if (!maybeRisk(clause)) {
      othersTalkBefore = false;
      continue;
    }
    // ("... told Ray he was going to end it. He has pills saved up and Ray was really upset": the one who has the pills is
    // not the client named beside them.)
    const othersStill = othersTalkBefore && !!clientNamed && /^\s*(?:he|she|they)\s/i.test(clause) && clientNamed.test(lower) && !/^\s*(?:he|she|they)\s+(?:himself|herself|themselves)\b/i.test(clause);
    othersTalkBefore = false;
    if (othersStill) {
      risk.othersRisk = true;
      othersTalkBefore = true;
      continue;
    }
    // ('his friend "Tre" has been posting ...': a nickname in quotes after the relation is a name, not the client's words.)
    // ("hasn't cut since Oct": an act not done for a while, read as "no cutting since", a history; the length is kept.)
    // ("another member (not Theo) disclosed SH": a bracket that says who it was not is no denial; kept as a bracket, never
    // the run of spaces a pause leaves.)
    // (The question itself, "asked him about any thoughts of hurting himself", states no status.)
    // (wouldn't mind "not waking up after a run": the quotation opens on the wish's last words; read as one wish, the mark
    // moves before "wouldn't mind", the length kept.)
    const t = clause.toLowerCase().replace(/\b(would(?:n't| not) (?:mind|care))\s"/g, (_m, lead: string) => `"${lead} `).replace(ASKED_ABOUT_SELF_HARM, (m) => ' '.repeat(m.length)).replace(/\((?:not|except|excluding|other than)\s+[^()]{1,30}\)/g, (m) => `(${'_'.repeat(m.length - 2)})`).replace(NOT_RISK_PHRASES, (m) => ' '.repeat(m.length)).replace(NOT_CUT_SINCE, (m) => 'no cutting'.padEnd(m.length, ' ')).replace(/(?<=\b(?:friend|brother|sister|cousin|classmate|roommate|boyfriend|girlfriend|teammate|peer)\s)"([a-z][a-z'-]{0,14})"/g, (_m, name: string) => ` ${name} `);
    const view = new ClauseView(t);
    // "no cutting since Oct but 'wanted to really bad' last night": the wish, left without its verb, is an urge to do it.
    // "used ice cube last wk instead of hurting herself": a skill used in place of the act tells of an urge not acted on.
    if (/\binstead of (?:hurting|harming|cutting|burning|scratching|hitting) (?:herself|himself|themselves|themself|myself)\b|\binstead of (?:self-harm(?:ing)?|cutting)\b/.test(t)) risk.selfHarmUrges = true;
    if (/\bno cutting\b/.test(t) && /\bbut\s+"?(?:(?:she|he|they|i)\s+)?(?:really\s+)?(?:wanted|wants|want)\s+to\b(?!\s+(?:go|be|see|get|talk|come|stay|leave|make|try|know|have|do|say|tell|call|ask|live|die|kill|end)\b)/.test(t)) risk.selfHarmUrges = true;
    const screen = SCREEN.exec(t);
    if (screen) {
      // "item one yes items two through six no": items said in words, answered one by one or as a run.
      const rest = t.slice(screen.index).replace(/\b(one|two|three|four|five|six)\b/g, (w) => String(['one', 'two', 'three', 'four', 'five', 'six'].indexOf(w) + 1));
      const itemRuns = [...rest.matchAll(/\bitems?\s+(\d)(?:\s*(?:-|to|through|thru)\s*(\d))?\s*(?:[:=]\s*)?(yes|no|positive|negative|pos|neg|\+|-)(?![\w])/g)];
      // Items answered one by one ("Q1 yes, Q2 yes, Q4 no, Q5 no"): Q1 wish to be dead, Q2 active thoughts,
      // Q4 intent, Q5 plan (reference/clinical.md, C-SSRS screen).
      // "yes to 1-5", "no to 3-6", "yes to 1 2 and 3": items answered together, as a range or a list.
      const run = (answer: string, n: number): boolean => [...rest.matchAll(new RegExp(`\\b${answer} (?:to|on) (?:items? |qs? |q)?(\\d(?:(?:\\s*(?:,|and|&|-|to|through)\\s*|\\s+)q?\\d)*)\\b`, 'g'))].some((m) => itemNumbers(m[1]!).includes(n));
      const spoken = (n: number): boolean | undefined => {
        const m = itemRuns.find((r) => n >= Number(r[1]) && n <= Number(r[2] ?? r[1]));
        return m ? /^(?:yes|positive|pos|\+)$/.test(m[3]!) : undefined;
      };
      const item = (n: number): boolean | undefined => (new RegExp(`\\bq${n} yes\\b`).test(rest) || run('(?:yes|positive|endorsed)', n) ? true : new RegExp(`\\bq${n} no\\b`).test(rest) || run('(?:no|negative|denied)', n) ? false : spoken(n));
      // ("negative on 4 and 5 but said 'I don't know' when asked if she would act on it": a hedge about acting leaves
      // intent neither reported nor denied, whatever item 4 was scored.)
      const hedgedAct = /\b(?:don't know|dont know|do not know|idk|not sure|unsure|maybe|ambivalent)\b[^.;]{0,60}\b(?:act on|do it|go through with)\b|\b(?:act on it|do it|go through with it)\b[^.;]{0,40}\b(?:don't know|dont know|not sure|unsure|maybe|ambivalent)\b/.test(rest);
      if (item(4) !== undefined && !(item(4) === false && hedgedAct)) risk.intent = item(4);
      if (item(5) !== undefined) risk.plan = item(5);
      if (item(2) === true) {
        si.push('active');
        siKindStated = true;
      }
      else if (item(1) === true) si.push('passive');
      else if (item(1) === false && item(2) === false) si.push('denied');
      else if (/wish to be dead only|wish to be dead, no active|passive (?:suicidal )?ideation only|passive only/.test(rest)) si.push('passive');
      if (/\b(?:pos|positive)\s+(?:for\s+)?(?:non-suicidal self-injury|self-harm|self-injury)\b/.test(rest)) sh.push('present');
      // "neg for SI, pos for NSSI": each result belongs to the domain it names.
      // "C-SSRS screen today neg - denies current SI": the screen's own result, said first, outranks the words after it.
      // "(+ for wish to be dead past month, neg for active SI)": the passive wish stands, the active ideation is denied.
      // ("positive only for passive wish to be dead": the same, with "only" said.)
      else if (/\b(?:pos|positive)\s+(?:only\s+)?(?:for\s+)?(?:only\s+)?(?:the\s+|a\s+)?(?:passive\s+)?wish to be dead\b(?![^,;)]{0,30}\b(?:lifetime|history|ago|years?)\b)/.test(rest) && !/\blifetime\s+(?:passive\s+)?wish\b/.test(rest)) si.push('passive');
      else if (/\b(?:neg|negative|denied|denies|no)\s+(?:for\s+)?(?:current\s+|active\s+)?(?:suicidal\s+)?ideation\b/.test(rest) || SCREEN_RESULT_NEGATIVE.test(rest.slice(screen[0].length))) si.push('denied');
      else if (/\b(?:pos|positive)\s+(?:for\s+)?(?:current\s+)?suicidal ideation\b/.test(rest)) si.push('active');
      // Once the items are answered one by one, or the ideation is called passive, the words "positive" and "ideation" add nothing.
      else if (item(1) === undefined && item(2) === undefined && !/\bpassive (?:suicidal )?ideation\b/.test(rest)) {
        // ("C-SSRS screen (ideation, no plan/intent/behavior)": ideation of no stated kind, which a passive wish told elsewhere names.)
        if (/\bideation\b/.test(rest) && !/\bno ideation\b/.test(rest) && !/\b(?:pos|positive)\s+(?:for\s+)?non-suicidal\b/.test(rest)) si.push('active_bare');
        else if (SCREEN_NEGATIVE.test(rest)) si.push('denied');
        else if (SCREEN_POSITIVE.test(rest) && !/\b(?:pos|positive)\s+(?:for\s+)?(?:non-suicidal self-injury|self-harm|self-injury)\b/.test(rest)) si.push('active');
        // "C-SSRS done, high risk": the screen's moderate and high bands need ideation with a method, intent or behaviour.
        else if (/\b(?:high|moderate)(?:[- ]to[- ]high)? risk\b/.test(rest.slice(0, 90))) {
          si.push('active');
          screenBand = { at: si.length - 1, band: /\bhigh risk\b/.test(rest.slice(0, 90)) ? 'high' : 'moderate' };
          siKindStated = true;
        }
      }
    }
    // A denial of a domain in the clause outranks that domain's words inside a quotation.
    const denies = (re: RegExp): boolean => allMatches(re, t).some((m) => !view.insideQuote(m.index) && readMention(view, m.index, m.index + m[0].length, options) === 'denied');
    const siDenied = denies(SI);
    const attemptInClause = ATTEMPT.test(t);
    let othersEnd = -1;
    for (const m of allMatches(SI, t)) {
      // ("Mom's hopelessness needs follow up - passive thoughts, not client's risk": said by the clinician to be someone else's.)
      if (/\bnot\s+(?:the\s+)?(?:client|pt|patient|identified patient)['’]s\b|\bnot\s+(?:the\s+)?(?:client|pt|patient)\s+(?:risk|concern)\b/.test(t)) {
        risk.othersRisk = true;
        continue;
      }
      // ('denies thoughts of suicide, but admitted he "wouldn't care if I didn't wake up"': words the client admitted to are endorsed, beside any denial.)
      // ('I asked about SI, pt stated "yeah I think about killing myself, most days"': the client's own answer, told as said, is admitted too.)
      // (Only a yes: 'Pt said "it would be easier to just not wake up." Denies SI' stays words to weigh beside the denial.)
      const admitted = view.insideQuote(m.index) && /\b(?:(?:admitted|admits|acknowledged|acknowledges|conceded|concedes|endorsed|endorses|disclosed|discloses)\b[^.;"]{0,24}"|(?:pt|client|patient)\s+(?:stated|states|said|says|answered|replied)\b[^.;"]{0,24}"(?:yeah|yes|yep)\b)[^"]*$/.test(t.slice(Math.max(0, m.index - 80), m.index));
      if (siDenied && view.insideQuote(m.index) && !admitted) {
        if (readMention(view, m.index, m.index + m[0].length, options) === 'endorsed') risk.siWordsQuoted = true;
        continue;
      }
      // "her suicide attempt (2019)", "attempted suicide", "father completed suicide": an act in the past or
      // another's death (the attempt history is read on its own), never today's ideation.
      if (/^\s*attempts?\b/.test(t.slice(m.index + m[0].length)) || /\b(?:attempted|completed|died by|death by|lost \w+ to)\s*$/.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
      // "brother Tomas suicide 4 mo ago", "her son's suicide", "the suicide of her brother", "since the suicide":
      // a death by suicide of someone close, never the client's ideation nor another's to act on.
      // ("grief after death of coworker/close friend Sam (suicide, 2/14)", "friend's death (suicide)", "after Sam's suicide": the
      // cause of a death told in brackets, or one named person's suicide, is that person's, never the client's ideation.)
      if (m[0] === 'suicide' && (RELATIVE_BEFORE_SUICIDE.test(t.slice(Math.max(0, m.index - 40), m.index).replace(/\s*[(,/-]\s*$/, ' ')) || /^\s+of\s+(?:her|his|their|my|a)\s+/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 20)) || /\b(?:death|died|passing|passed away|loss|lost)\b[^.;()]{0,60}\(\s*$/.test(t.slice(Math.max(0, m.index - 80), m.index)) || otherNamedBefore(clause, m.index, options))) continue;
      // "suicide attempt at age 19, overdose on Tylenol": a method beside an attempt is the attempt's.
      if (attemptInClause && /overdos|hang|jump|pills|drown|shoot|crash|driv/.test(m[0])) continue;
      // ("she said that when she was 19, in Guatemala, she took pills after her father died and was in the hospital 2 days": a
      // method used long ago, told with when it was, is that past act, never today's ideation.)
      if (/overdos|pills|hang|jump|drown|cut/.test(m[0]) && PAST_EVENT_TOLD.test(t.slice(Math.max(0, m.index - 80), m.index)) && /\b(?:took|swallowed|overdosed|tried|jumped|hanged|cut)\s+(?:\w+\s+){0,3}$/.test(t.slice(Math.max(0, m.index - 30), m.index) + ' ')) {
        if (/overdos|pills/.test(m[0])) risk.overdoseHistory = true;
        continue;
      }
      // "thought about ... ending it for both of them": another's death with the client's own, weighed as a threat to another
      // (the clinician's own words say whether there was suicidal ideation too).
      if (/^\s*for (?:the )?both(?: of (?:them|us))?\b/.test(t.slice(m.index + m[0].length))) {
        risk.threat = true;
        risk.jointDeath = true;
        continue;
      }
      // "assessed HI as passive thoughts": the kind of the homicidal ideation, never suicidal ideation.
      if (/^(?:passive|active) thoughts$/.test(m[0]) && /\bhomicidal (?:ideation|thoughts)\s*(?:as|is|was|were|[:=-])?\s*(?:\w+\s+)?$/.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
      // 'end of sess mom tearful re custody, said "some days I wish I just wouldn't wake up"': a parent's own words, however
      // the sentence opens, are the parent's risk in the child's note.
      const quoteStart = view.insideQuote(m.index) ? t.lastIndexOf('"', m.index) : -1;
      // ('Grandma says Sofia said "I wish I was never born"', Sofia the client: the client's words, told by the relative.)
      const clientSaidIt = !!options.clientName && new RegExp(`\\b${options.clientName.toLowerCase().split(/\s+/)[0]}\\s+(?:said|says|told|yelled|screamed|texted|wrote)\\b[^"]{0,40}$`).test(t.slice(Math.max(0, quoteStart - 80), quoteStart));
      if (quoteStart >= 0 && !clientSaidIt && RELATIVE_THEN_SAID.test(t.slice(Math.max(0, quoteStart - 120), quoteStart)) && !/\b(?:client|pt|patient)\b/.test(t.slice(Math.max(0, quoteStart - 120), quoteStart))) {
        risk.othersRisk = true;
        continue;
      }
      // ("member T.W. pulled me aside: says his cellie (not in group) has been giving away his commissary ... T.W. worried he's going
      // to hang himself": in a group, a member's fear for "he" is a fear for someone else, never that member's own ideation.)
      if (options.sharedSession === 'group' && FEAR_FOR_SOMEONE.test(t.slice(Math.max(0, m.index - 60), m.index)) && !/^\s*(?:client|pt|patient)\b/.test(t)) {
        risk.othersRisk = true;
        continue;
      }
      // ("his neighbor Curtis told Ray last night that he was going to end it": the teller's own talk, told to the client.)
      if (toldClientThat.test(t.slice(Math.max(0, m.index - 90), m.index)) && !/^\s*(?:client|pt|patient|he|she|they|i)\b/.test(t)) {
        risk.othersRisk = true;
        othersTalkBefore = true;
        continue;
      }
      const mentionRead = readMention(view, m.index, m.index + m[0].length, options);
      // ("Hx of SI at age 19, took a bottle of Tylenol, hospitalized 2 days": an act told under a history of suicidal ideation is
      // that history, an attempt then, never ideation now.)
      const actInHistory = mentionRead === 'endorsed' && SI_HISTORY_OPENS.test(t) && PAST_ACT_BEFORE.test(t.slice(Math.max(0, m.index - 30), m.index)) && !NOW_WORDS.test(t);
      if (actInHistory) risk.attemptHistory = true;
      const read = actInHistory ? 'history' : mentionRead;
      // "urge to die 8/10": an urge to die is the ideation itself, never a self-harm urge ("urge to die 0/5" stays a denial).
      // ('his roommate "keeps talking about ending it" and has pills saved up': what follows "and has" goes on with the one
      // whose words came just before.)
      const goesOnWithOther = read === 'endorsed' && othersEnd >= 0 && /^["']?\s*,?\s*and\s+(?:has|had|is|was|keeps|kept|'s)\b[^.;"]*$/.test(t.slice(othersEnd, m.index));
      const reading = goesOnWithOther ? 'other' : read === 'urge' && /^urges? to (?:die|kill)/.test(m[0]) ? 'endorsed' : read;
      if (reading === 'other') othersEnd = m.index + m[0].length;
      // "hx of SI in 2019, none currently": the history is not today's status, the denial is.
      if (reading === 'history' && NONE_NOW.test(t)) si.push('denied');
      // "no thoughts of killing herself" denies active ideation; a passive wish said in her words still stands.
      else if (reading === 'denied') {
        // ("'I wouldn't mind if I didn't wake up' ... asked her directly about suicide and she said no": the answer to a question
        // about suicide denies suicidal thoughts; the wish to be dead she said in her own words still stands.)
        const askedThenNo = /\basked\b[^.;]{0,30}\b(?:about|re|regarding|if|whether)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, m.index - 50), m.index));
        // ("per pt no hx of SI or attempts", "no prior SI"): a past free of suicidal thoughts says nothing of today's.
        // ("no plan no intent no pills saved up": a preparation denied says nothing of the ideation; means are read with means.)
        if (/\b(?:sav(?:ed|ing)|stockpil\w*|hoard\w*|collect\w*)\b/.test(m[0])) continue;
        if (HISTORY_ONLY_DENIAL.test(t.slice(Math.max(0, m.index - 20), m.index)) || /^\s*(?:hx|history)\b/.test(t.slice(m.index + m[0].length))) {
          si.push('denied_history');
          continue;
        }
        // ("he denied SI then", after "in session Tues": a denial given before what is told now is that day's, never today's status.)
        // ("Arjun denied SI at indiv session 10/3", in a later family session: the day it was denied, too.)
        if (/^\s*(?:then|at (?:that|the) time|back then|at that session|last (?:session|time|week)|(?:at|in|during) (?:(?:his|her|their|the|an?|our)\s+)?(?:individual|indiv|last|previous|prior|earlier|recent)\s+(?:session|sess|visit|appointment|appt))\b/.test(t.slice(m.index + m[0].length))) {
          si.push('denied_earlier');
          continue;
        }
        // ('"I don't want to die but some nights I wish I wouldn't wake up"': in the client's own words, not wanting to die
        // denies the act and wanting it, never the wish not to wake said beside it.)
        deniedBy.push(clauseOpener(clause));
        si.push(askedThenNo || /\bactive\b/.test(t.slice(Math.max(0, m.index - 12), m.index)) || /^(?:thoughts of killing|kill(?:ing)? (?:herself|himself|themselves|myself)|end(?:ing)? (?:her|his|their|my) life)/.test(m[0]) || (view.insideQuote(m.index) && /\bwant(?:s|ed)? to die\b/.test(m[0])) ? 'denied_active' : 'denied');
        if (/\b(?:today|now|currently|current|this morning|at this time)\b/.test(t.slice(Math.max(0, m.index - 40), m.index)) || /^\s*(?:today|now|currently|this morning|at this time)\b/.test(t.slice(m.index + m[0].length))) deniedToday = true;
        noteDenial('si', t);
      }
      else if (reading === 'endorsed') {
        // ("I asked about suicide: she said that when she was 19 ... she took pills ... hospital 2 days": the answer to the
        // question is a past act, told with when it was, never ideation now.)
        if (/\basked\s+(?:\w+\s+){0,2}about\s+$/.test(t.slice(Math.max(0, m.index - 24), m.index)) && PAST_EVENT_TOLD.test(t.slice(m.index + m[0].length, m.index + m[0].length + 80)) && /\b(?:took|swallowed|overdosed|tried|jumped|hanged|cut|attempted)\b/.test(t.slice(m.index + m[0].length)) && !/\b(?:now|today|currently|this week|lately|recently)\b/.test(t.slice(m.index + m[0].length))) {
          risk.attemptHistory = true;
          continue;
        }
        const kind = siKind(t, m.index, m.index + m[0].length, view.methodConsidered());
        // ('mentioned he "won't be around much longer" -- spoke w/ him after grp, he says he meant his own health, denies SI'): a
        // passive wish the client then said meant something else is no ideation endorsed; the words stay above for the clinician.
        // (Told by another person first, the words keep their status: "reported by another person, and the client denied".)
        // ("says he'd tear the sheet and tie it off the vent", "plan to drive his car off the Route 9 overpass"): the way and the
        // place worked out, told as what the client would do, is a plan.
        if (METHOD_WITH_PLACE.test(m[0]) && /\b(?:she'd|he'd|they'd|i'd|would|will|'ll|gonna|going to|plans?|planning|planned)\b/.test(t.slice(0, m.index))) {
          risk.plan = true;
          siKindStated = true;
        }
        if (kind === 'passive' && !(TOLD_BY_ANOTHER_OPENER.test(t) && !/^\s*(?:client|patient|pt|she|he|they|i|we)\b/.test(t)) && [t.slice(m.index), ...clauses.slice(clauseAt + 1, clauseAt + 3).map((c) => c.toLowerCase())].some((c) => MEANING_CLARIFIED.test(c))) continue;
        // ("thinking about killing himself", "suicidal thoughts": thoughts of killing oneself are active, C-SSRS item 2.)
        const near = t.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
        // ("thinking about ending his life 'most days'": ending one's life is killing oneself, said another way.)
        if (kind !== 'active' || view.methodConsidered() || ACTIVE_MARKERS.some((p) => near.includes(p)) || /\bkill(?:ing)?\b|\bsuicide\b|\bsuicidal thoughts\b|\bend(?:ing)? (?:(?:her|his|their|my) (?:own )?life|it all)\b/.test(near)) siKindStated = true;
        si.push(`${kind}${view.insideQuote(m.index) && !admitted ? '_quote' : ''}`);
        // ('+SI today, "I want to die"': a wish to die said beside a bare SI names no kind of its own either.)
        if (kind === 'passive' && (BURDEN_WORDS.test(m[0]) || /\bwant(?:s|ed|ing)? to die\b/.test(m[0])) && !/\bpassive\b/.test(near)) passiveWordsOnly.add(si.length - 1);
        endorsedBy.set(si.length - 1, clauseOpener(clause));
        if (TOLD_BY_ANOTHER_OPENER.test(t) && !/^\s*(?:client|patient|pt|she|he|they|i|we)\b/.test(t)) toldByAnother.push(si.length - 1);
        // ("SI w/ plan Mon": the day may follow the ideation too.)
        endorsedWhen.push(EARLIER_DAY.exec(t.slice(Math.max(0, m.index - 100), m.index))?.[1] ?? EARLIER_DAY_AFTER.exec(t.slice(m.index + m[0].length))?.[1] ?? '');
      }
      else {
        // "Rob said he will kill himself if she leaves": another person's risk, said beside the client's.
        // ("Mother reported he yelled ...", with the client's own pronoun before it, may be the client's words told by another.)
        // ("mom denies SI": another person's denial is no one's suicidal thoughts.)
        // ("Couples intake: Stephanie and Rob ... Rob says he's had thoughts of killing himself": a partner is a client of the session.)
        if (reading === 'other' && inRoomOpener?.test(t) && !SOMEONE_ELSE_NAMED.test(t.slice(0, m.index)) && !/\b(?:note|posted|texted|wrote|messaged?|letter)\b/.test(t.slice(0, m.index)) && !isDenied(view, m.index, m.index + m[0].length)) {
          const kind = siKind(t, m.index, m.index + m[0].length, view.methodConsidered());
          if (kind === 'active' && /\bkill(?:ing)?\b|\bsuicid|\bend(?:ing)? (?:it|(?:her|his|their) life)\b/.test(t.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30))) siKindStated = true;
          si.push(kind);
          if (TOLD_BY_ANOTHER_OPENER.test(t)) toldByAnother.push(si.length - 1);
          continue;
        }
        // ("dad said he's 'running on empty' and sometimes thinks the family would be better off without him": the "he" right
        // after a relative's saying is the relative, never the client of the same pronoun.)
        // ("Mother reported he yelled ...": a pronoun of the other sex is the client's, told by her.)
        const leadForClient = t.slice(0, m.index).replace(/\b((?:dad|father|stepdad|grandpa|grandfather|husband)\s+(?:said|says|stated|states|reported|reports|shared|admitted)\s+(?:that\s+)?)he\b|\b((?:mom|mother|stepmom|grandma|grandmother|wife)\s+(?:said|says|stated|states|reported|reports|shared|admitted)\s+(?:that\s+)?)she\b/g, (_m, his: string | undefined, hers: string | undefined) => `${his ?? hers}x`).slice(-60);
        // (The client telling what another said, "she said he has said ...", names the client only as the teller.)
        // ('Monique says her brother Andre told her Sunday he "might as well end it"': a relative named telling it, whoever the "he" is.)
        const toldBy = /\b([a-z]+)\s+(?:told|texted|wrote|messaged|said to)\s+(?:her|him|them|me)\b/.exec(leadForClient);
        const relativeTold = !!toldBy && (/^(?:son|daughter|brother|sister|mother|father|mom|dad|cousin|uncle|aunt|friend|roommate|coworker|neighbou?r)$/.test(toldBy[1]!) || /\b(?:son|daughter|brother|sister|mother|father|mom|dad|cousin|uncle|aunt|friend|roommate|coworker|neighbou?r)\s+[a-z]+\s+(?:told|texted|wrote|messaged|said to)\b/.test(leadForClient) || isOtherName(toldBy[1], options));
        // ("her dad the patient's husband ... has been saying if she goes I'm going with her": in his own words the client's husband is
        // not the client; "pt's mother reports SI" may tell the client's, and stays for the clinician to say.)
        // (The "if" of "if she goes I'm going with her" is the words' own, never a condition on a screen.)
        const ownIf = reading === 'no_status' && /^(?:if|when|once)\s/.test(m[0]);
        if ((reading === 'other' || ownIf) && (!clientWord.test(ownIf ? leadForClient.replace(/\b(?:the\s+)?(?:client|patient|pt)['’]s\s+[a-z]+/g, ' ') : leadForClient) || postedByAnother(view, t, m.index, options) || NESTED_SAYING.test(leadForClient) || relativeTold) && !isDenied(view, m.index, m.index + m[0].length)) risk.othersRisk = true;
        continue;
      }
      // A mention qualified as passive or active is specific; a bare "SI" is not.
      // ("ideation, no plan/intent/behavior": a plan or intent denied says nothing of the ideation's kind.)
      // ("thinks about suicide most days, wants to die": thoughts about suicide are the thoughts themselves (C-SSRS item 2), a kind said.)
      // ("has thought about walking into traffic": a method thought of is a kind said, never a bare mention.)
      if (reading === 'endorsed' && !view.methodConsidered() && !/\b(passive|active|plan|intent|wish|dead|kill\w*|end|ending|shoot\w*|hang\w*|overdos\w*|jump\w*|drown\w*)\b|\b(?:thinks?|thinking|thought|thoughts)\s+(?:about|of)\s+suicid|not wake|better off|not be here|not being here|disappear|not want to live/.test(t.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\b(?:no|denies|denied|without|w\/o)\s+(?:plan|intent)(?:\s*(?:\/|,|or|and)\s*(?:plan|intent|behaviou?r|means))*/g, ' '))) si[si.length - 1] = `${si.at(-1)}_bare`;
      // ('asked directly about SI he said ... "better off with the insurance money"': the burden told in answer to the question
      // is the ideation described; a bare "SI" the client reported says nothing of its kind.)
      if (si.at(-1)?.endsWith('_bare') && (!BURDEN_WORDS.test(t) || !/\b(?:asked|asking|screened|assessed)\b[^.;]{0,30}$/.test(t.slice(0, m.index)))) bareApart.add(si.length - 1);
    }
    const hiDenied = denies(HI);
    // Read once per clause, not per mention: a clause may hold thousands.
    let clarified: boolean | undefined;
    let egoDystonic: boolean | undefined;
    const isEgoDystonic = (): boolean => {
      egoDystonic ??= EGO_DYSTONIC.test(t);
      return egoDystonic;
    };
    const isClarified = (): boolean => {
      clarified ??= EXPRESSION_CLARIFIED.test(t) && (PLAN_OR_INTENT_DENIED.test(t) || WOULD_NEVER_HARM.test(t));
      return clarified;
    };
    for (const m of allMatches(HI, t)) {
      if (hiDenied && view.insideQuote(m.index)) continue;
      // "putting her in a home will kill her", "this job is going to kill me": a thing that will kill is a figure of speech.
      if (/^kill\b/.test(m[0]) && figureOfSpeech(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "she knew it could hurt her", "what would hurt him": a thing that harms is no person's intent toward another.
      if (/^(?:hurt|harm)/.test(m[0]) && /\b(?:it|that|this|which|what|pills?|meds?|medications?|drugs?|alcohol)\s+(?:(?:could|would|might|can|will|may|did|does|won't|wouldn't|could not|would not|can't|cannot)\s+)?(?:(?:really|actually|seriously|badly)\s+)?$/.test(t.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "wanting to hurt herself" is self-harm, not harm to others.
      if (!m[0].includes('homicid') && /^\s*(herself|himself|themselves|themself|myself|self)\b/.test(t.slice(m.index + m[0].length))) continue;
      // A threat as said ("kill him") is the client's only in their own words or with the client as subject;
      // "has threatened to kill her" in a woman's summary is a threat against her, not her ideation.
      if (THREAT.test(m[0]) && !view.insideQuote(m.index) && !/^\s*(client|patient|pt|i)\b/.test(t) && !(options.clientPronoun && new RegExp(`^\\s*${options.clientPronoun}\\b`).test(t))) continue;
      // 'yelled "touch me again and I'll kill you"': words shouted at someone in the room are a threat to weigh, not ideation endorsed.
      // (Whose threat it is, and whether it is one, is read with the threats below.)
      if (view.insideQuote(m.index) && /^(?:kill|hurt|harm|stab|shoot|beat)\s+(?:you|ya|u)\b/.test(t.slice(m.index, m.index + m[0].length + 5))) continue;
      // "no intent to harm baby", "denies any plan to hurt him": an intent or plan denied says nothing of the thoughts themselves
      // (ego-dystonic intrusive thoughts come with exactly this denial); the denial of intent is read with plan and intent.
      const aimedLead = t.slice(Math.max(0, m.index - 60), m.index);
      const aimed = /\b(?:intent|intention|plans?)\s+to\s+$/.exec(aimedLead);
      if (aimed && /\b(?:denies|denied|deny|no|not|without)\s+(?:any\s+)?$/.test(aimedLead.slice(0, aimed.index))) continue;
      // 'Pt ... says Derek shoved his brother and "I swear if he touches him again I'll kill him"': the client's own words,
      // in the first person, are the client's whoever else the sentence names.
      const quoteOpen = view.insideQuote(m.index) ? t.lastIndexOf('"', m.index) : -1;
      if (quoteOpen >= 0 && /\bi(?:'ll| will|'m gonna| am gonna|'m going to| am going to| swear| could| would| want to| wanna)\b[^"]{0,40}$/.test(t.slice(quoteOpen, m.index)) && (/^\s*(?:client|pt|patient)\b/.test(t) || (options.clientPronoun !== undefined && new RegExp(`^\\s*${options.clientPronoun}\\b`).test(t)))) {
        hi.push('present_quote');
        continue;
      }
      // "intrusive thoughts of harming baby", "... harming him, ego-dystonic": unwanted obsessional thoughts, which the note
      // keeps in the client's words, are never written up as homicidal ideation.
      // ('intrusive images of dropping baby down the stairs, "what if I snap and hurt him"': the fear voiced inside a clause about intrusive images is one of them.)
      if (INTRUSIVE_THOUGHTS.test(aimedLead) || isEgoDystonic() || INTRUSIVE_CLAUSE.test(t.slice(0, m.index))) continue;
      // ("stopped lexapro ..., afraid of harming baby", "scared she'll hurt him by accident"): a harm feared is no wish to do it.
      if (/^(?:harm|hurt)/.test(m[0]) && HARM_FEARED.test(aimedLead)) continue;
      const reading = readMention(view, m.index, m.index + m[0].length, options);
      // Clarified as a figure of speech with no intent: the words stay in the risk section as a threat to weigh, not ideation endorsed.
      if (reading === 'endorsed' && isClarified()) {
        risk.threat = true;
        continue;
      }
      // 'Rick said "I'd never hurt her, I was just angry"': a disavowal in someone's own words is what they said,
      // kept in the risk section as said, never a screen for homicidal ideation the clinician gave.
      if (reading === 'denied' && view.insideQuote(m.index)) continue;
      if (reading === 'denied') {
        hi.push('denied');
        noteDenial('hi', t);
        // ("denies HI toward Lisa ... but angry at her mother": a denial toward one person says nothing of anyone else.)
        const toward = /^\s*(?:toward|towards|against)\s+([a-z]+|(?:her|his|their)\s+[a-z]+)\b/.exec(t.slice(m.index + m[0].length));
        if (!toward) hiDeniedGenerally = true;
        if (toward && !hiDeniedGenerally) risk.hiDeniedToward = /^(?:her|his|their)\s/.test(toward[1]!) ? toward[1]! : `${toward[1]![0]!.toUpperCase()}${toward[1]!.slice(1)}`;
        if (hiDeniedGenerally) delete risk.hiDeniedToward;
      }
      // ("he denied any thoughts of suicide or hurting himself or anyone else": the last of a list a denial opens is denied too.)
      else if (reading === 'endorsed' && (DENIAL_OPENS_LIST.test(t.slice(0, m.index)) || (/^(?:or|nor)\s/.test(m[0]) && DENIAL_OPENS_LIST.test(`${t.slice(0, m.index).trimEnd()} or `)))) hi.push('denied');
      else if (reading === 'endorsed') hi.push(view.insideQuote(m.index) ? 'present_quote' : 'present');
    }
    const shDenied = denies(SH);
    // Read once per clause: whether the clause is about today, and whether it says the act was not done.
    let toldToday: boolean | undefined;
    const isToldToday = (): boolean => {
      toldToday ??= /\b(?:today|tonight|yesterday|last night|this week|this morning)\b/.test(t);
      return toldToday;
    };
    let notActed: boolean | undefined;
    const saysNotActed = (): boolean => {
      notActed ??= NOT_ACTED.test(t) || /\b(?:haven'?t|hasn'?t|have not|has not|didn'?t|did not|never)\s+(?:done|acted|cut|actually)\b|\bno (?:cuts|cutting|self-harm)\s+since\b/.test(t);
      return notActed;
    };
    for (const m of allMatches(SH, t)) {
      if (notSelfHarmAct(t, m.index)) continue;
      // ("cut her leg on the barbed wire fixing the fence", "burned my hand on the stove": a cut or burn on something, at a task, is
      // an accident, never self-harm.)
      if (/^(?:cut|cuts|burned|scratched)\s+(?:her|his|their|my)\s+[a-z]+$/.test(m[0]) && /^\s+(?:on\s+(?:the|a|an|some)\s+|while\s+|fixing\b|cooking\b|at work\b|shaving\b)/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      // ("Asked him gently: he said he doesn't want to hurt himself", the client a woman: the son's words, never her status.)
      const selfOf = /(her|him)sel(?:f|ves)\b/.exec(t.slice(m.index, m.index + m[0].length + 10))?.[1];
      if (selfOf && options.clientPronoun && options.clientPronoun !== 'they' && (selfOf === 'her') !== (options.clientPronoun === 'she') && !options.sharedSession) {
        risk.othersRisk = risk.othersRisk || !isDenied(view, m.index, m.index + m[0].length);
        continue;
      }
      // "a suicide attempt back then by cutting": the method of a past attempt is that attempt's, read with the attempt history.
      if (/\battempt\w*\b[^.;]{0,30}\b(?:by|via|with)\s+$/.test(t.slice(Math.max(0, m.index - 45), m.index))) {
        sh.push('history');
        continue;
      }
      // "denies command AH to self-harm": what voices might command, asked about hallucinations, is no act.
      if (/\bcommand\s+(?:auditory\s+)?(?:hallucinations?|voices?)\s+(?:to|telling (?:her|him|them|client) to)\s+$/.test(t.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (shDenied && view.insideQuote(m.index)) continue;
      // ("Gloria called after Andre bit her hand during shower routine": one named, not the client, biting "her" after another
      // person is named is harm done to that person, never self-harm.)
      const doerNamed = /^(?:bit|bites|biting|bite|hit|hits|punched|slapped|pinched|scratched)\s+(?:her|his|their)\b/.test(m[0]) ? /\b([A-Z][a-z]+)\s+(?:(?:also|then|just|had|has|repeatedly)\s+)?$/.exec(clause.slice(Math.max(0, m.index - 30), m.index))?.[1] : undefined;
      if (doerNamed && doerNamed !== options.clientName && /\b[A-Z][a-z]+\b/.test(clause.slice(0, Math.max(0, m.index - doerNamed.length - 1)).replace(/^\s*(?:Client|Pt|Patient|The|She|He|They|Mom|Dad)\b/, ''))) continue;
      // "almost cut last night but didn't": urges without an act.
      const lead = t.slice(Math.max(0, m.index - 60), m.index);
      // ("says her faith forbids harming herself": what holds the client back names no act and no urge.)
      const forbidden = FORBIDS_HARM.exec(lead);
      if (forbidden) {
        if (forbidden[1]) risk.protectiveFactors.push(forbidden[1]);
        continue;
      }
      // "hx SA age 19 - cut wrists, hospitalized, none since": how a past attempt was made is the attempt's history,
      // never self-harm now.
      // ("denies any attempts before she did cut in high school": attempts denied, then a cutting of its own.)
      if (/\b(?:sa|suicide attempts?|attempted suicide|attempts?|od|overdose)\b[^.;]{0,30}$/.test(lead) && !isToldToday() && !/\b(?:episodes?|incidents?|instances?)\s+of\s+$/.test(lead) && !/\b(?:no|denies|denied|never)\s+(?:any\s+|prior\s+|past\s+)?(?:suicide\s+)?attempts?\s+(?:before|prior|previously|ever)?\s*(?:but\s+|though\s+)?(?:she|he|they)\s+(?:did\s+)?$/.test(lead)) continue;
      // "thoughts of cutting himself again 'but I havent done it'": thoughts of the act are urges, never the act.
      // (Denied, "denies any thoughts of hurting himself" is read below, where it also answers the suicide screen.)
      const thought = /\b(?:thoughts?|thinking|thought|thinks)\s+(?:of|about)\s+$/.exec(lead);
      // ("both denied SI, HI, any thoughts of self-harm": a denial before a list reaches the thoughts at its end.)
      // ("Neither reported any thoughts of harming self or others", "neither has any thoughts of hurting themselves": every one present said none.)
      // (Thoughts of harming oneself denied answer the suicide screen too, as a denial below does.)
      if (thought && /\b(?:neither|none of them|no one|nobody)\b(?:\s+[a-z]+){0,3}\s+(?:reported|reports|endorsed|endorses|voiced|expressed|described|had|has|have)\s+(?:any\s+)?$/.test(lead.slice(0, thought.index))) {
        sh.push('denied');
        if (/^(?:hurting|harming)\b/.test(m[0]) || /\b(?:hurting|harming)\s*$/.test(lead)) si.push('denied_active');
        continue;
      }
      if (thought && !/\b(?:denies|denied|deny|no|not|without|never)\b[^.;]{0,20}$/.test(lead.slice(0, thought.index))) {
        if (DENIED_LIST.test(t.slice(Math.max(0, m.index - 120), m.index))) {
          sh.push('denied');
          continue;
        }
        risk.selfHarmUrges = true;
        if (saysNotActed()) sh.push('denied');
        continue;
      }
      // "denies intent to self-harm now", "no plan to cut": an intent or plan named, never an act done.
      const aimed = /\b(?:intent|intention|plans?)\s+to\s+$/.exec(lead);
      if (aimed) {
        if (/\b(?:denies|denied|deny|no|not|without)\s+(?:any\s+)?$/.test(lead.slice(0, aimed.index))) sh.push('denied');
        continue;
      }
      // ('"I'm going to roll off the bed and bang my head till it's done"': an act still to come is a plan, never one done; with
      // suicidal ideation it is that ideation's method, otherwise an urge.)
      if (/\b(?:going to|gonna|i'll|he'll|she'll|they'll|plan(?:s|ning|ned)? to|about to)\s+(?:[\w']+\s+){0,8}$/.test(lead.slice(-70))) {
        if (!anyIdeation) risk.selfHarmUrges = true;
        continue;
      }
      // "I wanted to cut but I didn't", "urges to cut x2 wks": the wish named with the act is an urge, unless denied.
      // ("urges to scratch her arms when anxious, has NOT acted on it": the urge named before the act's own words.)
      const urgeBefore = /\burges?\s+to\s+$/.exec(lead);
      // ("what to do if urges to self-harm increase": a condition, no urge reported.)
      if (urgeBefore && /\b(?:if|when|whenever|should|in case)\s+(?:\w+\s+){0,2}$/.test(lead.slice(0, urgeBefore.index))) continue;
      if (/^(?:wanted|want|wants|wanting|urges?) to\b/.test(m[0]) || urgeBefore) {
        // ("denies current urges to cut": a time word between the denial and the urge.)
        // ("No urges to hurt self this week": the denial before the urge named before the act.)
        const wishLead = urgeBefore ? lead.slice(0, urgeBefore.index) : lead;
        if (DENIED_BEFORE_WISH.test(wishLead) || /\b(?:denies|denied|deny|no|not|never|without)\s+(?:(?:any|ever|current|currently|new|recent|active|further|present)\s+)*$/.test(wishLead)) {
          sh.push('denied');
          noteDenial('selfHarm', t);
        } else {
          risk.selfHarmUrges = true;
          // ("urge to cut after the fight, did not act": the act itself is denied.)
          if (NOT_ACTED.test(t.slice(m.index))) sh.push('denied');
        }
        continue;
      }
      // ("he's never skipped on purpose to hurt himself", "denies ever skipping insulin to hurt himself": an act done to hurt
      // oneself, denied, denies the self-harm.)
      if (/^(?:hurt|harm|injure|cut|kill)/.test(m[0]) && /\b(?:never|not|n't|denies|denied|deny|without)\s+(?:ever\s+)?(?:[\w']+\s+){1,5}?(?:on purpose\s+|intentionally\s+|deliberately\s+)?to\s+$/.test(lead.slice(-70))) {
        sh.push('denied');
        continue;
      }
      const tail = lead.slice(-30);
      const nearMiss = NEAR_MISS.exec(tail);
      if (nearMiss) {
        // "denies ever wanting to hurt herself": the wish itself denied, so neither urge nor act.
        const beforeWish = lead.slice(0, lead.length - tail.length + nearMiss.index);
        // "what to do if urges to self-harm increase": a condition, no urge reported.
        if (/\b(?:if|when|whenever|should|in case)\s+(?:\w+\s+){0,2}$/.test(beforeWish)) continue;
        // ("Asked directly about wanting to hurt self or die - pt denied both": the wish asked about, and denied.)
        if (DENIED_BEFORE_WISH.test(beforeWish) || askedThenDenied(t, m.index, m.index + m[0].length)) {
          sh.push('denied');
          noteDenial('selfHarm', t);
        } else risk.selfHarmUrges = true;
        continue;
      }
      // "denied being hurt himself" (by the mother's boyfriend): hurt by someone, the word after it only stresses who.
      if (/^(?:hurt|harmed|injured)\b/.test(m[0]) && /\b(?:being|been|gets?|got|getting|was|were)\s+$/.test(lead)) continue;
      // 'has had "really bad urges to cut"': an urge in the client's own quoted words is still an urge, not an act.
      if (view.insideQuote(m.index) && /\burges?\s+to\s+(?:\w+\s+)?$/.test(t.slice(t.lastIndexOf('"', m.index - 1) + 1, m.index))) {
        risk.selfHarmUrges = true;
        continue;
      }
      // "she said cutting helps me feel something": what self-harm does for her is her view of it, no act
      // said, then or now; her status is left to the statements that give one. ("says the cutting was never about dying": nor is what it was for.)
      if (/^\s+(?:really\s+|just\s+|still\s+)?(?:helps?|helped|makes?\s+(?:me|her|him|them)\s+feel|works|worked|calms?|numbs?|releases?|relieves?|is\s+(?:the only|how|what)|(?:was|is|has been)\s+(?:never|not)\s+(?:really\s+)?about\s+(?:dying|death|suicide|killing|wanting to die|ending)|(?:was|has been|were)\s+(?:always|usually|mostly|just|only)\b)/.test(t.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // ("∅ past SH", "denies prior self-harm": no self-harm in the past is a denial of it, never a history of it.)
      const historyDenied = HISTORY_ONLY_DENIAL.test(t.slice(Math.max(0, m.index - 24), m.index));
      // ("no prior attempts one episode of cutting in high school": acts counted are acts told, never reached by the denial before them.)
      const counted = /\b(?:one|two|three|four|five|several|a few|multiple|\d+|an?)\s+(?:episodes?|incidents?|times?|instances?)\s+of\s+$/.test(t.slice(Math.max(0, m.index - 30), m.index));
      const mentionedAs = historyDenied ? 'denied' : readMention(view, m.index, m.index + m[0].length, options);
      // ("Emma also disclosed she ... 'sometimes scratches' her arms", the client her sister): in a family session, what a
      // member named at the head of the clause tells of her own self-harm is hers, and stays beside the client's denial.
      const opener = /^\s*([A-Z][a-z]+)\b/.exec(clause)?.[1];
      if (mentionedAs !== 'denied' && opener && options.familyMembers?.includes(opener) && opener.toLowerCase() !== options.clientName?.toLowerCase() && !isDenied(view, m.index, m.index + m[0].length)) risk.othersSelfHarm = true;
      // ("Priya disclosed (w/ Sam in room) hx of cutting as a teen, urges came back last wk, hasn't cut": in a couples session a
      // partner is a client of the session, and what she tells of her own self-harm is read as told, never as another's.)
      const partnerTold = mentionedAs === 'other' && !!inRoomOpener?.test(t) && !SOMEONE_ELSE_NAMED.test(t.slice(0, m.index));
      const mentioned = partnerTold ? readMention(view, m.index, m.index + m[0].length, { ...options, otherNames: new Set<string>() }) : mentionedAs;

      // ("Denies SI, cutting 2x this week", "denies SI, HI, cut last night": an act set after a comma with how often or when it
      // happened is told as done, never inside the denial before it.)
      const timedAfterComma = /,\s*$/.test(t.slice(0, m.index)) && ACT_TIMED_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 40));
      const reading = (counted || timedAfterComma) && !historyDenied && mentioned === 'denied' ? (HISTORY.test(t.slice(m.index, m.index + m[0].length + 40)) ? 'history' : 'endorsed') : mentioned;
      // ("went for a run rather than cutting when the urge hit": an urge met with something else in place of the act.)
      if (reading === 'no_status' && IN_PLACE_OF.test(t.slice(Math.max(0, m.index - 30), m.index)) && /\burges?\b/.test(t)) risk.selfHarmUrges = true;
      // ("No urges to hurt self this week per Ava; last SH 1/30 (scratching)": urges denied beside a past act are no urges now.)
      // ("last SH 1/30 (scratching)": the last act, and how it was done, are history.)
      // ("Last actual SH was Oct": a word between "last" and the act changes nothing.)
      const lastAct = /\blast\s+(?:(?:actual|real|known|reported|documented|confirmed|true)\s+)?(?:(?:sh|self[- ]harm|nssi|cut|cutting|episode)\b[^.;]{0,20})?$/.test(t.slice(Math.max(0, m.index - 30), m.index));
      if (!lastAct && view.stretch(m.index, m.index + m[0].length).urgeWords && (reading === 'urge' || (reading === 'denied' && view.acted() && !HISTORY.test(t.slice(m.index + m[0].length)) && !/\blast\s+(?:sh|self[- ]harm|nssi|cut|cutting|scratch\w*|burn\w*)\b/.test(t)))) risk.selfHarmUrges = true;
      if (reading === 'denied') {
        sh.push(/\b(history|hx)\b/.test(t.slice(Math.max(0, m.index - 16), m.index)) ? 'denied_history' : 'denied');
        noteDenial('selfHarm', t);
      }
      // "denied any thoughts of hurting himself" is the screening question for suicide too: it denies
      // acting on thoughts, and a passive wish said elsewhere still stands.
      if (reading === 'denied' && /\bthoughts? (?:of|about) (?:hurting|harming)\s*$/.test(t.slice(Math.max(0, m.index - 24), m.index + m[0].length).replace(/\s*(?:him|her|them|my)?sel(?:f|ves)\s*$/, ''))) si.push('denied_active');
      else if (reading === 'history') sh.push('history');
      // ("denies plan, intent, or any self-harm behavior": the last of a list a denial opens, joined by "or", is denied too;
      // "denies SI, cut twice this week" is no such list.)
      else if (reading === 'endorsed' && DENIAL_OPENS_LIST.test(t.slice(0, m.index)) && /\b(?:or|nor)\s+(?:any\s+)?$/.test(t.slice(0, m.index))) {
        sh.push('denied');
        noteDenial('selfHarm', t);
      } else if (reading === 'endorsed') {
        const near = t.slice(Math.max(0, m.index - 25), m.index + m[0].length + 25);
        // ("Self-harm by cutting ages 14-16, none in 3 yrs": the ages it happened at, and none since, make it history.)
        // ('cutting on his thigh "a few times" last month, none in past 2 wks': none lately makes it recent history, not current.)
        const pastSpan = /^[^.;]{0,60}?\b(?:ages?\s+\d{1,2}\s*(?:-|–|to)\s*\d{1,2}|none (?:in|for|over) (?:the )?(?:(?:last|past) )?\d+\s*(?:wks?|weeks?|yrs?|years?|mos?|months?)|(?:but\s+)?not (?:in|for|over) (?:the )?(?:(?:last|past)\s+)?(?:\d+\s*|few\s+|couple(?: of)?\s+)?(?:month|months|wks?|weeks?|mos?|years?))\b/.test(t.slice(m.index + m[0].length));
        // ("Admitted 10 days ago after cutting forearms": the act that led to the admission is before it, a history.)
        // ("he's in IOP for depression and cutting": what a program treats is why the client is there, a history, never an act now.)
        const ledToAdmission = /\b(?:admitted|hospitali[sz]ed|brought in|sent to (?:the )?(?:er|ed|hospital))\b[^.;]{0,30}\b(?:after|for|following|due to)\s+$|\b(?:in|at|attends|attending|enrolled in|referred to|started|admitted to|stepped down to)\s+(?:the\s+)?(?:iop|php|intensive outpatient|partial hospitali[sz]ation|residential|dbt|the program)\s+(?:program\s+)?for\s+(?:[a-z]+\s+(?:and|&|\+)\s+)?$/.test(t.slice(Math.max(0, m.index - 60), m.index));
        // ("NSSI new info, low lethality": the act named as newly told says nothing of when; the telling of it does.)
        const namedAsNew = /^(?:non-suicidal self-injury|nssi|self-injury|self-harm|self harm)$/.test(m[0]) && /^\s+(?:is\s+)?(?:new|newly)\s+(?:info|information|disclosed|disclosure|reported)\b/.test(t.slice(m.index + m[0].length));
        // ("Last SH (cutting thigh) 3 days ago": a last act days ago, or this week, is recent, never only a history.)
        const daysAgo = /^[^.;]{0,40}?\b(?:(?:[1-6]|one|two|three|four|five|six|a few|a couple(?: of)?)\s*(?:days?|d)\s+ago|yesterday|last night|this morning|earlier today|this week)\b/.test(t.slice(m.index + m[0].length));
        sh.push(!daysAgo && (pastSpan || ledToAdmission || SELF_HARM_PAST_MARKERS.some((p) => near.includes(p))) ? 'history' : namedAsNew ? 'named' : view.insideQuote(m.index) ? 'present_quote' : 'present');
      }
      // ("sister Emma also disclosed she 'sometimes scratches' her arms"): another person's self-harm, never the client's
      // status, but never hidden behind the client's denial either.
      else if (reading === 'other' && !isDenied(view, m.index, m.index + m[0].length)) risk.othersSelfHarm = true;
    }
    // "When asked directly he denied a plan or intent": a denial told in its own sentence counts too.
    // Walter's rifle and Walter's "denied plan" are his, not the client's.
    const onlyAnothers = !othersBefore && !!risk.othersRisk && si.length === siBefore;
    // ('Andre told her Sunday he "might as well end it" | and he has a gun at his mom\'s': the means told right after another's
    // ideation, by pronoun, are that person's.)
    const theirMeans: boolean = anothersBefore && /^\s*(?:and\s+)?(?:he|she|they)\s+(?:has|had|keeps|kept|owns|bought|got|can get|could get)\b/.test(t);
    if ((anyIdeation || anyThreat || si.some((x) => /^(?:active|passive)/.test(x)) || PLAN_OR_INTENT_DENIED.test(t) || /^\s*intent\b/.test(t)) && !opensWithOther(t, options) && !onlyAnothers && !theirMeans) readPlanIntentMeans(t, risk, bareMentions, aimedAtOther);
    anothersBefore = onlyAnothers || theirMeans;
    // ("Stated he plans to step in front of the 6pm freight train": a way to die the client plans is active ideation with a
    // plan, whatever wish was told before it.)
    const methodPlanned = METHOD_PLANNED.exec(t);
    if (methodPlanned && !/\b(?:no|denies|denied|not|never|without|n't)\b[^.;]{0,25}$/.test(t.slice(Math.max(0, methodPlanned.index - 30), methodPlanned.index)) && !['other', 'history', 'no_status'].includes(readMention(view, methodPlanned.index, methodPlanned.index + methodPlanned[0].length, options)) && !opensWithOther(t, options)) {
      si.push('active');
      siKindStated = true;
      risk.plan = true;
    }
    // ("thought about hanging himself in the shed behind his mom's house, has a rope there": a way, a place and the means at
    // hand are a plan, told without the word.)
    const placed = anyIdeation || si.some((x) => /^(?:active|passive)/.test(x)) ? METHOD_PLACE_MEANS.exec(t) : null;
    if (placed && !/\b(?:no|denies|denied|not|never|n't)\b[^.;]{0,25}$/.test(t.slice(Math.max(0, placed.index - 30), placed.index)) && !opensWithOther(t, options)) {
      risk.plan = true;
      risk.means = true;
    }
    // ("hitting her own legs with fists in session": blows to one's own body are self-harm, never a threat to another.)
    const threatFound = THREAT_OF_VIOLENCE.exec(t);
    // ("says nobody hurt him and he didn't hurt anybody": a harm said not done, by anyone, is no threat.)
    const threat = threatFound && (/^\s*own\b/.test(t.slice(threatFound.index + threatFound[0].length)) || /\b(?:did not|didn't|never|has not|hasn't|had not|hadn't|does not|doesn't|nobody|no one|no-one)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, threatFound.index - 24), threatFound.index))) ? null : threatFound;
    // The client's threat, not another person's ("partner threatened to hurt her") and not a denial ("denies any wish to hurt him").
    // A conditional threat in the client's own words ("if he touches my fence again I'll ...") is still a threat.
    const threatReading = threat ? readMention(view, threat.index, threat.index + threat[0].length, options) : undefined;
    const othersOrDenied = threat ? readsAsOthersOrDenied(view, threat.index, threat.index + threat[0].length, options) : true;
    // "boyfriend threatened her: 'if you leave I will kill you'": another person's words aimed at the client are a danger to the client, not the client's threat.
    const aimedAtClient = !!threat && /\b(?:kill|hurt|find|get|end|shoot|beat)\s+you\b/.test(t.slice(threat.index, threat.index + 120)) && (othersOrDenied || /\b(?:threatened|threatening|told|said to|texted|yelled at|screamed at)\s+(?:her|him|them|client)\b/.test(t.slice(0, threat.index)));
    const figure = !!threat && /^(?:'?ll\s+|will\s+)?["']?kill\b/.test(threat[0]) && figureOfSpeech(clause.slice(Math.max(0, threat.index - 40), threat.index));
    // ("said neighbor 'better watch out'": quoted words after the client's own "said" are the client's, whoever they name.)
    // ("Tyler said 'if he ever touches my sister again I'll kill him'": a person in the session named as the one who said it.)
    // ("Pt very angry re: ex-wife's new boyfriend, said "if he shows up again I'll put him in the ground"": the saying after the
    // client's own clause, with no one else made its subject, is still the client's.)
    const clientSaid = !!threat && view.insideQuote(threat.index) && (/^\s*(?:(?:client|pt|patient|she|he|they|i)\s+)?(?:(?:also|then)\s+)?(?:said|says|stated|states|told|yelled|texted|posted|wrote)\b/.test(t) && !opensWithOther(t, options) || /^\s*(?:client|pt|patient)\b(?:\s*\([^()]*\))?[^".;]{0,150}?,\s*(?:and\s+)?(?:said|says|stated|states|yelled)\s+["']/.test(t) || /^\s*(?!(?:Mom|Dad|Mother|Father|Sister|Brother|Wife|Husband|Partner|Boyfriend|Girlfriend|Grandma|Grandpa|Grandmother|Grandfather|Aunt|Uncle|Teacher|Boss|Neighbor|Stepdad|Stepmom)\b)[A-Z][a-z]+\s+(?:(?:also|then)\s+)?(?:said|says|stated|states|yelled|texted|posted|wrote)\s+"/.test(clause));
    // ("she said he locked her in closet and hit her with a belt": harm done to the client, told by her, is abuse disclosed, never her threat.)
    // (With the client's pronoun unknown, "she said he ..." names the teller and the doer.)
    const teller = options.clientPronoun ?? (/\b(she|he)\s+(?:said|says|told (?:me|us)|disclosed|reported)\s+(?:that\s+)?(he|she)\b/.exec(t)?.slice(1).reduce((a, b) => (a !== b ? a : '')) || undefined);
    const clientObject = teller === 'she' ? 'her' : teller === 'he' ? 'him' : undefined;
    const otherDoer = teller === 'she' ? 'he' : teller === 'he' ? 'she' : undefined;
    // ("dad's gf's adult son ... last visit hit him w/ a belt": an act done by someone named by who they are is theirs too.)
    const harmVerb = !!threat && /^(?:hit|hits|beat|beats|slapped|slaps|kicked|kicks|punched|punches|choked|chokes|hurt|hurts)\s+(?:her|him|them)\b/.test(threat[0]);
    const before = threat ? t.slice(Math.max(0, threat.index - 90), threat.index) : '';
    const byTeller = !!clientObject && !!otherDoer && !!threat && new RegExp(`^\\S+\\s+${clientObject}\\b`).test(threat[0]) && new RegExp(`\\b${otherDoer}\\s+(?:[\\w"',]+\\s+){0,12}$`).test(before);
    const byNamedOther = /\b(?:son|boyfriend|bf|girlfriend|gf|dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother|uncle|aunt|brother|sister|cousin|grandpa|grandfather|grandma|grandmother|teacher|coach|husband|wife|partner|ex)\b[^.;]{0,60}$/.test(before) && /\b(?:pushes|pushed|hits|hit|beats|beat|locks|locked|grabs|grabbed|slaps|slapped|kicks|kicked|yells|yelled|choked|chokes)\b/.test(before + threat?.[0]);
    const doneToClient = harmVerb && (byTeller || byNamedOther) && !/\b(?:i'll|i will|i'm gonna|i am going to|gonna|going to)\b/.test(t.slice(Math.max(0, threat!.index - 40), threat!.index));
    // ("Family session: mom, Daniel 16, Sofía 12 ... Daniel angry, says he's "gonna make him pay"": in a family session a
    // threat by one of those in the room is a threat to weigh, whoever of them the note is for.)
    const familyMemberSaid = !!threat && !!options.familyMembers?.length && threatReading === 'other' && new RegExp(`^\\s*(?:${options.familyMembers.map((n) => n.toLowerCase()).join('|')})\\b`).test(t) && !isDenied(view, threat.index, threat.index + threat[0].length);
    // ("Guardian reports Luis told housemate "I'm going to break your face"": the client's own words, whoever tells them.)
    const clientToldSomeone = !!threat && view.insideQuote(threat.index) && clientToldPattern(options.clientName).test(t.slice(0, threat.index));
    // ('She said her ex texted "you won't make it to the state line"': the quoted words of the relative who said them are theirs.)
    // ('Pt states Greg texted "you'll regret this"': so are the words of someone else the summary names.)
    // ('Luis grabbed her wrist hard Sat night and said "I'll kill you"': the one who acted, then said it.)
    // ('pt reports Jordan said Tues "if I see Alex I'll break his neck"': with the day it was said between.)
    const sender = threat && view.insideQuote(threat.index) ? /\b([A-Z][a-z]+)\s*(?:\([^()]*\))?\s+(?:[^".;,]{1,60}?\s+and\s+)?(?:texted|wrote|messaged|posted|said|says|told (?:her|him|them|me)|yelled|screamed|threatened)(?:\s+(?:on\s+)?(?:[Mm]on|[Tt]ues|[Ww]ed|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)(?:day)?|\s+(?:yesterday|last night|today|this morning|last week|last weekend|over the weekend))?\s*(?:that\s+)?"[^"]*$/.exec(clause.slice(Math.max(0, threat.index - 120), threat.index))?.[1] : undefined;
    // (Only words aimed at "you", the one told: 'Tyler said "if Jake touches my stuff again I'll kill him"' is Tyler's own threat.)
    const aimedAtListener = !!threat && /\byou\b/.test(t.slice(t.lastIndexOf('"', threat.index), threat.index + threat[0].length));
    const namedSaid = !!sender && (isOtherName(sender.toLowerCase(), options) || (aimedAtListener && !/^(?:Client|Patient|Pt|She|He|They|I|We|You)$/.test(sender) && sender.toLowerCase() !== options.clientName?.toLowerCase() && !(options.sharedSession && (options.partners ?? options.familyMembers ?? []).some((n) => n.toLowerCase() === sender.toLowerCase()))));
    // ('He has said before "if you leave I'll kill you and then myself."' in a woman's summary: the other pronoun is another person.)
    const otherPronoun = options.clientPronoun === 'she' ? 'he' : options.clientPronoun === 'he' ? 'she' : undefined;
    // ("She said he's said before ...", with no pronoun known for the client: the one telling and the one who said it differ.)
    const tellerThenOther = /^\s*(?:and\s+)?(she|he)\s+(?:said|says|reported|reports|stated|states)\s+(?:that\s+)?(she|he)(?:'s|\s+(?:has|had|have))?\s+(?:\w+\s+){0,2}?(?:said|says|told (?:her|him|them)|texted|wrote|yelled|screamed|threatened|sent)\b/.exec(t);
    const otherPronounSaid = (!!tellerThenOther && tellerThenOther[1] !== tellerThenOther[2] && (!options.clientPronoun || options.clientPronoun === tellerThenOther[1])) || !!otherPronoun && new RegExp(`^\\s*(?:and\\s+)?(?:(?:${options.clientPronoun}|client|pt|patient)\\s+(?:said|says|reported|reports|stated|states|told me)\\s+(?:that\\s+)?)?${otherPronoun}(?:'s|\\s+(?:has|had|have))?\\s+(?:\\w+\\s+){0,2}?(?:said|says|told (?:her|him|them)|texted|wrote|yelled|screamed|threatened|sent)\\b`).test(t);
    const relativeSaid = !!threat && !clientToldSomeone && view.insideQuote(threat.index) && (THREAT_SAID_BY_OTHER.test(t) || namedSaid || otherPronounSaid);
    // ("intrusive thoughts of stabbing her little brother ..., ego-dystonic, no intent": an obsession's content, the thoughts
    // named within the threat's own words, is never a threatening statement, as it is never homicidal ideation.)
    const intrusiveThreat = !!threat && (INTRUSIVE_CLAUSE.test(t.slice(0, threat.index + threat[0].length)) || EGO_DYSTONIC.test(t));
    if (threat && !relativeSaid && !intrusiveThreat && (!aimedAtClient || clientToldSomeone) && !figure && !doneToClient && (!othersOrDenied || clientSaid || familyMemberSaid || clientToldSomeone || (threatReading === 'no_status' && view.insideQuote(threat.index)))) risk.threat = true;
    // ("Partner said 'if she leaves me she'll regret it, I know where the gun is'": a relative's threat told in the session
    // is a danger to weigh (often to the client), never the client's own threat.)
    if (threat && !risk.threat && !figure && !clientToldSomeone && (THREAT_SAID_BY_OTHER.test(t) || namedSaid || otherPronounSaid) && !isDenied(view, threat.index, threat.index + threat[0].length)) risk.threatByOther = true;
    // ("if it doesn't stop he'll handle it himself": the condition is the veiled threat's form, never a reason to leave it unread.)
    const veiled = risk.threat ? null : VEILED_THREAT.exec(t);
    // ("she came in really shaken because her ex texted her last night saying if he can't have her nobody can"): words a partner
    // or relative sent or said to the client, told further into the clause, are theirs.
    const sentByOther = !!veiled && SENT_TO_CLIENT_BY.test(t.slice(Math.max(0, veiled.index - 120), veiled.index));
    // ('2 coworkers reported that on Tues R. said "if they put me on a PIP I'll bring something ..."', the client "(R.)": the
    // words quoted right after the client's own saying are the client's, whoever tells of them.)
    const clientQuoted = !!veiled && view.insideQuote(veiled.index) && new RegExp(`\\b(?:client|pt|patient${options.clientInitial ? `|${options.clientInitial.toLowerCase()}\\.` : ''})\\s+(?:said|says|stated|told (?:\\w+\\s+)?|texted|yelled)\\s*"[^"]*$`).test(t.slice(Math.max(0, veiled.index - 120), veiled.index));
    if (veiled && (clientQuoted || (!sentByOther && !opensWithOther(t, options) && !THREAT_SAID_BY_OTHER.test(t) && readMention(view, veiled.index, veiled.index + veiled[0].length, options) !== 'other')) && !/\b(?:no|denies|denied|never|not|without)\b[^.;]{0,20}$/.test(t.slice(Math.max(0, veiled.index - 25), veiled.index))) risk.threat = true;
    // ('her ex-husband has been texting her ..., some saying "I know where you parked today"': another person's veiled threat
    // is a danger to weigh, never the client's.)
    // ('Rick also said if she leaves "nobody else gets to have you"': so is one named saying it.)
    else if (veiled && !risk.threat && !clientQuoted && (sentByOther || THREAT_SAID_BY_OTHER.test(t) || readMention(view, veiled.index, veiled.index + veiled[0].length, options) === 'other') && !isDenied(view, veiled.index, veiled.index + veiled[0].length)) risk.threatByOther = true;
    if (DUTY_TO_WARN.test(t)) risk.dutyToWarn = true;
    // ("PO reports Terrell was arrested Sat for violating 50C order - showed up at victim's workplace": the order broken is a danger to weigh.)
    if (ORDER_VIOLATED.test(t) && !/\b(?:no|not|never|denies|denied)\s+(?:\w+\s+){0,2}(?:violat|broke|breach)/i.test(t)) risk.orderViolated = true;
    const attempt = ATTEMPT.exec(t);
    // "no prior attempts", "denies past attempts": documented as none; another person's attempt is not the client's.
    // "brother says 1 attempt 2015": the brother tells of the client's attempt; it is the client's history.
    const toldByOther = !!attempt && ATTEMPT_TOLD_BY_OTHER.test(t.slice(Math.max(0, attempt.index - 40), attempt.index));
    // ("high risk of suicide attempt given plan": an attempt rated as a risk is none made.)
    const riskOfAttempt = !!attempt && /\brisk\s+(?:of|for)\s+(?:an?\s+)?(?:suicid\w*\s+)?$/.test(t.slice(Math.max(0, attempt.index - 30), attempt.index));
    // ("He is worried about her, says she has a hx of depression and one prior attempt in 2022", the client a man): the attempt
    // of someone of the other pronoun is theirs.
    const hadBy = attempt ? /\b(she|he)\s+(?:has|had)\b[^.;]{0,60}$/.exec(t.slice(Math.max(0, attempt.index - 70), attempt.index))?.[1] : undefined;
    const anothersAttempt = !!hadBy && !!options.clientPronoun && options.clientPronoun !== 'they' && hadBy !== options.clientPronoun;
    if (attempt && !riskOfAttempt && !anothersAttempt && (toldByOther || readMention(view, attempt.index, attempt.index + attempt[0].length, options) !== 'other')) {
      // "Prior attempt: none", "asked about past attempts - none": the answer after the label is a denial too.
      const noneAfter = /^\s*(?::|-|=|,|\?)?\s*(?:none|no|denied|denies|negative|neg|0|never)\b/.test(t.slice(attempt.index + attempt[0].length));
      // ("denies plan, intent, or any prior attempts": a denial listing the attempts with other items reaches them.)
      const listedDenial = DENIED_LIST.test(t.slice(Math.max(0, attempt.index - 120), attempt.index)) || /\b(?:no|denies|denied|never|without)\s+(?:[a-z-]+,?\s+){0,4}(?:or|and|nor)\s+(?:any\s+)?$/.test(t.slice(Math.max(0, attempt.index - 80), attempt.index));
      // ("overdose in 1987. No attempts since": none since an event told before is no denial of a past attempt.)
      const noneSince = /^\s*(?:since|since then|after that|afterward|afterwards)\b/.test(t.slice(attempt.index + attempt[0].length));
      // ("admitted after telling the counselor she wanted to be dead; no attempt this time": this episode only, no lifetime denial.)
      const thisTime = /^\s*(?:this time|this admission|this episode|this week|this month|today|tonight|recently|this round)\b/.test(t.slice(attempt.index + attempt[0].length));
      // ("states it was not a suicide attempt": an act said not to have been an attempt is none.)
      const notAnAttempt = /\b(?:was|is|were|wasn't|isn't)\s+(?:not\s+|never\s+)?(?:a|an)?\s*$/.test(t.slice(Math.max(0, attempt.index - 24), attempt.index)) && /\b(?:not|never|wasn't|isn't)\s+(?:a|an)?\s*$/.test(t.slice(Math.max(0, attempt.index - 16), attempt.index).replace(/\bsuicid\w*\s*$/, ''));
      // ("she did not have any prior attempts", "has not had any attempts", "doesn't have a history of attempts": denied in other words.)
      const hadNone = /\b(?:did not|didn't|does not|doesn't|has not|hasn't|have not|haven't|had not|hadn't|never)\s+(?:ever\s+)?(?:had|have|made)\s+(?:any|a|an)?\s*(?:(?:prior|previous|past|history of|hx of)\s+)*$/.test(t.slice(Math.max(0, attempt.index - 50), attempt.index));
      if (!noneSince && !thisTime && !notAnAttempt && !hadNone) risk.attemptHistory = risk.attemptHistory || (!noneAfter && !listedDenial && !/\b(no|denies|denied|never|none|without)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, attempt.index - 24), attempt.index)));
      // ("0215 ... CO found him w/ sheet tied to vent", "attempted last night by overdose"): an attempt of the last day is no history.
      if (risk.attemptHistory && (/\b(?:found|stopped|interrupted|cut (?:him|her|them) down|removed it)\b/i.test(t) || /\b(?:tonight|today|this morning|last night|earlier today|this evening|hours ago|an hour ago)\b/i.test(t)) && !/\b(?:years?|months?|weeks?) ago\b|\b(?:19|20)\d\d\b|\bhx\b|\bhistory\b|\bprior\b|\bpast\b/i.test(t)) risk.attemptRecent = true;
    }
    // "+command AH", "God told me to cut my throat": command hallucinations to harm, unless denied ("denies command AH").
    const command = COMMAND_HARM.exec(clause);
    if (command && !/\b(?:no|denies|denied|without|negative for|not having|absent)\s+(?:\w+\s+){0,3}$/i.test(clause.slice(Math.max(0, command.index - 40), command.index)) && !/^\s*(?:absent|denied|none|negative)\b/i.test(clause.slice(command.index + command[0].length))) {
      risk.commandHarm = true;
      // ("denies AH today though chart notes command AH on admission": commands named without what they command, and charted
      // at an earlier time, are said as such, never as commands to harm now.)
      if (/^command\b/i.test(command[0]) && !/\bto\s+(?:kill|hurt|harm|cut|stab|hang|jump|shoot|burn|drown|die|end)\b/i.test(clause.slice(command.index, command.index + command[0].length + 40))) risk.commandUnstated = true;
      if (/\b(?:on|at|before|during)\s+(?:admission|intake|hospitali[sz]ation)\b|\bchart\s+(?:notes?|says|documents?)\b|\b(?:hx|history|previously|prior|in the past)\b/i.test(clause)) risk.commandPast = true;
    }
    // "sister says he took a bunch of pills in 2016": whoever tells it, a past overdose is history to weigh.
    const overdose = PAST_OVERDOSE.exec(t);
    const clientsOverdose = (at: RegExpExecArray): boolean => !/\baccidental(?:ly)?\b/.test(t) && !/\b(?:no|denies|denied|never|without)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, at.index - 24), at.index)) && (readMention(view, at.index, at.index + at[0].length, options) !== 'other' || ATTEMPT_TOLD_BY_OTHER.test(t.slice(Math.max(0, at.index - 40), at.index)) || /\b(?:says|said|reports|reported|states|stated|adds|added)\s+(?:that\s+)?(?:he|she|they|client|pt|patient)\s+$/.test(t.slice(Math.max(0, at.index - 40), at.index)));
    if (overdose && clientsOverdose(overdose)) risk.overdoseHistory = true;
    // ("Sat night took ~20 of her sertraline", "OD on Tylenol 3 days ago"): an overdose told with no mark of history is recent.
    const told = overdose ? null : OVERDOSE_TOLD.exec(t);
    if (told && clientsOverdose(told)) {
      if (PAST_EVENT_TOLD.test(t) || /\b(?:hx|history|prior|previous|past|lifetime|months? ago)\b/.test(t)) risk.overdoseHistory = true;
      else risk.overdoseRecent = /\bintentional(?:ly)?\b/.test(t) ? 'intentional' : 'unstated';
    }
    // ("Bob grabbed her arm when she took the keys": the step is the moment someone was hurt, told as the incident, never a safety measure.)
    // ("he took her car keys Friday after she came home at 12:40 (curfew 11)": keys taken as a consequence are no safety measure.)
    // ("pt refused voluntary admission, angry at being locked up": a step refused is no safety measure.)
    // ("Uncle's gun is at grandma's house ..., not locked up": a safety step said not done is no safety measure.)
    // ("Crisis line f/u call pt Derek 19yo": the service the contact came through is its heading, never a safety measure.)
    if (allMatches(SAFETY, t).some((m) => !SAFETY_STEP_NOT_DONE.test(t.slice(Math.max(0, m.index - 24), m.index))) && !/^\s*(?:crisis line|988|hotline)\s+(?:f\/u|follow[- ]?up|call|contact|call-?back)\b/.test(t) && !/\b(?:grabbed|hit|pushed|shoved|slapped|punched|kicked|choked|threw|swung at|lunged at)\b[^.;]{0,60}\b(?:when|as|after)\b/.test(t) && !/\b(?:curfew|grounded|grounding|punish\w*|consequence|as a punishment)\b/.test(t) && !/^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:refused|refuses|declined|declines|would not agree to|won't agree to)\b/.test(t)) risk.safetyPlan.push(safetyPart(clause));
    // "protective factors kids + wife, no access to firearms": the factors named after the term,
    // to the end of its stretch of the clause.
    const staying = REASON_FOR_STAYING.exec(t);
    const protective = PROTECTIVE_LONGEST_FIRST.map((p) => ({ p, at: t.indexOf(p) })).find((x) => x.at >= 0) ?? (staying ? { p: staying[0], at: staying.index } : undefined);
    // "reviewed her reasons for living list": the list is named, not its factors.
    // "explored reasons for living and we built a safety plan": a new clause follows, not the factors.
    // "identified 3 reasons for living, gave roommate's number as contact": a count before the term, and a
    // new act after its comma; the reasons are counted, not named.
    const counted = protective && /^reasons? for living$/.test(protective.p) ? /\b(\d+|one|two|three|four|five|several|some|a few)\s+$/.exec(t.slice(Math.max(0, protective.at - 12), protective.at)) : null;
    // ("able to name her little brother as a reason to stay, but said that wasn't enough right now": the one named before the
    // term is the factor, and what follows it is no list.)
    const namedAsReason = protective ? /\b(?:name|named|identify|identified|mention|mentioned|gave|give)\s+((?:her|his|their|the)\s+)?([^,.;]{2,40}?)\s+as\s+(?:a\s+|her\s+|his\s+|their\s+|the\s+)?$/.exec(clause.slice(Math.max(0, protective.at - 70), protective.at)) : null;
    const factorBefore = protective && !counted && !namedAsReason ? /(?:^|,\s*|;\s*|\band\s+)((?:(?:her|his|their|my|the)\s+)?(?!(?:no|none|nothing|there)\b)[a-z'-]+(?:\s+[a-z'-]+){0,3}?)\s+(?:are|is|were|was|remain|remains)\s+(?:(?:her|his|their|my|the)\s+)(?:main\s+|only\s+|biggest\s+|strongest\s+)?$/.exec(clause.slice(Math.max(0, protective.at - 60), protective.at).toLowerCase()) : null;
    if (counted && /^\s*(?:[,.;]|$)/.test(t.slice(protective!.at + protective!.p.length))) risk.protectiveFactors.push(`${counted[1]} ${protective!.p} identified`);
    else if (namedAsReason) risk.protectiveFactors.push(`${namedAsReason[1] ?? ''}${namedAsReason[2]}`.trim());
    // ("kids are her reason to live": what is said to be the reason, before the term.)
    else if (factorBefore) risk.protectiveFactors.push(factorBefore[1]!.trim());
    // "future-oriented statements absent", "no protective factors identified": none named.
    else if (protective && PROTECTIVE_ABSENT.test(t.slice(protective.at + protective.p.length)) || protective && /\b(?:no|without|lacks?|lacking|absent|minimal|few)\s+(?:\w+\s+)?$/.test(t.slice(Math.max(0, protective.at - 24), protective.at))) {
      /* nothing to list */
    } else if (protective && !/^\s*(?:list|worksheet|card|exercise|review|sheet)\b|^\s*(?:and|but|then|so|while)\s+(?:we|he|she|they|i|client|patient|pt|therapist)\b/.test(t.slice(protective.at + protective.p.length))) {
      const from = protective.at + protective.p.length;
      // ("reasons for living were his kids and his K9 partner": the verb after the term, in any tense, goes.)
      const stretch = clause.slice(from).replace(/^\s*(?:(?:identified|named|noted|discussed|reviewed|listed)\s*)?(?:are|were|was|include|includes|included|is|:|=|-)?\s*/i, '').replace(/^\s*\(([^)]*)\).*$/s, '$1')
        // ("protective factors strong (therapist rel., fiance, faith community)": the strength said, then the factors in brackets.)
        .replace(/^\s*(?:strong|good|solid|adequate|several|many|multiple|some|intact)\s*\(([^)]*)\).*$/is, '$1');
      // ("safety plan: reasons for living (grandson, his dog), warning signs, coping, contacts": the plan's
      // other headings end the list of what keeps the client going.)
      const list = stretch.split(/;|\.(?!\s*,)|,\s*(?=no |not |denies|denied|has |with |said |says |stated |states |reported |reports |felt |feels |agreed |warning signs?|coping|contacts?|(?:internal |external )?(?:coping )?strategies|distractions|triggers|crisis (?:line|numbers?)|988|means|professional|supports? to call)/i)[0]!.replace(/^\(([^)]*)\)$/, '$1').split(/,|\band\b|\+|\//).map((x) => x.trim()).filter(Boolean);
      // ("future oriented re daughter, help-seeking": a term followed by what it is about keeps the term, never "regarding daughter" alone.)
      if (list.length && /^(?:re|regarding|about|toward|towards|around)\b/i.test(list[0]!)) list[0] = `${protective.p} ${list[0]}`;
      // "unable to name reasons for living beyond her cat": the cat is the one named, and only with difficulty.
      if (/\b(?:unable to|(?:not|n't|never|barely) able to|could not|couldn't|can't|cannot|struggled to|hard time|difficulty)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, protective.at - 30), protective.at))) risk.protectiveLimited = true;
      // A quotation cut at its own full stop ("maybe my daughter.") is closed again.
      // ("Protective factors as above": a pointer to what was said, never a factor of its own.)
      // ("Protective: roommate? (pt says moving out)": a factor the clinician questions is never listed as one.)
      risk.protectiveFactors.push(...list.map((x) => x.replace(/^(?:beyond|besides|other than|except(?: for)?)\s+/i, '')).filter((x) => !/^(?:as|see|noted|listed|per|same as)\s+(?:above|before|earlier|prior)$/i.test(x) && !/\?/.test(x)).map((x) => ((x.match(/"/g) ?? []).length % 2 ? `${x}"` : x)));
    }
    const supports = NAMED_SUPPORTS.exec(t);
    // ("identified his brother Tom and 988 as supports": a crisis line is a resource, never a protective factor, and its own "and" is no list.)
    if (supports) risk.protectiveFactors.push(...clause.slice(supports.index, supports.index + supports[0].length).replace(/^\S+\s+/, '').replace(/\s+as\s+.*$/i, '').replace(/\b988 Suicide and Crisis Lifeline\b/g, '988').split(/,\s*|\s+and\s+|\s*\+\s*/).map((x) => x.trim()).filter((x) => x && !/^(?:the\s+)?(?:988|crisis (?:line|text line)|hotline|lifeline|veterans crisis line|military crisis line)\b/i.test(x)));
    // ("they wouldn't do anything because of Sam and their cat": the reasons not to act are protective factors, as named.)
    const because = WOULD_NOT_ACT_BECAUSE.exec(t);
    // ('"I won't do it because of my mom"': the reason in the client's own words is named as the client's, never "my mom".)
    if (because) risk.protectiveFactors.push(...clause.slice(because.index + because[0].length - because[1]!.length, because.index + because[0].length).split(/\s+and\s+|,\s*/).map((x) => x.trim().replace(/^my\s+(?:(mom|mommy|mum)|(dad|daddy)|(.+))$/i, (_m, mom?: string, dad?: string, other?: string) => `the client's ${mom ? 'mother' : dad ? 'father' : other}`)).filter(Boolean));
    const spare = /\bwants to spare (her|his|their|my) ([a-z]+)\b/.exec(t);
    if (spare && anyIdeation) risk.protectiveFactors.push(`not wanting to hurt ${spare[1] === 'my' ? 'the client\'s' : spare[1]} ${spare[2]}`);
    const stopping = ONLY_THING_STOPPING.exec(t);
    if (stopping) risk.protectiveFactors.push(stopping[1]!);
    const keeps = KEEPS_GOING.exec(t);
    if (keeps) risk.protectiveFactors.push(keeps[1]!.replace(/^my\s+/, ''));
    // ("he says what keeps him here is his granddaughter": the reason named after "what keeps him here".)
    const keepsHere = WHAT_KEEPS_HERE.exec(t);
    if (keepsHere && !keeps) risk.protectiveFactors.push(keepsHere[1]!);
    // ("Risk to pt from others moderate-high given threats": the danger the client is in, rated apart from the client's own risk.)
    const fromOthers = DANGER_TO_CLIENT.exec(t);
    if (fromOthers) risk.dangerToClient = levelAsWritten(fromOthers[1]!);
    const level = RISK_LEVEL.exec(fromOthers ? t.replace(fromOthers[0], ' '.repeat(fromOthers[0].length)) : t);
    // "Medical risk moderate given amenorrhea", "fall risk high": another kind of risk, not the suicide and violence level.
    // ("ORT moderate risk": the Opioid Risk Tool's misuse band, never the clinician's level.)
    // ("school did a threat assessment and said low risk", "C-SSRS screen positive high risk": another's rating or a screen's band, never the clinician's own.)
    // ("... go to the ED if it gets worse I would say risk moderate": the clinician's own "I would say" rates it, whatever was named before.)
    const ratedByOther = level && !/\bi\s+(?:would|'d)\s+(?:say|rate|put|call)\s+(?:(?:the|her|his|their|it|overall)\s+)*$/.test(t.slice(Math.max(0, level.index - 40), level.index)) && /\b(?:school|teacher|counselor|hospital|er|ed|emergency (?:room|department)|police|psychiatrist|crisis team|mobile crisis|they|threat assessment|screen(?:ing)?|c-ssrs|columbia-suicide severity rating scale)\b[^.;]{0,50}$/.test(t.slice(Math.max(0, level.index - 60), level.index));
    // ("I'm not convinced the risk is low": a level doubted is no level stated.)
    // ("I'd say moderate risk hmm actually I'll leave the risk level for me to finish": a level taken back right after is none stated.)
    const doubted = level && (/\b(?:not (?:convinced|sure|certain)|unsure|doubt|don't think|do not think|wouldn't call|would not call|hard to say)\b[^.;]{0,30}$/.test(t.slice(Math.max(0, level.index - 50), level.index)) || /^[^.;]{0,40}?\b(?:actually|no wait|on second thought)\b[^.;]{0,20}\b(?:leave|hold off on|defer|skip|come back to)\s+(?:the\s+)?risk(?:\s+level)?\b/.test(t.slice(level.index + level[0].length)));
    // ("Frank at elevated risk per report", in his wife's own session: another person's level is not the client's.)
    // ("M-CHAT-R score 9 (high risk)": a developmental or substance screen's band is that screen's, never the risk level.)
    if (level && !ratedByOther && !doubted && !opensWithOther(t, options) && !/\b(?:m-chat(?:-r)?|mchat|asq(?:-3)?|asq:se-2|autism|developmental|audit(?:-c)?|dast(?:-10)?|crafft|cage)\b[^.;]{0,30}$/.test(t.slice(Math.max(0, level.index - 40), level.index)) && !/\b(?:medical|medically|fall|flight|relapse|legal|financial|eviction|cardiac|refeeding|readmission|housing|elopement|infection|ort|soapp(?:-r)?|comm|opioid risk tool|misuse|opioid misuse|overdose|od)\s*[:=-]?\s+$/.test(t.slice(Math.max(0, level.index - 20), level.index))) risk.level = levelAsWritten((level[1] ?? level[2] ?? level[3])!);
    // ("risk to roommate mod, esp evenings": the level, and to whom, said together.)
    const toWhom = level || risk.level ? [] : [...(fromOthers ? t.replace(fromOthers[0], ' '.repeat(fromOthers[0].length)) : t).matchAll(LEVEL_TO_WHOM)];
    if (toWhom.length && !opensWithOther(t, options)) risk.level = toWhom.map((m) => `${levelAsWritten(m[2]!)} (risk to ${m[1]})`).join(', ');
    // ("chronic elevated risk, acute risk moderate": both levels, each with its time frame, never the first alone.)
    // ("Assessed high risk at start, moderate at end": both levels, each with when, never the first alone.)
    const startThenEnd = level && risk.level ? /\b(low|low-moderate|moderate|mod|moderate-high|high|elevated|imminent)\s+(?:risk\s+)?at\s+(?:the\s+)?(?:start|beginning|outset|intake)\b[^.;]{0,20}?\b(low|low-moderate|moderate|mod|moderate-high|high|elevated|imminent)\s+(?:risk\s+)?(?:at|by)\s+(?:the\s+)?end\b/.exec(t) : null;
    if (startThenEnd) risk.level = `${levelAsWritten(startThenEnd[1]!)} at the start of the session, ${levelAsWritten(startThenEnd[2]!)} by the end`;
    // ("Risk high -> mitigated to moderate w/ sister present and means removed": the level brought down is said with the one before.)
    const mitigated = level && risk.level && !/\b(?:end|reduced)\b/.test(risk.level) ? /\b(?:mitigated|reduced|lowered|decreased|brought down|down)\s+to\s+(low|low-moderate|moderate|mod)\b/.exec(t) : null;
    if (mitigated) risk.level = `${risk.level}, reduced to ${levelAsWritten(mitigated[1]!)}`;
    // (Split at its comma, "... high risk at start" then "moderate at end": the level at the end goes with the one before.)
    const endLevel = !level && risk.level && !/\bend\b/.test(risk.level) ? /^\s*(low|low-moderate|moderate|mod|moderate-high|high|elevated|imminent)\s+(?:risk\s+)?(?:at|by)\s+(?:the\s+)?end\b/.exec(t) : null;
    if (endLevel) risk.level = `${risk.level} at the start of the session, ${levelAsWritten(endLevel[1]!)} by the end`;
    const framed = level ? [...t.matchAll(CHRONIC_OR_ACUTE_LEVEL)] : [];
    if (framed.length >= 2 && new Set(framed.map((m) => m[1] ?? m[5])).size === 2 && risk.level) risk.level = framed.map((m) => `${m[1] ?? m[5]} ${(m[2] ?? m[3] ?? m[4])!.replace(/\bmod\b/, 'moderate')}`).join(', ');
  }
  for (const key of bareMentions) risk[key] ??= true;
  const selfIdeation = risk.si === 'passive' || risk.si === 'active';
  for (const key of ['plan', 'intent'] as const) if (!selfIdeation && aimedAtOther[key] !== undefined && risk[key] !== true) risk[key] = aimedAtOther[key];
  // A specific statement (passive or active) outranks a bare mention of ideation.
  // Words inside a quotation ("I'd be better off dead", "I could kill that guy") count unless the
  // clinician recorded a denial of that domain in their own words: then the denial stands, and the
  // quotation stays in the risk section for the clinician to weigh.
  const explicitSiDenial = si.some((x) => x.startsWith('denied') && x !== 'denied_history' && x !== 'denied_earlier');
  // Only a denial of suicidal ideation as a whole outranks a passive wish in the client's words.
  // ("it wouldn't matter if she didn't wake up ... no thoughts of killing herself": a denial of active thoughts leaves the passive wish standing, quoted or not.)
  const blanketSiDenial = si.some((x) => x === 'denied' || (x === 'denied_active' && !si.some((y) => y.startsWith('passive'))));
  // (Bare mentions say no kind: a passive one is the only kind said, and an unstated "ideation" beside it adds none.)
  // ("James acknowledged thoughts of "not being here" ... Nicole denies SI", in a couples session: her denial is hers, and his words stand.)
  const anotherDenied = (i: number): boolean => !!options.sharedSession && !!endorsedBy.get(i) && deniedBy.length > 0 && deniedBy.every((who) => who && who !== endorsedBy.get(i));
  const siFindings = blanketSiDenial ? si.flatMap((x, i) => (!x.includes('_quote') ? [x] : anotherDenied(i) ? [x.replace('_quote', '')] : [])) : si.map((x) => x.replace('_quote', ''));
  if (blanketSiDenial && si.some((x, i) => x.includes('_quote') && !anotherDenied(i))) risk.siWordsQuoted = true;
  risk.si = siFindings.includes('active') ? 'active' : siFindings.includes('passive') ? 'passive' : siFindings.some((x) => x.endsWith('_bare')) ? (siFindings.includes('passive_bare') ? 'passive' : 'active') : explicitSiDenial ? 'denied' : 'not_assessed';
  // ('reports SI "on and off" ..., thinks "everyone would be better off"': the ideation told names no kind, and a burden
  // felt beside it names none either, so the kind stays the clinician's to state, never "passive".)
  // ('+SI today, "I want to die"': the bare SI read in the wish's clause takes the wish's kind; it is still a bare SI.)
  const passiveAt = si.flatMap((x, i) => (x.startsWith('passive') ? [i] : []));
  const bareSaid = [...bareApart].filter((i) => !passiveWordsOnly.has(i) && (si[i] === 'active_bare' || (si[i] === 'passive_bare' && !clauses.some((c) => /\bpassive\b/i.test(c)))));
  if (risk.si === 'passive' && bareSaid.length && passiveAt.some((i) => passiveWordsOnly.has(i)) && passiveAt.every((i) => passiveWordsOnly.has(i) || bareSaid.includes(i))) {
    risk.si = 'active';
    risk.siKindUnstated = true;
  }
  // ("C-SSRS - high risk" and nothing more said of ideation): the band may come from ideation with intent or from recent
  // behaviour alone, so the status names the band, never "endorsed active suicidal ideation".
  if (risk.si === 'active' && screenBand && !si.some((x, i) => i !== screenBand!.at && /^(?:active|passive)/.test(x))) risk.siScreenBand = screenBand.band;
  // ("Pt yesterday endorsed SI w/ thought of jumping ..., today denies SI": the day of the ideation and today's denial are both said.)
  // ('Mei reports ... he's said "you'd all be better off without me"', then "denies SI when sober": told by her, denied by him.)
  // (Told in the client's quoted words and then denied, the status still says that another person reported it.)
  const endorsedAt = si.flatMap((x, i) => (/^(?:active|passive)/.test(x) ? [i] : []));
  if (endorsedAt.length && endorsedAt.every((i) => toldByAnother.includes(i)) && si.some((x) => x === 'denied' || x === 'denied_active')) {
    risk.siToldByOther = true;
    if (risk.si === 'denied') risk.si = si[endorsedAt[0]!]!.startsWith('active') ? 'active' : 'passive';
  }
  // ('Said "I want to die" ... Asked about plan - "I don't know, I'll figure it out"': the way left to be worked out is active ideation.)
  if (risk.si === 'passive' && clauses.some((c, i) => PLAN_TO_BE_WORKED_OUT.test(c.toLowerCase()) && /\bplan\b/.test(`${clauses[i - 1] ?? ''} ${c}`.toLowerCase()) && !opensWithOther(c.toLowerCase(), options))) risk.si = 'active';
  if ((risk.si === 'active' || risk.si === 'passive') && deniedToday && endorsedWhen.length && endorsedWhen.every(Boolean) && new Set(endorsedWhen).size === 1) risk.siEndorsedEarlier = endorsedWhen[0];
  // "I'll kill him" then, in a later clause, "said he was angry, no plan or intent": the quoted words stay a threat to weigh.
  // ("... he has no intention of hurting Dave, no plan. he just wanted to say how angry he was": the clarification and the denial may be told apart.)
  if (hi.includes('present_quote') && clauses.some((c) => EXPRESSION_CLARIFIED.test(c.toLowerCase())) && clauses.some((c) => PLAN_OR_INTENT_DENIED.test(c.toLowerCase()) || WOULD_NEVER_HARM.test(c.toLowerCase()))) {
    risk.threat = true;
    hi.splice(0, hi.length, ...hi.filter((x) => x !== 'present_quote'));
  }
  // "sometimes I think it would be easier if I just gave him all his pills at once" beside a denial: the words stay a
  // statement to weigh (never a clean denial in the status line), whoever else denied.
  if (hi.includes('denied') && hi.includes('present_quote')) risk.threat = true;
  const hiFindings = hi.includes('denied') ? hi.filter((x) => x !== 'present_quote') : hi.map((x) => x.replace('_quote', ''));
  // ("no SI reported. didn't ask further in group - will f/u individually": nothing said, and nothing asked, is no denial.)
  if (risk.si === 'denied' && clauses.some((c) => /\b(?:didn't|did not|didnt|couldn't|could not)\s+(?:ask|screen|assess)\b|\bnot (?:asked|screened|assessed)\b/i.test(c)) && !clauses.some((c) => /\b(?:denies|denied|deny|denying)\b/i.test(c))) risk.si = 'not_assessed';
  // ("Nurses give him his meds so he says he couldn't stockpile anyway": medications held by others are no access to them,
  // so the summary line states none; the clinician's words stay above it.)
  if (risk.means !== undefined && clauses.some((c) => MEDS_HELD_BY_OTHERS.test(c)) && !clauses.some((c) => /\bno\s+access\b|\bdenie[sd]\s+access\b/i.test(c)) && !clauses.some((c) => /\b(?:has|have|had|got|keeps?|kept)\s+(?:a\s+)?(?:stash|supply|stockpile|bottle)\b|\b(?:has|have|had)\s+access\b|\bstockpil(?:ed|ing)\b(?!\s+anyway)/i.test(c) && !MEDS_HELD_BY_OTHERS.test(c))) {
    delete risk.means;
    delete risk.meansNamed;
  }
  // ("no pills stockpiled": none saved up says nothing of the pills at hand, so no access is stated.)
  if (risk.means === false && clauses.some((c) => /\bno\s+(?:\w+\s+)?(?:pills?|meds?|medications?|tablets?)\s+(?:stockpiled|saved(?: up)?|hoarded|collected|set aside)\b/i.test(c)) && !clauses.some((c) => /\bno\s+access\b|\bdenies\s+access\b/i.test(c))) {
    delete risk.means;
    delete risk.meansNamed;
  }
  // ("Brother agreed to take all 4 guns to his place tonight ... called brother at 1610 to confirm guns were in brother's
  // truck": the guns had are now held by someone else.)
  // ("she agreed to take the gun to her house today": a removal promised is told as agreed, never as done.)
  // ("thought about taking her oxycodone ... turned in her duty weapon": a weapon given up says nothing of the pills named.)
  const takenAway = clauses.map((c) => c.toLowerCase()).filter((c) => GUNS_TAKEN_AWAY.test(c) && sameKindOfMeans(c, risk.meansNamed));
  if (risk.means && !risk.meansRemoved && takenAway.length) {
    // ("she agreed to give me the Tylenol", then "I've got it locked in the cabinet": the removal confirmed in the next clause.)
    // ("... agreed to secure the Glock with the arms room; confirmed at 1650 by phone": the removal confirmed right after it is done.)
    const confirmedNext = clauses.some((c, i) => i > 0 && /^\s*confirmed\s+(?:at|by|via|on|with)\b/i.test(c) && GUNS_TAKEN_AWAY.test(clauses[i - 1]!.toLowerCase()));
    if (confirmedNext || takenAway.some((c) => (!MEANS_REMOVAL_AGREED.test(c) && !MEANS_REMOVAL_ASKED.test(c)) || GUNS_CONFIRMED_AWAY.test(c)) || clauses.some((c) => GUNS_CONFIRMED_AWAY.test(c.toLowerCase()))) risk.meansRemoved = true;
    else if (takenAway.some((c) => MEANS_REMOVAL_AGREED.test(c))) risk.meansRemovalAgreed = true;
    else risk.meansRemovalAsked = true;
  }
  // ("Pt would not agree to remove shotgun, agreed to let daughter hold the shells": a removal declined stays declined, beside
  // whatever else was taken away.)
  if (risk.means && clauses.some((c) => MEANS_REMOVAL_REFUSED.test(c.toLowerCase()))) {
    risk.meansRemovalDeclined = true;
    delete risk.meansRemovalAgreed;
    delete risk.meansRemovalAsked;
  }
  risk.hi = hiFindings.includes('present') ? 'present' : hiFindings.includes('denied') ? 'denied' : 'not_assessed';
  // ('told her supervisor she had been "cutting again" ... States she has NOT cut, last self-harm 2019': a quoted word
  // with the client's own denial or history in the clinician's words is weighed as the denial; the quotation stays above.)
  const shOwn = sh.some((x) => x.startsWith('denied') || x === 'history');
  const shFindings = shOwn ? sh.filter((x) => x !== 'present_quote') : sh.map((x) => x.replace('_quote', ''));
  // ("she's been cutting on her forearm ... she hasn't actually cut in 3 weeks": the stretch without it, told up to now, makes
  // the cutting a history, unless an act is told as today's or this week's.)
  const stoppedAWhile = shFindings.includes('present') && clauses.some((c) => NO_SELF_HARM_FOR_A_WHILE.test(c.toLowerCase())) && !clauses.some((c) => /\b(?:cut|cutting|self-harm(?:ed)?|burn(?:ed|ing)?|scratch(?:ed|ing)?)\b[^.;]{0,40}\b(?:today|tonight|last night|yesterday|this morning|this week|again)\b/i.test(c));
  const shNow = stoppedAWhile ? shFindings.map((x) => (x === 'present' ? 'history' : x)) : shFindings;
  risk.selfHarm = shNow.includes('present') ? 'present' : shNow.includes('history') ? 'history' : shNow.includes('named') ? 'present' : shNow.some((s) => s.startsWith('denied')) ? 'denied' : 'not_assessed';
  const toldByOther = (['si', 'hi', 'selfHarm'] as const).filter((d) => risk[d] === 'denied' && deniedByOther.has(d) && !deniedByClient.has(d));
  if (toldByOther.length) risk.deniedByOther = toldByOther;
  // ('no intent "right now", can't say why she wouldn't': intent hedged to the moment is left for the clinician to state, whatever a screen said.)
  if (risk.intent === false && clauses.some((c) => /\b(?:no|denies|denied|denying)\s+intent\s+["']?(?:right now|for now|at the moment|for the moment|as of now)\b/i.test(c))) risk.intent = undefined;
  if (risk.plan === false && clauses.some((c) => /\b(?:no|denies|denied|denying)\s+(?:a\s+)?plan\s+["']?(?:right now|for now|at the moment|for the moment|as of now)\b/i.test(c))) risk.plan = undefined;
  // ("SI with intent-ish, 'I don't know if I'd do it'", "intent unclear"): intent the clinician hedged is neither reported
  // nor denied; the note says it was unclear, for the clinician to state. Thoughts with intent in question are active
  // ones, never a kind left unstated.
  if (risk.intent !== false && clauses.some((c) => HEDGED_INTENT.test(c) && !/\b(?:no|denies|denied|without)\s+(?:\w+\s+){0,2}intent\b/i.test(c))) {
    risk.intent = undefined;
    risk.intentUnclear = true;
    // ("Endorsed SI w/ plan (overpass), intent ambivalent": the clinician's own word for the intent is kept.)
    if (clauses.some((c) => /\bintent\s+(?:is\s+|was\s+)?ambivalent\b|\bambivalent\s+(?:about\s+)?intent\b/i.test(c))) risk.intentAmbivalent = true;
    if (risk.si === 'active') siKindStated = true;
  }
  // Intent to act is active ideation (C-SSRS item 4), whatever passive words came with it; so is a plan (item 5).
  if (risk.si === 'passive' && (risk.intent === true || risk.plan === true) && risk.hi !== 'present') risk.si = 'active';
  // ("has had thoughts of wanting to act 'but I wouldn't because of the baby'": thoughts of acting, not denied, say the kind: active.)
  if (risk.si === 'active' && clauses.some((c) => THOUGHTS_OF_ACTING.test(c) && !/\b(?:no|not|never|denies|denied|without)\s+(?:\w+\s+){0,2}(?:thoughts?|thinking|urges?|impulses?)\s+(?:of|about)\s+(?:wanting\s+to\s+)?act/i.test(c))) siKindStated = true;
  // ("C-SSRS screen: positive for ideation w/ method", "looked up how many of his Ambien would be lethal"): a method thought
  // of or looked into is active ideation (C-SSRS item 3), its kind stated.
  if (risk.si === 'active' && clauses.some((c) => /\b(?:ideation|thoughts?|si)\s+(?:w\/|with)\s+(?:a\s+)?method\b|\b(?:looked up|googled|searched(?: online)?(?: for)?|researched)\s+(?:how many|how much|how to|ways to|what dose|lethal)\b/i.test(c) && !/\b(?:no|not|never|denies|denied|without)\s+(?:\w+\s+){0,2}method\b/i.test(c))) siKindStated = true;
  // "endorsed SI" alone: active is the reading, but the note says the kind was not stated, for the clinician to add.
  if (risk.si === 'active' && !siKindStated && risk.plan !== true && risk.intent !== true) risk.siKindUnstated = true;
  // '"I want to die, I mean it this time" and she's been thinking about it all week': thoughts of it,
  // beside the wish, are thoughts of suicide (C-SSRS item 2), active even without a method.
  if (risk.si === 'passive' && clauses.some((c) => /\b(?:want|wants|wanted|wanting) to die\b[^.;]{0,80}\b(?:been |keeps? |kept )?(?:thinking|thought) about it\b/i.test(c) && !/\b(?:no|not|never|denies|denied)\s+(?:\w+\s+){0,2}(?:thinking|thought) about it\b/i.test(c))) risk.si = 'active';
  // ('Endorses SI "I want to die, I'm serious this time"': a wish to die said as meant is no longer only a wish; the
  // kind stays for the clinician to state, never written down as passive.)
  if (risk.si === 'passive' && !risk.siKindUnstated && clauses.some((c) => WISH_SAID_AS_MEANT.test(c) && !/\bpassive\b/i.test(c))) {
    risk.si = 'active';
    if (risk.plan !== true && risk.intent !== true) risk.siKindUnstated = true;
  }
  // ("thinking about killing herself daily, last night she lined up all her lorazepam": a preparatory act told beside the
  // ideation endorsed is said with it, never left to be found in the sentences above.)
  if ((risk.si === 'active' || risk.si === 'passive') && clauses.some((c) => {
    const m = PREPARATORY_ACT.exec(c);
    // ("Counted 22 pills.", jotted alone: the clinician's count of the pills found, never the client counting them out.)
    return !!m && !/\b(?:no|not|never|denies|denied|denying|without)\b[^.;]{0,30}$/i.test(c.slice(0, m.index)) && !opensWithOther(c.toLowerCase(), options) && !/^\s*counted\s+(?:about\s+|approximately\s+|~\s*)?\d+\s+(?:pills|tablets|tabs|capsules)\b/i.test(c);
  })) risk.preparation = true;
  // ('"I want to kill myself, I mean it tonight."': the client's own words that she means to act are intent, unless intent was asked and denied.)
  // ('States "I'll kill myself if you put me back out." ... denies any actual plan or intent'): active words said only on a
  // condition, with plan and intent denied, are a conditional statement, said as such.
  if (risk.si === 'active' && risk.plan === false && risk.intent === false) {
    const active = clauses.filter((c) => found(SI, c.toLowerCase()) && !/\b(?:no|denies|denied|denying)\b/i.test(c));
    if (active.length && active.every((c) => /\b(?:kill|end|hurt|off)\s+(?:my|him|her|them)sel(?:f|ves)\s+if\b|\bif\b[^.;"]{0,60}\b(?:i'll|i will|i'm gonna|i am going to|i'd|i would)\s+(?:just\s+)?(?:kill|end|off)\b/i.test(c))) risk.siConditional = true;
  }
  if (risk.si === 'active' && risk.intent === undefined && clauses.some((c) => WISH_SAID_AS_MEANT.test(c) && /\bkill (?:myself|herself|himself|themselves)\b|\bend (?:it|my life)\b/i.test(c) && !opensWithOther(c.toLowerCase(), options))) risk.intent = true;
  // ("said he had his duty weapon on the kitchen table ... he'd been thinking about using it": thoughts of using the gun
  // just named are thoughts of shooting himself: active ideation, with the means at hand.)
  for (const [i, c] of clauses.entries()) {
    if (!/using/i.test(c)) continue;
    const lc = c.toLowerCase();
    if (!USING_IT.test(lc) || !FIREARM_NAMED.test(`${(clauses[i - 1] ?? '').toLowerCase()} ${lc}`) || /\b(?:no|not|never|denies|denied|without)\b[^.;]{0,25}\b(?:thinking|thought|thoughts)\b/.test(lc) || opensWithOther(lc, options)) continue;
    risk.si = 'active';
    risk.means = true;
    risk.siKindUnstated = undefined;
  }
  // ('Maya said dad "grabbed me hard" ... scared to go home tonight', then "called CPS hotline, report made"): abuse or harm
  // told now is named beside the status, which covers only ideation and self-harm; its history ("hx of CSA", "at age 8")
  // and its denial ("denies anyone hurting her", "no signs of abuse") are not.
  const harmTold = (c: string): boolean => {
    const lc = c.toLowerCase();
    const m = ABUSE_OR_HARM_TOLD.exec(lc);
    return !!m && !HISTORY.test(lc) && !/\b(?:no|not|never|denies|denied|denying|without|negative for|nor|rule out|r\/o)\b[^.;]{0,30}$/.test(lc.slice(0, m.index));
  };
  // ("I explained program rules confidentiality limits and mandated reporting": the limits told at intake are no report made.)
  if (clauses.some(harmTold)) risk.abuseOrHarm = clauses.some((c) => PROTECTIVE_ACTION.test(c) && !LIMITS_EXPLAINED.test(c) && !/\b(?:not|no|never)\s+(?:a\s+)?(?:\w+\s+){0,2}$/i.test(c.slice(0, PROTECTIVE_ACTION.exec(c)!.index))) ? 'reported' : 'no_report';
  // ("her faith forbids ...", then "reasons for living: granddaughter, husband, faith": one factor, named once.)
  const factorKey = (f: string): string => f.toLowerCase().replace(/^(?:her|his|their|my|the)\s+/, '');
  risk.protectiveFactors = risk.protectiveFactors.filter((f, i, all) => all.findIndex((g) => factorKey(g) === factorKey(f)) === i);
  // ("plan to overdose on her Seroquel, has 30 tabs at home": the tablets had are the medicine named beside them, said as written.)
  // ("Has his wife's sleeping pills in house", beside "on sertraline 50": pills named by what they are for are those pills.)
  const pillsByUse = risk.means && GENERIC_PILLS.test(risk.meansNamed ?? '') ? clauses.map((c) => /\b(sleeping|sleep|pain|anxiety|nerve|heart|blood pressure|allergy|diet|seizure)\s+(pills|meds|medications|tablets)\b/i.exec(c)?.[0]).find(Boolean) : undefined;
  if (pillsByUse) risk.meansNamed = pillsByUse.toLowerCase();
  else if (risk.means && GENERIC_PILLS.test(risk.meansNamed ?? '')) {
    // ("saving up her quetiapine ... Has ~40 tabs at home": or the one medicine the summary names at all.)
    const everyNamed = [...new Set(clauses.flatMap((c) => NAMED_MEDICINE.exec(c)?.[0] ?? []))];
    const named = clauses.map((c) => (/\b(?:pills?|tablets?|tabs)\b/i.test(c) ? NAMED_MEDICINE.exec(c)?.[0] : undefined)).find(Boolean) ?? (new Set(everyNamed.map((m) => m.toLowerCase())).size === 1 ? everyNamed[0] : undefined);
    if (named) risk.meansNamed = named;
  }
  // ("a Glock 19": a maker's name keeps its capital, though the clause was read in lower case.)
  if (risk.meansNamed) risk.meansNamed = risk.meansNamed.replace(/\bglock\b/g, 'Glock');
  return risk;
}

/** "told Ray that he was going to ...": what another person told the client of themself. */
const TOLD_CLIENT_THAT = (clientName: string | undefined): RegExp =>
  new RegExp(`\\b(?:told|texted|messaged|called)\\s+(?:${clientName ? `${clientName.toLowerCase()}|` : ''}client|pt|patient|him|her)\\b[^.;"]{0,30}?\\bthat\\s+(?:he|she|they)\\s+(?:was|were|is|are|would|wanted|wants|had|has|might|may|planned|plans)\\b[^.;"]*$`);

/** "thinking about using it", "thought of using his gun": what one would do with the weapon just named. */
export const USING_IT = /\b(?:thinking|thought|thinks|think|thoughts)\s+(?:about|of)\s+using\s+(?:it|that|the\s+\w+|his\s+\w+|her\s+\w+)(?:\s+on\s+(?:himself|herself|themselves))?\b/;
const FIREARM_NAMED = /\b(?:gun|guns|duty weapon|service weapon|weapon|pistol|handgun|rifle|shotgun|firearm|revolver|glock|\.\d{2,3})\b/;

/** Passive (a wish to be dead, not waking up) or active (thoughts of acting, a plan). */
function siKind(t: string, start: number, end: number, methodConsidered: boolean): 'passive' | 'active' {
  const near = t.slice(Math.max(0, start - 30), end + 30);
  const own = t.slice(start, end);
  // "wants to die and has been thinking of ways": a method thought of makes the wish active ideation.
  if (methodConsidered) return 'active';
  if (PASSIVE_MARKERS.some((p) => own.includes(p))) return 'passive';
  if (ACTIVE_MARKERS.some((p) => near.includes(p)) && !/\bno (active|plan|intent)\b/.test(near.slice(0, near.indexOf(own) + 1))) return 'active';
  // ("thinks about suicide most days, wants to die": thoughts about suicide itself are active thoughts (C-SSRS item 2), whatever wish is beside them.)
  if (/^suicid/.test(own) && /\b(?:thinks?|thinking|thought|thoughts)\s+(?:about|of)\s+$/.test(t.slice(Math.max(0, start - 25), start)) && !/\bpassive\b/.test(t.slice(Math.max(0, start - 40), start))) return 'active';
  if (PASSIVE_MARKERS.some((p) => near.includes(p))) return 'passive';
  return 'active';
}

/** Plan, intent and means, only next to their own denial ("no specific plan, intent 'maybe'"). */
const PLAN_INTENT_MEANS = ([[PLAN_TERMS, 'plan'], [INTENT_TERMS, 'intent'], [MEANS_TERMS, 'means']] as const).flatMap(([terms, key]) =>
  terms.map((term) => ({ key, term, re: new RegExp(`(?<![a-z-])${escapeRegExp(term)}(?![a-z])`, 'g') })),
);

/** "intent to harm roommate", "plan to go after him": a plan or intent whose object is another person. */
const AIMED_AT_OTHER = /^\s*(?:of\s+|to\s+)(?:harm|harming|hurt|hurting|kill|killing|attack|attacking|go after|going after|shoot|shooting|stab|stabbing|beat|beating|assault|assaulting|hit|hitting|retaliate|retaliating)\s+(?!(?:her|him|them|my|your|one)sel(?:f|ves)\b)(?:against\s+)?(?:(?:his|her|their|the|a|an|my|anyone|anybody|others?|someone|somebody)\b|[a-z]+)/;

/** "denies any current SI, intent or plan": a denial reaches every risk word listed after it. */
const DENIED_LIST = /\b(?:no|denies|denied|denying|without|w\/o|negative for)\s+(?:(?:any|a|an|current|active|passive|suicidal|homicidal|ideation|intent|plan|means|method|self-harm|thoughts|of|or|and|nor|access to|with)\b[\s,/]*)+$/;

/** The answer after a risk question: "... and she had none", "- denied", ": none". */
const ASKED_ANSWER_YES = /^\s*(?:,|and|-|:)?\s*(?:(?:she|he|they|client|pt|patient)\s+)?(?:said|says|answered|replied|admitted)\s+(?:yes|that (?:she|he|they) (?:did|does|do|had|has)|(?:she|he|they) (?:did|does|do|had|has))\b/;
const ASKED_ANSWER_NONE = /^(?:\s+(?:or|and|\/)\s+(?:plan|intent|means|method|access))*\s*(?:,|and|-|:)?\s*(?:(?:she|he|they|client|pt|patient)\s+)?(?:(?:had|has|have|reported|endorsed|denied|denies|said|says|answered|replied)\s+)?(?:none|no(?:thing)?|neither|denied|denies)\b/;

function readPlanIntentMeans(t: string, risk: RiskRecord, bareMentions: Set<'plan' | 'intent'>, aimedAtOther: Partial<Record<'plan' | 'intent', boolean>>): void {
    // ("denied access to guns ... has ~10 oxycodone at home": pills at hand are access, whatever weapon was denied.)
    const atHand = risk.means === true ? null : PILLS_AT_HAND.exec(t);
    if (atHand && !/\b(?:no|not|never|denies|denied)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, atHand.index - 24), atHand.index))) {
      risk.means = true;
      risk.meansNamed = atHand[1] ?? atHand[2] ?? 'pills';
      delete risk.meansRemoved;
    }
    for (const { key, term, re } of PLAN_INTENT_MEANS) {
      if (!t.includes(term)) continue;
      for (const m of allMatches(re, t)) {
        const before = t.slice(Math.max(0, m.index - 40), m.index);
        const after = t.slice(m.index + term.length, m.index + term.length + 24);
        // ("Removed means discussion", "means restriction reviewed": a talk about means is no means had or removed.)
        if (key === 'means' && term === 'means' && /^\s*(?:discussion|discussed|counsel(?:l)?ing|restriction|safety|talk|review|reviewed)\b/.test(after)) continue;
        // ("the robber had a gun pointed at her", "held a knife to his throat": a weapon used against the client is no means of theirs.)
        if (key === 'means' && (/^\s*(?:pointed|aimed|held|put|pressed)\s+(?:at|to|against|on)\b/.test(after) || /\b(?:pointed|aimed|held|put|pressed)\s+(?:a|an|the|his|her|their)\s+$/.test(before))) continue;
        // "asked directly about intent": a question, not an answer.
        // Its answer may follow: "asked about plan or intent and she had none" denies both.
        // ("mom asked if he had a plan he said no": a question put with "if", and its answer.)
        if (/\b(asked|ask|asking|assessed|screened|explored)\s+(?:\w+\s+){0,2}(?:about|re|regarding|for)\s+(?:(?:\w+\s+)?(?:or|and|\/)\s+)?(?:\w+\s+)?$/.test(before) || /\b(?:asked|ask|asking)\s+(?:(?:him|her|them)\s+)?(?:if|whether)\s+(?:she|he|they|client|pt|patient)\s+(?:had|has|have)\s+(?:a|an|any)\s+$/.test(before) || /^\s*\?/.test(after)) {
          if (ASKED_ANSWER_NONE.test(t.slice(m.index + term.length, m.index + term.length + 60))) risk[key] = false;
          // ("asked if she had a plan and she said yes, pills": the answer yes is the plan said to be there.)
          else if (ASKED_ANSWER_YES.test(t.slice(m.index + term.length, m.index + term.length + 60))) risk[key] = true;
          continue;
        }
        // ("I plan to ... assess for paranoia about the neighbor and any intent to act on it": what is still to be asked has no status.)
        if (/\b(?:assess|evaluate|screen|re-?assess|ask about|check)\s+(?:for\s+|whether\s+|if\s+|about\s+)?[^.;]{0,60}$/.test(t.slice(Math.max(0, m.index - 80), m.index)) && /\b(?:plan to|plans to|will|going to|need to|needs to|'ll)\b/.test(t.slice(0, m.index)) && !/\b(?:no|denies|denied|denying|without)\s+(?:any\s+)?$/.test(t.slice(Math.max(0, m.index - 20), m.index))) continue;
        // "call 988 if plan or intent develops", "should intent emerge": what to do if it comes, not what is there.
        // ("call mobile crisis if he tries to leave or states intent": a condition further back, with its own saying verb.)
        if (/\b(?:if|should|in case|in the event|when|until|unless)\s+(?:(?:any|a|an|the|there is|there's|she|he|they|client|pt|has|have|develops?|forms?|makes?|says|said|tells|reports|mentions|admits)\s+){0,5}(?:(?:plan|intent|means|method)\s*(?:or|and|\/|,)\s*)?$/.test(before) || /\b(?:if|should|in case|unless)\s+(?:she|he|they|client|pt)\b[^.;]{0,40}\b(?:or|and)\s+(?:states?|says|voices?|expresses|reports?|endorses|shows?|develops?)\s+(?:any\s+)?$/.test(before) || /^\s*(?:(?:or|and|\/)\s*(?:plan|intent|means|method)\s*)?(?:develops?|emerges?|arises?|returns?|increases?|forms?|appears?|occurs?|comes? up|changes?)\b/.test(after)) continue;
        // "safety plan", "treatment plan", "plan:", "plan is": the session's plan, not a suicide plan.
        // "has a plan to take ...", "with a plan": a suicide plan, not the session's.
        const hasA = /\b(?:has|had|have|having|with|made|making|formed|described|endorses|endorsed|reports|reported|denies|denied|denying)\s+a\s*$/.test(before);
        // "agreed to plan", "consented to the plan": the treatment plan.
        // ("supervisor agreed with plan", "concurred with the plan": the treatment plan too.)
        if (key === 'plan' && /\b(?:(?:agreed|agrees|consented|consents|committed|commits|adherent|adherence) to|(?:agreed|agrees|agree|concurred|concurs|concur|in agreement) with|approved|supports|supported|signed off on|reviewed) (?:the )?\s*$/.test(before)) continue;
        // ("My plan: referral to Early Intervention": the clinician's own labelled plan; "my plan is to overdose" stays the client's.)
        if (key === 'plan' && /\bmy\s*$/.test(before) && /^\s*:/.test(after)) continue;
        // ("Denies current plan or intent to end her life": a current plan denied is a suicide plan, never the session's current plan.)
        if (key === 'plan' && !hasA && !/\b(?:no|denies|denied|denying|without)\s+(?:any\s+)?current\s*$/.test(before) && (/\b(safety|treatment|discharge|care|crisis|the|a|our|her|his|their|session|weekly|new|current|same|coping|relapse prevention|action|behavior|behaviour|behavioral|behavioural|activation|ba|exposure|homework|exercise|sleep|self-care|routine|study|budget|meal|feeding|parenting|reentry|re-entry|visitation|communication|reward|chore|aftercare|recovery|wellness|medication|med)⟫?\s*$/.test(before) || (/^\s*(:|is|for|to (?:return|meet|call|see|start|continue|follow|review|practice|attend|go|try)|was)\b/.test(after) && !/^\s*(?:is|was)\s+to\s+(?:hang|overdose|od|jump|shoot|kill|cut|drown|die|end it|take (?:all|them|the pills|his|her|my))\b/.test(after)))) continue;
        if (key === 'means' && /^\s*(restriction|counseling|safety)\b/.test(after)) continue;
        // ("notify 504/IEP? - no plan on file"): a school's or an agency's plan kept on file is no suicide plan.
        if (key === 'plan' && term === 'plan' && (/^\s*(?:on file|in place|on record)\b/.test(after) || /\b(?:504|iep|individuali[sz]ed education (?:program|plan)|bip|behaviou?r intervention)\b[^.;]{0,20}$/i.test(before))) continue;
        // ("she's going to take them all to the park": taking someone somewhere is no plan to overdose.)
        if (key === 'plan' && /take/.test(term) && /^\s+(?:to|with|out|home|back|camping|for|along|over|around|into|on a|somewhere|shopping|swimming|fishing)\b/.test(t.slice(m.index + term.length, m.index + term.length + 20))) continue;
        // ("planned to begin reprocessing target #1": the session's own plan, in the clinician's words, is no suicide plan.)
        if (key === 'plan' && /^(?:planned|planning|plans?) to$/.test(term) && /^\s*(?:begin|start|continue|do|review|meet|resume|work on|use|practice|discuss|go over|complete|finish|return to|introduce|teach|process|reprocess|target|assess|screen|revisit|focus)\b/.test(after)) continue;
        // "we made a plan to cover the mirror": a plan to do something that is no way of dying is the treatment's.
        // ("We made a plan for him to go to the Wednesday lunch": so is a plan for someone to do it.)
        if (key === 'plan' && term === 'plan' && /^\s*(?:for\s+(?:him|her|them|me|us|[a-z]+)\s+)?to\s+(?!(?:do it|go through with it|act on it|overdose|od|kill|shoot|hang|jump|cut|die|end|take|drive|crash|swallow|drown|poison|suffocate|stab|(?:walk|step)\s+(?:in front of|into|onto|off|out (?:in|into|onto))|use|buy|get|do it|go through|act|hurt|harm|attack|beat|fight|confront|go after|retaliate|assault|punch|hit|run|burn|strangle|choke|follow|find|wait|carry out)\b)[a-z]+/.test(t.slice(m.index + term.length, m.index + term.length + 40))) continue;
        // ("he doesn't plan to do it this week ... but after that he doesn't know": a time it will not be, never a plan denied.)
        if (key === 'plan' && /^\s*to\s+(?:do|act on|go through with)\s+it\s+(?:this week|today|tonight|right now|now|yet|until|before|for now|this weekend)\b/.test(t.slice(m.index + term.length, m.index + term.length + 40))) continue;
        // "Intent: 'I don't know if I'd actually do it'": uncertain, so neither reported nor denied.
        // ("intent 'maybe tonight'": a time named is intent, however hedged.)
        // ("intent was like she said 'I don't know if I would' so ambivalent": the hedge told later in the clause.)
        if (key === 'intent' && /^\s*(?:was|is|-|:)?\s*[^.;]{0,40}?"?(?:i|she|he|they) (?:don't|do not|dont|doesn't) know if (?:i|she|he|they) would\b|^\s*(?:[:=-]\s*)?(?:says|said|states|stated)?\s*["']?(?:i|she|he|they) (?:don't|do not|dont|doesn't|does not) think (?:i|she|he|they)(?:'d| would) (?:actually |really )?(?:do it|act on it|go through with it)\b|^[^.;]{0,80}?(?:\b(?:so|but|and)|[-,])\s*(?:intent\s+)?(?:ambivalent|ambivalence|ambiguous|unsure|uncertain|unclear)\b/.test(t.slice(m.index + term.length, m.index + term.length + 100))) continue;
        // ("ambivalent intent", "unclear intent": the hedge before the word leaves intent neither reported nor denied.)
        if (key === 'intent' && /\b(?:ambivalent|ambiguous|unclear|uncertain|equivocal|questionable|passive)\s+(?:about\s+)?$/.test(before)) continue;
        // ('says no intent "right now", can't say why she wouldn't': a denial hedged to the moment is no denial to write as one.)
        // ('no plan "right now" per her', after thinking of taking dad's pills Saturday: a plan hedged to the moment is no denial either.)
        if ((key === 'intent' || key === 'plan') && /^\s*["']?(?:right now|for now|at the moment|for the moment|as of now)\b/.test(after)) continue;
        // ("no specific plan beyond what she did tonight": the act just done is the plan; nothing else is denied.)
        if (key === 'plan' && /^\s*(?:beyond|other than|besides|except)\b/.test(after)) continue;
        // ("no specific plan stated", "no plan elicited": a plan not told is neither reported nor denied.)
        if ((key === 'intent' || key === 'plan') && /^\s*(?:was\s+)?(?:stated|elicited|identified|given|voiced|disclosed|articulated|named|described|verbalized)\b/.test(after)) continue;
        if (key === 'intent' && /^\s*[:=-]?\s*"?(?:i )?(?:don't know|dont know|do not know|idk|not sure|unsure|unclear|maybe(?!\s+(?:tonight|today|tomorrow|this weekend|this week|soon|friday|saturday|sunday|monday|tuesday|wednesday|thursday|(?:a\s+|like\s+)?\d))|ambivalent|ambiguous|uncertain)/.test(after)) continue;
        // "sold his rifle in 2019", "gave away the pills": means no longer had.
        // "gave his guns to his brother": handed to someone else, so no longer his.
        // "guns stored at his dad's since session 2": kept somewhere other than home, so not his to reach.
        // ("the hunting rifle he keeps at his dad's": the same, said with its keeper.)
        // ("dad has a hunting rifle but it's locked at her grandpa's house": the same, said after "but it's".)
        const storedAway = key === 'means' && /^\s*(?:(?:,\s*)?(?:but|and)\s+(?:it's|it is|its|they're|they are)\s+|are\s+|were\s+|now\s+|have been\s+|(?:he|she|they)\s+(?:still\s+)?(?=keeps?\s))?(?:stored|kept|keeps?|held|locked up|locked|secured)\s+(?:up\s+)?(?:at|with|by)\s+(?!(?:home|the house|his house|her house|their house)\b)(?:his|her|their|a|the)?\s*\w+/.test(after);
        // "his guns are at his brother's house since March": where they are is someone else's.
        const heldElsewhere = key === 'means' && ((at) => !!at && MOVED_TO_ANOTHER.test(t.slice(m.index + term.length + at[0].length, m.index + term.length + at[0].length + 60)))(/^\s*(?:(?:and|&|,)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+\s+)?(?:are|is|were|remain|remains|stay|stays|have been|has been)\s+(?:still\s+|now\s+)?(?=(?:at|with)\s)/.exec(t.slice(m.index + term.length, m.index + term.length + 60)));
        // "dad's hunting rifles moved to uncle's house last month": moved away, told after the means.
        const movedAway = key === 'means' && ((at) => !!at && MOVED_TO_ANOTHER.test(t.slice(m.index + term.length + at[0].length, m.index + term.length + at[0].length + 60)))(/^\s*(?:(?:were|was|have been|has been|had been|got|all|now)\s+)*(?:moved|taken|given|brought|sent|handed|transferred|relocated)(?:\s+(?:over|out|away))?(?=\s)/.exec(after));
        // ("1 handgun, locked in safe at home, wife has key"): locked away with the key held by someone else is held by them.
        const keyHeldByOther = key === 'means' && /^[^.;]{0,40}?\blocked\b[^.;]{0,40}?\b(?:(?:his|her|their|the)\s+)?(?:wife|husband|partner|spouse|mom|mother|dad|father|brother|sister|son|daughter|friend|sponsor|[A-Z][a-z]+)\s+(?:has|holds|keeps|has the only|holds the only)\s+(?:the\s+)?(?:only\s+)?(?:key|keys|combination|combo|code)\b/.test(t.slice(m.index + term.length, m.index + term.length + 120));
        // ("uncle's gun is at grandma's house where he goes after school, not locked up": held elsewhere, but where the client goes
        // and not secured, it is still within reach.)
        const stillInReach = (storedAway || heldElsewhere) && STILL_IN_REACH.test(t.slice(m.index + term.length));
        // ("he agreed to stay at his mom's tonight and to leave the rifle locked at his uncle's": where it will be kept, promised, is
        // no removal done; the agreement is read as such below.)
        const promised = (storedAway || heldElsewhere) && /\b(?:agreed|agrees|will|going to|gonna|plans?|planning|willing)\b[^.;]{0,60}\bto\s+(?:leave|keep|store|lock|put|take|bring|move|give)\s+(?:\w+\s+){0,2}$/.test(t.slice(Math.max(0, m.index - 120), m.index));
        const gone = keyHeldByOther || ((storedAway || heldElsewhere) && !stillInReach && !promised) || movedAway || key === 'means' && (/\b(?:sold|gave away|given away|got rid of|removed|surrendered|turned in|gave up|no longer (?:has|owns|keeps))\s+(?:\w+\s+){0,2}$/.test(before) || (HOLDER_HAS.test(before) && !AGREED_TO_LET.test(before.replace(HOLDER_HAS, ''))) || (/\b(?:gave|given|handed)\s+(?:\w+\s+){0,2}$/.test(before) && /^\s*(?:to|over to|with|at)\s+(?:his|her|their|a|the)?\s*\w+/.test(after)) || (/\b(?:moved|took|taken|brought)\s+(?:\w+\s+){0,2}$/.test(before) && MOVED_TO_ANOTHER.test(t.slice(m.index + term.length, m.index + term.length + 60))));
        // ("no access to meds or weapons": a denial reaches every means listed with "or".)
        // ("they don't have access to guns": access denied in so many words.)
        // ("Wife does not think he has a plan": what someone does not think the client has is denied, never found.)
        const negated = gone || /\b(?:does not|doesn't|did not|didn't|do not|don't|doesnt|didnt)\s+(?:think|believe|feel|know of)\s+(?:that\s+)?\w+\s+(?:has|had|have|is|was)\s+(?:(?:a|an|any)\s+)?$/.test(before) || /\b(?:don't|doesn't|do not|does not|didn't|did not|dont|doesnt|never had|has no|have no|had no|without)\s+(?:have\s+|had\s+)?(?:any\s+)?access\s+to\s+(?:any\s+)?$/.test(before) || /\b(no|denies|denied|without|not|nor|w\/o|negative for|don't|doesn't|didn't|dont|doesnt|didnt|haven't|hasn't|never)\s+(?!(?:adequate|sufficient|enough|able|safe|sure|certain|possible|appropriate)\b)(?:\w+\s+){0,2}(?:[\w-]+(?:\s*\/|\s+(?:or|nor))\s*){0,3}(?:(?:or|and|nor)\s+)?$/.test(before) || /^\s*(denied|negative|absent|none)\b/.test(after) || (/\b(no|denies|without|w\/o)\s+(?:\w+\s+){0,2}(plan|intent|method|means)\s*(?:or|and|\/|,)\s*$/.test(before)) || DENIED_LIST.test(t.slice(Math.max(0, m.index - 120), m.index)) || /\b(?:no|not|without|denies|denied|denying)\s+(?:(?!but\b)\w+\s+){1,8}with\s+$/.test(t.slice(Math.max(0, m.index - 80), m.index));
        // ("stored at gun safe", "gun range", "gun permit": a thing named by the gun is no gun at hand.)
        if (key === 'means' && /^(?:gun|guns|firearm|rifle)$/.test(term) && /^\s*(?:safe|safes|locker|lock|locks|cabinet|case|range|club|show|permit|license|licence|shop|store|class)\b/.test(after)) continue;
        // ("denies access to weapons - husband's firearms stored in gun safe, she doesn't have combo": another's means, named after the
        // access was denied, are theirs and leave the denial standing.)
        if (key === 'means' && !negated && /\b(?:denies|denied|no)\s+(?:any\s+)?access\b/.test(t.slice(0, m.index)) && /\b[a-z]+'s\s+(?:[a-z-]+\s+)?$/.test(before) && /^\s*(?:(?:are|is|were|was)\s+)?(?:(?:stored|kept|locked(?:\s+up)?|secured)\s+)?(?:in|at)\s+(?:a\s+|the\s+|his\s+|her\s+)?(?:gun\s+)?(?:safe|lockbox|lock box|locker|cabinet)\b/.test(after)) continue;
        // ("his rifle is in the armory", "duty weapon stays in the arms room": a weapon kept by the unit is out of reach.)
        if (key === 'means' && !negated && /^\s*(?:is|are|was|were|stays?|kept|stored|locked)\s+(?:kept\s+|stored\s+|locked\s+)?(?:in|at)\s+(?:the\s+)?(?:unit\s+)?(?:armou?ry|arms room|armou?rer)\b/.test(after)) continue;
        // ("denies access to firearms, Marcus had guns but they were surrendered w/ PO": after the client's denial of access,
        // another person's weapons are theirs, never access the client reported.)
        if (key === 'means' && !negated && /\b(?:no|denies|denied|denying)\s+(?:any\s+)?access\b/.test(before) && /\b(?!(?:she|he|they|i|client|pt|patient|who|that|which|also|still|and|but)\b)[a-z'-]+\s+(?:had|has|owns|owned|keeps|kept)\s+(?:(?:a|an|the|his|her|their|some|several|two|three|\d+)\s+)?(?:[a-z-]+\s+)?$/.test(before)) continue;
        // ("denies owning gun but 'could get one'": access he could get is access, whatever he owns.)
        // ("no pills at home he knows of", "no guns as far as she knows": a denial hedged by what the teller knows is no status.)
        if (key === 'means' && negated && /^[^.;,]{0,30}?\b(?:(?:that\s+)?(?:she|he|they|i)\s+knows?\s+(?:of|about)|as far as (?:she|he|they|i|we) (?:know|knows))\b/.test(t.slice(m.index + term.length, m.index + term.length + 60))) continue;
        const couldGet = key === 'means' && negated && /^[^.;]{0,30}?\bbut\s+"?(?:(?:he|she|they|i)\s+)?(?:could|can|would be able to|knows where to)\s+(?:get|buy|borrow|access|find)\b/.test(t.slice(m.index + term.length));
        // ("Father owns guns ..., no guns in pt's home, pt has key to father's house": a key or code to where they are is access.)
        // ("his brother's handgun, which is at brother's house, pt has a key": the key with no "to" after it is the same.)
        // ("she does not have the combo": a key not had is no key to them.)
        const keyToThem = key === 'means' && negated && !keyHeldByOther && /(?<!\b(?:not|never)\s|n't\s)\b(?:has|have|had|with|keeps?)\s+(?:a\s+|the\s+)?(?:key|keys|code|combination|combo)(?:\s+(?:to|for)\b|\s*(?:[,.;]|$))/.test(t) && !/\b(?:gave|give|giving|handed|hand|turned in)\s+(?:\w+\s+){0,2}(?:key|keys|code)\b/.test(t);
        if (couldGet || keyToThem) {
          risk.means = true;
          // ("No access to the gun, but she has the key": the means is what follows "access to", never the words.)
          const named = term === 'access to' ? /^\s*(?:(?:the|her|his|their|a|an)\s+)?([a-z-]+)/.exec(t.slice(m.index + term.length))?.[1] : term;
          if (named) risk.meansNamed = named;
          else delete risk.meansNamed;
          continue;
        }
        // "no weapons per pt other than kitchen knives": the exception named is access, and it is the means to name.
        // ("No weapons access per parents, knives in block in kitchen": the knives named right after the denial are the exception.)
        const except = key === 'means' && negated && !gone ? (/^[^.;]{0,30}?\b(?:other than|except(?:\s+for)?|besides|apart from|aside from|save for)\s+((?:(?:a|an|the|his|her|their|some|my)\s+)?[a-z'’-]+(?:\s+(?!(?:and|but|so|then|per|at|in)\b)[a-z'’-]+){0,2})/.exec(t.slice(m.index + term.length)) ?? /^[^.;,]{0,30},\s*(?:but\s+|though\s+)?((?:kitchen\s+)?knives)\s+(?:in|on|at)\b/.exec(t.slice(m.index + term.length))) : null;
        if (except) {
          risk.means = true;
          risk.meansNamed = except[1]!;
          continue;
        }
        // ("No access to firearms (confirmed - dad's guns are at home in Ohio)": the bracket says why there is no access.)
        if (key === 'means' && /\b(?:no|denies|denied|without|not)\s+(?:any\s+)?(?:access to\s+)?(?:any\s+)?(?:firearms?|guns?|weapons?|means|pills|medications?)\s*\([^()]*$/.test(t.slice(Math.max(0, m.index - 80), m.index))) continue;
        // "she doesn't know about pills": access not known, so neither had nor denied.
        if (key === 'means' && /\b(?:not|n't|dont|doesnt|didnt)\s+know\s+(?:about|of|if|whether)\s+(?:\w+\s+){0,2}$|\b(?:unsure|not sure|unclear|unknown)\s+(?:about|of|if|whether)\s+(?:\w+\s+){0,2}$/.test(before)) continue;
        // "hasn't gathered pills": a preparation not made, which says nothing about access.
        // "has not taken any pills yet": an act not done, which says nothing about access either.
        if (key === 'means' && negated && !gone && /\b(?:gathered|collected|saved|stockpiled|bought|hoarded|looked up|researched|taken|took|swallowed|ingested|used|touched|tried|opened|counted|loaded|fired|obtained|gotten|got|acquired|picked up)\s+(?:\w+\s+)?$/.test(before)) continue;
        // ("thinks about driving off the mountain ... no plan beyond that": a method named, with nothing more planned, is no plan denied.)
        if (key === 'plan' && negated && /^\s*(?:beyond|past|other than|besides)\s+(?:that|this|it|those)\b/.test(t.slice(m.index + term.length, m.index + term.length + 20))) continue;
        // "the plan she made last year": a past plan is history, not today's.
        if (key === 'plan' && /^\s*(?:\w+\s+){0,4}?(?:last (?:year|month|spring|summer|fall|winter)|in (?:19|20)\d\d|years? ago|months ago|at intake|previously|back then)\b/.test(t.slice(m.index + term.length, m.index + term.length + 40))) continue;
        // ("her oxycodone (leftover from knee surgery, ~20 pills)": pills counted are pills at hand.)
        if (key === 'means' && !negated && !/\b(access to|has|have|owns|own|keeps|got|bought|stockpil\w*|saving|saved|collected)\b/.test(before + after) && !/(?:~|\b)\d+\s+$/.test(before) && !(/\b(?:in|at) (?:(?:the|his|her|their) (?:\w+\s+)?|(?:(?:his|her|their)\s+)?[a-z]+'s\s+)(home|house|apartment|bathroom|cabinet|medicine cabinet|nightstand|drawer|closet|garage|car|truck|safe|glove ?box|glove compartment|backpack|purse|bedroom|basement|attic|shed|barn|dresser|trunk|locker|gun safe|gun cabinet)\b/.test(t.slice(m.index + term.length, m.index + term.length + 48)) || /\bin (?:glove ?box|glove compartment|(?:his |her |their )?car|backpack|purse)\b/.test(after))) continue;
        // "psych hosp age 14 after SI w/ plan": a plan told inside a past event is history, not today's.
        if (key === 'plan' && !negated && HISTORY.test(t.slice(Math.max(0, m.index - 50), m.index)) && !/\b(?:now|currently|today|this week|tonight|planned|planning)\b/.test(t)) continue;
        // "has a plan", "plan to overdose", "endorses intent": said to be there. A bare "plan" or "intent"
        // does not overrule a denial said elsewhere.
        // "HI w/o intent to kill" (beside "gonna jump him and mess him up"): only the intent to kill is denied, never intent to harm.
        // ("no plan/intent to seek him out", "no intent to go looking for him": only going after the person is denied, never
        // harm if they meet; the conditional threat stays for the clinician to weigh.)
        if (key !== 'means' && negated && /^\s*(?:(?:\/|or|and|,)\s*(?:plan|intent|intention)\s*)?to\s+(?:seek|go (?:looking|look|after|find)|look(?:ing)? for|find|track|hunt|go over|go to (?:his|her|their))\b/.test(t.slice(m.index + term.length, m.index + term.length + 60))) continue;
        if (key === 'intent' && negated && /^\s*to\s+kill\b(?!\s+(?:her|him|them|my)sel(?:f|ves))/.test(t.slice(m.index + term.length, m.index + term.length + 40))) continue;
        const said = negated || key === 'means' || term !== key || hasA || /^\s*[:=-]?\s*(?:present|endorsed|reported|yes|positive|pos|clear|strong)\b/.test(after) || /^\s*(?:to|:|-|=|of|is|was|would|involv\w*)\s/.test(after) || (key === 'intent' && /^\s*[:=-]?\s*(?:rated\s+)?(?:(?:like|about|around|approximately|at|~)\s*)?\d/.test(after)) || (key === 'intent' && /^\s*[:=-]?\s*["']/.test(after)) || /\b(?:endorse[sd]?|reports?|reported|admits?|admitted|voiced|stated|states|expressed|with|has|had|clear|specific|some|strong|limited|vague|partial|rough|loose)\s+(?:\w+\s+)?$/.test(before);
        // ("graded school exposure plan w/ counselor": with no risk word in the clause, a plan is the treatment's.)
        if (!said) {
          if (/suicid|ideation|\bkill|\bdie\b|\bdead\b|overdos|\bhang|\bjump|\bshoot|\bend (?:it|her life|his life|my life)/.test(t)) bareMentions.add(key);
          continue;
        }
        // "40 pills in his nightstand ... no firearms in the home": access to one means stands beside the absence of another.
        // ("~40 tabs ... removed the pills": tablets and pills are one means, named two ways.)
        if (key === 'means' && negated && risk.means === true && risk.meansNamed !== term && !(PILL_MEANS.test(term) && PILL_MEANS.test(risk.meansNamed ?? ''))) continue;
        // ("Duty to warn re: girlfriend's bf reviewed w/ supervisor - no specific identifiable plan": a plan weighed for a duty to warn is one to harm another.)
        if (key !== 'means' && (AIMED_AT_OTHER.test(t.slice(m.index + term.length, m.index + term.length + 60)) || /\b(?:duty[- ]to[- ](?:warn|protect)|tarasoff)\b/.test(t))) {
          aimedAtOther[key] = aimedAtOther[key] === true || !negated;
          continue;
        }
        // ("keeps his dad's revolver and a deer rifle at home": each means had is named, never only the last read.)
        const alsoHad = key === 'means' && risk.means === !negated && !!risk.meansNamed && term !== 'means' && term !== 'access to' && !GENERIC_MEANS.test(term) && !GENERIC_MEANS.test(risk.meansNamed) && !(PILL_MEANS.test(term) && PILL_MEANS.test(risk.meansNamed)) && !risk.meansNamed.split(' and ').some((n) => n.replace(/s$/, '') === term.replace(/s$/, '')) && risk.meansNamed.split(' and ').length < 3;
        // ("No access to firearms at home. Has access to meds at work": access had, after another means denied, is access to what
        // follows it, never to the means denied before.)
        const accessTo = key === 'means' && risk.means === negated && (term === 'access to' || term === 'means') ? /^\s*(?:(?:her|his|their|the|some|a|an)\s+)?([a-z]+)/.exec(t.slice(m.index + term.length))?.[1] : undefined;
        risk[key] = !negated;
        // The means in the clinician's own word ("handgun", "pills"), for the status line.
        if (accessTo !== undefined) {
          if (PILL_MEANS.test(accessTo) || MEANS_WORDS.test(accessTo)) risk.meansNamed = accessTo;
          else delete risk.meansNamed;
        }
        else if (alsoHad) risk.meansNamed = `${risk.meansNamed} and ${term}`;
        else if (key === 'means' && term !== 'means' && term !== 'access to' && !(risk.means === !negated && (risk.meansNamed?.split(' and ').includes(term) || (GENERIC_MEANS.test(term) && !!risk.meansNamed && !GENERIC_MEANS.test(risk.meansNamed)) || (PILL_MEANS.test(term) && PILL_MEANS.test(risk.meansNamed ?? '') && !GENERIC_PILLS.test(risk.meansNamed ?? ''))))) risk.meansNamed = term;
        // ("wife took the pills home to lock up": means removed are not means never had.)
        // ("sold his rifle 2019": means long gone are no access at all.)
        // ("no firearms in house per pt, Darrell keeps them locked at shop": kept by someone else, somewhere else, is held, not absent.)
        const keptElsewhere = key === 'means' && negated && /^[^.;]{0,60}?\b(?:[a-z]+\s+)?(?:keeps|holds|has)\s+them\b|^[^.;]{0,60}?\b(?:locked|stored|kept)\s+(?:up\s+)?(?:at|in)\s+(?:the\s+|his\s+|her\s+)?(?:shop|barn|garage|safe|shed|gun safe)\b/.test(t.slice(m.index + term.length));
        if (key === 'means') risk.meansRemoved = (gone && !/\b(?:sold|gave away|given away|got rid of|no longer (?:has|owns|keeps))\s+(?:\w+\s+){0,2}$/.test(before)) || keptElsewhere || undefined;
      }
    }
}
