// Starting a plan: draft one from an intake summary, or start a new version from the active plan.
import type { ReactNode } from 'react';

interface PlanStartProps {
  hasActive: boolean;
  summary: string;
  onSummary: (text: string) => void;
  planDate: string;
  onPlanDate: (date: string) => void;
  onDraft: () => void;
  onStartFromActive: () => void;
}

export function PlanStart({ hasActive, summary, onSummary, planDate, onPlanDate, onDraft, onStartFromActive }: PlanStartProps): ReactNode {
  return (
    <section className="panel stack" aria-labelledby="plan-start">
      <h2 className="panel__title" id="plan-start">
        {hasActive ? 'Start a new version' : 'Draft a plan'}
      </h2>
      <label className="field">
        <span className="field__label">Intake summary</span>
        <textarea rows={7} value={summary} onChange={(e) => onSummary(e.target.value)} placeholder="Dx: F41.1. Presenting problem: … Goal: … Objective: … Plan: …" />
      </label>
      <label className="field field--short">
        <span className="field__label">Plan date</span>
        <input type="date" value={planDate} onChange={(e) => onPlanDate(e.target.value)} />
      </label>
      <div className="row">
        <button type="button" className="button button--primary" onClick={onDraft} disabled={!summary.trim()}>
          Draft plan
        </button>
        {hasActive ? (
          <button type="button" className="button" onClick={onStartFromActive}>
            Start from the active plan
          </button>
        ) : null}
      </div>
    </section>
  );
}
