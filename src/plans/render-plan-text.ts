// A plan as plain text for pasting into an EHR: headings, then items; where the plan lacks
// something, the prompt in brackets (never a filled-in guess).
import type { TPlanContent, TPlanObjective, TPlanPrompt } from './plan.schema.ts';

/** An objective's behaviour, then its measure, target and date unless the behaviour already says them. */
function objective(o: TPlanObjective): string {
  const has = (part: string | null): part is string => part !== null && !o.behaviour.includes(part);
  return [o.behaviour || null, has(o.measure) ? `measured by ${o.measure}` : null, has(o.target) ? `target ${o.target}` : null, has(o.date) ? `by ${o.date}` : null].filter((p) => p !== null).join('; ');
}

/**
 * @example renderPlanText(plan, prompts).split('\n')[0] // 'DIAGNOSES'
 */
export function renderPlanText(plan: TPlanContent, prompts: readonly TPlanPrompt[]): string {
  const ask = (field: string): string[] => prompts.filter((p) => p.field === field || p.field.startsWith(`${field}[`) || p.field.startsWith(`${field}.`)).map((p) => `[${p.message}]`);
  const section = (title: string, lines: string[], field: string): string => `${title}\n${[...lines, ...ask(field)].join('\n') || '(none)'}`;
  const goals = plan.goals.map((g, i) => {
    const objectives = plan.objectives.filter((o) => o.goalId === g.id).map((o) => `   - Objective: ${objective(o)}`);
    return [`${i + 1}. ${g.text}`, ...objectives].join('\n');
  });
  const loose = plan.objectives.filter((o) => o.goalId === null).map((o) => `- Objective (no goal yet): ${objective(o)}`);
  const dates = [...(plan.targetDate ? [`Target date: ${plan.targetDate}`] : []), ...(plan.reviewDate ? [`Review date: ${plan.reviewDate}`] : []), ...ask('targetDate'), ...ask('reviewDate')];
  return [
    section('DIAGNOSES', plan.diagnoses.map((d) => `${d.code}${d.name ? ` ${d.name}` : ''}`), 'diagnoses'),
    section('PRESENTING PROBLEMS', plan.problems.map((p) => `- ${p.text}${p.impact && p.impact !== p.text ? ` (impact: ${p.impact})` : ''}`), 'problems'),
    section('GOALS AND OBJECTIVES', [...goals, ...loose, ...ask('objectives')], 'goals'),
    section('INTERVENTIONS', plan.interventions.map((v) => `- ${v.modality && !v.text.includes(v.modality) ? `${v.modality}: ` : ''}${v.text}${v.frequency && !v.text.includes(v.frequency) ? `, ${v.frequency}` : ''}`), 'interventions'),
    section('SESSION FREQUENCY', plan.sessionFrequency ? [plan.sessionFrequency.text] : [], 'sessionFrequency'),
    ...(plan.strengths.length ? [section('STRENGTHS', plan.strengths.map((s) => `- ${s.text}`), 'strengths')] : []),
    ...(plan.barriers.length ? [section('BARRIERS', plan.barriers.map((b) => `- ${b.text}`), 'barriers')] : []),
    `DATES\n${dates.join('\n')}`,
  ].join('\n\n');
}
