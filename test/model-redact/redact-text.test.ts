// What a model is sent: the client's names, the people the profile names, and every identifier
// pattern become typed placeholders; the reply gets the originals back.
import { describe, expect, it } from 'vitest';
import { createRedaction, IDENTIFIER_PATTERNS } from '#model-redact';

describe('the identifier patterns (data)', () => {
  for (const [i, p] of IDENTIFIER_PATTERNS.entries()) {
    it(`${p.kind} #${i}: its example is redacted${p.example.not ? ' and its counter-example kept' : ''}`, () => {
      expect(createRedaction({ clientNames: [] }).redact(p.example.matches)).toMatch(new RegExp(`\\[${p.kind}_1\\]`));
      if (p.example.not) expect(createRedaction({ clientNames: [] }).redact(p.example.not)).toBe(p.example.not);
    });
  }
});

describe('a draft bound for a model', () => {
  const redaction = createRedaction({ clientNames: ['Jonathan Reyes', 'Jon'], profileText: 'Lives with wife Carla and son Mateo. Goes by Johnny.' });
  const draft =
    'Jon reported that Carla and Johnny argued on March 3rd. JR called 503-555-0142 and emailed jr@mail.com. Dr. Okafor increased sertraline. ' +
    'Client used CBT skills; PHQ-9 score 14. Client rated anxiety 7/10 and said "I feel lost". Maria visited from Denver.';
  const sent = redaction.redact(draft);

  it('names no one and gives no date, number or address that identifies', () => {
    for (const identifier of ['Jon', 'Carla', 'Johnny', 'March 3rd', 'JR', '503-555-0142', 'jr@mail.com', 'Okafor', 'Maria', 'Denver']) expect(sent).not.toContain(identifier);
    expect(sent).toContain('[CLIENT] reported that [PERSON_1] and [CLIENT_2] argued on [DATE_1].');
    expect(sent).toContain('Dr. [PERSON_2]');
  });

  it('keeps the clinical words, scores and quotes the model needs', () => {
    for (const kept of ['sertraline', 'CBT', 'PHQ-9 score 14', 'rated anxiety 7/10', '"I feel lost"']) expect(sent).toContain(kept);
  });

  it('puts every original back in the reply, the same placeholder meaning the same name throughout', () => {
    expect(redaction.restore(sent)).toBe(draft);
    expect(redaction.restore('[PERSON_1] and [CLIENT] spoke.')).toBe('Carla and Jon spoke.');
  });

  it('leaves a placeholder it never made, for the verifier to refuse', () => {
    expect(redaction.restore('[PERSON_9] called.')).toBe('[PERSON_9] called.');
  });
});
