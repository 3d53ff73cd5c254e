// Standardised measures and severity bands (reference/clinical.md section 9.1). Public-domain
// instruments only; PCL-5 has no validated bands, only a provisional cut-off.

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface Instrument {
  name: string;
  /** Spellings a clinician jots. */
  aliases: string[];
  max: number;
  bands: Band[];
}

export const INSTRUMENTS: readonly Instrument[] = [
  {
    name: 'PHQ-9',
    aliases: ['phq-9', 'phq9', 'phq 9'],
    max: 27,
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 19, label: 'moderately severe' },
      { min: 20, max: 27, label: 'severe' },
    ],
  },
  {
    name: 'GAD-7',
    aliases: ['gad-7', 'gad7', 'gad 7'],
    max: 21,
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 21, label: 'severe' },
    ],
  },
  { name: 'PCL-5', aliases: ['pcl-5', 'pcl5', 'pcl 5'], max: 80, bands: [{ min: 0, max: 30, label: 'below the provisional cut-off' }, { min: 31, max: 80, label: 'at or above the provisional cut-off (31-33)' }] },
  { name: 'PHQ-2', aliases: ['phq-2', 'phq2'], max: 6, bands: [{ min: 0, max: 2, label: 'negative screen' }, { min: 3, max: 6, label: 'positive screen' }] },
  { name: 'GAD-2', aliases: ['gad-2', 'gad2'], max: 6, bands: [{ min: 0, max: 2, label: 'negative screen' }, { min: 3, max: 6, label: 'positive screen' }] },
  { name: 'SUDS', aliases: ['subjective units of distress', 'suds', 'sud'], max: 100, bands: [] },
  { name: 'VOC', aliases: ['validity of cognition', 'voc'], max: 7, bands: [] },
];

export function findInstrument(name: string): Instrument | undefined {
  const n = name.toLowerCase().trim();
  return INSTRUMENTS.find((i) => i.aliases.includes(n) || i.name.toLowerCase() === n);
}

/** The severity band of a score, or undefined when the instrument has none or the score is out of range. */
export function scoreBand(instrument: Instrument, score: number): string | undefined {
  if (score < 0 || score > instrument.max) return undefined;
  return instrument.bands.find((b) => score >= b.min && score <= b.max)?.label;
}
