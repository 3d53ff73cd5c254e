import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';

// Blind review 27 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
const note = (summary: string, format = 'soap') => composeNote({ summary, format });
const text = (summary: string, format = 'soap'): string => note(summary, format).sections.map((s) => s.text).join('\n');

describe("someone's own words stay theirs", () => {
  it('a thought worked on in session keeps its first person', () => {
    const out = text('we did cognitive restructuring on the thought that nobody at work respects me and she came up with two alternatives');
    expect(out).toContain('"nobody at work respects me"');
    expect(out).not.toMatch(/respects the therapist/);
  });

  it("a message another person sent is quoted, and the narration after it is not", () => {
    const out = text('she said her ex keeps texting and last night he texted if I can\'t see the kids you will be sorry which she took as a threat');
    expect(out).toContain('texted "if I can\'t see the kids you will be sorry" which she took as a threat');
    expect(out).not.toMatch(/the therapist can/);
  });
});

describe('risk words and whose they are', () => {
  it('"thoughts of being dead" is passive ideation, in a couples session too', () => {
    const r = readSummary('Couples session with Ray and Ann. Ray said he was just venting but when I asked him directly he said he has had thoughts of being dead but no plan.');
    expect(r.risk.si).toBe('passive');
  });

  it('"wants to disappear" said by a mother and told by her daughter is the mother\'s', () => {
    const r = readSummary('Family session w/ mother (Ana) and daughter Lia 14. Lia reported mom told her last week she "can\'t do this anymore and wants to disappear." Ana denied SI.');
    expect(r.session.serviceType).toBe('family');
    expect(r.risk.si).toBe('denied');
    expect(note('Family session w/ mother (Ana) and daughter Lia 14. Lia reported mom told her last week she "can\'t do this anymore and wants to disappear." Ana denied SI.', 'dap').sections.find((s) => s.key === 'risk')!.text).toMatch(/wants to disappear/);
  });

  it('an emphatic "does have" a firearm is having it now', () => {
    expect(text('Denies SI. He does have a shotgun in the barn, agreed to store it at his son\'s.')).toMatch(/Client has a shotgun in the barn/);
  });
});

describe('letters that are not names', () => {
  it('the sex after an age is never a name, and short days are not names', () => {
    const out = text('Indiv f/u, 47yo M, GAD. Agreed to call PCP Mon.');
    expect(out).toMatch(/47-year-old male/);
    expect(out).not.toMatch(/47-year-old Monday/);
  });
});
