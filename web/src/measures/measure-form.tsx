// Entering one administration: the instrument, the day, and either each item's answer or the
// total. The score and band show as you go (the same scoring the server runs, src/measures).
import { useId, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { INSTRUMENTS, type Instrument, scoreMeasure } from '../../../src/measures/index.ts';
import { FormField } from '../ui/form-field.tsx';

export interface MeasureInput {
  instrument: string;
  takenOn: string;
  items?: number[];
  total?: number;
}

type Mode = 'items' | 'total';

/** Today's date where the clinician is (YYYY-MM-DD). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const byName = (name: string): Instrument => INSTRUMENTS.find((i) => i.name === name) ?? (INSTRUMENTS[0] as Instrument);

export function MeasureForm({ onSave, error, busy }: { onSave: (input: MeasureInput) => Promise<boolean>; error: string | null; busy: boolean }): ReactNode {
  const [name, setName] = useState('PHQ-9');
  const instrument = byName(name);
  const [mode, setMode] = useState<Mode>('items');
  const [takenOn, setTakenOn] = useState(today);
  const [items, setItems] = useState<(number | null)[]>(() => Array(instrument.items).fill(null));
  const [total, setTotal] = useState('');
  const modeName = useId();
  const range = instrument.itemRange;
  const entering: Mode = range ? mode : 'total';

  function choose(next: string): void {
    setName(next);
    setItems(Array(byName(next).items).fill(null));
    setTotal('');
  }

  const answered = items.filter((v) => v !== null).length;
  const preview = useMemo(() => {
    if (entering === 'items' && answered < instrument.items) return null;
    if (entering === 'total' && total.trim() === '') return null;
    return scoreMeasure(entering === 'items' ? { instrument: name, items: items as number[] } : { instrument: name, total: Number(total) });
  }, [entering, answered, instrument.items, items, total, name]);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const input: MeasureInput = entering === 'items' ? { instrument: name, takenOn, items: items.map((v) => v ?? -1) } : { instrument: name, takenOn, total: Number(total) };
    if (await onSave(input)) {
      setItems(Array(instrument.items).fill(null));
      setTotal('');
    }
  }

  return (
    <form className="measure-form stack" aria-label="Add a measure" onSubmit={(e) => void submit(e)}>
      <div className="measure-form__row">
        <FormField label="Instrument">
          <select value={name} onChange={(e) => choose(e.target.value)}>
            {INSTRUMENTS.map((i) => (
              <option key={i.name} value={i.name}>
                {`${i.name}: ${i.fullName}`}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Date taken">
          <input type="date" value={takenOn} max={today()} required onChange={(e) => setTakenOn(e.target.value)} />
        </FormField>
      </div>
      {range ? (
        <fieldset className="client-search__show">
          <legend className="field__label">Enter</legend>
          {(['items', 'total'] as const).map((m) => (
            <label key={m} className={`check-chip${mode === m ? ' is-checked' : ''}`}>
              <input type="radio" name={modeName} checked={mode === m} onChange={() => setMode(m)} />
              <span>{m === 'items' ? 'Each item' : 'Total only'}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {entering === 'items' && range ? (
        <ol className="measure-items">
          {items.map((value, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an item's number is its identity; the list never reorders
            <li key={`${name}-${i + 1}`} className="measure-items__item">
              <label className="measure-items__label" htmlFor={`${modeName}-item-${i + 1}`}>
                {`Item ${i + 1}${instrument.itemLabels?.[i] ? `: ${instrument.itemLabels[i]}` : ''}`}
              </label>
              <select id={`${modeName}-item-${i + 1}`} value={value ?? ''} required onChange={(e) => setItems(items.map((v, j) => (j === i ? Number(e.target.value) : v)))}>
                <option value="" disabled>
                  Choose
                </option>
                {Array.from({ length: range.max - range.min + 1 }, (_, k) => range.min + k).map((score) => (
                  <option key={score} value={score}>
                    {`${score}${instrument.answerLabels?.[score] ? ` ${instrument.answerLabels[score]}` : ''}`}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ol>
      ) : (
        <FormField label={`${instrument.name} total`} hint={`${instrument.min} to ${instrument.max}`} className="field--short">
          <input type="number" inputMode="numeric" min={instrument.min} max={instrument.max} step={1} value={total} required onChange={(e) => setTotal(e.target.value)} />
        </FormField>
      )}
      <div className="measure-form__preview" aria-live="polite">
        {preview === null ? (
          <p className="muted">{entering === 'items' ? `${answered} of ${instrument.items} items answered.` : 'Enter the total to see the band.'}</p>
        ) : preview.ok ? (
          <p>
            <strong>{`Score ${preview.score.total} of ${instrument.max}`}</strong>
            {preview.score.band ? `: ${preview.score.band}` : ''}
          </p>
        ) : (
          <p className="field__error">{preview.errors.join(' ')}</p>
        )}
        {preview?.ok
          ? preview.score.warnings.map((w) => (
              <p key={w.code} className={`banner ${w.code === 'risk_item' ? 'banner--error' : 'banner--warn'}`}>
                {w.message}
              </p>
            ))
          : null}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          Save measure
        </button>
      </div>
    </form>
  );
}
