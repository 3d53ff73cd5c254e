// A supervisor reads the client's measures beside a supervisee's note, read-only; their own chunk, as on the client's page.
import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';

const MeasuresSection = lazy(() => import('../measures/measures-section.tsx').then((m) => ({ default: m.MeasuresSection })));

/** The client's measures, without the form to add one: the supervisor reviews, the clinician enters. */
export function SupervisorMeasures({ clientId, clientName }: { clientId: string; clientName: string }): ReactNode {
  return (
    <div className="panel">
      <Suspense fallback={<p className="muted">Loading measures…</p>}>
        <MeasuresSection clientId={clientId} clientName={clientName} canAdd={false} />
      </Suspense>
    </div>
  );
}
