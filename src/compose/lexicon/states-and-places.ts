// What a clinician jots right after the subject with no verb, and how the writer reads it
// (write/voice.ts): a state or a place takes "was" ("pt stable" -> "Client was stable", "pt at
// home" -> "Client was at home"); a program and its day is where the client is in treatment, not
// something reported ("PHP day 4", after the shorthand is spelled out).

/** States after the subject that take "was" ("pt med adherent" -> "Client was med adherent"). */
export const STATES_AFTER_SUBJECT: readonly string[] = ['stable', 'adherent', 'compliant', 'med adherent', 'medication adherent', 'sober', 'abstinent', 'unchanged', 'improved',
  // The clinician's finding of progress: "pt demonstrating incr distress tolerance" -> "Client was demonstrating ..."
  'demonstrating', 'showing', 'making', 'progressing', 'improving', 'responding', 'struggling', 'tolerating', 'benefiting', 'benefitting', 'meeting', 'gaining',
  // What the client could or would do: "Client unable to contract for safety" -> "Client was unable to ..."
  'unable to', 'able to', 'willing to', 'unwilling to',
  // Being there or not: "Pt present when I called CPS" -> "Client was present when ..." (never "presented", the exam's word).
  'present', 'absent'];

/** Places after "at" or "in" that take "was" ("pt at work" -> "Client was at work"). */
export const PLACES_AFTER_SUBJECT: readonly string[] = ['home', 'work', 'school', 'the office', 'the hospital', 'her car', 'his car', 'their car', 'the car', 'the clinic', 'the unit'];

/** Treatment programs counted in days or weeks ("intensive outpatient program week 2"). */
export const PROGRAMS: readonly string[] = ['partial hospitalization program', 'intensive outpatient program', 'residential', 'inpatient'];

/** A state from STATES_AFTER_SUBJECT at the start of what follows the subject. */
export const STATE_AFTER_SUBJECT = new RegExp(`^(?:${STATES_AFTER_SUBJECT.join('|')})\\b`);

/** "at" or "in" and a place from PLACES_AFTER_SUBJECT at the start of what follows the subject. */
// ("pt on camera in car", "pt on video from her office": where a telehealth client was seen.)
export const PLACE_AFTER_SUBJECT = new RegExp(`^(?:(?:at|in)\\s+(?:${PLACES_AFTER_SUBJECT.join('|')})|on (?:camera|video|screen|the (?:phone|video|screen))|off camera)\\b`);

/** A program and its day or week at the start of a clause: "partial hospitalization program day 4". */
// ("PHP Admission - Day 1", "IOP discharge day": where the client is in a program, too.)
// ("inpatient 5E, day 2": a unit may stand between.)
export const PROGRAM_DAY = new RegExp(`^(?:${PROGRAMS.join('|')})\\s+(?:(?:unit\\s+)?\\d[0-9A-Za-z-]{0,4},?\\s+)?(?:(?:admission|admit|intake|discharge|transition)\\b[\\s:,-]*)?(?:(?:day|week)\\s+\\d+\\b|$)`, 'i');
