// Which third-person pronoun is the client's. A pronoun names the client only when the input
// shows it: the style or profile, a heading such as "34F" or "16yo girl", or a clear majority of
// the summary's subject pronouns. Otherwise a pronoun stays a pronoun: "he" in a summary about
// a woman and her husband is not the client, and guessing would put one person's act on another.
import type { PronounSet } from '../types.ts';

// ("a man had a gun pointed at her": a man named with an article is someone else, never the client's sex;
// "his wife of 30 yrs died": nor is a spouse named with a possessive.)
const HEADING_SHE = /\b\d{1,3}\s?(?:F|f)\b|\b\d{1,3}[- ]?(?:yo|y\/o|year[- ]old)\s+(?:female|woman|girl|f)\b|(?<!\b(?:a|an|the|another|some|one|that|this|older|younger|unknown|strange|armed|his|her|their|my)\s)\b(?:female|woman|girl|mother of|wife of)\b/;
const HEADING_HE = /\b\d{1,3}\s?(?:M|m)\b|\b\d{1,3}[- ]?(?:yo|y\/o|year[- ]old)\s+(?:male|man|boy|m)\b|(?<!\b(?:a|an|the|another|some|one|that|this|older|younger|unknown|strange|armed|his|her|their|my)\s)\b(?:male|man|boy|father of|husband of)\b/;

/** The client's pronoun, or undefined when the summary does not settle it. */
export function findClientPronoun(text: string, given?: PronounSet): PronounSet | undefined {
  if (given) return given;
  const heading = text.split('\n')[0]!.slice(0, 160);
  // A title with a name and an age is the client: "Mr. Okafor (81)", "Mrs. Lee, 72" (never "Ms. Alvarez 3 weeks ago").
  // ("Indiv, 50 min." then "Client (Mrs. Noori, 47) here for ...": the same, on an early line that names the client.)
  const titled = /\b(Mr|Ms|Mrs|Miss)\.?\s+[A-Z][a-z]+,?\s*\(?\d{1,3}\b(?!\s*(?:weeks?|wks?|days?|months?|mos?|years?|yrs?|hours?|hrs?|min\w*|times|x)\b)/.exec(heading)?.[1] ?? /^\s*(?:client|pt|patient)\b[^\n]{0,12}?\b(Mr|Ms|Mrs|Miss)\.?\s+[A-Z][a-z]+,?\s*\(?\d{1,3}\b(?!\s*(?:weeks?|wks?|days?|months?|mos?|years?|yrs?|hours?|hrs?|min\w*|times|x)\b)/im.exec(text.split('\n').slice(1, 4).join('\n'))?.[1];
  // ("Intake today, Dani, 14, they/them, came with grandma": the pronouns the client goes by, as the heading gives them.)
  const stated = /\b(she\/her|he\/him|they\/them)\b/i.exec(heading)?.[1]?.toLowerCase();
  if (stated) return stated.split('/')[0] as PronounSet;
  const she = HEADING_SHE.test(heading) || (titled !== undefined && titled !== 'Mr');
  const he = HEADING_HE.test(heading) || titled === 'Mr';
  if (she !== he) return she ? 'she' : 'he';
  // ("Telehealth w/ pt's daughter Ines re father Mr. Santos": in a call with the client's relative, the one titled is the client.)
  const titledInCall = /\b(?:pt|client|patient)['’]s\s+(?:daughter|son|wife|husband|mother|mom|father|dad|sister|brother|partner|niece|nephew|granddaughter|grandson)\b[^\n]{0,80}?\b(Mr|Ms|Mrs|Miss)\.?\s+[A-Z][a-z]+/.exec(heading)?.[1];
  if (titledInCall) return titledInCall === 'Mr' ? 'he' : 'she';
  // "Saw Liam (7) with his mom": the client's possessive before the parent who came with them,
  // outranking the count (a mother's "she" may fill the rest of the summary).
  const withParent = /\b[A-Z][a-z]+,?\s*\(?\d{1,2}\)?,?\s+(?:with|w\/|and)\s+(his|her)\s+(?:mom|mother|dad|father|parents?|foster|grand\w+|aunt|uncle|step\w+|caregiver|guardian)\b/.exec(text.slice(0, 240))?.[1];
  if (withParent) return withParent === 'his' ? 'he' : 'she';
  // ("Client: Mateo, 11. Mother present ... Mateo denied anyone hurting him": with the client named, the first object or
  // possessive pronoun after each mention of the name is the client's, whatever a parent's "she" fills the rest with.)
  // ("Pt himself denies SI/HI": the client's own reflexive says it outright.)
  const reflexive = /\b(?:[Cc]lient|[Pp]t|[Pp]atient)\s+(himself|herself)\b/.exec(text)?.[1];
  if (reflexive) return reflexive === 'himself' ? 'he' : 'she';
  // ("Pt Maria (methadone 60mg, ...) brought her son Eli": the name right after the word for the client, without a colon, too.)
  const named = /\b(?:[Cc]lient|[Pp]t|[Pp]atient)\s*[:(]?\s*(?!(?:Reports?|Reported|States?|Stated|Says|Said|Denies|Denied|Endorses|Endorsed|Was|Is|Has|Had|The|This|She|He|They|Presents|Presented|Arrived|Came|Attended)\b)([A-Z][a-z]+)\b/.exec(text)?.[1]
    // ("Participants: Brianna T. (17), foster mother Lorraine": the one listed first with an age is the young client.)
    ?? /\b[Pp]articipants?\s*:\s*([A-Z][a-z]+)(?:\s+[A-Z]\.?)?\s*\(\d{1,2}\)/.exec(text)?.[1];
  if (named) {
    const firsts = [...text.matchAll(new RegExp(`\\b${named}\\b([^.;\\n"]{0,50}?)\\b(his|him|himself|her|herself)\\b`, 'g'))].filter((m) => !/\b(?:she|he|they|mom|mother|dad|father|sister|brother|[A-Z][a-z]+)\b/.test(m[1]!.replace(/^\s*,?\s*\d+[,.]?/, ''))).map((m) => (/^h(?:is|im)/.test(m[2]!) ? 'he' : 'she'));
    if (firsts.length && firsts.every((p) => p === firsts[0])) return firsts[0] as PronounSet;
  }
  // Subject pronouns outside quotes.
  // (A single quote opens only after a non-letter: "pt's ... he's" holds no quotation.)
  const bare = text.replace(/"[^"]*"|(?<![A-Za-z])'[^'\n]*'(?![A-Za-z])/g, ' ');
  const count = (re: RegExp): number => (bare.match(re) ?? []).length;
  const shes = count(/\b(she|she's|she'll|she'd|herself)\b/gi);
  const hes = count(/\b(he|he's|he'll|he'd|himself)\b/gi);
  // One gender only: the summary is about one person of that gender. Both: left open.
  // ("Lily showed her drawing ... caseworker Tom ... he will ask": one "he" among more "her"s is someone else's.)
  const hers = count(/\bher\b/gi);
  const his = count(/\b(?:his|him)\b/gi);
  if (shes >= 1 && hes === 0 && his <= Math.max(hers, shes)) return 'she';
  if (hes >= 1 && shes === 0 && hers <= Math.max(his, hes)) return 'he';
  if (shes >= 4 * hes && hes > 0) return 'she';
  if (hes >= 4 * shes && shes > 0) return 'he';
  // ("Carol 72, caregiver for husband Frank ... he wandered ... she had the brochure ... she said"): with the client named
  // and aged at the head of the summary, twice as many of one subject pronoun is the client's.
  if (/^\s*[A-Z][a-z]+,?\s+\(?\d{1,3}\)?[,\s]/.test(heading)) {
    if (shes >= 2 * hes && shes >= 2) return 'she';
    if (hes >= 2 * shes && hes >= 2) return 'he';
  }
  return undefined;
}
