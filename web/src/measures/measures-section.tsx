// The Measures section of a client's page: enter a PHQ-9, GAD-7 or another instrument, see its
// score, band and change, and each instrument's trend (chart and table). Loaded on its own when a
// client is opened (clients-page.tsx), so no other page carries this code.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { findInstrument } from '../../../src/measures/index.ts';
import type { TMeasure } from '../../../src/server/measures/measure.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import { formatDate } from '../ui/format-date.ts';
import { useToast } from '../ui/toast.tsx';
import { MeasureForm, type MeasureInput } from './measure-form.tsx';
import { describeChange, MeasureTable } from './measure-table.tsx';
import { TrendChart } from './trend-chart.tsx';
import './measures.css';

/** The client's measures grouped by instrument, in the order each was first entered. */
function byInstrument(measures: readonly TMeasure[]): [string, TMeasure[]][] {
  const groups = new Map<string, TMeasure[]>();
  for (const m of measures) groups.set(m.instrument, [...(groups.get(m.instrument) ?? []), m]);
  return [...groups];
}

export function MeasuresSection({ clientId, clientName, canAdd }: { clientId: string; clientName: string; canAdd: boolean }): ReactNode {
  const [measures, setMeasures] = useState<TMeasure[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<TMeasure | null>(null);
  const toast = useToast();
  const path = `/api/clients/${encodeURIComponent(clientId)}/measures`;

  useEffect(() => {
    setMeasures(null);
    setSaved(null);
    api.get<{ measures: TMeasure[] }>(path).then(
      (r) => setMeasures(r.measures),
      (e) => setLoadError(describeError(e)),
    );
  }, [path]);

  async function save(input: MeasureInput): Promise<boolean> {
    setSaveError(null);
    setBusy(true);
    try {
      const { measure } = await api.post<{ measure: TMeasure }>(path, input);
      setMeasures((list) => [...(list ?? []), measure].sort((a, b) => a.takenOn.localeCompare(b.takenOn) || a.createdAt.localeCompare(b.createdAt)));
      setSaved(measure);
      toast(`Saved ${measure.instrument}: ${measure.total}${measure.band ? `, ${measure.band}` : ''}`);
      return true;
    } catch (e) {
      setSaveError(describeError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="measures stack" aria-labelledby="measures-heading">
      <div className="row row--between measures__head">
        <h3 className="subhead" id="measures-heading">
          Measures
        </h3>
        {canAdd && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add a measure
          </button>
        ) : null}
      </div>
      {adding ? (
        <div className="measures__entry stack">
          <MeasureForm onSave={save} error={saveError} busy={busy} />
          <button type="button" className="button button--quiet button--small" onClick={() => setAdding(false)}>
            Close
          </button>
        </div>
      ) : null}
      {saved ? <SavedSummary measure={saved} /> : null}
      {loadError ? (
        <p className="field__error" role="alert">
          {loadError}
        </p>
      ) : measures === null ? (
        <p className="muted">Loading…</p>
      ) : measures.length === 0 ? (
        <p className="muted">No measures for {clientName} yet.</p>
      ) : (
        byInstrument(measures).map(([name, list]) => {
          const instrument = findInstrument(name);
          return (
            <figure key={name} className="measures__instrument">
              <figcaption className="measures__caption">
                <strong>{name}</strong> {instrument ? <span className="muted">{instrument.fullName}</span> : null}
              </figcaption>
              {instrument ? <TrendChart instrument={instrument} measures={list} /> : null}
              <MeasureTable instrument={name} measures={list} />
            </figure>
          );
        })
      )}
    </section>
  );
}

/** What was just saved: the score, band and change, and what the note must address. */
function SavedSummary({ measure }: { measure: TMeasure }): ReactNode {
  const fromPrevious = describeChange(measure.change.fromPrevious, measure.change.threshold);
  return (
    <div className="measures__saved" role="status">
      <p>
        <strong>{`${measure.instrument} ${measure.total} of ${measure.max}`}</strong>
        {measure.band ? `, ${measure.band}` : ''} on {formatDate(measure.takenOn)}
        {fromPrevious ? `; from previous ${fromPrevious}` : '; the first score, the baseline'}
        {measure.change.fromPrevious && measure.change.fromBaseline && measure.change.fromBaseline.points !== measure.change.fromPrevious.points ? `; from baseline ${describeChange(measure.change.fromBaseline, measure.change.threshold)}` : ''}.
      </p>
      {measure.warnings.map((w) => (
        <p key={w.code} className={`banner ${w.code === 'risk_item' ? 'banner--error' : 'banner--warn'}`}>
          {w.message}
        </p>
      ))}
    </div>
  );
}
