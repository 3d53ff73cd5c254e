// Standardised measures and severity bands (reference/clinical.md section 9.1). Public-domain
// instruments only; PCL-5 has no validated bands, only a provisional cut-off.

export interface Band {
  min: number;
  max: number;
  label: string;
}

export interface Instrument {
  /** The abbreviation a note uses after first mention ("PHQ-9"). */
  name: string;
  /** The published name, written in full at first mention. */
  fullName: string;
  /** Spellings a clinician jots. */
  aliases: string[];
  /** Number of items; 1 for a single rating. */
  items: number;
  min: number;
  max: number;
  bands: Band[];
  /** Whether a lower score is better (true for symptom scales). */
  lowerIsBetter: boolean;
  /** Licence status (reference/clinical.md section 9). */
  licence: string;
}

export const INSTRUMENTS: readonly Instrument[] = [
  {
    name: 'PHQ-9',
    fullName: 'Patient Health Questionnaire-9',
    aliases: ['phq-9', 'phq9', 'phq 9'],
    items: 9,
    min: 0,
    max: 27,
    lowerIsBetter: true,
    licence: 'public domain (Pfizer); no permission needed',
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
    fullName: 'Generalized Anxiety Disorder-7',
    aliases: ['gad-7', 'gad7', 'gad 7'],
    items: 7,
    min: 0,
    max: 21,
    lowerIsBetter: true,
    licence: 'public domain (Pfizer); no permission needed',
    bands: [
      { min: 0, max: 4, label: 'minimal' },
      { min: 5, max: 9, label: 'mild' },
      { min: 10, max: 14, label: 'moderate' },
      { min: 15, max: 21, label: 'severe' },
    ],
  },
  {
    name: 'PCL-5',
    fullName: 'PTSD Checklist for DSM-5',
    aliases: ['pcl-5', 'pcl5', 'pcl 5'],
    items: 20,
    min: 0,
    max: 80,
    lowerIsBetter: true,
    licence: 'public domain (National Center for PTSD)',
    // No validated severity bands; a provisional cut-off of 31-33 only.
    bands: [{ min: 0, max: 30, label: 'below the provisional cut-off' }, { min: 31, max: 80, label: 'at or above the provisional cut-off (31-33)' }],
  },
  { name: 'PHQ-2', fullName: 'Patient Health Questionnaire-2', aliases: ['phq-2', 'phq2'], items: 2, min: 0, max: 6, lowerIsBetter: true, licence: 'public domain (Pfizer)', bands: [{ min: 0, max: 2, label: 'negative screen' }, { min: 3, max: 6, label: 'positive screen' }] },
  { name: 'GAD-2', fullName: 'Generalized Anxiety Disorder-2', aliases: ['gad-2', 'gad2'], items: 2, min: 0, max: 6, lowerIsBetter: true, licence: 'public domain (Pfizer)', bands: [{ min: 0, max: 2, label: 'negative screen' }, { min: 3, max: 6, label: 'positive screen' }] },
  // A single rating on the scale the clinician uses: 0-10 or 0-100 (reference/clinical.md section 8).
  { name: 'SUDS', fullName: 'Subjective Units of Distress Scale', aliases: ['subjective units of distress', 'suds', 'sud'], items: 1, min: 0, max: 100, lowerIsBetter: true, licence: 'not copyrighted (Wolpe)', bands: [] },
  { name: 'VOC', fullName: 'Validity of Cognition', aliases: ['validity of cognition', 'voc'], items: 1, min: 1, max: 7, lowerIsBetter: false, licence: 'not copyrighted (EMDR protocol)', bands: [] },
];

/** SUDS is rated 0-10 or 0-100: the larger scale when any rating in the set exceeds 10. */
export function ratingScale(instrument: Instrument, scores: readonly number[]): number {
  if (instrument.name !== 'SUDS') return instrument.max;
  return scores.some((s) => s > 10) ? 100 : 10;
}

export function findInstrument(name: string): Instrument | undefined {
  const n = name.toLowerCase().trim();
  return INSTRUMENTS.find((i) => i.aliases.includes(n) || i.name.toLowerCase() === n);
}

/** The severity band of a score, or undefined when the instrument has none or the score is out of range. */
export function scoreBand(instrument: Instrument, score: number): string | undefined {
  if (score < instrument.min || score > instrument.max) return undefined;
  return instrument.bands.find((b) => score >= b.min && score <= b.max)?.label;
}
