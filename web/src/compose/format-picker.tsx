import type { ReactNode } from 'react';
import { FORMAT_KEYS } from '../../../src/compose/formats/formats.ts';
import type { FormatKey } from '../api/types.ts';
import { FORMAT_LABELS } from '../ui/format-names.ts';

/** The eight formats as a radio group drawn as a segmented control. */
export function FormatPicker({ value, onChange, name = 'format' }: { value: FormatKey; onChange: (f: FormatKey) => void; name?: string }): ReactNode {
  return (
    <fieldset className="format-picker">
      <legend className="field__label">Format</legend>
      <div className="segmented">
        {FORMAT_KEYS.map((key) => (
          <label key={key} className={`segmented__item${value === key ? ' is-checked' : ''}`} title={FORMAT_LABELS[key].description}>
            <input type="radio" name={name} value={key} checked={value === key} onChange={() => onChange(key)} />
            <span>{FORMAT_LABELS[key].name}</span>
          </label>
        ))}
      </div>
      <p className="field__hint">{FORMAT_LABELS[value].description}</p>
    </fieldset>
  );
}
