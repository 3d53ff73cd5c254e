// {clientTerm}, {date}, {clinician}, {credentials} in a template's titles and fixed text. A value
// the input does not give is never guessed: it becomes a bracketed prompt.
import type { Placeholder } from './template.schema.ts';

export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const PROMPTS: Readonly<Record<Placeholder, string>> = {
  clientTerm: 'client',
  date: '[Add the date]',
  clinician: '[Add your name]',
  credentials: '[Add your credentials]',
};

export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(/\{(clientTerm|date|clinician|credentials)\}/g, (_m, key: Placeholder) => values[key]?.trim() || PROMPTS[key]);
}
