// Medications a model might name (generic and common brand names), lower case, for the verifier's
// "medications" check: a reply may name only medications the draft names. The suffixes catch
// generic names not listed (INN stems: -azepam, -oxetine, -triptyline, ...).
export const MEDICATIONS: readonly string[] = [
  // Antidepressants
  'sertraline', 'zoloft', 'fluoxetine', 'prozac', 'paroxetine', 'paxil', 'citalopram', 'celexa', 'escitalopram', 'lexapro',
  'fluvoxamine', 'luvox', 'venlafaxine', 'effexor', 'desvenlafaxine', 'pristiq', 'duloxetine', 'cymbalta', 'bupropion',
  'wellbutrin', 'mirtazapine', 'remeron', 'trazodone', 'vortioxetine', 'trintellix', 'vilazodone', 'viibryd', 'amitriptyline',
  'nortriptyline', 'imipramine', 'clomipramine', 'phenelzine', 'esketamine', 'spravato', 'ketamine',
  // Anxiolytics and hypnotics
  'alprazolam', 'xanax', 'lorazepam', 'ativan', 'clonazepam', 'klonopin', 'diazepam', 'valium', 'buspirone', 'buspar',
  'hydroxyzine', 'vistaril', 'atarax', 'zolpidem', 'ambien', 'eszopiclone', 'lunesta', 'melatonin', 'propranolol', 'prazosin',
  // Mood stabilisers and antipsychotics
  'lithium', 'lamotrigine', 'lamictal', 'valproate', 'divalproex', 'depakote', 'carbamazepine', 'tegretol', 'oxcarbazepine',
  'quetiapine', 'seroquel', 'olanzapine', 'zyprexa', 'risperidone', 'risperdal', 'aripiprazole', 'abilify', 'ziprasidone',
  'lurasidone', 'latuda', 'clozapine', 'clozaril', 'haloperidol', 'haldol', 'cariprazine', 'vraylar', 'brexpiprazole', 'rexulti',
  // ADHD
  'methylphenidate', 'ritalin', 'concerta', 'amphetamine', 'adderall', 'lisdexamfetamine', 'vyvanse', 'atomoxetine', 'strattera',
  'guanfacine', 'intuniv', 'clonidine',
  // Substance use
  'naltrexone', 'vivitrol', 'buprenorphine', 'suboxone', 'methadone', 'disulfiram', 'antabuse', 'acamprosate', 'naloxone', 'narcan',
  // Other often named in notes
  'gabapentin', 'neurontin', 'topiramate', 'levothyroxine', 'metformin', 'ibuprofen', 'acetaminophen', 'tylenol', 'oxycodone',
  'hydrocodone', 'tramadol', 'prednisone', 'insulin',
  // Classes: naming a class the draft does not is an invention too
  'ssri', 'snri', 'maoi', 'benzodiazepine', 'benzodiazepines', 'antidepressant', 'antidepressants', 'antipsychotic', 'antipsychotics',
  'stimulant', 'stimulants', 'mood stabilizer', 'sleeping pill', 'sleeping pills',
];

/** International nonproprietary name stems: a word ending in one is read as a medication. */
export const MEDICATION_SUFFIXES: readonly string[] = [
  'azepam', 'azolam', 'oxetine', 'triptyline', 'pramine', 'afaxine', 'apine', 'idone', 'iprazole', 'peridol', 'azodone',
  'barbital', 'pheniramine', 'ylphenidate', 'amfetamine', 'gabalin', 'tiapine', 'lukast', 'statin', 'sartan', 'pril', 'olol',
];
