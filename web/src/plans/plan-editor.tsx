// The plan's fields, each editable: problems with impact, goals with their measurable objectives,
// interventions, session frequency, strengths, barriers and the dates. Every control is labelled
// with what it is and its number, so a screen reader user knows which goal they are in.
import type { ReactNode } from 'react';
import { BY_CLINICIAN, linesToItems, newGoal, newObjective, orNull, type PlanContent } from './plan-content.ts';
import { ObjectiveFields } from './objective-fields.tsx';

interface Props {
  plan: PlanContent;
  onChange: (plan: PlanContent) => void;
}

export function PlanEditor({ plan, onChange }: Props): ReactNode {
  const set = (changes: Partial<PlanContent>): void => onChange({ ...plan, ...changes });
  const loose = plan.objectives.filter((o) => o.goalId === null || !plan.goals.some((g) => g.id === o.goalId));
  let objectiveNumber = 0;
  return (
    <div className="stack plan-editor">
      <section aria-labelledby="plan-diagnoses">
        <h3 className="subhead" id="plan-diagnoses">
          Diagnoses
        </h3>
        {plan.diagnoses.length ? (
          <ul className="plain-list">
            {plan.diagnoses.map((d) => (
              <li key={d.code} className="row">
                <span className="chip__code">{d.code}</span> {d.name || <span className="muted">(name not in the list)</span>}
                <button type="button" className="link-button" onClick={() => set({ diagnoses: plan.diagnoses.filter((x) => x.code !== d.code) })}>
                  Remove {d.code}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">None given. Add them on the client’s file, then draft again.</p>
        )}
      </section>

      <section aria-labelledby="plan-problems" className="stack">
        <h3 className="subhead" id="plan-problems">
          Presenting problems
        </h3>
        {plan.problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; the inputs are controlled, so a shifted key shows the right values
          <fieldset className="plan-objective" key={`${i}-${p.source.origin}`}>
            <legend>Problem {i + 1}</legend>
            <label className="field">
              <span className="field__label">Problem</span>
              <input value={p.text} onChange={(e) => set({ problems: plan.problems.map((x, j) => (j === i ? { ...x, text: e.target.value, source: BY_CLINICIAN } : x)) })} />
            </label>
            <label className="field">
              <span className="field__label">Functional impact</span>
              <input value={p.impact ?? ''} onChange={(e) => set({ problems: plan.problems.map((x, j) => (j === i ? { ...x, impact: orNull(e.target.value), source: BY_CLINICIAN } : x)) })} />
            </label>
            <button type="button" className="button button--small button--danger-quiet" onClick={() => set({ problems: plan.problems.filter((_, j) => j !== i) })}>
              Remove problem {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button button--small" onClick={() => set({ problems: [...plan.problems, { text: 'New problem', impact: null, source: BY_CLINICIAN }] })}>
          Add a problem
        </button>
      </section>

      <section aria-labelledby="plan-goals" className="stack">
        <h3 className="subhead" id="plan-goals">
          Goals and objectives
        </h3>
        {plan.goals.map((g, i) => (
          <div className="plan-goal stack" key={g.id}>
            <label className="field">
              <span className="field__label">Goal {i + 1}</span>
              <input value={g.text} onChange={(e) => set({ goals: plan.goals.map((x) => (x.id === g.id ? { ...x, text: e.target.value, source: BY_CLINICIAN } : x)) })} />
            </label>
            {plan.objectives.filter((o) => o.goalId === g.id).map((o) => <ObjectiveFields key={o.id} objective={o} n={++objectiveNumber} plan={plan} onChange={onChange} />)}
            <div className="row">
              <button type="button" className="button button--small" onClick={() => onChange(newObjective(plan, g.id))}>
                Add an objective to goal {i + 1}
              </button>
              <button
                type="button"
                className="button button--small button--danger-quiet"
                onClick={() => set({ goals: plan.goals.filter((x) => x.id !== g.id), objectives: plan.objectives.map((o) => (o.goalId === g.id ? { ...o, goalId: null } : o)) })}
              >
                Remove goal {i + 1}
              </button>
            </div>
          </div>
        ))}
        {loose.length ? <p className="muted">Objectives not yet tied to a goal:</p> : null}
        {loose.map((o) => <ObjectiveFields key={o.id} objective={o} n={++objectiveNumber} plan={plan} onChange={onChange} />)}
        <button type="button" className="button button--small" onClick={() => onChange(newGoal(plan))}>
          Add a goal
        </button>
      </section>

      <section aria-labelledby="plan-interventions" className="stack">
        <h3 className="subhead" id="plan-interventions">
          Interventions
        </h3>
        {plan.interventions.map((v, i) => {
          const change = (changes: Partial<typeof v>): void => set({ interventions: plan.interventions.map((x, j) => (j === i ? { ...x, ...changes, source: BY_CLINICIAN } : x)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: interventions have no id; the inputs are controlled, so a shifted key shows the right values
            <fieldset className="plan-objective" key={`${i}-${v.source.origin}`}>
              <legend>Intervention {i + 1}</legend>
              <div className="plan-grid">
                <label className="field">
                  <span className="field__label">Modality</span>
                  <input value={v.modality ?? ''} onChange={(e) => change({ modality: orNull(e.target.value) })} />
                </label>
                <label className="field plan-grid__wide">
                  <span className="field__label">Intervention</span>
                  <input value={v.text} onChange={(e) => change({ text: e.target.value })} />
                </label>
                <label className="field">
                  <span className="field__label">Frequency</span>
                  <input value={v.frequency ?? ''} onChange={(e) => change({ frequency: orNull(e.target.value) })} />
                </label>
              </div>
              <button type="button" className="button button--small button--danger-quiet" onClick={() => set({ interventions: plan.interventions.filter((_, j) => j !== i) })}>
                Remove intervention {i + 1}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button button--small" onClick={() => set({ interventions: [...plan.interventions, { modality: null, text: 'New intervention', frequency: null, source: BY_CLINICIAN }] })}>
          Add an intervention
        </button>
      </section>

      <section aria-labelledby="plan-schedule" className="stack">
        <h3 className="subhead" id="plan-schedule">
          Schedule, strengths and barriers
        </h3>
        <div className="plan-grid">
          <label className="field plan-grid__wide">
            <span className="field__label">Session frequency</span>
            <input value={plan.sessionFrequency?.text ?? ''} onChange={(e) => set({ sessionFrequency: e.target.value.trim() ? { text: e.target.value, source: BY_CLINICIAN } : null })} />
          </label>
          <label className="field">
            <span className="field__label">Target date</span>
            <input type="date" value={plan.targetDate ?? ''} onChange={(e) => set({ targetDate: orNull(e.target.value) })} />
          </label>
          <label className="field">
            <span className="field__label">Review date</span>
            <input type="date" value={plan.reviewDate ?? ''} onChange={(e) => set({ reviewDate: orNull(e.target.value) })} />
          </label>
        </div>
        <div className="plan-grid">
          <label className="field plan-grid__wide">
            <span className="field__label">Strengths (one a line)</span>
            <textarea rows={3} defaultValue={plan.strengths.map((s) => s.text).join('\n')} onBlur={(e) => set({ strengths: linesToItems(e.target.value, plan.strengths) })} />
          </label>
          <label className="field plan-grid__wide">
            <span className="field__label">Barriers (one a line)</span>
            <textarea rows={3} defaultValue={plan.barriers.map((s) => s.text).join('\n')} onBlur={(e) => set({ barriers: linesToItems(e.target.value, plan.barriers) })} />
          </label>
        </div>
      </section>
    </div>
  );
}
