export { INSTRUMENTS, findInstrument, ratingScale, scoreBand } from './instruments.ts';
export type { Instrument, Band } from './instruments.ts';
export { describeChange, scoreMeasure } from './score-measure.ts';
export type { EntryField, MeasureChange, MeasureEntry, MeasureScore, MeasureWarning, ScoreChange, ScoreResult } from './score-measure.ts';
export { withChanges } from './measure-history.ts';
export type { Administered, WithChange } from './measure-history.ts';
