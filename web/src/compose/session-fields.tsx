// The session's date and time, above both input tabs on the Write page. The date starts as
// today's and is shown, editable; a date written in the summary fills it while the clinician has
// not set it themselves. What fills it is said beside it, so no date appears without their seeing it.
import type { ReactNode } from 'react';
import type { Worksheet } from '../api/types.ts';
import { formatDate } from '../ui/format-date.ts';
import { FormField } from '../ui/form-field.tsx';

export type SessionValue = Pick<Worksheet, 'date' | 'startTime' | 'endTime' | 'minutes'>;

/** Where the date in the control came from. */
export type DateSource = { kind: 'today' } | { kind: 'summary'; words: string; yearInferred: boolean } | { kind: 'clinician' };

interface SessionFieldsProps {
  value: SessionValue;
  dateSource: DateSource;
  onChange: (value: SessionValue, dateEdited: boolean) => void;
}

export function SessionFields({ value, dateSource, onChange }: SessionFieldsProps): ReactNode {
  const set = (patch: Partial<SessionValue>, dateEdited = false): void => {
    const next = { ...value, ...patch };
    for (const key of Object.keys(patch) as (keyof SessionValue)[]) if (next[key] === undefined) delete next[key];
    onChange(next, dateEdited);
  };
  return (
    <fieldset className="session-fields">
      <legend className="session-fields__legend">Session date and time</legend>
      <div className="session-fields__grid">
        <FormField label="Session date" hint={<DateHint value={value} source={dateSource} />}>
          <input type="date" value={value.date ?? ''} onChange={(e) => set({ date: e.target.value || undefined }, true)} />
        </FormField>
        <FormField label="Start">
          <input type="time" value={value.startTime ?? ''} onChange={(e) => set({ startTime: e.target.value || undefined })} />
        </FormField>
        <FormField label="End">
          <input type="time" value={value.endTime ?? ''} onChange={(e) => set({ endTime: e.target.value || undefined })} />
        </FormField>
        <FormField label="Minutes">
          <input
            type="number"
            min={1}
            max={600}
            inputMode="numeric"
            value={value.minutes ?? ''}
            onChange={(e) => set({ minutes: e.target.value ? Number(e.target.value) : undefined })}
          />
        </FormField>
      </div>
    </fieldset>
  );
}

function DateHint({ value, source }: { value: SessionValue; source: DateSource }): ReactNode {
  // Polite: a screen reader hears the date change when the summary fills it.
  return (
    <span aria-live="polite" className="session-fields__hint">
      {!value.date
        ? 'No date: the note will ask for the date of service.'
        : source.kind === 'today'
          ? "Today's date. Change it if the session was on another day."
          : source.kind === 'summary'
            ? `From your summary ("${source.words}")${source.yearInferred ? `, read as ${formatDate(value.date)}` : ''}. Change it if that is wrong.`
            : null}
    </span>
  );
}
