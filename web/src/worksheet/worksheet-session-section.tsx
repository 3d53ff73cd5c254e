// The worksheet's Session part: service, modality, telehealth location and consent, participants.
import type { ReactNode } from 'react';
import { SERVICE_TYPES, SESSION_MODALITIES } from '../../../src/worksheet/worksheet-options.ts';
import { FormField } from '../ui/form-field.tsx';
import { CheckChip } from './check-chip.tsx';
import { LinesField } from './lines-field.tsx';
import { capital, MODALITY_LABELS } from './worksheet-labels.ts';
import type { WorksheetSectionProps } from './worksheet-state.ts';

export function WorksheetSessionSection({ value, set }: WorksheetSectionProps): ReactNode {
  return (
    <details className="ws-section" open>
      <summary>Session</summary>
      {/* The date, start, end and minutes are set above the input tabs (compose/session-fields.tsx). */}
      <fieldset className="ws-group">
        <legend>Service</legend>
        <div className="chips-row">
          {SERVICE_TYPES.map((t) => (
            <CheckChip
              key={t}
              type="radio"
              name="ws-service"
              label={capital(t)}
              checked={value.serviceType === t}
              onChange={() => set('serviceType', t)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="ws-group">
        <legend>Modality</legend>
        <div className="chips-row">
          {SESSION_MODALITIES.map((m) => (
            <CheckChip
              key={m}
              type="radio"
              name="ws-modality"
              label={MODALITY_LABELS[m]}
              checked={value.modality === m}
              onChange={() => set('modality', m)}
            />
          ))}
        </div>
      </fieldset>
      {value.modality === 'video' || value.modality === 'phone' ? (
        <div className="ws-grid">
          <FormField label="Client location">
            <input value={value.clientLocation ?? ''} onChange={(e) => set('clientLocation', e.target.value)} />
          </FormField>
          <label className="check-line">
            <input
              type="checkbox"
              checked={value.telehealthConsent ?? false}
              onChange={(e) => set('telehealthConsent', e.target.checked || undefined)}
            />
            Consent for telehealth confirmed
          </label>
        </div>
      ) : null}
      <LinesField
        label="Participants"
        hint="One per line, e.g. client, client's mother."
        value={value.participants ?? []}
        onChange={(list) => set('participants', list)}
      />
    </details>
  );
}
