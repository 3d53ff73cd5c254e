// The worksheet's Mental status part: only what was ticked is written, never an assumed normal.
import type { ReactNode } from 'react';
import { MSE_OPTIONS, type MseDomain } from '../../../src/worksheet/worksheet-options.ts';
import type { Worksheet } from '../api/types.ts';
import { CheckChip } from './check-chip.tsx';
import { MSE_LABELS } from './worksheet-labels.ts';
import { toggleValue, type WorksheetSectionProps } from './worksheet-state.ts';

type Mse = NonNullable<Worksheet['mse']>;

export function WorksheetMseSection({ value, set }: WorksheetSectionProps): ReactNode {
  const setMse = (domain: MseDomain, list: string[]): void => set('mse', { ...(value.mse ?? {}), [domain]: list } as Mse);
  return (
    <details className="ws-section" open>
      <summary>Mental status</summary>
      <p className="muted small">Tick only what you observed. Nothing unticked is written as normal.</p>
      {(Object.keys(MSE_OPTIONS) as MseDomain[]).map((domain) => (
        <fieldset key={domain} className="ws-group ws-group--inline">
          <legend>{MSE_LABELS[domain]}</legend>
          <div className="chips-row">
            {MSE_OPTIONS[domain].map((option) => {
              const list = (value.mse?.[domain] ?? []) as string[];
              return (
                <CheckChip
                  key={option}
                  label={option}
                  checked={list.includes(option)}
                  onChange={(on) => setMse(domain, toggleValue(list, option, on))}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
    </details>
  );
}
