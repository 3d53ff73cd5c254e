// The words a summary names the client's people by, grouped by relation. Rules that need "a
// relative" or "a caregiver" build their patterns from these lists, so a word added here reaches
// every rule that reads relatives. Data, not logic: extend here.

export const PARENTS = ['mom', 'mother', 'mum', 'dad', 'father', 'stepmom', 'stepmother', 'stepdad', 'stepfather'] as const;
const FOSTER_PARENTS = ['foster mom', 'foster mother', 'foster dad', 'foster father', 'foster parent'] as const;
export const GRANDPARENTS = ['grandma', 'grandmother', 'grandpa', 'grandfather'] as const;
export const AUNTS_AND_UNCLES = ['aunt', 'uncle'] as const;
const SIBLINGS = ['brother', 'sister'] as const;
const CHILDREN = ['son', 'daughter'] as const;
export const SPOUSES = ['husband', 'wife', 'spouse', 'partner'] as const;
export const DATING_PARTNERS = ['boyfriend', 'girlfriend'] as const;

/** The adults who bring a child in and report on them: parents, grandparents, foster parents, guardians. */
export const CAREGIVERS = [...PARENTS, 'parent', 'parents', ...GRANDPARENTS, ...FOSTER_PARENTS, 'caregiver', 'guardian'] as const;

/** Family and close others who can hold something for the client, or die ("husband d. 2019"). */
export const CLOSE_PEOPLE = [...PARENTS, ...GRANDPARENTS, ...AUNTS_AND_UNCLES, ...SIBLINGS, ...CHILDREN, ...SPOUSES, 'cousin', 'friend'] as const;

/** Others who tell the clinician about the client ("6 absences per school counselor"): their report, not the client's. */
export const COLLATERAL_SOURCES = [...CAREGIVERS, ...SPOUSES, ...SIBLINGS, ...CHILDREN, ...AUNTS_AND_UNCLES, 'teacher', 'teachers', 'school', 'school counselor', 'counselor', 'principal', 'pediatrician', 'primary care provider', 'psychiatrist', 'prescriber', 'case manager', 'caseworker', 'probation officer', 'nurse', 'staff', 'coach', 'CO', 'CO log', 'officer', 'custody', 'nursing', 'booking'] as const;

const FEMALE = new Set(['mom', 'mother', 'mum', 'stepmom', 'stepmother', 'foster mom', 'foster mother', 'grandma', 'grandmother', 'aunt', 'sister', 'daughter', 'wife', 'girlfriend']);
const MALE = new Set(['dad', 'father', 'stepdad', 'stepfather', 'foster dad', 'foster father', 'grandpa', 'grandfather', 'uncle', 'brother', 'son', 'husband', 'boyfriend']);
const ALL_RELATIVES = [...PARENTS, ...FOSTER_PARENTS, ...GRANDPARENTS, ...AUNTS_AND_UNCLES, ...SIBLINGS, ...CHILDREN, ...SPOUSES, ...DATING_PARTNERS];

/** Relatives named as women, and as men: a later "she" or "he" can stand for them. */
export const FEMALE_RELATIVES: readonly string[] = ALL_RELATIVES.filter((w) => FEMALE.has(w));
export const MALE_RELATIVES: readonly string[] = ALL_RELATIVES.filter((w) => MALE.has(w));

/** Whether the summary names this person as one of the client's relatives ("her husband Ray", "Ray (husband)"): never a group member. */
export function namedAsRelative(text: string, name: string): boolean {
  const relative = oneOf(ALL_RELATIVES);
  return new RegExp(`\\b(?:${relative})\\s+${name}\\b|\\b${name}\\s*\\((?:(?:her|his|their|client's|pt's)\\s+)?(?:${relative})\\)`, 'i').test(text);
}

/** Plain words (letters and spaces) as one regular-expression alternation, longest first so "grandmother" wins over "mother". */
export function oneOf(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).join('|');
}

/** A relative named by role in a family session's "Present:" line ("father (Jean-Pierre), mother (Esther), son Christian"). */
export const FAMILY_ROLE = new RegExp(`\\b(?:${oneOf([...PARENTS, 'parent', ...GRANDPARENTS, ...SIBLINGS, ...CHILDREN, ...AUNTS_AND_UNCLES])})\\b`, 'gi');

/** A professional met in a call without the client ("w/ client's immigration atty (Ms. Ortiz)"): named by role, never as a parent. */
export const PROFESSIONAL_MET = /\b(attorney|atty|lawyer|teacher|caseworker|case manager|probation officer|school counselor|counselor|principal|nurse|doctor|physician|pediatrician|psychiatrist|prescriber|social worker)\b/i;

/**
 * Capitalised words that name no person: languages, nationalities and places a clinic's summaries name ("Arabic interpreter
 * Huda", "Noor is from Iraq"), and products written with a capital ("drinks Ensure"). Never counted as a member's name.
 */
export const NOT_PEOPLE: readonly string[] = [
  'Arabic', 'Dari', 'Pashto', 'Farsi', 'Persian', 'Tigrinya', 'Amharic', 'Somali', 'Swahili', 'French', 'Portuguese', 'Mandarin', 'Cantonese', 'Chinese',
  'Vietnamese', 'Korean', 'Russian', 'Ukrainian', 'Creole', 'Urdu', 'Hindi', 'Bengali', 'Tagalog', 'Burmese', 'Nepali', 'Kinyarwanda', 'Kurdish',
  'Turkish', 'German', 'Italian', 'Japanese', 'Hmong', 'Haitian', 'Punjabi', 'Polish', 'Romanian', 'Albanian', 'Bosnian', 'Quechua', 'Mam', "K'iche",
  'Afghan', 'Syrian', 'Iraqi', 'Iranian', 'Guatemalan', 'Honduran', 'Salvadoran', 'Mexican', 'Eritrean', 'Ethiopian', 'Sudanese', 'Congolese', 'Venezuelan', 'Rohingya', 'Yemeni',
  'Afghanistan', 'Syria', 'Iraq', 'Iran', 'Guatemala', 'Honduras', 'Mexico', 'Eritrea', 'Ethiopia', 'Sudan', 'Congo', 'Ukraine', 'Venezuela', 'Haiti', 'Somalia', 'Yemen',
  'Kabul', 'Aleppo', 'Damascus', 'Baghdad', 'Mosul', 'Asmara', 'Khartoum', 'Kyiv', 'Gaza', 'Lebanon', 'Turkey', 'Libya', 'Egypt', 'Pakistan', 'Myanmar', 'Bangladesh',
  'Ensure', 'Boost', 'Gatorade', 'Pedialyte',
];

/** Words that make one person of the relative after them ("foster mom", "bio dad", "step mom"): never cut apart, one subject. */
export const KIN_MODIFIER = String.raw`(?:foster|bio|biological|birth|step|adoptive|host|kinship|god)`;
/** The relatives such a word goes with. */
export const KIN_AFTER_MODIFIER = String.raw`(?:mom|mother|dad|father|parents?|family|sister|brother|siblings?|grandma|grandmother|grandpa|grandfather)`;
