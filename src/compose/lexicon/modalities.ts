// Treatment modalities (reference/clinical.md section 7). Written in full with the acronym on
// first use ("cognitive behavioral therapy (CBT)"), then as the acronym. `keepAcronym: false`
// for acronyms that readers misread (PE is also psychoeducation; CPT is also a billing code):
// those are always written in full.

export interface Modality {
  acronym: string;
  name: string;
  keepAcronym: boolean;
}

export const MODALITIES: readonly Modality[] = [
  { acronym: 'CBT', name: 'cognitive behavioral therapy', keepAcronym: true },
  { acronym: 'TF-CBT', name: 'trauma-focused cognitive behavioral therapy', keepAcronym: true },
  { acronym: 'CBT-I', name: 'cognitive behavioral therapy for insomnia', keepAcronym: true },
  { acronym: 'DBT', name: 'dialectical behavior therapy', keepAcronym: true },
  { acronym: 'ACT', name: 'acceptance and commitment therapy', keepAcronym: true },
  { acronym: 'EMDR', name: 'eye movement desensitization and reprocessing', keepAcronym: true },
  { acronym: 'MI', name: 'motivational interviewing', keepAcronym: true },
  { acronym: 'IPT', name: 'interpersonal psychotherapy', keepAcronym: true },
  { acronym: 'IFS', name: 'internal family systems', keepAcronym: true },
  { acronym: 'SFBT', name: 'solution-focused brief therapy', keepAcronym: true },
  { acronym: 'ERP', name: 'exposure and response prevention', keepAcronym: true },
  { acronym: 'EX/RP', name: 'exposure and response prevention', keepAcronym: false },
  { acronym: 'BA', name: 'behavioral activation', keepAcronym: false },
  { acronym: 'EFT', name: 'emotionally focused therapy', keepAcronym: true },
  { acronym: 'EFCT', name: 'emotionally focused couples therapy', keepAcronym: true },
  { acronym: 'PE', name: 'prolonged exposure', keepAcronym: false },
  { acronym: 'CPT', name: 'cognitive processing therapy', keepAcronym: false },
  { acronym: 'MBCT', name: 'mindfulness-based cognitive therapy', keepAcronym: true },
  { acronym: 'MBSR', name: 'mindfulness-based stress reduction', keepAcronym: true },
  { acronym: 'PCIT', name: 'parent-child interaction therapy', keepAcronym: true },
  { acronym: 'CFT', name: 'compassion-focused therapy', keepAcronym: true },
  { acronym: 'CPP', name: 'child-parent psychotherapy', keepAcronym: true },
  { acronym: 'NET', name: 'narrative exposure therapy', keepAcronym: true },
  { acronym: 'RO-DBT', name: 'radically open dialectical behavior therapy', keepAcronym: true },
  { acronym: 'MBT', name: 'mentalization-based treatment', keepAcronym: true },
  { acronym: 'TFP', name: 'transference-focused psychotherapy', keepAcronym: true },
  { acronym: 'CCPT', name: 'child-centered play therapy', keepAcronym: true },
  { acronym: 'FFT', name: 'functional family therapy', keepAcronym: true },
  { acronym: 'FBT', name: 'family-based treatment', keepAcronym: true },
  // Behavioral sleep medicine: nightmares rescripted and rehearsed.
  { acronym: 'IRT', name: 'imagery rehearsal therapy', keepAcronym: true },
];

/** First words of techniques named by common nouns ("Psychoeducation re ..."): lower case after "Therapist provided", unlike a name ("Gottman"). */
export const COMMON_NOUN_TECHNIQUE_WORDS: readonly string[] = ['Psychoeducation', 'Means', 'Lethal', 'Somatic', 'Pendulation', 'Validation', 'Relaxation', 'Supportive', 'Crisis', 'Skills', 'Assertiveness', 'Problem', 'Cognitive', 'Behaviou?ral', 'Exposure', 'Mindfulness', 'Grounding', 'Motivational', 'Safety', 'Reflective', 'Empathic', 'Solution', 'Emotion', 'Anger', 'Sleep', 'Parent', 'Play', 'Communication', 'Coping', 'Distress', 'Interpersonal', 'Trauma', 'Narrative', 'Acceptance', 'Imagery', 'Breathing', 'Progressive'];

/** Modality letters that name a service where the words after them say so: "ACT team" is Assertive Community Treatment. */
export const OTHER_SENSES: readonly { acronym: string; expansion: string; after: RegExp; topic?: RegExp }[] = [
  // "CDR CPT Avery", "notified CPT Hollis", "deployed Army mom (CPT Angela Bell)": among service members, a captain named by rank, never the therapy.
  { acronym: 'CPT', expansion: 'CPT', after: /^\s+(?!(?:Module|Modules|Session|Sessions|Stuck|Impact|Protocol|Worksheet|Worksheets|Week|Part|Phase|Manual|Treatment|Therapy)\b)[A-Z][a-z]+\b/, topic: /\b(?:SM|CDR|1SG|SFC|SSG|SGT|SPC|PFC|NCO|NCOIC|BHOIC|platoon|squad|battalion|brigade|unit watch|PCS|TDY|profile|SARP|MTF|soldier|command-directed|CDE|Army|Navy|Marines?|Air Force|Coast Guard|deploy\w*|military)\b/ },
  // ("reduce performance anxiety re: ED/PE", in a sex therapy summary): premature ejaculation, never prolonged exposure.
  { acronym: 'PE', expansion: 'premature ejaculation (PE)', after: /^/, topic: /\b(?:ED\/PE|PE\/ED|erectile|ejaculat\w*|sex therapy|sexual (?:health|function|dysfunction|desire|intimacy)|sensate focus|intercourse|orgasm\w*|libido|HSDD|vaginismus|PFPT|penetrat\w*)\b/i },
  // "ACT team", "ACT line", "ACT f/u - home visit w/ RN", "ACT case manager": the community treatment team, not the therapy.
  // ("Hospital discharge visit / ACT intake ... Oriented her to ACT - daily contacts": in a summary that names the team as a
  // service, its other ACTs are the team too, unless the therapy's own words follow.)
  { acronym: 'ACT', expansion: 'Assertive Community Treatment (ACT)', after: /^(?!\s*(?:-\s*)?(?:therapy|defusion|values|matrix|hexaflex|skills?|exercises?|metaphors?|informed|based|processes|model|techniques?)\b)/i, topic: /\bACT\s+(?:team|intake|client|enrollment|case manager|RN|nurse|psychiatrist|program|services|line|on-call|f\/u)\b|\bACT\s+(?:office|offices|building|clinic|van|car|huddle|meeting)\b|\bAssertive Community Treatment\b/ },
  { acronym: 'ACT', expansion: 'Assertive Community Treatment (ACT)', after: /^\s+(?:team|line|f\/u|follow[- ]?up|home visit|hv|rn|nurse|case manager|cm|worker|staff|psychiatrist|prescriber|program|services|client|on-call|visit|office|offices|building|van|huddle|contacts?|daily|referral|intake|enrollment|eligibility|eligible|criteria|level of care|screen|screening|slot|waitlist|vs\.?|versus|daily contacts|to (?:do|provide|visit|check|follow|see|deliver|increase|bring|drive|transport|monitor)|will (?:visit|see|check|follow|do|provide|bring|monitor))\b/i },
];
