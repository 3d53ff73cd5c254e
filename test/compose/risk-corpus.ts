// Labelled risk phrasings, the way clinicians jot and dictate them (issue 6, "Risk read wrong").
// Each case is a short summary and the risk status the note must carry for the client:
// si: denied | passive | active | not_assessed; hi: denied | present | not_assessed;
// selfHarm: denied | present | history | not_assessed. Only the keys given are checked.
// Families are generated from parts so every negation mark meets every way of naming a domain.

export interface RiskCase {
  text: string;
  si?: 'denied' | 'passive' | 'active' | 'not_assessed';
  hi?: 'denied' | 'present' | 'not_assessed';
  selfHarm?: 'denied' | 'present' | 'history' | 'not_assessed';
  plan?: boolean;
  intent?: boolean;
  means?: boolean;
  /** A threat of violence toward another person in the client's words. */
  threat?: boolean;
  /** Words the risk section must contain (exact meaning kept, e.g. "firearms"). */
  says?: string[];
  /** Words the risk section must not contain (a status given to the wrong person). */
  never?: string[];
}

const SI_NAMES = ['SI', 'suicidal ideation', 'suicidal thoughts', 'thoughts of suicide'];
const HI_NAMES = ['HI', 'homicidal ideation', 'thoughts of harming others'];
const SH_NAMES = ['SH', 'self-harm', 'NSSI', 'cutting'];
const BEFORE = ['denies', 'denied', 'pt denies', 'client denies', 'no', '∅', 'Ø', '0', 'neg', 'negative for', 'no current', 'denies any', 'pt denies current', 'not endorsing'];
const AFTER = [': none', ': neg', ' - denied', ': 0', ' negative', ' denied', ': no', ' - none'];

const family = (names: string[], key: 'si' | 'hi' | 'selfHarm', value: string): RiskCase[] => [
  ...BEFORE.flatMap((b) => names.map((n) => ({ text: `pt reports stressful week. ${b} ${n}.`, [key]: value }) as RiskCase)),
  ...AFTER.flatMap((a) => names.slice(0, 2).map((n) => ({ text: `pt reports stressful week. ${n}${a}.`, [key]: value }) as RiskCase)),
];

export const RISK_CORPUS: readonly RiskCase[] = [
  ...family(SI_NAMES, 'si', 'denied'),
  ...family(HI_NAMES, 'hi', 'denied'),
  ...family(SH_NAMES, 'selfHarm', 'denied'),
  // Several domains in one statement
  { text: 'denies SI/HI.', si: 'denied', hi: 'denied', selfHarm: 'not_assessed' },
  { text: 'denies SI/HI/SH.', si: 'denied', hi: 'denied', selfHarm: 'denied' },
  { text: '∅ SI/HI', si: 'denied', hi: 'denied' },
  { text: 'SI/HI: neg', si: 'denied', hi: 'denied' },
  { text: 'no SI, HI or SH', si: 'denied', hi: 'denied', selfHarm: 'denied' },
  { text: 'Ø SI or HI today', si: 'denied', hi: 'denied' },
  { text: 'pt denies SI, HI, AVH.', si: 'denied', hi: 'denied' },
  { text: 'risk: denies SI/HI, no SH', si: 'denied', hi: 'denied', selfHarm: 'denied' },
  { text: 'safety: SI 0, HI 0', si: 'denied', hi: 'denied' },
  // Nothing said about risk
  { text: 'pt reports better sleep. reviewed thought records.', si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' },
  { text: 'worked on assertiveness with her boss. f/u 1 wk.', si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' },
  // Passive ideation, with plan and intent denied next to it
  { text: 'passive SI, ∅ plan/intent.', si: 'passive', plan: false, intent: false },
  { text: 'passive SI, no plan or intent.', si: 'passive', plan: false, intent: false },
  { text: 'endorses passive SI, denies plan, denies intent.', si: 'passive', plan: false, intent: false },
  { text: "passive death wish - 'sometimes I wish I wasn't here' - no plan.", si: 'passive', plan: false },
  { text: "says she wishes she wouldn't wake up, no intent.", si: 'passive', intent: false },
  { text: 'reports passive thoughts of death, no plan', si: 'passive', plan: false },
  { text: 'chronic passive SI per hx, no change today', si: 'passive' },
  { text: "'I'd be better off dead' but no plan, no intent", si: 'passive', plan: false, intent: false },
  { text: 'wishes she were dead at times, denies active SI', si: 'passive' },
  { text: 'pt endorses passive SI w/o plan', si: 'passive', plan: false },
  { text: "states 'I don't want to live like this' - passive, no plan/intent", si: 'passive', plan: false, intent: false },
  { text: 'C-SSRS: wish to be dead only, no active thoughts', si: 'passive' },
  // Active ideation
  { text: 'endorses SI with plan to overdose, intent 8/10.', si: 'active', plan: true, intent: true },
  { text: 'active SI w/ plan (hanging), no intent', si: 'active', plan: true, intent: false },
  { text: 'reports suicidal thoughts daily this week', si: 'active' },
  { text: 'thoughts of killing himself since Friday, no plan yet', si: 'active', plan: false },
  { text: 'pt endorses SI. no plan. has access to firearms.', si: 'active', plan: false, means: true, says: ['firearms'] },
  { text: 'C-SSRS: ideation w/o intent/plan (moderate)', si: 'active', plan: false, intent: false },
  { text: 'C-SSRS screen positive', si: 'active' },
  { text: 'SI present, plan to jump, intent unclear', si: 'active', plan: true },
  { text: "'I'm going to kill myself' said twice in session", si: 'active' },
  { text: 'admits to thinking about suicide most days', si: 'active' },
  // Contrast: a denial and then more
  { text: 'denies active SI but endorses passive thoughts of not waking up', si: 'passive' },
  { text: 'denies SI, however reports wishing she were dead', si: 'passive' },
  { text: 'no active SI, but passive death wish this week', si: 'passive' },
  { text: 'denies SI but admits thoughts of ending her life last night', si: 'active' },
  { text: 'denies intent but endorses SI with plan', si: 'active', plan: true },
  // A quotation after a denial explains the denial; it does not overturn it
  { text: "denies SI - 'it's to feel something, not to die.'", si: 'denied' },
  { text: "denies SI, 'I would never do that to my kids'", si: 'denied' },
  { text: "pt denies current SI. 'I just want the pain to stop' (re: back pain)", si: 'denied' },
  { text: "denies SI: 'I'm too scared of dying'", si: 'denied' },
  // History is not today's status
  { text: 'hx of SI in 2019, none currently', si: 'denied' },
  { text: 'hx SI', si: 'not_assessed' },
  { text: 'history of suicide attempt 2015 (overdose)', si: 'not_assessed' },
  { text: 'SI at intake, not asked today', si: 'not_assessed' },
  { text: 'at intake she endorsed passive SI', si: 'not_assessed' },
  { text: 'last session denied SI', si: 'not_assessed' },
  { text: 'passive SI once in nursing school, never acted', si: 'not_assessed' },
  { text: "denies current SI; passive SI once in nursing school ('wished I could disappear'), never acted", si: 'denied' },
  { text: 'past SI as a teen, denies now', si: 'denied' },
  { text: 'no SI today, hx of attempt 2019', si: 'denied' },
  { text: 'hx of cutting in her 20s per intake', selfHarm: 'history' },
  { text: 'no SH since 2021', selfHarm: 'history' },
  { text: 'last cut ~6 mo ago (thighs), none since', selfHarm: 'history' },
  { text: 'hx of NSSI, none in 2 years', selfHarm: 'history' },
  { text: 'no hx of SH', selfHarm: 'denied' },
  { text: 'past self-harm as a teen', selfHarm: 'history' },
  { text: 'used to cut in high school', selfHarm: 'history' },
  { text: 'scars from old cuts on forearm, no recent SH', selfHarm: 'history' },
  // Urges are not acts
  { text: '2 urges to self-harm this week, did not act on them', selfHarm: 'denied' },
  { text: 'urges to cut 4/5 most days, no cutting', selfHarm: 'denied' },
  { text: 'SH urges, resisted, used ice', selfHarm: 'denied' },
  { text: 'urge to cut after the fight, did not act', selfHarm: 'denied' },
  // Current self-harm
  { text: 'cut 2x this wk (L forearm, superficial)', selfHarm: 'present' },
  { text: 'diary card - cut 2x this wk, urges 4/5 most days. denies SI.', selfHarm: 'present', si: 'denied' },
  { text: 'reports cutting her thigh last night', selfHarm: 'present' },
  { text: 'burned her arm with a lighter on Sat', selfHarm: 'present' },
  { text: 'endorses self-harm this week (scratching)', selfHarm: 'present' },
  { text: 'she cut herself after the argument', selfHarm: 'present' },
  // Another person's risk is not the client's
  { text: 'mom has hx of SI', si: 'not_assessed' },
  { text: "partner Rob says he'll kill himself if she leaves. she denies SI.", si: 'denied' },
  { text: "Rob says he'll kill himself if she leaves", si: 'not_assessed' },
  { text: 'roommate died by suicide Saturday', si: 'not_assessed' },
  { text: "son Caleb said last night 'I want to die'", si: 'not_assessed' },
  { text: "pt's friend cut herself at school", selfHarm: 'not_assessed' },
  { text: "her brother has SI, she is worried about him", si: 'not_assessed' },
  { text: 'father attempted suicide when pt was 12', si: 'not_assessed' },
  { text: "group member disclosed SI; pt denies SI", si: 'denied' },
  { text: 'husband threatened to hurt himself', si: 'not_assessed', selfHarm: 'not_assessed' },
  // Teaching, questions and plans are not a status
  { text: 'gave psychoed on youth SI warning signs, how to ask directly, 988', si: 'not_assessed' },
  { text: "role-played asking 'are you thinking about killing yourself?'", si: 'not_assessed' },
  { text: 'if SI returns, will call 988', si: 'not_assessed' },
  { text: 'discussed what to do if urges to self-harm increase', selfHarm: 'not_assessed' },
  { text: 'reviewed safety plan', si: 'not_assessed' },
  { text: 'contracted for safety', si: 'not_assessed' },
  { text: 'next session will re-assess SI', si: 'not_assessed' },
  { text: 'plan: re-assess HI next sess', hi: 'not_assessed' },
  { text: 'asked about SI', si: 'not_assessed' },
  // Screens
  { text: 'C-SSRS screen neg.', si: 'denied' },
  { text: 'C-SSRS negative', si: 'denied' },
  { text: 'Columbia screen negative today', si: 'denied' },
  { text: 'PHQ-9 item 9 = 0', si: 'not_assessed' },
  // Homicidal ideation
  { text: 'HI toward ex-husband, no plan', hi: 'present', plan: false },
  { text: "thoughts of hurting coworker who humiliated him, no plan, no intent", hi: 'present' },
  { text: "'I could kill that guy' - figure of speech per pt, denies HI", hi: 'denied' },
  { text: 'denies HI toward anyone', hi: 'denied' },
  { text: 'endorses HI toward stepfather', hi: 'present' },
  { text: "thoughts of hurting him 'crossed my mind' Fri night", hi: 'present' },
  { text: 'wants to hurt the guy who robbed her', hi: 'present' },
  { text: 'denies SI. endorses homicidal thoughts toward boss', si: 'denied', hi: 'present' },
  // Risk named without the words "suicide" or "homicide"
  { text: "she said quote I have the pills saved up and I was going to do it tonight unquote", si: 'active' },
  { text: 'C-SSRS done, positive for active ideation with plan and intent', si: 'active', plan: true, intent: true },
  { text: 'thought about "just driving into a tree" on the way home, no plan, denies intent', si: 'active', plan: false, intent: false },
  { text: 'Tyler said "if Jake touches my stuff again I\'ll kill him", denied intent or plan', hi: 'present' },
  { text: 'urges to SH x3 this wk, no acts - last cut 11/2, scars healed. denies SI', selfHarm: 'history', si: 'denied' },
  { text: "partner (Rob) threw her phone. she is scared. has threatened to kill her once before. denies SI/HI", hi: 'denied', si: 'denied' },
  { text: 'her roommate texted her Friday night saying she wanted to die and had pills. client herself denies any suicidal thoughts', si: 'denied' },
  { text: "she said quote sometimes I think everyone would be better off without me unquote but denies any plan or intent", si: 'passive', plan: false, intent: false },
  { text: "endorses SI daily, plan to hang self. Intent: \"I don't know if I'd actually do it.\"", si: 'active', plan: true },
  { text: 'I asked directly about SI, she said no, "I\'d never do that to my kids."', si: 'denied' },
  { text: 'asked him directly about suicidal thoughts - said yes, most nights', si: 'active' },
  { text: 'asked about HI, denied', hi: 'denied' },
  { text: 'said "I could kill that guy" about his boss. asked directly, said it was a figure of speech, denies HI, no weapons', hi: 'denied' },
  { text: 'mom reports he yelled "I\'d be better off dead" Sat. he took it back, denies SI now or ever, no plan, no intent', si: 'denied' },
  // Safety lines: means, violence, overdose
  { text: 'denies SI. no access to firearms.', si: 'denied', means: false, says: ['firearms'] },
  { text: 'denies SI. guns locked in a safe, wife has the combination.', si: 'denied', says: ['safe'] },
  { text: 'passive SI. has a hunting rifle at home.', si: 'passive', means: true, says: ['rifle'] },
  { text: 'denies SI. partner pushed her into the dresser last Sat.', si: 'denied', says: ['pushed'] },
  { text: 'overdosed on pills in 2018, no SI now', si: 'denied' },
  { text: 'denies SI, no pills stockpiled', si: 'denied', means: undefined, never: ['no access to pills'] },
  // Several people in the room: the status belongs to whoever the sentence names, never "the client" by default
  { text: 'Couples session. Neither partner endorsed SI or HI.', si: 'denied', hi: 'denied', says: ['Neither partner endorsed suicidal ideation or homicidal ideation'], never: ['the client', 'Risk status'] },
  // A labelled term's value is its status: "denies" and "nope" deny; "deferred" is no answer, never an endorsement.
  { text: 'Intake. Current SI: denies. HI: denies. No firearms in the home.', si: 'denied', hi: 'denied', never: ['endorsed'] },
  { text: 'SI: nope. HI = no.', si: 'denied', hi: 'denied', never: ['endorsed'] },
  { text: 'SI: deferred, pt too sedated to answer.', si: 'not_assessed', never: ['endorsed'] },
  { text: 'SI: passive, no plan.', si: 'passive' },
  { text: 'Couples session, Dana and Alex. Both denied SI and HI.', si: 'denied', hi: 'denied', never: ['the client'] },
  { text: 'Couples. Wife reported passive SI this week; husband denied SI/HI.', si: 'passive', hi: 'denied', never: ['the client'] },
  { text: 'Group IOP, 6 members. All members denied SI/HI except one who reported passive SI, safety planned after group.', si: 'passive', hi: 'denied', never: ['the client', 'Client reported All'] },
  { text: 'Group. None of the members endorsed SI or HI.', si: 'denied', hi: 'denied' },
  { text: 'Family session, mom, dad and Jake (15). Jake denied SI/HI.', si: 'denied', hi: 'denied', never: ['the client'] },
  { text: 'Individual session. Client said her partner endorsed SI last week; client denied SI.', si: 'denied' },
  { text: 'Individual session. No one in the family has endorsed SI; client denies SI.', si: 'denied' },
  // The status line carries means and a past attempt, not only the sentences above it
  { text: 'c/o increased SI past wk, + intent, no plan. hx 1 SA 2015 (hanging). has handgun at home, agreed to give it to brother tonight.', si: 'active', intent: true, plan: false, means: true, says: ['access to a handgun was reported', 'A history of suicide attempt is documented'] },
  // (Review 160: the clinician's own sentence says the denials, so the status lines below it do not say them again.)
  { text: 'passive SI, no plan or intent, no prior attempts, no access to firearms.', si: 'passive', says: ['no prior attempts', 'no access to firearms'], never: ['No prior suicide attempt was reported'] },
  { text: "denies SI. her brother's suicide attempt last year still on her mind.", si: 'denied', never: ['A history of suicide attempt'] },
  { text: "he says he's been thinking about killing himself for two weeks and he has a plan to take his mom's oxycodone", si: 'active', plan: true },
  { text: 'SI with a plan to jump from the parking garage, denies intent', si: 'active', plan: true, intent: false },
  // A denial reaches every item listed after it; a past plan, a past attempt and a goal are not today's
  { text: 'denies any current SI, intent or plan.', si: 'denied', plan: false, intent: false },
  { text: 'She brought up the anniversary of her suicide attempt (overdose, March 2019) and denies any current SI, intent or plan. I asked about the plan she made last year for the anniversary.', si: 'denied', plan: false, says: ['A history of suicide attempt is documented'], never: ['a plan was reported'] },
  { text: 'Fa completed suicide 1998. denies SI.', si: 'denied', says: ['Father completed suicide'] },
  { text: 'Goal: reduce self-harm (tx plan goal 1). She has not self-harmed in 3 months, last cut in Feb, no current urges. Hx of SI at 14, none since.', si: 'denied', selfHarm: 'history', never: ['current self-harm'] },
  { text: 'A.M. sh\'d (cut L forearm) Fri, no medical tx needed. denied SI.', si: 'denied', selfHarm: 'present' },
  { text: 'HI w/o plan or intent, risk low-moderate, protective factors kids, job.', hi: 'present', plan: false, intent: false, says: ['Risk level as stated by the clinician: low-moderate'] },
  { text: "passive SI, hasn't gathered pills, no plan.", si: 'passive', plan: false, never: ['access to pills'] },
  { text: 'Mood stable on current plan. Denies SI/HI.', si: 'denied', hi: 'denied', never: ['a plan was reported'] },
  { text: 'he said honestly sometimes I think about just ending it like I\'d be better off dead um no plan so active thoughts no plan no intent', si: 'active', plan: false, intent: false, never: ['Therapist thought'] },
  { text: 'Intake. CC: "I keep wanting to cut again." Hx NSSI age 14-16, none x 3 yrs. Urges up past 2 wks. Denies acts. Denies SI.', si: 'denied', selfHarm: 'history', never: ['current self-harm'] },
  { text: 'Risk: SA at age 19 - OD on Tylenol, medically admitted. Denies current SI/HI. No attempts since. Cl agreed to plan.', si: 'denied', hi: 'denied', never: ['endorsed', 'a plan was reported'] },
  { text: 'Couples. Priya reports Tom said last month when drunk that "everyone would be better off if I wasn\'t here." Tom denies SI now. Tom to f/u w/ his individual therapist re: SI statement.', si: 'denied', never: ['endorsed'] },
  { text: "pt says she has been thinking she'd be better off gone; she denies any thoughts of hurting herself or him.", si: 'passive', hi: 'denied', selfHarm: 'denied' },
  { text: 'CSSRS screen: + Q1, + Q2, - Q3, - Q4, - Q5, - Q6', si: 'active', intent: false, plan: false },
  { text: 'C-SSRS screen: + Q1, - Q2', si: 'passive' },
  { text: 'Mike said and I\'m quoting if my brother shows up at the house again I swear I\'ll put him through the wall so I stopped and explored that he denied any intent to actually hurt him', threat: true, never: ['therapist will put'] },
  { text: 'thought abt driving into a tree but no plan/intent', si: 'active', plan: false, intent: false, never: ['a plan was reported'] },
  { text: 'Family session. Mateo has been saying he wants to die, he denied plan or intent.', si: 'passive', never: ['active'] },
  { text: 'ok so um she said at one point sometimes I think everyone would be better off if I just wasn\'t here and um no plan', si: 'passive', never: ['Therapist thought', 'the therapist just'] },
  { text: "Pt stated 'next time I see him I'm gonna f*ck him up, for real'. denies SI.", si: 'denied', threat: true },
  { text: 'said he will mess him up in the parking lot. denies SI.', si: 'denied', threat: true },
  { text: 'dad says no cutting since the one time scratching last spring. denies SI.', si: 'denied', never: ['current self-harm'] },
  { text: 'Hx 1 prior att. denies SI.', si: 'denied', says: ['A history of suicide attempt is documented'] },
  { text: "said 'some days I want to wring her neck' - HI toward ex, no plan/intent, no weapons. denies SI", si: 'denied', hi: 'present', plan: false, intent: false },
  { text: 'Stated "I could wring his neck" about coworker. Denies plan/intent. Denies SI.', si: 'denied', threat: true, says: ['wring his neck', 'threatening statement'] },
  { text: "12yo with mom. She gets urges to scratch her arms when kids tease her but she hasn't done it. Denies SI.", si: 'denied', says: ['urges to self-harm without acting on them'], never: ['current self-harm'] },
  // A near act is an urge, never self-harm done
  { text: "Client said she almost cut last night but didn't. Denies SI.", si: 'denied', selfHarm: 'not_assessed', says: ['urges to self-harm without acting on them'], never: ['current self-harm'] },
  { text: 'came close to cutting Sat, used ice instead. no SI.', si: 'denied', selfHarm: 'not_assessed', never: ['current self-harm'] },
  { text: 'nearly cut herself after the fight, called her sister instead. denies SI/HI.', si: 'denied', hi: 'denied', selfHarm: 'not_assessed', never: ['current self-harm'] },
  { text: 'cut her arm twice this week. denies SI.', si: 'denied', selfHarm: 'present' },
  // Threats of violence without the word "homicidal": stated beside the status, with a prompt to assess
  { text: 'Client angry at boss. Said "I\'m gonna wait for him in the parking lot and make him pay." Denied SI.', si: 'denied', hi: 'not_assessed', threat: true, says: ['threatening statement', 'parking lot'] },
  { text: 'pt furious at ex. "he\'ll regret it, I\'m going after him." denies SI/HI. consulted supervisor re duty to warn.', si: 'denied', hi: 'denied', threat: true, says: ['duty to warn', 'threatening statement'] },
  { text: 'client said she wants to punch him next time he yells. no SI.', si: 'denied', threat: true },
  { text: 'Pt stated "if he touches my kid again I\'ll put him in the ground." Asked directly about intent: said he "wouldn\'t actually do it." Denies SI.', si: 'denied', threat: true, says: ['put him in the ground', 'When asked directly about intent, client said he "wouldn\'t actually do it."', 'threatening statement'], never: ['[Not documented: homicidal ideation'] },
  { text: 'said "he won\'t see it coming" about the neighbor. denies SI.', si: 'denied', threat: true },
  { text: 'client said "I swear I\'ll smash his face in" re: coworker, calmed by end. no SI/HI per pt.', si: 'denied', hi: 'denied', threat: true, says: ['threatening statement'] },
  { text: 'she said her dad used to hit her. denies SI/HI.', si: 'denied', hi: 'denied', threat: false },
  { text: 'Client scared. Partner threatened to hurt her if she leaves. Denies SI/HI.', si: 'denied', hi: 'denied', threat: false },
  { text: 'Client denies any wish to hurt him, denies SI/HI.', si: 'denied', hi: 'denied', threat: false },
  { text: 'Client reports her brother said he would make him pay. Client denies SI/HI.', si: 'denied', hi: 'denied', threat: false },
  // An overdose planned without the word "suicide" is active ideation with a plan
  { text: "crisis walk-in. Pt states she planned to take her roommate's adderall and a bottle of tylenol tonight, has the tylenol in her backpack. Intent 7/10.", si: 'active', plan: true, intent: true, says: ['active suicidal ideation'] },
  { text: 'pt said he was going to take all his pills tonight after the breakup. no HI.', si: 'active', hi: 'denied' },
  { text: 'hx of accidental opioid overdose 2019, now 2 yrs clean. denies SI.', si: 'denied' },
  // An alternative chosen instead of the act is no act
  { text: 'used ice on wrists instead of cutting Sat night - urges to cut 8/10 but did not act. Last SH 3 months ago.', selfHarm: 'history', says: ['urges without acts'], never: ['current self-harm'] },
  { text: 'went for a run rather than cutting when the urge hit. denies SI.', si: 'denied', never: ['current self-harm'] },
  // A bereaved client's wish to be reunited, and a question answered "none"
  { text: 'She said she has moments of wishing she could just go to sleep and be with him but says she would never do anything, her grandkids keep her going. I asked about plan or intent and she had none.', si: 'passive', plan: false, intent: false, says: ['passive suicidal ideation', 'Protective factors: her grandkids'] },
  { text: 'asked about intent. will reassess next week.', never: ['intent was reported', 'intent was denied'] },
  // Blind reviews 18-19: a jump planned, a denial of wanting to die, urges not acted on, a jotted question and its answer
  { text: 'Crisis walk-in. Stated plan to jump from parking garage tonight after breakup. Intent 7/10.', si: 'active', plan: true, intent: true },
  { text: 'he said he last cut about three weeks ago on his thigh. he denies wanting to die denies any plan.', si: 'denied', selfHarm: 'history', never: ['current self-harm'] },
  { text: 'urges to cut most nights but hasn\'t acted on them. last cut 3 wks ago. denies SI.', si: 'denied', never: ['current self-harm'] },
  { text: 'Passive SI, denies intent. Has stockpile? - said no, meds are in weekly pill box managed by pharmacy.', si: 'passive', says: ['When asked about stockpile, client said no'], never: ['Client has stockpile', 'reported having stockpile'] },
  // Blind review 20: a method aimed at the self, a screen answered as a run, a qualified level, a weapon named with a target,
  // a child's abuse disclosure, "that's still self harm" as a category, bare urges in a self-harm summary, another person's hopelessness
  { text: 'He said he has been thinking about shooting himself, has a handgun in his truck, thought about doing it tonight at the lake. Intent 7/10.', si: 'active', intent: true, says: ['active suicidal ideation'] },
  { text: 'C-SSRS: yes to 1-5. Assessed high acute risk.', si: 'active', plan: true, intent: true, says: ['Risk level as stated by the clinician: high'] },
  { text: 'C-SSRS: + on items 1-5.', si: 'active', plan: true, intent: true },
  { text: "said 'I could see myself catching him in the parking lot with a bat,' no plan/intent per him. denies SI.", si: 'denied', threat: true, says: ['threatening statement'] },
  { text: "Ava said dad's girlfriend 'hits with the belt when I'm bad.' Called CPS hotline 4:40pm.", says: ['belt', 'hotline'], never: ['No risk assessment was documented'] },
  { text: "made a list of things to do instead of cutting. took rubber band off because that's still self harm. last cut 3 weeks ago. denies SI.", si: 'denied', selfHarm: 'history', never: ['current self-harm'] },
  { text: 'last cut 3 weeks ago on his thigh. gets urges most nights but hasn\'t acted on them since. denies SI.', si: 'denied', says: ['current urges without acts'], never: ['current self-harm'] },
  { text: "son texted her 'I don't see the point anymore, tell the kids I love them.' Ruth denies SI herself.", si: 'denied', says: ["don't see the point anymore"], never: ['endorsed'] },
  { text: "neighbor dispute - pt said 'I could kill that guy' - clarified: no intent, no plan, 'it's an expression.' denies SI.", si: 'denied', threat: true, never: ['endorsed homicidal ideation'] },
  { text: "half-brother posted 'nobody would notice if I was gone.' client denies SI.", si: 'denied', says: ['nobody would notice if I was gone'] },
  { text: 'Sami - I gave dad 988 + urged him to get Sami evaluated. Leo denies SI.', si: 'denied', says: ['Regarding Sami, the therapist gave father the 988 Suicide and Crisis Lifeline'] },
  { text: 'okay so she said sometimes she thinks everyone would be better off without her but she has no plan and no intent she has her cat and her nephew and she says those keep her here um we went over her safety plan', si: 'passive', plan: false, intent: false, says: ['better off without her'] },
  // Blind review 21: a method named outranks a passive wish; nothing said is no status; a labelled "Plan:" of a method is the suicide plan
  { text: 'he said quote I keep thinking everyone would be better off if I was gone unquote so I asked directly and he said yeah he has thought about killing himself this week but he doesn\'t have a plan', si: 'active', plan: false, says: ['active suicidal ideation'] },
  { text: "J's older sister (Ana, 15) told mom last night she 'doesn't want to be here anymore.' J didn't say anything about hurting himself.", selfHarm: 'not_assessed', si: 'not_assessed', says: ["doesn't want to be here"], never: ['current self-harm'] },
  { text: 'Crisis walk-in. Active SI.\nPlan: overdose on his sleeping pills w/ whiskey, has a 60-day supply at home, "enough to do it."\nP: f/u call tomorrow.', si: 'active', says: ['Plan: overdose on his sleeping pills', '60-day supply'] },
  // Blind review 22: an answer to the question about suicide; hours cut is not cutting; means sold are not had
  { text: "so I asked directly about suicide and he said yeah he's been thinking about it most days and he has a plan he'd take the rest of his trazodone with a bottle of whiskey", si: 'active', plan: true, says: ['active suicidal ideation', 'trazodone'] },
  { text: 'I asked about suicide. She said no, never.', si: 'denied' },
  { text: 'furious at supervisor who wrote him up & cut his hrs. denies SI.', si: 'denied', selfHarm: 'not_assessed', never: ['current self-harm'] },
  // (Review 159: the bracket after the denial says why there is no access; the denial's own word names the means.)
  // (The client's own sentence says the denial; the status line does not say it again.)
  { text: 'HI toward Glenn, no plan, no intent per pt, denies access to firearms (sold his rifle 2019). denies SI.', hi: 'present', means: false, says: ['denied access to firearms (sold his rifle 2019)'], never: ['no access to firearms was reported'] },
  { text: 'she said Greg punched a hole in the bedroom door & said "if you ever try to leave I\'ll make sure you never see the kids again." denies SI/HI.', si: 'denied', says: ['punched a hole', 'never see the kids again'], never: ['Client said "if you ever'] },
  // Blind review 23: a relative's pronoun and a relative's continued statement, an act not done, a conditional threat, a shooting idiom
  { text: 'Saw Mia (7) with her dad. Dad said her mother has been drinking and last night she threatened to hurt herself. Mia played with the dollhouse.', selfHarm: 'not_assessed', si: 'not_assessed', never: ['current self-harm'] },
  { text: 'Mom reported fewer tantrums. She said she has been exhausted, said she wishes she could "just disappear", denied any thoughts of killing herself. Theo built a tower.', si: 'not_assessed', never: ['the client denied suicidal ideation'] },
  { text: 'active SI, plan to overdose on her mother\'s oxycodone in the bathroom cabinet. she has not taken any pills yet.', si: 'active', plan: true, never: ['no access to pills'] },
  { text: 'said "if my ex shows up at the house again I\'ll put a bullet in him." denies SI.', si: 'denied', threat: true, says: ['put a bullet in him'] },
  { text: 'she told me her son has been talking about killing himself since he lost his job, and on Friday he said he "might as well eat a bullet." she denies SI.', si: 'denied', says: ['eat a bullet'] },
  { text: 'Plan is to hang himself in the garage. Risk level: high.', si: 'active', says: ['Risk level as stated by the clinician: high'] },
  // A kind of situation named with "high risk" is a topic, never the clinician's level.
  { text: 'Group topic: HALT + high risk situations. All members denied SI.', si: 'denied', never: ['Risk level as stated'] },
  { text: 'Reviewed high-risk times (payday, Fridays). Denies SI.', si: 'denied', never: ['Risk level as stated'] },
  // Blind review 24: a parent's quoted wish, a wish to be taken in sleep beside a denial of killing oneself, a cut last done on a date, a threat beside a denial
  { text: 'CPP sess w/ Leo (4) + mom. Mom tearful, said "some days I think they\'d be better off without me." Mom denies plan/intent.', si: 'not_assessed', never: ['the client endorsed passive suicidal ideation'] },
  { text: 'Said "sometimes I pray the Lord just takes me in my sleep." Asked directly - no thoughts of killing herself, no plan.', si: 'passive', plan: false },
  { text: 'urges to cut daily x1 wk, denies cutting since Feb (last SH 2/9). denies SI.', si: 'denied', selfHarm: 'history', never: ['current self-harm'] },
  { text: 'he said "if he comes at me I\'ll shoot him" - says he doesn\'t actually want to hurt anybody, was blowing off steam.', threat: true, never: ['the client denied homicidal ideation'] },
  // Review 59: a history label governs the list it opens; a group's "no members reported" is a denial; an idiom threatens no one.
  { text: 'Intake. Hx: depressive episode in 2004 after a loss, overdose on pills at that time, hospitalized 3 days. No SI since; denies current SI, HI.', si: 'denied', hi: 'denied', never: ['the client endorsed active suicidal ideation'] },
  { text: 'Intake 60 min.\nPsych history: anxiety since teens, overdose on pills, inpatient x1. Denies current SI.', si: 'denied', never: ['endorsed active suicidal ideation'] },
  { text: 'Process group, 8 members. No members reported SI/HI at check-out.', si: 'denied', hi: 'denied', never: ['endorsed'] },
  { text: 'Group, 6 present. no group members endorsed SI or HI when screened at close.', si: 'denied', hi: 'denied' },
  { text: 'says withdrawal "kicking his butt" - poor sleep, irritable. Denies SI/HI.', si: 'denied', hi: 'denied', never: ['threatening statement'] },
  { text: 'Pt angry at cousin: "I\'m going to kick his ass when I see him Saturday." Denies SI.', si: 'denied', threat: true },
];
