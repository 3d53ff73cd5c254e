// Short intake summaries written for these tests (not real clients), each with what a draft plan
// from it must hold. Every case is also checked for invention: each item traces to the summary.

export interface PlanCase {
  id: string;
  summary: string;
  /** The plan date ("review in 90 days" counts from it). */
  date?: string;
  expect: {
    /** Exactly these diagnosis codes (only the ones written). */
    codes?: string[];
    goals?: number;
    objectives?: number;
    interventions?: number;
    strengths?: number;
    barriers?: number;
    problems?: number;
    reviewDate?: string | null;
    targetDate?: string | null;
    sessionFrequency?: boolean;
    /** Prompt fields the draft must raise. */
    prompts?: string[];
    /** Prompt fields it must not raise (the summary gave them). */
    noPrompts?: string[];
    /** Library conditions the draft must offer. */
    suggests?: string[];
  };
}

export const PLAN_CASES: PlanCase[] = [
  {
    id: 'gad-full',
    date: '2026-12-01',
    summary: `Dx: F41.1.
Presenting problem: constant worry about work and health, missed 3 days of work this month.
Goal: sleep through the night most nights.
Objective: GAD-7 below 10 by 2027-03-01.
Strengths: supportive partner, insight.
Barriers: shift work.
Sessions weekly, 50 min.
Plan: CBT for worry weekly, review in 90 days.`,
    expect: { codes: ['F41.1'], goals: 1, objectives: 1, interventions: 1, strengths: 2, barriers: 1, problems: 1, reviewDate: '2027-03-01', sessionFrequency: true, noPrompts: ['diagnoses', 'goals', 'objectives', 'reviewDate', 'problems[0].impact', 'sessionFrequency', 'objectives[0].date'], suggests: ['generalized-anxiety'] },
  },
  {
    id: 'mdd-no-code',
    summary: 'Client presents with depression after divorce. Wants to get out of bed before 9 on weekdays.',
    expect: { codes: [], goals: 1, prompts: ['diagnoses', 'objectives', 'interventions', 'sessionFrequency', 'reviewDate', 'targetDate'], suggests: ['depression'] },
  },
  {
    id: 'panic-driving',
    date: '2026-11-02',
    summary: 'Dx F41.0 panic disorder. Presents with panic attacks 3x/wk, avoiding driving on the highway. Goal: drive to work alone. Objective: panic attacks no more than 1 per week per panic diary by 2027-02-01. Interoceptive exposure weekly. Review 2027-02-01.',
    expect: { codes: ['F41.0'], goals: 1, objectives: 1, interventions: 1, problems: 1, reviewDate: '2027-02-01', noPrompts: ['problems[0].impact', 'objectives[0].measure', 'objectives[0].target', 'objectives[0].date'], suggests: ['panic'] },
  },
  {
    id: 'ptsd-mva',
    summary: 'F43.10 PTSD after MVA in June. Nightmares 4 nights a week and flashbacks when hearing brakes; unable to ride in a car. Goal: ride as a passenger to the grocery store. CPT weekly, 12 sessions. PCL-5 at baseline 52.',
    expect: { codes: ['F43.10'], goals: 1, interventions: 1, problems: 1, noPrompts: ['problems[0].impact'], suggests: ['ptsd'] },
  },
  {
    id: 'ocd-checking',
    summary: 'Dx: F42.2. Checks locks and stove for about 2 hours a day, late to work twice a week. Goals: cut checking to under 15 minutes a day. ERP twice a week for 8 weeks.',
    date: '2026-12-01',
    expect: { codes: ['F42.2'], goals: 1, interventions: 1, suggests: ['ocd'] },
  },
  {
    id: 'adhd-college',
    summary: 'College student, dx F90.0. Reports missing assignment deadlines and failing two classes. Goal: hand in all assignments on time this semester. Strengths: bright, funny. Barrier: works nights.',
    expect: { codes: ['F90.0'], goals: 1, strengths: 2, barriers: 1, suggests: ['adhd'] },
  },
  {
    id: 'aud',
    summary: 'Dx: F10.20. Drinking 6-8 beers nightly, written up at work for lateness. Client would like to cut down to weekends only. MI and relapse prevention biweekly. Strength: sober 2 yrs in the past.',
    expect: { codes: ['F10.20'], goals: 1, interventions: 1, strengths: 1, problems: 1, suggests: ['substance-use'] },
  },
  {
    id: 'adjustment-move',
    summary: 'Adjustment disorder with anxiety, F43.22, after a move across the country. Reports crying spells and not leaving the apartment. Goal: make one local social contact. Supportive therapy every other week. Review in 3 months.',
    date: '2026-10-15',
    expect: { codes: ['F43.22'], goals: 1, interventions: 1, reviewDate: '2027-01-15', suggests: ['adjustment'] },
  },
  {
    id: 'couples',
    summary: 'Couple presenting for relationship conflict, Z63.0. Daily arguments about money; both partners sleeping apart. Goal: argue without yelling. Objective: escalated arguments no more than 1 per week per partner report within 8 weeks. Gottman-informed couples sessions weekly.',
    date: '2026-12-01',
    expect: { codes: ['Z63.0'], goals: 1, objectives: 1, sessionFrequency: true, suggests: ['couples-conflict'] },
  },
  {
    id: 'child-odd',
    summary: 'Child, 8, referred by school for tantrums and defiance; suspended twice this term. Dx F91.3. Goals: follow first requests at home. Parent training weekly with mother. Strengths: loves drawing, engaged parent.',
    expect: { codes: ['F91.3'], goals: 1, interventions: 1, strengths: 2, suggests: ['child-behaviour'] },
  },
  {
    id: 'no-goals-at-all',
    summary: 'Client reports low mood and poor sleep for 2 months.',
    expect: { codes: [], goals: 0, objectives: 0, problems: 1, prompts: ['diagnoses', 'goals', 'objectives', 'interventions', 'problems[0].impact'] },
  },
  {
    id: 'vitamin-not-code',
    summary: 'Reports fatigue; PCP checking B12 and thyroid. Goal: walk 20 minutes 3x/week.',
    expect: { codes: [], goals: 1 },
  },
  {
    id: 'code-not-in-list',
    summary: 'Dx: F99.9 per referral. Goal: reduce irritability.',
    expect: { codes: ['F99.9'], prompts: ['diagnoses[0].name'] },
  },
  {
    id: 'lowercase-codes',
    summary: 'dx: f33.1, f41.1. pt wants to return to work part time.',
    expect: { codes: ['F33.1', 'F41.1'], goals: 1 },
  },
  {
    id: 'relative-review-no-date',
    summary: 'Dx F32.0. Goal: get up by 8 am. Review in 90 days.',
    expect: { codes: ['F32.0'], reviewDate: null, prompts: ['reviewDate'] },
  },
  {
    id: 'target-date-written',
    summary: 'Dx F41.1. Goal: fewer worry spirals. Target date: March 15, 2027. Review date 1/15/2027.',
    expect: { targetDate: '2027-03-15', reviewDate: '2027-01-15', noPrompts: ['targetDate', 'reviewDate'] },
  },
  {
    id: 'multiple-goals',
    summary: 'Goals: return to the gym. Goal: call sister weekly. Goal: stop drinking on weeknights.',
    expect: { goals: 3, prompts: ['objectives', 'diagnoses'] },
  },
  {
    id: 'objective-without-date',
    summary: 'Dx F32.1. Goal: improve mood. Objective: PHQ-9 below 10.',
    expect: { objectives: 1, prompts: ['objectives[0].date'], noPrompts: ['objectives[0].measure', 'objectives[0].target'] },
  },
  {
    id: 'objective-without-measure',
    summary: 'Goal: sleep better. Objective: sleep 7 hours a night by 2027-01-31.',
    expect: { objectives: 1, prompts: ['objectives[0].measure'] },
  },
  {
    id: 'intervention-no-frequency',
    summary: 'Dx F43.10. EMDR after stabilization.',
    expect: { interventions: 1, prompts: ['interventions[0].frequency'] },
  },
  {
    id: 'session-frequency-line',
    summary: 'Frequency: weekly 53-minute sessions. Dx F41.1.',
    expect: { sessionFrequency: true, noPrompts: ['sessionFrequency'] },
  },
  {
    id: 'shorthand-intake',
    summary: 'pt c/o anxiety x6 mo, avoiding grocery stores. dx F40.01. tx: exposure hierarchy, CBT weekly. goal: shop alone.',
    expect: { codes: ['F40.01'], goals: 1, interventions: 2, problems: 1, noPrompts: ['problems[0].impact', 'interventions[1].frequency'], prompts: ['interventions[0].frequency'], suggests: ['panic'] },
  },
  {
    id: 'bullets',
    summary: `- Dx: F33.1
- Problems: low energy, hopelessness
- Goal: resume volunteering
- Objective: PHQ-9 under 10 by 2027-04-01
- Strengths: faith community
- Barriers: chronic pain, transport`,
    expect: { codes: ['F33.1'], goals: 1, objectives: 1, strengths: 1, barriers: 2, problems: 2 },
  },
  {
    id: 'names-without-code',
    summary: 'Dx: MDD, GAD. Goal: feel less overwhelmed.',
    expect: { codes: [], prompts: ['diagnoses'] },
  },
  {
    id: 'teen-school',
    summary: 'Teen, 15, presents with school refusal; missed 12 days this term. Goal: attend school 4 of 5 days. Objective: attend 4 of 5 school days per attendance log by 2027-02-15. Family sessions biweekly.',
    expect: { goals: 1, objectives: 1, interventions: 1, problems: 1, noPrompts: ['objectives[0].measure', 'objectives[0].target', 'objectives[0].date'] },
  },
  {
    id: 'grief',
    summary: 'Client seeking therapy after her mother died in August. Reports crying daily and isolating from friends. Hopes to go back to her book club.',
    expect: { codes: [], goals: 1, problems: 2 },
  },
  {
    id: 'dbt-self-harm-history',
    summary: 'Dx F43.10, F33.1. Hx of cutting, none in 6 months. DBT skills group weekly plus individual therapy weekly. Goal: use distress tolerance skills instead of self-harm.',
    expect: { codes: ['F43.10', 'F33.1'], goals: 1, sessionFrequency: true },
  },
  {
    id: 'cannabis',
    summary: 'Dx F12.20. Daily cannabis use, stopped going to classes. Wants to cut down to weekends. Objective: no more than 2 days of use per week per daily log within 6 weeks. MI biweekly.',
    date: '2026-12-01',
    expect: { codes: ['F12.20'], goals: 1, objectives: 1, interventions: 1, noPrompts: ['objectives[0].date'] },
  },
  {
    id: 'insomnia-no-plan',
    summary: 'Trouble falling asleep, lying awake until 3 am.',
    expect: { codes: [], goals: 0, prompts: ['goals', 'diagnoses'] },
  },
  {
    id: 'perinatal',
    summary: 'Dx F53.0. 6 weeks postpartum; reports low mood and difficulty caring for herself. Goal: nap when the baby naps. Objective: EPDS below 10 by 2027-03-01. IPT weekly.',
    expect: { codes: ['F53.0'], goals: 1, objectives: 1, interventions: 1 },
  },
  {
    id: 'social-anxiety',
    summary: 'Dx F40.10. Avoids speaking in meetings, passed over for promotion. Goal: speak once in each team meeting. CBT with exposures weekly. Review 2027-03-01.',
    expect: { codes: ['F40.10'], reviewDate: '2027-03-01', problems: 1 },
  },
  {
    id: 'hoarding-ws',
    summary: 'Dx F42.3. Clutter blocks the kitchen; cannot cook at home.',
    expect: { codes: ['F42.3'], problems: 1, noPrompts: ['problems[0].impact'], prompts: ['goals'] },
  },
];
