// The worksheet's Interventions part: every modality's options, with a filter to find one fast.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { INTERVENTION_OPTIONS, type InterventionModality } from '../../../src/worksheet/worksheet-options.ts';
import { FormField } from '../ui/form-field.tsx';
import { CheckChip } from './check-chip.tsx';
import type { WorksheetSectionProps } from './worksheet-state.ts';

export function WorksheetInterventionsSection({ value, set }: WorksheetSectionProps): ReactNode {
  const [filter, setFilter] = useState('');
  const interventions = value.interventions ?? [];
  const hasIntervention = (modality: InterventionModality, name: string): boolean =>
    interventions.some((i) => i.modality === modality && i.name === name);
  const toggleIntervention = (modality: InterventionModality, name: string, on: boolean): void =>
    set(
      'interventions',
      on ? [...interventions, { modality, name }] : interventions.filter((i) => !(i.modality === modality && i.name === name)),
    );
  const q = filter.trim().toLowerCase();

  return (
    <details className="ws-section" open>
      <summary>
        Interventions{interventions.length > 0 ? <span className="count">{interventions.length}</span> : null}
      </summary>
      <FormField label="Find an intervention" className="ws-filter">
        <input type="search" placeholder="e.g. grounding, chain analysis" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </FormField>
      {(Object.keys(INTERVENTION_OPTIONS) as InterventionModality[]).map((modality) => {
        const options = INTERVENTION_OPTIONS[modality].filter((o) => !q || o.toLowerCase().includes(q) || modality.toLowerCase().includes(q));
        if (options.length === 0) return null;
        const ticked = interventions.filter((i) => i.modality === modality).length;
        return (
          <details key={modality} className="ws-modality" open={Boolean(q) || ticked > 0 || modality === 'General' || modality === 'CBT'}>
            <summary>
              {modality}
              {ticked > 0 ? <span className="count">{ticked}</span> : null}
            </summary>
            <fieldset className="ws-group ws-group--bare">
              <legend className="visually-hidden">{modality} interventions</legend>
              <div className="chips-row">
                {options.map((name) => (
                  <CheckChip key={name} label={name} checked={hasIntervention(modality, name)} onChange={(on) => toggleIntervention(modality, name, on)} />
                ))}
              </div>
            </fieldset>
          </details>
        );
      })}
    </details>
  );
}
