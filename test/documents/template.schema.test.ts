// A template a clinician writes by hand (or imports) is checked field by field: the message names
// the field to fix, in the form the editor and the CLI show.
import { describe, expect, it } from 'vitest';
import { DocumentError, parseTemplate, STARTERS } from '../../src/documents/index.ts';

function problem(template: unknown): string {
  try {
    parseTemplate(template);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return (error as DocumentError).message;
  }
  throw new Error('the template was accepted');
}

const ok = { title: 'Consultation note', sections: [{ title: 'Reason', purpose: ['report'] }, { title: 'Plan', purpose: ['plan', 'homework'] }] };

describe('template validation', () => {
  it('accepts a well-formed template and every starter', () => {
    expect(parseTemplate(ok).sections).toHaveLength(2);
    for (const { id, template } of STARTERS) expect(() => parseTemplate(template), id).not.toThrow();
  });

  it('names the section and purpose entry of a record kind that does not exist', () => {
    const bad = { ...ok, sections: [...ok.sections, { title: 'Notes', purpose: ['observation', 'feelings'] }] };
    expect(problem(bad)).toMatch(/^The template is not valid: sections\[2\]\.purpose\[1\]: "feelings" is not a record kind or worksheet field; use a record kind \(report, observation, /);
  });

  it('names a worksheet field that does not exist', () => {
    expect(problem({ ...ok, sections: [{ title: 'MSE', purpose: ['worksheet.mood'] }] })).toContain('sections[0].purpose[0]: "worksheet.mood" is not a record kind or worksheet field');
  });

  it('refuses a kind that two sections claim, naming the second and the first', () => {
    expect(problem({ ...ok, sections: [...ok.sections, { title: 'Next steps', purpose: ['homework'] }] })).toBe('The template is not valid: sections[2].purpose[0]: "homework" already fills sections[1]; each kind or field fills one section.');
  });

  it('names an unknown placeholder in the title or in fixed text', () => {
    expect(problem({ ...ok, title: 'Note for {clientName}' })).toBe('The template is not valid: title: unknown placeholder {clientName}; use {clientTerm}, {date}, {clinician}, {credentials}.');
    expect(problem({ ...ok, sections: [{ title: 'Sign-off', purpose: [], fixedText: 'Signed {signature}' }] })).toContain('sections[0].fixedText: unknown placeholder {signature}');
  });

  it('names a missing title, an empty section, a missing list and an unknown field', () => {
    expect(problem({ sections: ok.sections })).toBe('The template is not valid: title: give the title as text.');
    expect(problem({ ...ok, sections: [{ title: '  ', purpose: ['report'] }] })).toBe('The template is not valid: sections[0].title: give the section a title.');
    expect(problem({ ...ok, sections: [{ title: 'Empty', purpose: [] }] })).toBe('The template is not valid: sections[0].purpose: give what fills the section, or fixed text.');
    expect(problem({ title: 'x' })).toBe('The template is not valid: sections: give a list of sections.');
    expect(problem({ ...ok, sections: [] })).toBe('The template is not valid: sections: give at least one section.');
    expect(problem({ ...ok, sections: [{ title: 'A', purpose: ['report'], text: 'x' }] })).toBe('The template is not valid: sections[0]: unknown field "text".');
    expect(problem({ ...ok, audience: 'family' })).toBe('The template is not valid: audience: use "clinician" or "client".');
  });
});
