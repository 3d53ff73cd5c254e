// Settings › Copy note: which header fields the copied note starts with, section titles as
// written or in capitals, and plain or rich text on the clipboard. The PDF always has them all.
import type { ReactNode } from 'react';
import { DEFAULT_COPY_LAYOUT, HEADER_FIELDS, type HeaderField, type TCopyLayout } from '../../../src/note-export/index.ts';
import { FormField } from '../ui/form-field.tsx';

const FIELD_LABELS: Record<HeaderField, string> = {
  date: 'Date of service',
  time: 'Time and minutes',
  service: 'Service type and modality',
  cpt: 'CPT code (suggested)',
  diagnoses: 'Diagnoses (ICD-10)',
};

export function CopyLayoutFields({ value, onChange }: { value: TCopyLayout | undefined; onChange: (layout: TCopyLayout) => void }): ReactNode {
  const layout = value ?? DEFAULT_COPY_LAYOUT;
  return (
    <>
      <fieldset className="ws-group">
        <legend>Start the copied note with</legend>
        <div className="copy-layout__fields">
          {HEADER_FIELDS.map((field) => (
            <label key={field} className="check-line">
              <input type="checkbox" checked={layout.header[field]} onChange={(e) => onChange({ ...layout, header: { ...layout.header, [field]: e.target.checked } })} />
              {FIELD_LABELS[field]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid-2">
        <FormField label="Section titles">
          <select value={layout.titles} onChange={(e) => onChange({ ...layout, titles: e.target.value as TCopyLayout['titles'] })}>
            <option value="as_written">As written (“Subjective”)</option>
            <option value="capitals">In capitals (“SUBJECTIVE”)</option>
          </select>
        </FormField>
        <FormField label="Clipboard" hint="Rich text keeps bold titles in EHRs with a formatted editor; plain fields still get plain text.">
          <select value={layout.clipboard} onChange={(e) => onChange({ ...layout, clipboard: e.target.value as TCopyLayout['clipboard'] })}>
            <option value="plain">Plain text</option>
            <option value="rich">Rich text (with plain text)</option>
          </select>
        </FormField>
      </div>
    </>
  );
}
