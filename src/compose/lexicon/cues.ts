// Words that tell the reader what kind of statement a clause is. Data, not code: extend here.
// Sources: reference/clinical.md sections 5 (MSE descriptors) and 7 (intervention verbs and
// techniques by modality); the rest is ordinary summary language.

import { COLLATERAL_SOURCES, FEMALE_RELATIVES, MALE_RELATIVES, oneOf } from './people.ts';

/** Verbs a therapist uses for what they did in session (section 7 "strong verbs", plus jotting). */
export const THERAPIST_VERBS = new Set([
  'explored', 'processed', 'validated', 'reflected', 'affirmed', 'reinforced', 'mapped', 'linked', 'reviewed', 'discussed',
  'introduced', 'provided', 'facilitated', 'guided', 'modeled', 'modelled', 'role-played', 'challenged', 'reframed', 'assigned',
  'coached', 'oriented', 'invited', 'interrupted', 'ran', 'weighed', 'named', 'caught', 'built', 'taught', 'used', 'utilized',
  'implemented', 'conducted', 'led', 'practiced', 'practised', 'rehearsed', 'explained', 'normalized', 'normalised', 'summarized',
  'encouraged', 'assessed', 'screened', 'administered', 'gave', 'went', 'met', 'stayed', 'made', 'reminded', 'asked', 'elicited',
  'identified', 'worked', 'psychoeducated', 'completed', 'developed', 'created', 'updated', 'revised', 'started', 'began',
  'introduced', 'installed', 'desensitized', 'targeted', 'scanned', 'did', 'focused', 'set', 'collaborated', 'contracted',
  'consulted', 'coordinated', 'referred', 'scheduled', 'demonstrated', 'helped', 'supported', 'empathized', 'listened',
  'highlighted', 'urged', 'pointed', 'connected', 'externalized', 'externalised', 'psychoeducated', 'scaffolded', 'scribed', 'prompted', 'redirected', 'paraphrased', 'examined', 'evaluated', 'addressed', 'tracked', 'traced', 'shared', 'offered',
  'suggested', 'recommended', 'checked', 'followed', 'played', 'drew', 'read', 'showed', 'brainstormed', 'problem-solved',
  'picked', 'chose', 'selected', 'rated', 'ranked', 'structured', 'paced', 'grounded', 'closed', 'opened', 'set up', 'talked',
  // ("Mediated convo, used restorative questions, clarified team norms": a conflict mediated in the room is the clinician's work.)
  'mediated', 'clarified',
]);

/**
 * Of those verbs, the ones that name the client's action when a summary uses them without a
 * subject after the client's report ("did thought record 2x", "went home", "started cutting").
 * They count as the therapist's only when they sit beside intervention words.
 */
export const SHARED_VERBS = new Set(['did', 'went', 'made', 'started', 'began', 'completed', 'practiced', 'practised', 'worked', 'identified', 'picked', 'chose', 'rated', 'talked', 'shared', 'played', 'drew', 'read', 'followed', 'checked', 'set', 'focused', 'stayed', 'caught', 'tracked', 'opened', 'closed', 'met',
  'ran', 'weighed', 'named', 'built', 'reviewed', 'discussed', 'problem-solved', 'brainstormed', 'rehearsed', 'listened', 'connected', 'showed', 'selected', 'ranked', 'grounded', 'set up', 'created', 'developed', 'updated', 'revised', 'collaborated', 'contracted', 'processed', 'mapped', 'linked', 'examined', 'evaluated', 'addressed', 'traced', 'role-played', 'worked on', 'planned', 'scheduled', 'called', 'wrote', 'used', 'gave', 'offered', 'looked', 'asked']);

/**
 * Verbs that name the client as the doer when a clause has no subject: what a person says,
 * feels or does about their own life. Anything else without a subject names no one.
 */
export const CLIENT_VERBS = new Set(['reported', 'reports', 'said', 'says', 'stated', 'states', 'felt', 'feels', 'cried', 'denied', 'denies', 'endorsed', 'endorses', 'described', 'describes', 'complained', 'admitted', 'admits', 'disclosed', 'discloses', 'mentioned', 'mentions', 'expressed', 'expresses', 'laughed', 'teared', 'agreed', 'agrees', 'refused', 'refuses', 'declined', 'arrived', 'missed', 'skipped', 'slept', 'woke', 'drank', 'relapsed', 'wants', 'wanted', 'wishes', 'wished', 'worries', 'worried', 'struggled', 'struggles', 'presented', 'presents', 'appeared', 'appears', 'seemed', 'seems', 'smiled', 'sighed', 'fidgeted', 'left', 'returned', 'attended', 'noticed', 'realized', 'recognized', 'acknowledged', 'verbalized', 'hopes', 'hoped', 'thinks', 'believes', 'believed', 'knows', 'continues', 'continued', 'quit', 'stopped', 'lost', 'got', 'remains', 'remained', 'calmed', 'settled', 'de-escalated']);

/** Intervention techniques named as nouns, with the verb a note puts before them. */
export const INTERVENTION_TERMS: Readonly<Record<string, string>> = {
  psychoeducation: 'provided',
  'cognitive restructuring': 'used',
  decatastrophizing: 'used',
  decatastrophising: 'used',
  'socratic questioning': 'used',
  'socratic questions': 'used',
  'guided discovery': 'used',
  'thought record': 'used',
  'thought log': 'used',
  'behavioral experiment': 'used',
  'behavioural experiment': 'used',
  'activity scheduling': 'used',
  'problem-solving': 'used',
  'problem solving': 'used',
  'relaxation training': 'provided',
  relaxation: 'guided',
  mindfulness: 'guided',
  'deep breathing': 'guided',
  'diaphragmatic breathing': 'guided',
  'paced breathing': 'guided',
  'box breathing': 'guided',
  grounding: 'guided',
  'body scan': 'guided',
  pmr: 'guided',
  'progressive muscle relaxation': 'guided',
  'chain analysis': 'conducted',
  'diary card': 'reviewed',
  validation: 'provided',
  'skills coaching': 'provided',
  'distress tolerance': 'taught',
  'emotion regulation': 'taught',
  'interpersonal effectiveness': 'taught',
  'opposite action': 'taught',
  'radical acceptance': 'taught',
  defusion: 'guided',
  'cognitive defusion': 'guided',
  'values clarification': 'facilitated',
  // Palliative and bereavement work: "used life review + presence".
  'life review': 'facilitated',
  'legacy work': 'facilitated',
  // Grief work's own techniques ("Worked on continuing bonds - she wrote a letter to Ray").
  'continuing bonds': 'explored',
  'grief work': 'facilitated',
  'unsent letter': 'facilitated',
  'dual process model': 'introduced',
  'meaning reconstruction': 'facilitated',
  'meaning-making': 'facilitated',
  'imaginal revisiting': 'conducted',
  'situational revisiting': 'assigned',
  'imaginal conversation': 'facilitated',
  'memory box': 'facilitated',
  'dignity therapy': 'provided',
  'reminiscence': 'facilitated',
  'committed action': 'reviewed',
  'reprocessing': 'facilitated',
  desensitization: 'facilitated',
  'bilateral stimulation': 'used',
  'eye movements': 'used',
  'resource installation': 'facilitated',
  // Somatic and EMDR preparation work.
  'somatic pendulation': 'used',
  pendulation: 'used',
  'container exercise': 'guided',
  'butterfly hug': 'taught',
  'safe place': 'guided',
  'calm place': 'guided',
  container: 'guided',
  'negative cognition': 'elicited',
  'positive cognition': 'elicited',
  'reflective listening': 'used',
  'open questions': 'used',
  'open-ended questions': 'used',
  affirmations: 'used',
  'change talk': 'elicited',
  'decisional balance': 'explored',
  'readiness ruler': 'used',
  'importance ruler': 'used',
  'confidence ruler': 'used',
  'miracle question': 'asked',
  'scaling questions': 'used',
  'scaling question': 'used',
  'exception-finding': 'used',
  'exception questions': 'used',
  'empty chair': 'facilitated',
  'role-play': 'facilitated',
  // ("Video feedback on 2 clips where E looked back at her": a dyadic or parent-child session's own technique.)
  'video feedback': 'provided',
  'video-feedback': 'provided',
  'in-the-moment coaching': 'provided',
  'live coaching': 'provided',
  'role play': 'facilitated',
  roleplay: 'facilitated',
  genogram: 'completed',
  enactment: 'facilitated',
  'structural family work': 'used',
  'structural family therapy': 'used',
  'structural work': 'used',
  // ("- structural family approach, each person said what they want for N."): the approach named is the work done.
  'structural family approach': 'used',
  'structural approach': 'used',
  'boundary-making': 'used',
  unbalancing: 'used',
  'circular questioning': 'used',
  // ("Used structured turn-taking; each person named one thing they need": a family's talk given turns.)
  'structured turn-taking': 'used',
  'turn-taking': 'used',
  'trauma narrative': 'guided work on',
  'exposure hierarchy': 'built',
  'fear hierarchy': 'built',
  'in vivo exposure': 'conducted',
  'imaginal exposure': 'conducted',
  exposure: 'conducted',
  'interoceptive exposure': 'conducted',
  'cognitive processing therapy': 'used',
  'prolonged exposure': 'used',
  'response prevention': 'practiced',
  'sand tray': 'used',
  sandtray: 'used',
  'play therapy': 'used',
  puppets: 'used',
  'art therapy': 'used',
  'safety planning': 'completed',
  // "Means restriction counseling w/ wife re rifles": lethal-means counseling is the clinician's work.
  'means restriction counseling': 'provided',
  'lethal means counseling': 'provided',
  'means counseling': 'provided',
  'risk assessment': 'completed',
  'crisis intervention': 'provided',
  // ("Brief didactic on sleep hygiene; handout given": teaching in a group is the clinician's work.)
  didactic: 'provided',
  'supportive counseling': 'provided',
  'supportive counselling': 'provided',
  'sleep hygiene': 'reviewed',
  // CBT-I's components, named as nouns ("stimulus control reviewed", "cog work on catastrophizing").
  'stimulus control': 'reviewed',
  'sleep restriction': 'used',
  'sleep compression': 'used',
  'cognitive work': 'did',
  'communication skills': 'reviewed',
  'assertiveness training': 'provided',
  'coping skills': 'reviewed',
  'coping strategies': 'reviewed',
  'here-and-now': 'stayed with',
  'parts work': 'facilitated',
  unblending: 'guided',
  'wind-down routine': 'built',
  'ice cube': 'guided',
  'gottman-rapoport': 'ran',
  'gottman method': 'used',
  gottman: 'used',
  'speaker/listener': 'ran',
  'speaker-listener': 'ran',
  'stress-reducing conversation': 'reviewed',
  'soft start-up': 'taught',
  'i notice': 'practiced',
  'urge surfing': 'guided',
  'opposite-action': 'taught',
  'check the facts': 'taught',
  'dear man': 'taught',
  tipp: 'taught',
  // MI (reference/clinical.md section 7)
  oars: 'used',
  'double-sided reflection': 'used',
  'double-sided reflections': 'used',
  'complex reflection': 'used',
  'complex reflections': 'used',
  'simple reflection': 'used',
  'rolling with resistance': 'used',
  'developing discrepancy': 'used',
  // ACT
  'creative hopelessness': 'explored',
  'passengers on the bus': 'used the metaphor of',
  'leaves on a stream': 'guided',
  'values card sort': 'completed',
  'dropping anchor': 'guided',
  'observer self': 'explored',
  // couples and family
  'unified detachment': 'used',
  'empathic joining': 'used',
  'process questions': 'asked',
  detriangling: 'used',
  detriangulation: 'used',
  reframe: 'offered a',
  reframing: 'used',
  'soft startup': 'taught',
  'repair attempts': 'reviewed',
  // CBT, exposure, habit reversal, child work
  'anger thermometer': 'used',
  'competing response': 'taught',
  'habit reversal': 'used',
  'awareness training': 'used',
  'alternative explanations': 'generated',
  'cost-benefit analysis': 'completed',
  'downward arrow': 'used',
  'graded exposure': 'conducted',
  'behavioral activation': 'used',
  'activity log': 'reviewed',
  'cognitive interweave': 'used',
  'cognitive interweaves': 'used',
  'belly breathing': 'taught',
  'bubble breathing': 'taught',
  'feelings chart': 'used',
  tracking: 'used',
  reflecting: 'used',
  'limit setting': 'used',
  'child-centered play': 'used',
  'narrative therapy': 'used',
  externalizing: 'used',
  'motivational interviewing': 'used',
  // More techniques as clinicians jot them (reference/clinical.md section 7)
  'reality anchoring': 'used',
  'reality testing': 'used',
  '5-4-3-2-1': 'guided',
  'time-out': 'reviewed',
  'time out': 'reviewed',
  'cost-benefit': 'reviewed',
  'pros and cons': 'reviewed',
  'evidence for/against': 'examined the',
  'evidence for and against': 'examined the',
  'exposure ladder': 'used the',
  'fear ladder': 'used the',
  'imagery rehearsal': 'guided',
  'guided imagery': 'guided',
  'filial skills': 'taught',
  'filial therapy': 'used',
  'danger assessment': 'completed a',
  'stanley-brown': 'used the',
  'safety plan': 'completed a',
  // ("Collab safety plan, she handed over razor": a safety plan made with the client, named by how it was made.)
  'collaborative safety plan': 'completed a',
  'collaborative safety planning': 'completed',
  'relapse prevention': 'reviewed',
  'relapse signature': 'reviewed the',
  'worry time': 'introduced',
  'worry exposure': 'used',
  'thought challenging': 'used',
  'cognitive processing': 'used',
  'feelings thermometer': 'used a',
  'brave chart': 'introduced a',
  'sticker chart': 'introduced a',
  'behavior chart': 'introduced a',
  'token economy': 'introduced a',
  'special time': 'introduced',
  'praise': 'modeled',
  reflections: 'offered',
  'open-ended question': 'asked an',
  'distress tolerance skills': 'taught',
  'self-soothe': 'taught',
  respite: 'addressed',
  // Developmental-disability and behavioural work.
  'social story': 'used a',
  'social stories': 'used',
  'visual schedule': 'introduced a',
  'video modeling': 'used',
  'functional communication training': 'reviewed',
  'differential reinforcement': 'used',
};

/** Words that mark the client's response in session once an intervention has been named. */
export const RESPONSE_CUES = [
  // Doing the work just shown: "mom practiced it with him", "he did it three times".
  'practiced it', 'practiced them', 'practiced with', 'did it', 'tried it', 'tried them', 'used it',
  'by the end', 'did well', 'did great', 'did a good job', 'did a great job', 'did fine', 'did okay', 'did ok', 'by end', 'at the end', 'at end', 'end of session', 'end of sets', 'by close', 'afterwards', 'afterward',
  'calmer', 'relief', 'relieved', 'receptive', 'engaged', 'agreed', 'agrees', 'accepted', 'accepts', 'declined', 'declines', 'committed', 'commit', 'was able', 'able to', 'could',
  'got to', 'brought it back', 'warmed up', 'settled', 'makes sense', 'made sense', 'understood', 'verbalized', 'verbalised',
  'responded', 'tolerated', 'identified', 'recognized', 'recognised', 'realized', 'realised', 'insight', 'seeing the pattern',
  'step back', 'stepped back', 'softer', 'softened', 'opened up', 'participated', 'demonstrated', 'practiced well', 'resistant',
  'struggled', 'went back to', 'reverted to', 'fell back', 'ambivalent', 'guarded', 'defensive', 'tearful', 'teared up', 'teary', 'cried', 'laughed', 'smiled', 'gains', 'progress',
  'improved', 'improvement', 'holding onto', 'contained', 'less ', 'fewer', 'more able', 'shift', 'noticed', 'said it',
  'struggled', 'needed', 'prompts', 'at close', 'surprised', 'brightened', 'laughed', 'might actually', 'kind of worked', 'worked', 'helpful', 'receptive', 'tolerated', 'willing', 'nodded', 'engagement', 'skeptical', 'open to', 'motivated', 'liked', 'enjoyed', 'found it', 'reported it', 'felt lighter', 'lighter',
];

/** Words that mark a clinician's assessment or formulation. */
export const ASSESSMENT_CUES = [
  // The clinician's judgment in the first person: "my read is ...", "my sense is ..."
  // Readiness for the next phase of a treatment is the clinician's judgment: "Not ready for phase 3 yet".
  // Whether a report is owed is the clinician's judgment: "Not a CPS matter, discussed w/ her".
  // Whether the client can consent is the clinician's finding: "capacity to consent intact".
  'capacity to consent', 'decision-making capacity', 'has capacity', 'lacks capacity',
  'not a cps matter', 'not a child protective services matter', 'not a dcfs matter', 'not reportable', 'not a reportable', 'no report indicated', 'no report needed',
  // ("still using daily, not ready for MAT": the client's own stance on a treatment offered is a report; readiness for a phase of the work is the clinician's.)
  'not ready for phase', 'not yet ready for phase', 'not ready for trauma', 'not ready for exposure', 'not ready for processing', 'not ready for step', 'not ready for discharge', 'not ready for termination', 'not ready to start', 'ready for phase', 'more stabilization', 'further stabilization',
  'my read', 'my impression', 'my sense is', 'my take', 'my concern is', 'my clinical impression', "therapist's read", "therapist's impression", "therapist's sense", "therapist's take", "therapist's concern",
  // A stage of change named is the clinician's judgment: "Contemplation at best".
  'contemplation at', 'in contemplation', 'contemplative', 'precontemplative', 'stage of change', 'stages of change',
  'consistent with', 'concerning pattern', 'concerning for', 'suggests', 'suggestive of', 'appears to be', 'seems to be', 'likely', 'formulation', 'impression',
  'indicates', 'indicative of', 'meets criteria', 'met criteria', ' criteria', 'progressing', 'regressing', 'prognosis', 'clinically',
  // Group stages, stages of change and other clinicians' formulations
  'diagnosis deferred', 'deferred diagnosis', 'provisional diagnosis', 'provisional dx', 'working diagnosis', 'rule out', 'differential diagnosis',
  'cohesion', 'working stage', 'forming stage', 'storming', 'norming', 'precontemplation', 'contemplation stage', 'preparation stage', 'action stage', 'maintenance stage', 'anticipatory grief', 'transference', 'countertransference', 'in remission', 'partial remission',
];

/** MSE and presentation descriptors (section 5) that make a clause an observation. */
export const OBSERVATION_WORDS = new Set([
  'subdued', 'cooperative', 'guarded', 'tearful', 'teary', 'anxious', 'agitated', 'restless', 'fidgety', 'fidgeting', 'flat',
  'blunted', 'restricted', 'constricted', 'labile', 'bright', 'euthymic', 'dysphoric', 'irritable', 'hostile', 'withdrawn',
  'engaged', 'pleasant', 'calm', 'frustrated', 'animated', 'slowed', 'dishevelled', 'disheveled', 'unkempt', 'well-groomed',
  'groomed', 'coherent', 'linear', 'logical', 'goal-directed', 'tangential', 'circumstantial', 'pressured', 'reflective',
  'appeared', 'looked', 'presented', 'affect', 'eye', 'speech', 'mood', 'psychomotor', 'oriented', 'alert', 'evasive',
  'distracted', 'sad', 'angry', 'quiet', 'talkative', 'tired', 'fatigued', 'depressed', 'upbeat', 'relaxed', 'nervous', 'shy',
  'defensive', 'congruent', 'incongruent', 'appropriate', 'casually', 'appropriately', 'disorganized', 'cried', 'smiled',
  // Appearance and behaviour in the room (section 5), as jotted
  'loud', 'soft-spoken', 'red-faced', 'flushed', 'unshaven', 'wrinkled', 'well-dressed', 'dressed', 'wearing', 'slumped',
  'pacing', 'wringing', 'clenched', 'polite', 'warm', 'friendly', 'tense', 'sleepy', 'drowsy', 'smiling', 'laughing', 'crying',
  'rocking', 'bouncing', 'repetitive', 'hyperverbal', 'monosyllabic', 'glancing', 'staring', 'mumbling', 'whispering', 'yawning', 'shaky',
  'trembling', 'shaking', 'sweating', 'unkept', 'malodorous', 'thin', 'gaunt', 'intoxicated', 'sedated', 'lethargic', 'hypervigilant',
  'avoidant', 'apprehensive', 'uneasy', 'stiff', 'rigid', 'slouched', 'hunched', 'teary-eyed', 'puffy-eyed', 'bright-eyed',
  // Seen through a cell door or on a unit: "yelling through door, kicking".
  'yelling', 'screaming', 'kicking', 'banging', 'shouting', 'cursing', 'posturing', 'muttering',
  // Thought and orientation seen in the room: "Paranoid re: staff but oriented x3".
  'paranoid', 'suspicious', 'disoriented', 'delusional', 'hallucinating', 'preoccupied',
  // "Hands mildly tremulous", "diaphoretic": the body, seen in the room.
  'tremulous', 'diaphoretic',
]);

/** Openers that make a clause an observation when they lead it ("good eye contact", "arms crossed"). */
export const OBSERVATION_PHRASES = [
  'eye contact', 'good eye contact', 'poor eye contact', 'minimal eye contact', 'fleeting eye contact', 'long pauses', 'rapid speech',
  'pressured speech', 'slow speech', 'soft speech', 'arms crossed', 'hood up', 'well dressed', 'casually dressed', 'dressed in',
  'fists clenched', 'jaw clenched', 'voice broke', 'voice shaking', 'one-word answers', '1-2 word answers', 'response latency',
  'brighter affect', 'brighter mood', 'more animated', 'less guarded',
  'psychomotor slowing', 'psychomotor agitation', 'psychomotor slowed', 'flat affect', 'blunted affect', 'constricted affect',
  'restricted affect', 'bright affect', 'anxious affect', 'tearful at times', 'on time', 'arrived on time', 'arrived late',
  // "Late, camera off first 10 min": lateness is seen, not told.
  'late,', 'late to session', 'late for session', 'late today',
  // "tension high first half, M arms crossed, eye rolling": the room's tension and a teen's body language, seen.
  'tension high', 'tension in the room', 'tense at first', 'eye rolling', 'eye-rolling', 'rolled eyes',
  // "Play themes of protection, safety": what the clinician saw in the play.
  'play themes', 'play theme', 'themes in play', 'themes in the play',
];

/** How an observation opens: adjectives present "as", findings "with", actions are "observed". */
export const OBSERVATION_NOUN_STARTS = new Set(['good', 'poor', 'minimal', 'fleeting', 'long', 'rapid', 'pressured', 'slow', 'soft', 'arms', 'hood', 'fists', 'jaw', 'voice', 'one-word', 'response', 'psychomotor', 'flat', 'blunted', 'constricted', 'restricted', 'eye', 'speech', 'affect']);

/** Phrases that put a clause in the plan. */
/** "extended TIB 15 min: new window 11:15pm - 6am": the sleep schedule set for the weeks ahead (CBT-I titration) is the plan. */
export const SLEEP_SCHEDULE_SET = /^(?:extended|increased|decreased|reduced|shortened|lengthened|adjusted|titrated|moved|shifted)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:time in bed|tib|sleep window|window|bedtime|wake time|rise time|prescribed time in bed)\b/i;

export const PLAN_CUES = [
  'next session', 'next week', 'next time', 'next appointment', 'follow-up', 'follow up', 'will continue', 'plan to', 'plan is', 'plans to', 'to continue',
  'continue weekly', 'continue biweekly', 'continue bi-weekly', 'continue every', 'continue monthly', 'continue twice', 'return in', 'refer for', 'referral', 'schedule', 'will ', 'going forward',
  // "re-eval tmrw", "reassess q shift": the next look, still to come.
  're-eval ', 're-evaluate ', 'reassess ', 're-assess ',
  // ("Rescreen PCL-5 in 2 weeks", "re-administer PHQ-9": a measure to be given again.)
  'rescreen ', 're-screen ', 're-administer ', 'readminister ',
  // "next inj due 7/3": the next dose or visit, and when it falls.
  // ("next telehealth 11/13 10am": the next meeting, named by how it will be held.)
  'next telehealth', 'next tele', 'next video', 'next phone', 'next zoom', 'next call',
  'next injection', 'next dose', 'next shot', 'next long-acting injectable', 'next visit', 'next appointment',
];

/** Phrases that set a clause's goal kind without a label. */
export const GOAL_CUES = ['goal is', 'goal was', 'goals are', 'working toward', 'working towards', 'treatment goal', 'objective is', ' goal we', ' goal i', ' goal she', ' goal he', ' goal they', ' goal for', ' goal:'];

/** People other than the client: a risk statement about them is not the client's risk. */
export const OTHER_PEOPLE = [
  'mother', 'father', 'mom', 'mum', 'dad', 'parent', 'parents', 'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings',
  'son', 'daughter', 'child', 'children', 'kids', 'husband', 'wife', 'partner', 'spouse', 'boyfriend', 'girlfriend', 'fiance',
  'fiancee', 'fiancé', 'fiancée', 'friend', 'friends', 'cousin', 'aunt', 'uncle', 'grandmother', 'grandfather', 'grandma',
  'grandpa', 'stepfather', 'stepmother', 'teacher', 'boss', 'supervisor', 'coworker', 'co-worker', 'colleague', 'roommate',
  'neighbor', 'neighbour', 'classmate', 'classmates', 'peer', 'peers', 'family', 'relative', "client's mother", 'ex',
  // People who lived beside the client inside a facility: "her cellmate Dee texted her she has pills saved up".
  'cellmate', 'cellie', 'celly', 'bunkmate', 'bunkie', 'housemate', 'dormmate',
  // On a crew: "his mate Brendan on the same rig told him he's thought about jumping".
  'mate', 'workmate', 'crewmate', 'shipmate',
  'youth', 'member', 'members', 'partners', 'couple', 'spouses', 'caseworker', 'nurse', 'nursing', 'psychiatrist', 'pediatrician', 'dietitian', 'sponsor', 'officer', 'coach', 'staff',
  // Responders: "police did a welfare check".
  'police', 'officers', 'paramedics', 'ems', 'deputies',
  // Foster, birth and step family, named in two words: "foster mom says he has big tantrums".
  'foster mom', 'foster mother', 'foster dad', 'foster father', 'foster parent', 'foster parents', 'bio mom', 'bio dad', 'biological mother', 'biological father', 'birth mother', 'birth father', 'step mom', 'step dad', 'adoptive mother', 'adoptive father', 'adoptive parents',
  // The court and the care team: "PO wants UA results monthly" (read "probation officer wants ...").
  'probation officer', 'parole officer', 'case manager', 'charge nurse', 'aide', 'judge', 'attorney', 'lawyer',
  // An ACT team's nurse and peers: "RN gave LAI in home".
  'rn', 'lpn', 'np', 'prescriber', 'peer specialist', 'peer support', 'cm',
  // A group's leaders, named as such: "Facilitator led role play".
  'facilitator', 'co-facilitator', 'cofacilitator', 'facilitators',
  // The wider family an older client lives among: "Grandson (Kyle, 24) moved in".
  'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'grandkids', 'nephew', 'niece', 'stepson', 'stepdaughter', 'son-in-law', 'daughter-in-law', 'in-laws',
  // School staff: "SRO + AP brought him down", "admin notified Caleb's parents".
  'school resource officer', 'resource officer', 'principal', 'assistant principal', 'vice principal', 'dean', 'admin', 'administrator', 'counselor', 'school counselor', 'school psychologist', 'students',
  // Care-home, hospital and campus staff: "Unit mgr moved Mrs. Chen to another room", "RA is going to secure the pills".
  'unit manager', 'nurse manager', 'house manager', 'house lead', 'director of nursing', 'cna', 'cnas', 'aides', 'social worker', 'activities director', 'attending', 'hospitalist', 'pharmacist', 'resident assistant', 'ra', 'case worker', 'direct care staff', 'group home staff',
  // A hospital's other helpers: "Chaplain Fr. Ruiz did a blessing", "child life specialist prepped Diego".
  'chaplain', 'child life', 'child life specialist', 'lactation consultant', 'neonatologist', 'intensivist', 'respiratory therapist', 'bedside nurse', 'primary nurse',
  // Custody and command: "custody moving Ramirez", "1SG to be notified", "squad leader brought him in".
  // Another student is another person ("student" alone is often the client).
  'another student', 'other student', 'the other student', 'a student', 'one student', 'two students', 'another peer', 'another kid',
  'transportation', 'attendance clerk', 'homeroom teacher', 'para', 'paraprofessional', 'custody', 'correctional officer', 'shift commander', 'lieutenant', 'sergeant', 'medical', 'classification', 'squad leader', 'first sergeant', '1sg', 'commander', 'cdr', 'platoon sergeant', 'unit leadership', 'command',
];

/** Words that stand for the client as the subject of a clause. */
export const CLIENT_SUBJECTS = new Set(['client', 'patient', 'she', 'he', 'they', 'clients']);

/** Emotion words that read as "Client reported feeling ..." when a report opens with them. */
export const EMOTIONS = new Set(['shocked', 'stunned', 'surprised', 'hopeless', 'upset', 'anxious', 'worried', 'sad', 'angry', 'guilty', 'overwhelmed', 'stressed', 'frustrated', 'tired', 'exhausted', 'irritable', 'lonely', 'scared', 'afraid', 'ashamed', 'nervous', 'depressed', 'unheard', 'unsupported', 'stuck', 'numb', 'helpless', 'worthless', 'hopeful', 'proud', 'relieved', 'better', 'worse', 'calmer', 'happier', 'discouraged', 'embarrassed', 'resentful', 'jealous', 'confused', 'conflicted', 'ambivalent', 'motivated', 'unmotivated', 'isolated', 'rejected', 'abandoned', 'betrayed', 'grateful', 'content', 'okay', 'fine', 'good', 'great', 'down', 'softer', 'quieter', 'brighter', 'lighter', 'happier', 'sadder', 'angrier', 'tense', 'tenser', 'relaxed', 'open', 'receptive', 'engaged', 'shy']);

/** MSE domain words open a finding of their own ("affect shifted ..."), not an adjective. */
export const MSE_DOMAINS = new Set(['affect', 'eye', 'speech', 'mood', 'psychomotor', 'thought', 'insight', 'judgment', 'appearance']);

/** Adverbs that may open a clause before its verb ("also hears them"). */
export const ADVERBS = new Set(['also', 'still', 'just', 'then', 'now', 'only', 'often', 'sometimes', 'usually', 'finally', 'again', 'even', 'really', 'mostly', 'barely', 'rarely', 'initially', 'eventually', 'currently', 'consistently', 'repeatedly', 'adamantly', 'firmly', 'openly', 'readily']);

/** People in the room whose response to an intervention is the session's response (couples, family, group). */
export const PARTICIPANTS = new Set(['both', 'partners', 'couple', 'parents', 'family', 'son', 'daughter', 'children', 'kids', 'members', 'group', 'siblings', 'a', 'b', 'mother', 'father', 'mom', 'dad', 'caregiver', 'grandmother', 'grandfather', 'partner', 'wife', 'husband']);

/** Verbs only a therapist performs in session: without a subject they name the therapist. */
export const THERAPIST_ONLY_VERBS = new Set([...THERAPIST_VERBS].filter((v) => !SHARED_VERBS.has(v)));

/** Verbs whose object can open a doer-less sentence: "discussed door alarms" -> "Door alarms were discussed." */
export const PASSIVE_VERBS = new Set(['did', 'reviewed', 'discussed', 'explored', 'processed', 'identified', 'practiced', 'practised', 'completed', 'created', 'developed', 'updated', 'rehearsed', 'role-played', 'addressed', 'examined', 'mapped', 'revised', 'planned', 'scheduled', 'introduced', 'assigned', 'written', 'wrote', 'made', 'set', 'built', 'named', 'ranked', 'problem-solved', 'brainstormed']);

/** Shared verbs that name work done in the session ("reviewed thought records", "practiced TIPP"): an intervention, with no doer named. */
export const SESSION_WORK_VERBS = new Set(['offered', 'caught', 'named', 'reviewed', 'discussed', 'processed', 'practiced', 'practised', 'rehearsed', 'role-played', 'problem-solved', 'brainstormed', 'mapped', 'tracked', 'traced', 'identified', 'examined', 'evaluated', 'addressed', 'worked on', 'set up', 'created', 'developed', 'updated', 'revised', 'linked', 'connected', 'grounded', 'completed', 'did', 'ranked', 'built', 'planned']);

/** Acts in the room that the clinician saw another participant do (couples, family, group). */
export const OBSERVED_ACTS = /\b(interrupted|talked over|paced(?! breathing\b)(?: the room)?|clenched (?:his |her |their )?fists|fidgeted|rocked (?:back and forth|in (?:his|her|their) chair)|punched (?:the|a) (?:wall|pillow|chair|table)|slammed (?:the|a) door|raised (?:his|her|their) voices?|yelled|stormed out|rolled (?:his|her|their) eyes|turned away|crossed (?:his|her|their) arms|walked out|left the room|sat by the door|refused to sit|refused to speak|went quiet|shut down|looked away)\b/;

/** "with him", "with her" (not "with her mother"), "together": done with the client. */
export const WITH_CLIENT = /\b(?:with (?:him|them)\b|with her\b(?=\s*(?:$|[,.;:(]|\s(?:to|about|on|for|in|at|from|by|and|today|tonight|again|first)\b))|(?<!\b(?:sit|sat|work|worked|agree|agreed|stay|stayed|get|got|come|came|live|lived|be|are|were|is)\s)together\b)/;

/** Intervention terms, longest first so "cognitive restructuring" wins over a shorter term. */
export const INTERVENTION_TERMS_LONGEST_FIRST: readonly string[] = Object.keys(INTERVENTION_TERMS).sort((a, b) => b.length - a.length);

/** The intervention term a clause opens with, if any ("deep breathing helped"). */
export function leadingInterventionTerm(text: string): string | undefined {
  const t = text.toLowerCase().replace(/^["(]+/, '');
  return INTERVENTION_TERMS_LONGEST_FIRST.find((term) => t.startsWith(term) && !/[a-z]/.test(t.charAt(term.length)));
}

// Words the reader and writer read frames by (who an event happened to, lasting states, counted
// people, relatives by gender). Data, not logic: examples run in the tests of voice and read-summary.
/** Past participles of things that happen to a client: "discharged", "laid off", "diagnosed". */
export const EVENT_PARTICIPLES = /^(seen|evaluated|interviewed|booked|housed|discharged|hospitali[sz]ed|diagnosed|fired|arrested|evicted|suspended|expelled|released|hired|promoted|assaulted|bullied|mugged|robbed|injured|dumped|sentenced|placed|transferred|prescribed|transported|escorted)$/;
/** "All members", "both partners", "each parent", "neither": people counted, the subject of their own clause. */
export const QUANTIFIED_SUBJECT = /^(?:(?:the\s+)?(?:group|kids|members|everyone|everybody|teens|children|participants)\s+(?=[a-z]+ed\b|was\b|were\b|had\b|made\b|took\b|got\b|did\b|went\b|came\b)|(all|both|neither|each|every|several|most|many|few|none|two|three|four|five|six|seven|eight)\b(?!\s+(?:day|days|night|nights|week|weeks|times|hours|minutes|sessions|of the time)\b)|\d+\s+(?:of the\s+)?(?:group\s+)?(?:members|participants|peers|clients|partners|residents|patients|students|kids|teens|parents)\b)/i;
/** Lasting states ("has a handgun at home", "lives with her mother") stay true after the session: present tense. */
/** "she is undocumented", "he's divorced": a standing status, kept in the present ("was undocumented" reads as no longer). */
// ("he's in IOP for depression", "she's in 9th grade": a program or a grade the client is in now stays in the present.)
export const LASTING_STATUS = /^(?:is|'s)\s+(?:still\s+)?(?:undocumented|a (?:U\.?S\.? )?citizen|a (?:lawful )?permanent resident|an? (?:asylum seeker|refugee|immigrant)|married|divorced|separated|widowed|engaged|pregnant|retired|unemployed|disabled|homeless|deaf|blind|bilingual|on (?:parole|probation|disability|SSI|SSDI)|in foster care|(?:enrolled )?in (?:the\s+)?(?:IOP|PHP|intensive outpatient(?: program)?|partial hospitali[sz]ation(?: program)?|residential(?: treatment)?|day treatment|the program|(?:\d{1,2}(?:st|nd|rd|th)|ninth|tenth|eleventh|twelfth) grade|college|recovery|treatment|drug court|the shelter|a shelter))\b/i;
export const LASTING_STATE = /^(has|owns|lives|keeps|knows|works|attends|stores|rents|leases)$/i;
export const PAST_TIME = /\b(yesterday|last|ago|earlier|previously|used to|had been|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this morning|over the weekend)\b/i;
export const FEMALE_RELATIVE = new RegExp(`\\b(${oneOf(FEMALE_RELATIVES)})\\b`, 'i');
export const MALE_RELATIVE = new RegExp(`\\b(${oneOf(MALE_RELATIVES)})\\b`, 'i');

/** A service or colleague contacted in a crisis, by a clause with no subject: the clinician's intervention ("called mobile crisis"). */
export const CRISIS_CONTACT = /^(?:called|contacted|notified|paged|phoned)\s+(?:the\s+)?(?:mobile crisis|crisis team|crisis line|911|ems|emergency medical services|police|cps|aps|child protective services|adult protective services|on-call (?:psychiatrist|provider)|psychiatrist|prescriber|supervisor|dr\.? [a-z]+(?:'s\s+(?:on-call|office|nurse|team|answering service|service))?)(?:\s+(?:hotline|intake line|intake|team|unit|outreach|services?))?\b(?!'s)/i;

/** "gave him a narcan kit", "handed her the crisis card": what a clinician hands a client in session. */
export const CLINICIAN_GIVES = /^(?:(?:gave|provided|offered)\s+(?=(?:(?:\d+|two|three|a|an|some|extra)\s+)?(?:psychoeducation|education|info|information|handouts?|resources|referrals?|scripts?|tips|strategies|suggestions|guidance|feedback|worksheets?|reading|(?:the\s+)?988|crisis text line|crisis (?:line|card|numbers?)|hotline|narcan|naloxone|fentanyl test strips|test strips|syringes|sharps containers?|condoms)\b)|(?:gave|handed|provided|offered|showed|sent)\s+(?:him|her|them|client|pt|patient|vet|veteran|(?!(?:the|a|an|up|away|out|back|in)\b)[A-Z][a-z]+|(?:the\s+)?(?:mother|father|mom|dad|parents?|partner|wife|husband|caregiver|guardian|family|sister|brother|son|daughter|couple))\s+)(?:(?:a|an|the|another|new|extra|his|her|their|two|three|\d+|some)\s+)*(?:[A-Z][A-Z0-9-]{1,6}\s+)?(?:narcan|naloxone|kits?|test strips|fentanyl test strips|handouts?|worksheets?|resources?|referrals?|crisis text line|crisis (?:card|line|numbers?)|the 988|988|veterans crisis line|crisis line|cards?|list|lists|brochures?|(?:[a-z-]+\s+){0,2}(?:charts?|trackers?|sheets?|scripts?|handouts?|worksheets?|logs?)|copy|copies|(?:[a-z-]+\s+){0,3}hotline|phone numbers?|numbers?|contacts?|info|information|psychoeducation|materials?|log|diary card|nasal spray)\b/i;

/** "Given 988 and our after-hours line": what the clinician gave, jotted as a bare passive, was given to the client. */
export function givenBare(text: string): boolean {
  return /^\s*given\s/i.test(text) && CLINICIAN_GIVES.test(text.trim().replace(/^given/i, 'gave'));
}

/** "called brother with client's consent": an act that needed the client's consent is the clinician's. */
// ("spoke w/ mother at end of call w/ pt present": the client present, so the clinician spoke.)
export const WITH_CLIENT_CONSENT = /\b(?:with|per)\s+(?:the\s+)?(?:client|patient|student|child|teen|youth|his|her|their)(?:'s)?\s+(?:written\s+|verbal\s+)?(?:consent|permission)\b|\((?:client|pt|patient|she|he|they|[A-Z][a-z]+)\s+(?:agreed|consented|ok'?d|okayed)\)|\bwith\s+(?:the\s+)?(?:client|patient|student|child|teen|youth)\s+(?:present|in the room|on the (?:call|line)|listening)\b/i;

/** "mom called w/ student's consent": the relative was called, by the clinician, with the client's consent. */
export const RELATIVE_CALLED_WITH_CONSENT = /^(mother|father|mom|dad|parents?|partner|wife|husband|sister|brother|caregiver|guardian|grandmother|grandfather)\s+(called|contacted|notified|informed|phoned)\s+(?=(?:with|per)\s)/i;

/** "no new marks seen", "scars healed, no fresh cuts visible": what the clinician looked for on the body and saw. */
export const BODY_CHECKED = /\b(?:no|any) (?:new |fresh |recent |open |visible )?(?:marks?|cuts?|wounds?|injur(?:y|ies)|bruis(?:e|es|ing)|scratch(?:es)?|burns?|scabs?)\s+(?:were\s+|was\s+)?(?:seen|observed|noted|visible|evident|present)\b/i;

/** "saw bruising on L forearm", "noted fresh marks on wrist": what the clinician saw on the body, jotted without "I". */
export const BODY_SEEN = /^(?:saw|noted|observed|noticed)\s+(?:(?:a|an|some|faint|fresh|new|old|healing|yellowing|linear|multiple|several|small|large|visible)\s+){0,3}(?:marks?|cuts?|wounds?|injur(?:y|ies)|bruis(?:e|es|ing)|scratch(?:es)?|burns?|scabs?|welts?|swelling|scars?|lacerations?)\b/i;

/** "saw Zoe alone 15 min first", "met w/ mom separately": the clinician's way of running the session. */
export const SEEN_ALONE = /^(?:saw|met with|met w\/|spoke with|spoke w\/|spoke to|talked with|talked to|checked in with|interviewed)\s+(?:[A-Z][a-z]+|him|her|them|(?:the\s+)?(?:client|teen|child|youth|parents?|mother|father|mom|dad|caregivers?|partners?))\s+(?:\w+\s+)?(?:alone|individually|privately|separately|one[- ]on[- ]one|1:1)\b/i;

/** "w/ J present called Tyler's mother": a call made in the client's presence is the clinician's. */
export const PRESENT_THEN_CALLED = /^\s*((?:with|w\/)\s+(?:[A-Z][a-z]+|client|pt|patient|him|her|them|the client)\s+(?:present|in the room|on the (?:call|line)|listening))\s*,?\s+(?=(?:called|contacted|notified|phoned|spoke|talked|texted|emailed|reached|consulted)\b)/i;

/**
 * Acts only the clinician does, jotted without a doer: "spoke with intake worker L. Ortiz", "Brought
 * mom in at the end" (a child does not bring the parent into session), "Stayed w/ her continuously"
 * (in a crisis, the clinician kept the client in sight), "Called dad - dad confirms guns locked", "Stayed on
 * phone, got verbal agreement to let daughter take the pills". A hotline called names no doer:
 * a client calls them too.
 */
// ("also flagged to shelter director re possible address breach": raising a concern with those who run the place is the clinician's.)
// ("also gave him the legal aid number": a number or a handout given to the client is the clinician's act.)
export const CLINICIAN_ONLY_ACT = /^\s*(?:also\s+)?(?:gave|handed|provided)\s+(?:him|her|them)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:number|numbers|info|information|handout|list|card|brochure|referral|resources?|contact)\b|^\s*(?:also\s+)?flagged\s+(?:it\s+|this\s+|that\s+)?(?:to|for|with)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:shelter|program|clinical|medical|site|unit|house|case|care|treatment)?\s*(?:team|supervisor|director|manager|staff|nurse|psychiatrist|prescriber|pcp|coordinator|advocate)\b|^\s*(?:took|pulled|brought)\s+(?:[A-Z][a-z]+|him|her|them|(?:the\s+)?(?:client|pt|teen|child|member|student))\s+aside\b|^\s*got\s+(?:her|him|them)\s+(?:a\s+|an\s+)?(?:same-day|same day|urgent|appointment|appt|bed|referral|slot|spot|intake|voucher)\b|^\s*(?:called|contacted|paged|phoned|notified)\s+(?:[\w()&.-]+\s+){1,6}?(?:during|in|from)\s+(?:the\s+)?session\b|^\s*(?:filed|made|submitted|called in)\s+(?:a\s+|an\s+|the\s+)?(?:(?:verbal|written|phone|online|mandated)\s+)?(?:cps|dcfs|child protective services|adult protective services|aps|mandated|abuse|elder abuse|child abuse)\s+(?:report|referral)\b|^\s*(?:filed|made|submitted|called in)\s+(?:a\s+|an\s+|the\s+)?(?:(?:verbal|written|phone|online|mandated)\s+)?(?:report|referral)\s+(?:with|w\/|to)\s+(?:the\s+)?(?:state\s+|county\s+)?(?:cps|dcfs|child protective services|adult protective services|aps|(?:child |elder |adult )?abuse hotline|hotline)\b|^\s*(?:spoke|talked)\s+(?:with|to|w\/)\s+(?:the\s+)?(?:state\s+|county\s+)?(?:intake worker|hotline worker|investigator|cps|dcfs|child protective services|adult protective services|on-call (?:psychiatrist|provider|clinician)|my supervisor|supervisor)\b|^\s*brought\s+(?:mom|mother|dad|father|parents?|caregivers?|guardian|grandm\w+|grandf\w+|foster \w+)\s+(?:back\s+)?in(?:to)?\b|^\s*stayed\s+(?:with|w\/)\s+(?:her|him|them|client|pt|patient|student)\b|^\s*stopped and (?:clarified|asked|checked)\b|^\s*(?:spoke|talked)\s+(?:with|to|w\/)\s+(?:the\s+|her\s+|his\s+|their\s+)?[a-z]+(?:\s+\([^()]*\))?\s+(?:on|by|over)\s+(?:the\s+)?(?:phone|speaker)\b(?![^.;]*\b(?:last|yesterday|weekend|first time|years?|ago|since)\b)|^\s*called\s+(?:the\s+)?(?:mom|dad|mother|father|parents?|guardian|caregiver|[A-Z][a-z]+)\s*(?:[-:–—,]|\band\b)\s*(?:(?:he|she|they|mom|dad|mother|father|[A-Z][a-z]+)\s+)?(?:confirms|confirmed|said|says|states|stated|reports|reported|denies|denied|agreed|agrees|verified|verifies)\b|^\s*stayed on (?:the )?(?:phone|line)\b|^\s*checked in\s+(?:with|w\/)\s+(?:her|him|them)\s+(?:after|before|at the end of|following|during)\s+(?:the\s+)?(?:group|grp|session|class|program)\b|^\s*left\s+[^.;]{2,60}?\s+(?:at|by|outside)\s+(?:his|her|their)\s+(?:door|tent|camp|spot|site|room|bed|locker)\b|^\s*got (?:a |her |his |their )?(?:verbal |written )?(?:agreement|consent|permission)\b/i;

// ("spoke w/ roommate (Kayla) on phone, roommate took bottle": in a session, a call to someone else is the
// clinician's; "spoke to her sister on the phone last weekend" is the client's life and stays theirs.)
/** A result the clinician looked up or collected ("PDMP checked, no concerns", "labs WNL"): objective data, never the client's report. */
// ("weight today 41.2 kg", "PCP visit Mon: HR 46": a measurement, or another provider's finding.)
export const CHECKED_RESULT = /^(?:pdmp|prescription drug monitoring program|cures|urine drug screen|urine tox(?:icology)?|utox|tox screen|labs?|lab work|vitals|bal|bac|blood alcohol(?: level)?|breathalyzer|(?:in-session\s+|clinic\s+)?weight(?:\s+at\s+(?:clinic|the clinic|the office|intake))?(?:\s+today)?\s+(?:was\s+)?\d|weighed in at|(?:meal|snack|breakfast|lunch|dinner|supplement|ensure|boost)\s+completion\s+(?:was\s+|at\s+|of\s+)?~?\s?\d|(?:completed|finished|ate)\s+~?\s?\d{1,3}\s?%\s+(?:of\s+)?(?:(?:her|his|their|the)\s+)?(?:meals?|lunch|dinner|breakfast|snacks?|tray|plate)\b|bmi\s+(?:was\s+)?\d|%\s?m?bmi\s+(?:was\s+)?~?\s?\d|blood pressure\s+\d|heart rate\s+\d|(?:temp|temperature)\.?\s+(?:was\s+)?\d|potassium\s+(?:was\s+)?\d|(?:primary care provider|pediatrician|psychiatrist|prescriber|cardiologist|doctor)(?:'s)?\s+(?:visit|appointment|appt|note|exam)\b)(?!\s+(?:is|was)\s+(?:scheduled|ordered|due|pending)\b)/i;

/** A clause that is only a diagnosis ("MDD recurrent" once spelled out): the diagnosis addressed, never a report. */
/** One diagnosis named, with its ICD-10 code before it if given ("F43.10 post-traumatic stress disorder") and its specifiers after. */
const DIAGNOSIS_NAMED = String.raw`(?:[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\s+)?(?:major depressive disorder|generalized anxiety disorder|post-traumatic stress disorder|panic disorder|bipolar (?:i|ii) disorder|obsessive-compulsive disorder|attention-deficit\/hyperactivity disorder|adjustment disorder|social anxiety disorder|persistent depressive disorder|borderline personality disorder|alcohol use disorder|opioid use disorder|cannabis use disorder|autism spectrum disorder|oppositional defiant disorder|prolonged grief disorder|binge eating disorder|anorexia nervosa|bulimia nervosa|schizophrenia|schizoaffective disorder|gender dysphoria|insomnia disorder|specific phobia|separation anxiety disorder|avoidant\/restrictive food intake disorder|substance use disorder|stimulant use disorder|tobacco use disorder|somatic symptom disorder|illness anxiety disorder|body dysmorphic disorder|dysthymia|cyclothymic disorder|acute stress disorder|reactive attachment disorder|disruptive mood dysregulation disorder|conduct disorder|intermittent explosive disorder)(?:\s*\([A-Z/-]+\))?(?:,?\s+(?:recurrent|rec|single episode|mild to moderate|moderate to severe|mild-moderate|moderate-severe|mild|moderate|severe|(?:in )?(?:early |sustained )?remission|in (?:partial |full )?remission|with [a-z ]+|without [a-z ]+|unspecified|chronic|acute|current episode [a-z ]+|type [a-z]+))*`;
// ("Dx F41.1 GAD", "dx borderline PD and PTSD": a code before it, and two joined by "and", are the diagnosis still; a list
// with commas is read by diagnosisList.)
export const DIAGNOSIS_ONLY = new RegExp(String.raw`^(?:(?:dx|diagnosis|diagnoses):?\s*)?(?:(?:provisional|working|presumptive|tentative)\s*:?\s*)?${DIAGNOSIS_NAMED}(?:(?:\s+and|\s*\+|\s*&)\s*${DIAGNOSIS_NAMED})*$`, 'i');

/** "BPD traits", "cluster B features": traits the clinician sees, an impression short of a diagnosis, never the client's report. */
export const TRAITS_ONLY = new RegExp(String.raw`^(?:${DIAGNOSIS_NAMED}|(?:borderline|narcissistic|antisocial|avoidant|dependent|histrionic|schizoid|schizotypal|paranoid|obsessive-compulsive|cluster [abc])(?:\s+personality)?)\s+(?:traits|features)(?:\s*[,;]\s*(?:rule out|r\/o)\s+[^.;]+)?$`, 'i');

/** The diagnoses of a list where every comma or "and" item is one ("alcohol use disorder, major depressive disorder rec"), else undefined. */
export function diagnosisList(text: string): string[] | undefined {
  const items = text.replace(/[.;]\s*$/, '').split(/\s*(?:,|;|\band\b)\s*/).filter(Boolean);
  return items.length >= 2 && items.every((item) => DIAGNOSIS_ONLY.test(item)) ? items.map((item) => item.replace(/\brec\b/, 'recurrent')) : undefined;
}

/** How often a habit happens: "nightly", "daily", "3x/wk", "every morning". */
export const HABITUAL = /\b(nightly|daily|weekly|every (?:day|night|morning|evening|week|weekend)|each (?:day|night)|per (?:day|night|week)|a (?:day|night|week)|on weekends|most (?:days|nights|evenings|mornings|weekends)|every (?:evening|other)|usually|at bedtime|times (?:a|per) (?:day|week|night))\b|\/(?:day|night|wk|week)\b/i;
/** "crying most days", "irritable every night": a state said with how often it comes, which the clinician was told of. */
export const STATE_HOW_OFTEN = /^\s*(?:(?:very|more|less|quite|still|often)\s+)?[a-z-]+\s+(?:most days|every day|daily|nightly|most nights|every night|all week|at night|(?:a lot|often|constantly) lately|\d+x\/(?:wk|week|day)|(?:several|multiple|\d+) times (?:a|per) (?:day|week))\b/i;

/** An ongoing state or habit: "takes sertraline 50 mg x 3 mo", "smokes 1 ppd x 40 yrs" still hold today. */
/** "Sentencing is Thursday", "court is next week": an event still ahead, said in the present, stays in the present. */
export const SCHEDULED_AHEAD = /^\S+\s+(?:is|are)\s+(?:(?:scheduled|set|planned|due)\s+)?(?:for\s+|on\s+)?(?:this\s+(?:coming\s+)?|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month)\b/i;
export const ONGOING = /\bfor (?:the (?:past|last) )?(?:\d+|a few|several|many)\s*(?:years?|months?|weeks?|yrs?|mos?)\b|\bsince\b|\b(?:tonight|tomorrow|this weekend|later today|this evening)\b|\b\d+(?:\.\d+)?\s*mg\b|\b(?:ppd|packs? (?:a|per) day)\b/i;

/** First names that end like adverbs and abstract nouns, so `notANameByShape` never lowers them. */
const NAMES_SHAPED_LIKE_WORDS = new Set(['emily', 'lily', 'lilly', 'beverly', 'kimberly', 'everly', 'waverly', 'kelly', 'holly', 'molly', 'sally', 'shelly', 'polly', 'billy', 'ally', 'wally', 'dolly', 'nelly', 'carly', 'marly', 'charity', 'trinity', 'felicity', 'unity', 'verity', 'amity', 'olive', 'clive', 'constance', 'florence', 'lawrence', 'terrence', 'clarence', 'prudence', 'patience', 'laurence', 'spence', 'vance', 'lance', 'sterling', 'manning', 'fleming', 'channing', 'harding', 'irving']);
/**
 * A capitalised opener (lower case here) that no first name is shaped like: an adverb ("Mostly about her son"), an abstract
 * noun ("Loneliness since the move", "Hospitalization"), an adjective ("Nervous about court") or an -ing word.
 */
export function notANameByShape(word: string): boolean {
  if (NAMES_SHAPED_LIKE_WORDS.has(word) || word.length < 4) return false;
  return /(?:ly|tion|sion|ment|ness|ity|ous|ive|ful|less|ance|ence|ism|ing)$/.test(word);
}

/** Words a jotted sentence may open with in capitals that are not names: lower case after "reported". */
export const COMMON_LEADS = new Set([
  // ("Client reported This morning at dosing window ...", "Phase advancement on hold": a determiner or a program's step is never a name.)
  'this', 'that', 'these', 'those', 'phase', 'step', 'level', 'tier',
  // ("Client reported Breast cancer on chemo": a body part naming an illness is never a name.)
  'breast', 'lung', 'colon', 'prostate', 'ovarian', 'pancreatic', 'liver', 'kidney', 'heart', 'brain', 'bladder', 'cervical', 'stomach', 'metastatic', 'chronic',
  'most', 'latest', 'recent', 'periods', 'menses', 'not', 'never', 'off', 'out', 'back', 'still', 'normal', 'suicide', 'outpatient', 'inpatient', 'legacy', 'tobacco', 'cigarettes', 'smoking', 'drinking', 'beer', 'wine', 'cannabis', 'marijuana', 'alcohol', 'nicotine', 'vaping', 'caffeine', 'cocaine', 'methamphetamine', 'opioids', 'heroin', 'kratom', 'maternal', 'paternal', 'passive', 'active', 'no', 'increased', 'decreased', 'more', 'less', 'some', 'poor', 'good', 'better', 'worse', 'daily', 'ongoing', 'chronic', 'intermittent', 'frequent', 'occasional', 'recurrent', 'new', 'continued', 'persistent', 'improved', 'worsening', 'mild', 'moderate', 'severe', 'significant', 'several', 'many', 'few', 'nightly', 'constant', 'fewer', 'low', 'high', 'trouble', 'difficulty', 'ongoing',
  // A history told as a noun phrase: "Former smoker", "Overdose attempt at 24", "Scars on forearms".
  'former', 'overdose', 'attempt', 'scars', 'scar', 'hospitalization', 'hospitalizations', 'arrest', 'arrests', 'legal', 'court', 'probation', 'cleanup', 'transition', 'transitions', 'sobriety', 'thoughts', 'urges', 'cravings', 'nightmares', 'flashbacks', 'panic', 'intrusive',
  // What is counted in a report: "Tantrums down to 3/wk per dad".
  'tantrums', 'meltdowns', 'outbursts', 'grades', 'attendance', 'absences', 'nightmares', 'sleep', 'appetite', 'behavior', 'behaviour', 'homework', 'arguments', 'fights', 'cravings', 'drinking', 'panic', 'refusals', 'incidents',
  // Feelings and troubles named as nouns: "Grief re brother".
  'grief', 'sadness', 'anger', 'guilt', 'shame', 'loneliness', 'worry', 'worries', 'fatigue', 'insomnia', 'stress', 'conflict', 'irritability', 'rumination',
  // Body symptoms jotted as nouns: "Amenorrhea x 4 mo", "Dizziness on stairs".
  'amenorrhea', 'nausea', 'dizziness', 'lightheadedness', 'headaches', 'palpitations', 'syncope', 'vomiting', 'purging', 'bingeing', 'binging', 'restricting', 'weight', 'pain', 'energy', 'mood', 'anxiety',
  // A part of the body a complaint or a practice is of: "Chest binding 12+ hrs/day", "Knee pain daily".
  'chest', 'knee', 'knees', 'neck', 'shoulder', 'shoulders', 'hip', 'hips', 'rib', 'ribs', 'joint', 'joints', 'muscle', 'jaw', 'tooth', 'teeth', 'skin', 'hair', 'eye', 'eyes', 'foot', 'feet', 'leg', 'legs', 'arm', 'arms', 'hand', 'hands', 'wrist', 'ankle', 'binding', 'tucking']);

/** A clause that opens with a person's report, as jotted (before shorthand is spelled out). */
// ("Brief check at tent, he declined to come out": declining or refusing is what the client did, never the heading.)
export const REPORT_START = /^\s*(?:(?:her |his |their |the )?(?:mom|dad|mother|father|parents?)|pt|client|cl|patient|she|he|they)\s+(?:reports?|reported|states?|stated|says|said|denies|denied|endorses|endorsed|presents?|presented|declined|declines|refused|refuses)\b/i;

/** Play materials (child and play therapy): what a child does with them in the room is seen, not told. */
export const PLAY_MATERIALS = /\b(dolls?|dollhouse|doll house|sand ?tray|sandbox|puppets?|figures|(?<!\b(?:as|like|a real|no|only)\s+(?:(?:an?|the|her|his|their)\s+)?)(?:dad|mom|father|mother|baby|dog|cat|family|toy|animal|boy|girl|man|woman|police|fire(?:man|fighter)?) figure|figurines?|action figures?|legos?|blocks|play-?doh|kinetic sand|dinosaurs?|toy (?:cars?|animals?|soldiers?|kitchen)|stuffed animals?|crayons|play kitchen)\b/;
/** A play material opening the clause ("baby doll repeatedly put in time out"): the play itself. */
export const PLAY_MATERIAL_FIRST = /^(?:the |a |an |her |his |their )?(?:(?!(?:used|using|made|did|played|built|introduced|offered|tried|in|on|at|with|during|into|from)\s)[a-z]+ )?(?:dolls?|dollhouse|doll house|sand ?tray|puppets?|figures|figurines?|action figures?|dinosaurs?|stuffed animals?)\b/i;

/** "Did not leave her alone": in a crisis, the client kept in sight (the clinician's act). */
export const KEPT_IN_SIGHT = /^\s*(?:did not|didn't|never)\s+leave\s+(?:her|him|them|the client|client|pt|the student|student)\s+alone\b/i;
/** "Parents given 988 + mobile crisis #", "pt and parents given ...": who was handed resources (group 1), jotted without "were". */
// ("dad offered to call Tyler's mom": offering to do something is the person's own act, never something given to them; so is
// "client offered her support" to a peer.)
export const GIVEN_TO = /^\s*((?:the\s+)?(?:parents?|mother|father|mom|dad|family|client|pt|patient|couple|caregivers?|both)(?:\s+(?:and|&)\s+(?:her\s+|his\s+|their\s+|the\s+)?(?:parents?|mother|father|mom|dad|family|partner|caregivers?))?)\s+(?:(?:were|was)\s+)?(?:given|provided(?:\s+with)?|offered(?!\s+to\s+[a-z]|\s+(?:(?:her|his|their)\s+(?:own\s+)?)?(?:support|help|encouragement|feedback|advice|empathy|validation)\s+to\b|\s+(?:her|his|their)\s+(?:own\s+)?(?:support|help|encouragement|feedback|advice|empathy|validation)\b))\b/i;

/** "pt late 20 min": lateness, never a heading's minutes. */
export const LATENESS = /\b(?:late|early)\s+\d{1,3}\s*(?:min|mins|minutes)\b|\b\d{1,3}\s*(?:min|mins|minutes)\s+(?:late|early)\b/gi;

/** Relatives and others whose jotted line label ("Dad:", "Grandma:") makes them the speaker. */
/** A relative opening a clause as its subject ("her mother ...", "dad ..."): their statements go on without a new subject. */
export const RELATIVE_SUBJECT = /^(?:(?:her|his|their|the|[A-Z][a-z]+'s)\s+)?(mother|father|mom|dad|stepmother|stepfather|grandmother|grandfather|partner|wife|husband|sister|brother)\b/i;

export const RELATIVE_SPEAKER = /^(?:mom|dad|mother|father|mum|stepmom|stepdad|stepmother|stepfather|grandmother|grandma|grandfather|grandpa|partner|wife|husband|teacher|aunt|uncle|foster mom|foster mother|guardian)$/i;

/** "He is coming back tomorrow at 10am": a return already arranged (read as the plan, written with "will"). */
export const ARRANGED_RETURN = /^(?:\S+\s+)?(?:is|are|'s)\s+(?:coming back|returning|coming in)\b/i;
/** When an arranged return happens: tomorrow, next week, on a day, in some days or weeks. */
export const RETURN_WHEN = /\b(?:tomorrow|tonight|next|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|in \w+ (?:days?|weeks?))\b/i;

/** "Dari interpreter in person (Mr. Hashimi)", "K'iche' interpreter by phone": who interpreted and how, a fact of the session, never the client's report. */
export const INTERPRETER_NAMED = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:[Ii]n-person|[Oo]n-?site|[Pp]hone|[Tt]elephone|[Tt]elephonic|[Vv]ideo|[Cc]ertified|[Tt]rained)\s+)?(?:[A-Z][A-Za-z'’-]*\s+){0,2}(?:[Ll]anguage\s+)?(?:[Ii]nterpreter|[Ii]nterpretation|[Tt]ranslator)\b/;

/** "Second session of forensic evaluation for Ms. Diallo", "3rd visit", "Crisis walk-in, pt Robert ...": which meeting this was, a fact of the session, never the client's report. */
export const SESSION_ORDINAL = /^(?:(?:crisis\s+)?(?:walk-in|individual|indiv|couples|family|intake)\s*,\s*(?=\S)|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:evaluation|eval|assessment|testing|therapy|treatment|individual|family|couples|group|intake)\s+)?(?:session|sess|visit|meeting|appointment|appt|interview)\b)(?!\s+(?:was|is|went|felt|seemed|ran|got|had)\b)/i;

/** "Next 2/18", "next: Thurs": the next meeting, jotted as its day alone. */
export const NEXT_ON_DAY = /^next\s*:?\s*(?:on\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})(?![\w/])/i;

/** A collateral contact, a court date, or a report that names its own source. */
/** ("Not cleared at this time", "Cleared from psych standpoint for surgery"): the clinician's finding on the client's clearance, said of the client as "was cleared", never as the client's report. */
export const CLEARANCE_FOUND = /^(?:not\s+(?:yet\s+)?|now\s+|is\s+not\s+|is\s+)?(?:cleared|approved|deemed\s+(?:appropriate|suitable|a\s+candidate))\b(?!\s+(?:up|out|away|off|the|her|his|their|my|a|it)\b)/i;
/** ("Letter to surgical team today", "Report to agency"): a document the clinician sends, as jotted, never what the client reported. */
export const DOCUMENT_SENT = /^(?:(?:clearance|summary|support|evaluation|eval|psych|psychological|compliance|discharge|treatment)\s+)?(?:letter|report|summary|records?|paperwork|forms?|documentation)\s+(?:(?:sent|faxed|emailed|mailed|to be sent|will be sent|going|due)\s+)?to\s+(?:the\s+)?[A-Za-z]/i;
export const NOT_THE_CLIENTS_REPORT = /^(?:also\s+)?(?:an?\s+)?(?:\d{1,2}:\d{2}\s*(?:am|pm)?\s+)?(?:\d+[\s-]*(?:minutes?|min)\s+)?(?:crisis\s+)?(?:phone\s+|telephone\s+|collateral\s+)?(?:call|contact|consult(?:ation)?)\s+(?:afterward\s+|afterwards\s+|after\s+(?:the\s+)?session\s+|before\s+(?:the\s+)?session\s+)?(?:with|w\/|to|from)\b|^(?:next\s+)?(?:(?:permanency|custody|dependency|review|status|disposition|adjudication|TPR|bond|probation|parole|immigration|asylum|merits|master calendar|individual|credible fear|reasonable fear|removal|deportation|eviction|family court)\s+)?(?:trial|court|hearing|sentencing|arraignment|pretrial)(?:\s+date)?\s+(?:is\s+|was\s+)?(?:set|scheduled|on|for|moved|continued|rescheduled|postponed|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|tomorrow|next (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|this (?:week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|in \w+ (?:days?|weeks?|months?))(?![\w/])|\bby (?:his|her|their|client's) (?:own )?report\b|^no\s+(?:(?:staff|visible|acute|physical|new|other)\s+)?(?:injury|injuries|marks|bruising|weapon access|access to weapons)\b|^(?:not\s+)?re-?directable\b|^(?:1:1|one-to-one|1 to 1)\s+(?:staff|sitter|observation|obs)\b|^(?:on\s+|continue\s+)?\d{1,2}-minute checks\b|^(?:psychiatric|psych)\s+(?:evaluation|eval)\s+(?:for|today|tomorrow|in the am|in am|pending|scheduled|requested|ordered)\b|^(?:voluntary|involuntary)\s+(?:admit|admission)\b|^(?:72[- ]hour\s+|involuntary\s+)?hold\s+(?:initiated|placed|started|written)\b|^(?:ua|urinalysis|labs?|blood work|urine drug screen)\s+(?:pending|ordered|sent)\b|\bper (?:the\s+)?(?:chart|records?|mar|ehr|file)\s*$|^(?:behavior|behaviour|sleep|mood|incident)\s+(?:log|tracking|chart)\b/i;
/** Another provider, then where they stand ("PCP aware", "psychiatrist considering lithium"). */
export const CARE_TEAM_STANCE = /^(?:the\s+)?(?:(?:hospice|charge|unit|floor|primary)\s+)?(?:primary care provider|psychiatrist|prescriber|pediatrician|oncologist|cardiologist|dr\.?\s+[A-Z][a-z]+|case manager|caseworker|RN|MD|NP|nurse|nursing|attending|social worker|chaplain|treatment team|[A-Za-z-]+\s+(?:care\s+)?team|team)\b(?:\s+\([^()]*\))?\s+(?:is\s+|was\s+)?(?:aware|notified|informed|updated|consulted|considering|recommends|recommended|agreed|agrees|to\s+[a-z]+)\b/i;
/** "Psych NP to see in AM", "SW will call daughter", "Dr. Osei to review labs": a step another provider takes is the plan. */
// ("Pt to see NP" is the client's own step, and no provider leads it.)
export const PROVIDER_WILL = /^(?:the\s+)?(?:(?:psych|psychiatric|inpatient|outpatient|unit|charge|floor|primary|on-call|palliative|renal|transplant|oncology|cardiac|consult(?:ing)?|hospital)\s+)*(?:psychiatry|psychiatrist|psych|(?:psychiatric\s+)?nurse practitioner|NP|social work(?:er)?|SW|case manager|CM|care manager|occupational therapy|OT|dietitian|nutrition|chaplain|chaplaincy|palliative care|nephrology|nephrologist|oncology|oncologist|cardiology|cardiologist|neurology|treatment team|care team|team|nursing|nurse|RN|MD|attending|resident|hospitalist|peer (?:support|specialist|supporter)|pharmacist|pharmacy|primary care provider|PCP|prescriber|Dr\.?\s+[A-Z][a-z]+)(?:\s+(?:\([A-Z][a-z]+\)|[A-Z][a-z]+))?\s+(?:to|will)\s+(?!be\b|have\b|feel\b)[a-z]+/i;
/** "Plan same", "Plan unchanged", "same plan", "no change to tx plan": the plan goes on as it stood. */
export const PLAN_UNCHANGED = /^\s*(?:(?:(?:tx|treatment)\s+)?plan\s+(?:is\s+|remains\s+)?(?:the\s+)?(?:same|unchanged|as before|as above|continues|no change)|(?:same|unchanged)\s+(?:tx\s+|treatment\s+)?plan|no changes?\s+(?:to|in)\s+(?:the\s+)?(?:tx\s+|treatment\s+)?plan|cont(?:inue|\.)?\s+same|same)(?=\s*(?:[,;.]|$))/i;

/** What a couple does together in the room, jotted with no doer. */
// ("Did not do joint session given DV disclosure": what was not done is no practice of the couple's.)
export const COUPLE_PRACTICE = /^(?:practiced|practised|rehearsed|role[- ]?played|tried|completed|did(?!\s+not\b))\b/i;
/** Who prescribes: "on sertraline 100mg per PCP" names the prescriber, not a source. */
export const PRESCRIBER = /^(?:primary care provider|psychiatrist|prescriber|pediatrician|doctor|nurse practitioner)\b/i;

/** "Informed Sgt Lowe", "notified nursing", "paged on-call psych": someone on the care or custody team told. */
// ("called ahead to Childrens ED triage": the handoff to the receiving team is the clinician's.)
export const NOTIFIED_SOMEONE = /^\s*(?:(?:also|then|and)\s+)?(?:called ahead(?:\s+to)?\s+(?=\S)|(?:informed|notified|alerted|briefed|paged)\s+)(?!consent\b)(?:the\s+)?(?:[A-Z][a-z]+|sgt|sergeant|lt|lieutenant|officer|co|custody|nursing|nurse|charge|supervisor|psych|psychiatry|on-call|shift|security|medical|staff|school|cps|dcfs|police|pd|mobile|treatment team|team|unit|warden|classification)\b/i;

/** "Escorted to ED by staff, handoff to ED psychiatrist", "Boyfriend contacted w/ pt consent to remove pistol": a crisis step
 * the clinician's side took, jotted with no doer or with the one reached first. */
export const CRISIS_STEP_TAKEN = /^\s*(?:(?:client|pt|patient)\s+)?(?:was\s+)?(?:escorted|walked|accompanied|transported)\s+to\s+(?:the\s+)?(?:ED|ER|emergency (?:department|room)|hospital|unit|triage|crisis (?:center|unit))\b|^\s*(?:(?:her|his|their|the)\s+)?(?:boyfriend|girlfriend|husband|wife|partner|mother|father|mom|dad|brother|sister|son|daughter|roommate|friend|cousin|aunt|uncle|grandmother|grandfather)\s+(?:was\s+)?(?:contacted|called|notified|reached)\s+(?:with|w\/)\s+(?:the\s+)?(?:client'?s?|pt'?s?|patient'?s?|her|his|their)\s+(?:consent|permission)\b/i;

/** "Called ED charge RN at St. Mary's, warm handoff": a call to a care service, jotted with no doer, is the clinician's. */
export const CALLED_CARE_SERVICE = /^\s*(?:(?:also|then)\s+)?(?:called|phoned|paged|contacted|faxed)\s+(?:the\s+)?(?:ED|ER|emergency (?:department|room)|hospital|charge (?:nurse|RN)|triage|mobile crisis|crisis team|police|911|EMS|on-call|psychiatr\w*|PCP|primary care provider|prescriber|pharmacy|CPS|APS|DCFS|child protective services|adult protective services)\b/i;

/** "Mobile crisis notified as backup", "police were called": a crisis service or care team told, jotted with the act after it. */
export const SOMEONE_NOTIFIED = /^\s*(?:(?:also|then|and)\s+)?(?:the\s+)?(?:mobile crisis(?: team| unit)?|crisis team|police|pd|911|ems|cps|aps|dcfs|child protective services|adult protective services|(?:the\s+)?(?:er|ed|emergency (?:room|department))(?: charge nurse)?|charge nurse|on-call(?: psychiatrist| provider)?|supervisor|clinical supervisor|psychiatrist|prescriber|pcp|primary care provider)\s+(?:was\s+|were\s+|has been\s+|have been\s+)?(?:notified|contacted|called|alerted|paged|informed|updated|consulted)\b/i;

/**
 * After a report to the police, the case it opened ("reported to police, trial set for March", "case pending"): the
 * report of a crime the client suffered, made by the client, never the clinician's mandated report.
 */
export const VICTIMS_CASE = String.raw`[^.;]{0,60}\b(?:case|charges?|trial|court date|detective|investigation|rape kit|restraining order|protective order|arrest(?:ed)?)\b`;
/** "Reported to APS today 3:10pm", "made report to CPS": a report to a protective agency, the clinician's act. */
export const REPORTED_TO_AGENCY = new RegExp(String.raw`^\s*(?:reported|made (?:a |the )?report|called in (?:a |the )?report|filed (?:a |the )?report)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?(?:aps|cps|dcfs|dcf|adult protective services|child protective services|(?:abuse\s+)?hotline|police|law enforcement|ombudsman)\b(?!${VICTIMS_CASE})`, 'i');

/** "I met with him for 75 minutes", "we did like 40 minutes": the session's length, told in the body (a session fact, said once). */
/** "I saw Dana, a 41-year-old ICU nurse ..., for her 5th session for shift work disorder": whom the session was with, and which. */
// ("I've been seeing Emma for 6 weeks for restrictive eating": how long the treatment has run, and for what.)
export const SEEN_FOR_SESSION = /^\s*(?:(?:so|ok(?:ay)?)\s+)?(?:today\s+)?(?:i|we)\s+(?:saw|met with|met)\s+[^.]{0,160}?\bfor\s+(?:her|his|their|our|the|a|an)\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|initial|follow-up|intake)\s+(?:session|visit|appointment|appt)\b|^\s*(?:i|we)(?:'ve| have)\s+been\s+(?:seeing|working with|treating|meeting with)\s+(?:[A-Z][a-z]+|him|her|them|the (?:client|couple|family))\s+(?:for|since)\s+(?:about\s+|approximately\s+|~\s*)?(?:\d+|a|one|two|three|four|five|six|several|a few)\s+(?:weeks?|wks?|months?|mos?|years?|yrs?|sessions?)\b/i;
/** "I'm also sending a note to her PCP": what the clinician is about to do, said in the present, is what they will do. */
export const CLINICIAN_ABOUT_TO: Readonly<Record<string, string>> = { sending: 'send', calling: 'call', emailing: 'email', faxing: 'fax', contacting: 'contact', referring: 'refer', messaging: 'message', texting: 'text', scheduling: 'schedule', consulting: 'consult', requesting: 'request', reaching: 'reach', submitting: 'submit', filing: 'file', mailing: 'mail' };
export const CLINICIAN_ABOUT_TO_START = new RegExp(`^\\s*(?:I'm|I am)\\s+(?:also\\s+|still\\s+)?(${Object.keys(CLINICIAN_ABOUT_TO).join('|')})\\b`, 'i');
/** "2 more booster sessions, next in 3 wks": the sessions still to come are the plan. */
export const SESSIONS_TO_COME = /^\s*(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve)\s+(?:more|additional|further|remaining)\s+(?:[a-z-]+\s+)?(?:sessions?|sess|visits?|appointments?|appts?)\b/i;
export const MET_FOR_MINUTES = /^\s*(?:(?:i|we)\s+)?(?:(?:met|saw|spent)\s+(?:with\s+|w\/\s*)?(?:him|her|them|the (?:client|couple|family)|client|pt|patient|[A-Z][a-z]+)|(?<=\b(?:i|we)\s+)(?:did|had|talked|went|spent))\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+|~\s*)?\d{1,3}\s*-?\s*(?:min|mins|minutes|hours?|hrs?)\s*$/i;

/** "parents notified", "PCP and school were informed": a party named first, then told, with no one telling named. */
export const TOLD_PARTY_FIRST = /^\s*(?:(?:the|her|his|their|client's|pt's)\s+)?(?:parents?|mother|father|mom|dad|guardian|caregivers?|family|spouse|wife|husband|partner|school|teacher|principal|psychiatrist|prescriber|pcp|primary care provider|treatment team|team|supervisor|cps|dcfs|aps|police|nurse|nursing|program md|md|on-call|probation officer|po|case manager|care manager)(?:\s+(?:and|&|\+)\s+(?:the\s+)?[a-z]+)?\s+(?:was\s+|were\s+)?(?:notified|informed|updated|alerted|contacted)\b(?!\s+(?:us|me|the clinic|therapist|writer|clinician|this writer)\b)/i;

/** "Clutter ~ CIR 6-7 in LR", "Strong odor cat urine, 4 cats seen", "Rodent droppings visible", "Smoke det not working": what a home
 *  visit found, jotted with no one seeing it. */
export const HOME_FINDING = /^\s*(?:(?:strong|heavy|mild|faint|some|much|lots of|piles of|stacks of|visible|fresh|old)\s+)?(?:clutter|odou?r|smell|stench|pathways?|trash|garbage|dishes|rodents?|rodent droppings|droppings|mold|mould|roaches|cockroaches|bugs|bed bugs|flies|urine|feces|cat urine|dog feces|piles|boxes|newspapers|smoke det(?:ector)?s?|smoke alarms?|stove(?:\s+top)?|hallway|doorways?|exits?|food|expired food|spoiled food|fridge|refrigerator|heat|water|electricity|power|toilet|sink|tub|shower)\b[^.;]{0,120}?(?:\b(?:seen|visible|noted|observed|present|blocked|narrowed|covered|piled|stacked|not working|broken|off|shut off|overflowing|rotting|spoiled)\b|\bCIR\b)/i;
/** "apt cluttered", "kitchen clean, fridge stocked": a room or the home, and how it looked. */
export const HOME_STATE_SEEN = /^\s*(?:(?:the|his|her|their|client's|pt's)\s+)?(?:apt|apartment|home|house|room|bedroom|kitchen|bathroom|fridge|refrigerator|unit|living space|living room|place|cell|yard)\s+(?:was\s+|is\s+|were\s+|looked\s+)?(?:very\s+|more\s+|less\s+|somewhat\s+)?(?:cluttered|clean|cleaner|dirty|messy|tidy|tidier|neat|organized|disorganized|unkempt|empty|bare|stocked|unsanitary|malodorous|hoarded|in disarray)\b/i;

/** "no s/sx mania", "no evidence of psychosis": no signs of an illness is the clinician's finding. */
export const NO_SIGNS_SEEN = /^\s*no\s+(?:signs|evidence|overt|observable|observed|apparent)\b/i;

/** "pill box filled correctly": the medications checked at a visit. */
export const MEDICATIONS_CHECKED = /^\s*(?:the\s+|his\s+|her\s+)?(?:pill ?box|pill organizer|blister packs?|medication box|med box|medication organizer)\s+(?:was\s+)?(?:filled|checked|correct|incorrect|accurate|set up|empty|full)\b/i;

/** "called front desk this am asking for same day appt": whoever called asking to be seen is the client. */
export const CALLED_ASKING_TO_BE_SEEN = /^(?:called|phoned|emailed|texted|messaged|walked in|came in|showed up)\b[^.;]{0,60}\b(?:asking (?:for|to)|requesting|to (?:ask|request) (?:for|to)?|for an? (?:same[- ]day|urgent|earlier|emergency|crisis) (?:appointment|session|visit))/i;

/**
 * A step in the client's care, jotted with no doer ("warm handoff Bettina Lowe to Dr. Okafor's team", "72 hours phone
 * follow-up", "no further mobile crisis follow-up unless she calls", "first outpatient appt 4/2"): the team's, never the
 * client's report.
 */
export const CARE_STEP_LEAD = /^(?:(?:no|any)\s+(?:further\s+|more\s+)?)?(?:(?:first|next|initial|\d{1,3}[- ]?(?:hours?|hr|h|day|days))\s+)?(?:(?:outpatient|inpatient|phone|telephone|video|in-person|home|field|mobile crisis(?: team)?|crisis(?: team)?|team|clinic|warm|same-day)\s+){0,3}(?:follow-?up(?:\s+(?:call|visit|contact))?|f\/u|hand-?off|intake|appointment|appt|referral|transport|callback|call-?back|disposition|admission)\b/i;
/** A person named first and last, then what about them ("Rosa Quintero day 3 on the CSU"): about them, never the client's report. */
export const FULL_NAME_LEAD = /^(?!(?:The|This|That|Client|Patient|Therapist|No|Not|Per|Mood|Sleep|Affect|Safety|Risk)\b)[A-Z][a-z]+\s+(?:[A-Z]'|Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,|\s+(?=[a-z0-9(]))/;
/** "Per nursing eating ~50% of meals": the source, then what the client was doing, with no comma between. */
/** "Per staff 3 prior verbal altercations this month": a source named first, then what it told (said with its comma). */
export const PER_ROLE_LEAD = /^per\s+((?:the\s+)?(?:nursing staff|nursing|night staff|day staff|unit staff|staff|charge nurse|nurse|rn|cna|aide|residential staff|teacher|school|caseworker|case manager|social worker|foster (?:mom|dad|mother|father|parents?)|group home staff|probation officer|pcp|chart|records?|mar))\s*,?\s+(?=[\w"'~])/i;
/** One item of a clinician's list of findings: a domain with how it was found ("limited insight", "poor recall of incident") or "no X". */
const FINDING_ITEM = /^(?:(?:limited|poor|fair|good|impaired|intact|partial|minimal|questionable|variable|adequate)\s+(?:insight|judgment|judgement|recall(?: of (?:the )?[a-z]+)?|memory|attention|concentration|eye contact|hygiene|grooming|reality testing|impulse control)|no\s+(?:(?:specific|clear|current|stated|identified)\s+)?[a-z]+(?:\s+(?:access|plan|intent))?)$/i;
/** "No weapon, no specific plan, limited insight", "Poor recall of incident": the clinician's findings, never the client's report
 *  (a list of "no X" alone stays the client's answers: at least one item names a domain found). */
export function isFindingsList(text: string): boolean {
  const items = text.replace(/[.;]\s*$/, '').split(/\s*,\s*|\s*;\s*/);
  return items.every((i) => FINDING_ITEM.test(i)) && items.some((i) => !/^no\s/i.test(i));
}
export const PER_SOURCE_THEN_DOING = /^per\s+(?:the\s+)?(nursing|nursing staff|staff|night staff|day staff|unit staff|the unit|nurse|rn|charge nurse|residential staff)\s+(?=[a-z]+ing\b)/i;

/** "My impression:", "Clinical impression -": the clinician's own judgement opens the sentence. */
/** ("helped client call 988 ... during session", "called mobile crisis from the office", "updated safety plan w/ him"): a step taken in the session, said in the past. */
export const DONE_IN_SESSION = /^(?:(?:i|we|therapist)\s+)?(?:(?:helped|assisted|called|contacted|notified|phoned|paged|made|filed|completed)\b(?![^.;]*\b(?:will|next|tomorrow|to be|pending)\b)[^.;]*\b(?:during|in|from)\s+(?:the\s+)?(?:session|sess|office|visit|call)\b|(?:updated|reviewed|completed|developed|created|revised|went over)\s+(?:(?:a|the|her|his|their)\s+)?(?:safety|crisis)\s+plan\b)/;
/** ("Calmer by end of session", "she was more settled at the close of group"): a state at the end of this session, with no verb of telling. */
export const SETTLED_BY_THE_END = /^(?:(?:client|pt|patient|cl|she|he|they|[A-Z][a-z]+)\s+)?(?:(?:was|were|seemed|appeared|looked)\s+)?(?:(?:much|a bit|somewhat|visibly|noticeably)\s+)?(?:calmer|calmed(?:\s+down)?(?:\s+(?:some|somewhat|a bit))?|quieter|brighter|more (?:settled|relaxed|composed|regulated|hopeful|grounded)|less (?:agitated|anxious|tense|distressed|activated|angry|tearful|escalated)|settled|de-?escalated|composed|regulated)\s+(?:by|at|toward|towards|near)\s+(?:the\s+)?(?:end|close)(?:\s+of\s+(?:the\s+)?(?:session|sess|group|call|visit|meeting))?\s*$/i;
/** "Asked Priya privately ...", "asked Dev directly": a person the clinician asked, by name (1: the name). */
export const ASKED_NAMED = /^\s*[Aa]sked\s+([A-Z][a-z]+)\b(?!\s+(?:to|for)\b)/;
/** "Asked to meet w/ Sofia alone for last 15 min": asking to meet someone apart, jotted with no asker. */
export const ASKED_TO_MEET = /^\s*[Aa]sked\s+to\s+(?:meet|speak|talk)\s+(?:with|w\/)\s+[A-Z][a-z]+\b/;
/** "Did not proceed w/ joint work", "held off on exposure given ...": session work the clinician chose not to do. */
export const WORK_HELD_BACK = /^\s*(?:did not|didn't|chose not to|decided not to|opted not to)\s+(?:proceed|continue|start|begin|move forward|go ahead)\s+(?:with|w\/)\s|^\s*(?:held off|paused|deferred|postponed)\s+(?:on\s+)?(?:the\s+)?(?:joint|conjoint|couples|exposure|trauma|processing|narrative|EMDR|imaginal|in vivo)\b/i;
/** "Kept him on line ~45 min, got wife on the other phone": the crisis call held by the clinician, jotted with no one named. */
export const KEPT_ON_LINE = /^\s*[Kk]ept\s+(?:him|her|them|the client|pt|client)\s+on\s+(?:the\s+)?(?:line|phone|call)\b/;
/** "Followed up by phone after group": a follow-up already made, jotted with no one named. */
export const FOLLOWED_UP_DONE = /^\s*[Ff]ollowed up\s+(?:with\s+[\w.]+\s+)?(?:by phone|by text|by email|via|after|individually|in person|privately)\b/;
/** ("Client not at risk himself", "pt low risk at this time"): a judgement of the client's risk, with its subject and no verb of telling. */
export const RISK_JUDGED = /^(?:client|pt|patient|cl|she|he|they|(?!(?:High|Low|Moderate|Minimal|Elevated|Chronic|Acute|Not|No)\b)[A-Z][a-z]+)\s+(?:is\s+|was\s+|appears\s+|seems\s+|judged\s+)?(?:not\s+(?:at\s+)?(?:(?:imminent|acute|current|elevated|high)\s+)?risk|(?:at\s+)?(?:low|moderate|high|minimal|elevated|chronic|acute)(?:\s+(?:to|-)\s+(?:low|moderate|high))?\s+risk|not\s+(?:an?\s+)?(?:imminent\s+)?(?:danger|threat)\s+to\s+(?:self|others|self or others))\b(?![^.;]{0,40}\b(?:said|says|reports?|reported|states?|stated|told)\b)/i;
export const IMPRESSION_LEAD = /^\s*(?:my |clinical |clinician's |therapist's |writer's |diagnostic )?(?:impressions?|formulation)\s*[:-]/i;

/** "Couldn't assess affect by phone": what the clinician could not examine, said without a subject. */
export const CLINICIAN_COULD_NOT = /^(?:could not|couldn't|unable to|cannot|can't|was unable to)\s+(?:fully\s+)?(?:assess|observe|evaluate|see|examine|rate|determine|test)\b/i;

/** "told both next incident with kids in car I would consult re report": the clinician telling them what the clinician will do. */
export const TOLD_THEM_WHAT_CLINICIAN_WILL = /(?:but\s+)?told\s+(?:both|them|the couple|the parents|the family)\b[^.;]{0,80}\b(?:I|we)\s+(?:would|will|'d|'ll|have to|had to|must)\b/i;

/**
 * "Caregiver Linda (62), wife of pt Frank (hospice)": a caregiver named with an age at the start of a line is the one the
 * clinician is seeing, though the patient is named beside her; the note is hers, never one written without its client.
 */
// ("So this is for Linda Marsh um the wife of our patient Gerald": the note is for the one it names first, the caregiver seen.)
// ("Caller: Frank D., 71, husband of pt Marie D.": in hospice, the one named with whose relative he is, is the one seen.)
/**
 * The clinician spoke with the client after another person's call ("daughter of pt Robert Kline called ... I reached Robert by
 * phone. He confirmed thoughts of shooting himself"): the client was assessed, whoever called first. Group 1 is whom they reached.
 */
// ("Spoke w/ pt after, pt acknowledged 2 cuts": so is a sentence that opens on the speaking, with no one named as its doer.)
export const CLIENT_REACHED = /(?:\b(?:I|[Tt]herapist|[Ww]riter|[Cc]linician)\s+|(?:^|[.;]\s*|\n\s*))(?:(?:[Tt]hen|[Ll]ater|[Aa]lso)\s+)?(?:[Rr]eached|[Ss]poke (?:with|w\/|to)|[Tt]alked (?:with|w\/|to)|[Gg]ot (?:ahold of|a hold of|through to)|[Cc]onnected with|[Aa]ssessed)\s+(?:the\s+)?(client|pt|patient|[A-Z][a-z]+)\b/g;
/** The client's name where the summary gives it after the word ("daughter of pt Robert Kline"). */
export const CLIENT_NAMED = /\b(?:pt|client|patient)\s+([A-Z][a-z]+)\b/g;
/**
 * How the client met the work, told inside another line ("came up with some evidence against it", "was able to reflect back her
 * fear", "agreed to message them today", "ambivalent", "did step 1 in session"): a response documented, whatever section it is in.
 */
export const RESPONSE_TOLD = /\b(?:was|were)\s+able\s+to\b|\bcame up with\b|\breflected back\b|\b(?:agreed|agrees)\s+to\b|\b(?:engaged|receptive|ambivalent|resistant|defensive|guarded)\b(?!\s+(?:in|with)\s+(?:substance|drug|alcohol))|\b(?:understood|accepted coaching|accepted)\b|\b(?:calmer|brighter|more relaxed|settled)\s+(?:by|at)\s+(?:the\s+)?end\b|\bdid\s+(?:step|item|the first step)\s+\d?\b|\bsaid\s+(?:it|that|this)\s+(?:helped|was helpful)\b|\b(?:rated|rates)\s+(?:importance|confidence|readiness)\b/i;
export const CAREGIVER_SEEN = /(?:^|\n)\s*(?:[Ff]amily\s+)?(?:[Cc]aregiver|CG)\s*:?\s+[A-Z][a-z]+\s*\(\d{1,3}\)|^[^\n]{0,120}?\b[A-Z][a-z]+(?:\s+[A-Z](?:[a-z]+|\.))?\s*,\s*(?:(?:age\s+)?\d{1,3}\s*,\s*)?(?:the\s+)?(?:wife|husband|widow|widower|daughter|son|mother|father|sister|brother|partner|spouse|caregiver)\s+of\s+(?:pt|patient)\b|^\s*(?:(?:[Uu]m|[Uu]h|[Ss]o|[Oo]k|[Oo]kay)[\s,]+)*[Tt]his (?:is|was|note is) (?:for|on|regarding)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[\s,]+(?:(?:um|uh)\s+)?(?:the\s+)?(?:wife|husband|daughter|son|mother|father|sister|brother|partner|caregiver)\s+of\b/;

/** The client was not in the room: "River wasn't present", "client not present", "parent-only collateral". */
// ("Collateral call w/ pt's mother": a call with the client's relative, about the client, is held without the client.)
// ("Will NOT contact GAL without pt consent": what needs the client's consent says nothing of who was there.)
// (The flag makes a "name" match any word: "mom was not there" must not read "was" as a name, so words that are no one's are ruled out.)
// ("mom in the other room not in session": a place is no one absent.)
export const CLIENT_ABSENT = /\b(?:(?:client|pt|patient|(?!(?:Mom|Dad|Mother|Father|Parents?|Grandma|Grandpa|Grandmother|Grandfather|Sister|Brother|Partner|Wife|Husband|Teacher|Staff|Therapist|Stepdad|Stepmom|Guardian|Caregiver|was|were|is|are|am|be|been|and|but|or|so|then|he|she|they|it|who|that|this|there|here|also|still|just|nurse|doctor|dad|family|team|interpreter|aide|room|office|house|home|kitchen|lobby|hallway|car|building)\b)[A-Z][a-z]+)\s+(?:was not|wasn't|is not|isn't|not)\s+(?:present|in (?:the )?session|there|in attendance)|(?:without|w\/o)\s+(?:the\s+)?(?:client|pt|patient|teen|child|youth)\b(?!'s|\s+(?:consent|permission|knowledge|agreement|approval|authori[sz]ation|release|input|signature)\b)|(?:client|pt|patient|teen|child|youth)\s+(?:did not|didn't|refused to)\s+(?:attend|come|join)|^\s*collateral\s+(?:phone\s+)?(?:call|contact|consult\w*)\s+(?:(?:x\s*)?\d+\s*(?:min|mins|minutes)\s+)?(?:w\/|with|from)\s+(?:the\s+)?(?:pt's|client's|patient's|her|his|their)\s+\w+|^\s*(?:(?:phone|telephone|video)\s+)?(?:call|contact|check-?in|ck-?in|chk-?in|HV|home visit|visit|meeting|mtg)\s+(?:(?:x\s*)?\d+\s*(?:min|mins|minutes)\s+)?(?:w\/|with|from)\s*(?:the\s+)?(?:pt's|client's|patient's)\s+\w+|\b(?:client|pt|patient)\s+(?:was\s+|is\s+)?(?:asleep|sleeping|napping|at school|at work|at day program|in the hospital|not available|unavailable)\b|^\s*(?:(?:phone|telephone)\s+)?(?:call|contact|consult\w*|conversation)\s+(?:w\/|with|from)\s+[^;\n]{1,60}?\b(?:re:?|regarding|about)\s+(?:my\s+|our\s+|the\s+)?(?:client|pt|patient)\b|^\s*(?:(?:crisis|phone|telephone|urgent)\s+)*call\s+(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\s+)?from\s+(?:the\s+|a\s+)?(?:mother|mom|father|dad|parent|wife|husband|partner|sister|brother|grandmother|grandfather|daughter|son)\b[^.;\n]{0,40}?\b(?:re:?|regarding|about)\s+(?:her|his|their)?\s*(?:son|daughter|child|kid|husband|wife|partner|brother|sister|mother|father|mom|dad)\b|\b(?:refused|declined)\s+to\s+(?:come|get)\s+(?:to\s+)?(?:on\s+)?(?:the\s+)?phone\b(?![^.;\n]{0,20}\b(?:in|during)\s+(?:session|group))|\b(?:daughter|son|wife|husband|mother|father|mom|dad|sister|brother|caregiver|partner|guardian)\b[^.;\n)]{0,25}\bof (?:my |our |the )?(?:client|pt|patient)\b|^\s*(?:phone\s+)?call\s+from\s+(?:the\s+|a\s+)?(?:father|mother|mom|dad|parent|stepfather|stepmother|spouse|wife|husband|partner|sister|brother|roommate|grandmother|grandfather)\s+of\s+(?:the\s+|a\s+|my\s+)?(?:client|pt|patient|student|student-athlete)\b)/i;

/** "SH: married ..." opening a line, with no risk word after the colon. */
export const SOCIAL_HISTORY_LINE = /^\s*SH\s*:\s*(?!(?:denies|denied|none|no|yes|neg|pos|negative|positive|hx|history of|current|past|urges?|thoughts?|acts?|∅|0)\b)(?=[A-Za-z])/i;
/** An intake's other history labels: "PMH:", "FH:", "HPI:". */
export const HISTORY_LABELS = /\b(?:PMH|PPH|FH|FHx|HPI|PSH|CC|Psych hx|Med hx)\s*:/;

/** Capitals written right after a person word ("mbr PH", "wife CW") or joined to one ("DW + wife"): someone's initials. */
export const PERSON_INITIALS = /\b(?:mbrs?|members?|wife|husband|partner|spouse|mother|father|mom|dad|son|daughter|sister|brother|girlfriend|boyfriend|gf|bf|peers?|co-?fac(?:ilitator)?)\s+([A-Z]{2,3})\b(?![a-z])|\b([A-Z]{2,3})(?=\s*(?:\+|&|and)\s*(?:his |her |their )?(?:wife|husband|partner|spouse|girlfriend|boyfriend)\b)/g;

/**
 * A plan item that has someone reach the therapist ("Email the therapist Friday re how many blocks", "Text the rifle
 * location to the therapist"): the therapist does not write to themself, so the one who acts is the client.
 */
/** "left VM for Terrell at 4:40pm requesting call back", jotted with no one before it: the clinician's outreach, never the
 * client's (a message left for the clinician is the client's: "left a message for me"). */
export const LEFT_A_MESSAGE = /^\s*(?:also\s+|then\s+)?left\s+(?:a\s+|an\s+|another\s+|2nd\s+|second\s+)?(?:detailed\s+|brief\s+|HIPAA-compliant\s+|generic\s+)?(?:vm|voicemail|voice mail|voice-mail|message|msg)\b(?![^.;]{0,20}\bfor\s+(?:me|us|the therapist|therapist|this writer|writer|the clinician|clinician)\b)/i;
// ("Phone check-in tomorrow 10am by me": what the therapist does is theirs, never the client's reaching them.)
export const REACH_THE_THERAPIST = /^(?:email|e-mail|text|call|phone|message|send|bring|update|tell|show|let|leave)\s+(?:[^.;]{0,60}?\s)?(?<!\bby\s)(?:to\s+)?the (?:therapist|clinician)\b/i;

/** "Father check-in with the therapist by phone Monday": the relative's step in the plan, said with its "to". */
export const RELATIVE_CHECK_IN = new RegExp(`^(${oneOf(COLLATERAL_SOURCES)})\\s+(?:check-?in|call|phone call)\\s+(?=with\\b)`, 'i');

/** "got his location first - at home, Tucson": on a call, getting where the client is is the clinician's step. */
export const LOCATION_CONFIRMED = /^(?:got|obtained|confirmed|verified|checked)\s+(?:his|her|their|the client's|client's|pt's)\s+(?:location|address|whereabouts)\b/i;

/** "Consulting w my supervisor re: higher level of care": the clinician's own consultation, named by "my", is the next step. */
export const MY_CONSULTATION_NEXT = /^(?:consulting|will consult|to consult|staffing|discussing|will discuss|will staff)\s+(?:with\s+|w\/\s*)?my\s+(?:supervisor|clinical supervisor|consultant|consultation group|team|peer consultation)\b/i;

/** "did not meet duty-to-warn threshold per my assessment": the clinician's finding, said without its subject. */
export const THRESHOLD_NOT_MET = /^(?:did not|didn't|does not|doesn't)\s+meet\s+(?:the\s+)?(?:duty[- ]to[- ](?:warn|protect)|tarasoff|criteria|threshold)\b/i;

/** "didn't get to risk screen today": what the session ran out of time for is the clinician's screen, never the client's doing. */
// ("did not complete the PHQ-9 today" names no one who left a questionnaire undone: the writer says it without a doer.)
export const SCREEN_NOT_REACHED = /^(?:did not|didn't|did n't|could not|couldn't|was not able to|wasn't able to)\s+(?:get to\s+(?:the\s+|a\s+)?(?:risk|safety|suicide|si|c-ssrs|columbia|phq|gad|pcl|measures?|screen|screening|assessment|mse|mental status)|(?:do|complete|finish)\s+(?:the\s+|a\s+)?(?:risk|safety|suicide|si|c-ssrs|columbia|screen|screening|assessment|mse|mental status))\b/i;

/** A lab value or a record's finding opening a jotted line ("Last VL 1,240", "refill data shows ..."): the chart's, never the client's report. */
export const CHART_RESULT = /^(?:(?:last|latest|most recent|recent|current|today's|baseline|repeat)\s+)?(?:VL|viral load|CD4(?:\s+count)?|A1c|HbA1c|labs?|lab work|LFTs?|CBC|BMP|CMP|TSH|INR|eGFR|creatinine|lithium level|(?:depakote|valproate|clozapine)\s+level)\b[^.;]{0,40}?(?:\d|undetectable|detectable|normal|abnormal|elevated|pending)|^(?:[A-Za-z]+\s+){0,3}(?:data|records?|chart|labs?|results?|logs?)\s+(?:shows?|showed|indicates?|indicated|confirms?|confirmed|reflects?|reflected)\b/i;

/** A neurological finding named first: "R hemiparesis", "mild expressive aphasia", "L neglect improving". */
export const NEURO_FINDING = /^(?:(?:left|right|L|R|bilateral|mild|moderate|severe|dense|residual|expressive|receptive|global|fluent|nonfluent|non-fluent|visual|spatial|motor|sensory)\s+){0,3}(?:hemiparesis|hemiplegia|aphasia|neglect|dysarthria|dysphagia|ataxia|apraxia|hemianopia|hemianopsia|anomia|paraphasias|spasticity|weakness of (?:the )?(?:left|right) (?:arm|leg|side))\b/i;

/** "Hands mildly tremulous", "leg bouncing throughout": the body, seen in the room and jotted without a verb of saying. */
export const BODY_STATE_SEEN = /^(?:(?:her|his|their|both)\s+)?((?:(?:l|r|left|right)\s+)?(?:hands?|arms?|legs?|knees?|feet|foot|fingers|voice|lips?|jaw|chin|body))\s+((?:(?:were|was|mildly|slightly|visibly|noticeably|very|a bit|somewhat|constantly|intermittently)\s+){0,2})(tremulous|shaking|shaky|trembling|tremoring|bouncing|jittery|clammy|sweaty|fidgeting|clenched|tense|tapping|quivering|quavering|wavering)\b(.*)$/i;

/** States seen in the room that a jotting compares ("more settled by end", "less guarded"): the clinician's, never reported. */
export const COMPARED_STATES: ReadonlySet<string> = new Set(['settled', 'calm', 'relaxed', 'engaged', 'open', 'hopeful', 'regulated', 'focused', 'animated', 'talkative', 'present', 'organized', 'connected', 'grounded']);

/** "after pt left", "once he stepped out": a time the client had gone, opening what someone else then told (as pattern source). */
export const CLIENT_GONE = String.raw`(?:after|once|when)\s+(?:the\s+)?(?:client|pt|patient|he|she|they)\s+(?:had\s+)?(?:left|stepped out|went back|was taken back|was wheeled out)`;

/** Staff or a service who came into the client's day, by role ("resident director", "university police (UPD)", "mobile crisis"). */
const STAFF_ROLE = String.raw`(?:resident director|resident assistant|university police(?: \(UPD\))?|campus police|police|security|mobile crisis(?: team)?|EMS|paramedics|nurse|RN|case manager|caseworker|teacher|principal|school counselor|staff|on-call (?:clinician|counselor))`;
/** ("RD + UPD did wellness check on Chloe"): one or two of them, then what they did. */
export const STAFF_ACTED = new RegExp(String.raw`^(?:the\s+)?${STAFF_ROLE}(?:\s+and\s+(?:the\s+)?${STAFF_ROLE})?\s+(?:did|came|went|took|called|arrived|transported|checked|found|responded|completed|conducted|removed)\b`, 'i');
/** A condition the client has, jotted after the client ("Pt early Alzheimer's", "Pt hoarding"). */
export const CONDITION_LEAD = /^(?:(?:early|mild|moderate|severe|late[- ]stage|mild-moderate|advanced|chronic|new)\s+)?(?:Alzheimer'?s|dementia|Parkinson'?s|hoarding(?=\s*[,;.]|\s+disorder)|MDD|PTSD|OCD|schizophrenia|bipolar|major depressive disorder|post-traumatic stress disorder|obsessive-compulsive disorder|mild cognitive impairment|MCI|CHF|COPD|diabetes|cancer|stroke)\b/i;

/** ("Intervention: suspended ERP agenda"): the session's planned work set aside, the clinician's act. */
export const WORK_SET_ASIDE = /^(?:suspended|paused|postponed|deferred|shelved|set aside)\s+(?!from\b|for\b|until\b|by\b)(?:\S+\s+){0,3}(?:agenda|exposures?|hierarchy|homework|protocol|work|processing|module|ERP|exposure and response prevention \(ERP\))(?=\s|$|[.,;])/i;

// What the writer says as it stands, or as the clinician's, whoever the reader found doing it.
/** Acts one does to another ("normalized", "validated", "reassured"): with "we", still the clinician's alone. */
export const DONE_TO_CLIENT = /^(?:normalized|validated|reassured|reframed|reflected|praised|affirmed|encouraged|educated|psychoeducated)\b/i;

/** "His father, ..., got burned", "Her husband was deployed in May": something that befell the client's relative. */
export const RELATIVE_BEFELL = /^((?:his|her|their)\s)(?=(?:mother|father|stepfather|stepmother|brother|sister|grandmother|grandfather|uncle|aunt|cousin|husband|wife|partner|son|daughter)\b(?:,[^,]{1,60},)?\s+(?:got|was|were|is|has been|had been|died|passed away|deployed|left|moved|went)\b)(?![^.;]*\b(?:says|said|reports|reported|told|states|stated)\b)/i;

/** "Code enforcement gave 30 day notice", "Landlord filed for eviction": an agency, a court or a landlord, and what it did. */
export const AGENCY_ACTED = /^(?:the\s+)?(?:code enforcement|adult protective services|child protective services|APS|CPS|DCFS|landlord|property manager|housing authority|court|judge|city|county|probation|parole|school|insurance|insurer|Social Security|Medicaid|Medicare|utility company|bank)\s+(?:has\s+|had\s+|also\s+|already\s+)?(?:gave|sent|issued|filed|served|closed|opened|denied|approved|scheduled|posted|shut off|cut off|condemned|called|came|left|said|told|set|took|removed|ordered|granted|extended)\b/i;

/** "Urgent bedside consult, ...", "Unscheduled phone contact -", "Court accompaniment for PO hearing", "Total time 3.5 hrs incl waiting":
 *  a clause that opens by naming the contact itself, or its time. */
export const CONTACT_NAMED_FIRST = /^(?:(?:urgent|emergent|stat|same-day|unscheduled|unplanned|walk-in|initial|new)\s+(?:(?:bedside|chairside|phone|telephone|video|crisis|inpatient|psych(?:iatry)?|psychology|curbside|consult)\s+)?(?:consult(?:ation)?|visit|evaluation|eval|assessment|contact|call|page)\b\s*[,;:-]|(?:court|hospital|ED|medical|legal|police)\s+(?:accompaniment|advocacy)\b|total\s+(?:time|contact|contact time|face[- ]to[- ]face time)\b|session\s+(?:was\s+)?(?:held\s+|conducted\s+)?in\s+[A-Z][a-z]+\b|(?:pre-?[\w-]+\s+|candidacy\s+)?psych(?:ological|iatric|osocial)?\s+(?:eval|evaluation|assessment)\b\s*[,;:-])/i;

/** "Night staff q15 checks ordered per protocol", "1:1 sitter placed": observation or precautions ordered for the client. */
export const OBSERVATION_ORDERED = /^(?:[a-z-]+\s+)?(?:staff\s+|nursing\s+|unit\s+)?(?:q\s?\d{1,2}(?:\s?min(?:ute)?)?|\d{1,2}-minute|every \d{1,2} min(?:utes)?|close|constant|1:1|one-to-one|suicide|safety|elopement|line-of-sight|los)\s+(?:checks|observation|obs|precautions|monitoring|sitter)\s+(?:were\s+|was\s+)?(?:ordered|placed|initiated|started|implemented|increased|continued|resumed|put in place|in place)\b/i;

/** When the words were said, told of the speaker in the third person after them ("... when he was angry", "... when he made her
 * finish dinner"): the telling again, never part of the words. */
export const WHEN_SAID_TOLD = String.raw`(?:when|whenever|while|after|because)\s+(?:she|he|they)\s+(?:was|were|is|are|gets|got|felt|feels|had|has|made|told|said|took|gave|[a-z]+ed)\b`;

/** What a client is to do, jotted with a verb in its base form after "pt" ("Pt cont IOP 3x/wk"): the plan, never a report. */
const CLIENT_TO_DO_VERBS = String.raw`(?:continue|resume|start|begin|attend|complete|schedule|follow up|return)`;
export const CLIENT_TO_DO = new RegExp(String.raw`^\s*(?:client|patient|pt)\s+${CLIENT_TO_DO_VERBS}\b`, 'i');
/** The same, as the writer meets it ("Client continue ..."): the client word, up to the verb. */
export const CLIENT_BEFORE_TO_DO = new RegExp(String.raw`^(?:client|patient)\s+(?=${CLIENT_TO_DO_VERBS}\b)`, 'i');

/** "C-L consult 4W, req by hospitalist": a consult and who asked for it is what the visit was. */
/** "Inpatient consult 7W, postoperative day 5 ...", "Bedside consult, rm 412": the visit named as a consult, where and when, heading the note. */
export const CONSULT_VISIT = /^\s*(?:(?:initial|new|follow-up|urgent|routine|stat|inpatient|bedside|ICU|floor)\s+){1,2}(?:(?:psych|psychiatry|psychiatric|psychology|behavioral health|consultation-liaison|c-l)\s+)?consult(?:ation)?\b(?=\s*(?:,|;|$|\(|[0-9]|[A-Z0-9]{1,4}\b|(?:on|in|at)\s+(?:the\s+)?(?:unit|floor|room|rm|bed|[0-9A-Z])))/i;
/** "Primary team asking re depression": what the team that called the consult wants answered, never the client's report. */
export const TEAM_ASKS = /^\s*(?:the\s+)?(?:primary|medical|surgical|ICU|transplant|referring|consulting|treatment|care|nursing)\s+team\s+(?:is\s+)?(?:asking|asked|asks|requests?|requested|requesting|wants?|wanted|concerned|worried)\b/i;
export const CONSULT_REQUESTED = /^\s*(?:(?:consultation-liaison|c-l|psychiatry|psychiatric|psychology|behavioral health|bedside|inpatient)\s+)?consult(?:ation)?\b[^.;]{0,40}\b(?:requested|ordered|placed)\s+by\b[^.;]{0,40}$/i;

/** "q-shift SI checks by nursing": checks ordered for the unit's staff to keep are the plan. */
export const CHECKS_ORDERED = /^\s*(?:every shift|every \d{1,2} (?:minutes|hours)|hourly|q\s?\d{1,2}\s?(?:min|h))\s+(?:suicidal ideation\s+|SI\s+|safety\s+|suicide\s+|behavioral\s+)?(?:checks|observation|monitoring|rounds)\b/i;

/** A hold placed on the client: "Placed on 72hr hold", "pt placed on 5150". */
export const HOLD_PLACED = /^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:was\s+)?(?:placed|put)\s+on\s+(?:an?\s+)?(?:72[- ]?(?:hour|hr)|5150|involuntary|legal|emergency|mental health|psychiatric)\b/i;
/** A relative or a professional told, with no teller: "Sister Lorraine notified by phone" ("mom notified me" is her telling). */
// ("DV advocate paged", "chaplain notified": those on the team the clinician called in.)
export const RELATIVE_NOTIFIED = /^\s*(?:(?:her|his|their|the|client's|pt's)\s+)?(?:sister|brother|mom|mother|dad|father|wife|husband|partner|daughter|son|family|guardian|parents?|aunt|uncle|grandmother|grandfather|caseworker|case manager|pcp|psychiatrist|school|supervisor|landlord|roommate|(?:dv |domestic violence |victim )?advocate|social worker|sw|chaplain|attending|on-call|security|ob|charge nurse|team)(?:\s+\(?[A-Z][a-z]+\)?)?\s+(?:was\s+|were\s+)?(?:notified|informed|contacted|called|updated|alerted|paged)\b(?!\s+(?:me|us|the therapist|this writer|that|to say)\b)/i;

/** The client taken on to emergency or inpatient care, with no teller: "pt transported to the ED by mobile crisis". */
export const CLIENT_TAKEN_TO_CARE = /^\s*(?:(?:client|patient|pt|she|he|they)\s+)?(?:was\s+|were\s+)?(?:transported|escorted|transferred|taken|sent|driven)\s+(?:(?:by|via)\s+[^.;]{1,30}?\s+)?to\s+(?:the\s+)?(?:[A-Z][\w.']*\s+){0,3}(?:ED|ER|emergency department|emergency room|hospital|inpatient|crisis (?:unit|center|stabilization))\b/i;
/** Marks on the body, by kind ("bruising", "linear welts"). */
export const MARKS_ON_BODY = String.raw`(?:bruis\w*|marks?|scratches|cuts|scars?|redness|swelling|welts?|burns?|lacerations?|abrasions?)`;
/** ("Bruising noted back of thighs, linear"): marks on the body noted are what the clinician saw. */
export const MARKS_NOTED = new RegExp(String.raw`^\s*(?:(?:linear|fresh|new|old|faint|visible|several|multiple|\d+)\s+)?${MARKS_ON_BODY}\s+(?:(?:was|were)\s+)?(?:noted|observed|seen|visible)\b`, 'i');

/** Someone the clinician reaches, named first, then "notified", "paged", "consulted" with no one after the verb. */
export const CONTACTED_WITHOUT_DOER = /^\s*(?:(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z]+|(?:the\s+)?(?:on-call\s+)?(?:clinical\s+|medical\s+)?(?:supervisor|director|prescriber|psychiatrist|pcp|primary care provider|mobile crisis(?: team)?|crisis team|police|911|ems|cps|aps|dcfs|child protective services|probation officer|parole officer|case manager|nurse|rn|md|np|attending|treatment team|team))\s+(?:was\s+|were\s+)?(?:notified|contacted|called|paged|phoned|informed|consulted|updated|alerted|emailed|messaged)\b(?!\s+(?:me|us|the therapist|this writer|that|about|by|her|him|them|client|pt|patient)\b)/i;

/** ("Chris partially receptive", "Chris very agitated today"): a state jotted after the client's name, with no verb. */
export const CLIENT_STATE_JOTTED = /^(?:(?:very|quite|somewhat|partially|partly|fully|a bit|visibly|initially|mostly|highly|minimally)\s+)?(?:receptive|agitated|engaged|guarded|tearful|calm|calmer|anxious|irritable|defensive|open|closed off|resistant|ambivalent|cooperative|withdrawn|quiet|talkative|distracted|motivated|hopeful|angry|upset|frustrated|dysregulated|flat|bright|animated)\b/;

// Clause kinds read by classify-clause.ts, kept as data.
/** A topic the clinician did not reach ("Didn't get to the firearm issue"). */
export const TOPIC_NOT_REACHED = /^\s*(?:did not|didn't|did n't)\s+(?:get to\s+(?:the|his|her|their|a)\s+|have time (?:to|for)\s+(?:the|his|her|their|a)\s+)/i;
/** "Used play (dollhouse) for Maya to show what happens at home": a means used so that another, named, can do something is the clinician's. */
export const USED_FOR_ANOTHER = /^\s*(?:[Uu]sed|[Uu]sing|[Oo]ffered|[Pp]rovided|[Gg]ave)\s+(?:[^.;]{1,40}?\s+)?(?:for|with)\s+(?:[A-Z][a-z]+|him|her|them|the (?:child|kids?|client|teen|family))\s+to\s+[a-z]+/;
/** A hospital or clinic service named as the one acting ("Social work looking for bed"). */
export const SERVICE_ACTING = /^\s*(?:social work|child life|nursing|psychiatry|pharmacy|chaplain(?:cy)?|case management|palliative(?: care)?|security|nutrition|the (?:primary |medical |treatment )?team)\s+(?:is\s+|was\s+|will\s+|to\s+)?(?:looking|working|aware|following|notified|consulted|arranging|coordinating|seeing|to|will|plans?|recommend(?:s|ed)?|following up|f\/u|searching)\b/i;
/** How the client has been with someone else ("Irritable w/ girlfriend"): told, never seen. */
export const HOW_WITH_SOMEONE = /^\s*(?:(?:client|pt|patient|she|he|they)\s+(?:has been\s+|was\s+|is\s+)?)?(?:more\s+|very\s+)?(?:irritable|angry|snappy|short-tempered|distant|withdrawn|tense|argumentative|impatient|fighting|arguing)\s+(?:with|w\/|toward|towards|at)\s+(?!(?:the\s+)?(?:therapist|writer|me|clinician|staff|group|peers)\b)(?:(?:his|her|their)\s+)?(?:girlfriend|boyfriend|partner|wife|husband|spouse|mom|mother|dad|father|parents|roommate|teammates?|coach|kids|children|family|friends?|sister|brother|son|daughter|boss|coworkers?|[A-Z][a-z]+)\b/i;
/** Whether a threat meets the duty to warn: the clinician's judgment. */
export const DUTY_TO_WARN_JUDGED = /^\s*(?:(?:does|did|do)\s+not\s+|doesn't\s+|didn't\s+|not\s+)?(?:meet|meets|meeting|met)\s+(?:the\s+)?duty[- ]to[- ](?:warn|protect)\s+(?:threshold|criteria|standard)\b/i;
/** The work named, then what it set up after a colon ("Worked on signaling: ..."). */
export const WORK_THEN_DETAILS = /^\s*(?:worked on|practiced|practised|taught|introduced|coached|rehearsed|role-?played)\s+[^:;.]{2,40}:\s+\S/i;
/** What someone did in play, under their name ("Mia in play: ..."). */
export const DONE_IN_PLAY = /^\s*(?:[A-Z][a-z]+|client|pt|child)\s+in\s+(?:play|sand\s?tray|the sand\s?tray|art|drawing)\s*:/i;
/** A referral made ("hospice referral placed"). */
export const REFERRAL_PLACED = /^\s*(?:an?\s+|the\s+)?(?:[a-z/-]+\s+){0,2}referral(?:\s+(?:to|for)\s+[^,;.]{1,40}?)?\s+(?:was\s+|were\s+)?(?:placed|made|sent|submitted|faxed|completed|initiated|put in)\b/i;
/** Where the client goes next, and the hold or bed that decides it ("Discharge home with mother", "Bed search"). */
export const WHERE_CLIENT_GOES_NEXT = /^\s*(?:(?:discharge|discharged|d\/c)\s+(?:home|to|with|back)\b|(?:involuntary\s+|72[- ]hour\s+)?hold\s+(?:expires|ends|continues|continued|renewed|extended|still in effect|in effect)\b|bed search\b|(?:inpatient|psych(?:iatric)?)\s+bed\s+(?:search|requested|pending|found|secured)\b|court petition\b|transfer\s+to\s+(?:inpatient|the unit|[A-Z]))/i;
/** Consent to a contact the clinician makes ("Pt agreed to let counselor call his brother"). */
export const LETS_CLINICIAN_CONTACT = /^\s*(?:(?:client|pt|patient|she|he|they)\s+)?agreed\s+to\s+(?:let|allow)\s+(?:me|us|the\s+(?:therapist|counselor|clinician|writer|team)|therapist|counselor|clinician|writer|staff)\s+(?:to\s+)?(?:call|contact|notify|speak\s+(?:with|to)|talk\s+(?:with|to)|tell|inform|reach|text|update|bring)\b/i;
/** A separate session arranged for one person ("separate indiv for Ada"). */
export const SEPARATE_SESSION_FOR = /^\s*(?:a\s+|and\s+)?separate\s+(?:individual|indiv|ind|1:1|one-on-one|session|sessions|appointment|appt|visit|meeting)s?\b(?:\s+(?:session|sessions|appt|appointment))?\s+(?:for|with|w\/)\s+(?!(?:was|were)\b)/i;

/** "completed family via IVF", "completed detox in March": a stage of the client's life completed, or something completed in the past. */
export const CLIENT_COMPLETED = /^\s*(?:(?:client|pt|patient|she|he|they)\s+)?(?:has\s+|had\s+)?completed\s+(?:(?:her|his|their)\s+)?(?:family|GED|degree|high school|college|school|detox|rehab|residential|treatment|IOP|PHP|probation|parole|(?:her|his|their)?\s*sentence|community service|chemo(?:therapy)?|radiation|boot camp|basic training|deployment|apprenticeship)\b|^\s*completed\b[^.;]{0,60}\b(?:last (?:week|month|year|spring|summer|fall|winter)|(?:\d+|a|two|three|several) (?:weeks?|months?|years?) ago|in (?:19|20)\d\d|in (?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/** The client's step in a crisis, still to take: "pt to call crisis line if worsens", "she will text 988 if urges rise". */
// ("agreed to go to the ER with his brother" after the work of the session is the response to it, not a step still to take.)
export const CRISIS_STEP_TO_TAKE = /^\s*(?:(?:the\s+)?(?:client|pt|patient|she|he|they)\s+)?(?:to|will|'ll|knows to|is to)\s+(?:call|text|contact|use|go to|present to|reach out to)\s+(?:the\s+)?(?:crisis\s+(?:line|team|center)|988|911|hotline|ER|ED|emergency\s+(?:room|department|services))\b/i;

/** The visit named as an evaluation, its kind before it ("pre-surgical psychological evaluation,"), with no verb or preposition among them. */
export const EVALUATION_NAMED = /^\s*(?:(?!(?:for|to|a|an|the|needs?|needed|recommend\w*|referred|requested|scheduled|completed|did|will|after|before|pending|due|declined|refused|no|not|ordered|and|or|her|his|their)\b)[\w/-]+\s+){0,4}(?:psychological|psychiatric|psychosocial|diagnostic|neuropsychological|intake|pre-?surgical)\s+(?:evaluation|assessment|eval)\b(?=\s*(?:[,;:(]|$))/i;

/** "last session PHQ-A 8", "at her last visit": what follows was found at the visit before this one. */
export const LAST_VISIT_LEAD = /^\s*(?:at\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?:last|previous|prior)\s+(?:session|sess|visit|appt|appointment)\b/i;

/** A questionnaire's risk item with its score: "PHQ-9 9, item 9 = 0", "EPDS item 10: 1". */
export const RISK_ITEM_SCORED = /\b(?:PHQ-?(?:9|A)\b[^.;]{0,40}?\bitem\s*#?\s*9|EPDS\b[^.;]{0,40}?\bitem\s*#?\s*10)\b\s*(?:scored|score|=|:|was|of|-)?\s*\d\b/i;

/** "did not attend the 2 pm appointment" (symbol-rules.ts reads "no-show for 2pm" so): the client was not seen. */
export const NOT_ATTENDED = /^(?:(?:the\s+)?(?:client|patient)\s+)?(?:did not|didn't|failed to)\s+(?:attend|show)\b/i;

/** Reaching out after a missed visit ("left msg for guardian", "called x2, VM", "sent a letter"): no treatment given. */
export const OUTREACH = /\b(?:called|phoned|left (?:a\s+)?(?:message|msg|voicemail|vm)|voicemail|texted|emailed|sent|mailed|letter|reached out|contacted|messaged|no answer|no callback)\b/i;

/** "Spoke w/ Dr. Okafor (pain mgmt) by phone re: client's taper", opening the note: a call with another provider about the client, who was not on it. */
export const PROVIDER_CALL_OPENS = /^(?:I\s+)?(?:spoke|talked|consulted|conferred)\s+(?:with|w\/)\s+(?:Dr\.?\s+[A-Z][a-z]+|(?:the|her|his|their|client's|pt's|patient's)\s+(?:prescriber|psychiatrist|PCP|primary care provider|provider|doctor|nurse|case manager|caseworker|probation officer|teacher|school counselor))\b[^.;]{0,60}\b(?:by phone|on the phone|via phone|over the phone|by telephone)\b[^.;]{0,30}\b(?:re|regarding|about)\b/i;

/** "used ice cube + paced hallway instead per coping card": what the client did in place of the act, or by her coping card or safety plan. */
// ("Used CBT to map triggers, role-played asking HR instead" is the clinician's work: a bare "instead" is not enough.)
export const COPED_INSTEAD = /^\s*(?:used|tried|held|paced|went for|took a|called|texted|listened to|did)\b[^.;]{0,80}\b(?:instead of|rather than|per (?:(?:her|his|their|the)\s+)?(?:coping card|safety plan|crisis plan))\b/i;
