// The worksheet schema as a fast checkbox form: every option list comes from
// src/worksheet/worksheet-options.ts, so adding an option there adds it here. Each part of the
// worksheet is its own component (worksheet-*-section.tsx); the last two small parts stay here.
import type { ReactNode } from 'react';
import { PROGRESS_OPTIONS, RESPONSE_OPTIONS } from '../../../src/worksheet/worksheet-options.ts';
import type { Worksheet } from '../api/types.ts';
import { FormField } from '../ui/form-field.tsx';
import { CheckChip } from './check-chip.tsx';
import { LinesField } from './lines-field.tsx';
import { WorksheetInterventionsSection } from './worksheet-interventions-section.tsx';
import { WorksheetMseSection } from './worksheet-mse-section.tsx';
import { WorksheetRiskSection } from './worksheet-risk-section.tsx';
import { WorksheetSessionSection } from './worksheet-session-section.tsx';
import { toggleValue, type WorksheetSectionProps } from './worksheet-state.ts';

interface WorksheetFormProps {
  value: Worksheet;
  onChange: (value: Worksheet) => void;
}

export function WorksheetForm({ value, onChange }: WorksheetFormProps): ReactNode {
  const set: WorksheetSectionProps['set'] = (key, v) => onChange({ ...value, [key]: v });
  return (
    <div className="worksheet">
      <WorksheetSessionSection value={value} set={set} />
      <WorksheetMseSection value={value} set={set} />
      <WorksheetRiskSection value={value} set={set} />
      <WorksheetInterventionsSection value={value} set={set} />

      <details className="ws-section" open>
        <summary>Response and progress</summary>
        <fieldset className="ws-group ws-group--inline">
          <legend>Client response</legend>
          <div className="chips-row">
            {RESPONSE_OPTIONS.map((r) => (
              <CheckChip
                key={r}
                label={r}
                checked={value.response?.includes(r) ?? false}
                onChange={(on) => set('response', toggleValue(value.response, r, on))}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="ws-group ws-group--inline">
          <legend>Progress toward goals</legend>
          <div className="chips-row">
            {PROGRESS_OPTIONS.map((p) => (
              <CheckChip key={p} type="radio" name="ws-progress" label={p} checked={value.progress === p} onChange={() => set('progress', p)} />
            ))}
          </div>
        </fieldset>
      </details>

      <details className="ws-section" open>
        <summary>Goals, homework and plan</summary>
        <div className="grid-2">
          <LinesField label="Goals worked on" hint="One per line." value={value.goals ?? []} onChange={(l) => set('goals', l)} />
          <LinesField label="Homework" hint="One per line." value={value.homework ?? []} onChange={(l) => set('homework', l)} />
          <LinesField label="Plan" hint="One per line." value={value.plan ?? []} onChange={(l) => set('plan', l)} />
          <FormField label="Next appointment">
            <input value={value.nextAppointment ?? ''} onChange={(e) => set('nextAppointment', e.target.value)} placeholder="e.g. one week" />
          </FormField>
        </div>
        <LinesField
          label="Diagnosis codes"
          hint="ICD-10-CM codes as given, one per line, e.g. F41.1."
          value={value.diagnoses ?? []}
          onChange={(l) => set('diagnoses', l.map((c) => c.toUpperCase()))}
        />
      </details>
    </div>
  );
}
