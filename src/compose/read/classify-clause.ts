// Gives a clause its record kind from labels, lexicons and its place in the summary.
import { ASSESSMENT_CUES, CLIENT_SUBJECTS, GOAL_CUES, INTERVENTION_TERMS, OBSERVATION_WORDS, OTHER_PEOPLE, PARTICIPANTS, PLAN_CUES, RESPONSE_CUES, SHARED_VERBS, THERAPIST_VERBS } from '../lexicon/cues.ts';
import { BETWEEN_SESSION_CUES } from '../lexicon/phrases.ts';
import { MODALITIES } from '../lexicon/modalities.ts';
import type { FactKind } from '../types.ts';
import { isRiskStatement } from './extract-risk.ts';

export type Subject = 'therapist' | 'joint' | 'client' | 'other' | 'none';

export interface ClauseContext {
  labelKind?: FactKind;
  /** An intervention has already been named earlier in the summary. */
  afterIntervention: boolean;
  /** The same sentence had an intervention clause just before this one. */
  followsIntervention: boolean;
}

const OTHER = new Set(OTHER_PEOPLE);
const MODALITY_NAME_FIRST = new RegExp(`^(${MODALITIES.map((m) => m.name).join('|')})\\b`, 'i');
const TERMS = Object.keys(INTERVENTION_TERMS).sort((a, b) => b.length - a.length);
const firstWords = (t: string, n: number): string[] => t.toLowerCase().replace(/["(),:]/g, ' ').split(/\s+/).filter(Boolean).slice(0, n);

/** Who the clause is about, from its first words. */
export function findSubject(text: string): Subject {
  // A clause that opens with a quotation opens with the client's words, not a subject.
  if (/^\s*"/.test(text)) return 'none';
  const [w0 = '', w1 = ''] = firstWords(text, 2);
  if (w0 === 'i' || w0 === 'therapist' || w0 === 'clinician' || (w0 === 'this' && w1 === 'writer')) return 'therapist';
  if (w0 === 'we' || w0 === 'together') return 'joint';
  if (CLIENT_SUBJECTS.has(w0)) return 'client';
  // Initials ("R.T. completed ...") name a person, kept as written.
  if (/^(?:[A-Z]\.){1,3}\s/.test(text.trim())) return 'other';
  const base = w0.replace(/'s$/, '');
  if (OTHER.has(base) || w0 === 'both' || w0 === 'other' || w0 === 'it' || /^[a-z]$/.test(w0) && /^[A-Z]\b/.test(text.trim())) return 'other';
  if (/^[A-Z][a-z]+('s)?\b/.test(text.trim()) && !/^(Client|Patient)/.test(text.trim()) && w1 !== '' && /^(is|was|has|had|said|says|reports|reported|felt|feels)$/.test(w1)) return 'other';
  return 'none';
}

/** The intervention term a clause opens with, if any ("deep breathing helped"). */
export function leadingInterventionTerm(text: string): string | undefined {
  const t = text.toLowerCase().replace(/^["(]+/, '');
  return TERMS.find((term) => t.startsWith(term) && !/[a-z]/.test(t.charAt(term.length)));
}

const has = (t: string, cues: readonly string[]): boolean => cues.some((c) => t.includes(c));

export function classifyClause(text: string, ctx: ClauseContext): FactKind {
  const t = ` ${text.toLowerCase()} `;
  const words = firstWords(text, 3);
  const w0 = words[0] ?? '';
  const subject = findSubject(text);
  if (isRiskStatement(text)) return 'risk';
  if (ctx.labelKind && ctx.labelKind !== 'report' && ctx.labelKind !== 'observation') return ctx.labelKind;
  // "CBT: cognitive restructuring ...", "DBT chain analysis": a modality named first is what was done.
  if (/^⟪[^⟫]+⟫/.test(text.trim()) || MODALITY_NAME_FIRST.test(text.trim())) return 'intervention';
  if (/\bscore of \d|\b\d{1,3}\/10\b|\bsubjective units of distress\b|\bvalidity of cognition\b/.test(t) && !/\b(gave|assigned|administered)\b/.test(t)) {
    const inSessionChange = /\b(decreased|increased) from \d+ to \d+/.test(t) && (ctx.afterIntervention || has(t, ['by end', 'by the end', 'end of']));
    return inSessionChange ? 'response' : 'measure';
  }
  if (ctx.labelKind) return ctx.labelKind;
  if (has(t, GOAL_CUES)) return 'goal';
  // "we will review next time" is a plan, whoever says it.
  if (/\bwill\b/.test(t) && has(t, ['next session', 'next week', 'next time', 'next appointment', 'follow-up'])) return 'plan';
  if (subject === 'therapist' || subject === 'joint') return 'intervention';
  if (subject === 'none' && isTherapistAction(t, w0) && !clientDidIt(t)) return 'intervention';
  if (subject === 'none' && (leadingInterventionTerm(text) || earlyInterventionTerm(text))) return 'intervention';
  if (subject === 'none' && laterTherapistVerb(text)) return 'intervention';
  // "won't use other people's toilets" is a habit, not a plan.
  if (has(t, PLAN_CUES) && /^(will|plan|continue|next|refer|schedule|follow)/.test(w0) && !/^will not\b/.test(t.trim())) return 'plan';
  if ((ctx.afterIntervention || ctx.followsIntervention) && (subject !== 'other' || PARTICIPANTS.has(w0)) && has(t, RESPONSE_CUES)) return 'response';
  if (ctx.followsIntervention && subject === 'client') return 'response';
  if (has(t, ASSESSMENT_CUES)) return 'assessment';
  if (subject === 'client' && /^(presented|presents|appeared|appears|looked|looks|seemed|seems)$/.test(words[1] ?? '')) return 'observation';
  if (subject === 'none' && /^(presented|appeared|looked|seemed)$/.test(w0)) return 'observation';
  if (subject === 'none' && (OBSERVATION_WORDS.has(w0) || (w0 === 'eye' && words[1] === 'contact'))) return 'observation';
  return 'report';
}

/** An intervention named in the first three words of a subjectless clause ("interoceptive exposure (spinning)"). */
function earlyInterventionTerm(text: string): boolean {
  const head = text.toLowerCase().split(/\s+/).slice(0, 3).join(' ');
  const t = text.toLowerCase();
  return TERMS.some((term) => head.startsWith(term) || head.includes(` ${term}`)) && !BETWEEN_SESSION_CUES.some((c) => t.includes(c)) && !/\b(she|he|they)\b/.test(t);
}

function isTherapistAction(t: string, w0: string): boolean {
  if (!THERAPIST_VERBS.has(w0)) return false;
  if (!SHARED_VERBS.has(w0)) return true;
  // "did thought record 2x ... when she tries" is the client's; "made HW together" is the session's.
  if (/\b(she|he|they)\b/.test(t) || BETWEEN_SESSION_CUES.some((c) => t.includes(c))) return false;
  return true;
}

/** "linked it himself", "on her own": the client did it, whatever the verb. */
function clientDidIt(t: string): boolean {
  return /\b(himself|herself|themselves|themself|on (his|her|their) own)\b/.test(t);
}

/** "short first meeting with J: explained why..." names the therapist's action after a colon or comma. */
function laterTherapistVerb(text: string): boolean {
  const parts = text.split(/[:,]/).slice(1);
  return parts.some((p) => {
    const w = p.trim().toLowerCase().split(/\s+/)[0] ?? '';
    return THERAPIST_VERBS.has(w) && !SHARED_VERBS.has(w);
  }) && !/\b(she|he|they)\s+\w+ed\b/.test(text.toLowerCase());
}
