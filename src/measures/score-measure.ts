// Scores one administration of an instrument from its item answers or its total, and compares it
// with earlier ones. Pure: the instrument table (instruments.ts) holds every number used here.
// Messages say what to fix and name items and ranges, never the value entered.
import { findInstrument, INSTRUMENTS, type Instrument, scoreBand } from './instruments.ts';

export interface MeasureEntry {
  /** The instrument's name or a jotted alias ("phq9"). */
  instrument: string;
  /** One answer per item, in item order. */
  items?: readonly number[] | null | undefined;
  /** The total, when the items were not entered. */
  total?: number | null | undefined;
}

/** Something the note must address (an item 9 answer), or a gap the clinician should know of. */
export interface MeasureWarning {
  code: 'risk_item' | 'risk_item_unknown';
  item: number;
  message: string;
}

export interface MeasureScore {
  /** The instrument's name as the table spells it ("PHQ-9"). */
  instrument: string;
  items: number[] | null;
  total: number;
  /** The published severity band, or null when the instrument has none. */
  band: string | null;
  warnings: MeasureWarning[];
}

/** Which part of the entry the first error is about, for forms and API error fields. */
export type EntryField = 'instrument' | 'items' | 'total';

export type ScoreResult = { ok: true; score: MeasureScore } | { ok: false; errors: string[]; field: EntryField };

const knownNames = (): string => INSTRUMENTS.map((i) => i.name).join(', ');

/**
 * @example scoreMeasure({ instrument: 'phq9', items: [1, 1, 2, 1, 0, 1, 2, 1, 1] })
 *   // { ok: true, score: { instrument: 'PHQ-9', total: 10, band: 'moderate', warnings: [item 9 ...] } }
 */
export function scoreMeasure(entry: MeasureEntry): ScoreResult {
  const instrument = findInstrument(entry.instrument);
  if (!instrument) return { ok: false, errors: [`Unknown instrument. Use one of: ${knownNames()}.`], field: 'instrument' };
  const items = entry.items ?? null;
  const given = entry.total ?? null;
  if (items === null && given === null) {
    const range = instrument.itemRange;
    const itemsHint = range ? `its ${instrument.items} item answers (each ${range.min} to ${range.max}) or ` : '';
    return { ok: false, errors: [`Give the ${instrument.name} ${itemsHint}total (${instrument.min} to ${instrument.max}).`], field: range ? 'items' : 'total' };
  }
  const errors = items === null ? [] : itemErrors(instrument, items);
  const field: EntryField = errors.length ? 'items' : 'total';
  if (given !== null && !inRange(given, instrument.min, instrument.max)) {
    errors.push(`A ${instrument.name} total must be a whole number from ${instrument.min} to ${instrument.max}.`);
  }
  if (errors.length) return { ok: false, errors, field };
  const total = items === null ? (given as number) : sum(items);
  if (items !== null && given !== null && given !== total) {
    return { ok: false, errors: [`The ${instrument.name} items do not add up to the total given: give the items or the total, or correct one.`], field: 'total' };
  }
  return {
    ok: true,
    score: {
      instrument: instrument.name,
      items: items === null ? null : [...items],
      total,
      band: scoreBand(instrument, total) ?? null,
      warnings: riskWarnings(instrument, items),
    },
  };
}

function itemErrors(instrument: Instrument, items: readonly number[]): string[] {
  const range = instrument.itemRange;
  if (!range) return [`${instrument.name} is entered as a single score: give the total, not items.`];
  if (items.length !== instrument.items) {
    const answers = `${items.length} answer${items.length === 1 ? ' was' : 's were'} given`;
    return [`${instrument.name} has ${instrument.items} items and ${answers}: give one answer per item, each ${range.min} to ${range.max}.`];
  }
  return items.flatMap((value, i) => (inRange(value, range.min, range.max) ? [] : [`${instrument.name} item ${i + 1} must be a whole number from ${range.min} to ${range.max}.`]));
}

function riskWarnings(instrument: Instrument, items: readonly number[] | null): MeasureWarning[] {
  return (instrument.riskItems ?? []).flatMap(({ item, about }): MeasureWarning[] => {
    if (items === null) {
      return [{ code: 'risk_item_unknown', item, message: `Only the total was entered, so ${instrument.name} item ${item} (${about}) is not known: check it.` }];
    }
    const answer = items[item - 1] ?? 0;
    if (answer === 0) return [];
    const words = instrument.answerLabels?.[answer];
    return [
      {
        code: 'risk_item',
        item,
        message: `${instrument.name} item ${item} (${about}) was answered ${answer}${words ? ` ("${words.toLowerCase()}")` : ''}: the note must document a risk assessment, whatever the total.`,
      },
    ];
  });
}

export interface ScoreChange {
  /** Current minus earlier total: negative is a fall. */
  points: number;
  /** Whether the change reaches the instrument's published threshold; null when none is published. */
  reliable: boolean | null;
  /** 'better', 'worse' or 'same', from the instrument's direction. */
  direction: 'better' | 'worse' | 'same';
}

export interface MeasureChange {
  fromPrevious: ScoreChange | null;
  fromBaseline: ScoreChange | null;
  /** What the threshold marks ("reliable change") and its points, when one is published. */
  threshold: { points: number; meaning: string } | null;
}

/**
 * The change from the previous administration and from the first (the baseline). With only one
 * earlier score both compare with it; with none, both are null.
 * @example describeChange('PHQ-9', 12, { previous: 18, baseline: 20 }).fromPrevious // { points: -6, reliable: true, direction: 'better' }
 */
export function describeChange(instrumentName: string, total: number, earlier: { previous?: number | null; baseline?: number | null }): MeasureChange {
  const instrument = findInstrument(instrumentName);
  const threshold = instrument?.reliableChange ?? null;
  const compare = (before: number | null | undefined): ScoreChange | null => {
    if (before === null || before === undefined || !instrument) return null;
    const points = total - before;
    const better = instrument.lowerIsBetter ? points < 0 : points > 0;
    return {
      points,
      reliable: threshold ? Math.abs(points) >= threshold.points : null,
      direction: points === 0 ? 'same' : better ? 'better' : 'worse',
    };
  };
  return {
    fromPrevious: compare(earlier.previous),
    fromBaseline: compare(earlier.baseline ?? earlier.previous),
    threshold: threshold ? { points: threshold.points, meaning: threshold.meaning } : null,
  };
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
