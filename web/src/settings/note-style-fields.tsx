// How notes are written: the default format and the voice of every note (length, client and
// clinician terms, pronouns, tense). Part of the Settings form; saved with it.
import type { ReactNode } from 'react';
import { FORMAT_KEYS } from '../../../src/compose/formats/formats.ts';
import type { FormatKey, Settings, Style } from '../api/types.ts';
import { FormField } from '../ui/form-field.tsx';
import { FORMAT_LABELS } from '../ui/format-names.ts';

const CLIENT_TERMS = ['client', 'patient'];

export function NoteStyleFields({ settings, onChange }: { settings: Settings; onChange: (settings: Settings) => void }): ReactNode {
  const setSettings = onChange;
  const style = settings.style ?? {};
  const setStyle = <K extends keyof Style>(key: K, value: Style[K]): void => setSettings({ ...settings, style: { ...style, [key]: value } });
  // A client term set elsewhere (a name, say) stays selectable.
  const customTerm = style.clientTerm !== undefined && !CLIENT_TERMS.includes(style.clientTerm);

  return (
    <section className="panel stack" aria-labelledby="s-style">
      <h2 className="panel__title" id="s-style">
        How notes are written
      </h2>
      <div className="grid-2">
        <FormField label="Default format">
          <select value={settings.defaultFormat} onChange={(e) => setSettings({ ...settings, defaultFormat: e.target.value as FormatKey })}>
            {FORMAT_KEYS.map((k) => (
              <option key={k} value={k}>
                {FORMAT_LABELS[k].name} — {FORMAT_LABELS[k].description}
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
  );
}
