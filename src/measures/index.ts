export { INSTRUMENTS, findInstrument, scoreBand } from './instruments.ts';
export type { Instrument, Band } from './instruments.ts';
