// Diagnoses a model might name, lower case (reference/clinical.md, ICD-10 codes), for the
// verifier's "diagnoses" check: a reply may name only diagnoses the draft names. Codes
// (F32.1, Z63.0) are matched by pattern.
export const DIAGNOSES: readonly string[] = [
  'major depressive disorder', 'mdd', 'depressive disorder', 'persistent depressive disorder', 'dysthymia', 'dysthymic',
  'generalized anxiety disorder', 'gad', 'anxiety disorder', 'panic disorder', 'agoraphobia', 'social anxiety disorder',
  'specific phobia', 'posttraumatic stress disorder', 'post-traumatic stress disorder', 'ptsd', 'acute stress disorder',
  'adjustment disorder', 'obsessive-compulsive disorder', 'obsessive compulsive disorder', 'ocd', 'bipolar', 'bipolar disorder',
  'cyclothymia', 'schizophrenia', 'schizoaffective', 'psychotic disorder', 'psychosis', 'delusional disorder',
  'borderline personality disorder', 'bpd', 'personality disorder', 'antisocial personality', 'narcissistic personality',
  'adhd', 'attention-deficit', 'attention deficit', 'autism', 'autism spectrum disorder', 'asd', 'anorexia', 'anorexia nervosa',
  'bulimia', 'bulimia nervosa', 'binge-eating disorder', 'binge eating disorder', 'eating disorder', 'arfid',
  'alcohol use disorder', 'substance use disorder', 'opioid use disorder', 'cannabis use disorder', 'insomnia disorder',
  'dementia', 'neurocognitive disorder', 'oppositional defiant disorder', 'odd', 'conduct disorder', 'tourette',
  'dissociative identity disorder', 'depersonalization', 'somatic symptom disorder', 'illness anxiety disorder',
  'premenstrual dysphoric disorder', 'disruptive mood dysregulation disorder', 'gender dysphoria', 'hoarding disorder',
  'trichotillomania', 'reactive attachment disorder', 'prolonged grief disorder',
];

/** An ICD-10-CM code as written in a note (F41.1, Z63.0). */
export const DIAGNOSIS_CODE = /\b[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?\b/g;
