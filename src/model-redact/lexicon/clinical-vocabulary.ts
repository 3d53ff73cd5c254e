// Capitalised words that are not identifiers: clinical abbreviations, instruments, note headings
// and roles (reference/clinical.md sections 1, 5, 7), kept as written when a draft is redacted.
// A capitalised word not here, not a common sentence opener and not used in lower case elsewhere
// in the text is read as a name and replaced.
export const CLINICAL_VOCABULARY: readonly string[] = [
  'CBT', 'DBT', 'ACT', 'EMDR', 'MI', 'IPT', 'CPT', 'PE', 'TF-CBT', 'ERP', 'CFT', 'EFT', 'SFBT', 'PCIT', 'IFS', 'MBCT', 'MBSR',
  'PHQ', 'PHQ-9', 'PHQ-A', 'GAD', 'GAD-7', 'PCL', 'PCL-5', 'AUDIT', 'AUDIT-C', 'DAST', 'C-SSRS', 'CSSRS', 'ASQ', 'EPDS', 'ORS', 'SRS',
  'SI', 'HI', 'AVH', 'MSE', 'SUDS', 'ICD', 'ICD-10', 'ICD-10-CM', 'DSM', 'DSM-5', 'DSM-5-TR', 'HW', 'F/U', 'FU', 'Hx', 'Dx', 'Tx', 'Sx', 'Rx',
  'ADHD', 'PTSD', 'OCD', 'MDD', 'BPD', 'ASD', 'GAD', 'SUD', 'AUD', 'NSSI', 'ED', 'ER', 'ICU', 'IOP', 'PHP', 'PCP', 'OB', 'ADL', 'ADLs',
  'SOAP', 'DAP', 'BIRP', 'PIRP', 'GIRP', 'SIRP', 'PIE', 'SMART', 'TIPP', 'DEAR', 'MAN', 'PLEASE', 'ABC', 'ABCs', 'STOP', 'HALT',
  'I', "I'm", "I've", "I'll", "I'd", 'OK', 'Okay', 'TV', 'AM', 'PM', 'a.m.', 'p.m.', 'mg', 'MG',
  'Client', 'Patient', 'Therapist', 'Clinician', 'Session', 'Subjective', 'Objective', 'Assessment', 'Plan', 'Data', 'Behavior',
  'Intervention', 'Interventions', 'Response', 'Risk', 'Summary', 'Homework', 'Follow-up', 'Goal', 'Goals', 'Problem',
  'Evaluation', 'Situation', 'Progress', 'Telehealth', 'Diagnosis', 'Status', 'Mental', 'Individual', 'Couples', 'Family',
  'Group', 'Intake', 'Crisis', 'Psychotherapy', 'Safety', 'Protective', 'Level', 'Add', 'Not', 'Documented',
  'English', 'Spanish', 'American', 'Black', 'White', 'Latino', 'Latina', 'Latinx', 'Asian', 'Hispanic', 'Christian', 'Muslim',
  'Jewish', 'Catholic', 'AA', 'NA', 'Al-Anon', 'God', 'Internet', 'Zoom',
  // Titles stay; the name after one is replaced
  'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Prof',
];

/** Words that open a sentence without being names. */
export const COMMON_OPENERS: readonly string[] = (
  'a about after again all also although an and another any as at because before both but by during each either even every ' +
  'first following for from further furthermore given he her here his however if in instead it its last later lastly many ' +
  'meanwhile more moreover most much my neither next no none nor not now of on once one only or other our over overall per ' +
  'prior she since so some still such than that the their then there these they this those though through throughout thus ' +
  'to today together two three under unless until upon we what when where whether which while who why will with within ' +
  'without would yes yet you your notably additionally despite regarding when while ' +
  // Verbs and nouns the composer opens sentences with
  'acknowledged addressed agreed appeared applied assigned attended began body built challenged collaborated completed ' +
  'continued coping described demonstrated denied developed discussed displayed educated encouraged endorsed engaged ' +
  'established expressed explored facilitated follow focused framed guided helped identified introduced modeled mood ' +
  'noted observed offered participated planned practiced presented processed provided psychoeducation rated received ' +
  'recommended referred reflected reinforced reported requested reviewed role scheduled shared sleep stated taking ' +
  'taught therapist client patient clinician treatment validated verbalized worked affect appetite anxiety insight judgment ' +
  'thought thoughts speech orientation memory energy concentration medication medications plan homework next return ' +
  'symptoms sessions session goal goals progress response risk summary problem evaluation situation data behavior ' +
  'intervention assessment subjective objective pain see seen saw call called calls lives lived live goes went go ' +
  'use used uses works worked work says said say feels felt feel has had have is was were are am be been did does do ' +
  'got gets get made makes make took takes take came comes come left leaves leave moved moves started starts start ' +
  'stopped stops stop tried tries try wants wanted want needs needed need asked asks ask told tells tell talked talks ' +
  'spent spends met meets lost loses slept sleeps ate eats drank drinks drinking smoked smokes returned returns visited ' +
  'visits cried cries laughed smiled arrived arrives walked walks ran runs missed misses finished finishes kept keeps ' +
  'reports discusses explores reviews identifies practices denies endorses states notes appears presents continues ' +
  'describes expresses shares agrees plans will would should could may might can must per no yes mother father sister ' +
  'brother wife husband partner son daughter friend mom dad parents family work school job home sleep appetite mood ' +
  'weekend morning evening night week month year yesterday tonight tomorrow recently currently previously initially ' +
  'grandmother grandfather grandma grandpa aunt uncle cousin roommate coworker boss neighbor insurance mailing address ' +
  'policy member chart emergency contact coordinated referred faxed mailed emailed texted phoned last first ' +
  'client’s clients’ both neither nobody everyone someone nothing something everything'
).split(' ');
