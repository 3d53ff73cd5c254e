// How the drafter recognises the parts of a plan in an intake summary: labels a clinician writes
// ("Goals:", "Strengths:") and the words that mark a sentence as a goal, an intervention, a
// functional impact and so on. Data, so a clinician can read and extend it; each regex is tried
// case-insensitively on one sentence.

export type PlanPart = 'diagnosis' | 'problem' | 'impact' | 'goal' | 'objective' | 'intervention' | 'sessionFrequency' | 'strength' | 'barrier' | 'review' | 'target';

/** "Label:" at the start of a line or sentence, and the part it introduces. */
export const PLAN_LABELS: readonly { part: PlanPart; labels: readonly string[] }[] = [
  { part: 'diagnosis', labels: ['dx', 'diagnosis', 'diagnoses', 'diagnostic impression'] },
  { part: 'problem', labels: ['presenting problem', 'presenting problems', 'presenting concern', 'presenting concerns', 'problem', 'problems', 'cc', 'chief complaint', 'concerns'] },
  { part: 'impact', labels: ['impact', 'functional impact', 'functioning', 'impairment'] },
  { part: 'goal', labels: ['goal', 'goals', 'tx goal', 'tx goals', 'treatment goal', 'treatment goals', 'client goal', 'client goals'] },
  { part: 'objective', labels: ['objective', 'objectives', 'obj'] },
  { part: 'intervention', labels: ['intervention', 'interventions', 'tx', 'treatment', 'tx plan', 'treatment plan', 'plan', 'recommendations', 'modality', 'approach'] },
  { part: 'sessionFrequency', labels: ['frequency', 'session frequency', 'sessions'] },
  { part: 'strength', labels: ['strength', 'strengths'] },
  { part: 'barrier', labels: ['barrier', 'barriers', 'obstacles'] },
  { part: 'review', labels: ['review', 'review date', 'plan review'] },
  { part: 'target', labels: ['target date', 'target'] },
];

/** Words that make an unlabelled sentence one part; the first part that matches wins, in this order. */
export const PLAN_CUES: readonly { part: PlanPart; pattern: RegExp }[] = [
  { part: 'strength', pattern: /\bstrengths?\b/i },
  { part: 'barrier', pattern: /\bbarriers?\b|\bobstacles?\b/i },
  { part: 'objective', pattern: /\bobjectives?\b/i },
  { part: 'goal', pattern: /\bgoals?\b|\bwants? to\b|\bwould like to\b|\bhopes? to\b|\baims? to\b|\bwishes to\b/i },
  { part: 'problem', pattern: /\bpresent(?:s|ed|ing)? (?:with|for)\b|\b(?:nightmares?|flashbacks?|panic attacks?|worr(?:y|ies|ying)|low mood|crying|insomnia|tantrums?|outbursts?|arguments?|arguing|drinking|cravings?|intrusive|obsessions?|compulsions?|rituals?|hopeless(?:ness)?|irritab\w+|anxiety|anxious|depress\w*|trouble (?:with|falling|staying|sleeping|concentrating)|difficult(?:y|ies) (?:with|falling|sleeping|concentrating)|poor sleep)\b|\bpresenting\b|\breferred (?:for|by|due)\b|\bc\/o\b|\bcomplains? of\b|\bstruggl(?:es|ing) with\b|\breports?\b|\bendorses?\b|\bseeking (?:help|treatment|therapy)\b/i },
];

/** Words that mark a functional impact: how a problem gets in the way of daily life. */
export const IMPACT_CUES =
  /\b(?:missed|missing|miss(?:es)?|unable to|can(?:no|')t|could(?:n't| not)|impact(?:s|ing|ed)?|interfer\w*|affect(?:s|ing|ed)|avoid(?:s|ing|ed|ance)?|fell behind|falling behind|grades|late to|calling (?:in )?sick|stopped|quit|isolat\w*|withdraw\w*|suspended|suspension|written up|strain(?:ed|ing)?)\b/i;

/** Modalities an intervention may name, with the name the plan gives them. */
export const MODALITIES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'CBT', pattern: /\bcbt\b|\bcognitive[- ]behaviou?ral\b|\bcognitive restructuring\b|\bthought records?\b/i },
  { name: 'DBT', pattern: /\bdbt\b|\bdialectical\b/i },
  { name: 'ACT', pattern: /\bact\b(?! (?:as|on|out|up)\b)|\bacceptance and commitment\b/i },
  { name: 'EMDR', pattern: /\bemdr\b/i },
  { name: 'MI', pattern: /\bmi\b|\bmotivational interviewing\b/i },
  { name: 'ERP', pattern: /\berp\b|\bexposure and response prevention\b/i },
  { name: 'CPT', pattern: /\bcpt\b(?! ?\d)|\bcognitive processing\b/i },
  { name: 'PE', pattern: /\bprolonged exposure\b/i },
  { name: 'Exposure', pattern: /\bexposures?\b|\bin vivo\b|\binteroceptive\b/i },
  { name: 'Behavioral activation', pattern: /\bbehaviou?ral activation\b|\bactivity scheduling\b/i },
  { name: 'IPT', pattern: /\bipt\b|\binterpersonal (?:psycho)?therapy\b/i },
  { name: 'EFT', pattern: /\beft\b|\bemotionally focused\b/i },
  { name: 'Gottman', pattern: /\bgottman\b/i },
  { name: 'PCIT', pattern: /\bpcit\b|\bparent[- ]child interaction\b/i },
  { name: 'Parent training', pattern: /\bparent(?:ing)? (?:management )?training\b|\bpmt\b/i },
  { name: 'Mindfulness', pattern: /\bmindfulness\b/i },
  { name: 'Psychoeducation', pattern: /\bpsycho-?education\b|\bpsychoed\b/i },
  { name: 'Problem-solving therapy', pattern: /\bproblem[- ]solving\b/i },
  { name: 'Relaxation', pattern: /\brelaxation\b|\bbreathing\b|\bpmr\b/i },
  { name: 'Family therapy', pattern: /\bfamily (?:therapy|sessions?)\b/i },
  { name: 'Couples therapy', pattern: /\bcouples? (?:therapy|sessions?|counsel+ing)\b/i },
  { name: 'Supportive', pattern: /\bsupportive (?:therapy|counsel+ing)\b/i },
  { name: 'Relapse prevention', pattern: /\brelapse prevention\b/i },
  { name: 'Skills training', pattern: /\bskills? (?:training|group)\b|\bgrounding\b|\bemotion regulation\b/i },
];

/** A frequency: "weekly", "2x/wk", "every other week", "twice a month". */
export const FREQUENCY = /\b(?:weekly|biweekly|bi-weekly|fortnightly|monthly|daily|twice (?:a|per) (?:week|month)|once (?:a|per) (?:week|month)|every (?:other )?(?:week|two weeks|2 weeks|month)|\d+\s?(?:x|times)\s?(?:\/|a |per )\s?(?:wk|week|mo|month|day))\b/i;

/** A sentence that sets how often sessions happen (the frequency is found with FREQUENCY). */
export const SESSION_FREQUENCY = /\bsessions?\b|\bseen\b|\bmeet(?:ing)?\b|\bappointments?\b|\bindividual therapy\b|\btherapy\b/i;

/** The measure of an objective: an instrument or a way of counting. */
export const MEASURE =
  /\b(?:PHQ-?9|GAD-?7|PCL-?5|Y-?BOCS|AUDIT(?:-C)?|DAST(?:-10)?|ASRS|Vanderbilt|ORS|SRS|CSSRS|C-SSRS|BDI(?:-II)?|BAI|EPDS|SUDS|(?:self|client|caregiver|parent|teacher|partner)[- ]report(?:ed)?|(?:sleep |mood |panic |activity |ritual |drinking |behaviou?r |practice )?(?:log|diary|chart|tracker|tally)|daily report card|per (?:client|parent|caregiver|teacher) report)\b/i;

/** The target of an objective: a number with a direction or a rate ("below 10", "3x/week", "from 6 to 2"). */
export const TARGET =
  /(?:\b(?:below|under|less than|fewer than|at least|no more than|at most|above|over|reduce(?:d)? to|down to|increase(?:d)? to|up to)\s+\d+(?:\.\d+)?(?:\s*(?:%|points?|times|days|nights|hours|drinks|attacks|per|a|\/)\s*(?:week|wk|day|night|month)?)?|[<>≤≥]=?\s*\d+|\bfrom\s+\d+\s+to\s+\d+|\b\d+\s?(?:x|times)\s?(?:\/|a |per )\s?(?:wk|week|day|month)|\b\d+ of \d+\b|\b\d+\s*(?:%|percent)\b|\b\d+ (?:days|nights) (?:a|per) week)/i;

/** Words that only link an objective's behaviour to its measure, target or date ("… per panic diary by March"): never its end. */
export const OBJECTIVE_LINKS: ReadonlySet<string> = new Set(['per', 'on', 'by', 'before', 'within', 'in', 'to', 'with', 'using', 'via', 'as', 'measured', 'according', 'and', 'of', 'at', 'from', 'the', 'a', 'an', 'score', 'scores', 'total']);

/** Words that name a condition without a code: the plan asks for the code rather than guess one. */
export const CONDITION_NAMES =
  /\b(?:MDD|major depressive disorder|depression|GAD|generalized anxiety(?: disorder)?|panic disorder|PTSD|OCD|ADHD|AUD|SUD|alcohol use disorder|substance use disorder|adjustment disorder|ODD|oppositional defiant(?: disorder)?|bipolar(?: disorder)?|persistent depressive disorder|social anxiety(?: disorder)?)\b/;
