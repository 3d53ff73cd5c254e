// Export a template as a JSON file and import one, checked by the same schema as the server, so
// a bad file is refused with the field to fix before anything is saved.
import { describeTemplateIssue, type TTemplate, ZTemplate } from '../../../src/documents/template.schema.ts';

/** Starts a download of the template as `title.json`. */
export function exportTemplate(template: TTemplate): void {
  const blob = new Blob([`${JSON.stringify(template, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${template.title.replace(/[^\w -]+/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'template'}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** The template in a file, or the reason it cannot be used. */
export async function readTemplateFile(file: File): Promise<{ template: TTemplate } | { error: string }> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch {
    return { error: `${file.name} is not a JSON file.` };
  }
  const parsed = ZTemplate.safeParse(value);
  return parsed.success ? { template: parsed.data } : { error: `${file.name}: ${describeTemplateIssue(parsed.error).message}.` };
}

/** The first problem of a template being edited, naming the field; null when it is valid. */
export function templateProblem(template: TTemplate): string | null {
  const parsed = ZTemplate.safeParse(template);
  return parsed.success ? null : describeTemplateIssue(parsed.error).message;
}
