// Shared shapes of the composer: the format-neutral session record and the Document it writes.
// These are the API of the composer (CLI, server and web all use them).

import type { Worksheet } from '../worksheet/worksheet.schema.ts';
import type { FormatKey } from './formats/formats.ts';
import type { TStyle } from './style.schema.ts';

// The format keys are read from the formats table (formats/formats.ts), where a format is added.
export type { FormatKey };

export const FACT_KINDS = [
  'report',
  'observation',
  'measure',
  'goal',
  'intervention',
  'response',
  'assessment',
  'plan',
  'homework',
  'risk',
  'session',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export type Origin = 'summary' | 'dictation' | 'worksheet' | 'profile' | 'plan';

/** A character span [start, end) in the summary, or a worksheet field path. */
export type Source = { origin: 'summary' | 'dictation'; start: number; end: number } | { origin: 'worksheet' | 'profile' | 'plan'; field: string };

export type SiStatus = 'denied' | 'passive' | 'active' | 'not_assessed';
export type HiStatus = 'denied' | 'present' | 'not_assessed';
export type SelfHarmStatus = 'denied' | 'present' | 'history' | 'not_assessed';

export interface RiskRecord {
  si: SiStatus;
  hi: HiStatus;
  selfHarm: SelfHarmStatus;
  plan?: boolean;
  intent?: boolean;
  /** The only suicidal finding is a C-SSRS screen's band ("C-SSRS - high risk"): said as the band, not as ideation endorsed. */
  siScreenBand?: 'high' | 'moderate';
  /** Intent was hedged in the summary ("intent-ish", "intent unclear"): neither reported nor denied. */
  intentUnclear?: boolean;
  /** The hedged intent was called ambivalent ("intent ambivalent"): said in the clinician's word, never as "unclear". */
  intentAmbivalent?: boolean;
  means?: boolean;
  /** A preparatory act toward suicide was told ("lined up all her lorazepam", "wrote a goodbye note"). */
  preparation?: boolean;
  protectiveFactors: string[];
  /** The client could name protective factors only with difficulty ("unable to name reasons for living beyond ..."). */
  protectiveLimited?: boolean;
  safetyPlan: string[];
  /** Suicidal ideation was endorsed without saying passive or active, plan or intent ("endorsed SI"): read as active, said as unstated. */
  siKindUnstated?: boolean;
  /**
   * "yesterday endorsed SI ..., today denies SI": when the only ideation endorsed was told of an earlier day and it is
   * denied today, that day ("yesterday"), for the status line to say both.
   */
  siEndorsedEarlier?: string;
  /**
   * 'Mei reports that when C is drunk he's said "you'd all be better off without me" ... denies SI when sober': the only
   * ideation was told by another person, and the client denied it: the status line says both, never "endorsed".
   */
  siToldByOther?: boolean;
  /** Urges to self-harm reported without acts. */
  selfHarmUrges?: boolean;
  /** A threat of violence toward another person in the client's words ("make him pay"). */
  threat?: boolean;
  /** The means were there and have been removed or are held by someone else ("wife took the pills home to lock up"). */
  meansRemoved?: boolean;
  /** Someone agreed to take the means away ("she agreed to take the gun to her house today"), not yet done. */
  meansRemovalAgreed?: boolean;
  /** Removal of a means was declined ("would not agree to remove shotgun"); with meansRemoved, only some was removed. */
  meansRemovalDeclined?: boolean;
  /** Someone was asked about removing the means ("called sister re removing meds"): neither agreed nor done. */
  meansRemovalAsked?: boolean;
  /** Suicidal ideation was denied, and beside the denial the client's quoted words speak of a wish to be dead. */
  siWordsQuoted?: boolean;
  /** The client, or one in the room telling of their own act, put hands on another person ('she "shoved Dad"'). */
  handsOnAnother?: boolean;
  /** The means as the clinician named them ("handgun", "pills"), when named. */
  meansNamed?: string;
  /** A past suicide attempt is documented (true), or its absence is (false). */
  attemptHistory?: boolean;
  /** The attempt told happened in the last day ("CO found him w/ sheet tied to vent" tonight, "overdosed last night"). */
  attemptRecent?: boolean;
  /** "ending it for both of us": another person's death with the client's own, told in the summary. */
  jointDeath?: boolean;
  /** Command hallucinations to harm self or others are documented, not denied. */
  commandHarm?: boolean;
  /** The command hallucinations are named with no content ("command AH"), or only as the chart's from an earlier time ("on admission"). */
  commandUnstated?: boolean;
  commandPast?: boolean;
  /** A past overdose is documented, with or without its intent ("hx OD 2019"). */
  overdoseHistory?: boolean;
  /** An overdose told with no mark of history ("Sat night took ~20 of her sertraline"), and whether the summary calls it intentional. */
  overdoseRecent?: 'intentional' | 'unstated';
  /** The clinician documented a duty-to-warn or duty-to-protect consultation or action. */
  dutyToWarn?: boolean;
  /** Level stated by the clinician (low, moderate, high), never inferred. */
  level?: string;
  /** The danger the client is in from someone else, as the clinician rated it ("risk to pt from others moderate-high"). */
  dangerToClient?: string;
  /** Another person's suicidal thoughts are told in the summary (a relative's, a friend's): never the client's status. */
  othersRisk?: boolean;
  /** Self-harm by someone other than the client is documented ("sister disclosed she scratches her arms"). */
  othersSelfHarm?: boolean;
  /** Abuse or harm is told now (to the client or to someone else): named beside the status, with or without a report. */
  abuseOrHarm?: 'reported' | 'no_report';
  /** Another person's threatening words are told ("partner said 'she'll regret it, I know where the gun is'"): a danger to weigh, never the client's homicidal ideation. */
  threatByOther?: boolean;
  /** A protective or no-contact order the client is reported to have broken ("arrested for violating 50C order - showed up at victim's workplace"): a danger to the person it protects. */
  orderViolated?: boolean;
  /** Active ideation said only on a condition ("I'll kill myself if you put me back out"), with plan and intent denied. */
  siConditional?: boolean;
  /** Domains whose denial only another person gave ("no self harm per mom"), never the client's own. */
  deniedByOther?: ('si' | 'hi' | 'selfHarm')[];
  /** Whom a denial of homicidal ideation was toward, when it named only them ("denies HI toward Lisa"). */
  hiDeniedToward?: string;
  /** More than one client was in the session though its kind does not say so (a couple's intake): the status is for whom the statements say. */
  shared?: boolean;
  /** The one client a family session was held for, named as the client ("client Grace Lim (31) w/ her mother"): the status is theirs. */
  forClient?: string;
  /** The client was not in the session (a parent's collateral session): what is read of the client's risk was told by others. */
  clientAbsent?: boolean;
}

export type ServiceType = 'individual' | 'couples' | 'family' | 'group' | 'intake' | 'crisis';
export type SessionModality = 'in_person' | 'video' | 'phone';

export interface SessionDetails {
  date?: string;
  startTime?: string;
  endTime?: string;
  minutes?: number;
  serviceType?: ServiceType;
  modality?: SessionModality;
  sessionNumber?: number;
  /** The planned course: "session 6 of 12" has sessionNumber 6, sessionOf 12. */
  sessionOf?: number;
  location?: string;
  clientLocation?: string;
  participants: string[];
  telehealthConsent?: boolean;
  /** Where the client was, or their consent for telehealth, is told in the summary's words (kept there), so no warning asks for it. */
  clientLocationTold?: boolean;
  telehealthConsentTold?: boolean;
  /**
   * "telehealth", "tele", "virtual" with no word for video or phone: held remotely, by means the
   * summary does not say. Read as video for the record; written as "telehealth", never "(video)".
   */
  telehealthUnspecified?: boolean;
  /** Where the details were read from (the summary's heading, or worksheet fields). */
  source?: Source[];
}

/**
 * Who a clause names as its doer: the therapist, therapist and client together, the client,
 * another person (kept as written), a pronoun whose person the summary leaves open (kept as
 * the pronoun), or no one.
 */
export type Subject = 'therapist' | 'joint' | 'client' | 'other' | 'pronoun' | 'none';

export interface Fact {
  kind: FactKind;
  /** The clause rewritten as a sentence in clinical voice. */
  text: string;
  negated: boolean;
  source: Source[];
  origin: Origin;
  /** Who the clause names as its doer, read once by the reader. */
  subject?: Subject;
  /** The speaker a jotted line opens with ("Ms. Grant: ..."), read once by the reader. */
  speaker?: string;
  /** Scored measures in the clause, read once by the reader. */
  measures?: Measure[];
  /** A statement of current risk made outside a risk line: also restated in the risk section. */
  alsoRisk?: boolean;
  /**
   * The treatment modalities the text names by acronym ("CBT" at `start`), read once by the
   * reader, for the writer to spell out on first use. Absent when there are none.
   */
  modalities?: ModalityMention[];
}

export interface ModalityMention {
  /** Where the acronym starts in the fact's text. */
  start: number;
  acronym: string;
}

export interface Measure {
  instrument: string;
  /** The instrument's published name ("Patient Health Questionnaire-9"). */
  fullName?: string;
  score: number;
  previous?: number;
  max?: number;
  band?: string;
  /** The earlier score's band, and when it was taken ("at intake in March"). */
  previousBand?: string;
  previousWhen?: string;
  /** The words of the clause the measure was read from. */
  span?: string;
}

export interface Intervention {
  name: string;
  modality?: string;
}

export interface SessionRecord {
  session: SessionDetails;
  facts: Fact[];
  risk: RiskRecord;
  interventions: Intervention[];
  goals: string[];
  measures: Measure[];
  diagnoses: string[];
  /** Ambiguous abbreviations kept as written because the summary did not settle their meaning. */
  abbreviationsKept?: string[];
  /** The pronouns the summary uses for the client, when it shows them (find-client-pronoun.ts). */
  clientPronoun?: PronounSet;
  /** In a group note, the members it names by first name (each member's chart gets the note). */
  membersNamed?: string[];
}

export type PronounSet = 'she' | 'he' | 'they';

export type Style = TStyle;

export interface ComposeContext {
  profile?: { pronouns?: PronounSet; diagnoses?: string[]; context?: string };
  plan?: { goals?: string[]; lastPlan?: string; lastHomework?: string };
}

export interface ComposeInput {
  summary?: string;
  worksheet?: Worksheet;
  format: string;
  style?: Style;
  context?: ComposeContext;
}

export interface Sentence {
  text: string;
  source: Source[];
}

export interface Section {
  key: string;
  title: string;
  text: string;
  sentences: Sentence[];
}

export type WarningCode =
  | 'missing_section'
  | 'no_intervention'
  | 'no_response'
  | 'no_plan'
  | 'no_times'
  | 'no_risk'
  | 'risk_unaddressed'
  | 'risk_present'
  | 'worksheet_conflict'
  | 'ambiguous_shorthand'
  | 'no_modality'
  | 'phq9_item9'
  | 'epds_item10'
  // A group note names its members: each member's chart gets the note.
  | 'group_members_named'
  // The command line gave a date written without its year the latest such day up to today.
  | 'date_inferred';

export interface Warning {
  code: WarningCode;
  message: string;
  section?: string;
}

export interface CptSuggestion {
  code: string;
  description: string;
  reason: string;
}

/**
 * The session details the header of an exported note repeats (date, times, minutes, service,
 * modality), as read from the input: never guessed. Names and places stay in the session section.
 */
export type SessionHeader = Pick<SessionDetails, 'date' | 'startTime' | 'endTime' | 'minutes' | 'serviceType' | 'modality'>;

export interface Document {
  format: FormatKey;
  sections: Section[];
  risk: RiskRecord;
  warnings: Warning[];
  cpt?: CptSuggestion;
  /** Present when the input stated any of these details. */
  session?: SessionHeader;
}
