// A time of the 24-hour clock said as clinicians and EHR fields read it ("14:10" -> "2:10 pm").

/** 14, 10 -> "2:10 pm". */
export function twelveHour(hour: number, minute: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'am' : 'pm'}`;
}
