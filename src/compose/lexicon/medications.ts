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
];
