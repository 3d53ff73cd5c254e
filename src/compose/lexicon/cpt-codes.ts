// CPT psychotherapy codes and time bands (reference/clinical.md section 2.2).
import type { ServiceType } from '../types.ts';

export interface CptRule {
  code: string;
  description: string;
  service: ServiceType;
  minMinutes: number;
  maxMinutes: number;
}

export const CPT_RULES: readonly CptRule[] = [
  { code: '90832', description: 'Individual psychotherapy, 30 minutes', service: 'individual', minMinutes: 16, maxMinutes: 37 },
  { code: '90834', description: 'Individual psychotherapy, 45 minutes', service: 'individual', minMinutes: 38, maxMinutes: 52 },
  { code: '90837', description: 'Individual psychotherapy, 60 minutes', service: 'individual', minMinutes: 53, maxMinutes: 600 },
  { code: '90847', description: 'Family or couples psychotherapy with the client present, 50 minutes', service: 'couples', minMinutes: 26, maxMinutes: 600 },
  { code: '90847', description: 'Family psychotherapy with the client present, 50 minutes', service: 'family', minMinutes: 26, maxMinutes: 600 },
  { code: '90853', description: 'Group psychotherapy', service: 'group', minMinutes: 1, maxMinutes: 600 },
  { code: '90791', description: 'Psychiatric diagnostic evaluation (intake)', service: 'intake', minMinutes: 1, maxMinutes: 600 },
  // Beyond 74 minutes suggest-cpt.ts adds 90840 for each further 30 minutes (lexicon/cpt-add-ons.ts).
  { code: '90839', description: 'Psychotherapy for crisis, first 60 minutes', service: 'crisis', minMinutes: 30, maxMinutes: 600 },
];
