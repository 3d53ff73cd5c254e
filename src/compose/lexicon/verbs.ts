// Verbs the reader recognises at the start of a clause, with their forms, so the writer can
// set tense without a general-purpose tagger. Regular verbs not listed are conjugated by rule.

export interface VerbForms {
  base: string;
  third: string;
  past: string;
  participle: string;
}

/** Irregular verbs seen in session summaries. */
const IRREGULAR: readonly [string, string, string, string][] = [
  ['be', 'is', 'was', 'been'],
  ['have', 'has', 'had', 'had'],
  ['do', 'does', 'did', 'done'],
  ['go', 'goes', 'went', 'gone'],
  ['say', 'says', 'said', 'said'],
  ['feel', 'feels', 'felt', 'felt'],
  ['think', 'thinks', 'thought', 'thought'],
  ['keep', 'keeps', 'kept', 'kept'],
  ['lie', 'lies', 'lay', 'lain'],
  ['freeze', 'freezes', 'froze', 'frozen'],
  ['get', 'gets', 'got', 'gotten'],
  ['come', 'comes', 'came', 'come'],
  ['make', 'makes', 'made', 'made'],
  ['take', 'takes', 'took', 'taken'],
  ['bet', 'bets', 'bet', 'bet'],
  ['give', 'gives', 'gave', 'given'],
  ['find', 'finds', 'found', 'found'],
  ['know', 'knows', 'knew', 'known'],
  ['see', 'sees', 'saw', 'seen'],
  ['tell', 'tells', 'told', 'told'],
  ['teach', 'teaches', 'taught', 'taught'],
  ['build', 'builds', 'built', 'built'],
  ['begin', 'begins', 'began', 'begun'],
  ['bring', 'brings', 'brought', 'brought'],
  ['buy', 'buys', 'bought', 'bought'],
  ['catch', 'catches', 'caught', 'caught'],
  ['choose', 'chooses', 'chose', 'chosen'],
  ['drink', 'drinks', 'drank', 'drunk'],
  ['eat', 'eats', 'ate', 'eaten'],
  ['fall', 'falls', 'fell', 'fallen'],
  ['fight', 'fights', 'fought', 'fought'],
  ['forget', 'forgets', 'forgot', 'forgotten'],
  ['hear', 'hears', 'heard', 'heard'],
  ['hold', 'holds', 'held', 'held'],
  ['hurt', 'hurts', 'hurt', 'hurt'],
  ['leave', 'leaves', 'left', 'left'],
  ['lose', 'loses', 'lost', 'lost'],
  ['mean', 'means', 'meant', 'meant'],
  ['meet', 'meets', 'met', 'met'],
  ['put', 'puts', 'put', 'put'],
  ['read', 'reads', 'read', 'read'],
  ['run', 'runs', 'ran', 'run'],
  ['sit', 'sits', 'sat', 'sat'],
  ['sleep', 'sleeps', 'slept', 'slept'],
  ['speak', 'speaks', 'spoke', 'spoken'],
  ['spend', 'spends', 'spent', 'spent'],
  ['stand', 'stands', 'stood', 'stood'],
  ['wake', 'wakes', 'woke', 'woken'],
  ['write', 'writes', 'wrote', 'written'],
  ['draw', 'draws', 'drew', 'drawn'],
  ['understand', 'understands', 'understood', 'understood'],
  ['set', 'sets', 'set', 'set'],
  ['cut', 'cuts', 'cut', 'cut'],
  ['quit', 'quits', 'quit', 'quit'],
  ['shut', 'shuts', 'shut', 'shut'],
  ['let', 'lets', 'let', 'let'],
  ['can', 'can', 'could', 'could'],
  ['will', 'will', 'would', 'would'],
  ['smoke', 'smokes', 'smoked', 'smoked'],
  ['wind', 'winds', 'wound', 'wound'],
  ['drive', 'drives', 'drove', 'driven'],
  ['ride', 'rides', 'rode', 'ridden'],
  ['throw', 'throws', 'threw', 'thrown'],
  ['hide', 'hides', 'hid', 'hidden'],
  ['break', 'breaks', 'broke', 'broken'],
  ['steal', 'steals', 'stole', 'stolen'],
  ['wear', 'wears', 'wore', 'worn'],
  ['win', 'wins', 'won', 'won'],
  ['shake', 'shakes', 'shook', 'shaken'],
  ['grow', 'grows', 'grew', 'grown'],
  ['fly', 'flies', 'flew', 'flown'],
  ['hang', 'hangs', 'hung', 'hung'],
  ['send', 'sends', 'sent', 'sent'],
  ['pay', 'pays', 'paid', 'paid'],
  ['become', 'becomes', 'became', 'become'],
  ['forgive', 'forgives', 'forgave', 'forgiven'],
  ['sell', 'sells', 'sold', 'sold'],
  ['hit', 'hits', 'hit', 'hit'],
  ['bite', 'bites', 'bit', 'bitten'],
  ['swim', 'swims', 'swam', 'swum'],
  ['sing', 'sings', 'sang', 'sung'],
  ['seek', 'seeks', 'sought', 'sought'],
  ['deal', 'deals', 'dealt', 'dealt'],
  ['dig', 'digs', 'dug', 'dug'],
  ['feed', 'feeds', 'fed', 'fed'],
  ['light', 'lights', 'lit', 'lit'],
  ['stick', 'sticks', 'stuck', 'stuck'],
  ['swear', 'swears', 'swore', 'sworn'],
  ['tear', 'tears', 'tore', 'torn'],
  ['flee', 'flees', 'fled', 'fled'],
  ['weep', 'weeps', 'wept', 'wept'],
  ['bleed', 'bleeds', 'bled', 'bled'],
];

/** Words that end like verbs but are adjectives or nouns in summaries ("need", "red", "bed"). */
const NOT_VERBS = new Set(['means', 'need', 'needs', 'red', 'bed', 'seed', 'feed', 'speed', 'hundred', 'kindred', 'shed', 'wed', 'sled', 'proud', 'tired', 'scared', 'worried', 'bored', 'married', 'divorced', 'depressed', 'stressed', 'overwhelmed', 'frustrated', 'interested', 'motivated', 'guarded', 'subdued', 'agitated', 'animated', 'engaged', 'detached', 'reserved', 'relaxed', 'isolated', 'withdrawn', 'focused', 'informed', 'based', 'related', 'ashamed', 'embarrassed', 'confused', 'exhausted', 'irritated', 'annoyed', 'excited', 'relieved', 'pleased', 'disappointed', 'hurt', 'upset', 'unheard', 'unsupported', 'supported', 'used']);

const byForm = new Map<string, VerbForms>();
for (const [base, third, past, participle] of IRREGULAR) {
  const forms = { base, third, past, participle };
  for (const f of [base, third, past, participle]) if (!byForm.has(f)) byForm.set(f, forms);
}
// The plural forms of "be" ("they were", "both are") are the verb too.
byForm.set('are', { base: 'are', third: 'are', past: 'were', participle: 'been' });
byForm.set('were', { base: 'are', third: 'are', past: 'were', participle: 'been' });

/** Two-syllable verbs stressed on the last syllable double it: prefer -> preferred. */
const DOUBLES = new Set(['prefer', 'refer', 'occur', 'admit', 'commit', 'regret', 'permit', 'omit', 'control', 'transfer', 'compel', 'propel', 'patrol', 'confer', 'defer', 'deter', 'submit', 'equip', 'upset']);

function regularForms(base: string): VerbForms {
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  // One-syllable consonant-vowel-consonant verbs double the last letter: nap -> napped, plan -> planned.
  const doubled = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) || DOUBLES.has(base) ? base + base.at(-1) : base;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${doubled}ed`;
  return { base, third, past, participle: past };
}

/** Forms of a regular verb given any of its forms; the guess is only used for listed verbs. */
export function verbForms(word: string): VerbForms | undefined {
  const w = word.toLowerCase();
  const irregular = byForm.get(w);
  if (irregular) return irregular;
  const known = KNOWN_REGULAR.get(w);
  return known;
}

/** Regular verbs common in summaries, by base form; all their forms are recognised. */
const REGULAR_BASES = [
  // ("I sign fluently", "mom voiced/signed"): signing, in a clinic where sessions are held in a signed language.
  'sign', 'fingerspell', 'caption',
  'report', 'live', 'own', 'store', 'state', 'describe', 'deny', 'endorse', 'note', 'share', 'disclose', 'express', 'admit', 'mention', 'explain', 'identify',
  'want', 'wish', 'try', 'struggle', 'worry', 'continue', 'start', 'stop', 'return', 'miss', 'attend', 'arrive', 'cancel', 'complete',
  'practice', 'use', 'work', 'explore', 'process', 'validate', 'reflect', 'affirm', 'reinforce', 'map', 'link', 'review', 'discuss',
  'introduce', 'provide', 'facilitate', 'guide', 'model', 'role-play', 'challenge', 'reframe', 'assign', 'coach', 'orient', 'invite',
  'interrupt', 'weigh', 'name', 'pick', 'stay', 'remind', 'ask', 'summarize', 'encourage', 'normalize', 'assess', 'screen', 'administer',
  'help', 'support', 'plan', 'agree', 'commit', 'decide', 'refer', 'schedule', 'call', 'talk', 'look', 'notice', 'appear', 'seem', 'present',
  'engage', 'respond', 'participate', 'demonstrate', 'verbalize', 'recognize', 'realize', 'learn', 'improve', 'decrease', 'increase',
  'calm', 'settle', 'cry', 'laugh', 'smile', 'yell', 'argue', 'avoid', 'isolate', 'withdraw', 'drift', 'flush', 'turn', 'decline',
  'pull', 'wake', 'nap', 'cook', 'clean', 'boil', 'walk', 'exercise', 'journal', 'track', 'log', 'rate', 'score', 'tolerate', 'manage',
  'handle', 'cope', 'nap', 'open', 'close', 'warm', 'tear', 'shift', 'soften', 'apologize', 'listen', 'paraphrase', 'rebut', 'storm', 'brace',
  'follow', 'check', 'change', 'move', 'plan', 'worry', 'relapse', 'owe', 'borrow', 'gamble', 'binge', 'purge', 'restrict', 'drink', 'use', 'like', 'love', 'hate',
  'enjoy', 'fear', 'dread', 'complain', 'insist', 'refuse', 'accept', 'allow', 'hope', 'doubt', 'wonder', 'question', 'consider',
  'prefer', 'lean', 'gather', 'collect', 'finish', 'fail', 'pass', 'apply', 'visit', 'watch', 'play', 'rehearse', 'prepare', 'share',
  'connect', 'compare', 'contrast', 'evaluate', 'elicit', 'explore', 'rank', 'order', 'sort', 'list', 'design', 'develop', 'create',
  'update', 'revise', 'confirm', 'coordinate', 'consult', 'document', 'obtain', 'release', 'install', 'desensitize', 'target',
  'scan', 'recheck', 'reassess', 'reprocess', 'ground', 'breathe', 'relax', 'stretch', 'implement', 'utilize', 'conduct', 'lead',
  'prefer', 'occur', 'admit', 'commit', 'regret', 'permit', 'omit', 'control', 'transfer', 'submit',
  // What a young person leaving care does: "aged out at 18", "rents a room from a friend", "couch surfs".
  'age', 'rent', 'lease', 'sublet', 'couch-surf',
  // What a frightened child does, told by a parent: "startles at loud noises", "screams at night".
  'startle', 'scream', 'kick', 'wander', 'tremble',
  // What a grieving client does to herself or others: "blames herself for the coffee she had".
  'blame', 'criticize', 'resent', 'replay', 'second-guess',
];
const KNOWN_REGULAR = new Map<string, VerbForms>();
for (const base of REGULAR_BASES) {
  if (byForm.has(base)) continue;
  const forms = regularForms(base);
  for (const f of [forms.base, forms.third, forms.past]) if (!KNOWN_REGULAR.has(f)) KNOWN_REGULAR.set(f, forms);
}

/** True when a word is a finite verb form (third person or past), not an adjective lookalike. */
export function isFiniteVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_VERBS.has(w)) return false;
  const forms = verbForms(w);
  return !!forms && (w === forms.third || w === forms.past) && w !== forms.base;
}

/** Past-tense verbs a summary writer uses without a subject, unknown to the table ("mapped"). */
export function looksLikePastVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_VERBS.has(w)) return false;
  if (isFiniteVerb(w)) return verbForms(w)?.past === w;
  // ("pt demo'd paced breathing", "ok'd by MD": a clipped past written with an apostrophe.)
  return (/^[a-z]{3,}ed$/.test(w) && !/eed$/.test(w)) || /^(?:demo|ok|cc|od|x)'d$/.test(w);
}

/** Sets the tense of one verb form ("reports" -> "reported"), keeping unknown words as they are. */
export function setTense(word: string, tense: 'past' | 'present'): string {
  const forms = verbForms(word);
  // Modals keep their tense: "will see her weekly" is a plan, never "would see".
  if (!forms || forms.base === 'will' || forms.base === 'can') return word;
  const w = word.toLowerCase();
  if (tense === 'past' && w === forms.third) return matchCase(word, forms.past);
  if (tense === 'present' && w === forms.past && forms.past !== forms.third) return matchCase(word, forms.third);
  return word;
}

function matchCase(original: string, replacement: string): string {
  return original[0] === original[0]?.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The -ing form of a verb's base ("drink" -> "drinking", "use" -> "using", "quit" -> "quitting"). */
export function gerund(base: string): string {
  const b = base.toLowerCase();
  if (/ie$/.test(b)) return `${b.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(b) && b !== 'be') return `${b.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(b) || b === 'quit') return `${b}${b.at(-1)}ing`;
  return `${b}ing`;
}

/** How a clinician interviews ("did not ask leading questions"): a "did not" with one of these is the clinician's, not the client's. */
export const INTERVIEWING_VERBS: readonly string[] = ['ask', 'use', 'press', 'probe', 'prompt', 'push', 'pressure', 'lead', 'interrupt', 'challenge', 'confront', 'suggest', 'document', 'record', 'assess', 'review', 'assign', 'share'];
/** Notices a clinician gives or holds back ("Did not contact Alicia" in a crisis call): never the client's own act not done. */
export const NOTICE_VERBS: readonly string[] = ['contact', 'notify', 'inform', 'alert', 'disclose', 'warn'];

/**
 * Words that, alone after a comma, say what became of the thing just named, not a further act of
 * the doer: "had a PFA, expired" is an order that expired, never a client who did.
 */
export const STATUS_PARTICIPLES: ReadonlySet<string> = new Set(['expired', 'lapsed', 'dismissed', 'dropped', 'revoked', 'renewed', 'resolved', 'pending', 'approved', 'granted', 'closed', 'cancelled', 'canceled', 'postponed', 'suspended', 'reinstated', 'overturned', 'withdrawn', 'sealed', 'expunged', 'settled', 'finalized', 'denied',
  // ("Ms. Fitzgerald declined, fatigued": a state given as the reason, never a second act joined by "and".)
  'fatigued', 'exhausted', 'unwell', 'asleep', 'sedated', 'drowsy']);
