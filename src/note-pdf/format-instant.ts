// Timestamps on an exported note, as the reader's clock shows them, with the zone named so a
// printed signature time is never ambiguous: "Dec 1, 2026, 9:44 AM EST".

const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/**
 * A formatter for `layoutNote`'s `formatInstant`; the process's own zone without one.
 * @example instantFormatter('America/New_York')('2026-12-01T14:44:00.000Z') // 'Dec 1, 2026, 9:44 AM EST'
 */
export function instantFormatter(timeZone?: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('en-US', { ...OPTIONS, ...(timeZone ? { timeZone } : {}) });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}
