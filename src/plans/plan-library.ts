// Suggested goals, measurable objectives and interventions for the conditions therapists plan for
// most often, written for Afterword (not taken from a published planner). They are offered to pick
// from: nothing here enters a plan unless the clinician picks it (`picks` in the plan worksheet).
// An objective's target is a suggestion the clinician confirms by picking; its date is never
// suggested (the clinician gives it, or the plan asks for it). Modalities: reference/clinical.md,
// "Interventions by modality". Extend by adding an entry; test/plans/plan-library.test.ts checks
// that ids are unique and that every objective's goal exists.

import type { LibraryCondition } from './plan-library.schema.ts';

export const PLAN_LIBRARY: readonly LibraryCondition[] = [
  {
    key: 'depression',
    label: 'Depression',
    codes: ['F32', 'F33', 'F34.1'],
    cues: ['depress', 'low mood', 'anhedonia', 'hopeless', 'mdd'],
    goals: [
      { id: 'depression.goal.mood', text: 'Lift mood enough to take part again in work, home and friendships.' },
      { id: 'depression.goal.activity', text: 'Rebuild a daily routine that includes activities the client values or once enjoyed.' },
      { id: 'depression.goal.thinking', text: 'Notice and answer harsh, hopeless thinking instead of acting on it.' },
    ],
    objectives: [
      { id: 'depression.obj.phq9', goal: 'depression.goal.mood', behaviour: 'Report fewer depressive symptoms', measure: 'PHQ-9 total score', target: 'below 10 on two consecutive administrations' },
      { id: 'depression.obj.activities', goal: 'depression.goal.activity', behaviour: 'Complete planned pleasant or valued activities', measure: 'activity log reviewed in session', target: 'at least 4 per week' },
      { id: 'depression.obj.sleep', goal: 'depression.goal.activity', behaviour: 'Keep a regular wake-up time', measure: 'sleep diary', target: 'within 30 minutes of the planned time on 5 of 7 days' },
      { id: 'depression.obj.thoughts', goal: 'depression.goal.thinking', behaviour: 'Write down and reframe unhelpful thoughts', measure: 'thought records brought to session', target: 'at least 3 per week' },
    ],
    interventions: [
      { id: 'depression.int.ba', modality: 'CBT', text: 'Behavioral activation: activity monitoring and scheduling of valued activities' },
      { id: 'depression.int.restructuring', modality: 'CBT', text: 'Cognitive restructuring of hopeless and self-critical thoughts' },
      { id: 'depression.int.ipt', modality: 'IPT', text: 'Interpersonal therapy focused on role transitions and disputes' },
      { id: 'depression.int.monitoring', modality: 'Measurement-based care', text: 'PHQ-9 at intake and at regular intervals to track change' },
    ],
  },
  {
    key: 'generalized-anxiety',
    label: 'Generalized anxiety',
    codes: ['F41.1'],
    cues: ['worry', 'worries', 'anxiety', 'anxious', 'gad'],
    goals: [
      { id: 'gad.goal.worry', text: 'Spend less time caught up in worry so that it no longer runs the day.' },
      { id: 'gad.goal.calm', text: 'Use dependable ways to settle the body when tension rises.' },
      { id: 'gad.goal.uncertainty', text: 'Tolerate uncertainty without reassurance seeking or over-preparing.' },
    ],
    objectives: [
      { id: 'gad.obj.gad7', goal: 'gad.goal.worry', behaviour: 'Report fewer anxiety symptoms', measure: 'GAD-7 total score', target: 'below 10' },
      { id: 'gad.obj.worrytime', goal: 'gad.goal.worry', behaviour: 'Postpone worry to a set worry period', measure: 'self-monitoring log', target: 'on at least 5 days a week' },
      { id: 'gad.obj.relaxation', goal: 'gad.goal.calm', behaviour: 'Practise a relaxation or breathing skill', measure: 'practice log', target: 'once a day on at least 5 days a week' },
      { id: 'gad.obj.reassurance', goal: 'gad.goal.uncertainty', behaviour: 'Seek reassurance less often', measure: 'daily count kept by the client', target: 'half of the baseline count' },
    ],
    interventions: [
      { id: 'gad.int.cbt', modality: 'CBT', text: 'CBT for worry: psychoeducation, worry postponement and testing predictions' },
      { id: 'gad.int.relaxation', modality: 'CBT', text: 'Applied relaxation and paced breathing practice' },
      { id: 'gad.int.act', modality: 'ACT', text: 'Acceptance and defusion from worry thoughts, with values-based action' },
      { id: 'gad.int.monitoring', modality: 'Measurement-based care', text: 'GAD-7 at intake and at regular intervals' },
    ],
  },
  {
    key: 'panic',
    label: 'Panic',
    codes: ['F41.0', 'F40.0'],
    cues: ['panic', 'agoraphob'],
    goals: [
      { id: 'panic.goal.attacks', text: 'Have fewer panic attacks and fear them less.' },
      { id: 'panic.goal.avoidance', text: 'Return to places and activities avoided for fear of panic.' },
    ],
    objectives: [
      { id: 'panic.obj.frequency', goal: 'panic.goal.attacks', behaviour: 'Have fewer panic attacks', measure: 'panic diary', target: 'no more than 1 per week' },
      { id: 'panic.obj.interoceptive', goal: 'panic.goal.attacks', behaviour: 'Complete interoceptive exposure exercises', measure: 'practice log', target: 'on at least 4 days a week' },
      { id: 'panic.obj.hierarchy', goal: 'panic.goal.avoidance', behaviour: 'Complete steps of the avoidance hierarchy', measure: 'exposure log with distress ratings (SUDS)', target: 'one new step each week' },
    ],
    interventions: [
      { id: 'panic.int.psychoeducation', modality: 'CBT', text: 'Psychoeducation on the panic cycle and misread body sensations' },
      { id: 'panic.int.interoceptive', modality: 'CBT', text: 'Interoceptive exposure to feared body sensations' },
      { id: 'panic.int.invivo', modality: 'CBT', text: 'Graded in vivo exposure to avoided situations' },
    ],
  },
  {
    key: 'ptsd',
    label: 'PTSD',
    codes: ['F43.1'],
    cues: ['ptsd', 'trauma', 'flashback', 'nightmare', 'assault'],
    goals: [
      { id: 'ptsd.goal.symptoms', text: 'Be less troubled by intrusive memories, nightmares and being on guard.' },
      { id: 'ptsd.goal.avoidance', text: 'Go back to people, places and activities avoided since the trauma.' },
      { id: 'ptsd.goal.meaning', text: 'Hold a more balanced view of the trauma, oneself and safety.' },
    ],
    objectives: [
      { id: 'ptsd.obj.pcl5', goal: 'ptsd.goal.symptoms', behaviour: 'Report fewer PTSD symptoms', measure: 'PCL-5 total score', target: 'a drop of at least 10 points from baseline' },
      { id: 'ptsd.obj.grounding', goal: 'ptsd.goal.symptoms', behaviour: 'Use a grounding skill when a memory intrudes', measure: 'self-report in session', target: 'on most occasions in the week' },
      { id: 'ptsd.obj.approach', goal: 'ptsd.goal.avoidance', behaviour: 'Approach an avoided reminder', measure: 'exposure log with distress ratings (SUDS)', target: 'at least 3 times a week' },
      { id: 'ptsd.obj.stuckpoints', goal: 'ptsd.goal.meaning', behaviour: 'Challenge stuck points in writing', measure: 'worksheets brought to session', target: 'at least 2 per week' },
    ],
    interventions: [
      { id: 'ptsd.int.cpt', modality: 'CPT', text: 'Cognitive processing therapy' },
      { id: 'ptsd.int.pe', modality: 'PE', text: 'Prolonged exposure: imaginal and in vivo' },
      { id: 'ptsd.int.emdr', modality: 'EMDR', text: 'EMDR reprocessing of target memories after preparation' },
      { id: 'ptsd.int.stabilization', modality: 'Skills', text: 'Stabilization: grounding and emotion regulation skills' },
    ],
  },
  {
    key: 'ocd',
    label: 'OCD',
    codes: ['F42'],
    cues: ['ocd', 'obsess', 'compuls', 'checking rituals', 'intrusive thought'],
    goals: [
      { id: 'ocd.goal.rituals', text: 'Spend much less of the day on rituals and mental checking.' },
      { id: 'ocd.goal.uncertainty', text: 'Let intrusive thoughts come and go without neutralizing them.' },
    ],
    objectives: [
      { id: 'ocd.obj.ybocs', goal: 'ocd.goal.rituals', behaviour: 'Report less severe obsessions and compulsions', measure: 'Y-BOCS total score', target: 'below 16' },
      { id: 'ocd.obj.ritualtime', goal: 'ocd.goal.rituals', behaviour: 'Cut the time spent on rituals', measure: 'daily ritual log', target: 'under 1 hour a day' },
      { id: 'ocd.obj.erp', goal: 'ocd.goal.uncertainty', behaviour: 'Complete exposure and response prevention practice between sessions', measure: 'ERP log with distress ratings (SUDS)', target: 'at least 5 practices a week' },
    ],
    interventions: [
      { id: 'ocd.int.erp', modality: 'ERP', text: 'Exposure and response prevention with a graded hierarchy' },
      { id: 'ocd.int.psychoeducation', modality: 'CBT', text: 'Psychoeducation on the obsession-compulsion cycle' },
      { id: 'ocd.int.family', modality: 'Family', text: 'Work with family members to reduce accommodation of rituals' },
    ],
  },
  {
    key: 'adhd',
    label: 'ADHD',
    codes: ['F90'],
    cues: ['adhd', 'add ', 'attention', 'distract', 'impulsiv', 'procrastinat'],
    goals: [
      { id: 'adhd.goal.organization', text: 'Keep track of tasks and deadlines with a system that works for the client.' },
      { id: 'adhd.goal.followthrough', text: 'Start and finish important tasks more reliably.' },
    ],
    objectives: [
      { id: 'adhd.obj.planner', goal: 'adhd.goal.organization', behaviour: 'Use one planner or app for all tasks and appointments', measure: 'planner reviewed in session', target: 'used daily on at least 5 days a week' },
      { id: 'adhd.obj.deadlines', goal: 'adhd.goal.followthrough', behaviour: 'Hand in work on time', measure: 'count of missed deadlines', target: 'no more than 1 per month' },
      { id: 'adhd.obj.chunking', goal: 'adhd.goal.followthrough', behaviour: 'Break large tasks into timed steps', measure: 'self-monitoring log', target: 'for every task longer than an hour' },
    ],
    interventions: [
      { id: 'adhd.int.skills', modality: 'CBT', text: 'CBT for adult ADHD: organization, planning and managing distraction' },
      { id: 'adhd.int.psychoeducation', modality: 'Psychoeducation', text: 'Psychoeducation on ADHD and how it shows up at work, school and home' },
      { id: 'adhd.int.coordination', modality: 'Coordination', text: 'Coordination with the prescriber, with the client’s consent' },
    ],
  },
  {
    key: 'substance-use',
    label: 'Substance use',
    codes: ['F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19'],
    cues: ['alcohol', 'drinking', 'drinks', 'cannabis', 'opioid', 'cocaine', 'substance', 'relapse', 'sobriety', 'sober', 'aud', 'sud'],
    goals: [
      { id: 'sud.goal.use', text: 'Stop or cut down use to the level the client chooses.' },
      { id: 'sud.goal.relapse', text: 'Handle cravings and high-risk situations without returning to use.' },
      { id: 'sud.goal.support', text: 'Build a sober support network and daily structure.' },
    ],
    objectives: [
      { id: 'sud.obj.days', goal: 'sud.goal.use', behaviour: 'Increase days without use', measure: 'timeline follow-back or daily log', target: 'at least 5 days a week without use' },
      { id: 'sud.obj.triggers', goal: 'sud.goal.relapse', behaviour: 'Name personal triggers and a coping response for each', measure: 'written relapse-prevention plan', target: 'plan completed and reviewed in session' },
      { id: 'sud.obj.meetings', goal: 'sud.goal.support', behaviour: 'Attend mutual-help or recovery meetings', measure: 'self-report', target: 'at least 2 per week' },
    ],
    interventions: [
      { id: 'sud.int.mi', modality: 'MI', text: 'Motivational interviewing to resolve ambivalence about change' },
      { id: 'sud.int.relapse', modality: 'CBT', text: 'Relapse-prevention skills: triggers, cravings and high-risk situations' },
      { id: 'sud.int.referral', modality: 'Coordination', text: 'Referral to medical or peer recovery support as needed' },
    ],
  },
  {
    key: 'adjustment',
    label: 'Adjustment',
    codes: ['F43.2'],
    cues: ['adjust', 'divorce', 'job loss', 'laid off', 'move', 'moved', 'stressor', 'transition', 'breakup'],
    goals: [
      { id: 'adjustment.goal.coping', text: 'Cope with the recent change without it overwhelming daily life.' },
      { id: 'adjustment.goal.functioning', text: 'Return to the usual level of functioning at work, school or home.' },
    ],
    objectives: [
      { id: 'adjustment.obj.coping', goal: 'adjustment.goal.coping', behaviour: 'Use a chosen coping strategy when stress peaks', measure: 'self-report in session', target: 'on at least 4 days a week' },
      { id: 'adjustment.obj.problems', goal: 'adjustment.goal.functioning', behaviour: 'Take steps on the practical problems the change brought', measure: 'action list reviewed in session', target: 'one step completed each week' },
      { id: 'adjustment.obj.distress', goal: 'adjustment.goal.coping', behaviour: 'Rate daily distress', measure: 'daily 0-10 rating', target: 'weekly average below 4' },
    ],
    interventions: [
      { id: 'adjustment.int.problemsolving', modality: 'Problem-solving therapy', text: 'Structured problem solving for the stressor' },
      { id: 'adjustment.int.supportive', modality: 'Supportive', text: 'Supportive therapy: validation and processing of the change' },
      { id: 'adjustment.int.coping', modality: 'CBT', text: 'Coping skills: relaxation, self-care routine and support seeking' },
    ],
  },
  {
    key: 'couples-conflict',
    label: 'Couples conflict',
    codes: ['Z63.0'],
    cues: ['couple', 'marital', 'marriage', 'relationship conflict', 'conflict with partner', 'conflict with spouse', 'arguments with', 'arguing with'],
    goals: [
      { id: 'couples.goal.conflict', text: 'Disagree without escalating to hurtful or frightening arguments.' },
      { id: 'couples.goal.connection', text: 'Feel closer and more understood by each other.' },
    ],
    objectives: [
      { id: 'couples.obj.timeout', goal: 'couples.goal.conflict', behaviour: 'Call and honour an agreed time-out when an argument escalates', measure: 'each partner’s report in session', target: 'every escalated argument' },
      { id: 'couples.obj.arguments', goal: 'couples.goal.conflict', behaviour: 'Have fewer escalated arguments', measure: 'weekly count reported by both partners', target: 'no more than 1 per week' },
      { id: 'couples.obj.checkin', goal: 'couples.goal.connection', behaviour: 'Hold a short daily check-in about the day', measure: 'self-report', target: 'on at least 5 days a week' },
    ],
    interventions: [
      { id: 'couples.int.communication', modality: 'Couples therapy', text: 'Communication skills: speaker-listener turns and soft start-up' },
      { id: 'couples.int.eft', modality: 'EFT', text: 'Emotionally focused couples therapy: naming the negative cycle' },
      { id: 'couples.int.deescalation', modality: 'Couples therapy', text: 'Agreed de-escalation plan with time-outs' },
    ],
  },
  {
    key: 'child-behaviour',
    label: 'Child behaviour',
    codes: ['F91', 'F90', 'Z62'],
    cues: ['tantrum', 'defian', 'oppositional', 'odd', 'meltdown', 'aggress', 'suspension', 'behavior at school', 'behaviour at school'],
    goals: [
      { id: 'child.goal.compliance', text: 'Follow adult requests at home and school more often.' },
      { id: 'child.goal.outbursts', text: 'Have fewer and shorter outbursts.' },
      { id: 'child.goal.parenting', text: 'Caregivers respond consistently with praise, clear instructions and calm limits.' },
    ],
    objectives: [
      { id: 'child.obj.compliance', goal: 'child.goal.compliance', behaviour: 'Follow a first request', measure: 'caregiver tally', target: 'at least 7 of 10 requests' },
      { id: 'child.obj.outbursts', goal: 'child.goal.outbursts', behaviour: 'Have fewer outbursts', measure: 'caregiver behaviour chart', target: 'no more than 2 per week' },
      { id: 'child.obj.praise', goal: 'child.goal.parenting', behaviour: 'Caregiver gives specific praise', measure: 'caregiver self-monitoring', target: 'at least 5 times a day' },
      { id: 'child.obj.school', goal: 'child.goal.compliance', behaviour: 'Earn a good daily report at school', measure: 'teacher daily report card', target: '4 of 5 school days' },
    ],
    interventions: [
      { id: 'child.int.pmt', modality: 'Parent training', text: 'Parent management training: praise, clear instructions, consistent consequences' },
      { id: 'child.int.pcit', modality: 'PCIT', text: 'Parent-child interaction therapy coaching' },
      { id: 'child.int.school', modality: 'Coordination', text: 'Daily report card agreed with the teacher, with caregiver consent' },
      { id: 'child.int.emotion', modality: 'CBT', text: 'Emotion coaching and calm-down skills with the child' },
    ],
  },
];
