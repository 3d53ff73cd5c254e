import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 103 (issue 6): an LGBTQ+-affirming group practice, and a hospital health psychology
// service. Each mechanism the reviewers' notes showed missing, tested on summaries written for this file.

describe('review 103: whose risk', () => {
  it('"her dad hasn\'t texted her since so she\'s been low she said ..." keeps the wish the client\'s', () => {
    const summary = 'um so telehealth with Ana she uses she her pronouns um she came out to her parents Saturday and her mom cried and hasn\'t texted her since so she\'s been um pretty down she said sometimes she thinks everyone would be better off if she wasn\'t around no plan no intent';
    const out = note(summary, 'pie');
    expect(out).not.toMatch(/Mother has been pretty down|Mother said sometimes/);
    expect(readSummary(summary).risk.si).toBe('passive');
  });

  it('"we did a risk check she\'s low I think" is the risk level, never the client\'s mood', () => {
    expect(note('Passive SI, no plan. We did a risk check. She\'s low I think but I want to keep an eye on it.', 'soap')).toMatch(/risk is low/);
  });

  it('self-harm at "ages 14-16, none in 3 yrs" is history, never current', () => {
    expect(readSummary('Came out at 16. Self-harm by cutting ages 13-15, none in 2 yrs. Risk: denies current SI, HI, SH urges.').risk.selfHarm).toBe('history');
  });

  it('in a parent\'s session without the client, the client\'s words told by the parent are reported by another person, never endorsed', () => {
    const summary = 'Parent session, mom of my client Sky who is 15, Sky wasn\'t present. Mom shared that Sky told their little sister "I don\'t want to be here anymore". Sky has not said anything like that to me in session.';
    const risk = readSummary(summary).risk;
    expect(risk.si).toBe('passive');
    expect(risk.othersRisk).not.toBe(true);
    const out = section(summary, 'risk', 'girp');
    expect(out).toMatch(/reported by another person \(the client was not present/);
    expect(out).not.toMatch(/endorsed passive/);
    expect(note(summary, 'girp')).not.toMatch(/"anything like that to me/);
  });
});

describe('review 103: sections and words', () => {
  it('a diagnosis listed after the impression is part of it, never the client\'s report', () => {
    expect(note('Dx impression: MDD, single episode; r/o alcohol use d/o; gender dysphoria.', 'soap')).not.toMatch(/Client reported gender dysphoria/);
  });

  it('a sleep window moved by 15 minutes is not the session\'s length, and its times stay', () => {
    const summary = 'CBT-I f/u Rose K. SE 86% on diary, ISI 10, sleep window extended 15 min to 11:00-5:30. Denies SI. RTC 3 wks.';
    expect(readSummary(summary).session.minutes).toBeUndefined();
    expect(note(summary, 'simple')).toMatch(/11:00-5:30/);
  });

  it('a dictation opening "this is Dana R she\'s 52" names the client; "her neighbor Carol came" keeps its neighbor; "we called him together" is shared', () => {
    expect(note('um so this is Dana R she\'s 52 newly diagnosed type 2 diabetes about a month ago um she came in pretty overwhelmed crying in the first half said she has not told her sister yet um we worked on what she can control this week', 'birp')).not.toMatch(/Client reported this is Dana/);
    const out = note('I did a safety plan with her. She agreed to let me call her son. We called him together and he is driving up tonight and her neighbor Carol came to pick her up.', 'dap');
    expect(out).toMatch(/Therapist and client called him together/);
    expect(out).not.toMatch(/and her neighbor\./);
  });
});
