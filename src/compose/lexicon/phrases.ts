// Whole-phrase rewrites applied after shorthand, for jotting idioms whose literal completion
// reads wrongly ("came out that" has no client as its subject). Data: extend here.
import { verbForms } from './verbs.ts';
export type Rewrite = string | ((match: string, ...groups: string[]) => string);

/** Words a dictated topic opens with that are never a name, so the capital the sentence gave them goes. */
const COMMON_TOPIC = /^(?:her|his|their|mood|sleep|appetite|energy|anxiety|depression|pain|work|school|things|everything|stress|drinking|use|cravings?|urges?|motivation|focus|concentration|mom|dad|mother|father|wife|husband|partner|purging|bingeing|binging|eating|weight|the)\b/i;

/** "Means restriction confirmed by phone tomorrow a.m. by me": a step jotted with a time still ahead is still to be done ("appt scheduled for next week" keeps its time for the appointment). */
const STILL_TO_COME = /^[^.;]*?\b(?:tomorrow|tmrw|tonight|later today|next (?:week|session|visit|appt|appointment|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in \d+ (?:days?|hrs?|hours|weeks?)|within \d+ (?:days?|hrs?|hours|weeks?)|by (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** What the one consulted said, in the past: "agrees" -> "agreed". */
const CONSULTED_SAID: Readonly<Record<string, string>> = { agrees: 'agreed', concurs: 'concurred', recommends: 'recommended', advises: 'advised', suggests: 'suggested', feels: 'felt', thinks: 'thought', says: 'said' };
/** Who was consulted, named again as the one who said it: "Dr. Patel", "the supervisor", or "they". */
const consultedOne = (consult: string): string => /\b(Dr\.?\s+[A-Z][A-Za-z'-]+)/.exec(consult)?.[1] ?? (/\b((?:on-call\s+)?(?:psychiatrist|supervisor|prescriber|attending|oncologist|physician|pediatrician|nurse practitioner|PCP|team))\b/i.exec(consult)?.[1]?.replace(/^/, 'the ') ?? 'they');

export const PHRASE_REWRITES: readonly [RegExp, Rewrite][] = [
  // ("intent he said he's maybe a five out of ten", dictated after a pause): the item named first is what the client rated.
  [/^(intent|plan)\s+(she|he|they)\s+(?:said|says)\s+(?:(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+was)\s+)?(?:like\s+|about\s+|maybe\s+|~\s*)?(?:a\s+)?(\d{1,2})\s*(?:\/|out of)\s*10\b/i, (_m: string, item: string, who: string, n: string) => `${who} rated ${who === 'she' ? 'her' : who === 'he' ? 'his' : 'their'} ${item.toLowerCase()} as approximately ${n} out of 10`],
  // ("so plan is see her again in one week"): a plan said with a bare verb after it takes "to".
  [/\b(plan is|plan was)\s+(?=(?:see|meet|call|check|continue|follow|reassess|review|start|schedule|refer|return|try|increase|decrease)\b)/gi, '$1 to '],
  // ("mom's going to try validating first": a relative's contracted "is", before what they will do, is written out.)
  [/\b(mom|dad|mother|father|grandma|grandmother|grandpa|grandfather|sister|brother|aunt|uncle|wife|husband|partner|stepmom|stepdad)'s (?=going to\b|gonna\b)/gi, '$1 is '],
  // ("Jordan's 16 he's in IOP": a name's contracted "is" before an age is the age, never a possession.)
  [/\b([A-Z][a-z]+)'s (\d{1,2})(?=\s+(?:she|he|they)\b|\s*[,;.]|\s*$)/g, '$1 is $2'],
  // ("thoughts of not waking up but no plan no intent"): two denials run together are joined with "or".
  [/\bno (plan|intent|means|access|weapons?) no (plan|intent|means|access|weapons?)\b(?!,? no\b)/gi, 'no $1 or $2'],
  // ("Client goes by Maya (she/her), legal name on insurance is Michael R. - use Maya in all notes, do not use legal name in
  // body": the clinician's instruction to the writer is followed, never copied; the legal name stays out of the note.)
  [/,?\s*(?:[-—–]\s*)?\blegal name(?:\s+(?:on|for)\s+[a-z ]{2,20}?)?\s*(?:is|=|:)\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\.?(?=[\s\S]*\b(?:do not|don't|never)\s+use\s+(?:the\s+|their\s+|his\s+|her\s+)?legal name\b)/g, ''],
  [/,?\s*(?:[-—–]\s*)?\buse\s+[A-Z][a-z]+\s+in\s+(?:all\s+)?(?:notes|documentation|the chart|the record|charting)\b/g, ''],
  [/,?\s*(?:[-—–]\s*)?\b(?:do not|don't|never)\s+use\s+(?:the\s+|their\s+|his\s+|her\s+)?legal name(?:\s+in\s+(?:the\s+)?(?:body|note|notes|chart|record))?\b/g, ''],
  [/^came out that\b/i, 'it emerged that'],
  // ("Lethal means counseling - agreed to have brother-in-law hold handgun": after the clinician's work named, the agreement
  // is the client's, never the clinician's.)
  [/^((?:lethal\s+)?means\s+(?:counseling|counselling|restriction|safety)(?:\s+counseling)?|safety\s+planning|safety\s+plan(?:\s+(?:reviewed|updated))?)\s*[-:–—]\s*(?=(?:agreed|agrees)\b)/i, '$1; client '],
  // ("I think I'll call her tomorrow": what the clinician means to do, said as a plan, never "Therapist thinks the therapist will".)
  [/^I\s+(?:think|guess)\s+(?:that\s+)?I(?:'ll|\s+will|'m going to|\s+am going to)\s+/i, 'I plan to '],
  // ("Telehealth w/ Maya. I saw her from her bedroom": where the client was, seen on video, never the clinician seeing from there.)
  [/^I\s+saw\s+(?:her|him|them)\s+(?:from|in)\s+(?=(?:her|his|their)\s+(?:bedroom|room|car|truck|kitchen|home|house|apartment|apt|office|dorm(?: room)?|backyard|porch|closet|bathroom)\b)/i, 'client was in '],
  // ("Dana PHQ-9 14, Marcus PHQ-9 6", "Tanya PHQ-9 went down to 9": a person's name before a score is whose score it is;
  // "Rescreen PCL-5", "Repeat PHQ-9" are steps, never names.)
  [/\b(?!(?:Today|Intake|Baseline|Initial|Admission|Discharge|Repeat|Current|Last|Prior|Previous|Session|The|His|Her|Their|Pre|Post|And|Both|Each|Client|Patient|Pt|Also|Then|Plus|Monthly|Weekly|Screening|Screen)\b)([A-Z][a-z]{2,})\s+(?=(?:PHQ|GAD|PCL|AUDIT|EPDS|BDI|BAI|DAST|ORS|SRS|ISI|CSSRS|C-SSRS)(?:-[0-9A-Z]+)?\b)/g, (m: string, name: string) => (verbForms(name.toLowerCase()) || /^re[a-z]{3,}$/i.test(name) ? m : `${name}'s `)],
  // ("Hx DV by ex-partner, stabbed L forearm 2021": a wound with its place on the body was done to the client; "was" says so.)
  [/(,\s*|\band\s+)?\b(stabbed|shot|slashed|bitten)\s+(?:in\s+(?:the\s+|her\s+|his\s+|their\s+)?)?((?:left|right|upper|lower)\s+)?(forearm|arm|hand|wrist|leg|thigh|knee|foot|chest|abdomen|stomach|back|face|head|neck|shoulder|side|cheek|eye|jaw)\b/gi, (_m: string, lead: string | undefined, verb: string, side: string | undefined, part: string) => `${lead ? `${lead}was ` : ''}${verb} in the ${side ?? ''}${part}`],
  // ("Also mom reports Maya's dad ...": "also" before the one telling goes after them, so the teller stays the subject.)
  [/^also:?\s+((?:mom|dad|mother|father|parents?|wife|husband|partner|sister|brother|daughter|son|teacher|grandmother|grandfather|[A-Z][a-z]+)\s+)(?=(?:reports?|reported|said|says|states?|stated|told|mentioned|noted|shared|disclosed|added)\b)/i, (_m: string, who: string) => `${who}also `],
  // "consulted clin director": the clinical director (or supervisor, team), never a clinic's.
  [/\bclin\.?\s+(director|supervisor|team|lead|coordinator|manager)\b/gi, 'clinical $1'],
  // "no s/sx mania": the signs of the illness named, joined to it.
  [/\b(signs (?:and|or) symptoms|signs|symptoms) (?=(?:mania|manic|psychosis|psychotic|depression|withdrawal|intoxication|delirium|catatonia|hypomania|EPS|extrapyramidal|akathisia|tardive|serotonin|lithium toxicity|toxicity|infection)\b)/gi, '$1 of '],
  // ("Pt 27F came in after fight w/ bf": the client, an age, then what the client did: the age is said between commas.)
  [/^(client|patient)\s+((\d{1,3})-year-old(?:\s+(?:male|female|man|woman|boy|girl|nonbinary person))?)\s+(?=(?:came|presented|presents|arrived|walked|was|reports|reported|states|stated|says|said|endorses|endorsed|denies|denied|brought|referred|seen|transported|has|had|returned|called|showed)\b)/i, (_m: string, who: string, age: string, years: string) => `${who}, ${/^(?:8\d*|11|18)$/.test(years) ? 'an' : 'a'} ${age}, `],
  // ("B denies SI/SH herself, asked directly": the denial was the answer when asked, never a question the client asked.)
  [/\b(denies|denied)\s+([^,.;]{2,60}?),\s*(?:when\s+)?asked directly\b/gi, '$1 $2 when asked directly'],
  // ("Tom B (pt of mine, ...)": whose client is the note's own matter; the note says "client".)
  [/\b(client|patient) of (?:mine|ours)\b/gi, '$1'],
  // ("pt 52yo schizophrenia": the client, then an age with no verb, is who the client is.)
  [/^(client|patient)\s+(?=(\d{1,3})-year-old\b)/i, (_m: string, who: string, age: string) => `${who} is ${/^(?:8\d*|11|18)$/.test(age) ? 'an' : 'a'} `],
  // ("EMS called, transported to St. Luke's": help called, with no caller named, is said as called.)
  [/^(emergency medical services|EMS|911|police|mobile crisis|the mobile crisis team|the crisis team|an ambulance|child protective services|adult protective services|CPS|APS)\s+(called|contacted|notified|paged|dispatched)\b/i, (_m: string, who: string, done: string) => `${who} ${/^(?:emergency medical services|EMS|police)$/i.test(who) ? 'were' : 'was'} ${done}`],
  // ("sister arrived 2215, spoke w/ sister on speaker": the one who arrived is the one spoken with, by the clinician.)
  [/\b(sister|brother|mom|mother|dad|father|wife|husband|partner|friend|roommate|son|daughter|aunt|uncle)\s+(arrived|came over|came|got there|showed up)([^.;,]{0,30}),\s+(?:and\s+)?spoke\s+(?:w\/|with)\s+(?:the\s+|her\s+|his\s+)?\1\b/gi, (_m: string, who: string, came: string, rest: string) => `${who} ${came}${rest}; I spoke with the ${who.toLowerCase()}`],
  // ("he came in high I think eyes red": the clinician's hedge is kept, as how he appeared, never as fact.)
  [/\b(came in|arrived|showed up|presented|was|seemed|looked)\s+(high|intoxicated|drunk|under the influence|buzzed|stoned|impaired)\s+I\s+think\b,?/gi, (_m: string, verb: string, state: string) => `${/^(?:came in|arrived|showed up)$/i.test(verb) ? `${verb} appearing` : 'appeared'} ${state}`],
  [/\b(appearing|appeared)\s+(high|intoxicated|drunk|stoned|impaired)\s+(?=(?:eyes|smelled|smelling|odor|slurred|red|glassy)\b)/gi, '$1 $2: '],
  // ("kids not witnesses/not harmed": two things both denied are both, never one or the other.)
  [/\bnot\s+([a-z-]+)\s*\/\s*not\s+(?=[a-z])/gi, 'not $1 and not '],
  // ("he was upset but ok'd me telling mom"): agreement given to a step, in words a note uses.
  [/\b(?:ok'd|OK'd|okay'd|okayed)\s+(?=(?:me|the therapist|us|her|him|them|my)\b)/g, 'agreed to '],
  // ("No hx of violence known to us", "known to me"): what the team knows of, said as the team's knowledge, never "us" the client.
  [/\bknown to (?:us|me|our team|this writer)(?:\s+but\s+(?=(?:did|has|had|was|served|spent|got)\b))?/gi, (m: string) => (/\bbut\s*$/i.test(m) ? 'known to the team; client ' : 'known to the team')],
  // ("I did the AUDIT", "we did a PHQ-9"): a screen done with the client is a screen the clinician gave.
  [/\b(I|we|therapist)\s+did\s+(?:the|an?)\s+(?=(?:Columbia|PHQ-?9|PHQ-?2|GAD-?7|PCL-?5|AUDIT(?:-C)?|C-SSRS|CSSRS|EPDS|MoCA|MMSE|DAST(?:-10)?|CAGE|ISI|BDI(?:-II)?|BAI|ASQ|SLUMS|PSC-17|CRAFFT)\b)/gi, '$1 administered the '],
  // ("he says   he said today he has been thinking ...", cut after a frequency): a telling doubled by dictation is said once.
  [/^(?:she|he|they)\s+(?:says|said)\s+(?=(?:she|he|they)\s+(?:said|says|told)\b)/i, ''],
  // ("... see him Thursday", jotted as the plan): the clinician will see the client then.
  [/^(?:see|meet)\s+(him|her|them)\s+(?=(?:on\s+|again\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next\s+(?:week|wk)\b|in\s+\d+\s+(?:days?|weeks?|wks?)\b)/i, 'I will see $1 '],
  // ("we did a C-SSRS positive for plan"): the screen given, then its result.
  [/\b(administered the [A-Z][^.;]{0,80}?\((?:C-SSRS|PHQ-9|PHQ-2|GAD-7|AUDIT|AUDIT-C|PCL-5|EPDS|DAST-10|ASQ)\))\s+(?=(?:positive|negative|pos|neg)\b)/g, '$1, '],
  // ("did a C-SSRS screen came out moderate risk"): the screen's result, said as such.
  [/\b(screen|screening|scale|questionnaire)\s+(?:came|come|comes)\s+(?:out|back)\s+(?:as\s+|at\s+)?/gi, '$1, with a result of '],
  // ("pt 34F f/u MDD": the age, then a follow-up of the diagnosis: why the client was seen.)
  [/\b(\d{1,3}-year-old(?:\s+(?:male|female|man|woman|boy|girl|nonbinary person))?)\s+(?:follow-up|f\/u)\s+(?=(?:for\s+)?[A-Za-z⟪])(?!(?:in|on|with|w\/|next|appointment|appt|call|visit|session)\b)(?:for\s+)?/gi, '$1 seen for follow-up of '],
  // "pt 52yo schizophrenia", "34 y/o F bipolar I": the age, then the diagnosis the person lives with.
  [/\b(\d{1,3}-year-old(?:\s+(?:male|female|man|woman|boy|girl|nonbinary person))?)\s+(?=(?:schizo\w*|bipolar|major depressive|depressi\w*|post-traumatic|generali[sz]ed anxiety|anxiety disorder|obsessive|attention-deficit|autism|anorexia|bulimia|binge eating|borderline|psychosis|psychotic|dementia|alcohol use|opioid use|cannabis use|stimulant use|substance use|persistent depressive)\b)/gi, '$1 with '],
  // "mood she says is better", "sleep he reports has been ok": dictation names the topic first, then who said how it is.
  [/(^|\band\s+|\bbut\s+)((?:(?:her|his|their)\s+)?(?!(?:i|we|you|she|he|they|it|that|this|so|um|uh|then|also|and|but|which|what|who)\b)[a-z]+(?:\s+(?!(?:she|he|they|is|was)\b)[a-z]+){0,1})\s+(she|he|they)\s+(says|said|reports|reported|states|stated|thinks|thought|feels|felt)\s+(?=(?:is|was|are|were|has|have|had|went|got|seems|seemed|remains|remained|stayed)\b)/gi, (_m: string, lead: string, topic: string, who: string, verb: string) => `${lead}${who} ${verb} ${COMMON_TOPIC.test(topic) ? topic[0]!.toLowerCase() + topic.slice(1) : topic} `],
  // "anxiety went 7 then 5 then 3": a rating's course, said as it went.
  [/\bwent\s+(\d+)\s+then\s+(\d+)(?:\s+then\s+(\d+))?/g, (_m: string, a: string, b: string, c?: string) => `went from ${a} to ${b}${c ? ` to ${c}` : ''}`],
  // ("her anxiety went from 7 to 3", a statement of its own: whose anxiety, said so the sentence stands alone.)
  [/^(?:her|his|their)\s+(anxiety|distress|panic|fear|urges?|cravings?)\s+(?=went from\b)/i, "client's $1 "],
  // "SM told of notification before it was made": told, said as something done to them.
  [/^(service member|client|patient|student|he|she|they)\s+(told|informed|advised|notified)\s+(?=of|about)/i, (_m: string, who: string, verb: string) => `${who} ${/^they$/i.test(who) ? 'were' : 'was'} ${verb} `],
  // "did a C-SSRS screen positive for ideation with plan": the screen given, then its result.
  [/(?<=\b(?:did|completed|administered|ran|gave|used)\s+(?:a|an|the)\s+(?:[\w()-]+\s+){0,8})(screen|screening)\s+(positive|negative)\s+for\b/gi, '$1, $2 for'],
  // "I did the columbia": the Columbia scale given, named as a screen is.
  [/\b(did|completed|administered|ran|gave|used|redid|repeated)\s+(?:a|the)\s+columbia(?![\w-])(?!\s+(?:university|college|county|river|mall|hospital|scale|suicide))/gi, '$1 the C-SSRS'],
  // "uses they them pronouns", "Devon he him 28": pronouns said aloud in dictation, written as pronouns are.
  [/\b(she|he|they|ze|xe)\s+(her|him|them|zir|xem)(?=\s+pronouns\b)/gi, '$1/$2'],
  [/\b(she her|he him|they them)(?=,?\s+\d{1,2}\b)/gi, (m: string) => `(${m.toLowerCase().replace(' ', '/')})`],
  // "they had I think three big fights", "down from like five": a spoken hedge on a number is "about", never the clinician's thought.
  [/\b(?:I think|I believe|I guess|I'd say)\s+(?=(?:about\s+|maybe\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)\b)/g, 'about '],
  [/\b(from|about|had|have|has|was|were|is|are|at|to|maybe|only|just|for)\s+like\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple)\b)/gi, '$1 '],
  // "explained I'm a mandated reporter": the clinician's duty, said as such rather than "the therapist is".
  [/\b(explained|reviewed|reminded (?:her|him|them|client|pt) (?:that )?|told (?:her|him|them|client|pt) (?:that )?)\s*(?:that )?(?:I'm|I am|im) a mandated reporter\b/gi, (_m: string, verb: string) => `${verb.trim()} the therapist's duty as a mandated reporter`],
  // ("Together 5 yrs, married 2": how long a couple has been together, never something done together in the room.)
  [/^together\s+(?:for\s+)?(?=(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:yrs?|years?|mos?|months?)\b)/i, 'the couple has been together '],
  // ("Facilitators: me + Jenna (OT)": the clinician named among a group's leaders.)
  [/\b((?:co-?)?(?:facilitators?|leaders?|therapists?|clinicians?))\s*:\s*me\b/gi, '$1: the therapist'],
  // "Together: agreed to a weekly check-in": what the people in the room did jointly, said with its subject.
  [/^(?:together|jointly)\s*[:-]\s*(?=[a-z]+ed\b)/i, 'Together they '],
  // "Vet (OIF, Army 11B) completed 3 ABC worksheets", "Veteran reports ...": in a veterans' clinic the
  // veteran opening a statement is the client, written with the style's client term like "pt".
  [/^(?:[Tt]he )?[Vv]eteran(?=\s+(?:\([^)]*\)\s+)?(?:[a-z]+ed|is|was|has|had|did|does|doing|able|agreed|reports?|states?|stated|said|says|denies|endorses|feels|felt|came|went|made|took|continues|will|would|can|to)\b)/, 'client'],
  // "day 4 LOS": the fourth day of the stay.
  [/\bday (\d+)(?: of)? length of stay\b/gi, 'day $1 of the stay'],
  // "guns? none in home per pt": a screening question jotted with its answer is the answer.
  [/\b(guns?|firearms?|weapons?)\s*\?\s*(?:none|no)\b/gi, (_m: string, what: string) => `no ${what.toLowerCase()}`],
  // "Pt alone: admitted she took them": how the client was seen, then what the client said.
  [/^(?:client|patient)\s+(?:alone|seen alone|individually|1:1)\s*[:-]\s*(?=[a-z]+ed\b|said\b|says\b|denie[sd]\b|reports?\b|endorse[sd]\b)/i, 'client, seen alone, '],
  // "Safety planning done but pt not able to commit": the work named, then "done", is the work completed.
  [/^(safety planning|safety plan|risk assessment|chain analysis|psychoeducation|psychoed|behavior chain|thought record|exposure|role[- ]?play)\s+(?:done|completed|was done|was completed)\b/i, (_m: string, work: string) => `completed ${work.toLowerCase()}`],
  // ("Safety planning begun but pt unable to commit": the work started, never "completed ... begun".)
  [/^(safety planning|safety plan|risk assessment|chain analysis|behavior chain|thought record|exposure|role[- ]?play)\s+(?:was\s+)?(?:begun|started|initiated)\b/i, (_m: string, work: string) => `began ${work.toLowerCase()}`],
  // "Pt Gary Voss participated more than usual": the client named after the word for the client is the subject, by name.
  [/^(?:[Cc]lient|[Pp]atient)\s+([A-Z][a-z]+\s+(?:[A-Z][a-z]+|[A-Z]\.))\s+(?=(?:[a-z]+ed|is|was|has|had|did|reports|says|states|denies|endorses|agrees|shares|continues)\b)/, '$1 '],
  // "when I asked Tobi directly he said ...": the one asked is the one who answered, named first.
  [/^(?:[Ww]hen|[Oo]nce|[Aa]fter) (?:I|[Ww]e) asked ([A-Z][a-z]+)\b([^,;"]{0,40}?),? (?:she|he|they) (said|stated|reported|admitted|denied|answered|replied)\b,?/, (_m: string, name: string, how: string, verb: string) => `${name} ${verb}, when asked${how.trimEnd()},`],
  // "consulted with Dr. Huang (on-call psychiatrist) - agreed needs ...": the one consulted agreed, not the clinician.
  // ("Consulted w/ Dr. Patel - agrees outpt mgmt appropriate", "consulted w/ Dr. Liu right after sess - agreed w/ plan": said in
  // the present, or with when it was after the name, the one consulted is named again.)
  [/\b([Cc]onsulted (?:with )?(?:Dr\.? [A-Z][a-z]+|(?:the |my |her |his )?(?:supervisor|psychiatrist|prescriber|on-call [a-z]+|clinical director|team|attending|[A-Z][a-z]+))(?: \([^)]*\))?)((?: (?!-)[^,;"()-]{1,40}?)?)(?:\s+-|,)\s+(agreed|agrees|recommended|recommends|advised|advises|suggested|suggests|felt|feels|thought|thinks|concurred|concurs|said|says)\b/g, (_m: string, consult: string, when: string, verb: string) => `${consult}${when}${when ? `; ${consultedOne(consult)}` : ', who'} ${CONSULTED_SAID[verb.toLowerCase()] ?? verb.toLowerCase()}`],
  // "another member (Kayla) shared ...": another group member is never named in this client's note (confidentiality).
  [/\b((?:another|one|a|other|fellow|new|older|younger) (?:group )?(?:member|peer|participant|resident)s?)\s*\(\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?\s*\)/g, '$1'],
  // ("No guns in apt, confirmed w/ sister": the clinician checked it with the sister; the client confirmed nothing.)
  [/,\s*(confirmed|verified|checked)\s+(?:w\/\s*|with\s+)(?:(?:his|her|their|the)\s+)?(sister|brother|mother|mom|father|dad|wife|husband|partner|roommate|staff|nurse|parents?|family|guardian|caregiver|case manager)\b/gi, (_m: string, verb: string, who: string) => `, which I ${verb.toLowerCase()} with the ${who.toLowerCase().replace(/^mom$/, 'mother').replace(/^dad$/, 'father')}`],
  // ("Mother died overdose Jan", "Father killed motor vehicle accident 6/2024": how someone died, jotted without its preposition.)
  [/\b(died|passed away|passed)\s+(?:(an?)\s+)?(?=(overdose|OD|suicide|cancer|heart attack|stroke|COVID|covid|sepsis|leukemia|SIDS)\b)/g, (_m: string, verb: string, article: string | undefined, what: string) => `${verb} of ${article ? `${article} ` : /^(?:overdose|OD|heart attack|stroke)$/.test(what) ? (what === 'OD' ? 'an ' : /^o/.test(what) ? 'an ' : 'a ') : ''}`],
  [/\b(killed|died)\s+(?=(?:motor vehicle accident|MVA|car accident|car crash|crash|accident|fire|shooting)\b)/g, (_m: string, verb: string) => `${verb} in a `],
  // ("cried ~1 min": one of a unit, never "1 minutes".)
  [/(?<![\d.,/-])\b1 (minute|hour|day|week|month|year|session|time)s\b/g, '1 $1'],
  // ("Sep was easier than last wk, only cried ~1 min": a month never goes easier or harder; the separation at drop-off does.)
  [/\bSeptember (was|is|went|has been|got|seemed) (easier|harder|better|worse|smoother|rougher|ok|okay|fine|rough|hard|tough)\b/g, 'Separation $1 $2'],
  // ("Patient advocate contacted": the hospital's advocate, named by role, is never the client.)
  [/^(?:the\s+)?(?:patient|pt|client)\s+(advocate|rights advocate|representative|relations)\b/i, (_m: string, role: string) => `The patient ${role.toLowerCase()}`],
  // ("an attempt pt never disclosed to us": what the client kept from "us" was kept from the treatment team, never from the client.)
  [/\b(disclosed|mentioned|admitted|revealed)(\s+(?:it|this|that|them))?\s+to us\b/gi, '$1$2 to the treatment team'],
  // "denies SI intent": the suicidal intent, not "suicidal ideation intent".
  [/\b(suicidal|homicidal) ideation (intent|plan|behaviou?rs?|attempts?)\b/gi, '$1 $2'],
  [/\bwent (decreased|increased|stayed)\b/gi, '$1'],
  // "imaginal exposure on the ambush we did about 35 min": the minutes of the exercise just named, said as its length.
  [/(?<=[a-z])\s+(?:I|we)\s+did\s+((?:about|approximately|around)\s+)?(\d{1,3})\s*-?\s*(?:min|mins|minutes)\b(?!\s+(?:of|on)\b)/gi, (_m: string, about: string | undefined, n: string) => ` for ${about ? 'about ' : ''}${n} minutes`],
  // "Consider duty to warn - consulted w/ supervisor, no imminent threat": the duty was weighed, with the consultation, already.
  [/^consider(?:ed)?\s+(?:the\s+)?(duty to (?:warn|protect))\s*[-–—:]\s*(consulted|discussed)\s+(?:w\/|with)\s+/i, (_m: string, duty: string, verb: string) => `I considered the ${duty.toLowerCase()} and ${verb.toLowerCase()} with `],
  // ("Assigned to Dr. Nguyen, 1st appt 9/19": the client was assigned, never the clinician.)
  [/^(assigned|reassigned|transferred) (to)\b(?=\s+(?:Dr\.?|a |an |the |her |his |their |[A-Z]))/i, (_m: string, a: string, b: string) => `client was ${a.toLowerCase()} ${b}`],
  [/^(referred|brought in|sent|seen) (for|by|to|because|with|alone|together|today|first|separately)\b/i, (_m: string, a: string, b: string) => `was ${a.toLowerCase()} ${b}`],
  // "Principal Mr. Howe notified": a person named by title, and what was done, with no doer named.
  [/^((?:(?:the\s+)?(?:principal|teacher|nurse|counselor|school counselor|supervisor|psychiatrist|prescriber|caseworker|case manager|guardian|parent|pcp)\s+)?(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(notified|informed|contacted|called|updated|consulted)(?=\s*(?:$|,|;|\.|\s+(?:of|about|re|regarding|per|by|at|today|this)\b))/i, (_m: string, who: string, verb: string) => `${who} was ${verb}`],
  // "nursing notified re: X", "ROI signed": a noun and what was done to it, with no doer named.
  // ("Collaboratively updated safety plan": an adverb in -ly is no noun the act was done to.)
  // ("Ex-husband Greg sent texts over weekend": a person, a doer, never a thing that was sent.)
  [/^((?:the )?(?![a-z]+ly\b)(?!(?:screened|assessed|asked|checked|with|by|per|for|from|on|in|at|his|her|their|my|our|your|was|were|is|are|been|being|be|has|have|had|also|then|additionally|finally|afterwards|later|just|already|still|again|we|i|she|he|they|it|client|patient|pt|therapist|mom|dad|mother|father|brother|sister|son|daughter|wife|husband|partner|friend|boyfriend|girlfriend|roommate|teacher|boss|supervisor|grandma|grandmother|grandpa|grandfather|aunt|uncle|ex|step\w*|fianc\w*|cousin|neighbou?r|coworker|co-worker|caseworker|guardian|foster|sponsor|psychiatrist|doctor|discussed|reviewed|explored|processed|recommended|suggested|agreed|facilitator|facilitators|co-facilitator|cofacilitator|counselor|clinician|provider|prescriber|staff|nurse|registered|licensed|certified|dietitian|dietician|leader|officers?|police|deputies|deputy|paramedics|ems|medics|complained|complains|reports|reported|said|says|denies|denied|endorses|endorsed|feels|felt|states|stated|left|called|landlord|court|judge|insurance|insurer|bank|employer|texted|went|got|took|gave|saw|met|spoke|talked|tried|paged|phoned)\b)[a-z][a-z-]*(?: (?!(?:his|her|their|my|our|your|of|to|for|with|about|in|on|at|or|that|was|were|is|are|been|being|has|have|had|she|he|they|i|we|you|it|shared|said|says|reported|reports|told|stated|admitted|mentioned|noted)\b)[a-z][a-z-]*){0,2}) (notified|informed|contacted|messaged|emailed|faxed|signed|scheduled|completed|obtained|filed|placed|sent|updated|given|provided|started|increased|decreased|stopped|discontinued|confirmed|arranged|requested|submitted|made|collected|drawn|administered|granted|issued|served|extended|dismissed)\b(?! (?:her|him|them|me|us|it|the|a|an|suicide|he|she|they|that|his|their|my)\b)(?! [\w.]+'s\b)(?! from \d{1,3}\/10)(?!(?<=emailed|messaged) (?:about|that|saying|to say|asking|to ask)\b)(?!(?<=started|increased|decreased|stopped) (?:after|when|since|around|again|because|once|following|right after|at age|as|in (?:the )?(?:spring|summer|fall|autumn|winter|\d{4}|high school|college|middle school|childhood))\b)(?!(?<=given) (?:hx|history|recent|ongoing|current|prior|past|previous|risk|concerns?|how)\b)(?! by \w+ing\b)(?!(?<=filed) for\b)(?!(?<=messaged|emailed|faxed) (?:via|through|over|on the portal|on mychart)\b)(?! (?!(?:regarding|during|including|following|concerning|pending|according)\b)[a-z]+ing\b)/i, (m: string, ...g: string[]) => {
    // (The replacer's arguments after the groups are the offset and the whole text.)
    const [noun = '', verb = '', at = '0', whole = ''] = g;
    const offset = Number(at);
    // ("Eleanor signed new POLST with Jen": an object written in capitals is an object too.)
    // ("Ruiz confirmed intake appt next Mon", "J stopped lithium 2 wks ago": one word before the verb and an object after it is
    // someone doing it, never a passive.)
    return !/\s/.test(noun.trim()) && /^ (?!(?:for|to|by|at|on|in|today|yesterday|tomorrow|this|last|next|per|with|and|via|from|after|before|until|as|x|w|again|together|early|late|pending|regarding|re|about|of|that|due|because|so|but|or|when|while|immediately|promptly|verbally|directly)\b)(?!(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b)[A-Za-z][A-Za-z-]* [A-Za-z0-9]/.test(whole.slice(offset + m.length)) ? m : `${noun} ${STILL_TO_COME.test(whole.slice(offset + m.length)) && !/^\s+(?:for|on|to)\b/.test(whole.slice(offset + m.length)) ? 'will be' : (/[^su]s$/.test(noun) && !/(ness|sis)$/.test(noun)) || / and /.test(noun) ? 'were' : 'was'} ${verb}`;
  }],
  [/^(client|patient) (referred|brought in|sent) (for|by|to|because)\b/i, (_m: string, who: string, a: string, b: string) => `${who} was ${a.toLowerCase()} ${b}`],
  [/^(\d+) minutes late\b/i, 'arrived $1 minutes late'],
  // "No plan he says, no intent": the attribution jotted after the denial leads it.
  [/^(no [a-z]+(?: [a-z]+)?),?\s+(she|he|they) (says|said|states|stated|reports|reported)\b,?\s*/i, (_m: string, what: string, who: string, verb: string) => `${who} ${verb} ${what.toLowerCase()}, `],
  // "writer called K's school counselor": the clinician's "this writer", jotted short.
  [/^writer\s+(?=(?:[a-z]+ed|will|to|met|spoke|sent|gave|told|saw|made|left|took)\b)/i, 'this writer '],
  [/^here because\b/i, 'came in because'],
  [/^here for\b/i, 'came in for'],
  [/\bas we went\b/gi, 'as the session progressed'],
  // "Goal we're working on is reducing handwashing": the goal, said as one.
  [/^(?:the |our |main )?goal (?:we're|we are|i'm|i am|she's|she is|he's|he is|they're|they are) working on (?:is|was|right now is) (?:to )?/i, 'Goal: '],
  [/\bour (session|sessions|last session|next session|work)\b/gi, 'the $1'],
  // "GAD-7 today 12": the score taken today.
  [/\b(PHQ-?9|GAD-?7|PCL-?5|AUDIT-C|CORE-10|ORS|SRS|PSWQ)\s+today\s*(?:[:=]\s*|was\s+|is\s+|of\s+)?(\d{1,3})\b/gi, (_m: string, i: string, n: string) => `${i.toUpperCase().replace(/^(PHQ|GAD|PCL)(\d)/, '$1-$2')} score of ${n} today`],
  // "Columbia was high risk": the C-SSRS named by its university.
  [/\b(?:the\s+)?columbia(?:\s+(?:screen|scale|screener))?(?=\s+(?:was|is|came back|screen|positive|negative|high|low|moderate)\b)/gi, 'C-SSRS'],
  // "GAD-7 down to 8 from 14", "PHQ-9 went from 19 to 12": the score and the one before it.
  [/\b(PHQ-?9|GAD-?7|PCL-?5|AUDIT-C|CORE-10|ORS|SRS|PSWQ)\s+(?:score\s+)?(?:down|dropped|decreased|improved|up|increased|rose|went up|went down)\s+to\s+(\d{1,3})\s+from\s+(\d{1,3})\b/gi, (_m: string, i: string, n: string, was: string) => `${i.toUpperCase().replace(/^(PHQ|GAD|PCL)(\d)/, '$1-$2')} score of ${n} (was ${was})`],
  [/\b(PHQ-?9|GAD-?7|PCL-?5|AUDIT-C|CORE-10|ORS|SRS|PSWQ)\s+(?:score\s+)?(?:down|dropped|decreased|improved|up|increased|rose|went|changed)\s+from\s+(\d{1,3})\s+to\s+(\d{1,3})\b/gi, (_m: string, i: string, was: string, n: string) => `${i.toUpperCase().replace(/^(PHQ|GAD|PCL)(\d)/, '$1-$2')} score of ${n} (was ${was})`],
  [/\b(PHQ-?9|PHQ-?2|GAD-?7|GAD-?2|PCL-?5|PCL|AUDIT-C|CORE-10|ORS|SRS|PSWQ)\s*(?:score\s*)?(?:[:=]\s*|of\s+|was\s+|is\s+)?(\d{1,3})\b/gi, (_m: string, i: string, n: string) => `${i.toUpperCase().replace(/^(PHQ|GAD|PCL)(\d)/, '$1-$2')} score of ${n}`],
  // "PCL-5 was 48 today last month was 52": the earlier score and when, in brackets the reader knows.
  [/\bscore of (\d{1,3})( today)?,?\s+(last (?:month|week|session|time)|at intake|\d+ (?:weeks|months) ago)\s+(?:it\s+)?was\s+(\d{1,3})\b/gi, (_m: string, n: string, today: string | undefined, when: string, was: string) => `score of ${n}${today ?? ''} (was ${was} ${when})`],
];

/** Words that open a clause with a prepositional phrase; the writer keeps such clauses as they are. */
export const LEADING_PREPOSITIONS = new Set(['after', 'before', 'when', 'since', 'during', 'while', 'because', 'at', 'in', 'on', 'by', 'over', 'despite', 'although', 'though', 'following', 'until', 'once', 'if', 'with', 'without', 'between', 'throughout', 'today', 'later', 'earlier', 'overall']);

/** Words that mark something that happened between sessions, not in the room. */
export const BETWEEN_SESSION_CUES = [' ago', 'since ', 'this week', 'last week', 'at home', 'went home', 'over the weekend', 'yesterday', 'last night', 'this month', 'between sessions', ' daily', 'nightly', 'every day', 'each day', ' twice', ' times', 'per week', 'most days', 'every night', ' felt ', ' but felt',
  // "used TIPP Saturday night": a time outside the session.
  'this weekend', 'last weekend', 'the other day', 'at school', 'at work', 'monday night', 'monday morning', 'monday evening', 'tuesday night', 'tuesday morning', 'tuesday evening', 'wednesday night', 'wednesday morning', 'wednesday evening', 'thursday night', 'thursday morning', 'thursday evening', 'friday night', 'friday morning', 'friday evening', 'saturday night', 'saturday morning', 'saturday evening', 'sunday night', 'sunday morning', 'sunday evening',
  // ("used worry time technique 5/7 days", written "5 of 7 days"): a count of the week's days is the days between sessions.
  ' of 7 days', '/7 days', ' out of 7 days', ' of the 7 days', ' days this week', ' days last week',
  // "used box breathing on a bad call Tues, said it helped": a shift or a call outside the session, and its effect told after.
  'on shift', 'on a call', 'on the call', 'said it helped', 'says it helped', 'said that helped', 'reports it helped', 'reported it helped',
  // "used STOP skill when panicking at a light": a skill used in the moment of a feeling the client had out in the world.
  ' when panick', ' when anxious', ' when triggered', ' when overwhelmed', ' when upset', ' when craving', ' during a panic', ' while driving',
  // "Used graded activity - walked 20 min x 4 days": days counted are days between sessions.
  'for 2 days', 'for 3 days', 'for 4 days', 'for 5 days', 'for 6 days', 'for 7 days', ' days a week', ' days this week', ' days last week'];

/** Slashed pairs that name one thing and keep their slash (a technique, a pairing). */
export const KEEP_SLASHED = new Set(['attention-deficit/hyperactivity', 'deficit/hyperactivity', 'speaker/listener', 'for/against', 'pursue/withdraw', 'and/or', 'he/she', 'his/her', 'him/her', 's/he', 'either/or', 'on/off', 'yes/no', 'pros/cons', 'mother/father', 'parent/child', 'true/false', 'she/her', 'he/him', 'they/them', 'she/they', 'he/they', 'ze/zir', 'first/then', 'now/next', 'child/parent', 'check-in/check-out', 'xe/xem', 'ey/em', 'fae/faer']);
