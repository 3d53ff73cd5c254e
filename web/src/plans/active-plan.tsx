// The client's active (signed) plan, read-only, with an overdue review flagged.
import type { ReactNode } from 'react';
import type { TPlan } from '../../../src/server/plans/plan.schema.ts';
import { formatDate } from '../ui/format-date.ts';

export function ActivePlan({ plan }: { plan: TPlan }): ReactNode {
  const { content } = plan;
  return (
    <section className="panel stack" aria-labelledby="plan-active">
      <h2 className="panel__title" id="plan-active">
        Active plan, version {plan.version}
      </h2>
      <p className="muted">
        Signed {formatDate(plan.signedAt)} by {plan.signedByName}, {plan.signedByCredentials}. Review date {formatDate(plan.reviewDate)}
        {plan.reviewOverdue ? ' (overdue)' : ''}
        {plan.targetDate ? `; target date ${formatDate(plan.targetDate)}` : ''}.
      </p>
      {content.diagnoses.length ? <p>{content.diagnoses.map((d) => `${d.code} ${d.name}`).join('; ')}</p> : null}
      <ol className="plan-active-goals">
        {content.goals.map((g) => (
          <li key={g.id}>
            {g.text}
            <ul>
              {content.objectives
                .filter((o) => o.goalId === g.id)
                .map((o) => (
                  <li key={o.id}>
                    {o.behaviour}
                    {o.measure ? `; measured by ${o.measure}` : ''}
                    {o.target ? `; target ${o.target}` : ''}
                    {o.date ? `; by ${formatDate(o.date)}` : ''}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
      {content.interventions.length ? <p>Interventions: {content.interventions.map((v) => [v.modality, v.text, v.frequency].filter(Boolean).join(', ')).join('; ')}</p> : null}
      {content.sessionFrequency ? <p>Sessions: {content.sessionFrequency.text}</p> : null}
    </section>
  );
}
