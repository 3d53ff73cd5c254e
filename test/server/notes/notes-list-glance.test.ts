// The Notes list shows, for each note, the session's time, the first line of the body and the
// suggested CPT code, so a clinician finds a note without opening it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpOwner, soapDocument, startTestServer, type TestServer } from '../start-test-server.ts';

describe('the Notes list at a glance', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(async () => {
    await t.stop();
  });

  it('gives each note its session time, first line and CPT code', async () => {
    const owner = await setUpOwner(t);
    const long =
      'Client reported a difficult week at work after a conflict with her manager about a missed deadline and said she slept poorly most nights. She asked for help.';
    const document = {
      ...soapDocument(long),
      sections: [
        { key: 'session', title: 'Session', text: 'Individual psychotherapy, 53 minutes.', sentences: [{ text: 'Individual psychotherapy, 53 minutes.', source: [] }] },
        ...soapDocument(long).sections.map((s) => (s.key === 'subjective' ? { ...s, sentences: [{ text: `${long.split('. ')[0]}.`, source: [] }, { text: 'She asked for help.', source: [] }] } : s)),
      ],
      cpt: { code: '90837', description: 'Individual psychotherapy, 60 minutes', reason: '53 minutes of individual psychotherapy' },
    };
    const { note } = (
      await owner.post('/api/notes', { format: 'soap', summary: 'words', worksheet: { date: '2026-11-27', startTime: '14:00', endTime: '14:53', minutes: 53 }, document })
    ).body;
    const prompt = { ...soapDocument('x'), sections: [{ key: 'subjective', title: 'Subjective', text: '[Not documented.]', sentences: [{ text: '[Not documented.]', source: [] }] }] };
    const { note: empty } = (await owner.post('/api/notes', { format: 'soap', summary: 'x', document: prompt })).body;

    const { notes } = (await owner.get('/api/notes')).body;
    const item = notes.find((n: { id: string }) => n.id === note.id);
    expect(item).toMatchObject({ sessionStartTime: '14:00', sessionEndTime: '14:53', sessionMinutes: 53, cptCode: '90837' });
    // The first sentence of the body (not the session line), cut at a word with an ellipsis.
    expect(item.firstLine).toMatch(/^Client reported a difficult week at work after a conflict with her manager about a\S*…$/);
    expect(item.firstLine.length).toBeLessThanOrEqual(90);
    // A note whose body is only prompts has no first line and no code.
    expect(notes.find((n: { id: string }) => n.id === empty.id)).toMatchObject({ firstLine: null, cptCode: null });
  });
});
