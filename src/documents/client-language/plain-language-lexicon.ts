// The plain-language lexicon for documents written for the client (audience "client"): how a
// composed clinical sentence is reframed in the second person, which clinical terms become which
// plain words, and what keeps a sentence out of the client's copy altogether. Data, so a clinician
// can read and extend it; test/documents/client-language.test.ts checks every frame's example and
// that no term is listed twice. A sentence that no frame fits is left out, never forced.

/** The subject words a frame may name: {client} and {clinician} are the style's terms, escaped. */
export interface Frame {
  id: string;
  /** A regular expression (case-insensitive) over the whole sentence, without its final full stop. */
  match: string;
  /** The second-person sentence; $1, $2 are the groups (each group is converted again, see `again`). */
  write: string;
  /** Groups that are themselves a sentence to reframe ("Homework: she will ..."), not words to keep. */
  again?: boolean;
  example: { from: string; to: string };
}

/**
 * Frames, tried in order; the first that matches decides. Who did what stays as the note says:
 * the client becomes "you", the clinician "I", both "we"; a sentence that names no one keeps naming
 * no one (a passive stays passive).
 */
export const FRAMES: readonly Frame[] = [
  { id: 'plan-lead', match: '^plan:\\s*(.+)$', write: '$1', again: true, example: { from: 'Plan: continue weekly sessions', to: 'We will continue weekly sessions.' } },
  { id: 'homework-clause', match: '^homework:\\s*({client}\\s+.+)$', write: '$1', again: true, example: { from: 'Homework: client will walk daily', to: 'You will walk daily.' } },
  { id: 'homework', match: '^homework:\\s*(.+)$', write: 'To try before next time: $1', example: { from: 'Homework: thought record daily', to: 'To try before next time: thought diary daily.' } },
  { id: 'goal', match: '^goal:\\s*(.+)$', write: 'Your goal: $1', example: { from: 'Goal: sleep through the night', to: 'Your goal: sleep through the night.' } },
  { id: 'follow-up', match: '^follow-up (?:in )?(\\d+|one|two|three|four|a|an) (days?|weeks?|months?)$', write: 'We will meet again in $1 $2', example: { from: 'Follow-up 1 week', to: 'We will meet again in 1 week.' } },
  { id: 'follow-up-day', match: '^follow-up (next (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow)$', write: 'We will meet again $1', example: { from: 'Follow-up next Tuesday', to: 'We will meet again next Tuesday.' } },
  { id: 'continue', match: '^continue (.+)$', write: 'We will continue $1', example: { from: 'Continue weekly sessions', to: 'We will continue weekly sessions.' } },
  { id: 'consider', match: '^consider (.+)$', write: 'We will think about $1', example: { from: 'Consider referral for medication evaluation', to: 'We will think about referral for a medication check with a doctor.' } },
  { id: 'refer', match: '^refer(?:ral)? (to|for) (.+)$', write: 'I will refer you $1 $2', example: { from: 'Refer for medication evaluation', to: 'I will refer you for a medication check with a doctor.' } },
  { id: 'how-often', match: '^((?:weekly|twice weekly|biweekly|every other week|monthly) .+)$', write: 'Next: $1', example: { from: 'Weekly cognitive behavioral therapy (CBT)', to: 'Next: weekly therapy that works on thoughts and actions.' } },
  { id: 'next-session', match: '^next session:?\\s+(.+)$', write: 'Next session: $1', example: { from: 'Next session: review the thought diary', to: 'Next session: review the thought diary.' } },
  { id: 'client-talked', match: '^{client} (?:reported|reports|discussed|discusses|complained of|described|describes|shared|talked about|expressed)(?: that)? (.+)$', write: 'You talked about $1', example: { from: 'Client reported panic attacks down to 2 this week', to: 'You talked about panic attacks down to 2 this week.' } },
  { id: 'client-will', match: '^{client} will (.+)$', write: 'You will $1', example: { from: 'Client will ride the elevator daily', to: 'You will ride the elevator daily.' } },
  { id: 'client-encouraged', match: '^{client} (?:was|is) encouraged to (.+)$', write: 'You were encouraged to $1', example: { from: 'Client was encouraged to call a friend', to: 'You were encouraged to call a friend.' } },
  { id: 'client-agreed', match: '^{client} (?:agreed|agrees) to (.+)$', write: 'You agreed to $1', example: { from: 'Client agreed to try a walk after dinner', to: 'You agreed to try a walk after dinner.' } },
  { id: 'client-plans', match: '^{client} (?:plans|planned) to (.+)$', write: 'You plan to $1', example: { from: 'Client plans to join a gym', to: 'You plan to join a gym.' } },
  {
    id: 'client-did',
    match: '^{client} (practiced|completed|identified|tried|started|finished|attended|learned|set|wrote|made|chose|named|listed) (.+)$',
    write: 'You $1 $2',
    example: { from: 'Client identified two unhelpful thoughts', to: 'You identified two unhelpful thoughts.' },
  },
  { id: 'together', match: '^{clinician} and {client} (.+)$', write: 'We $1', example: { from: 'Therapist and client role-played a boundary conversation', to: 'We acted out a boundary conversation.' } },
  {
    id: 'clinician-did',
    match: '^{clinician} (used|practiced|reviewed|discussed|explored|taught|introduced|explained|modeled|demonstrated|role-played|went over|gave|shared|provided) (.+)$',
    write: 'I $1 $2',
    example: { from: 'Therapist taught progressive muscle relaxation', to: 'I taught muscle relaxation.' },
  },
  {
    id: 'no-one',
    match: '^([a-z][a-z -]{2,60}?) (was|were) (practiced|reviewed|discussed|explored|introduced|taught|explained|completed|assigned|set|agreed)(.*)$',
    write: '$1 $2 $3$4',
    example: { from: 'Homework was reviewed', to: 'Your practice from last time was reviewed.' },
  },
];

/** A clinical term and the plain words that replace it (whole words, any case; longer terms first). */
export interface PlainTerm {
  term: string;
  plain: string;
}

/** Terms from reference/clinical.md (interventions by modality, shorthand) in everyday words. */
export const PLAIN_TERMS: readonly PlainTerm[] = [
  { term: 'cognitive behavioral therapy', plain: 'therapy that works on thoughts and actions' },
  { term: 'dialectical behavior therapy skills', plain: 'skills for strong emotions' },
  { term: 'dialectical behavior therapy', plain: 'skills therapy for strong emotions' },
  { term: 'acceptance and commitment therapy', plain: 'therapy that works on living by your values' },
  { term: 'exposure and response prevention', plain: 'facing fears without the usual rituals' },
  { term: 'eye movement desensitization and reprocessing', plain: 'eye-movement therapy for hard memories' },
  { term: 'motivational interviewing', plain: 'talking through reasons for change' },
  { term: 'behavioral activation', plain: 'planning activities that lift your mood' },
  { term: 'cognitive restructuring', plain: 'looking at unhelpful thoughts in a new way' },
  { term: 'cognitive distortions', plain: 'unhelpful thinking patterns' },
  { term: 'cognitive distortion', plain: 'unhelpful thinking pattern' },
  { term: 'progressive muscle relaxation', plain: 'muscle relaxation' },
  { term: 'diaphragmatic breathing', plain: 'slow breathing' },
  { term: 'paced breathing', plain: 'slow breathing' },
  { term: 'exposure hierarchy', plain: 'list of feared situations' },
  { term: 'in vivo exposure', plain: 'facing a feared situation in real life' },
  { term: 'imaginal exposure recordings', plain: 'recordings of the feared memory' },
  { term: 'imaginal exposure', plain: 'facing a feared memory in your mind' },
  { term: 'cognitive processing therapy', plain: 'therapy for working through a trauma' },
  { term: 'behavioral activation schedule', plain: 'plan of activities that lift your mood' },
  { term: 'intensive outpatient program', plain: 'a more intensive treatment program' },
  { term: 'DBT skills', plain: 'skills for strong emotions' },
  { term: 'ambivalence', plain: 'mixed feelings' },
  { term: 'trauma narrative', plain: 'telling the story of what happened' },
  { term: 'psychoeducation', plain: 'information' },
  { term: 'sleep hygiene', plain: 'healthy sleep habits' },
  { term: 'thought record', plain: 'thought diary' },
  { term: 'coping skills', plain: 'ways to cope' },
  { term: 'distress tolerance', plain: 'getting through hard moments' },
  { term: 'emotion regulation', plain: 'handling strong feelings' },
  { term: 'interpersonal effectiveness', plain: 'asking for what you need' },
  { term: 'catastrophizing', plain: 'expecting the worst' },
  { term: 'ruminating', plain: 'going over and over things' },
  { term: 'rumination', plain: 'going over and over things' },
  { term: 'medication evaluation', plain: 'a medication check with a doctor' },
  { term: 'role-played', plain: 'acted out' },
  { term: 'role-play', plain: 'acting out' },
  { term: 'CBT', plain: 'therapy that works on thoughts and actions' },
  { term: 'DBT', plain: 'skills therapy for strong emotions' },
  { term: 'ERP', plain: 'facing fears without the usual rituals' },
  { term: 'EMDR', plain: 'eye-movement therapy for hard memories' },
  { term: 'PMR', plain: 'muscle relaxation' },
  { term: 'regarding', plain: 'about' },
  { term: 'homework', plain: 'your practice from last time' },
];

/**
 * Words that keep a sentence out of the client's copy: risk wording, diagnoses and the
 * clinician's own assessment are for the clinical record, not a handout (issue 10). Stems match
 * the start of a word ("suicid" finds "suicidal").
 */
export const CLINICIAN_ONLY: readonly { why: string; stems: readonly string[] }[] = [
  {
    why: 'risk wording (reference/clinical.md, risk vocabulary)',
    stems: ['suicid', 'homicid', 'self-harm', 'self harm', 'ideation', 'kill', 'overdos', 'weapon', 'firearm', 'gun', 'lethal', 'safety plan', 'risk', 'cutting', 'crisis', 'hospitali', 'harm to', 'duty to warn', 'mandated report', 'abuse', 'intent', 'means restriction', ],
  },
  { why: 'diagnosis', stems: ['diagnos', 'disorder', 'dx', 'rule out', 'meets criteria', 'prognos'] },
  {
    why: 'the clinician’s assessment and observations (mental status)',
    stems: ['impression', 'assessment', 'assessed', 'presented', 'appeared', 'affect', 'mental status', 'oriented', 'insight', 'judgment', 'medical necessity', 'guarded', 'resistant', 'noncomplian', 'complian', 'labile', 'dysthymic', 'euthymic', 'constricted', 'psychos', 'malinger', 'symptom severity', 'intervention', 'modality'],
  },
  { why: 'scores and instruments (measures)', stems: ['questionnaire', 'scale', 'score', 'subjective units', 'inventory', 'checklist'] },
];

/**
 * Clinical words with no plain equivalent here: a sentence that still holds one after the plain
 * terms is left out ("defusion", the adjective "cognitive" outside a listed term).
 */
export const JARGON: readonly string[] = ['defusion', 'cognitive', 'behavioral', 'dialectical', 'schema', 'somatic', 'dissociat', 'transference', 'titrat', 'psychodynamic', 'affective', 'ego', 'countertransference', 'sequelae', 'etiology', 'comorbid', 'ambivalen'];

/** Codes never given to a client: ICD-10-CM diagnosis codes and CPT billing codes (reference/clinical.md). */
export const CODE_PATTERNS: readonly { why: string; pattern: RegExp; example: string }[] = [
  { why: 'an ICD-10-CM code', pattern: /\b[A-TV-Z]\d[0-9AB](?:\.[0-9A-Z]{1,4})?\b/, example: 'F41.1' },
  { why: 'a CPT code', pattern: /\b(?:9\d{4}|\d{4}[FT])\b/, example: '90837' },
];

/** Words that name another person: a possessive after one may be theirs, not the client's. */
export const OTHER_PEOPLE = /\b(?:mother|mom|father|dad|parents?|partner|husband|wife|spouse|boyfriend|girlfriend|son|daughter|child(?:ren)?|kids?|brother|sister|sibling|friend|boss|manager|coworker|teacher|grand\w+|aunt|uncle|cousin|roommate|[A-Z][a-z]+ [A-Z][a-z]+)\b/;
