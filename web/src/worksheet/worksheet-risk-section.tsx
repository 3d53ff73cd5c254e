// The worksheet's Risk part: a row left empty was not assessed (never an assumed denial).
import type { ReactNode } from 'react';
import type { Worksheet } from '../api/types.ts';
import { CheckChip } from './check-chip.tsx';
import { LinesField } from './lines-field.tsx';
import { capital, STATUS_LABELS } from './worksheet-labels.ts';
import type { WorksheetSectionProps } from './worksheet-state.ts';

type Risk = NonNullable<Worksheet['risk']>;

const RISK_ROWS = [
  ['si', 'Suicidal ideation', ['denied', 'passive', 'active', 'not_assessed']],
  ['hi', 'Homicidal ideation', ['denied', 'present', 'not_assessed']],
  ['selfHarm', 'Self-harm', ['denied', 'present', 'history', 'not_assessed']],
] as const;

export function WorksheetRiskSection({ value, set }: WorksheetSectionProps): ReactNode {
  const risk = value.risk ?? {};
  const setRisk = <K extends keyof Risk>(key: K, v: Risk[K]): void => set('risk', { ...(value.risk ?? {}), [key]: v });
  return (
    <details className="ws-section" open>
      <summary>Risk</summary>
      <p className="muted small">Leave a row empty if it was not assessed; Afterword never assumes a denial.</p>
      {RISK_ROWS.map(([key, label, options]) => (
        <fieldset key={key} className="ws-group ws-group--inline">
          <legend>{label}</legend>
          <div className="chips-row">
            {options.map((o) => (
              <CheckChip
                key={o}
                type="radio"
                name={`ws-risk-${key}`}
                label={STATUS_LABELS[o] ?? o}
                checked={risk[key] === o}
                onChange={() => setRisk(key, o as never)}
              />
            ))}
            {risk[key] ? (
              <button type="button" className="link-button small" onClick={() => setRisk(key, undefined)}>
                Clear
              </button>
            ) : null}
          </div>
        </fieldset>
      ))}
      {risk.si === 'passive' || risk.si === 'active' ? (
        <fieldset className="ws-group ws-group--inline">
          <legend>Ideation details</legend>
          <div className="chips-row">
            {(['plan', 'intent', 'means'] as const).map((k) => (
              <CheckChip key={k} label={`${capital(k)} reported`} checked={risk[k] ?? false} onChange={(on) => setRisk(k, on || undefined)} />
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset className="ws-group ws-group--inline">
        <legend>Risk level (your judgment)</legend>
        <div className="chips-row">
          {(['low', 'moderate', 'high'] as const).map((l) => (
            <CheckChip key={l} type="radio" name="ws-risk-level" label={capital(l)} checked={risk.level === l} onChange={() => setRisk('level', l)} />
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <LinesField
          label="Protective factors"
          hint="One per line."
          value={risk.protectiveFactors ?? []}
          onChange={(list) => setRisk('protectiveFactors', list)}
        />
        <LinesField label="Safety plan actions" hint="One per line." value={risk.safetyPlan ?? []} onChange={(list) => setRisk('safetyPlan', list)} />
      </div>
    </details>
  );
}
