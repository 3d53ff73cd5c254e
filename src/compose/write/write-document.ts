// The writer: a SessionRecord becomes a Document in the chosen format. Every sentence keeps
// the source spans of the input it came from.
import { CALL_WITH_NAMED_PARENT, COLLATERAL_CONTACT, COLLATERAL_WITH, CONSULT_WITH_PARENT, showsFamilyWithoutClient, INCIDENT_DEBRIEF, PARENT_WORD, WITH_PARENTS_OF } from '../lexicon/cpt-add-ons.ts';
import { CAREGIVER_SEEN, CLIENT_ABSENT, INTERVENTION_TERMS, MET_FOR_MINUTES, RESPONSE_TOLD, NOT_ATTENDED, OUTREACH, PROVIDER_CALL_OPENS } from '../lexicon/cues.ts';
import { MODALITIES } from '../lexicon/modalities.ts';
import { THIS_IS_WHOM, WRITER_ROLES } from '../lexicon/session-labels.ts';
import { markModalities } from '../text/modality-mentions.ts';
import { EMPTY_PROMPTS, FORMATS, type Layout, RISK_SECTION, SESSION_SECTION, type PlacedKind } from '../formats/formats.ts';
import type { Document, Fact, FormatKey, PronounSet, Section, Sentence, SessionHeader, SessionRecord, Style, Warning } from '../types.ts';
import { measureAssessment, measurePhrase, measureSentence, onlyMeasures } from './render-measures.ts';
import { renderRiskStatus } from './render-risk.ts';
import { renderHeading, renderSessionLine } from './render-session.ts';
import { suggestCpt } from './suggest-cpt.ts';
import { applyPronouns, completeSentence, finish, toThirdPerson, voiceFromStyle } from './voice.ts';

/** Colleagues the clinician worked with in the session's work: "with the team", "threat assessment team". */
const TEAM_AT_WORK = /\b(?:with|and|w\/) the (?:[\w-]+ )?team\b|\b(?:threat assessment|school|IEP|student support|multidisciplinary|crisis|care|treatment) team\b/i;

export interface WriteOptions {
  record: SessionRecord;
  format: FormatKey;
  style?: Style;
  warnings?: Warning[];
  /** Sections and placement in place of the format's (a clinician's template). */
  layout?: Layout;
}

/** The clinician's own judgment of the risk ("Risk mod, chronically elevated", "risk elevated"). */
// ("A: high acute risk": the level first, then what kind of risk, is the same judgment.)
const RISK_JUDGMENT = /^\s*(?:(?:overall|current|suicide|suicidal|homicide|violence)\s+)?risk(?:\s+(?:level|is|was|judged|assessed as|appears|remains))?\s*[:=-]?\s*(?:low|mod|moderate|high|elevated|imminent|minimal)\b|^\s*(?:low|mod|moderate|high|elevated|imminent|minimal)(?:[\s-]+(?:to\s+)?(?:moderate|high))?(?:\s+(?:acute|chronic|imminent|overall|current|suicide|suicidal|violence))*\s+risk\s*\.?\s*$/i;

export function writeDocument({ record: read, format, style, warnings: extra = [], layout }: WriteOptions): Document {
  // The writer works on facts with their modalities marked (⟪CBT⟫), so a modality keeps its place
  // while voice rewords the sentence; spellModalities turns each mark into words at the end.
  const record: SessionRecord = { ...read, facts: read.facts.map((fact) => ({ ...fact, text: markModalities(fact) })) };
  const def: Layout = layout ?? FORMATS[format];
  // In a couples, family or group session "we" is the clinician and everyone in the room.
  const company = ({ couples: 'the couple', family: 'the family', group: 'the group' } as const)[record.session.serviceType as 'couples' | 'family' | 'group'];
  // "Parent session (no pt)": the client was not there to do anything.
  // "Collateral call w/ PO ...": the clinician spoke with someone else; the client did and said nothing in it.
  // ("Consider separate parent session": a session planned is not this one.)
  // ("Phone consult with mom Ms. Alvarez about Sofia": a consult with a parent about the client is held without the client,
  // and "we" there is the clinician and that parent.)
  const consultedParent = record.facts.filter((f) => f.kind === 'session').map((f) => (CONSULT_WITH_PARENT.exec(f.text) ?? WITH_PARENTS_OF.exec(f.text) ?? CALL_WITH_NAMED_PARENT.exec(f.text))?.[1]).find(Boolean);
  // A visit not held (a no-show): read once, used by the voice, the session line, the prompts and the warnings.
  const notHeld = clientNotSeen(record);
  const clientAbsent = (record.session.serviceType === 'family' && showsFamilyWithoutClient(record.facts.filter((f) => !f.negated && f.kind !== 'plan' && f.kind !== 'homework').map((f) => f.text))) || (!record.session.serviceType && showsFamilyWithoutClient(record.facts.filter((f) => f.kind === 'session').map((f) => f.text))) || record.facts.some((f) => COLLATERAL_CONTACT.test(f.text)) || isCollateralCall(record) || !!consultedParent || (record.session.serviceType !== 'group' && record.facts.some((f) => f.kind !== 'plan' && f.kind !== 'homework' && !f.negated && CLIENT_ABSENT.test(f.text)) && !record.facts.some((f) => CAREGIVER_SEEN.test(f.text))) || notHeld || PROVIDER_CALL_OPENS.test(record.facts.find((f) => f.kind !== 'session')?.text ?? '');
  // ("collateral call with the daughter Linda ... we talked about how to raise it": "we" is the clinician and Linda.)
  const calledWith = record.facts.filter((f) => f.kind === 'session').map((f) => COLLATERAL_WITH.exec(f.text)).find(Boolean);
  // ("Parent-only phone session with mom re Devon": with no kind named, the session line alone says the client was away.)
  // (In a parent-only family session, "we" is the clinician and that parent, never the family.)
  const present = (consultedParent ? `the ${PARENT_WORD[consultedParent.toLowerCase()] ?? consultedParent.toLowerCase()}` : company) ?? (calledWith ? (calledWith[4] ? `${calledWith[3]} ${calledWith[4]}` : (calledWith[2] ?? `the ${PARENT_WORD[calledWith[1]!] ?? calledWith[1]}`)) : undefined);
  // ("CM visit - ...", "(peer support)": the writer named by the contact's kind, when the style names no term.)
  const sessionText = record.facts.filter((f) => f.kind === 'session').map((f) => f.text).join('\n');
  // ("Intervention: FSP home visit 1.5 hrs. ...": the contact named at the start of a labelled line names the writer too.)
  // ("Plan: CM visit 10/21 to do SSA-561 together": a visit by someone else, planned, names no writer.)
  const openings = record.facts.filter((f) => f.kind !== 'plan' && f.kind !== 'homework').map((f) => f.text.slice(0, 40)).join('\n');
  // ("Peer support group, 7 attendees": a group of peers may be led by the clinician; only "(peer support)" names a peer writer there.)
  const roles = record.session.serviceType === 'group' && !/\(peer support\)/i.test(sessionText) ? WRITER_ROLES.filter((r) => r.role !== 'peer support specialist') : WRITER_ROLES;
  const role = style?.clinicianTerm ? undefined : (roles.find((r) => r.pattern.test(sessionText)) ?? roles.find((r) => r.role !== 'prescriber' && r.pattern.test(openings)))?.role;
  // ("did the CSTAG with the team", "threat assessment team"): the clinician worked with colleagues, who may be the "we".
  const team = record.facts.some((f) => TEAM_AT_WORK.test(f.text));
  const voice = { ...voiceFromStyle(style), ...(role ? { clinician: role } : {}), ...(present ? { company: present } : {}), ...(clientAbsent ? { clientAbsent } : {}), ...(team ? { team } : {}) };
  const buckets = new Map<string, Sentence[]>([[SESSION_SECTION.key, []], ...def.sections.map((s) => [s.key, []] as [string, Sentence[]]), [RISK_SECTION.key, []]]);
  const push = (key: string, s: Sentence): void => void buckets.get(key)!.push(s);

  // (A visit not held has no hour it began: "no show for 3pm telehealth" names the hour it was booked for.)
  const sessionLine = renderSessionLine(notHeld ? { ...record.session, startTime: undefined, endTime: undefined } : record.session, isCollateralCall(record), record.facts.some((f) => f.kind === 'session' && INCIDENT_DEBRIEF.test(f.text)));
  if (sessionLine) push('session', { text: sessionLine, source: record.session.source ?? [] });
  const judgments: Sentence[] = [];
  const told: Sentence[] = [];
  for (const fact of record.facts) {
    const text = render(fact, voice, style, record.clientPronoun);
    if (fact.kind === 'session') {
      // A brief note keeps the session line and drops the heading's context fragments.
      if (style?.length === 'brief') continue;
      // ("I met with him for 75 minutes", "we did like 40 minutes": the length, once in the session line, is not said again.)
      if (record.session.minutes !== undefined && MET_FOR_MINUTES.test(fact.text)) continue;
      // A session fact told in the body ("video froze, finished by phone") is its own sentence.
      if (!fact.source.some((s) => 'start' in s && (record.session.source ?? []).some((h) => 'start' in h && h.start === s.start))) {
        // ("um so this is SSG Ramirez": whom the dictated note is about, said as who the client is.)
        // (With the kind of session said after the name, the line is written as told.)
        const named = THIS_IS_WHOM.exec(fact.text);
        const whom = named && !named[2] ? named[1] : undefined;
        push('session', { text: whom ? `Client: ${whom}.` : finish(toThirdPerson(text === fact.text ? fact.text : text, voice)), source: fact.source });
        continue;
      }
      const heading = renderHeading(toThirdPerson(fact.text, voice));
      // "Session 9 of CPT w/ Marcus": what the session is "of" continues the session line, never a sentence of its own.
      const sessionBucket = buckets.get('session')!;
      const line = sessionBucket.at(-1);
      if (heading && /^of\s/i.test(fact.text) && line && line.text === sessionLine && record.session.sessionNumber !== undefined && record.session.sessionOf === undefined) {
        sessionBucket[sessionBucket.length - 1] = { text: `${line.text.replace(/\.$/, '')} ${heading[0]!.toLowerCase()}${heading.slice(1)}`, source: [...line.source, ...fact.source] };
        continue;
      }
      if (heading) push('session', { text: heading, source: fact.source });
      continue;
    }
    // A plan goal ticked with its progress is an assessment of progress, except where the format has a Goal section.
    const progress = fact.kind === 'goal' && fact.origin === 'plan' && !def.sections.some((s) => s.key === 'goal');
    const key = fact.kind === 'risk' ? 'risk' : progress ? def.place.assessment : def.place[fact.kind as PlacedKind];
    push(key, { text, source: fact.source });
    if (fact.kind === 'risk' && record.risk.level && RISK_JUDGMENT.test(fact.text)) judgments.push({ text, source: fact.source });
    if (fact.kind === 'risk' && fact.subject !== 'therapist' && fact.subject !== 'joint' && !RISK_JUDGMENT.test(fact.text)) told.push({ text, source: fact.source });
    // ("Risk: + SI w/ plan - drive truck off the bridge tonight. Has thought about it daily x4 days." in a crisis walk-in): what
    // the client told of their risk is why they came, said where the rest of their account is too, so "it" has its antecedent.
    if (fact.kind === 'risk' && record.session.serviceType === 'crisis' && (fact.subject === 'client' || fact.subject === 'none') && !RISK_JUDGMENT.test(fact.text) && !/^(?:risk\s*:\s*)?(?:no|denies|denied|negative)\b/i.test(fact.text) && /\b(?:plan|intent|thoughts?|ideation|suicid\w*|kill|die|end (?:it|my life|his life|her life))\b/i.test(fact.text) && (buckets.get(def.place.report)?.length ?? 0) > 0) push(def.place.report, { text, source: fact.source });
    // Safety planning done in session is an intervention as well as a risk action.
    if (fact.kind === 'risk' && (fact.subject === 'therapist' || fact.subject === 'joint' || /\b(safety plan(?:ning)?|means restriction|lethal means|means counseling)\b/i.test(fact.text)) && !/^(no|denies|denied)\b/i.test(fact.text)) push(def.place.intervention, { text, source: fact.source });
    // A brief note states risk once, where it was said, when the status line can name it.
    if (fact.alsoRisk && key !== 'risk' && !(style?.length === 'brief' && riskHasStatus(record))) push('risk', { text, source: fact.source });
  }
  // "Crisis telehealth, Jordan 26, active SI, plan to OD ...": when all the client told is risk, the risk told is what brought them in.
  // (Only in a crisis session: elsewhere an empty report stays a prompt, and the risk section says the risk.)
  if (record.session.serviceType === 'crisis' && buckets.get(def.place.report)?.length === 0) for (const r of told) push(def.place.report, r);
  // ("Intake. 41 yo male, self referred ... MSE: ... Denies SI"): an intake with no technique named was itself the work done,
  // said with the parts the summary shows (a mental status examination, a risk screening), never a prompt to name it.
  if (record.session.serviceType === 'intake' && buckets.get(def.place.intervention)?.length === 0) {
    const mse = record.facts.some((f) => f.kind === 'observation' && MSE_WORDS.test(f.text));
    const screened = record.risk.si !== 'not_assessed' || record.risk.hi !== 'not_assessed' || record.risk.selfHarm !== 'not_assessed';
    const parts = [mse && 'a mental status examination', screened && 'a risk screening'].filter(Boolean);
    const heading = record.facts.filter((f) => f.kind === 'session').flatMap((f) => f.source);
    push(def.place.intervention, { text: `Intake assessment completed${parts.length ? `, including ${parts.join(' and ')}` : ''}.`, source: heading });
  }
  // "Risk mod, chronically elevated": with nothing else to assess from, the clinician's own judgment of risk is the assessment too.
  if (buckets.get(def.place.assessment)?.length === 0) for (const j of judgments) push(def.place.assessment, j);
  if (style?.length === 'brief') for (const sentences of buckets.values()) joinSameLead(sentences);
  // Consecutive impressions read as one: "Therapist's impression:" once, then the next sentence.
  for (const sentences of buckets.values()) {
    for (let i = 1; i < sentences.length; i++) {
      const prefix = /^[A-Z][a-z ]*'s impression: /.exec(sentences[i]!.text)?.[0];
      if (prefix && sentences[i - 1]!.text.includes("'s impression: ")) sentences[i] = { ...sentences[i]!, text: finish(sentences[i]!.text.slice(prefix.length)) };
    }
  }
  // The assessment reads each score: its band and its change since the earlier score.
  const assessmentKey = def.place.assessment;
  for (const fact of record.facts) {
    for (const m of fact.measures ?? []) {
      const line = measureAssessment(m);
      if (line && def.place.measure !== assessmentKey) push(assessmentKey, { text: line, source: fact.source });
    }
  }
  addJudgmentPrompts(buckets, record, def.place.assessment, notHeld);
  // The status line cites the clauses it was read from; prompts cite nothing.
  const riskSources = record.facts.filter((f) => f.kind === 'risk' || f.alsoRisk).flatMap((f) => f.source);
  const risk = { ...record.risk, safetyPlan: record.risk.safetyPlan.map((p) => toThirdPerson(p, voice)) };
  // (A family session held for one named client: the line is that client's, and says so.)
  const shared = (['couples', 'family', 'group'].includes(record.session.serviceType ?? '') && !risk.forClient) || !!risk.shared;
  for (const line of renderRiskStatus(risk, buckets.get('risk')!.map((s) => s.text), { shared, ...(risk.forClient ? { forClient: risk.forClient } : {}), elsewhere: [...buckets].filter(([key]) => key !== 'risk').flatMap(([, sentences]) => sentences.map((s) => s.text)) })) push('risk', { text: line.replace(/\bthe client\b/g, `the ${voice.client}`).replace(/\bthe (?=[A-Z])/g, ''), source: line.startsWith('[') ? [] : riskSources });

  const warnings: Warning[] = [...extra, ...auditWarnings(record, def, notHeld)];
  const sections: Section[] = [];
  for (const { key, title, prompt: own } of [SESSION_SECTION, ...def.sections, RISK_SECTION] as Layout['sections']) {
    let sentences = buckets.get(key)!;
    if (sentences.length === 0) {
      const prompt = key === 'session' ? '[Session details not documented: add the date, duration and modality.]' : (own ?? EMPTY_PROMPTS[key] ?? '[Not documented.]');
      // One warning per gap: "No plan or next appointment is documented" already says the Plan is empty.
      if (key !== 'session' && !warnings.some((w) => w.section === key && w.code !== 'ambiguous_shorthand')) warnings.push({ code: 'missing_section', message: `The ${title} section has no content from your input.`, section: key });
      sentences = [{ text: prompt, source: [] }];
    }
    sections.push({ key, title: key === 'plan' && format === 'pirp' && style?.pirpLast === 'progress' ? 'Progress' : title, text: '', sentences });
  }
  spellModalities(sections);
  // A bracketed prompt stands on its own line, so it is easy to find and delete.
  for (const s of sections) s.text = s.sentences.map((x, i) => (i > 0 && x.text.startsWith('[') ? `\n${x.text}` : i > 0 ? ` ${x.text}` : x.text)).join('');
  warnings.push(...unexplainedAcronyms(sections, record.abbreviationsKept ?? []));
  const cpt = suggestCpt(record.session, record.facts);
  const session = sessionHeader(record.session);
  return { format, sections, risk: record.risk, warnings, ...(cpt ? { cpt } : {}), ...(session ? { session } : {}) };
}

/** Words of a mental status examination in what the clinician observed. */
const MSE_WORDS = /\b(?:oriented|affect|mood|thought (?:process|content)|insight|judgment|judgement|speech|psychomotor|mental status|MSE)\b/i;

/** The structured session details for an exported note's header; undefined when none was stated. */
function sessionHeader(s: SessionRecord['session']): SessionHeader | undefined {
  const header: SessionHeader = {};
  for (const key of ['date', 'startTime', 'endTime', 'minutes', 'serviceType', 'modality'] as const) {
    if (s[key] !== undefined) Object.assign(header, { [key]: s[key] });
  }
  return Object.keys(header).length ? header : undefined;
}

/**
 * Prompts for what only the clinician can supply: the date and times of service, and in the
 * assessment the diagnosis addressed and why continued treatment is medically necessary.
 */
/** Progress toward the goals, rated in the summary's own words. */
const PROGRESS_RATED = /\bprogress(?:\s+(?:toward|towards|on)\s+(?:(?:the|her|his|their|tx|treatment)\s+)?(?:goals?|objectives?)(?:\s+\d+)?)?\s*(?::|is|was|has been|remains)\s*(?:partial|good|slow|limited|minimal|steady|fair|poor|mixed|significant|some|none|moderate|excellent|inconsistent)\b|\b(?:partial|good|slow|limited|minimal|steady|fair|poor|mixed|significant|some|moderate|no)\s+progress\b|\bgoals?(?:\s+\d+)?\s+(?:was\s+|were\s+|is\s+)?(?:met|achieved|partially met|not met)\b/i;

/**
 * A no-show: the client did not attend and nothing was done with the client. No treatment was given, so
 * there is no medical necessity to argue, no intervention or response to name and no time to bill.
 */
const clientNotSeen = (record: SessionRecord): boolean =>
  record.facts.some((f) => (f.subject === 'client' || f.subject === 'none' || f.kind === 'session') && NOT_ATTENDED.test(f.text)) && !record.facts.some((f) => f.kind === 'response' || (f.kind === 'intervention' && !OUTREACH.test(f.text)));

function addJudgmentPrompts(buckets: Map<string, Sentence[]>, record: SessionRecord, assessmentKey: string, notHeld: boolean): void {
  const session = buckets.get('session')!;
  const missing = [!record.session.date && 'the date of service', !notHeld && !(record.session.startTime && record.session.endTime) && (record.session.startTime ? 'the stop time' : 'the start and stop times')].filter(Boolean);
  if (session.length && missing.length) session.push({ text: `[Add ${missing.join(' and ')}.]`, source: [] });
  const assessment = buckets.get(assessmentKey)!;
  const said = record.facts.some((f) => /medical(?:ly)? necess|necessity/i.test(f.text));
  // A ticked plan goal with its progress, or progress the summary rates ("Progress: partial", "slow progress toward
  // goal 2", "goal 1 met"), already says the first part.
  const progressGiven = record.facts.some((f) => (f.origin === 'plan' && f.kind === 'goal' && /\bProgress:/i.test(f.text)) || PROGRESS_RATED.test(f.text));
  if (assessment.length && !said && !notHeld) assessment.push({ text: progressGiven ? '[Add the diagnosis addressed and why continued treatment is medically necessary.]' : '[Add progress toward treatment-plan goals, the diagnosis addressed and why continued treatment is medically necessary.]', source: [] });
}

function render(fact: Fact, voice: ReturnType<typeof voiceFromStyle>, style: Style | undefined, clientPronoun: PronounSet | undefined): string {
  const { text, kind } = fact;
  // Stored context is written as stored, already a sentence of the note's own.
  if (fact.origin === 'plan' || fact.origin === 'profile') return finish(text);
  // A clause that is only scores is written as the scores, in full, with band and change.
  // (Ratings without published bands, such as SUDS "from 8 to 3", keep the clinician's words.)
  if (kind === 'measure' && fact.measures?.length && fact.measures.every((m) => m.band) && onlyMeasures(text, fact.measures)) {
    return fact.measures.map((m) => measureSentence(m, voice.tense, /\btoday\b/i.test(text))).join(' ');
  }
  // Scores inside a longer clause keep their place, written in full with band and change.
  if (fact.measures?.length) return renderClause({ ...fact, text: fact.measures.reduce((t, m) => (m.span ? t.replace(m.span, measurePhrase(m)) : t), text) }, voice, style, clientPronoun);
  return renderClause(fact, voice, style, clientPronoun);
}

function renderClause(fact: Fact, voice: ReturnType<typeof voiceFromStyle>, style: Style | undefined, clientPronoun: PronounSet | undefined): string {
  const { text, kind } = fact;
  // "He is coming back tomorrow": a plan that opens with the client keeps the client as its subject.
  // ("Will call 988 if urges increase": the client's own step, read as such, is said with the client.)
  const clientStep = kind === 'plan' && fact.subject === 'client' && /^will\s/i.test(text);
  const clientOpens = clientStep || (kind === 'plan' && fact.subject === 'client' && /^(?:she|he|they|client|patient|pt)\s+(?:is|are|will)\b/i.test(text));
  // ("we did a C-SSRS, positive for plan": a screen the clinicians gave keeps its doer.)
  const screenGiven = kind === 'measure' && fact.subject === 'therapist' && /^\s*we\b/i.test(text);
  const subject = !clientOpens && !screenGiven && (kind === 'plan' || kind === 'homework' || kind === 'goal' || kind === 'measure' || kind === 'session') ? 'none' : (fact.subject ?? 'none');
  const said = clientStep ? `w${text.slice(1)}` : text;
  let out = completeSentence(style?.keepQuotes === false ? unquote(said) : said, kind, subject, voice, fact.speaker);
  if (voice.client !== 'client') out = out.replace(/\bclient\b/g, voice.client).replace(/\bClient\b/g, voice.client[0]!.toUpperCase() + voice.client.slice(1));
  out = applyPronouns(out, style?.pronouns, clientPronoun);
  return out;
}

/** Without kept quotes, quotation marks go, except around words in the first person (the client's own). */
function unquote(text: string): string {
  return text.replace(/"([^"]*)"/g, (m, inner: string) => (/\b(I|I'm|me|my|we|us|our)\b/i.test(inner) ? m : inner));
}

/** Writes ⟪CBT⟫ markers as "cognitive behavioral therapy (CBT)" on first use, "CBT" after. */
function spellModalities(sections: Section[]): void {
  const used = new Set<string>();
  for (const section of sections) {
    for (const sentence of section.sentences) {
      sentence.text = sentence.text.replace(/⟪([^⟫]+)⟫/g, (_m, acr: string, offset: number) => {
        const m = MODALITIES.find((x) => x.acronym === acr);
        if (!m) return acr;
        // The session line names the approach in full without counting as its first use in the body.
        const first = !used.has(acr) || section.key === 'session';
        if (section.key !== 'session') used.add(acr);
        const text = m.keepAcronym ? (first ? `${m.name} (${m.acronym})` : m.acronym) : m.name;
        return offset === 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
      });
    }
  }
}

/**
 * Capitalised abbreviations the lexicons do not know stay as written, and the clinician is told:
 * a reader of the chart (an auditor, the client) may not know them. Acronyms given in brackets
 * after their spelled-out form, instrument names and initials are fine.
 */
function unexplainedAcronyms(sections: readonly Section[], alreadyWarned: readonly string[]): Warning[] {
  const text = sections.map((s) => s.sentences.map((x) => x.text.replace(/"[^"]*"/g, ' ')).join(' ')).join(' ');
  const explained = new Set([...text.matchAll(/\(([A-Z][A-Za-z0-9-]{1,8})\)/g)].map((m) => m[1]!));
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![A-Za-z.(-])([A-Z]{2,5})s?(?![A-Za-z.(-]|-\d)/g)) {
    const a = m[1]!;
    if (explained.has(a) || alreadyWarned.includes(a) || KNOWN_ACRONYMS.has(a)) continue;
    found.add(a);
  }
  return [...found].map((a) => ({ code: 'ambiguous_shorthand' as const, message: `"${a}" was kept as written: spell it out if a reader of the chart might not know it.` }));
}

/** Acronyms a chart reader knows, or that name themselves (instruments, the crisis line). */
const KNOWN_ACRONYMS = new Set(['PHQ', 'GAD', 'PCL', 'SUDS', 'VOC', 'CPT', 'ICD', 'DSM', 'US', 'USA', 'UK', 'TV', 'OK', 'ID', 'AM', 'PM', 'IEP', 'ADHD', 'PTSD', 'OCD', 'CBT', 'DBT', 'ACT', 'EMDR', 'TIPP', 'DEAR', 'MAN', 'GIVE', 'FAST', 'STOP', 'PLEASE', 'ABC', 'OARS', 'PRACTICE', 'HIPAA', 'FMLA', 'MD', 'RN', 'NP', 'PA', 'PhD', 'LCSW', 'LMFT', 'LPC',
  // Words written in capitals for stress ("Did NOT call mom"), never abbreviations.
  'NOT', 'NO', 'NEVER', 'ALL', 'ONLY', 'VERY', 'DID', 'DOES', 'WAS', 'IS', 'AND', 'OR', 'BUT', 'YES', 'ANY', 'MUST', 'DO', 'HAS', 'HAD', 'NOW', 'WILL', 'CAN', 'THE']);

const TECHNIQUES = Object.keys(INTERVENTION_TERMS).filter((k) => k.length > 3);
/** A technique named anywhere in a fact ("Couples work: practiced speaker-listener"). */
function namesTechnique(text: string): boolean {
  const t = text.toLowerCase();
  return TECHNIQUES.some((k) => t.includes(k) && new RegExp(`(?<![a-z])${k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![a-z])`).test(t));
}

/** "Collateral phone call, HR business partner ...": a call about the client with someone else, named so in its heading. */
// ("Phone call w/ pt's wife (Maria)": a call with someone of the client's is a collateral call, named so or not.)
const CALL_WITH_CLIENTS_PERSON = /^(?:(?:phone|telephone)\s+)?call\s+(?:with|from)\s+(?:the\s+)?(?:client's|patient's|pt's)\s+[a-z]+/i;
const isCollateralCall = (record: SessionRecord): boolean => record.facts.some((f) => f.kind === 'session' && (COLLATERAL_CONTACT.test(f.text) || CALL_WITH_CLIENTS_PERSON.test(f.text)));

/** What an auditor would find missing (reference/clinical.md section 2.1). */
function auditWarnings(record: SessionRecord, def: Layout, notSeen: boolean): Warning[] {
  const kinds = new Set(record.facts.map((f) => f.kind));
  const w: Warning[] = [];
  if (!notSeen && !record.session.minutes && !(record.session.startTime && record.session.endTime)) {
    w.push({ code: 'no_times', message: 'No session length: add start and end times or minutes (needed to choose the CPT code).', section: 'session' });
  }
  // A technique named anywhere (a modality in the plan, safety planning in the risk lines) counts.
  const intervened = kinds.has('intervention') || record.interventions.length > 0 || record.facts.some((f) => /⟪|\bsafety plan(?:ning)?\b/i.test(f.text) || namesTechnique(f.text));
  if (!intervened && !notSeen) w.push({ code: 'no_intervention', message: 'No intervention is named: say what you did (technique and purpose).', section: def.place.intervention });
  // (In a group, what the members shared and did is how they met the work: "Nia said she used cold water instead".)
  const membersResponded = record.session.serviceType === 'group' && record.facts.some((f) => f.subject === 'other' && (f.kind === 'report' || f.kind === 'observation'));
  // ("came up with some evidence against it", "Daniel was able to reflect back her fear": a response told inside another line.)
  const respondedInLine = record.facts.some((f) => f.kind !== 'plan' && f.kind !== 'goal' && f.kind !== 'risk' && RESPONSE_TOLD.test(f.text));
  if (!kinds.has('response') && !kinds.has('assessment') && !membersResponded && !respondedInLine && !notSeen) w.push({ code: 'no_response', message: "No client response to the interventions is documented.", section: def.place.response });
  if (!kinds.has('plan') && !kinds.has('homework')) w.push({ code: 'no_plan', message: 'No plan or next appointment is documented.', section: def.place.plan });
  for (const short of record.abbreviationsKept ?? []) {
    w.push({ code: 'ambiguous_shorthand', message: `"${short}" has more than one meaning and was kept as written: spell it out if it should read otherwise.` });
  }
  const r = record.risk;
  if (r.si === 'not_assessed' && r.hi === 'not_assessed' && r.selfHarm === 'not_assessed' && record.facts.some((f) => f.alsoRisk || f.kind === 'risk')) {
    // "no safety concerns", "nobody raised safety concerns" is a statement about safety, not a concern named.
    const onlyNoConcerns = record.facts.filter((f) => f.alsoRisk || f.kind === 'risk').every((f) => /\b(?:no|denies|denied|without|nobody|no one|none)\b[^.;]{0,20}\b(?:safety|risk) (?:concerns?|issues?)\b|\b(?:safety|risk) (?:concerns?|issues?) (?:were |was )?(?:not raised|not reported|denied|none)\b/i.test(f.text));
    w.push({ code: 'risk_unaddressed', message: onlyNoConcerns ? 'The summary says there were no safety concerns but gives no status for suicidal ideation, homicidal ideation or self-harm: add what was assessed.' : 'The summary names a safety concern (such as means, violence or a risk word) but no screen for suicidal ideation, homicidal ideation or self-harm is documented: add what was assessed.', section: 'risk' });
  }
  if (r.threat && r.hi !== 'present') {
    w.push({ code: 'risk_present', message: 'A threatening statement toward another person is documented: assess homicidal ideation (intent, plan, means, target) and document any duty-to-warn or protective action.', section: 'risk' });
  } else if (r.si === 'not_assessed' && r.hi === 'not_assessed' && r.selfHarm === 'not_assessed' && !r.selfHarmUrges && !r.orderViolated) {
    w.push({ code: 'no_risk', message: 'No risk assessment is documented. If you screened for suicidal ideation, self-harm or homicidal ideation, add what was found.', section: 'risk' });
  } else if (r.si === 'passive' || r.si === 'active' || r.hi === 'present' || r.selfHarm === 'present' || r.threat) {
    // The message names only what is still missing: a level already stated is not asked for again.
    const missing = [r.level ? '' : 'the risk level', r.protectiveFactors.length ? '' : 'protective factors', r.safetyPlan.length ? '' : 'the safety plan or actions taken'].filter(Boolean);
    if (!r.safetyPlan.length || !r.level) w.push({ code: 'risk_present', message: `Risk was endorsed: document ${missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0]}.`, section: 'risk' });
  }
  // PHQ-9 item 9 above 0 always calls for a risk assessment (reference/clinical.md section 9.1).
  const item9 = record.facts.map((f) => /\bitem\s*9\b\D{0,12}([0-3])\b/i.exec(f.text)).find(Boolean);
  if (item9 && Number(item9[1]) > 0 && r.si === 'not_assessed') {
    w.push({ code: 'phq9_item9', message: 'PHQ-9 item 9 (thoughts of death or self-harm) was endorsed: document a suicide risk assessment.', section: 'risk' });
  }
  // EPDS item 10 ("the thought of harming myself has occurred to me") above 0 calls for a self-harm assessment (reference/clinical.md section 9).
  const item10 = record.facts.map((f) => /\bEPDS\s+item\s*10\b\D{0,12}([0-3])\b/i.exec(f.text)).find(Boolean);
  if (item10 && Number(item10[1]) > 0 && r.selfHarm === 'not_assessed') {
    w.push({ code: 'epds_item10', message: 'EPDS item 10 (thoughts of harming oneself) was endorsed: document a self-harm and suicide risk assessment.', section: 'risk' });
  }
  // (A group note is filed in each member's chart: other members named there identify them to whoever reads it.)
  if (record.membersNamed?.length) w.push({ code: 'group_members_named', message: `Group members are named (${record.membersNamed.join(', ')}): a group note filed in each member's chart should not identify the others; use initials or "another member" where the note is for one member.` });
  // The message names only what is missing: a location told in the summary's own words is not asked for again.
  const s = record.session;
  // (Consent is obtained once and referenced in each note: reference/clinical.md section 2.4.)
  const missing = [s.clientLocation || s.clientLocationTold ? '' : "document the client's location", s.telehealthConsent || s.telehealthConsentTold ? '' : 'note that consent for telehealth is on file'].filter(Boolean);
  // (A collateral call is held with someone else: the client's location and consent are not this contact's.)
  if ((s.modality === 'video' || s.modality === 'phone') && missing.length && !isCollateralCall(record)) {
    w.push({ code: 'no_modality', message: `Telehealth session: ${missing.join(' and ')}.`, section: 'session' });
  }
  if (record.session.modality === 'video' && record.session.telehealthUnspecified) {
    w.push({ code: 'no_modality', message: 'Telehealth session: say whether it was by video or audio only (payers bill them differently).', section: 'session' });
  }
  return w;
}

/** True when the risk record names a status the status line can state without the restated clauses. */
function riskHasStatus(record: SessionRecord): boolean {
  const r = record.risk;
  return r.si !== 'not_assessed' || r.hi !== 'not_assessed' || r.selfHarm !== 'not_assessed';
}

/** The leads a brief note says once for a run of sentences: "Client reported A. Client reported B." -> "Client reported A; B." */
const SAME_LEADS = [/^(Client|Patient) (?:reported|reports) /, /^(?:Client|Patient) (?=[a-z]+ed\b)/, /^(Therapist|Clinician|This writer) /];

function joinSameLead(sentences: Sentence[]): void {
  for (let i = sentences.length - 1; i > 0; i--) {
    const a = sentences[i - 1]!;
    const b = sentences[i]!;
    const lead = SAME_LEADS.map((re) => re.exec(a.text)?.[0]).find((l) => l && b.text.startsWith(l));
    if (!lead || /"/.test(a.text + b.text) || (a.text + b.text).split(/\s+/).length > 40 || !/\.$/.test(a.text)) continue;
    sentences.splice(i - 1, 2, { text: `${a.text.slice(0, -1)}; ${b.text.slice(lead.length)}`, source: [...a.source, ...b.source] });
  }
}
