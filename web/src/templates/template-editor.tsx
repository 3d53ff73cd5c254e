// The template editor: the title, then each section with its title, what fills it and its fixed
// text; sections are added, moved up or down and removed. The first problem is shown naming the
// field, as the server would name it.
import type { ReactNode } from 'react';
import type { TTemplate, TTemplateSection } from '../../../src/documents/template.schema.ts';
import { FormField } from '../ui/form-field.tsx';
import { PurposePicker } from './purpose-picker.tsx';
import { templateProblem } from './template-file.ts';

export function TemplateEditor({ template, onChange }: { template: TTemplate; onChange: (next: TTemplate) => void }): ReactNode {
  const sections = template.sections;
  const setSection = (i: number, next: TTemplateSection): void => onChange({ ...template, sections: sections.map((s, j) => (j === i ? next : s)) });
  const move = (i: number, by: -1 | 1): void => {
    const next = [...sections];
    const [moved] = next.splice(i, 1);
    next.splice(i + by, 0, moved!);
    onChange({ ...template, sections: next });
  };
  const remove = (i: number): void => onChange({ ...template, sections: sections.filter((_, j) => j !== i) });
  const add = (): void => onChange({ ...template, sections: [...sections, { title: `Section ${sections.length + 1}`, purpose: [] }] });
  const problem = templateProblem(template);
  return (
    <div className="stack template-editor">
      <FormField label="Template title" hint="Placeholders: {clientTerm}, {date}, {clinician}, {credentials}.">
        <input value={template.title} onChange={(e) => onChange({ ...template, title: e.target.value })} />
      </FormField>
      <ol className="plain-list stack">
        {sections.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; the position is their identity while editing
          <li key={i} className="panel stack template-section" aria-label={`Section ${i + 1}`}>
            <div className="row row--between">
              <FormField label={`Section ${i + 1} title`}>
                <input value={s.title} onChange={(e) => setSection(i, { ...s, title: e.target.value })} />
              </FormField>
              <div className="row">
                <button type="button" className="button button--quiet button--small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move section ${i + 1} up`}>
                  Up
                </button>
                <button type="button" className="button button--quiet button--small" disabled={i === sections.length - 1} onClick={() => move(i, 1)} aria-label={`Move section ${i + 1} down`}>
                  Down
                </button>
                <button type="button" className="button button--danger-quiet button--small" disabled={sections.length === 1} onClick={() => remove(i)} aria-label={`Remove section ${i + 1}`}>
                  Remove
                </button>
              </div>
            </div>
            <PurposePicker legend={`What fills section ${i + 1}`} value={s.purpose} onChange={(purpose) => setSection(i, { ...s, purpose: purpose as TTemplateSection['purpose'] })} />
            <FormField label={`Section ${i + 1} fixed text`} hint="Copied as written, before what fills the section. Leave empty for none.">
              <textarea rows={2} value={s.fixedText ?? ''} onChange={(e) => setSection(i, withFixedText(s, e.target.value))} />
            </FormField>
          </li>
        ))}
      </ol>
      <div className="row">
        <button type="button" className="button" onClick={add}>
          Add a section
        </button>
      </div>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function withFixedText(section: TTemplateSection, text: string): TTemplateSection {
  const { fixedText: _old, ...rest } = section;
  return text ? { ...rest, fixedText: text } : rest;
}
