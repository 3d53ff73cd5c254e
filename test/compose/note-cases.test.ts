// Behaviour cases for the composer: realistic post-session summaries (and worksheets) and what
// the note must and must not say, in which section. Expectations follow DESIGN.md ("The
// composer's contract", "Formats", "Principles"): faithful content in the right section, the
// right risk status, nothing invented, no leftover shorthand, no first person.
import { describe, expect, it } from 'vitest';
import { ComposeError, type ComposeInput, composeNote, type Document, FORMAT_KEYS, FORMATS, type FormatKey } from '../../src/compose/index.ts';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Lower case, straight quotes, single spaces: what assertions compare against. */
const norm = (s: string): string =>
  s
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** A section's text, normalised. Fails loudly when the section does not exist. */
function section(doc: Document, key: string): string {
  const s = doc.sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section "${key}"; sections are ${doc.sections.map((x) => x.key).join(', ')}`);
  return norm(s.text);
}

const title = (doc: Document, key: string): string | undefined => doc.sections.find((x) => x.key === key)?.title;
const all = (doc: Document): string => norm(doc.sections.map((s) => s.text).join(' '));
const codes = (doc: Document): string[] => doc.warnings.map((w) => w.code);
const show = (doc: Document): string => doc.sections.map((s) => `[${s.key}] ${s.text}`).join('\n');
const count = (text: string, phrase: string): number => text.split(phrase).length - 1;

/** Text with quoted passages blanked, so the client's own words are not judged. */
const outsideQuotes = (t: string): string => t.replace(/[\u201C\u201D]/g, '"').replace(/"[^"]*"/g, '""');

/** Shorthand that must never survive into a note (reference/clinical.md section 8). */
const SHORTHAND =
  /(^|[\s(,;:/])(pt|pt\.|pts|cl|clt|w\/|w\/o|b\/c|hx|h\/o|dx|tx|sx|rx|f\/u|hw|c\/o|si|hi|sib|avh|etoh|wk|wks|y\/o|yo|bf|gf|psychoed|cont|indiv)(?=$|[\s.,;:)!?/])/i;
// "I" alone (not the I of "CBT-I"), or we/me/my/our/us in any case.
const FIRST_PERSON = /(?<![\w-])I(?![\w-])|\b(?:[Ww]e|[Mm]e|[Mm]y|[Oo]ur|[Uu]s)\b/;

/** Must hold for every note: section order, non-empty sections, sentences, no shorthand, no "I"/"we". */
function expectWellFormed(doc: Document): void {
  const want = ['session', ...FORMATS[doc.format].sections.map((s) => s.key), 'risk'];
  expect.soft(doc.sections.map((s) => s.key), 'section keys in format order').toEqual(want);
  for (const s of doc.sections) {
    expect.soft(s.text.trim().length, `section "${s.key}" is empty`).toBeGreaterThan(0);
    expect.soft(s.sentences.length, `section "${s.key}" has no sentences`).toBeGreaterThan(0);
    for (const { text } of s.sentences) {
      const t = text.trim();
      expect.soft(t, `sentence in "${s.key}" should start with a capital, digit, quote or [prompt`).toMatch(/^["'\u201C\u2018[(A-Z0-9]/);
      expect.soft(t, `sentence in "${s.key}" should end with punctuation`).toMatch(/[.!?]["'\u201D\u2019)\]]*$/);
      const bare = outsideQuotes(t);
      expect.soft(bare, `leftover shorthand in "${s.key}"`).not.toMatch(SHORTHAND);
      expect.soft(bare, `first person outside quotes in "${s.key}"`).not.toMatch(FIRST_PERSON);
    }
  }
}

/** Composes and checks the invariants every note must meet. */
function note(input: ComposeInput): Document {
  const doc = composeNote(input);
  expectWellFormed(doc);
  return doc;
}

/** Each phrase must appear in the section (normalised, lower case). */
function has(doc: Document, key: string, ...phrases: string[]): void {
  const text = key === '*' ? all(doc) : section(doc, key);
  for (const p of phrases) expect.soft(text, `"${p}" should be in ${key}\n${show(doc)}`).toContain(p.toLowerCase());
}

/** No phrase (string or pattern) may appear in the section ('*' = whole note). */
function lacks(doc: Document, key: string, ...phrases: (string | RegExp)[]): void {
  const text = key === '*' ? all(doc) : section(doc, key);
  for (const p of phrases) {
    if (typeof p === 'string') expect.soft(text, `"${p}" must not be in ${key}\n${show(doc)}`).not.toContain(p.toLowerCase());
    else expect.soft(text, `${p} must not match ${key}\n${show(doc)}`).not.toMatch(p);
  }
}

/** A risk status line or sentence that asserts a denial the input never made. */
const INVENTED_DENIAL = /(denie[sd]|no) (any )?(suicidal|homicidal|self-harm|si\b|hi\b)|suicidal ideation denied|homicidal ideation denied|self-harm denied/;

function composeError(input: ComposeInput): ComposeError {
  try {
    composeNote(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ComposeError);
    return e as ComposeError;
  }
  throw new Error('composeNote should have thrown');
}

// ---------------------------------------------------------------------------------------------
// Every format
// ---------------------------------------------------------------------------------------------

describe('formats', () => {
  it('SOAP: CBT session with homework, follow-up and denied SI/HI', () => {
    const doc = note({
      format: 'soap',
      summary:
        '53 min video indiv. pt reports ↑ anx 2/2 work deadlines, sleeping ~5 hrs. CBT: cognitive restructuring on "I\'m going to get fired". pt receptive, generated 2 alternative thoughts. HW: thought log daily. f/u 1 wk. denies SI/HI.',
    });
    has(doc, 'subjective', 'increased anxiety', 'work deadlines', '5 hours');
    has(doc, 'objective', 'cognitive behavioral therapy (cbt)', 'cognitive restructuring', '"i\'m going to get fired"');
    has(doc, 'assessment', 'receptive', 'alternative thoughts');
    has(doc, 'plan', 'thought log', 'follow-up', '1 week');
    lacks(doc, 'subjective', 'thought log', 'homework');
    lacks(doc, 'plan', 'suicidal', 'homework: follow-up');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied', selfHarm: 'not_assessed' });
    lacks(doc, 'risk', /self-harm denied|denied self-harm/);
    expect.soft(doc.cpt?.code).toBe('90837');
    expect.soft(codes(doc)).toContain('no_modality');
  });

  it('DAP: passive SI without plan, ACT defusion and values', () => {
    const doc = note({
      format: 'dap',
      summary:
        "45 min indiv. client says she sometimes wishes she wouldn't wake up, no plan or intent. denies HI. explored values w/ ACT, practiced cognitive defusion. cl engaged, tearful at times. plan: weekly sessions, HW values worksheet",
    });
    has(doc, 'data', 'wake up', 'acceptance and commitment therapy (act)', 'cognitive defusion');
    has(doc, 'assessment', 'engaged', 'tearful');
    has(doc, 'plan', 'weekly sessions', 'values worksheet');
    expect.soft(doc.risk).toMatchObject({ si: 'passive', hi: 'denied', selfHarm: 'not_assessed', plan: false, intent: false });
    has(doc, 'risk', 'passive');
    lacks(doc, '*', /suicidal ideation denied|denied suicidal ideation/);
    expect.soft(doc.cpt?.code).toBe('90834');
  });

  it('BIRP: adolescent with a history of cutting, no current self-harm, DBT chain analysis', () => {
    const doc = note({
      format: 'birp',
      summary:
        '30 min indiv. 16 y/o client presented guarded, poor eye contact. hx of cutting, last cut 8 months ago, denies current self-harm. denies SI. DBT chain analysis of argument w/ mom. cl identified triggers (feeling dismissed). f/u next wk',
    });
    has(doc, 'behavior', '16', 'guarded', 'poor eye contact');
    has(doc, 'intervention', 'dialectical behavior therapy (dbt)', 'chain analysis');
    has(doc, 'response', 'identified triggers');
    has(doc, 'plan', 'next week');
    lacks(doc, 'behavior', 'chain analysis');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'not_assessed', selfHarm: 'history' });
    has(doc, 'risk', 'history of self-harm');
    lacks(doc, '*', /homicidal ideation denied|denie[sd] homicidal/);
    expect.soft(doc.cpt?.code).toBe('90832');
  });

  it('PIRP: couples session, last section titled "Progress" by style', () => {
    const doc = note({
      format: 'pirp',
      style: { pirpLast: 'progress' },
      summary:
        'couples session 50 min. partners report frequent arguments about finances. used Gottman soft startup, practiced speaker-listener technique. both receptive, agreed to weekly budget check-in. next session 1 wk',
    });
    expect.soft(title(doc, 'plan')).toBe('Progress');
    has(doc, 'session', 'couples', '50 minutes');
    lacks(doc, 'session', 'session 50');
    has(doc, 'problem', 'arguments about finances');
    has(doc, 'intervention', 'soft startup', 'speaker-listener');
    has(doc, 'response', 'receptive');
    has(doc, 'plan', 'next session', '1 week');
    expect.soft(doc.cpt?.code).toBe('90847');
    expect.soft(codes(doc)).toContain('no_risk');
    lacks(doc, '*', INVENTED_DENIAL);
  });

  it('GIRP: a stated goal goes to Goal; report and response to Response; exposure to Intervention', () => {
    const doc = note({
      format: 'girp',
      summary:
        'Goal: reduce panic attacks from 4/wk to 1/wk. pt reports 2 panic attacks this wk. interoceptive exposure (spinning in chair) and diaphragmatic breathing. pt tolerated exposure, SUDS 70 -> 40. plan: continue exposure hierarchy, f/u 1 wk. denies SI/HI',
    });
    has(doc, 'goal', 'reduce panic attacks');
    has(doc, 'intervention', 'interoceptive exposure', 'diaphragmatic breathing');
    has(doc, 'response', '2 panic attacks', 'tolerated exposure', 'subjective units of distress');
    has(doc, 'plan', 'exposure hierarchy', '1 week');
    lacks(doc, 'goal', 'interoceptive', 'follow-up', 'suicidal');
    lacks(doc, '*', 'substance use disorder');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied' });
  });

  it('SIRP: family session with an adolescent, family-systems interventions', () => {
    const doc = note({
      format: 'sirp',
      summary:
        'family session 55 min w/ mother, father and 14 yo son. parents report son refusing school x3 wks. tracked the interaction cycle and reframed the refusal as anxiety. son quiet but nodded when reframe offered. plan: graded return to school starting w/ half days, f/u 1 wk',
    });
    has(doc, 'session', 'family', '55 minutes');
    lacks(doc, 'session', 'session 55');
    has(doc, 'situation', 'refusing school', '3 weeks');
    has(doc, 'intervention', 'interaction cycle', 'reframed');
    has(doc, 'response', 'nodded');
    has(doc, 'plan', 'graded return to school', 'half days');
    lacks(doc, '*', 'three times');
    expect.soft(doc.cpt?.code).toBe('90847');
    expect.soft(codes(doc)).toContain('no_risk');
  });

  it('PIE: group session on relapse, plan lands in Evaluation', () => {
    const doc = note({
      format: 'pie',
      summary:
        'group session 90 min, 7 members. pt shared about cravings after relapse on ETOH last weekend. psychoed on relapse prevention and urge surfing. pt participated actively, gave feedback to peers. plan: attend AA 3x/wk, next group Thursday',
    });
    has(doc, 'session', 'group');
    has(doc, 'problem', 'cravings', 'alcohol');
    has(doc, 'intervention', 'psychoeducation', 'relapse prevention', 'urge surfing');
    has(doc, 'evaluation', 'participated actively', 'three times per week', 'thursday');
    expect.soft(doc.cpt?.code).toBe('90853');
    expect.soft(doc.risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
    lacks(doc, '*', INVENTED_DENIAL, 'alcohol use disorder');
  });

  it('Simple: narrative in session order; "we" and "I" rewritten; quote kept verbatim', () => {
    const doc = note({
      format: 'simple',
      summary:
        'pt reports better sleep this week. we reviewed sleep hygiene. I used MI to explore ambivalence about cutting back caffeine. pt said "I know I need to do it". plan f/u 2 wks',
    });
    has(doc, 'summary', 'better sleep', 'therapist and client reviewed sleep hygiene', 'motivational interviewing (mi)', '"i know i need to do it"');
    const s = section(doc, 'summary');
    expect.soft(s.indexOf('better sleep')).toBeLessThan(s.indexOf('sleep hygiene'));
    expect.soft(s.indexOf('sleep hygiene')).toBeLessThan(s.indexOf('"i know i need to do it"'));
    has(doc, 'plan', '2 weeks');
    // "cutting back caffeine" is not self-harm.
    expect.soft(doc.risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
    expect.soft(codes(doc)).toContain('no_risk');
    expect.soft(codes(doc)).not.toContain('risk_present');
  });

  it('format names are accepted in any case', () => {
    const summary = 'pt reports better mood. practiced DBT distress tolerance skills (TIPP). pt engaged. denies SI/HI/SH. f/u 1 wk';
    const upper = note({ format: 'SOAP', summary });
    expect.soft(upper.format).toBe('soap');
    has(upper, 'objective', 'dialectical behavior therapy (dbt)', 'distress tolerance');
    expect.soft(upper.risk).toMatchObject({ si: 'denied', hi: 'denied', selfHarm: 'denied' });
    const mixed = note({ format: 'Pie', summary });
    expect.soft(mixed.format).toBe('pie');
    has(mixed, 'intervention', 'distress tolerance');
    has(mixed, 'evaluation', 'engaged', 'follow-up');
  });

  it('SIRP (mixed case format): DBT diary card and chain analysis; risk stays out of the plan', () => {
    const doc = note({
      format: 'Sirp',
      summary:
        'pt reports binge episode after family dinner. reviewed diary card, DBT chain analysis of the binge: vulnerability factors, prompting event, links. pt identified skipping lunch as vulnerability. plan: regular eating schedule, f/u 1 wk. denies SI/HI/SH',
    });
    has(doc, 'situation', 'binge episode');
    has(doc, 'intervention', 'diary card', 'dialectical behavior therapy (dbt)', 'chain analysis');
    has(doc, 'response', 'skipping lunch');
    has(doc, 'plan', 'regular eating schedule', '1 week');
    lacks(doc, 'plan', 'suicidal', 'self-harm');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied', selfHarm: 'denied' });
    lacks(doc, '*', 'eating disorder', 'bulimia', 'binge eating disorder');
  });
});

// ---------------------------------------------------------------------------------------------
// Risk
// ---------------------------------------------------------------------------------------------

describe('risk', () => {
  it('crisis: active SI with plan, intent and means; safety plan, level and referral documented', () => {
    const doc = note({
      format: 'soap',
      summary:
        '50 min indiv in person. Pt reports feeling hopeless since losing job 2 wks ago, endorses active SI w/ plan to overdose on stockpiled pills, some intent. No HI. Completed Stanley-Brown safety plan; pt agreed to give pills to sister tonight. Risk high. Protective factors: daughter, faith. Referred to IOP. f/u in 2 days.',
    });
    expect.soft(doc.risk).toMatchObject({ si: 'active', hi: 'denied', plan: true, intent: true, level: 'high' });
    expect.soft(doc.risk.safetyPlan.length).toBeGreaterThan(0);
    expect.soft(doc.risk.protectiveFactors).toEqual(['daughter', 'faith']);
    has(doc, 'subjective', 'hopeless', 'losing job');
    has(doc, 'risk', 'active', 'overdose', 'safety plan', 'high', 'daughter');
    has(doc, '*', 'give pills to sister', 'intensive outpatient');
    has(doc, 'plan', '2 days');
    expect.soft(codes(doc)).not.toContain('no_risk');
    expect.soft(doc.cpt?.code).toBe('90834');
  });

  it('crisis session: SI without plan, 988 and means restriction, crisis CPT with add-on', () => {
    const doc = note({
      format: 'soap',
      summary:
        'crisis session 80 min. pt arrived distraught after partner left, endorses SI w/o plan or intent. safety planning completed, 988 crisis line provided, means restriction discussed (guns locked at brother\'s). risk moderate. f/u tomorrow',
    });
    has(doc, 'session', 'crisis', '80 minutes');
    lacks(doc, 'session', 'session 80');
    expect.soft(doc.risk).toMatchObject({ plan: false, intent: false, level: 'moderate' });
    expect.soft(['active', 'passive']).toContain(doc.risk.si);
    has(doc, 'risk', 'suicidal ideation', 'safety plan', '988', 'moderate');
    has(doc, 'plan', 'tomorrow');
    expect.soft(doc.cpt?.code).toBe('90839 + 90840');
  });

  it('"denies SI but endorses passive death wish" is passive SI, not a denial', () => {
    const doc = note({
      format: 'dap',
      summary: 'denies SI but endorses passive death wish when pain flares. denies HI. reviewed pain coping log. cl engaged. f/u 1 wk',
    });
    expect.soft(doc.risk).toMatchObject({ si: 'passive', hi: 'denied' });
    has(doc, 'risk', 'passive');
    // The clinician's own words ("denied suicidal ideation but endorsed ...") stay; the status is passive.
    lacks(doc, 'risk', /status as documented: denied suicidal ideation/);
    has(doc, 'data', 'pain coping log');
    expect.soft(codes(doc)).toContain('risk_present');
  });

  it('"no SI today, hx of SI 2019" is a current denial with history kept', () => {
    const doc = note({
      format: 'birp',
      summary: 'no SI today, hx of SI 2019. pt reports mood 6/10. reviewed thought record, cl identified catastrophizing. plan f/u 2 wks',
    });
    expect.soft(doc.risk.si).toBe('denied');
    has(doc, 'risk', 'history of suicidal ideation', '2019');
    has(doc, 'behavior', 'mood 6/10');
    has(doc, 'intervention', 'thought record');
    has(doc, 'plan', '2 weeks');
    lacks(doc, '*', 'suicide attempt');
  });

  it("another person's report of SI is not the client's risk status", () => {
    const doc = note({
      format: 'soap',
      summary: "pt's mother reports SI. pt reports stress about exams. practiced grounding (5-4-3-2-1). pt receptive. f/u 1 wk",
    });
    expect.soft(doc.risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
    expect.soft(codes(doc)).toContain('no_risk');
    has(doc, 'risk', 'mother');
    lacks(doc, '*', /client (denied|endorsed|reported) suicidal/);
    has(doc, 'subjective', 'stress about exams');
    has(doc, 'objective', 'grounding');
  });

  it('HI present: endorsed homicidal ideation toward a named target, no plan', () => {
    const doc = note({
      format: 'birp',
      summary:
        'pt reports passing thoughts of wanting to hurt coworker who humiliated him, no plan, no intent. denies SI. explored anger cues, practiced time-out. pt receptive. consulted supervisor re duty to warn. f/u 3 days',
    });
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'present' });
    has(doc, 'risk', 'homicidal', 'coworker');
    has(doc, 'intervention', 'time-out', 'duty to warn');
    expect.soft(codes(doc)).toContain('risk_present');
    lacks(doc, 'risk', 'homicidal ideation not documented');
  });

  it('HI stated with the abbreviation is recorded as present', () => {
    const doc = note({
      format: 'dap',
      summary: 'pt endorses HI toward ex-husband, thoughts of hurting him, no plan or intent. denies SI. processed anger. pt calmer by end. consulted supervisor. f/u 2 days',
    });
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'present' });
    has(doc, '*', 'homicidal ideation', 'ex-husband');
    has(doc, 'assessment', 'calmer');
  });

  it('current self-harm (recent cutting) is present, not history', () => {
    const doc = note({
      format: 'soap',
      summary:
        'pt disclosed she cut her forearm superficially 2 days ago after fight w/ bf, no intent to die. denies SI. reviewed DBT distress tolerance skills (ice, paced breathing). pt receptive. safety plan updated. f/u 3 days',
    });
    expect.soft(doc.risk).toMatchObject({ si: 'denied', selfHarm: 'present' });
    has(doc, 'risk', 'self-harm');
    has(doc, '*', 'forearm', 'boyfriend');
    has(doc, 'objective', 'distress tolerance');
    expect.soft(codes(doc)).toContain('risk_present');
  });

  it('risk not mentioned: no assumed denial anywhere, a "not documented" statement and a warning', () => {
    for (const format of ['soap', 'girp', 'simple'] as FormatKey[]) {
      const doc = note({
        format,
        summary: 'pt reports conflict w/ roommate over chores. role-played an assertive request. pt engaged, felt more confident. f/u 1 wk',
      });
      expect.soft(doc.risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
      expect.soft(codes(doc)).toContain('no_risk');
      has(doc, 'risk', 'no risk assessment was documented');
      lacks(doc, '*', INVENTED_DENIAL, 'within normal limits', 'euthymic', 'oriented');
    }
  });

  it('"cut back" and "cut down" are not self-harm', () => {
    const doc = note({
      format: 'soap',
      summary: 'pt wants to cut back on caffeine and cut down hours at work to reduce stress. problem-solving around schedule. pt engaged. f/u 2 wks',
    });
    expect.soft(doc.risk).toMatchObject({ si: 'not_assessed', hi: 'not_assessed', selfHarm: 'not_assessed' });
    has(doc, 'subjective', 'caffeine');
    has(doc, 'objective', 'problem-solving');
  });
});

// ---------------------------------------------------------------------------------------------
// Worksheet
// ---------------------------------------------------------------------------------------------

describe('worksheet', () => {
  it('worksheet only: a complete note with session line, MSE sentence, interventions and risk', () => {
    const doc = note({
      format: 'soap',
      worksheet: {
        date: '2025-03-04',
        startTime: '14:00',
        endTime: '14:53',
        serviceType: 'individual',
        modality: 'in_person',
        mse: { appearance: ['casually dressed'], mood: ['anxious'], affect: ['congruent'], thoughtProcess: ['linear'], insight: ['fair'] },
        interventions: [
          { modality: 'CBT', name: 'cognitive restructuring' },
          { modality: 'General', name: 'diaphragmatic breathing' },
        ],
        response: ['receptive', 'practiced the skill in session'],
        progress: 'progressing',
        homework: ['complete thought record daily'],
        nextAppointment: 'one week',
        risk: { si: 'denied', hi: 'denied', selfHarm: 'denied' },
      },
    });
    has(doc, 'session', 'individual', '2025-03-04', '2:00 pm to 2:53 pm', '53 minutes', 'in person');
    has(doc, 'objective', 'casually dressed', 'anxious', 'linear', 'cognitive restructuring', 'cognitive behavioral therapy (cbt)', 'diaphragmatic breathing');
    has(doc, 'assessment', 'receptive', 'progressing');
    has(doc, 'plan', 'thought record', 'one week');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied', selfHarm: 'denied' });
    has(doc, 'risk', 'denied suicidal ideation', 'denied homicidal ideation', 'denied self-harm');
    expect.soft(doc.cpt?.code).toBe('90837');
    for (const c of ['no_times', 'no_intervention', 'no_response', 'no_plan', 'no_risk'] as const) expect.soft(codes(doc)).not.toContain(c);
    // Subjective is not invented from the worksheet: it is a visible prompt.
    expect.soft(section(doc, 'subjective')).toMatch(/^\[/);
    lacks(doc, '*', 'euthymic', 'oriented', 'good judgment');
  });

  it('worksheet only: telehealth, passive SI with safety plan and protective factors', () => {
    const doc = note({
      format: 'dap',
      worksheet: {
        minutes: 45,
        serviceType: 'individual',
        modality: 'video',
        clientLocation: 'home',
        telehealthConsent: true,
        risk: {
          si: 'passive',
          hi: 'denied',
          selfHarm: 'denied',
          plan: false,
          intent: false,
          level: 'low',
          protectiveFactors: ['children at home'],
          safetyPlan: ['call sister', 'call or text 988'],
        },
        interventions: [{ modality: 'General', name: 'safety planning' }],
        response: ['engaged'],
        nextAppointment: 'in 3 days',
      },
    });
    has(doc, 'session', 'telehealth', 'home', 'consent');
    has(doc, 'data', 'safety planning');
    has(doc, 'plan', 'in 3 days');
    expect.soft(doc.risk).toMatchObject({ si: 'passive', hi: 'denied', selfHarm: 'denied', level: 'low' });
    has(doc, 'risk', 'passive', 'children at home', 'low', 'call sister', '988');
    expect.soft(codes(doc)).not.toContain('no_modality');
    expect.soft(codes(doc)).not.toContain('risk_present');
    expect.soft(doc.cpt?.code).toBe('90834');
  });

  it('summary + worksheet: the same intervention is not repeated; conflicting minutes warn', () => {
    const doc = note({
      format: 'birp',
      summary: '53 min indiv. pt reports arguing w/ partner about chores. practiced cognitive restructuring. pt engaged. f/u 1 wk. denies SI/HI',
      worksheet: { minutes: 45, interventions: [{ modality: 'CBT', name: 'cognitive restructuring' }] },
    });
    expect.soft(count(section(doc, 'intervention'), 'cognitive restructuring')).toBe(1);
    expect.soft(codes(doc)).toContain('worksheet_conflict');
    expect.soft(doc.warnings.find((w) => w.code === 'worksheet_conflict')?.section).toBe('session');
    has(doc, 'session', '45 minutes');
    lacks(doc, 'session', '53 minutes');
    expect.soft(doc.cpt?.code).toBe('90834');
    has(doc, 'behavior', 'arguing with partner');
  });

  it('summary + worksheet (GIRP): worksheet goal in Goal, summary report in Response', () => {
    const doc = note({
      format: 'girp',
      summary: 'pt reports avoiding grocery store. practiced in vivo exposure in store parking lot. pt anxious but completed it, SUDS 60 -> 35. f/u 1 wk. denies SI/HI',
      worksheet: { goals: ['Reduce avoidance of public places'], interventions: [{ modality: 'ERP', name: 'in vivo exposure' }] },
    });
    has(doc, 'goal', 'reduce avoidance of public places');
    has(doc, 'intervention', 'in vivo exposure');
    expect.soft(count(all(doc), 'in vivo exposure')).toBe(1);
    has(doc, 'response', 'avoiding grocery store', 'completed');
    has(doc, 'plan', '1 week');
    lacks(doc, '*', 'agoraphobia', 'panic disorder');
  });

  it('is deterministic: the same input gives the same note whatever was composed before', () => {
    const input: ComposeInput = { format: 'soap', summary: 'pt denies SI. denies HI. discussed sleep. f/u 1 wk', worksheet: { risk: { si: 'passive' } } };
    const first = composeNote(input);
    // A summary whose SI mention sits late in a clause, composed in between.
    composeNote({ format: 'girp', summary: 'pt anxious but completed it, SUDS 60 -> 35. f/u 1 wk. denies SI/HI' });
    const second = composeNote(input);
    expect.soft(second).toEqual(first);
    expect.soft(codes(second)).toContain('worksheet_conflict');
  });

  it('summary + worksheet disagreeing on SI: worksheet wins with a risk conflict warning', () => {
    const doc = note({ format: 'soap', summary: 'pt denies SI. denies HI. discussed sleep. f/u 1 wk', worksheet: { risk: { si: 'passive' } } });
    expect.soft(doc.risk).toMatchObject({ si: 'passive', hi: 'denied' });
    const conflict = doc.warnings.find((w) => w.code === 'worksheet_conflict');
    expect.soft(conflict?.section).toBe('risk');
  });
});

// ---------------------------------------------------------------------------------------------
// Messy input
// ---------------------------------------------------------------------------------------------

describe('messy input', () => {
  it('bullets, curly quotes and dashes', () => {
    const doc = note({
      format: 'soap',
      summary:
        '• 45 min video indiv\n• Pt c/o “can’t shut my brain off” at night — racing thoughts\n• CBT-I: stimulus control, sleep restriction\n• pt skeptical but willing to try\n• HW: sleep diary\n• denies SI/HI',
    });
    has(doc, 'session', '45 minutes', 'video');
    has(doc, 'subjective', '"can\'t shut my brain off"', 'racing thoughts');
    has(doc, 'objective', 'stimulus control', 'sleep restriction');
    has(doc, 'assessment', 'skeptical', 'willing to try');
    has(doc, 'plan', 'sleep diary');
    lacks(doc, '*', '•');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied' });
    expect.soft(doc.cpt?.code).toBe('90834');
    lacks(doc, '*', 'insomnia disorder', 'zolpidem', 'melatonin');
  });

  it('dictation-like run-on text without punctuation', () => {
    const doc = note({
      format: 'dap',
      summary:
        'so she came in today pretty tearful talking about her divorce and how the kids are handling it she said she feels like a failure we did some cognitive restructuring around the failure thought and she was able to come up with a more balanced thought she denied any SI or HI plan is to meet next week and she will keep a thought log',
    });
    const data = doc.sections.find((s) => s.key === 'data')!;
    expect.soft(data.sentences.length, 'run-on should be split into sentences').toBeGreaterThan(1);
    has(doc, 'data', 'tearful', 'divorce', 'failure', 'cognitive restructuring');
    has(doc, 'assessment', 'balanced thought');
    has(doc, 'plan', 'next week', 'thought log');
    lacks(doc, 'data', 'thought log', 'next week');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied' });
    // "plan is to meet" is not a suicide plan.
    expect.soft(doc.risk.plan).toBeUndefined();
    lacks(doc, '*', 'a plan was denied', 'adjustment disorder');
  });

  it('ellipses, doubled punctuation, double hyphens and a missing space after a period', () => {
    const doc = note({
      format: 'dap',
      summary: "pt  reports ... feeling 'stuck' at work;;   discussed values -- ACT values clarification... cl engaged!! plan - cont weekly.denies si/hi",
    });
    has(doc, 'data', 'stuck', 'values clarification', 'acceptance and commitment therapy (act)');
    has(doc, 'assessment', 'engaged');
    has(doc, 'plan', 'weekly');
    lacks(doc, 'plan', 'denies', 'suicidal');
    lacks(doc, '*', ';;', '!!', '...', 'reported...');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'denied' });
  });

  it('observations go to Objective; behavioral activation is an intervention; "they" pronouns', () => {
    const doc = note({
      format: 'soap',
      style: { pronouns: 'they' },
      summary:
        'pt presented w/ flat affect, psychomotor slowing. pt reports anhedonia and poor appetite, says she stays in bed until noon. behavioral activation: activity scheduling of 2 walks. pt minimal engagement. f/u 1 wk',
    });
    has(doc, 'objective', 'flat affect', 'psychomotor slowing', 'behavioral activation', 'activity scheduling');
    has(doc, 'subjective', 'anhedonia', 'poor appetite', 'stays in bed');
    has(doc, 'assessment', 'minimal engagement');
    lacks(doc, 'subjective', 'flat affect', 'activity scheduling');
    lacks(doc, '*', /\bshe\b/, 'major depressive', 'antidepressant');
    expect.soft(codes(doc)).toContain('no_risk');
  });

  it('a medication mentioned vaguely is not named; no diagnosis is added', () => {
    const doc = note({
      format: 'soap',
      summary: 'pt reports feeling low and unmotivated. PCP started her on a new med last wk, feeling more tired since. denies SI/HI.',
    });
    has(doc, 'subjective', 'feeling low', 'primary care provider', 'new medication', 'more tired');
    lacks(doc, '*', /\b\d+ ?mg\b/, 'sertraline', 'fluoxetine', 'ssri', 'depression', 'disorder');
    expect.soft(codes(doc)).toEqual(expect.arrayContaining(['no_plan', 'no_intervention', 'no_times']));
    expect.soft(doc.cpt).toBeUndefined();
    expect.soft(section(doc, 'plan')).toMatch(/^\[/);
    expect.soft(section(doc, 'objective')).toMatch(/^\[/);
  });
});

// ---------------------------------------------------------------------------------------------
// Modalities spelled out on first use
// ---------------------------------------------------------------------------------------------

describe('modalities', () => {
  it('EMDR processing session: intervention, SUDS/VOC spelled out, reevaluation planned', () => {
    const doc = note({
      format: 'birp',
      summary:
        'EMDR session 60 min. target: car accident memory. SUDS 8 -> 3, VOC 3 -> 6. desensitization w/ bilateral stimulation, installation, body scan clear. pt calm at close. denies SI/HI. f/u 1 wk to reevaluate',
    });
    has(doc, 'intervention', 'eye movement desensitization and reprocessing (emdr)', 'bilateral stimulation', 'installation', 'body scan');
    has(doc, 'response', 'calm');
    has(doc, '*', 'subjective units of distress', 'validity of cognition', 'car accident');
    has(doc, 'plan', '1 week', 'reevaluat');
    lacks(doc, 'session', 'session 60');
    lacks(doc, '*', 'post-traumatic stress disorder', 'ptsd');
    expect.soft(doc.cpt?.code).toBe('90837');
  });

  it('MI for alcohol use (PIRP default title "Plan"): change talk quoted, risk stays in risk', () => {
    const doc = note({
      format: 'pirp',
      summary:
        'pt reports drinking 4-5 beers nightly. MI: decisional balance, reflective listening. pt ambivalent but said "maybe I should cut down on weekdays". plan: track drinks daily, f/u 1 wk. denies SI',
    });
    expect.soft(title(doc, 'plan')).toBe('Plan');
    has(doc, 'problem', '4-5 beers nightly');
    has(doc, 'intervention', 'motivational interviewing (mi)', 'decisional balance', 'reflective listening');
    has(doc, 'response', 'ambivalent', '"maybe i should cut down on weekdays"');
    has(doc, 'plan', 'track drinks daily', '1 week');
    lacks(doc, 'plan', 'suicidal');
    expect.soft(doc.risk).toMatchObject({ si: 'denied', hi: 'not_assessed' });
    lacks(doc, '*', 'alcohol use disorder', 'naltrexone');
  });

  it('CBT named twice is spelled out once, then abbreviated', () => {
    const doc = note({
      format: 'soap',
      summary: '45 min indiv. CBT session: reviewed thought record. introduced behavioral experiment for fear of speaking up in meetings. pt engaged. used CBT psychoed on the anxiety cycle. f/u 1 wk. denies SI/HI',
    });
    const text = all(doc);
    expect.soft(count(text, 'cognitive behavioral therapy (cbt)')).toBe(1);
    expect.soft(count(text, 'cognitive behavioral therapy')).toBe(1);
    has(doc, 'objective', 'thought record', 'behavioral experiment', 'psychoeducation', 'anxiety cycle');
    has(doc, 'assessment', 'engaged');
    expect.soft(doc.cpt?.code).toBe('90834');
  });

  it('ACT in SOAP: defusion exercise and committed action', () => {
    const doc = note({
      format: 'soap',
      summary:
        'pt reports ruminating about breakup. ACT: cognitive defusion ("I am having the thought that I am unlovable"), committed action toward values of connection. pt receptive, agreed to call a friend. HW: 1 values-based action daily. denies SI/HI. f/u 1 wk',
    });
    has(doc, 'subjective', 'ruminating', 'breakup');
    has(doc, 'objective', 'acceptance and commitment therapy (act)', 'cognitive defusion', 'committed action');
    has(doc, '*', '"i am having the thought that i am unlovable"');
    has(doc, 'assessment', 'receptive');
    has(doc, 'plan', 'values-based action', '1 week');
    lacks(doc, 'plan', 'suicidal', 'homework: follow-up');
  });
});

// ---------------------------------------------------------------------------------------------
// Style options
// ---------------------------------------------------------------------------------------------

describe('style', () => {
  it('client term "patient", clinician term "this writer", present tense', () => {
    const doc = note({
      format: 'soap',
      style: { clientTerm: 'patient', clinicianTerm: 'this writer', tense: 'present' },
      summary: '53 min indiv. pt reports better mood this week. I used CBT cognitive restructuring w/ pt on catastrophic thoughts. pt engaged. f/u 1 wk. denies SI/HI',
    });
    has(doc, 'subjective', 'patient reports', 'better mood');
    has(doc, 'objective', 'this writer', 'cognitive restructuring');
    has(doc, 'assessment', 'patient');
    lacks(doc, '*', /\bclient\b/, /\btherapist\b/, /\breported\b/, /\bused\b/);
    has(doc, 'risk', 'patient denies');
    expect.soft(doc.cpt?.code).toBe('90837');
  });

  it('client named; "we" becomes the clinician term and the name', () => {
    const doc = note({
      format: 'dap',
      style: { clientTerm: 'Maria', clinicianTerm: 'this writer' },
      summary: 'pt reports she argued w/ her sister. I validated her frustration and we role-played an assertive request. she was engaged. denies SI/HI. f/u 1 wk',
    });
    expect.soft(doc.sections.find((s) => s.key === 'data')!.text).toContain('Maria');
    has(doc, 'data', 'argued with her sister', 'this writer validated', 'role-played');
    lacks(doc, '*', /\bclient\b/, /\btherapist\b/);
    has(doc, 'assessment', 'maria');
    has(doc, 'risk', 'maria');
  });

  it('initials with "they" pronouns', () => {
    const doc = note({
      format: 'dap',
      style: { clientTerm: 'J.R.', pronouns: 'they' },
      summary: 'she reports her sleep improved. reviewed her sleep diary. she was engaged. f/u 1 wk',
    });
    has(doc, 'data', 'j.r.', 'their sleep', 'sleep diary');
    lacks(doc, '*', /\bshe\b/, /\bher\b/, /\bclient\b/);
    has(doc, 'assessment', 'engaged');
  });
});

// ---------------------------------------------------------------------------------------------
// CPT suggestion from minutes
// ---------------------------------------------------------------------------------------------

describe('CPT suggestion', () => {
  const cases: [string, string][] = [
    ['53 min indiv. pt reports stable week. supportive counseling. f/u 2 wks. denies SI/HI', '90837'],
    ['45 min individual session. pt reports stable week. supportive counseling. f/u 2 wks. denies SI/HI', '90834'],
    ['30 min indiv. pt reports stable week. supportive counseling. f/u 2 wks. denies SI/HI', '90832'],
    ['couples session 50 min. partners report fewer arguments. communication skills training. f/u 2 wks', '90847'],
  ];
  for (const [summary, code] of cases) {
    it(`${summary.slice(0, 24)}... -> ${code}`, () => {
      const doc = note({ format: 'soap', summary });
      expect.soft(doc.cpt?.code).toBe(code);
      expect.soft(codes(doc)).not.toContain('no_times');
      lacks(doc, 'session', /session (30|45|50|53)\b/);
    });
  }

  it('no minutes: no CPT and a no_times warning', () => {
    const doc = note({ format: 'soap', summary: 'pt reports stable week. supportive counseling. f/u 2 wks. denies SI/HI' });
    expect.soft(doc.cpt).toBeUndefined();
    expect.soft(codes(doc)).toContain('no_times');
  });
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

describe('errors', () => {
  it('empty input: code empty_input', () => {
    for (const input of [{ format: 'soap', summary: '' }, { format: 'soap', summary: '  \n\t ' }, { format: 'dap' }] as ComposeInput[]) {
      expect.soft(composeError(input).code).toBe('empty_input');
    }
  });

  it('unknown format: code unknown_format and the message lists every valid format', () => {
    const e = composeError({ format: 'narrative', summary: 'pt reports ok week' });
    expect.soft(e.code).toBe('unknown_format');
    for (const key of FORMAT_KEYS) expect.soft(e.message.toLowerCase()).toContain(key);
    expect.soft(e.message).not.toContain('pt reports');
  });

  it('invalid worksheet: code invalid_worksheet naming the field', () => {
    const bad: [ComposeInput['worksheet'], string][] = [
      [{ startTime: '2pm' } as never, 'startTime'],
      [{ minutes: 0 }, 'minutes'],
      [{ risk: { si: 'maybe' } } as never, 'risk.si'],
      [{ interventions: [{ modality: 'Voodoo', name: 'x' }] } as never, 'interventions.0.modality'],
    ];
    for (const [worksheet, field] of bad) {
      const e = composeError({ format: 'soap', summary: 'pt reports ok week', worksheet });
      expect.soft(e.code).toBe('invalid_worksheet');
      expect.soft(e.field).toBe(field);
      expect.soft(e.message).toContain(field);
    }
  });

  it('invalid worksheet: an unknown field is named in the message', () => {
    const e = composeError({ format: 'soap', worksheet: { moodRating: 7 } as never });
    expect.soft(e.code).toBe('invalid_worksheet');
    expect.soft(e.message).toContain('moodRating');
  });
});
