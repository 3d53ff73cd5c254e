// A clinician's document template as data: a title and sections, each filled by the record kinds
// (or worksheet fields) its purpose names, with optional fixed text copied verbatim. One schema,
// shared by the composer of documents, the CLI, the API and the web editor.
import { z } from 'zod';

/** The record kinds a section's purpose may name (DESIGN.md, "The session record"). */
export const PURPOSE_KINDS = ['report', 'observation', 'measure', 'goal', 'intervention', 'response', 'assessment', 'plan', 'homework', 'risk', 'session'] as const;
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

/** Worksheet fields a purpose may name as `worksheet.FIELD` (src/worksheet/worksheet.schema.ts). */
export const PURPOSE_WORKSHEET_FIELDS = ['mse', 'interventions', 'goals', 'response', 'progress', 'homework', 'plan', 'nextAppointment', 'diagnoses'] as const;

/** The placeholders a title or fixed text may use, filled when the document is written. */
export const PLACEHOLDERS = ['clientTerm', 'date', 'clinician', 'credentials'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PURPOSE_HELP = `use a record kind (${PURPOSE_KINDS.join(', ')}) or a worksheet field as worksheet.FIELD (${PURPOSE_WORKSHEET_FIELDS.join(', ')})`;
const PLACEHOLDER_HELP = `use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;

const withPlaceholders = (max: number, what: string) =>
  z
    .string(`give the ${what} as text`)
    .max(max, `use at most ${max} characters`)
    .superRefine((text, ctx) => {
      for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
        if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${m[1]}}; ${PLACEHOLDER_HELP}` });
      }
    });

const purposeEntry = z.string().refine((p) => (PURPOSE_KINDS as readonly string[]).includes(p) || (p.startsWith('worksheet.') && (PURPOSE_WORKSHEET_FIELDS as readonly string[]).includes(p.slice(10))), {
  error: (issue) => `"${String(issue.input).slice(0, 40)}" is not a record kind or worksheet field; ${PURPOSE_HELP}`,
});

export const ZTemplateSection = z
  .object({
    title: withPlaceholders(120, 'section title').refine((t) => t.trim().length > 0, 'give the section a title'),
    purpose: z.array(purposeEntry, `list what fills the section; ${PURPOSE_HELP}`).max(20, 'use at most 20 entries'),
    fixedText: withPlaceholders(4000, 'fixed text').optional(),
  })
  .strict();
export type TTemplateSection = z.infer<typeof ZTemplateSection>;

export const ZTemplate = z
  .object({
    title: withPlaceholders(120, 'title').refine((t) => t.trim().length > 0, 'give the template a title'),
    description: z.string().max(500, 'use at most 500 characters').optional(),
    /** 'client': written for the client to read; only the kinds its sections name are used. */
    audience: z.enum(['clinician', 'client'], 'use "clinician" or "client"').optional(),
    sections: z.array(ZTemplateSection, 'give a list of sections').min(1, 'give at least one section').max(30, 'use at most 30 sections'),
  })
  .strict()
  .superRefine((template, ctx) => {
    const filledBy = new Map<string, number>();
    template.sections.forEach((section, i) => {
      if (!section.purpose.length && !section.fixedText?.trim()) ctx.addIssue({ code: 'custom', path: ['sections', i, 'purpose'], message: 'give what fills the section, or fixed text' });
      section.purpose.forEach((p, j) => {
        const first = filledBy.get(p);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['sections', i, 'purpose', j], message: `"${p}" already fills sections[${first}]; each kind or field fills one section` });
        else filledBy.set(p, i);
      });
    });
  });
export type TTemplate = z.infer<typeof ZTemplate>;

/**
 * The first problem of a template that does not validate, naming the field: `sections[2].purpose[0]: ...`.
 * @example
 * const parsed = ZTemplate.safeParse(json);
 * if (!parsed.success) throw new Error(Object.values(describeTemplateIssue(parsed.error)).join(': '));
 */
export function describeTemplateIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), '') || 'template';
  const message = issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys.join('", "')}"` : issue.message;
  return { field, message: `${field}: ${message}` };
}
