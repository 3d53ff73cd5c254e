// ICD-10 picker: type a code or words, choose with arrow keys and Enter; chosen codes are chips.
// A whole code that is not in the list can still be added, marked as entered by hand. Enter in
// the picker never submits the form around it.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { TIcd10Code, TIcd10Response } from '../../../src/server/icd10/icd10.schema.ts';
import { api } from '../api/request.ts';
import type { Diagnosis } from '../api/types.ts';
import { normalizeIcd10Code, searchIcd10 } from './search-icd10.ts';

/** The name a code entered by hand carries, so every export shows it was not checked against the list. */
const HAND_ENTERED_LABEL = "Entered by hand: not in Afterword's ICD-10-CM list";

let cache: Promise<TIcd10Response> | null = null;
function loadCodes(): Promise<TIcd10Response> {
  cache ??= api.get<TIcd10Response>('/api/icd10').catch((e: unknown) => {
    cache = null;
    throw e;
  });
  return cache;
}

interface Icd10PickerProps {
  value: Diagnosis[];
  onChange: (value: Diagnosis[]) => void;
  label?: string;
}

export function Icd10Picker({ value, onChange, label = 'Diagnoses (ICD-10)' }: Icd10PickerProps): ReactNode {
  const id = useId();
  const [codes, setCodes] = useState<TIcd10Code[]>([]);
  const [release, setRelease] = useState('');
  const [releaseEnds, setReleaseEnds] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [loadError, setLoadError] = useState(false);
  const closeTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    loadCodes().then(
      (r) => {
        setCodes(r.codes);
        setRelease(r.release);
        setReleaseEnds(r.releaseEnds);
      },
      () => setLoadError(true),
    );
  }, []);

  // ICD-10-CM changes every 1 October: past its last day the list lacks the new year's codes.
  const outdated = releaseEnds !== '' && new Date().toISOString().slice(0, 10) > releaseEnds;
  const chosen = useMemo(() => new Set(value.map((d) => d.code)), [value]);
  const matches: Diagnosis[] = useMemo(
    () => searchIcd10(codes, query, 8 + chosen.size).filter((c) => !chosen.has(c.code)).slice(0, 8).map(({ code, label }) => ({ code, label })),
    [codes, query, chosen],
  );
  // A whole code typed that the list does not have: offered as a last option, marked as such.
  const typed = normalizeIcd10Code(query);
  const handEntry: Diagnosis | undefined =
    typed && codes.length > 0 && !codes.some((c) => c.code === typed) && !chosen.has(typed) ? { code: typed, label: HAND_ENTERED_LABEL } : undefined;
  const options = handEntry ? [...matches, handEntry] : matches;

  function choose(diagnosis: Diagnosis): void {
    onChange([...value, diagnosis]);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      // Never submits the surrounding form: Enter chooses, or does nothing.
      event.preventDefault();
      const option = options[Math.min(active, options.length - 1)];
      if (option) choose(option);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  const listId = `${id}-list`;
  const showList = open && options.length > 0;
  const noteId = `${id}-note`;
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
          aria-describedby={noteId}
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          placeholder="Search by code or name, e.g. F41.1, panic or autism"
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
            {options.map((m, i) => (
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
                <span className="chip__code">{m.code}</span> {m === handEntry ? 'Add as typed (not in the list)' : m.label}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <p id={noteId} className="field__hint" aria-live="polite">
        {handEntry
          ? `${handEntry.code} is not in Afterword's list (${release}). Check the code before you use it; Enter adds it as typed.`
          : query.trim() && options.length === 0 && codes.length > 0
            ? 'No code matches. Try other words, or type a whole code such as F41.1.'
            : release
              ? `${release}: chapter 5 and the Z codes for psychosocial circumstances.${outdated ? ` This release ended on ${releaseEnds}: a code added since is not in the list; type the whole code to add it.` : ''}`
              : null}
      </p>
      {loadError ? <p className="field__error">The ICD-10 list could not be loaded.</p> : null}
    </div>
  );
}
