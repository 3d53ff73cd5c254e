import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 141 (an integrated chronic pain program; a prison reentry program), read on 2e1bde9: "HI ∅." is no
// homicidal ideation; "morphine ER" is extended-release; "at home in MI" is Michigan; "I'll make him regret it" is a threat;
// a partner's denial is hers; "all three said no" answers the questions before it; "PO" after a release from prison is a
// parole officer; a teen named by age in a family session is the teen. Tested on summaries written here.

describe('review 141: the risk status', () => {
  it('"HI ∅." on a line of its own is no homicidal ideation, never homicidal ideation endorsed', () => {
    const r = readSummary('phone check-in. pt 47M, relapsed on EtOH Fri.\nendorses SI - "thinking I should just quit everything" - denies plan, denies intent.\nHI ∅.\nf/u tmrw.').risk;
    expect(r.hi).toBe('denied');
    const out = note('phone check-in. pt 47M.\nSH Ø, HI ∅.\nf/u tmrw.', 'birp');
    expect(out).not.toMatch(/endorsed homicidal ideation/);
    expect(out).not.toMatch(/∅|Ø/);
  });

  it('"if he keeps calling me a liar I\'ll make him regret it" is a threat to weigh', () => {
    const r = readSummary('Session 4. Pt angry at claims adjuster, said "if he keeps calling me a liar I\'ll make him regret it". Denied SI.').risk;
    expect(r.threat).toBe(true);
  });

  it('"asked everyone about ... anyone thinking about hurting themselves all three said no", dictated, is a denial, never urges to self-harm', () => {
    const text = 'um so family session with Rosa her husband Luis and their daughter Ana who is twelve um we did a feelings check in um asked everyone about safety at home any fighting anyone thinking about hurting themselves all three said no Rosa said no worries about that goal is calmer mornings';
    const r = readSummary(text).risk;
    expect(r.selfHarm).toBe('denied');
    expect(r.selfHarmUrges).not.toBe(true);
    expect(note(text, 'girp')).toMatch(/Goal is calmer mornings\./);
  });

  it('"it would\'ve been easier to just die" - passive, no plan: passive ideation, stated', () => {
    const r = readSummary('pt 38M, 3 wks post release.\nsays "it would\'ve been easier to just die in there" - passive, no plan, no intent.').risk;
    expect(r.si).toBe('passive');
  });

  it('in a couples session, a denial with no doer after what the partner said of herself is the partner\'s', () => {
    const out = note('Couples session w/ pt (Sam, back pain) and wife Nora. Nora said "some days I just want to disappear." Clarified - she meant a vacation from caregiving, denied any thoughts of suicide when I asked directly. Sam said he feels useless.', 'birp');
    expect(out).toMatch(/Nora denied any thoughts of suicide/);
    expect(out).not.toMatch(/Client denied any thoughts of suicide/);
  });
});

describe('review 141: medicines and places', () => {
  it('"morphine ER 60 bid" is extended-release, twice daily, never the emergency room; "30mg MED" is the morphine equivalent dose', () => {
    const out = note('Collateral call w/ Dr. Park (PCP) re: pt\'s taper. Pt on morphine ER 60 bid, taper on track at 90 MED. Plan: f/u 2 wks.', 'simple');
    expect(out).toMatch(/morphine extended-release 60 twice daily/);
    expect(out).toMatch(/90 morphine equivalent daily dose/);
    expect(out).not.toMatch(/emergency room|90 medication/);
  });

  it('"pt at home in MI" is Michigan, said once in the session line', () => {
    const out = note('Telehealth (video, pt at home in MI). Session 5. Reviewed sleep diary. Denies SI.', 'dap');
    expect(out).toMatch(/client located at home in MI\./);
    expect(out).not.toMatch(/motivational interviewing/);
    expect(out.match(/at home/g)).toHaveLength(1);
  });

  it('"PO" for someone released from prison is the parole officer; on probation, the probation officer', () => {
    expect(note('Pt 33M, released from state prison 2 mo ago, living at halfway house. Worried his PO will violate him after missed curfew.', 'dap')).toMatch(/parole officer/);
    expect(note('DUI, on probation. Pt worried his PO will violate him after missed class.', 'dap')).toMatch(/probation officer/);
  });
});

describe('review 141: who did it', () => {
  it('"14yo quiet mostly" in a family session is the teen, never the client', () => {
    const out = note('Family session - pt (41F, fibromyalgia) + husband + 2 kids (9, 14). Pt cried, apologized for missing games. 14yo quiet mostly, said she worries mom is sick all the time.', 'dap');
    expect(out).toMatch(/The 14-year-old was quiet mostly/);
    expect(out).not.toMatch(/Client is a 14-year-old/);
  });

  it('"so Tasha was pretty guarded said she\'s been ...", dictated: the saying keeps its verb', () => {
    expect(note('um so this was a couples session with Kim and Tasha um so Tasha was pretty guarded said she\'s been carrying the bills alone for a year and Kim got quiet', 'dap')).toMatch(/Tasha said she has been carrying the bills/);
  });

  it('"- Dad let her win": a parent called Dad is no name to capitalise mid-sentence', () => {
    const out = note('- Child-parent session, Mr. Ruiz and son Teo, 6\n- Teo hid behind the couch, then warmed up\n- Dad talked too much about court; redirected\n- Teo drew a picture with dad in it\n- Dad teared up at goodbye\n- Plan: next visit 1 wk', 'dap');
    expect(out).toMatch(/with father in it/);
  });

  it('"used STOP skill when panicking at a light" is the client\'s use, out in the world', () => {
    expect(note('Pt said a truck hit her car last month. Used DBT STOP skill when panicking at a light. Plan: f/u 1 wk.', 'dap')).toMatch(/Client used dialectical behavior therapy \(DBT\) STOP skill when panicking/);
  });
});

describe('review 141: sections', () => {
  it('"A: high acute risk" is the assessment too, never an empty Assessment', () => {
    const assessment = section('S: pt says "I can\'t keep doing this." Thinking about overdosing on saved pills.\nA: high acute risk.\nP: safety plan, sister holding pills, f/u tomorrow.', 'assessment', 'dap');
    expect(assessment).toMatch(/^High acute risk\./);
  });

  it('"ind session." after the heading is the kind of session; "will reassess next session" stays one sentence', () => {
    const r = readSummary('pt 52M, 2 mo post release. ind session.\nc/o poor sleep. Consulted supervisor, decided no duty to warn but will reassess next session.');
    expect(r.session.serviceType).toBe('individual');
    expect(r.facts.some((f) => /^next session$/i.test(f.text.trim()))).toBe(false);
  });

  it('"TIB restricted to 12:30-6:30" is the sleep window, never the session\'s times', () => {
    const r = readSummary('Telehealth video. CBT-I session 3. TIB restricted to 12:30-6:30, pt hated it first nights. Discussed stimulus control.');
    expect(r.facts.find((f) => /12:30/.test(f.text))?.kind).not.toBe('session');
  });
});
