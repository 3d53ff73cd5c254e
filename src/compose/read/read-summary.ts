// The reader: a clinician's summary becomes a format-neutral SessionRecord.
// normalise -> split clauses -> heading -> expand shorthand -> classify -> risk and measures.
import { COLLATERAL_CONTACT, PARENT_WORD, WITH_PARENTS_OF } from '../lexicon/cpt-add-ons.ts';
import { AUNTS_AND_UNCLES, CAREGIVERS, CLOSE_PEOPLE, DATING_PARTNERS, FAMILY_ROLE, FEMALE_RELATIVES, GRANDPARENTS, MALE_RELATIVES, namedAsRelative, oneOf, PARENTS, PROFESSIONAL_MET, SPOUSES } from '../lexicon/people.ts';
import { COPED_INSTEAD, CLIENT_STATE_JOTTED, WHEN_SAID_TOLD, CAREGIVER_SEEN, CLIENT_NAMED, CLIENT_REACHED, CLIENT_GONE, OBSERVATION_WORDS, CLIENT_ABSENT, CRISIS_CONTACT, LOCATION_CONFIRMED, MY_CONSULTATION_NEXT, SCREEN_NOT_REACHED, THRESHOLD_NOT_MET, HISTORY_LABELS, PERSON_INITIALS, SOCIAL_HISTORY_LINE, DIAGNOSIS_ONLY, FEMALE_RELATIVE, INTERVENTION_TERMS, MALE_RELATIVE, OTHER_PEOPLE, RELATIVE_SPEAKER, RELATIVE_SUBJECT, REPORT_START, SEEN_ALONE, IMPRESSION_LEAD, RISK_JUDGED, SETTLED_BY_THE_END, ASKED_NAMED, ASKED_TO_MEET, WORK_HELD_BACK, FOLLOWED_UP_DONE, KEPT_ON_LINE, LAST_VISIT_LEAD, RISK_ITEM_SCORED } from '../lexicon/cues.ts';
import { BRAND_NAMES } from '../lexicon/medications.ts';
import { MODALITIES } from '../lexicon/modalities.ts';
import { isFiniteVerb, looksLikePastVerb } from '../lexicon/verbs.ts';
import { KEEP_SLASHED, PHRASE_REWRITES } from '../lexicon/phrases.ts';
import { BODY_PARTS, TEAM_SPORTS } from '../lexicon/symbol-rules.ts';
import type { Fact, Intervention, Origin, PronounSet, SessionDetails, SessionRecord } from '../types.ts';
import { PLAN_JOTTED, classifyClause, findSubject, leadingInterventionTerm, speakerOf } from './classify-clause.ts';
import { allMatches } from './all-matches.ts';
import { applyRulesInOrder } from './apply-rules-in-order.ts';
import { findClientPronoun } from './find-client-pronoun.ts';
import { capitalizeNames, findNames, openingPerson, personWithStateJotted } from './find-names.ts';
import { expandInQuote, expandShorthand, type ShorthandContext } from './expand-shorthand.ts';
import { extractMeasures } from './extract-measures.ts';
import { ATTEMPT, MEANING_CLARIFIED, DANGER_NOTIFIED, PROTECTIVE_ACTION, DENIAL_POINTING_BACK, HANDS_PUT_ON_ANOTHER, DO_IT_AT_A_TIME, SUICIDE_PRECAUTION, NOT_ACTED, NO_PROMISE, PREPARATORY_ACT, NONE_NOW, RISK_DETAIL, THREAT_DENIAL_JOT, THREAT_OF_VIOLENCE, THOUGHTS_LIKE_THAT_DENIED } from '../lexicon/risk-context.ts';
import { ASKED_ABOUT_RISK, answersSuicideQuestion, bareUrge, emptyRisk, extractRisk, mentionsRisk, riskDomainOf, riskDomainsOf, USING_IT } from './extract-risk.ts';
import { ARRIVED_THEN_LEFT, extractSessionDetails, FACILITY_CONTACT, HOURS_LINE, WATCH_INTERVAL, isHeaderLike, isSessionFragment, stripSessionWords, SESSION_HOURS } from './extract-session-details.ts';
import { cleanDictation, looksDictated } from './clean-dictation.ts';
import { findQuotes } from '../text/find-quotes.ts';
import { normalizeText } from './normalize-text.ts';
import { protectQuotes, restoreQuotes } from '../text/protect-quotes.ts';
import { withModalitiesLifted } from '../text/modality-mentions.ts';
import { type Clause, splitClauses } from './split-clauses.ts';

const applyPhraseRewrites = applyRulesInOrder({ rules: PHRASE_REWRITES, patternOf: ([re]) => re, apply: (text, [re, to]) => text.replace(re, to as (m: string, ...g: string[]) => string) });

/** "Collateral sister Ana (hearing, signs fluently)": a relative named as the source of what follows. */
const COLLATERAL_SOURCE = new RegExp(String.raw`^collateral\s+(?:(?:info(?:rmation)?\s+)?from\s+|w\/\s*|with\s+)?((?:(?:her|his|their|the|client's)\s+)?(?:${oneOf([...CLOSE_PEOPLE, ...DATING_PARTNERS, 'roommate', 'neighbor', 'coworker'])})(?:\s+([A-Z][a-z]+))?)\s*(\([^()]*\))?\s*$`, 'i');
/** What a collateral source goes on to say or do, jotted without the subject ("will remove meds", "confirms pt has been ..."). */
const COLLATERAL_SAYS = /^(?:will|confirms?|confirmed|reports?|reported|says|said|states|stated|agreed|agrees|denies|denied|notes|noted|describes|described|worried|worries|is worried|feels|believes|thinks)\b/;

/** Capitalised words opening a group member's clause that are no member's name ("Group", "Several", "Mother"). */
const NOT_A_MEMBER_NAME = /^(?:Mother|Father|Mom|Dad|Group|Members?|Others?|Everyone|Several|Peers?|Staff|Nurse|Teacher|Facilitator|Co-facilitator|Both|All|Each|Another|One|Some|Most|Parents?|Sister|Brother|Wife|Husband|Partner)$/;

/** Instruments whose items a clinician scores one by one ("Item 10 scored 1" after "EPDS 19"). */
const ITEM_INSTRUMENT = /\b(?:PHQ-?9|PHQ-?A|EPDS|GAD-?7|PCL-?5|C-SSRS|ASQ)\b/g;

/** "Met with Mr. and Mrs. Okonkwo (parents of pt Chidi, 24M ...)": the client's relatives, met as such. */
const RELATIVES_OF_CLIENT = /\b(?:parents?|mother|father|mom|dad|wife|husband|spouse|partner|sister|brother|daughter|son|family|children|relatives?|grandparents?)\s+of\s+(?:the\s+|my\s+)?(?:pt|client|patient)\b/i;

/** Capitalised words that open a clause without being the one who did it ("The", "She", "Client", "Mom"). */
const NOT_A_DOER_NAME = /^(?:The|This|That|She|He|They|It|Client|Patient|Therapist)$/;

/** A clause with no doer of its own, said with the one carried from the clause before ("Owns 2 rifles" -> "James owns 2 rifles"). */
const sayWithDoer = (name: string, clause: string): string => `${name} ${clause.trim()[0]!.toLowerCase()}${clause.trim().slice(1)}`;

/** A brand name jotted in lower case ("a handful of tylenol"). */
const BRAND_NAME_LOWER = new RegExp(`\\b(?:${BRAND_NAMES.join('|')})\\b`, 'g');

/** Rewrites one clause: quotes kept, shorthand spelled out, idioms rewritten. */
export function rewriteClause(text: string, context: ShorthandContext = {}): string {
  // ('he told her "si te vas te encuentro" (if you leave I'll find you)': a translation in brackets after a quote is the same
  // words, quoted too, so its "I" stays the speaker's.)
  text = text.replace(/("[^"]{2,200}")\s*\((?!")([^()"]*\b(?:I|I'll|I'm|I've|my|me)\b[^()"]*)\)/g, '$1 ("$2")');
  // ("she also has chemo brain she called it": her own name for it, set off as hers.)
  text = text.replace(/\s+(she|he|they)\s+(?:calls|called)\s+it\s*$/i, (_m, who: string) => `, as ${who.toLowerCase()} called it`);
  // ("no SH no SI he said when I asked": the answer, dictated before its question, said after it.)
  text = text.replace(/^\s*((?:no|denies|denied)\s+[^,;"]{2,60}?)\s+(she|he|they)\s+said\s+when\s+(?:I|we)\s+asked\s*$/i, (_m, answer: string, who: string) => `when asked, ${who} denied ${answer.replace(/^(?:no|denies|denied)\s+/i, '').split(/,?\s+(?:and\s+)?no\s+/i).join(' or ')}`);
  // ("SH: married 6 yrs, 1 daughter" among an intake's history lines: the social history, never self-harm.)
  if (SOCIAL_HISTORY_LINE.test(text) && HISTORY_LABELS.test(context.topic ?? '')) text = text.replace(/^(\s*)SH\b/, '$1Social history');
  const { text: bare, quotes } = protectQuotes(quoteReportedSpeech(text), expandInQuote);
  let out = expandShorthand(bare, context);
  out = applyPhraseRewrites(out, undefined).replace(BRAND_NAME_LOWER, (m) => m[0]!.toUpperCase() + m.slice(1));
  // "suicidal ideation/self-harm/homicidal ideation" reads as a list.
  // After a denial ("neither reports SI/HI", "denies SI/HI") the list is of things denied: "or".
  out = out.replace(RISK_LIST, (list, offset: number) => {
    const items = list.split('/');
    const joiner = /\b(?:no|not|nor|neither|never|without|negative for|if|unless|whether)\b[^.;:]*$/i.test(out.slice(0, offset)) ? 'or' : 'and';
    return items.length === 2 ? items.join(` ${joiner} `) : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
  });
  // "Gottman - identified the cycle, taught soft start-up": the method named first is how the work was done, not its doer.
  // (With a colon the method is a heading the sentence keeps: "Detriangling: redirected Ruth ...".)
  const method = /^\s*(⟪[^⟫]+⟫|[A-Za-z][\w' ]{1,30}?)\s+(?:-|–|—)\s+(?=[a-z]+ed\b)([^,;()]+)/.exec(out);
  if (method && (method[1]!.startsWith('⟪') || leadingInterventionTerm(method[1]!) === method[1]!.toLowerCase().trim())) out = `I ${method[2]!.trim()} ${method[1]!.startsWith('⟪') ? `using ${method[1]}` : `(${method[1]!.trim()})`}${out.slice(method[0].length)}`;
  // "Sami - I gave dad 988": a short topic before the clinician's own first person is what it is about, not a speaker.
  out = out.replace(/^((?:[A-Z][a-z]+|(?:her |his |their )?[a-z]+)(?: [A-Z][a-z]+)?)\s+-\s+(?=(?:I|we)\s+(?!(?:am|was|feel|felt|think|thought)\b)[a-z]+)/, 'Regarding $1, ');
  // ("Nova - possible imminent risk, unknown"): the clinician's judgment of the one named, never what that person reported.
  out = out.replace(/^([A-Z][a-z]+)\s+[-–—:]\s+(?=(?:possible|probable|likely|unclear|unknown|imminent|acute|high|low|moderate|elevated|significant)\b[^.;]{0,30}\brisk\b)/, 'Regarding $1, ');
  // ("One EMT (Kayla) disclosed ...": one of several, named in brackets, is that person, said by name.)
  out = out.replace(/^(?:one|another)\s+([a-z][\w-]*|[A-Z]{2,5})\s+\(([A-Z][a-z]+)\)\s+(?=[a-z]+(?:ed|s)?\b)/i, (_m, role: string, name: string) => `${name} (${role}) `);
  // ("Asked directly about SI - denies", "checked in w/ Ren privately after group - denies SI": the answer after the dash is the
  // one asked, never the clinician who asked.)
  // (Asked "w/ her" or "w/ him", the one meant is read later from the line; only a name or no one asked is settled here.)
  out = out.replace(/^((?:I\s+)?(?:asked|checked in|spoke|met|screened|talked)\b(?![^-–—"]{0,60}\b(?:with|w\/)\s*(?:her|him|them)\b)[^-–—"]{0,120}?)\s+[-–—]\s+(denies|denied|endorses|endorsed)\b/i, (_m, before: string, verb: string) => `${before}; ${/\b(?:with|w\/)\s*([A-Z][a-z]+)\b/.exec(before)?.[1] ?? 'the client'} ${({ denies: 'denied', endorses: 'endorsed' } as Record<string, string>)[verb.toLowerCase()] ?? verb.toLowerCase()}`);
  // ("Explored w/ him alone at end (10 min) - states he has thought about disconnecting ...": after the dash, the one met speaks.)
  out = out.replace(/^((?:I\s+)?(?:asked|checked in|spoke|met|screened|talked|explored|assessed)\b[^-–—"]{0,60}\b(?:with|w\/)\s*(her|him)\b[^-–—"]{0,60}?)\s+[-–—]\s+(states|stated|says|said|reports|reported|admits|admitted|discloses|disclosed|shares|shared)\b/i, (_m, before: string, whom: string, verb: string) => `${before}; ${whom.toLowerCase() === 'her' ? 'she' : 'he'} ${({ states: 'stated', says: 'said', reports: 'reported', admits: 'admitted', discloses: 'disclosed', shares: 'shared' } as Record<string, string>)[verb.toLowerCase()] ?? verb.toLowerCase()}`);
  // ('said "I've thought about it" - but she has no plan': a dash before "but" or "and" goes on with the sentence, never a heading.)
  out = splitSlashes(out.replace(/\s+-\s+/g, (m, offset: number) => (out.slice(0, offset).split(/\s+/).length <= 4 && !out.slice(0, offset).includes(':') && !/^(?:but|and|so|though|although|yet)\b/i.test(out.slice(offset + m.length)) ? ': ' : BRACKETED_REASON.test(out.slice(0, offset)) && /^[^,();]{1,25}(?=[,)])/.test(out.slice(offset + m.length)) && !/^(?:she|he|they|I|we|it)\b/i.test(out.slice(offset + m.length)) ? ': ' : ', ')));
  // "TIPP (ice water, paced breathing)": the clinician's own brackets say which parts; the gloss of all four goes.
  out = out.replace(/\b(TIPP skills) \([^()]*\)(?=\s*\()/g, '$1');
  // "pt Jenna Morales called very upset": the client, named once, in brackets after the word for them.
  out = out.replace(/^(client|patient)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?=[a-z]+ed\b|is\b|was\b|has\b|had\b|came\b|said\b|says\b)/, '$1 ($2) ');
  // "Prior attempt? denies": a jotted question and its answer, said as the answer.
  out = out.replace(/^([A-Za-z][^?]{1,40})\?\s+(?:denies|denied|no|none|never|neg|negative)\.?\s*$/i, (_m, asked: string) => `denied ${asked[0]!.toLowerCase()}${asked.slice(1)}`);
  return restoreQuotes(out, quotes).replace(/\s{2,}/g, ' ').replace(/\(\s+/g, '(').trim();
}

/**
 * Dictated speech reported without quotation marks keeps its first person: "Jae says I keep
 * seeing the door" -> 'Jae says "I keep seeing the door"'. The words after the speech verb are
 * the speaker's own, so they are quoted rather than turned into the clinician's.
 */
function quoteReportedSpeech(text: string): string {
  // A quotation already marked, in double or single quotes, keeps its own bounds.
  if (text.includes('"') || findQuotes(text).length) return text;
  // "she said and I'm quoting if he comes near me I will kill him": announced, so quoted to the clause's end.
  // ("he said and I quote I keep thinking ...": the same, announced with "I quote".)
  const announced = /\b(says|said|states|stated|told me)\s+(?:and\s+)?(?:(?:I'm|I am)\s+quoting|I\s+quote|quote)(?!\s+unquote)(?:\s+(?:here|now|directly|exactly|verbatim))?\s+(.+)$/i.exec(text);
  // "... didn't wake up but he denied any plan": the quotation ends where the clinician tells again.
  if (announced) return `${text.slice(0, announced.index)}${announced[1]} ${quoteUntilNarration(announced[2]!)}`;
  // ("he feels like a guest in his own house that's his words a guest in my own house": what follows "his words" is his.)
  const ownWords = /\b(?:that's|that is|those are|those were|in|using|quoting)\s+(?:his|her|their)\s+(?:own\s+|exact\s+)?words\s*[:,-]?\s+((?:(?!(?:she|he|they|we|you|her|his|their)\b)[A-Za-z][a-z']*\s+){0,8}(?:I|I'm|I've|I'll|I'd|my|me)\b.*)$/i.exec(text);
  if (ownWords) {
    const lead = text.slice(0, ownWords.index).trimEnd();
    const whose = /\b(his|her|their)\s+(?:own\s+|exact\s+)?words\b/i.exec(ownWords[0])![1]!.toLowerCase();
    return `${lead ? `${lead.replace(/[,;:-]$/, '')}, in ${whose} words,` : `In ${whose} words,`} ${quoteUntilNarration(ownWords[1]!)}`;
  }
  // ("he wrote on his math worksheet I want to die": where it was written comes before the words.)
  // "we worked on the thought that everyone thinks I'm incompetent", "he texted if I can't have you
  // nobody will": a thought or a message told in its own words is the client's or the sender's, even
  // in the clinician's own sentence.
  // ("I've thought about how ..." is the verb, inside what was said: not a thought named.)
  // ("he was confused, thought I was his brother": who the client took the clinician for, never the client's words.)
  const thought = /\b((?<!\b(?:I|I've|have|had|has|she|he|they|we|she's|he's)\s)(?:the |a )?(?:thought|belief|cognition|stuck point|automatic thought|self-talk)(?: that)?(?!\s+I\s+was\s+(?:his|her|their)\s+(?:brother|sister|son|daughter|husband|wife|mother|father|mom|dad|friend|doctor|nurse|neighbor|cousin|uncle|aunt|grandson|granddaughter|caregiver)\b)|thoughts? like|thinking like|(?:posting|posted|texting|texted|writing|wrote|saying|messaging)\s+(?:stuff|things|something|messages|posts)(?:\s+on\s+(?:his|her|their|a|the)\s+[a-z]+)?\s+like|(?:texted|wrote|posted|messaged)(?:\s+(?:on|in)\s+(?:his|her|their|a|the)\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+me(?=\s)|(?!\s+me\s))|yelled|screamed|(?<!(?:^|[,;:])\s*)told (?:her|him|them))\s+(?!(?:that|this|those|these)\s+and\b)((?:(?!(?:she|he|they|we|you|her|his|their)\b)[a-z][a-z']*\s+){0,4}(?:I|I'm|I've|I'll|I'd|my|me)\b.*)$/.exec(text);
  // ("she had thoughts like everyone would be better off if I wasn't here": a thought told "like" may run longer before its "I".)
  const thoughtLike = thought ? null : /\b((?:thoughts?|thinking|thinks|thought)\s+like)\s+(?!(?:that|this|those|these)\b)((?:(?!(?:she|he|they|we|you|her|his|their)\b)[a-z][a-z']*\s+){0,8}(?:I|I'm|I've|I'll|I'd|my|me)\b.*)$/.exec(text);
  if (thoughtLike) return `${text.slice(0, thoughtLike.index)}${thoughtLike[1]} ${quoteUntilNarration(thoughtLike[2]!)}`;
  // ("I told her I was concerned": the clinician's own telling, in the clinician's own first person.)
  // ("told her I'd need to tell people whose job is keeping kids safe": the clinician's own duty, told in the clinician's "I".)
  if (thought && /^told\b/.test(thought[1]!) && CLINICIANS_DUTY.test(thought[2]!)) return text;
  // ("wrote in his journal something like sometimes I wish ...": the words before "like" say what kind of thing; the quotation starts after it.)
  const likeLead = thought ? /^((?:(?:some\s+)?(?:something|stuff|things|words)\s+)?like\s+)/i.exec(thought[2]!)?.[1] ?? '' : '';
  if (thought && !(/^told\b/.test(thought[1]!) && /^\s*(?:I|we)\s+(?:\w+\s+)?$/i.test(text.slice(0, thought.index)))) return `${text.slice(0, thought.index)}${thought[1]} ${likeLead}${quoteUntilNarration(thought[2]!.slice(likeLead.length))}`;
  // ("he said about the kid who's been picking on him I swear I'm gonna punch him": what it was about, then the words, which are his.)
  const aboutThenWords = /\b((?:says|said|stated|states|told me)\s+(?:about|re|regarding)\s+[^"]{3,70}?)\s+(I\s+(?:swear|(?:'m|am)\s+(?:gonna|going to)|will|'ll|want to|wanna)\b.*)$/.exec(text);
  if (aboutThenWords) return `${text.slice(0, aboutThenWords.index)}${aboutThenWords[1]} ${quoteUntilNarration(aboutThenWords[2]!)}`;
  // In the clinician's own sentence, only what "she said" after it is quoted ("we did a safety plan but she
  // could not commit, she said I don't know if I can stop myself").
  if (/^\s*(I|we)\b/i.test(text)) return text.replace(/\b((?:she|he|they)\s+(?:says|said|stated|told me|kept saying)|[A-Z][a-z]+\s+(?:practiced|practised|rehearsed)\s+(?:just\s+)?saying)\s+((?:(?!(?:she|he|they|we|you|her|his|their)\b)[A-Za-z][a-z']*\s+){0,3}(?:I|I'm|I've|I'll|I'd|my|me)\b.*)$/, (_m, verb: string, said: string) => `${verb} ${quoteUntilNarration(said)}`);
  // ("he said you know what is the point of living if they send me back they will kill me anyway": a question said aloud,
  // in the speaker's own first person further on, is theirs to the end of what they said.)
  const askedAloud = /(?<!\bI\s)\b(says|said|stated|states|told me|kept saying|keeps saying)\s+(?:(?:you know|like|um|uh),?\s+)*((?:what(?:'s| is| was) the (?:point|use)|why (?:should|would|bother|even|do|am|is)|how (?:can|could|am|do|is)|who (?:would|cares|needs))\b(?:\s+(?!(?:she|he|her|his|him)\b)[A-Za-z][a-z']*){0,10}?\s+(?:I|I'm|I've|I'll|I'd|my|me)\b.*)$/i.exec(text);
  if (askedAloud && !CLINICIAN_IN_SAID.test(askedAloud[2]!)) return `${text.slice(0, askedAloud.index)}${askedAloud[1]} ${quoteUntilNarration(askedAloud[2]!)}`;
  // A few spoken words may come before the "I" ("said honestly sometimes I think ...").
  // ("he said to the group honestly sometimes I think ...": whom it was said to comes before the words.)
  // ("she said I can call her mom about grades": "her mom" is not how the client names her own mother; the "I" is the clinician.)
  // ("Chris practiced um just saying I see you're hurting and I'm here instead of going quiet": the words practiced are his too.)
  // ("she said he told her you know I'll kill you if you take my truck": what he told her, in his own first person, is his.)
  // ("he was able to say uh I couldn't have known the IED was there": what he managed to say is his own words.)
  return text.replace(/(?<!\bI\s)\b((?:says|said|states|stated|reports|reported|tells me|told me|(?<=\b(?:she|he|they)\s)told (?:her|him|them)|(?<=\b(?:she|he|they)\s)(?:was|were) able to say|kept saying|keeps saying|(?:practiced|practised|rehearsed|role-?played)\s+(?:just\s+)?saying)(?:\s+to\s+(?:the\s+)?(?:group|me|us|everyone|the therapist|[A-Z][a-z]+|him|her|them|his \w+|her \w+))?)\s+((?:you know,?\s+)?(?:(?!(?:she|he|they|we|you|her|his|their)\b)[A-Za-z][a-z']*\s+){0,4}(?:I|I'm|I've|I'll|I'd|my|me)\b.*)$/, (m, verb: string, said: string) => {
    if (CLINICIAN_IN_SAID.test(said)) return m;
    // ("if he states intent toward specific people I'll follow duty-to-warn procedure": on a condition of what the client
    // says, the "I" after it is the clinician's own step, never words quoted.)
    if (/\b(?:if|when|should|unless|once|whenever)\s+(?:she|he|they|client|pt|patient|[A-Z]\.?)\s+$/i.test(text.slice(0, text.indexOf(m)))) return m;
    // ("she said something like sometimes I think ...", "she said some stuff like ...": the clinician's hedge stays outside the client's words.)
    // ("she said in class I want to kill myself": where it was said stays outside the words.)
    // ("he also said Maya said something like I wish I could just disappear": the one who said the words, named inside the telling, stays outside them.)
    const hedge = /^(?:(?:[A-Z][a-z]+|she|he|they)\s+(?:said|says|told (?:him|her|me|them))\s+(?:(?:some\s+|a\s+few\s+)?(?:something|stuff|things)\s+like|like)|(?:some\s+|a\s+few\s+)?(?:something|stuff|things)\s+like|like|that|you know|(?:in|at|during)\s+(?:the\s+)?(?:class|school|recess|lunch|group|session|practice|church|work|home|the hallway)|out loud|aloud|today|yesterday|last night|this morning)\s+/i.exec(said)?.[0] ?? '';
    return `${verb} ${hedge}${quoteUntilNarration(said.slice(hedge.length))}`;
  });
}

/**
 * The person met in a call or session without the client, as the heading names them: their pronoun, and the word the
 * risk clauses use for them (a parent by parent role, a spouse or grown child by their own).
 */
const PERSON_MET: Readonly<Record<string, { pronoun: 'she' | 'he'; role: string }>> = {
  ...Object.fromEntries(['mom', 'mother', 'stepmom', 'grandmother', 'grandma', 'Ms', 'Mrs'].map((w) => [w, { pronoun: 'she', role: 'mother' }])),
  ...Object.fromEntries(['dad', 'father', 'stepdad', 'grandfather', 'grandpa', 'Mr'].map((w) => [w, { pronoun: 'he', role: 'father' }])),
  ...Object.fromEntries(['wife', 'daughter', 'sister'].map((w) => [w, { pronoun: 'she', role: w }])),
  ...Object.fromEntries(['husband', 'son', 'brother'].map((w) => [w, { pronoun: 'he', role: w }])),
};
const PERSON_MET_WORD = new RegExp(`\\b(${Object.keys(PERSON_MET).join('|')})\\b`);

/** "Maria says she ...": a name whose own "she" (or "he") follows its saying, by pronoun. */
const NAME_THEN_OWN_PRONOUN: Readonly<Record<'she' | 'he', RegExp>> = {
  she: /^([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:says|said|reports|reported|states|stated|told (?:me|the therapist)|feels|felt|thinks|thought)\s+(?:that\s+)?she\b/,
  he: /^([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,2}?(?:says|said|reports|reported|states|stated|told (?:me|the therapist)|feels|felt|thinks|thought)\s+(?:that\s+)?he\b/,
};
/** "I asked her about that directly": the clinician asking the one that pronoun names. */
const ASKED_PRONOUN: Readonly<Record<'she' | 'he', RegExp>> = { she: /\basked\s+her\b/i, he: /\basked\s+him\b/i };
/** "her son Bilal", "his mother": a relative of the other sex than a client of that pronoun, with the name after it. */
const OTHER_SEX_RELATIVE: Readonly<Record<'she' | 'he', RegExp>> = {
  she: new RegExp(`\\b(?:her|his|their|client's|pt's)\\s+(${oneOf(MALE_RELATIVES)})\\b(?:,?\\s+([A-Z][a-z]+))?`, 'i'),
  he: new RegExp(`\\b(?:her|his|their|client's|pt's)\\s+(${oneOf(FEMALE_RELATIVES)})\\b(?:,?\\s+([A-Z][a-z]+))?`, 'i'),
};

/** "Tom called my line said ...": in a call between sessions, the one who called the clinician's own line is the client (a relative is named by role). */
const CALLER_ON_MY_LINE = /(?<!\b(?:wife|husband|mom|mother|dad|father|partner|sister|brother|daughter|son|friend|neighbou?r|girlfriend|boyfriend|roommate|caseworker|teacher|coworker|co-worker|boss|aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa)\s)\b([A-Z][a-z]+)\s+(?:called|texted|paged)\s+(?:my|the|our)\s+(?:line|cell|phone|office(?:\s+line)?|crisis line|number|after-hours line|on-call line|work phone)\b/;

/** Talk of suicide or overdose in the statement before (a plan told after it is that plan). */
const SUICIDAL_TALK = /\b(?:overdos\w*|suicid\w*|kill(?:ing)? (?:her|him|them|my)sel(?:f|ves)|end(?:ing)? (?:it|(?:her|his|their|my) life)|want(?:s|ed)? to die|better off dead)\b/i;

/** "I'd need to tell people whose job is keeping kids safe", "I have to report": the clinician's mandated duty, in the clinician's "I". */
const CLINICIANS_DUTY = /^I(?:'d| would|'ll| will)?\s+(?:need|have|had|be required|am required|must)\s+to\s+(?:tell|report|share|call|let|make)\b|^I(?:'d| would)?\s+(?:need|have)\s+to\b/i;
/** "I can call her mom", "I could tell his teacher": the clinician's "I", with the client's relative named in the third person. */
// ("he said okay to me calling her": the client's consent to the clinician's act, the "me" the clinician's.)
// ("River has not said anything like that to me in session": the one told is the clinician.)
// ("later said to me privately in the hall she is afraid of him": said to the clinician, told in the third person.)
// ("Roberto also said when I asked about sleep that some nights ...": the clinician's question, in the clinician's "I".)
const CLINICIAN_IN_SAID = /^to\s+(?:me|us)\b(?![^"]{0,40}\bI\b)|^when\s+(?:I|we)\s+asked\b|^(?:okay|ok|fine|yes|alright|all right)\s+(?:to|with)\s+me\s+[a-z]+ing\b|^(?:anything|something|nothing|much|this|that|it)\b[^"]{0,30}?\bto\s+me\b|^(?:\S+\s+){0,3}?I\s+(?:\w+\s+){0,2}?(?:call|tell|talk to|contact|speak (?:to|with)|share (?:it |this |that )?with|email|text|update|reach out to|let)\s+(?:her|his|their)\s+(?:mom|mother|dad|father|parents?|teacher|counselor|doctor|psychiatrist|sister|brother|grandma|grandmother|grandpa|grandfather|coach|aunt|uncle|guardian|caseworker|probation officer|pcp)\b/i;
/** Quotes the words said, ending where the narration takes over again ("... nobody will which she took as a threat"). */
const WHEN_SAID_AFTER = new RegExp(String.raw`\s(?=${WHEN_SAID_TOLD})`);
function quoteUntilNarration(said: string): string {
  // ("I want to die and drew a picture of himself": a third-person act after "and" is the clinician telling again.)
  // ("... if I just wasnt here but then said he has no plan": the clinician telling again.)
  // ("cutting helps me feel something which we talked about": the clinician's aside after the words stays outside them.)
  // ("I hate everyone here after some girls laughed at her at recess": a cause told of the client in the third person is the clinician's.)
  // ("I didn't know you felt that so that was big I did some heightening": the clinician's comment and next act after the words.)
  // ("... I'm not worth anything so I asked directly and he said yeah": the clinician's question after the words.)
  // ('she said huh so I'm not getting worse', "ending it so I don't have to do another transplant": "so I" goes on with her words
  // unless the clinician's own act follows.)
  // ("... I don't see the point of anything honestly and Karen said he's been saying stuff like that": someone else speaking after them.)
  // ("... like I won't be around much longer and giving away her binders": a gerund after "and" goes on with the telling.)
  // ("I'm just a burden to everyone she agreed to give me the Tylenol": the client named again with an act of the session's is the clinician telling.)
  // ("... the dad who stopped trying so the bigger thing though is they told me ...": the clinician turning to the next topic.)
  // ("... if I wasn't here, no plan, no intent": the screen's answers after a comma are the clinician's jotting.)
  // ("I don't see the point anymore I was doing all this for her he said he's been thinking ...": "he said he's" is the telling again.)
  // ("I don't get it but I want to, Ari mostly quiet then got tearful": after a comma, another named and how they were is the telling again.)
  // ("I'm gonna eat my gun one of these days and laughed it off": how the speaker took the words back is the telling again.)
  // ("I couldn't have known the IED was there which is a big shift for him": the clinician's comment on the words.)
  // ("I'm going to kill myself when he was angry": when it was said, told of the speaker in the third person; "... and a couple guys laughed": how others took it.)
  const end = said.search(/,(?=\s+[A-Z][a-z]+\s+(?:mostly|was|is|got|seemed|looked|stayed|became|then|quiet|tearful|cried|laughed|nodded|agreed|added)\b)|,(?=\s*(?:no|denies|denied|denying)\s+(?:plan|intent|prep|means|attempts?|suicidal|homicidal|SI|HI)\b)|\s(?=(?:but|and|though)\s+(?:(?:she|he|they)\s+)?(?:no|denies|denied|denying|has no|had no)\s+(?:plan|intent|prep|means|attempts?|suicidal|homicidal|SI|HI)\b)|\s(?=(?:and\s+)?(?:she|he|they)\s+(?:said|says|told me)\s+(?:that\s+)?(?:she|he|they)(?:'s|'d|'ll|\s+(?:was|is|has|had|would|will|could|did|does)\b))|\s(?=(?:she|he|they)\s+(?:agreed|denied|denies|endorsed|endorses|declined|refused|rated|was able|were able|could not|couldn't|went voluntarily)\b)|\s(?=so\s+(?:the\s+)?(?:bigger|biggest|main|other|big|important|real|key)\s+(?:thing|issue|piece|part|concern|news)\b)|\s(?=and\s+(?:giving|posting|saying|texting|sending|talking|asking|telling|selling|writing)\b)|\s(?=so\s+that\s+was\s+(?:big|huge|important|powerful|new|moving|significant|a (?:big|huge|key|turning|real))\b)|\s(?=risk[- ]wise\b)|\s(?=instead of\s+[a-z]+ing\b)|\s(?=(?:after|because|since|when)\s+(?:\w+\s+){0,5}(?:at|to|with|about|on)\s+(?:her|him)\b)|\s(?=and\s+(?:a\s+couple(?:\s+of)?|some|several|two|three|four|the other|other|a few)\s+(?:guys|members|people|peers|of them|others|kids|men|women|girls|boys)\s+[a-z]+ed\b)|\s(?=(?:which|and|but|so|then)\s+(?:she|he|they)\s+(?!(?:would|will|can|could|might|should|wants?|needs?)\b))|\s(?=and\s+(?:this|that|it)\s+(?:was|is)\s+(?:about|directed|aimed|in reference)\b)|\s(?=which\s+(?:we|I)\s+(?:talked about|discussed|processed|explored|worked on|unpacked|challenged|normali[sz]ed|validated|reframed)\b)|\s(?=(?:but|and|so)\s+then\s+(?:said|says|added|denied|admitted|stated)\b)|\s(?=(?:so|and then|then)\s+(?:disposition|plan is|we|I(?=\s+(?:asked|did|gave|used|called|told|checked|went|made|reflected|explained|validated|talked|spoke|let|had|will|then|also|just|completed|reviewed|processed|suggested|recommended|encouraged|provided|offered|stopped|paused|said)\b|'ll\b))\b)|\s(?=(?:so|and)\s+I\s+(?:then\s+)?(?:asked\s+(?:directly|him|her|them|about|if|whether)|stopped|paused)\b)|\s(?=and\s+(?:[A-Z][a-z]+|mom|dad|mother|father|his wife|her husband|her mom|his mom)\s+(?:said|says|added|told|reported|stated)\b)|\s(?=and\s+(?:drew|wrote|made|took|put|gave|left|ran|threw|tore|hid|[a-z]+ed)\b[^"]*\b(?:himself|herself|themselves|his|her)\b)|\s(?=and\s+(?:then\s+)?(?:laughed|smiled|shrugged|chuckled|grinned|walked (?:away|off|out)|hung up|changed the subject|brushed it off|played it off)\b)|\s(?=which\s+(?:is|was)\s+(?:a\s+)?(?:big|huge|real|major|new|first|significant|important|good|great)\b)/);
  const told = said.search(WHEN_SAID_AFTER);
  const stop = told > 0 && (end < 0 || told < end) ? told : end;
  return stop > 0 ? `"${said.slice(0, stop).trimEnd()}"${said.slice(stop)}` : `"${said}"`;
}

/** "pushes/hits", "person/place" are parallel items: written "pushes and hits", except named pairs (KEEP_SLASHED). */
function splitSlashes(text: string): string {
  return text.replace(/\b([A-Za-z][a-z-]+)\/([A-Za-z][a-z-]+)\b/g, (m, a: string, b: string, at: number, whole: string) => {
    if (UNITS.has(b.toLowerCase())) return `${a} per ${b === 'wk' ? 'week' : b === 'mo' ? 'month' : b}`;
    if (KEEP_SLASHED.has(m.toLowerCase()) || a.length < 3 || b.length < 3) return m;
    // "no plan/intent": under a denial the pair is "plan or intent", so the denial reads on both.
    // "if plan/intent develops": under a condition too, either one is enough.
    // ("no danger to self/danger to others": the denial reaches past a short phrase.)
    return /\b(?:no|denies|denied|without|never|not|nor|neither|if|unless|whether|should)\s+(?:\w+\s+){0,2}$/i.test(whole.slice(Math.max(0, at - 30), at)) ? `${a} or ${b}` : `${a} and ${b}`;
  });
}

/** "5 cups/day": a slash before a unit is a rate. */
const UNITS = new Set(['day', 'week', 'wk', 'night', 'month', 'mo', 'hour', 'session', 'year']);

const RISK_ITEM = '(?:suicidal ideation|homicidal ideation|self-harm|self-injurious behavior|auditory or visual hallucinations|auditory hallucinations|visual hallucinations|non-suicidal self-injury)';
const RISK_LIST = new RegExp(`${RISK_ITEM}(?:/${RISK_ITEM})+`, 'g');

/** After a lone "A", what only a person does or feels: "A's", "A scared", "A able to reflect", "A said". */
const A_AS_NAME_AFTER = /^(?:'s\b|\s+\((?:defensive|tearful|angry|upset|crying|quiet|calm|frustrated|laughing)\b|\s+(?:did|didn't|does|doesn't|can|can't|could|couldn't|responds|responded|said|says|stated|states|reported|reports|feels|felt|scared|afraid|able|unable|agreed|agrees|asked|cried|tearful|angry|upset|worried|reflected|shared|denied|denies|admitted|wants|wanted|thinks|thought|identified|apologized|validated|listened|interrupted|raised|became|was|is|has|had|will|would)\b)/;

const BODY_SIDE_AFTER = new RegExp(`^\\s+(?:${BODY_PARTS})\\b`);

/** The one name each capital letter can stand for: "Mateo (4)" then "M built a tower". */
function initialsOfNames(names: ReadonlySet<string>): Map<string, string> {
  const byLetter = new Map<string, string[]>();
  // "Seeking Safety", "Coping Cat": a word of a programme's name, not a person's ("S quiet most of group").
  for (const n of names) if (!/(?:ing|ed|tion|ness|ment)$/.test(n)) byLetter.set(n[0]!, [...(byLetter.get(n[0]!) ?? []), n]);
  return new Map([...byLetter].filter(([letter, list]) => list.length === 1 && letter !== 'I').map(([letter, list]) => [letter, list[0]!]));
}

/** A lone capital letter written for a named person becomes the name ("M's affect" -> "Mateo's affect"). */
function spellInitials(text: string, initials: ReadonlyMap<string, string>, letterPeople: ReadonlySet<string>): string {
  if (!initials.size) return text;
  return text.replace(/(?<![\w.'’/-])([A-Z])(?=(?:'s)?(?:[\s,;.]|$))(?!\s*\d)/g, (m, letter: string, offset: number, whole: string) => {
    const name = initials.get(letter);
    // ("Ethan, 18, M swimming. Parents (Mark and Denise)": a team's letter before its sport is no one's initial.)
    if (new RegExp(`^\\s+(?:${TEAM_SPORTS})\\b`, 'i').test(whole.slice(offset + 1))) return m;
    // "to the walk-in tonight w/ M.": a full stop after the letter ends the sentence only after a word that takes a person;
    // "Carol H." is a surname's initial.
    // ("he does not blame J.": so does a verb that takes a person.)
    if (whole[offset + 1] === '.' && !/\b(?:with|w\/|and|to|from|by|for|called|told|asked|texted|blame|blames|blamed|trust|trusts|trusted|love|loves|loved|forgive|forgives|forgave|support|supports|supported|help|helps|helped|hug|hugged|thank|thanked|see|saw|met|visit|visited|miss|misses|missed)\s+$/i.test(whole.slice(0, offset))) return m;
    // "from B's to D's", "grades C's": a letter grade, never a name.
    if (/^'?s\b/.test(whole.slice(offset + 1)) && (/(?:\b(?:grades?|from|to|got|getting|gets|all|straight)|[A-F]'?s\s*(?:and|or|to|->|→|=>))\s*$/i.test(whole.slice(0, offset)) || /^'?s\s*(?:and|or|to|->|→|=>)\s*[A-F]'?s\b/.test(whole.slice(offset + 1)))) return m;
    // ("Mr. and Mrs. D", "Mrs. L quiet": a letter after a title is the surname's initial, kept as written;
    // "Dr. O's office" is Dr. Okafor's only when the summary names a Dr. Okafor.)
    const title = /\b(Mr|Mrs|Ms|Mx|Dr|Miss)\.?\s+$/.exec(whole.slice(Math.max(0, offset - 6), offset));
    if (title && !(title[1] === 'Dr' && name && new RegExp(`\\bDr\\.?\\s+${name}\\b`).test(whole))) return m;
    // "Lena M called": a letter right after a first name is that person's surname initial, never another's name.
    // ("Taught Y belly breathing": a verb opening the sentence is no first name.)
    const before = /\S+\s+$/.exec(whole.slice(0, offset))?.[0] ?? '';
    if (/\b[A-Z][a-z]+\s+$/.test(whole.slice(Math.max(0, offset - 16), offset)) && !/\b(?:with|w|and|to|from|by|for|called|told|asked|texted|saw|per|Dr|Mr|Ms|Mrs)\s+$/i.test(whole.slice(Math.max(0, offset - 16), offset)) && /^[A-Z][a-z]+\s+$/.test(before) && !isFiniteVerb(before.trim().toLowerCase())) return m;
    // ("6 mo on T", "started T in March", "T shots weekly", for a client named Theo): testosterone, never the client's initial.
    if (letter === 'T' && name && (/\b(?:on|started|starting|start|stopped|stopping|restarted|began|begin|dose of|doses of|off)\s+$/i.test(whole.slice(Math.max(0, offset - 12), offset)) || /^\s+(?:gel|shots?|injections?|dose|doses|levels?|patch|cream)\b/i.test(whole.slice(offset + 1, offset + 14)))) return 'testosterone';
    // ("on the L and D unit", "Q and A"): a letter paired by "and" with a letter that is no one's initial is an abbreviation.
    const paired = /\b([A-Z])\s+(?:and|n)\s+$/.exec(whole.slice(Math.max(0, offset - 8), offset))?.[1] ?? /^\s+(?:and|n)\s+([A-Z])\b(?![a-z])/.exec(whole.slice(offset + 1, offset + 10))?.[1];
    if (paired && !initials.has(paired)) return m;
    // ("grades dropped (D in Spanish, C- in Chem)", "got a B on the test"): a letter grade in a subject, never a name.
    if (/^[+-]?\s+(?:in|on|for)\s+(?:[A-Z][a-z]+|math|science|english|history|reading|writing|chem\w*|bio\w*|physics|algebra|geometry|spanish|french|art|gym|pe)\b/.test(whole.slice(offset + 1, offset + 24)) || /\b(?:got|get|gets|getting|earned|received|a|an)\s+$/i.test(whole.slice(Math.max(0, offset - 10), offset)) && /^\s+(?:in|on|for)\b/.test(whole.slice(offset + 1, offset + 6))) return m;
    // ("place him in A pod (lower tier) not back to B", "C-wing", "B unit"): a letter naming a place in a facility, never a name.
    if (/^[\s-]+(?:pod|unit|wing|block|tier|dorm|side|hall|hallway|ward|building|bldg|yard|deck|floor|module|house|cellblock)\b/i.test(whole.slice(offset + 1, offset + 16)) || /\b(?:back to|pod|unit|wing|block|tier|dorm|ward|building|bldg|yard|module|cell)\s+$/i.test(whole.slice(Math.max(0, offset - 12), offset))) return m;
    // "A&O x4": a letter in an abbreviation, never a name.
    if (whole[offset - 1] === '&' || whole[offset + 1] === '&') return m;
    // ("R hemisphere stroke", "L arm weakness": right or left, before a part of the body or brain, is a side.)
    if ((letter === 'R' || letter === 'L') && BODY_SIDE_AFTER.test(whole.slice(offset + 1, offset + 24))) return m;
    // A capital "A" inside a sentence is a name ("share log w/ A weekly", "suggested A say ..."); at a sentence's start
    // it is the article unless what follows is plainly someone's ("A's", "A scared re: his BP", "A did not interrupt").
    if (letter === 'A' && !/(?:[a-z0-9,;)"]|\bre:|\bw\/)\s+$/i.test(whole.slice(Math.max(0, offset - 6), offset)) && !A_AS_NAME_AFTER.test(whole.slice(offset + 1, offset + 30)) && !isFiniteVerb(/^\s+([a-z]+)/.exec(whole.slice(offset + 1, offset + 30))?.[1] ?? '')) return m;
    // "T reflected feelings", "told him T has to tell people": "T" doing a therapist's work is the therapist, never a name.
    // ("she states T will stay at grandmother's" with Tyler named: a verb anyone may do is the named person's.)
    if (letter === 'T' && /^\s+(?:reflected|validated|redirected|modeled|modelled|explained|praised|prompted|taught|provided|used|introduced|normalized|coached|has to|had to|reviewed|processed|assessed|screened|consulted)\b/.test(whole.slice(offset + 1))) return 'therapist';
    if (letter === 'T' && !name && !letterPeople.has('T') && /^\s+(?:will|would|asked|told|called)\b/.test(whole.slice(offset + 1))) return 'therapist';
    // "bruising on L forearm": a side of the body, never a name.
    if ((letter === 'L' || letter === 'R') && /^\s+(?:upper\s+|lower\s+|inner\s+|outer\s+)?(?:forearm|arm|wrist|hand|finger|thumb|leg|thigh|shin|knee|ankle|foot|shoulder|side|eye|ear|cheek|jaw|hip|elbow|temple|breast|flank|rib|back|buttock|calf|neck|face|brow|lip)s?\b/i.test(whole.slice(offset + 1))) return m;
    // "52yo M": after an age the letter is the client's sex, never a name.
    if (!name || /(?:\d|\d\s*yo|\d\s*y\/o|\d\s*y\.o\.?|year-old|years old)\s*$/i.test(whole.slice(0, offset)) || /\b(?:plan|vitamin|type|hep|hepatitis|grade|class|section|level|tier|step|phase|wing|unit|room|building|option|cluster|axis|part|bipolar|schedule|team|ward|pod|hall)\s+$/i.test(whole.slice(0, offset)) || whole[offset + 1] === ':') return m;
    return name;
  });
}

/** An attempt or the watch kept after one, told in the heading ("self-inflicted (doused w/ gasoline)", "on psych hold"). */
// ("crisis call, she was at home with the pills counted out": a preparatory act told in the heading is the crisis itself.)
const attemptOrWatch = (fragment: string): boolean => ATTEMPT.test(fragment.toLowerCase()) || SUICIDE_PRECAUTION.test(fragment) || PREPARATORY_ACT.test(fragment);
/** A heading fragment that tells what happened or how the client is: a verb of the week, a change, a score. */
// ("Kwame B. indiv 50 min - EAD card arrived Mon": news of what arrived or was granted is a report too, never the heading.)
// ("Check-in w/ Tyrell (19) by phone 15 min, he started at Amazon Mon, likes it": a pronoun and its verb, a liking, tell.)
const REPORT_FRAGMENT = /^\s*(?:she|he|they)\s+(?!(?:is|was)\s+\d)[a-z]+(?:ed|s)\b|\b(likes|loves|hates|started|starts|mood|sleep|appetite|energy|enjoying|stable|declined|arrived|received|approved|granted|came through|asked to|wanted to|brought up|going|doing|feeling|felt|feels|reports?|reported|used|using|practiced|practicing|reviewed|tried|completed|went|slept|sleeping|better|worse|improved|improving|down to|up to|decreased|increased|attacks?|episodes?|nightmares|cravings|urges|argued|fought|yelled|walked out|stormed|blamed|refused|cried|discussed|worked on|working on|talked|did|processed|explored|taught|introduced|role-?played|fights|fuel|fuels|causes|caused|leads to|led to)\b|\b(?:PHQ|GAD|PCL)-\d+\b|\b(?:this|last) (?:week|wk|month)\b/i;
/** A sentence that opens with how the session was held: "Telehealth (video) w/ Lena, ...". */
/** "phone call w/ Anthony Greco's sister Donna": in a heading, the one whose relative was spoken with is the client. */
// ("crisis call 9:40pm from mother (Linda R) re son Jordan 22": the one the call is about is the client.)
const COLLATERAL_FOR = new RegExp(`\\b(?:call|phone call|phone|session|meeting|consult|spoke|met|contact)\\s+(?:w\\/|with|to)\\s+([A-Z][a-z]+)(?:\\s+[A-Z][a-z]+)?'s\\s+(?:${oneOf([...CLOSE_PEOPLE, 'guardian', 'caregiver', 'foster mother', 'foster father', 'landlord', 'roommate', 'payee', 'rep payee'])})\\b|\\bcall\\s+(?:(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:am|pm)\\s+)?from\\s+(?:the\\s+|a\\s+)?(?:${oneOf(['mother', 'mom', 'father', 'dad', 'parent', 'wife', 'husband', 'partner', 'sister', 'brother', 'grandmother', 'grandfather', 'daughter', 'son'])})\\b[^.;\\n]{0,40}?\\b(?:re:?|regarding|about)\\s+(?:her|his|their)?\\s*(?:son|daughter|child|husband|wife|partner|brother|sister|mother|father|mom|dad)\\s+([A-Z][a-z]+)\\b`);
/** Whom a collateral contact's heading names as the client (either form of COLLATERAL_FOR). */
const collateralFor = (line: string): string | undefined => {
  const m = COLLATERAL_FOR.exec(line);
  return m?.[1] ?? m?.[2];
};
/** "with Mia 16 and her mom", "Jaylen (6) w/ FM": a first name with an age, at the head of the summary. */
// ("Child w/ parent session: Noah (13, AN, IOP) + dad": after a heading's colon, too.)
// ("Supervised exchange debrief, individual w/ father Paul Nguyen": the one an individual session is with is the client,
// a parent in a parenting program too.)
const INDIVIDUAL_WITH = new RegExp(String.raw`\b(?:[Ii]ndividual|[Ii]ndiv\.?|1:1)\s+(?:session\s+|therapy\s+)?(?:w\/\s*|with\s+)(?:(?:the\s+)?(?:${oneOf([...PARENTS, 'parent'])})\s+)?([A-Z][a-z]+)\b`);
// ("S: Maya, 9, seen w/ mom": under a format letter, the child named with an age is the client too.)
// ("Telehealth (Doxy) indiv - Sam L., 39": after a heading's dash, a name with its initial and age.)
const NAMED_WITH_AGE = /(?:^\s*(?:[\d/]+\s*[-–:]\s*|[A-Z]\s*:\s*)?|\b(?:with|w\/|saw|seen|for|re:?|regarding)\s+|^[^:\n]{3,40}(?:session|sess|visit|intake|eval|evaluation|call|contact|parent|parents|caregiver|family|mom|dad):\s+|^[^\n]{3,50}?\b(?:indiv|individual|session|sess|telehealth|intake|visit)\b[^\n]{0,20}?\s[-–—]\s+)([A-Z][a-z]+)(?:\s+[A-Z]\.)?,?\s+\(?(?:age\s+)?\d{1,2}(?:\)|(?=,))?(?=[\s,;)]|\.(?!\d)|$)(?!\s*(?:min|mins|minutes|hrs?|hours?|yrs?|years|am|pm)\b)/;
/** Something that happened to or by someone away from the session: "Wife left last wk", "dad died in March". */
// ("Wife + 2 kids still in Kabul, no contact since 10/2": someone far away, not in the room, says nothing in the session.)
const AWAY_EVENT = /\b(?:left|moved out|moved away|died|passed away|passed|filed|divorced|deployed|was arrested|got arrested|still (?:in|at|back)|no contact|not heard from|hasn't heard|overseas|abroad|in (?:detention|custody|prison|jail|(?:the )?hospital|the ICU)|missing)\b|\b(?:last (?:week|wk|month|mo|year|yr|night)|ago|yesterday)\b/i;

/** The pronoun a clause shows for the one it names, when it shows only one ("Tom shared ... his"; "checked in with her"). */
function pronounShown(text: string): { pronoun?: string } {
  const she = /\b(?:she|her|herself)\b/i.test(text);
  if (she !== /\b(?:he|him|his|himself)\b/i.test(text)) return { pronoun: she ? 'she' : 'he' };
  // ("Nadia shared her son called her ... he's not OK": with both, the first whose-word after the name's verb is the name's.)
  const whose = /^[A-Z][a-z]+\s+[a-z]+\s+(her|his)\b/.exec(text)?.[1];
  return whose ? { pronoun: whose === 'her' ? 'she' : 'he' } : {};
}

/** "will call me when there", "will text me if worse": someone will get back to the clinician, jotted with no doer. */
const WILL_CALL_BACK = /^will\s+(?:call|text|phone|update|message|let)\s+(?:me|the therapist|us|this writer)\b/i;
/** Something else one has urges to do: gambling, drinking, using, bingeing. */
const OTHER_URGE_TOPIC = /\b(?:gambl\w*|betting|bets|poker|casino|slots|sportsbook|lottery|scratchers|drinking|alcohol|drugs?|using|cravings?|relapsed?|smoking|vaping|bingeing|binge eating|purging)\b/i;
/** "urges passed in ~20 min", "craving went down": an urge that eased, told after what was done about it. */
const URGE_EASED = /\b(?:urges?|cravings?|panic|the urge|it)\s+(?:passed|went away|went down|came down|decreased|subsided|dropped|eased|faded)\b/i;
/** "checks her phone", "controls her money": control over the client, done by someone else. */
const CONTROL_OVER_CLIENT = /^(?:also\s+)?(?:checks|checked|controls|controlled|monitors|monitored|tracks|tracked|reads|isolates|isolated|hides|hid|takes|took|follows|followed)\s+(?:her|his|their)\b/i;
/** A contact opening a clause with no doer ("called tribal police", "notified uncle by phone"). */
const CONTACT_WITHOUT_DOER_OPENS = /^\s*(?:also\s+|then\s+)?(?:called|contacted|phoned|paged|notified|alerted|texted|emailed)\s+(?!(?:me|us|the therapist|this writer|her|him|them)\b)/i;
/** "(she/her)", "(they/them)": the pronouns a person goes by, given after the name. */
const PRONOUN_BRACKET = /\((?:she|he|they|ze|xe|fae)\/(?:her|him|them|they|she|he|hers|his|theirs|zir|xem|faer)(?:\/[a-z]+)?\)/;
/** "Jordan (she/her) disclosed": a person named with their pronouns, then what they did. */
const DOER_WITH_PRONOUNS = new RegExp(`^[A-Z][a-z]+\\s*${PRONOUN_BRACKET.source}\\s+[a-z]+(?:ed|s)\\b`);
/** "Jordan (she/her) disclosed": a name given with its pronouns is the client's. */
// ("Chris M. (he/him), 41": the initial of a surname may stand between.)
const NAMED_WITH_PRONOUNS = new RegExp(`\\b([A-Z][a-z]+)(?:\\s+[A-Z]\\.?)?\\s*${PRONOUN_BRACKET.source}`);
/** A clause that says what was done or is to come, after which no heading goes on. */
const HEADING_ENDS = /^\s*(?:worked on|practiced|did|used|taught|reviewed|processed|explored|discussed|introduced|role[- ]?played|completed|assigned|hw\s*:|homework\s*:|(?:tx |treatment )?goals?\s+(?:remains?|is|are)\b|goal\s*:|plan\s*:|next\s+(?:session|sess|appt|appointment|visit)\b|rtc\b|f\/u\s+(?:in\s+)?\d)/i;
// ("Teen DBT skills grp, Tues, 6 members present": a group named by its kind opens the heading too.)
const SESSION_OPENER = /^\s*(?:(?:so\s+)?this (?:is|was) (?:an? |the |my )?(?:[\w-]+\s+){0,2}?(?:intake|session|note|visit|check[- ]?in|consult|call|night|meeting)\b|(?:[A-Za-z][\w-]*\s+){1,3}(?:group|grp)\b(?:\s*#\s?\d{1,3})?(?=\s*(?:[,;(-]|$))|(?:child|play|teen|adolescent|parent|dyadic|joint)\s+(?:sess|session)\b|child\s+(?:w\/|with)\s+(?:parent|mom|dad|mother|father|caregiver|guardian)\b|EAP(?:\s+(?:intake|session|sess|f\/u|follow-up|check-in|#\s*\d{1,2}))?|welfare check|(?:504|IEP|SST|MDT|ARD|CSE|team|parent|teacher|school)\s+(?:mtg|meeting|conference|consult(?:ation)?)|(?:classroom|school|home|playground|recess|lunch)\s+(?:obs|observation)|(?:bedside|hospital|unit|inpatient|hospice|home|ED|ER|floor)\s+(?:visit|consult(?:ation)?|session|eval(?:uation)?|assessment)|(?:brief|quick|short|phone)\s+(?:(?:HR|harm reduction|med|medication|safety|wellness|peer|phone|telehealth|video|lobby|street)\s+)?(?:check(?:[- ]?in)?|visit|contact|outreach(?: contact| visit)?)(?=\s|,|$)|(?:RTW|return[- ]to[- ]work|fitness[- ]for[- ]duty|FFD)\s+(?:assessment|eval(?:uation)?)|telehealth|tele|video|phone|in[- ]person|session|sess|ind(?=\s+(?:sess|\d{2,3}\s*-?\s*(?:min|mins|minutes|m)\b))|indiv|individual|couples|family|group|grp|intake|crisis|walk-in|f\/u|follow-up|check-?in(?=\s+(?:w\/|with)\s))\b/i;

/** A visit made to watch the client ("Classroom obs - Mateo", "home observation"). */
const OBSERVATION_VISIT = /\b(?:classroom|school|home|playground|recess|lunch(?:room)?|cafeteria)\s+(?:obs|observation)\b/i;

/**
 * What the first line tells of the session when no heading gave it: its one length ("Dari interpreter by phone (Farid),
 * 50 min.", "IOP check-in 15 min w/ Tasha", dictated "it was forty minutes", "45 minutes today", ", 1 hr,"), its one span of
 * clock hours, and a telehealth session's medium ("telehealth by phone today").
 */
function readFirstLine(session: SessionDetails, line: readonly Clause[], text: string): void {
  const told = line.map((c) => c.text).join(' ');
  if (session.minutes === undefined) {
    const unlabelled = line.filter((c) => !c.labelKind).map((c) => c.text).join('. ');
    // ("about 25 minutes late ... so we only had about 30 minutes": minutes late are no length of anything held.)
    const lengths = [...unlabelled.matchAll(/(\d{2,3})\s*(?:min|mins|minutes)\b(?!\s+(?:late|early)\b)/gi)];
    // ("we did safety planning for about 40 minutes", dictated on the first line: one piece of the work, never the session.)
    // ("I met with Sofia and mom alone for about ten minutes", in a family session: the time with some of them apart is a part.)
    const partApart = /\b(?:alone|individually|privately|separately|1:1|one[- ]on[- ]one)\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+|like\s+|~\s*)?\d{2,3}\s*(?:min|mins|minutes)\b/i.test(unlabelled);
    const length = Number((lengths.length === 1 && !PIECE_FOR.test(unlabelled) && !partApart ? SESSION_LENGTH_TOLD.exec(unlabelled) : null)?.slice(1).find(Boolean));
    if (length >= 10 && length <= 240) session.minutes = length;
    // ("Family meeting today 11/4, 1 hr, in the inpatient unit conf room ...": hours set apart by commas, when no minutes are said.)
    const hours = lengths.length === 0 ? [...unlabelled.matchAll(new RegExp(`(?:^|,)\\s*(${SESSION_HOURS})\\s*(?:hr|hrs|hour|hours)\\s*(?=,|\\.|$)`, 'gi'))] : [];
    if (hours.length === 1) session.minutes = Math.round(Number(hours[0]![1]) * 60);
    // ("S: Pt Denise Ortiz, 61F, lumbar stenosis, seen for routine f/u, 45 min.": under a label, the minutes set apart right
    // after the visit is named are the session's.)
    const seenFor = session.minutes === undefined ? /\b(?:seen|visit|f\/u|follow[- ]?up|session|appt|appointment|check-?in)\b[^.;]{0,60},\s*(\d{2,3})\s*(?:min|mins|minutes)(?![\w-])(?!\s+(?:late|early|of|each|per|a day|daily|drive|drives|driving|commute|ride|walk|away|round[- ]trip|by car|by bus)\b)/i.exec(told) : null;
    if (seenFor && Number(seenFor[1]) >= 10 && Number(seenFor[1]) <= 240) session.minutes = Number(seenFor[1]);
  }
  // ("Unscheduled, came from clinic after RN Amy flagged him, 1:40-2:45 pm."): set apart by commas or at the sentence's end,
  // near the start, and never a daily window ("worry postponement daily 6-6:15pm") or what the client did ("worked a shift 3-4:30 yesterday").
  if (session.startTime === undefined && session.minutes === undefined) {
    // ("Urgent bedside consult, 5N onc rm 518, 3/5 16:40-17:30, paged by ...", "CRISIS - ..., met pt at Station 4, 2215-2345 (90 min)":
    // the day may lead the span, the clock may be a 24-hour one, and the length may follow it in brackets.)
    // ("Telehealth (Zoom) 4/1 5:00-5:40pm - pt Melissa w/ her son ...": after how the session was held and its day, and before a dash.)
    const spans = [...told.matchAll(/(?<=(?:^|[,;()]|\b(?:telehealth|video|zoom|phone|in[- ]person|session|sess|indiv|individual|family|couples|group))\s*(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+)?)(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}:\d{2}\s*(?:am|pm)?|(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*(?:[01]\d|2[0-3])[0-5]\d)(?=\s*(?:[.;,)]|[-–—]\s|\(\d{2,3}\s*(?:min|mins|minutes)\)|$))/gi)];
    const span = spans.length === 1 && spans[0]!.index < 200 && !/\b(?:daily|nightly|every|each|window|bedtime|worry|until|till|from|seclusion|restraints?|shift|slept|sleep|worked)\s+(?:\w+\s+)?$/i.test(told.slice(Math.max(0, spans[0]!.index - 25), spans[0]!.index)) ? spans[0]![0] : undefined;
    const hours = span ? extractSessionDetails(span, text) : undefined;
    if (hours?.startTime && hours.endTime) Object.assign(session, { startTime: hours.startTime, endTime: hours.endTime, ...(hours.minutes ? { minutes: hours.minutes } : {}) });
  }
  // (Telehealth read as video by default gives way to the phone named with it.)
  if (session.modality === undefined || session.modality === 'video') {
    const medium = /\btele(?:health|therapy)?\s+(?:by|via|over)\s+(?:the\s+)?(phone|telephone|video|zoom)\b/i.exec(told)?.[1]?.toLowerCase();
    if (medium && (session.modality === undefined || (/phone/.test(medium) && !/\b(?:video|zoom|doxy)\b/i.test(told)))) {
      session.modality = /phone/.test(medium) ? 'phone' : 'video';
      delete session.telehealthUnspecified;
    }
  }
}

/** "we did safety planning for about 40 minutes": the minutes of one piece of the work, never the session's. */
const PIECE_FOR = /\b(?:did|doing|spent|worked on)\s+(?!(?:a|an|the|our|this)\s+(?:session|intake|visit|check-in|call|eval)\b)(?:[a-z-]+\s+){1,3}for\s+(?:about\s+|approximately\s+|around\s+|~\s*)?\d{2,3}\s*(?:min|mins|minutes)\b/i;

/** The session's length told on its first line: after the session's kind, at a sentence's end, as "it was 40 minutes", before
 * the kind ("15 min check-in w/ Mr. Okafor") or after it ("we did a phone consult for like twenty minutes"). ("homework of a
 * 20 min check-in 3x this week", "a 15-min check-in Sunday nights": a check-in set as homework is never the session.) */
// ("Met 35 min in office", "saw pt 40 min", "Met with Jayden 40 min", "we only had about 30 minutes": the minutes the clinician met the client.)
// ("cut evening rituals from 2 hrs to about 45 min": an amount brought down to, or from, is never the session's length.)
// ("met w/ her 10 min after" a group: minutes met after or before it are a part apart, never the session's.)
const SESSION_LENGTH_TOLD = /\b(?:it was|session was|we met for|met for|session lasted|lasted|(?:check-in|check in|session|visit|call|intake|sess)(?:\s+was)?)\s+(?:about\s+|approximately\s+|around\s+|~\s*)?(\d{2,3})\s*(?:min|mins|minutes)\b|(?<=,\s*)(\d{2,3})\s*(?:min|mins|minutes)(?=\s*(?:\.(?!\.)|;|$))|(?<=\s)(\d{2,3})\s*(?:min|mins|minutes)(?=\s+today\b)|(?<!\b(?:a|an|of|do|try|doing|trying)\s+)\b(\d{2,3})\s*-?\s*(?:min|mins|minutes)\s+(?=(?:check-in|check in|session|visit|phone call|call|consult(?:ation)?|phone consult|intake)\b(?![^.;]{0,30}\b(?:\d+x|x\s?\d|nightly|daily|each (?:night|day|week)|every (?:night|day)|(?:this|next|each|a|per) week|(?:mon|tues|wednes|thurs|fri|satur|sun)day nights?)\b))|\b(?:consult(?:ation)?|call|session|check-in|visit|met|talked|spoke)\s+for\s+(?:like\s+|about\s+|around\s+|approximately\s+|~\s*)?(\d{2,3})\s*(?:min|mins|minutes)\b|(?<!\b(?:to|from)\s)\b(?:about|approximately|around|~)\s*(\d{2,3})\s*(?:min|mins|minutes)\s*(?=\.|$)|\b(?:met|saw (?:pt|client|patient|him|her|them))\s+(?:(?:w\/|with)\s+(?:pt|client|patient|him|her|them|(?!(?:for|about|around|approximately)\b)[a-z]+)\s+)?(\d{2,3})\s*(?:min|mins|minutes)\b(?!\s+(?:after|afterwards?|before|prior|post)\b)|\b(?:we|I)\s+only\s+had\s+(?:about\s+|~\s*)?(\d{2,3})\s*(?:min|mins|minutes)\b/i;

/** A sentence that is only a length: "90 min", "2.5 hrs", "approx 60 minutes". */
/** "ind session", "Individual tx": the kind of session, alone. */
// ("... lives w/ aunt. Individual.": the kind alone, as its own sentence near the top, names the session too.)
const SERVICE_ONLY = /^\s*(?:ind|indiv|individual|couples?|family|fam|group|grp)\.?(?:\s+(?:session|sess|tx|therapy|psychotherapy))?\s*\.?\s*$/i;
const LENGTH_ONLY = new RegExp(`^\\s*(?:(?:um|uh)\\s+)?(?:~\\s*|approx\\.?\\s+|about\\s+|total\\s+)?(?:\\d{2,3}\\s*-?\\s*(?:min|mins|minutes)|(?:${SESSION_HOURS})\\s*(?:hr|hrs|hour|hours)(?:\\s+(?:incl(?:uding|\\.)?|with|w\\/)\\s+(?:a\\s+)?\\d{1,2}[- ]?min(?:ute)?s?\\s+breaks?)?)\\s*\\.?\\s*$`, 'i');
/** The clinician doubting what was just denied: "I'm not convinced", "don't fully believe the denial". */
const DENIAL_DOUBTED = /\b(?:not|n't)\s+(?:fully\s+|entirely\s+|totally\s+)?(?:convinced|reassured|buying it|sure I believe)\b|\b(?:doubt|question) (?:the|his|her|their) (?:denial|answer)\b|\bdenial (?:seemed|felt|was|sounded) (?:unconvincing|rehearsed|guarded|hollow|thin)\b/i;
/** Someone going after the one threatened: "drove by Alex's apt x2", "showed up at her work", "waited outside". */
const STALKING_ACT = /\b(?:drove|drives|driving|drive|went|goes|walked) (?:by|past) (?:[A-Z][a-z]+'s|her|his|their|the)\b|\b(?:showed|shows|turned) up (?:at|outside)\b|\b(?:parked|waited|waiting|sat|sitting) outside (?:[A-Z][a-z]+'s|her|his|their|the)\b|\b(?:followed|follows|following) (?:her|him|them|[A-Z][a-z]+) (?:home|to|from|around)\b/;
/** "90 min, first 30 w/ both, 40 pt alone, 20 dad alone": a length, then its portions. */
const LENGTH_AND_PORTIONS = /^\s*(?:~\s*|about\s+|approx\.?\s+)?\d{2,3}\s*-?\s*(?:min|mins|minutes)\s*,\s*(?:first|last)\s+\d{1,3}\b[^.;]*\b(?:alone|together|both|joint|jointly)\b[^.;]*$/i;
/** "we did video on Zoom", "we did it by phone": how the session was held, told on its own. */
const HELD_BY = /^\s*(?:we|I)\s+(?:did|held|had|met)\s+(?:it\s+|the session\s+|this\s+)?(?:by\s+|on\s+|over\s+|via\s+)?(?:video|telehealth|zoom|phone|facetime|teams)\b(?:\s+(?:on|via|over|through)\s+(?:zoom|teams|doxy(?:\.me)?|facetime|the phone))?\s*$/i;
/** A name or a count just inside a bracket's list: "2 absent (Leo - work, Shay - no call)" gives each its reason. */
const BRACKETED_REASON = /[(,]\s*(?:[A-Z][a-z]+|\d+\s+(?:absent|excused|late|present|missing))$/;
/** "after pt left:", "once he stepped out,": what follows was told with the client gone. */
const CLIENT_GONE_LEAD = new RegExp(`^${CLIENT_GONE}\\s*[,:]?\\s*`, 'i');
/** A statement the speaker took back at once: "she called the crisis line no actually". */
const TAKEN_BACK = /\b(?:no actually|no wait|scratch that|correction)\s*[,.]?$/i;

/** Names or initials joined and nothing else: "M and J", "Mark + Dana", "Jo, Sam & Lee". */
const PARTICIPANTS = /^\s*(?:[A-Z][a-z]*|[A-Z]{2})(?:\s*(?:,|and|&|\+)\s*(?:[A-Z][a-z]*|[A-Z]{2}))+\s*\.?\s*$/;

/** A subject and a reporting verb with nothing reported: "Client reports", "she said". */
const BARE_REPORT = /^(?:client|patient|she|he|they|mother|father)\s+(?:reports|reported|says|said|states|stated|notes|noted|endorses|endorsed|describes|described)$/i;

/** The clause said with its doer put before it ("I", "client", a name): "Asked Priya ..." -> "I asked Priya ...". */
const doneBy = (doer: string, text: string): string => `${doer} ${text.trim()[0]!.toLowerCase()}${text.trim().slice(1)}`;
/** "Jake 19 - ...", "Ana (16) – ...": a first name and an age, then a dash, opening the summary. */
const NAME_AGE_LEAD = /^(\s*[A-Z][a-z'-]+(?:\s+[A-Z]\.?)?,?\s+\(?\d{1,2}\s*(?:[MF]|yo|y\/o)?\)?)(\s+[-–—]\s+)(?=[A-Za-z])/;
/** "22-year-old female, ..." at the start of a clause: the client's age and sex, then the rest. */
const AGE_LEAD = /^(\d{1,2}-year-old (?:female|male|woman|man|girl|boy|nonbinary person|transgender (?:woman|man)|client|patient)(?: [a-z]+)?)\s*(?:,|\s-\s)\s*(.+)$/i;

/** "Today I completed a telehealth intake", "I met with the couple by video for our 4th session", "Met with the Nguyen family today (family session, 75 min)". */
// ("Engine 3 crew came in for a group session ...": who came in, and for what, tells it too.)
const SESSION_TOLD = /^\s*(?:(?:so|ok(?:ay)?)\s+)?(?:today\s+|this (?:morning|afternoon|evening)\s+)?(?:(?:i|we)\s+(?:completed|conducted|did|had|held|saw|met|facilitated|ran|led)|met with|saw|seen\s+(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+)?(?:with|w\/|alone|together|in (?:clinic|office|person)|in (?:the\s+)?(?:[\w-]+\s+){0,6}?(?:room|clinic|office|unit|bay|chair|suite)\b(?=[^.;]{0,12},\s*(?:about\s+|~\s*)?\d{2,3}\s*(?:min|mins|minutes)\b))|(?:[\w-]+\s+){1,4}?came in for)\b[^.]{0,160}?(?:\b(?:intake|session|assessment|evaluation|check-in|follow-up|group|visit|individually|indiv|individual)\b|\bfor (?:about |approximately |around |~)?\d{2,3}\s*(?:min|mins|minutes)\b|,\s*(?:about |approximately |around |~)?\d{2,3}\s*(?:min|mins|minutes)\s*$)/i;

const NEGATION_START = /^(no|not|never|denies|denied|without|none)\b/i;

export interface ReadOptions {
  origin?: Origin;
  /** The client's pronouns from the style or the stored profile, when known. */
  pronouns?: PronounSet;
}

/** A sentence that is about the session itself: its number or its length. */
// ("DID pt (Jess). Wkly indiv, 50 min.": the kind of session and its minutes, after a first sentence of another kind.)
// ("dementia caregiver support group, 7 members, 90 min": a group named by its kind, its members and its length.)
// ("Client: Marcus T.  DOB on file.  Date 3/11/25, 10:00-10:50, indiv, in person": the session's date under its label opens one too.)
// ("D: 3rd of 6 sessions.": the session's place in a course.)
const SESSION_SENTENCE = /^\s*(?:(?:date|dos|date of service)\s*:?\s*\d{1,2}\/\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\s+of\s+\d{1,2}\s+(?:[a-z]+\s+)?(?:sessions|sess|visits|appointments|appts)\b|(?:[\w-]+\s+){0,3}(?:group|grp)\b[^.;]{0,30}\b\d{2,3}\s*-?\s*(?:min|mins|minutes)\b|sess(?:ion)?\s*#?\s*\d{1,3}\b|\d{2,3}\s*-?\s*(?:min|mins|minutes)\b|(?:(?:wkly|weekly|biweekly|bi-weekly)\s+)?(?:ind|indiv|individual|couples|family|group|telehealth|video|in[- ]person|phone)\b[^.;]{0,20}\b\d{2,3}\s*-?\s*(?:min|mins|minutes)\b)/i;
/** "S: Phone session 45m, pt on break in truck": under the report's letter, a kind of session, or one opening with its
 * length jotted ("45m"), is the heading's. */
function labelledDetails(headerText: string, text: string): boolean {
  const said = extractSessionDetails(headerText, text);
  // ("Problem: Derek H. 29M, telehealth 40 min 3/21."): how it was held and how long, under the first label, is the heading too.
  return said.serviceType !== undefined || (said.minutes !== undefined && (SESSION_OPENER.test(headerText) || said.modality !== undefined));
}
const REPORT_VERB = /\b(presented|presents|reports?|reported|said|says|denies|denied|endorses|endorsed)\b/i;

/** The clinician conferring with a colleague, so a "we" after it may be the two of them. */
const CONFERRED = /\b(?:consult\w*|spoke (?:with|to)|met with|staffed|discussed (?:with|it with)|talked (?:with|to)|called|reviewed with|debriefed)\b/i;

/** The clause with its leading pronoun or word replaced by the one who did it ("he said ..." -> "Devon said ..."). */
const withDoer = (clause: string, doer: string): string => `${doer}${clause.slice(clause.indexOf(' '))}`;

/** "Family history: ...", "Social history: ...": a history's heading, which the sentences after it on its line go on under. */
const HISTORY_HEADING = /^((?:Family|Social|Psychiatric|Medical|Legal|Trauma|Developmental|Educational|Substance use|Psychosocial) history):\s/;

/** "told mom at end", "informed dad of the disclosure", "let parents know": telling a caregiver. */
// ("then let dad wipe her arm with swab", the child's own step: "let" tells the caregiver only with "know".)
const TOLD_CAREGIVER = new RegExp(`^(?:told|informed|updated|let|notified|spoke with|talked with|talked to|explained to)\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:${oneOf(CAREGIVERS)})\\b(?<!^let\\s+\\S+(?:\\s+\\S+)?)|^let\\s+(?:the\\s+|her\\s+|his\\s+|their\\s+)?(?:${oneOf(CAREGIVERS)})\\s+know\\b`, 'i');

/** "Simple. 15 yo Marcus ...", "GIRP couples: Pvt Jordan ...": the note format named at the head of the summary is an instruction, never part of it (blanked, offsets kept). */
// ("BIRP-ish. Session w/ Zoe ...": the format named loosely is still only its name.)
const FORMAT_NAME_LEAD = /^[ \t]*(?:SOAP|DAP|BIRP|GIRP|PIRP|SIRP|PIE|DAR|Simple|SIMPLE)(?:-?ish\b|\s+style\b)?(?:\s+[Nn]ote)?(?:[ \t]*[.:\-–—/|]+[ \t]*|[ \t]+(?=(?:tele\w*|video|phone|in[- ]person|individual|indiv|group|grp|family|fam|couples?|crisis|intake|session|sess)\b|\d{1,2}\/\d{1,2}\b))(?=\S)/;

/** ("... ED RN, referred by nurse manager. Session 3/19, 60 min, in person."): the session's day, length and setting, said as a sentence. */
const SESSION_DAY_LENGTH = /^\s*(?:session|sess|seen|visit)\s+(?:on\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*,?\s*\d{2,3}\s*-?\s*(?:min|mins|minutes)(?:\s*,?\s*(?:in[- ]person|telehealth|video|phone|by phone|in office|office))?\s*\.?\s*$/i;
/** A statement of only when the clinician arrived and left ("Arrived 11:50, left 2:05pm"). */
const ARRIVED_LEFT_ONLY = new RegExp(String.raw`^\s*${ARRIVED_THEN_LEFT}\s*\.?\s*$`, 'i');
/** A statement of only how long the session ran ("group ran 90 minutes"). */
const RAN_FOR_ONLY = /^\s*(?:the\s+)?(?:session|group|call|visit|meeting)\s+(?:ran|lasted|went)\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+)?(\d{2,3})\s*(?:min|mins|minutes)\s*\.?\s*$/i;

/** "Near end", "Later in session,": a time phrase before the one named who speaks. */
const TIME_LEAD_BEFORE_NAME = /^\s*(?:(?:near|toward|towards|at|by)\s+(?:the\s+)?(?:very\s+)?end(?:\s+of\s+(?:the\s+)?(?:session|sess|group|visit|meeting|mtg))?|later(?:\s+in\s+(?:the\s+)?(?:session|sess|group|visit|meeting|mtg))?|at one point|afterwards?)\s*,?\s+(?=[A-Z][a-z]+\s+(?:shared|said|says|reported|reports|disclosed|stated|states|told|added|admitted|mentioned)\b)/i;

/** "tearful but supportive", "quiet, then angry": how someone was, jotted without who. */
const HOW_THEY_WERE = /^(?:tearful|teary|upset|angry|quiet|calm|supportive|receptive|defensive|anxious|worried|relieved|frustrated|irritable|engaged|withdrawn|guarded|emotional|overwhelmed|surprised|shocked|distressed|receptive)\b/i;

/**
 * ("no self harm no statements about wanting to die per parents and I asked her directly she said no"): the answer to a question
 * asked directly, right after what was just told of suicide or self-harm, is the client's own denial of it.
 */
function answeredDirectly(clauses: readonly string[]): string[] {
  return clauses.map((c, i) => {
    // ("Neither of them expressed any thoughts of self harm, I didn't ask directly": what no one raised, unasked, is no denial.)
    if (/\b(?:neither|nobody|no one)\b[^.;]{0,30}\b(?:expressed|voiced|raised|mentioned|brought up)\b/i.test(c) && (/\b(?:I|we)\s+(?:didn't|did not|never)\s+(?:ask|assess|screen)\b/i.test(c) || /^\s*(?:(?:but|and)\s+)?(?:I|we)\s+(?:didn't|did not|never)\s+(?:ask|assess|screen)\b/i.test(clauses[i + 1] ?? ''))) return '';
    const asked = /^\s*(?:and\s+)?(?:I|we)\s+asked\s+(?:her|him|them)\s+directly\s*(?:and\s+)?(?:(she|he|they)\s+said\s+no)?\s*$/i.exec(i >= 1 ? clauses[i - 1]! : '');
    const own = /^\s*(?:and\s+)?(?:I|we)\s+asked\s+(?:her|him|them)\s+directly\s*(?:and\s+)?((?:she|he|they)\s+said\s+no)\s*$/i.exec(c);
    const answer = own ? null : asked && !asked[1] ? /^\s*(?:and\s+)?(?:she|he|they)\s+said\s+no\b/i.exec(c) : null;
    const topic = own ? clauses[i - 1] : answer ? clauses[i - 2] : undefined;
    if (!topic) return c;
    const denied = [/\bsuicid|\bwant(?:ing|s)? to die\b|\bkill(?:ing)? (?:her|him|them)sel/i.test(topic) ? 'suicidal ideation' : '', /\bself[- ]?harm|\bcutting\b|\bhurting (?:her|him|them)sel/i.test(topic) ? 'self-harm' : ''].filter(Boolean);
    if (!denied.length) return c;
    // (Only the answer is read: what dictation ran on into after it, "she said no we did psychoeducation with parents", is no risk.)
    return own ? c.replace(own[1]!, `${own[1]!.split(/\s+/)[0]} denied ${denied.join(' and ')}`) : `${answer![0].replace(/said\s+no$/i, '')}denied ${denied.join(' and ')}`;
  });
}


/**
 * Reads a clinician's post-session summary into a SessionRecord: the session details, each clause
 * as a fact with its kind, subject and source span, the measures and the risk status. Writes
 * nothing; `composeNote` renders the record as a note.
 * @example
 * const record = readSummary('50 min indiv. pt reports better sleep. denies SI/HI.');
 * record.risk.si // 'denied'
 * record.session.minutes // 50
 */
export function readSummary(summary: string, { origin = 'summary', pronouns }: ReadOptions = {}): SessionRecord {
  // ("Jake 19 - SH urges high this wk": the name and age that open the summary are its heading, set apart as a sentence of
  // their own, the same length so that sources keep their places.)
  const cleaned = cleanDictation(normalizeText(summary)).replace(FORMAT_NAME_LEAD, (m) => ' '.repeat(m.length)).replace(NAME_AGE_LEAD, (_m, lead: string, dash: string) => `${lead}.${' '.repeat(dash.length - 1)}`);
  const names = findNames(cleaned);
  const text = looksDictated(cleaned) ? capitalizeNames(cleaned, names) : cleaned;
  // ("Parent-only session with Ms. Reyes (mom of Jayden, 8). Jayden not present.": with the client absent, the "she" of the
  // summary is the parent met, never the client; what she says of herself, her own risk included, is hers.)
  const headLine = text.split('\n')[0] ?? '';
  // (The parent named first in the heading is the one met: "call from pt's dad ... denied intent to harm mom".)
  // ("Collateral call w/ pt's wife (M.)": a spouse met without the client is the "she" too.)
  // (A caregiver named first is the one seen: "Caregiver Linda (62), wife of pt Frank" is no session without its client.)
  // ("Caller: Frank, husband of pt Elena who died 3/6 on our service": once the patient has died, the bereaved one met is the client.)
  const patientDied = /\b(?:pt|patient|client)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*,?\s*(?:who\s+)?(?:died|passed away|passed|is deceased)\b/.test(summary);
  const clientNames = new Set([...text.matchAll(CLIENT_NAMED)].map((m) => m[1]!));
  const clientReached = [...text.matchAll(CLIENT_REACHED)].some((m) => /^(?:client|pt|patient)$/.test(m[1]!) || clientNames.has(m[1]!));
  // ("the patient's husband, Raymond Kessler (76), told her ... Met with Raymond at the kitchen table"): the one met is the
  // patient's relative, named as such, so the visit was held with the relative.
  const metName = /\b[Mm]et\s+(?:with|w\/)\s+([A-Z][a-z]+)\b/.exec(text)?.[1];
  const metRelation = metName ? new RegExp(`\\b(?:pt's|patient's|client's)\\s+(husband|wife|son|daughter|mother|father|mom|dad|brother|sister)\\s*,?\\s*${metName}\\b`).exec(text)?.[1] : undefined;
  const metRelative = !!metRelation;
  const heldWithoutClient = (CLIENT_ABSENT.test(text) || metRelative) && !CAREGIVER_SEEN.test(text) && !CAREGIVER_SEEN.test(summary) && !patientDied && !clientReached;
  const parentWord = heldWithoutClient ? (PERSON_MET_WORD.exec(headLine.slice(0, 100))?.[1] ?? metRelation) : undefined;
  const attendingParent = parentWord ? PERSON_MET[parentWord]!.pronoun : undefined;
  const pronounFound = findClientPronoun(text, pronouns);
  const clientPronoun = attendingParent && !pronouns && pronounFound === attendingParent ? undefined : pronounFound;
  // ("w/ client's immigration atty (Ms. Ortiz)": a professional met is named by their role, never as a parent.)
  const professionalMet = parentWord ? PROFESSIONAL_MET.exec(headLine.slice(0, 100))?.[1]?.toLowerCase().replace(/^atty$/, 'attorney') : undefined;
  const parentMet = attendingParent && !clientPronoun ? professionalMet ?? PERSON_MET[parentWord!]!.role : undefined;
  // "my client Carol H.", "IP: Jaylen": with the client named, the other names are other people.
  // "the referral was for Chidi's school refusal": in a family session, the one referred is the client.
  // ("telehealth with Mia 16 and her mom", "Jaylen (6) w/ FM": the one named with an age in the heading is the client.)
  // ("um so this is for Ray Pollard ...": the dictated opening names the client, though cleaning drops its words.)
  // ("Family session w/ Ava (11, pt), mom, and older sister Chloe": the one marked as the patient in brackets.)
  // ("wife/caregiver of pt Frank M. ... Gloria is my pt for caregiver support": the one said to be the clinician's own client
  // is the client, before any other named "pt".)
  // ("Caller: Greg H., 51" on a crisis line: the one who called is the client, unless the line names them as a patient's relative,
  // "Caller: Maria, daughter of pt Jose", whose patient is alive.)
  const callerLine = /(?:^|[.;\n]\s*)[Cc]aller\s*:\s*([A-Z][a-z]+)([^\n.;]{0,80})/.exec(summary);
  const callerName = callerLine && (!/\b(?:of|for)\s+(?:pt|patient|client)\b/.test(callerLine[2]!) || patientDied) ? callerLine[1] : undefined;
  const clientName = /\b([A-Z][a-z]+)\s+is\s+(?:my|our|this writer's|the therapist's)\s+(?:pt|client|patient)\b/.exec(text)?.[1] ?? callerName ?? /\b(?:my client|the client|[Cc]lient|[Pp]t|identified patient|IP|EE|[Ee]mployee|ID)\s*:?\s+(?!(?:The|This|That|She|He|They|Was|Is|Has|Had|Reports?|Reported|Says|Said|States|Stated|Denies|Denied|Presented|Presents|Attended|Arrived|Mr|Mrs|Ms|Mx|Dr)\b)([A-Z][a-z]+)\b/.exec(text)?.[1] ?? /\b(?:[Pp]atient|[Cc]lient|[Pp]t)\s+is\s+([A-Z][a-z]+)(?=,|\s+\(?\d|\s+(?:he|she|they|who|with|age|aged|a|an)\b)/.exec(text)?.[1] ?? /\b(?:referral (?:was |is )?for|referred for|here for|seen for)\s+([A-Z][a-z]+)'s\b/.exec(text)?.[1] ?? /\b([A-Z][a-z]+)(?:\s+[A-Z]\.?)?\s*\((?:[^()]{0,20}?,\s*)?(?:my\s+|our\s+)?(?:pt|client|patient|IP|identified patient)(?:\s+of\s+(?:mine|ours))?\s*[,;)]/.exec(text)?.[1] ?? NAMED_WITH_AGE.exec(text.split('\n')[0] ?? '')?.[1] ?? NAMED_WITH_PRONOUNS.exec(text)?.[1] ?? collateralFor(text.split('\n')[0] ?? '') ?? /^\s*(?:(?:[Uu]m|[Uu]h|[Ss]o|[Oo]k|[Oo]kay)[\s,]+)*[Tt]his (?:is|was|note is) (?:for|on|regarding)\s+([A-Z][a-z]+)\b/.exec(summary)?.[1] ?? /^\s*(?:[Ww]ent|[Aa]ccompanied|[Dd]rove|[Tt]ransported|[Mm]et)\s+(?:w\/\s*|with\s+)?([A-Z][a-z]+)\s+[A-Z][a-z]+\b/.exec(summary)?.[1] ?? CALLER_ON_MY_LINE.exec(text)?.[1] ?? /\b(?:[Pp]t|[Cc]lient|[Pp]atient)\s*\(\s*([A-Z][a-z]+)\b/.exec(text.split('\n')[0] ?? '')?.[1] ?? /^\s*I\s+(?:saw|met with|spoke with|talked with)\s+([A-Z][a-z]+)\s+(?:for\s+(?:his|her|their|our|a|an|the)\b|today\b|(?:from|at|in|over|via|by|on)\s+(?:his|her|their|the|a|video|phone|zoom|telehealth)\b|this\s+(?:morning|afternoon|evening)\b)/m.exec(summary)?.[1] ?? INDIVIDUAL_WITH.exec(text.split('\n')[0] ?? '')?.[1] ?? /\b[Nn]ote (?:is )?for(?: member| client| pt)?\s*:?\s+([A-Z][a-z]+)\b/.exec(text)?.[1] ?? personWithStateJotted(text, names);
  // "Lily (7) w/ mom", "Jaylen, 6yo": a young child is the client, and what is told to the parent is the clinician's telling.
  const childAge = Number(/^[^\n]{0,80}?\b[A-Z][a-z]+,?\s+\(?(?:age\s+)?(\d{1,2})\)?(?=[\s,;)])(?!\s*(?:min|mins|minutes|hrs?|hours?|am|pm)\b)|^[^\n]{0,80}?\b(\d{1,2})\s*(?:yo|y\/o|y\.o\.|year[- ]old|yr[- ]old)\b/.exec(text)?.slice(1).find(Boolean) ?? 99);
  const youngChild = childAge <= 12;
  const clauses = splitClauses(text);
  // ("mbr PH left early ... PH crying", "DW + wife CW": capitals named as a person are that person's initials everywhere.)
  const personInitials = new Set(allMatches(PERSON_INITIALS, text).map((m) => m[1] ?? m[2]!));
  const context: ShorthandContext = { topic: text, unresolved: new Set(), ...(personInitials.size ? { personInitials } : {}) };
  // The client's name as a word, made once per summary, not per clause.
  // (The caller on the clinician's line, named only as the one who called, is the client each time the name opens a statement.)
  // ("Caller: Greg H., 51": the one the line names as the caller.)
  const clientIsCaller = !!clientName && (CALLER_ON_MY_LINE.exec(text)?.[1] === clientName || callerName === clientName);
  const clientNameWord = clientName ? new RegExp(`\\b${clientName}\\b`) : undefined;
  // ("... so he slept in his car": the client's own pronoun after "so", made once per summary.)
  const soThenClient = clientPronoun ? new RegExp(`^\\s*(?:and\\s+)?so\\s+${clientPronoun}\\b`, 'i') : undefined;
  const clientPronounLead = clientPronoun ? new RegExp(`^\\s*${clientPronoun}\\b`, 'i') : undefined;
  const wentWithClient = clientName ? new RegExp(`^(?:went|drove|walked|traveled|travelled|rode)\\s+(?:with|w\\/)\\s+${clientName}\\b`, 'i') : undefined;
  // ("Client: Tyler R. ... T quiet at start": the client's initial is the client's, even when the name is only in the label.)
  const initials = initialsOfNames(clientName ? new Set([...names, clientName]) : names);
  // ("Couples session w/ T & L", "per T": letters the summary uses for people are never the therapist's "T".)
  const letterPeople = new Set([...text.matchAll(/\b([A-Z])\s*(?:&|and)\s*([A-Z])\b(?![&.'])|\b(?:per|w\/|with)\s+([A-Z])\b(?![.&'])/g)].flatMap((m) => [m[1], m[2], m[3]].filter((x): x is string => !!x)));
  const rewrite = (t: string): string => rewriteClause(spellInitials(t, initials, letterPeople), context);
  // The heading ends where a person's report begins ("session 45m indiv, pt reports better sleep").
  const firstSentence = clauses.filter((c) => c.line === 0 && c.sentence === 0 && !TAKEN_BACK.test(c.text));
  // ("Couples sess 50 min; worked on repair; HW: ...; next session 1 wk": the work done, the homework, the goal and
  // the next session end it too.)
  const reportAt = firstSentence.findIndex((c, i) => i > 0 && (REPORT_START.test(c.text) || HEADING_ENDS.test(c.text)));
  const header = reportAt > 0 ? firstSentence.slice(0, reportAt) : firstSentence;
  // "Telehealth (video) w/ Lena, panic d/o, 2 panic attacks this wk, practiced breathing, she's doing well": a
  // heading jotted at the start of a sentence that goes on to report; its report fragments become facts below.
  // ("Telehealth CBT-E w Sam 31, ARFID — urges to cut ..., denies SI": a dash ends the heading's words too, and jots may follow it.)
  // ("Ind 30 min w/ Keisha W. - stable on bup 24mg, UDS neg, ...": a spaced hyphen after the heading ends it as well.)
  const opening = header.length >= 1 && !header[0]!.labelKind ? header[0]!.text.split(/,\s*|\s*[—–]\s*|\s+-\s+/) : [];
  // ("indiv w/ Tomas, came in escalated after phone call w/ ex-bf": how the client arrived ends a heading of two fragments.)
  const headingThenReports = (opening.length >= 3 || (opening.length === 2 && ARRIVED_AS.test(opening[1]!))) && SESSION_OPENER.test(opening[0]!) && isHeaderLike(opening[0]!) && opening.slice(1).some((f) => REPORT_FRAGMENT.test(f) || ARRIVED_AS.test(f) || mentionsRisk(f));
  // "D: Relapse prevention grp, IOP, 7 members present": under the report's letter, a first sentence that only says what the session was.
  const headerText = header.map((c) => c.text).join('; ');
  // ("Situation: Engine 3 crew came in for a group session (60 min) after they worked a drowning": who came in, and why, is a report.)
  const labelledHeading = header.length > 0 && header.every((c) => c.labelKind === 'report') && isHeaderLike(headerText) && !REPORT_VERB.test(headerText) && !/\b(?:came|come|comes|arrived|showed up)\b/i.test(headerText) && (SESSION_SENTENCE.test(headerText) || labelledDetails(headerText, text));
  const wholeHeader = (header.length > 0 && isHeaderLike(header.map((c) => c.text).join('; ')) && !header.some((c) => c.labelKind)) || headingThenReports || labelledHeading;
  // "Telehealth (video) w/ Ruth P., 82, GAD; anxiety up re ...; denies SI": the sentence's first clause is the heading, the rest reports.
  const firstClauseHeader = !wholeHeader && header.length > 1 && !header[0]!.labelKind && SESSION_OPENER.test(header[0]!.text) && isHeaderLike(header[0]!.text);
  const isHeader = wholeHeader || firstClauseHeader;
  // A heading may run on for a sentence or two ("45 min indiv telehealth. Pt 41F, sess 9, MDD.").
  const headerClauses = wholeHeader ? [...header] : firstClauseHeader ? [header[0]!] : [];
  // The heading's next sentence, or the next line when the heading is a line of its own ("Priya, 38", "29M, self-referred").
  const following = [1, 2].map((n) => clauses.filter((c) => c.line === 0 && c.sentence === n));
  if (!following[0]!.length) following.splice(0, 2, clauses.filter((c) => c.line === 1 && c.sentence === 0));
  for (const next of isHeader ? following : []) {
    // ("Indiv, 50 min, via interpreter. Pt Don Aurelio Chávez, 58.": the client named, with an honorific, accents and an age.)
    if (next.length && !next.some((c) => c.labelKind) && NAMED_CLIENT_LINE.test(next.map((c) => c.text).join(', '))) {
      headerClauses.push(...next);
      continue;
    }
    // "Couples session. M and J.": who was in the room, named and nothing else, is the heading's.
    if (next.length && !next.some((c) => c.labelKind) && PARTICIPANTS.test(next.map((c) => c.text).join(', '))) {
      headerClauses.push(...next);
      continue;
    }
    // ('34M BIB EMS 0130 after GF called 911, found him in car ..., "talking about ending it."': who the client is, then the story
    // of how he came, is the story; a heading is a few words with no one quoted.)
    // ('"Jess,"': a name in quotation marks is no one quoted.)
    // ("Their 16yo son Ethan cut ...": a sentence opened by whose someone is tells of them, never the heading.)
    if (next.length && (/^\s*(?:Their|His|Her|My|Our)\s/.test(next[0]!.text) || /"[^"]*\s[^"]*"/.test(next.map((c) => c.text).join(' ')) || next.map((c) => c.text).join(' ').split(/\s+/).length > 16)) break;
    if (!next.length || next.some((c) => c.labelKind) || !isHeaderLike(next.map((c) => c.text).join('; ')) || /\b(presented|presents|reports?|reported|said|says|appeared|appears|was|is|denies|denied|endorses|came|arrived)\b/i.test(next.map((c) => c.text).join(' ')) || !/\b(\d{1,2}\s?[MF]\b|\d{1,2}\s*(?:yo|y\/o|year)|(?<!\b(?:next|last|previous|f\/u|follow-up)\s)sess(?:ion)?\s*#?\d+(?!\s*(?:wks?|weeks?|days?|mos?|months?))|#\d|\d{1,2}(?:st|nd|rd|th)\s+(?:sess|session|visit|meeting))|^\s*(?:(?:Mr|Ms|Mrs)\.?\s+|(?:FF|EMT|RN|LPN|Sgt|Det|Ofc|Officer|Capt|Lt|Paramedic|Firefighter|Deputy|Trooper|Dispatcher|Medic)\.?(?:\/[A-Za-z]+)?\s+)?(?:[A-Z][a-z]+(?:\s+(?:[A-Z]\.?|[A-Z][a-z'-]+))?|[A-Z]\.\s?(?:[A-Z]\.)+),?\s+(?:age\s+)?\(?\d{1,2}\)?(?:\s*[,;+]|\s+(?:and|&|w\/|with)\s|\s+(?=[a-z]+(?:\s+[a-z]+)?\s*$)|$)|^\s*\d{2,3}\s*-?\s*(?:min|mins|minutes)\b|^\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*,?\s*(?:\d{2,3}\s*-?\s*(?:min|mins|minutes)\b|$)|^\s*(?:(?:wkly|weekly|biweekly|bi-weekly|monthly)\s+)?(?:indiv|individual|group|family|couples|play therapy|play tx|crisis|intake|walk-in|session|sess|telehealth|video|phone|in[- ]person)\b[^.;]{0,24}\b\d{2,3}\s*-?\s*(?:min|mins|minutes)\b|^\s*(?:telehealth|tele|video|telephone|phone|zoom|in[- ]person)(?:\s*\([^()]{1,50}\))?\s*$|^\s*(?:(?:conjoint|joint|individual|indiv|couples|family|telehealth|video|telephone|phone|in[- ]person|office)\s*,?\s*){2,4}$/i.test(next.map((c) => c.text).join(' '))) break;
    headerClauses.push(...next);
  }
  // "Client: Leo, 8. Parent: father. Session 5, play therapy, 45 min.": a heading sentence after labelled identity lines.
  if (!isHeader) {
    for (const n of [1, 2, 3]) {
      const sentence = clauses.filter((c) => c.line === 0 && c.sentence === n);
      const joined = sentence.map((c) => c.text).join('; ');
      if (sentence.length && !sentence.some((c) => c.labelKind) && SESSION_SENTENCE.test(joined) && isHeaderLike(joined) && !REPORT_VERB.test(joined)) {
        headerClauses.push(...sentence);
        break;
      }
    }
  }
  // ("Pre-txp eval (intake) - Lorraine ... Referred by txp coordinator. 60 min in person.": a later sentence of the heading's line
  // that is only the session's length and how it was held is the heading's too.)
  for (const n of [1, 2, 3, 4]) {
    const sentence = clauses.filter((c) => c.line === 0 && c.sentence === n);
    // ("Cell side, Admin Seg unit, cell 4. Tomas Reyes. Seg rounds 5/6 ~1330.": a name alone, and the contact's kind and when, too.)
    if (sentence.length && headerClauses.length && !sentence.some((c) => c.labelKind || headerClauses.includes(c)) && sentence.every((c) => (isSessionFragment(c.text) && /\d/.test(c.text)) || /^\s*(?:(?:Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][a-z'-]+\s+[A-Z][a-z'-]+\s*$/.test(c.text) || (FACILITY_CONTACT.test(c.text) && isHeaderLike(c.text) && !REPORT_VERB.test(c.text)))) headerClauses.push(...sentence);
  }
  // ("Goal: reduce alcohol use (tx plan goal 2)\nSession w/ Rick Tanaka, retired FF ...": under a first line that is only a
  // label, the second line's first sentence may be the heading.)
  if (!isHeader && !headerClauses.length && clauses.some((c) => c.line === 0) && clauses.filter((c) => c.line === 0).every((c) => c.labelKind)) {
    const second = clauses.filter((c) => c.line === 1 && c.sentence === 0);
    const joined = second.map((c) => c.text).join('; ');
    if (second.length && !second.some((c) => c.labelKind) && SESSION_OPENER.test(joined) && isHeaderLike(joined) && !REPORT_VERB.test(joined)) headerClauses.push(...second);
  }
  // "Service: individual, in person, 53 min" on a line of its own: the session's details under their own label.
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    // ("Date: 3/12/24  Time: 3:30-4:20 telehealth from home": the date and hours under their labels too.)
    // ("Date 3/12/25, 10:00-11:30": a date's label may go without its colon.)
    const labelled = /^\s*(?:service|svc|session type|session|setting|modality|format|type|duration|length|group|date|dos|date of service|time)\s*:\s*(.+)$/i.exec(line) ?? /^\s*(?:date|dos|date of service)\s+(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b.*)$/i.exec(line);
    // ("Client: Priya M" on a line of its own, after the heading: whom the note is for.)
    const whom = i > 0 && headerClauses.length > 0 && /^\s*(?:[Cc]lient|[Pp]t|PT|[Pp]atient|[Mm]ember)\s*:\s*[A-Z][a-z'-]+(?:\s+[A-Z]\.?)?(?:,?\s*\d{1,2})?\s*$/.test(line);
    // ("Participants: Brianna T. (17), foster mother Lorraine Hughes": who was in the room, listed, is the heading's too.)
    const present = /^\s*(?:participants?|present|in attendance|attendees)\s*:\s*(.+)$/i.exec(line)?.[1];
    const listed = !!present && !REPORT_VERB.test(present) && !/\b(?:was|were|is|are|had|has|did|said|says)\b/i.test(present) && present.length <= 160;
    if (!whom && !listed && (!labelled || !isHeaderLike(labelled[1]!) || REPORT_VERB.test(labelled[1]!))) continue;
    headerClauses.push(...clauses.filter((c) => c.line === i && !headerClauses.includes(c)));
  }
  // Clauses by line, and each sentence's clauses joined, counted once (read per clause, a summary of thousands of one-word
  // sentences on one line made these loops quadratic: issue 7's adversarial inputs).
  const clausesOnLine = new Map<number, number>();
  const sentenceText = new Map<string, string[]>();
  for (const c of clauses) {
    clausesOnLine.set(c.line, (clausesOnLine.get(c.line) ?? 0) + 1);
    const key = `${c.line}:${c.sentence}`;
    const told = sentenceText.get(key);
    if (told) told.push(c.text);
    else sentenceText.set(key, [c.text]);
  }
  // ("... In person w/ Lingala interpreter. 2.5 hrs.": a sentence that is only the session's length, near the top, is the heading's.)
  // ("pt 41M, 6 wks post release. ind session.": a sentence that is only the kind of session is the heading's too.)
  // ("GIRP. Ind. 53 min. 3/14.": and one that is only the date.)
  // ("... 45 min. Session 6.": and one that is only the session's number.)
  // ("... Progress: partial.\n50 min.": a line that is only the length, wherever it is, is the heading's too.)
  for (const c of clauses) if ((c.line <= 1 ? !c.labelKind : LENGTH_ONLY.test(c.text) && clausesOnLine.get(c.line) === 1 && !/:/.test(text.split('\n')[c.line] ?? '')) && !headerClauses.includes(c) && (LENGTH_ONLY.test(c.text) || SERVICE_ONLY.test(c.text) || /^\s*(?:session|sess|visit)\s*#?\s*\d{1,3}(?:\s+of\s+\d{1,3})?\s*\.?\s*$/i.test(c.text) || /^\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*(?:,?\s*\d{2,3}\s*-?\s*(?:min|mins|minutes))?\s*$/.test(c.text) || SESSION_DAY_LENGTH.test(c.text)) && clauses.filter((o) => o.line === c.line && o.sentence === c.sentence).length === 1) headerClauses.push(c);
  // ("90 min, first 30 w/ both, 40 pt alone, 20 dad alone": the session's length and how it was spent, a sentence of the heading's.)
  for (const c of clauses) if (c.line <= 1 && !c.labelKind && !headerClauses.includes(c) && LENGTH_AND_PORTIONS.test(sentenceText.get(`${c.line}:${c.sentence}`)!.join(', '))) headerClauses.push(c);
  // ("um we did video on Zoom", dictated: how the session was held is the heading's, never the work done.)
  if (headerClauses.length) for (const c of clauses) if (c.line <= 1 && !c.labelKind && !headerClauses.includes(c) && HELD_BY.test(c.text)) headerClauses.push(c);
  // ("Group - Relapse Prevention, 7 members. Note for Keisha M.": whom a group note is for is part of its heading.)
  if (headerClauses.length) headerClauses.push(...clauses.filter((c) => !headerClauses.includes(c) && c.line <= 1 && NOTE_FOR_MEMBER_LINE.test(c.text)));
  const session = extractSessionDetails(headerClauses.map((c) => c.text).join(', '), text);
  // "D: Family session w/ mother (Lisa), daughter ...": a labelled first line still says what kind of session it was.
  if (!session.serviceType) {
    const kind = /^\s*(?:[A-Za-z]\s*:\s*)?(family|couples|group)\s+(?:session|sess|therapy|psychotherapy)\b/i.exec(text.split('\n')[0] ?? '')?.[1]?.toLowerCase();
    if (kind === 'family' || kind === 'couples' || kind === 'group') session.serviceType = kind;
  }
  // ("Group: critical incident stress debrief, warehouse staff, 7 attendees, 90 min, on-site, 2 days after ... was injured":
  // a first line labelled with the kind of session gives that kind, and the details its leading fragments hold.)
  const kindLabel = session.serviceType ? null : /^\s*(group|family|couples)\s*:\s*(\S.*)$/i.exec(text.split('\n')[0] ?? '');
  if (kindLabel) {
    session.serviceType = kindLabel[1]!.toLowerCase() as 'group' | 'family' | 'couples';
    const fragments = kindLabel[2]!.split(/,\s*/);
    const told = fragments.findIndex((f) => REPORT_VERB.test(f) || /\b(?:was|were|is|are|had|has)\b/.test(f));
    const lead = fragments.slice(0, told < 0 ? fragments.length : told).join(', ');
    const said = lead ? extractSessionDetails(lead, text) : undefined;
    for (const key of ['modality', 'minutes', 'sessionNumber'] as const) if (said && session[key] === undefined && said[key] !== undefined) Object.assign(session, { [key]: said[key] });
  }
  if (headerClauses.length) session.source = headerClauses.map((c) => ({ origin: srcOrigin(origin), start: c.start, end: c.end }));
  // "Today I completed a telehealth intake by video with ...": a first sentence in the first person
  // that tells what the session was gives its kind and modality too; the sentence stays in the note.
  // (Only the clauses up to the telling: in dictation without full stops, the first sentence is the whole summary.)
  // ("SIRP\nSituation: Engine 3 crew came in for a group debrief-style session (voluntary, 60 min) after ...": under a line
  // that is only the format's name, the first line of the summary proper tells it.)
  const tellingLine = clauses.find((c) => !headerClauses.includes(c))?.line ?? 0;
  // ("Goal: ...\nIntervention: I met w/ pt (Ann, 49) via telehealth for 45 min.": under labelled lines, the first sentence of the next two lines may tell it.)
  const told = [...[0, 1, 2].map((n) => [tellingLine, n]), [tellingLine + 1, 0], [tellingLine + 2, 0]].map(([line, n]) => clauses.filter((c) => c.line === line && c.sentence === n && !headerClauses.includes(c))).map((cs) => cs.slice(0, cs.findIndex((_c, i) => SESSION_TOLD.test(cs.slice(0, i + 1).map((c) => c.text).join(', '))) + 1)).find((cs) => cs.length);
  if (told) {
    const toldText = told.map((c) => c.text).join(', ');
    const said = extractSessionDetails(toldText, text);
    // ("I met w/ pt ... via telehealth for 45 min": the minutes the clinician met for are the session's.)
    // (Never the minutes with one person alone: "saw Cody alone for 15 min" is part of a family session.)
    const metFor = said.minutes === undefined && !/\b(?:alone|individually|privately|separately|1:1|one[- ]on[- ]one)\b/i.test(toldText) ? /\b(?:for|,)\s*(?:about |approximately |around |~\s*)?(\d{2,3})\s*(?:min|mins|minutes)\b(?![^.;]*\b(?:min|mins|minutes)\b)/i.exec(toldText) : null;
    // ("we did safety planning for about 40 minutes": the minutes of one piece of the work, never the session's.)
    const pieceFor = PIECE_FOR.test(toldText);
    if (metFor && !pieceFor && Number(metFor[1]) >= 10 && Number(metFor[1]) <= 240) said.minutes = Number(metFor[1]);
    if (pieceFor) delete said.minutes;
    // ("Agreed to clear stove top only today, we did ~15 min together": minutes spent on one task together are part of the session.)
    if (/\b\d{1,3}\s*(?:min|mins|minutes)\s+(?:together|of\s+(?:it|that|this|the|sorting|exposure|practice))\b/i.test(toldText)) delete said.minutes;
    for (const key of ['modality', 'serviceType', 'minutes', 'sessionNumber', 'sessionOf', 'clientLocation'] as const) if (session[key] === undefined && said[key] !== undefined) Object.assign(session, { [key]: said[key] });
  }

  // ("Intake today with James Okafor, 52, ... who moved in with him 8 months ago": a summary that opens with the kind of
  // session names it, though the rest of its sentence is the story. A family "meeting" is not taken so: at an ICU
  // bedside the patient is the client and the family are others.)
  const first = clauses.find((c) => c.line === 0 && c.sentence === 0);
  const openingKind = !session.serviceType && first && (!first.labelKind || first.labelKind === 'report') ? /^\s*(?:(?:so|ok(?:ay)?)\s+)?((?:[\w-]+\s+){0,2}?(?:intake|session|visit|evaluation|eval|consult(?:ation)?|walk-in))(?![\w-])(?=\s+(?:today|this|with|w\/|for|-|:)|\s*[-:,(]|\s*$)/i.exec(first.text) : null;
  if (openingKind) {
    const said = extractSessionDetails(openingKind[1]!, text);
    if (said.serviceType) session.serviceType = said.serviceType;
  }
  // ("Scheduled couples sess ... Tom no-showed. Met w/ Renee individually."): a joint session one partner missed, held with the
  // other alone, is an individual session.
  if ((session.serviceType === 'couples' || session.serviceType === 'family') && /\b(?:no[- ]?show(?:ed)?|did not (?:show|attend|come)|didn't (?:show|attend|come))\b/i.test(text) && /\b[Mm]et\s+(?:w\/\s*|with\s+)[A-Z][a-z]+\s+(?:individually|alone|one[- ]on[- ]one|1:1)\b/.test(text)) session.serviceType = 'individual';
  // ("Ruth (wife of Stan, AD mild) - 45 min, pt doing better, ...": the minutes set apart near the start are the session's.)
  const openingMinutes = session.minutes === undefined && first && !first.labelKind ? /^[^.;]{0,80}?(?:^|[-,(]\s*)(\d{2,3})\s*(?:min|mins|minutes)\b(?=\s*[,;)-])/i.exec(first.text.replace(WATCH_INTERVAL, ' ')) : null;
  if (openingMinutes && Number(openingMinutes[1]) >= 10 && Number(openingMinutes[1]) <= 240) session.minutes = Number(openingMinutes[1]);
  readFirstLine(session, clauses.filter((c) => c.line === (first?.line ?? 0)), text);

  const facts: Fact[] = [];
  const expandedAll: string[] = [];
  // "Couples, 2nd session, worked on speaker-listener, Nora cried when ...": in a heading that goes on
  // into the session, what follows the work is its response.
  let headingWorkDone = false;
  // Once the report has begun, the heading does not resume: "..., used time-blocking, set boundary w/ mgr" are both facts
  // (in the heading's next clause too: "telehealth GAD, working on worry time. pt did worry time 4/7 days").
  let reporting = false;
  for (const c of headerClauses) {
    const source = (): Fact['source'] => [{ origin: srcOrigin(origin), start: c.start, end: c.end }];
    // Fragments of the heading; "Ms. Grant", "V. Thomas" and "Dr. Liu" stay whole, and an age stays with its name.
    // "he's 58" in a heading is the client's age: "58-year-old male".
    // ('Pt 19yo M, "Marcus," referred by ...': the comma of a name in quotation marks ends its fragment, outside them.)
    const fragments = joinNameAndAge(splitOutsideBrackets(c.text.replace(/"([^"]{1,30}),"(?=\s)/g, '"$1",'), HEADING_BREAK))
      .map((f) => stripSessionWords(rewrite(f.trim())).replace(/^(she|he) is (\d{1,2})$/i, (_m, who: string, age: string) => `${age}-year-old ${who.toLowerCase() === 'she' ? 'female' : 'male'}`))
      // "Marcus session on 11/30 ...": a name left alone in the heading is whom the session was with.
      // ("..., so Keisha actually asked to talk about ...": a joining word left at a fragment's start goes.)
      .map((f) => f.replace(/^(?:so|and|then)\s+(?=\S)/i, ''))
      .map((f, i) => (i === 0 ? f.replace(/^\s*(?:(?:client|patient|pt|cl)\s+)?([A-Z][a-z'-]+(?:\s+[A-Z]\.?)?)(?:\s+(?:so|ok(?:ay)?|and|on|at|via|by|in))*\s*$/, (m, name: string) => (names.has(name.split(/\s+/)[0]!) ? `Client: ${name}` : m)) : f))
      .filter((f) => f && !isSessionFragment(f) && !restatesLocation(f, session.clientLocation));
    const context: string[] = [];
    for (const [i, fragment] of fragments.entries()) {
      expandedAll.push(fragment);
      // "telehealth f/u w/ Ana, GAD, going well, used worry time daily, GAD-7 down to 8": after the
      // heading's own words, what the client did or how they are is a fact of the session, not context.
      // ("..., SCARED 24 (down from 33), ...": a score is a fact of the session too.)
      // ("Couples sess w/ Ana + husband Luis; his snoring + her hyperarousal both fuel fights": a later clause of the heading
      // is past its own words too; "Pt Dale 52M, burn unit day 10, self-inflicted (doused w/ gasoline)": risk in the heading is a fact.)
      const past = i > 0 || c !== headerClauses[0];
      const measures = past ? extractMeasures(fragment) : [];
      // ("crisis call um she was at home with the pills counted out": what the crisis was is a fact, though it opens the heading.)
      if ((past || reporting || PREPARATORY_ACT.test(fragment)) && (reporting || REPORT_FRAGMENT.test(fragment) || ARRIVED_AS.test(fragment) || measures.length > 0 || (headingThenReports && mentionsRisk(fragment)) || (past && attemptOrWatch(fragment))) && (!isHeaderLike(fragment) || ARRIVED_AS.test(fragment) || attemptOrWatch(fragment))) {
        reporting = true;
        const kind = classifyClause(fragment, { names, afterIntervention: headingWorkDone, followsIntervention: false });
        const riskInHeading = attemptOrWatch(fragment) && kind !== 'risk';
        if (kind === 'intervention') headingWorkDone = true;
        // ("30% TBSA, self-inflicted (doused w/ gasoline)": the word left alone tells how the injury just named came about.)
        const text = /^self-inflicted\b/i.test(fragment) && i > 0 && /\b(?:tbsa|burns?|gsw|gunshot|wounds?|fractures?|injur(?:y|ies)|lacerations?|stab)\b/i.test(fragments[i - 1]!) ? `The injury was ${fragment[0]!.toLowerCase()}${fragment.slice(1)}` : fragment;
        facts.push({ kind: text === fragment ? kind : 'risk', text, subject: findSubject(text, clientPronoun, names), negated: false, source: source(), origin, ...(measures.length ? { measures } : {}), ...(riskInHeading && text === fragment ? { alsoRisk: true } : {}) });
        continue;
      }
      // A modality named in the heading is the approach used: an intervention, named in full.
      // It is also part of what the session was ("Session 1. Functional family therapy (engagement).").
      if (/^⟪[^⟫]+⟫/.test(fragment) && fragment.split(/\s+/).length <= 5 && !/\b(program|group|intensive outpatient|partial hospitalization|unit)\b/i.test(fragment)) {
        // ("DBT group wk 3": the week or session of a course is the session's, never part of the approach used.)
        facts.push({ kind: 'intervention', text: `Therapist used ${fragment.replace(/\s+(?:week|wk|session|sess|day|module)\s*#?\d+\b.*$/i, '')}`, negated: false, source: source(), origin });
        context.push(fragment);
      } else context.push(fragment);
    }
    // ("Spanish - I did this session in Spanish": a language alone, then said as how it was held, is said once.)
    // ("trauma work, session 6 of CPT": what is left of "session 6 of CPT" goes first, beside the session's number.)
    const said = context.filter((f, i) => !(/^[A-Z][a-z]+$/.test(f) && context.some((g, j) => j !== i && new RegExp(String.raw`\bin ${f}\b`).test(g)))).sort((a, b) => Number(/^of\s/.test(b)) - Number(/^of\s/.test(a)));
    if (said.length) facts.push({ kind: 'session', text: said.join('; '), negated: false, source: source(), origin });
  }

  let afterIntervention = headingWorkDone;
  // Whether the summary writes a word in lower case mid-sentence somewhere, read once per word (a long summary opens many
  // lines on the same word).
  const lowerElsewhere = new Map<string, boolean>();
  const writtenLowerElsewhere = (word: string): boolean => {
    const lower = word.toLowerCase();
    if (!lowerElsewhere.has(lower)) lowerElsewhere.set(lower, new RegExp(String.raw`(?<![.!?]\s{0,3}|^\s{0,20}|
\s{0,20}|:\s{0,3}|-\s)${lower}`).test(text));
    return lowerElsewhere.get(lower)!;
  };
  /** The person a line opens with ("Tasha - tearful, ..."), for its later pieces. */
  const lineSpeakers = new Map<number, string>();
  // Lines whose speaker is a label at their head ("Tom: admitted ..."), not a name met partway along.
  const labelledLines = new Set<number>();
  // People a line is labelled with by how they were seen ("Sofía, seen alone:"), whatever letters their names have.
  const aloneSpeakers = new Set<string>();
  // `answer`: the fact answers a question about suicide, or tells the plan or method right after that answer.
  let previous: { fact: Fact; clause: Clause; answer: boolean; deniedBack?: string } | undefined;
  // The last fact told that was not a score.
  let toldBefore: { fact: Fact; clause: Clause } | undefined;
  // The relative a line names as the source of collateral information, and which line.
  let collateralSource: { who: string; line: number } | undefined;
  // In a group, the member last named as the doer of a clause, on which line and how many clauses ago.
  let groupDoer: { name: string; line: number; age: number; pronoun?: string } | undefined;
  // The relative of the other sex last made the doer of a jotted clause ("Bilal not eating, ... told her ...").
  let lastOtherSexDoer: string | undefined;
  // The named person a "she" or "he" was last read as, on its line ("Maria says she ..., she cried ...").
  let lastChained: { name: string; pronoun: string; line: number } | undefined;
  // A summary opened as a call with someone else ("Collateral call w/ ...", "Call w/ Dr. Okafor: ..."): read once, not per clause.
  const callWith = CALL_WITH_SOMEONE.exec(text.trimStart());
  // ("I got a call today from 1SG Whitaker ... about one of my patients, PFC Dell": a call from someone else about the client.)
  const titledCaller = /^(?:(?:phone|telephone|collateral|coll\.?|collat\.?)\s+)*(?:call|contact|consult(?:ation)?)\s+(?:w\/\s*|with\s+)((?:Mr|Ms|Mrs)\.?\s+[A-Z][a-z]+)/i.exec(text.trimStart())?.[1];
  let titledCallerNamed = false;
  const openedAsCall = !!callWith || COLLATERAL_CONTACT.test(text.trimStart()) || CALL_FROM_SOMEONE_ABOUT.test(text.trimStart());
  // The one the clinician met alone on this line ("When I met with Dana alone for 10 min"): the "we" after it is the two of them.
  let aloneWith: { name: string; line: number } | undefined;
  // The last other person named who threatened someone, on which line: a bare "denies intent" after it is theirs.
  let threatener: { name: string; line: number } | undefined;
  // The doer and verb of a clause taken back by a correction of its object only.
  let correctedLead: string | undefined;
  let takenBack: string | undefined;
  // "Pt reports" cut from what was reported: the lead goes on the next clause, never alone.
  let reportLead: { text: string; start: number } | undefined;
  // The instrument last named: a bare "Item 10 scored 1" after "EPDS 19" is that instrument's item.
  let lastInstrument: string | undefined;
  for (const c of clauses) {
    const itemOf = /^\s*item\s*#?\d{1,2}\b/i.test(c.text) ? lastInstrument : undefined;
    lastInstrument = [...c.text.matchAll(ITEM_INSTRUMENT)].at(-1)?.[0] ?? lastInstrument;
    if (headerClauses.includes(c)) continue;
    // "pt died on her unit Tues" in an ICU nurse's session: the one who died is her patient, never the client in the room.
    let rewritten = (itemOf ? `${itemOf} ${rewriteClause(c.text).replace(/^Item\b/, 'item')}` : rewrite(c.text)).replace(/\b(?:(a|the|her|his|their|one|another)\s+)?client\s+(died|passed away|expired|coded)\b/gi, (_m, article: string | undefined, verb: string) => `${article ?? 'a'} patient ${verb}`);
    // ("B: Vet (Kelly Brandt, 38, Army MP) reports strong urges"): in a veterans' program the veteran opening a statement,
    // with who they are or a verb after it, is the client.
    // ("mood she described as numb and scared": the state named first is what she described.)
    rewritten = rewritten.replace(/^(mood|affect|sleep|appetite|energy)\s+(she|he|they)\s+(described|rated|reported|called)\s+(?:it\s+)?(?:as\s+)?/i, (_m, what: string, who: string, verb: string) => `${who} ${verb.toLowerCase()} ${({ she: 'her', he: 'his', they: 'their' } as Record<string, string>)[who.toLowerCase()]} ${what.toLowerCase()} as `);
    if (session.serviceType !== 'group') rewritten = rewritten.replace(/^(\s*(?:[A-Z]{1,2}\s*:\s*)?)(?:veteran|vet)\b(?=\s*\((?:[^()]|\([^()]*\)){3,120}\)\s+[a-z]+s\b|\s+[A-Z][a-z]+\s+[A-Z][a-z'-]+,\s*\d{1,2}\b|\s+(?:reports|reported|says|said|states|stated|denies|denied|endorses|endorsed)\b)/i, '$1client');
    // ("Resp: mixed - captains engaged & led role play": how the response went, said of the response, never "Client mixed".)
    if (c.labelKind === 'response') rewritten = rewritten.replace(/^(mixed|positive|good|fair|poor|limited|minimal|variable|guarded)\s*(?:[-–—:]\s*|,\s+(?=[a-z]+\s))/i, (_m, how: string) => `Response was ${how.toLowerCase()}: `);
    // ("Reviewed homework (anger log). Most completed.": in a group, a bare "most" or "all" is the members, and what they
    // completed is what was just named.)
    if (session.serviceType === 'group') rewritten = rewritten.replace(/^(Most|All|Some|Several|Half|Few|None)\s+(?:was\s+|were\s+)?(completed|did|finished)\s*$/, (_m, many: string, verb: string) => `${many} members ${verb} ${previous && /\b(?:homework|hw)\b/i.test(previous.fact.text) ? 'the homework' : 'it'}`).replace(/^(Most|All|Some|Several|Half|Few|None)\s+(shared|participated|engaged|attended|agreed|practiced)\b/, '$1 members $2');
    if (BARE_REPORT.test(rewritten) && clauses.at(-1) !== c) {
      reportLead = { text: rewritten, start: c.start };
      continue;
    }
    // "she called adult protective services no actually she called her mom's doctor": a spoken correction takes back what came before it.
    // "I used a Gottman style no actually a narrative approach": only the object is corrected, so the doer and verb carry over.
    // ("We called 988 together, then she called Micah's roommate... actually": only the part after the last comma is taken back.)
    const keptBefore = TAKEN_BACK.test(rewritten) ? /^(.{8,}?),\s+(?:(?:and|then|and then)\s+)?[^,]*$/.exec(rewritten.replace(TAKEN_BACK, '').trim()) : null;
    if (keptBefore) rewritten = keptBefore[1]!;
    else if (TAKEN_BACK.test(rewritten)) {
      correctedLead = /^((?:I|we|she|he|they|client|patient)\s+[a-z]+)\s+(?:a|an|the|some|his|her|their|my)\b/i.exec(rewritten)?.[1];
      takenBack = rewritten.replace(TAKEN_BACK, '').trim();
      continue;
    }
    if (correctedLead && /^(?:a|an|the|some|his|her|their|my)\b/i.test(rewritten)) rewritten = `${correctedLead} ${rewritten}`;
    // ("veteran James Pruitt 52 Vietnam era no actually Gulf War era army came in": the correction names again the words it
    // replaces ("era"), so only those are taken back and the words before them stay.)
    else if (takenBack) rewritten = keepUncorrected(takenBack, rewritten);
    correctedLead = undefined;
    takenBack = undefined;
    const clauseStart = reportLead?.start ?? c.start;
    if (reportLead) {
      rewritten = `${reportLead.text} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      reportLead = undefined;
    }
    // "consulted with supervisor ... we decided": that "we" is the clinicians, not the client.
    // ("kicked off the volleyball team ... we did the Columbia": a team named is not one conferred with.)
    // So does a bare "agreed ..." or "decided ..." right after the consultation, in the same sentence.
    const sameSentence = previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence;
    const consultVerb = /^(we|agreed|decided|determined|concluded|judged)\b/i.exec(rewritten)?.[1];
    // ("We'll meet again Thursday", "we will see each other": the next session, the clinician and the client.)
    const colleague = previous && consultVerb && !/^we\s+(?:will|'ll|are going to|plan to)\s+(?:meet|see each other|have|resume|continue|check in|follow up)\b/i.test(rewritten) && ((/^we$/i.test(consultVerb) && CONFERRED.test(previous.fact.text)) || (sameSentence && /\bconsult/i.test(previous.fact.text))) ? /\b(supervisor|colleague|psychiatrist|team|consultant|co-leader|co-therapist|prescriber)\b/i.exec(previous.fact.text)?.[1] : undefined;
    if (colleague) rewritten = /^we$/i.test(consultVerb!) ? rewritten.replace(/^we\b/i, `I and the ${colleague.toLowerCase()}`) : `I and the ${colleague.toLowerCase()} ${rewritten}`;
    // "I consulted with Dr Patel my supervisor by phone after and she agreed with the plan": the one consulted answered.
    // ("Reviewed w/ Dr. Patel by phone, agreed to step down": with no pronoun, the one consulted in the clause before agreed too.)
    const consulted = previous && previous.clause.line === c.line && /^(?:(?:she|he|they)\s+)?(?:agreed|agrees|recommended|recommends|suggested|suggests|advised|approved|concurred)\b/i.test(rewritten) ? /\b(?:consult(?:ed|ing)?\s+(?:with\s+|w\/\s*)?|(?:reviewed|spoke|talked|conferred|discussed|staffed)(?:\s+\w+)?\s+(?:with\s+|w\/\s*))(Dr\.?\s+[A-Z][a-z]+|(?:my |the |our )?(?:supervisor|attending|psychiatrist|prescriber|clinical director|medical director|colleague|team))\b/i.exec(previous.fact.text) : null;
    // ("Discussed with attending Dr. H and mom (Tanya). Recommended inpatient admission": a recommendation after a talk with
    // more than one person, the family among them, is the clinician's own, never the consultant's.)
    const sharedTalk = !!consulted && /^(?:(?:she|he|they)\s+)?(?:recommended|recommends|suggested|suggests|advised)\b/i.test(rewritten) && /\b(?:and|&|\+)\s+(?:(?:the|her|his|their)\s+)?(?:mom|mother|dad|father|parents?|family|guardian|grand\w+|wife|husband|partner|client|pt|patient)\b/i.test(previous!.fact.text);
    if (consulted && !sharedTalk) rewritten = `${consulted[1]!.replace(/^(?:my|our)\s+/i, 'the ')} ${rewritten.replace(/^(?:she|he|they)\s+/i, '')}`;
    const source = { origin: srcOrigin(origin), start: clauseStart, end: c.end };
    // "22F, hx of ED ...": an age and sex leading the summary's opening line is the heading's, not a report.
    const lead = c.line === 0 && c.sentence <= 2 && !facts.some((f) => f.kind !== 'session') ? AGE_LEAD.exec(rewritten) : null;
    const leadEnd = lead ? c.text.search(/,|\s-\s/) : -1;
    if (lead && leadEnd > 0) {
      const headingSource = { origin: srcOrigin(origin), start: c.start, end: c.start + leadEnd };
      facts.push({ kind: 'session', text: lead[1]!, negated: false, source: [headingSource], origin });
      session.source = [...(session.source ?? []), headingSource];
      rewritten = lead[2]!;
    }
    // ("um patient is Sofia 15 with relapsed ALL", "client is Marcus": who the client is, dictated, is the heading's.)
    const named = c.line === 0 && !facts.some((f) => f.kind !== 'session') ? /^(?:the\s+)?(?:patient|client|pt)\s+is\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:,?\s+(?:age\s+)?(\d{1,2})(?:\s*(?:yo|y\/o|years? old))?)?((?:,?\s+(?:with|w\/)\s+[^.;]{1,60})?)\s*$/i.exec(rewritten) : null;
    if (named && named[1] === clientName?.split(' ')[0]) {
      facts.push({ kind: 'session', text: `${named[1]}${named[2] ? `, ${named[2]}` : ''}${named[3] ? `, ${named[3].replace(/^,?\s+/, '')}` : ''}`, negated: false, source: [{ origin: srcOrigin(origin), start: c.start, end: c.end }], origin });
      session.source = [...(session.source ?? []), { origin: srcOrigin(origin), start: c.start, end: c.end }];
      continue;
    }
    // ("Tele (phone) - Priya S., 29F. Assaulted ... 1/18. Session 9.": the session's number alone, on the heading's line, is the session's.)
    const numberAlone = c.line === 0 ? /^(?:session|sess)\s*#?\s*(\d{1,3})(?:\s*(?:of|\/)\s*\d{1,3})?\s*\.?$/i.exec(rewritten.trim()) : null;
    if (numberAlone) {
      session.sessionNumber ??= Number(numberAlone[1]);
      session.source = [...(session.source ?? []), { origin: srcOrigin(origin), start: c.start, end: c.end }];
      continue;
    }
    // ("Tyler says it was a joke ... I saw him alone for 15 min": the one just named is the one seen alone.)
    const seenPronoun = previous && previous.clause.line === c.line ? /^(?:I|therapist)\s+(?:saw|met with|spoke with|talked with|met)\s+(him|her)\s+(?=alone|individually|privately|separately)/i.exec(rewritten) : null;
    const seenName = seenPronoun ? /^([A-Z][a-z]+)\s/.exec(previous!.fact.text.trim())?.[1] : undefined;
    if (seenPronoun && seenName && names.has(seenName) && !/^(?:Client|Patient|Therapist|Mother|Father|Parents)$/.test(seenName)) rewritten = `${rewritten.slice(0, seenPronoun[0].length - seenPronoun[1]!.length - 1)} ${seenName} ${rewritten.slice(seenPronoun[0].length)}`;
    // ("When I met with Dana alone ... Gave her the DV hotline # and we safety planned": we, there, is Dana and the therapist.)
    // ("I did ask Bao alone for a couple minutes he denied SI": the one just asked alone answers, named, whatever the client's pronoun.)
    const metAlone = /\b(?:(?:met|saw|spoke|talked|sat)\s+(?:with|w\/)|(?:did\s+)?ask(?:ed)?|saw|assessed|interviewed|screened|evaluated)\s+((?!I\b)[A-Z][a-z]*)\s+(?:alone|individually|privately|separately|1:1)\b/.exec(rewritten)?.[1];
    const answeredAlone = !metAlone && aloneWith && aloneWith.line === c.line && previous && /\b(?:alone|individually|privately|separately|1:1)\b/.test(previous.fact.text) && previous.fact.text.includes(aloneWith.name) ? /^(?:(?:she|he)\s+|(?=(?:denied|denies|endorsed|endorses|admitted|admits)\s))(?=(?:denied|denies|endorsed|endorses|said|says|reported|reports|admitted|admits)\b)/i.exec(rewritten) : null;
    // ("Husb disclosed he's been drinking more & feeling hopeless, denies SI when asked, agreed to f/u with own PCP": in the
    // same sentence, a denial or agreement jotted with no doer after a relative's telling is the relative's.)
    const relativeTelling = previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && previous.fact.subject === 'other' ? /^((?:(?:her|his|their|the)\s+)?(?:husband|wife|partner|boyfriend|girlfriend|spouse|mother|father|mom|dad|sister|brother|son|daughter|grandmother|grandfather|foster (?:mother|father)))\s+(?:disclosed|reported|reports|said|says|stated|states|admitted|admits|shared|described)\b/i.exec(previous.fact.text) : null;
    if (relativeTelling && /^(?:denies|denied|endorses|endorsed|agreed|agrees|admits|admitted)\s/i.test(rewritten.trim())) rewritten = doneBy(relativeTelling[1]!, rewritten);
    // ("assessed B alone: endorses passive thoughts ... denies plan or intent": the denial jotted with no doer is B's too.)
    if (answeredAlone) rewritten = `${aloneWith!.name} ${rewritten.slice(answeredAlone[0].length).replace(/^[A-Z](?=[a-z])/, (x) => x.toLowerCase())}`;
    if (metAlone && metAlone !== clientName) aloneWith = { name: metAlone, line: c.line };
    else if (aloneWith && aloneWith.line === c.line && (session.serviceType === 'couples' || session.serviceType === 'family')) rewritten = rewritten.replace(/(^|\band\s+)we\b(?!\s+(?:all|both)\b)/i, (_m, lead: string) => `${lead}${aloneWith!.name} and I`);
    // ("I contacted the on-call psychiatrist (CPT Nguyen) and we arranged voluntary admission": "we" is the clinician and the
    // one just contacted, never the client.)
    // ("I talked with dad and we agreed she needs a higher level of care": "we" is the clinician and the parent talked with.)
    const contactedThenWe = previous && previous.clause.line === c.line && /^\s*we\s+(?:arranged|agreed|decided|set up|coordinated|discussed|reviewed|planned|consulted)\b/i.test(rewritten) ? /^\s*I\s+(?:contacted|called|paged|consulted(?:\s+with)?|spoke\s+(?:with|to)|talked\s+(?:with|to)|met\s+with|reached)\s+((?:the\s+|her\s+|his\s+|their\s+)?(?:on-call\s+)?(?:psychiatrist|supervisor|attending|prescriber|crisis team|mobile crisis|charge nurse|nurse|physician|doctor|father|mother|dad|mom|parents|guardian|grandmother|grandfather|foster (?:mother|father|parents))\b)/.exec(previous.fact.text) : null;
    if (contactedThenWe) rewritten = rewritten.replace(/^(\s*)we\b/i, `$1I, with ${/^(?:the|her|his|their)\s/i.test(contactedThenWe[1]!) ? '' : 'the '}${contactedThenWe[1]},`);
    // ("I: Facilitator (me) checked in privately after group for 20 min. ... Completed safety plan together": in a group
    // note for one member, the work done after a private check-in on that line is done with the member, never the group.)
    // ("Maria tearful ... Met with her one-on-one after group; made safety plan together": with no member named as the
    // note's client, the one met alone is the member last named.)
    const member = session.serviceType === 'group' ? (clientName ?? expandedAll.slice(-8).map(openingPerson).filter(Boolean).pop()) : undefined;
    // ("Met w/ Pruitt 1:1 after grp x 20 min: denies current SI, agreed to safety plan review"): in a group note, the answers
    // after meeting one member alone are that member's.
    if (session.serviceType === 'group') rewritten = rewritten.replace(/^(\s*(?:I\s+)?met\s+(?:w\/\s*|with\s+)([A-Z][a-z]+)\b[^.;:]{0,40}\b(?:1:1|one[- ]on[- ]one|alone|individually|privately|separately)\b[^.;:]{0,40}:\s*)(?=(?:denies|denied|endorses|endorsed|reports|reported|agreed|agrees|admits|admitted|states|stated)\b)/i, (_m, lead: string, who: string) => (names.has(who) ? `${lead}${who} ` : lead));
    // ("Went around w/ check in - 5 of 7 reported ...": in a group, going around the room is the members'.)
    if (session.serviceType === 'group' && /^went around\b/i.test(rewritten.trim())) rewritten = `Members ${rewritten.trim().replace(/^W/, 'w')}`;
    // (A member the summary names elsewhere is named there by the line's own reading, further on.)
    if (member && !clientName && !names.has(member)) rewritten = rewritten.replace(/(^|\bI\s+|\btherapist\s+)((?:checked in|met|spoke|talked)\s+(?:with|w\/)\s+)(?:her|him)(?=\s+(?:privately|individually|one-on-one|1:1|alone)\b)/i, `$1$2${member}`);
    if (member) rewritten = rewritten.replace(new RegExp(String.raw`(\b(?:checked in|met|spoke|talked)\s+(?:with|w\/)\s+${member}\s+(?:privately|individually|one-on-one|1:1|alone)\b[^.;]*?\band\s+)we\b(?!\s+(?:all|both)\b)`, 'i'), `$1${member} and I`);
    if (member && previous && previous.clause.line === c.line && /\b(?:checked in|met|spoke|talked)\b[^.;]{0,40}\b(?:privately|individually|one-on-one|1:1|alone)\b/i.test(expandedAll.slice(-8).join(' ')) && /^(?:completed|made|did|wrote|reviewed|created|updated|went over)\b[^.;]*\btogether\s*$/i.test(rewritten.trim())) rewritten = `I and ${member} ${rewritten.trim().replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`;
    // ('Ms. Boyd said "...", I talked to her after group, she denied plan or intent': in a group, what "she" answers after the
    // clinician's talk with her alone is that member's.)
    if (member && previous && previous.clause.line === c.line && /\b(?:talked|spoke|checked in|met)\s+(?:to|with|w\/)\s+(?:her|him)\b(?:[^.;]{0,30}\b(?:after|before)\s+(?:the\s+)?(?:group|grp|session)\b|\s+(?:privately|individually|one-on-one|1:1|alone)\b)/i.test(previous.fact.text)) {
      // (The one named in that same clause, "I noticed Dana was tearful ... and checked in with her", before the last named.)
      const namedThere = [...previous.fact.text.matchAll(/\b((?:(?:Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][a-z]+)\b/g)].map((n) => n[1]!).filter((n) => names.has(n.replace(/^(?:Mr|Ms|Mrs|Mx)\.?\s+/, ''))).at(-1);
      rewritten = rewritten.replace(/^(she|he)\b(?=\s+(?:denied|denies|endorsed|endorses|said|says|reported|reports|agreed|agrees|stated|states)\b)/i, namedThere ?? member);
    }
    // ("Jamal dominated early, redirected x2, responded well": in a group, how the work was taken up, jotted after a member's
    // line, is that member's.)
    const responderBefore = session.serviceType === 'group' && previous && previous.clause.line === c.line && /^\s*(?:responded|engaged|participated)\s+(?:well|appropriately|actively|poorly)\b/i.test(rewritten) ? openingPerson(previous.fact.text) : undefined;
    if (responderBefore && responderBefore !== clientName) rewritten = doneBy(responderBefore, rewritten);
    // ("M.S. quiet, reported she has been sleeping in car ...; given shelter list after grp"): in a group, what follows a member
    // named by initials on the same line, with no one else named, is that member's.
    const initialsBefore = session.serviceType === 'group' && !responderBefore && previous && previous.clause.line === c.line && /^\s*(?:responded|reported|said|stated|shared|disclosed|agreed|declined|denied|endorsed|identified|practiced|participated|engaged|left|became|was|given|received|got)\b/i.test(rewritten) ? /^([A-Z]\.\s?[A-Z]\.)\s/.exec(previous.fact.text)?.[1] : undefined;
    if (initialsBefore) rewritten = `${initialsBefore} ${/^given\b/i.test(rewritten) ? 'was ' : ''}${rewritten}`;
    // ('Rick said last week "if you leave ..." - he has guns in the house. Also said if she leaves "nobody else gets to have you"':
    // what was "also said", with no one saying it, is said again by the one named saying before it.)
    const saidAgainBy = previous && previous.clause.line === c.line && /^\s*also\s+(?:said|told (?:her|him|them)|texted|threatened|wrote|yelled)\b/i.test(rewritten) ? /\b([A-Z][a-z]+)\s+(?:said|told|texted|threatened|wrote|yelled)\b/.exec(previous.fact.text)?.[1] : undefined;
    if (saidAgainBy && names.has(saidAgainBy) && saidAgainBy !== clientName) rewritten = doneBy(saidAgainBy, rewritten);
    // ("last session PHQ-A 8, denied SI"): a denial listed after what the last session found was said then, never today.
    if (previous && previous.clause.line === c.line && /^\s*,\s*$/.test(text.slice(previous.clause.end, c.start)) && LAST_VISIT_LEAD.test(text.slice(previous.clause.start, previous.clause.end)) && /^\s*(?:denies|denied|endorses|endorsed)\b/i.test(rewritten) && !/\b(?:today|now|currently|this (?:session|visit))\b/i.test(rewritten)) rewritten = `${rewritten} at the last session`;
    expandedAll.push(rewritten);
    // A bare quote or a one-word fragment ("wkly") belongs to the clause before it.
    // ('stated he's "tempted to stop showing up" — explored, ...': the clinician's act is no part of what was stated.)
    // ("Referral to addiction psychiatry (Dr. Lutz) - urgent, 1 wk": a bare interval right after a referral is when it is for, never the next session.)
    const referralWithin = previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && /^\s*(?:urgent\s+)?(?:referral|refer(?:red)?)\b/i.test(previous.fact.text) ? /^\s*(?:in\s+|within\s+)?(\d+\s*(?:weeks?|days?|months?))\s*$/i.exec(rewritten) : null;
    if (referralWithin) {
      previous!.fact.text = `${previous!.fact.text}, within ${referralWithin[1]}`;
      previous!.fact.source.push(source);
      continue;
    }
    // ("Sx: intrusive images, startle, avoids news, irritable, 3 wks"): a bare length closing a report of symptoms in the same
    // sentence is how long they have lasted, never the next appointment.
    const lastedFor = previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && previous.fact.kind === 'report' && /^\s*(?:symptoms|sx|presenting problem|chief complaint|complains of|c\/o)\b/i.test(previous.fact.text) ? /^\s*(?:x\s*)?(\d+\s*(?:weeks?|days?|months?))\s*$/i.exec(rewritten) : null;
    if (lastedFor) {
      previous!.fact.text = `${previous!.fact.text}, for ${lastedFor[1]}`;
      previous!.fact.source.push(source);
      continue;
    }
    if (previous && previous.clause.line === c.line && isFragment(rewritten) && (!c.labelKind || c.labelKind === previous.clause.labelKind) && !/^(?:explored|clarified|processed|assessed|normalized|validated|reassured|reframed|redirected|reflected)$/i.test(rewritten.trim())) {
      previous.fact.text = /^"/.test(rewritten) ? `${previous.fact.text}: ${rewritten}` : /^\(/.test(rewritten.trim()) ? `${previous.fact.text.replace(/[.;,]\s*$/, '')} ${rewritten.trim()}` : `${previous.fact.text}; ${rewritten}`;
      previous.fact.source.push(source);
      continue;
    }
    // ("Brother agreed to take all 4 guns to his place tonight and client agreed": the client's agreement goes with what was agreed;
    // "we talked about giving them to her daughter to hold and she agreed": and with what was proposed.)
    if (previous && previous.clause.line === c.line && /\b(?:agreed|talked about|discussed|suggested|proposed|recommended|encouraged)\b/i.test(previous.fact.text) && /^(?:and\s+)?(?:client|pt|patient|she|he|they)\s+(?:agreed|consented|agrees|consents)$/i.test(rewritten.trim())) {
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}, and the client agreed`;
      previous.fact.source.push(source);
      continue;
    }
    // ("He calmed by the end, breathing slowed, he was joking": a last short state in the same sentence goes on with the change before it.)
    if (previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && (previous.fact.subject === 'client' || previous.fact.subject === 'pronoun') && /\b(?:calmed|settled|relaxed|slowed|brightened|softened)\b/i.test(previous.fact.text) && /^(?:she|he|they)\s+(?:was|were)\s+(?:joking|laughing|smiling|calm|calmer|quiet|relaxed|settled)$/i.test(rewritten.trim())) {
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}, ${rewritten.trim().replace(/^(?:she|he|they)\s+(?:was|were)\s+/i, '')}`;
      previous.fact.source.push(source);
      continue;
    }
    // ("asked everyone about safety ... nobody reported any thoughts of hurting themselves all denied": the group's answer goes with it.)
    if (previous && previous.clause.line === c.line && (previous.fact.kind === 'risk' || previous.fact.alsoRisk) && /^(?:they\s+|we\s+)?(?:all|both|everyone|everybody)(?: of them)?\s+(?:denied|said no)$/i.test(rewritten.trim())) {
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}; ${rewritten.trim().toLowerCase()}`;
      previous.fact.source.push(source);
      continue;
    }
    // ("SSG Morales agreed to secure the Glock with the arms room; confirmed at 1650 by phone": what was confirmed is the step
    // just told, said with it.)
    if (previous && previous.clause.line === c.line && /^confirmed\s+(?:at|by|via|on|with)\b[^.;]{0,40}$/i.test(rewritten.trim())) {
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}; ${rewritten.trim()[0]!.toLowerCase()}${rewritten.trim().slice(1)}`;
      previous.fact.source.push(source);
      continue;
    }
    // ("no SI she denied it": the denial pointing back at the finding just jotted is said with it.)
    if (previous && previous.clause.line === c.line && (previous.fact.kind === 'risk' || previous.fact.alsoRisk) && /^(?:she|he|they|client|pt|patient)\s+(?:denied|denies)\s+(?:it|this|that|them|both)$/i.test(rewritten.trim())) {
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}; ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      previous.fact.source.push(source);
      continue;
    }
    // "Dad reports 3 tantrums this wk. Longest 20 min.": a verbless jot right after a relative's report, on its line, is more of it.
    // ("Mom said he is lying. Pt quiet. Used problem solving.": a jot naming the client, or the clinician's act, is not.)
    // ("Noor tearful ..., normalized": the clinician's answer to it is the clinician's act, never more of the report.)
    // ('Grace stated ... "for me." Harold tearful': a jot that opens with someone named is that person's, never more of the report.)
    if (previous && previous.clause.line === c.line && previous.fact.subject === 'other' && RELATIVE_REPORTS.test(previous.fact.text) && !c.labelKind && !names.has(rewritten.trim().split(/\s+/)[0]!) && !/^(?:normalized|validated|reassured|reframed|redirected|reflected)$/i.test(rewritten.trim()) && rewritten.split(/\s+/).length <= 5 && !rewritten.split(/\s+/).some((w) => isFiniteVerb(w.toLowerCase())) && !/^(?:no|denies|denied|I|we|client|pt|patient|therapist|clinician|used|practiced|practised|reviewed|taught|introduced)\b/i.test(rewritten) && !looksLikePastVerb(rewritten.split(/\s+/)[0]!) && !mentionsRisk(rewritten)) {
      // ('he will "break his legs." Repeated twice.': the stop inside the closing quote goes too.)
      // ("PHQ-2 was 2" joined on keeps its letters' capitals.)
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '').replace(/[.;,]"$/, '"')}; ${/^[A-Z]{2,}/.test(rewritten) ? rewritten[0] : rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      previous.fact.source.push(source);
      continue;
    }
    if (previous && isFragment(rewritten) && previous.clause.line + 1 === c.line && !c.labelKind && rewritten.split(/\s+/).length === 1) {
      previous.fact.text = `${previous.fact.text}; ${rewritten}`;
      previous.fact.source.push(source);
      continue;
    }
    // ("I asked about the suspension and she said she's way behind": the answer to a question is a report, never a response to work.)
    // ("I checked in about the eviction notice she got Friday": a question opening the session, never work to respond to.)
    const asked = !!previous && /^(?:(?:I|we|therapist)\s+)?(?:asked\s+(?:\w+\s+){0,2}?(?:about|if|whether|how|what|why|when|re)\b|checked in\s+(?:with\s+(?:her|him|them)\s+)?(?:about|on|re|regarding)\b|did (?:video|telehealth|zoom|the session|phone))/i.test(previous.fact.text.trim());
    const followsIntervention = !!previous && !asked && previous.clause.line === c.line && previous.clause.sentence === c.sentence && (previous.fact.kind === 'intervention' || (previous.fact.kind === 'risk' && (previous.fact.subject === 'therapist' || previous.fact.subject === 'joint')));
    // "EE Priya Raman ... Priya scared, leaving early": alone with the clinician, the client's own first name
    // opening a jot with no verb is the client, never someone the client told of.
    // ("IP Keisha calm, denies SI", "Pt Keisha, calm": the client's label and name opening a clause are the client.)
    const soloNote = clientName && !['couples', 'family', 'group'].includes(session.serviceType ?? '');
    const CLIENT_LABEL = String.raw`^(?:[Cc]lient|[Pp]t|[Pp]atient|IP|[Ii]nmate|[Rr]esident|SM|[Ss]ervice member|[Ii]ncarcerated person|[Ii]dentified patient)\.?\s+`;
    // ("Pt Jordan M (day 16) packed bags", "Pt Kevin R, day 11, packed ...", "Pt Mike T packed ...": an initial after the name is the
    // name still, with an aside after it or the act straight after; "Pt Ray T., methadone 90mg" stays an identity line.)
    const labelledClient = soloNote ? new RegExp(`${CLIENT_LABEL}(${clientName}(?:-[A-Z][a-z]+)?)(?:\\s+\\(((?![a-z]+\\/[a-z]+)[^()]{1,40})\\))?,?\\s+(?=[a-z])`).exec(rewritten) ?? new RegExp(`${CLIENT_LABEL}(${clientName}\\s+[A-Z]\\.?)(?:\\s+\\(((?![a-z]+\\/[a-z]+)[^()]{1,40})\\)|,\\s+((?:day|week|wk)\\s*\\d{1,3}[^,()]{0,20}),|(?=\\s+[a-z]+\\s))\\s+(?=[a-z])`).exec(rewritten) : null;
    // (With a surname, "pt Kendrick Sims yelling", the full name stays in apposition.)
    // ("Pt Jean-Baptiste (Haitian, 45) came ...": a joined name is one name, and who the client is stays beside "client".)
    const aside = labelledClient?.[2] ?? labelledClient?.[3];
    if (labelledClient) rewritten = `client ${aside ? `(${labelledClient[1]}, ${aside}) ` : ''}${rewritten.slice(labelledClient[0].length)}`;
    if (soloNote && rewritten.startsWith(`${clientName} `) && /^[a-z]/.test(rewritten.slice(clientName.length + 1)) && (findSubject(rewritten, clientPronoun, names) === 'none' || (CLIENT_STATE_JOTTED.test(rewritten.slice(clientName.length + 1))) || (clientIsCaller && /^(?:called|texted|paged|said|says|agreed|reported|denied|told)\b/.test(rewritten.slice(clientName.length + 1))))) rewritten = `client ${rewritten.slice(clientName.length + 1)}`;
    // ("this was Maria's fourth session she's the fibromyalgia patient": who she is among the clinician's clients is what she has.)
    rewritten = rewritten.replace(/^(she|he|they)(?:'s|\s+is|\s+was|\s+are)\s+the\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:patient|client|one)\s*$/i, (m, who: string, condition: string) => (/^(?:new|other|same|first|last|older|younger|quiet|difficult)$/i.test(condition.split(/\s+/)[0]!) ? m : `${who} ${who.toLowerCase() === 'they' ? 'have' : 'has'} ${condition}`));
    // ("Pt w/ chronic low back pain, opioid taper completed last month": what the client lives with, jotted with no verb, is what they have.)
    const livesWith = /^(client|patient)\s+with\s+([^,;]+?)(?=,|;|$)/i.exec(rewritten);
    // ("pt Melissa w/ her son Ethan (10)": with a person is whom the client came with, never what the client has.)
    const withPerson = !!livesWith && /^(?:(?:her|his|their|my|the)\s+(?:\w+\s+)?(?:son|daughter|child|children|kids?|mom|mother|dad|father|parents?|husband|wife|partner|spouse|boyfriend|girlfriend|sister|brother|sibling|grandma|grandmother|grandpa|grandfather|aunt|uncle|cousin|friend|caregiver|guardian|foster\s+\w+|case manager|interpreter|sponsor)\b|[A-Z][a-z]+\b)/.test(livesWith[2]!);
    if (livesWith && withPerson) rewritten = `${livesWith[1]} attended with ${livesWith[2]}${rewritten.slice(livesWith[0].length)}`;
    else if (livesWith && !livesWith[2]!.split(/\s+/).some((w) => isFiniteVerb(w.toLowerCase()) || /^(?:present|here|there|in|at|during|after|before|who|when|while)$/i.test(w))) rewritten = `${livesWith[1]} has ${livesWith[2]}${rewritten.slice(livesWith[0].length)}`;
    // "I noticed he was pacing, guarded": what the clinician saw the client do or be is the client, seen.
    const seenLead = /^(?:I|we|therapist)\s+(?:noticed|observed|saw|noted)\s+(?:that\s+)?(she|he|they)\s+(?=(?:was|were|is|are|seemed|seems|appeared|appears|looked|looks|kept|became)\b)/i.exec(rewritten);
    const seen = !!seenLead && (!clientPronoun || seenLead[1]!.toLowerCase() === clientPronoun) && !['couples', 'family', 'group'].includes(session.serviceType ?? '');
    if (seen) rewritten = `client ${rewritten.slice(seenLead![0].length)}`;
    // ("Dx impress: AUD severe ...; PTSD; MDD recurrent by hx": the diagnostic impressions listed under their label are one
    // statement of the clinician's, never a report.)
    if (c.label && /^(?:dx impress(?:ions?)?|diagnostic impressions?)$/i.test(c.label)) {
      if (previous && previous.clause.line === c.line && previous.clause.label === c.label) {
        previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}; ${rewritten.trim()}`;
        previous.fact.source.push(source);
        continue;
      }
      rewritten = `Diagnostic impression: ${rewritten.trim()}`;
    }
    // ("progress: mod.", "Prognosis: fair": a bare rating under a label that says what is rated keeps its label, never "impression: moderate".)
    if (c.label && /^(?:progress|prognosis|insight|judg(?:e)?ment|motivation|engagement|participation|adherence|attendance|rapport)$/i.test(c.label) && rewritten.trim().split(/\s+/).length <= 4 && !rewritten.trim().split(/\s+/).some((w) => isFiniteVerb(w.toLowerCase()))) rewritten = `${c.label[0]!.toUpperCase()}${c.label.slice(1).toLowerCase()}: ${rewritten.trim()}`;
    // ("Informed Loretta before she left; she said she'd keep Reggie away": the one the clinician just told is the one who answers.)
    const toldName = previous && previous.clause.line === c.line && (previous.fact.subject === 'therapist' || previous.fact.subject === 'none') ? /^(?:I\s+|therapist\s+)?(?:informed|told|called|asked|updated|notified|spoke (?:with|to)|talked (?:with|to)|met with|contacted|phoned)\s+([A-Z][a-z]+)\b(?=\s*$|\s*[,;]|\s+(?:before|after|about|re|regarding|that|and|when|at|by|on|today|tonight|yesterday|this|last)\b)/.exec(previous.fact.text.replace(/^[A-Z]/, (ch) => ch.toLowerCase()))?.[1] : undefined;
    if (toldName && toldName !== clientName && names.has(toldName) && !/\b(?:she|he|her|him)\b/i.test(previous!.fact.text.slice(previous!.fact.text.indexOf(toldName) + toldName.length).replace(/\bbefore (?:she|he) (?:left|went)\b/i, ''))) rewritten = rewritten.replace(/^(?:she|he)(?=\s+(?:said|says|stated|states|agreed|agrees|promised|promises|replied|reported|reports|confirmed|confirms)\b)/i, toldName);
    // ("urged Samira to get Karim evaluated today - gave her the 988 number ..., she said she would call mobile crisis": the one
    // given to, named just before, is the one who answers.)
    const gaveToBefore = !toldName && previous && previous.clause.line === c.line && /^(?:I\s+|therapist\s+)?(?:gave|handed|offered|provided|sent|showed)\s+(?:her|him)\b/i.test(previous.fact.text) ? expandedAll.at(-3) : undefined;
    const namedGivenTo = gaveToBefore ? [...gaveToBefore.matchAll(/\b(?:urged|told|asked|encouraged|advised|helped|coached|reminded)\s+([A-Z][a-z]+)\b/g)].map((n) => n[1]!).filter((n) => n !== clientName && names.has(n)).at(-1) : undefined;
    if (namedGivenTo) rewritten = rewritten.replace(/^(?:she|he)(?=\s+(?:said|says|stated|states|agreed|agrees|promised|promises|replied|reported|reports|confirmed|confirms)\b)/i, namedGivenTo);
    // ("Went w/ Luis Ortega to SSA office": going somewhere with the client is the clinician's own act.)
    if (wentWithClient?.test(rewritten)) rewritten = `I ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
    // ("Collateral sister Ana (hearing, signs fluently): will remove meds ...; confirms pt has been isolating": the relative
    // named as the source heads what follows on the line, which is theirs.)
    const collateralFrom = COLLATERAL_SOURCE.exec(rewritten);
    if (collateralFrom) {
      rewritten = `Collateral information from ${collateralFrom[1]}${collateralFrom[3] ? ` ${collateralFrom[3]}` : ''}`;
      collateralSource = { who: collateralFrom[2] ?? collateralFrom[1]!.replace(/^(?:her|his|their|the|client's)\s+/i, '').replace(/^./, (ch) => ch.toUpperCase()), line: c.line };
    } else if (collateralSource?.line === c.line && COLLATERAL_SAYS.test(rewritten)) rewritten = `${collateralSource.who} ${rewritten}`;
    else if (collateralSource && collateralSource.line !== c.line) collateralSource = undefined;
    // ("we called the school counselor Ms. Patel ... and gave her Jordan's info" then "she said she'd contact his family today"):
    // the one just called, by a title that says her pronoun, is the "she" who answers.
    const titledBefore = previous && previous.clause.line === c.line ? /\b(?:called|contacted|reached|paged|emailed|spoke (?:with|to)|gave)\b[^.;]{0,60}?\b(Ms|Mrs|Miss|Mr)\.?\s+([A-Z][a-z'-]+)\b[^.;]*$/.exec(previous.clause.text) : null;
    const answeredBy = titledBefore ? /^\s*(she|he)\s+(?:said|says|agreed|stated|will|would|'ll|'d)\b/i.exec(rewritten) : null;
    if (titledBefore && answeredBy && (answeredBy[1]!.toLowerCase() === 'he') === (titledBefore[1] === 'Mr')) rewritten = `${titledBefore[1]}. ${titledBefore[2]}${rewritten.trim().slice(answeredBy[1]!.length)}`;
    // ("Intake 60 min. I met with Luis R., 41, radiology tech, self-referred after ..."): at an intake, who the client is comes
    // first, never the clinician's act of meeting them.
    if (session.serviceType === 'intake' && !c.labelKind) rewritten = rewritten.replace(/^\s*I\s+met\s+(?:with\s+)?(?=[A-Z][a-z]+(?:\s+[A-Z][a-z'-]*\.?)?,\s*\d{1,2}\s*,)/, '');
    // ("used ice cube + paced hallway instead per coping card"): a skill used in place of the act, by the card, is the client's coping.
    if (COPED_INSTEAD.test(rewritten)) rewritten = `client ${rewritten}`;
    let kind = classifyClause(rewritten, { ...(c.labelKind ? { labelKind: c.labelKind } : {}), afterIntervention, followsIntervention, ...(clientPronoun ? { clientPronoun } : {}), names });
    // ("Jenna R" left alone by a dictated "this is for Jenna R um she came in ..."): the client's name on its own says whom the note is for.
    if (clientName && /^\s*([A-Z][a-z]+)(?:\s+[A-Z](?:[a-z'-]+|\.)?){0,2}\s*$/.exec(rewritten)?.[1] === clientName) kind = 'session';
    let judgedRisk = false;
    // ("Informed pt of duty to warn. Called tribal police and notified uncle by phone."): a contact said without a doer, right
    // after the clinician's own act, is the clinician's too.
    if (kind === 'report' && !c.labelKind && previous?.fact.kind === 'intervention' && CONTACT_WITHOUT_DOER_OPENS.test(rewritten) && findSubject(rewritten, clientPronoun, names) === 'none') kind = 'intervention';
    if (seen && kind === 'report') kind = 'observation';
    // ("Worked on speaker-listener ... K tearful, T softened toward end of session": in a couples or family session, how the
    // people in it were by the end of the work is their response.)
    if ((kind === 'report' || kind === 'observation') && !c.labelKind && afterIntervention && (session.serviceType === 'couples' || session.serviceType === 'family') && /\b(?:by|toward|towards|at|near) (?:the )?end of (?:the )?(?:session|sess)\b/i.test(rewritten)) kind = 'response';
    // ("Alex individually disclosed Sam shoved him ... Alex denies injury. Says he feels afraid 'sometimes'."): what someone goes on
    // to say on the line of their disclosure is more of it, never a response to the work.
    if (kind === 'response' && !c.labelKind && previous && previous.clause.line === c.line && previous.fact.kind === 'report' && /^\s*(?:(?:she|he|they|[A-Z][a-z]+)\s+)?(?:says|said|states|stated|adds|added)\s+(?:that\s+)?(?:she|he|they)\s+(?:feels|felt|is|was)\b/i.test(rewritten)) kind = 'report';
    // ("... tearful    talked about the cardiac arrest call"): the session's talk, with no one named, is the clinician's and the client's.
    // (Not in a group or a family, where the one named before may be the one who talked.)
    if ((kind === 'report' || kind === 'intervention') && !c.labelKind && findSubject(rewritten, clientPronoun, names) === 'none' && !['group', 'family', 'couples'].includes(session.serviceType ?? '') && /^\s*talked\s+(?:about|through)\s/i.test(rewritten)) {
      rewritten = `we ${rewritten.trim()}`;
      kind = 'intervention';
    }
    // ("Asked re: safety w/ yes/no visual - pointed NO to hurting self"): the answer to the question, with no one named, is the client's.
    if (previous && previous.clause.line === c.line && /^\s*(?:I\s+)?asked\b/i.test(previous.fact.text) && /^\s*(?:pointed|nodded|shook (?:his|her|their) head|signed|typed|answered|replied|wrote)\b/i.test(rewritten)) rewritten = `client ${rewritten.trim()}`;
    // ("Called sister (with consent) to be with kids and to remove pills"): a relative called, for the client's safety, by no one
    // named, is the clinician's call. ("called his mom with his consent" is read as such already, and her "she" after it.)
    if ((kind === 'report' || kind === 'intervention') && /^\s*called\s+(?:the\s+)?(?:sister|brother|mom|mother|dad|father|wife|husband|partner|aunt|uncle|grandmother|grandfather|grandma|grandpa|son|daughter|roommate|friend)\b[^.;]{0,40}\b(?:with (?:her |his |their |client's |pt's )?(?:consent|permission)|to (?:be with|come|stay|remove|pick (?:her|him|them) up|take|hold|lock))/i.test(rewritten)) {
      rewritten = doneBy('I', rewritten);
      kind = 'intervention';
    }
    // ("Asked to meet w/ Sofia alone for last 15 min": the clinician asked; what the one met then tells stays their report.)
    if (ASKED_TO_MEET.test(rewritten)) rewritten = doneBy('I', rewritten);
    // ("Pt not meeting grave disability criteria at this time per my assessment - oriented, ..."): the clinician's own judgement,
    // said as theirs first, never as what the client reported.
    const perMine = /\s*,?\s*per my (?:clinical )?(?:assessment|judgment|judgement|evaluation|eval)\b\s*[,;:-]?/i.exec(rewritten);
    // (Only of the client named first: "did not meet duty-to-warn threshold per my assessment, consulted ..." has its own reading.)
    if (perMine && (kind === 'assessment' || kind === 'report' || kind === 'risk') && /^\s*(?:client|pt|patient|cl|she|he|they)\s/i.test(rewritten)) {
      const rest = `${rewritten.slice(0, perMine.index)}${perMine.index > 0 && perMine.index + perMine[0].length < rewritten.length ? ': ' : ''}${rewritten.slice(perMine.index + perMine[0].length).trim()}`.trim();
      rewritten = `In the therapist's assessment, ${rest.replace(/^(?:client|pt|patient|cl)\s+not\s+meeting\b/i, 'client does not meet').replace(/^(?:client|pt|patient|cl)\s+meeting\b/i, 'client meets').replace(/^(?:client|pt|patient|cl)\s+(?=(?:is|does|has|was|meets|not)\b)/i, 'client ')}`;
      if (kind === 'report') kind = 'assessment';
    }
    // ("I asked her to keep the sleep log"): homework asked for is said as the task.
    if (kind === 'homework') rewritten = rewritten.replace(/^\s*(?:(?:I|we|therapist)\s+)?(?:asked|encouraged|instructed)\s+(?:her|him|them|client|pt)\s+to\s+/i, '');
    // ("Asked Priya privately at end re safety: denied SI"): the asking, jotted with no asker, is the clinician's.
    // ("Did not proceed w/ joint conflict work given IPV disclosure": and so is the work held back.)
    const askedNamed = ASKED_NAMED.exec(rewritten);
    if ((kind === 'intervention' || kind === 'risk') && ((askedNamed && names.has(askedNamed[1]!)) || WORK_HELD_BACK.test(rewritten) || FOLLOWED_UP_DONE.test(rewritten) || KEPT_ON_LINE.test(rewritten))) rewritten = doneBy('I', rewritten);
    // ("Calmer by end of session"): how the client was by the end, jotted with no one named, is said of the client.
    if (kind === 'response' && SETTLED_BY_THE_END.test(rewritten.trim()) && !/^(?:client|pt|patient|cl|she|he|they)\b/i.test(rewritten.trim())) rewritten = `Client ${/^(?:was|seemed|appeared|looked|calmed|settled|de-?escalated|regulated)\b/i.test(rewritten.trim()) ? '' : 'was '}${rewritten.trim()[0]!.toLowerCase()}${rewritten.trim().slice(1)}`;
    // ('Int: each said one thing they miss ... . Marcus said "eating dinner together."': on the intervention's own line, what a
    // person in the room said back is the response to it.)
    if (kind === 'report' && !c.labelKind && previous?.clause.labelKind === 'intervention' && previous.clause.line === c.line && previous.fact.kind === 'intervention' && /^(?:client|[A-Z][a-z]+|she|he|they|both|each)\s+(?:said|says|answered|named|chose|picked|shared)\b/i.test(rewritten.trim())) kind = 'response';
    // ("S: plan - take his oxycodone + drink": the method under a "plan" label is the suicide plan, said as such, never an order.)
    if (kind === 'risk' && c.labelKind === 'plan' && (!previous || previous.clause.line !== c.line || previous.clause.labelKind !== 'plan') && /^(?:to\s+)?(?:take|overdose|OD|hang|jump|shoot|cut|drive|crash|drown|walk into|step in front)\b/i.test(rewritten)) rewritten = `Suicide plan: ${rewritten.replace(/^to\s+/i, '')}`;
    // ("A: Acute anxiety re brother's safety. Client not at risk himself.": under the assessment, a judgement of the client's
    // risk with no verb of telling is the clinician's, never a report of the client's.)
    if (kind === 'risk' && c.labelKind === 'assessment' && RISK_JUDGED.test(rewritten.trim())) {
      kind = 'assessment';
      rewritten = rewritten.trim().replace(/^((?:client|pt|patient|cl|she|he|they|[A-Z][a-z]+)\s+)(?=not\b|(?:at\s+)?(?:low|moderate|high|minimal|elevated|chronic|acute)\b)/i, (_m, who: string) => `${/^(?:client|pt|patient|cl)\s/i.test(who) ? 'client ' : /^(?:she|he|they)\s/i.test(who) ? who.toLowerCase() : who}${/^they\s/i.test(who) ? 'are' : 'is'} `).replace(/^/, "In the therapist's judgement, ");
      judgedRisk = true;
    }
    // ("S: plan - take his oxycodone + drink; picked Sat when sister is out of town": under a "plan" whose first item was
    // the suicide plan, what follows on the line is more of it (when it is set for), never the treatment plan.)
    if (kind === 'plan' && c.labelKind === 'plan' && previous && previous.clause.line === c.line && previous.clause.labelKind === 'plan' && previous.fact.kind === 'risk' && !/\b(?:next|follow|f\/u|session|appointment|appt|refer|referral|safety plan|988|crisis line|call (?:me|the therapist|therapist)|therapist)\b/i.test(rewritten)) kind = 'risk';
    // ("Reported bullying to AP Reyes for HIB investigation": the report the clinician made, said as theirs.)
    if (kind === 'intervention' && /^reported\s/i.test(rewritten)) rewritten = `I ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
    // ("Dx impression: MDD ...; r/o alcohol use d/o; gender dysphoria": a diagnosis listed after the impression is part of it.)
    if (kind === 'session' && previous && previous.clause.line === c.line && previous.fact.kind === 'assessment' && DIAGNOSIS_ONLY.test(rewritten.trim())) kind = 'assessment';
    // ("plan increased monitoring": the plan, under its own heading, without the word.)
    if (kind === 'plan' && !c.labelKind && PLAN_JOTTED.test(rewritten.trim())) rewritten = rewritten.trim().replace(/^plan\s+/i, '');
    // ("My impression: ... consistent with PTSD; narrative was internally consistent": what follows the impression in its sentence is the impression too.)
    if (kind === 'report' && previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && previous.fact.kind === 'assessment' && IMPRESSION_LEAD.test(previous.fact.text) && !REPORT_START.test(rewritten)) kind = 'assessment';
    // ("he denied any, and she denied any too": a denial pointing back at the risk just asked about is risk content too.)
    if (kind === 'report' && previous && previous.clause.line === c.line && previous.fact.kind === 'risk' && /^\s*(?:and\s+)?(?:she|he|they|[A-Z][a-z]+)\s+(?:also\s+)?(?:denied|denies|endorsed|endorses)\s+(?:any|it|that|them|both|the same|those)\b(?:\s+(?:too|also|as well|either))?\s*$/i.test(rewritten)) kind = 'risk';
    // "has been thinking of OD since last wknd, plan to take them + her sertraline Friday": a plan to take the pills, told
    // right after thoughts of overdose, is the client's suicide plan, never the treatment plan.
    // ('states "I have his sleeping pills and I've been counting them" ... Plans to take them tonight'): the pills counted just
    // before make it the same plan.
    // ("... has ~40 pills at home. Intends to take them tonight": said as intent, the same.)
    if (kind === 'plan' && !c.labelKind && /^\s*(?:(?:her|his|their|a)\s+)?(?:plans?|intends?)\s+(?:is\s+|was\s+)?to\s+(?:take|swallow|overdose|od|jump|shoot|hang|cut|crash|drive)\b/i.test(rewritten) && previous && (SUICIDAL_TALK.test(previous.fact.text) || (/^\s*(?:plans|intends)\s+to\s+(?:take|swallow)\s+(?:them|all of them|it|those)\b/i.test(rewritten) && /\b(?:pills|tablets|meds|medications?|bottle|counting|stockpil\w*|saved up|saving)\b/i.test(previous.fact.text)))) kind = 'risk';
    // ("Intends to take them tonight", told as risk with no one named): the client's.
    if (kind === 'risk' && /^\s*(?:intends|plans)\s+to\s/i.test(rewritten)) rewritten = doneBy('client', rewritten);
    // Safety planning the clinician did is work done, like any intervention; so is a screen the clinician gave ("I ... used C-SSRS").
    // (A question asked, or how the session was held, is not work the client responds to.)
    // ("Reviewed safety plan. Pt engaged.": safety planning is the session's work too; what follows is the client's response.)
    // ("I confirmed his location at the start": the telehealth check that opens a session is no work the next report answers.)
    if ((kind === 'intervention' || ((kind === 'risk' || kind === 'measure') && /^(?:I|we)\b/i.test(rewritten.trim())) || (kind === 'risk' && /^(?:reviewed|completed|updated|developed|created|revised|went over|worked on|made)\s+(?:(?:a|the|her|his|their)\s+)?(?:safety|crisis|coping)\s+plan\b/i.test(rewritten.trim()))) && !/^(?:(?:I|we|therapist)\s+)?(?:asked\b|checked in\s+(?:with\s+(?:her|him|them)\s+)?(?:about|on|re|regarding)\b|did (?:video|telehealth|zoom|the session|phone)|(?:got|obtained|confirmed|verified|checked)\s+(?:his|her|their|the client's|client's|pt's)\s+(?:location|address|whereabouts|identity|id)\b)/i.test(rewritten.trim())) afterIntervention = true;
    // ("we did a risk check she's low I think but I want to keep an eye on it": right after the risk check, "low" is the risk level.)
    const levelAfterCheck = previous && /\brisk (?:check|assessment|screen|screening)\b/i.test(previous.fact.text) ? /^(she|he|they)\s*(?:'s|'re|\s+is|\s+are)\s+(low|moderate|high)\b(?!\s+(?:mood|energy|today|and|but)\b)(?:\s+(?:risk|I think|in my opinion))*/i.exec(rewritten) : null;
    if (levelAfterCheck) rewritten = `I think ${levelAfterCheck[1]!.toLowerCase() === 'she' ? 'her' : levelAfterCheck[1]!.toLowerCase() === 'he' ? 'his' : 'their'} risk is ${levelAfterCheck[2]!.toLowerCase()}${rewritten.slice(levelAfterCheck[0].length)}`;
    let subject = findSubject(rewritten, clientPronoun, names);
    // ("we called him together": "together" makes the act the clinician's and the client's.)
    if (subject === 'therapist' && /^we\s+[a-z]+ed\b[^.;]*\btogether\b/i.test(rewritten)) subject = 'joint';
    // ("Janice reports dad getting lost driving. Repeating questions, missed meds x3 this wk.": a jot with no subject right
    // after another person's report, on the same line, goes on with that report.)
    const reporter = subject === 'none' && kind === 'report' && previous && previous.clause.line === c.line && previous.fact.subject === 'other' && CONTINUED_JOT.test(rewritten) ? REPORTER.exec(previous.fact.text)?.[1] : undefined;
    if (reporter) {
      rewritten = `${reporter} also reported ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
    }
    // ("Alicia said lonely", then "Jordan said ...": a one-word answer is the word said, quoted.)
    rewritten = rewritten.replace(/^((?:[A-Z][a-z]+|she|he|they|client)\s+(?:said|says|answered|replied))\s+([a-z]{3,})$/i, (m, lead: string, word: string) => (/^(?:yes|yeah|nothing|okay|fine|that|this|so|sure|maybe|later|again|too|also|then|nope)$/i.test(word) || isFiniteVerb(word) ? m : `${lead} "${word}"`));
    // ("Linda tearful, said 'I can't do this anymore'": what was said right after another person was seen is theirs.)
    // ("Marcus engaged, said he'll order a door alarm": a saying with no subject of its own is read as the client's by default.)
    // ("- Talia supportive but tearful, worried about him ... Said 'I feel like ...'": on a jotted line, a sentence that
    // opens with a bare "Said" after one about a named person is theirs too.)
    // ("Wife left last wk. States 'I've got the pills saved up'": after an event told of someone away from the session, the saying is the client's.)
    const saidNext = (subject === 'none' || subject === 'client') && previous && previous.clause.line === c.line && previous.fact.subject === 'other' && !AWAY_EVENT.test(previous.fact.text) && /^(?:said|says|stated|states)\b/i.test(rewritten) && /^(?:said|says|stated|states)\b/i.test(c.text.trim()) ? [NAMED_AT_START.exec(previous.fact.text)?.[1]].find((n) => !!n && names.has(n)) : undefined;
    const seenSpeaker = (subject === 'none' || subject === 'client') && previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && previous.fact.subject === 'other' && !AWAY_EVENT.test(previous.fact.text) && /^(?:said|says|stated|states)\b/i.test(rewritten) ? (SEEN_DOER.exec(previous.fact.text)?.[1] ?? saidNext) : saidNext;
    if (seenSpeaker) {
      rewritten = `${seenSpeaker} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
    }
    // ("Dad unaware until today; informed with pt's consent": the one just named unaware is the one informed.)
    const informedWho = subject === 'none' && previous && previous.clause.line === c.line && previous.fact.subject === 'other' && /^(?:informed|notified|told|updated)\s+(?:today\s+)?(?:with|w\/|per)\s+(?:the\s+)?(?:client's|pt's|patient's|[A-Z][a-z]+'s|her|his|their)\s+(?:consent|permission|ok|okay)\b/i.test(rewritten) ? /^((?:(?:her|his|their|the)\s+)?[A-Za-z]+)\s+(?:was\s+|is\s+)?(?:unaware|not aware|did not know|didn't know)\b/i.exec(previous.fact.text)?.[1] : undefined;
    if (informedWho) {
      rewritten = `${informedWho} was ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
    }
    // ("Kevin ... 'I swear I'll put him through the wall' ... he calmed ... No weapons. Denies intent.": a bare denial of
    // intent or weapons right after another person's threat, on the same line, is that person's.)
    // ("Denies intent to harm Derek": never given to the one it names as the one who would be harmed.)
    if (subject === 'none' && threatener && threatener.line === c.line && THREAT_DENIAL_JOT.test(rewritten) && !new RegExp(`\\b(?:harm|hurt|hit|kill|attack|threaten|go after)\\s+${threatener.name}\\b`, 'i').test(rewritten)) {
      rewritten = `${threatener.name} ${/^no\b/i.test(rewritten) ? 'reports ' : ''}${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
    }
    if (subject === 'client') threatener = undefined;
    // ("Son Marco angry, said ... 'I'll hurt him'": the one named among the first words is the one who threatened.)
    // ("Derek reports Marcus threatened him last wk, said 'I'll break your jaw'": the one told of as threatening, never the teller.)
    const toldThreatener = /^([A-Z][a-z]+)\s+(?:reports?|reported|says|said|states|stated|told\s+\w+)\s+(?:that\s+)?([A-Z][a-z]+)\s+(?:threatened|threatens|said|says|yelled|told)\b/.exec(rewritten)?.[2];
    const threatName = subject === 'other' && THREAT_OF_VIOLENCE.test(rewritten.toLowerCase()) ? (toldThreatener ?? rewritten.split(/\s+/).slice(0, 3).map((w) => w.replace(/[^A-Za-z]/g, '')).find((w) => names.has(w)) ?? /^([A-Z][a-z]+)\b/.exec(rewritten)?.[1]) : undefined;
    if (threatName && threatName !== clientName) threatener = { name: threatName, line: c.line };
    // "stayed calm, did not lead, told Theo I need to tell people ...": a list of acts in which the teller says "I" is the clinician's.
    // ("stayed on video, had them hand pills to roommate": having someone hand over the means is the clinician's directing.)
    if (subject === 'none' && (/^(?:[a-z]+(?:\s+[a-z]+){0,3},\s+){0,3}told\s+(?:him|her|them|[A-Z][a-z]+)\s+(?:that\s+)?I\s+(?:need|needed|have|had|must|will|'ll|am|was|would|can)\b/.test(rewritten) || /^(?:[a-z]+(?:\s+[a-z]+){0,3},\s+){0,2}had\s+(?:them|him|her|the (?:roommate|partner|family|parents?))\s+(?:hand|give|bring|remove|lock|put|move|take|turn)\b/.test(rewritten) || HAD_SOMEONE_CALL.test(rewritten))) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
      kind = 'intervention';
    }
    // "I paged Dr. Abara; she wants Hannah admitted": a pronoun whose clause names the client is the person named just before, never the client.
    const namesClientAfter = subject === 'client' && !!clientNameWord && /^(?:she|he)\s/i.test(rewritten) && clientNameWord.test(rewritten.slice(3));
    const namedBefore = namesClientAfter && previous ? [...previous.fact.text.matchAll(/\b((?:Dr\.?\s+)?[A-Z][a-z]+)\b/g)].map((m) => m[1]!).filter((n) => n.replace(/^Dr\.?\s+/, '') !== clientName && names.has(n.replace(/^Dr\.?\s+/, ''))).at(-1) : undefined;
    if (namedBefore) {
      rewritten = `${namedBefore}${rewritten.slice(rewritten.indexOf(' '))}`;
      subject = 'other';
      // (What the one paged or consulted wants is part of that step, never the client's response.)
      if (kind === 'response' && previous) kind = previous.fact.kind;
    }
    // "... gets worse when Tasha drinks. Also checks her phone, controls money": control done to the client ("her phone")
    // is the last-named other person's, never the client's own act.
    if (subject === 'none' && CONTROL_OVER_CLIENT.test(rewritten) && previous) {
      const other = [...previous.fact.text.matchAll(/\b([A-Z][a-z]+)\b/g)].map((m) => m[1]!).filter((n) => names.has(n) && n !== clientName).at(-1);
      if (other) {
        rewritten = `${other} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
        subject = 'other';
        kind = kind === 'observation' ? 'report' : kind;
      }
    }
    // "Jordan (she/her) disclosed ...": a person named with the pronouns they go by is the doer of what follows, never reported on.
    if (subject === 'none' && DOER_WITH_PRONOUNS.test(rewritten)) subject = 'other';
    // ("Lauren disclosed ... Spoke with her 1:1 after group, she agreed to schedule indiv appt": in a group, "she" or "he"
    // opening a clause is the member last named as a doer on the line, said by name, never a bare pronoun in the Plan.)
    // (Not in a family session: there the client, or a parent met alone, is as likely the one meant.)
    let resolvedPronoun: string | undefined;
    // ("Sofia disclosed that her father grabbed her ... States it has happened 'a couple times'"): a saying with no one named, on
    // the line of one named, is theirs.
    const lineOpener = subject === 'none' && previous && previous.clause.line === c.line && previous.fact.subject === 'other' && /^(?:states|stated|says|said|adds|added|reports|reported)\s/i.test(rewritten.trim()) ? /^([A-Z][a-z]+)\s+[a-z]/.exec(previous.fact.text)?.[1] : undefined;
    if (lineOpener && names.has(lineOpener) && lineOpener !== clientName) {
      rewritten = doneBy(lineOpener, rewritten);
      subject = 'other';
    }
    // ("Member R.S. (PD) left early, appeared agitated. Stated on his way out ...": a saying with no one named, on the member's
    // line, is that member's too.)
    if (session.serviceType === 'group' && subject === 'none' && groupDoer && groupDoer.line === c.line && groupDoer.age <= 2 && /^(?:stated|said|shared|admitted|added|disclosed|denied|endorsed|yelled|muttered|commented|remarked|told)\s/i.test(rewritten.trim())) {
      rewritten = doneBy(groupDoer.name, rewritten);
      subject = 'other';
    }
    if (session.serviceType === 'group' && (subject === 'client' || subject === 'pronoun' || subject === 'none') && /^(?:she|he)\s+(?!(?:is|was|were|are)\s+(?:a|an|the)\b)[a-z]/i.test(rewritten) && groupDoer && groupDoer.line === c.line && groupDoer.age <= 3 && (!groupDoer.pronoun || rewritten.toLowerCase().startsWith(`${groupDoer.pronoun} `))) {
      // ("Keisha shared her husband told her ... she's been worried he's not OK; he's had a hard deployment": once a "she" is
      // read as the member, a "he" after it is someone else.)
      resolvedPronoun = rewritten.slice(0, rewritten.indexOf(' ')).toLowerCase();
      rewritten = `${groupDoer.name}${rewritten.slice(rewritten.indexOf(' '))}`;
      subject = 'other';
    }
    // In a couples session both partners are clients: "she said ..." names one of them, never "Client".
    if (subject === 'client' && session.serviceType === 'couples' && /^(?:she|he)\b/i.test(rewritten)) subject = 'pronoun';
    // ("collateral call with the son Mike ... he is crying on the phone": in a call with someone else, the client is not
    // there, and "he" is whoever the call was with.)
    // ("Call w/ Dr. Okafor: d/c'd quetiapine ...; she wants RN to watch sleep": so is a call opened with someone named.)
    if (subject === 'client' && /^(?:she|he)\b/i.test(rewritten) && c.line === 0 && (openedAsCall || facts.some((f) => f.kind === 'session' && COLLATERAL_CONTACT.test(f.text)))) subject = 'pronoun';
    // (... and a medicine stopped, started or changed, jotted in that call with a doctor, is the doctor's order.)
    if (subject === 'none' && callWith?.[1] && c.line === 0 && /^(?:discontinued|d\/c'd|stopped|started|increased|decreased|switched|added|tapered|titrated|lowered|raised|held)\b/i.test(rewritten)) {
      rewritten = `${callWith[1]} ${rewritten}`;
      subject = 'other';
      kind = 'plan';
    }
    // ("Call w/ Ms. Hart (school nurse) re Ava's 504 — CGM alerts going off in class ...; agreed phone stays w/ Ava": in a call
    // with someone named by title, what is told on that line is theirs, and what was agreed is theirs and the clinician's.)
    // ("Phone call with Mr. Abrams, the public defender for T.J. ... He asked whether I'd write a letter": the first "he" after a
    // call opened with a man named by title is that man.)
    if (titledCaller && !titledCallerNamed && c.line === 0 && (subject === 'pronoun' || subject === 'client') && new RegExp(`^${/^Mr\b/.test(titledCaller) ? 'he' : 'she'}\\s`, 'i').test(rewritten) && !facts.some((f) => f.kind !== 'session' && (f.subject === 'client' || f.subject === 'pronoun'))) {
      rewritten = withDoer(rewritten, titledCaller);
      subject = 'other';
      titledCallerNamed = true;
    }
    // ("We called the mobile crisis team together and they came to the center and evaluated": "they" is the team just called.)
    const serviceCalled = /^they\s+(?:came|arrived|evaluated|assessed|recommended|took|transported|responded|said|will|were)\b/i.test(rewritten) && previous && previous.clause.line === c.line ? /\b(?:called|contacted|paged|dispatched)\s+(?:the\s+)?(mobile crisis(?: team)?|crisis team|police|EMS|emergency medical services|paramedics|ambulance|CPS|child protective services)\b/i.exec(previous.fact.text) : null;
    if (serviceCalled) {
      rewritten = withDoer(rewritten, `The ${serviceCalled[1]}`);
      subject = 'other';
    }
    // ("Shared attendance & UDS results per ROI": the disclosure under a release is the clinician's own act.)
    if (kind === 'intervention' && subject === 'none' && /^(?:shared|disclosed|released|sent|faxed)\b[^.;]{0,120}?\b(?:per|under|within)\s+(?:the\s+)?(?:ROI|release)/i.test(rewritten)) {
      rewritten = `I ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'therapist';
    }
    const caller = callWith?.[2] && /^(?:Mr|Ms|Mrs|Mx)\b/.test(callWith[2]) ? callWith[2] : undefined;
    if (caller && subject === 'none' && c.line === 0 && kind === 'report' && !/^(?:I|we|no|denies|denied)\b/i.test(rewritten)) {
      if (/^agreed\b/i.test(rewritten)) {
        rewritten = `${caller} and I ${rewritten}`;
        subject = 'other';
      } else if (!isFiniteVerb((/^\S+/.exec(rewritten)?.[0] ?? '').toLowerCase())) {
        rewritten = `${caller} reported ${/^[A-Z][a-z]/.test(rewritten) ? rewritten[0]!.toLowerCase() : rewritten[0]}${rewritten.slice(1)}`;
        subject = 'other';
      }
    }
    // "mom and I practiced ..., she used labeled praise": right after a relative of the same
    // gender in the same sentence, "she" may be either of them, so it stays "she".
    // (In dictation, where one sentence was cut in several, the line is the sentence.)
    if (subject === 'client' && previous && previous.clause.line === c.line && (previous.clause.sentence === c.sentence || !/[.!?]/.test(text.slice(previous.clause.end, c.start))) && (sameGenderRelative(rewritten, previous.fact.text) || namedOtherBefore(rewritten, previous.fact))) subject = 'pronoun';
    // ("Consulted clin director re duty to warn; not met at this time per consult": what was not met is the duty just named.)
    const criterion = subject === 'none' && previous && previous.clause.line === c.line && /^(?:not met|met|does not (?:meet|apply)|doesn't (?:meet|apply))\b/i.test(rewritten) ? /\b(duty to (?:warn|protect)|criteria for (?:a |an )?[a-z-]+(?: [a-z-]+)?|(?:hold|admission) criteria|threshold for [a-z-]+)\b/i.exec(previous.fact.text)?.[1] : undefined;
    if (criterion) {
      rewritten = `${criterion} was ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`.replace(/\bwas does not\b/i, 'does not').replace(/\bwas doesn't\b/i, 'does not');
      kind = 'risk';
    }
    // ("Rob has a rifle he said it's in a safe ... he agreed to take the ammunition": a "he" right after a "he" already
    // read as someone named goes on with that person.)
    const samePronoun = /^(she|he)\b/i.exec(rewritten)?.[1]?.toLowerCase();
    const chainedFrom = (subject === 'pronoun' || subject === 'client') && samePronoun && (previous?.fact.subject === 'other' || previous?.fact.subject === 'pronoun') && previous.clause.line === c.line && /^\s*(?:and\s+|so\s+)?(she|he)\b/i.exec(previous.clause.text)?.[1]?.toLowerCase() === samePronoun;
    // ("Maria says she hasn't slept ..., she's also still working": a name whose own "she" follows its saying is that "she".)
    const namedThenSame = !chainedFrom && (subject === 'pronoun' || subject === 'client') && samePronoun && previous?.fact.subject === 'other' && previous.clause.line === c.line ? NAME_THEN_OWN_PRONOUN[samePronoun as 'she' | 'he'].exec(previous.fact.text.trim())?.[1] : undefined;
    const chained = chainedFrom ? /^([A-Z][a-z]+)\s/.exec(previous!.fact.text.trim())?.[1] : namedThenSame;
    // ("Maria ... so I asked her about that directly and she said no": the one asked, just chained as "she", answers.)
    const askedChained = !chained && samePronoun && lastChained?.pronoun === samePronoun && (subject === 'pronoun' || subject === 'client') && previous?.fact.subject === 'therapist' && previous.clause.line === c.line && previous.clause.line === lastChained.line && ASKED_PRONOUN[samePronoun as 'she' | 'he'].test(previous.fact.text) ? lastChained.name : undefined;
    const chainedName = chained ?? askedChained;
    if (chainedName && names.has(chainedName) && chainedName !== clientName) {
      rewritten = withDoer(rewritten, chainedName);
      subject = 'other';
      lastChained = { name: chainedName, pronoun: samePronoun!, line: c.line };
    } else if (chainedFrom && previous!.fact.subject === 'pronoun') subject = 'pronoun';
    // ("I talked with Beto and he agreed to take the pills": the one the clinician just spoke with, by name; "... got him a sandwich
    // ... talked with Dr Patel on the phone she wants him evaluated": the one spoken with last in a run of acts.)
    const spokenWith = (subject === 'pronoun' || subject === 'other') && previous?.fact.subject === 'therapist' && /^(?:she|he)\s/i.test(rewritten) ? (/^(?:I|therapist)\s+(?:talked|spoke)\s+(?:with|to)\s+(?:the\s+[a-z]+\s+)?((?:Dr\.?\s+)?[A-Z][a-z]+)\b/.exec(previous.fact.text.trim()) ?? /\b(?:talked|spoke|consulted)\s+(?:with|to|w\/)\s+(?:the\s+[a-z]+\s+)?((?:Dr\.?\s+)?[A-Z][a-z]+)(?:\s+(?:on the phone|by phone|by telephone|over the phone))?\s*[.;,]?$/.exec(previous.fact.text.trim()))?.[1] : undefined;
    // ("I called bro after session, he agreed": the relative just called, whose pronoun that is, answers.)
    const calledRelative = !spokenWith && (subject === 'pronoun' || subject === 'client') && (previous?.fact.subject === 'therapist' || (previous?.fact.subject === 'none' && /^called\b/i.test(previous.fact.text))) && previous.clause.line === c.line ? /^(she|he)\s+(?:agreed|said|says|confirmed|declined|refused|will|is coming|is on (?:her|his) way|is going to come|came in)\b/i.exec(rewritten) : null;
    // ("Called Lincoln MS asst principal re Tyler's attendance - she agreed to shortened days": the one called by role answers.)
    const roleCalled = calledRelative && /^(?:I\s+|therapist\s+)?(?:called|phoned|reached|contacted)\b/i.test(previous!.fact.text.trim()) ? /\b(assistant principal|vice principal|principal|teacher|school counselor|counselor|caseworker|case worker|case manager|probation officer|parole officer|landlord|employer|manager|pharmacist)\b/i.exec(previous!.fact.text.trim().split(/\s+(?:re|regarding|about)\b/i)[0]!)?.[1]?.toLowerCase() : undefined;
    const relativeCalled = calledRelative ? /^(?:I|therapist)\s+(?:called|phoned|texted|reached|contacted)\s+(?:(?:his|her|their|the|client's|pt's)\s+)?(brother|sister|mother|father|mom|dad|wife|husband|son|daughter|aunt|uncle|grandmother|grandfather|girlfriend|boyfriend)\b/i.exec(previous!.fact.text.trim())?.[1]?.toLowerCase() : undefined;
    const relativePronoun = relativeCalled ? (/^(?:brother|father|dad|husband|son|uncle|grandfather|boyfriend)$/.test(relativeCalled) ? 'he' : 'she') : undefined;
    // ("we put her on 1 to 1 sitter and switched oxycodone to liquid": in a hospital, orders are the treatment team's, never the therapist's alone.)
    if (/^we\s+(?:(?:then|also)\s+)?(?:put|placed|started|switched|changed|ordered|discontinued|held|increased|decreased)\s+(?:(?:her|him|them|the patient)\s+(?:on|back on)\s+(?:a\s+)?(?:1\s*(?:to|:)\s*1|one[- ]to[- ]one|sitter|suicide precautions|close observation|q\s*15|constant observation)|(?:her|his|their|the)?\s*(?:[a-z]+\s+)?(?:oxycodone|morphine|insulin|medications?|meds|dose|opioids?|pain medication)\s+(?:to|from|on)\b)/i.test(rewritten)) {
      rewritten = rewritten.replace(/^we\b/i, 'the treatment team');
      subject = 'other';
    }
    // ("Consulted w/ Dr. Reyes re: duty to warn. We decided ...": the "we" after a consultation is the clinician and the one consulted.)
    const consultedBefore = subject === 'joint' && /^we\s+(?:decided|agreed|concluded|determined|judged)\b/i.test(rewritten) && previous && previous.clause.line === c.line ? /^(?:I\s+)?consulted\s+(?:w\/\s*|with\s+)((?:Dr\.?\s+)?[A-Z][a-z]+|(?:my|the)\s+supervisor)\b/i.exec(previous.fact.text.trim())?.[1] : undefined;
    if (consultedBefore) {
      rewritten = rewritten.replace(/^we\b/i, `${consultedBefore.replace(/^my\s+/i, 'the ')} and I`);
      subject = 'other';
    }
    // ("Sofia pulled me aside - worried about Marco, he told her last night ...": the one worried about, just named, is the "he".)
    const worriedAbout = !spokenWith && (subject === 'pronoun' || subject === 'client') && /^(?:she|he)\s/i.test(rewritten) && previous && previous.clause.line === c.line ? /\b(?:worried|concerned|scared|afraid|anxious)\s+(?:about|for)\s+([A-Z][a-z]+)\s*[.,;]?\s*$/.exec(previous.fact.text)?.[1] : undefined;
    if (worriedAbout && names.has(worriedAbout) && worriedAbout !== clientName) {
      rewritten = withDoer(rewritten, worriedAbout);
      subject = 'other';
    }
    // ("I talked with the hospitalist Dr. Osei he agreed": the one spoken with, by title.)
    if (spokenWith && spokenWith !== clientName && !/^(?:Client|Patient|Therapist|Dr)$/.test(spokenWith)) {
      rewritten = withDoer(rewritten, spokenWith);
      subject = 'other';
    } else if (roleCalled && !relativeCalled) {
      rewritten = withDoer(rewritten, `The ${roleCalled}`);
      subject = 'other';
    } else if (relativeCalled && calledRelative![1]!.toLowerCase() === relativePronoun && rewritten.split(/\s+/).length <= 8) {
      rewritten = withDoer(rewritten, `The ${PARENT_WORD[relativeCalled] ?? relativeCalled}`);
      subject = 'other';
    }
    // "dad said '...' and I explored that with him and he said he didn't mean it": past the clinician's own
    // act, "he" may still be the relative who spoke just before it.
    else if (subject === 'client' && previous && previous.fact.subject === 'therapist' && previous.clause.line === c.line && /^(?:she|he)\s+(?:said|says|told|explained|added|clarified|admitted)\b/i.test(rewritten)) {
      const before = facts.at(-2);
      if (before && before.subject === 'other' && (sameGenderRelative(rewritten, before.text) || namedOtherBefore(rewritten, before))) subject = 'pronoun';
    }
    // What stands between the clause before on this line and this one ("; ", ", "), for the rules that carry its doer or kind on.
    const sameLineGap = previous && previous.clause.line === c.line ? text.slice(previous.clause.end, c.start) : undefined;
    // ("Discussed moving the rifle to his brother's - pt hesitant, agreed to think about it": the answer after the client's
    // hesitation, with no doer of its own, is the client's, never the family's or the clinician's.)
    if (subject === 'none' && previous && sameLineGap !== undefined && !/[.!?]/.test(sameLineGap) && /^(?:agreed|declined|refused|consented|was willing|is willing|but agreed|then agreed|eventually agreed|would consider|will consider|will think)\b/i.test(rewritten) && /[,;-]\s*(?:client|pt|patient)\s+(?:(?:was|is|initially|somewhat|very|a bit|quite)\s+)?(?:hesitant|reluctant|ambivalent|unsure|resistant|guarded|tearful|quiet|uncertain|skeptical|hesitating)\s*$/i.test(previous.fact.text)) {
      rewritten = `client ${rewritten}`;
      subject = 'client';
    }
    // ("I think she is accommodating less; the guilt stuck point needs more work": after the clinician's own view, what follows its
    // semicolon with no one else named goes on with that view.)
    if (subject === 'none' && kind === 'report' && previous?.fact.kind === 'assessment' && /^\s*;\s*$/.test(sameLineGap ?? '') && /^(?:I|therapist)\s+(?:think|thinks|believe|believes|feel|feels|suspect|suspects|wonder|sense)\b/i.test(previous.fact.text.trim())) kind = 'assessment';
    // ("per Rosa none since - Leo confirmed, denied current SH/SI": the denial with no doer, right after a named person confirmed,
    // is that person's, never the client's.)
    const confirmer = subject === 'none' && /^(?:denied|denies|endorsed|endorses|agreed|agrees)\b/i.test(rewritten) && previous && sameLineGap !== undefined && !/[.!?]/.test(sameLineGap) ? /\b([A-Z][a-z]+)\s+(?:confirmed|agreed|nodded|concurred)\s*$/.exec(previous.fact.text.trim()) : null;
    if (confirmer && names.has(confirmer[1]!) && confirmer[1] !== clientName) {
      rewritten = `${confirmer[1]} ${rewritten}`;
      subject = 'other';
    }
    // ("Parents plan to go to his apt tonight; will call 911 if he refuses": the next step with no doer, after another's plan,
    // is theirs too, never the clinician's promise.)
    const plannerBefore = subject === 'none' && /^will\s+(?!be\b)/i.test(rewritten) && previous && previous.fact.subject === 'other' && /^\s*[;,]\s*$/.test(sameLineGap ?? '') ? /^((?:the\s+|her\s+|his\s+|their\s+)?[A-Za-z]+(?:\s+(?:and|&)\s+[A-Za-z]+)?)\s+(?:plans?|planned|agreed|intends?|(?:is|are)\s+going|will)\s/.exec(previous.fact.text.trim()) : null;
    if (plannerBefore) {
      rewritten = `${plannerBefore[1]} ${rewritten}`;
      subject = 'other';
    }
    // ("Cont weekly; BA schedule; PHQ-9 next time": a technique named with no verb, in a run of the plan's items, is planned too.)
    if (subject === 'none' && kind === 'intervention' && previous?.fact.kind === 'plan' && /^\s*;\s*$/.test(sameLineGap ?? '') && rewritten.split(/\s+/).length <= 4 && !rewritten.split(/\s+/).some((w) => isFiniteVerb(w.toLowerCase()) || /^[a-z]{3,}ed$/i.test(w))) kind = 'plan';
    // ("Linda herself sounds exhausted she's crying on the phone says she can't keep doing this": in dictation cut at its
    // verbs, a saying with no one before it goes on with the one just told of, never the client.)
    const saidBy = subject === 'none' && /^(?:says|said|states|stated|reports|reported|tells|told|adds|added)\b/i.test(rewritten) && previous && previous.clause.line === c.line && !/[.!?]/.test(text.slice(previous.clause.end, c.start)) && (previous.fact.subject === 'pronoun' || previous.fact.subject === 'other') ? /^(?:(she|he|they)|([A-Z][a-z]+))\b(?!['’]s\b)/.exec(previous.fact.text.trim()) : null;
    if (saidBy?.[1]) {
      rewritten = `${saidBy[1].toLowerCase()} ${rewritten}`;
      subject = 'pronoun';
      if (kind === 'response' || kind === 'intervention' || kind === 'assessment') kind = 'report';
    } else if (saidBy?.[2] && names.has(saidBy[2]) && saidBy[2] !== clientName) {
      // (The saying has no doer of its own: the name goes before its verb, never in its place.)
      rewritten = `${saidBy[2]} ${rewritten}`;
      subject = 'other';
      if (kind === 'response' || kind === 'intervention' || kind === 'assessment') kind = 'report';
    }
    // ("I strongly recommended the son remove it this week and she agreed to call him tonight": the one to call is the relative
    // just named, said as such, never a bare "him" the reader could take for the husband in the room.)
    const callee = previous && previous.clause.line === c.line && !/[.!?]/.test(text.slice(previous.clause.end, c.start)) ? /\b(call|text|phone|contact|ask|tell|email|reach)\s+(him|her)\b(?!\s+(?:own|son|daughter|mom|dad|mother|father|brother|sister)\b)/i.exec(rewritten) : null;
    if (callee) {
      const relatives = [...previous!.fact.text.matchAll(RELATIVE_NAMED)].filter((m) => (callee[2]!.toLowerCase() === 'him') === MALE_RELATIVE.test(m[2]!.toLowerCase()));
      const last = relatives.at(-1);
      const after = last ? previous!.fact.text.slice(last.index + last[0].length) : '';
      if (last && relatives.length === 1 && !new RegExp(`\\b(?:${callee[2]!.toLowerCase() === 'him' ? 'he|him|his' : 'she|her|hers'})\\b`, 'i').test(after)) rewritten = `${rewritten.slice(0, callee.index)}${callee[1]} the ${last[2]!.toLowerCase()}${rewritten.slice(callee.index + callee[0].length)}`;
    }
    // "When I asked Emmanuel directly, he said ...": the answer of someone named is theirs, never the client's response.
    // ("Tobi said, when asked directly, ...": the same, as the phrase rewrites put it.)
    const askedMatch = /^[Ww]hen (?:I|the therapist|this writer) asked ([A-Z][a-z]+)\b[^,]{0,30},\s*(?:he|she|they)\s+(?:said|says|told|denied|admitted|reported)\b|^([A-Z][a-z]+) (?:said|stated|reported|admitted|denied|answered|replied), when asked\b/.exec(rewritten);
    const askedOther = askedMatch?.[1] ?? askedMatch?.[2];
    if (askedOther && names.has(askedOther) && askedOther !== clientName) {
      subject = 'other';
      if (kind === 'response' || kind === 'intervention') kind = 'report';
    }
    // "... I asked about plan or intent and he said no": "he" is still the one asked.
    if ((subject === 'client' || subject === 'pronoun') && previous?.fact.subject === 'therapist' && previous.clause.line === c.line && /^(?:she|he)\s+(?:said|says|told|denied|answered|admitted)\b/i.test(rewritten)) {
      const askedBeforeMatch = /^[Ww]hen (?:I|the therapist|this writer) asked ([A-Z][a-z]+)\b|^([A-Z][a-z]+) (?:said|stated|reported|admitted|denied|answered|replied), when asked\b/.exec(facts.at(-2)?.text ?? '');
      const askedBefore = askedBeforeMatch?.[1] ?? askedBeforeMatch?.[2];
      if (askedBefore && names.has(askedBefore) && askedBefore !== clientName) {
        rewritten = withDoer(rewritten, askedBefore);
        subject = 'other';
      }
    }
    // "Mom reported 2 incidents. She said she has been so tired": the next sentence's "she" is the
    // relative who was the last sentence's subject, unless that sentence also named someone of the
    // same gender as an object ("Mom brought her in. She reports ..."), where it stays "she".
    // In one dictated sentence too, when the pronoun cannot be the client's ("she" about a boy's mother).
    const notClientPronoun = !!clientPronoun && /^(she|he)\s/i.test(rewritten) && !rewritten.toLowerCase().startsWith(`${clientPronoun} `);
    // ("mom was home but not in the room. she said ...": a relative out of the room is not the one speaking.)
    // ("her mom cried and hasn't texted her since so she's been pretty low": "so" and the pronoun after what was done to
    // someone are that someone, the one it was done to.)
    const doneToThem = !!previous && (/^\s*(?:and\s+)?so\s+(?:she|he)\b/i.test(c.text) || (/\bso\s*$/i.test(text.slice(previous.clause.end, c.start)) && /^(?:she|he)\b/i.test(c.text))) && /\b(?:texted|called|told|left|hurt|ignored|blocked|rejected|dropped|dumped|yelled at|hit)\s+(?:her|him)\b/i.test(previous?.fact.text ?? '');
    // ("dad said get out and don't come back so he slept in his car": "so" and the client's own pronoun go on with the client.)
    const soClient = !!soThenClient && !!clientPronounLead && (soThenClient.test(c.text) || (!!previous && /\bso[\s.,]*$/i.test(text.slice(previous.clause.end, c.start)) && clientPronounLead.test(c.text)));
    // ("mother herself says she is stressed but coping, PHQ-2 was 1, she denies any thoughts of hurting herself": a score
    // between them leaves the one who told it the one the pronoun names.)
    const teller = previous?.fact.kind === 'measure' && toldBefore?.clause.line === previous.clause.line ? toldBefore : previous;
    const relativeBefore = teller && !doneToThem && !soClient && (!sameSentence || notClientPronoun) && teller.fact.subject === 'other' && c.line - teller.clause.line <= 1 && !RELATIVE_OUT_OF_ROOM.test(teller.fact.text) ? subjectRelative(rewritten, teller.fact.text) : undefined;
    if ((subject === 'client' || subject === 'pronoun') && relativeBefore) {
      rewritten = withDoer(rewritten, relativeBefore);
      subject = 'other';
    }
    // ("Dave left ..., texted her at 3am '...'. Not answering since.": a bare "not answering" after another's acts is theirs.)
    const notAnswering = previous && previous.fact.subject === 'other' && c.line - previous.clause.line <= 1 ? /^(?:not|hasn't been|has not been|hasn't|has not)\s+(?:answering|responding|picking up|returning (?:calls|texts)|answered|responded)\b/i.exec(rewritten) : null;
    const notAnsweringWho = notAnswering ? /^([A-Z][a-z]+)\s/.exec(previous!.fact.text)?.[1] : undefined;
    if (notAnsweringWho && names.has(notAnsweringWho) && notAnsweringWho !== clientName) {
      rewritten = `${notAnsweringWho} has not been ${/respond/i.test(notAnswering![0]) ? 'responding' : 'answering'}${rewritten.slice(notAnswering![0].length)}`;
      subject = 'other';
    }
    // ("... gaming until 3am and Minh is frustrated he said quote ...": "he said" right after a named person's state, on the
    // same line, is that person speaking.)
    const stateThenSaid = !relativeBefore && (subject === 'client' || subject === 'pronoun' || subject === 'other') && (!clientPronoun || notClientPronoun) && previous && previous.clause.line === c.line && /^(?:she|he)\s+(?:said|says|stated|told)\b/i.test(rewritten) ? /\b([A-Z][a-z]+)\s+(?:is|was|got|seemed|felt|looked)\s+(?:(?:very|so|really|pretty|more)\s+)?[a-z]+\s*$/.exec(previous.fact.text) : null;
    if (stateThenSaid && names.has(stateThenSaid[1]!) && stateThenSaid[1] !== clientName) {
      rewritten = withDoer(rewritten, stateThenSaid[1]!);
      subject = 'other';
    }
    // ("Main concern today = her son Bilal, 19. Not eating, stays in room, told her last night ...", then "Has pills from his
    // injury": for a woman client, a jotted clause that tells "her" something, or names "his" things, is the son's, the
    // relative of the other sex just named; the same for a man client and "him", "her".)
    const toldTheClient = clientPronoun === 'she' ? /\b(?:told|texted|called|asked|showed|hit|pushed|yelled at|screamed at)\s+her\b|\bhis\b/i : clientPronoun === 'he' ? /\b(?:told|texted|called|asked|showed|hit|pushed|yelled at|screamed at)\s+him\b|\bher\b(?=\s+(?!own\b)[a-z]{3,})/i : null;
    const otherSexRelative = toldTheClient && subject === 'none' && (kind === 'report' || kind === 'observation') && previous && c.line - previous.clause.line <= 1 && !/^(?:I|we|no|denies|denied)\b/i.test(rewritten) && !/^(?:says|said|reports|reported|states|stated)\s+(?:that\s+)?(?:he|she)\s/i.test(rewritten) && toldTheClient.test(rewritten)
      ? OTHER_SEX_RELATIVE[clientPronoun as 'she' | 'he'].exec(previous.fact.text)
      : null;
    // (The one found goes on through the next such clause: "Bilal not eating ..." then "Has pills from his injury".)
    const otherSexDoer = otherSexRelative ? (otherSexRelative[2] ?? `${clientPronoun === 'she' ? 'Her' : 'His'} ${otherSexRelative[1]!.toLowerCase()}`) : toldTheClient && subject === 'none' && lastOtherSexDoer && previous?.fact.text.startsWith(`${lastOtherSexDoer} `) && c.line - previous.clause.line <= 1 && toldTheClient.test(rewritten) && !/^(?:I|we|no|denies|denied)\b/i.test(rewritten) ? lastOtherSexDoer : undefined;
    if (otherSexDoer && !relativeBefore) {
      rewritten = `${otherSexDoer} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
      lastOtherSexDoer = otherSexDoer;
    }
    // ("pt gave verbal consent for me to call Marcus - called him in session, he agreed"): the one the clinician was cleared to
    // call, then called, is the one who answers, even when he shares the client's pronoun.
    const calledBack = /^(she|he)\s+(?:agreed|agrees|said|says|declined|confirmed|will|is willing|was willing|denied|denies)\b/i.test(rewritten) && previous?.fact.subject === 'therapist' && previous.clause.line === c.line && /^(?:I\s+)?(?:called|phoned|reached|texted|spoke (?:with|to)|talked (?:with|to))\s+(?:him|her)\b/i.test(previous.fact.text) ? [...text.slice(Math.max(0, previous.clause.start - 160), previous.clause.start).matchAll(/\b(?:call|phone|reach|contact|text|speak with|talk to)\s+([A-Z][a-z]+)\b/g)].at(-1)?.[1] : undefined;
    if (calledBack && names.has(calledBack) && calledBack !== clientName) {
      rewritten = withDoer(rewritten, calledBack);
      previous!.fact.text = previous!.fact.text.replace(/\b(called|phoned|reached|texted|spoke (?:with|to)|talked (?:with|to))\s+(?:him|her)\b/i, `$1 ${calledBack}`);
      subject = 'other';
    }
    // ("called his mom with his consent, she's driving up tonight": the relative the clinician just reached, of the other
    // pronoun than the client's, is the one the next "she" names.)
    const reached = !relativeBefore && /^(?:she|he)\s/i.test(rewritten) && (!clientPronoun || notClientPronoun) && (previous?.fact.subject === 'therapist' || previous?.fact.subject === 'other' || (previous?.fact.subject === 'none' && previous.fact.kind === 'intervention')) && previous.clause.line === c.line && subject !== 'therapist' ? REACHED_RELATIVE.exec(previous.fact.text) : null;
    // ("I told the AP about the bullying she's going to do the bullying investigation": a colleague just told, who takes on a
    // professional's task, is the one who will do it; the client investigates nothing.)
    const roleTold = !relativeBefore && previous && previous.clause.line === c.line ? ROLE_TOLD.exec(previous.fact.text) : null;
    if (roleTold && ROLE_TASK.test(rewritten)) {
      rewritten = withDoer(rewritten, `The ${roleTold[1]}`);
      subject = 'other';
    }
    // (The possessive says whose relative: "his mom" then "she" can only be the mother.)
    if (reached && previous?.fact.subject !== 'other' && /^(?:his|her)$/i.test(reached[1]!) && (reached[1]!.toLowerCase() === 'his') === /^she\b/i.test(rewritten) && (/^she\b/i.test(rewritten) ? FEMALE_RELATIVE : MALE_RELATIVE).test(reached[2]!)) {
      rewritten = withDoer(rewritten, `${reached[1]![0]!.toUpperCase()}${reached[1]!.slice(1).toLowerCase()} ${PARENT_WORD[reached[2]!.toLowerCase()] ?? reached[2]!.toLowerCase()}`);
      subject = 'other';
    }
    // ("called the daughter Karen who came to the clinic she agreed to take the gun": "the" says nothing of whose, but a
    // relative of the pronoun's sex, when the client is of the other, is the "she"; named when the name follows.
    // "mom called Caleb's mother from session, she was home": the same for another's relative, whoever reached them.)
    else if (reached && /^(?:the|[A-Z][a-z]+'s)$/i.test(reached[1]!) && (/^she\b/i.test(rewritten) ? FEMALE_RELATIVE : MALE_RELATIVE).test(reached[2]!)) {
      const name = reached[3] && /^[A-Z]/.test(reached[3]) && !/^(?:Who|Which|That|And|But|So|Then|To|At|In|On)$/.test(reached[3]) ? reached[3] : undefined;
      const role = PARENT_WORD[reached[2]!.toLowerCase()] ?? reached[2]!.toLowerCase();
      rewritten = withDoer(rewritten, name ?? (/^the$/i.test(reached[1]!) ? `The ${role}` : `${reached[1]} ${role}`));
      subject = 'other';
    }
    // ("Said his wife is 'at the end of her rope' - she told him last night ...": the one relative of that sex the clause before
    // named as the client's, on the same line, is the "she" of the next.)
    const spokenOf = !reached && notClientPronoun && !relativeBefore && subject !== 'therapist' && previous && previous.clause.line === c.line && (previous.fact.subject === 'client' || previous.fact.subject === 'pronoun' || previous.fact.subject === 'none') ? [...previous.fact.text.matchAll(new RegExp(`\\b${clientPronoun === 'she' ? 'her' : 'his'}\\s+(${(/^she\b/i.test(rewritten) ? FEMALE_RELATIVE : MALE_RELATIVE).source.replace(/^\\b\(|\)\\b$/g, '')})\\b`, 'gi'))] : [];
    if (spokenOf.length === 1) {
      const word = PARENT_WORD[spokenOf[0]![1]!.toLowerCase()] ?? spokenOf[0]![1]!.toLowerCase();
      rewritten = withDoer(rewritten, `${clientPronoun === 'she' ? 'Her' : 'His'} ${word}`);
      subject = 'other';
    }
    // ("Told mom (via interp) I have to make a report; she was scared", the client a boy: a relative told with no "his" or
    // "her", of the other pronoun than the client's own, is the one the next "she" names.)
    const toldBare = !reached && (clientPronoun ? notClientPronoun : youngChild && /^(?:she|he)\s/i.test(rewritten)) && !relativeBefore && subject !== 'therapist' && previous && previous.clause.line === c.line && (previous.fact.subject === 'therapist' || (previous.fact.subject === 'none' && (previous.fact.kind === 'intervention' || /^told\b[^.;]*\b(?:I|the therapist)\b/i.test(previous.fact.text)))) ? /\b(?:called|contacted|notified|phoned|told|informed|spoke (?:to|with)|talked (?:to|with))\s+(?:the\s+)?(mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|aunt|uncle)\b/i.exec(previous.fact.text) : null;
    if (toldBare && (/^she\b/i.test(rewritten) ? FEMALE_RELATIVE : MALE_RELATIVE).test(toldBare[1]!)) {
      const word = PARENT_WORD[toldBare[1]!.toLowerCase()] ?? toldBare[1]!.toLowerCase();
      rewritten = withDoer(rewritten, `${word[0]!.toUpperCase()}${word.slice(1)}`);
      subject = 'other';
    }
    // "phone call w/ DCFS caseworker Tom Reyes ...; he will ask for supervised visits": on the same line, a
    // professional named with their role is the "he" or "she" next, when the client's own pronoun is the other one.
    const pronounLead = /^(she|he)\s/i.exec(rewritten)?.[1]?.toLowerCase();
    // "Devon disclosed he used meth ... he said he's not going to hurt himself": in a group, the member just named,
    // whose own pronoun that is, goes on as the one speaking (never "Client").
    const memberBefore = pronounLead && session.serviceType === 'group' && !relativeBefore && previous && c.line - previous.clause.line <= 1 ? /^([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,3}?(?:[a-z]+(?:ed|s)|was|is)\b/.exec(previous.fact.text)?.[1] : undefined;
    const memberPronoun = (name: string): boolean => facts.some((f) => f.text.startsWith(`${name} `) && f.text.slice(name.length).toLowerCase().split(/[^a-z]+/).includes(pronounLead!));
    // ("after grp I met with Marcus 1:1, he gave friend's name": the member just met with is the one answering.)
    const metWith = pronounLead && session.serviceType === 'group' && !relativeBefore && previous && previous.clause.line === c.line ? /\b(?:met|spoke|talked|checked in)\s+(?:with|w\/)\s+([A-Z][a-z]+)\b/.exec(previous.fact.text)?.[1] : undefined;
    if (metWith && names.has(metWith) && metWith !== clientName) {
      rewritten = withDoer(rewritten, metWith);
      subject = 'other';
    } else if (memberBefore && names.has(memberBefore) && memberBefore !== clientName && memberPronoun(memberBefore)) {
      rewritten = withDoer(rewritten, memberBefore);
      subject = 'other';
    }
    // ("Marta disclosed urges to cut ... Spoke w/ her privately after - denies SI, agreed to call me": in a group, the "her"
    // spoken with alone is the member just named on the line, and what follows the check-in is hers.)
    const spokeWithMember = session.serviceType === 'group' && subject === 'none' && previous && previous.clause.line === c.line && previous.fact.subject === 'other' ? /^(?:spoke|met|talked|checked in)\s+(?:with|w\/)\s+(her|him)\b/i.exec(rewritten) : null;
    const memberSpokenWith = spokeWithMember ? NAMED_AT_START.exec(previous!.fact.text)?.[1] : undefined;
    if (spokeWithMember && memberSpokenWith && names.has(memberSpokenWith) && memberSpokenWith !== clientName) {
      rewritten = `${rewritten.slice(0, spokeWithMember.index + spokeWithMember[0].length - spokeWithMember[1]!.length)}${memberSpokenWith}${rewritten.slice(spokeWithMember.index + spokeWithMember[0].length)}`.replace(/([,;:]|\s-)\s*(denies|denied|endorses|endorsed|reports|reported|agreed|agrees|said|says)\b/i, `$1 ${memberSpokenWith} $2`);
      groupDoer = { name: memberSpokenWith, line: c.line, age: 0 };
    }
    // ("DeShawn said about the shooter '...'. Seen alone after, said he was 'just mad'": in a shared session, the one just
    // named is the one seen alone.)
    const seenAloneAfter = (session.serviceType === 'family' || session.serviceType === 'group' || session.serviceType === 'couples') && subject === 'none' && /^(?:was\s+)?seen\s+(?:alone|individually|privately|separately)\b/i.test(rewritten) && previous && previous.clause.line === c.line ? /^([A-Z][a-z]+(?:[A-Z][a-z]+)?)\s+(?:said|says|stated|reported|told|disclosed|shared)\b/.exec(previous.fact.text)?.[1] : undefined;
    if (seenAloneAfter && names.has(seenAloneAfter) && seenAloneAfter !== clientName) {
      rewritten = `${seenAloneAfter} was ${rewritten.replace(/^was\s+/i, '').replace(/^S/, 's')}`;
      subject = 'other';
    }
    const roleBefore = pronounLead && clientPronoun && pronounLead !== clientPronoun && !relativeBefore && previous && previous.clause.line === c.line ? NAMED_ROLE.exec(previous.fact.text)?.[1] : undefined;
    if (roleBefore) {
      rewritten = `the ${roleBefore.toLowerCase()}${rewritten.slice(rewritten.indexOf(' '))}`;
      subject = 'other';
    }
    // ("Denies SI/HI both." in a couples or family session: every one of them denied it, never only the one named last.)
    const bothAfter = subject === 'none' && (session.serviceType === 'couples' || session.serviceType === 'family') ? /^(denies|denied|deny|endorses|endorsed|reports|reported)\s+(.+?)\s*,?\s+both\s*\.?$/i.exec(rewritten) : null;
    // ("Interrupted each other frequently": what the two did to each other, said of both.)
    // ("Intervention: kept focus on Noah not on each other": under the clinician's own label, the act is the clinician's.)
    const eachOther = subject === 'none' && !bothAfter && c.labelKind !== 'intervention' && (session.serviceType === 'couples' || session.serviceType === 'family') && /\b(?:each other|one another)\b/i.test(rewritten) ? /^([a-z]+)\b/i.exec(rewritten)?.[1] : undefined;
    if (eachOther && (looksLikePastVerb(eachOther.toLowerCase()) || isFiniteVerb(eachOther.toLowerCase()))) {
      rewritten = `Both ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
    }
    if (bothAfter) {
      const verb = bothAfter[1]!.toLowerCase();
      rewritten = `Both ${verb.endsWith('ies') ? `${verb.slice(0, -3)}y` : verb.endsWith('s') ? verb.slice(0, -1) : verb} ${bothAfter[2]}`;
      subject = 'other';
    }
    // ("Lisa said ... 'drive off and never come back.' Clarified - she meant leaving, denied any thoughts of self-harm when I asked":
    // in a couple's or family session, a denial with no doer after what the partner just said of herself is the partner's.)
    if (subject === 'none' && (session.serviceType === 'couples' || session.serviceType === 'family' || (previous && CLIENT_GONE_LEAD.test(previous.fact.text))) && /^(?:denied|denies|endorsed|endorses)\b/i.test(rewritten) && previous && previous.clause.line === c.line) {
      const pronoun = /\b(she|he)\b/i.exec(previous.fact.text)?.[1]?.toLowerCase();
      // (Only past a clause with no doer of its own, "Clarified - she meant ...": after someone else's own statement, that one goes on.)
      // ("after pt left: Denise disclosed ... 'rather not wake up.' Denied any plan or intent": after someone else's own
      // statement, told once the client had gone, the denial is theirs.)
      const teller = previous.fact.subject === 'none' || previous.fact.subject === 'pronoun' ? facts.at(-2) : previous.fact.subject === 'other' && CLIENT_GONE_LEAD.test(previous.fact.text) ? previous.fact : undefined;
      const speaker = pronoun && pronoun !== clientPronoun && teller?.subject === 'other' ? /^([A-Z][a-z]+)\s/.exec(teller.text.replace(CLIENT_GONE_LEAD, ''))?.[1] : undefined;
      if (speaker && names.has(speaker) && speaker !== clientName) {
        rewritten = `${speaker} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
        subject = 'other';
      }
    }
    // ("Family session - pt (38F) + husband + 2 teens (14, 17) ... 14yo quiet mostly, said she worries mom will die": in a session
    // with others in the room, someone named by an age that is not the client's is one of them.)
    const byAge = subject === 'none' && ['family', 'group', 'couples'].includes(session.serviceType ?? '') ? /^(?:the\s+)?(\d{1,2})-year-old\s+(?!(?:male|female|man|woman|boy|girl|client|patient|pt)\b)(?=[a-z])/i.exec(rewritten) : null;
    if (byAge && !new RegExp(`\\b(?:pt|client|patient)\\s*\\(?\\s*${byAge[1]}\\s*(?:[MF]\\b|yo\\b|y\\/o|-year-old)`, 'i').test(text)) {
      const rest = rewritten.slice(byAge[0].length);
      // ("quiet mostly": how they were, with no verb, is what they were.)
      rewritten = `The ${byAge[1]}-year-old ${isFiniteVerb(rest.split(/\s/)[0]!.toLowerCase()) ? '' : 'was '}${rest}`;
      subject = 'other';
    }
    // ("Call w/ outpt therapist (Dr. Ruiz) ... She said pt had a SI attempt 2021": one who tells of the client is not the client;
    // the person named with a title last is.)
    const toldOfClient = (subject === 'pronoun' || subject === 'client') && /^(?:she|he)\s+(?:said|says|reported|reports|stated|states|told (?:me|us|the therapist))\s+(?:that\s+)?(?:client|patient|pt)\b/i.test(rewritten) ? [...facts].reverse().map((f) => /\b((?:Dr|Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z]+)\b/.exec(f.text)?.[1]).find(Boolean) : undefined;
    if (toldOfClient) {
      rewritten = `${toldOfClient}${rewritten.slice(rewritten.indexOf(' '))}`;
      subject = 'other';
    }
    // ("Dr. Okafor says ... fine to start 25mg, she'll prescribe": only a prescriber prescribes; the doctor just named does.)
    // ("Dr. O was unaware; she's switching him to Vyvanse", the client a man: a "she" who is not the client, right after a
    // doctor named first, is that doctor.)
    const prescriberBefore = pronounLead && !roleBefore && previous && previous.clause.line === c.line && (/^(?:she|he|they)\s+(?:will|'ll|would|is going to|can)\s+(?:prescribe|order|refill|send (?:the|a) (?:script|prescription))\b/i.test(rewritten) || (!!clientPronoun && pronounLead !== clientPronoun && /^(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+[A-Z]/.test(previous.fact.text.trim()))) ? /\b((?:Dr|Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z]*)\b/.exec(previous.fact.text)?.[1] : undefined;
    if (prescriberBefore) {
      rewritten = `${prescriberBefore}${rewritten.slice(rewritten.indexOf(' '))}`;
      subject = 'other';
    }
    // "Mother said ..., denied any thoughts of killing herself": a subjectless statement verb in
    // the same sentence goes on with that person, never the client.
    // ('Wife says he is "short with the kids." Denies SI/HI.': a quotation closing with its own stop ends the sentence before a
    // risk screen's answer, which is the client's; 'Dad admits he yells "way more than I should." Denies ever physically
    // disciplining' goes on with the father.)
    const quoteStopThenScreen = !!previous && /[.!?]["”]\s*$/.test(text.slice(previous.clause.start, previous.clause.end)) && /^(?:denies|denied|endorses|endorsed)\s+(?:any\s+)?(?:current\s+)?(?:suicidal|homicidal|self-harm|thoughts of (?:suicide|self-harm))/i.test(rewritten);
    const noStopBetween = !!previous && previous.clause.line === c.line && !/[.!?]/.test(text.slice(previous.clause.end, c.start)) && !quoteStopThenScreen;
    const relativeLead = previous ? RELATIVE_SUBJECT.exec(previous.fact.text)?.[1] : undefined;
    // ("Derek said "..."; called mobile crisis": a crisis service called is the clinician's act, said without its doer;
    // "wife worried; worked on CBT thought record": work on something is the session's, not the relative's job.)
    // ("Father v angry. Said if he catches Christian ...": on the same line, a bare "said" after a sentence about a relative
    // is that relative's speech too.)
    // ("Mom ... said 'some days I don't see the point' ... I asked her directly - passive thoughts, no plan", the client a young
    // man: the one asked is the relative of that pronoun last speaking, and the answer is hers.)
    const askedRelative = subject === 'therapist' && clientPronoun && clientPronoun !== 'they' ? /^(?:I|therapist|the therapist)\s+asked\s+(her|him)\b/i.exec(rewritten) : null;
    if (askedRelative && (askedRelative[1]!.toLowerCase() === 'her') !== (clientPronoun === 'she')) {
      const relative = [...facts].reverse().slice(0, 4).map((f) => (f.subject === 'other' ? RELATIVE_SUBJECT.exec(f.text)?.[1] : undefined)).find((r) => !!r && (askedRelative[1]!.toLowerCase() === 'her' ? FEMALE_RELATIVE : MALE_RELATIVE).test(r));
      if (relative) rewritten = `${rewritten.slice(0, askedRelative.index + askedRelative[0].length - askedRelative[1]!.length)}the ${(PARENT_WORD[relative.toLowerCase()] ?? relative).toLowerCase()}${rewritten.slice(askedRelative.index + askedRelative[0].length)}`;
    }
    // ("toward the end dad said ... the family would be better off without him. I asked directly: he says no plan": the one asked
    // about what a relative just said of himself is that relative, whatever the client's pronoun.)
    const askedDirectly = subject === 'therapist' && previous && c.line - previous.clause.line <= 1 && mentionsRisk(previous.fact.text) ? /^((?:I|therapist)\s+asked\s+(?:(?:him|her)\s+)?directly\s*[:,-]?\s*)(she|he)(?=\s+(?:says|said|denies|denied|reports|reported)\b)/i.exec(rewritten) : null;
    const askedWhoSaid = askedDirectly ? /\b(mom|mother|dad|father|stepdad|stepmom|grandma|grandmother|grandpa|grandfather|husband|wife|partner)\s+(?:said|says|stated|reported|shared|admitted)\s+(?:that\s+)?(she|he)\b/i.exec(previous!.fact.text) : null;
    // ("Greg disclosed he's been drinking more ... Asked directly - he denied thoughts of suicide", in a couples session): the
    // one just named, whose own pronoun that is, answered the question, never "client".
    const askedPartner = (session.serviceType === 'couples' || session.serviceType === 'family') && subject === 'none' && previous && c.line - previous.clause.line <= 1 && previous.fact.subject === 'other' ? /^((?:I\s+)?asked\s+(?:(?:him|her)\s+)?directly\s*[:,-]?\s*)(she|he)\s+(?=(?:denied|denies|endorsed|endorses|said|says|reported|reports|admitted|admits)\b)/i.exec(rewritten) : null;
    const partnerAsked = askedPartner ? /^([A-Z][a-z]+)\s+(?:[a-z]+\s+){0,3}?(?:[a-z]+ed|said|says|told|was|is)\b/.exec(previous!.fact.text)?.[1] : undefined;
    if (askedPartner && partnerAsked && names.has(partnerAsked) && partnerAsked !== clientName && new RegExp(`\\b${askedPartner[2]!.toLowerCase()}\\b`).test(previous!.fact.text)) {
      rewritten = `${partnerAsked}, asked directly, ${rewritten.slice(askedPartner[0].length)}`;
      subject = 'other';
    }
    if (askedDirectly && askedWhoSaid && askedWhoSaid[2]!.toLowerCase() === askedDirectly[2]!.toLowerCase()) rewritten = `${askedDirectly[1]}the ${(PARENT_WORD[askedWhoSaid[1]!.toLowerCase()] ?? askedWhoSaid[1]!).toLowerCase()}${rewritten.slice(askedDirectly[0].length)}`;
    // ("Mom tearful thru most of session; near end said she's been drinking ...": when it was said goes after the saying.)
    if (subject === 'none' && relativeLead !== undefined && previous?.clause.line === c.line) rewritten = rewritten.replace(/^(?:near|toward|towards|at) (?:the )?end(?: of (?:the )?session)?,?\s+(said|says|stated|shared|disclosed|admitted)\b/i, '$1 near the end of the session');
    const saidAfterRelative = !!previous && previous.clause.line === c.line && relativeLead !== undefined && subject === 'none' && !AWAY_EVENT.test(previous.fact.text) && /^(?:said|says|stated|states|yelled|shouted|threatened|repeated|added)\b/i.test(rewritten);
    // ("partner pushed her ... Says he told her if she calls police ...": what "he" told "her", the client, she tells.)
    // (With no pronoun settled, the one the clause before did something to is the client: "pushed her against wall".)
    const doneTo = clientPronoun ?? ({ her: 'she', him: 'he' } as const)[/\b(?:pushed|shoved|hit|grabbed|choked|strangled|slapped|kicked|punched|threatened|hurt|beat)\s+(her|him)\b/i.exec(previous?.fact.text ?? '')?.[1]?.toLowerCase() as 'her' | 'him'];
    const clientToldOfIt = doneTo === 'she' ? /^(?:says|said|reports|reported|states|stated)\s+(?:that\s+)?he\s+(?:told|said to|threatened|warned)\s+her\b/i : doneTo === 'he' ? /^(?:says|said|reports|reported|states|stated)\s+(?:that\s+)?she\s+(?:told|said to|threatened|warned)\s+him\b/i : undefined;
    // ("Brother drove pt to St. Mary's ED 1520, called ED charge RN with handoff": a handoff to the hospital is the clinician's, never the driver's.)
    // ('Husband "checked out." Said "..."': a relative jotted with the client's own words for him did nothing, so what is said
    // next is the client's.)
    const describedOnly = !!previous && /^(?:(?:her|his|their|my|the)\s+)?[A-Za-z]+\s+["“][^"”]{1,40}["”]\.?$/.test(previous.fact.text.trim());
    // ("Dr. O asked about mood and SI; shared that client has denied SI at last 3 sessions"): after another's question, the
    // telling that answers it, with no one named, is the clinician's, never the asker's.
    if (subject === 'none' && previous?.fact.subject === 'other' && noStopBetween && /\basked\s+(?:(?:me|us|the therapist|writer)\s+)?(?:about|if|whether|re|regarding|how|for)\b/i.test(previous.fact.text) && /^(?:shared|told (?:her|him|them)|explained|answered|confirmed|updated (?:her|him|them)|clarified|informed (?:her|him|them))\b/i.test(rewritten)) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
    }
    const continuing = previous && !describedOnly && !clientToldOfIt?.test(rewritten) && (noStopBetween || saidAfterRelative) && (previous.fact.subject === 'other' || relativeLead !== undefined) && subject === 'none' && !(kind === 'intervention' && CRISIS_CONTACT.test(rewritten.trim())) && !/^called\s+(?:the\s+)?(?:ED|ER|emergency department|emergency room|hospital|unit|crisis|triage|intake)\b[^.;,]{0,30}\bwith\s+(?:a\s+)?(?:warm\s+)?(?:handoff|hand-off|report)\b/i.test(rewritten) ? /^(?:said|says|stated|states|denied|denies|endorsed|endorses|admitted|admits|cried|agreed|agrees|reported|reports|added|saw|noticed|found|heard|lives|lived|works(?!\s+on\b)|worked(?!\s+on\b)|told|tells|has|had|keeps|kept|called(?!\s+ahead\b)|texted|volunteered|talked|shared|identified|participated|described|offered|disclosed|took (?:a |an )?(?:\d+[- ]min(?:ute)?s?\s+|short\s+|brief\s+)?break|stepped out|left the room|calmed|settled|came back|returned)\b/i.exec(rewritten) : null;
    // ("Worker did home visit Mon, saw faint mark on upper arm": what the one just named saw is theirs, never the clinician's observation.)
    // The relative, or a name the summary uses, that opened the clause before.
    const continuer = continuing ? (relativeLead ?? /^((?:(?:Mr|Mrs|Ms|Mx|Dr)\.?\s+)?[A-Z][a-z]*)(?=\s+(?:said|says|stated|reported|reports|told|denied|cried|was|is|got|became|felt|seemed|admitted|softened|agreed|shared|explained|did|went|made|came|[a-z]{3,}ed)\b)/.exec(previous!.fact.text)?.[1]) : undefined;
    // ("mom picked her up, told mom about kit": the one told is not the one telling.)
    const toldThem = continuer !== undefined && new RegExp(`^\\S+\\s+(?:(?:her|his|their|the)\\s+)?${continuer}\\b`, 'i').test(rewritten);
    // ("Mrs O got visibly upset when David said ...; took 2 min break": a person named by title goes on too.)
    if (continuer && !toldThem && (relativeLead !== undefined || names.has(continuer) || /^(?:Mr|Mrs|Ms|Mx|Dr)\.?\s/.test(continuer) || /^(?:Worker|Caseworker|Teacher|Counselor|Officer|Principal|Coach|Landlord|Sponsor)$/.test(continuer))) {
      rewritten = `${continuer[0]!.toUpperCase()}${continuer.slice(1)} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
      // What the relative then told is their report, not the client's response to the work.
      if (kind === 'response' && /^(?:said|says|stated|states|reported|reports|told|tells|added)\b/i.test(continuing![0])) kind = 'report';
    }
    // "she called because her friend Jordan posted a goodbye and then stopped answering texts": a
    // subjectless act joined by "and" goes on with the last doer before it, here Jordan, not the client.
    if (subject === 'none' && !continuer && previous && noStopBetween && /\band\b/i.test(text.slice(previous.clause.end, c.start)) && /^[a-z]+ed\b/i.test(rewritten) && kind !== 'intervention') {
      const doer = lastDoer(previous.fact.text);
      if (doer && names.has(doer) && doer !== clientName) {
        rewritten = `${doer} ${rewritten}`;
        subject = 'other';
      }
    }
    // ("I agreed to raise IOP w/ pt Thurs; shared attendance only, no session content": what was released to another provider,
    // after the clinician's own act, is the clinician's too.)
    if (subject === 'none' && previous?.fact.subject === 'therapist' && previous.clause.line === c.line && /^(?:shared|released|disclosed|provided|sent|faxed|gave)\s+(?:only\s+)?(?:(?:the|a|her|his|their)\s+)?(?:attendance|dates?|records?|treatment plan|summary|info(?:rmation)?|letter|minimum|limited|diagnosis)\b/i.test(rewritten)) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
    }
    // ("got his location first - at home, Tucson": on a call, getting and confirming where the client is, is the clinician's step.)
    // ("... he's not sure he'd act on it which honestly is concerning": the clinician's comment on it is the clinician's impression.)
    const comment = /^which\s+(?:honestly\s+|really\s+|frankly\s+|i think\s+)?(is|was)\s+(.+)$/i.exec(rewritten);
    if (comment && subject === 'none') {
      rewritten = `this ${comment[1]!.toLowerCase()} ${comment[2]}`;
      kind = 'assessment';
    }
    // ("Did not contact employer; pt asked us not to": what the client asked the clinicians not to do is theirs not done.)
    if (subject === 'none' && /^(?:did not|didn't|have not|haven't|will not|won't)\s+(?:contact|call|notify|inform|tell|disclose|share|reach out|involve|loop in)\b/i.test(rewritten) && /^\s*[;,]\s*(?:pt|client|patient|she|he|they)\s+(?:asked|begged|requested)\s+(?:us|me|that (?:we|I))\s+not\s+to\b/i.test(text.slice(c.end, c.end + 80))) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
    }
    if (subject === 'none' && LOCATION_CONFIRMED.test(rewritten)) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
    }
    // ("Consulting w my supervisor re: higher level of care": the clinician's own consultation, named by "my", is the clinician's next step.)
    if (subject === 'none' && MY_CONSULTATION_NEXT.test(rewritten)) {
      const lead = /^\S+/.exec(rewritten)![0];
      rewritten = `I will ${({ consulting: 'consult', staffing: 'staff', discussing: 'discuss' } as Record<string, string>)[lead.toLowerCase()] ?? ''}${rewritten.slice(lead.length)}`.replace(/^I will\s+(?:(?:will|to)\s+)?/i, 'I will ');
      subject = 'therapist';
      kind = 'plan';
    }
    // ("did not meet duty-to-warn threshold per my assessment, consulted w/ Dr. Lin": the clinician's finding and consultation.)
    if (subject === 'none' && THRESHOLD_NOT_MET.test(rewritten)) {
      rewritten = rewritten.replace(/^(?:did not|didn't|does not|doesn't)\s+meet\s+(?:the\s+)?((?:duty[- ]to[- ](?:warn|protect)|tarasoff)?(?:\s*(?:criteria|threshold))?)/i, (_m, what: string) => `the ${what.trim()} was not met`).replace(/,\s*consulted\b/i, '; I consulted');
      kind = 'assessment';
    }
    // ("didn't get to risk screen today": what the session ran out of time for is the clinician's screen, never the client's doing.)
    if (subject === 'none' && SCREEN_NOT_REACHED.test(rewritten)) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
    }
    // "so I did some grounding with her then walked her through calling 911": the clinician's next act,
    // said without its subject, is still the clinician's.
    if (subject === 'none' && previous?.fact.subject === 'therapist' && noStopBetween && (/\b(?:then|and)\s*$/i.test(text.slice(previous.clause.end, c.start)) && /^(?:walked|guided|taught|helped|gave|provided|reviewed|explained|validated|coached|modeled|modelled|called|contacted|stayed|offered|encouraged|processed|explored|introduced|reframed|normalized|normalised|assessed|screened|did|worked)\b/i.test(rewritten) || /^\s*,\s*$/.test(text.slice(previous.clause.end, c.start)) && /^(?:left (?:a )?(?:voicemail|message|vm|msg)|emailed|faxed|texted|messaged|sent|called|paged|notified|scheduled)\b/i.test(rewritten))) {
      // ("writer called K's school counselor, left VM + emailed": a message left after a call the clinician made is theirs too.)
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
      kind = classifyClause(rewritten, { ...(c.labelKind ? { labelKind: c.labelKind } : {}), afterIntervention, followsIntervention, ...(clientPronoun ? { clientPronoun } : {}), names });
    }
    // "Also did BA planning for wknd" after "We updated the safety plan": the session's work, said without its doers.
    const didWork = subject === 'none' && previous && (previous.fact.subject === 'therapist' || previous.fact.subject === 'joint') ? /^(?:also\s+)?did\s+(?:some\s+|a\s+|an\s+|the\s+)?/i.exec(rewritten) : null;
    if (didWork && (leadingInterventionTerm(rewritten.slice(didWork[0].length)) || /^\S+(?:\s+\S+)?\s+(?:planning|work|practice|exercise|worksheet|role[- ]?play|skills?)\b/i.test(rewritten.slice(didWork[0].length)))) {
      rewritten = `we ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'joint';
      kind = 'intervention';
    }
    // "I consulted with Dr Okafor and we decided on voluntary admission": "we" after a consultation is the clinicians.
    const consultedWith = /^we\s+(?:decided|agreed|determined|concluded|chose|recommended)\b/i.test(rewritten) && previous && (previous.fact.subject === 'therapist' || /^I\b/.test(previous.fact.text)) ? /\bconsult\w*\s+(?:with\s+|w\/\s*)?((?:[Dd]r\.?\s+)?[A-Z][a-z]+|(?:my\s+|the\s+)?(?:supervisor|psychiatrist|on-call\s+\w+|team|attending))\b/.exec(previous.fact.text)?.[1] : undefined;
    if (consultedWith) {
      rewritten = `${/^(?:my|the)\s/i.test(consultedWith) ? consultedWith.replace(/^my\s/i, 'my ') : consultedWith.replace(/^dr\.?\s+/i, 'Dr ')} and I ${rewritten.slice(3)}`;
      subject = 'other';
    }
    // "told mom at end, mom upset" in a young child's session: the clinician tells the parent, never the child.
    if (subject === 'none' && youngChild && TOLD_CAREGIVER.test(rewritten)) {
      rewritten = `I ${rewritten}`;
      subject = 'therapist';
      kind = classifyClause(rewritten, { ...(c.labelKind ? { labelKind: c.labelKind } : {}), afterIntervention, followsIntervention, ...(clientPronoun ? { clientPronoun } : {}), names });
    }
    // "she said she would never do anything, no plan no intent": a jotted denial goes on with the pronoun before it.
    // (Not with two or more people in the room: there "no DV" is the clinician's finding for all of them.)
    // ("He has taken her car keys. No weapons in the home per her.": a denial told "per" someone names its own source.)
    // ("no SI voiced all week": what no one heard is the staff's observation, never what the one just named reported;
    // "no safety concerns from what I saw" is the clinician's.)
    if (subject === 'none' && (previous?.fact.subject === 'pronoun' || previous?.fact.subject === 'other') && noStopBetween && /^(?:no|denies|denied)\b/i.test(rewritten) && !/^no\s+(?:\S+\s+){1,3}(?:voiced|expressed|observed|noted|seen|heard|witnessed|raised|identified|mentioned|came up)\b/i.test(rewritten) && !/\b(?:from what|as far as)\s+(?:I|we|the therapist)\s+(?:saw|could see|observed|noticed|could tell)\b/i.test(rewritten) && !/\bper\s+(?:her|him|them|client|pt|patient)\b/i.test(rewritten) && session.serviceType !== 'couples' && session.serviceType !== 'group' && session.serviceType !== 'family') {
      // ("Maria is not having any thoughts of killing herself no plan but ...": a name read for the clause before goes on too.)
      const named = previous!.fact.subject === 'other' ? /^([A-Z][a-z]+)\s/.exec(previous!.fact.text)?.[1] : undefined;
      const pronoun = /^(she|he|they)\b/i.exec(previous!.fact.text)?.[1]?.toLowerCase() ?? (named && names.has(named) && named !== clientName ? named : undefined);
      if (pronoun) {
        rewritten = `${pronoun} ${/^no\b/i.test(rewritten) ? `reported ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}` : rewritten}`;
        subject = previous!.fact.subject!;
      }
    }
    // "Dad joined us and I coached him on labeled praise. He got the hang of it": the one coached is the relative.
    const coached = previous && /^(?:she|he)\s+(?:got|did|was able|were able|tried|practiced|used|managed|struggled|picked)\b/i.test(rewritten) ? COACHED_RELATIVE.exec(previous.fact.text) : null;
    if (coached && /^(?:she|he)\b/i.exec(rewritten)?.[0]?.toLowerCase() === (coached[2]!.toLowerCase() === 'him' ? 'he' : 'she')) {
      rewritten = `${coached[1]}${rewritten.slice(rewritten.indexOf(' '))}`;
      subject = 'other';
    }
    // ("I coached mom to name feelings ..., she did this twice on her own": the relative coached, named after the verb,
    // whatever the child's own pronoun.)
    const coachedNamed = !coached && previous && previous.clause.line === c.line && /^(?:she|he)\s+(?:got|did|was able|tried|practiced|practised|used|managed|repeated)\b/i.test(rewritten) ? COACHED_NAMED_RELATIVE.exec(previous.fact.text) : null;
    if (coachedNamed && (/^she\b/i.test(rewritten) ? FEMALE_RELATIVE : MALE_RELATIVE).test(coachedNamed[1]!)) {
      const word = PARENT_WORD[coachedNamed[1]!.toLowerCase()] ?? coachedNamed[1]!.toLowerCase();
      rewritten = withDoer(rewritten, `${word[0]!.toUpperCase()}${word.slice(1)}`);
      subject = 'other';
    }
    // "I had mom practice labeled praise. she did ok": a response's "she" is the one relative of that gender the work named.
    if (kind === 'response' && subject === 'other' && previous?.fact.kind === 'intervention') {
      const relative = onlyRelativeFor(rewritten, previous.fact.text);
      if (relative) rewritten = withDoer(rewritten, relative);
    }
    // "he had thoughts of 'not wanting to go on' ... denied any now": the denial is of that risk.
    const deniedBack = subject !== 'other' && previous && previous.fact.subject !== 'other' && DENIAL_POINTING_BACK.test(rewritten) ? (previous.deniedBack ?? riskDomainOf(previous.fact.text)) : undefined;
    // "Hx of one suicide attempt at 19. None since.": no attempt since, which says nothing of ideation now.
    const attemptBefore = !!deniedBack && /\battempt/i.test(previous!.fact.text) && /^none\b/i.test(rewritten.trim());
    if (attemptBefore) {
      rewritten = rewritten.replace(/^none\b/i, 'no attempts');
      kind = 'risk';
    } else if (deniedBack) {
      if (subject === 'none') {
        rewritten = `client ${rewritten.replace(/^(denied|denies)\s+any\b(?!\s+\w+\s+like)/i, '$1 any such thoughts')}`;
        subject = 'client';
      }
      kind = 'risk';
    }
    // ("I asked directly about thoughts of death or suicide and she denied both, and denied any thoughts of hurting anyone
    // else": "both" is what was asked, and the rest of the clause is read as it stands.)
    const deniedBoth = !deniedBack && subject !== 'other' && previous && previous.fact.subject === 'therapist' && previous.clause.line === c.line ? /^(?:(?:she|he|they|client|pt|patient)\s+)?(?:denied|denies)\s+(?:both|all|all of them|all three|either|each)\b/i.exec(rewritten) : null;
    // ("I asked directly about suicide and self harm and he denied both": each domain asked about is denied.)
    const bothDomain = deniedBoth ? riskDomainsOf(previous!.fact.text).join(' and ') || undefined : undefined;
    if (bothDomain) kind = 'risk';
    // Risk is read from the clause as resolved, with its doer; a denial pointing back names its risk.
    expandedAll[expandedAll.length - 1] = deniedBack && !attemptBefore ? `client denied ${deniedBack}${NONE_NOW.test(rewritten) ? ' now' : ''}` : bothDomain ? `client denied ${bothDomain}${rewritten.slice(deniedBoth!.index + deniedBoth![0].length)}` : rewritten;
    // "When asked, Walter said ... . Denied plan.": a bare answer right after someone named is theirs.
    const answerer = previous?.fact.subject === 'other' && previous.clause.line === c.line && subject === 'none' ? /^(?:when asked,?\s+)?([A-Z][a-z]+)\s+(?:said|says|stated|reported|denied|endorsed|admitted|told)\b/i.exec(previous.fact.text)?.[1] : undefined;
    if (answerer && names.has(answerer) && /^(?:denied|denies|endorsed|endorses|admitted|reported)\b/i.test(rewritten)) {
      rewritten = `${answerer} ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
      subject = 'other';
      expandedAll[expandedAll.length - 1] = rewritten;
    }
    // "Dad: nightmares 3-4x/wk; bedwetting x2": a jotted item after the speaker's label, on the same line, is still theirs.
    const labelled = previous?.fact.speaker;
    // ("Zoe: blades are old ... saw Zoe alone 15 min first": a clause that names the speaker is about them, not by them.)
    // ("Mom: ... needs mom to check locks": a relative named as the object of her own report is still the one reporting.)
    const namesLabelled = !!labelled && (/^(?:mother|father|parents?|grandmother|grandfather|stepmother|stepfather|foster mother|foster father|guardian|caregiver)$/i.test(labelled) ? new RegExp(`^${labelled}\\b`, 'i').test(rewritten) : rewritten.toLowerCase().split(/[^a-z']+/).includes(labelled.toLowerCase()));
    const historyHeading = previous && previous.clause.line === c.line && subject === 'none' && kind === 'report' ? HISTORY_HEADING.exec(previous.fact.text)?.[1] : undefined;
    // ("Husband 'checked out.' Said 'Sometimes I think ...'": a relative named with the client's word for him is no label, and
    // what is said after it is the client's.)
    const labelWritten = !!labelled && /^[^"'“]{0,40}:/.test(text.slice(previous!.clause.start, previous!.clause.end));
    if (labelled && labelWritten && previous!.clause.line === c.line && subject === 'none' && (kind === 'report' || kind === 'observation') && !/^(?:I|we|therapist)\b/i.test(rewritten) && !speakerOf(rewritten, names) && !namesLabelled && !SEEN_ALONE.test(rewritten)) {
      rewritten = `${labelled}: ${rewritten}`;
      subject = 'other';
    }
    // "Family hx: mom GAD. Maternal uncle died by suicide 2015": the next sentence on a history's line is that history too.
    // (Not past a label of its own, "Medical: HTN"; and a family history goes on only with a relative named.)
    else if (historyHeading && !/^(?:I|we|therapist|client|pt|patient|she|he|they)\b/i.test(rewritten) && !/^[A-Za-z][\w ]{1,25}:\s/.test(rewritten) && (historyHeading !== 'Family history' || /\b(?:maternal|paternal|mother|father|mom|dad|sisters?|brothers?|aunts?|uncles?|grand\w+|cousins?|siblings?|parents?)\b/i.test(rewritten))) rewritten = `${historyHeading}: ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
    // "Tasha - tearful, ..., denied intent/plan, agreed to meet w/ primary; pt able to identify 2 contacts": in a group,
    // the member named at the head of the line is the one who denied, agreed and was able, never "Client".
    // ("Tom: admitted punching wall. Said during fight ...": in a couples or family session too.)
    // (What was done with her, "safety plan reviewed w/ her", names her as its object and stays as it is.)
    // ("Says her husband Ray has been 'talking about ending it' ... Client denies any thoughts": the client's relative is no member.)
    else if (lineSpeakers.has(c.line) && (session.serviceType === 'group' || ((session.serviceType === 'couples' || session.serviceType === 'family') && labelledLines.has(c.line))) && (names.has(lineSpeakers.get(c.line)!) || aloneSpeakers.has(lineSpeakers.get(c.line)!)) && !(session.serviceType === 'group' && namedAsRelative(text, lineSpeakers.get(c.line)!)) && (kind === 'report' || kind === 'plan' || kind === 'response' || kind === 'risk') && (subject === 'none' || (/^(?:pt|client|patient)\s/i.test(rewritten) && !(session.serviceType === 'couples' && clientName && lineSpeakers.get(c.line) !== clientName))) && /^(?:(?:pt|client|patient)\s+)?(?:(?:at|during|after|before|near)\s+(?:the\s+)?(?:break|group|end|start)\s+)?(?:denied|denies|agreed|agrees|was able|able|unable|reported|reports|endorsed|endorses|said|says|shared|identified|declined|refused|left|stayed|practiced|used)\b/i.test(rewritten) && !/\b(?:with|w\/)\s+(?:her|him|them)\b/i.test(rewritten)) {
      rewritten = `${lineSpeakers.get(c.line)} ${rewritten.replace(/^(?:pt|client|patient)\s+/i, '')}`;
      subject = 'other';
    }
    // "Did NOT cut - used ice cube + texted cousin instead": what the client did in place of the act is the client's coping.
    // ("did NOT act - used ice cube + called older sis": right after the act not done, the same holds without "instead".)
    // ("Intervention: ... Denies SI. Used CBT to map triggers, role-played asking HR instead": under the clinician's own label, the work done.)
    // ("No SH acts. Used ice cube + paced breathing from DBT skills, urges passed in ~20 min": a skill used, and the urge it eased, are the client's coping.)
    else if (subject === 'none' && c.labelKind !== 'intervention' && /^used\b/i.test(rewritten) && URGE_EASED.test(rewritten)) {
      kind = 'report';
      subject = 'client';
      rewritten = `client ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
    }
    else if (previous && previous.clause.line === c.line && subject === 'none' && c.labelKind !== 'intervention' && (/\binstead\s*$/i.test(rewritten) || /^(?:did not|didn't|never|has not|hasn't)\s+(?:act|cut|use|drink|relapse|self-harm|hurt)\b/i.test(previous.fact.text)) && (previous.fact.kind === 'risk' || previous.fact.kind === 'report') && previous.fact.subject !== 'other' && /^[a-z]+ed\b/i.test(rewritten)) {
      kind = 'report';
      subject = 'client';
      rewritten = `client ${rewritten[0]!.toLowerCase()}${rewritten.slice(1)}`;
    }
    // "pt: school 'feels like a stage'; whispering at night still": what follows the client's own label
    // on its line is still what the client told, never something seen.
    else if (!labelled && previous && previous.clause.line === c.line && previous.fact.subject === 'client' && /^client:\s/i.test(previous.fact.text) && subject === 'none' && kind === 'observation' && !/^(?:I|we|therapist)\b/i.test(rewritten)) {
      kind = 'report';
      rewritten = `client: ${rewritten}`;
      subject = 'client';
    }
    // "discussed option to report to police, she declined for now": a bare yes or no to what was offered
    // stays beside the offer; set apart, "Client declined for now" says nothing of what was declined.
    else if (previous && previous.clause.line === c.line && (kind === 'response' || kind === 'report') && BARE_ANSWER.test(rewritten) && (previous.fact.kind === 'intervention' || previous.fact.kind === 'plan' || (previous.fact.kind === 'report' && (previous.fact.subject === 'none' || previous.fact.subject === 'therapist'))) && OFFERED.test(previous.fact.text)) {
      kind = previous.fact.kind;
      if (subject === 'client') rewritten = rewritten.replace(/^(?:she|he|they|pt|patient)\b/i, 'client');
    }
    // "I asked about any physical aggression at home; both deny": a bare denial after the question denies what was asked.
    const askedAbout = previous && previous.clause.line === c.line && BARE_DENIAL.test(rewritten) ? /\basked (?:(?:him|her|them|both|each)\s+)?(?:about|re:?|regarding)\s+([^.;]{3,80})$/i.exec(previous.fact.text) : null;
    if (askedAbout) rewritten = `${rewritten.trim().replace(/\s*[.,]$/, '')} ${askedAbout[1]!.trim()}`;
    // "goal we've been working on is getting her job applications out": the goal itself, without the telling.
    if (kind === 'goal') rewritten = rewritten.replace(/^(?:the |her |his |their |our )?goal (?:(?:we|I|she|he|they)(?:'ve| have| has|'s)?|therapist and client have) (?:been )?(?:working on|set|chose|agreed on|picked)\s+(?:is|was)\s+(?=\S)/i, '');
    // "I'd say risk to Nora low currently": the clinician's judgment, said without the saying (the note frames it as their impression).
    // ("she's low to moderate risk I would say": owned after it is said, the same judgment.)
    const ownedAfter = kind === 'assessment' ? /[,\s]+(?:I'd|I would)\s+say\s*\.?\s*$/i.exec(rewritten) : null;
    if (ownedAfter) {
      rewritten = rewritten.slice(0, ownedAfter.index);
      subject = 'none';
    }
    const judged = kind === 'assessment' && subject === 'therapist' ? /^I would say\s+(?:that\s+)?(?=\S)/i.exec(rewritten) : null;
    if (judged) {
      rewritten = rewritten.slice(judged[0].length);
      subject = 'none';
    }
    // ("James acknowledged thoughts of "not being here", no plan. Owns 2 hunting rifles in the house.", in a couples or family
    // session: a state jotted with no subject, right after a sentence about one named person, is that person's, never "Client".)
    const carriedName = (session.serviceType === 'couples' || session.serviceType === 'family') && subject === 'none' && previous && previous.clause.line === c.line && /^(?:owns|has|keeps|stores|drinks|lives|works|uses|smokes|carries)\s/i.test(rewritten.trim()) ? /^([A-Z][a-z]+)\s+(?!and\b|&)/.exec(previous.fact.text)?.[1] : undefined;
    if (carriedName && names.has(carriedName) && carriedName !== clientName) {
      rewritten = sayWithDoer(carriedName, rewritten);
      subject = 'other';
    }
    // ("Mom told about urges at end; tearful but supportive, agreed to text dad": how someone was, jotted right after the
    // sentence about that relative or named person, is theirs, never the client's.)
    const feltBy = subject === 'none' && previous && previous.clause.line === c.line && previous.clause.sentence === c.sentence && previous.fact.subject === 'other' && HOW_THEY_WERE.test(rewritten.trim()) ? /^((?:mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|stepmother|stepfather|aunt|uncle|wife|husband|partner|[A-Z][a-z]+))\s+(?!and\b|&)[a-z]/.exec(previous.fact.text)?.[1] : undefined;
    if (feltBy && (names.has(feltBy) || !/^[A-Z][a-z]+$/.test(feltBy) || /^(?:Mother|Father|Mom|Dad|Grandmother|Grandfather|Grandma|Grandpa|Stepmother|Stepfather|Aunt|Uncle|Wife|Husband|Partner)$/.test(feltBy)) && feltBy !== clientName) {
      rewritten = `${feltBy} ${rewritten.trim()}`;
      subject = 'other';
    }
    // ("Son Ray transporting to St. Mary's ED directly, will call me when there": the one doing the transporting will call.)
    const callerBack = subject === 'none' && previous && previous.clause.line === c.line && WILL_CALL_BACK.test(rewritten.trim()) ? /^((?:(?:her|his|their)\s+)?(?:son|daughter|wife|husband|partner|brother|sister|mother|father|mom|dad|friend|neighbor|caregiver|aunt|uncle|grandson|granddaughter)\s+)?([A-Z][a-z]+)\s+(?!and\b|&)[a-z]+(?:ing|ed|s)\b/.exec(previous.fact.text.replace(/^[A-Z](?=[a-z]+\s+[A-Z])/, (l) => l.toLowerCase())) : null;
    if (callerBack && callerBack[2] !== clientName && !/^(?:Client|Patient|Pt|Therapist)$/.test(callerBack[2]!)) {
      rewritten = `${callerBack[2]} ${rewritten.trim()}`;
      subject = 'other';
    } else if (subject === 'none' && previous && previous.clause.line === c.line && previous.fact.subject === 'client' && WILL_CALL_BACK.test(rewritten.trim())) {
      // ("Pt sleeping better, will call me if worse": the client, told of just before, will call.)
      rewritten = `client ${rewritten.trim()}`;
      subject = 'client';
    }
    // ("One EMT (Kayla) disclosed she had a suicide attempt at 19 ... — denies any current SI", in a group: an answer after a dash,
    // with no doer of its own, is the member just named, never the client.)
    const dashedOn = session.serviceType === 'group' && subject === 'none' && previous && previous.clause.line === c.line && previous.fact.subject === 'other' && /^\s*[—–-]\s*$|^\s*["”]?\s*[—–-]\s*$/.test(text.slice(previous.clause.end, c.start)) && /^(?:denies|denied|endorses|endorsed|says|said|reports|reported)\b/i.test(rewritten.trim()) ? /^([A-Z][a-z]+)\s+(?:\([^()]{1,20}\)\s+)?[a-z]+/.exec(previous.fact.text)?.[1] : undefined;
    if (dashedOn && dashedOn !== clientName && !NOT_A_DOER_NAME.test(dashedOn) && !/^(?:Group|Members?)$/.test(dashedOn)) {
      rewritten = sayWithDoer(dashedOn, rewritten);
      subject = 'other';
    }
    // ("Lily gave "shots" to her bunny first ... / then let dad wipe her arm with swab": a line opening with "then" goes on with
    // the one who did the line before.)
    const goesOn = subject === 'none' && (/^\s*(?:and\s+)?then\s+[a-z]/i.test(c.text) || /\bthen\s*$/i.test(text.slice(Math.max(0, c.start - 8), c.start))) && previous && (previous.fact.subject === 'other' || previous.fact.subject === 'client') ? /^([A-Z][a-z]+)\s+(?:[a-z]+ed|gave|did|let|put|took|made|held|drew|said)\b/.exec(previous.fact.text)?.[1] : undefined;
    // (Only what is told or seen: "Dana reported ... then discussed coping" is the clinician's discussion.)
    if (goesOn && !NOT_A_DOER_NAME.test(goesOn) && !/^(?:Mom|Dad|Mother|Father)$/.test(goesOn) && (kind === 'report' || kind === 'observation')) {
      rewritten = `${goesOn} ${rewritten.trim().replace(/^then\s+/i, '')}`;
      subject = previous!.fact.subject!;
    }
    // ("Homework - each writes what "enough" would look like, don't share till session": the homework's own condition goes with it.)
    if (kind === 'homework' && previous?.fact.kind === 'homework' && previous.clause.line === c.line && !/^\s*(?:hw|homework)\b/i.test(rewritten) && rewritten.split(/\s+/).length <= 8) {
      previous.fact.text = `${previous.fact.text.replace(/[.;,]\s*$/, '')}; ${rewritten.trim()}`;
      previous.fact.source.push(source);
      continue;
    }
    // ("Plan: Talked w/ mom about the threat" read as the clinician's: the capital the jotting gave its first word goes.)
    rewritten = rewritten.replace(/^(I|We)\s+([A-Z])(?=[a-z]+(?:ed|ght|ke|ve|de|nt|ld|id)\b)/, (_m, who: string, letter: string) => `${who} ${letter.toLowerCase()}`);
    // ("Owes ~$14k across 3 CCs", jotted as a line): with no one named, a capital on a verb, or on a word the summary writes in
    // lower case elsewhere, is only the line's; a name, an acronym or a brand keeps it.
    // (Only in a report, where "Client reported" would go before it.)
    const leadWord = subject === 'none' && kind === 'report' ? /^([A-Z][a-z]+)(?=\s+\S)/.exec(rewritten)?.[1] : undefined;
    if (leadWord && !names.has(leadWord) && (isFiniteVerb(leadWord.toLowerCase()) || writtenLowerElsewhere(leadWord))) rewritten = `${leadWord.toLowerCase()}${rewritten.slice(leadWord.length)}`;
    // ('Passive SI - "...better off if I didn't wake up." Denies plan/intent.': a bare denial of plan or intent just after a risk
    // line completes that line, and goes with it, never left in the client's report without the ideation it answers.)
    if (kind === 'report' && previous?.fact.kind === 'risk' && previous.clause.line === c.line && /^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:denies|denied)\s+(?:any\s+|current\s+)?(?:plan|intent)(?:\s*(?:\/|or|and|,)\s*(?:plan|intent))?\s*$/i.test(rewritten)) kind = 'risk';
    const fact: Fact = { kind, text: rewritten, subject, negated: NEGATION_START.test(rewritten), source: [source], origin };
    let answer = false;
    const speaker = speakerOf(rewritten, names);
    if (speaker) fact.speaker = speaker;
    // ("- Nadia quiet most of session, flat. at break said ...": a line that opens with a member's name is about them.)
    // ("- Kayla T. shared urges ... denies SI": a surname's initial after the name changes nothing.)
    const opener = /^([A-Z][a-z]+)(?:\s+[A-Z]\.?)?\s+(?=[a-z])/.exec(rewritten)?.[1];
    if (!lineSpeakers.has(c.line) && (speaker ?? (subject === 'other' && opener && names.has(opener) ? opener : undefined))) {
      lineSpeakers.set(c.line, (speaker ?? opener)!);
      if (speaker) labelledLines.add(c.line);
    }
    // ("Sofía, seen alone 10 min: sad, misses dad, denies SI/SH": a person named, then how they were seen, labels the line with them.)
    // ("Met w/ Emma alone 10 min after - she denied SI ... Agreed to parents knowing": met alone, the one met answers on that line.)
    const seenAlone = /^(\p{Lu}\p{Ll}+),?\s+(?:seen|met with|interviewed)\s+(?:alone|individually|separately)\b[^:]{0,30}:/u.exec(rewritten)?.[1] ?? (session.serviceType === 'family' || session.serviceType === 'couples' ? /^(?:I\s+)?(?:met|spoke|talked|checked in)\s+(?:with|w\/)\s+(\p{Lu}\p{Ll}+)\s+(?:alone|individually|separately|privately|one[- ]on[- ]one)\b/iu.exec(rewritten)?.[1] : undefined);
    if (seenAlone && seenAlone !== clientName && (!lineSpeakers.has(c.line) || lineSpeakers.get(c.line) === seenAlone)) {
      lineSpeakers.set(c.line, seenAlone);
      labelledLines.add(c.line);
      aloneSpeakers.add(seenAlone);
    }
    const measures = extractMeasures(rewritten);
    if (measures.length) fact.measures = measures;
    // Stated current risk stays where it was said and is restated in the risk section.
    // Homework ("knives back in the drawer" in ERP) is the work set, never risk content.
    if ((kind !== 'risk' && kind !== 'goal' && kind !== 'homework' && mentionsRisk(rewritten)) || judgedRisk) fact.alsoRisk = true;
    // ("PHQ-9 9, item 9 = 0"): the item that asks about thoughts of death or self-harm is shown in Risk too, beside the prompt for
    // a status; its score alone is no assessment of ideation (risk corpus).
    if (kind !== 'risk' && RISK_ITEM_SCORED.test(rewritten)) fact.alsoRisk = true;
    // ("... saving up her Tylenol", then "she thought about doing it tonight": the act just told, at a time named, is risk content.)
    // ("urges to cut her arms again", then "She did not cut, held ice, called her friend instead": the urge not acted on.)
    // ('"won't be around much longer" ..., then "he says he meant his own health": what the words meant, said by the client, is risk content too.)
    if (kind !== 'risk' && previous?.fact.alsoRisk && (DO_IT_AT_A_TIME.test(rewritten.toLowerCase()) || NOT_ACTED.test(rewritten.toLowerCase()))) fact.alsoRisk = true;
    if (kind !== 'risk' && facts.slice(-2).some((f) => f.kind === 'risk' || f.alsoRisk) && MEANING_CLARIFIED.test(rewritten.toLowerCase())) fact.alsoRisk = true;
    // ('"I know where he parks". Security + attending informed', "PREA report made to shift commander, pt moved to separate housing"):
    // the steps taken for a danger just told go with it in the risk section.
    if (kind !== 'risk' && facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk) && (DANGER_NOTIFIED.test(rewritten) || PROTECTIVE_ACTION.test(rewritten))) fact.alsoRisk = true;
    // ('"i'm gonna do it as soon as yall take me off this" - says he'd tear the sheet and tie it off the vent': the words of
    // doing "it" at a time, just before the way is told, are risk content too.)
    if ((kind === 'risk' || fact.alsoRisk) && previous && previous.clause.line === c.line && previous.fact.kind !== 'risk' && DO_IT_AT_A_TIME.test(previous.fact.text.toLowerCase())) previous.fact.alsoRisk = true;
    // ('Jordan said "if I see Alex I'll break his neck"', then "Jordan drove by Alex's apt x2": going after the one threatened is risk content.)
    if (kind !== 'risk' && STALKING_ACT.test(rewritten) && facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk)) fact.alsoRisk = true;
    // ("there's a handgun in the bedroom closet ...", then "I strongly recommended the son remove it this week": the weapon
    // just named, taken away or locked up, is the risk section's too.)
    if (kind !== 'risk' && (previous?.fact.alsoRisk || previous?.fact.kind === 'risk') && /\b(?:handgun|gun|rifle|shotgun|firearm|weapon|pistol|ammunition|ammo|pills|medications?|knife|knives|razors?|blades?)\b/i.test(previous!.fact.text) && /\b(?:remove|removed|removing|lock|locked|locking|store|stored|storing|secure|secured|get rid of|take|took|taking|hold|holding|hand over|give up)\s+(?:it|them|those)\b/i.test(rewritten)) fact.alsoRisk = true;
    // The answer to "asked about suicide", and the plan and method told right after it, are risk content.
    // "I asked directly about intent to harm the neighbor and he said no, he would not hurt the guy": the answer is risk content too.
    const answersIntentQuestion = !!previous && ASKED_ABOUT_RISK.test(previous.fact.text.toLowerCase()) && /^(?:she|he|they|client|pt|patient)\s+(?:said|says|stated|states|denied|denies|reported|reports|answered)\b/i.test(rewritten);
    if (kind !== 'risk' && previous && (answersSuicideQuestion(previous.fact.text, rewritten) || answersIntentQuestion || (previous.fact.alsoRisk && previous.answer && RISK_DETAIL.test(rewritten)) || (/\b(?:has|had|have|with|made)\s+(?:a|the)\s+plan\s*$/i.test(previous.fact.text) && (previous.fact.alsoRisk || previous.fact.kind === 'risk' || facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk)) && (RISK_DETAIL.test(rewritten) || /\b(?:would|will|was going to|is going to|planned to|plans to)\b/i.test(rewritten))))) {
      fact.alsoRisk = true;
      answer = true;
      // "he said yeah he's been thinking about it": "it" is what was asked about, said so.
      if (answersSuicideQuestion(previous.fact.text, rewritten)) fact.text = fact.text.replace(/\b(said|says)\s+(?:yeah|yep|yes),?\s+(?=(?:she|he|they|i)\b)/i, '$1 ').replace(/\b(thinking|thought|thinks|think) about it\b/i, '$1 about suicide');
    }
    // ("he has been thinking about suicide all week and he has a plan": the plan, told right after the ideation, is risk content.)
    if (kind !== 'risk' && /^(?:she|he|they|client|pt|patient)\s+(?:has|had|have)\s+(?:a|the)\s+plan\s*$/i.test(rewritten.trim()) && facts.slice(-2).some((f) => f.kind === 'risk' || f.alsoRisk)) fact.alsoRisk = true;
    // ("denied SI, intent, plan", then "Flat, poor eye contact, I'm not convinced": the clinician's doubt of the denial is risk content.)
    if (kind !== 'risk' && DENIAL_DOUBTED.test(rewritten) && facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk)) fact.alsoRisk = true;
    // ("... texted her Sunday that she 'wants to die'", then "I called Jasmine's caseworker at DCFS and reported": the action
    // taken for the danger just told is risk content beside it.)
    if (kind === 'intervention' && /^(?:I|therapist)\s+(?:called|contacted|notified|paged|phoned|reported)\b/i.test(rewritten) && /\b(?:reported|report|welfare check|caseworker|CPS|DCFS|APS|police|911|988|mobile crisis|crisis team)\b/i.test(rewritten) && facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk)) fact.alsoRisk = true;
    // ("a friend ... posting about wanting to die. Discussed telling the group chat moderator and a trusted adult": the step
    // weighed for that person's safety, right after it, is risk content too.)
    // ("... Aiden agreed and we messaged the moderator together": the step taken is risk content as well.)
    if (kind !== 'risk' && (/^(?:discussed|talked about|planned|agreed on|problem-solved)\s+(?:telling|notifying|contacting|calling|reaching out to|messaging|texting|alerting|reporting)\b/i.test(rewritten) || /\b(?:messaged|called|texted|notified|contacted|alerted)\s+(?:the\s+)?(?:(?:group chat|chat|school|server)\s+)?(?:moderator|trusted adult|school counselor|988|crisis line|peer support(?:\s+(?:line|team|lead))?|mobile crisis|crisis team)\b/i.test(rewritten)) && facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk)) fact.alsoRisk = true;
    // ("denies SI she said she would never do that to the kids": why she would not, said right after the denial, is risk content.)
    // ("he owns a handgun it's in a safe at home", "he wouldn't because of the boys": where the means is kept, and why he would not act, too.)
    if (kind !== 'risk' && previous && (previous.fact.kind === 'risk' || previous.fact.alsoRisk) && (/\b(?:would|could)(?:n't| not| never)\s+(?:ever\s+)?(?:do (?:that|it|this|something like that|anything like that)\b|because\b)/i.test(rewritten) || /^(?:it|they)\s+(?:is|are|was|were|'s|'re)\s+(?:in|at|locked|kept|stored|unloaded)\b/i.test(rewritten.trim()))) fact.alsoRisk = true;
    // ("... a handgun it's in a safe ... he agreed to give the key to his neighbor Tom": handing over the key to the means is a step for safety.)
    // ("denies plan never tried before": a past attempt denied, told beside the risk, is risk too.)
    if (kind !== 'risk' && facts.slice(-2).some((f) => f.kind === 'risk' || f.alsoRisk) && /^\s*(?:(?:she|he|they|client|pt)\s+)?(?:has\s+|had\s+)?never\s+(?:tried|attempted|made an attempt)\b/i.test(rewritten)) fact.alsoRisk = true;
    // ("... 'I'll break his face.' Knows where new bf works."): where the one threatened can be found, told with the threat, is risk.
    if (kind !== 'risk' && facts.slice(-3).some((f) => f.kind === 'risk' || f.alsoRisk) && /\bknows?\s+where\s+(?:(?:she|he|they|the|his|her|their|new|ex)\s+)*[\w'-]*\s*(?:works|lives|stays|parks|goes|is staying|goes to school)\b/i.test(rewritten)) fact.alsoRisk = true;
    if (kind !== 'risk' && facts.slice(-4).some((f) => f.kind === 'risk' || f.alsoRisk) && /\b(?:give|gave|giving|hand|handed|handing|let)\b[^.;]{0,30}\b(?:the\s+|his\s+|her\s+)?(?:key|keys|combination|code)\b/i.test(rewritten)) fact.alsoRisk = true;
    // ("had suicidal thoughts back in college" then "he says nothing like that now": the denial pointing back is risk content.)
    if (kind !== 'risk' && previous && (previous.fact.kind === 'risk' || previous.fact.alsoRisk) && THOUGHTS_LIKE_THAT_DENIED.test(rewritten.toLowerCase())) fact.alsoRisk = true;
    // "..., no current thoughts and I asked her alone at the end too, she denied": asked again alone, the bare denial answers the
    // risk question just told, so it is risk content too.
    if (kind !== 'risk' && previous && (previous.fact.kind === 'risk' || previous.fact.alsoRisk) && /\basked\s+(?:her|him|them)\b[^.;]*,\s*(?:she|he|they)\s+(?:denied|denies)(?:\s+(?:it|that|again|too))?\s*$/i.test(rewritten)) fact.alsoRisk = true;
    // ("J.M. quiet most of group, left early at 1110 saying he had a ride. Will call him.": in a group, the member a pronoun
    // points back to is named, since the plan is read apart from the line before it.)
    if (session.serviceType === 'group' && previous && previous.clause.line === c.line && fact.kind !== previous.fact.kind) {
      const member = /^([A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+)\s/.exec(previous.fact.text)?.[1];
      const pronoun = /\b(him|her)\b(?=\s*(?:$|[.,;]|\s+(?:to|about|back|tomorrow|today|tonight|later|after|before|on|at|in|if|when|and|this|next)\b))/.exec(fact.text);
      const matches = !!pronoun && (pronoun[1] === 'him' ? /\b(?:he|his|him)\b/ : /\b(?:she|her)\b/).test(previous.fact.text.slice(member?.length ?? 0));
      if (member && pronoun && matches && !/^(?:Client|Patient|Therapist|Group|Members?|The|He|She|They|One|Another|Each|All|Most|Some|Several)$/.test(member) && (fact.text.match(/\b(?:him|her)\b/g) ?? []).length === 1) fact.text = `${fact.text.slice(0, pronoun.index)}${member}${fact.text.slice(pronoun.index + pronoun[1]!.length)}`;
      // ("Marcus did his about leaving the stove on and he got up to a SUDS of 80", read apart: the "he" is Marcus.)
      const leadPronoun = /^(he|she)\s+(?=[a-z])/i.exec(fact.text);
      const leadMatches = !!leadPronoun && (leadPronoun[1]!.toLowerCase() === 'he' ? /\b(?:he|his|him)\b/ : /\b(?:she|her)\b/).test(previous.fact.text.slice(member?.length ?? 0));
      if (member && leadPronoun && leadMatches && !/^(?:Client|Patient|Therapist|Group|Members?|The|He|She|They|One|Another|Each|All|Most|Some|Several)$/.test(member) && names.has(member)) fact.text = `${member} ${fact.text.slice(leadPronoun[0].length)}`;
    }
    facts.push(fact);
    if (groupDoer) groupDoer.age++;
    // (The client named as the doer since is the one a later "she" may be: no member is carried past them.)
    if (subject === 'client' || (clientName && rewritten.startsWith(`${clientName} `))) groupDoer = undefined;
    // ("Member R.S. (PD) left early": a member named by initials after the word "member".)
    const doerName = session.serviceType === 'group' && subject === 'other' ? /^([A-Z][a-z]+)\s+(?!(?:and|&|\+)\s)(?<!^Member\s)/.exec(rewritten)?.[1] ?? /^Member\s+((?:[A-Z]\.\s?){2,3}|[A-Z][a-z]+\b)/.exec(rewritten)?.[1]?.trim() : undefined;
    // (Its pronoun, where the clause shows one: "Tom shared ... his", then "she cried" is someone else.)
    // ("Fatma told her you are brave um she participated ...", the note Noor's: a member's words to the client leave the client,
    // the "her" told, as the "she" after them.)
    const memberToldClient = !!doerName && !!clientPronoun && new RegExp(`^${doerName}\\s+(?:\\w+\\s+)?(?:told|asked|reassured|hugged|thanked|encouraged|reminded|praised|comforted|validated|complimented)\\s+${clientPronoun === 'she' ? 'her' : clientPronoun === 'he' ? 'him' : 'them'}\\b`).test(rewritten);
    if (memberToldClient) groupDoer = undefined;
    // ("It was his first group ... He was quiet": a pronoun or a word that opens a sentence is no member a later "he" is.)
    else if (doerName && (names.has(doerName) || (!NOT_A_MEMBER_NAME.test(doerName) && !NOT_A_DOER_NAME.test(doerName) && !/^(?:There|Then|Today|Tonight|When|After|Before|Once|During|By|At|In|On|His|Her|Their|Its|We|You|Next|Last|Also|But|And|So)$/.test(doerName))) && doerName !== clientName) groupDoer = { name: doerName, line: c.line, age: 0, ...(resolvedPronoun ? { pronoun: resolvedPronoun } : pronounShown(rewritten)) };
    // ("I noticed Carla was more withdrawn ..., checked in with her individually after group - she denied ...": the one member the
    // clinician's own clause names is the one a "she" after it is.)
    const memberNamed = session.serviceType === 'group' && subject === 'therapist' ? [...new Set([...rewritten.matchAll(/\b([A-Z][a-z]+)\b/g)].map((m) => m[1]!).filter((n) => names.has(n) && n !== clientName))] : [];
    if (memberNamed.length === 1) groupDoer = { name: memberNamed[0]!, line: c.line, age: 0, ...pronounShown(rewritten) };
    // "We worked on the goal of returning to part-time work": the goal named is a goal of the note too.
    // ("reflected discrepancy between his goal of getting kids back and drinking": a goal set against what undoes it is the
    // clinician's reflection, never a goal of the note.)
    const goalNamed = kind !== 'goal' && !facts.some((f) => f.kind === 'goal') && !/\b(?:discrepanc\w*|contrast\w*|conflict|gap|tension|mismatch|inconsistenc\w*)\s+(?:between|b\/w)\b/i.test(rewritten) ? /\b(?:the|her|his|their|our|a) goal (?:of|to|is to)\s+([^,;.]{4,80})/i.exec(rewritten) : null;
    if (goalNamed) facts.push({ kind: 'goal', text: goalNamed[1]!.trim(), subject: 'none', negated: false, source: [source], origin });
    if (fact.kind !== 'measure') toldBefore = { fact, clause: c };
    previous = { fact, clause: c, answer, ...(deniedBack ? { deniedBack } : {}) };
  }

  // ("Classroom obs - Mateo, 2nd grade ... out of seat 11x in 40 min"): in an observation visit, what no one is said to have
  // told is what the clinician saw.
  // ("session today was 50 minutes telehealth", told midway in dictation): how a session sentence says it was held.
  if (session.modality === undefined) {
    const held = facts.find((f) => f.kind === 'session' && /^\s*(?:the\s+|our\s+)?session\s+(?:today\s+)?(?:was|is)\b/i.test(f.text));
    const said = held ? extractSessionDetails(held.text, text) : undefined;
    if (said?.modality) Object.assign(session, { modality: said.modality, ...(said.telehealthUnspecified ? { telehealthUnspecified: true } : {}) });
  }
  if (OBSERVATION_VISIT.test(text.split('\n')[0] ?? '')) for (const f of facts) if (f.kind === 'report' && f.subject === 'none' && !/\b(?:said|says|reports?|reported|told|states?|stated|per)\b/i.test(f.text) && !/^(?:shared|recommended|reviewed|discussed|consulted|met|spoke|talked|gave|provided|explained|modeled|modelled|coached|suggested|observed|noted|will|plan|sent|emailed|called)\b/i.test(f.text)) f.kind = 'observation';
  // ("Grp - DBT skills ... note for Theo M.": a group note written for one member is that member's; the others' risk is theirs.)
  const oneMembersNote = session.serviceType === 'group' && NOTE_FOR_MEMBER.test(text);
  // ("Intake, couple: Stephanie and Rob": a couple's intake is a couples session too.)
  const coupleIntake = session.serviceType === 'intake' && /\bcouples?\b/i.test(text.split('\n')[0] ?? '');
  const sharedSession = (session.serviceType === 'couples' || session.serviceType === 'group') && !oneMembersNote ? session.serviceType : coupleIntake ? 'couples' : undefined;
  // "roommate (Kayla)", "her friend Nina", "Tom (partner)": a name given with its relation is another person's, named client or not.
  const related = new Set([...text.matchAll(NAMED_RELATION)].map((m) => m[1] ?? m[2]).filter((n): n is string => !!n && names.has(n) && n !== clientName));
  // (In a couples, family or group session the people named by relation are in the room: no one is set apart.)
  // A child seen with a parent ("Child w/ parent session - Harper, 5, w/ dad Kevin") is the client: the parent named is another person.
  const childWithParent = /\b(?:child\s*(?:w\/|with|and|\+|-)\s*(?:parent|caregiver)|parent[- ]child|dyadic)\b/i.test(text.split('\n')[0] ?? '');
  const namedOthers = clientName ? new Set([...names].filter((n) => n !== clientName)) : related.size && (childWithParent || !['couples', 'family', 'group'].includes(session.serviceType ?? '')) ? related : undefined;
  // ("R. shared a hx of overdose ... no current SI", in a note for S.: in one member's group note, the other members named by
  // an initial opening what they said are others; A. and I. are left, as words they could be.)
  const clientInitial = /\b(?:[Pp]t|[Cc]lient|[Pp]atient)\s*[(:]?\s*([A-Z])\.(?=[\s,)])/.exec(text)?.[1];
  const memberInitials = oneMembersNote ? [...text.matchAll(/(?:^|[.;]\s+)([B-HJ-Z])\.\s+(?:\([^()]{1,40}\)\s+)?[a-z]/gm)].map((m) => m[1]!).filter((x) => x !== clientInitial) : [];
  // ("his friend Terrell (witness, not present today)": someone named as not in the room is another person, in any session.)
  const notPresent = [...text.matchAll(/\b([A-Z][a-z]+)\b\s*(?:\([^()]{0,30}?\b(?:not present|not here|absent|not in (?:the )?(?:room|group|session)|not at (?:the )?(?:group|session|debrief)|not (?:our|my|a) (?:client|patient|pt)|not on (?:our|my) caseload)\b[^()]{0,30}\)|,?\s+who (?:was|is) not (?:present|here|there))/g)].map((m) => m[1]!).filter((n) => names.has(n) && n !== clientName);
  // ("Met with Andre separately ...: reports passive SI .... Not our client.": the one named last before it is said not to be a client.)
  notPresent.push(...[...text.matchAll(/\b([A-Z][a-z]+)\b(?:(?!\b[A-Z][a-z]+\b)[^\n])*?[.;]["”']?\s*(?:\(\s*)?[Nn]ot (?:our|my|a|the) (?:client|patient|pt)\b/g)].map((m) => m[1]!).filter((n) => names.has(n) && n !== clientName));
  // ("Ethan not my client", "Mom is not my client": said without brackets, straight after the name.)
  notPresent.push(...[...text.matchAll(/\b([A-Z][a-z]+)\s+(?:is\s+|was\s+)?not\s+(?:our|my|a|the)\s+(?:client|patient|pt)\b/g)].map((m) => m[1]!).filter((n) => names.has(n) && n !== clientName));
  // ("Couples session, Tom & Lisa ... Their 16yo son Ethan cut ..."): in a couples session, one named by relation who is not
  // named on the first line with the couple is not in the room.
  if (sharedSession === 'couples') notPresent.push(...[...related].filter((n) => !new RegExp(`\\b${n}\\b`).test(text.split('\n')[0] ?? '')));
  const otherNames = memberInitials.length || notPresent.length ? new Set([...(namedOthers ?? []), ...memberInitials, ...notPresent]) : namedOthers;
  // In a family session, those named in its first line, or in a "Present:" line, are the ones in the room, and so are the
  // relatives that line names by role ("Present: father (Jean-Pierre), mother (Esther), son Christian 16").
  const roomLine = [text.split('\n')[0] ?? '', ...text.split('\n').filter((l) => /^\s*(?:present|participants|attendees|in attendance|attended)\s*:/i.test(l))].join(' ');
  const familyMembers = session.serviceType === 'family' ? [...[...names].filter((n) => /^[A-Z][a-z]+$/.test(n) && new RegExp(`\\b${n}\\b`).test(roomLine) && !notPresent.includes(n)), ...(roomLine.match(FAMILY_ROLE) ?? []).map((w) => w.toLowerCase())] : [];
  // In a couples session both partners are clients: those named in its first line.
  const partners = sharedSession === 'couples' ? [...names].filter((n) => /^[A-Z][a-z]+$/.test(n) && new RegExp(`\\b${n}\\b`).test(text.split('\n')[0] ?? '')) : [];
  // ("Asked directly - she denied thoughts of killing herself": the one asked, after the question, is the parent or spouse met too.)
  const parentLead = parentMet ? new RegExp(`^(\\s*(?:(?:when\\s+)?(?:I\\s+)?asked(?:\\s+\\w+){0,2}\\s*[:,-]\\s*)?)${attendingParent}\\b`, 'i') : undefined;
  // ('Near end Susan shared that David ... texted her "..."': the one named after a time phrase opens the statement, for whose risk it is.)
  // ('older brother Eli (16), not our pt, posted "..."': the aside that says whose client he is not stands between him and his words.)
  const riskClauses = answeredDirectly((parentLead ? expandedAll.map((c) => c.replace(parentLead, `$1${parentMet}`)) : expandedAll).map((c) => c.replace(TIME_LEAD_BEFORE_NAME, '').replace(/,\s*not\s+(?:our|my|the|a)\s+(?:client|pt|patient)\s*,/gi, ' ')));
  const risk = expandedAll.length ? extractRisk(riskClauses, { ...(clientPronoun ? { clientPronoun } : {}), ...(sharedSession ? { sharedSession } : {}), ...(otherNames?.size ? { otherNames } : {}), ...(clientName ? { clientName } : {}), ...(familyMembers.length ? { familyMembers } : {}), ...(partners.length ? { partners } : {}), ...(clientInitial ? { clientInitial } : {}) }) : emptyRisk();
  if (coupleIntake) risk.shared = true;
  // ("Family session - client Grace Lim (31) w/ her mother"): a family session held for one client named as such is that
  // client's: the status is hers, and the family's words above are theirs.
  if (session.serviceType === 'family' && clientName && new RegExp(`\\b(?:client|pt|patient|IP|identified patient)\\s*:?\\s*${clientName}\\b`, 'i').test(text)) risk.forClient = clientName;
  // ("parent session collateral, mom of my client River ..., River wasn't present": all the client's risk here is told by others.)
  // ("Caregiver support grp ... New member Janet M. (wife of pt on FOLFOX)": a group's members are its clients, whoever's
  // relatives they are.)
  if ((heldWithoutClient || WITH_PARENTS_OF.test(text.split('\n')[0] ?? '')) && session.serviceType !== 'group' && (risk.si === 'passive' || risk.si === 'active' || risk.selfHarm === 'present' || risk.hi === 'present')) risk.clientAbsent = true;
  // ("Met with Mr. and Mrs. Okonkwo (parents of pt Chidi ...) ... Neither endorsed SI": with only the client's relatives in the
  // room, a denial none of them says of the client is theirs, never the client's own.)
  const relativesOfClient = RELATIVES_OF_CLIENT.test(text.split('\n')[0] ?? '');
  if (heldWithoutClient || relativesOfClient) {
    const clientDenies = new RegExp(`\\b(?:client|pt|patient${clientName ? `|${clientName}` : ''})\\b[^.;]{0,30}\\b(?:denies|denied|denying)\\b`, 'i');
    const theirs = (['si', 'hi', 'selfHarm'] as const).filter((d) => risk[d] === 'denied' && !expandedAll.some((c) => clientDenies.test(c)));
    if (theirs.length) risk.deniedByOther = [...new Set([...(risk.deniedByOther ?? []), ...theirs])];
  }
  // ('Linh told me ... that last week she "shoved Dad"', "Client grabbed his arm"): hands put on another person by the client,
  // or by one in the room who tells of it, are restated in Risk, which asks for the assessment.)
  for (const fact of facts.filter((f) => f.kind !== 'session' && HANDS_PUT_ON_ANOTHER.test(f.text))) {
    if (fact.kind !== 'risk') fact.alsoRisk = true;
    risk.handsOnAnother = true;
  }
  // ("he'd been thinking about using it", the gun just named: the thought is restated in the risk section.)
  if (risk.si === 'active' && risk.means) for (const fact of facts.filter((f) => f.kind !== 'risk' && USING_IT.test(f.text.toLowerCase()))) fact.alsoRisk = true;
  // Urges named without a target, in a summary about self-harm, are urges to self-harm: restated in the risk section.
  // (Not where gambling, drinking or using is the matter too: "the urges are strongest after she puts the kids to bed" are poker's.)
  if ((risk.selfHarm !== 'not_assessed' || risk.selfHarmUrges) && !OTHER_URGE_TOPIC.test(text)) {
    // ("HW: track urges on diary card": urges to be tracked are homework, never a statement of risk.)
    for (const fact of facts.filter((f) => f.kind !== 'risk' && f.kind !== 'homework' && bareUrge(f.text))) {
      fact.alsoRisk = true;
      risk.selfHarmUrges = true;
    }
  }
  // "can't promise" about the weekend, in a summary with a threat or ideation, qualifies the safety stated.
  if (risk.threat || risk.si === 'active' || risk.si === 'passive' || risk.hi === 'present') {
    for (const fact of facts.filter((f) => f.kind !== 'risk' && NO_PROMISE.test(f.text))) fact.alsoRisk = true;
  }
  // The record's facts are plain text; the modalities the reader marked are beside it.
  // ("Tues 11/5, 11:40-12:15" on a line of its own: the day and hours read into the session are said there, once.)
  // ("... a day group ran 90 minutes": the length said as a statement, read into the session, is said there once.)
  // ("Arrived 11:50, left 2:05pm"): the clinician's own hours, read into the session, are said there once.
  const plainFacts = facts.filter((f) => !(f.kind === 'session' && session.startTime && HOURS_LINE.test(f.text)) && Number(RAN_FOR_ONLY.exec(f.text)?.[1] ?? -1) !== session.minutes && !(session.startTime && ARRIVED_LEFT_ONLY.test(f.text))).map(withModalitiesLifted);
  // ("Carlos and Ana had a brief disagreement ..." in a group note): a group note goes into each member's chart, so the
  // members it names are listed for the clinician to weigh (not a titled professional, nor a member's own relative, nor a
  // word of a title: "Chronic Pain Coping Skills group").
  // ("co-facilitated w/ Amy K.", "Mother's Day", "church on M-Day": a co-leader, a holiday and its short form name no member.)
  const membersNamed = session.serviceType === 'group' ? [...names].filter((n) => n !== clientName && /^[A-Z][a-z]+$/.test(n) && new RegExp(`(?<![A-Z][a-z]+ )(?<![A-Z]-)(?<!'s )\\b${n}\\b(?! [A-Z][a-z])(?!'s Day\\b)`).test(text) && !new RegExp(`\\b(?:Dr|Mr|Mrs|Ms|Mx)\\.?\\s+${n}\\b`).test(text) && !new RegExp(`\\b(?:co-?facilitat\\w*|co-?lead\\w*|co-?therapist|facilitat\\w*)\\s+(?:by\\s+|with\\s+|w\\/\\s*)?${n}\\b`, 'i').test(text) && !namedAsRelative(text, n)) : [];
  return {
    session,
    facts: plainFacts,
    risk,
    interventions: findInterventions(facts),
    goals: plainFacts.filter((f) => f.kind === 'goal').map((f) => f.text),
    measures: facts.flatMap((f) => f.measures ?? []),
    diagnoses: [],
    abbreviationsKept: [...(context.unresolved ?? [])],
    ...(clientPronoun ? { clientPronoun } : {}),
    ...(membersNamed.length > 1 ? { membersNamed } : {}),
  };
}

/** How the client arrived, told without a subject: "came in escalated after a call", "arrived tearful". */
const ARRIVED_AS = /^\s*(?:came in|arrived|showed up|walked in|presented)\s+(?!(?:for|to)\s+(?:session|sess|appointment|appt|intake|group|grp)\b)(?:\w+\s+){0,2}?(?:after|because|following|upset|escalated|agitated|tearful|angry|crying|intoxicated|late|early|distressed|anxious|calm|irritable|disheveled)\b/i;

/** "Note for Keisha M.": a group note written for one member (any case). */
// ("Pt (S., 2 early losses) quiet first half": one member marked as the patient makes the note that member's too.)
const NOTE_FOR_MEMBER = /\b(?:[Tt]his\s+)?[Nn]ote (?:is )?for\s+[A-Z][a-z'-]+|\b(?:[Pp]t|[Cc]lient|[Pp]atient)\s*\(\s*[A-Z](?:\.|[a-z]+)[,)]/;
/** The same, as a line or sentence of its own, for the heading. */
const NOTE_FOR_MEMBER_LINE = new RegExp(`^\\s*${NOTE_FOR_MEMBER.source.replace('\\b', '')}(?:\\s+[A-Z]\\.?)?\\s*\\.?\\s*$`);

/** A yes or no, alone or before what follows from it: "she declined for now", "he agreed, she's coming tonight". */
const BARE_ANSWER = /^(?:she|he|they|client|pt|patient|(?:her |his |the )?(?:mom|dad|mother|father|parents?|partner|husband|wife|grandma|grandmother|grandpa|grandfather|guardian|caregiver))\s+(?:declined|declines|refused|refuses|accepted|accepts|agreed|agrees|(?:was|is) agreeable|deferred|defers)(?:\s+(?:for now|at this time|for the time being|today|this time|at present|again))?\s*(?:$|,)/i;
/** What a spoken correction leaves of the words it followed: all but the words it says again ("Vietnam era" for "Gulf War era"). */
function keepUncorrected(before: string, correction: string): string {
  const words = before.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  const at = last.length >= 3 ? correction.split(/\s+/, 5).findIndex((w) => w.toLowerCase() === last) : -1;
  if (at < 0) return correction;
  let cut = words.length;
  while (cut > 0 && words.length - cut < at + 1 && !/\d/.test(words[cut - 1]!)) cut--;
  return cut > 0 ? `${words.slice(0, cut).join(' ')} ${correction}` : correction;
}

/** "Had second line call county dispatch for welfare check": the clinician had a colleague make the call. */
const HAD_SOMEONE_CALL = /^had\s+(?:a\s+|the\s+|my\s+)?(?:second line|coworker|co-worker|colleague|front desk|office staff|staff|receptionist|supervisor|on-call|team)\s+(?:call|contact|notify|phone|page|dispatch|send)\b/i;

/** Who reported, at the head of another person's report ("Janice reports ...", "Mom said ..."). */
const REPORTER = new RegExp(String.raw`^((?:[A-Z][a-z]+)|(?:(?:her|his|the)\s+)?(?:${oneOf([...CLOSE_PEOPLE, ...CAREGIVERS, 'teacher', 'staff'])}))\s+(?:reports|reported|says|said|states|stated|notes|noted)\b`);
/** A clause that opens with a capitalised word, read as a person only when the summary names them (never "Partner"). */
const NAMED_AT_START = /^(?!(?:Client|Patient|Therapist|The|This|That|They|She|He|It)\b)([A-Z][a-z]+)\s+(?!(?:and|&|\+)\s)/;
/** Another person, then how they were seen ("Linda was tearful", "her mother cried", "Marcus engaged"). */
const SEEN_DOER = new RegExp(String.raw`^((?:[A-Z][a-z]+)|(?:(?:her|his|the)\s+)?(?:${oneOf([...CLOSE_PEOPLE, ...CAREGIVERS])}))\s+(?:was|were|became|got|cried|appeared|seemed|(?:visibly\s+|very\s+)?(?:${[...OBSERVATION_WORDS].join('|')}))\b`);
/** A jot that can go on with someone's report: a doing or a lapse, with no subject of its own. */
const CONTINUED_JOT = /^(?:[a-z]+ing|missed|missing|forgot|forgets|left|lost|not|no longer|still)\b/i;


/** "Pt Don Aurelio Chávez, 58", "Pt Dawit Gebremedhin": the client named on a line of their own (an age may follow). */
const NAMED_CLIENT_LINE = /^\s*(?:[Pp]t|PT|[Cc]lient|CLIENT|[Pp]atient)\s+(?:(?:[Dd]on|[Dd]oña|[Ss]r|[Ss]ra|M[rs]|Mrs)\.?\s+)?\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+){0,2}(?:,?\s+\(?\d{1,2}\)?)?\s*$/u;

/** A denial with nothing denied named: "both deny", "she denied". */
const BARE_DENIAL = new RegExp(String.raw`^\s*(?:both|neither|she|he|they|client|pt|patient|both partners|both parents|(?:her |his |the )?(?:${oneOf([...PARENTS, ...SPOUSES])}))\s+(?:deny|denies|denied)\s*[.,]?\s*$`, 'i');
/** What was put to the client to take or refuse. */
const OFFERED = /\b(?:offered|discussed|recommended|suggested|proposed|raised|explored|options?|referrals?|referred|asked (?:him|her|them|client|pt|patient) to|encouraged|(?:gave|given|provided)\b[^.;]{0,40}\b(?:info|information|referrals?|resources?|numbers?|list|brochures?|handouts?|contacts?))\b/i;

const FEMALE_RELATIVE_ALL = new RegExp(FEMALE_RELATIVE.source, 'gi');
const MALE_RELATIVE_ALL = new RegExp(MALE_RELATIVE.source, 'gi');

/** The relative a leading "she"/"he" must be: the only one of that gender named in `before` ("mother"). */
function onlyRelativeFor(text: string, before: string): string | undefined {
  const pronoun = /^(she|he)\b/i.exec(text)?.[1]?.toLowerCase();
  if (!pronoun) return undefined;
  const named = new Set(allMatches(pronoun === 'she' ? FEMALE_RELATIVE_ALL : MALE_RELATIVE_ALL, before).map((m) => m[1]!.toLowerCase()));
  return named.size === 1 ? [...named][0] : undefined;
}

/** "Mother" when `before` opens with that relative as its subject and `text` opens with their pronoun. */
/** The clinician telling a colleague ("told the AP about the bullying"): who was told. */
const ROLE_TOLD = /\b(?:told|informed|notified|called|emailed|updated|alerted|spoke (?:to|with))\s+(?:the\s+)?(AP|assistant principal|principal|vice principal|teacher|nurse|school nurse|dean|school resource officer|SRO|coach|supervisor|case manager|caseworker|social worker)\b/i;
/** A professional's task taken on ("she's going to do the bullying investigation", "he will call the parents"). */
const ROLE_TASK = /^(?:she|he|they)\s+(?:is|are|'s|'re)?\s*(?:going to|gonna|will|'ll)?\s*(?:do|start|open|lead|handle|run|complete)?\s*(?:the\s+)?(?:[\w-]+\s+)?(?:investigat\w*|disciplin\w*|consequences?|review (?:the )?(?:video|footage|cameras?)|call (?:the )?(?:parents|families)|contact (?:the )?(?:parents|families)|report (?:it|this) to)\b/i;


/** The clinician's call to the client's relative ("called his mother with his consent"): whose relative, and who. */
const REACHED_RELATIVE = /\b(?:called|contacted|notified|phoned|texted|emailed|updated|told|informed|spoke (?:to|with)|talked (?:to|with))\s+(his|her|their|the|[A-Z][a-z]+'s)\s+([a-z]+)\b(?:,?\s+([A-Z][a-z]+)\b)?/i;

/** What a family calls a relative, as the note names them. */
const RELATIVE_WORD: Readonly<Record<string, string>> = { mom: 'Mother', mum: 'Mother', dad: 'Father' };

function subjectRelative(text: string, before: string): string | undefined {
  const pronoun = /^(she|he)\s/i.exec(text)?.[1]?.toLowerCase();
  if (!pronoun) return undefined;
  const lead = /^(?:(?:her|his|their|the)\s+)?([a-z]+)\b/i.exec(before)?.[1] ?? '';
  const re = pronoun === 'she' ? FEMALE_RELATIVE : MALE_RELATIVE;
  // "mom and I practiced ...": a shared subject leaves the pronoun open.
  // ("dad has depression history he was flat ...": a relative's own history makes them no speaker in the room.)
  if (!re.test(lead) || !RELATIVE_SPEAKER.test(lead) || /^(?:(?:her|his|their|the)\s+)?[a-z]+\s+(?:has|had|have)\s+(?:a\s+)?(?:(?:\w+\s+){0,2}(?:history|hx)\b|history of)/i.test(before) || /^\s*(?:and|&|\+)\s/i.test(before.slice(before.toLowerCase().indexOf(lead.toLowerCase()) + lead.length))) return undefined;
  // The same gender as an object ("brought her in", "told him", "hasn't texted her since") leaves the pronoun open.
  // ("since her father died" is possessive: "her" before a noun names no one new.)
  if (new RegExp(`\\b${pronoun === 'she' ? 'her(?=\\s+(?:in|to|out|up|down|home|back|about|that|and|because|for|a|an|the|with|at|on|off|over|this|if|when|so|but|since|yet|again|anymore|today|tonight|now|either|too|much|lately)\\b|\\s*[,.;]|\\s*$)' : 'him'}\\b`, 'i').test(before.slice(lead.length)) && (pronoun === 'he' || !/^(?:her|his)\s/i.test(before))) return undefined;
  // "his dad died of cirrhosis ... he set a goal": a relative who has died is no one's next doer.
  if (new RegExp(`\\b${lead}\\s+(?:(?:has|had|just|recently)\\s+)?(?:died|passed away|passed|was killed|killed (?:himself|herself)|is deceased)\\b`, 'i').test(before)) return undefined;
  // ("husband is deployed, the main concern is their son Owen who is seven, he's been having meltdowns": another of the
  // same sex named later in the clause is nearer: named with the relation ("their son Owen") the pronoun is that
  // person's, otherwise it is left open; the same relative named again ("mother herself says") is still the one.)
  const leadAt = before.toLowerCase().indexOf(lead.toLowerCase());
  const later = before.slice(leadAt + lead.length);
  const sameAs = (w: string): string => (RELATIVE_WORD[w.toLowerCase()] ?? w).toLowerCase();
  if ([...later.matchAll(new RegExp(re.source, 'gi'))].some((m) => sameAs(m[1]!) !== sameAs(lead))) return new RegExp(`${re.source}\\s+([A-Z][a-z]+)\\b`).exec(later)?.[2];
  const word = lead.toLowerCase();
  // ("mom is driving up tonight she will stay with mom at the hotel": the relative named again as the object is someone else than "she".)
  if (new RegExp(`\\b(?:with|to|for|by|and)\\s+(?:her\\s+|his\\s+|their\\s+|the\\s+)?${word}\\b`, 'i').test(text)) return undefined;
  return RELATIVE_WORD[word] ?? `${word[0]!.toUpperCase()}${word.slice(1)}`;
}

/** The last doer in a clause: a name or the client's word just before a verb ("she called because Jordan posted" -> Jordan). */
function lastDoer(text: string): string | undefined {
  let doer: string | undefined;
  for (const m of text.matchAll(/\b(she|he|they|client|patient|pt|i|[A-Z][a-z]+)\s+(?:(?:just|then|also|had|has)\s+)?([a-z]+ed|went|left|took|got|made|sent|wrote|said|told|ran|quit|stopped)\b/gi)) doer = /^[A-Z][a-z]+$/.test(m[1]!) && !/^(?:She|He|They|Client|Patient|Pt|I)$/.test(m[1]!) ? m[1] : undefined;
  return doer;
}

/** A clause opening with "she" or "he" after one that names a relative of that gender. */
function sameGenderRelative(text: string, before: string): boolean {
  const pronoun = /^(she|he)\b/i.exec(text)?.[1]?.toLowerCase();
  if (!pronoun) return false;
  return (pronoun === 'she' ? FEMALE_RELATIVE : MALE_RELATIVE).test(before);
}

/** "Carl's been talking about losing the farm and he said ...": right after another person named, "he" may be them. */
function namedOtherBefore(text: string, before: Fact): boolean {
  if (!/^(?:she|he)\b/i.test(text)) return false;
  // "I told Jessica I am a mandated reporter; she was angry at first": the one the clinician spoke to.
  if (before.subject === 'therapist' && /^(?:I|therapist)\s+(?:told|asked|informed|reminded|updated|called|explained to|spoke (?:with|to)|talked (?:with|to))\s+(?!(?:her|him|them|the|client|patient|pt)\b)[A-Z][a-z]+\b/.test(before.text.trim())) return true;
  return before.subject === 'other' && /^[A-Z][a-z]+(?:'s|\s)/.test(before.text.trim()) && !/^(?:Client|Patient|Pt|Therapist|The|This|Today|Both|All)\b/.test(before.text.trim());
}

/** Splits at each separator outside brackets: "(court-ordered, 3rd session)" stays one piece. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    // ('Pt 19yo M, "Marcus," referred by ...': a comma inside the quotation marks is the quotation's.)
    if ((before.match(/"/g) ?? []).length % 2 === 1) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** "Dale", "47" -> "Dale, 47": a bare age right after a name belongs to it. */
/** "Call w/ Dr. Okafor:", "Phone call with Dr. Lee -": a call with someone named opens the summary (1: a doctor, by title). */
const CALL_FROM_SOMEONE_ABOUT = /^(?:I\s+)?(?:got|received|took|had)\s+a\s+(?:phone\s+)?call\s+(?:today\s+|this (?:morning|afternoon)\s+)?from\s+(?!(?:the\s+|my\s+)?(?:client|pt|patient)\b)[^.;\n]{2,80}?\b(?:about|re:?|regarding)\s+(?:one of\s+)?(?:my|our|the)\s+(?:client|patient|pt)s?\b/i;
const CALL_WITH_SOMEONE = /^(?:(?:[Pp]hone|[Tt]elephone|[Bb]rief|[Qq]uick)\s+)?[Cc]all\s+(?:w\/\s*|with\s+)(?:(Dr\.?\s+[A-Z][a-z]+)|((?:(?:Mr|Ms|Mrs|Mx)\.?\s+)?[A-Z][a-z]+))\b[^.;\n]{0,40}?[:\-–—]/;

/** "the son", "their daughter": a relative named by role, with whose (2: the role). */
const RELATIVE_NAMED = /\b(the|their|her|his)\s+(son|brother|father|husband|grandson|nephew|uncle|dad|daughter|sister|mother|wife|granddaughter|niece|aunt|mom)\b/gi;

/** "client in her car" when the session line already says "client located in her car": said once. */
function restatesLocation(fragment: string, where: string | undefined): boolean {
  if (!where) return false;
  // ("client located at home in Boise" already says the fragment "in Boise".)
  const town = /\s+in\s+([A-Z][\w ]*)$/.exec(where)?.[1];
  if (town && new RegExp(`^\\s*(?:in|from)\\s+${town}\\s*$`, 'i').test(fragment)) return true;
  const place = where.replace(/^(?:in|at)\s+/i, '').replace(/\s+in\s+[A-Z][\w ]*$/, '').toLowerCase();
  // ("(video, pt at home in MI)": the bracket and the means it opens with say nothing more.)
  return new RegExp(`^\\s*\\(?\\s*(?:(?:video|phone|audio|telehealth|zoom)\\s*,\\s*)?(?:(?:client|patient|pt)\\s+)?(?:(?:was|is)\\s+)?(?:at|in|from)\\s+${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:,?\\s+in\\s+[A-Z][\\w ]*)?\\s*\\)?\\s*$`, 'i').test(fragment);
}

function joinNameAndAge(fragments: string[]): string[] {
  const out: string[] = [];
  for (const f of fragments) {
    const prev = out.at(-1);
    // "Lily P., age 6": the age stays with the name, initial and all.
    if (prev && /^\s*(?:age\s+)?\d{1,2}\s*$/i.test(f) && /^\s*(?:i\s+(?:met|saw)\s+(?:with\s+)?)?(?:(?:intake|session|today|seen)\s+)*(?:with\s+)?(?:Mr\.?|Ms\.?|Mrs\.?)?\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+[A-Z]\.?)?\s*$/i.test(prev)) out[out.length - 1] = `${prev.trim().replace(/(\s[A-Z])$/, '$1.')}, ${f.trim()}`;
    // ("confirmed location = Target lot on Mill Rd, Fresno": the town after a place stays with it.)
    else if (prev && /^\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,?\s+[A-Z]{2})?\s*$/.test(f) && /\blocation\b[^,;]*\b(?:on|at|in)\s+[A-Z]/i.test(prev)) out[out.length - 1] = `${prev.trim()}, ${f.trim()}`;
    // "+ mom (Rachel)": who came with the client.
    else out.push(f.replace(/^\s*(?:\+|&)\s*/, 'with '));
  }
  return out;
}

const srcOrigin = (origin: Origin): 'summary' | 'dictation' => (origin === 'dictation' ? 'dictation' : 'summary');

/** A relative or named person telling what happened: "Dad reports 3 tantrums", "Mom said ...". */
/** A professional named with a role ("DCFS caseworker Tom Reyes", "teacher Ms. Ruiz"): the role (1). */
const NAMED_ROLE = /\b(caseworker|case worker|case manager|social worker|teacher|counselor|principal|probation officer|officer|psychiatrist|pediatrician|nurse|coach|advocate|supervisor|guardian ad litem|GAL|attorney|lawyer)(?:\s+(?:at|from|with|for)\s+(?:the\s+)?[A-Z][A-Za-z]{1,10})?\s+\(?(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?[A-Z][a-z]+/;
/** A name right after a relation word ("roommate (Kayla)", "her friend Nina") or with it in brackets ("Tom (partner)"). */
/** Relation words of one word ("roommate", "partner"), as one alternation. */
const RELATION_WORDS = oneOf(OTHER_PEOPLE.filter((w) => /^[a-z]+$/.test(w) && w.length > 2));
// ("Linda (daughter & caregiver of my client ...)": the relation may open a longer bracket.)
const NAMED_RELATION = new RegExp(`\\b(?:${RELATION_WORDS})\\s*\\(?([A-Z][a-z]+)\\b|\\b([A-Z][a-z]+)\\s*\\((?:${RELATION_WORDS})(?:\\)|\\s*(?:&|and|,)\\s)`, 'g');
/** A relative said to be out of the session: "was home but not in the room", "waited in the lobby". */
// ("mom was in the next room": the room beside is out of the session too.)
const RELATIVE_OUT_OF_ROOM = /\b(?:not in (?:the )?room|not present|out of (?:the )?room|left (?:the )?room|stepped out|in the (?:waiting room|lobby|car|other room|next room|room next door|kitchen|living room|hall(?:way)?)|in (?:another|a different) room|waited (?:outside|in the)|not on the (?:call|screen|video))\b/i;
const RELATIVE_REPORTS = new RegExp(`^(?:(?:her|his|their|the)\\s+)?(?:${oneOf([...CAREGIVERS, 'teacher', ...SPOUSES])}|[A-Z][a-z]+)\\s+(?:reports?|reported|said|says|states?|stated|notes?|noted)\\b`, 'i');
/** "Dad joined and I coached him ...": the relative coached (1) and the pronoun that stands for them (2). */
const COACHED_NAMED_RELATIVE = new RegExp(`\\b(?:coached|taught|prompted|guided|helped)\\s+(?:the\\s+)?(${oneOf([...PARENTS, ...GRANDPARENTS, ...AUNTS_AND_UNCLES])})\\s+(?:to|with|through|on)\\b`, 'i');
const COACHED_RELATIVE = new RegExp(`\\b(${oneOf([...PARENTS, ...GRANDPARENTS, ...AUNTS_AND_UNCLES])})\\b[^.]*\\b(?:coached|taught|modeled|modelled|showed|prompted|guided)\\s+(him|her)\\b`, 'i');
/** Breaks between a labelled heading's parts: " - ", a comma, a full stop (not "Dr." or "husband d."). */
const HEADING_BREAK = new RegExp(`\\s+-\\s+|\\s*[—–]\\s*|,\\s*|\\s+(?=(?:s\\/p|status post)\\s)|(?<!\\b(?:Ms|Mr|Mrs|Mx|Dr|St|Sgt|Lt|Capt|Cpl|Det|Dep|Ofc|Prof|Rev|Atty|Fr|Sra|Srta|[A-Z]|(?:${oneOf(CLOSE_PEOPLE)}) d))\\.\\s+`, 'g');

function isFragment(text: string): boolean {
  // ("Somali interp. (Hodan, in person)": an aside in brackets alone belongs to what it is about.)
  if (/^"[^"]*"$/.test(text) || /^\([^()]*\)$/.test(text.trim())) return true;
  // ("Pt reports low mood. EMDR.": a technique or a modality named on its own is the clinician's work, never more of the report.)
  const word = text.replace(/[.;,⟪⟫]/g, '');
  return text.split(/\s+/).length <= 1 && !/^(no|denies)$/i.test(text) && !leadingInterventionTerm(word) && !MODALITIES.some((m) => m.acronym === word);
}

function findInterventions(facts: readonly Fact[]): Intervention[] {
  const out: Intervention[] = [];
  const seen = new Set<string>();
  for (const f of facts) {
    for (const m of f.text.matchAll(/⟪([^⟫]+)⟫/g)) {
      const modality = MODALITIES.find((x) => x.acronym === m[1]);
      if (modality && !seen.has(modality.acronym)) {
        seen.add(modality.acronym);
        out.push({ name: modality.name, modality: modality.acronym });
      }
    }
    if (f.kind !== 'intervention') continue;
    const term = leadingInterventionTerm(f.text);
    const lower = f.text.toLowerCase();
    for (const t of term ? [term] : Object.keys(INTERVENTION_TERMS).filter((k) => lower.includes(k))) {
      if (!seen.has(t)) {
        seen.add(t);
        out.push({ name: t });
      }
    }
  }
  return out;
}

