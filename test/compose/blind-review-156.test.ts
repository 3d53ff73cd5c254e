import { describe, expect, it } from 'vitest';
import { composeNote, readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 156 (an HIV and infectious-disease clinic's behavioral health service; a family court co-parenting and
// reunification program), read on cf7858c, with the open finding of 155 (a member's husband's risk in a group note).
// Tested on summaries written here, not the reviewers'.

describe('review 156', () => {
  it('in a group, a member\'s relative named on the line ("her son Dale (lives w/ her)") never takes the member\'s own denial', () => {
    const summary = 'Grief support grp, 6 members.\nMember: Joan P.\nReport: Says her son Dale (lives w/ her) has been "talking about not being here" since his divorce. Dale has a rifle at home. Client denies any thoughts of harming herself.';
    const r = readSummary(summary);
    expect(r.facts.some((f) => /^Dale denie/.test(f.text))).toBe(false);
    expect(r.risk.selfHarm).toBe('denied');
    expect(r.risk.othersRisk).toBe(true);
  });

  it('an aside in brackets ("(not in treatment anywhere)") after a relative keeps what they said theirs', () => {
    const r = readSummary('Says her brother Luis (not in treatment anywhere) has been "talking about ending it" since he was laid off, said Sunday "you would all be better off with the insurance money." Client denies any thoughts of harming herself.');
    expect(r.risk.si).not.toBe('active');
    expect(r.risk.si).not.toBe('passive');
    expect(r.risk.othersRisk).toBe(true);
  });

  it('"will not contact the school without pt consent" says nothing of who was in the session', () => {
    const n = composeNote({ summary: 'Crisis session, in person. Pt endorses SI w/ plan to overdose, intent last night, none now. Safety plan done. Will not contact employer without pt consent.', format: 'soap' });
    const risk = n.sections.find((s) => s.key === 'risk')?.text ?? '';
    expect(risk).not.toMatch(/not present to be assessed|reported by another person/);
    expect(risk).toMatch(/the client endorsed active suicidal ideation/);
  });

  it('worry that someone else "is going to hurt" a child is that person\'s danger, never the client\'s homicidal ideation', () => {
    const r = readSummary('Individual w/ mother Dana Kemp. Dana says she is worried her ex\'s girlfriend "is going to hurt" the baby. Dana denies any thoughts of harming anyone.');
    expect(r.risk.hi).toBe('denied');
    expect(r.risk.threat).toBeUndefined();
    expect(readSummary('Pt says he is going to kill his neighbor.').risk.hi).toBe('present');
    expect(readSummary('Pt worried her dad is going to hurt her mom when he drinks.').risk.hi).toBe('not_assessed');
  });

  it('the one an individual session is with ("individual w/ father Sam Ortiz") is the client', () => {
    const r = readSummary('Parenting-time debrief, individual w/ father Sam Ortiz. Sam denies thoughts of harming his ex.');
    expect(r.risk.hi).toBe('denied');
    expect(r.risk.deniedByOther).toBeUndefined();
  });

  it('a threat a named other texted the client ("Pt states Rick texted ...") is a danger to her, never her threat', () => {
    const r = readSummary('Pt states Rick texted "you will pay for this" after court. Pt denies SI/HI.');
    expect(r.risk.threat).toBeUndefined();
    expect(r.risk.threatByOther).toBe(true);
    expect(r.risk.hi).toBe('denied');
  });

  it('"risk to pt from others high" is the danger she is in, stated apart from her own risk level', () => {
    const r = readSummary('A: risk to pt from ex moderate-high given threats. Pt herself low risk for self harm.');
    expect(r.risk.dangerToClient).toBe('moderate-high');
    expect(r.risk.level).toBe('low');
    const risk = section('Pt denies SI. A: risk to pt from ex moderate-high given threats. Pt herself low risk for self harm.', 'risk');
    expect(risk).toMatch(/Risk to the client from others as stated by the clinician: moderate-high\./);
    expect(risk).not.toMatch(/Client reported low risk/);
  });

  it('cutting told, then "hasn\'t actually cut in 4 weeks", is a history with urges, never current self-harm', () => {
    const r = readSummary('um she says she\'s been cutting on her thighs she gets urges when her mom yells but she hasn\'t actually cut in 4 weeks she denies any SI');
    expect(r.risk.selfHarm).toBe('history');
    expect(readSummary('She cut last night. No cutting in 2 weeks before that.').risk.selfHarm).toBe('present');
  });

  it('"so yeah mostly she was ..." after a pause opens a new statement, never ending the one before', () => {
    const out = note('so this was a first session with Rosa she said she had one overdose at 22 it was a suicide attempt nothing since then um so yeah mostly she was quiet and tired today and we set goals around sleep and work stress');
    expect(out).not.toMatch(/nothing since then mostly/);
  });

  it('"intervention I did um we did ..." and "response he ..." named aloud head their sections', () => {
    const summary = 'telehealth session with Andre um 50 minutes he was irritable about the custody hearing he denied SI intervention I did um we did paced breathing and cognitive restructuring about the judge response he said it helped a bit and he agreed to practice nightly so plan I will see him next Thursday';
    expect(section(summary, 'intervention', 'birp')).toMatch(/paced breathing/);
    expect(section(summary, 'intervention', 'birp')).not.toMatch(/Therapist did\./);
    expect(section(summary, 'response', 'birp')).toMatch(/helped a bit/);
    expect(note(summary, 'birp')).not.toMatch(/ response\.|SI intervention/);
  });

  it('"decided threshold not met since no plan or intent" keeps its reason in one sentence', () => {
    expect(note('so I consulted with my supervisor about duty to warn and we decided threshold not met since no plan or intent toward him and he is staying at his sister\'s tonight and I will call him tomorrow at 10', 'birp')).toMatch(/threshold not met since no plan or intent toward him/);
  });

  it('"HIV+" is HIV-positive, never "HIV and"', () => {
    const out = note('Pt\'s partner told him Fri he is HIV+. Pt tested today, results pending.');
    expect(out).toMatch(/HIV-positive/);
    expect(out).not.toMatch(/HIV and/);
  });

  it('a question inside the client\'s own quotation marks stays as quoted ("why should I ...")', () => {
    const out = note('- "he moved out, why would I trust him now"\n- denies SI');
    expect(out).toMatch(/why would I trust him now/);
    expect(out).not.toMatch(/the therapist trust/);
  });

  it('a line asking for the format ("SOAP pls", "Simple") is no content', () => {
    expect(note('Simple\nCheck-in w/ Mr. Reyes re schedule change. Says visits going ok.', 'simple')).not.toMatch(/Simple/);
    expect(note('- pt anxious re court date\n- f/u 1 wk\n- DAP pls', 'dap')).not.toMatch(/DAP|please/i);
  });

  it('"re missed supervised visit Sat" keeps the visit, an event of its own', () => {
    expect(note('Phone call w/ Mr. Tran (father of Kim, 9) re missed supervised visit Sat. Says car broke down.', 'simple')).toMatch(/supervised visit/);
  });

  it('a lab value or a record\'s finding ("Last VL 850", "Refill data shows ...") is the chart\'s, never the client\'s report', () => {
    const out = note('- Pt Ana R, on Biktarvy. Last VL 850 (was undetectable in May). Refill data shows 1 missed fill.\n- Pt reports missing doses on weekends.', 'dap');
    expect(out).toMatch(/Last VL 850/);
    expect(out).not.toMatch(/Client reported (?:last VL|Last VL|refill data|Refill data)/);
    expect(out).toMatch(/Client is on Biktarvy|on Biktarvy/);
  });

  it('"Dx HIV 2004" is when the client was diagnosed', () => {
    expect(note('S: Dx HIV 2004, on Dovato. Reports low mood x 2 mo.\nA: adjustment to illness.')).toMatch(/Client was diagnosed with HIV in 2004/);
  });

  it('"she\'s his primary caregiver" stays true now; "was his caregiver for 5 years" stays past', () => {
    expect(note('S: Worsening anxiety since husband\'s stroke; she\'s his primary caregiver.')).toMatch(/Client is his primary caregiver/);
    expect(note('S: Husband died in May. She was his caregiver for 5 years.')).not.toMatch(/Client is his caregiver/);
  });

  it('"brief check-in 20 min: ..." gives the session its minutes', () => {
    const n = composeNote({ summary: 'PrEP client Jon, 30, brief check-in 20 min: anxious about the injection and got through today\'s shot with paced breathing I coached; GAD-7 9 (down from 13).\nPlan: next check-in 1/9.', format: 'simple' });
    expect(n.session?.minutes).toBe(20);
  });
  it('a parent named by role with their child ("Tom Hale (father) + daughter Mia (9)") is a family session, the child\'s denial in the room', () => {
    const summary = 'Reunification sess #2, Tom Hale (father) + daughter Mia (9). Supervised.\nS: Mia said "I don\'t want to be here, I want to go home." Mia denies SI/HI when asked privately.\nP: next 4/2.';
    const n = composeNote({ summary, format: 'soap' });
    expect(n.session?.serviceType).toBe('family');
    const risk = n.sections.find((s) => s.key === 'risk')?.text ?? '';
    expect(risk).not.toMatch(/another person's suicidal thoughts/);
    expect(risk).toMatch(/denied suicidal ideation/);
  });

  it('"Phone check-in tomorrow 10am by me" is the therapist\'s task, never the client\'s', () => {
    const plan = section('S: pt tearful re custody order.\nP: Phone check-in tomorrow 10am by me. Next in person Thurs.', 'plan');
    expect(plan).not.toMatch(/Client to phone/);
    expect(plan).toMatch(/by the therapist/);
  });

  it('"Both agreed Sam, not Lee, will do drop-offs" keeps the one set aside inside its sentence', () => {
    expect(note('R: Both agreed Sam, not Lee, will do drop-offs at school from now on.', 'birp')).toMatch(/Sam, not Lee, will do drop-offs/);
  });

  it('"— explored, he denied ..." is the clinician\'s act, then the member\'s answer', () => {
    const out = note('Parallel parenting grp, 6 members.\nR: Omar stated he is "done trying with her" — explored, he denied any thoughts of self-harm.', 'girp');
    expect(out).toMatch(/Therapist explored\./);
    expect(out).not.toMatch(/"done trying with her"[^.]*explored/);
  });
});
