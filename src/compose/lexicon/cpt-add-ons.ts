// Evidence in a summary for CPT codes that time and service type alone cannot settle
// (reference/clinical.md section 2.2): family psychotherapy without the client present (90846),
// the interactive-complexity add-on (90785) and further crisis time (90840).
// Each cue has examples that run as tests (test/compose/lexicon/lexicon-data.test.ts).

export interface CptCue {
  /** What the cue shows, as the suggestion's reason says it. */
  shows: string;
  pattern: RegExp;
  /** Phrases the cue must find, and phrases it must not. */
  examples: { match: string[]; noMatch: string[] };
  /** Words in the same statement that undo the cue ("no report was needed"). */
  unless?: RegExp;
  /** False when the cue supports the code only beside another factor (90785 is never billed for interpretation alone). */
  alone?: false;
}

/** 90846: family psychotherapy without the patient present (clinical.md 2.2). */
export const FAMILY_WITHOUT_CLIENT: CptCue = {
  shows: 'the client was not present',
  pattern:
    /\b(?:without|w\/o)\s+(?:the\s+)?(?:client|patient|pt|cl|identified patient|IP|child|teen|adolescent|son|daughter)(?:\s+present)?\b|\b(?:client|patient|pt|cl|identified patient|child|teen|adolescent|son|daughter)\b(?:\s*\([^()]*\))?\s+(?:was\s+|is\s+)?not\s+(?:present|in attendance|in session|attending|in (?:the )?room)\b|\b(?:parents?|mom|mother|dad|father|grand(?:ma|pa|mother|father|parents?)|caregivers?|guardians?|foster (?:mom|dad|parents?))(?:\s*\([^()]{1,40}\))?(?:\s+|-)only\b|(?<!\b(?:child|kid|youth|teen|infant|baby)\s?[-/&+]\s?)\bparent(?:ing|s?[- ]only)?\s+(?:consult(?:ation)?|session|meeting|mtg)\b(?!\s+(?:with|w\/)\s+(?:the\s+)?(?:client|pt|patient|child|teen))|\bno\s+(?:pt|client|patient|teen|child|adolescent)\b(?=\s*[),;]|\s+present\b)|\b(?:w\/|with)\s+([a-z]+)'s\s+(?:parents|mom|mother|dad|father|caregivers?|guardians?|family)\b[^.;\n]{0,60}?\b\1\s+(?:was\s+)?not\s+present\b|^\s*parents?\s*(?:;|:(?!\s*(?:adoptive|foster|bio|biological|birth|kinship|step\w*|mom|dad|mother|father|grand\w*)\b)(?!\s*[A-Z][a-z'-]+(?:[\s-][A-Z][a-z'-]+)*,\s*\d{1,2}\b))/i,
  examples: {
    match: ['Parent-only mtg w/ dad (Marcus) re: Zoe (6)', 'Parent-only with mother regarding Devon', "Parent; Ari's parents (Lisa and Mark); Ari not present", 'family session without the client', 'fam sess w/o pt', 'parents only, 50 min', 'Client was not present for this session', 'son not present', 'Parent session (Mr. & Mrs. Reyes, no pt)', 'parent consult w/ mom only', 'mother only, 45 min', 'Parent coaching, mom (Danielle R.) only', 'parenting session', "Fam psychoed #3 w/ Ana's parents (Mr & Mrs Reyes), Ana not present"],
    noMatch: ['Parent: adoptive mom Elena R.', 'family session with the client and her mother', 'client present with parents', 'without homework', 'parent session with the child present', "w/ Ana's parents, her brother Leo not present", 'Child-parent session (Student Family Services)', 'Parent: Fatima Al-Sayed, 35, PhD student'],
  },
};

/** "Present: ..., daughter Hannah (15). Son (9) not present.": a son or daughter away, with another child named in the room. */
const SIBLING_AWAY = /\b(?:son|daughter)\b(?:\s*\([^()]*\))?\s+(?:was\s+|is\s+)?not\s+(?:present|in attendance)\b/i;
const CHILD_PRESENT = /\bpresent\s*:[^.\n]*\b(?:son|daughter|child|teen)\s+[A-Z][a-z]+/i;

/** Whether the family session was held without the client: a sibling away, beside a child named present, leaves the client there. */
export function showsFamilyWithoutClient(texts: readonly string[]): boolean {
  const childPresent = texts.some((t) => CHILD_PRESENT.test(t));
  return texts.some((t) => FAMILY_WITHOUT_CLIENT.pattern.test(childPresent ? t.replace(SIBLING_AWAY, ' ') : t));
}

/**
 * 90785: the interactive-complexity factors a summary can show without the clinician's judgement
 * (clinical.md 2.2, factors 3 and 4). Maladaptive communication and caregiver interference need
 * that judgement: the clinician adds 90785 for them.
 */
export const INTERACTIVE_COMPLEXITY: readonly CptCue[] = [
  {
    // (clinical.md 2.2: "Not for interpretation alone": an interpreter supports 90785 only beside another factor.)
    shows: 'an interpreter or translator took part',
    alone: false,
    pattern: /\b(?:interpreter|translator)\b|\binterpret(?:ed|ing)\s+(?:for|by)\b/i,
    examples: { match: ['Spanish interpreter present', 'used a translator', 'session interpreted by phone interpreter'], noMatch: ['interpretation of dreams', 'client interprets silence as rejection'] },
  },
  {
    shows: 'play equipment or a communication device was needed',
    pattern: /\b(?:play therapy|sand ?tray|puppets?|play materials|toys|(?:AAC|communication) device|sign language(?!\s+interpret))\b/i,
    examples: { match: ['used sand tray', 'play therapy with puppets', 'client used her AAC device'], noMatch: ['played soccer', 'device free evenings'] },
  },
  {
    shows: 'a mandated report was discussed',
    pattern:
      /\b(?:mandated|mandatory)\s+report\w*\b|\b(?:CPS|APS|DCFS|child protective services|adult protective services)\s+(?:report|referral|call|was called|contacted|notified)\b|\b(?:report(?:ed)?|call(?:ed)?|notif(?:y|ied)|file[ds]?\s+a\s+report\s+with)\s+(?:to\s+)?(?:CPS|APS|DCFS|child protective services|adult protective services)\b/i,
    // ("discussed whether a mandated report was needed - not required": a report weighed and not made is no sentinel event.)
    // ("Discussed whether to notify APS": a report weighed, not yet made, is no sentinel event either.)
    // ("explained program rules, confidentiality limits and mandated reporting": the limits told at intake are no report either.)
    // ("no CPS report required per supervisor", spelled out "no child protective services report required": five words between.)
    unless: /\b(?:not|no)\s+(?:\w+\s+){0,5}(?:needed|required|indicated|warranted|necessary|reportable|met)\b|\bno\s+(?:mandated\s+)?report\b|\bdid not (?:meet|rise)\b|\bwhether\s+(?:or not\s+)?(?:to\s+)?(?:notify|call|report|file|make|contact)\b|\b(?:explained|reviewed|went over|covered)\b[^.;]{0,80}\b(?:confidentiality|limits of|program rules|informed consent)\b/i,
    examples: { match: ['discussed the mandated report with mother', 'CPS report filed', 'therapist called CPS'], noMatch: ['report card', 'client reported improvement'] },
  },
];

/** 90840: each further 30 minutes of crisis psychotherapy beyond the 74 that 90839 covers (clinical.md 2.2). */
export const CRISIS_ADD_ON = { code: '90840', coveredBy90839: 74, unitMinutes: 30 } as const;

/** 90785 goes with the diagnostic evaluation, individual psychotherapy and group codes, never with crisis or family codes. */
export const INTERACTIVE_COMPLEXITY_WITH: readonly string[] = ['90791', '90792', '90832', '90834', '90837', '90853'];

/** "consult with mom ... about Sofia": a parent or guardian consulted about the client, who is not there. */
export const CONSULT_WITH_PARENT = /\bconsult(?:ation)?\s+(?:w\/|with)\s+(?:the\s+)?(?:(?:foster|kinship|resource|birth|adoptive)\s+)?(mom|mother|dad|father|parents?|guardian|grandmother|grandfather|caregiver)\b[^;\n]{0,60}?\b(?:about|regarding|re:?)\s+/i;
/** "Home visit w/ parents of Jordan K (17)", "telehealth w/ foster mom Kim re: Jace (4)", "Parent-only with mom re Devon", "Ph call w/ Mr. Haddad (father of Zain)": a session with the client's parents, held about the client. */
export const WITH_PARENTS_OF = /(?:(?:\b(?:visit|session|meeting|met|call|contact|consult(?:ation)?|telehealth|video|phone|only)\s+|^\s*)(?:w\/\s*|with\s+)|^\s*(?:participants:\s*)?)(?:(?:Mr|Ms|Mrs|Mx)\.?\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s*\(\s*)?(?:the\s+|both\s+)?(?:foster\s+|kinship\s+|birth\s+|resource\s+|adoptive\s+)?(mom|mother|dad|father|parents?|guardians?|grandmother|grandfather|grandparents|caregivers?|foster parents)(?:\s+[A-Z][a-z]+){0,2}\s+(?:of|re:?|regarding|about)\s+(?:client\s+|pt\s+)?[A-Z][a-z]+/i;
/** "Phone call with Denise Whitfield's mom Carol": a contact with the client's parent, named by the client's name. */
export const CALL_WITH_NAMED_PARENT = /\b(?:call|contact|consult(?:ation)?|visit|meeting|session)\s+(?:w\/\s*|with\s+)(?:[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?)['’]s\s+(?:foster\s+|birth\s+|adoptive\s+)?(mom|mother|dad|father|parents?|guardian|grandmother|grandfather|grandma|grandpa|caregiver)\b/;
/** The parent consulted, named as a note names them ("mom" is "the mother"). */
export const PARENT_WORD: Readonly<Record<string, string>> = { mom: 'mother', mum: 'mother', dad: 'father' };

/** "Collateral call w/ PO Hernandez": a contact with someone else about the client, who is not there. */
// ("Collat call w/ Ms. Reyes (house mgr) re pt Anthony", "Collateral - advocacy call w/ Det. Ramirez"; "Phone call with Mr. Abrams, the public defender for T.J.": a call with
// someone named by title about the client, named after, is a collateral call too.)
// ("Phone call w/ Hope House sober living (intake coord Dana)": a call with an agency, about the client, is collateral too.)
export const COLLATERAL_CONTACT = /^(?:(?:phone|telephone)\s+)?call\s+(?:w\/\s*|with\s+)(?:[A-Z][\w'-]*\s+){1,4}(?:sober living|shelter|program|agency|house|center|clinic|school|court|pharmacy|insurance|employer)\b|^(?:collateral|coll\.?|collat\.?)\s*(?:[-:;,–—]\s*)?(?:(?:advocacy|phone|telephone|brief|school|team)\s+)?(?:call|contact|phone call|phone contact|consult(?:ation)?|meeting)\b|^(?:(?:phone|telephone|probation|school)\s+)?(?:check-?in\s+)?call\s+(?:w\/\s*|with\s+)(?:(?:Mr|Ms|Mrs|Mx|Dr|Det|Detective|Officer|Ofc|PO)\.?\s+[A-Z][a-z]+|(?:the\s+)?probation officer)\b[^.\n]{0,60}?\b(?:for|about|re:?|regarding)\s+(?:pt|client|[A-Z])/i;
/** "collateral call with the daughter Linda", "collateral call w/ Dr. Okafor": whom the call was with (1: role; 2: name; 3: title; 4: the titled name). */
export const COLLATERAL_WITH = /^(?:(?:[Cc]ollateral|[Cc]oll\.?|[Cc]ollat\.?)\s+(?:call|contact|phone call|phone contact|consult(?:ation)?|meeting)|(?:[Pp]hone\s+|[Tt]elephone\s+)?[Cc]all)\s+(?:w\/\s*|with\s+|from\s+)(?:(?:the\s+)?(?:(?:pt's|client's|patient's|her|his|their)\s+)?(daughter|son|wife|husband|mother|father|mom|dad|sister|brother|partner|caregiver|guardian|niece|nephew|granddaughter|grandson|friend|neighbor|nurse|teacher)\b(?:,?\s+([A-Z][a-z]+)\b)?|(Dr\.|Mr\.|Ms\.|Mrs\.|Mx\.|Officer)\s*([A-Z][a-z]+)\b)/;

/** A case-management or peer-support contact ("home visit, helped him sort mail, called landlord"): with no therapy named it is no psychotherapy code (those need a psychotherapy intervention, clinical.md 2.1). */
export const CASE_MANAGEMENT_CONTACT: CptCue = {
  shows: 'a case-management contact',
  pattern: /\b(?:case management|case manager|CM (?:visit|contact)|home visit|outreach visit|(?:street |homeless |mobile )?outreach(?: contact)?|peer support|benefits|housing (?:application|voucher|search|authority)|landlord|SSI|SSDI|SSA|food stamps|SNAP|bus pass|transported|drove (?:him|her|them|client|pt)|accompanied (?:him|her|them|client|pt)|pharmacy pick-?up|sort(?:ed)? (?:his |her |their )?mail)\b/i,
  examples: {
    match: ['Outreach 11/13, found Ray under the overpass, took sandwich and socks', 'Home visit with client Marcus', 'called landlord regarding repair', 'accompanied him to SSA', 'helped her with the housing application'],
    noMatch: ['discussed her landlady', 'session at the office'],
  },
};

/** A prescriber's visit named in the heading ("Med mgmt f/u", "medication check"): an E/M visit, whose level is the prescriber's to choose; no psychotherapy code alone. */
export const MEDICATION_VISIT = /\b(?:medication (?:management|check|visit|follow-up|review)|med (?:management|mgmt|check|visit|f\/u|follow-up)|psychiatric (?:follow-up|med(?:ication)? visit))\b/i;

/** An evaluation for a third party or a consultation about an employee ("FFD eval", "asylum evaluation", "manager consult"): no psychotherapy code. */
export const NOT_TREATMENT_SERVICE = /\b(?:FFD|fitness[- ]for[- ]duty|return[- ]to[- ]work (?:eval(?:uation)?|assessment)|RTW (?:eval(?:uation)?|assessment)|asylum (?:eval(?:uation)?|assessment)|forensic (?:eval(?:uation)?|interview)|I-589|(?:manager|supervisor|HR|management) consult(?:ation)?|consult(?:ation)? (?:with|w\/) (?:a |the |his |her |their )?(?:manager|supervisor|HR))\b/i;

/** A critical incident debrief or psychological first aid: a crisis support service, never group psychotherapy (90853). */
export const INCIDENT_DEBRIEF = /\b(?:CISM|critical incident stress (?:management|debrief(?:ing)?)|critical incident debrief(?:ing)?|CISD|psychological first aid)\b/i;

/** A co-parenting session: whether the child is the client, present or not, decides 90847 or 90846, and only the clinician knows. */
export const CO_PARENTING_SESSION = /\bco-?parenting\s+(?:session|sess|counseling|therapy|meeting|visit)\b|\bjoint co-?parenting\b/i;

/** Words that show psychotherapy happened: a named modality, technique or therapeutic work. */
export const PSYCHOTHERAPY_SHOWN = /\b(?:psychotherapy|therapy|therapeutic|counsel(?:l)?ing|processed|explored|reframed?|cognitive|behaviou?ral|exposure|skills? (?:practice|training|coaching)|coping skills|psychoeducation|validation|validated|mindfulness|grounding|relaxation|motivational|safety plan(?:ning)?|reflective listening|empathic|supportive|role-?play(?:ed)?|CBT|DBT|EMDR|IPT|motivational interviewing)\b/i;

/** 90833/90836/90838: psychotherapy added to a prescriber's evaluation-and-management visit (clinical.md 2.2). */
export const PSYCHOTHERAPY_WITH_EM: CptCue = {
  shows: 'a medication (E/M) visit with psychotherapy added: the E/M level is the prescriber\'s, and the psychotherapy minutes must be documented apart from the E/M time',
  pattern: /\b(?:psycho)?therapy add-?on\b|\b(?:E\/M|E&M|evaluation and management|medication (?:check|management|visit|mgmt)|med (?:check|management|mgmt|visit))\b[^.;\n]{0,40}(?:\bplus|\+|\bwith|\bw\/|\band)\s+(?:brief\s+|supportive\s+)?(?:psycho)?therapy\b/i,
  examples: {
    match: ['30 min medication check plus therapy add-on', 'med mgmt + therapy', 'E/M with psychotherapy', 'psychotherapy add-on 20 min'],
    noMatch: ['med check only', 'medication check, refer to therapy', 'therapy session, 45 min'],
  },
};

/** The psychotherapy add-on to an E/M visit, by the psychotherapy minutes (the same bands as 90832/90834/90837). */
export const EM_PSYCHOTHERAPY_ADD_ONS: readonly { code: string; description: string; minMinutes: number; maxMinutes: number }[] = [
  { code: '90833', description: 'Psychotherapy add-on to an E/M visit, 30 minutes', minMinutes: 16, maxMinutes: 37 },
  { code: '90836', description: 'Psychotherapy add-on to an E/M visit, 45 minutes', minMinutes: 38, maxMinutes: 52 },
  { code: '90838', description: 'Psychotherapy add-on to an E/M visit, 60 minutes', minMinutes: 53, maxMinutes: 600 },
];
