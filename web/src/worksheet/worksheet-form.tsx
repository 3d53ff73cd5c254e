// The worksheet schema as a fast checkbox form: every option list comes from
// src/worksheet/worksheet-options.ts, so adding an option there adds it here.
import { useState } from 'react';
import type { ReactNode } from 'react';
import {
  INTERVENTION_OPTIONS,
  MSE_OPTIONS,
  PROGRESS_OPTIONS,
  RESPONSE_OPTIONS,
  SERVICE_TYPES,
  SESSION_MODALITIES,
} from '../../../src/worksheet/worksheet-options.ts';
import type { InterventionModality, MseDomain } from '../../../src/worksheet/worksheet-options.ts';
import type { Worksheet } from '../api/types.ts';
import { CheckChip } from './check-chip.tsx';
import { LinesField } from './lines-field.tsx';
import { toggleValue } from './worksheet-state.ts';
import { FormField } from '../ui/form-field.tsx';

type Risk = NonNullable<Worksheet['risk']>;
type Mse = NonNullable<Worksheet['mse']>;

const MSE_LABELS: Record<MseDomain, string> = {
  appearance: 'Appearance',
  behavior: 'Behavior',
  eyeContact: 'Eye contact',
  speech: 'Speech',
  mood: 'Mood',
  affect: 'Affect',
  thoughtProcess: 'Thought process',
  thoughtContent: 'Thought content',
  perception: 'Perception',
  orientation: 'Orientation',
  insight: 'Insight',
  judgment: 'Judgment',
};

const MODALITY_LABELS: Record<(typeof SESSION_MODALITIES)[number], string> = { in_person: 'In person', video: 'Video', phone: 'Phone' };
const STATUS_LABELS: Record<string, string> = {
  denied: 'Denied',
  passive: 'Passive',
  active: 'Active',
  present: 'Present',
  history: 'History only',
  not_assessed: 'Not assessed',
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface WorksheetFormProps {
  value: Worksheet;
  onChange: (value: Worksheet) => void;
}

export function WorksheetForm({ value, onChange }: WorksheetFormProps): ReactNode {
  const [filter, setFilter] = useState('');
  const set = <K extends keyof Worksheet>(key: K, v: Worksheet[K]): void => onChange({ ...value, [key]: v });
  const setMse = (domain: MseDomain, list: string[]): void => set('mse', { ...(value.mse ?? {}), [domain]: list } as Mse);
  const setRisk = <K extends keyof Risk>(key: K, v: Risk[K]): void => set('risk', { ...(value.risk ?? {}), [key]: v });
  const risk = value.risk ?? {};
  const interventions = value.interventions ?? [];
  const hasIntervention = (modality: InterventionModality, name: string): boolean =>
    interventions.some((i) => i.modality === modality && i.name === name);
  const toggleIntervention = (modality: InterventionModality, name: string, on: boolean): void =>
    set(
      'interventions',
      on ? [...interventions, { modality, name }] : interventions.filter((i) => !(i.modality === modality && i.name === name)),
    );
  const q = filter.trim().toLowerCase();

  return (
    <div className="worksheet">
      <details className="ws-section" open>
        <summary>Session</summary>
        {/* The date, start, end and minutes are set above the input tabs (compose/session-fields.tsx). */}
        <fieldset className="ws-group">
          <legend>Service</legend>
          <div className="chips-row">
            {SERVICE_TYPES.map((t) => (
              <CheckChip
                key={t}
                type="radio"
                name="ws-service"
                label={capital(t)}
                checked={value.serviceType === t}
                onChange={() => set('serviceType', t)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="ws-group">
          <legend>Modality</legend>
          <div className="chips-row">
            {SESSION_MODALITIES.map((m) => (
              <CheckChip
                key={m}
                type="radio"
                name="ws-modality"
                label={MODALITY_LABELS[m]}
                checked={value.modality === m}
                onChange={() => set('modality', m)}
              />
            ))}
          </div>
        </fieldset>
        {value.modality === 'video' || value.modality === 'phone' ? (
          <div className="ws-grid">
            <FormField label="Client location">
              <input value={value.clientLocation ?? ''} onChange={(e) => set('clientLocation', e.target.value)} />
            </FormField>
            <label className="check-line">
              <input
                type="checkbox"
                checked={value.telehealthConsent ?? false}
                onChange={(e) => set('telehealthConsent', e.target.checked || undefined)}
              />
              Consent for telehealth confirmed
            </label>
          </div>
        ) : null}
        <LinesField
          label="Participants"
          hint="One per line, e.g. client, client's mother."
          value={value.participants ?? []}
          onChange={(list) => set('participants', list)}
        />
      </details>

      <details className="ws-section" open>
        <summary>Mental status</summary>
        <p className="muted small">Tick only what you observed. Nothing unticked is written as normal.</p>
        {(Object.keys(MSE_OPTIONS) as MseDomain[]).map((domain) => (
          <fieldset key={domain} className="ws-group ws-group--inline">
            <legend>{MSE_LABELS[domain]}</legend>
            <div className="chips-row">
              {MSE_OPTIONS[domain].map((option) => {
                const list = (value.mse?.[domain] ?? []) as string[];
                return (
                  <CheckChip
                    key={option}
                    label={option}
                    checked={list.includes(option)}
                    onChange={(on) => setMse(domain, toggleValue(list, option, on))}
                  />
                );
              })}
            </div>
          </fieldset>
        ))}
      </details>

      <details className="ws-section" open>
        <summary>Risk</summary>
        <p className="muted small">Leave a row empty if it was not assessed; Afterword never assumes a denial.</p>
        {(
          [
            ['si', 'Suicidal ideation', ['denied', 'passive', 'active', 'not_assessed']],
            ['hi', 'Homicidal ideation', ['denied', 'present', 'not_assessed']],
            ['selfHarm', 'Self-harm', ['denied', 'present', 'history', 'not_assessed']],
          ] as const
        ).map(([key, label, options]) => (
          <fieldset key={key} className="ws-group ws-group--inline">
            <legend>{label}</legend>
            <div className="chips-row">
              {options.map((o) => (
                <CheckChip
                  key={o}
                  type="radio"
                  name={`ws-risk-${key}`}
                  label={STATUS_LABELS[o] ?? o}
                  checked={risk[key] === o}
                  onChange={() => setRisk(key, o as never)}
                />
              ))}
              {risk[key] ? (
                <button type="button" className="link-button small" onClick={() => setRisk(key, undefined)}>
                  Clear
                </button>
              ) : null}
            </div>
          </fieldset>
        ))}
        {risk.si === 'passive' || risk.si === 'active' ? (
          <fieldset className="ws-group ws-group--inline">
            <legend>Ideation details</legend>
            <div className="chips-row">
              {(['plan', 'intent', 'means'] as const).map((k) => (
                <CheckChip key={k} label={`${capital(k)} reported`} checked={risk[k] ?? false} onChange={(on) => setRisk(k, on || undefined)} />
              ))}
            </div>
          </fieldset>
        ) : null}
        <fieldset className="ws-group ws-group--inline">
          <legend>Risk level (your judgment)</legend>
          <div className="chips-row">
            {(['low', 'moderate', 'high'] as const).map((l) => (
              <CheckChip key={l} type="radio" name="ws-risk-level" label={capital(l)} checked={risk.level === l} onChange={() => setRisk('level', l)} />
            ))}
          </div>
        </fieldset>
        <div className="grid-2">
          <LinesField
            label="Protective factors"
            hint="One per line."
            value={risk.protectiveFactors ?? []}
            onChange={(list) => setRisk('protectiveFactors', list)}
          />
          <LinesField
            label="Safety plan actions"
            hint="One per line."
            value={risk.safetyPlan ?? []}
            onChange={(list) => setRisk('safetyPlan', list)}
          />
        </div>
      </details>

      <details className="ws-section" open>
        <summary>
          Interventions{interventions.length > 0 ? <span className="count">{interventions.length}</span> : null}
        </summary>
        <FormField label="Find an intervention" className="ws-filter">
          <input type="search" placeholder="e.g. grounding, chain analysis" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </FormField>
        {(Object.keys(INTERVENTION_OPTIONS) as InterventionModality[]).map((modality) => {
          const options = INTERVENTION_OPTIONS[modality].filter((o) => !q || o.toLowerCase().includes(q) || modality.toLowerCase().includes(q));
          if (options.length === 0) return null;
          const ticked = interventions.filter((i) => i.modality === modality).length;
          return (
            <details key={modality} className="ws-modality" open={Boolean(q) || ticked > 0 || modality === 'General' || modality === 'CBT'}>
              <summary>
                {modality}
                {ticked > 0 ? <span className="count">{ticked}</span> : null}
              </summary>
              <fieldset className="ws-group ws-group--bare">
                <legend className="visually-hidden">{modality} interventions</legend>
                <div className="chips-row">
                  {options.map((name) => (
                    <CheckChip
                      key={name}
                      label={name}
                      checked={hasIntervention(modality, name)}
                      onChange={(on) => toggleIntervention(modality, name, on)}
                    />
                  ))}
                </div>
              </fieldset>
            </details>
          );
        })}
      </details>

      <details className="ws-section" open>
        <summary>Response and progress</summary>
        <fieldset className="ws-group ws-group--inline">
          <legend>Client response</legend>
          <div className="chips-row">
            {RESPONSE_OPTIONS.map((r) => (
              <CheckChip
                key={r}
                label={r}
                checked={value.response?.includes(r) ?? false}
                onChange={(on) => set('response', toggleValue(value.response, r, on))}
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="ws-group ws-group--inline">
          <legend>Progress toward goals</legend>
          <div className="chips-row">
            {PROGRESS_OPTIONS.map((p) => (
              <CheckChip key={p} type="radio" name="ws-progress" label={p} checked={value.progress === p} onChange={() => set('progress', p)} />
            ))}
          </div>
        </fieldset>
      </details>

      <details className="ws-section" open>
        <summary>Goals, homework and plan</summary>
        <div className="grid-2">
          <LinesField label="Goals worked on" hint="One per line." value={value.goals ?? []} onChange={(l) => set('goals', l)} />
          <LinesField label="Homework" hint="One per line." value={value.homework ?? []} onChange={(l) => set('homework', l)} />
          <LinesField label="Plan" hint="One per line." value={value.plan ?? []} onChange={(l) => set('plan', l)} />
          <FormField label="Next appointment">
            <input value={value.nextAppointment ?? ''} onChange={(e) => set('nextAppointment', e.target.value)} placeholder="e.g. one week" />
          </FormField>
        </div>
        <LinesField
          label="Diagnosis codes"
          hint="ICD-10-CM codes as given, one per line, e.g. F41.1."
          value={value.diagnoses ?? []}
          onChange={(l) => set('diagnoses', l.map((c) => c.toUpperCase()))}
        />
      </details>
    </div>
  );
}

