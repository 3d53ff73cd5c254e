// Capitalised words that are not identifiers, kept as written when a draft is redacted. A
// capitalised word not here, not a common sentence opener and not used in lower case elsewhere
// in the text is read as a name and replaced.
//
// What the composer writes from its own tables is read from those tables, so a new format,
// section, instrument or modality is kept with no edit here: format names and section titles
// (src/compose/formats), session labels and modality acronyms (src/compose/lexicon), instrument
// names and the spellings clinicians jot (src/measures/instruments.ts). Instruments' full names
// are left out on purpose: they carry surnames (Beck, Hamilton, Kessler), and a surname learnt
// here would be kept wherever it names a person.
import { FORMATS, MODALITIES, RISK_SECTION, SERVICE_LABELS, SESSION_SECTION } from '#compose';
import { INSTRUMENTS } from '#measures';

/** A capitalised word as the redactor reads one: "Jon", "TF-CBT", "O'Neil", "Al-Anon". */
export const CAPITALISED_WORD = /[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*/g;

const FROM_THE_COMPOSER: readonly string[] = [
  ...Object.values(FORMATS).flatMap((format) => [format.name, ...format.sections.map((section) => section.title)]),
  SESSION_SECTION.title,
  RISK_SECTION.title,
  ...Object.values(SERVICE_LABELS),
  ...MODALITIES.map((modality) => modality.acronym),
  ...INSTRUMENTS.flatMap((instrument) => [instrument.name, ...instrument.aliases]),
];

// What no composer table holds: clinical abbreviations and instruments the composer does not
// score, roles, headings of the worksheet and risk lines, and common proper nouns that are not
// people (reference/clinical.md sections 1, 5, 7).
const LISTED: readonly string[] = [
  'PHQ-9', 'PHQ-A', 'GAD-7', 'PCL-5', 'AUDIT', 'AUDIT-C', 'DAST', 'C-SSRS', 'CSSRS', 'ASQ', 'EPDS', 'ORS', 'SRS',
  'SI', 'HI', 'AVH', 'MSE', 'ICD', 'ICD-10', 'ICD-10-CM', 'DSM', 'DSM-5', 'DSM-5-TR', 'HW', 'F/U', 'FU', 'Hx', 'Dx', 'Tx', 'Sx', 'Rx',
  'ADHD', 'PTSD', 'OCD', 'MDD', 'BPD', 'ASD', 'SUD', 'AUD', 'NSSI', 'ED', 'ER', 'ICU', 'IOP', 'PHP', 'PCP', 'OB', 'ADL', 'ADLs',
  'SMART', 'TIPP', 'DEAR', 'MAN', 'PLEASE', 'ABC', 'ABCs', 'STOP', 'HALT',
  'I', "I'm", "I've", "I'll", "I'd", 'OK', 'Okay', 'TV', 'AM', 'PM', 'a.m.', 'p.m.', 'mg', 'MG',
  'Client', 'Patient', 'Therapist', 'Clinician', 'Interventions', 'Homework', 'Follow-up', 'Goals', 'Progress',
  'Telehealth', 'Diagnosis', 'Status', 'Mental', 'Psychotherapy', 'Safety', 'Protective', 'Level', 'Add', 'Not', 'Documented',
  'English', 'Spanish', 'American', 'Black', 'White', 'Latino', 'Latina', 'Latinx', 'Asian', 'Hispanic', 'Christian', 'Muslim',
  'Jewish', 'Catholic', 'AA', 'NA', 'Al-Anon', 'God', 'Internet', 'Zoom',
  // Titles stay; the name after one is replaced
  'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Miss', 'Prof',
];

export const CLINICAL_VOCABULARY: readonly string[] = [
  ...FROM_THE_COMPOSER.flatMap((phrase) => phrase.match(CAPITALISED_WORD) ?? []),
  ...LISTED,
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
