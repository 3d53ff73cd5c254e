// The golden thread on Write: the active plan's goals and objectives, to tick as addressed in
// this session with progress (improved, stable, declined) and an optional line. They go with the
// compose request (planProgress); "No plan goal addressed" shows until one is ticked.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { PLAN_PROGRESS } from '../../../src/plans/plan-progress-options.ts';
import type { TPlanProgress } from '../../../src/server/plans/plan-progress.schema.ts';
import type { TPlan } from '../../../src/server/plans/plan.schema.ts';
import { api } from '../api/request.ts';

export type PlanProgressItem = TPlanProgress['items'][number];

interface Props {
  clientId: string;
  value: PlanProgressItem[];
  onChange: (items: PlanProgressItem[]) => void;
}

export function PlanGoalsPicker({ clientId, value, onChange }: Props): ReactNode {
  const [plan, setPlan] = useState<TPlan | null>(null);
  useEffect(() => {
    setPlan(null);
    api.get<{ plan: TPlan | null }>(`/api/clients/${encodeURIComponent(clientId)}/plans/active`).then(
      (r) => setPlan(r.plan),
      () => setPlan(null),
    );
  }, [clientId]);
  if (!plan || plan.content.goals.length === 0) return null;

  const key = (goalId: string, objectiveId: string | null): string => `${goalId}/${objectiveId ?? ''}`;
  const find = (goalId: string, objectiveId: string | null): PlanProgressItem | undefined => value.find((v) => key(v.goalId, v.objectiveId ?? null) === key(goalId, objectiveId));
  const toggle = (goalId: string, objectiveId: string | null, on: boolean): void =>
    onChange(on ? [...value, { goalId, objectiveId, progress: 'stable' }] : value.filter((v) => key(v.goalId, v.objectiveId ?? null) !== key(goalId, objectiveId)));
  const update = (goalId: string, objectiveId: string | null, changes: Partial<PlanProgressItem>): void =>
    onChange(value.map((v) => (key(v.goalId, v.objectiveId ?? null) === key(goalId, objectiveId) ? { ...v, ...changes } : v)));

  const row = (goalId: string, objectiveId: string | null, label: string): ReactNode => {
    const ticked = find(goalId, objectiveId);
    return (
      <li key={key(goalId, objectiveId)} className={objectiveId ? 'plan-tick plan-tick--objective' : 'plan-tick'}>
        <label className="check-line">
          <input type="checkbox" checked={Boolean(ticked)} onChange={(e) => toggle(goalId, objectiveId, e.target.checked)} />
          {label}
        </label>
        {ticked ? (
          <div className="row plan-tick__progress">
            <label className="field">
              <span className="field__label">Progress</span>
              <select value={ticked.progress} onChange={(e) => update(goalId, objectiveId, { progress: e.target.value as PlanProgressItem['progress'] })}>
                {PLAN_PROGRESS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">Line (optional)</span>
              <input value={ticked.note ?? ''} maxLength={300} onChange={(e) => update(goalId, objectiveId, { note: e.target.value || null })} />
            </label>
          </div>
        ) : null}
      </li>
    );
  };

  return (
    <fieldset className="plan-ticks">
      <legend className="field__label">Plan goals addressed (version {plan.version})</legend>
      <ul className="plain-list">
        {plan.content.goals.flatMap((g, i) => [
          row(g.id, null, `Goal ${i + 1}: ${g.text}`),
          ...plan.content.objectives.filter((o) => o.goalId === g.id).map((o) => row(g.id, o.id, `Objective: ${o.behaviour}`)),
        ])}
      </ul>
      {value.length === 0 ? (
        <p className="banner banner--warn" role="status">
          No plan goal addressed: tick the goals this session worked on.
        </p>
      ) : null}
    </fieldset>
  );
}
