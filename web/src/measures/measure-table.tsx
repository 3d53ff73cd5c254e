// The chart's data as a table: every score with its band, its change and who entered it.
import type { ReactNode } from 'react';
import type { TMeasure } from '../../../src/server/measures/measure.schema.ts';
import { formatDate } from '../ui/format-date.ts';

type Change = TMeasure['change']['fromPrevious'];

/** "-7, better (reliable change)", or "+2, worse" below the threshold. */
export function describeChange(change: Change, threshold: TMeasure['change']['threshold']): string {
  if (!change) return '';
  const signed = change.points > 0 ? `+${change.points}` : String(change.points);
  if (change.direction === 'same') return `${signed}, no change`;
  return `${signed}, ${change.direction}${change.reliable && threshold ? ` (${threshold.meaning})` : ''}`;
}

export function MeasureTable({ instrument, measures }: { instrument: string; measures: readonly TMeasure[] }): ReactNode {
  return (
    <table className="table table--dense measure-table">
      <caption className="visually-hidden">{`${instrument} scores, oldest first`}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
          <th scope="col">From previous</th>
          <th scope="col">From baseline</th>
          <th scope="col">Entered by</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => (
          <tr key={m.id}>
            <td>{formatDate(m.takenOn)}</td>
            <td>
              {m.total} of {m.max}
              {m.items ? null : <span className="muted"> (total only)</span>}
              {m.warnings
                .filter((w) => w.code === 'risk_item')
                .map((w) => (
                  <span key={w.item} className="measure-table__risk" title={w.message}>
                    {` item ${w.item}: ${m.items?.[w.item - 1] ?? ''}, address risk in the note`}
                  </span>
                ))}
            </td>
            <td>{m.band ?? <span className="muted">no bands</span>}</td>
            <td>{describeChange(m.change.fromPrevious, m.change.threshold) || <span className="muted">first</span>}</td>
            <td>{m.change.fromPrevious ? describeChange(m.change.fromBaseline, m.change.threshold) : <span className="muted">baseline</span>}</td>
            <td>{m.enteredBy.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
