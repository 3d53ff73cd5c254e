// The worksheet's option lists: what a clinician can tick, as plain data. Kept apart from the zod
// schema (worksheet.schema.ts, which re-exports them) so the web form can show them without
// loading zod on the Write page's first paint (docs/decisions-web.md, "split by route").

export const SERVICE_TYPES = ['individual', 'couples', 'family', 'group', 'intake', 'crisis'] as const;
export const SESSION_MODALITIES = ['in_person', 'video', 'phone'] as const;

/** MSE domains and their descriptors (reference/clinical.md section 5). One or more per domain. */
export const MSE_OPTIONS = {
  appearance: ['well-groomed', 'appropriately dressed', 'casually dressed', 'dishevelled', 'poor hygiene', 'appears stated age', 'fatigued-appearing'],
  behavior: ['cooperative', 'engaged', 'guarded', 'evasive', 'hostile', 'irritable', 'withdrawn', 'restless', 'agitated', 'psychomotor slowing'],
  eyeContact: ['good', 'fair', 'poor', 'intermittent', 'avoidant'],
  speech: ['normal rate and volume', 'rapid', 'pressured', 'slow', 'soft', 'loud', 'monotone', 'slurred'],
  mood: ['euthymic', 'depressed', 'anxious', 'irritable', 'angry', 'euphoric', 'hopeless', 'worried', 'sad'],
  affect: ['congruent', 'incongruent', 'full range', 'restricted', 'constricted', 'blunted', 'flat', 'labile', 'tearful', 'bright', 'anxious', 'dysphoric'],
  thoughtProcess: ['linear', 'logical', 'goal-directed', 'circumstantial', 'tangential', 'racing', 'flight of ideas', 'loose associations', 'thought blocking'],
  thoughtContent: ['unremarkable', 'preoccupations', 'ruminations', 'worries', 'obsessions', 'hopelessness', 'worthlessness', 'guilt', 'paranoid ideation', 'delusions'],
  perception: ['no perceptual disturbances reported', 'auditory hallucinations', 'visual hallucinations', 'appears to respond to internal stimuli'],
  orientation: ['oriented x4', 'oriented x3', 'disoriented'],
  insight: ['good', 'fair', 'partial', 'limited', 'poor'],
  judgment: ['good', 'fair', 'impaired', 'poor'],
} as const;
export type MseDomain = keyof typeof MSE_OPTIONS;

/** Interventions by modality (reference/clinical.md section 7), as a clinician would tick them. */
export const INTERVENTION_OPTIONS = {
  CBT: ['cognitive restructuring', 'Socratic questioning', 'thought record', 'identifying cognitive distortions', 'behavioral experiment', 'activity scheduling', 'problem-solving training', 'relaxation training', 'homework review'],
  DBT: ['diary card review', 'chain analysis', 'validation', 'mindfulness skills', 'distress tolerance skills', 'emotion regulation skills', 'interpersonal effectiveness skills', 'skills coaching'],
  ACT: ['acceptance and willingness', 'cognitive defusion', 'present-moment awareness', 'self-as-context', 'values clarification', 'committed action'],
  EMDR: ['resource development and installation', 'target assessment', 'desensitization with bilateral stimulation', 'installation', 'body scan', 'closure', 'reevaluation'],
  MI: ['open questions', 'affirmations', 'reflective listening', 'summaries', 'eliciting change talk', 'decisional balance', 'importance and confidence rulers'],
  Psychodynamic: ['exploration of relational patterns', 'interpretation of defenses', 'exploration of transference', 'affect exploration'],
  'Person-centered': ['empathic reflection', 'validation', 'unconditional positive regard', 'client-led exploration'],
  SFBT: ['miracle question', 'scaling questions', 'exception-finding', 'coping questions', 'compliments'],
  IFS: ['parts identification', 'unblending', 'befriending protector parts', 'accessing Self-energy'],
  'Family systems': ['joining', 'genogram', 'enactment', 'boundary-making', 'reframing', 'tracking interaction cycles', 'circular questioning'],
  'TF-CBT': ['psychoeducation', 'relaxation skills', 'affective modulation', 'cognitive coping', 'trauma narrative', 'in vivo mastery', 'conjoint caregiver session'],
  ERP: ['exposure hierarchy', 'in vivo exposure', 'imaginal exposure', 'response prevention'],
  BA: ['activity monitoring', 'activity scheduling', 'graded task assignment', 'review of completed activities'],
  General: ['psychoeducation', 'supportive counseling', 'coping skills training', 'diaphragmatic breathing', 'grounding', 'sleep hygiene education', 'communication skills training', 'role-play', 'safety planning', 'crisis intervention', 'risk assessment', 'measurement-based care', 'case coordination', 'referral'],
} as const;
export type InterventionModality = keyof typeof INTERVENTION_OPTIONS;

export const RESPONSE_OPTIONS = ['engaged', 'receptive', 'participated actively', 'demonstrated understanding', 'practiced the skill in session', 'resistant', 'ambivalent', 'distracted', 'tearful', 'minimal engagement'] as const;
export const PROGRESS_OPTIONS = ['progressing', 'maintaining', 'regressing', 'goal met', 'no change'] as const;
