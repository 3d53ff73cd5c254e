// The risk section says exactly what was assessed: the clinician's own risk statements, then
// one status line. What was not assessed is said to be undocumented, never assumed denied.
import type { RiskRecord } from '../types.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

// Each domain is its own clause with a subject, so no status word can read as the next domain's
// ("... suicidal ideation; denied homicidal ideation" must not read "suicidal ideation denied").
const SI: Record<RiskRecord['si'], string> = { denied: 'the client denied suicidal ideation', passive: 'the client endorsed passive suicidal ideation', active: 'the client endorsed active suicidal ideation', not_assessed: 'suicidal ideation was not documented' };
const HI: Record<RiskRecord['hi'], string> = { denied: 'the client denied homicidal ideation', present: 'the client endorsed homicidal ideation', not_assessed: 'homicidal ideation was not documented' };
const SH: Record<RiskRecord['selfHarm'], string> = { denied: 'the client denied self-harm', present: 'current self-harm is documented', history: 'a history of self-harm is documented', not_assessed: 'self-harm was not documented' };
// (Self-harm is often told by staff or family, "staff report SIB 11x": its status names no reporter.)
const DOMAIN = { si: 'suicidal ideation', hi: 'homicidal ideation', selfHarm: 'self-harm' } as const;
// With several people in the room ("Both denied SI", "Jake denied SI", "one member endorsed
// passive SI") "the client" would name the wrong person: the status names no one, and the
// clinician's sentences above it say who.
// Each status opens with its verb, so it cannot read as the domain before it's.
const SI_SHARED: Record<RiskRecord['si'], string> = { denied: 'denied suicidal ideation', passive: 'endorsed passive suicidal ideation', active: 'endorsed active suicidal ideation', not_assessed: SI.not_assessed };
const HI_SHARED: Record<RiskRecord['hi'], string> = { denied: 'denied homicidal ideation', present: 'endorsed homicidal ideation', not_assessed: HI.not_assessed };
const SH_SHARED: Record<RiskRecord['selfHarm'], string> = { denied: 'denied self-harm', present: 'current self-harm is documented', history: 'a history of self-harm is documented', not_assessed: SH.not_assessed };

export interface RiskStatusOptions {
  /** A couples, family or group session: the status names no one. */
  shared?: boolean;
  /** The note's other sentences, where an action for another person's safety may be planned. */
  elsewhere?: readonly string[];
  /** The one client a family session was held for, named in the status line. */
  forClient?: string;
}

const VIOLENCE_PROMPT = '[Physical aggression toward another person is documented above: add your assessment of the risk of violence and any protective action or report made.]';

/** `stated` is what the risk section already says in the clinician's words, not repeated. */
/** A protective order the client broke: the danger to the protected person is the clinician's to assess. */
const ORDER_VIOLATED_PROMPT = '[A violation of a protective or no-contact order is documented above: add your assessment of the danger to the protected person and any notification or protective action.]';
const THREAT_BY_OTHER_PROMPT = "[Another person's threatening statement is documented above: add your assessment of the danger (to the client or to others) and any safety planning or protective action.]";

/** Abuse or harm told now: said beside the status, which covers only ideation and self-harm, without naming whom it was done to. */
function abuseOrHarmLine(risk: RiskRecord): string[] {
  if (risk.abuseOrHarm === 'reported') return ['A disclosure of abuse or harm, and the report or safety planning for it, are documented above.'];
  if (risk.abuseOrHarm === 'no_report') return ['[A disclosure of abuse or harm is documented above: add your assessment of the safety of the person harmed, and any report made or why none was required.]'];
  return [];
}

export function renderRiskStatus(risk: RiskRecord, stated: readonly string[] = [], { shared = false, elsewhere = [], forClient }: RiskStatusOptions = {}): string[] {
  if (risk.si === 'not_assessed' && risk.hi === 'not_assessed' && risk.selfHarm === 'not_assessed' && !risk.threat && !risk.selfHarmUrges) {
    // Risk words with no status read from them (a safety line, another person's risk): never "not documented".
    // (Physical aggression told still asks for the clinician's assessment of violence, whoever's thoughts are above.)
    // ("Ana denied SI/HI" in a home visit for her son: a named person's denial is theirs, and the prompt says so.)
    if (stated.length) return [...abuseOrHarmLine(risk), ...(risk.handsOnAnother ? [VIOLENCE_PROMPT] : []), risk.othersRisk ? "[The statements above are another person's suicidal thoughts and name no status of the client's own: add the client's status for suicidal ideation, homicidal ideation and self-harm as assessed, and any action taken for that person's safety.]" : stated.some((t) => /^(?!Client|Patient)[A-Z][a-z]+(?:\s+\([A-Z][a-z]+\))?\s+(?:denied|denies)\b/.test(t)) ? "[The denial above is another person's, not the client's: add the client's own status for suicidal ideation, homicidal ideation and self-harm as assessed.]" : '[The statements above name no status for suicidal ideation, homicidal ideation or self-harm: add the status of each as assessed.]', ...(risk.threatByOther ? [THREAT_BY_OTHER_PROMPT] : []), ...(risk.orderViolated ? [ORDER_VIOLATED_PROMPT] : [])];
    return ['No risk assessment was documented for this session.'];
  }
  // "no self harm per mom": the denial is said as another person's, never as the client's own.
  const byOther = (domain: 'si' | 'hi' | 'selfHarm', said: string): string => (risk.deniedByOther?.includes(domain) ? `another person reported no ${DOMAIN[domain]} (not the client's own denial)` : said);
  // ("Nobody voiced any thoughts of harming self." in a group: none voiced is said as such, never as each member's denial.)
  const noneVoiced = (re: RegExp): boolean => shared && stated.some((t) => /^(?:Nobody|No one|None of them|No member|No members)\b[^.]*\b(?:voiced|reported|endorsed|disclosed|mentioned|raised|expressed)\b/.test(t) && re.test(t));
  const sh = shared && risk.selfHarm === 'denied' && noneVoiced(/\bself-harm\b|\b(?:harming|hurting|cutting)\s+(?:them|him|her)?sel(?:f|ves)\b|\bharm(?:ing)? self\b/i) ? { ...SH_SHARED, denied: 'no one voiced self-harm' } : shared ? SH_SHARED : SH;
  const urges = risk.selfHarmUrges && (risk.selfHarm === 'denied' || risk.selfHarm === 'not_assessed') ? 'reported urges to self-harm without acting on them' : risk.selfHarmUrges && risk.selfHarm === 'history' ? 'reported a history of self-harm and current urges without acts' : undefined;
  // (Another person's self-harm told beside a denial is said with it, so "denied self-harm" never reads as everyone's.)
  const othersActs = risk.othersSelfHarm && (risk.selfHarm === 'denied' || risk.selfHarm === 'not_assessed') ? ", and self-harm by another person is told above" : '';
  const selfHarm = `${urges ? (shared ? urges : `the client ${urges}`) : byOther('selfHarm', sh[risk.selfHarm])}${othersActs}`;
  // A threat in the client's words is said beside the homicidal ideation status, never hidden by it.
  // With a threat in the client's words, a denial ("doesn't want to hurt anybody") is a denial of intent at most:
  // the line never says homicidal ideation was denied.
  // ("'I could kill that guy', then denied any intent or plan to harm him": what was denied is said, never the ideation.)
  const threatDenials = [risk.intent === false && 'intent', risk.plan === false && 'a plan'].filter(Boolean).join(' and ');
  const hiStatus = risk.threat && risk.hi !== 'present' ? (risk.hi === 'denied' ? 'a threatening statement toward another person and a denial are both documented above, so homicidal ideation has no single status' : threatDenials ? `a threatening statement toward another person is documented above, and ${threatDenials} to harm ${threatDenials.includes(' and ') ? 'were' : 'was'} denied` : 'a threatening statement toward another person is documented above, with no homicidal ideation status stated') : byOther('hi', `${(shared ? HI_SHARED : HI)[risk.hi]}${risk.hi === 'denied' && risk.hiDeniedToward ? ` toward ${risk.hiDeniedToward} (no status for anyone else)` : ''}`);
  // With several people in the room the line names no one: it says so, and the statements above say who.
  // The line is left out when the clinician's own sentences above already say each status given, as the
  // client's ("Client denied suicidal ideation and homicidal ideation."): the prompt below still names what is missing.
  // In a couples, family or group note, a denial counts only when it is everyone's ("Neither partner
  // endorsed ...", "Both denied ..."); one person's denial leaves the line to say the rest.
  const says = (re: RegExp): boolean => stated.some((t) => (shared ? /^(?:Both|All|Each|Everyone)\b/ : /^(?:Client|Patient)\b/).test(t) && re.test(t));
  const saysNobody = (domain: string): boolean => shared && stated.some((t) => new RegExp(`^(?:Neither|No|None|Nobody|No one)\\b[^.]*\\b(?:endorsed|endorses|reported|reports)\\b[^.]*\\b${domain}`).test(t));
  // "No suicidal ideation or homicidal ideation reported.": the clinician's own words say the status;
  // the line must not harden "none reported" into "the client denied".
  // ("No suicidal ideation or homicidal ideation voiced in group.": in a group too, none voiced is not everyone denying it;
  // "Nobody reported SI." says the same.)
  const saysNone = (domain: string): boolean => stated.some((t) => new RegExp(shared ? `^No\\b[^.]*\\b${domain}[^.]*\\b(?:voiced|reported|expressed|disclosed|mentioned|raised)\\b` : `^No\\b[^.]*\\b${domain}`).test(t));
  const denied = (domain: string): boolean => says(new RegExp(`\\bdenied\\b[^.]*\\b${domain}`)) || saysNobody(domain) || saysNone(domain);
  const covered = !risk.threat && !risk.selfHarmUrges && !risk.commandHarm
    && (risk.si === 'not_assessed' || (risk.si === 'denied' ? denied('suicidal (?:ideation|thoughts)') : !shared && says(new RegExp(`\\b${risk.siKindUnstated ? 'endorsed' : risk.si} suicidal ideation\\b`))))
    && (risk.hi === 'not_assessed' || (risk.hi === 'denied' && denied('homicidal (?:ideation|thoughts)')))
    && (risk.selfHarm === 'not_assessed' || (risk.selfHarm === 'denied' && denied('self-harm')));
  // "endorsed SI" with no kind said: the line never calls it active, and asks for the kind below.
  // ("River wasn't present": the client's ideation was told by someone else, never endorsed to the clinician.)
  const absentSi = risk.clientAbsent && (risk.si === 'passive' || risk.si === 'active') ? `${risk.siKindUnstated ? '' : `${risk.si} `}suicidal ideation was reported by another person (the client was not present to be assessed)` : undefined;
  // ("yesterday endorsed SI ..., today denies SI": the day of the ideation said, and today's denial beside it.)
  const earlier = risk.siEndorsedEarlier && !risk.siKindUnstated ? `${shared ? '' : 'the client '}endorsed ${risk.si} suicidal ideation ${risk.siEndorsedEarlier.replace(/^(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i, 'on ').replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i, (d) => d[0]!.toUpperCase() + d.slice(1))} and denied suicidal ideation today` : undefined;
  // (A denial today after an absent client's ideation told by others is the client's own, when the client spoke later: said with its day.)
  // ('Mei reports he's said "you'd all be better off without me" ..., denies SI when sober': told by her, denied by him.)
  const toldSi = risk.siToldByOther && !absentSi ? `${risk.siKindUnstated ? '' : `${risk.si} `}suicidal ideation was reported by another person, and the client denied suicidal ideation` : undefined;
  // ('denies SI but said "it'd be easier if I didn't wake up"': the denial stands, and the roll-up never reads clean of the words beside it.)
  // (The weighing is the clinician's: asked for in a prompt, never left as an instruction inside a sentence they sign.)
  const quotedBeside = risk.si === 'denied' && risk.siWordsQuoted ? ', and the words quoted above voice a wish to be dead or not to wake' : '';
  const band = risk.siScreenBand && !shared ? `the client's C-SSRS screen fell in its ${risk.siScreenBand}-risk band (which items were endorsed, ideation or recent behaviour, was not stated)` : undefined;
  // ('"I'll kill myself if you put me back out", then no plan or intent': a statement of suicide on a condition is said as such.)
  const conditional = risk.si === 'active' && risk.siConditional ? `${shared ? '' : 'the client '}made a conditional suicidal statement (see above)` : undefined;
  const siStatus = earlier ?? absentSi ?? toldSi ?? band ?? conditional ?? (risk.si === 'active' && risk.siKindUnstated ? `${shared ? '' : 'the client '}endorsed suicidal ideation (passive or active not stated)` : `${(shared ? SI_SHARED : SI)[risk.si]}${quotedBeside}`);
  const out = covered ? [] : [`Risk status as documented${shared ? ' (for whom, see the statements above)' : forClient ? ` for ${forClient}, the identified client` : ''}: ${byOther('si', siStatus)}; ${hiStatus}; ${selfHarm}.`];
  if (quotedBeside) out.push('[Suicidal ideation was denied beside quoted words of a wish to be dead or not to wake: say how you weighed them.]');
  // Plan and intent belong to the ideation that was endorsed; with none endorsed they say nothing.
  const about = risk.si === 'passive' || risk.si === 'active' ? DOMAIN.si : risk.hi === 'present' ? DOMAIN.hi : undefined;
  const details: string[] = [];
  // ("Client reported no plan, no intent, no prior attempts." above): a denial the client's own sentence already says is
  // not said again below it.
  // ("No weapon, no specific plan, limited insight.": the clinician's own finding above says it too.)
  const saidAbove = (re: RegExp): boolean => !shared && (says(re) || stated.some((t) => /^No\b/.test(t) && re.test(t)));
  if (about && risk.plan !== undefined && !(risk.plan === false && saidAbove(/\b(?:no|denied)\s+(?:any\s+|a\s+|current\s+|specific\s+|clear\s+|concrete\s+|definite\s+|identified\s+|stated\s+)*plan\b/))) details.push(risk.plan ? 'a plan was reported' : 'a plan was denied');
  // ("the intent is like maybe a 2 out of 10" beside a screen "without plan or intent": a rated intent is never restated as denied.)
  const intentRated = stated.some((t) => /\bintent\b[^.;]{0,40}?\b(?:[1-9]|10)\s*(?:\/|out of)\s*10\b/i.test(t));
  if (about && risk.intent !== undefined && !(risk.intent === false && intentRated) && !(risk.intent === false && saidAbove(/\b(?:no|denied|denies|without)\s+(?:any\s+|current\s+)*(?:(?:plan|means|access)(?:\s*[,/]\s*(?:(?:or|and)\s+)?|\s+(?:or|and|nor)\s+))*intent\b/))) details.push(risk.intent ? 'intent was reported' : 'intent was denied');
  else if (about === DOMAIN.si && risk.intentUnclear) details.push(risk.intentAmbivalent ? 'intent was described as ambivalent' : 'intent was unclear');
  // Means only in the clinician's own word ("no access to firearms" never becomes "no access to means").
  // (Means removed are said as removed: "no access" would hide that they were there.)
  // (A threat to another with a gun within reach: the means are the threat's, said beside it.)
  const meansAbout = about ?? (risk.threat ? 'the threatening statement' : undefined);
  // ("access to a gun": one thing had is counted; "firearms", "pills" are said as written.)
  const meansSaid = /^(?:gun|handgun|rifle|shotgun|pistol|revolver|knife|firearm|weapon|razor|blade)$/.test(risk.meansNamed ?? '') ? `a ${risk.meansNamed}` : risk.meansNamed;
  if (meansAbout && risk.means !== undefined && risk.meansNamed && !(risk.means === false && !risk.meansRemoved && saidAbove(new RegExp(`\\b(?:no|denied)\\s+(?:any\\s+)?access to (?:any )?${escapeRegExp(risk.meansNamed)}\\b`)))) details.push(risk.means && risk.meansRemovalDeclined ? `access to ${meansSaid} was reported, and ${risk.meansRemoved ? 'some was removed while removal of the rest' : 'its removal'} was declined (see the statements above)` : risk.means && risk.meansRemoved ? `access to ${meansSaid} was reported, then removed or held by someone else` : risk.means && risk.meansRemovalAgreed ? `access to ${meansSaid} was reported, and its removal by someone else was agreed (not confirmed as done)` : risk.means && risk.meansRemovalAsked ? `access to ${meansSaid} was reported, and someone else was asked about removing ${/s$| and /.test(risk.meansNamed) ? 'them' : 'it'} (not confirmed as done)` : risk.means ? `access to ${meansSaid} was reported` : risk.meansRemoved ? `the ${risk.meansNamed} ${/s$| and /.test(risk.meansNamed) ? 'were' : 'was'} reported removed or held by someone else` : `no access to ${risk.meansNamed} was reported`);
  if (about === DOMAIN.si && risk.preparation) details.push('preparatory behavior was reported');
  if (details.length) out.push(`Regarding ${meansAbout}, ${details.length > 1 ? `${details.slice(0, -1).join(', ')} and ${details.at(-1)}` : details[0]}.`);
  // "denies SI 'I don't want to die, God wants me to'" beside "+command AH": the commands are said with the status, never hidden by a denial.
  if (risk.commandHarm) out.push(`Command hallucinations${risk.commandUnstated ? '' : ' to harm'}${risk.commandPast ? ' at an earlier time' : ''} are documented above${risk.commandUnstated ? ' (what they command is not stated)' : ''}.`);
  // "ending it for both of us": the other's death and the client's own, said together, never hidden by a denial of either.
  if (risk.jointDeath) out.push("A statement about ending another person's life together with the client's own is documented above.");
  // A past attempt weighs on every risk judgement: said beside the status, never left only in the history.
  if (risk.attemptHistory === true) out.push(risk.attemptRecent ? 'A suicide attempt in the last day is documented above.' : 'A history of suicide attempt is documented.');
  // "no prior attempts per him but sister says he took a bunch of pills": the overdose is said beside the denial, never hidden by it.
  // (Beside ideation endorsed now, an overdose told only in the history is named too.)
  // (With the overdose in Risk's own statements, "documented above" only repeats it.)
  else if (risk.overdoseHistory && (risk.attemptHistory === false || about) && !(risk.attemptHistory !== false && stated.some((t) => /\boverdos/i.test(t)))) out.push(risk.attemptHistory === false ? 'No prior suicide attempt was reported by the client; a past overdose is documented above.' : 'A past overdose is documented above.');
  // ("Sat night took ~20 of her sertraline ... Denies SI today": a recent overdose is said beside a denial, and whether it was an attempt is left to the clinician.)
  else if (risk.overdoseRecent) out.push(risk.overdoseRecent === 'intentional' ? 'A recent intentional overdose is documented above.' : 'A recent overdose is documented above; whether it was a suicide attempt is not stated.');
  else if (risk.attemptHistory === false && about && !saidAbove(/\bno (?:(?:prior|previous|past|lifetime)\s+|(?:history|hx) of\s+)?(?:suicide )?attempts?\b|\bdenie[sd] (?:any\s+)?(?:(?:prior|previous|past|lifetime)\s+|(?:history|hx) of\s+)?(?:suicide )?attempts?\b/)) out.push('No prior suicide attempt was reported.');
  // "could not identify reasons for living beyond 'maybe my daughter'": what was named, said as limited, never as a full list.
  // ("Protective: younger sister, faith." above is the list already, in the clinician's words; a line that says more keeps the list.)
  if (risk.protectiveFactors.length && !stated.some((t) => t.replace(/^Protective(?: factors?)?\s*:\s*/i, '').replace(/\.$/, '') === risk.protectiveFactors.join(', ') && /^Protective/i.test(t))) out.push(risk.protectiveLimited ? `Protective factors: limited; the client could name only ${risk.protectiveFactors.join(', ')}.` : `Protective factors: ${risk.protectiveFactors.join(', ')}.`);
  // Safety-plan actions are listed unless the clinician's own risk sentences already say them
  // (the writer passes them in the note's voice).
  if (risk.safetyPlan.length && !stated.some((t) => /safety plan|988|crisis line|means/i.test(t))) {
    // ("Mom locked up meds after attempt" is means restriction, not a safety plan: the heading names both.)
    out.push(`Safety measures: ${risk.safetyPlan.join('; ')}.`);
  }
  if (risk.level) out.push(`Risk level as stated by the clinician: ${risk.level}.`);
  if (risk.dangerToClient) out.push(`Risk to the client from others as stated by the clinician: ${risk.dangerToClient}.`);
  out.push(...abuseOrHarmLine(risk));
  // What the clinician must add: the domains not documented, and a level when none was stated.
  // A threat has its own prompt below, which asks for the homicidal ideation assessment.
  const missing = (['si', 'hi', 'selfHarm'] as const).filter((k) => risk[k] === 'not_assessed' && !(k === 'hi' && risk.threat) && !(k === 'selfHarm' && risk.selfHarmUrges)).map((k) => DOMAIN[k]);
  if (risk.si === 'active' && risk.siKindUnstated) out.push('[Add whether the suicidal ideation was passive or active, with or without a plan or intent.]');
  if (missing.length) out.push(`[Not documented: ${missing.length > 2 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing.join(' and ')}; add ${missing.length > 1 ? 'them' : 'it'} if ${missing.length > 1 ? 'they were' : 'it was'} assessed.]`);
  if (risk.threat && risk.hi !== 'present') {
    // What the summary already answered (no intent, no plan, no weapons) is not asked again.
    const asked = [risk.intent === false ? '' : 'intent', risk.plan === false ? '' : 'plan', risk.means === false ? '' : 'means', 'an identifiable target'].filter(Boolean);
    out.push(`[A threatening statement toward another person is documented: add your assessment of homicidal ideation (${asked.join(', ')})${risk.dutyToWarn ? '' : ' and any duty-to-warn or protective action'}.]`);
  }
  if (risk.handsOnAnother) out.push(VIOLENCE_PROMPT);
  // Another person's threat is no status of the client's; what it asks is the client's safety and any action.
  if (risk.threatByOther && !risk.threat) out.push(THREAT_BY_OTHER_PROMPT);
  if (risk.orderViolated) out.push(ORDER_VIOLATED_PROMPT);
  // The status line is the client's: another person's risk told above is theirs, and asks for its own follow-up.
  // ("... we messaged the moderator together", "gave him 988 and info on how to get his roommate help": with an action for that
  // person's safety stated above, the prompt says only whose the status line is.)
  // ("I'll email Ms. Kim (Kayla's counselor at the middle school) today re: the post", in the plan: an action planned counts too.)
  const actedForThem = [...stated, ...elsewhere].some((t) => /\b(?:messaged|called|notified|contacted|alerted|reported|gave|provided|will call|agreed to call|agreed to tell|e-?mailed|(?:will|'ll) e-?mail|pass(?:ed)? (?:this|it|that) on)\b/i.test(t) && /\b(?:moderator|trusted adult|welfare check|988|crisis (?:line|team)|911|mobile crisis|police|school counselor|peer support|(?:his|her|their) parents|get (?:him|her|them|[a-z]+) help|[A-Z][a-z]+'s (?:counselor|parents|mom|mother|dad|father|family|school))\b/i.test(t));
  if (risk.othersRisk) out.push(actedForThem ? `[Another person's suicidal thoughts are documented above; the status ${covered ? 'statements are' : 'line is'} ${shared ? "the identified client's" : "the client's"}.]` : `[Another person's suicidal thoughts are documented above, and the status ${covered ? 'statements are' : 'line is'} ${shared ? "the identified client's" : "the client's"}: add any action taken for that person's safety.]`);
  if (!risk.level) out.push(risk.siScreenBand ? `[Add your risk level (low, moderate or high) and the reasoning for it; the client's C-SSRS screen fell in its ${risk.siScreenBand}-risk band.]` : '[Add your risk level (low, moderate or high) and the reasoning for it.]');
  return out;
}
