// One instrument's scores over time as plain inline SVG: the published bands shaded behind the
// line, one point per administration. The table beside it (measure-table.tsx) is the same data
// for screen readers and for reading exact values.
import type { ReactNode } from 'react';
import type { Instrument } from '../../../src/measures/index.ts';
import type { TMeasure } from '../../../src/server/measures/measure.schema.ts';
import { formatDate } from '../ui/format-date.ts';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 230, bottom: 34, left: 36 };

export function TrendChart({ instrument, measures }: { instrument: Instrument; measures: readonly TMeasure[] }): ReactNode {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (score: number): number => PAD.top + plotH - ((score - instrument.min) / (instrument.max - instrument.min)) * plotH;
  // Evenly spaced by administration: two scores on one day stay apart.
  const x = (i: number): number => PAD.left + (measures.length === 1 ? plotW / 2 : (i / (measures.length - 1)) * plotW);
  const points = measures.map((m, i) => ({ m, cx: x(i), cy: y(m.total) }));
  const titleId = `trend-${instrument.name}-title`;
  const descId = `trend-${instrument.name}-desc`;
  const latest = measures.at(-1);
  return (
    <svg className="trend" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{`${instrument.name} scores over time`}</title>
      <desc id={descId}>
        {`${measures.length} score${measures.length === 1 ? '' : 's'}${latest ? `, latest ${latest.total} of ${instrument.max}${latest.band ? ` (${latest.band})` : ''}` : ''}. The table below lists every score.`}
      </desc>
      {instrument.bands.map((band, i) => {
        // Whole-number bands meet half-way between their scores.
        const top = y(Math.min(band.max + 0.5, instrument.max));
        const bottom = y(Math.max(band.min - 0.5, instrument.min));
        const [name, note] = band.label.split(' (');
        return (
          <g key={band.label} className={`trend__band trend__band--${i}`}>
            <rect x={PAD.left} y={top} width={plotW} height={bottom - top} />
            <text className="trend__band-label" x={PAD.left + plotW + 8} y={(top + bottom) / 2} dominantBaseline="middle">
              {`${name} ${band.min}-${band.max}`}
              {note ? (
                <tspan x={PAD.left + plotW + 8} dy="1.2em">{`(${note}`}</tspan>
              ) : null}
            </text>
          </g>
        );
      })}
      <line className="trend__axis" x1={PAD.left} y1={PAD.top + plotH} x2={PAD.left + plotW} y2={PAD.top + plotH} />
      <line className="trend__axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotH} />
      {[instrument.min, instrument.max].map((v) => (
        <text key={v} className="trend__tick" x={PAD.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">
          {v}
        </text>
      ))}
      {points.length > 1 ? <polyline className="trend__line" points={points.map((p) => `${p.cx},${p.cy}`).join(' ')} /> : null}
      {points.map(({ m, cx, cy }) => (
        <g key={m.id}>
          <circle className="trend__point" cx={cx} cy={cy} r={5}>
            <title>{`${formatDate(m.takenOn)}: ${m.total}${m.band ? `, ${m.band}` : ''}`}</title>
          </circle>
          <text className="trend__score" x={cx} y={cy - 10} textAnchor="middle">
            {m.total}
          </text>
          <text className="trend__tick" x={cx} y={PAD.top + plotH + 18} textAnchor="middle">
            {formatDate(m.takenOn)}
          </text>
        </g>
      ))}
    </svg>
  );
}
