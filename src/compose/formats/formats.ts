// Note formats as data (DESIGN.md "Formats"): each places every record kind in one section.
// Adding a format is adding an entry here: the format keys, the API's and the store's enums, the
// CLI's --format help and the web's pickers are all read from this table. `session` comes first
// and `risk` last in every format.
import type { FactKind } from '../types.ts';

export type PlacedKind = Exclude<FactKind, 'session' | 'risk'>;

export interface FormatDefinition<Key extends string = FormatKey> {
  key: Key;
  name: string;
  /** What the letters stand for, shown beside the name where a clinician picks a format. */
  description: string;
  sections: { key: string; title: string }[];
  place: Record<PlacedKind, string>;
}

/**
 * Sections and placement given by the caller instead of a built-in format (a clinician's own
 * template, compose-layout.ts). A section may carry its own empty-section prompt.
 */
export interface Layout {
  sections: { key: string; title: string; prompt?: string }[];
  place: Record<PlacedKind, string>;
}

const sections = (...pairs: [string, string][]): { key: string; title: string }[] => pairs.map(([key, title]) => ({ key, title }));

/** Checks each entry's `key` against its name in the table, so the keys can be read from the table. */
const defineFormats = <T extends { [K in keyof T]: FormatDefinition<K & string> }>(formats: T): T => formats;

const FORMAT_TABLE = defineFormats({
  soap: {
    key: 'soap',
    name: 'SOAP',
    description: 'Subjective, Objective, Assessment, Plan',
    sections: sections(['subjective', 'Subjective'], ['objective', 'Objective'], ['assessment', 'Assessment'], ['plan', 'Plan']),
    place: { report: 'subjective', observation: 'objective', measure: 'objective', goal: 'assessment', intervention: 'objective', response: 'assessment', assessment: 'assessment', plan: 'plan', homework: 'plan' },
  },
  dap: {
    key: 'dap',
    name: 'DAP',
    description: 'Data, Assessment, Plan',
    sections: sections(['data', 'Data'], ['assessment', 'Assessment'], ['plan', 'Plan']),
    place: { report: 'data', observation: 'data', measure: 'data', goal: 'assessment', intervention: 'data', response: 'assessment', assessment: 'assessment', plan: 'plan', homework: 'plan' },
  },
  birp: {
    key: 'birp',
    name: 'BIRP',
    description: 'Behavior, Intervention, Response, Plan',
    sections: sections(['behavior', 'Behavior'], ['intervention', 'Intervention'], ['response', 'Response'], ['plan', 'Plan']),
    place: { report: 'behavior', observation: 'behavior', measure: 'behavior', goal: 'behavior', intervention: 'intervention', response: 'response', assessment: 'response', plan: 'plan', homework: 'plan' },
  },
  pirp: {
    key: 'pirp',
    name: 'PIRP',
    description: 'Problem, Intervention, Response, Plan',
    sections: sections(['problem', 'Problem'], ['intervention', 'Intervention'], ['response', 'Response'], ['plan', 'Plan']),
    place: { report: 'problem', observation: 'problem', measure: 'problem', goal: 'problem', intervention: 'intervention', response: 'response', assessment: 'response', plan: 'plan', homework: 'plan' },
  },
  girp: {
    key: 'girp',
    name: 'GIRP',
    description: 'Goal, Intervention, Response, Plan',
    sections: sections(['goal', 'Goal'], ['intervention', 'Intervention'], ['response', 'Response'], ['plan', 'Plan']),
    place: { report: 'response', observation: 'response', measure: 'response', goal: 'goal', intervention: 'intervention', response: 'response', assessment: 'response', plan: 'plan', homework: 'plan' },
  },
  sirp: {
    key: 'sirp',
    name: 'SIRP',
    description: 'Situation, Intervention, Response, Plan',
    sections: sections(['situation', 'Situation'], ['intervention', 'Intervention'], ['response', 'Response'], ['plan', 'Plan']),
    place: { report: 'situation', observation: 'situation', measure: 'situation', goal: 'situation', intervention: 'intervention', response: 'response', assessment: 'response', plan: 'plan', homework: 'plan' },
  },
  pie: {
    key: 'pie',
    name: 'PIE',
    description: 'Problem, Intervention, Evaluation',
    sections: sections(['problem', 'Problem'], ['intervention', 'Intervention'], ['evaluation', 'Evaluation']),
    place: { report: 'problem', observation: 'problem', measure: 'problem', goal: 'problem', intervention: 'intervention', response: 'evaluation', assessment: 'evaluation', plan: 'evaluation', homework: 'evaluation' },
  },
  simple: {
    key: 'simple',
    name: 'Simple',
    description: 'Short narrative summary and plan',
    sections: sections(['summary', 'Summary'], ['plan', 'Plan']),
    place: { report: 'summary', observation: 'summary', measure: 'summary', goal: 'summary', intervention: 'summary', response: 'summary', assessment: 'summary', plan: 'plan', homework: 'plan' },
  },
});

/** A built-in format's key: 'soap', 'dap', ... (one per entry of the table above). */
export type FormatKey = keyof typeof FORMAT_TABLE;

/** The format keys in the table's order (the order pickers and messages list them in). */
// Object.keys loses the literal types; the table has at least one entry, as z.enum needs.
export const FORMAT_KEYS = Object.keys(FORMAT_TABLE) as [FormatKey, ...FormatKey[]];

export const FORMATS: Readonly<Record<FormatKey, FormatDefinition>> = FORMAT_TABLE;

/** Prompts shown in an empty section: what the clinician should add. Never filled by us. */
export const EMPTY_PROMPTS: Readonly<Record<string, string>> = {
  subjective: "[Not documented: add the client's report of the period since the last session.]",
  objective: '[Not documented: add observations, measures and the interventions used.]',
  data: '[Not documented: add what the client reported and what was observed.]',
  behavior: "[Not documented: add the client's presentation and reported concerns.]",
  problem: '[Not documented: add the problem or concern addressed.]',
  situation: '[Not documented: add the situation that brought the client in.]',
  goal: '[Not documented: add the treatment-plan goal or objective worked on.]',
  intervention: '[Not documented: name the interventions used.]',
  response: "[Not documented: add the client's response to the interventions.]",
  assessment: "[Not documented: add the client's response and your assessment of progress.]",
  evaluation: "[Not documented: add the client's response and the plan.]",
  plan: '[Not documented: add the plan and the next appointment.]',
  summary: '[Not documented: add what happened in the session.]',
};

export const SESSION_SECTION = { key: 'session', title: 'Session' } as const;
export const RISK_SECTION = { key: 'risk', title: 'Risk assessment' } as const;
