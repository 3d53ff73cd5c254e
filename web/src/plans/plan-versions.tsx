// Every version of the client's plan, signed or draft (shown once there is more than one).
import type { ReactNode } from 'react';
import type { TPlan } from '../../../src/server/plans/plan.schema.ts';
import { formatDate } from '../ui/format-date.ts';

export function PlanVersions({ plans }: { plans: TPlan[] }): ReactNode {
  return (
    <section className="panel" aria-labelledby="plan-versions">
      <h2 className="panel__title" id="plan-versions">
        Versions
      </h2>
      <ul className="plain-list">
        {plans.map((p) => (
          <li key={p.id}>
            Version {p.version}: {p.status === 'signed' ? `signed ${formatDate(p.signedAt)} by ${p.signedByName}, ${p.signedByCredentials}` : 'draft'}
          </li>
        ))}
      </ul>
    </section>
  );
}
