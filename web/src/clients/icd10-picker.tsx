// ICD-10 picker: type a code or words, choose with arrow keys and Enter; chosen codes are chips.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { api } from '../api/request.ts';
import type { Diagnosis } from '../api/types.ts';

let cache: Promise<Diagnosis[]> | null = null;
function loadCodes(): Promise<Diagnosis[]> {
  cache ??= api.get<{ codes: Diagnosis[] }>('/api/icd10').then(
    (r) => r.codes,
    (e) => {
      cache = null;
      throw e;
    },
  );
  return cache;
}

interface Icd10PickerProps {
  value: Diagnosis[];
  onChange: (value: Diagnosis[]) => void;
  label?: string;
}

export function Icd10Picker({ value, onChange, label = 'Diagnoses (ICD-10)' }: Icd10PickerProps): ReactNode {
  const id = useId();
  const [codes, setCodes] = useState<Diagnosis[]>([]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loadError, setLoadError] = useState(false);
  const closeTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    loadCodes().then(setCodes, () => setLoadError(true));
  }, []);

  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const chosen = new Set(value.map((d) => d.code));
    return codes
      .filter((c) => !chosen.has(c.code) && (c.code.toLowerCase().startsWith(q) || c.label.toLowerCase().includes(q)))
      .slice(0, 8);
  }, [codes, query, value]);

  function choose(diagnosis: Diagnosis): void {
    onChange([...value, diagnosis]);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && matches[active]) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  const listId = `${id}-list`;
  const showList = open && matches.length > 0;
  return (
    <div className="field icd">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {value.length > 0 ? (
        <ul className="chips" aria-label="Chosen diagnoses">
          {value.map((d) => (
            <li key={d.code} className="chip">
              <span className="chip__code">{d.code}</span> {d.label}
              <button
                type="button"
                className="chip__remove"
                aria-label={`Remove ${d.code} ${d.label}`}
                onClick={() => onChange(value.filter((x) => x.code !== d.code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="combo">
        <input
          id={id}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          placeholder="Search by code or name, e.g. F41.1 or anxiety"
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            closeTimer.current = window.setTimeout(() => setOpen(false), 150);
          }}
          onFocus={() => {
            window.clearTimeout(closeTimer.current);
            setOpen(true);
          }}
        />
        {showList ? (
          <div className="combo__list" id={listId} role="listbox" aria-label="Matching ICD-10 codes">
            {matches.map((m, i) => (
              <div
                key={m.code}
                id={`${listId}-${i}`}
                role="option"
                tabIndex={-1}
                aria-selected={i === active}
                className={`combo__option${i === active ? ' is-active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m);
                }}
              >
                <span className="chip__code">{m.code}</span> {m.label}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      {loadError ? <p className="field__error">The ICD-10 list could not be loaded.</p> : null}
    </div>
  );
}
