import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { expandShorthand } from '../../src/compose/read/expand-shorthand.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 228 (behavioral health in an HIV and infectious disease clinic; a juvenile justice diversion program), read on
// 59e38fc. Tested on summaries written here, not the reviewers'.

describe('review 228: an overdose planned, and a removal asked for', () => {
  const summary = 'Crisis walk-in. Pt states she has been saving her sertraline and has ~60 pills at home. Intends to take them tonight after her husband leaves for work. Called brother (with consent) to come over and to remove pills from home.';

  it('"Intends to take them tonight" after pills saved is the client\'s plan, in the risk section, never the treatment plan', () => {
    expect(section(summary, 'plan', 'sirp')).not.toMatch(/take them tonight/);
    expect(note(summary, 'sirp')).toMatch(/Client intends to take them tonight/);
    expect(readSummary(summary).risk.plan).toBe(true);
  });

  it('a relative called "to remove pills" has been asked, never confirmed as having removed them', () => {
    const risk = readSummary(summary).risk;
    expect(risk.meansRemoved).toBeFalsy();
    expect(risk.meansRemovalAsked).toBe(true);
    expect(note(summary, 'sirp')).toMatch(/Therapist called brother \(with consent\)/);
  });
});

describe('review 228: an age looked ahead to', () => {
  it('"thinks about ending it like he does not see himself being around at 20" is ideation now, never a history', () => {
    const summary = 'um he said sometimes he thinks about just ending it like he doesnt see himself being around at 20 um no plan he said he wouldnt do anything because of his mom';
    expect(readSummary(summary).risk.si).not.toBe('not_assessed');
    expect(note(summary, 'birp')).not.toMatch(/name no status for suicidal ideation/);
  });

  it('"attempt at 19" is still a history', () => {
    expect(readSummary('hx SA at 19, none since. denies SI.').risk.attemptHistory).toBe(true);
  });
});

describe('review 228: the clinician\'s hedge', () => {
  it('"he came in high I think eyes red" keeps the hedge, never "came in high" as fact', () => {
    const text = note('um so Isaiah 17 individual um he came in high I think eyes red smelled like weed he admitted he smoked before school', 'birp');
    expect(text).toMatch(/came in appearing high/);
    expect(text).not.toMatch(/Client came in high\./);
    expect(text).not.toMatch(/Therapist thinks/);
  });
});

describe('review 228: dictated headings and slang', () => {
  it('"so this is um Marcus follow up number four he came in ..." is the heading, then the story', () => {
    const summary = 'so this is um Andre follow up number three he came in right after his lab draw um he was pretty upset about it';
    const doc = composeNote({ summary, format: 'dap' });
    expect(doc.sections.find((s) => s.key === 'session')?.text).toMatch(/Session 3\. Client: Andre\./);
    expect(note(summary, 'dap')).not.toMatch(/Client reported this is/);
  });

  it('"using tina and G" and "slamming" are crystal methamphetamine, GHB and injecting; "Tina" the person stays', () => {
    expect(expandShorthand('using tina and G at parties, slamming two times a week')).toBe('using crystal methamphetamine and GHB at parties, injecting two times a week');
    expect(expandShorthand('Tina said she would come')).toMatch(/^Tina said/);
  });
});

describe('review 228: a dictated crisis screen and the next visit', () => {
  const summary = 'ok session with Sam um back using meth since his partner left slamming two or three times a week he says um he said today he has been thinking about killing himself most days but no plan um so I did a C-SSRS screen came out moderate risk we did a safety plan he said he\'d think about IOP see him Thursday';

  it('the screen\'s result is said as such, and "he says he said" once', () => {
    const text = note(summary, 'pirp');
    expect(text).toMatch(/[Tt]herapist administered the Columbia-Suicide Severity Rating Scale \(C-SSRS\) screen, with a result of moderate risk/);
    expect(text).not.toMatch(/he says he said|said he said/);
  });

  it('"see him Thursday" dictated last is the clinician\'s next visit, in the plan', () => {
    expect(section(summary, 'plan', 'pirp')).toMatch(/Therapist will see him Thursday/);
    expect(note(summary, 'pirp')).not.toMatch(/IOP see him|intensive outpatient program see him/);
  });
});

describe('review 228: a dictated heading ends at its pause', () => {
  it('"ok session with Sam um back using ..." names Sam in the heading and leaves the story out of it', () => {
    const doc = composeNote({ summary: 'ok session with Sam um back using meth since his partner left um he denied any thoughts of suicide', format: 'pirp' });
    const session = doc.sections.find((s) => s.key === 'session')?.text ?? '';
    expect(session).toMatch(/Client: Sam\./);
    expect(session).not.toMatch(/methamphetamine/);
  });
});
