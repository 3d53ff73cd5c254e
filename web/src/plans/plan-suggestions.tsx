// Suggestions to pick from (for the conditions the intake summary names, or the whole library):
// each goal, objective and intervention is picked into the draft one by one.
import type { ReactNode } from 'react';
import type { LibraryCondition } from '../../../src/plans/plan-library.schema.ts';
import { addPicked, isPicked, type PlanContent } from './plan-content.ts';

export type Suggestion = LibraryCondition & { reason: string };

interface PlanSuggestionsProps {
  content: PlanContent;
  suggestions: Suggestion[];
  onShowLibrary: () => void;
  onEdit: (next: PlanContent) => void;
}

/** A condition's goals, objectives and interventions as one list of pickable items. */
function pickableItems(s: Suggestion): { id: string; kind: string; text: string }[] {
  return [
    ...s.goals.map((g) => ({ id: g.id, kind: 'Goal', text: g.text })),
    ...s.objectives.map((o) => ({ id: o.id, kind: 'Objective', text: `${o.behaviour}: ${o.measure}, ${o.target}` })),
    ...s.interventions.map((i) => ({ id: i.id, kind: 'Intervention', text: `${i.modality}: ${i.text}` })),
  ];
}

export function PlanSuggestions({ content, suggestions, onShowLibrary, onEdit }: PlanSuggestionsProps): ReactNode {
  return (
    <section className="panel stack" aria-labelledby="plan-suggestions">
      <h2 className="panel__title" id="plan-suggestions">
        Suggestions to pick from
      </h2>
      {suggestions.length === 0 ? (
        <button type="button" className="button button--small" onClick={onShowLibrary}>
          Show the whole library
        </button>
      ) : null}
      {suggestions.map((s) => (
        <details key={s.key} className="plan-suggestion">
          <summary>
            {s.label} <span className="muted small">({s.reason})</span>
          </summary>
          <ul className="plain-list">
            {pickableItems(s).map((item) => (
              <li key={item.id} className="plan-suggestion__item">
                <span>
                  <strong>{item.kind}:</strong> {item.text}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={isPicked(content, item.id)}
                  onClick={() => onEdit(addPicked(content, s, item.id))}
                  aria-label={`${isPicked(content, item.id) ? 'Picked' : 'Pick'} ${item.kind.toLowerCase()}: ${item.text}`}
                >
                  {isPicked(content, item.id) ? 'Picked' : 'Pick'}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
