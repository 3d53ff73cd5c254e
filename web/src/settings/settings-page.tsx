// Settings: the voice of notes, default format, copy layout, retention, name and credentials, second factor.
import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { FORMAT_KEYS } from '../../../src/compose/types.ts';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { FormatKey, Settings, Style } from '../api/types.ts';
import { useSession, useUser } from '../session/session-context.tsx';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { FORMAT_LABELS } from '../ui/format-names.ts';
import { Loading } from '../ui/loading.tsx';
import { PageHeader } from '../ui/page-header.tsx';
import { useToast } from '../ui/toast.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { ColleaguesPanel } from './colleagues-panel.tsx';
import { CopyLayoutFields } from './copy-layout-fields.tsx';
import { DictationSettingsPanel } from './dictation-settings-panel.tsx';
import { DataFlowPanel } from './data-flow-panel.tsx';
import { ModelPanel } from './model-panel.tsx';
import { TotpPanel } from './totp-panel.tsx';

const CLIENT_TERMS = ['client', 'patient'];

/** Late-entry thresholds offered, in hours after the session ended (the API takes any from 1 to 720). */
const LATE_ENTRY_HOURS = [24, 48, 72, 168];

export function SettingsPage(): ReactNode {
  const user = useUser();
  const { refreshUser, signOut } = useSession();
  const toast = useToast();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const [dataFlowVersion, setDataFlowVersion] = useState(0);

  useEffect(() => {
    api.get<{ settings: Settings }>('/api/settings').then(
      (r) => setSettings(r.settings),
      (e) => setError(describeError(e)),
    );
  }, []);

  if (!settings) return <div className="page">{error ? <ErrorBanner message={error} /> : <Loading />}</div>;

  const style = settings.style ?? {};
  const setStyle = <K extends keyof Style>(key: K, value: Style[K]): void => setSettings({ ...settings, style: { ...style, [key]: value } });
  const customTerm = style.clientTerm !== undefined && !CLIENT_TERMS.includes(style.clientTerm);

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

        <section className="panel stack" aria-labelledby="s-style">
          <h2 className="panel__title" id="s-style">
            How notes are written
          </h2>
          <div className="grid-2">
            <FormField label="Default format">
              <select value={settings.defaultFormat} onChange={(e) => setSettings({ ...settings, defaultFormat: e.target.value as FormatKey })}>
                {FORMAT_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {FORMAT_LABELS[k].name} — {FORMAT_LABELS[k].long}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField label="Length">
              <select value={style.length ?? 'standard'} onChange={(e) => setStyle('length', e.target.value as Style['length'])}>
                <option value="brief">Brief</option>
                <option value="standard">Standard</option>
                <option value="detailed">Detailed</option>
              </select>
            </FormField>
            <FormField label="Call the person you see">
              <select value={style.clientTerm ?? 'client'} onChange={(e) => setStyle('clientTerm', e.target.value)}>
                <option value="client">“Client”</option>
                <option value="patient">“Patient”</option>
                {customTerm ? <option value={style.clientTerm}>“{style.clientTerm}”</option> : null}
              </select>
            </FormField>
            <FormField label="Refer to yourself as">
              <select value={style.clinicianTerm ?? 'therapist'} onChange={(e) => setStyle('clinicianTerm', e.target.value as Style['clinicianTerm'])}>
                <option value="therapist">“Therapist”</option>
                <option value="clinician">“Clinician”</option>
                <option value="this writer">“This writer”</option>
              </select>
            </FormField>
            <FormField label="Default client pronouns" hint="A client's own pronouns in their profile take precedence.">
              <select value={style.pronouns ?? 'they'} onChange={(e) => setStyle('pronouns', e.target.value as Style['pronouns'])}>
                <option value="they">they / them</option>
                <option value="she">she / her</option>
                <option value="he">he / him</option>
              </select>
            </FormField>
            <FormField label="Tense">
              <select value={style.tense ?? 'past'} onChange={(e) => setStyle('tense', e.target.value as Style['tense'])}>
                <option value="past">Past (“Client reported…”)</option>
                <option value="present">Present (“Client reports…”)</option>
              </select>
            </FormField>
          </div>
        </section>

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

      <section className="panel stack" aria-labelledby="s-security">
        <h2 className="panel__title" id="s-security">
          Security
        </h2>
        <div className="stack">
          <div className="row row--between security-row">
            <div>
              <h3 className="subhead">Password</h3>
              <p className="muted small">Changing it signs you out on your other browsers and devices.</p>
            </div>
            {!changingPassword ? (
              <button type="button" className="button" onClick={() => setChangingPassword(true)}>
                Change password
              </button>
            ) : null}
          </div>
          {changingPassword ? (
            <ChangePasswordForm
              currentLabel="Current password"
              submitLabel="Change password"
              onCancel={() => setChangingPassword(false)}
              onChanged={() => {
                setChangingPassword(false);
                toast('Password changed');
              }}
            />
          ) : null}
        </div>
        <TotpPanel enabled={Boolean(user.totpEnabled)} onChanged={() => void refreshUser().catch(() => undefined)} />
        <div className="row row--between security-row">
          <div>
            <h3 className="subhead">Sign out everywhere</h3>
            <p className="muted small">Ends your sessions on every browser and device, including this one.</p>
          </div>
          <button type="button" className="button" onClick={() => void signOut(true)}>
            Sign out everywhere
          </button>
        </div>
      </section>
      <ModelPanel onSaved={() => setDataFlowVersion((v) => v + 1)} />
      <DataFlowPanel key={dataFlowVersion} />
      {user.role === 'owner' ? <ColleaguesPanel /> : null}
    </div>
  );
}
