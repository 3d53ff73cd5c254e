// `afterword plan [FILE|-] [--worksheet FILE] [--date YYYY-MM-DD] [--json]`
import { draftPlan, PlanError, renderPlanText } from '#plans';
import { ICD10_CODES } from '../server/icd10/icd10-codes.ts';
import { CliError } from './cli-error.ts';
import { type CommandSpec, InvalidValue, type OptionTable, type OptionValues } from './parse-command.ts';
import { readInput, readJsonFile } from './read-input.ts';

function parseDate(text: string): string {
  const value = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidValue('must be a date as YYYY-MM-DD');
  return value;
}

const PLAN_OPTIONS = {
  worksheet: { type: 'string', value: 'FILE', example: 'plan-worksheet.json', description: 'a plan worksheet (JSON, src/plans/plan-worksheet.schema.ts), alone or with a summary' },
  date: { type: 'string', value: 'YYYY-MM-DD', example: '2026-12-01', parse: parseDate, description: 'the plan date, from which "review in 90 days" is counted (else the worksheet date)' },
  json: { type: 'boolean', description: 'print the draft as JSON: plan, prompts, suggestions, unplaced sentences' },
} as const satisfies OptionTable;

export const PLAN_COMMAND: CommandSpec<typeof PLAN_OPTIONS> = {
  name: 'plan',
  summary: 'Drafts a treatment plan from an intake summary (a file, or standard input) and/or a plan worksheet.',
  operands: '[FILE|-]',
  maxOperands: 1,
  details: 'Only what the input gives goes into the plan; what it lacks is listed as a prompt. With --worksheet and no FILE, the plan is drafted from the worksheet alone.',
  options: PLAN_OPTIONS,
};

/** The draft as text (or JSON) for standard output. */
export function runPlan(options: OptionValues<typeof PLAN_OPTIONS>, operands: string[]): string {
  const file = operands[0];
  const summary = file || !options.worksheet ? readInput(file) : undefined;
  const worksheet = options.worksheet ? readJsonFile(options.worksheet, 'worksheet') : undefined;
  try {
    const draft = draftPlan({ ...(summary !== undefined ? { summary } : {}), ...(worksheet ? { worksheet } : {}), reference: ICD10_CODES, ...(options.date ? { date: options.date } : {}) });
    if (options.json) {
      const suggestions = draft.suggestions.map(({ condition, reason }) => ({ reason, ...condition }));
      return JSON.stringify({ ...draft, suggestions }, null, 2);
    }
    const offered = draft.suggestions.length ? `\n\n---\nSuggestions to pick from (not part of the plan): ${draft.suggestions.map((s) => `${s.condition.label} (${s.reason})`).join('; ')}. See --json for their ids.` : '';
    return `${renderPlanText(draft.plan, draft.prompts)}${offered}`;
  } catch (error) {
    if (error instanceof PlanError) throw new CliError(options.worksheet && error.code !== 'no_input' ? `${options.worksheet}: ${error.message}` : error.message);
    throw error;
  }
}
