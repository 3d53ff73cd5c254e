import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 227 (a clinic for autistic people and people with developmental disabilities; a problem gambling and gaming
// program), read on ea15c7a. Tested on summaries written here, not the reviewers'.

describe('review 227: whose words and whose harm', () => {
  it('a mother "in the next room" is out of the session: the "she" who talks after is never the mother', () => {
    const text = note('telehealth with Nadia, 15. She logged on from her room. Mom was in the next room. She said she had urges to scratch her arms this week but did not do it. Denies SI.', 'pirp');
    expect(text).not.toMatch(/Mother said she had urges/);
    expect(text).not.toMatch(/Mother denied/);
  });

  it('"Andre bit her hand", told by the grandmother who is the client, is no self-harm', () => {
    const summary = 'Caregiver session with Ruth, 61, guardian of her grandson Kyle (19, autistic). Ruth said Kyle bit her arm during a meltdown Sunday. Says she "sometimes wishes I could just disappear" - denies plan or intent.';
    expect(readSummary(summary).risk.selfHarm).not.toBe('present');
    expect(note(summary, 'girp')).not.toMatch(/current self-harm is documented/);
  });

  it('a client who bites her own hand still has self-harm', () => {
    expect(readSummary('Maya (9) bit her hand during a meltdown yesterday.').risk.selfHarm).toBe('present');
  });

  it('an answer without words after the question is the client\'s', () => {
    const summary = 'Telehealth with Ben, 30, uses AAC. Asked re: safety w/ yes/no visual - pointed NO to hurting self, NO to wanting to die. Used feelings board, he chose "worried."';
    const text = note(summary, 'birp');
    expect(text).toMatch(/Client pointed NO to hurting self/);
    expect(text).not.toMatch(/Therapist pointed/);
    expect(section(summary, 'intervention', 'birp')).toMatch(/Therapist used feelings board/);
  });

  it('"asked him directly about SI - he said yes" keeps the answer with its question', () => {
    expect(readSummary('I asked him directly about suicidal thoughts - he said yes, most nights.').risk.si).toBe('active');
  });
});

describe('review 227: reporting and billing', () => {
  it('"kids not witnesses/not harmed" is both, never one or the other', () => {
    const text = note('Consulted re mandated reporting - kids not witnesses/not harmed, no CPS report required per supervisor, will document.', 'soap');
    expect(text).toMatch(/not witnesses and not harmed/);
    expect(text).not.toMatch(/not witnesses or not harmed/);
  });

  it('a report weighed and not required adds no interactive-complexity code', () => {
    const doc = composeNote({ summary: 'Ind session, 50 min. Wife of a man with gambling disorder. Husband shoved her Sunday. Consulted re mandated reporting - kids not harmed, no CPS report required per supervisor.', format: 'soap' });
    expect(JSON.stringify(doc.cpt ?? {})).toMatch(/90834/);
    expect(JSON.stringify(doc.cpt ?? {})).not.toMatch(/90785/);
  });
});

describe('review 227: jotted lines', () => {
  it('a jotted line opening on a verb in capitals is the client\'s, said as such', () => {
    const text = note('Ind f/u, 50 min. Dev K, 29\nOwes ~$9k on 2 CCs, hasn\'t told wife\nEst. losses $40k this year.', 'soap');
    expect(text).toMatch(/Client owes ~\$9k/);
    expect(text).not.toMatch(/Client reported Owes/);
    expect(text).toMatch(/Estimated losses \$40k/);
  });
});

describe('review 227: a denial run on', () => {
  it('"denies plan never tried before no self harm" is three statements, each kept in the risk section', () => {
    const summary = 'so I asked him directly he denies thoughts of suicide now denies plan never tried before no self harm stepdad says the rifle is locked in a safe';
    const text = note(summary, 'birp');
    expect(text).not.toMatch(/denied plan never tried/);
    expect(section(summary, 'risk', 'birp')).toMatch(/never tried/);
  });
});

describe('review 227: who the session is about', () => {
  it('"re: Jaylen 16yo" names Jaylen, so "J" after it is Jaylen', () => {
    expect(note('caregiver only session w/ mom (Denise) re: Jaylen 16yo, nonverbal\n- mom denies any thoughts of harming self or J when asked directly', 'dap')).toMatch(/harming self or Jaylen/);
  });
});
