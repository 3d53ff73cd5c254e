// The client's last plan and homework, from their latest signed note, offered as context for today's note.
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../api/request.ts';
import type { LastPlan } from '../api/types.ts';

export function LastPlanCard({ clientId }: { clientId: string }): ReactNode {
  const [lastPlan, setLastPlan] = useState<LastPlan | null | 'loading'>('loading');
  useEffect(() => {
    setLastPlan('loading');
    api.get<LastPlan>(`/api/clients/${encodeURIComponent(clientId)}/last-plan`).then(setLastPlan, () => setLastPlan(null));
  }, [clientId]);
  if (lastPlan === 'loading') return <p className="muted small">Looking for the last session's plan…</p>;
  if (!lastPlan || (!lastPlan.plan && !lastPlan.homework)) {
    return <p className="muted small">No signed note with a plan or homework for this client yet (drafts are not used).</p>;
  }
  return (
    <div className="last-plan">
      {lastPlan.plan ? (
        <>
          <h4>Last plan</h4>
          <p>{lastPlan.plan}</p>
        </>
      ) : null}
      {lastPlan.homework ? (
        <>
          <h4>Homework given</h4>
          <p>{lastPlan.homework}</p>
        </>
      ) : null}
      {lastPlan.noteId ? (
        <a className="small" href={`#/notes/${lastPlan.noteId}`}>
          Open that note
        </a>
      ) : null}
    </div>
  );
}
