// 25 common outpatient mental-health ICD-10-CM codes, copied from reference/clinical.md
// section 10 (items 1-16 ranked by SimplePractice's most-billed list; 17-25 added as other
// common codes). ICD-10-CM changes every 1 October: re-validate yearly.
export interface Icd10Code {
  code: string;
  label: string;
}

export const ICD10_CODES: readonly Icd10Code[] = [
  { code: 'F41.1', label: 'Generalized anxiety disorder' },
  { code: 'F43.23', label: 'Adjustment disorder with mixed anxiety and depressed mood' },
  { code: 'F33.1', label: 'Major depressive disorder, recurrent, moderate' },
  { code: 'F43.22', label: 'Adjustment disorder with anxiety' },
  { code: 'F43.20', label: 'Adjustment disorder, unspecified' },
  { code: 'F41.9', label: 'Anxiety disorder, unspecified' },
  { code: 'F43.10', label: 'Post-traumatic stress disorder, unspecified' },
  { code: 'F43.21', label: 'Adjustment disorder with depressed mood' },
  { code: 'F43.12', label: 'Post-traumatic stress disorder, chronic' },
  // A Z-code: many payers do not accept it as the primary billable diagnosis.
  { code: 'Z63.0', label: 'Problems in relationship with spouse or partner' },
  { code: 'F33.0', label: 'Major depressive disorder, recurrent, mild' },
  { code: 'F90.2', label: 'Attention-deficit hyperactivity disorder, combined type' },
  { code: 'F32.1', label: 'Major depressive disorder, single episode, moderate' },
  { code: 'F34.1', label: 'Dysthymic disorder' },
  { code: 'F90.0', label: 'Attention-deficit hyperactivity disorder, predominantly inattentive type' },
  { code: 'F33.2', label: 'Major depressive disorder, recurrent severe without psychotic features' },
  { code: 'F32.A', label: 'Depression, unspecified' },
  { code: 'F32.9', label: 'Major depressive disorder, single episode, unspecified' },
  { code: 'F32.0', label: 'Major depressive disorder, single episode, mild' },
  { code: 'F41.0', label: 'Panic disorder [episodic paroxysmal anxiety]' },
  { code: 'F40.10', label: 'Social phobia, unspecified' },
  { code: 'F42.2', label: 'Mixed obsessional thoughts and acts' },
  { code: 'F60.3', label: 'Borderline personality disorder' },
  { code: 'F31.81', label: 'Bipolar II disorder' },
  { code: 'F10.20', label: 'Alcohol dependence, uncomplicated' },
];
