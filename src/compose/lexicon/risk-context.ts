// How a risk mention is framed (reference/clinical.md section 6.1): negated, past, another
// person's, or not a status at all (teaching, a question, a conditional, a plan to reassess).
// Matched on the lower-cased clause after shorthand is spelled out ("SI" is "suicidal ideation").
// Every pattern has examples in test/compose/risk-corpus.ts.

import { CLOSE_PEOPLE, DATING_PARTNERS, oneOf } from './people.ts';
import { BRAND_NAMES, MEDICATION_NAMES } from './medications.ts';

/** Words before a mention that deny it, within its stretch of the clause. */
// "Neither partner endorsed", "none of the members reported", "no one endorsed", "no members reported": a denial by every participant.
// ("denies Noah has ever said anything about wanting to hurt himself", "no talk of wanting to die": "anything about" and "no talk of" deny too.)
// ("nobody is suicidal", "neither of them was suicidal": no one in the room is.)
// ("not saying I'd hurt him, but he's gonna hear it": what the client says he is not saying is denied.)
// ("Lily has not made any statements about self harm per both": nothing said of it, never self-harm.)
// ("Wife does not think he has a plan": what someone does not think the client has is denied, never a plan found.)
// ("Gary said he has never heard her talk about suicide": what someone never heard the client say is denied, in their words;
// so is "She denied any statements by him about wanting to die".)
export const NEGATION_BEFORE = /\b((?:does not|doesn't|did not|didn't|do not|don't)\s+(?:think|believe|feel|know of)\s+(?:that\s+)?(?:she|he|they|[a-z]+)\s+(?:has|had|have|is|was|would)\s+(?:(?:a|an|any)\s+)?(?=\S)|(?:denies|denied|deny|denying|no)\s+(?:any\s+)?(?:statements?|comments?|talk|mention|remarks?)\s+(?:(?:by|from)\s+(?:him|her|them|the client|client|pt|the patient|patient|[a-z]+)\s+)?(?:of|about)\b|(?:never|not|n't|nobody has|no one has)\s+(?:ever\s+)?(?:heard|seen|known)\s+(?:her|him|them|the client|client|pt|the patient|patient|[a-z]+)\s+(?:ever\s+)?(?:talk|speak|say anything|mention|bring up|express|joke)(?:ing)?\s+(?:about|of)\b|(?:not|never|wasn't|isn't|i'm not|he's not|she's not)\s+saying\s+(?:that\s+)?(?:i'd|i would|i'll|i will|he'd|he would|she'd|she would)|(?:no one|nobody|none of them|neither(?: of them)?) (?:is|was|are|were|seems|seemed)(?: (?:actively|currently))?|anything about|no (?:talk|mention|statements?|comments?) (?:of|about)|(?:not|never|n't) (?:made|said|voiced|expressed|written|posted) (?:any )?(?:statements?|comments?|mention|remarks?|anything) (?:of|about)|neither(?: [a-z]+){0,4} (?:has |have )?(?:endorsed|endorses|reported|reports)|neither|(?:no one|nobody|none of (?:the|them)|no (?:group |other )?(?:members?|participants?|clients?|patients?|residents?|students?|veterans?))(?: [a-z]+){0,4} (?:endorsed|endorses|reported|reports|voiced|disclosed|expressed)|not endorsing|does not endorse|did not endorse|does not report|did not report|no current|no active|no evidence of|ruled out|negative for|free of|absence of|none of|denies|denied|deny|denying|negative|never|without|instead of|rather than|no|not|nor)\b/;

/** Words after a mention that deny it ("SI: none", "SI - denied", "Current SI: denies", "SI negative", a diary card's "SI 0/5"). */
// "SI no plan no intent": a "no" that opens the next screening item denies that item, not the ideation.
// ("SI/HI screen all neg": a screen's result, said of each domain it lists, is a denial too.)
// ("passive SI denies plan": a denial with an object of its own is a new verb, never the label's value.)
// ("SI-. HI-.", "SI-/HI-": a minus jotted straight after the term, with nothing after it, is negative.)
export const NEGATION_AFTER = /^(?:\s*(?:[:=-]\s*)?(?:(?:screens?|screening|screened)\s+(?:(?:was|were|is|are|came back)\s+)?(?:(?:all|both)\s+)?)?(none|no(?!\s+(?:on|to)\b)(?!\s+(?:plan|intent|means|method|access|history|hx|attempts?|behaviou?rs?|rehearsal|preparation|prior|past|weapons?|firearms?|guns?)\b)|(?:denied|denies|deny|denying)(?!\s+(?!(?:today|now|currently|at this time|this week|in session|on screening|when asked|by|per|x\s?\d|again|both|all|throughout|and|or|but|any (?:thoughts?|ideation|current|suicidal|active|passive))\b)[a-z])|negative|neg|absent|not present|not endorsed|not reported|(?:rated\s+|at\s+)?0\s*(?:\/|out of|of)\s*(?:4|5|10|100)|0)\b(?!\s*\/)|\s*[-–−](?=\s*(?:[.,;)/]|$|(?:and|or|&)\s)))/;

/** Words that end a denial's reach: "denies SI but endorses passive thoughts". */
export const TERMINATORS = /\b(but|however|although|though|yet|except|endorses|endorsed|endorsing|admits|admitted|acknowledges|acknowledged|reports|reported|states|stated|says|said|with)\b/g;

/** A past time around a mention: history, not today's status. */
// ("doesn't see himself being around at 20": an age looked ahead to is no time past.)
// ("has his dad's old sleeping pills", "his old rifle": an old thing at hand is no history of the act.)
export const HISTORY = /\b(history of|history|hx|h\/o|past(?!\s+(?:week|weeks|wk|wks|few|couple|\d+(?:h|hrs?|d|wks?|mos?)?|night|nights|weekend|month|day|days|24|48|72)\b)|prior|previous|previously|former|formerly|used to|lifetime|at intake|per intake|last session|last week's session|in the past(?!\s+(?:\d+|few|couple|several|week|weeks|wk|month|day|days|24|48|72|two|three|seven)\b)|as a (?:teen|teenager|child|kid)|in (?:her|his|their|my) (?:teens|20s|30s|40s|twenties|thirties)|in (?:high school|college|middle school|nursing school|grad school)|once in|years ago|months ago|\d+\s+(?:years?|months?|weeks?)\s+ago|in (?:19|20)\d\d|(?:19|20)\d\d|(?<!year-)(?<!years )(?<!year )old(?!\s+(?:sleeping\s+|pain\s+)?(?:pills|meds|medications?|prescriptions?|bottles?|painkillers|oxy\w*|rifles?|shotguns?|guns?|handguns?|pistols?|knife|knives|razors?|blades?|rope|belt|car|truck|house|apartment|room|job|friends?|boss|phone|account|dog|cat)\b)|healed|scars?|last (?:cut|time|episode|attempt|incident|thoughts?|ideation|urges?)|since (?:19|20)\d\d|last (?:spring|summer|fall|autumn|winter|year)|the one time|one time|back then|at that time|at the time|(?:a few|several|a couple(?: of)?|\d+) (?:months|weeks|years) back|(?:at |when )?age \d{1,2}|(?<!\b(?:around|alive|here|living|still|be|make it|live|see (?:him|her|them|my)sel(?:f|ves)(?: being)?(?: around)?)\s)at (?:1\d|[2-9]\d)(?!\s*(?:am|pm|a\.m|p\.m|:|%|mg|\/|percent|minutes?|mins?|hours?|hrs?))|post-(?:ed|er|hospital|hosp|discharge|admission|inpatient)|status post|(?:admitted|readmitted|hospitali[sz]ed|discharged|d\/c(?:'?d)?|admission|hospitali[sz]ation|discharge)(?:\s+\S+){0,2}\s+(?:for|after|following)|(?:inpatient|inpt)(?:\s+\S+){0,4}\s+(?:for|after|following)|(?:ed|er|emergency room|emergency department|hospital|inpatient|crisis unit) (?:visit|stay|admission|presentation|discharge))\b|\b(?:on|since|before|in)\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/;

/** "Hx: one depressive episode in 1989, overdose on pills ...": a history label that governs every item it lists. */
export const HISTORY_LABEL = /^\s*(?:(?:psych(?:iatric)?|past|prior|medical|trauma|risk|suicide|self-harm|substance(?: use)?|treatment)\s+)?(?:history|hx|h\/o)\s*:/;

/** "has had thoughts of wanting to act", "urges to act on it": thoughts of acting on the wish to die are active ideation (C-SSRS item 2 and beyond). */
export const THOUGHTS_OF_ACTING = /\b(?:thoughts?|thinking|thought|urges?|impulses?)\s+(?:of|about)\s+(?:wanting\s+to\s+)?(?:act(?:ing)?(?:\s+on\s+(?:it|them|those thoughts|the thoughts))?|doing it|going through with it|following through)\b/i;

/** "Hx of SI at age 19, ...": a clause that opens on a history of suicidal ideation. */
export const SI_HISTORY_OPENS = /^\s*(?:(?:past|prior|remote)\s+)?(?:hx|history)\s+(?:of\s+)?(?:suicidal ideation|si|suicidal thoughts)\b/;
/** "took a bottle of", "swallowed": the act itself, said in the past, just before the means. */
export const PAST_ACT_BEFORE = /\b(?:took|swallowed|overdosed on|ingested|drank|cut|jumped|tried)\s+(?:\w+\s+){0,3}$/;
/** A word that puts what is told now, or in the last day or week. */
export const NOW_WORDS = /\b(?:now|currently|today|tonight|yesterday|this (?:week|morning)|last (?:night|week))\b/;
/** "no hx of SI", "denies prior SI": a denial of the past only (read just before the mention), never today's status. */
// ("no current or past self-harm": both times denied, never a history.)
export const HISTORY_ONLY_DENIAL = /\b(?:no|denies|denied|negative for|never had (?:a|any))\s+(?:(?:known|reported|documented|significant|prior|past|previous)\s+)?(?:hx|history|h\/o)\s+(?:of\s+)?(?:any\s+)?$|\b(?:no|denies|denied)\s+(?:any\s+)?(?:(?:current|recent|present)\s+(?:or|and|\/|nor)\s+)?(?:prior|past|previous|lifetime)\s+$/;

/** Today's denial after a history: "hx of SI in 2019, none currently". */
export const NONE_NOW = /\b(?:none|no (?:\w+ )?(?:ideation|thoughts|episodes)|denies any)\s+since\b|\b(none|no|denies|denied|negative)\b[^.;]{0,20}\b(currently|current|now|today|at this time|presently)\b|\b(denies|denied)\b[^.;]{0,12}\bnow\b/;

/** Not a status: teaching, asking, a conditional, a plan to reassess, a safety-plan review. */
// "didn't say anything about hurting himself": nothing was said, so nothing is denied or endorsed.
// ("Nobody mentioned any SI and I didn't ask", "Mom not aware of any statements about hurting herself": nothing was said
// to the clinician and nothing asked, so no status at all.)
export const NOT_A_STATUS = /\b((?:did not|didn't|does not|doesn't) (?:say|mention|disclose) anything about|(?:denies|denied) (?:that )?(?:she|he|they)(?:'s|'ve| has| have| had)? (?:said|mentioned|talked about|brought up) anything about|(?:did not|didn't) mention|no mention of|(?:no one|nobody|neither(?: of them)?) (?:mentioned|brought up|raised|talked about|said anything about)(?: any)?|(?:not|n't) aware of any (?:statements?|talk|comments?|mention|signs?)|statement|regarding (?:the |his |her |their )?(?=suicid|homicid|self-harm)|goals?|objectives?|reduce|reducing|decrease|decreasing|eliminate|treatment plan|tx plan|psychoeducation|psychoed|warning signs|how to ask|asking|role-played|role-play|(?<!(?:better off|easier|better|simpler|happier|a relief|fine|okay|ok|matter|mind|care) )if|in case|should(?!(?:'ve| have) (?:been|died|let)\b)|when urges|re-assess|reassess|monitor|monitoring|(?:low|moderate|mod|high|elevated|minimal|imminent|some|no)\s+risk\s+(?:for|of)|recheck|re-check|rescreen|re-screen|(?:follow(?:-|\s)?up|f\/u)(?:\s+on)?(?=\s+(?:current\s+|passive\s+|active\s+)?(?:suicidal|homicidal|self-harm|si\b|hi\b|sh\b))|check(?:-|\s)?in (?:re|regarding|about|on)|follow(?:-|\s)?up (?:re|regarding|about|on)|revisit(?:ing)?|will (?:ask|discuss|review|explore|address|check|do|complete|finish|get to)|assessed(?! (?:suicidal ideation|homicidal ideation|self-harm) as\b)(?: for)?|re-evaluate|will assess|assess next|to assess|assess(?:ing)?(?=\s+(?:for\s+)?(?:homicid|suicid|self-harm|si\b|hi\b|danger))|ask(?:ed|s|ing)?(?:\s+\w+){0,2}\s+(?:about|re|regarding)(?![^.;]*\b(?:she|he|they|client|pt|patient)\s+(?:said|says|reported|reports|stated|states|admitted|admits|endorsed|endorses)\b)|safety plan|contracted for safety|contract for safety|screen(?:ed)? (?:(?:the\s+)?(?:group|family|all|everyone|both|them|him|her|verbally|briefly|directly)\s+){0,3}for|crisis text line|(?:assessment|assessments|evaluation|eval|screening|evaluated) (?:for|of)|for (?:an? |the )?(?:suicidal ideation|homicidal ideation|self-harm|risk) (?:screen(?:ing)?|assessment|evaluation|eval|follow-up))\b|\?/;

/**
 * Hopelessness as the client's state, endorsed or denied ("denies SI, endorses hopelessness", "feels hopeless about the
 * farm"): a risk factor the risk section restates beside the status. Never the clinician's work on it ("validated the hopelessness").
 */
export const HOPELESSNESS_STATED = /\b(?:endorse[sd]?|endorsing|reports?|reported|reporting|express(?:es|ed|ing)?|voice[sd]?|voicing|feels?|feeling|felt|admits?|admitted|describe[sd]?|describing|denies|denied|denying|is|was|seems?|seemed|appears?|appeared)\s+(?:\w+\s+){0,2}?hopeless(?:ness)?\b/i;

/**
 * Self-harm looked for by staff and not seen ("no self harm observed on watch per log"): what the watch saw, never the client's
 * denial. Said in the risk section as written; no status is read from it.
 */
export const SELF_HARM_NOT_OBSERVED = /\bno\s+(?:self[- ]?harm(?:ing)?|sib|self[- ]injur\w*|nssi)(?:\s+behaviou?rs?)?\s+(?:was\s+|were\s+)?(?:observed|noted|seen|witnessed|documented|reported by (?:staff|officers?|co|cos|nursing))\b(?:\s+(?:on|during|per)\s+(?:the\s+)?(?:watch|shift|rounds|unit|log|checks?))*(?:\s+per\s+(?:the\s+)?(?:log|staff|co|officer|nursing|chart))?/;

/**
 * Asked about a plan, the way is left to be worked out ("Asked about plan - 'I don't know, I'll figure it out'"): thoughts of
 * how to die are active ideation, though no plan is set.
 */
export const PLAN_TO_BE_WORKED_OUT = /\b(?:i'll|i will|i'm gonna|i'm going to|gonna|going to|he'll|she'll|they'll)\s+(?:just\s+)?figure\s+(?:it|that|something|a way)\s+out\b|\b(?:haven't|hasn't|have not|has not)\s+(?:figured|worked)\s+out\s+(?:how|a way|the how)\b/;

/**
 * An injury the client did to their own body on a wall or door ("found him hitting wall w/ fist, knuckles bleeding", "banging
 * head on the door"): restated in the risk section for the clinician to weigh, with no self-harm status read from it.
 */
export const HURT_SELF_ON_OBJECT = /\b(?:hitting|hit|punching|punched|punches|banging|banged|bangs|slamming|slammed)\s+(?:(?:his|her|their|my)\s+)?(?:head|fists?|hands?)?\s*(?:(?:on|into|against)\s+)?(?:the\s+|a\s+)?(?:wall|walls|door|window|mirror|floor|bars|locker)\b[^.;]{0,40}\b(?:bleeding|bloody|blood|bloodied|cut|cuts|swollen|broke|broken|fractur\w*|injur\w*|split)\b|\bhead[- ]?bang(?:ing|ed|s)?\b/;

/**
 * Those told of a danger just documented ("Security + attending informed, charge nurse aware", "Notified sgt on pod and shift
 * supervisor"): the protective step, said in the risk section with the danger it answers.
 */
export const DANGER_NOTIFIED = /\b(?:security|police|pd|sheriff|deputies|attending|charge (?:nurse|rn)|supervisor|shift (?:commander|supervisor|lieutenant)|sergeant|sgt|classification|victim services|officers?|co|cos)\b[^.;]{0,40}\b(?:informed|notified|aware|alerted|paged|called)\b|\b(?:informed|notified|alerted|paged|called)\s+(?:the\s+)?(?:security|police|pd|sheriff|attending|charge (?:nurse|rn)|supervisor|shift (?:commander|supervisor)|sergeant|sgt|classification|victim services)\b/i;

/**
 * Not being somewhere, felt as guilt or told with where or whom ("feels guilty not being here" of a father back at work while
 * his baby is in the NICU, "not being there for her kids"): absence from a place or a person, never a wish not to exist.
 */
const NOT_BEING_AT_A_PLACE = /\b(?:guilty|guilt|bad|terrible|awful|sad|upset|torn|ashamed)\s+(?:about\s+|for\s+|over\s+|at\s+)?not\s+being\s+(?:here|there)\b|\bnot\s+being\s+(?:here|there)\s+(?:with|for|at|when|during|to\s+(?:see|help|hold|visit))\b/;

/** A denial, then a list of things joined by "or" or commas, up to the item read ("denied any thoughts of suicide or hurting himself or "). */
// ("denies plan, intent, or any self-harm behavior": "any" may open the last item.)
export const DENIAL_OPENS_LIST = /\b(?:denies|denied|denying)\s+(?:any\s+|current\s+)*(?:thoughts?\s+(?:of|about)\s+)?(?:[a-z-]+(?:\s+[a-z-]+)?\s*(?:,\s*(?:or\s+|and\s+)?|\bor\s+|\bnor\s+)){1,4}(?:any\s+)?$/;

/** Another person as the one at risk: a relative's or other party's ideation or act. */
export const OTHER_PERSON = /\b((?:a|another|one|some) (?:girl|boy|kid|student|guy|person|teammate|peer|classmate|woman|man)|mother|mom|mum|father|dad|parent|brother|sister|sibling|son|daughter|child|husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|friend|roommate|cousin|aunt|uncle|grandmother|grandfather|grandma|grandpa|coworker|co-worker|classmate|teammate|bandmate|housemate|suitemate|workmate|crewmate|shipmate|mate|cellmate|cellie|celly|bunkmate|bunkie|dormmate|peer|member|neighbor|stepfather|stepmother|stepdad|stepmom|stepbrother|stepsister|family history)(?:-in-laws?)?\b/;
/**
 * "Mom reports 2 prior cutting episodes", "brother says hx of SI": a relative tells of the client's
 * own history; between the telling and the term stand counts and words of time, no person ("pt's mother
 * reports SI", with neither, stays the mother's).
 */
export const COLLATERAL_REPORT = /^\s*(?:also\s+)?(?:reports?|reported|says|said|states|stated|adds|added|notes|noted|confirms|confirmed|describes|described)\s+(?:that\s+)?(?:(?:a|an)\s+)?(?:(?:\d+|one|two|three|several|multiple|prior|past|previous|recent|history of|hx of|hx|repeated|frequent)\s+)+$/;

/** A denial another person gave: "no self harm per mom", "mom denies any SI", "per teacher no safety concerns". */
export const COLLATERAL_DENIAL = /^\s*(?:the\s+)?(?:AT|at|athletic trainer|trainer|coach|RA|ra|teacher|nurse|staff|caseworker|case manager|mom|mother|dad|father|parents?|wife|husband|partner|roommate)\s+(?:has|had|have|reports?|reported|says|said)\s+no\s+concerns?\s+(?:about|re|regarding|for|of)\b|\b(?:reported|noted|observed|seen|endorsed)\s+by\s+(?:(?:either|both|her|his|their|the)\s+)?(?:mom|mother|dad|father|parents?|teacher|caregivers?|guardian|grand(?:ma|pa|mother|father|parents?)|foster (?:mom|dad|parents?)|staff|school|wife|husband|partner)\b|\bper\s+(?:(?:her|his|their|the)\s+)?(?:mom|mother|dad|father|parents?|teacher|caregivers?|guardian|grand(?:ma|pa|mother|father|parents?)|foster (?:mom|dad|parents?)|staff|school|wife|husband|partner|sister|brother)\b|^\s*(?:(?:her|his|their|the)\s+)?(?:mom|mother|dad|father|parents?|teacher|caregivers?|guardian|grand(?:ma|pa|mother|father|parents?)|foster (?:mom|dad|parents?)|staff|wife|husband|partner)\s+(?:also\s+)?(?:reports?|reported|says|said|states|stated|denies|denied|notes|noted)\b/;

/** Participants of a couples or group session: in such a session they are the clients, not another person. */
export const PARTICIPANT_OF: Readonly<Record<'couples' | 'group', RegExp>> = {
  // ("Neither parent reports SI themselves", said of the couple: with a quantifier before it, a parent is one of the two.)
  couples: /^(partner|husband|wife|boyfriend|girlfriend|parent|spouse)$/,
  group: /^(member|peer)$/,
};
/** A quantifier over the people in the room ("neither partner", "each member"): they are the ones assessed. */
export const PARTICIPANT_QUANTIFIER = /\b(neither|both|each|either|all|every|none of the|no)\s+$/;

/** Verbs that make the word before them the one who had the thought or did the act. */
// "brother showed Jayden cuts on his arm": what another person shows the client is theirs.
export const OTHER_PERSON_ACT = /\b(has|had|have|said|says|threatened|threatens|attempted|died|disclosed|reported|reports|endorsed|endorses|denied|denies|cut|is|was|committed|(?:showed|shows|showing)(?!\s+up\b))\b/;

/** Urges that were not acted on are not self-harm; "urge surfing" is a skill taught, not an urge had. */
// ("diary card items: mood 0-5, urges 0-5": a card's scale named with its range is no urge told.)
export const URGE = /\burges?\b(?![\s-]+surf)(?!\s*(?:rating\s*)?[:(]?\s*[01]\s*[-–]\s*(?:4|5|7|10|100)\b(?!\s*(?:times|x\b|days|nights)))/;
/** "almost cut last night", "came close to cutting", "I keep wanting to cut": a near act or a wish, read as an urge, never as self-harm done. */
// ("thought about scratching her arm ... did NOT do it": a thought of the act, not the act.)
export const NEAR_MISS = /\b(almost|nearly|came close to|close to|tempted to|was going to|about to|wanting to|want to|wants to|wanted to|thought about|thinking about|thinks about|think about|considered)\s+(?:\w+\s+)?$/;
export const NOT_ACTED = /\bbut (?:did not|didn't|did not do it|didn't do it)\b|\bdenie[sd] (?:any )?(?:acts|acting on (?:them|it|urges)|self-harm behaviou?rs?)\b|\b(did not act|didn't act|not act(?:ed)? on|(?:hasn't|has not|haven't|have not|hadn't|had not) acted|without acting|resisted|no (?:cutting|self-harm|acting on)|did not cut|didn't cut|(?:has|have|had)(?: not|n't) (?:cut|self-harmed|burned)|no (?:new )?(?:cuts|marks))\b/;

/** C-SSRS and similar screens. */
export const SCREEN = /\b(c-ssrs|cssrs|columbia(?:-suicide severity rating scale)?|columbia screen|suicide screen|asq)\b/;
export const SCREEN_NEGATIVE = /\b(neg|negative|denied|no ideation)\b/;
export const SCREEN_POSITIVE = /\b(pos|positive)\b/;

/** Phrases that name a risk word without stating anyone's risk: a hotline, a topic, a loss. */
/** ("Wants to die at home", said of a hospice patient): where a natural death happens, never a wish to die. */
export const DEATH_PLACE_WISHED = /\b(?:wants?|wanted|wanting|wish(?:es|ed)?|hopes?|hoped|hoping|prefers?|preferred)\s+to\s+die\s+(?:at home|in (?:her|his|their|my) (?:own )?home|in (?:a |the )?hospice|at (?:the )?hospice|surrounded by (?:\w+\s+)?(?:family|loved ones|kids|children)|peacefully at home)\b/;
// ("'I can't do this anymore' about the placement", "with my dad": weariness with a named task or person, not a wish to be dead.)
// ("Wants to die at home", said of a hospice patient: where a natural death happens, never a wish to die.)
// ("she's going to end it with him": a relationship ended, never a life.)
// ("Plan to take his meds as prescribed": taking one's own medicine as prescribed is adherence, never an overdose planned.)
// ("no one has ever seen him hurt himself": an act no one saw is no act told, and no denial either.)
// ('he was scared when mom "fell asleep and wouldn\'t wake up" (OD in Nov)': someone not waking, told as what happened, is no wish.)
export const NOT_RISK_PHRASES = new RegExp(`${NOT_BEING_AT_A_PLACE.source}|${SELF_HARM_NOT_OBSERVED.source}|${DEATH_PLACE_WISHED.source}|${/\bfell asleep and (?:would not|wouldn't|did not|didn't|could not|couldn't) wake up\b/.source}|${/\b(?:no one|nobody|no-one)\s+(?:has\s+|had\s+)?(?:ever\s+)?(?:seen|saw|noticed|witnessed)\s+(?:him|her|them)\s+(?:hurt|harm|cut|burn|hit)\s*(?:him|her|them)sel(?:f|ves)\b|\b(?:plan|plans|planned|planning|agreed|agrees|committed|commits)\s+to\s+take\s+(?:his|her|their|my)\s+(?:meds|medications?|medicines?|pills|[a-z]+)\s+(?:as prescribed|as directed|daily|every day|each day|nightly|every night|every morning|each morning|consistently|regularly|on time|correctly|with food|at bedtime)\b|\b(?:going to|gonna) end it (?:with|between)\b|\b(?:the )?988 suicide and crisis lifeline|\bsuicide (?:and crisis )?(?:prevention )?(?:life)?line\b|\bsuicide hotline\b|\bsuicide prevention\b|\b(?:after )?(?:a )?suicide loss\b|\bsuicide (?:grief|bereavement|survivors?)\b|\bsurvivors? of suicide\b|\bthe word "?suicide"?|\bsuicide risk (?:assessment|screen(?:ing)?)\b|\bsuicide safety plan\b|\bsuicide (?:watch|precautions?|observation|obs)\b|\bself[- ]harm (?:log|diary|tracker|tracking sheet|card)\b|\bno[- ]weapons?(?:\s*\/\s*ammo)?\s+profile\b|\bno plans? to (?:get|buy|obtain|acquire|purchase) (?:a |any )?(?:weapons?|guns?|firearms?)\b|\bprofile\s*:?\s*no[- ]weapons?(?:\s*\/\s*ammo)?\b|\b(?:can't|cannot|can not) (?:do this|keep doing this|handle this|take this)(?: any ?more)?\s+with\s+(?:my|his|her|their|our|the)\s+(?:dad|father|mom|mother|parents?|boss|wife|husband|partner|brother|sister|son|daughter|family|kids|uncle|aunt|in-laws|ex|landlord|neighbou?r)\b|\b(?:can't|cannot|can not) (?:do this|go on|keep doing this|keep going|handle this)(?: any ?more)?["']?,?\s+(?:about|regarding|re:?|with|as)\s+(?:the |this |that |his |her |their |my |our |being (?:a |an )?)?(?:placement|fostering|foster (?:care|parent(?:ing)?)|adoption|custody|job|work|school|class(?:es)?|marriage|relationship|caregiving|team|season|program|training|commute|(?:night )?shifts?|parenting|schedule|visits?|court|case)\b|\btrack(?:ing)?\s+(?:her\s+|his\s+|their\s+)?(?:self-harm\s+)?urges\b(?=\s+(?:on|in|with|daily|each|every)\b)|\bscratch(?:ing|ed|es)?\s+(?:at\s+)?(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?(?:mosquito bites?|bug bites?|bites?|itch(?:es|y)?|rash|lottery tickets?|scratch-?offs?|the surface)\b/.source}`, 'g');

/** The clinician's question about suicide, ending its clause: "I asked directly about suicide". */
// ("Current SI screened via CDI w/ visual scale" then "denies current thoughts, intent, or plan": the screen given, answered next.)
export const ASKED_ABOUT_SUICIDE = /\basked (?:\w+ ){0,3}(?:about |re |regarding |if (?:she|he|they) (?:had|has|was|were) (?:having )?(?:any )?)(?:(?:thoughts of |thoughts about )?(?:death|dying) (?:or|and) )?(?:suicide|suicidal (?:ideation|thoughts)|thoughts of suicide|killing (?:herself|himself|themselves)|wanting to die|(?:thoughts of |thoughts about )?(?:harming|hurting) (?:herself|himself|themselves))\s*[.,;]?\s*$|\b(?:suicidal ideation|suicidal thoughts|suicide)\s+(?:was\s+)?screened\b(?![^.;]*\b(?:denie[sd]|endorse[sd]|negative|positive|no)\b)[^.;]{0,80}$/;
/** A question about hurting oneself or anyone else, its answer in the next clause. */
// ("I asked about thoughts of suicide or hurting anyone", then "she denied both": suicide named for the first, too.)
/** "I asked directly about suicide and self harm" (the answer in the next clause): both asked about at once. */
export const ASKED_ABOUT_SUICIDE_AND_SELF_HARM = /\basked (?:\w+ ){0,3}(?:about |re |regarding )(?:suicide|suicidal (?:ideation|thoughts)|thoughts of suicide|killing (?:herself|himself|themselves)) (?:or|and) (?:self[- ]harm(?:ing)?|self[- ]injury|cutting|(?:harming|hurting) (?:herself|himself|themselves))\s*[.,;]?\s*$/;
export const ASKED_ABOUT_HARM_BOTH = /\basked (?:\w+ ){0,3}(?:about |re |regarding )(?:thoughts of |thoughts about )?(?:(?:harming|hurting) (?:herself|himself|themselves)|suicide|killing (?:herself|himself|themselves)) (?:or|and) (?:(?:harming|hurting|killing) )?(?:anyone|anybody|someone|others|other people)(?: else)?\s*[.,;]?\s*$/;
/** The answer, opening the next clause: "he said yeah he's been thinking about it". */
export const ANSWER_YES_START = /^\s*(?:(?:she|he|they|client|pt|patient)\s+)?(?:(?:said|says|answered|replied|admitted|acknowledged)\s+)?(?:yeah|yes|yep|that (?:she|he|they) (?:has|had|have)|(?:she|he|they)(?:'s| has| had| have) been thinking about it)\b/;
// ("all three said no": everyone asked answers for themselves.)
// ("asked both about SI they both denied": the pair answering together.)
// ('she said "no absolutely not I've got 2 kids"': the answer in her own words, quoted, is a no too.)
export const ANSWER_NO_START = /^\s*(?:and\s+)?(?:(?:she|he|they|client|pt|patient|they both|they all|we both|all (?:two|three|four|five|six|of them)|everyone|everybody|both(?: of them)?|each of them)\s+)?(?:(?:said|says|answered|replied)\s+)?"?(?:no|nope|denied|denies|never)\b/;

/**
 * A value jotted after a labelled risk term ("Current SI: denies", "HI = no", "SI: nope"): a "no"
 * denies it; a value that is no answer ("SI: deferred", "SI: not assessed") is no status. Anything
 * else ("SI: passive, no plan", "SI: yes") is read as the words say.
 */
export const LABELLED_NO = /^\s*(?:[:=]|\?\s*[-–—:]?)\s*(?:no|nope|nah|n|nil|none|neg|negative|denies|denied|deny|absent|not (?:today|now|currently|at this time|endorsed|reported|present)|(?:(?:client|pt|patient|she|he|they)\s+)?(?:says|said|states|stated|answered|reports|reported)\s+no|0|-)(?![\w/+])(?!\s+(?:plan|intent|means|method|access)\b)/;
export const LABELLED_NO_ANSWER = /^\s*[:=]\s*(?:deferred|not assessed|not asked|unable to assess|could not assess|did not assess|didn't assess|n\/a|unknown|unclear|\?+)(?![\w/])/;

/** The answer to a question about risk ("asked directly about SI, she said no"). */
export const ANSWER_NO = /\b(denies|denied|negative|none|(?:said|says|answered|replied|stated) no|no\b)/;
export const ANSWER_YES = /\b(endorses|endorsed|admits|admitted|(?:said|says|answered|replied|stated) yes|yes\b)/;

// Risk content beyond the SI/HI/self-harm terms: a clause naming any of these is restated in the risk section.
/** An intent rating, or a preparatory act (a goodbye note, giving things away). */
/**
 * Preparatory acts toward suicide (C-SSRS "preparatory behavior"): pills lined up or counted out, a note written, things given
 * away, a weapon loaded or sat with, or the words themselves ("with preparatory behavior"). (A goodbye letter to someone who
 * died is grief work, never a note left.)
 */
// ("at home with the pills counted out": the pills, then what was done with them, are the same act told the other way round.)
// ("went to the overpass on Route 9 last night and stood there for 'a while'": going to the place of a method and waiting there is a rehearsal.)
export const PREPARATORY_ACT = /\bwent\s+(?:out\s+)?to\s+the\s+(?:[\w-]+\s+){0,3}?(?:overpass|bridge|roof|rooftop|tracks|train tracks|cliff|parking garage|dam)\b[^.;]{0,60}?\b(?:stood|sat|waited|looked (?:down|over)|climbed)\b|(?<!\bno\s+(?:\w+\s+)?)\b(?:her|his|their|my|the|all(?:\s+(?:her|his|their|my|the))?)\s+(?:\w+\s+)?(?:pills|meds|medications|tablets|capsules)\s+(?:were\s+|was\s+|all\s+)?(?:counted out|lined up|laid out|set out|sorted out)\b|\b(?:lined up|counted out|counted|laid out|set out|sorted out|gathered|collected)\s+(?:all\s+)?(?:of\s+)?(?:(?:her|his|their|my|the)\s+)?(?:\w+\s+)?(?:pills|meds|medications?|tablets|capsules|lorazepam|clonazepam|alprazolam|trazodone|oxycodone|hydrocodone|tylenol|acetaminophen|sleeping pills|insulin)\b|\b(?:wrote|writing|written|left)\s+(?:a\s+)?(?:(?:goodbye|suicide)\s+notes?|suicide\s+letters?)\b(?!\s+(?:to|for)\s+(?:her|his|their|my)\s+(?:late|deceased)\b)|\b(?:gave|giving|gives)\s+away\s+(?:(?:her|his|their|my)\s+)?(?:\w+\s+)?(?:belongings|things|possessions|stuff|dog|cat|guitar|gun|guns)\b|\b(?:loaded|loading)\s+(?:the|his|her|their|my|a)\s+(?:gun|rifle|pistol|handgun|shotgun)\b|\bsat\s+(?:in\s+(?:the|his|her|their|my)\s+(?:truck|car|garage)\s+)?with\s+(?:the|his|her|their|my|a)\s+(?:gun|rifle|pistol|handgun|shotgun)\b|\b(?:tied|made)\s+a\s+noose\b|(?<!\bno\s)(?<!\bwithout\s)\bpreparatory\s+(?:behaviou?rs?|acts?)\b/i;
export const RISK_RATING_OR_PREPARATION = /\bintent\b[^.;]{0,12}\d+\s*\/\s*10|\btell (?:the kids|my kids|everyone|them all|my (?:mom|dad|wife|husband|son|daughter|family)) (?:that )?i love (?:them|him|her|you)\b|\b(?:goodbye|suicide) note\b|\bwrote a note to\b|\bgave away\b|\bgiving away\b/;
/** Means, violence, emergency care and crisis resources ("the ER for every fever" is medical care, never a crisis). */
/** A safety screen that names no SI/HI/self-harm status: "no safety concerns", "denied anyone hurting her", "feels safe at home". */
// ("threatening to leave AMA", "threatened to quit"): a threat to leave harms no one.
// ("asked about wanting to hasten death - she said no": in palliative care a screen of its own, beside suicidal ideation, never read as it.)
export const SAFETY_STATEMENT = /\b(safety (?:concerns?|issues?)|(?:wish(?:es|ed)?|wanting|wants?|desire) (?:to )?hasten(?:ing)? (?:\w+ )?death|hastened death|(?:feels?|felt|feeling) (?:un)?safe|unsafe at (?:home|school)|(?:anyone|someone|nobody|no one|anybody) (?:is |was )?(?:hurting|hurt|touching|touched|harming|harmed|hitting|hit) (?:her|him|them|me)|(?:physical|sexual|emotional) abuse|abuse or neglect|child protective services|cps (?:hotline|report|worker|intake)|(?:called|call|calling|contacted|notified|reported to) (?:cps|dcfs|dcf|dss|child protective services|the (?:child )?abuse hotline|the hotline)|abuse hotline|mandated report\w*|told (?:her|him|them|me) not to tell|(?:pinch(?:es|ed)?|slap(?:s|ped)?|kick(?:s|ed)?|bites?|bit|scratch(?:es|ed)?|punch(?:es|ed)?) (?:me|him|her|them) (?:really )?(?:hard|a lot)|showed (?:a |the |me |us )?(?:\w+ )?bruis\w*|(?:denied|denies|no) (?:any )?(?:other )?(?:kind of |type of |other kind of )?(?:touching|inappropriate touch\w*)|disclos\w+ (?:of )?(?:abuse|being hit|hitting)|(?:hits?|hitting|beats?|beating|whips?|whipping) (?:[^.;]{0,40}? )?with (?:(?:the|a|his|her) )?(?:belt|cord|stick|hanger|spoon|extension cord)|gets the belt|touch(?:es|ed|ing)? (?:my|her|his|their|your) (?:private|privates|private parts|pee pee|bottom)|molest\w*|sexual(?:ly)? (?:abused?|assault\w*|touch\w*)|(?:touched|touching|touches|fondled|fondling)\s+(?:her|him|them|me)\b[^.;]{0,30}\b(?:over (?:my|her|his|their) clothes|under (?:my|her|his|their) clothes|privates?|inappropriately|sexually|in (?:her|his|my|their) (?:bed|room) at night)|inappropriate(?:ly)? touch\w*|bad touch|raped?|abuse concerns?|concerns? (?:of|for|about) abuse|signs of (?:abuse|neglect)|(?<!\bno )threat(?:s|ened|ening)?(?!\s+to\s+(?:leave|sign (?:herself |himself |themselves |themself )?out|go home|quit|drop out|discharge|walk out|move out|break up|divorce|end (?:treatment|therapy)|stop (?:treatment|therapy|coming)))|order of protection|restraining order|protective order|no-contact order|pfa|protection from abuse|(?:somebody|someone|somebody's|someone's)\s+(?:is\s+)?(?:gonna|going to)\s+get hurt|(?<!\b(?:when|how|whether)\s+to\s+)(?:called|call|calling)\s+(?:the\s+)?(?:sheriff|police|cops|911)|safe spot)\b/;
export const MEANS_VIOLENCE_OR_CARE = /\b(danger to (?:self|others)|grave(?:ly)? disabled|5150|involuntary hold|(?:hold|holds|keep|keeps|lock(?:s|ed)? up|remove|removed|secure|secured|store|stored)\b[^.;]{0,30}\b(?:meds|medications?|lithium|lorazepam|alprazolam|clonazepam|diazepam|oxycodone|hydrocodone|opioids?|benzodiazepines?|ammunition|ammo|(?:jump )?ropes?|cords?|belts|sharps|razors?)|razors?|blades?|firearms?|guns?|rifles?|revolvers?|baseball bats?|bats? (?:by|next to|beside) (?:his|her|their|the|my) (?:door|bed)|weapons?|pistols?|handguns?|shotguns?|knives|knife|machetes?|hatchets?|swords?|crossbows?|brass knuckles|tasers?|stun guns?|punch(?:ed|es|ing)?|(?:stopped|stopping|quit|off|ran out of|not taking|discontinued)\s+(?:\w+\s+){0,2}lithium|access to (?:pills|meds|medications?|firearms?|guns?|weapons?)|emergency (?:department|room)(?!\s+for\s+(?:every\s+|each\s+|a\s+|an\s+|the\s+|her\s+|his\s+|their\s+)?(?:fevers?|infections?|chest pain|abdominal pain|falls?|fractures?|neutropeni\w*|dehydration|nausea|vomiting|asthma|seizures?|transfusions?|labs?|blood work|medical)\b)|inpatient(?!\s+(?:unit\s+|floor\s+)?(?:conf(?:erence)?\.?\s+room|family room|lounge|oncology|onc|medicine|medical|hospice|palliative|rehab\w*|chemo\w*|bmt|bone marrow|surgery|surgical|dialysis|cardiac|cardiology))|(?<!partial )hospitali[sz]\w*|overdos\w*|pills|stockpil\w*|means restriction|naloxone|narcan|(?:fentanyl )?test strips|used alone|using alone|use alone|lock(?:ed)? up|locking up|pushed|hit her|hit him|hitting her|hitting him|hits (?:her|him|them)|slap(?:s|ped|ping)? (?:her|him|them|me)|shov(?:es|ed|ing) (?:her|him|them|me)|kick(?:s|ed|ing)? (?:her|him|them|me)(?! out\b| off\b)|beat(?:s|ing)? (?:her|him|them|me)(?! at\b| to\b| in\b)(?: up)?|push(?:es|ing)? (?:her|him|them|me) around|(?:possible|mandated|cps|dcfs|aps|abuse|child abuse|elder abuse|hotline) report|report to (?:cps|dcfs|aps|child protective services|adult protective services|the hotline)|child protective services|adult protective services|grab(?:s|bed|bing)? (?:her|his|their|my) (?:arm|arms|wrist|wrists|neck|throat|hair)|grab(?:s|bed|bing)? (?:me|him|her|them) by the (?:neck|throat|arm|arms|wrist|hair|shirt|collar)|(?:left|made|gave (?:me|her|him|them)) (?:a )?bruises?|(?:squeez|twist|yank)(?:es|ed|ing|s)? (?:her|his|their|my) (?:arm|arms|wrist|wrists|neck|throat|hand|hands)|bruis(?:e|es|ed|ing) (?:on|to)|grab(?:s|bed|bing)? (?:me|her|him|them) (?:hard|to get|and)|(?:bedding|sheets|bed|brief|diaper)\s+(?:was\s+|were\s+)?soiled|soiled (?:bedding|sheets|bed|brief|diaper)|(?:it|they) (?:gets?|got|turns?|turned) (?:purple|black and blue|bruised)|chok(?:e|ed|es|ing)|strangl\w*|ipv|intimate partner violence|domestic violence|intoxicated|smelled of alcohol|odor of alcohol|under the influence|\+\s*alcohol|intrusive (?:thoughts|images) of [a-z]+ing (?:the |her |his |my )?(?:baby|infant|newborn|child|son|daughter)|drove (?:home )?(?:after (?:drinking|using)|drunk|high|intoxicated|under the influence)|doz(?:ed|ing|es) off (?:while |when )?driving|(?:fell|falling|falls) asleep (?:at the wheel|while driving|driving)|asleep at the wheel|drowsy driving|driving (?:while )?drowsy|drove home after|drunk driving|smell(?:s|ed|ing)? (?:like|of) (?:beer|alcohol|booze|liquor|whiskey|vodka|wine|weed|pot|marijuana)|(?:no|without|didn't have|did not have|not wearing|weren't wearing|wasn't wearing|don't wear|doesn't make (?:them|us|him|her) wear) (?:their |any |his |her )?seat ?belts?(?: on)?|driving (?:drunk|high|intoxicated)|dui|dwi|physical (?:aggression|violence|abuse)|physically (?:aggressive|violent|abusive)|violence at home|danger assessment|lethality (?:screen|assessment|scale)|988|crisis line|crisis text line|mobile crisis|safety plan|safety planning|(?:could not|couldn't|unable to|would not|wouldn't|won't|refused to|not able to)\s+(?:really\s+)?(?:commit|agree|contract)\s+to\s+(?:it|safety|the (?:safety )?plan)|(?:drank|drinking|used|using|smoked|high|drunk)\b[^.;]{0,40}\bbefore (?:coming in|session|the session|arriving|the appointment))\b/;
/** "no plan", "denied intent": a screening answer about plan, intent or method. */
// ("no exit plan", "no safety plan yet": a plan of another kind, not a suicide plan denied.)
export const PLAN_OR_INTENT_DENIED = /\b(no|denies|denied|without)\s+(?:\w+\s+){0,2}(?<!\b(?:exit|safety|treatment|discharge|relapse|meal|lunch|crisis|backup|back-up|escape|birth|care|action|study|payment|business|game|coping|sobriety|transportation|ride|escape|aftercare)\s)(plan|intent|intention|method)\b/;
/**
 * The client's own account of what words meant, given after them ("he says he meant his own health", "clarified she was not
 * talking about suicide", "states he said it because he was dopesick"): never "he meant it" or "meant every word", which say the opposite.
 */
export const MEANING_CLARIFIED = /\b(?:says?|said|clarified|explained|states?|stated|reports?|reported|added)\s+(?:that\s+)?(?:he|she|they)\s+(?:only\s+)?said\s+(?:it|that|this)\s+because\b|\b(?:says?|said|clarified|explained|states?|stated|reports?|reported|added)\s+(?:that\s+)?(?:he|she|they|it)\s+(?:(?:had\s+)?meant|was (?:referring|talking) (?:to|about)|(?:was|is|were|are) not (?:talking about|referring to|thinking (?:of|about))\s+(?:suicide|killing|dying|death|hurting|ending))\b(?!\s+(?:it|that|this|every word|what (?:he|she|they) said|literally)\b)/;
/** "I could kill that guy" - clarified: "it's an expression", no intent: a threat as said, assessed, not ideation endorsed. */
// ("statement reads as expressed anger, not intent", '"I\'d never actually do it, I\'m just so angry"': the clinician's reading of it, or the client's.)
// ('"I wouldn't actually go find him, I'm just so done"', "he's not actually gonna do anything": the words taken back as no act.)
export const EXPRESSION_CLARIFIED = /\b(?:(?:wouldn't|would not|won't|will not|isn't|is not|not) (?:actually|really) (?:go(?:ing|nna)? (?:to )?(?:find|look for|do|hurt|go after)|find|look for|do anything|hurt|go after)|expressed anger|expression of (?:his |her |their )?(?:anger|frustration|grief|rage|hurt)|(?:anger|frustration|venting),?\s+(?:and\s+)?not\s+(?:intent|a threat|threat)|(?:i'm|i am) just (?:so |really )?(?:angry|mad|upset|pissed)|(?:'d|would) never actually do it|an expression|a figure of speech|figure of speech|just an expression|just venting|just talk|(?:just\s+)?needed to vent|(?:just\s+)?blowing off steam|laughed it off|(?:did not|didn't|does not|doesn't) mean it|not literal(?:ly)?|(?:was |is )?venting|(?:said|says|stated|states) (?:he|she|they) (?:was|were|is|are|had been) "?(?:just )?(?:angry|mad|upset|frustrated|pissed|furious|joking|kidding)|(?:was|were) (?:just )?(?:joking|kidding)|(?:just )?wanted to (?:say|show|express|tell (?:me|us|her|him|them)) how (?:angry|mad|upset|frustrated|furious|hurt))\b/;
/**
 * Violence between partners screened and denied ("no physical stuff, both confirmed when asked separately", "nothing
 * physical", "no pushing or hitting"): a partner-violence screen, part of the risk assessment.
 */
export const PARTNER_VIOLENCE_SCREENED = /\b(?:no|nothing|never|denied|denies|deny)\s+(?:any\s+)?(?:(?:physical(?:ly)?(?:\s+(?:stuff|aggression|violence|fights?|fighting|altercations?|abuse|harm|contact))?(?=\s*[,;.)]|\s*$|\s+(?:and|or|per|both|either|during|in|when|by)\b))|(?:pushing|shoving|hitting|grabbing|slapping)\b)/i;
/**
 * A plan to die told as the client's ("Plan is to take them Friday when mom works a double", "Plan to use handgun tonight
 * after wife goes to bed"): the client's plan, never the session's plan label.
 */
export const SUICIDE_PLAN_TOLD = /^(?:(?:her|his|their|the|pt's|client's)\s+)?plan\s+(?:(?:is|was|would be)\s+to\s+(?:take\s+(?:them|the pills|all|his|her|the)|overdose|od\b|kill|hang|jump|shoot|cut (?:her|his|their) (?:wrists?|throat)|drive (?:into|off)|crash|swallow|drown|end (?:it|her life|his life|their life)|step in front)|(?:(?:is|was|would be)\s+)?to\s+(?:use\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|my\s+)?(?:gun|handgun|rifle|shotgun|pistol|firearm|revolver)\b|overdose\b|od\b|(?:hang|shoot|kill)\s+(?:him|her|them|my)sel(?:f|ves)\b|jump\s+(?:off|from|in front)\b|take\s+all\s+(?:of\s+)?(?:his|her|their|my|the)\s+[a-z]+\s+(?:tonight|tomorrow|this|when|after|on|once)\b))/i;
/** Threats as said, which name a target but not who holds the thought. */
export const THREAT = /^(kill|hurt|beat) (him|her|them|you|that guy|my)\b|^beat (him|her) up$/;
/** Words of fear before an act ("scared she'll hurt her son"): a fear of doing it, never a promise or a wish to. */
export const FEAR_WORDS = '(?:afraid|scared|worried|worries|worry|fears?|feared|fearful|terrified|frightened|panics?|anxious)';
/** A fear for "he" or "she" just before what they might do ("worried he's going to hang himself"). */
export const FEAR_FOR_SOMEONE = new RegExp(`\\b${FEAR_WORDS}\\s+(?:that\\s+)?(?:he|she|they)(?:'s|'ll|'d|\\s+is|\\s+are|'re|\\s+will|\\s+might|\\s+may|\\s+would)?\\s+(?:going to|gonna|try(?:ing)? to|about to)?\\s*$`);
/**
 * Violence toward another person in the client's words without the word "homicidal" ("make him
 * pay", "wait for him in the parking lot"): a threat the clinician must assess, never read as a
 * denial or left out of the risk section.
 */
export const THREAT_OF_VIOLENCE = new RegExp([
  // Idioms of killing or harming someone
  // ("putting him in the hospital": the same, told as what he has thought of doing.)
  String.raw`\b(?:put|puts|putting|send|sends|sending) (?:him|her|them|you|that guy) (?:in|into|six feet|through) (?:the |a )?(?:ground|grave|hospital|under|wall|window|floor|windshield)\b`,
  // ("shows his face again I'll make him regret it")
  // ("wants home with 24h aides and said he will pay": paying for care is money, never a threat.)
  String.raw`\b(?:make (?:him|her|them) pay|make (?:him|her|them|you) (?:regret (?:it|this|that|the day)|be sorry|sorry)\b|teach (?:him|her|them) a lesson|get back at(?!\s+(?:me|us)\b)|(?:he|she|they|you)(?:'ll| will| is going to| are going to| are gonna|'s gonna|'s going to| is gonna|'re gonna|'re going to) (?:regret|pay(?<!\b(?:aides?|care|caregivers?|home health|rent|bills?|costs?|fees?|tuition|money|help|nursing)\b[^.;]{0,60}\bpay)(?!\s+(?:for\s+(?!(?:what|this|that|everything|it all)\b)|the|it|them|back|off|rent|bills?|costs?|out of|at|by|with|in|online|cash|down|his|her|their|\$|\d))|be sorry)|(?:won't|will not) see it coming|end (?:him|her|them)\b)`,
  // ("A regular customer has been waiting for her after her shift in the parking lot": someone else's waiting, told as it goes on, is what is done to the client, never a threat by the client.)
  // ("thought about waiting for the manager after close Friday night": the one waited for may be named by role.)
  String.raw`(?<!\b(?:has been|have been|had been|was|were|keeps|kept|is|are|been|started|starts)\s+)\bwait(?:ing)? for (?:him|her|them|(?:the|his|her|my) (?:manager|boss|supervisor|coworker|co-worker|ex|neighbou?r|landlord|teacher|coach))\b[^.;]{0,40}\b(?:parking lot|outside|after work|after school|after (?:close|closing|his shift|her shift|the shift)|at (?:his|her|their) (?:house|place|work|car))`,
  // ('texted "you won't make it to the state line"', "you won't live to see it": a death foretold to the one threatened.)
  String.raw`\b(?:you|she|he|they)(?:'ll| will)? (?:won't|will not|wouldn't|never) (?:make it (?:to|out|home|past|across|alive)|live (?:to|long|through)|see (?:tomorrow|another (?:day|birthday|christmas)|the morning))\b`,
  // ("agreed to go get her mom": "her" before a person is whose they are, and fetching them is no threat.)
  // ("Walter had tried to go get him and the deputies turned him back": going to fetch someone, a rescue, is no threat.)
  String.raw`(?<!\b(?:tried|trying|tries|went|ran|rushed|drove|had|needed)\s+to\s+)\bgo(?:ing|nna)? (?:after|get) (?:him|her|them)\b(?!\s+(?:${oneOf([...CLOSE_PEOPLE, ...DATING_PARTNERS, 'parent', 'parents', 'roommate', 'kid', 'kids', 'children', 'own', 'phone', 'keys', 'meds', 'medication', 'medications', 'stuff', 'things', 'coat', 'car', 'bag'])})\b)`,
  String.raw`\b(?:catch|catching|corner|cornering|jump|jumping|ambush|ambushing) (?:him|her|them|that guy)\b[^.;]{0,40}\b(?:parking lot|outside|alone|after work|after school|with a|in the)\b`,
  String.raw`\b(?:him|her|them|that guy)\b[^.;]{0,40}\bwith (?:a|my|the) (?:bat|baseball bat|knife|gun|hammer|crowbar|pipe|tire iron|machete|axe)\b`,
  // A violent act aimed at a third person
  // ("I didn't know it hurt you", "would never hit her": a thing that hurt, an act denied, is no threat.)
  // ('"we just bury them and go back to work"': a family burying its dead is grief, never a threat.)
  // ('"I hit him, that\'s on me"': a blow told with its doer before it is an act owned, never one promised.)
  // ("Frank hit her twice this week ..., once on the face": a blow told with how often, when or where it landed is an act told, never a threat.)
  String.raw`(?<!\b(?:it|that|this|what|which|words?|comments?|things?|never|not|n't|no)\s+(?:\w+\s+)?)(?<!\b(?:i|she|he|they|we)\s+(?=hit\b|beat\b|hurt\b))\b(?:punch|shoot|stab|strangle|choke|hurt|kill|beat|bash|smash|break|wreck|destroy|bury|slap|hit) (?:him|her|them|you|that guy|(?:his|her|their|your) (?:face|head|neck|legs?|jaw|teeth))\b(?<!\bwe (?:just )?bury them)(?!\s+(?:twice|once|again|repeatedly|several times|multiple times|a few times|\d+\s*(?:x|times)|(?:two|three|four) times|last (?:night|week|weekend|month)|yesterday|this (?:week|morning|weekend)|(?:on|in) (?:the|her|his|their) (?:face|head|arm|arms|back|chest|stomach))\b)(?!\s+(?:against|into|on) (?:the |a |his |her |their )?(?:wall|floor|desk|door|table|ground|bed ?rails?|rails?|railing|bed|bedframe|bed frame|headboard|window|mirror|dresser|counter|locker|sink|steering wheel|door ?frame|wheelchair))`,
  String.raw`\b(?:beat|beating|kick|kicking|knock|knocking) the (?:shit|crap|hell|life) out of (?:him|her|them|that guy)\b`,
  // ('yelled he'd "shoot anyone who puts mom in a nursing home"': a killing promised to whoever crosses him.)
  String.raw`(?<!\b(?:never|not|n't|no|denies|denied|denying|without)\s+(?:\w+\s+){0,3})\b(?:shoot|kill|stab|strangle) (?:anyone|anybody|everyone|everybody|whoever|the (?:next )?(?:person|one|guy))\b`,

  // ("bring my brother's hunting knife Monday and make him bleed": wounding said as what it will do to him.)
  String.raw`\bmake (?:him|her|them|that guy) (?:bleed|suffer|hurt)\b`,
  // "thought about going over there and beating his ass": the act as it is said, in any form.
  // ("arrested for stabbing her boyfriend's hand": "her" before whose hand is a possessive, an act told, never a threat.)
  String.raw`\b(?:punching|shooting|stabbing|strangling|choking|beating|slapping|hitting|killing) (?:him|her|them|that guy)\b(?!\s+up\b)(?!\s+(?:boyfriend|girlfriend|husband|wife|partner|ex|mom|mother|dad|father|brother|sister|son|daughter|friend|roommate|neighbou?r|coworker|boss)(?:'s)?\b)`,
  // ("PAWS 'kicking his ass'", "withdrawal is kicking my butt": something hard to bear, said as an idiom, threatens no one.)
  String.raw`(?<!\b(?:paws|withdrawals?|depression|anxiety|grief|insomnia|detox|recovery|sobriety|chemo|treatment|work|school|job|life|it|this|that|week|cravings?|symptoms?|meds?|medications?|side effects?)\s+(?:(?:is|was|has been|been|keeps?|kept|'s|are|were)\s+)?["']?)\b(?:beat|beating|kick|kicking|whoop|whooping|whip|whipping) (?:his|her|their|that guy's) (?:ass|butt)\b`,
  String.raw`\brun (?:him|her|them) over\b`,
  // ('told MA "voy a matar al mayordomo"', '"lo voy a matar"': a killing promised, quoted in Spanish.)
  String.raw`(?<!\bme\s+)\b(?:(?:lo|la|los|las|te)\s+voy\s+a\s+matar\b|voy\s+a\s+matar(?:lo|la|los|las|te)?\b)`,
  // ("I'll burn this place down with you in it", "threatened to burn the house down"): arson promised.
  String.raw`\b(?:burn|torch|blow up)\s+(?:this|that|the|his|her|their|your|my)\s+(?:\w+\s+)?(?:place|house|building|apartment|apt|home|store|office|school|car|truck)\s+(?:down|up)\b`,
  // "I'll knock his teeth in": a beating promised, said as an idiom.
  String.raw`\bknock\s+(?:his|her|their|your)\s+(?:teeth|head|block|lights)\s+(?:in|out|off)\b`,
  // "told a peer he'd bring a gun": a weapon promised to school or work.
  String.raw`(?:'d|\bwould|\bwill|'ll|\bgonna|\bgoing to|\bthreatened to)\s+bring\s+(?:a|his|her|my|the|(?:his |her |my )?(?:dad|father|mom|brother|uncle)'s)\s+(?:gun|knife|weapon|firearm|rifle|pistol|handgun)\b`,
  // "when I see him I'm gonna split his head open", "Ramirez is getting stabbed tonight": a beating or a stabbing promised.
  String.raw`\b(?:split|crack|bust|bash|cave)\s+(?:his|her|their|your)\s+(?:head|skull)(?:\s+(?:open|in))?\b`,
  String.raw`\b(?:is|are|'s)\s+(?:getting|gonna get|going to get)\s+(?:stabbed|shanked|shot|jumped|beat up|killed)\b`,
  String.raw`\b(?:he'll|he will|i'll|i will|gonna|going to)\s+get\s+(?:him|her|them)\s+(?:at|during|in|on)\s+(?:shower|chow|rec|yard|count|the shower|the yard|med pass|lunch|dinner)\b`,
  // "I'm gonna f*** him up", "mess him up": a beating promised, said in slang.
  String.raw`\b(?:f\*+|f|fuck|eff|f\*+k|mess|jack|beat|rough) (?:him|her|them|that guy|that kid) up\b`,
  // ('going to "f*** up" Officer Lane', "he'd wait till Lane opens his door and 'rush him'": the slang with its target after it,
  // and an attack said as a rush.)
  String.raw`\b(?:f\*+|fuck|f\*+k|mess|beat|rough|jack)\s*["']?\s*up["']?\s+(?:officer|ofc|sgt|staff|coach|mr|ms|mrs|that guy|that kid|(?:my|his|her|the|that) [a-z]+)\b`,
  String.raw`\brush (?:him|her|them|that guy)\b(?!\s+(?:to|into|out|home|back|through|off|in)\b)`,
  // "he'd 'take her new man with me'": another's death beside the client's own.
  String.raw`\btak(?:e|ing) (?:him|her|them|that guy|(?:her|his|their|my) (?:\w+ )?(?:man|boyfriend|girlfriend|husband|wife|ex|partner|kids?|family)) (?:down )?with (?:me|him|her)\b`,
  // "he'd 'put a bullet in' his boss": shooting someone named by their role.
  String.raw`\bput a bullet in\b(?!\s+(?:my|his|her|their)\s+(?:own\s+)?(?:head|brain|skull|mouth)\b)`,
  // "smash his windshield with a bat": damage to someone's things, with a weapon named
  String.raw`\b(?:smash|break|bash|slash|wreck|destroy|torch|burn)\s+(?:his|her|their|that guy's|the neighbor's)\s+(?:\w+\s+)?(?:windshield|windows?|car|truck|tires|house|door|face)\b[^.;]{0,20}\bwith (?:a|my|the|his) (?:bat|baseball bat|hammer|crowbar|pipe|tire iron|brick|rock|knife|axe)\b`,
  // "he would 'shoot up' the kid", "shoot up the school": a mass or targeted shooting said as an idiom
  String.raw`\bshoot(?:ing)? ["']?up["']? (?:the|a|his|her|their|my|that|this|those|these) (?:\w+ )?(?:school|kid|kids|class|classroom|place|office|workplace|store|church|party|guy|girl|boy|teacher|boss|peer|students?|classmates?|bus)\b`,
  // "I'll put a bullet in him", "put one in her": a shooting said as an idiom
  String.raw`\b(?:put|pump) (?:a bullet|bullets|one|a round|a slug) (?:in|into|through) (?:him|her|them|that guy|(?:his|her|their) (?:head|face|chest))\b`,
  String.raw`\b(?:wring|snap|break) (?:his|her|their) (?:neck|necks)\b`,
  // ('"if I see Alex I\'ll break his f***ing neck"': a threat said with a swear word in it is the same threat.)
  String.raw`\b(?:wring|snap|break|bash|smash|cave in|kick in|beat in)\s+(?:his|her|their|your)\s+(?:f\*+(?:ing|in)?|fucking|fuckin|freaking|effing|f-ing|goddamn|damn)\s+(?:neck|necks|head|face|skull|jaw|nose|teeth|ribs|knees?|legs?|arms?)\b`,
  // "he 'could strangle' his ex-wife's lawyer", "thought about smothering him": a killing act said of anyone, not only "him".
  // ("'I'm going to choke' on the first tee": failing under pressure, with no one to choke, is no threat.)
  String.raw`\b(?:could|would|wanted to|want to|wants to|wanna|gonna|going to|thought about|thinking about|thoughts of)\s+(?:just\s+)?["']?(?:strangle|strangling|smother|smothering|stab|stabbing)\b(?!\s+(?:my|him|her|them|your)sel)`,
  String.raw`\b(?:could|would|wanted to|want to|wants to|wanna|gonna|going to|thought about|thinking about|thoughts of)\s+(?:just\s+)?["']?(?:choke|choking)\s+["']?(?:him|her|them|that|this|his|their|the|someone|somebody|anyone|everyone)\b(?!\s+(?:my|him|her|them|your)sel)`,
  // "said neighbor 'better watch out'": a warning of harm to come, said of someone.
  String.raw`\b(?:better|had better|'d better|is gonna|is going to|'s gonna) watch (?:out|(?:his|her|their) backs?)\b`,
  // "thought about putting a pillow over his face": smothering, said as the act.
  String.raw`\b(?:put|putting|hold|holding|press|pressing)\s+a pillow over (?:his|her|their)\s+face\b`,
  String.raw`\b(?:mess|f\*?ck|f\*\*k|fuck|beat|jack|rough) (?:him|her|them|that guy) up\b|\bbeat the (?:crap|shit|hell) out of\b`,
  // ("said he'll shoot his brother-in-law if he comes on the land again", "gonna beat his stepdad up", "will stab the guy who
  // jumped him"): harm promised to a person named by who they are. ("scared she'll hurt her son": a fear is no promise.)
  String.raw`(?<=(?<!\b${FEAR_WORDS}\s+(?:that\s+)?(?:she|he|they|i|we)\s*)(?:'ll|'d|\bwill|\bgonna|\bgoing to|\bthreatened to|\bthreatening to|\bthreatens to)\s+(?:just\s+|really\s+|actually\s+)?)\b(?:shoot|kill|stab|hurt|beat|punch|strangle|choke|hit|murder|slap|jump|run over)\s+(?:his|her|their|my|the|that)\s+(?:(?:ex-|step-?)?(?:${oneOf([...CLOSE_PEOPLE, ...DATING_PARTNERS, 'ex', 'guy', 'neighbor', 'neighbour', 'boss', 'supervisor', 'manager', 'coworker', 'co-worker', 'roommate', 'landlord', 'in-laws'])})(?:-in-law)?)\b(?!'s|-in-law's)`,
  // ('dad told him on the phone "next time I'll make sure mommy doesn't wake up"': a death promised without a violent verb.)
  String.raw`\bmake sure (?:you|she|he|they|mommy|mom|mama|your mom|your mother|daddy|dad|your dad|[a-z]+)\s+(?:doesn't|does not|don't|do not|won't|will not|never)\s+wake(?:s)? up\b`,
].join('|'));
/**
 * A threat said without a violent verb: settling it oneself on a condition ("if it doesn't stop he'll
 * 'handle it himself'"), or a weapon kept and going to the person. The condition is its form, so it is
 * read apart from the threats above, which a condition would leave without a status.
 */
export const VEILED_THREAT = new RegExp([
  // ('yelling that he'll "deal with him" if he comes near the house again': dealing with someone who comes near is a threat.)
  String.raw`\b(?:i'll|i will|i'm gonna|he'll|he will|she'll|she will|they'll|gonna|going to)\s+["']?(?:deal with|handle|take care of)\s+(?:him|her|them|that guy)["']?\s+if\s+(?:he|she|they)\s+(?:comes?|shows?(?:\s+up)?|gets?|steps?|sets? foot)\s+(?:near|around|close to|back|on|onto|by)\b`,
  // "if it doesn't stop he'll 'handle it himself'": a veiled threat, on a condition, to settle it without help.
  String.raw`\bif\b[^.;]{0,60}\b(?:handle|take care of|deal with|settle|sort out)\s+(?:it|this|that|him|her|them|things|(?:that|the|this)\s+(?:kid|boy|girl|guy|man|dude|punk|teacher|coach|neighbor|bastard|[a-z]+))\s+["']?(?:my|him|her|them)sel(?:f|ves)\b`,
  // "keeps a bat by the door and has thought about 'going over there'": a weapon kept, and going to the person.
  String.raw`\b(?:keeps?|kept|has|had|got|grabbed|bought|carries|carrying)\s+(?:a|his|her|my|the)\s+(?:bat|baseball bat|knife|gun|machete|crowbar|hammer|pipe|tire iron)\b[^.;]{0,80}\b(?:go|going|went|gone)\s+["']?(?:over there|over to (?:his|her|their)|to (?:his|her|their) (?:place|house|apartment|door))`,
  // ('told CO Diaz "I know what car you drive, I'll see you when I get out"': knowing where someone can be found, with a
  // meeting promised, or "somebody's gonna get hurt".)
  String.raw`\b(?:i|he|she)\s+(?:know|knows)\s+(?:what car (?:you|he|she|they) drives?|where (?:you|he|she|they|(?:the|that) (?:kid|boy|girl|guy|man|teacher|coach|neighbor)) (?:lives?|works?|parks?|parked|sleeps?|slept|are staying|is staying|go|goes|went)|where your (?:kids|family|wife|husband|mom) (?:lives?|goes?|is))\b`,
  String.raw`\b(?:i'll|i will|i'm gonna|i am going to|he'll|he will|she'll|she will)\s+see\s+(?:you|him|her|them)\s+when\s+(?:i|he|she|they)\s+(?:get|gets)\s+out\b`,
  // ("said someone is gonna get handled this weekend over the fight": street words for the same harm to come.)
  String.raw`\b(?:somebody|someone|some(?:body|one) else|that (?:guy|dude|kid))(?:'s| is)\s+(?:gonna|going to|about to)\s+get\s+(?:hurt|handled|dealt with|taken care of|got|gotten|smoked|dropped|shot|stabbed|jumped|popped|touched|laid out)\b|\b(?:somebody|someone)(?:'s| is)\s+getting\s+(?:hurt|handled|smoked|dropped|shot|stabbed|jumped|popped)\b|\bwatch (?:your|his|her) back\b`,
  // ('"if they put me on a PIP I'll bring something to make them listen"': something brought to make people listen or pay.)
  String.raw`\bbring\s+(?:something|a little something|what (?:i|he|she) need(?:s)?|my (?:piece|tool|iron))\b[^.;"]{0,30}\bmake (?:them|him|her|you|everyone|everybody|people) (?:listen|pay|sorry|regret|understand)\b`,
  // ('if it doesn't stop "I'm going to go up there and handle it"', '"make him stop, whatever it takes"': going to the person
  // to settle it, or stopping them at any cost.)
  String.raw`\b(?:go|going|gonna go|went)\s+(?:up|over|down|back)\s+there\s+(?:and|to)\s+(?:handle|take care of|deal with|settle|sort out|end)\s+(?:it|this|that|him|her|them)\b`,
  String.raw`\bmake (?:him|her|them) stop\b[^.;"]{0,20}\bwhatever it takes\b`,
  // ('said she\'d "take care of him before he takes care of me"': settling it with someone first, before they can, is a veiled threat.)
  String.raw`\b(?:take care of|get|handle|deal with)\s+(?:him|her|them)\s+(?:first\s+)?before\s+(?:he|she|they)\s+(?:takes care of|gets|handles|deals with)\s+(?:me|us)\b`,
  // ('if she leaves "nobody else gets to have you"', '"if I can't have you nobody will"': possession claimed on leaving, the
  // lethality marker of a partner's threat.)
  String.raw`\b(?:nobody|no one|no-one|no other man|no other woman)\s+(?:else\s+)?(?:(?:is|are)\s+)?(?:gets? to|gonna|going to|will|can|could|would|shall)\s+(?:have|get|be with)\s+(?:you|her|him)\b|\bif (?:i|he|she) can(?:'t|not| not) have (?:you|her|him)\b`,
  // ('"when you go to your car tonight I'll be waiting, you're dead"': a death foretold to the one threatened.)
  String.raw`\byou(?:'re| are) (?:a )?dead(?: man| meat)?\b|\bi(?:'ll| will) be waiting (?:for you\b|\s*,)`,
].join('|'));
/** A past suicide attempt ("hx 1 SA 2015", "prior attempts: none"). */
// "1 attempt 2015 (cut wrists)": a counted attempt with its when or how; "3 attempts to call" is not one.
// ("40% TBSA, self-inflicted (doused w/ gasoline + lit)", "set himself on fire", "self-inflicted GSW": the act names the attempt.)
// ("CO found him w/ sheet tied to vent, nothing around neck yet", "ligature around his neck": a hanging begun or stopped is an attempt told.)
export const ATTEMPT = /\b((?:sheet|ligature|cord|belt|shoelaces?|towel|noose|blanket|strip of (?:sheet|cloth|blanket))\s+(?:tied|wrapped|fastened|attached|looped)\s+(?:to|around)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:vent|door|bed|bunk|neck|light fixture|pipe|rail|sprinkler|window)|ligatures?\s+(?:around|on)\s+(?:his|her|their)\s+neck|(?:made|tied|fashioned)\s+(?:a\s+)?(?:noose|ligature)|suicide attempts?|attempted suicide|self-immolation|set (?:her|him|them|my)sel(?:f|ves) (?:on fire|alight|ablaze)|doused (?:her|him|them|my)sel(?:f|ves)|self-inflicted (?:gunshot|gsw|gun shot|hanging)|self-inflicted\b[^.;]{0,40}\b(?:gasoline|lighter fluid|kerosene|doused)|(?<=\b(?:no|denies|denied|never)\s+(?:any\s+)?)(?:history of |hx (?:of )?|prior |previous |past )?attempts?\b|history of (?:suicide )?attempts?\b|(?:prior|previous|past|lifetime|last) (?:suicide )?attempts?|attempts? (?:in|at age) |(?:\d+|one|two|three|several|multiple) (?:prior |previous |past )?(?:suicide )?attempts?(?=\s*(?:\(|$|[,;.]|(?:in\s+)?(?:19|20)\d\d\b|\d+\s*(?:years?|yrs?|months?|mos?)\s+ago|at age|by |via )))/;
/**
 * Command hallucinations to harm: "+command AH", "voices telling him to hurt himself", "God told me to cut
 * my throat". A risk of its own, beside whatever the client says of wanting to die.
 */
// ('voices telling them to "step in front of the train"': a way of dying commanded, in the voices' own words.)
export const COMMAND_HARM = /\bcommand (?:auditory )?hallucinations?\b|\bcommand AH\b|\b(?:voices?|god|devil|demons?|someone|they|it)\s+(?:(?:is|are|was|were|keeps?|kept)\s+)?(?:telling|told|tells|tell|commanding|commanded|ordering|ordered|saying)\s+(?:him|her|them|me)\s+to\s+["'“]?(?:kill|hurt|harm|cut|stab|hang|jump|shoot|burn|drown|die|end|overdose|step in front|walk (?:in front|into traffic)|run into traffic|drive into)\b|\bvoices?\s+(?:(?:is|are|was|were|keeps?|kept)\s+)?"?(?:telling|told|tells|tell|saying)\s+(?:him|her|them|me)\s+(?:that\s+)?(?:I|he|she|they)\s+(?:should|deserves?\s+to|needs?\s+to|ought\s+to)\s+(?:be\s+dead|die|kill)\b|\b(?:told|tells|telling)\s+(?:him|her|them|me)\s+to\s+(?:cut|slit)\s+(?:my|his|her|their)\s+(?:throat|wrists?)\b/i;
/** Suicide precautions in a jail or unit ("placed on suicide watch 1:1"): a safety action, said in the risk section. */
// ("On psych hold, 1:1 sitter d/c'd, now q15 checks": a hold and the watch kept on a unit are precautions too.)
export const SUICIDE_PRECAUTION = /\bsuicide (?:watch|precautions?)\b|\b(?:psych(?:iatric)?|involuntary|emergency|72[- ]hour|5150) hold\b|\b1:1 sitter\b|\b(?:q\s?15|15-minute|every 15 minutes?) (?:checks?|obs|observations?)\b/i;
/**
 * A past overdose told with its time ("hx OD 2019", "took a bunch of pills in 2016", "overdosed last year"):
 * history the risk status names, without saying whether it was a suicide attempt.
 */
// ("back in her twenties she took an overdose after a miscarriage and was hospitalized": an overdose with its time or its hospital stay.)
export const PAST_OVERDOSE = /\b(?:(?:hx|history of|prior|previous|past)\s+(?:an?\s+)?overdos(?:e|es|ed|ing)\b|(?:back\s+)?(?:in|during)\s+(?:her|his|their|my)\s+(?:teens|twenties|thirties|forties|fifties|20s|30s|40s|50s|teenage years|college years)\b[^.;]{0,30}\btook\s+an?\s+overdose\b|took\s+an?\s+overdose\b[^.;]{0,50}\b(?:was\s+)?hospitali[sz]ed\b|(?:status post|admitted|readmitted|hospitali[sz]ed|discharged|d\/c(?:'?d)?|admission|hospitali[sz]ation|discharge)(?:\s+\S+){0,2}\s+(?:for|after|following)\s+(?:an?\s+|her\s+|his\s+|their\s+)?(?:intentional\s+)?overdos(?:e|es|ed|ing)\b|overdos(?:e|ed)\s+(?:in\s+|back in\s+)?(?:19|20)\d\d\b|overdos(?:e|ed)\s+(?:last year|years ago|\d+\s+(?:years?|yrs?|months?)\s+ago)|(?:referred|sent|brought|came)\b[^.;]{0,40}\b(?:after|following|for)\s+(?:an?\s+|her\s+|his\s+|their\s+)?(?:intentional\s+)?overdos(?:e|ed)\b(?:\s+on\s+\w+)?(?:\s+\d+\s+(?:days?|wks?|weeks?|months?|mos?)\s+ago)?|(?:took|swallowed)\s+(?:a bunch of|a handful of|a lot of|a bottle of|all (?:of )?(?:her|his|their|my)|\d+)\s+(?:\w+\s+)?pills\s+(?:in\s+|back in\s+)?(?:(?:19|20)\d\d|last year|years ago|\d+\s+(?:years?|yrs?)\s+ago))/;
/** What is taken in an overdose: pills by any word, or a medicine by name. */
const TAKEN = `(?:pills|tablets|tabs|capsules|caps|meds|medications?|sleeping pills|${oneOf([...MEDICATION_NAMES, ...BRAND_NAMES])})`;
/**
 * An overdose told as an event, at any time: a count of pills far past a dose taken at once ("took ~20 of her sertraline",
 * "swallowed a handful of his wife's oxycodone", "downed a bottle of Tylenol"), or an overdose named with what was taken and
 * when or after what ("OD on Tylenol 3 days ago", "overdosed on his Seroquel Friday", "after her overdose on lithium"). Whether
 * it was a suicide attempt is the clinician's to say; a dose ("took 20 mg"), a week's doses ("took all her meds") and a fear or
 * risk of overdose ("risk of OD on fentanyl") are none.
 */
export const OVERDOSE_TOLD = new RegExp(
  [
    String.raw`\b(?:took|taken|swallowed|ingested|downed|popped|ate)\s+(?:~\s*|about\s+|approximately\s+|approx\.?\s+|around\s+|like\s+|nearly\s+|almost\s+|over\s+|more than\s+|at least\s+)?(?:[1-9]\d{1,2}(?!\s*(?:mg|mcg|ml|g|milligrams?|units?|%)\b)|a\s+(?:handful|fistful|bunch|lot|whole bottle|full bottle|bottle)|half\s+(?:a|the|her|his|their|my)\s+bottle|the\s+(?:whole|entire|full|rest of the)\s+bottle|all\s+(?:of\s+)?(?:her|his|their|my|the)\s+(?:[a-z'-]+\s+){0,2}?${TAKEN}\s+at\s+(?:once|one time|the same time))\b(?:\s+of)?\s+(?:(?:her|his|their|my|the|a|an|[a-z]+'s)\s+)?(?:[a-z'-]+\s+){0,2}?${TAKEN}\b`,
    String.raw`\b(?:overdosed|od'?d|o\.d\.'?d)\s+on\s+(?:(?:her|his|their|my|the|a|an|[a-z]+'s)\s+)?(?:[a-z'-]+\s+){0,2}?${TAKEN}\b`,
    String.raw`(?:\b(?:after|following|s\/p|status post|recent|since)\s+(?:(?:an?|her|his|their|the)\s+)?(?:intentional\s+)?)(?:od|overdose)\s+on\s+(?:(?:her|his|their|my|the|a|an|[a-z]+'s)\s+)?(?:[a-z'-]+\s+){0,2}?${TAKEN}\b`,
    String.raw`\b(?:an?\s+)?(?:od|overdose)\s+on\s+(?:(?:her|his|their|my|the|a|an|[a-z]+'s)\s+)?(?:[a-z'-]+\s+){0,2}?${TAKEN}\b(?=[^.;]{0,30}\b(?:ago|yesterday|last (?:night|week|weekend|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:morning|week|weekend)|over the weekend)\b)`,
  ].join('|'),
);
/** Medicine saved up to take at once ("has been saving her temazepam for 3 wks and 'has enough now'"): a means gathered. */
export const STOCKPILE_TOLD = new RegExp(String.raw`\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|stashed)\s+(?:up\s+)?(?:(?:her|his|their|my|the)\s+)?(?:[a-z'-]+\s+)?${TAKEN}\b`);
/** "brother says 1 attempt 2015": another person tells of the client's attempt (no other doer named). */
export const ATTEMPT_TOLD_BY_OTHER = /\b(?:says|said|reports|reported|states|stated|adds|added|told (?:the )?(?:therapist|clinician|writer|me|us))\s+(?:that\s+)?(?:(?:client|patient|pt)\s+(?:had|has|made)\s+)?$/;
/** The clinician's own action on a threat: a consultation or warning about the duty to warn or protect. */
export const DUTY_TO_WARN = /\b(duty[- ]to[- ](?:warn|protect)|tarasoff|warned the (?:intended )?(?:victim|target|person)|notified (?:the )?(?:police|intended victim))\b/;
/** "cutting back caffeine", "cut her hair", "cutting to 2 energy drinks": the word, not the behaviour. */
// ("they're cutting her department", "cut his hours": work cut back, never a cut to the body.)
// ("a friend saw cutting vids on her phone": videos of cutting watched or shared are no act of cutting by anyone.)
// ("she was cut again by her ex": a cut someone else made is harm done to the client, never self-harm.)
export const NOT_SELF_HARM = /^(?:cut|cuts|burned|burnt|burns)\s+(?:\S+\s+){0,3}?by\s+(?:(?:her|his|their|the|a|an|my)\s+)?(?:ex|ex-(?:husband|wife|boyfriend|girlfriend|partner)|partner|boyfriend|girlfriend|bf|gf|husband|wife|spouse|fianc[ée]e?|mom|mother|dad|father|stepdad|stepfather|stepmom|stepmother|brother|sister|abuser|someone|somebody|him|her|them|a (?:man|guy|woman|stranger|peer)|[A-Z][a-z]+)\b|^(?:cutting|self-harm|self harm)\s+(?:vids|videos?|clips?|content|posts?|pics|pictures?|photos?|images?|memes?|tiktoks?|reels?|accounts?|forums?)\b|^(?:cutting|cut|cuts) (?:back\s+)?(?:(?:her|his|their|my|our|the|your)\s+)?(?:department|dept|hours|pay|salary|wages|position|job|jobs|team|shifts?|benefits|budget|program|funding|staff|unit|division|office|workforce|jobs)\b|^(cutting|cut|cuts) (?:(?:it |them )?(?:to|from) (?:\d|one|two|three|four|five|half)|(?:energy drinks|drinks|beers|cigarettes|sweets|snacks|calories|portions)\b)|^(cutting|cut|cuts) (back|down|out|off|ties|class|classes|school|corners|costs|hours|hair|her hair|his hair|the|a|it|up|in line|caffeine|coffee|sugar|carbs|soda|junk food|alcohol|drinking|smoking|vaping|gluten|dairy|meat|screen time|social media|contact|him off|her off|them off|people off|spending)\b|^(?:cutting|cut|cuts) (?:up )?(?:(?:her|his|their|my|the|your)\s+)?(?:food|meals?|sandwich(?:es)?|pizza|steak|chicken|pancakes?|bites?|portions?|vegetables|veggies|fruit|bread|toast|plate)\b|^(?:cutting|cut|cuts) (?:\S+\s+){0,3}into (?:small |tiny |little |smaller )?(?:pieces|bites|bits|strips|halves|quarters)\b|^(?:cutting|self-harm) (?:is|was) (?:"?to|a way|how|what|about|for)\b/;

/** "that's still self harm", "counts as self-harm": naming what counts as the behaviour, not an act. */
export const SELF_HARM_AS_CATEGORY = /\b(?:(?:that|it|this|which)(?:'s| is| was| would be| counts as)|counts? as|considered|(?:a|any) (?:form|kind|type) of|(?:forms|kinds|types) of)(?:\s+(?:still|also|really|technically))?\s+$/;
/** "urges to use", "urge to drink": an urge with another target than self-harm. */
export const URGE_FOR_OTHER = /\burges?\s+(?:to|for)\s+(?!cut|harm|hurt|burn|scratch|hit (?:her|him|them|my)sel)|\b(?:use|using|drink|drinking|alcohol|drugs?|substances?|smoke|smoking|vape|vaping|gambl\w*|binge\w*|purg\w*|restrict\w*|crav\w*|relapse)\b/;

/** A protective factor named before its verb: "her grandkids keep her going", "my dog is why I stay". */
/** "named his mom and his friend Andre as supports": the people named are protective factors. */
export const NAMED_SUPPORTS = /\b(?:named|identified|listed)\s+(.{3,60}?)\s+as\s+(?:(?:his|her|their|key|main)\s+)?(?:supports?|support people|people (?:he|she|they) can call|reasons? (?:for|to) (?:living|live|stay))\b/;
/** "she's the reason he keeps going": a reason to live named by a pronoun, said in the risk section as written. */
export const REASON_KEEPS_GOING = /\breason (?:she|he|they|i) (?:keeps?|kept|is still|stays?) (?:going|alive|here)\b/i;
/** "they wouldn't do anything because of Sam and their cat": what keeps the client from acting, named (1). */
export const WOULD_NOT_ACT_BECAUSE = /\b(?:wouldn't|would not|won't|will not|couldn't|could not|would never)\s+(?:do anything|act on (?:it|them|the thoughts)|go through with it|do it|hurt (?:her|him|them|my)sel(?:f|ves))\s+(?:because of|bc of|b\/c of|for)\s+((?:her|his|their|my|the)?\s*[a-z][a-z' ]{1,40}?)(?=\s*(?:$|[,;.]|\s(?:um|uh|so|and then|no|we|i)\b))/;
/** "says his faith is the "only thing" stopping him": what holds the client back from acting (1). */
export const ONLY_THING_STOPPING = /\b((?:her|his|their|my)\s+[a-z]+(?:\s+(?:and|\+)\s+[a-z]+)?)\s+(?:is|was|are)\s+(?:the\s+)?["']?(?:only thing|one thing|main thing|thing)["']?\s+(?:stopping|keeping|holding)\s+(?:her|him|them|me)\b/;
export const KEEPS_GOING = /\b((?:her|his|their|my)\s+[a-z]+(?:\s+(?:and|\+)\s+[a-z]+)?)\s+(?:keeps?|kept)\s+(?:her|him|them|me)\s+(?:going|alive|here)\b/;

/** A means or method of suicide: in a line labelled "Plan:" it makes the line the suicide plan. */
// (Any medicine the medication lexicon names, and those bought over the counter: "plan - take her tramadol + drink".)
export const SUICIDE_METHOD = new RegExp(String.raw`\b(take (?:all (?:of )?)?(?:(?:her|his|their|my|the)\s+)?(?:[a-z]+'s\s+)?(?:own\s+)?(?:${oneOf([...MEDICATION_NAMES, 'insulin', 'tylenol', 'acetaminophen', 'advil', 'aspirin', 'benadryl', 'percocet', 'vicodin'])}|doses|bottles|meds|medications?|pills)|take (?:them|these|those|it) all|take all (?:of )?(?:them|these|those)|overdos\w*|pills|supply|stash|stockpil\w*|enough to do it|hang\w*|jump\w*|shoot\w*|gun|firearm|rope|bridge|cut (?:his|her|their) wrists|drive (?:off|into)|crash|carbon monoxide|razor)\b`);

/** The plan, method or timing told right after an answer about suicide: risk content too. */
export const RISK_DETAIL = /\b(plan|intent|method|pills|gun|firearm|rope|bridge|overdose|bottle|counted|stockpil\w*|date|note|take the rest|take all)\b/i;

/**
 * A denial that names no risk and points back to the one just told: "denied any now", "has not
 * had thoughts like that since", "none since". It denies that risk now; the history stays history.
 */
export const DENIAL_POINTING_BACK = /^(?:(?:she|he|they|client|pt|patient)\s+)?(?:(?:said|says|reported|reports|stated|states)\s+(?:that\s+)?(?:she|he|they)\s+)?(?:(?:denied|denies|denying)\s+(?:any|having any|them|those|it)(?:\s+(?:since|now|currently|today|at present|at this time|lately|recently|since then))?$|(?:has not had|hasn't had|had not had|hadn't had|has had no|has not had any|no longer has|no longer had|denied|denies|denied having|denies having)\s+(?:any\s+)?(?:(?:thoughts|feelings|urges) like (?:that|those|this)|(?:such|those|these) (?:thoughts|feelings|urges))\b|none (?:since|now|currently|today|since then)$)/i;

/** "can't promise" (to stay away, to be safe): an answer that qualifies the safety stated. */
export const NO_PROMISE = /\b(?:can't|cannot|can not|couldn't|could not|won't|will not|wouldn't) promise\b/i;

/** "partner said ...", "her ex texted ...": a relative or someone close opens the clause as the one speaking. */
// ("She said her ex (Travis) texted Sunday that ...": told by the client, the relative's words are still the relative's.)
// ("RN reports pt's son Kevin (lives w/ pt) drunk at visit today, yelled he'd ...": another teller, the relative's name, and
// a few words on how they were come between; a pronoun between would be someone else speaking.)
// ('During play Elijah said dad told him on the phone "..."': a time in the session, then the child telling what the parent said.)
/** "arrested Sat for violating 50C order - showed up at victim's workplace": a protective or no-contact order broken. */
export const ORDER_VIOLATED = /\b(?:violat\w*|broke|breaking|breach\w*)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:(?:\d{2}[A-Z]|temporary|emergency|ex parte|final)\s+)?(?:(?:protective|restraining|no[- ]contact|stay[- ]away|protection)\s+order|50[BC](?:\s+order)?|order of protection)\b|\bshowed up at (?:the\s+)?victim'?s\b/i;
/** "her ex texted her last night saying", "husband told her on the phone that": a partner or relative sending the client words, just before them. */
export const SENT_TO_CLIENT_BY = /\b(?:her|his|their|client's|pt's)\s+(?:ex|ex-(?:husband|wife|boyfriend|girlfriend|partner)|partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|abuser|father|mother|dad|mom|stepdad|stepfather|brother|sister|son|daughter)\s+(?:[A-Z][a-z]+\s+)?(?:has been\s+|had been\s+|keeps\s+|kept\s+)?(?:texted|texting|messaged|messaging|told|telling|called|calling|wrote|emailed|left (?:her|him|them) a voicemail|voicemailed|threatened|threatening|yelled|screamed|said|says)\b(?:\s+(?:her|him|them))?[^.;"]{0,80}?\b(?:saying|said|that|:)?\s*["']?$/;
export const THREAT_SAID_BY_OTHER = /^\s*(?:(?:during|in|at|while)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?=(?:client|pt|patient|she|he|they|[a-z]+)\s+(?:said|says|reported|reports|stated|states|told)\b))?(?:(?:client|pt|patient|she|he|they|rn|nurse|staff|teacher|mom|mother|dad|father|officer|co|[a-z]+)\s+(?:said|says|reported|reports|stated|states|told (?:me|the therapist|us))\s+(?:that\s+)?)?(?:(?:her|his|their|client's|pt's|the)\s+)?(?:partner|husband|wife|spouse|boyfriend|girlfriend|bf|gf|fianc[eé]e?|ex|ex-(?:husband|wife|boyfriend|girlfriend|partner)|father|mother|dad|mom|stepfather|stepdad|stepmother|stepmom|son|daughter|brother|sister|uncle|cousin|neighbou?r|roommate|landlord|boss|coworker|co-worker)(?:\s+[A-Z][a-z]+)?(?:\s*\([^()]{1,30}\))?(?:(?:(?!\b(?:she|he|they|i|client|pt|patient)\b)[^".;]){0,40}?[\s,])?\s*(?:(?:also|then|again|allegedly|reportedly)\s+)?(?:said|says|told|texted|threatened|yelled|screamed|shouted|wrote|stated|messaged|posted|keeps saying|has said|has been saying|has been texting|keeps texting|been texting|texting|sent|sends|left (?:a |her |him )?(?:voicemail|message))\b/i;

/** "I want to die, I'm serious this time", "wants to die and means it": the wish, insisted on. */
export const WISH_SAID_AS_MEANT = /\b(?:want|wants|wanted|wanting) to (?:die|be dead|kill (?:myself|herself|himself|themselves)|end (?:it|my life|her life|his life))\b[^.;]{0,60}\b(?:i'?m serious|i am serious|(?:she|he|they)(?:'s| is| are| was) serious|serious this time|means? it|meant it|mean it this time|not joking|not kidding|wasn't joking|was not joking)\b/i;

/** "chronic elevated risk, acute risk moderate": the two levels a clinician rates apart (1 the time frame, 2 or 3 the level). */
// ("low acute risk but elevated chronic": the level may come first, and the second "risk" go unsaid.)
export const CHRONIC_OR_ACUTE_LEVEL = /\b(chronic|acute)\s+(?:(low|low-moderate|moderate|mod|moderate-high|high|elevated|imminent|minimal)\s+risk|risk\s+(?:is\s+|level\s+|was\s+)?(low|low-moderate|moderate|mod|moderate-high|high|elevated|imminent|minimal))\b|\b(low|low-moderate|moderate|mod|moderate-high|high|elevated|imminent|minimal)\s+(chronic|acute)\b/g;

/** A bare denial of what a threat would need: "Denies intent", "no weapons", "denied plan". */
export const THREAT_DENIAL_JOT = /^(?:denies|denied|no)\s+(?:any\s+)?(?:intent|plan|weapons?|access to (?:weapons?|guns?|firearms?)|means)\b/i;

/** Intrusive or obsessional thoughts named earlier in the clause, or a fear voiced as "what if I ...". */
export const INTRUSIVE_CLAUSE = /\b(?:intrusive|obsessional|obsessive|unwanted|ego[- ]?dystonic)\s+(?:[a-z-]+\s+){0,2}?(?:thoughts?|images?|fears?|urges?|worries)\b|\bwhat if i\b/;
/** "Mei reports that ...", "wife says ...": another person opening the clause with their account. */
// ("Dave: pt said ...": the speaker's label opens the account too.)
export const TOLD_BY_ANOTHER_OPENER = /^\s*(?:(?:her|his|their|client's|pt's)\s+)?[a-z]+(?:\s*:\s*|\s+(?:also\s+)?(?:reports?|reported|says|said|states|stated|shared|describes|described|tells|told me)\s+(?:that\s+)?)(?:(?:when|whenever|after|if|last|on|at)\b)?[^.;"]{0,60}?\b[a-z]+(?:'s|\s+has|\s+had)?\s+(?:said|says|told|texted|yelled|screamed|stated)\b/;
/** "not having any thoughts like that", "no thoughts like that now", "nothing like that now": a denial pointing back at what was just told. */
export const THOUGHTS_LIKE_THAT_DENIED = /(?:\b(?:not|no|never|denies|denied|denying)|n't)\s+(?:\w+\s+)?(?:any\s+)?(?:thoughts|thinking)\s+(?:like (?:that|those|this)|of that|about that)\b|\bnot there now\b|\bnothing like that\b(?=\s+(?:now|currently|since|these days|anymore|any more|lately|recently|today|at present)\b)/;
/** A kind of means, never listed beside the one it names ("firearms ... sold his rifle" is the rifle). */
export const GENERIC_MEANS = /^(?:firearms?|guns?|weapons?)$/;
/** "what keeps him here is his granddaughter", "what keeps her going is her kids": the reason for living named. */
export const WHAT_KEEPS_HERE = /\bwhat (?:keeps|kept) (?:her|him|them|me) (?:going|alive|here|safe)\s+(?:is|are|was|were)\s+((?:her|his|their|my)\s+[a-z]+(?:\s+(?:and|\+)\s+(?:her|his|their|my)?\s*[a-z]+)?)/;
/** "she told him ...", before the words: the client (by pronoun) telling the person who reports it. */
export const CLIENT_TOLD_THEM: Readonly<Record<'she' | 'he', RegExp>> = {
  she: /\bshe\s+(?:told|texted|said to|wrote to|messaged)\s+(?:him|her|them)\b[^.;]*$/,
  he: /\bhe\s+(?:told|texted|said to|wrote to|messaged)\s+(?:him|her|them)\b[^.;]*$/,
};
/** "wants to do it when everyone's asleep", "going to do it tonight": the act, with when. */
// ("if it doesn't get better by the end of the semester she'd do it": the act on a condition named is intent too.)
// ("she lined up all her lorazepam", then "she said she is going to take them Saturday when her husband is away": the pills
// just named, to be taken at a time said, are the plan's when.)
export const DO_IT_AT_A_TIME = /\b(?:going to|gonna|will|plans? to|planning to|intends? to)\s+take\s+(?:them|all of them|them all)\s+(?:tonight|tomorrow|this weekend|on\s+[a-z]+day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|when|after|before|once)\b|\b(?:thought|thinking|thinks|considered|considering)\s+(?:about\s+|of\s+)?doing\s+it\s+(?:tonight|tomorrow|this weekend|when|after|before|once|on\s+[a-z]+day|at\s+night)\b|\b(?:she|he|they|i)(?:'d|'ll|\s+would|\s+will)\s+do\s+it\s+(?:tonight|tomorrow|this weekend|the first chance|first chance|when|after|once|if (?:left|she's left|he's left|alone))\b|\b(?:wants?|wanted|wanting|going|gonna|plans?|planning|planned|will)\s+(?:to\s+)?do\s+it\s+["']?(?:when|tonight|tomorrow|this weekend|after|before|once|as soon as|the (?:minute|second|day)|on\s+[a-z]+day|at\s+night)\b|\bif\s+(?:it|things|this|nothing|she|he|they|i)\b[^.;]{3,70}?\b(?:she|he|they|i)(?:'d|'ll|\s+would|\s+will)\s+(?:just\s+)?do\s+it\b/;
/** "another member", "one peer", "a group member": a single other participant, not the client. */
export const ONE_OTHER_BEFORE = /\b(?:another|other|one|a|an|some|a fellow|another group|one group|a group)\s+(?:group\s+)?$/;
/**
 * 'maybe it'd be better if I took her too', 'thought of ending it and taking the kids with me': a child's or another's
 * death with the client's own, even when taken back at once, is a danger to that person to weigh.
 */
export const TAKING_ANOTHER_TOO = /\bbetter (?:off )?if (?:i|she|he|they) (?:took|take|takes|brought|bring) (?:her|him|them|the (?:baby|babies|kids|children|infant|twins)|my (?:baby|babies|kids|children|daughter|son|twins))(?: with (?:me|her|him|them))? (?:too|also|as well|with (?:me|her|him|them))\b|\b(?:kill(?:ing)?|end(?:ing)? (?:it|my life|her life|his life)|die|dying|dead|overdos\w*)\b[^.;]{0,60}\b(?:take|took|taking|bring|brought|bringing) (?:her|him|them|the (?:baby|babies|kids|children|infant|twins)|my (?:baby|babies|kids|children|daughter|son|twins)) (?:too|with (?:me|her|him|them))\b/;

/**
 * "she agreed to take the gun to her house today", "will drop the pills at the pharmacy": a removal promised, not yet
 * done; the means are still there when the note is written, unless another line confirms them gone.
 */
// ("sister Janelle coming to remove pills from home": someone on the way to remove them has not yet done so.)
export const MEANS_REMOVAL_AGREED = /\b(?:agreed to|agrees to|will|is going to|are going to|going to|gonna|plans? to|planning to|offered to|is taking|are taking|(?:is\s+|are\s+)?coming (?:over )?to|on (?:her|his|their|the) way to|headed (?:over )?to|heading (?:over )?to)\b/;
/** ("Called sister Denise re removing meds from home": a removal asked about or asked for, never yet agreed or done.) */
// ("Called sister (with consent) to be with kids and to remove pills from home": a call made so that someone removes them asks it.)
export const MEANS_REMOVAL_ASKED = /\b(?:re:?|regarding|about|asked\s+(?:\w+\s+){0,3}(?:to|about))\s+(?:removing|remove|taking|securing|locking)\b|\b(?:called|phoned|texted|contacted|asked)\b[^.;]{0,60}\band\s+to\s+(?:remove|take|secure|lock up|hold)\b|\b(?:called|phoned|texted|contacted)\s+(?:her\s+|his\s+|their\s+|the\s+)?\w+(?:\s+\([^()]{0,30}\))?\s+to\s+(?:come\s+(?:and\s+)?)?(?:remove|take|secure|lock up|hold)\b/;
/** "would not agree to remove shotgun", "refused to give up the pills": removal of a means declined. */
// ("sheriff did not remove them": what the police or a deputy did not do is no one's refusal; the means are still there.)
export const MEANS_REMOVAL_REFUSED = /(?<!\b(?:sheriff|police|deputy|deputies|officers?|cops?|law enforcement|PD|SO)\s+)\b(?:would not|wouldn't|refused to|refuses to|declined to|declines to|did not|didn't|will not|won't|does not|doesn't)\s+(?:agree to\s+|want to\s+)?(?:remove|give up|surrender|hand over|turn over|get rid of|part with|let (?:me|us|anyone|the therapist) (?:take|hold))\b/;
/** "confirm guns were in brother's truck": the guns seen to be away, told by a check made. */
// ("her sister ... confirmed bag of pills found and brought to pharmacy for disposal": the pills confirmed gone.)
// ("Carol to call me at 8am to confirm meds removed": a confirmation still to come confirms nothing.)
// ("I called brother at 1700 to confirm guns were in his truck": a call made, and what it found, is confirmed.)
// ("Brian called back at 2230 confirming he had the rifle", "rifle and ammo are now at his house": the removal told as done.)
export const GUNS_CONFIRMED_AWAY = /\bconfirm(?:ed)? (?:that )?(?:the |all )?(?:guns?|firearms?|rifles?|weapons?) (?:were|are|was|is) (?:in|at) (?:[a-z]+'s|the|his|her)\b|(?<!\b(?:to|will|would|can|should|must)\s)\bconfirm(?:ed)? (?:that )?(?:the |a |all )?(?:bag of |bottle of )?(?:pills?|meds?|medications?|tablets?|oxys?|opioids?)\b[^.;]{0,40}\b(?:found|removed|taken|brought|disposed|flushed|locked)\b|\b(?:brought|taken|took) (?:them |it )?to (?:the |a )?pharmacy for disposal\b|\b(?:i've|i have|the therapist has|therapist has|we have|we've) got (?:it|them) locked\b|\blocked (?:it|them) in (?:the|my|our) (?:cabinet|office|drawer|safe)\b|\bdisposed of (?:at|by) (?:the |a )?pharmacy\b|\b(?:secure|store|lock up|hold)\s+(?:the\s+|his\s+|her\s+)?(?:guns?|firearms?|rifles?|pistols?|weapons?|glock)\b[^;]{0,80};\s*confirmed\b|\b(?:turned|handed) (?:it |them )?over to\b[^.;]{0,60}\b(?:for disposal|per protocol)\b|\bconfirm(?:ed|ing|s)? (?:that )?(?:he|she|they|[a-z]+) (?:had|has|took|picked up|removed|got) (?:the |his |her |their |all )?(?:rifles?|guns?|firearms?|pistols?|shotguns?|handguns?|weapons?|pills|meds|medications?)\b|\b(?:rifles?|guns?|firearms?|pistols?|shotguns?|weapons?)\b[^.;]{0,20}\b(?:are|is) now (?:at|in) (?:his|her|their|the|[a-z]+'s) (?:house|place|home|safe|apartment)\b/;
/** "Brother agreed to take all 4 guns to his place tonight", "sister will come take the pills to her house", "confirm guns were in brother's truck": the means taken away.
 * ("hunting rifle, stored at his brother's": kept at a relative's home, where the client does not stay, is held by someone else.) */
export const GUNS_TAKEN_AWAY = new RegExp(String.raw`\b(?:pills|meds|medications?|oxycodone|tylenol|acetaminophen|tablets?|bottles?|razors?|blades?|knives|knife|guns?|firearms?|ammunition|ammo)\b[^.;]{0,80}\b(?:handed (?:over|them over|it over)|turned (?:over|in)|surrendered|given to (?:staff|me|the therapist|us)|for disposal|disposed of|flushed)\b|\b(?:gave|give|hand|handed)\s+(?:me|us|the therapist|staff|the nurse)\s+(?:the\s+|her\s+|his\s+|their\s+|all\s+)*(?:pills|meds|medications?|tylenol|acetaminophen|oxycodone|tablets?|bottles?|razors?|blades?|knife|knives)\b|\b(?:agreed to take|took|is taking|will take|will come (?:and )?(?:take|get)|come (?:and )?(?:take|get)|will go (?:and )?(?:take|get)|go (?:and )?get|is holding|will hold|picked up|removed|remove|removing)\s+(?:all\s+)?(?:(?:the|his|her|their|\d+|four|two|three)\s+)*(?:guns?|firearms?|rifles?|shotguns?|handguns?|pistols?|weapons?|pills|meds|medications?|oxycodone|bottles?)\b[^.;]{0,60}\b(?:to (?:his|her|their) (?:place|house|home|apartment)|from (?:the |her |his |their )?(?:house|home|apartment)\b|from (?:(?:his|her|their) )?(?:uncle|aunt|grandpa|grandfather|grandma|grandmother|brother|sister|cousin|friend|neighbou?r|dad|father|mom|mother)(?:'s|s')(?=[\s,.;)]|$)|to (?:a |the |his |her |their )?(?:neighbou?r|brother|sister|friend|uncle|aunt|grandpa|grandfather|grandma|grandmother|cousin|son|daughter)(?:'s|s')?(?=[\s,.;)]|$)|to (?:the )?(?:police|sheriff)|out of the (?:house|home|shop|barn|garage)|to the main house|to (?:his|her|their) (?:truck|car|safe)\b(?=[^.;]{0,40}\b(?:locked|keys?)\b)|(?:to|at) (?:the )?(?:pharmacy|police station|drop[- ]?box|take[- ]?back)\b)|\b(?:agreed to|will|is going to)\s+(?:secure|store|lock up|hold)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:guns?|firearms?|rifles?|shotguns?|handguns?|pistols?|weapons?|glock)\b[^.;]{0,80}\b(?:armou?rer|arms room|armory|unit|command|police|sheriff)\b|\b(?:give|gave|given|giving|hand|handed)\s+(?:(?:the|her|his|their|them|those|all)\s+)?(?:(?:pills|meds|medications?|oxycodone|guns?|firearms?|rifles?|it|them)\s+)?(?:over\s+)?to\s+(?:\w+\s+){1,2}?(?:to\s+(?:hold|keep|lock(?:\s+up)?|store)|for safekeeping)\b|\b(?:agreed to take|took|will take|is taking)\s+(?:(?:the|his|her|their)\s+)?(?:guns?|firearms?|rifles?|shotguns?|handguns?|pistols?|revolvers?|weapons?)\b[^.;]{0,40}?\bhome with (?:her|him|them)\b|\b(?:guns?|firearms?|rifles?|shotguns?|handguns?|pistols?|weapons?)\b[^.;]{0,30}?\b(?:stored|kept|locked up|held)\s+(?:at|with|by)\s+(?:his|her|their)\s+(?:brother|sister|dad|father|mom|mother|uncle|aunt|cousin|friend|neighbou?r|son|daughter|grandpa|grandfather|grandma|grandmother|parents)(?:'s|s')?(?=[\s,.;)]|$)(?![^.;]{0,40}\bwhere (?:he|she|they) (?:stays|lives|is staying|are staying)\b)|${GUNS_CONFIRMED_AWAY.source}`);

/**
 * Abuse or harm told now, to whomever it was done ('said dad "grabbed me hard"', "scared to go home tonight", "teacher noticed
 * bruise on upper arm", "disclosed that uncle touched her privates"): the risk section names it beside the status, which covers
 * only ideation and self-harm. Who was harmed is read from the statements above, never said by the line.
 * ("if dad kicks me out", "hit me up": being put out of a home or contacted is no harm done.)
 */
export const ABUSE_OR_HARM_TOLD = /\b(?:husband|wife|boyfriend|girlfriend|bf|gf|partner|ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|spouse|dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|uncle|aunt|brother|sister|grandfather|grandmother|cousin|roommate|son|daughter)\s+(?:hit|hits|beat|beats|choked|chokes|strangled|slapped|slaps|punched|punches|kicked|kicks|shoved|pushed|threw|burned|raped|assaulted)\s+(?:her|him|them)\b(?!\s+(?:up|out|off|back)\b)|\b(?:hits|hit|hurts|beats|kicks|kicked|chokes|choked|touches|touched|slaps|slapped|punches|punched|grabbed|grabs|shoved|pushed)\s+me\b(?!\s+(?:out|off|up)\b)|\bdisclos\w*\s+(?:that\s+)?(?:[\w'"]+\s+){0,5}?(?:abuse|abused|abusing|hit|hits|hitting|beat|beats|beating|touch\w*|molest\w*|raped?|chok\w+|slapped|punched|kicked|grabbed)\b|\b(?:physical|sexual|emotional)\s+abuse\b|\bsexual(?:ly)?\s+(?:abused?|assault\w*)\b|\bmolest\w*|\bbad touch|\btouch(?:es|ed|ing)?\s+(?:my|her|his|their)\s+(?:private|privates|private parts|pee pee|bottom)\b|\b(?:scared|afraid|frightened|terrified|doesn't want|does not want|didn't want|did not want)\s+(?:to go|of going|going)\s+home\b|\b(?:unsafe|not safe|doesn't feel safe|does not feel safe)\s+(?:at|going)\s+home\b|\b(?:noticed|saw|observed|showed|found|has|had|with)\s+(?:a\s+|an\s+|the\s+|some\s+|several\s+|\d+\s+)?(?:\w+\s+){0,2}?(?:bruise|bruises|bruising|welts?|marks?)\s+(?:on|to|across)\b|\b(?:hits?|hitting|beats?|beating|whips?|whipping)\s+(?:[^.;]{0,40}?\s+)?with\s+(?:(?:the|a|his|her)\s+)?(?:belt|cord|stick|hanger|spoon|extension cord)\b|\bgets the belt\b|\btold (?:her|him|them|me) not to tell\b|\bsigns of (?:abuse|neglect)\b|\b(?:abuse|neglect)\s+(?:concerns?|allegations?|disclosure)\b|\b(?:was|were|got|gets|been|being)\s+(?:\w+\s+)?(?:cut|burned|burnt|stabbed|choked|strangled|hit|beaten|punched|kicked|slapped|shoved|pushed|raped|assaulted)\s+(?:\S+\s+){0,3}?by\s+(?:(?:her|his|their|the|my)\s+)?(?:ex|ex-(?:husband|wife|boyfriend|girlfriend|partner)|partner|boyfriend|girlfriend|bf|gf|husband|wife|spouse|abuser|dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|brother|sister|uncle|cousin|roommate)\b/i;

/** A report to a protective agency or a safety plan for the harm, made or to be made ("called CPS hotline", "mandated report filed", "safety planning re DV, gave hotline number"). */
// ("PREA report made to shift commander, pt moved to separate housing": in custody, the report of a sexual assault and a move away from the one who did it are the protective action.)
export const PROTECTIVE_ACTION = /\bsafety plan\w*|\bPREA\s+(?:report|referral|notification|hotline)\b|\b(?:moved|transferred|rehoused)\s+(?:to\s+)?(?:separate|protective|different|other)\s+(?:housing|unit|pod|dorm|custody)\b|\bprotective custody\b|\b(?:dv|domestic violence|abuse)\s+(?:hotline|shelter|advocate)|\bprotective order|\brestraining order|\border of protection|\b(?:mandated|mandatory)\s+report\w*\b|\b(?:cps|aps|dcfs|dcf|dss|child protective services|adult protective services)\s+(?:hotline|report|referral|was called|called|contacted|notified|intake|caseworker|worker)\b|\b(?:reported|report(?:ing)?|call(?:ed|ing)?|notif(?:y|ied)|contact(?:ed)?|filed? (?:a |the )?report (?:with|to)|made (?:a |the )?report to)\s+(?:to\s+)?(?:the\s+)?(?:cps|aps|dcfs|dcf|dss|child protective services|adult protective services|(?:child\s+|elder\s+)?abuse hotline)\b/i;

/** 'she said "he hits my bottom really hard"', "disclosed physical abuse": harm done to the client, in her own words or named as abuse. */
export const HARM_DONE_TO_CLIENT = /\b(?:hits|hit|hurts|beats|kicks|kicked|chokes|choked|touches|touched|slaps|slapped|punches|punched)\s+(?:me|my)\b|\bdisclosed\s+(?:physical\s+|sexual\s+)?abuse\b|\b(?:physical|sexual)\s+abuse\s+(?:disclosure|allegation)\b/i;

// Hands put on another person by the client or the one who tells it: 'she "shoved Dad"', "grabbed his arm". Case
// matters: a capital word after the act is a name ("hit Ana"), never "hit rock bottom".
const HANDS_ON_ACTS = '(?:shoved|pushed|slapped|punched|kicked|grabbed|choked|struck|shook|hit|bit|scratched|spanked)';
// ("hit her own head against the wall": one's own head is no other person.)
const HANDS_ON_WHOM = '(?:(?:him|her|them)(?!\\s+own\\b)|(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y)\\s+(?:dad|father|mom|mother|husband|wife|partner|son|daughter|child|kids?|baby|grandma|grandmother|grandpa|grandfather|brother|sister|patient|resident)|(?:[Hh]er|[Hh]is|[Tt]heir)\\s+(?:arm|wrist|neck|face|hair|shoulder|throat)|[Dd]ad|[Mm]om|[Ff]ather|[Mm]other|[Hh]usband|[Ww]ife|[A-Z][a-z]+)';
/** The client's own act ("Client slapped her son"), or the teller's: "Linh told me ... that last week she 'shoved Dad'" (a participant disclosing it). */
export const HANDS_PUT_ON_ANOTHER = new RegExp(`^(?:[Cc]lient|[Pp]atient|[Ss]he|[Hh]e)\\s+(?:(?:also|then|later|reportedly)\\s+)?${HANDS_ON_ACTS}\\s+"?${HANDS_ON_WHOM}\\b|^(?!(?:Client|Patient|Therapist|Mother|Father)\\b)(?:[A-Z][a-z]+)(?:\\s+[A-Z][a-z]+)?(?:\\s*\\([^()]*\\))?\\s+(?:told (?:me|the therapist|us)|tells (?:me|the therapist|us)|said|says|disclosed|discloses|admitted|admits|reported|reports|shared|shares)\\b[^.]{0,120}\\b(?:she|he|they|I|[Dd]ad|[Mm]om|[Ff]ather|[Mm]other|[Hh]usband|[Ww]ife)\\s+"?${HANDS_ON_ACTS}\\s+"?${HANDS_ON_WHOM}\\b`);

/** "denied any plan or intent to hurt the shooter himself", "no intent to harm anyone": harm to another, denied. */
export const INTENT_TO_HARM_OTHER_DENIED = /\b(?:no|denied|denies|denying)\s+(?:any\s+)?(?:plan|intent|intention)(?:\s+(?:or|and|\/)\s+(?:plan|intent|intention))?\s+to\s+(?:hurt|harm|kill|retaliate against|get back at|go after|attack)\s+(?!(?:(?:her|him|them|my|your)sel(?:f|ves)|self|oneself)\b)(?:the\s+\w+|anyone|anybody|someone|others|him|her|them|[a-z]+)\b/;

/** "afraid of harming", "worried she might hurt": a fear, said just before the harm, that the harm happen. */
export const HARM_FEARED = /\b(?:afraid|scared|worried|worries|worrying|fearful|fears?|feared|frightened|terrified|anxious|nervous|panics?)\s+(?:of|about|that|she|he|they|i)?\s*(?:(?:she|he|they|i)(?:'ll|'d)?\s+)?(?:(?:will|would|might|may|could|can|is going to|was going to)\s+)?(?:accidentally\s+)?$/;

/** "assessed B alone:", "screened her privately -": the asking, up to the answer given after it. */
export const ASSESSED_THEN_ANSWER = /^[^"]*\b(?:assessed|screened|asked|met with|saw|spoke with|interviewed)\b[^:;."]{0,40}(?::|\s-)\s*(?=(?:[a-z]+\s+)?(?:endorses|endorsed|reports|reported|admits|admitted|acknowledges|acknowledged|discloses|disclosed)\b)/;

/** A thought or image the client calls ego-dystonic: an obsession's content, never a wish or a threat. */
export const EGO_DYSTONIC = /\bego[- ]?dystonic\b/;
/** Words just before a safety step that say it was not taken ("not locked up", "never made a safety plan"). */
export const SAFETY_STEP_NOT_DONE = /\b(?:not|never|no longer|isn't|aren't|wasn't|weren't|hasn't|haven't|has not|have not|didn't|did not|without)\s+(?:been\s+|yet\s+|\w+\s+)?$/;
/** After a means said to be kept elsewhere: the client goes there, or it is not secured, so it is within reach. */
export const STILL_IN_REACH = /\b(?:where|which)\s+(?:he|she|they|client|pt|patient)\s+(?:still\s+)?(?:goes|stays|visits|lives|spends|sleeps|is|was|hangs out|can)\b|\b(?:not|isn't|wasn't|aren't|weren't|never)\s+(?:locked|secured|stored safely)\b|\bunlocked\b|\bunsecured\b|\b(?:he|she|they)\s+(?:can|could|knows how to)\s+(?:get|access|reach)\b/;

/** "Gary said he has never heard her talk about suicide", "She denied any statements by him about wanting to die": someone
 * who tells what the client did not say is not the client. */
export const NEVER_HEARD_CLIENT = /\b(?:never|not|n't)\s+(?:ever\s+)?(?:heard|seen|known)\s+(?:her|him|them|the client|client|pt|the patient|patient)\s+(?:ever\s+)?(?:talk|speak|say|mention|bring up|express|joke)|\b(?:statements?|comments?|talk|mention|remarks?)\s+(?:by|from)\s+(?:him|her|them|the client|client|pt|the patient|patient)\b/;

/** Right after a self-harm act: how often or when it happened ("2x this week", "last night", "3 days ago", "on her thigh yesterday"). */
export const ACT_TIMED_AFTER = /^\s*(?:(?:on|to)\s+(?:her|his|their|my)\s+[a-z]+\s+)?(?:\d+\s*x\b|x\s*\d+\b|(?:\d+|two|three|four|five|six|several|a few|multiple)\s+times\b|twice\b|once\b|(?:last|this)\s+(?:night|week|weekend|wk)\b|yesterday\b|this morning\b|\d+\s*(?:days?|d|wks?|weeks?)\s+ago\b)/;
