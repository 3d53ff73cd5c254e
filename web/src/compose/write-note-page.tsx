// Write a note: choose a client and a format, set the session's date and time, give a typed
// post-session summary and/or the worksheet, then generate. The draft is stored and opened for review.
import { useEffect, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { findSessionDate } from '../../../src/compose/read/find-session-date.ts';
import { describeError } from '../api/api-error.ts';
import { DictateSummary } from '../dictation/dictate-summary.tsx';
import { api } from '../api/request.ts';
import type { Document, FormatKey, Note, Style, Worksheet } from '../api/types.ts';
import { navigate } from '../app/use-hash-route.ts';
import { useClients } from '../clients/use-clients.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { whenSignedOut } from '../session/sign-out-signal.ts';
import { PageHeader } from '../ui/page-header.tsx';
import { WorksheetForm } from '../worksheet/worksheet-form.tsx';
import { compactWorksheet, countWorksheetItems } from '../worksheet/worksheet-state.ts';
import { cutSummary } from './cut-summary.ts';
import { FormatPicker } from './format-picker.tsx';
import { InputTabs } from './input-tabs.tsx';
import { PlanGoalsPicker, type PlanProgressItem } from '../plans/plan-goals-picker.tsx';
import { PlanStatusNotice } from '../plans/plan-status-notice.tsx';
import { LastPlanCard } from './last-plan-card.tsx';
import { type DateSource, SessionFields, type SessionValue } from './session-fields.tsx';
import { useSettings } from './use-settings.ts';

const SUMMARY_LIMIT = 20_000;

interface PendingInput {
  clientId: string;
  format: FormatKey | null;
  summary: string;
  worksheet: Worksheet;
  session: SessionValue;
  dateSetByClinician: boolean;
}

/** Today on the clinician's own calendar (the browser's), as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const SESSION_KEYS = ['date', 'startTime', 'endTime', 'minutes'] as const;

// What the clinician typed but has not generated yet survives moving to another page and back.
// It lives in this tab's memory only: never in localStorage, sessionStorage or IndexedDB.
let pending: PendingInput | null = null;
whenSignedOut(() => {
  pending = null;
});

/** The schema (and zod with it) is fetched on the first Write, not with the page. */
async function loadWorksheetSchema(): Promise<typeof import('../../../src/worksheet/worksheet.schema.ts').ZWorksheet> {
  return (await import('../../../src/worksheet/worksheet.schema.ts')).ZWorksheet;
}

export function WriteNotePage({ initialClientId }: { initialClientId?: string | undefined }): ReactNode {
  const { clients } = useClients();
  const settings = useSettings();
  const restored = pending && (!initialClientId || initialClientId === pending.clientId) ? pending : null;
  const [clientId, setClientId] = useState(initialClientId ?? restored?.clientId ?? '');
  const [format, setFormat] = useState<FormatKey>(restored?.format ?? 'soap');
  const [formatTouched, setFormatTouched] = useState(Boolean(restored?.format));
  const [tab, setTab] = useState('text');
  const [summary, setSummary] = useState(restored?.summary ?? '');
  const [worksheet, setWorksheet] = useState<Worksheet>(restored?.worksheet ?? {});
  const today = useMemo(localToday, []);
  const [session, setSession] = useState<SessionValue>(restored?.session ?? { date: today });
  const [dateSetByClinician, setDateSetByClinician] = useState(restored?.dateSetByClinician ?? false);
  const [useContext, setUseContext] = useState(true);
  const [busy, setBusy] = useState<null | 'compose' | 'save'>(null);
  const [error, setError] = useState<string | null>(null);

  const client = clients?.find((c) => c.id === clientId);
  // The plan goals ticked for this session belong to the client they were ticked for.
  const [planProgress, setPlanProgress] = useState<PlanProgressItem[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client starts with nothing ticked
  useEffect(() => setPlanProgress([]), [clientId]);
  // Archived (discharged) clients are not offered; one chosen before it was archived stays shown.
  const pickable = clients?.filter((c) => !c.archivedAt || c.id === clientId);

  // A date written in the summary fills the date control until the clinician sets it themselves;
  // without one, the control shows today's date. Either way it is on screen and editable.
  const fromSummary = useMemo(() => findSessionDate(summary, { today }), [summary, today]);
  const dateSource: DateSource = dateSetByClinician
    ? { kind: 'clinician' }
    : fromSummary?.date
      ? { kind: 'summary', words: fromSummary.text, yearInferred: fromSummary.yearInferred }
      : { kind: 'today' };
  useEffect(() => {
    if (dateSetByClinician) return;
    const date = fromSummary?.date ?? today;
    setSession((s) => (s.date === date ? s : { ...s, date }));
  }, [fromSummary, dateSetByClinician, today]);

  // The client's preferred format, else the clinician's default, until the clinician picks one.
  useEffect(() => {
    if (formatTouched) return;
    setFormat(client?.preferredFormat ?? settings?.defaultFormat ?? 'soap');
  }, [client, settings, formatTouched]);

  // A longer summary stays in the box in full; the note is written from its start, and the page
  // says before generating what is left out (no silent cut by the text box's own limit).
  const cut = useMemo(() => cutSummary(summary, SUMMARY_LIMIT), [summary]);
  const sentSummary = cut ? cut.kept : summary;
  const worksheetCount = countWorksheetItems(worksheet);
  const hasInput = summary.trim().length > 0 || worksheetCount > 0;

  // Keep the unsent input in memory, and ask before the tab is closed with it.
  useEffect(() => {
    pending = hasInput ? { clientId, format: formatTouched ? format : null, summary, worksheet, session, dateSetByClinician } : null;
  }, [hasInput, clientId, format, formatTouched, summary, worksheet, session, dateSetByClinician]);
  useEffect(() => {
    if (!hasInput) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasInput]);

  async function generate(event: FormEvent): Promise<void> {
    event.preventDefault();
    setError(null);
    // The session's date and time travel in the worksheet's own session fields.
    const ws = compactWorksheet({ ...worksheet, ...session });
    const wsGiven = Object.keys(ws).length > 0;
    if (wsGiven) {
      const ZWorksheet = await loadWorksheetSchema().catch(() => null);
      if (!ZWorksheet) return setError('Afterword could not load the worksheet check. Check that it is still running, then try again.');
      const parsed = ZWorksheet.safeParse(ws);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const inSession = (SESSION_KEYS as readonly unknown[]).includes(issue?.path[0]);
        if (!inSession) setTab('worksheet');
        return setError(`${inSession ? 'Session' : 'Worksheet'}: ${issue?.path.join(' › ') ?? ''} ${issue?.message ?? 'is not valid'}`.trim());
      }
    }
    const style: Style = { ...(settings?.style ?? {}), ...(client?.pronouns ? { pronouns: client.pronouns } : {}) };
    const body = {
      format,
      style,
      ...(sentSummary.trim() ? { summary: sentSummary } : {}),
      ...(wsGiven ? { worksheet: ws } : {}),
    };
    try {
      setBusy('compose');
      const document = await api.post<Document>('/api/compose', {
        ...body,
        ...(clientId && useContext ? { clientId } : {}),
        ...(clientId && planProgress.length ? { planProgress: { clientId, items: planProgress } } : {}),
      });
      setBusy('save');
      const { note } = await api.post<{ note: Note }>('/api/notes', {
        ...(clientId ? { clientId } : {}),
        format,
        ...(sentSummary.trim() ? { summary: sentSummary } : {}),
        ...(wsGiven ? { worksheet: ws } : {}),
        document,
      });
      pending = null;
      setSummary('');
      setWorksheet({});
      setSession({ date: today });
      setDateSetByClinician(false);
      navigate(`/notes/${note.id}`);
    } catch (e) {
      // Everything typed stays in this page's state; nothing is lost.
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <form className="page" onSubmit={generate}>
      <PageHeader title="Write a note" lead="From your own words after the session. Afterword never records sessions." />
      <ErrorBanner message={error} />
      <div className="write">
        <div className="write__main stack">
          <div className="panel stack">
            <div className="grid-2 grid-2--wide-left">
              <div className="field">
                <label className="field__label" htmlFor="write-client">
                  Client
                </label>
                <select id="write-client" value={clientId} onChange={(e) => setClientId(e.target.value)}>
                  <option value="">No client (a note without a profile)</option>
                  {pickable?.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.displayName}
                      {c.archivedAt ? ' (archived)' : ''}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <FormatPicker
              value={format}
              onChange={(f) => {
                setFormat(f);
                setFormatTouched(true);
              }}
            />
          </div>

          <div className="panel">
            <SessionFields
              value={session}
              dateSource={dateSource}
              onChange={(next, dateEdited) => {
                setSession(next);
                if (dateEdited) setDateSetByClinician(true);
              }}
            />
          </div>

          <div className="panel panel--flush">
            <InputTabs
              label="Input"
              active={tab}
              onChange={setTab}
              tabs={[
                {
                  key: 'text',
                  label: (
                    <>
                      Text{summary.trim() ? <span className="count">✓</span> : null}
                    </>
                  ),
                  panel: (
                    <div className="field">
                      <label className="field__label" htmlFor="summary">
                        Post-session summary
                      </label>
                      <p className="field__hint" id="summary-hint">
                        Type what mattered, in your own shorthand: what the client reported, what you observed and did, how they
                        responded, risk, and the plan. This is your summary after the session, not a recording. Ctrl+Enter
                        generates.
                      </p>
                      <DictateSummary onTranscript={(text) => setSummary((s) => (s.trim() ? `${s.trimEnd()}\n${text}` : text))} />
                      <textarea
                        id="summary"
                        className="summary-input"
                        aria-describedby={`summary-hint summary-count${cut ? ' summary-cut' : ''}`}
                        rows={14}
                        spellCheck
                        value={summary}
                        onChange={(e) => setSummary(e.target.value)}
                        onKeyDown={(e) => {
                          // Ctrl+Enter (⌘+Enter) generates from the keyboard.
                          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                            e.preventDefault();
                            e.currentTarget.form?.requestSubmit();
                          }
                        }}
                        placeholder="53 min telehealth indiv. Pt reports sleep improved, still worried about work. Used CBT thought record; pt engaged. Denies SI/HI. HW: thought record x3. F/u 1 wk."
                      />
                      <p className={`field__hint align-end${cut ? ' is-over' : ''}`} id="summary-count">
                        {summary.length.toLocaleString()} / {SUMMARY_LIMIT.toLocaleString()} characters
                      </p>
                      {cut ? (
                        <div className="summary-cut" id="summary-cut" role="alert">
                          <p>
                            <strong>
                              This summary is {cut.cutChars.toLocaleString()} characters too long for one note.
                            </strong>{' '}
                            The note will be written from the first {cut.kept.length.toLocaleString()} characters, which end with “…
                            {cut.lastWordsKept}”. The last {cut.cutChars.toLocaleString()} characters, from “{cut.firstWordsCut}…”, will be
                            left out.
                          </p>
                          <p>Your full text stays here: shorten it, or move the rest into a second note.</p>
                        </div>
                      ) : null}
                    </div>
                  ),
                },
                {
                  key: 'worksheet',
                  label: (
                    <>
                      Worksheet{worksheetCount > 0 ? <span className="count">{worksheetCount}</span> : null}
                    </>
                  ),
                  panel: <WorksheetForm value={worksheet} onChange={setWorksheet} />,
                },
              ]}
            />
          </div>
        </div>

        <aside className="write__aside stack" aria-label="Context">
          <div className="panel stack">
            <h2 className="panel__title">Context</h2>
            {client ? (
              <>
                <p className="small">
                  <strong>{client.displayName}</strong>
                  {client.diagnoses?.length ? ` · ${client.diagnoses.map((d) => d.code).join(', ')}` : ''}
                </p>
                <PlanStatusNotice clientId={client.id} />
                <PlanGoalsPicker clientId={client.id} value={planProgress} onChange={setPlanProgress} />
                <LastPlanCard clientId={client.id} />
                <label className="check-line">
                  <input type="checkbox" checked={useContext} onChange={(e) => setUseContext(e.target.checked)} />
                  Use {client.displayName}'s profile and last plan as context
                </label>
              </>
            ) : (
              <p className="muted small">Choose a client to see the last session's plan and homework here.</p>
            )}
          </div>
          <div className="panel stack generate-card">
            <p className="small muted">
              Text and worksheet can be combined. Nothing you did not write or tick will appear in the note.
            </p>
            <button type="submit" className="button button--primary button--large" disabled={!hasInput || busy !== null}>
              {busy === 'compose'
                ? 'Writing the note…'
                : busy === 'save'
                  ? 'Saving draft…'
                  : cut
                    ? `Generate from the first ${cut.kept.length.toLocaleString()} characters`
                    : 'Generate note'}
            </button>
          </div>
        </aside>
      </div>
    </form>
  );
}
