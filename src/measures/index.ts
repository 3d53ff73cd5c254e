export { INSTRUMENTS, findInstrument, ratingScale, scoreBand } from './instruments.ts';
export type { Instrument, Band } from './instruments.ts';
