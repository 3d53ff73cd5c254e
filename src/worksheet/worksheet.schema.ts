// The worksheet: structured details a clinician ticks after a session. It may be the only input.
// Shared with the web form, which renders these enums as checkboxes and selects.
import { z } from 'zod';

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

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour time HH:MM, e.g. 14:05');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date as YYYY-MM-DD');

const mseShape = Object.fromEntries(
  Object.entries(MSE_OPTIONS).map(([domain, options]) => [domain, z.array(z.enum(options as unknown as [string, ...string[]])).optional()]),
) as { [K in MseDomain]: z.ZodOptional<z.ZodArray<z.ZodEnum<{ [V in (typeof MSE_OPTIONS)[K][number]]: V }>>> };

export const ZWorksheet = z
  .object({
    date: date.optional(),
    startTime: time.optional(),
    endTime: time.optional(),
    minutes: z.number().int().min(1, 'minutes must be at least 1').max(600, 'minutes must be at most 600').optional(),
    serviceType: z.enum(SERVICE_TYPES).optional(),
    modality: z.enum(SESSION_MODALITIES).optional(),
    location: z.string().max(200).optional(),
    clientLocation: z.string().max(200).optional(),
    telehealthConsent: z.boolean().optional(),
    participants: z.array(z.string().min(1).max(100)).optional(),
    mse: z.object(mseShape).partial().optional(),
    risk: z
      .object({
        si: z.enum(['denied', 'passive', 'active', 'not_assessed']).optional(),
        hi: z.enum(['denied', 'present', 'not_assessed']).optional(),
        selfHarm: z.enum(['denied', 'present', 'history', 'not_assessed']).optional(),
        plan: z.boolean().optional(),
        intent: z.boolean().optional(),
        means: z.boolean().optional(),
        level: z.enum(['low', 'moderate', 'high']).optional(),
        protectiveFactors: z.array(z.string().min(1).max(200)).optional(),
        safetyPlan: z.array(z.string().min(1).max(200)).optional(),
      })
      .optional(),
    interventions: z
      .array(
        z.object({
          modality: z.enum(Object.keys(INTERVENTION_OPTIONS) as [InterventionModality, ...InterventionModality[]]),
          name: z.string().min(1).max(200),
        }),
      )
      .optional(),
    goals: z.array(z.string().min(1).max(300)).optional(),
    response: z.array(z.enum(RESPONSE_OPTIONS)).optional(),
    progress: z.enum(PROGRESS_OPTIONS).optional(),
    homework: z.array(z.string().min(1).max(300)).optional(),
    plan: z.array(z.string().min(1).max(300)).optional(),
    nextAppointment: z.string().max(100).optional(),
    diagnoses: z.array(z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'use an ICD-10-CM code such as F41.1')).optional(),
  })
  .strict();

export type Worksheet = z.infer<typeof ZWorksheet>;
