// People the summary names ("Dana", "Ms. Grant", "member K."). A capitalised word is a name
// when it also stands mid-sentence (after a lower-case word or a comma), where capitals are not
// positional. A clause that opens with a name is that person's, never the client's by default.
const NOT_NAMES = new Set([
  'I', 'Client', 'Patient', 'Therapist', 'Clinician', 'Writer', 'Dr', 'Mr', 'Ms', 'Mrs', 'Miss', 'Mx', 'God', 'English', 'Spanish',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Christmas', 'Thanksgiving', 'Easter', 'Plan', 'Goal',
  'Homework', 'Session', 'Risk', 'Safety', 'Intervention', 'Response', 'Assessment', 'Problem', 'Data', 'Behavior', 'Situation',
  'Evaluation', 'Summary', 'Subjective', 'Objective', 'Intake', 'Crisis', 'Group', 'Family', 'Couples', 'Individual', 'Telehealth',
  'Video', 'Phone', 'Zoom', 'Lifeline', 'Suicide', 'Crisis Line', 'Stanley', 'Brown', 'Columbia', 'Anonymous', 'Alcoholics', 'Narcotics',
  // Short forms of days and months ("call Mon", "since Sept").
  // Times that open a line ("Today: denies SI").
  'Today', 'Tonight', 'Yesterday', 'Tomorrow', 'Now', 'Currently', 'Overall', 'Weekend',
  'Mon', 'Tue', 'Tues', 'Wed', 'Weds', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Capitalised words used as names in the summary. */
export function findNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,;(/][ \t]*|\b(?:Dr|Mr|Ms|Mrs|Mx)\.?\s+)([A-Z][a-z]{1,20})(?![A-Za-z])/g)) {
    const w = m[1]!;
    if (!NOT_NAMES.has(w)) names.add(w);
  }
  // A capitalised word with an age beside it is a person: "Maya (10)", "Dale, 47".
  for (const m of text.matchAll(/\b([A-Z][a-z]{1,20})\s*(?:\(\d{1,2}\)|,\s*\d{1,2}\b)/g)) if (!NOT_NAMES.has(m[1]!)) names.add(m[1]!);
  // "Jaylen 15 - individual": a heading that opens with a name and an age.
  const heading = /^\s*([A-Z][a-z]{1,20})\s+\d{1,2}\s*(?:[MF]\b|y\/?o\b|yo\b)?\s*(?:[-–,;(]|$)/m.exec(text.split('\n')[0] ?? '');
  if (heading && !NOT_NAMES.has(heading[1]!) && !/^(?:Week|Wk|Day|Module|Visit|Appt|Sess|Age|Page|Step|Level|Room|Unit)$/.test(heading[1]!)) names.add(heading[1]!);
  // Two capitalised words joined by "and", "+" or "&" are two people: "Mark + Dana", "Jordan and Mae".
  for (const m of text.matchAll(/\b([A-Z][a-z]{1,20})\s*(?:\+|&|and)\s*([A-Z][a-z]{1,20})\b/g)) {
    for (const w of [m[1]!, m[2]!]) if (!NOT_NAMES.has(w)) names.add(w);
  }
  return names;
}
