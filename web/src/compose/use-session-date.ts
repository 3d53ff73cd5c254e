// The Write page's session date and times. A date written in the summary fills the date control
// until the clinician sets it themselves; without one, the control shows today's date. Either way
// it is on screen and editable, and the page says where it came from.
import { useEffect, useMemo, useState } from 'react';
import { findSessionDate } from '../../../src/compose/read/find-session-date.ts';
import type { PendingInput } from './pending-input.ts';
import type { DateSource, SessionValue } from './session-fields.tsx';

export interface SessionDate {
  session: SessionValue;
  dateSource: DateSource;
  dateSetByClinician: boolean;
  /** From the session fields: a date edited there is the clinician's from then on. */
  change: (next: SessionValue, dateEdited: boolean) => void;
  /** After a note is generated: today's date again, free to be filled from the next summary. */
  reset: () => void;
}

/** Today on the clinician's own calendar (the browser's), as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function useSessionDate(summary: string, restored: PendingInput | null): SessionDate {
  const today = useMemo(localToday, []);
  const [session, setSession] = useState<SessionValue>(restored?.session ?? { date: today });
  const [dateSetByClinician, setDateSetByClinician] = useState(restored?.dateSetByClinician ?? false);
  // An empty box has no date; skipping it also keeps the reader's patterns out of the first paint.
  const fromSummary = useMemo(() => (summary.trim() ? findSessionDate(summary, { today }) : undefined), [summary, today]);
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

  return {
    session,
    dateSource,
    dateSetByClinician,
    change(next, dateEdited) {
      setSession(next);
      if (dateEdited) setDateSetByClinician(true);
    },
    reset() {
      setSession({ date: today });
      setDateSetByClinician(false);
    },
  };
}
