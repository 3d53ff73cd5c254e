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
