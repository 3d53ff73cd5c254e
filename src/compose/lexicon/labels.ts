// Line labels a clinician jots ("plan:", "HW:", "goal today:") and the record kind they set for
// the rest of the line. Matched case-insensitively at the start of a line or sentence.
import type { FactKind } from '../types.ts';

export const LABELS: Readonly<Record<string, FactKind>> = {
  plan: 'plan',
  plans: 'plan',
  'plan for next session': 'plan',
  'next session': 'plan',
  'next sess': 'plan',
  next: 'plan',
  // "Next week: sleep hygiene": what the next meeting holds.
  'next week': 'plan',
  'next wk': 'plan',
  'next time': 'plan',
  'next steps': 'plan',
  'next step': 'plan',
  // ("agreed on: no talking about the other parent in front of Lily, ...": what was agreed, listed, is the plan going forward.)
  'agreed on': 'plan',
  agreements: 'plan',
  'f/u': 'plan',
  // A crisis's outcome: where the client went and how.
  disposition: 'plan',
  dispo: 'plan',
  // ("Decision: pt needs higher level of care - ED eval": the decision made is where the client goes next.)
  decision: 'plan',
  'follow-up': 'plan',
  'follow up': 'plan',
  hw: 'homework',
  homework: 'homework',
  'hw assigned': 'homework',
  assigned: 'homework',
  goal: 'goal',
  goals: 'goal',
  'goal today': 'goal',
  'goals today': 'goal',
  'session goal': 'goal',
  'tx goal': 'goal',
  'goal from tx plan': 'goal',
  'goal from treatment plan': 'goal',
  'tx plan goal': 'goal',
  'treatment plan goal': 'goal',
  'tx goals': 'goal',
  // "Goal per vet: 'I want to ...'", "Goal this period: ...": the goal, whoever set it and for when.
  'goal per vet': 'goal',
  'goal per veteran': 'goal',
  'goal per client': 'goal',
  'goal per pt': 'goal',
  'goal per patient': 'goal',
  "client's goal": 'goal',
  "pt's goal": 'goal',
  'goal this period': 'goal',
  'goal this week': 'goal',
  'goal this month': 'goal',
  'goal worked on': 'goal',
  'goals worked on': 'goal',
  'goal addressed': 'goal',
  'goals addressed': 'goal',
  // ("Goals discussed: weight restoration, ...": goals named at an intake are the goals, whatever verb follows the word.)
  'goals discussed': 'goal',
  'goal discussed': 'goal',
  'goals identified': 'goal',
  'goals set': 'goal',
  'tx goals discussed': 'goal',
  focus: 'intervention',
  'focus today': 'intervention',
  subjective: 'report',
  // "Report: D texted 6x": what the client told, under its own heading.
  report: 'report',
  // ("Main activity: 'Things I can't say at home' anonymous box"): the work the group did is the intervention.
  activity: 'intervention',
  'main activity': 'intervention',
  'group activity': 'intervention',
  'opening activity': 'intervention',
  'closing activity': 'intervention',
  // ("Other: Brianna disclosed that her friend ..."): what else happened, told as the rest is.
  other: 'report',
  additional: 'report',
  misc: 'report',
  reports: 'report',
  'client report': 'report',
  observed: 'observation',
  // ("Objective: he was drowsy, flat affect": SOAP's second heading written out.)
  objective: 'observation',
  // "Play: M drew a picture of Papa ...": what the child did in play, seen in the room.
  play: 'observation',
  'in play': 'observation',
  // BIRP's "Behavior:" line: what the client did and showed; each clause still says which.
  behavior: 'observation',
  behaviour: 'observation',
  behaviors: 'observation',
  // PIE's "Evaluation:" written out.
  evaluation: 'response',
  // ("Eval: both engaged by end": PIE's Evaluation, jotted short.)
  eval: 'response',
  observations: 'observation',
  mse: 'observation',
  // "MS: A&Ox3, flat affect": a mental status line, never multiple sclerosis.
  ms: 'observation',
  'mental status': 'observation',
  affect: 'observation',
  mood: 'report',
  presentation: 'observation',
  assessment: 'assessment',
  // ("D/A: urges in the context of feeding stress ...; using coping skills effectively": a formulation under a joined
  // data-and-assessment label is the clinician's assessment.)
  'd/a': 'assessment',
  // "Assess: stable in early remission": the assessment, jotted short.
  assess: 'assessment',
  // DAP's "Data:" written out: what the client told and showed; each clause still says which.
  data: 'report',
  impression: 'assessment',
  // ("My assessment: increased depressive sx, passive SI ...": the clinician's own, in the first person.)
  'my assessment': 'assessment',
  'my impression': 'assessment',
  'my formulation': 'assessment',
  // ("Dx impress: AUD severe in sust remission; PTSD; MDD recurrent by hx": the clinician's diagnostic impression, jotted short.)
  'dx impress': 'assessment',
  'dx impression': 'assessment',
  'dx impressions': 'assessment',
  progress: 'assessment',
  // "Dx: F10.20, F33.1": the diagnoses addressed belong with the assessment.
  dx: 'assessment',
  diagnosis: 'assessment',
  diagnoses: 'assessment',
  'working dx': 'assessment',
  'provisional dx': 'assessment',
  // Results the clinician checked ("UDS: + THC", "PDMP: no concerns"): objective data, not the client's report.
  uds: 'observation',
  'urine drug screen': 'observation',
  utox: 'observation',
  'tox screen': 'observation',
  pdmp: 'observation',
  bal: 'observation',
  bac: 'observation',
  breathalyzer: 'observation',
  labs: 'observation',
  vitals: 'observation',
  interventions: 'intervention',
  // ("Actions: notified Dr. Chen and charge RN; 1:1 sitter arranged": what the clinician did in a crisis, under its heading.)
  actions: 'intervention',
  'actions taken': 'intervention',
  'action taken': 'intervention',
  'steps taken': 'intervention',
  // ("leader: modeled behavioral experiment": what the group's leader did, under the leader's own heading.)
  leader: 'intervention',
  'group leader': 'intervention',
  // "What I did: psychoed, grounding": the clinician's own work, under a heading in the first person.
  'what i did': 'intervention',
  intervention: 'intervention',
  response: 'response',
  // ("By end: intent 2/10, agreed to go to shelter"): how the client was by the session's end is the response.
  'by end': 'response',
  'by the end': 'response',
  'end of session': 'response',
  themes: 'report',
  theme: 'report',
  'presenting problem': 'report',
  presenting: 'report',
  // ("Pres: Marcus suspended 3 days": the presenting problem, jotted short.)
  pres: 'report',
  'referral source': 'report',
  'referred by': 'report',
  'reason for referral': 'report',
  cc: 'report',
  'chief complaint': 'report',
  target: 'report',
  prob: 'report',
  problem: 'report',
  // SIRP's first heading: what brought the client in, told by the client or seen.
  situation: 'report',
  // ("Sit: boyfriend ended relationship this AM": the situation, jotted short.)
  sit: 'report',
  problems: 'report',
  risk: 'risk',
  safety: 'risk',
  'risk level': 'risk',
  'safety plan': 'risk',
  protective: 'risk',
  'protective factors': 'risk',
  'protective factor': 'risk',
  'access to means': 'risk',
  means: 'risk',
  // "Rehearsal - took it out & loaded it Sunday": a preparatory act, the strongest risk fact, under its own label.
  rehearsal: 'risk',
  'preparatory behavior': 'risk',
  'preparatory behaviour': 'risk',
  'preparatory acts': 'risk',
  // What the session worked on, jotted as a heading
  topic: 'intervention',
  topics: 'intervention',
  worksheet: 'intervention',
  module: 'intervention',
  skills: 'intervention',
  skill: 'intervention',
  technique: 'intervention',
  techniques: 'intervention',
  chain: 'intervention',
  'in session': 'intervention',
  done: 'intervention',
  'did in session': 'intervention',
  'what we did': 'intervention',
  'in sess': 'intervention',
  // Short forms of the section labels above.
  int: 'intervention',
  did: 'intervention',
  interv: 'intervention',
  resp: 'response',
  // "Beh: psychomotor retardation marked": BIRP's behavior line, jotted short.
  beh: 'observation',
  behav: 'observation',
  obs: 'observation',
  imp: 'assessment',
  hx: 'report',
  // ("Use hx: EtOH daily since ~25"): the history of substance use, never an order to use.
  'use hx': 'report',
  'use history': 'report',
  'substance use hx': 'report',
  'substance use history': 'report',
  'sud hx': 'report',
  fhx: 'report',
  'family hx': 'report',
  meds: 'report',
  social: 'report',
  trauma: 'report',
  // One letter outside a format scheme (see LETTER_SCHEMES): "P:" is the plan; "A:" the
  // assessment unless "B:" also labels a line (then A and B are partners).
  p: 'plan',
  a: 'assessment',
  // ("O: agitated, cried toward end" under an unlabelled report line): what the clinician saw.
  o: 'observation',
};

/**
 * One-letter section labels ("S:", "O:", "P:") are labels only when the summary uses a
 * format's letters (two or more of them); otherwise "A:" and "B:" are partners in a couples note.
 * `P` is the problem in PIE and PIRP, and the plan elsewhere; in PIRP the second "P:" is the plan.
 */
export const LETTER_SCHEMES: readonly { letters: string; kinds: Readonly<Record<string, FactKind[]>> }[] = [
  { letters: 'SOAP', kinds: { S: ['report'], O: ['observation'], A: ['assessment'], P: ['plan'] } },
  { letters: 'DAP', kinds: { D: ['report'], A: ['assessment'], P: ['plan'] } },
  { letters: 'BIRP', kinds: { B: ['report'], I: ['intervention'], R: ['response'], P: ['plan'] } },
  { letters: 'GIRP', kinds: { G: ['goal'], I: ['intervention'], R: ['response'], P: ['plan'] } },
  { letters: 'SIRP', kinds: { S: ['report'], I: ['intervention'], R: ['response'], P: ['plan'] } },
  { letters: 'PIRP', kinds: { P: ['report', 'plan'], I: ['intervention'], R: ['response'] } },
  { letters: 'PIE', kinds: { P: ['report'], I: ['intervention'], E: ['response'] } },
];

/** Labels that say what the line is about and stay in the sentence ("Topic: high-risk situations"). */
export const KEEP_LABEL_WORDS = new Set([
  ...['topic', 'topics', 'worksheet', 'module', 'skills', 'skill', 'technique', 'techniques'],
  // "Main activity: the anonymous box": which of the group's activities it was.
  ...['activity', 'main activity', 'group activity', 'opening activity', 'closing activity'],
  // "Focus: coping skills": the session's focus, said as such, never rewritten as a treatment goal.
  ...['focus', 'focus today'],
  // "Next wk: radical acceptance": when the plan is for is part of it; without it a topic stands alone.
  ...['next week', 'next wk', 'next session', 'next sess', 'next time', 'next group', 'next grp'],
  // A result or a diagnosis without its label is a bare "+ THC" or "F33.1".
  ...['dx', 'diagnosis', 'diagnoses', 'working dx', 'provisional dx'],
  ...['uds', 'urine drug screen', 'utox', 'tox screen', 'pdmp', 'bal', 'bac', 'breathalyzer', 'labs', 'vitals'],
]);

/** Report and risk labels that only repeat a section's title ("Problem:", "Subjective:", "Risk:"): the section says it, so the word goes. */
export const SECTION_TITLE_LABELS = new Set(['problem', 'problems', 'prob', 'situation', 'sit', 'subjective', 'data', 'risk', 'safety', 'risk assessment', 'presenting', 'pres', 'presenting problem', 'presenting concern', 'presenting concerns', 'other', 'additional', 'misc']);

/** Section names that label a whole line when they open it ("Response: ...", "Intervention: ..."). */
export const LINE_LONG_LABELS = /^(?:response|responses|resp|intervention|interventions|interv|actions|actions taken|action taken|steps taken|problem|problems|behavior|behaviour|data|subjective|objective|situation|sit|evaluation|eval|obs|observations?|observed)$/i;
