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
  /** The score of each item, when the instrument has items a clinician enters one by one. */
  itemRange?: { min: number; max: number };
  /** The item text, where it is public domain and short; otherwise absent (entry by number). */
  itemLabels?: readonly string[];
  /** The answer words of each item score (index = score), where public domain. */
  answerLabels?: readonly string[];
  /**
   * The change in points that counts as more than measurement noise, where one is published;
   * absent where none is. `meaning` is what the threshold marks, `source` where it comes from.
   */
  reliableChange?: { points: number; meaning: 'reliable change' | 'clinically meaningful change'; source: string };
  /** Items whose answer above zero the note must address, whatever the total (1-based). */
  riskItems?: readonly { item: number; about: string }[];
}

// Item wording as published by the authors (PHQ and GAD-7: phqscreeners.com, "no permission
// required to reproduce, translate, display or distribute").
const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself, or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead, or of hurting yourself in some way',
] as const;
const GAD7_ITEMS = [
  'Feeling nervous, anxious, or on edge',
  'Not being able to stop or control worrying',
  'Worrying too much about different things',
  'Trouble relaxing',
  'Being so restless that it is hard to sit still',
  'Becoming easily annoyed or irritable',
  'Feeling afraid, as if something awful might happen',
] as const;
// The anchors of PHQ and GAD-7 items; "not at all", never "not at all sure" (clinical.md 9.1).
const PHQ_ANSWERS = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'] as const;
const PCL5_ANSWERS = ['Not at all', 'A little bit', 'Moderately', 'Quite a bit', 'Extremely'] as const;

// clinical.md gives no PHQ-9 or GAD-7 threshold. Source: the NHS Talking Therapies for anxiety and
// depression Manual (formerly the IAPT Manual), "reliable improvement": a fall of 6 or more on
// PHQ-9 and 4 or more on GAD-7 (close to the Jacobson-Truax estimates of about 5-6 for PHQ-9).
const TALKING_THERAPIES = 'NHS Talking Therapies Manual (reliable change: PHQ-9 6 points, GAD-7 4 points)';
const PHQ9_ITEM9 = 'thoughts that the client would be better off dead, or of self-harm';

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
    itemRange: { min: 0, max: 3 },
    itemLabels: PHQ9_ITEMS,
    answerLabels: PHQ_ANSWERS,
    reliableChange: { points: 6, meaning: 'reliable change', source: TALKING_THERAPIES },
    // clinical.md 9.1: item 9 above zero always triggers a risk assessment, whatever the total.
    riskItems: [{ item: 9, about: PHQ9_ITEM9 }],
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
    itemRange: { min: 0, max: 3 },
    itemLabels: GAD7_ITEMS,
    answerLabels: PHQ_ANSWERS,
    reliableChange: { points: 4, meaning: 'reliable change', source: TALKING_THERAPIES },
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
    itemRange: { min: 0, max: 4 },
    // Item text is public domain but long: entered by number (clinical.md 9.1 gives the clusters).
    answerLabels: PCL5_ANSWERS,
    // clinical.md 9.1 (National Center for PTSD): 5-10 points is reliable change, 10-20 clinically
    // meaningful; the flag uses 10, the clinically meaningful threshold.
    reliableChange: { points: 10, meaning: 'clinically meaningful change', source: 'National Center for PTSD, PCL-5 scoring (clinical.md 9.1)' },
    // No validated severity bands; a provisional cut-off of 31-33 only.
    bands: [{ min: 0, max: 30, label: 'below the provisional cut-off' }, { min: 31, max: 80, label: 'at or above the provisional cut-off of 31-33' }],
  },
  { name: 'PHQ-2', fullName: 'Patient Health Questionnaire-2', aliases: ['phq-2', 'phq2'], items: 2, min: 0, max: 6, lowerIsBetter: true, licence: 'public domain (Pfizer)', itemRange: { min: 0, max: 3 }, itemLabels: PHQ9_ITEMS.slice(0, 2), answerLabels: PHQ_ANSWERS, bands: [{ min: 0, max: 2, label: 'negative screen' }, { min: 3, max: 6, label: 'positive screen' }] },
  { name: 'GAD-2', fullName: 'Generalized Anxiety Disorder-2', aliases: ['gad-2', 'gad2'], items: 2, min: 0, max: 6, lowerIsBetter: true, licence: 'public domain (Pfizer)', itemRange: { min: 0, max: 3 }, itemLabels: GAD7_ITEMS.slice(0, 2), answerLabels: PHQ_ANSWERS, bands: [{ min: 0, max: 2, label: 'negative screen' }, { min: 3, max: 6, label: 'positive screen' }] },
  // A single rating on the scale the clinician uses: 0-10 or 0-100 (reference/clinical.md section 8).
  { name: 'SUDS', fullName: 'Subjective Units of Distress Scale', aliases: ['subjective units of distress', 'suds', 'sud'], items: 1, min: 0, max: 100, lowerIsBetter: true, licence: 'not copyrighted (Wolpe)', bands: [] },
  { name: 'VOC', fullName: 'Validity of Cognition', aliases: ['validity of cognition', 'voc'], items: 1, min: 1, max: 7, lowerIsBetter: false, licence: 'not copyrighted (EMDR protocol)', bands: [] },
];

/**
 * The top of the scale a set of ratings was given on. SUDS is rated 0-10 or 0-100: the larger
 * scale when any rating in the set exceeds 10; any other instrument's maximum is its own.
 * @example ratingScale(findInstrument('SUDS')!, [80, 40]); // 100
 */
export function ratingScale(instrument: Instrument, scores: readonly number[]): number {
  if (instrument.name !== 'SUDS') return instrument.max;
  return scores.some((s) => s > 10) ? 100 : 10;
}

/**
 * An instrument by its name or a jotted alias, in any case; undefined when Afterword has none.
 * @example findInstrument('phq9')?.name; // 'PHQ-9'
 */
export function findInstrument(name: string): Instrument | undefined {
  const n = name.toLowerCase().trim();
  return INSTRUMENTS.find((i) => i.aliases.includes(n) || i.name.toLowerCase() === n);
}

/**
 * The severity band of a score, or undefined when the instrument has none or the score is out of range.
 * @example scoreBand(findInstrument('PHQ-9')!, 12); // 'moderate'
 */
export function scoreBand(instrument: Instrument, score: number): string | undefined {
  if (score < instrument.min || score > instrument.max) return undefined;
  return instrument.bands.find((b) => score >= b.min && score <= b.max)?.label;
}
