import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/compose/read/split-clauses.ts';

const texts = (s: string): string[] => splitClauses(s).map((c) => c.text);

describe('splitClauses', () => {
  it('splits sentences and semicolons, dropping the closing full stop', () => {
    expect(texts('pt reports better sleep. denies SI/HI; mood ok.')).toEqual(['pt reports better sleep', 'denies SI/HI', 'mood ok']);
  });

  it('gives each clause a span that slices back to its text', () => {
    const s = 'pt reports better sleep. denies SI/HI; mood ok.\nplan: f/u 1 wk; cont CBT';
    for (const c of splitClauses(s)) {
      expect(s.slice(c.start, c.end)).toBe(c.text);
      expect(c.text).toBe(c.text.trim());
    }
  });

  it('numbers lines and sentences within a line', () => {
    const cs = splitClauses('pt anxious. tearful.\nwe did grounding');
    expect(cs.map((c) => [c.text, c.line, c.sentence])).toEqual([
      ['pt anxious', 0, 0],
      ['tearful', 0, 1],
      ['we did grounding', 1, 0],
    ]);
  });

  it('does not count blank lines', () => {
    const cs = splitClauses('pt anxious\n\n\nwe did grounding');
    expect(cs.map((c) => c.line)).toEqual([0, 1]);
  });

  it('strips bullets and numbered list markers', () => {
    const s = '- pt anxious\n* tearful\n3) we did grounding\n2. discussed sleep';
    expect(texts(s)).toEqual(['pt anxious', 'tearful', 'we did grounding', 'discussed sleep']);
  });

  it('a kind-setting label sets the kind of every clause after it on that line, and only that line', () => {
    const cs = splitClauses('plan: f/u 1 wk; cont CBT\npt calmer');
    expect(cs.map((c) => [c.text, c.labelKind, c.label])).toEqual([
      ['f/u 1 wk', 'plan', 'plan'],
      ['cont CBT', 'plan', 'plan'],
      ['pt calmer', undefined, undefined],
    ]);
  });

  it('recognises HW: and goal: labels', () => {
    const cs = splitClauses('HW: thought record daily\ngoal today: reduce avoidance');
    expect(cs.map((c) => [c.text, c.labelKind])).toEqual([
      ['thought record daily', 'homework'],
      ['reduce avoidance', 'goal'],
    ]);
  });

  it('a word before a colon that is not a label stays in the clause', () => {
    expect(texts('boss said: no more overtime')).toEqual(['boss said: no more overtime']);
  });

  it('does not split inside double quotes', () => {
    const s = 'pt said "I can\'t. I won\'t; ever." then left';
    expect(texts(s)).toEqual(['pt said "I can\'t. I won\'t; ever." then left']);
  });

  it('does not split inside single-quoted speech', () => {
    expect(texts("mom calls it 'tough love. for your own good' often")).toEqual(["mom calls it 'tough love. for your own good' often"]);
  });

  it('does not split after common abbreviations', () => {
    expect(texts('Met w/ Dr. Smith re: meds. pt ok')).toEqual(['Met w/ Dr. Smith re: meds', 'pt ok']);
    expect(texts('approx. 2 wks ago')).toEqual(['approx. 2 wks ago']);
  });

  it('does not split after initials', () => {
    expect(texts('saw J.D. today. he is ok')).toEqual(['saw J.D. today', 'he is ok']);
  });

  it('does not split a decimal or a time', () => {
    expect(texts('slept 5.5 hrs. woke at 3.30')).toEqual(['slept 5.5 hrs', 'woke at 3.30']);
  });

  it('does not split on a semicolon inside brackets', () => {
    expect(texts('coping (walks; music) helped; sleep ok')).toEqual(['coping (walks; music) helped', 'sleep ok']);
  });

  it('keeps an ellipsis as part of the clause', () => {
    const cs = splitClauses('she trailed off...');
    expect(cs.map((c) => c.text)).toEqual(['she trailed off...']);
  });

  it('splits on ? and !', () => {
    expect(texts('why now? she asked! ok')).toEqual(['why now?', 'she asked!', 'ok']);
  });

  it('returns nothing for empty or punctuation-only input', () => {
    expect(splitClauses('')).toEqual([]);
    expect(splitClauses(' ;. \n - ')).toEqual([]);
  });

  it('spans stay correct on CRLF-free multi-line input with leading spaces', () => {
    const s = '   pt anxious.\n    tearful ';
    for (const c of splitClauses(s)) expect(s.slice(c.start, c.end)).toBe(c.text);
    expect(texts(s)).toEqual(['pt anxious', 'tearful']);
  });

  it('cuts jotted dictation with no punctuation at each status jot, subjectless verb and plan', () => {
    expect(texts('denied SI says "i just want it to stop" sleeping okay appetite down work stress high used breathing in session plan next week')).toEqual([
      'denied SI',
      'says "i just want it to stop"',
      'sleeping okay',
      'appetite down',
      'work stress high',
      'used breathing in session',
      'next week',
    ]);
  });

  it('never cuts a typed sentence with its own commas, or a subject from its verb', () => {
    expect(texts('she said her sleep was okay but her appetite is down, work stress high and she used breathing')).toHaveLength(2);
    expect(texts('client reports that her sleep is poor and her mood is low most days this week')).toEqual(['client reports that her sleep is poor and her mood is low most days this week']);
  });

  it('a capital after a quotation that closes with its full stop starts a new sentence', () => {
    expect(texts('she put the bear in "time out forever." When I named it, she smiled')).toEqual(['she put the bear in "time out forever."', 'When I named it, she smiled']);
    expect(texts('he said "I\'m done." and left')).toHaveLength(1);
  });

  it('never cuts a report from what was reported', () => {
    expect(texts('Pt reports sleep improved to 6 hrs since last wk but still anxious about work deadlines')).toHaveLength(1);
    expect(texts('she said mood low appetite down most days this week and work stress high again')[0]).toMatch(/^she said mood low/);
  });
});
