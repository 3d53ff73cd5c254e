// The client's plan in one line, for the client's page and the Write page: the active plan and
// its review date, "plan review overdue", or "no active plan", with a link to the plan.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { TPlan } from '../../../src/server/plans/plan.schema.ts';
import { api } from '../api/request.ts';
import { formatDate } from '../ui/format-date.ts';

export function PlanStatusNotice({ clientId }: { clientId: string }): ReactNode {
  const [plan, setPlan] = useState<TPlan | null | undefined>(undefined);
  useEffect(() => {
    setPlan(undefined);
    api.get<{ plan: TPlan | null }>(`/api/clients/${encodeURIComponent(clientId)}/plans/active`).then(
      (r) => setPlan(r.plan),
      () => setPlan(undefined),
    );
  }, [clientId]);
  // While the plan is asked for, a line of the same height as the answer, so what is below stays put.
  if (plan === undefined) return <p className="plan-status muted small">Checking the treatment plan…</p>;
  const link = (
    <a href={`#/clients/${encodeURIComponent(clientId)}/plan`}>{plan ? 'Open the treatment plan' : 'Draft a treatment plan'}</a>
  );
  if (!plan) {
    return (
      <p className="banner banner--warn plan-status" role="status">
        No active plan. {link}
      </p>
    );
  }
  if (plan.reviewOverdue) {
    return (
      <p className="banner banner--warn plan-status" role="status">
        Plan review overdue (review date {formatDate(plan.reviewDate)}). {link}
      </p>
    );
  }
  return (
    <p className="plan-status muted small" role="status">
      Active plan version {plan.version}, review {formatDate(plan.reviewDate)}. {link}
    </p>
  );
}
