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
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { ActivePlan } from './active-plan.tsx';
import type { PlanContent } from './plan-content.ts';
import { PlanEditor } from './plan-editor.tsx';
import { PlanPromptsPanel } from './plan-prompts-panel.tsx';
import { PlanStart } from './plan-start.tsx';
import { type Suggestion, PlanSuggestions } from './plan-suggestions.tsx';
import { PlanVersions } from './plan-versions.tsx';
import { SignPlanDialog } from './sign-plan-dialog.tsx';

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

  function startFromActive(): void {
    if (!active) return;
    setContent(active.content);
    setPrompts(active.prompts);
    setDirty(true);
    setEditorKey((k) => k + 1);
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
        <PlanStart
          hasActive={active !== null}
          summary={summary}
          onSummary={setSummary}
          planDate={planDate}
          onPlanDate={setPlanDate}
          onDraft={() => void draftFromSummary()}
          onStartFromActive={startFromActive}
        />
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
            <PlanPromptsPanel prompts={prompts} unplaced={unplaced} stale={dirty && draft !== null} />
            <PlanSuggestions content={content} suggestions={suggestions} onShowLibrary={() => void showLibrary()} onEdit={edit} />
          </aside>
        </div>
      ) : null}

      {active ? <ActivePlan plan={active} /> : null}
      {plans && plans.length > 1 ? <PlanVersions plans={plans} /> : null}

      {confirming && draft ? <SignPlanDialog version={draft.version} missing={prompts.length} onSign={() => void sign()} onClose={() => setConfirming(false)} /> : null}
    </div>
  );
}
