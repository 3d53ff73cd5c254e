// Risk vocabulary (reference/clinical.md section 6.1). Patterns are matched on the clause after
// shorthand expansion, so "SI" arrives as "suicidal ideation".

import { CLOSE_PEOPLE, DATING_PARTNERS } from './people.ts';

/** Passive wishes said without the word "suicide" (each is also a passive marker below). */
const PASSIVE_WISHES = [
  // ('"sometimes I wish the Lord would just take me too so I can be with Dale"': a wish that God take one, a passive wish.)
  'wish the lord would take me', 'wish the lord would just take me', 'wish god would take me', 'wish god would just take me', 'wishes the lord would take her', 'wishes god would take her', 'wishes the lord would take him', 'wishes god would take him',
  // ('"what\'s the point, I\'m just waiting to die"' in cancer care: a wish for death to come, said of oneself, a passive wish.)
  "i'm just waiting to die", 'i am just waiting to die', 'just waiting to die', "i'm waiting to die",
  // "if this is what it's like I don't care if I live or die": indifference to living, a passive wish.
  "don't care if i live or die", 'do not care if i live or die', "doesn't care if she lives or dies", "doesn't care if he lives or dies", "doesn't care if they live or die", "don't care whether i live or die", "don't care if i die", "wouldn't care if i died",
  // "I should've been the one who went", "wish it had been me" (a bereaved parent): a wish to have died instead.
  "should've been the one who went", "should've been the one who died", 'should have been the one who went', 'should have been the one who died', 'wish it had been me', 'wish it was me', 'wish it were me', 'should have been me', "should've been me",
  // ("wish i was w you bro", posted to a brother who died: the wish to be where the dead one is.)
  'wish i was with you', 'wish i were with you', 'wish i could be with you', 'wish i was there with you', 'wish i was w you', 'wish i was w/ you', 'wish i were w you',
  // "wants to disappear", "can't do this anymore"
  // "thoughts of 'not wanting to go on'"
  'not wanting to wake up', 'not wanting to go on', "don't want to go on", 'do not want to go on', "didn't want to go on", 'did not want to go on', "doesn't want to go on", 'does not want to go on', 'no reason to go on',
  'wants to disappear', 'want to disappear', 'wanted to disappear', 'wanting to disappear', 'just disappear', "can't do this anymore", 'cannot do this anymore', "can't go on", 'cannot go on',
  // ("posted 'I won't be around much longer'": a farewell, told as not being here soon.)
  "won't be around much longer", 'will not be around much longer', "won't be around for long", "won't be here much longer", 'will not be here much longer', "won't be here for long", "won't be around anymore", "won't be here anymore",
  // "thoughts of being dead", "wouldn't mind not waking up"
  'thoughts of being dead', 'thought of being dead', 'thoughts about being dead', "wouldn't mind not waking up", 'would not mind not waking up', "wouldn't mind being dead", 'would not mind being dead', "wouldn't mind if i died", "hope i just don't wake up",
  // "sometimes I don't want to wake up in the morning"
  "don't want to wake up", 'do not want to wake up', "doesn't want to wake up", 'does not want to wake up', "didn't want to wake up", 'did not want to wake up', 'hope i don\'t wake up', "hope i do not wake up",
  // "easier if she just didn't wake up", "if I never woke up"
  ...['i', 'she', 'he', 'they'].flatMap((who) => [`if ${who} didn't wake up`, `if ${who} just didn't wake up`, `if ${who} did not wake up`, `if ${who} never woke up`, `if ${who} just never woke up`]),
  // "tried to tie a jump rope around his neck 'as a joke'": a ligature tried, whatever was said of it.
  ...['rope', 'jump rope', 'cord', 'belt', 'scarf', 'sheet', 'shoelace', 'charger cord', 'ligature'].flatMap((thing) => ['his', 'her', 'my', 'their'].map((whose) => `${thing} around ${whose} neck`)),
  // "it'd be easier not to wake up": not waking, wished for as the easier way.
  'easier not to wake up', 'easier to not wake up', 'better not to wake up', 'better to not wake up', 'easier not to be here', 'easier not to be alive',
  // ('"just let me die, leave me alone"': asking to be let die is a wish to be dead.)
  'let me die', 'just let me die', 'let her die', 'let him die',
  // ('"it would've been easier to just die inside" - passive': dying, wished for as the easier way.)
  'easier to just die', 'easier to die', 'easier to be dead', 'easier to just be dead', 'easier if i died', 'easier if i was dead', 'easier if i were dead', 'easier if i just died',
  // "some days I don't see the point of being here anymore": no point in staying alive.
  'point of being here', 'point in being here', 'point of being alive', 'point in being alive',
  // "it would be better if I was dead", "better if I just died": being dead, wished for as the better outcome.
  ...['i', 'she', 'he', 'they'].flatMap((who) => [`better if ${who} was dead`, `better if ${who} were dead`, `better if ${who} died`, `better if ${who} just died`, `better if ${who} was gone`, `better if ${who} were gone`, `better if ${who} wasn't alive`, `better if ${who} weren't alive`]),
  // ("everyone would be better off if I hadn't survived the crash", "wishes she had died in the crash": surviving, regretted, is a wish to be dead.)
  ...['i', 'she', 'he', 'they'].flatMap((who) => [`if ${who} hadn't survived`, `if ${who} had not survived`, `if ${who} didn't survive`, `if ${who} did not survive`, `if ${who} had died`, `wish ${who} had died`, `wish ${who}'d died`, `wish ${who} hadn't survived`, `wishes ${who} had died`, `wishes ${who} hadn't survived`, `wished ${who} had died`]),
  "i should have died", "i should've died", 'i should have died too', 'should have let me die',
  // "you'd all be better off if I wasn't around"
  "better off if i wasn't around", "better off if i weren't around", 'better off if i was not around', 'better off without me',
  // ('a note saying "I wish I was never born, everyone would be better without me"': never having been born, wished for.)
  'better without me', 'wish i was never born', 'wish i were never born', 'wish i had never been born', "wish i'd never been born", 'wishes she was never born', 'wishes he was never born', 'wishes she had never been born', 'wishes he had never been born',
  // "it would be easier if I just wasn't around", "easier if I wasn't here": not being here, wished for as relief.
  ...['i', 'she', 'he', 'they'].flatMap((who) => ['wasn\'t', 'weren\'t', 'was not', 'were not'].flatMap((not) => ['around', 'here', 'alive'].flatMap((where) => [`easier if ${who} ${not} ${where}`, `easier if ${who} just ${not} ${where}`]))),
  // Others better off without the client: "everyone would be better off if he just wasn't around"
  // "told her 'yall would be better off'": the family addressed, better off without him.
  'yall would be better off', "y'all would be better off", "y'all'd be better off", 'you all would be better off', "you'd all be better off", 'you would all be better off', 'you guys would be better off',
  'everyone would be better off', 'everybody would be better off', "everyone'd be better off", 'they would be better off', "they'd be better off", 'family would be better off', 'kids would be better off',
  // ("has been saying if she goes I'm going with her", of a dying wife, with a handgun at home): dying with the one who dies.
  ...[['she', 'her'], ['he', 'him']].flatMap(([who, whom]) => ['if', 'when', 'once'].flatMap((lead) => ['goes', 'dies', 'passes', 'is gone'].flatMap((end) => ["i'm going with", 'i am going with', "i'll go with", 'i will go with', "i'm going too", 'i am going too'].map((act) => `${lead} ${who} ${end} ${act}${act.endsWith('too') ? '' : ` ${whom}`}`)))),
  // "I'd rather be dead than live like this"
  "i'd rather be dead", 'i would rather be dead', 'rather be dead than', "he'd rather be dead", "she'd rather be dead", 'would rather be dead',
  // Not missed: "nobody would notice if I was gone"
  'nobody would notice if i', 'no one would notice if i', 'nobody would miss me', 'no one would miss me', 'nobody would care if i', 'no one would care if i', 'nobody would even notice', 'no one would even notice',
  // Worth more dead: "the family would be 'better off with the insurance money'"
  ...['the', 'my', 'his', 'her'].flatMap((whose) => [`better off w ${whose} insurance`, `better off w/ ${whose} insurance`]),
  'better off with the insurance', 'better off with my insurance', 'better off with his insurance', 'better off with her insurance', 'better off with the life insurance', 'better off with my life insurance', 'better off with his life insurance', 'better off with her life insurance', 'worth more dead', 'worth more to them dead',
  // ("I'm old, I'm ready to go be with Irene whenever God wants": ready to die, to join the one who died.)
  // Quoted in Spanish: "me quiero morir", "ya no quiero vivir" (I want to die, I don't want to live any more).
  'me quiero morir', 'quiero morirme', 'ya no quiero vivir', 'no quiero vivir',
  'ready to die', 'ready to go be with', 'ready to be with him again', 'ready to be with her again', 'ready to go home to the lord', 'ready to meet my maker',
  // A wish to be taken: "I pray the Lord just takes me in my sleep"
  // "sometimes I just want to go to sleep and be done": sleep wished for as an end.
  ...['go to sleep', 'fall asleep'].flatMap((sleep) => [`${sleep} and be done`, `${sleep} and not wake up`, `${sleep} and never wake up`]), 'done with living', 'done with life',
  'takes me in my sleep', 'take me in my sleep', 'took me in my sleep', 'lord just took me', 'lord took me', 'god just took me', 'god took me',
  // "I wouldn't mind if I didn't wake up": a death not minded is a wish for it.
  ...['i', 'she', 'he', 'they'].flatMap((who) => ["wouldn't matter if", 'would not matter if', "wouldn't care if", "wouldn't mind if", 'would not mind if'].flatMap((lead) => [`${lead} ${who} didn't wake up`, `${lead} ${who} did not wake up`, `${lead} ${who} died`])),
  // ("Some days I wish I'd gone with him", "sometimes I wish I was with him", of a child or spouse who died): a wish to be
  // with the dead is a wish to be dead, for the clinician to weigh.
  ...['i', 'she', 'he'].flatMap((who) => ["'d gone with", ' had gone with', ' was with', ' were with', ' could be with', ' could go be with', ' could join'].flatMap((v) => ['him', 'her', 'them'].map((whom) => `wish ${who}${v} ${whom}`))),
  // ("he wishes God would just take him"): the wish to be taken, told of the client.
  ...['god', 'lord'].flatMap((who) => ['would just take', 'would take', 'to just take', 'to take'].flatMap((v) => ['him', 'her', 'them'].map((whom) => `${who} ${v} ${whom}`))),
  "wouldn't mind if i died", "wouldn't mind dying", "wouldn't mind if i didn't wake up", "wouldn't mind not waking up", "wouldn't mind if i was gone", 'would not mind dying', 'lord just takes me', 'lord takes me', 'lord would take me', 'lord take me', 'god just takes me', 'god takes me', 'god would take me', 'god take me',
];

/** Others better off without the client: a burden felt, said beside "SI", is no kind of ideation (C-SSRS item 1 is the
 * wish to be dead itself), so it never makes a bare "SI" passive. */
export const BURDEN_WORDS = /\b(?:better off(?: without (?:me|him|her|them))?|better without me|(?:nobody|no one) would (?:miss|notice|care)|worth more(?: to them)? dead|better off (?:with|w\/?) (?:the|my|his|her) (?:life )?insurance)\b/;

/** Medication a client may save up to overdose on ("saving his oxycodone"). */
export const SAVED_MEDICATIONS = ['oxycodone', 'hydrocodone', 'percocet', 'vicodin', 'xanax', 'klonopin', 'ativan', 'ambien', 'seroquel', 'quetiapine', 'lithium', 'tylenol', 'insulin', 'sleeping pills', 'night pills', 'meds', 'medication', 'medications', 'pills', 'pain pills', 'painkillers', 'zoloft', 'sertraline', 'prozac', 'trazodone', 'benadryl', 'advil', 'aspirin', 'valium', 'adderall', 'fluoxetine', 'lorazepam', 'clonazepam', 'alprazolam', 'gabapentin', 'lamotrigine', 'lamictal', 'depakote', 'bupropion', 'wellbutrin', 'amitriptyline', 'propranolol', 'tramadol', 'methadone', 'buspirone', 'mirtazapine', 'ibuprofen', 'acetaminophen', 'motrin', 'aleve', 'tablets', 'nyquil', 'excedrin'];
/** Whose pills a planned overdose takes: the client's own, a relative's, a roommate's. */
const WHOSE_PILLS = ['her', 'his', 'my', 'their', 'her own', 'his own', 'my own', "her mother's", "his mother's", "her mom's", "his mom's", "her dad's", "his dad's", "her roommate's", "his roommate's", "my roommate's", "her husband's", "his wife's", "her partner's", "his partner's", "her sister's", "his brother's", "her grandmother's", "his grandmother's"];

/** Methods aimed at the self, said as idioms (each is also an active marker below). */
const SELF_AIMED_IDIOMS = [
  // Walking into traffic: "going to walk in front of the bus tonight"
  'walk in front of', 'walking in front of', 'step out in front of', 'run in front of', 'walk into traffic', 'walking into traffic',
  // Idioms of shooting oneself: "might as well eat a bullet"
  'eat a bullet', 'eat my gun', 'eat his gun', 'blow my brains out', 'blow his brains out', 'put a gun to my head', 'put a bullet in my head',
];

/**
 * A ligature told as what the client would do ("says he'd tear the sheet and tie it off the vent", "rip up my shirt and hang
 * it from the bunk"): hanging named by its means and where it is fixed. Regex source.
 */
export const LIGATURE_TOLD = String.raw`\b(?:tear|tearing|tore|rip|ripping|ripped|use|using|make|making)\s+(?:up\s+)?(?:the|a|my|his|her|their)\s+(?:sheets?|blankets?|towels?|shirt|smock|shoelaces?|cords?|pant legs?)\b[^.;"]{0,40}?\b(?:tie|tying|tied|hang|hanging|loop|looping)\s+(?:it|them|myself|himself|herself|themselves)?\s*(?:off|to|from|around|on)\s+(?:the|a|my|his|her|their)\s+(?:vent|door|bunk|bed|rail|light|sprinkler|pipe|window|bars|neck)\b`;

/**
 * A death by a car driven off, or a fall from, a high place, with the place's own name between ("a plan to drive his car off the
 * Route 9 overpass", "jump from the Elm St parking garage"): the phrase lists above cannot hold every name. Regex source.
 */
export const DRIVE_OR_JUMP_FROM = String.raw`\b(?:drive|driving|drove|steer|steering|swerve|swerving)\s+(?:(?:his|her|their|my|the)\s+(?:car|truck|ute|pickup|vehicle|suv|van)\s+)?into\s+(?:the\s+|a\s+|an\s+|oncoming\s+)?(?:[\w-]+\s+){0,2}?(?:road trains?|trucks?|semis?|semi-trucks?|eighteen-wheelers?|oncoming traffic)\b|\b(?:drive|driving|drove|steer|steering|swerve|swerving)\s+(?:(?:his|her|their|my|the)\s+(?:car|truck|pickup|vehicle|suv|van)\s+)?off\s+(?:of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:overpass|bridge|cliff|ravine|canyon|embankment|dam|pier)\b|\b(?:jump|jumping)\s+(?:off|from)\s+(?:of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:overpass|bridge|building|roof|rooftop|parking garage|parking structure|cliff|dam|tower|balcony)\b`;

/** ("sometimes he wishes he was dead", "wishes he were not alive"): a wish to be dead, in any of its tenses and persons. */
const WISHED_DEAD = ['wish', 'wishes', 'wished', 'wishing'].flatMap((w) => ['she', 'he', 'they', 'i'].flatMap((who) => ['was dead', 'were dead', 'was not alive', 'were not alive', "wasn't alive", "weren't alive", 'was never born', 'had never been born', 'could die', 'would die'].map((what) => `${w} ${who} ${what}`)));
export const SI_TERMS = [
  // "plan is to hang", "plan to overdose": the way named as the plan, said without the word suicide.
  ...['plan is to', 'plan to', 'planning to', 'plans to', 'plan was to', 'planned to'].flatMap((lead) => ['hang', 'overdose', 'jump', 'shoot himself', 'shoot herself', 'shoot myself', 'drown', 'cut her wrists', 'cut his wrists'].map((way) => `${lead} ${way}`)),
  'better off gone', "be better off if i wasn't here", 'better off if i was gone', 'better off if i were gone',
  // ("Asked directly about wanting to hurt self or die - pt denied both": wanting to die, asked beside self-harm.)
  'hurt self or die', 'hurt herself or die', 'hurt himself or die', 'hurt themselves or die', 'hurt yourself or die', 'hurting self or dying',
  // ("thought about eating my gun last night"): a veteran's words for shooting oneself.
  ...['eat', 'eating', 'ate', 'eats'].flatMap((v) => ['my gun', 'his gun', 'her gun', 'their gun', 'a gun', 'the gun', 'my pistol', 'his pistol', 'my rifle', 'his rifle', 'my weapon', 'his weapon', 'a bullet', 'my .45', 'my 9'].map((what) => `${v} ${what}`)),
  // Jotted after a screen or in an SI line: "so active thoughts no plan no intent"
  'active thoughts', 'passive thoughts',
  'suicidal ideation', 'suicidal thoughts', 'suicidal thinking', 'thoughts of suicide', 'suicidality', 'suicidal', 'suicide',
  'thoughts of killing', 'kill herself', 'kill himself', 'kill themselves', 'kill myself', 'end her life', 'end his life',
  // Quoted in Spanish: "me voy a matar", "quiero matarme" (I'm going to kill myself, I want to kill myself).
  'me voy a matar', 'voy a matarme', 'me quiero matar', 'quiero matarme',
  'end their life', 'end my life', 'death wish', 'death wishes', 'wish to be dead', 'wishes to be dead', 'wished to be dead', 'wish she was dead',
  'wish to die', 'wishes to die', 'wished to die',
  // "has a bottle of his oxycodone ... was planning to take all of it tonight": an overdose planned, said without the word suicide.
  // ("he's been thinking about taking his pills - has a full bottle ... 'picked Sunday'": taking one's pills, thought of, is the act.)
  ...['thinking about', 'thought about', 'thinks about', 'thinking of', 'thought of'].flatMap((lead) => ['his', 'her', 'my', 'their'].map((whose) => `${lead} taking ${whose} pills`)),
  ...['planning to', 'planned to', 'plans to', 'plan to', 'going to', 'gonna', 'wanted to', 'wants to', 'thinking about', 'thought about'].flatMap((lead) => ['take all of it', 'take all of them', 'take them all', 'take the whole bottle', 'take all her pills', 'take all his pills', 'take all my pills', 'taking all of it', 'taking all of them', 'taking them all', 'taking the whole bottle', 'take all his', 'take all her', 'take all my', 'take all their'].map((act) => `${lead} ${act}`)).filter((term) => !/^(?:thinking about|thought about) take|^(?:planning to|planned to|plans to|plan to|going to|gonna|wanted to|wants to) taking/.test(term)),
  // "urge to die went from 9 to 5": the urge to die, rated, as DBT programs track it.
  'urge to die', 'urges to die', 'urge to kill myself', 'urge to kill herself', 'urge to kill himself',
  'wish he was dead', 'wishes she were dead', 'wishes he were dead', 'better off dead', 'not wake up', "wouldn't wake up",
  ...WISHED_DEAD,
  'would not wake up', 'not be here', 'not being here', 'not want to live', 'not wanting to live', 'wants to die', 'want to die',
  'want to be dead', 'wants to be dead', 'wanted to be dead', 'wanting to be dead',
  // ("told his girlfriend he was going to cut his wrists with a box cutter"): cutting one's wrists, planned or threatened, is a way of dying.
  ...['going to', 'gonna', 'planning to', 'plans to', 'planned to', 'threatened to', 'wants to', 'wanted to', 'would'].flatMap((lead) => ['his', 'her', 'my', 'their'].flatMap((whose) => [`${lead} cut ${whose} wrists`, `${lead} slit ${whose} wrists`])),
  'not waking up', 'not wake up', 'wanting to die', 'wanted to die', 'thoughts of death', 'thoughts of dying', 'wishing she were dead',
  // ("he's been thinking about dying every day since Friday": thoughts of dying, said in plain words, are death ideation to assess.)
  'thinking about dying', 'thinks about dying', 'thought about dying', 'thinking of dying', 'thoughts about dying', 'thinking about death', 'thoughts about death', 'wishing he were dead', 'wishes she were dead',
  'wishes he were dead', 'wished she were dead', 'wish i were dead', 'wish i was dead', 'could disappear', "wasn't here", 'was not here', "wasn't around", 'was not around', "weren't around", 'were not around',
  // Grief: a wish to join the one who died ("denies any thoughts of wanting to join him").
  'wanting to join him', 'wanting to join her', 'wants to join him', 'wants to join her', 'wanted to join him', 'wanted to join her', 'wish to join him', 'wish to join her', 'thoughts of joining him', 'thoughts of joining her',
  // ("was going to end it tonight" with a rifle in the truck: the act named with the hour, never a relationship ended "with" someone.)
  'end it tonight', 'end it today', 'end it this weekend', 'end it all tonight',
  // ("maybe I should just go out to the barn and end it": ending it, said as a wish, or at a place gone to for it.)
  'could just end it', "i'll just end it",
  // ('"keeps saying he's going to end it" at meals': ending it, said as what he will do.)
  'going to end it', 'gonna end it',
  ...['barn', 'garage', 'woods', 'lake', 'river', 'bridge', 'truck', 'shed', 'basement', 'field'].map((place) => `${place} and end it`),
  // ('"I'm going to end this myself"': ending it oneself, said of one's life in an illness.)
  'end this myself', 'end it myself', 'end things myself', 'end my own life',
  // ('has his hunting rifle in the truck and "knows how to end it"': knowing the way to end it is a way thought of.)
  'how to end it', 'way to end it', 'how to end things',
  // ('"sometimes I think I should just end it"': ending it, said as what one should do.)
  'should just end it', 'just end it all',
  // ('"I want it to be over tonight"', a gun in hand: wanting it over is wanting life over.)
  // (A case or a marriage may be "over": only "all", or tonight, makes it a life.)
  'want it all to be over', 'wants it all to be over', 'wanted it all to be over', 'want it to be over tonight', 'wants it to be over tonight', 'wanted it to be over tonight',
  'ending it', 'end it all', "going to finish it", 'gonna finish it', "i'll finish it", 'finish it all', 'ending her life', 'ending his life', 'ending their life', 'kill myself', 'better off without me', 'better off without them',
  'active ideation', 'passive ideation', 'ideation with plan', 'ideation with intent',
  ...PASSIVE_WISHES,
  ...SELF_AIMED_IDIOMS,
  // Driving as the method: "I keep thinking about just driving into the median", "has thought about which overpass".
  ...['driving into', 'drive into', 'drove into', 'steer into', 'steering into', 'swerve into', 'swerving into', 'veer into', 'veering into'].flatMap((v) => ['the median', 'a median', 'oncoming', 'traffic', 'a wall', 'the wall', 'a pole', 'a truck', 'a semi', 'the guardrail', 'a guardrail', 'the barrier', 'the river', 'the lake', 'the ocean', 'an overpass', 'the overpass', 'a bridge', 'the bridge'].map((what) => `${v} ${what}`)),
  // ("sometimes I think about just driving the car into the lake": the car named between the verb and where it goes.)
  ...['driving', 'drive', 'drove', 'steer', 'steering'].flatMap((v) => ['the car', 'my car', 'her car', 'his car', 'the truck', 'my truck', 'her truck', 'his truck'].flatMap((car) => ['into the lake', 'into the river', 'into the ocean', 'into a tree', 'into a wall', 'into traffic', 'into oncoming traffic', 'off the road', 'off a bridge', 'off the bridge', 'off a cliff'].map((to) => `${v} ${car} ${to}`))),
  // ("she'd probably use her car in the garage", "run the truck in the garage"): carbon monoxide, the car left running shut in.
  ...['use', 'run', 'running', 'start', 'sit in'].flatMap((v) => ['her car', 'his car', 'my car', 'the car', 'her truck', 'his truck', 'the truck'].map((car) => `${v} ${car} in the garage`)), 'carbon monoxide', 'car exhaust',
  // ('told her Sunday he "might as well end it"'): ending it, said as what might as well be done.
  'might as well end it', 'may as well end it', 'might as well just end it', 'may as well just end it',
  'which overpass', 'which bridge', 'off an overpass', 'off the overpass', 'off a bridge', 'off the bridge', 'off a building', 'off the roof', 'off a parking garage',
  // Method or preparation named without the word "suicide"
  'driving into a tree', 'drive into a tree', 'driving off', 'drive off a bridge', 'crash the car', 'crashing the car', 'jumping off', 'jump off',
  'overdosing', 'overdose on', 'jump from', 'jumping from', 'jump in front of', 'step in front of', 'hang myself', 'hanging myself', 'shoot myself', 'take all the pills', 'take all my pills', 'pills saved up',
  'saving pills', 'stockpiling', 'stockpiled',
  // A ligature made or planned ("thinking about tearing the hem of the smock to make a ligature"): a method in a watch cell or on a unit.
  // ("found by CO tying a sheet strip to the vent grate": a ligature being tied to a fixture in a cell.)
  ...['tying', 'tied', 'tie'].flatMap((v) => ['a sheet', 'a sheet strip', 'a strip of sheet', 'a torn sheet', 'a towel', 'a shirt', 'a shoelace', 'a cord', 'a blanket strip'].map((what) => `${v} ${what} to the`)),
  'make a ligature', 'making a ligature', 'made a ligature', 'fashion a ligature', 'fashioned a ligature', 'tie a ligature', 'tied a ligature', 'make a noose', 'making a noose', 'made a noose', 'tie a noose',
  // A bereaved client's wish to be reunited in death: passive ideation.
  'go to sleep and be with', 'go to sleep and not wake', 'go to sleep forever', 'sleep forever', 'be with him in heaven', 'be with her in heaven',
  'join him in heaven', 'join her in heaven', 'be with him again', 'be with her again',
  // "sometimes I just want to be with my dad" (after his death): a wish to be reunited in death, passive.
  ...['dad', 'mom', 'father', 'mother', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'grandma', 'grandpa', 'baby'].flatMap((who) => [`just want to be with my ${who}`, `just wants to be with her ${who}`, `just wants to be with his ${who}`, `just wanted to be with my ${who}`]),
  // An overdose planned or imagined without the word "suicide": "planned to take a bottle of tylenol tonight".
  'planned to overdose', 'plan to overdose', 'planning to overdose', 'going to overdose', 'bottle of tylenol', 'bottle of acetaminophen', 'bottle of advil',
  'bottle of ibuprofen', 'bottle of pills', 'handful of pills', 'take a bottle of', 'taking a bottle of', 'swallow a bottle of',
  // (Never "all her pills" alone: "at home with all her pills lined up" tells an act, with no ideation said; the taking verbs below carry it.)
  // "sometimes I think about taking all my pills": every whose and every word for the pills.
  // ("gave him all his meds in a pillbox" is no overdose: the taking verb is part of the term.)
  ...['take', 'taking', 'took', 'swallow', 'swallowing', 'swallowed'].flatMap((verb) => ['all', 'all of'].flatMap((all) => ['my', 'her', 'his', 'their', 'the'].flatMap((whose) => ['pills', 'meds', 'medications', 'medicine', 'sleeping pills'].map((what) => `${verb} ${all} ${whose} ${what}`)))),
  // "stated plan to take her mother's oxycodone tonight": a plan to take someone's pills is a method planned.
  // ("planning to take her roommate's adderall and her own sertraline tonight": anyone's pills, the client's own too.)
  ...['plan to take', 'planned to take', 'planning to take', 'plans to take'].flatMap((verb) => WHOSE_PILLS.flatMap((whose) => SAVED_MEDICATIONS.map((drug) => `${verb} ${whose} ${drug}`))),
  // ("thinking about taking all his lamotrigine": all of a named medicine, taken at once.)
  ...['take', 'taking', 'swallow', 'swallowing'].flatMap((verb) => ['her', 'his', 'their', 'my'].flatMap((whose) => SAVED_MEDICATIONS.map((drug) => `${verb} all ${whose} ${drug}`))),
  // "thinking about taking the rest of her Seroquel": what is left of a prescription, taken at once.
  ...['take', 'taking', 'took', 'swallow', 'swallowing'].flatMap((verb) => ['her', 'his', 'their', 'my'].flatMap((whose) => SAVED_MEDICATIONS.map((drug) => `${verb} the rest of ${whose} ${drug}`))),
  // "has been saving his oxycodone ... planned to take them tonight": pills saved, then a plan to take "them".
  'planned to take them', 'plans to take them', 'planning to take them', 'plan to take them', 'going to take them all', 'take them all', 'take all of them',
  // "she was going to take all of mom's Zoloft": a whole bottle, anyone's, taken at once.
  ...['take all of', 'take all'].flatMap((verb) => ['her', 'his', 'my', "mother's", "her mother's", "his mother's", "father's", 'the'].flatMap((whose) => SAVED_MEDICATIONS.map((drug) => `${verb} ${whose} ${drug}`))),
  // ("I've been saving up my night pills, I got enough now to do it".)
  ...['saving', 'saving up', 'hoarding', 'stockpiling', 'collecting', 'saved up', 'hoarded'].flatMap((act) => ['his ', 'her ', 'their ', 'my ', ''].flatMap((whose) => SAVED_MEDICATIONS.map((drug) => `${act} ${whose}${drug}`))),
  // A method aimed at the self: "thinking about shooting himself", "hang herself".
  ...['shoot', 'shooting', 'hang', 'hanging', 'drown', 'drowning', 'poison', 'poisoning', 'stab', 'stabbing', 'suffocate', 'suffocating', 'gas'].flatMap((v) => ['herself', 'himself', 'themselves', 'myself'].map((self) => `${v} ${self}`)),
  // Hopelessness about living said as such ("I don't see the point anymore"): passive unless a plan is named.
  "don't see the point anymore", 'do not see the point anymore', "doesn't see the point anymore", 'does not see the point anymore', "didn't see the point anymore", 'did not see the point anymore', 'notice if i was gone', 'notice if i were gone', 'care if i was gone', 'care if i were gone', 'miss me if i was gone', 'no point in living', 'no reason to live', 'no reason to keep living', "what's the point of living", 'point of living',
  'thinking about suicide', 'killing himself', 'killing herself', 'killing themselves', 'killing myself', 'killing self', 'kill self', 'wanted to die', "don't want to live", "don't want to be here", "don't want to be alive", 'do not want to be here', "doesn't want to be here", 'does not want to be here', "didn't want to be here", 'did not want to be here',
];
/** Ideation without thoughts of acting (section 6.1). */
export const PASSIVE_MARKERS = [...PASSIVE_WISHES, ...WISHED_DEAD, 'just want to be with', 'just wants to be with', 'just wanted to be with', 'join him', 'join her', 'joining him', 'joining her', 'want to be here', 'if i was gone', 'if i were gone', "don't see the point anymore", 'do not see the point anymore', 'no point in living', 'no reason to live', 'no reason to keep living', "what's the point of living", 'point of living', 'go to sleep and be with', 'go to sleep and not wake', 'go to sleep forever', 'sleep forever', 'be with him in heaven', 'be with her in heaven', 'join him in heaven', 'join her in heaven', 'be with him again', 'be with her again', 'wants to die', 'want to die', 'wanted to die', 'wanting to die', 'want to be dead', 'wants to be dead', 'wanted to be dead', 'wanting to be dead', 'better off gone', 'better off if i was gone', 'better off if i were gone', "better off if i wasn't here", 'passive', 'passive ideation', 'better off without me', 'better without me', 'never born', 'never been born', 'better off without them', 'better off if', "wasn't around", 'was not around', 'not around', 'not waking up', 'thoughts of death', 'thoughts of dying', 'thinking about dying', 'thinks about dying', 'thought about dying', 'thinking of dying', 'thoughts about dying', 'thinking about death', 'thoughts about death', 'wishing she were dead', 'wishing he were dead', 'wish i were dead', 'wish i was dead', 'could disappear', "wasn't here", 'was not here', 'wished she were dead', 'wish to be dead only', 'death wish', 'death wishes', 'wish to be dead', 'wishes to be dead', 'wished to be dead', 'wish she was dead', 'wish he was dead', 'wishes she were dead', 'wishes he were dead', 'better off dead', 'not wake up', "wouldn't wake up", 'would not wake up', 'not be here', 'not being here', 'not want to live', 'not wanting to live'];
/** Thinking of a way to act (C-SSRS item 3): active ideation, even beside a wish to be dead. */
export const METHOD_CONSIDERED = ['thinking of ways', 'think about ways', 'think of ways', 'thinks about ways', 'thinks of ways', 'thinking about ways', 'thought about ways', 'thought of ways', 'thoughts of ways', 'ways to kill', 'ways to end', 'ways to die', 'looked up ways', 'researched ways', 'researching ways', 'looking up ways', 'thinking about how to', 'thought about how to', 'thinking of how to'];
/** "sometimes thinks about driving into the guardrail": a way of dying thought of, with or without a plan. */
// ("thinking about just not waking up, and sometimes about driving into the river": a second thought in the same breath;
// "thinking about just using a whole bunch and not waking up": an overdose of the drug used, thought of.)
export const METHOD_THOUGHT = /\b(?:think|thinks|thought|thinking|thoughts)\s+(?:about|of)\s+(?:[^.;"]{0,50}?,?\s+(?:and|or)\s+(?:sometimes\s+|also\s+|even\s+)?(?:about|of)\s+)?(?:just\s+)?(?:driving (?:into|off)|jumping|overdosing|(?:using|taking|shooting up|doing)\s+(?:a whole bunch|a bunch|a lot|too much|too many|all of it|the whole (?:bag|gram|bottle|thing))|taking (?:all|them all|all of them|a bottle|a handful|the rest of|the whole bottle)|hanging|shooting|cutting (?:her|his|their|my) wrists|crashing|walking into traffic|stepping in front|ways)\b/;
export const ACTIVE_MARKERS = ['me voy a matar', 'voy a matarme', 'me quiero matar', 'quiero matarme', 'shoot', 'end it tonight', 'end it today', 'end it this weekend', 'taking his pills', 'taking her pills', 'taking my pills', 'taking their pills', ...METHOD_CONSIDERED, ...SELF_AIMED_IDIOMS, 'hang herself', 'hang himself', 'hanging herself', 'hanging himself', 'drown', 'poison', 'suffocat', 'active', 'active ideation', 'driving into', 'drive into', 'jumping off', 'jump off', 'overdos', 'hang myself', 'shoot myself', 'pills saved up', 'saving pills', 'stockpil', 'the rest of her', 'the rest of his', 'the rest of my', 'the rest of their', 'ending her life', 'ending his life', 'kill myself', 'end it all', 'finish it', 'plan to', 'planned to', 'jump from', 'jumping from', 'planning to', 'bottle of', 'handful of pills', 'all her pills', 'all his pills', 'with plan', 'with a plan', 'with intent', 'plan to kill', 'thoughts of killing', 'kill herself', 'kill himself', 'kill themselves', 'end her life', 'end his life', 'end their life', 'attempt', 'rehears', 'stockpil', 'ligature', 'noose', 'saving up', 'saved up', 'hoarding', 'hoarded', 'enough now to do it', 'enough to do it',
  // ("saving them for about 4 days ... was going to take them all tonight": the pills saved, and the night set.)
  'take them all tonight', 'take all of them tonight', 'take them all at once', 'take all of them at once'];

/** People a threat can name by who they are to the client ("going to kill his neighbor"). */
const PEOPLE_AIMED_AT = [...CLOSE_PEOPLE, ...DATING_PARTNERS, 'neighbor', 'neighbour', 'roommate', 'boss', 'coworker', 'co-worker', 'supervisor', 'manager', 'landlord', 'ex', 'ex-wife', 'ex-husband', 'ex-boyfriend', 'ex-girlfriend', 'teacher'];

export const HI_TERMS = [
  // A threat to kill or hurt someone, as said
  'kill him', 'kill her', 'kill them', 'kill you', 'kill that guy', 'kill my', 'hurt him', 'hurt her', 'hurt them',
  // ("says he is going to kill his neighbor": the one named by who they are to the client.)
  ...['kill', 'hurt', 'stab', 'shoot', 'strangle', 'choke'].flatMap((v) => ['his', 'her', 'their'].flatMap((whose) => PEOPLE_AIMED_AT.map((who) => `${v} ${whose} ${who}`))),
  // "going to his house and beating the shit out of him": a beating as it is said.
  ...['beat', 'beating', 'kick', 'kicking', 'knock', 'knocking'].flatMap((v) => ['shit', 'crap', 'hell', 'life'].flatMap((what) => ['him', 'her', 'them'].map((who) => `${v} the ${what} out of ${who}`))),
  // "thoughts of hurting themselves or each other": partners' harm to one another.
  'hurting each other', 'hurt each other', 'harming each other', 'harm each other', 'themselves or each other', 'themselves or others', 'herself or others', 'himself or others', 'self or others',
  'wanting to hurt', 'wants to hurt', 'wanted to hurt', 'want to hurt', 'thoughts of hurting', 'thoughts of harming', 'urge to hurt', 'urges to harm', 'thoughts of killing','homicidal ideation', 'homicidal', 'thoughts of harming others', 'thoughts of hurting others', 'violent thoughts toward',
  // "doesn't want to kill anyone and wouldn't really": harm to anyone, said or denied.
  'kill anyone', 'kill anybody', 'hurt anyone', 'hurt anybody', 'harm anyone', 'harm anybody',
  // ("thoughts of suicide or hurting anyone": the second thing asked about, after the first.)
  ...['hurting', 'harming'].flatMap((v) => ['anyone', 'anybody', 'others', 'someone else'].map((who) => `or ${v} ${who}`)),
  // A caregiver's thought of ending the life of the person cared for: "easier if I just gave him all his pills at once".
  ...['give', 'gave', 'giving'].flatMap((v) => ['him all his', 'her all her', 'him all of his', 'her all of her'].flatMap((whose) => ['pills', 'meds', 'medications'].flatMap((what) => [`${v} ${whose} ${what} at once`, `${v} ${whose} ${what} at one time`]))),
  'put him out of his misery', 'put her out of her misery', 'smother him', 'smother her',
  // ("J denies any intent or desire to harm brother", "no intent to hurt his little sister": the one named by who they are,
  // with or without whose.)
  ...['harm', 'hurt', 'harming', 'hurting'].flatMap((v) => ['', 'his ', 'her ', 'their '].flatMap((whose) => ['', 'younger ', 'little ', 'older '].flatMap((age) => PEOPLE_AIMED_AT.map((who) => `${v} ${whose}${age}${who}`)))),
  // Perinatal screening: "denies any urges or intent to harm baby".
  ...['harm', 'hurt', 'harming', 'hurting'].flatMap((v) => ['baby', 'the baby', 'her baby', 'his baby', 'my baby', 'their baby', 'the infant', 'her infant', 'infant', 'newborn', 'the newborn'].map((who) => `${v} ${who}`)),
  // "thoughts of hurting herself or him": the other person named after the self
  ...['herself', 'himself', 'themselves', 'myself', 'self'].flatMap((self) => ['hurting', 'harming', 'killing'].flatMap((v) => [`thoughts of ${v} ${self} or him`, `thoughts of ${v} ${self} or her`, `thoughts of ${v} ${self} or them`, `thoughts of ${v} ${self} or others`, `thoughts of ${v} ${self} or anyone`])), 'urges to hurt', 'thoughts of killing him', 'thoughts of killing her', 'danger to others', 'harm to others', 'harming others', 'hurting others',
  // ("I asked directly about suicide and about hurting anyone she said no to both": the question about others, by its words.)
  'about hurting anyone', 'about harming anyone', 'about hurting anybody', 'about hurting other people', 'about hurting someone'];

export const SELF_HARM_TERMS = [
  'self-harm', 'self harm', 'self-harming', 'self-harmed',
  // ("one episode self-cutting at age 16": the act named with its "self-".)
  'self-cutting', 'self-cut', 'self-burning',
  // Self-injury named by its act: "hitting his own head against the wall", "banging her head"
  'hitting his own head', 'hitting her own head', 'hitting their own head', 'banging his head', 'banging her head', 'banging their head', 'self-injury', 'self-injurious behavior', 'non-suicidal self-injury', 'self-destructive',
  'cutting', 'cut herself', 'hurt myself', 'hurting myself', 'harm myself', 'harming myself', 'hurt herself', 'hurt himself', 'hurt themselves', 'hurting herself', 'hurting himself', 'hurting themselves', 'harming herself', 'harming himself', 'harming themselves', 'harm herself', 'harm himself', 'harm themselves', 'harming self', 'hurting self', 'harm to self', 'hurt self',
  // ('urges to "scratch my arms till they bleed"': the client's own words, in the first person.)
  // ("urges to scratch at her residual limb skin": at a limb left after amputation too, and "at" it.)
  ...['her', 'his', 'their', 'my'].flatMap((who) => ['arm', 'arms', 'forearm', 'forearms', 'wrist', 'wrists', 'leg', 'legs', 'thigh', 'thighs', 'stomach', 'skin', 'residual limb', 'stump', 'scalp'].flatMap((part) => [`cut ${who} ${part}`, `cuts ${who} ${part}`, `burned ${who} ${part}`, `scratched ${who} ${part}`, `scratch ${who} ${part}`, `burn ${who} ${part}`, `scratching ${who} ${part}`, `scratches ${who} ${part}`, `burns ${who} ${part}`, `scratch at ${who} ${part}`, `scratching at ${who} ${part}`, `scratched at ${who} ${part}`])), 'cut himself', 'cut themselves', 'cuts herself', 'cuts himself', 'burning herself', 'burning himself',
  'burned herself', 'burned himself', 'hitting herself', 'hitting himself', 'scratching', 'head banging',
  // "urges to burn herself with a lighter", "cut myself": each act with each self.
  ...['cut', 'cuts', 'burn', 'burns', 'burned', 'burnt', 'burning', 'scratch', 'scratched', 'scratches'].flatMap((v) => ['herself', 'himself', 'themselves', 'myself'].map((self) => `${v} ${self}`)),
  // A child's words for hurting himself: "wants to hit himself in the head", "bit her arm".
  ...['hit', 'hits', 'hitting', 'punch', 'punched', 'punching', 'bite', 'bit', 'biting', 'bang', 'banged', 'slap', 'slapped', 'slapping', 'pinch', 'pinched', 'pinching'].flatMap((v) => ['herself', 'himself', 'themselves', 'myself'].map((self) => `${v} ${self}`)),
  // "bit his hand during a meltdown", "biting his own forearm": biting oneself, never a lip bitten.
  ...['bit', 'bites', 'biting', 'bite'].flatMap((v) => ['his', 'her', 'their', 'his own', 'her own', 'their own'].flatMap((who) => ['hand', 'hands', 'arm', 'arms', 'forearm', 'forearms', 'wrist', 'wrists', 'fingers', 'finger'].map((part) => `${v} ${who} ${part}`))),
  ...['hit', 'hits', 'hitting'].flatMap((v) => ['his', 'her', 'their'].map((who) => `${v} ${who} head on`)),
  // "Cut thighs x2 last wk": the act jotted without "her".
  ...['arm', 'arms', 'forearm', 'forearms', 'wrist', 'wrists', 'leg', 'legs', 'thigh', 'thighs', 'stomach'].flatMap((part) => [`cut ${part}`, `cuts ${part}`, `cutting ${part}`, `cut on ${part}`, `cut on her ${part}`, `cut on his ${part}`]),
  // ("she did cut in high school none since": cutting told with when it was, without "herself".)
  ...['did cut'].flatMap((v) => ['in high school', 'in middle school', 'when she was', 'when he was', 'when they were'].map((when) => `${v} ${when}`)),
  // "I wanted to cut but I didn't": the wish to cut, an urge in the client's words.
  'wanted to cut', 'want to cut', 'wants to cut', 'wanting to cut', 'urges to cut', 'urge to cut',
  'bang his head', 'bang her head', 'bangs his head', 'bangs her head', 'banging my head', 'bang my head', 'banged his head', 'banged her head',
  // ("urges to bang head and to cut", "she hit her own head against the wall": said without whose head, or as a past act.)
  'bang head', 'banging head', 'banged head', 'hit her own head', 'hit his own head', 'hit their own head', 'hit my own head',
  // "urges to hit his head against the wall": his own head, struck on something, is self-injury.
  ...['hit', 'hits', 'hitting', 'bang', 'banging', 'slam', 'slamming'].flatMap((v) => ['his', 'her', 'their', 'my'].flatMap((who) => ['against', 'into', 'on'].map((on) => `${v} ${who} head ${on}`))),
  // "Banged head on wall x1 last night": the act jotted without "his".
  ...['banged', 'bang', 'bangs', 'banging', 'hit', 'hits', 'hitting', 'slammed', 'slamming'].flatMap((v) => ['against', 'into', 'on'].map((on) => `${v} head ${on}`)), 'head-banging', 'headbanging',
  // ("Took a handful of tylenol last night, threw up": an ingestion is self-harm whatever its intent, which the clinician states.)
  // (Only of pills or a medicine: "took a bunch of photos" is none.)
  ...['took', 'swallowed', 'ingested'].flatMap((v) => ['a handful of', 'a bunch of', 'a whole bottle of', 'half a bottle of', 'the whole bottle of'].flatMap((amount) => ['her ', 'his ', 'their ', 'my ', ''].flatMap((whose) => SAVED_MEDICATIONS.map((med) => `${v} ${amount} ${whose}${med}`)))),
  // "denies any current cuts", "no new cuts": cuts named without where they are.
  ...['current', 'any', 'new', 'fresh', 'recent'].map((adj) => `${adj} cuts`),
  // "fresh scratches L forearm", "new cuts on her wrist": marks of the act, seen by the clinician.
  ...['fresh', 'new'].flatMap((adj) => ['scratches', 'cuts', 'marks'].flatMap((mark) => ['', 'on ', 'on her ', 'on his ', 'left ', 'right '].flatMap((at) => ['arm', 'arms', 'forearm', 'forearms', 'wrist', 'wrists', 'thigh', 'thighs'].map((part) => `${adj} ${mark} ${at}${part}`)))),
];
/** A self-harm mention with one of these is history, not current behaviour. */
export const SELF_HARM_PAST_MARKERS = ['not in the last month', 'not in the past month', 'not in the last few', 'not in the past few', 'not in months', 'not in weeks', 'not recently', 'less', 'fewer', 'reduced', 'decreased', 'no longer', 'stopped cutting', 'stopped self-harm', 'quit cutting', 'quit self-harm', 'clean', 'last cut', 'since stopping', 'months free', 'weeks free', 'free of', 'last self-harm', 'last sh ', 'last episode', 'last incident', 'last time she', 'last time he', 'denies cutting since', 'denied cutting since', 'no cutting since', 'none since'];

// A method named is not a plan (C-SSRS items 3 and 5): "ideation with method" reports no plan.
export const PLAN_TERMS = ['plan', 'planned to', 'planning to', 'planned out', 'had it planned', 'had it all planned', 'going to take them all', 'going to take all', 'gonna take them all'];
export const INTENT_TERMS = ['intent'];
export const MEANS_TERMS = ['means', 'access to', 'firearm', 'firearms', 'gun', 'guns', 'weapon', 'weapons', 'rifle', 'rifles', 'pistol', 'pistols', 'handgun', 'handguns', 'shotgun', 'shotguns', 'revolver', 'revolvers', 'ar-15', 'glock', 'pills', 'tablets', 'stockpile', 'medication stash', 'tylenol', 'acetaminophen'];
export const SAFETY_PLAN_TERMS = [
  // "sister agreed to hold car keys" when the method named was driving: the means held by someone else.
  ...['hold', 'holding', 'keep', 'keeping', 'took', 'take', 'taking'].flatMap((v) => ['car keys', 'the car keys', 'her car keys', 'his car keys', 'their car keys', 'the keys', 'her keys', 'his keys'].map((k) => `${v} ${k}`)),
  'safety plan', 'crisis line', '988', 'crisis resources', 'means restriction', 'means counseling', 'means safety', 'lethal means', 'change the safe code', 'change the code', 'lockbox', 'lock box', 'removed firearm', 'locked up'];
export const PROTECTIVE_TERMS = ['protective:', 'prot:', 'protective factor', 'protective factors', 'reasons for living', 'reason for living', 'future oriented', 'future-oriented'];
