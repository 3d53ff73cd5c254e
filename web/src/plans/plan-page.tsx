// A client's treatment plan: draft one from an intake summary (only what it says goes in; the rest
// is asked for), pick suggestions, edit, save and sign; the active (signed) version below, with an
// overdue review flagged. Versions are kept: a new version starts from the active plan.
import { useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import type { LibraryCondition } from '../../../src/plans/plan-library.schema.ts';
import type { TPlanItem, TPlanPrompt } from '../../../src/plans/plan.schema.ts';
import type { TDraftPlanResponse, TPlan } from '../../../src/server/plans/plan.schema.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Client } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { formatDate } from '../ui/format-date.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { addPicked, isPicked, type PlanContent } from './plan-content.ts';
import { PlanEditor } from './plan-editor.tsx';

type Suggestion = LibraryCondition & { reason: string };

export function PlanPage({ clientId }: { clientId: string }): ReactNode {
  const [client, setClient] = useState<Client | null>(null);
  const [plans, setPlans] = useState<TPlan[] | null>(null);
  const [content, setContent] = useState<PlanContent | null>(null);
  const [prompts, setPrompts] = useState<TPlanPrompt[]>([]);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [unplaced, setUnplaced] = useState<TPlanItem[]>([]);
  const [summary, setSummary] = useState('');
  const [planDate, setPlanDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [dirty, setDirty] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const draft = plans?.find((p) => p.status === 'draft') ?? null;
  const active = plans?.find((p) => p.status === 'signed') ?? null;

  const load = useCallback(async (): Promise<void> => {
    const [c, p] = await Promise.all([
      api.get<{ client: Client }>(`/api/clients/${encodeURIComponent(clientId)}`),
      api.get<{ plans: TPlan[] }>(`/api/clients/${encodeURIComponent(clientId)}/plans`),
    ]);
    setClient(c.client);
    setPlans(p.plans);
    const open = p.plans.find((x) => x.status === 'draft');
    if (open) {
      setContent(open.content);
      setPrompts(open.prompts);
      setEditorKey((k) => k + 1);
    }
  }, [clientId]);

  useEffect(() => {
    load().catch((e: unknown) => setError(describeError(e)));
  }, [load]);

  function edit(next: PlanContent): void {
    setContent(next);
    setDirty(true);
  }

  async function draftFromSummary(): Promise<void> {
    setError(null);
    try {
      const diagnoses = (client?.diagnoses ?? []).map((d) => ({ code: d.code, name: d.label }));
      const result = await api.post<TDraftPlanResponse>('/api/plans/draft', { summary, date: planDate, worksheet: diagnoses.length ? { diagnoses } : undefined });
      setContent(result.plan);
      setPrompts(result.prompts);
      setSuggestions(result.suggestions);
      setUnplaced(result.unplaced);
      setDirty(true);
      setEditorKey((k) => k + 1);
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function showLibrary(): Promise<void> {
    const { conditions } = await api.get<{ conditions: LibraryCondition[] }>('/api/plans/library');
    setSuggestions(conditions.map((c) => ({ ...c, reason: 'from the library' })));
  }

  async function save(): Promise<void> {
    if (!content) return;
    setError(null);
    try {
      const saved = draft
        ? await api.patch<{ plan: TPlan }>(`/api/plans/${encodeURIComponent(draft.id)}`, { content })
        : await api.post<{ plan: TPlan }>(`/api/clients/${encodeURIComponent(clientId)}/plans`, { content, summary: summary.trim() ? summary : null });
      setPrompts(saved.plan.prompts);
      setDirty(false);
      await load();
      toast(`Plan version ${saved.plan.version} saved as a draft`);
    } catch (e) {
      setError(describeError(e));
    }
  }

  async function sign(): Promise<void> {
    if (!draft) return;
    setConfirming(false);
    setError(null);
    try {
      const { plan } = await api.post<{ plan: TPlan }>(`/api/plans/${encodeURIComponent(draft.id)}/sign`);
      setContent(null);
      setSuggestions([]);
      setUnplaced([]);
      await load();
      toast(`Plan version ${plan.version} signed`);
    } catch (e) {
      setError(describeError(e));
    }
  }

  const name = client?.displayName ?? '';
  return (
    <div className="page">
      <PageHeader title={`Treatment plan${name ? `: ${name}` : ''}`} lead="Only what you wrote or picked goes into the plan; what it lacks is listed for you to give." actions={<a className="button" href={`#/clients/${encodeURIComponent(clientId)}`}>Back to client</a>} />
      <ErrorBanner message={error} />
      {active?.reviewOverdue ? (
        <p className="banner banner--warn" role="status">
          Plan review overdue: the review date was {formatDate(active.reviewDate)}.
        </p>
      ) : null}
      {plans === null ? <p className="muted">Loading…</p> : null}

      {plans !== null && !content ? (
        <section className="panel stack" aria-labelledby="plan-start">
          <h2 className="panel__title" id="plan-start">
            {active ? 'Start a new version' : 'Draft a plan'}
          </h2>
          <label className="field">
            <span className="field__label">Intake summary</span>
            <textarea rows={7} value={summary} onChange={(e) => setSummary(e.target.value)} placeholder="Dx: F41.1. Presenting problem: … Goal: … Objective: … Plan: …" />
          </label>
          <label className="field field--short">
            <span className="field__label">Plan date</span>
            <input type="date" value={planDate} onChange={(e) => setPlanDate(e.target.value)} />
          </label>
          <div className="row">
            <button type="button" className="button button--primary" onClick={() => void draftFromSummary()} disabled={!summary.trim()}>
              Draft plan
            </button>
            {active ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setContent(active.content);
                  setPrompts(active.prompts);
                  setDirty(true);
                  setEditorKey((k) => k + 1);
                }}
              >
                Start from the active plan
              </button>
            ) : null}
          </div>
        </section>
      ) : null}

      {content ? (
        <div className="plan-layout">
          <section className="panel stack" aria-labelledby="plan-draft-title">
            <div className="row row--between">
              <h2 className="panel__title" id="plan-draft-title">
                {draft ? `Draft, version ${draft.version}` : 'New draft (not saved)'}
              </h2>
              <div className="row">
                <button type="button" className="button button--primary" onClick={() => void save()} disabled={!dirty}>
                  Save draft
                </button>
                <button type="button" className="button" onClick={() => setConfirming(true)} disabled={!draft || dirty}>
                  Sign plan
                </button>
              </div>
            </div>
            <PlanEditor key={editorKey} plan={content} onChange={edit} />
          </section>
          <aside className="stack plan-aside" aria-label="Still to give and suggestions">
            <section className="panel stack" aria-labelledby="plan-prompts">
              <h2 className="panel__title" id="plan-prompts">
                Still to give
              </h2>
              {dirty && draft ? <p className="muted small">Save to update this list.</p> : null}
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
            <section className="panel stack" aria-labelledby="plan-suggestions">
              <h2 className="panel__title" id="plan-suggestions">
                Suggestions to pick from
              </h2>
              {suggestions.length === 0 ? (
                <button type="button" className="button button--small" onClick={() => void showLibrary()}>
                  Show the whole library
                </button>
              ) : null}
              {suggestions.map((s) => (
                <details key={s.key} className="plan-suggestion">
                  <summary>
                    {s.label} <span className="muted small">({s.reason})</span>
                  </summary>
                  <ul className="plain-list">
                    {[...s.goals.map((g) => ({ id: g.id, kind: 'Goal', text: g.text })), ...s.objectives.map((o) => ({ id: o.id, kind: 'Objective', text: `${o.behaviour}: ${o.measure}, ${o.target}` })), ...s.interventions.map((i) => ({ id: i.id, kind: 'Intervention', text: `${i.modality}: ${i.text}` }))].map((item) => (
                      <li key={item.id} className="plan-suggestion__item">
                        <span>
                          <strong>{item.kind}:</strong> {item.text}
                        </span>
                        <button type="button" className="button button--small" disabled={isPicked(content, item.id)} onClick={() => edit(addPicked(content, s, item.id))} aria-label={`${isPicked(content, item.id) ? 'Picked' : 'Pick'} ${item.kind.toLowerCase()}: ${item.text}`}>
                          {isPicked(content, item.id) ? 'Picked' : 'Pick'}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </section>
          </aside>
        </div>
      ) : null}

      {active ? <ActivePlan plan={active} /> : null}
      {plans && plans.length > 1 ? (
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
      ) : null}

      {confirming && draft ? (
        <ModalDialog
          title={`Sign plan version ${draft.version}?`}
          onClose={() => setConfirming(false)}
          actions={
            <>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                Keep editing
              </button>
              <button type="button" className="button button--primary" onClick={() => void sign()}>
                Sign plan
              </button>
            </>
          }
        >
          <p>A signed plan cannot be changed; a later change is a new version.{prompts.length ? ` It still lacks ${prompts.length} item${prompts.length === 1 ? '' : 's'} listed under “Still to give”.` : ''}</p>
        </ModalDialog>
      ) : null}
    </div>
  );
}

function ActivePlan({ plan }: { plan: TPlan }): ReactNode {
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
