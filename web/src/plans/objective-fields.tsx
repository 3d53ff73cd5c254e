// One measurable objective in the plan editor: behaviour, measure, target, date and the goal it
// serves. An edit makes the objective the clinician's own, except tying it to a goal or dating a
// picked suggestion.
import type { ReactNode } from 'react';
import { BY_CLINICIAN, orNull, type PlanContent } from './plan-content.ts';

type Objective = PlanContent['objectives'][number];

interface ObjectiveFieldsProps {
  objective: Objective;
  /** Its number on screen, counted across goals. */
  n: number;
  plan: PlanContent;
  onChange: (plan: PlanContent) => void;
}

export function ObjectiveFields({ objective: o, n, plan, onChange }: ObjectiveFieldsProps): ReactNode {
  const set = (changes: Partial<PlanContent>): void => onChange({ ...plan, ...changes });
  // Tying an objective to a goal, or dating a picked suggestion, leaves its words where they came from.
  const keepsSource = (changes: Partial<typeof o>): boolean => Object.keys(changes).every((k) => k === 'goalId' || (k === 'date' && o.source.origin === 'library'));
  const change = (changes: Partial<typeof o>): void =>
    set({ objectives: plan.objectives.map((x) => (x.id === o.id ? { ...x, ...changes, source: keepsSource(changes) ? x.source : BY_CLINICIAN } : x)) });
  return (
    <fieldset className="plan-objective">
      <legend>Objective {n}</legend>
      <label className="field">
        <span className="field__label">Behaviour</span>
        <input value={o.behaviour} placeholder="What the client will do or show" onChange={(e) => change({ behaviour: e.target.value })} />
      </label>
      <div className="plan-grid">
        <label className="field">
          <span className="field__label">Measure</span>
          <input value={o.measure ?? ''} onChange={(e) => change({ measure: orNull(e.target.value) })} />
        </label>
        <label className="field">
          <span className="field__label">Target</span>
          <input value={o.target ?? ''} onChange={(e) => change({ target: orNull(e.target.value) })} />
        </label>
        <label className="field">
          <span className="field__label">By date</span>
          <input type="date" value={o.date ?? ''} onChange={(e) => change({ date: orNull(e.target.value) })} />
        </label>
        <label className="field">
          <span className="field__label">Serves goal</span>
          <select value={o.goalId ?? ''} onChange={(e) => change({ goalId: orNull(e.target.value) })}>
            <option value="">Not chosen</option>
            {plan.goals.map((g, i) => (
              <option key={g.id} value={g.id}>
                Goal {i + 1}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" className="button button--small button--danger-quiet" onClick={() => set({ objectives: plan.objectives.filter((x) => x.id !== o.id) })}>
        Remove objective {n}
      </button>
    </fieldset>
  );
}
