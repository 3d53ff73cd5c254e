// A text area whose lines are a list; keeps the typed text (with a trailing new line) while editing.
import { useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { linesToList } from './worksheet-state.ts';

interface LinesFieldProps {
  label: string;
  hint?: string;
  value: string[];
  onChange: (list: string[]) => void;
}

export function LinesField({ label, hint, value, onChange }: LinesFieldProps): ReactNode {
  const id = useId();
  const [text, setText] = useState(value.join('\n'));
  const joined = value.join('\n');
  // Follow changes made from outside (a reset); keep the typed text while the list matches it.
  useEffect(() => {
    setText((current) => (linesToList(current).join('\n') === joined ? current : joined));
  }, [joined]);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        rows={2}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(linesToList(e.target.value));
        }}
      />
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
