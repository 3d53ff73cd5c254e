// Regenerate the draft with another format, length or voice. The clinician's edits are kept
// unless they choose to discard them.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { FORMAT_KEYS } from '../../../src/compose/formats/formats.ts';
import type { FormatKey, Style } from '../api/types.ts';
import { FormField } from '../ui/form-field.tsx';
import { FORMAT_LABELS } from '../ui/format-names.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';

export interface RegenerateChoice {
  format: FormatKey;
  style: Style;
  keepEdits: boolean;
}

interface RegeneratePanelProps {
  format: FormatKey;
  style: Style;
  edits: number;
  busy: boolean;
  onRegenerate: (choice: RegenerateChoice) => void;
}

export function RegeneratePanel({ format: initialFormat, style: initialStyle, edits, busy, onRegenerate }: RegeneratePanelProps): ReactNode {
  const [format, setFormat] = useState<FormatKey>(initialFormat);
  const [length, setLength] = useState<NonNullable<Style['length']>>(initialStyle.length ?? 'standard');
  const [tense, setTense] = useState<NonNullable<Style['tense']>>(initialStyle.tense ?? 'past');
  const [clinicianTerm, setClinicianTerm] = useState<NonNullable<Style['clinicianTerm']>>(initialStyle.clinicianTerm ?? 'therapist');
  const [asking, setAsking] = useState(false);
  const style: Style = { ...initialStyle, length, tense, clinicianTerm };

  return (
    <div className="regenerate">
      <h2 className="panel__title">Regenerate</h2>
      <div className="regenerate__grid">
        <FormField label="Format">
          <select value={format} onChange={(e) => setFormat(e.target.value as FormatKey)}>
            {FORMAT_KEYS.map((k) => (
              <option key={k} value={k}>
                {FORMAT_LABELS[k].name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label="Length">
          <select value={length} onChange={(e) => setLength(e.target.value as typeof length)}>
            <option value="brief">Brief</option>
            <option value="standard">Standard</option>
            <option value="detailed">Detailed</option>
          </select>
        </FormField>
        <FormField label="Tense">
          <select value={tense} onChange={(e) => setTense(e.target.value as typeof tense)}>
            <option value="past">Past</option>
            <option value="present">Present</option>
          </select>
        </FormField>
        <FormField label="You are">
          <select value={clinicianTerm} onChange={(e) => setClinicianTerm(e.target.value as typeof clinicianTerm)}>
            <option value="therapist">“Therapist”</option>
            <option value="clinician">“Clinician”</option>
            <option value="this writer">“This writer”</option>
          </select>
        </FormField>
      </div>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => (edits > 0 ? setAsking(true) : onRegenerate({ format, style, keepEdits: false }))}
      >
        {busy ? 'Regenerating…' : 'Regenerate draft'}
      </button>
      {asking ? (
        <ModalDialog
          title="Keep your edits?"
          onClose={() => setAsking(false)}
          actions={
            <>
              <button type="button" className="button button--quiet" onClick={() => setAsking(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button--danger-quiet"
                onClick={() => {
                  setAsking(false);
                  onRegenerate({ format, style, keepEdits: false });
                }}
              >
                Discard my edits
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setAsking(false);
                  onRegenerate({ format, style, keepEdits: true });
                }}
              >
                Keep my edits
              </button>
            </>
          }
        >
          <p>
            You changed {edits === 1 ? 'one sentence' : `${edits} sentences`} in this draft. Afterword can carry your sentences into the new
            draft, or start again from your summary and worksheet.
          </p>
        </ModalDialog>
      ) : null}
    </div>
  );
}
