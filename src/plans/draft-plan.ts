// Drafts a treatment plan from an intake summary and/or a plan worksheet. Nothing is invented:
// every item is a piece of the summary (with its character spans), a worksheet field, or a library
// suggestion the clinician picked. What a plan needs and the input lacks becomes a prompt.
import { CONDITION_NAMES, FREQUENCY, IMPACT_CUES, MEASURE, MODALITIES, PLAN_CUES, type PlanPart, SESSION_FREQUENCY, TARGET } from './plan-cues.ts';
import { behaviourOf, withLead } from './objective-behaviour.ts';
import { findDate } from './plan-dates.ts';
import { PlanError } from './plan-error.ts';
import type { TPlanContent, TPlanDiagnosis, TPlanGoal, TPlanItem, TPlanObjective, TPlanProblem, TPlanPrompt, TPlanSource } from './plan.schema.ts';
import { describeWorksheetIssues, type TPlanWorksheet, ZPlanWorksheet } from './plan-worksheet.schema.ts';
import { type Segment, segmentSummary, splitList } from './segment-summary.ts';
import { findLibraryItem, type PlanSuggestion, suggestPlanItems } from './suggest-plan-items.ts';

export interface DraftPlanOptions {
  summary?: string;
  /** A plan worksheet (checked against ZPlanWorksheet here). */
  worksheet?: unknown;
  /** Known ICD-10-CM codes and names, for the name of a code the clinician gave. */
  reference?: readonly { code: string; label: string }[];
  /** The plan's date (YYYY-MM-DD) when the worksheet gives none: "review in 90 days" counts from it. */
  date?: string;
}

export interface PlanDraft {
  plan: TPlanContent;
  /** What the clinician still has to give or decide, each naming its field. */
  prompts: TPlanPrompt[];
  /** Library conditions worth offering, to pick from (not part of the plan). */
  suggestions: PlanSuggestion[];
  /** Sentences of the summary the drafter placed nowhere: shown so the clinician can place them or leave them out. */
  unplaced: TPlanItem[];
}

const PROBLEM_WORDS = /\b(?:reports?|endorses?|c\/o|complains? of|presents? with|presenting with|struggl(?:es|ing) with)\b/gi;
const CODE = /\b([A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?)\b/gi;

function spans(...parts: { start: number; end: number }[]): TPlanSource {
  return { origin: 'summary', spans: parts.map(({ start, end }) => ({ start, end })) };
}

function sub(segment: Segment, start: number, end: number): Segment {
  const lead = segment.text.slice(start, end).search(/\S/);
  const body = segment.text.slice(start, end).trim().replace(/[\s,;.]+$/, '');
  const at = segment.start + start + Math.max(lead, 0);
  return { ...segment, text: body, start: at, end: at + body.length };
}

/** The part a segment holds: its label's, else the first cue that matches, else null. */
function partOf(segment: Segment): PlanPart | null {
  if (segment.label) return segment.label;
  return PLAN_CUES.find((cue) => cue.pattern.test(segment.text))?.part ?? null;
}

class PlanBuilder {
  readonly plan: TPlanContent = {
    diagnoses: [],
    problems: [],
    goals: [],
    objectives: [],
    interventions: [],
    sessionFrequency: null,
    strengths: [],
    barriers: [],
    targetDate: null,
    reviewDate: null,
  };
  /** Dates counted from a plan date that was not given: asked for with that reason. */
  readonly uncounted = new Set<'reviewDate' | 'targetDate'>();
  readonly namesWithoutCode = new Set<string>();
  readonly unplaced: TPlanItem[] = [];

  constructor(
    private readonly base: string | undefined,
    private readonly reference: readonly { code: string; label: string }[],
  ) {}

  addDiagnosis(code: string, name: string | undefined, source: TPlanSource): void {
    const upper = code.toUpperCase();
    if (this.plan.diagnoses.some((d) => d.code === upper)) return;
    const known = this.reference.find((r) => r.code === upper)?.label;
    this.plan.diagnoses.push({ code: upper, name: name ?? known ?? '', source });
  }

  addGoal(text: string, source: TPlanSource): TPlanGoal {
    const goal = { id: `g${this.plan.goals.length + 1}`, text, source };
    this.plan.goals.push(goal);
    return goal;
  }

  addObjective(objective: Omit<TPlanObjective, 'id'>): void {
    this.plan.objectives.push({ id: `o${this.plan.objectives.length + 1}`, ...objective });
  }

  /** An objective from one sentence: its measure, target and date are pieces of it when written. */
  objectiveFrom(segment: Segment, goalId: string | null): void {
    const measure = MEASURE.exec(segment.text);
    const target = TARGET.exec(segment.text);
    const dateCue = /\b(?:by|before|within|in)\b/i.exec(segment.text);
    const found = dateCue ? findDate(segment.text.slice(dateCue.index), this.base) : null;
    const pieces = [
      ...(measure ? [withLead(segment.text, { start: measure.index, end: measure.index + measure[0].length })] : []),
      ...(target ? [{ start: target.index, end: target.index + target[0].length }] : []),
      ...(dateCue && found ? [{ start: dateCue.index + found.start, end: dateCue.index + found.end }] : []),
    ];
    this.addObjective({
      goalId,
      behaviour: behaviourOf(segment.text, pieces),
      measure: measure ? measure[0] : null,
      target: target ? target[0].trim() : null,
      date: found?.date ?? null,
      source: spans(segment),
    });
  }

  /** An intervention's frequency is only one written in the same item: "CBT weekly" says nothing of the exposure listed beside it. */
  intervention(segment: Segment): void {
    const modality = MODALITIES.find((m) => m.pattern.test(segment.text))?.name ?? null;
    const frequency = FREQUENCY.exec(segment.text);
    this.plan.interventions.push({ modality, text: segment.text, frequency: frequency ? frequency[0] : null, source: spans(segment) });
  }

  problem(segment: Segment): void {
    const impact = IMPACT_CUES.exec(segment.text);
    const isProblem = segment.label === 'problem' || PLAN_CUES.some((c) => c.part === 'problem' && c.pattern.test(segment.text));
    // "missed work" right after a problem is that problem's impact, even inside a "Problems:" list.
    if (impact && (!isProblem || (impact.index === 0 && this.plan.problems.at(-1)?.source.origin === 'summary'))) {
      this.impact(segment);
      return;
    }
    if (impact && impact.index > 0) {
      const before = segment.text.slice(0, impact.index).replace(/(?:[\s,;:—–-]|\b(?:and|so|now|which|that|has|have|is|causing|leading to|resulting in|with)\b)+$/i, '');
      // "Reports" alone is no problem: the problem part must say something beyond its cue.
      const said = before.replace(PROBLEM_WORDS, '').replace(/\b(?:client|pt|patient|he|she|they|and)\b/gi, '').replace(/[\s,;:]+/g, '');
      if (said.length >= 3) {
        const problem = sub(segment, 0, before.length);
        const effect = sub(segment, impact.index, segment.text.length);
        this.plan.problems.push({ text: problem.text, impact: effect.text, source: spans(problem, effect) });
        return;
      }
    }
    this.plan.problems.push({ text: segment.text, impact: impact ? segment.text : null, source: spans(segment) });
  }

  /** A functional impact belongs to the problem before it; with none before, it is a problem of its own. */
  impact(segment: Segment): void {
    const last = this.plan.problems.at(-1);
    if (last?.source.origin !== 'summary') {
      this.plan.problems.push({ text: segment.text, impact: segment.text, source: spans(segment) });
      return;
    }
    last.impact = last.impact ? `${last.impact}; ${segment.text}` : segment.text;
    last.source.spans.push({ start: segment.start, end: segment.end });
  }

  dates(segment: Segment, part: PlanPart | null): boolean {
    let used = false;
    const review = part === 'review' || /\breview(?:ed)?\b|\breassess\w*\b/i.test(segment.text);
    const target = part === 'target' || /\btarget date\b|\b(?:tx|treatment) (?:end|target|length)\b|\bdischarge (?:by|target|in)\b/i.test(segment.text);
    for (const [wanted, key] of [
      [review, 'reviewDate'],
      [target && !review, 'targetDate'],
    ] as const) {
      if (!wanted) continue;
      const found = findDate(segment.text, this.base);
      if (!found) continue;
      used = true;
      if (this.plan[key]) continue;
      if (found.date) this.plan[key] = found.date;
      else this.uncounted.add(key);
    }
    return used;
  }
}

function readSummary(builder: PlanBuilder, summary: string): void {
  const { plan } = builder;
  for (const segment of segmentSummary(summary)) {
    const codes = [...segment.text.matchAll(CODE)].filter((m) => (m[1] as string).includes('.') || segment.label === 'diagnosis');
    for (const m of codes) builder.addDiagnosis(m[1] as string, undefined, spans({ start: segment.start + m.index, end: segment.start + m.index + (m[1] as string).length }));
    const names = CONDITION_NAMES.exec(segment.text);
    if (names && codes.length === 0 && (segment.label === 'diagnosis' || segment.label === null)) builder.namesWithoutCode.add(names[0]);
    const part = partOf(segment);
    if (part === 'diagnosis') continue;
    const dated = builder.dates(segment, part);
    if (part === 'review' || part === 'target') continue;
    const lastGoal = (): string | null => plan.goals.filter((g) => g.source.origin === 'summary').at(-1)?.id ?? null;
    switch (part) {
      case 'strength':
      case 'barrier': {
        const list = segment.labelled ? splitList(segment) : [segment];
        const into = part === 'strength' ? plan.strengths : plan.barriers;
        for (const item of list) into.push({ text: item.text, source: spans(item) });
        break;
      }
      case 'goal': {
        const measurable = TARGET.test(segment.text) && MEASURE.test(segment.text);
        if (segment.labelled || !measurable) builder.addGoal(segment.text, spans(segment));
        else builder.objectiveFrom(segment, lastGoal());
        break;
      }
      case 'objective':
        builder.objectiveFrom(segment, lastGoal());
        break;
      case 'problem':
      case 'impact': {
        const list = segment.labelled && part === 'problem' ? splitList(segment) : [segment];
        for (const item of list) (part === 'impact' ? builder.impact(item) : builder.problem(item));
        break;
      }
      case 'sessionFrequency':
        plan.sessionFrequency ??= { text: segment.text, source: spans(segment) };
        break;
      case 'intervention': {
        for (const item of segment.labelled ? splitList(segment) : [segment]) {
          if (builder.dates(item, null) && !MODALITIES.some((m) => m.pattern.test(item.text))) continue;
          if (SESSION_FREQUENCY.test(item.text) && FREQUENCY.test(item.text) && !MODALITIES.some((m) => m.pattern.test(item.text))) {
            plan.sessionFrequency ??= { text: item.text, source: spans(item) };
            continue;
          }
          builder.intervention(item);
        }
        break;
      }
      case null: {
        const modality = MODALITIES.some((m) => m.pattern.test(segment.text));
        const sessions = SESSION_FREQUENCY.test(segment.text) && FREQUENCY.test(segment.text);
        if (sessions) plan.sessionFrequency ??= { text: segment.text, source: spans(segment) };
        if (modality) builder.intervention(segment);
        else if (TARGET.test(segment.text) && MEASURE.test(segment.text)) builder.objectiveFrom(segment, lastGoal());
        else if (!sessions && !dated && IMPACT_CUES.test(segment.text)) builder.impact(segment);
        else if (!sessions && !dated && !codes.length) builder.unplaced.push({ text: segment.text, source: spans(segment) });
        break;
      }
      default: {
        const never: never = part;
        throw new Error(`unhandled plan part ${String(never)}`);
      }
    }
  }
}

function readWorksheet(builder: PlanBuilder, worksheet: TPlanWorksheet): void {
  const { plan } = builder;
  const field = (name: string): TPlanSource => ({ origin: 'worksheet', field: name });
  worksheet.diagnoses?.forEach((d, i) => {
    if (typeof d === 'string') builder.addDiagnosis(d, undefined, field(`diagnoses[${i}]`));
    else builder.addDiagnosis(d.code, d.name, field(`diagnoses[${i}]`));
  });
  worksheet.problems?.forEach((p, i) => {
    plan.problems.push({ text: p.problem, impact: p.impact ?? null, source: field(`problems[${i}]`) });
  });
  const goalIds = (worksheet.goals ?? []).map((g, i) => builder.addGoal(g, field(`goals[${i}]`)).id);
  worksheet.objectives?.forEach((o, i) => {
    if (o.goal !== undefined && o.goal > goalIds.length) throw new PlanError('invalid_worksheet', `objectives[${i}].goal: there is no goal ${o.goal} in goals (it has ${goalIds.length})`);
    builder.addObjective({
      goalId: o.goal === undefined ? null : (goalIds[o.goal - 1] ?? null),
      behaviour: o.behaviour,
      measure: o.measure ?? null,
      target: o.target ?? null,
      date: o.date ?? null,
      source: field(`objectives[${i}]`),
    });
  });
  worksheet.interventions?.forEach((v, i) => {
    plan.interventions.push({ modality: v.modality ?? null, text: v.name, frequency: v.frequency ?? null, source: field(`interventions[${i}]`) });
  });
  if (worksheet.sessionFrequency) plan.sessionFrequency = { text: worksheet.sessionFrequency, source: field('sessionFrequency') };
  worksheet.strengths?.forEach((s, i) => {
    plan.strengths.push({ text: s, source: field(`strengths[${i}]`) });
  });
  worksheet.barriers?.forEach((b, i) => {
    plan.barriers.push({ text: b, source: field(`barriers[${i}]`) });
  });
  if (worksheet.reviewDate) {
    plan.reviewDate = worksheet.reviewDate;
    builder.uncounted.delete('reviewDate');
  }
  if (worksheet.targetDate) {
    plan.targetDate = worksheet.targetDate;
    builder.uncounted.delete('targetDate');
  }
  readPicks(builder, worksheet.picks ?? []);
}

/** Picked library items, goals first so that a picked objective finds its picked goal. */
function readPicks(builder: PlanBuilder, picks: NonNullable<TPlanWorksheet['picks']>): void {
  const found = picks.map((pick, i) => {
    const detail = typeof pick === 'string' ? { id: pick } : pick;
    const entry = findLibraryItem(detail.id);
    if (!entry) throw new PlanError('unknown_pick', `picks[${i}]: no suggestion has the id "${detail.id}" (see src/plans/plan-library.ts)`);
    return { detail, entry };
  });
  const goalOf = new Map<string, string>();
  for (const { entry } of found) if (entry.kind === 'goal') goalOf.set(entry.item.id, builder.addGoal(entry.item.text, { origin: 'library', id: entry.item.id }).id);
  for (const { detail, entry } of found) {
    if (entry.kind === 'objective') {
      const { item } = entry;
      builder.addObjective({
        goalId: goalOf.get(item.goal) ?? null,
        behaviour: item.behaviour,
        measure: item.measure,
        target: 'target' in detail && detail.target ? detail.target : item.target,
        date: 'date' in detail && detail.date ? detail.date : null,
        source: { origin: 'library', id: item.id },
      });
    } else if (entry.kind === 'intervention') {
      const { item } = entry;
      const frequency = 'frequency' in detail && detail.frequency ? detail.frequency : null;
      builder.plan.interventions.push({ modality: item.modality, text: item.text, frequency, source: { origin: 'library', id: item.id } });
    }
  }
}

function short(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text;
}

/**
 * What the plan still lacks, each naming its field (shown beside the plan, never filled in).
 * @example promptsFor(plan).map((p) => p.field); // ['diagnoses', 'objectives[0].measure']
 */
export function promptsFor(plan: TPlanContent, context: { uncounted?: ReadonlySet<string>; namesWithoutCode?: ReadonlySet<string> } = {}): TPlanPrompt[] {
  const prompts: TPlanPrompt[] = [];
  const ask = (field: string, message: string): void => {
    prompts.push({ field, message });
  };
  if (!plan.diagnoses.length) {
    const names = [...(context.namesWithoutCode ?? [])];
    ask('diagnoses', names.length ? `Give the ICD-10-CM code of each diagnosis: the input names ${names.map((n) => `“${n}”`).join(', ')} without a code.` : 'Give the diagnoses as ICD-10-CM codes; none was given.');
  }
  plan.diagnoses.forEach((d: TPlanDiagnosis, i) => {
    if (!d.name) ask(`diagnoses[${i}].name`, `Give the name of diagnosis ${d.code}: it is not in the ICD-10-CM list.`);
  });
  if (!plan.problems.length) ask('problems', 'Describe the presenting problems and how they affect daily life.');
  plan.problems.forEach((p: TPlanProblem, i) => {
    if (!p.impact) ask(`problems[${i}].impact`, `Say how “${short(p.text)}” affects work, school, relationships or self-care.`);
  });
  if (!plan.goals.length) ask('goals', 'Give at least one goal, or pick one from the suggestions.');
  if (!plan.objectives.length) ask('objectives', 'Give at least one measurable objective (behaviour, measure, target, date).');
  plan.goals.forEach((g: TPlanGoal, i) => {
    if (plan.objectives.length && !plan.objectives.some((o) => o.goalId === g.id)) ask(`goals[${i}]`, `Give a measurable objective for the goal “${short(g.text)}”.`);
  });
  plan.objectives.forEach((o: TPlanObjective, i) => {
    const name = o.behaviour ? `“${short(o.behaviour)}”` : String(i + 1);
    if (!o.behaviour) ask(`objectives[${i}].behaviour`, `Say what the client will do or show for objective ${i + 1}${o.measure ? ` (measured by ${o.measure})` : ''}.`);
    if (o.goalId === null && plan.goals.length) ask(`objectives[${i}].goalId`, `Say which goal the objective ${name} serves.`);
    if (!o.measure) ask(`objectives[${i}].measure`, `Say how the objective ${name} is measured.`);
    if (!o.target) ask(`objectives[${i}].target`, `Give the target of the objective ${name}.`);
    if (!o.date) ask(`objectives[${i}].date`, `Give the date by which the objective ${name} should be met.`);
  });
  if (!plan.interventions.length) ask('interventions', 'Give the interventions (modality and frequency), or pick them from the suggestions.');
  plan.interventions.forEach((v, i) => {
    if (!v.frequency) ask(`interventions[${i}].frequency`, `Say how often “${short(v.text)}” is used.`);
  });
  if (!plan.sessionFrequency) ask('sessionFrequency', 'Give the session frequency (for example weekly, 50 minutes).');
  for (const key of ['targetDate', 'reviewDate'] as const) {
    if (plan[key]) continue;
    const what = key === 'reviewDate' ? 'review date' : 'target date';
    ask(key, context.uncounted?.has(key) ? `Give the plan date: the ${what} is counted from it.` : `Give the plan’s ${what}.`);
  }
  return prompts;
}

/**
 * Drafts a plan. Throws a PlanError naming the field when the worksheet is not valid.
 * @example
 * const { plan, prompts } = draftPlan({ summary: 'Dx F41.1. Goal: sleep through the night.', reference: ICD10_CODES });
 * plan.diagnoses[0]?.name; // 'Generalized anxiety disorder'
 * prompts.map((p) => p.field); // [..., 'objectives', 'interventions', 'sessionFrequency', ...]
 */
export function draftPlan(options: DraftPlanOptions): PlanDraft {
  let worksheet: TPlanWorksheet | undefined;
  if (options.worksheet !== undefined) {
    const parsed = ZPlanWorksheet.safeParse(options.worksheet);
    if (!parsed.success) throw new PlanError('invalid_worksheet', `The plan worksheet is not valid: ${describeWorksheetIssues(parsed.error)}.`);
    worksheet = parsed.data;
  }
  const summary = options.summary ?? '';
  if (!summary.trim() && !worksheet) throw new PlanError('no_input', 'Give an intake summary or a plan worksheet to draft a plan from.');
  const builder = new PlanBuilder(worksheet?.date ?? options.date, options.reference ?? []);
  if (summary.trim()) readSummary(builder, summary);
  if (worksheet) readWorksheet(builder, worksheet);
  const { plan } = builder;
  return {
    plan,
    prompts: promptsFor(plan, { uncounted: builder.uncounted, namesWithoutCode: builder.namesWithoutCode }),
    suggestions: suggestPlanItems({ codes: plan.diagnoses.map((d) => d.code), summary }),
    unplaced: builder.unplaced,
  };
}
