// Finds scored measures in a clause: "PHQ-9 score of 12 (was 15)", "GAD-7 score of 14 (16 at
// intake)", "SUD decreased from 8 to 0", "anxiety 7/10".
import { findInstrument, scoreBand } from '../../measures/index.ts';
import type { Measure } from '../types.ts';

const SCORED = /\b(PHQ-?9|PHQ-?2|GAD-?7|GAD-?2|PCL-?5)\s+score of\s+(\d{1,3})(?:\s*\((?:was|previously|prev|down from|up from|from)?\s*(\d{1,3})(?:\s+at intake|\s+last\s+\w+)?\))?/gi;
const CHANGE = /\b(subjective units of distress|validity of cognition)(?:\s*\((?:SUDS?|VOC)\))?\s+(?:decreased|increased|stayed)\s+from\s+(\d{1,3})\s+to\s+(\d{1,3})/gi;

export function extractMeasures(text: string): Measure[] {
  const out: Measure[] = [];
  for (const m of text.matchAll(SCORED)) {
    const instrument = findInstrument(m[1]!);
    if (!instrument) continue;
    const score = Number(m[2]);
    const measure: Measure = { instrument: instrument.name, score, max: instrument.max };
    if (m[3] !== undefined) measure.previous = Number(m[3]);
    const band = scoreBand(instrument, score);
    if (band) measure.band = band;
    out.push(measure);
  }
  for (const m of text.matchAll(CHANGE)) {
    const instrument = findInstrument(m[1]!);
    if (!instrument) continue;
    out.push({ instrument: instrument.name, score: Number(m[3]), previous: Number(m[2]), max: instrument.name === 'VOC' ? 7 : 10 });
  }
  return out;
}
