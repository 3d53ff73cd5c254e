import { describe, expect, it } from 'vitest';
import { composeNote } from '../../../src/compose/index.ts';

describe('audit warnings', () => {
  it('PHQ-9 item 9 above 0 without a documented risk assessment is a warning', () => {
    const codes = composeNote({ summary: 'PHQ-9 14, item 9 = 1. explored sleep.', format: 'dap' }).warnings.map((w) => w.code);
    expect(codes).toContain('phq9_item9');
  });

  it('no item 9 warning once suicidal ideation was assessed, or when item 9 is 0', () => {
    expect(composeNote({ summary: 'PHQ-9 14, item 9 = 1. denies SI.', format: 'dap' }).warnings.map((w) => w.code)).not.toContain('phq9_item9');
    expect(composeNote({ summary: 'PHQ-9 14, item 9 = 0.', format: 'dap' }).warnings.map((w) => w.code)).not.toContain('phq9_item9');
  });
});

describe('session details for an exported note’s header', () => {
  it('carries the date, times, minutes, service and modality as read, and nothing else', () => {
    const doc = composeNote({ summary: '2-2:53pm 53 min telehealth indiv. pt reports better sleep.', format: 'soap', worksheet: { date: '2026-11-30', participants: ['mother'] } });
    expect(doc.session).toEqual({ date: '2026-11-30', startTime: '14:00', endTime: '14:53', minutes: 53, serviceType: 'individual', modality: 'video' });
  });

  it('is absent when the input states none of them (never guessed)', () => {
    expect(composeNote({ summary: 'pt reports better sleep. denies SI.', format: 'dap' })).not.toHaveProperty('session');
  });
});
