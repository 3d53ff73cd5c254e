// Checks a time zone named by a client (the browser says which zone its user reads times in).

/**
 * True for an IANA time zone this runtime knows ("America/New_York", "UTC").
 * @example isTimeZone('Europe/Paris'); // true
 */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
