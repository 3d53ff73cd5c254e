import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';

const text = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
const section = (summary: string, format: string, key: string): string => composeNote({ summary, format }).sections.find((s) => s.key === key)!.text;

// Who did what, and how it is framed (issue 6): a doer needs evidence; what was seen is presentation.
describe('the doer of each sentence', () => {
  it('a verb only a therapist uses names the therapist; a shared verb names no one', () => {
    const out = text('validated her frustration. reviewed HW. discussed door alarms.');
    expect(out).toContain('Therapist validated her frustration.');
    expect(out).toContain('Homework was reviewed.');
    expect(out).toContain('Door alarms were discussed.');
  });

  it('a pronoun is the client only when the client\'s pronouns are known', () => {
    const out = text('Carol, caregiver for husband Frank. exhausted, up at night w/ him; he wandered to the road Tues. she said "I snapped at him".');
    expect(out).not.toMatch(/Client wandered/);
    expect(out).toMatch(/He wandered to the road/);
  });

  it('a named participant keeps their own acts and words', () => {
    const out = text('Joe reported working late. Sally says she feels "like a single parent." Joe teared up when Sally said she misses him.', 'dap');
    expect(out).toMatch(/Joe teared up when Sally said she misses him\./);
    expect(out).not.toMatch(/Client reported Joe/);
  });

  it('a speaker line is the speaker\'s report or statement', () => {
    const out = text('Maya (10) + foster mom Ms. Grant. Ms. Grant: nightmares 2/7 nights this wk. Maya: "school is boring." worked on trauma narrative w/ Maya.', 'pirp');
    expect(out).toContain('Ms. Grant reported nightmares 2 of 7 nights this week.');
    expect(out).toContain('Maya stated, "School is boring."');
  });

  it('a therapy applied is the therapist\'s; skills and homework the client used are the client\'s', () => {
    const out = text('pt reports better sleep. used MI re vaping. used DBT skills at home. completed thought records x3.', 'dap');
    expect(out).toContain('Therapist used motivational interviewing (MI) regarding vaping.');
    expect(out).toContain('Client used dialectical behavior therapy (DBT) skills at home.');
    expect(out).toContain('Client completed thought records three times.');
  });

  it('a report after a heading on the same line is a report, not part of the session line', () => {
    const doc = composeNote({ summary: 'session 45m indiv, pt reports better sleep. dad had MI last yr.', format: 'dap' });
    const session = doc.sections.find((s) => s.key === 'session')!.text;
    expect(session).toContain('45 minutes');
    expect(session).not.toMatch(/sleep/);
    expect(doc.sections.find((s) => s.key === 'data')!.text).toMatch(/Client reported better sleep\..*myocardial infarction/);
  });

  it('"I asked directly - ..." gives the answer to the client', () => {
    expect(text('I asked directly - thoughts of hurting him "crossed my mind" Fri night. denies SI.')).toContain('When asked directly, client reported thoughts of hurting him');
  });
});

describe('what was seen is presentation, never a report', () => {
  it.each([
    ['quiet, hood up first 30 min, picked at sleeve', 'Client presented as quiet, hood up first 30 minutes, picked at sleeve.'],
    ['good EC, speech rapid', 'Client presented with good eye contact; speech was rapid.'],
    ['pacing in frame, fidgeting w/ a cap', 'Client was observed pacing in frame, fidgeting with a cap.'],
  ])('%s', (summary, sentence) => {
    const objective = section(`pt reports rough week. ${summary}. f/u 1 wk`, 'soap', 'objective');
    expect(objective).toContain(sentence);
    expect(text(`pt reports rough week. ${summary}.`)).not.toMatch(/Client reported (quiet|good eye|pacing)/);
  });
});

describe('plans', () => {
  it('each jotted plan item is its own sentence, and a conditional stays whole', () => {
    const plan = section('pt reports better week. P: file grievance by Wed, avoid foreman\'s trailer, next sess Thurs. if worse, call 988', 'soap', 'plan');
    expect(plan).toContain('File grievance by Wednesday. Avoid foreman\'s trailer. Next session Thursday.');
    expect(plan).toMatch(/If worse, call the 988 Suicide and Crisis Lifeline\./);
  });
});

describe('jotted series and safety screens', () => {
  it('one doer\'s series of acts gets "and" before the last; a parent\'s "did well" after coaching is the response', () => {
    const doc = composeNote({ summary: 'Family session. Maya sat close to mom, played with slime, answered in one word. Therapist coached mom on labeled praise, mom did well, praised Maya 6 times.', format: 'birp' });
    const by = (key: string): string => doc.sections.find((s) => s.key === key)!.text;
    expect(by('behavior')).toContain('Maya sat close to mother, played with slime and answered in one word.');
    expect(by('response')).toContain('Mother did well and praised Maya 6 times.');
  });

  it('a safety screen with no SI/HI status is restated in the risk section, never "no risk assessment"', () => {
    const risk = composeNote({ summary: 'No safety concerns reported by parents; Maya denied anyone hurting her.', format: 'birp' }).sections.find((s) => s.key === 'risk')!.text;
    expect(risk).toContain('Maya denied anyone hurting her.');
    expect(risk).not.toContain('No risk assessment was documented');
  });
});

describe('blind review 17: crisis, family and group notes', () => {
  const doc = (summary: string, format: string) => composeNote({ summary, format });
  const by = (d: ReturnType<typeof composeNote>, key: string): string => d.sections.find((s) => s.key === key)!.text;

  it('a crisis service called is the intervention, said without guessing who called; "unable to contract" is presentation', () => {
    const d = doc('crisis walk-in. Pt states she planned to take a bottle of tylenol tonight. Unable to contract for safety. Called mobile crisis, parents notified.', 'sirp');
    expect(by(d, 'intervention')).toContain('Mobile crisis was called');
    expect(by(d, 'situation')).toContain('Client was unable to contract for safety.');
    expect(d.risk.si).toBe('active');
  });

  it('"OP" after "filed for" is an order of protection, and another person\'s threats reach the risk section', () => {
    const d = doc("Family session. Mom disclosed her ex (Ana's bio dad) texted threats last wk - she has filed for OP. Ana unaware.", 'pirp');
    expect(by(d, 'problem')).toContain("(Ana's biological father)");
    expect(by(d, 'problem')).toContain('filed for an order of protection');
    expect(by(d, 'risk')).toContain('texted threats');
  });

  it('"her ex." ends a sentence; a jotted passive of a technique names no doer; "will f/u" is the therapist\'s plan', () => {
    const d = doc('Mom cried when discussing her ex. Did structural mapping and enactment. Diary card reviewed, mostly complete. Will f/u re: safety plan.', 'pirp');
    expect(by(d, 'intervention')).toContain('Structural mapping and enactment were done.');
    expect(by(d, 'intervention')).toContain('Diary card was reviewed, mostly complete.');
    expect(by(d, 'plan')).toContain('Therapist will follow up regarding safety plan.');
  });
});

describe('blind review 17: first person, lateness and mania notes', () => {
  const doc = (summary: string, format: string) => composeNote({ summary, format });
  const by = (d: ReturnType<typeof composeNote>, key: string): string => d.sections.find((s) => s.key === key)!.text;

  it('"I want" agrees with the therapist; "I saw X today, her 6th session for grief" is a heading', () => {
    const d = doc('I saw Mrs. Patel today, her 6th session for grief after her husband died in March. She cried. I think she is in heavy grief and I want to rule out prolonged grief.', 'dap');
    expect(by(d, 'session')).toContain('Mrs. Patel; grief after her husband died in March.');
    expect(by(d, 'assessment')).toContain('the therapist wants to rule out');
  });

  it('lateness is not the session length; "no AH/VH" is no auditory or visual hallucinations; "urged" is the therapist\'s', () => {
    const d = doc('pt late 20 min. irritable, says meds "not doing shit." no AH/VH reported. urged contact w/ psychiatrist today, pt refused. wife to accompany.', 'birp');
    expect(by(d, 'behavior')).toContain('Client arrived 20 minutes late.');
    expect(d.sections.map((s) => s.text).join('\n')).toContain('No auditory or visual hallucinations reported.');
    expect(by(d, 'intervention')).toContain('Therapist urged contact with psychiatrist today.');
    expect(by(d, 'plan')).toContain('Wife to accompany.');
  });
});

describe('blind review 17: dictation with a parent, and an intake', () => {
  const by = (summary: string, format: string, key: string): string => composeNote({ summary, format }).sections.find((s) => s.key === key)!.text;

  it('a dictated "this is for <name>" opens the heading; a parent\'s "she did ok" after coaching is the parent\'s response', () => {
    const summary = 'um so this is for Darnell uh 15 year old seen with mom today for uh follow up ADHD and oppositional stuff mom says he got suspended two days last week for fighting uh he says the other kid started it he was pretty guarded at first arms crossed wouldn\'t make eye contact but warmed up when we talked about basketball we did some uh problem solving steps around the suspension and I had mom practice giving one step commands and labeled praise she did ok needed some coaching um no safety concerns he denied any thoughts of hurting himself or anyone else plan is mom will track compliance on the chart and we meet in two weeks';
    expect(by(summary, 'birp', 'session')).toContain('Darnell, 15-year-old, seen with mother today');
    expect(by(summary, 'birp', 'behavior')).toContain('Mother said he got suspended');
    expect(by(summary, 'birp', 'response')).toMatch(/^Mother did okay/);
  });

  it('a habit is reported, not one past act; an impression reads as one; a recommendation is the plan', () => {
    const summary = 'Intake. Drinks 4-5 beers nightly "to take the edge off". Impression panic d/o w/ agoraphobia r/o AUD. Recommended weekly CBT, gave panic psychoed handout.';
    expect(by(summary, 'simple', 'summary')).toContain('Client reported drinking 4-5 beers nightly');
    expect(by(summary, 'simple', 'summary')).toContain("Therapist's impression: panic disorder with agoraphobia; rule out alcohol use disorder.");
    expect(by(summary, 'simple', 'plan')).toContain('Therapist recommended weekly cognitive behavioral therapy (CBT)');
  });
});

describe('blind review 17: bulleted CBT note', () => {
  it('arrows between numbers, hours per night, a noun phrase that increased, and a series with a bracket', () => {
    const out = composeNote({ summary: '- work stress ↑, new mgr, 2 panic sx episodes\n- CR on "I\'m going to get fired" - belief ↓ 90→50%\n- taught PMR, practiced 10 min in sess\n- sleep 5h/night', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(out).toContain('Increased work stress, new manager, 2 panic symptom episodes.');
    expect(out).toContain('belief decreased from 90 to 50%');
    expect(out).toContain('Therapist taught progressive muscle relaxation (PMR) and practiced 10 minutes in session.');
    expect(out).toContain('sleep 5 hours per night');
  });
});

describe('blind review 18: quotes inside a joined series', () => {
  it('keeps every quotation when a series is joined with "and"', () => {
    const out = composeNote({ summary: 'denies SI, denies intent to die "it\'s not like that". Dana less engaged, said it "felt scripted."', format: 'girp' }).sections.map((s) => s.text).join('\n');
    expect(out).not.toContain('undefined');
    expect(out).toContain('"it\'s not like that"');
    expect(out).toContain('"felt scripted."');
  });
});

describe('blind reviews 18-19', () => {
  const out = (summary: string, format = 'soap'): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');
  it('a lab result positive for a drug, overdoses, a plus-one, "esp." and the client\'s name in apposition', () => {
    const text = out('Client Sam (they/them) reports a rough week. UDS + fentanyl this wk. Hx of 2 ODs. Cravings 6/10 on weekends, esp. Sat night. He will bring his sponsor as +1.');
    expect(text).toContain('Client (Sam, they/them) reported a rough week.');
    expect(text).toMatch(/urine drug screen positive for fentanyl/i);
    expect(text).toContain('2 overdoses');
    expect(text).toContain('especially Saturday night');
    expect(text).toContain('sponsor');
    expect(text).toContain('as plus-one');
  });
});

describe('blind reviews 18-19: a diagnosis, a task done and a counseling heading are not reports', () => {
  it('writes them without "Client reported"', () => {
    const out = composeNote({ summary: 'Methadone clinic counseling. Pt 41M. MDD recurrent. ROI for PCP signed. Says 2 wks of poor sleep.', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(out).not.toMatch(/Client reported (?:Methadone|major depressive|release)/i);
    expect(out).toContain('Methadone clinic counseling.');
    expect(out).toContain('Major depressive disorder recurrent.');
    expect(out).toContain('Release of information (ROI) for primary care provider was signed.');
  });
});

describe('blind review 20: consent, a hotline, a positive result and a timed absence', () => {
  it('an act done with the client\'s consent is the clinician\'s; a hotline called names no doer; "+ for" is positive', () => {
    const out = composeNote({ summary: 'Walk-in crisis.\nCalled brother (Ray) w/ pt consent - Ray agreed to remove rifle + rope tonight.\nCalled CPS hotline 4:40pm.\nUDS today + for fentanyl, neg for everything else.\nC-SSRS: + on items 1-5, behavior in past 3 mo +.\nleft room x5 min.', format: 'sirp' }).sections.map((s) => s.text).join('\n');
    expect(out).toContain('Therapist called brother (Ray) with client consent');
    expect(out).not.toMatch(/Client called brother/);
    expect(out).toContain('Child protective services hotline was called');
    expect(out).toContain('positive for fentanyl');
    expect(out).toContain('positive on items 1-5');
    expect(out).toContain('behavior in past 3 months positive');
    expect(out).toContain('for 5 minutes');
    expect(out).not.toMatch(/today and for|: and on/);
  });
});

describe('blind review 20: headings, speakers and the clinician\'s own judgment', () => {
  const all = (summary: string, format: string): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

  it('audio only is a phone session, and "his video" is not the modality', () => {
    const session = section('Telehealth phone session today, audio only because his video wasn\'t working. He drank Friday.', 'dap', 'session');
    expect(session).toContain('telephone');
    expect(session).not.toContain('(video)');
    expect(session).toContain('his video was not working');
  });

  it('"my read is" is the clinician\'s assessment, never the client\'s report', () => {
    const out = all('He drank Friday and Saturday. My read is his SI is tied to intoxication.', 'dap');
    expect(out).toContain("The therapist's read is his suicidal ideation is tied to intoxication.");
    expect(out).not.toMatch(/Client reported the therapist's/);
  });

  it('a relative as a speaker label reports; a topic before the clinician\'s "I" is what it is about; a teacher who emailed did it', () => {
    const out = all("Client: Leo, 8. Session 5, play therapy, 45 min.\nDad: Leo's been hitting his sister since Sept.\nDad also: teacher emailed about him throwing a chair Thurs.\nSami - I gave dad 988 and urged him to get Sami evaluated.", 'pirp');
    expect(section("Client: Leo, 8. Session 5, play therapy, 45 min.\nDad: Leo's been hitting his sister.", 'pirp', 'session')).toMatch(/Session 5, 45 minutes/);
    expect(out).toContain('Father reported Leo has been hitting his sister');
    expect(out).toContain('Father also reported teacher emailed about him');
    expect(out).not.toMatch(/Sami reported|Teacher was emailed/);
    expect(out).toContain('Regarding Sami, the therapist gave father');
  });

  it('a subordinate clause in dictation waits for its main clause', () => {
    const out = all('he told me he drank friday and saturday about a fifth each day after his daughter did not invite him to the birthday and he said when he is drinking he thinks about killing himself but he could not give me a plan', 'dap');
    expect(out).toContain('when he is drinking he thinks about killing himself');
    expect(out).not.toMatch(/said when he is drinking\./);
  });
});

describe('blind review 20: intake headings, a group member\'s name, what the clinician handed over', () => {
  const all = (summary: string, format: string): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

  it('an intake heading stays a heading, never a diagnosis or a report', () => {
    const out = all('Intake.\nHPI: sx started after father\'s death (Apr).\nSUD: ETOH 3-4 beers on weekends, denies drugs.\nFHx: mat aunt MDD, raised by MGM.', 'soap');
    expect(out).toContain('History of present illness: symptoms started');
    expect(out).toContain('Substance use: alcohol 3-4 beers on weekends');
    expect(out).toContain('maternal aunt');
    expect(out).toContain('maternal grandmother');
    expect(out).not.toMatch(/substance use disorder:|Client reported history of present illness/);
  });

  it('another group member is not named in this client\'s note', () => {
    const out = all('IOP group. another member (Kayla) shared her OD last yr - pt visibly affected, teared up.', 'birp');
    expect(out).toContain('Another member shared her overdose last year');
    expect(out).not.toContain('Kayla');
  });

  it('what the clinician handed the client is the clinician\'s act, and overdose prevention is restated in the risk section', () => {
    const doc = composeNote({ summary: 'UDS + fentanyl this wk. Has naloxone at home, gave him another kit. says he used alone. Told mom after sess re plan. Denies SI.', format: 'dap' });
    const out = doc.sections.map((s) => s.text).join('\n');
    expect(out).toContain('Therapist gave him another kit.');
    expect(out).not.toMatch(/Client has naloxone at home and gave him/);
    expect(out).toContain('Therapist told mother after session');
    const risk = doc.sections.find((s) => s.key === 'risk')!.text;
    expect(risk).toContain('used alone');
    expect(risk).toContain('naloxone');
  });
});

describe('blind review 21: orientation, referral, lasting states, a phone session and a mother', () => {
  const all = (summary: string, format: string): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

  it('writes each with its real doer', () => {
    const out = all('Intake, tele (phone), 50 min.\nS: referred by PCP for depression. Lives alone, has a cat. mo to lock up razors tonight.\nO: Oriented x4. no marks seen.\nP: boundaries w/ manager re: OT, PT referral for back.', 'soap');
    expect(out).toContain('Client was referred by primary care provider for depression.');
    expect(out).toContain('Client lives alone, has a cat.');
    expect(out).toContain('Client was oriented to person, place, time and situation.');
    expect(out).toContain('No marks seen.');
    expect(out).toContain('overtime');
    expect(out).toMatch(/physical therapy referral/i);
    expect(out).toMatch(/[Mm]other to lock up razors/);
    expect(out).not.toMatch(/Therapist (?:referred by|oriented)|Client reported no marks|[Mm]onths to lock/);
    expect(section('Intake, tele (phone), 50 min. Lives alone.', 'soap', 'session')).toContain('telephone');
  });
});

describe('blind review 22: quotes, a vet, a drug screen list, a consultant, a reaction and a couple', () => {
  const all = (summary: string, format: string): string => composeNote({ summary, format }).sections.map((s) => s.text).join('\n');

  it('keeps a single-quoted threat in the client\'s own first person', () => {
    const out = all("Kayla said about a girl at school: 'if she says one more thing I'm gonna stab her, I swear.' no plan.", 'dap');
    expect(out).toContain("I'm gonna stab her, I swear.");
    expect(out).not.toMatch(/the therapist'm|the therapist swear/);
  });

  it('reads each word in its context', () => {
    const out = all('Intake. protective: roommate, dog at home, wants to be a vet. UDS today + bup, + THC, neg fentanyl. Nightmares down to 1-2 a week.\nConsulted w/ Dr. Huang (on-call psychiatrist) - agreed needs higher level of care.', 'soap');
    expect(out).toContain('wants to be a veterinarian');
    expect(out).toContain('Urine drug screen today positive for buprenorphine, positive for cannabis, negative for fentanyl.');
    expect(out).toContain('1-2 a week');
    expect(out).toContain('Dr. Huang (on-call psychiatrist), who agreed');
    expect(out).not.toMatch(/veteran|Client reported urine|2 am week/);
  });

  it('a reaction to what the work produced is the response; two partners in a marriage are a couples session', () => {
    const doc = composeNote({ summary: 'Main stuck point: "If I had fought back, it wouldn\'t have happened." I used Socratic questioning and they got to "freezing is what my body did to survive." They said that felt "about 40% true."', format: 'birp' });
    expect(doc.sections.find((s) => s.key === 'response')!.text).toContain('40% true');
    const couple = composeNote({ summary: "- Marcus & Dani, sess 7, 50 min, in office\n- Dani: 'I feel like his phone is the third person in this marriage'", format: 'dap' });
    expect(couple.cpt?.code).toMatch(/^90847/);
  });
});
