// Settings: the voice of notes (note-style-fields.tsx), default format, copy layout, retention,
// name and credentials; security (security-panel.tsx), the user's own model, data flow, colleagues.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Settings } from '../api/types.ts';
import { useSession, useUser } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { Loading } from '../ui/loading.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { ColleaguesPanel } from './colleagues-panel.tsx';
import { CopyLayoutFields } from './copy-layout-fields.tsx';
import { DictationSettingsPanel } from './dictation-settings-panel.tsx';
import { DataFlowPanel } from './data-flow-panel.tsx';
import { ModelPanel } from './model-panel.tsx';
import { NoteStyleFields } from './note-style-fields.tsx';
import { SecurityPanel } from './security-panel.tsx';

/** Late-entry thresholds offered, in hours after the session ended (the API takes any from 1 to 720). */
const LATE_ENTRY_HOURS = [24, 48, 72, 168];

export function SettingsPage(): ReactNode {
  const user = useUser();
  const { refreshUser } = useSession();
  const toast = useToast();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dataFlowVersion, setDataFlowVersion] = useState(0);

  useEffect(() => {
    api.get<{ settings: Settings }>('/api/settings').then(
      (r) => setSettings(r.settings),
      (e) => setError(describeError(e)),
    );
  }, []);

  if (!settings) return <div className="page">{error ? <ErrorBanner message={error} /> : <Loading />}</div>;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!settings) return;
    setBusy(true);
    setError(null);
    try {
      const { settings: saved } = await api.put<{ settings: Settings }>('/api/settings', settings);
      setSettings(saved);
      await refreshUser().catch(() => undefined);
      toast('Settings saved');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page page--narrow">
      <PageHeader title="Settings" />
      <ErrorBanner message={error} />
      <form className="stack" onSubmit={submit}>
        <section className="panel stack" aria-labelledby="s-you">
          <h2 className="panel__title" id="s-you">
            You
          </h2>
          <div className="grid-2">
            <FormField label="Name" hint="Shown when you sign a note.">
              <input required value={settings.name} onChange={(e) => setSettings({ ...settings, name: e.target.value })} />
            </FormField>
            <FormField label="Credentials" hint="For example LCSW, LPC, PsyD.">
              <input value={settings.credentials} onChange={(e) => setSettings({ ...settings, credentials: e.target.value })} />
            </FormField>
          </div>
        </section>

        <NoteStyleFields settings={settings} onChange={setSettings} />

        <section className="panel stack" aria-labelledby="s-copy">
          <h2 className="panel__title" id="s-copy">
            Copy note
          </h2>
          <p className="muted small">How “Copy note” lays a note out for your EHR. The signature, co-signature and addenda are always included.</p>
          <CopyLayoutFields value={settings.copyLayout} onChange={(copyLayout) => setSettings({ ...settings, copyLayout })} />
        </section>

        <section className="panel stack" aria-labelledby="s-retention">
          <h2 className="panel__title" id="s-retention">
            Retention
          </h2>
          <FormField
            label="Delete unsigned drafts and summaries after (days)"
            hint="Signed notes are kept until you delete them. Shorter is safer."
            className="field--short"
          >
            <input
              type="number"
              min={1}
              max={365}
              required
              value={settings.retentionDays}
              onChange={(e) => setSettings({ ...settings, retentionDays: Number(e.target.value) })}
            />
          </FormField>
        </section>

        <section className="panel stack" aria-labelledby="s-late-entry">
          <h2 className="panel__title" id="s-late-entry">
            Late entries
          </h2>
          <FormField
            label="Mark a note as a late entry when it is signed"
            hint="The mark, with the session date and the date signed, shows on the note, in the Notes list and in the copied note. It is fixed when you sign."
          >
            <select
              value={settings.lateEntryHours == null ? '' : String(settings.lateEntryHours)}
              onChange={(e) => setSettings({ ...settings, lateEntryHours: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">On a later day than the session</option>
              {settings.lateEntryHours != null && !LATE_ENTRY_HOURS.includes(settings.lateEntryHours) ? (
                <option value={String(settings.lateEntryHours)}>More than {settings.lateEntryHours} hours after the session</option>
              ) : null}
              {LATE_ENTRY_HOURS.map((h) => (
                <option key={h} value={String(h)}>
                  More than {h % 24 === 0 && h > 24 ? `${h / 24} days` : `${h} hours`} after the session
                </option>
              ))}
            </select>
          </FormField>
        </section>
        <div className="row row--end">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save settings'}
          </button>
        </div>
      </form>
      <DictationSettingsPanel onSaved={() => setDataFlowVersion((v) => v + 1)} />

      <SecurityPanel />
      <ModelPanel onSaved={() => setDataFlowVersion((v) => v + 1)} />
      <DataFlowPanel key={dataFlowVersion} />
      {user.role === 'owner' ? <ColleaguesPanel /> : null}
    </div>
  );
}
