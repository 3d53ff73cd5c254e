// Session times as the Notes list and exported notes show them: a clinician reads "2:05 pm", not "14:05".
import { describe, expect, it } from 'vitest';
import { twelveHour } from '../../src/note-export/twelve-hour.ts';

describe('twelveHour', () => {
  it('writes afternoon, morning, noon and midnight as a clinician reads them', () => {
    expect(twelveHour('14:05')).toBe('2:05 pm');
    expect(twelveHour('09:30')).toBe('9:30 am');
    expect(twelveHour('12:00')).toBe('12:00 pm');
    expect(twelveHour('00:15')).toBe('12:15 am');
  });

  it('leaves a time it cannot read as written rather than guessing', () => {
    expect(twelveHour('2pm')).toBe('2pm');
    expect(twelveHour('')).toBe('');
  });
});
