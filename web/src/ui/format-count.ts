// Counts in the interface's English, grouped by commas, without Intl. The first toLocaleString()
// on a page sets up the browser's number formatting (ICU), about 100 ms of main thread on a
// mid-range phone, and the Write page's character count used to pay it on first paint (issue 9).

/**
 * A whole number with thousands separated by commas.
 * @example formatCount(20000); // '20,000'
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ',');
}
