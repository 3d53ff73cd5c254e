// What fills a section: record kinds (and worksheet fields), as checkboxes with plain labels.
import type { ReactNode } from 'react';
import { PURPOSE_KINDS, PURPOSE_WORKSHEET_FIELDS } from '../../../src/documents/template.schema.ts';

const LABELS: Readonly<Record<string, string>> = {
  report: 'What the client reported',
  observation: 'Observations',
  measure: 'Measures (scores)',
  goal: 'Goals',
  intervention: 'Interventions',
  response: "Client's response",
  assessment: 'Your assessment',
  plan: 'Plan',
  homework: 'Homework',
  risk: 'Risk assessment',
  session: 'Session details',
};

/** The worksheet's fields as the Write page names them, never their keys. */
const WORKSHEET_LABELS: Readonly<Record<(typeof PURPOSE_WORKSHEET_FIELDS)[number], string>> = {
  mse: 'mental status',
  interventions: 'interventions ticked',
  goals: 'plan goals ticked',
  response: "client's response",
  progress: 'progress',
  homework: 'homework',
  plan: 'plan',
  nextAppointment: 'next appointment',
  diagnoses: 'diagnoses',
};

const OPTIONS = [...PURPOSE_KINDS.map((k) => ({ value: k, label: LABELS[k] ?? k })), ...PURPOSE_WORKSHEET_FIELDS.map((f) => ({ value: `worksheet.${f}`, label: `Worksheet: ${WORKSHEET_LABELS[f]}` }))];

export function PurposePicker({ value, onChange, legend }: { value: readonly string[]; onChange: (next: string[]) => void; legend: string }): ReactNode {
  return (
    <fieldset className="purpose-picker">
      <legend className="field__label">{legend}</legend>
      <div className="chips-row">
        {OPTIONS.map((o) => (
          <label key={o.value} className="check-chip">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
