// What the draft plan still lacks ("Still to give"), and what the summary said that found no place.
import type { ReactNode } from 'react';
import type { TPlanItem, TPlanPrompt } from '../../../src/plans/plan.schema.ts';

interface PlanPromptsPanelProps {
  prompts: TPlanPrompt[];
  unplaced: TPlanItem[];
  /** The list is the server's, so it is stale until the edits are saved. */
  stale: boolean;
}

export function PlanPromptsPanel({ prompts, unplaced, stale }: PlanPromptsPanelProps): ReactNode {
  return (
    <section className="panel stack" aria-labelledby="plan-prompts">
      <h2 className="panel__title" id="plan-prompts">
        Still to give
      </h2>
      {stale ? <p className="muted small">Save to update this list.</p> : null}
      {prompts.length ? (
        <ul className="plan-prompts">
          {prompts.map((p) => (
            <li key={p.field}>{p.message}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing: every part of the plan is given.</p>
      )}
      {unplaced.length ? (
        <>
          <h3 className="subhead">Not placed from the summary</h3>
          <ul className="plain-list small">
            {unplaced.map((u) => (
              <li key={u.text}>{u.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
