// Scores written the way a clinician signs them: the instrument in full at first mention, the
// score, its published band, and the change from the earlier score the summary gives. Nothing is
// computed beyond the band and the direction of change.
import type { Measure } from '../types.ts';

const change = (m: Measure): string | undefined => {
  if (m.previous === undefined) return undefined;
  const direction = m.score < m.previous ? 'down from' : m.score > m.previous ? 'up from' : 'unchanged from';
  // The earlier score's band only where it differs: "41 (at or above the cut-off), down from 58" says it once.
  const band = m.previousBand && m.previousBand !== m.band ? ` (${m.previousBand})` : '';
  return `${direction} ${m.previous}${band}${m.previousWhen ? ` ${m.previousWhen}` : ''}`;
};

/** "Patient Health Questionnaire-9 (PHQ-9) was 4 today (minimal), down from 21 (severe) at intake in March." */
export function measureSentence(m: Measure, tense: 'past' | 'present', today: boolean): string {
  const name = m.fullName ? `${m.fullName} (${m.instrument})` : m.instrument;
  const was = tense === 'past' ? 'was' : 'is';
  const moved = change(m);
  return `${name} ${was} ${m.score}${today ? ' today' : ''}${m.band ? ` (${m.band})` : ''}${moved ? `, ${moved}` : ''}.`;
}

/** The score inside a longer clause: "Patient Health Questionnaire-9 (PHQ-9) score of 4 today (minimal), down from 21 (severe) at intake in March". */
export function measurePhrase(m: Measure): string {
  const name = m.fullName ? `${m.fullName} (${m.instrument})` : m.instrument;
  const moved = change(m);
  const today = m.span && /\btoday\b/i.test(m.span) ? ' today' : '';
  if (!m.band) return m.span ?? `${name} score of ${m.score}`;
  return `${name} score of ${m.score}${today}${m.band ? ` (${m.band})` : ''}${moved ? `, ${moved}` : ''}`;
}

/** The assessment's reading of a score: its band and its direction since the earlier score. */
export function measureAssessment(m: Measure): string | undefined {
  if (!m.band) return undefined;
  const moved = change(m);
  const band = m.band ? (/^(at|below|above)\b/.test(m.band) ? ` is ${m.band}` : ` is in the ${m.band} range`) : '';
  return `The ${m.instrument} score of ${m.score}${band}${moved ? `${band ? ',' : ''} ${moved}` : ''}.`;
}

/** True when a clause says nothing but its scores ("PHQ-9 score of 15", "GAD-7 score of 17 today"). */
export function onlyMeasures(text: string, measures: readonly Measure[]): boolean {
  let rest = text;
  for (const m of measures) if (m.span) rest = rest.replace(m.span, ' ');
  // "Her GAD-7 was 15 and PHQ-9 was 8": whose scores they are adds nothing to the scores.
  return rest.replace(/\b(today|now|this session|and|at intake|his|her|their|my|the|client's|pt's|patient's)\b/gi, ' ').replace(/[^A-Za-z0-9]+/g, ' ').trim() === '';
}
