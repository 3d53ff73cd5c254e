// Add or edit a client: display name (initials are fine), pronouns, diagnoses, preferred format
// and free-text context the clinician wants carried into notes.
import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { FORMAT_KEYS } from '../../../src/compose/formats/formats.ts';
import type { Client, ClientInput } from '../api/types.ts';
import { ErrorBanner } from '../ui/error-banner.tsx';
import { FormField } from '../ui/form-field.tsx';
import { FORMAT_LABELS } from '../ui/format-names.ts';
import { Icd10Picker } from './icd10-picker.tsx';

interface ClientFormProps {
  client?: Client | undefined;
  onSave: (input: ClientInput) => Promise<void>;
  onCancel: () => void;
  error?: string | null;
}

export function ClientForm({ client, onSave, onCancel, error }: ClientFormProps): ReactNode {
  const [displayName, setDisplayName] = useState(client?.displayName ?? '');
  const [realName, setRealName] = useState(client?.realName ?? '');
  const [pronouns, setPronouns] = useState(client?.pronouns ?? '');
  const [diagnoses, setDiagnoses] = useState(client?.diagnoses ?? []);
  const [preferredFormat, setPreferredFormat] = useState(client?.preferredFormat ?? '');
  const [context, setContext] = useState(client?.context ?? '');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    try {
      // null clears a field that had a value (PATCH); a new client simply leaves it out.
      const input: ClientInput = {
        displayName: displayName.trim(),
        realName: realName.trim() || null,
        pronouns: (pronouns || null) as Client['pronouns'],
        diagnoses,
        preferredFormat: (preferredFormat || null) as Client['preferredFormat'],
        context: context.trim() || null,
      };
      await onSave(client ? input : (Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as ClientInput));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-label={client ? `Edit ${client.displayName}` : 'New client'}>
      <ErrorBanner message={error} />
      <div className="grid-2">
        <FormField label="Display name" hint="Initials or a first name are enough; this is what notes use.">
          <input required maxLength={100} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </FormField>
        <FormField label="Full name (optional)" hint="Kept encrypted; never sent anywhere.">
          <input maxLength={200} value={realName} onChange={(e) => setRealName(e.target.value)} />
        </FormField>
      </div>
      <div className="grid-2">
        <FormField label="Pronouns">
          <select value={pronouns} onChange={(e) => setPronouns(e.target.value)}>
            <option value="">Not specified</option>
            <option value="she">she / her</option>
            <option value="he">he / him</option>
            <option value="they">they / them</option>
          </select>
        </FormField>
        <FormField label="Preferred note format">
          <select value={preferredFormat} onChange={(e) => setPreferredFormat(e.target.value)}>
            <option value="">Use my default</option>
            {FORMAT_KEYS.map((key) => (
              <option key={key} value={key}>
                {FORMAT_LABELS[key].name} — {FORMAT_LABELS[key].description}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <Icd10Picker value={diagnoses} onChange={setDiagnoses} />
      <FormField label="Context for notes" hint="Anything you want Afterword to keep in mind, such as treatment focus or goals.">
        <textarea rows={4} maxLength={4000} value={context} onChange={(e) => setContext(e.target.value)} />
      </FormField>
      <div className="row row--end">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy || !displayName.trim()}>
          {busy ? 'Saving…' : client ? 'Save changes' : 'Add client'}
        </button>
      </div>
    </form>
  );
}
