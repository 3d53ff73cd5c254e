// `afterword measure INSTRUMENT [ANSWERS] [--total N] [--previous N] [--baseline N] [--json]`:
// scores one administration (src/measures) and prints the total, its band, the change and any
// item the note must address (PHQ-9 item 9). Nothing is stored.
import { describeChange, findInstrument, INSTRUMENTS, type MeasureChange, type MeasureScore, type ScoreChange, scoreMeasure } from '#measures';
import { CliError } from './cli-error.ts';
import { type CommandSpec, InvalidValue, type OptionTable, type OptionValues } from './parse-command.ts';

function parseScore(text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new InvalidValue('must be a whole number, 0 or more');
  return Number(text);
}

const MEASURE_OPTIONS = {
  total: { type: 'string', value: 'N', example: '14', parse: parseScore, description: 'the total, when the item answers are not given' },
  previous: { type: 'string', value: 'N', example: '18', parse: parseScore, description: 'the previous total, to show the change and whether it is reliable' },
  baseline: { type: 'string', value: 'N', example: '21', parse: parseScore, description: 'the first (baseline) total, to show the change since then' },
  json: { type: 'boolean', description: 'print the score as JSON' },
} as const satisfies OptionTable;

export const MEASURE_COMMAND: CommandSpec<typeof MEASURE_OPTIONS> = {
  name: 'measure',
  summary: 'Scores a standardised measure (PHQ-9, GAD-7, PCL-5, ...) from its item answers or total.',
  operands: 'INSTRUMENT [ANSWERS]',
  maxOperands: 2,
  details: `INSTRUMENT is one of ${INSTRUMENTS.map((i) => i.name).join(', ')} (or phq9, gad7, ...). ANSWERS are the item answers in order, separated by commas: afterword measure phq9 0,1,2,1,0,0,1,2,0. Or give --total N instead.`,
  options: MEASURE_OPTIONS,
};

/** The answers operand as numbers; says which item is not a whole number. */
function parseAnswers(text: string): number[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  return parts.map((part, i) => {
    if (!/^\d+$/.test(part)) throw new CliError(`Item ${i + 1} of ANSWERS is not a whole number: give the answers as whole numbers separated by commas (for example 0,1,2,1,0,0,1,2,0).`);
    return Number(part);
  });
}

/** The score as text (or JSON) for standard output; bad input throws a CliError (exit 2). */
export function runMeasure(options: OptionValues<typeof MEASURE_OPTIONS>, operands: string[]): string {
  const [name, answers] = operands;
  if (!name) throw new CliError(`Say which instrument: afterword measure phq9 0,1,2,... or afterword measure phq9 --total 14. Instruments: ${INSTRUMENTS.map((i) => i.name).join(', ')}.`);
  const instrument = findInstrument(name);
  if (!instrument) throw new CliError(`There is no instrument "${name}". Instruments: ${INSTRUMENTS.map((i) => i.name).join(', ')}.`);
  if (answers !== undefined && options.total !== undefined) throw new CliError('Give the item answers or --total, not both.');
  const result = scoreMeasure({ instrument: instrument.name, items: answers === undefined ? null : parseAnswers(answers), total: options.total ?? null });
  if (!result.ok) throw new CliError(result.errors.join(' '));
  const { score } = result;
  const hasEarlier = options.previous !== undefined || options.baseline !== undefined;
  const change = hasEarlier ? describeChange(score.instrument, score.total, { previous: options.previous ?? options.baseline, baseline: options.baseline }) : null;
  if (options.json) return JSON.stringify({ ...score, fullName: instrument.fullName, max: instrument.max, ...(change ? { change } : {}) }, null, 2);
  return formatScore(score, instrument.fullName, instrument.max, change);
}

function formatScore(score: MeasureScore, fullName: string, max: number, change: MeasureChange | null): string {
  const lines = [`${score.instrument} (${fullName}): ${score.total} of ${max}${score.band ? `, ${score.band}` : ''}`];
  if (change?.fromPrevious) lines.push(`Change from previous: ${changeText(change.fromPrevious, change)}`);
  if (change?.fromBaseline) lines.push(`Change from baseline: ${changeText(change.fromBaseline, change)}`);
  for (const warning of score.warnings) lines.push(`${warning.code === 'risk_item' ? 'RISK' : 'Check'}: ${warning.message}`);
  return lines.join('\n');
}

function changeText(c: ScoreChange, change: MeasureChange): string {
  const signed = c.points > 0 ? `+${c.points}` : String(c.points);
  if (c.direction === 'same') return `${signed} (no change)`;
  const threshold = change.threshold;
  const verdict = !threshold ? 'no published threshold' : c.reliable ? `${threshold.meaning}, ${threshold.points} points or more` : `below the ${threshold.points}-point threshold for ${threshold.meaning}`;
  return `${signed} (${c.direction}; ${verdict})`;
}
