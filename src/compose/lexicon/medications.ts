// Medicines a summary names by generic or brand name. A jotted line that opens with one
// ("Lithium level due", "Depakote 1000 mg qhs") is a fact about the client's care, not something
// the client reported. Data, not logic: extend here.

export const MEDICATION_NAMES: readonly string[] = [
  'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'escitalopram', 'lexapro', 'citalopram', 'celexa', 'paroxetine', 'paxil',
  'venlafaxine', 'effexor', 'duloxetine', 'cymbalta', 'bupropion', 'wellbutrin', 'mirtazapine', 'remeron', 'trazodone',
  'lithium', 'lamotrigine', 'lamictal', 'valproate', 'divalproex', 'depakote', 'carbamazepine', 'oxcarbazepine',
  'quetiapine', 'seroquel', 'olanzapine', 'zyprexa', 'risperidone', 'risperdal', 'aripiprazole', 'abilify', 'clozapine', 'clozaril',
  'haloperidol', 'haldol', 'lurasidone', 'latuda', 'paliperidone', 'invega',
  'lorazepam', 'ativan', 'clonazepam', 'klonopin', 'alprazolam', 'xanax', 'diazepam', 'valium', 'hydroxyzine', 'buspirone', 'prazosin',
  'methylphenidate', 'ritalin', 'concerta', 'adderall', 'vyvanse', 'guanfacine', 'clonidine', 'atomoxetine', 'strattera',
  'naltrexone', 'vivitrol', 'buprenorphine', 'suboxone', 'methadone', 'acamprosate', 'disulfiram', 'gabapentin', 'melatonin', 'propranolol',
  'metformin', 'topiramate', 'benztropine', 'cogentin', 'zolpidem', 'ambien', 'desvenlafaxine', 'pristiq', 'vortioxetine', 'trintellix',
  // Sleep medicines a sleep clinic names ("zolpidem taper", "saving her temazepam").
  'temazepam', 'restoril', 'eszopiclone', 'lunesta', 'zaleplon', 'suvorexant', 'belsomra', 'lemborexant', 'dayvigo', 'ramelteon', 'rozerem',
  'brexpiprazole', 'rexulti', 'cariprazine', 'vraylar', 'ziprasidone', 'geodon', 'lumateperone', 'caplyta', 'lisdexamfetamine',
  'dextroamphetamine', 'dexmethylphenidate', 'focalin', 'viloxazine', 'qelbree', 'nortriptyline', 'amitriptyline', 'doxepin',
  'fluvoxamine', 'luvox', 'esketamine', 'spravato', 'ketamine', 'zuranolone', 'pregabalin', 'valbenazine', 'ingrezza', 'deutetrabenazine',
  'austedo', 'levothyroxine', 'varenicline', 'chantix', 'naloxone', 'narcan', 'nicotine patch', 'lithium carbonate',
  // Pain medicines a pain program's notes name, opioids first ("morphine ER 60 bid").
  'morphine', 'ms contin', 'oxycodone', 'oxycontin', 'percocet', 'hydrocodone', 'norco', 'vicodin', 'hydromorphone', 'dilaudid', 'oxymorphone',
  'tramadol', 'tapentadol', 'nucynta', 'fentanyl', 'codeine', 'cyclobenzaprine', 'flexeril', 'tizanidine', 'baclofen', 'methocarbamol',
  'celecoxib', 'meloxicam', 'naproxen', 'ibuprofen', 'milnacipran', 'savella',
  // Medical medicines a pediatric or consult service names ("Prednisone taper ongoing", "Tacrolimus level due").
  'prednisone', 'prednisolone', 'dexamethasone', 'tacrolimus', 'cyclosporine', 'mycophenolate', 'levetiracetam', 'keppra', 'ondansetron', 'zofran',
  // HIV treatment and PrEP an infectious-disease clinic names ("on Biktarvy", "Apretude q2mo").
  'biktarvy', 'genvoya', 'dovato', 'odefsey', 'descovy', 'truvada', 'apretude', 'cabenuva', 'triumeq', 'symtuza', 'juluca', 'stribild',
  'complera', 'atripla', 'prezcobix', 'tivicay', 'isentress', 'sunlenca', 'yeztugo', 'cabotegravir', 'bictegravir', 'dolutegravir',
  'emtricitabine', 'tenofovir', 'rilpivirine', 'lenacapavir', 'darunavir', 'raltegravir',
];

/** Brand names, written with their capital ("took a handful of tylenol" -> "Tylenol"); generic names stay in lower case. */
export const BRAND_NAMES: readonly string[] = [
  'zoloft', 'prozac', 'lexapro', 'celexa', 'paxil', 'effexor', 'cymbalta', 'wellbutrin', 'remeron', 'lamictal', 'depakote', 'seroquel',
  'zyprexa', 'risperdal', 'abilify', 'clozaril', 'haldol', 'latuda', 'invega', 'ativan', 'klonopin', 'xanax', 'valium', 'ritalin',
  'concerta', 'adderall', 'vyvanse', 'strattera', 'vivitrol', 'suboxone', 'cogentin', 'ambien', 'pristiq', 'trintellix', 'rexulti',
  'vraylar', 'geodon', 'caplyta', 'focalin', 'qelbree', 'luvox', 'spravato', 'ingrezza', 'austedo', 'chantix', 'narcan', 'oxycontin',
  'percocet', 'norco', 'vicodin', 'dilaudid', 'nucynta', 'flexeril', 'savella', 'keppra', 'zofran', 'biktarvy', 'truvada', 'descovy',
  'restoril', 'lunesta', 'belsomra', 'dayvigo', 'rozerem',
  'tylenol', 'advil', 'motrin', 'aleve', 'benadryl', 'nyquil', 'excedrin', 'unisom', 'zzzquil',
];

/** What a prescriber's order names: a medicine, a dose, or a lab or exam to repeat. */
const ORDERED_THING = `(?:${MEDICATION_NAMES.join('|')})|\\d+(?:\\.\\d+)?\\s*(?:mg|mcg)|labs?|levels?|AIMS|EKG|ECG|A1c|HbA1c|lipids?|lipid panel|CBC|CMP|BMP|TSH|metabolic panel|UDS`;
/** Words that make a medicine's change history, not today's order ("started 3 wks ago"). */
const HISTORY_MARK = '(?![^.;]*\\b(?:ago|last|previously|prior|since|before|on (?:her|his|their) own|by (?:her|his|their|the) (?:pcp|psychiatrist|doctor|provider))\\b)';

/**
 * "Titrate to 150mg qd", "Repeat AIMS next visit", "Started propranolol 10mg bid for akathisia": a
 * prescriber's order, jotted without a subject, is the plan made today, never something the client reported.
 */
export const MEDICATION_ORDER = new RegExp(
  `^\\s*(?:titrate|increase|decrease|reduce|taper|hold|discontinue|start|begin|initiate|add|switch|cross-taper|continue|cont|resume|restart|repeat|order|check|recheck|obtain|draw|titrated|increased|decreased|reduced|tapered|held|discontinued|started|initiated|added|switched|resumed|restarted|ordered)\\b${HISTORY_MARK}(?![^.;]*\\btaking\\b)[^.;]{0,40}?\\b(?:${ORDERED_THING})\\b`,
  'i',
);

/** A medicine taken as ordered ("50mg daily", "as prescribed", "with dinner", "qhs"): the treatment plan, never a method. */
export const MEDICINE_AS_ORDERED = /\b(?:\d+(?:\.\d+)?\s*(?:mg|mcg|milligrams?)|daily|nightly|as prescribed|as directed|every (?:day|night|morning|evening)|each (?:day|night|morning|evening)|every night|with (?:dinner|food|breakfast|lunch|meals?)|bid|tid|qid|qhs|qd|qam|qpm|prn|adherence|refills?|pillbox|pill box|alarm|reminder)\b/;
