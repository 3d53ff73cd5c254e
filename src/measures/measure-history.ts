// A client's measures over time: each administration with its band, warnings and change from the
// previous and from the first (baseline) administration of the same instrument.
import { describeChange, type MeasureChange, type MeasureWarning, scoreMeasure } from './score-measure.ts';

export interface Administered {
  instrument: string;
  items: readonly number[] | null;
  total: number;
}

export type WithChange<T> = T & { band: string | null; warnings: MeasureWarning[]; change: MeasureChange };

/**
 * `entries` oldest first (as stored). The first administration of an instrument has no change.
 * @example withChanges([{ instrument: 'PHQ-9', items: null, total: 18 }, { instrument: 'PHQ-9', items: null, total: 12 }])[1].change.fromPrevious // { points: -6, reliable: true, direction: 'better' }
 */
export function withChanges<T extends Administered>(entries: readonly T[]): WithChange<T>[] {
  const seen = new Map<string, number[]>();
  return entries.map((entry) => {
    const earlier = seen.get(entry.instrument) ?? [];
    const scored = scoreMeasure({ instrument: entry.instrument, items: entry.items, total: entry.items ? null : entry.total });
    seen.set(entry.instrument, [...earlier, entry.total]);
    return {
      ...entry,
      band: scored.ok ? scored.score.band : null,
      warnings: scored.ok ? scored.score.warnings : [],
      change: describeChange(entry.instrument, entry.total, { previous: earlier.at(-1) ?? null, baseline: earlier[0] ?? null }),
    };
  });
}
