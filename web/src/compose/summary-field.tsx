// The Write page's Text tab: the post-session summary, typed or dictated, with its length and,
// when it is too long for one note, exactly what will be left out (never a silent cut).
import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { DictateSummary } from '../dictation/dictate-summary.tsx';
import { formatCount } from '../ui/format-count.ts';
import type { SummaryCut } from './cut-summary.ts';

interface SummaryFieldProps {
  summary: string;
  onChange: Dispatch<SetStateAction<string>>;
  limit: number;
  cut: SummaryCut | null;
}

export function SummaryField({ summary, onChange, limit, cut }: SummaryFieldProps): ReactNode {
  return (
    <div className="field">
      <label className="field__label" htmlFor="summary">
        Post-session summary
      </label>
      <p className="field__hint" id="summary-hint">
        Type what mattered, in your own shorthand: what the client reported, what you observed and did, how they responded, risk, and the
        plan. This is your summary after the session, not a recording. Ctrl+Enter generates.
      </p>
      <DictateSummary onTranscript={(text) => onChange((s) => (s.trim() ? `${s.trimEnd()}\n${text}` : text))} />
      <textarea
        id="summary"
        className="summary-input"
        aria-describedby={`summary-hint summary-count${cut ? ' summary-cut' : ''}`}
        rows={14}
        spellCheck
        value={summary}
        onChange={(e) => onChange(e.target.value)}
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
        {formatCount(summary.length)} / {formatCount(limit)} characters
      </p>
      {cut ? (
        <div className="summary-cut" id="summary-cut" role="alert">
          <p>
            <strong>This summary is {formatCount(cut.cutChars)} characters too long for one note.</strong> The note will be written from
            the first {formatCount(cut.kept.length)} characters, which end with “…{cut.lastWordsKept}”. The last{' '}
            {formatCount(cut.cutChars)} characters, from “{cut.firstWordsCut}…”, will be left out.
          </p>
          <p>Your full text stays here: shorten it, or move the rest into a second note.</p>
        </div>
      ) : null}
    </div>
  );
}
