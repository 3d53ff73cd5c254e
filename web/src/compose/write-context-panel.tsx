// The Write page's Context panel: the chosen client, their plan's status, the plan goals to tick
// for this session, the last session's plan, and whether their profile and plan inform the note.
import type { ReactNode } from 'react';
import type { Client } from '../api/types.ts';
import { PlanGoalsPicker, type PlanProgressItem } from '../plans/plan-goals-picker.tsx';
import { PlanStatusNotice } from '../plans/plan-status-notice.tsx';
import { LastPlanCard } from './last-plan-card.tsx';

interface WriteContextPanelProps {
  client: Client | undefined;
  planProgress: PlanProgressItem[];
  onPlanProgress: (items: PlanProgressItem[]) => void;
  useContext: boolean;
  onUseContext: (on: boolean) => void;
}

export function WriteContextPanel({ client, planProgress, onPlanProgress, useContext, onUseContext }: WriteContextPanelProps): ReactNode {
  return (
    <div className="panel stack">
      <h2 className="panel__title">Context</h2>
      {client ? (
        <>
          <p className="small">
            <strong>{client.displayName}</strong>
            {client.diagnoses?.length ? ` · ${client.diagnoses.map((d) => d.code).join(', ')}` : ''}
          </p>
          <PlanStatusNotice clientId={client.id} />
          <PlanGoalsPicker clientId={client.id} value={planProgress} onChange={onPlanProgress} />
          <LastPlanCard clientId={client.id} />
          <label className="check-line">
            <input type="checkbox" checked={useContext} onChange={(e) => onUseContext(e.target.checked)} />
            Use {client.displayName}'s profile and last plan as context
          </label>
        </>
      ) : (
        <p className="muted small">Choose a client to see the last session's plan and homework here.</p>
      )}
    </div>
  );
}
