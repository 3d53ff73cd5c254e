// Finds scored measures in a clause: "PHQ-9 score of 12 (was 15)", "GAD-7 score of 14 (16 at
// intake)", "PHQ-9 score of 4 today (21 at intake in March)", "SUD decreased from 8 to 0".
// Names, ranges and bands come from the one instrument table (src/measures/instruments.ts).
import { findInstrument, INSTRUMENTS, ratingScale, scoreBand } from '../../measures/index.ts';
import type { Measure } from '../types.ts';
import { allMatches } from './all-matches.ts';

const NAMES = INSTRUMENTS.filter((i) => i.bands.length).map((i) => i.name.replace('-', '-?')).join('|');
const SCORED = new RegExp(`\\b(${NAMES})\\s+score of\\s+(\\d{1,3})(\\s+today)?(?:\\s*\\((?:was|previously|prev|down from|up from|from)?\\s*(\\d{1,3})((?:\\s+(?:at|in|on|last|from)\\s+[^)]{1,24})?)\\))?`, 'gi');
const CHANGE = /\b(subjective units of distress|validity of cognition)(?:\s*\((?:SUDS?|VOC)\))?\s+(?:decreased|increased|stayed)\s+from\s+(\d{1,3})\s+to\s+(\d{1,3})/gi;

export function extractMeasures(text: string): Measure[] {
  const out: Measure[] = [];
  for (const m of allMatches(SCORED, text)) {
    const instrument = findInstrument(m[1]!);
    if (!instrument) continue;
    const score = Number(m[2]);
    const measure: Measure = { instrument: instrument.name, fullName: instrument.fullName, score, max: instrument.max, span: m[0] };
    const band = scoreBand(instrument, score);
    if (band) measure.band = band;
    if (m[4] !== undefined) {
      measure.previous = Number(m[4]);
      const previousBand = scoreBand(instrument, measure.previous);
      if (previousBand) measure.previousBand = previousBand;
      if (m[5]?.trim()) measure.previousWhen = m[5].trim();
    }
    out.push(measure);
  }
  for (const m of allMatches(CHANGE, text)) {
    const instrument = findInstrument(m[1]!);
    if (!instrument) continue;
    const [previous, score] = [Number(m[2]), Number(m[3])];
    out.push({ instrument: instrument.name, fullName: instrument.fullName, score, previous, max: ratingScale(instrument, [previous, score]), span: m[0] });
  }
  return out;
}
