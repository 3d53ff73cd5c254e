// Pulls session details from heading-like fragments ("53 min indiv telehealth", "couples #6",
// "(video, pt at home)"). Service type and modality words count only in the heading or in
// phrases that name the session, so "family conflict" is not a family session.
import { LATENESS } from '../lexicon/cues.ts';
import { ENROLMENT_WORDS, RANK_OR_TITLE } from '../lexicon/session-labels.ts';
import { CO_PARENTING_SESSION, COLLATERAL_CONTACT } from '../lexicon/cpt-add-ons.ts';
import { oneOf, PARENTS } from '../lexicon/people.ts';
import type { ServiceType, SessionDetails, SessionModality } from '../types.ts';
import { COURSE_LENGTHS, courseNamed, findSessionDate, HOUR_BEGUN_AFTER, nextInSameMonth, SESSION_KINDS } from './find-session-date.ts';

const SERVICE: [RegExp, ServiceType][] = [
  // ("I met with Leon and Carla for couples session #3": what they were met for, with or without "a", is this session.)
  // ("couples group wk 4, 5 couples present": a group of couples is a group; "Discernment counseling w/ Jen and Maya" a couple's session;
  // "Individual IPV screen ... as part of standard couples intake protocol": the couples work it belongs to is not this session.)
  // ("asked to move couples appt": the appointment moved is another session, never this call.)
  // ("Cpl sx w/ pt + husb", "cpl tele, Nina & Chris W.": the couples session jotted short.)
  [/(?<!\b\d+\s)(?<!\b(?:move|moved|moving|reschedule|rescheduled|rescheduling|cancel|cancelled|canceled|next|upcoming)\s+(?:(?:the|his|her|their|our)\s+)?)(?<!\b(?:part of|within|inside|during|for|in)\s+(?:(?:the|our|a|an|their|standard|routine|ongoing)\s+)*)\b(couples|couple's|conjoint|marital|cpl(?=\s+(?:sx|sess|session|tx|therapy|tele\w*|video|phone|intake|f\/u)\b|\s*[,:;]))\b(?!\s+(?:group|grp)\b)(?![^.;\n]{0,40}\b\d+\s+couples\b)|(?<=\b(?:met|meet|saw|seen|came in|come in)\b[^.;\n]{0,50}\bfor\s+(?:(?:a|their|our|the)\s+)?)(?:couples|couple's|conjoint)(?=\s+(?:session|sess|visit|appointment|appt)\b)|\bcouple (session|sess|therapy|counseling)\b|\b(?:discernment counseling|gottman(?:[- ]method)?(?: session| sess| couples)?|EFT couples|EFCT)\b(?=[^.;\n]{0,60}\b(?:w\/|with|and|&|\+)\s+[A-Z][a-z]+)/i, 'couples'],
  // "Parent session (no pt)", "parents only": a family session held without the client.
  [/\bparents?'? (?:session|sess|meeting|consult(?:ation)?)\b|\b(?:parent|caregiver)\s+(?:coaching|training|guidance)\b(?=[^.\n]{0,40}\bonly\b)|\bparents only\b|\bparent[- ]only\s+(?:session|sess|meeting|consult(?:ation)?|visit)\b/i, 'family'],
  // ("FBT session 9 with the Alvarez family": family-based treatment, and a family met as such, is a family session.)
  [/\b(?:FBT|family-based treatment)\s+(?:session|sess|visit|meeting)\b|\b(?:with|w\/) the [A-Z][a-z]+ family\b/, 'family'],
  // ("Co-parenting session 50 min, mom and dad": the parents met together about their child, as family therapy is billed.)
  [CO_PARENTING_SESSION, 'family'],
  // ("Parent-only mtg w/ dad (Marcus) re: Zoe (6)": a meeting with the parent about the child, billed as family therapy.)
  [/\bparents?[- ]only\s+(?:mtg|meeting|session|sess|consult(?:ation)?|visit)\b/i, 'family'],
  // ("Foster parent + youth joint session": a parent or caregiver seen with the young client is a family session.)
  [/\b(?:foster |kinship |resource )?(?:parent|parents|caregiver|guardian|mom|mother|dad|father)\s*(?:\+|&|and|w\/|with)\s*(?:youth|teen|child|adolescent|son|daughter|kid)\s+(?:joint|conjoint)\s+(?:session|sess|meeting)\b/i, 'family'],
  [/\b(?:fam|family|parent[- ]child|dyadic) (session|sess|therapy|meeting|psychoed(?:ucation)?|psychoeducation session)\b|^family\b(?!\s+(conflict|stress|issues|problems|history|dynamics|member|of))/i, 'family'],
  // ("Women's talking circle - Wed 11/13", "healing circle, 7 attended": a circle held is a group session.)
  // ("Crisis session - pulled out of group by staff": a group left is no group session.)
  [/\bgroup (session|sess|therapy)\b|\b(?:a|the)\s+group\s+(?:[\w-]+\s+){1,2}(?:session|sess)\b|^(?:group|grupo)\b(?!\s+(of|member|chat|project|work))|(?<!\b(?:from|out of|after|before|left|leaving|missed|skipped|pulled from|taken from|removed from)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?)\b(?:skills|process|support|dbt|psychoeducation|therapy|anger management|anger mgmt|grief|iop|php|intensive outpatient|couples)\s+(?:grupo\b|group|grp)\b|\b(?:boys'|girls'|men's|women's|teen|teens'|adolescent|youth|parents'|caregivers')\s+(?:[\w-]+\s+){0,3}(?:group|grp)\b|(?<!\b(?:from|out of|after|before|left|leaving|missed|skipped)\s(?:(?:the|her|his|their|a|skills|process|support|dbt|therapy|iop|php)\s)?)\bgrp\b|(?<!\b(?:from|out of|after|before|left|leaving|missed|skipped)\s(?:(?:the|her|his|their|a|skills|process|support|dbt|therapy|iop|php)\s)?)\bgroup\b(?=[^.]*\b\d+\s+(?:members|kids|children|teens|adolescents|youth|participants|clients|patients|veterans|women|men|students|attendees|present|residents|inmates|attended|ppl|people)\b)|^\s*(?:[A-Z][\w'/-]*\s+)(?:(?:[\w'/-]+|&|\/)\s+){0,5}(?<!\b(?:from|of|left|leaving|missed|skipped|after|before)\s)group\b(?!\s+(?:of|member|chat|project|work|home))|^\s*(?:[\w']+\s+){0,2}(?:talking|healing|sharing|wellbriety|prayer)\s+circles?\b|\b(?:talking|healing|sharing|wellbriety)\s+circles?\b(?=[^.]*\b\d+\s+(?:attended|members|participants|present|women|men|youth|elders)\b)/i, 'group'],
  // "21 at intake" is a time, not an intake session.
  // ("Pre-txp psychosocial eval", "transplant candidacy evaluation": an evaluation of the client, billed as a diagnostic evaluation.)
  // ("Pre-SCS psych eval": an evaluation before a spinal cord stimulator, a pump or surgery is an evaluation visit.)
  [/(?<!\b(?:at|since|from|per|of|than|before|after)\s)\b(intake|initial assessment|diagnostic evaluation|admission (?:assessment|evaluation|eval)|psychosocial (?:eval|evaluation|assessment)|(?:candidacy|pre-?(?:transplant|txp|surgical|op|procedure|SCS|spinal cord stimulator|pump|bariatric|implant)(?: psych(?:ological|osocial)?)?) (?:eval|evaluation|assessment))\b/i, 'intake'],
  [/\bcrisis (session|sess|visit|call|contact|appointment|walk-in|walk in|eval|evaluation|assessment|intervention)\b|\bwalk-in crisis\b|^crisis\b|^\s*same[- ]day crisis\b/i, 'crisis'],
  // "ind. f/u", and "Destiny, 19F, ind." where it ends a heading's fragment.
  // ("1:1 w/ pt Brandon Keel", "Daily check-in w/ pt Maria V.": a one-to-one session with the client.)
  [/^\s*(?:1:1|(?:daily\s+)?check-?in)\s+(?:w\/|with)\s+(?:pt|client|patient)\b/i, 'individual'],
  [/\b(indiv|individual)\b|\bind\.?(?=\s+(?:f\/u|follow[- ]?up|session|sess|psychotherapy|therapy|tx)\b|\s*(?:[,;)]|$))/i, 'individual'],
];
/** "Marcus Delgado (father) + son Eli (11)": a parent, named by role in brackets, with their child, seen together. */
const PARENT_WITH_CHILD = new RegExp(String.raw`\((?:${oneOf([...PARENTS, 'parent'])})\)\s*(?:\+|&|and|w\/|with)\s*(?:(?:his|her|their)\s+)?(?:son|daughter|child|kids|children)\b`, 'i');
const MODALITY: [RegExp, SessionModality][] = [
  // ("no data for video": the video that could not be held is no modality.)
  // ("video game skins", "plays video games": games are no video visit.)
  // ("by phone because the video wouldn't hold out": a video that failed is no video session.)
  [/(?<!\bno (?:data|internet|wifi|wi-fi|signal|camera|smartphone) (?:for|to do) )\b(telehealth|video(?![- ]?games?\b)(?!\s+(?:would(?:n't| not)?|wouldn't|won't|did(?:n't| not)|kept (?:freezing|dropping|cutting)|froze|dropped|cut out|failed|was(?:n't| not)|is(?:n't| not)|not working|could(?:n't| not))\b)|zoom|doxy|teams|virtual|tele(?!\s+(?:unit|floor|nurse|nursing|rn|tech|monitor|monitoring|bed)\b)|vv|vvc|th)\b/i, 'video'],
  // ("CRISIS CALL 2/9 2140": a crisis call is by phone; a crisis session is not.)
  // ("came in escalated after phone call w/ ex-bf": a call the client had with someone else is no modality.)
  // ("Fula interp via phone": the interpreter was on the phone, not the session.)
  // ("Collateral phone call from Janet (RN ...)": a collateral call is held by phone, whoever it was from.)
  [/\bcollateral\s+(?:phone|telephone)\s+(?:call|contact|consult(?:ation)?)\b|(?<!\b(?:after|following|during|before|got|had|received|made|since|from)\s+(?:an?\s+|the\s+|that\s+|this\s+)?)\b(phone|telephone) (session|sess|call(?!\s+(?:w\/|with|from|to)\s+(?!(?:me|us|the therapist|this writer|therapist|clinician|writer)\b))|visit|f\/u|follow-up|follow up|check-in|check in|contact)\b|\bcrisis call\b|(?<!\binterp\w*[^.;]{0,30})(?<![A-Z][a-z]+\s*\()(?<!\b(?:caseworker|case worker|worker|CW|GAL|CASA|RP|teacher|PO|officer|guardian|grandma|grandmother|grandpa|aunt|uncle|dad|father|mom|mother|son|daughter|brother|sister|husband|wife|partner|spouse|nurse|psychiatrist|prescriber|attorney|lawyer)\s+(?:[A-Z][a-z]+\s+)?(?:\([^()]{1,30}\)\s+)?)\bby phone\b(?!\s+interp)|^phone\b|\baudio only\b|\b(?:on (?:the )?)?phone only\b|(?<!\binterp\w*[^.;]{0,30})\bvia phone\b(?!\s+interp)|(?<!\binterp\w*[^.;]{0,30})\bover (?:the )?phone\b(?!\s+interp)|,\s*(?:phone|telephone)\s*(?:[,;)]|$)|,\s*(?:phone|telephone)\s+(?:b\/w|btwn|between)\s+(?:shifts|patients|pts|cases|classes)\b|\b\d{2,3}\s*-?\s*(?:min|mins|minutes)\s+(?:phone|telephone)\b(?!\s+(?:w\/|with|from|to)\s)/i, 'phone'],
  [/\b(in[- ]person|in office|in-office|office visit)\b/i, 'in_person'],
];
/** "in DBT skills grp + indiv": a group the client is enrolled in (and individual beside it), not this session. */
// ("in DBT individual + skills group": the individual work and the group both named as what she attends.)
/** "Buried in Treasures support group": "in" inside a program's title-cased name is no enrolment. */
const inProgramName = (m: string, offset: number, whole: string): boolean => /^in\s+[A-Z]/.test(m) && /\b[A-Z][a-z]+\s$/.test(whole.slice(Math.max(0, offset - 20), offset));
// ("came in for a group session": what the client came in for is this session, never a group they are enrolled in.)
const ENROLLED_IN_GROUP_WITH_INDIVIDUAL = new RegExp(`\\b(?:${ENROLMENT_WORDS.join('|')})\\s+(?!for\\b)(?:[\\w+&-]+\\s+){0,4}(?:group|grp)\\b(?:\\s*(?:\\+|and|&)\\s*(?:indiv|individual)\\b)?`, 'gi');
const ENROLLED_IN_GROUP_FRAGMENT = new RegExp(`^\\s*(?:${ENROLMENT_WORDS.join('|')})\\s+(?:[\\w()⟪⟫-]+\\s+){0,6}(?:group|grp)\\b`, 'i');
// ("PHP med monitoring check-in, pt Ava Thompson 19 AN-R day 3": the visit named, then the client by name.)
// ("Bedside visit on the postpartum unit": where a hospital or home visit was held opens a heading too;
// "Student: Destiny Carter, 11th grade": whom the note is for, labelled, is one too.)
// ("HV 3/14 1400-1455, pt's home": a home visit jotted by its letters, with when it was.)
// ("Family mtg 3/15, 10:00-11:15", "Hospice admission, 3/12/24, home visit 1:30-2:45pm": a date and the hours from and to head the note.)
// ("Cell side, Admin Seg unit, cell 4", "Seg rounds 5/6", "Kite response 6/3, pod F", "Step-down assessment, ...": a jail's contacts head the note by their kind.)
// ("Booking MH screen.", "chairside HD, unit 3 chair 12", "Cell-front then interview room": where and how a contact in a jail or a dialysis unit was held.)
export const FACILITY_CONTACT = /^\s*(?:cell[- ]?side|cell[- ]?front|chair[- ]?side(?:\s+(?:HD|hemodialysis|dialysis|infusion))?|bed[- ]?side|interview room|seg(?:regation)? rounds|booking (?:(?:MH|mental health)\s+)?(?:screen|intake|assessment)|(?:MH|mental health|suicide) watch (?:check|f\/u|follow[- ]?up|rounds)|step-?down (?:assessment|eval(?:uation)?|check|review)|kite response|pod (?:group|rounds|check))\b/i;
// ("10/25 HV 1330-1415", "HV 10/22, 1600-1650": a day and hours in clock time without colons, either way round.)
// ("Healing circle - Thu - 5:00-6:30": a circle held is a session's heading.)
const HEADER_CUE = /^\s*(?:[\w']+\s+){0,2}(?:talking|healing|sharing|wellbriety|prayer)\s+circles?\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b[^.;]{0,40}?\b\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*[-–]\s*\d{1,2}:\d{2}\s*(?:am|pm)?(?![\d:])|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b[^.;]{0,40}?\b(?:[01]\d|2[0-3])[0-5]\d\s*[-–]\s*(?:[01]\d|2[0-3])[0-5]\d\b|^\s*(?:ACT\s+)?HV\b(?=[^.;]{0,20}\d)|^\s*(?:hotline|crisis line|warmline|helpline)\s+(?:call-?back|call|follow[- ]?up)\b|^\s*(?:504|IEP|SST|MDT|ARD|CSE|team|parent|teacher|school)\s+(?:mtg|meeting|conference|consult(?:ation)?)\b|^\s*(?:classroom|school|home|playground|recess|lunch)\s+(?:obs|observation)\b|^\s*(?:student|client|pt|patient|child|youth|member)\s*:\s*[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+|\s+[A-Z]\.?)?\s*(?:,\s*(?:\d{1,2}(?:st|nd|rd|th)\s+(?:grade|gr)|\d{1,2}\s*(?:yo|y\/o|[MF])?|age\s+\d{1,2})\s*)?$|^\s*outreach\s+(?:home|field|site|shelter|street|trailer)\s+visit\b|^\s*(?:bedside|hospital|unit|inpatient|hospice|home|ED|ER|floor|outreach|street outreach|shelter|encampment|field|van)\s+(?:psych(?:iatric|iatry)?\s+)?(?:visit|contact|consult(?:ation)?|session|eval(?:uation)?|re-?eval(?:uation)?|assessment|accomp(?:animent)?|advocacy)\b|\b(?:check-?in|session|visit|intake|eval|evaluation|appt|appointment)\s*[,:-]\s*(?:pt|client|patient)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+(?:age\s+)?\d{1,2}\b|^\s*(?:1:1|(?:daily\s+)?check-?in)\s+(?:w\/|with)\s+(?:pt|client|patient)\b|^\s*(?:MCT|mobile crisis(?: team)?|crisis team)\b[^.;]{0,40}\b(?:home visit|visit|call|eval|evaluation|response|dispatch|outreach|assessment)\b|^\s*(?:so\s+)?this (?:is|was) (?:for|on|regarding)\s+[A-Z]|^\s*(?:so\s+)?this\s+(?:is|was)\s+(?:(?:an?|the|my)\s+)?(?:[\w-]+\s+){0,3}?(?:intake|session|visit|eval|evaluation|assessment|consult|consultation|check[- ]?in|call|night|meeting)\s+(?:for|with|of)\s+[A-Z]|^\s*(?:brief\s+|quick\s+)?(?:f\/u|follow[- ]?up)\s+(?:w\/|with)\s+(?!Dr\b)[A-Z][a-z]+\b(?![^.;,]{0,30}\b(?:next|tomorrow|in \d|on (?:mon|tue|wed|thu|fri))\w*\b)|^\s*(?:(?:brief|quick|short|daily|weekly|HR|harm reduction|med|medication|safety|wellness|peer|phone|telehealth|video|lobby|street)\s+){0,3}check[- ]in\s+(?:w\/|with)\s+(?!Dr\b)[A-Z][a-z]+\b|^\s*(?:PSO|peer support|peer support officer|FSP|CM|case management|outreach)\s+(?:contact|visit|call|check[- ]in)\s+(?:w\/|with)\s+(?:(?:Ofc|Officer|Sgt|Det|Dep|Deputy|FF|Capt|Lt|Mr|Ms|Mrs)\.?\s+)?[A-Z][a-z]+\b|^\s*parents?[- ]?(?:only\s+)?(?:consult(?:ation)?|session|sess|meeting|visit)\b|^\s*child\s+(?:w\/|with)\s+(?:parent|mom|dad|mother|father|caregiver|guardian)\b|^\s*(?:saw|seen|met with)\s+[A-Z][a-z]+(?:\s*\(\d{1,2}\))?(?:\s+(?:with|and|w\/)\s+(?:his|her|their)?\s*(?:mom|mother|dad|father|parents?|grandmother|grandma|grandfather|foster \w+|guardian|wife|husband|partner|family))?(?:\s+today)?\s*$|\bplay (?:tx|therapy|session)\b|^\s*(?:php|iop|partial hospitali[sz]ation|intensive outpatient)\b(?=[^.]{0,40}\b(?:admission|admit|discharge|day \d|week \d|group|grp|indiv|session))|^\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[-–:,]|^\s*(?:phone|telephone|tele|video|audio|zoom)\b|^\s*(?:[A-Za-z]+\s+){0,2}(?:d\/c|discharge|progress|crisis|intake|transfer|consult|visit|session)\s+(?:note|summary)\s*$|^\s*(?:(?:phone|crisis|follow[- ]?up|f\/u|brief|quick|outreach|text|988)\s+)?(?:call|contact)\s+(?:w\/|with|from)\s+(?!Dr\b)[A-Z][a-z]+\b(?![^.;,]{0,30}\b(?:next|tomorrow|in \d|on (?:mon|tue|wed|thu|fri))\w*\b)|\b[A-Z][a-z]+\s*\(\d{1,2}\)\s*(?:w\/|with|\+|&|and)\s*(?:mom|dad|mother|father|parents?|grandm\w+|grandf\w+|guardian|foster)\b|\b(?:EAP|EE|RTW|FFD|return[- ]to[- ]work|fitness[- ]for[- ]duty)\b|^\s*(?:(?:so\s+)?this\s+(?:is|was)\s+(?:a|an)\s+)?(?:welfare|wellness)\s+check\b|^\s*(?:invol(?:untary)?|vol(?:untary)?|emergency|emerg|crisis|psych(?:iatric)?|mental health|MH|5150|72-?h(?:ou)?r)\s+eval(?:uation)?\b|^\s*(?:(?:phone|telephone|brief|quick)\s+)?call\s+(?:w\/\s*|with\s+)Dr\.?\s+[A-Z][a-z]+\s*$|^\s*collateral\s+(?:(?:phone|telephone|video|tele)\s+)?(?:call|contact|consult(?:ation)?)\s+(?:w\/\s*|with\s+|from\s+|to\s+)(?:(?:Dr|Mr|Ms|Mrs|Mx|Officer)\.?\s+)?[A-Za-z]|^\s*(?:(?:structured|behavioral|school)\s+)?threat assessment(?:\s+(?:consult|consultation|meeting))?\b|^\s*(?:SW|suicide watch|suicide precautions?)\s+(?:f\/u|follow[- ]?up|check|rounds|day\s+\d)|\b(?:MH|mental health)\s+rounds\b|^\s*(?:brief|quick|short)\s+(?:check(?:[- ]?in)?|visit|contact|outreach(?: contact| visit)?)\b|^\s*[A-Z][a-z]+\s+[A-Z][a-z]+,\s*(?:[A-Z][A-Za-z0-9]{1,5},\s*)?(?:f\/u|follow[- ]?up|intake|check[- ]in|med check)\s*$|\bfollow[- ]?up\s+(?:number|no\.?)\s+\w+|\b(crisis|walk-in|walk in|drop-in|drop in|\d{1,3}\s*(min|mins|minutes|m(?=\s+(?:session|sess|w\/|with)\b))\b|sess|session|(?<!\b(?:next|plan|will|to)\s)(?:f\/u|follow[- ]up)(?=\s+(?:\d{1,2}\/\d{1,2}\b|#\s?\d))|indiv|individual|couples?|cpls?(?=[\s,.:;]|$)|family session|family therapy|family sess|fam(?:ily)? psychoed(?:ucation)?|\b(?:f\/u|follow[- ]?up|check[- ]in|intake|session|visit)\s*,\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s*,\s*(?:phone|telephone|video|telehealth|tele|zoom|in[- ]person|office|clinic))?\s*$|^\s*(?:caregiver|parent|parenting)\s+(?:training|coaching|guidance|support session)\b|^\s*(?:collab(?:orative)? care|med(?:ication)? (?:check|mgmt|management)|psych(?:iatric)? (?:f\/u|follow[- ]?up|med(?:ication)? (?:check|mgmt|management)))\b|^\s*(?:(?:brief|quick)\s+)?(?:(?:home|school|community|hospital|jail|shelter|outreach|in-home)\s+visit|HV)\s+(?:w\/|with|to)\s+[A-Z]|skills group|grp|group|grupo|counseling|counselling|(?<!\b(?:at|since|from|per|of|than|before|after)\s)intake|telehealth|video|in[- ]person|\d{1,2}\s?[MF]\b|y\/o|year-old|\d{1,2}\s+years?\s+old|\d{1,2}\s*yo\b|adult|adolescent|teen|late \d0s|early \d0s|mid \d0s|ms\.|mr\.|mrs\.)/i;
// ("Call w/ Maya, 19", "crisis call with Jim": a call with the client named is the heading of a call.)
// ("Collab care f/u, Hannah, phone", "Med check f/u": a prescriber's or care manager's visit, named by its kind, opens a heading too.)
/** "Med refusal f/u", "Withdrawal f/u": a line naming only what is followed up (case matters: "Luis f/u" names the client). */
// ("Ind f/u + staff consult": the follow-up and a consultation held with it.)
const SERVICE_FOLLOW_UP = /^\s*(?:(?:[A-Za-z][\w/-]*\s+){0,2}[a-z][\w/-]*|Withdrawal|Detox|Medication|Med|Lithium|Clozapine|Psychiatric|Psych|Medical|Safety|Watch|Ind|Indiv|Individual|Family|Couples|Group)\s+(?:f\/u|follow[- ]?up)(?:\s*(?:\+|&|and|w\/|with)\s*(?:staff|team|family|nursing|caregiver|teacher|parent)\s+(?:consult(?:ation)?|meeting|mtg|call))?\s*$/;
/** Signs that a "crisis call" only brought the crisis: the client seen on video or in person, or the call from someone else. */
const CALL_NOT_THE_SESSION = /\b(?:seen (?:same day|in person|in office|at \d)|came in (?:at|same day|to the office)|mobile crisis|call came in|came in from|met (?:him|her|them) at|on scene|home visit|logged on|(?:on|over|via|by) video|on camera|zoom)\b/i;
/** "for the parent child session about 50 minutes": a session of a named kind, then how long it ran. */
const NAMED_SESSION_FOR = /\b(?:for|in|was)\s+(?:the|a|our)\s+(parent[- ]child|dyadic|family|couples|individual|play)\s+(?:therapy\s+)?session\s*,?\s+(?:for\s+)?(?:about|approximately|approx\.?|around|roughly|~)?\s*(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/i;
/** "Saw pt 1100-1200", "met with her from 2:00-2:50": the clinician's time with the client, told in the body. */
// ("Seen 2:15-3:05": with no one named after it, the seeing is still the session's.)
// ("so I saw her from about 2:50 to 4:10": a hedge before the start time changes nothing.)
const SEEN_FROM_TO = /\b(?:saw|seen|met with|met)\s+(?:(?:pt|client|patient|him|her|them|the (?:couple|family|group)|[A-Z][a-z]+)\s+)?(?:(?:in|at)\s+(?:(?:the|her|his|their|pt's)\s+)?(?:room|bedside|office|clinic|unit|day ?room|lounge|chair|bed)\s+)?(?:from\s+)?(?:(?:about|around|approximately|approx\.?|roughly)\s+|~\s*)?(?=\d{1,2}(?::\d{2}|\d{2})\s*(?:am|pm)?\s*(?:-|to)\s*\d)/i;
const MODALITY_ACRONYM = /(?<![A-Za-z])(CBT|DBT|ACT|EMDR|MI|IFS|SFBT|ERP|EFT|TF-CBT|IPT|BA|PE|CPT|MBCT)(?![A-Za-z])/;

/** "f/u Dolores V, ...", "Gloria P, ind, #14": a client named by first name and initial, with the visit's words (case matters). */
const NAME_AND_INITIAL_HEADING = /^\s*(?:(?:f\/u|follow[- ]?up|check[- ]in|seen|saw)\s+(?:w\/\s*|with\s+)?[A-Z][a-z]+\s+[A-Z]\.?(?=[\s,;]|$)|[A-Z][a-z]+\s+[A-Z]\.?,\s*(?:ind|indiv|individual|couples|family|group|f\/u|follow[- ]?up|intake|session|sess|tele|telehealth|video|phone|#\s?\d{1,3})\b)/;

/** The session lengths said in hours: "1 hr", "1.5 hrs", "2.5 hrs" (an evaluation). */
export const SESSION_HOURS = '1|1\\.5|2|2\\.5|3|3\\.5|4';
/** Hours as a fragment of their own ("slept 1 hr" is not the session's length). */
// ("2 hrs incl 10 min break": the break counted inside the hours leaves them the session's.)
const HOURS_FRAGMENT = new RegExp(`(?:^|[,;(]\\s*|\\.\\s+)(${SESSION_HOURS})\\s*(?:hr|hrs|hour|hours)\\s*(?=[,;.)]|$|(?:incl(?:uding|\\.)?|with|w\\/)\\s+(?:a\\s+)?\\d{1,2}[- ]?min(?:ute)?s?\\s+breaks?\\b)`, 'i');
const HOURS_ALONE = new RegExp(`^\\s*(?:${SESSION_HOURS})\\s*(?:hr|hrs|hour|hours)\\s*$`, 'gi');

/** The checks a telehealth session opens with: the client's location, a callback number, identity, consent. */
const TELEHEALTH_CHECKS = /\b(?:confirmed|verified|obtained|reviewed)\s+(?:(?:pt's|client's|her|his|their|physical|current)\s+)?(?:location|address|callback(?:\s+(?:number|#|no\.?))?|call-?back(?:\s+(?:number|#))?|identity|ID|phone(?:\s+(?:number|#))?|consent)\b(?:\s*(?:=|:|-|as|at)\s*[^,;.]+(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*(?:[,;.]|$)))?)?|\blocation\s*(?:=|:)\s*[^,;.]+/gi;

/** Where a client on telehealth was, told in any words: "pt in parked car", "confirmed location = ...", "located at work". */
const LOCATION_TOLD = /\b(?:confirmed|verified|documented)\s+(?:(?:pt's|client's|her|his|their|physical|current)\s+)?(?:location|address)\b|\blocation\s*(?:=|:|confirmed|verified)|\blocated\s+(?:at|in)\b|\b(?:pt|cl|client|patient|she|he|they)\s+(?:(?:confirmed|verified|reported)\s+(?:being\s+|she was\s+|he was\s+)?|(?:was|is|were)\s+)?(?:on\s+(?:a\s+|her\s+|his\s+|their\s+|lunch\s+)?break\s+)?(?:at|in|from)\s+(?:(?:her|his|their|a|the|an)\s+)?(?:parked\s+|own\s+|new\s+)?(?:car|truck|van|vehicle|home|work|office|workplace|school|dorm|apartment|apt|house|bedroom|hotel|motel|stairwell|break room|parking lot)\b|\b(?:video|phone|telehealth|tele|call|session)\s+from\s+(?:(?:her|his|their)\s+)?(?:home|work|office|car|truck|dorm|apartment|bedroom)\b|(?:^|[,(]\s*)from\s+(?:her|his|their)\s+(?:own\s+|new\s+|parked\s+)?(?:home|house|apartment|apt|car|truck|office|dorm(?: room)?|room|bedroom|workplace|parents' house)\b/im;
/** Consent for telehealth told ("consent obtained", "verbal consent for video", "consented to telehealth"), never refused or pending. */
const CONSENT_TOLD = /(?<!\b(?:no|not|without)\s+(?:\w+\s+)?)(?:\b(?:telehealth|tele|video|virtual|verbal)\s+consent\b(?![^.;\n]{0,20}\b(?:not|never|declined|refused|pending|missing)\b)|\bconsent(?:ed)?\s+(?:to|for)\s+(?:telehealth|tele|video|virtual|phone|audio)\b|\bconsent\s+(?:obtained|confirmed|given|reviewed|on file|verified|signed)\b)/i;

/** True when the first sentence of a summary reads as its heading rather than a report. */
/** "Arrived 11:50, left 2:05pm": the clinician's arrival and leaving (as pattern source; the reader drops a sentence of only this). */
export const ARRIVED_THEN_LEFT = String.raw`\b(?:I\s+)?(?:arrived|got there|came in)\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*(am|pm)?\s*,?\s*(?:and\s+)?left\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*(am|pm)?`;
const ARRIVED_LEFT = new RegExp(ARRIVED_THEN_LEFT, 'i');
/** A line with only the day and the hours: "Tues 11/5, 11:40-12:15", "Tuesday 11/5, 11:40-12:15", "3/4 2-2:50pm". */
export const HOURS_LINE = /^\s*(?:(?:mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*$/i;

/** The note's format named as a title ("PIRP", "DAP / telehealth", "SOAP tele", "Simple note."): a heading, never a statement. */
const FORMAT_TITLE = /^\s*(?:(?:SOAP|DAP|BIRP|GIRP|PIRP|SIRP|PIE|DAR)(?:-?ish|\s+style|\s+format)?(?:\s+note)?(?=\s*(?:[-/:,|\u2013\u2014(.]|$)|\s+(?:tele\w*|video|phone|in[- ]person|individual|indiv|group|grp|family|fam|couples?|crisis|intake|session|sess)\b|\s+(?=\d{1,2}\/\d{1,2}\b))|(?:[Ss]imple|[Pp]rogress)\s+[Nn]ote\b)\s*(?:[-/:,|\u2013\u2014.]\s*)?/;

export function isHeaderLike(text: string): boolean {
  // A heading is short: a 40-word dictated sentence that mentions "45 min" is still a report.
  // (Words in brackets are asides: "group (Arabic, 2 interps: Hana, Rami by phone for 1 member), 90 min, 7 attended" is still short.)
  // (Nor do the telehealth checks: "50 min video, pt in parked car, confirmed location = Target lot on Mill Rd, Fresno, verified callback #".)
  if (text.replace(/\([^()]*\)/g, ' ').replace(TELEHEALTH_CHECKS, ' ').split(/\s+/).filter(Boolean).length > 20) return false;
  // A risk statement is never a heading, however short ("last session denied SI").
  // ("Suicide watch f/u day 3 - pt DeShawn P.": the watch names the service, not a risk statement;
  // "SOS group (suicide loss survivors)", "Homicide Survivors Support Group": nor does a group for those bereaved by suicide or homicide.)
  if (/\b(denies|denied|endorses|endorsed|SI|HI|SH|NSSI|suicid\w*|homicid\w*|self-harm|cutting|ligature|noose|tied to (?:the )?vent|around (?:his|her|their) neck)\b|[∅Ø]/i.test(text.replace(/\bsuicide (?:watch|precautions?)\b|\(?suicide (?:loss|bereavement|grief|survivors?)\b[^)\n]{0,40}\)?|\bsurvivors of suicide(?: loss)?\b|\bhomicide (?:survivors?|loss|bereavement)\b|\bsurvivors of homicide\b|\b(?:died by|death by|lost (?:\w+ ){0,2}to|committed|completed) suicide\b/gi, ''))) return false;
  // ("I met with her at bedside for about 20 min since she's still on 1:1 ...": a sentence with its reason is a report.)
  if (/^\s*I\s+(?:met|saw|spoke|sat|visited)\b[^.;]*\b(?:since|because|as|while|so)\s+(?:she|he|they)(?:'s|\s)/i.test(text)) return false;
  // "pt late 20 min" is lateness, not a heading's minutes.
  // ("f/u 1 wk, family + 15 min individual": a session to come, not this one's length.)
  const cued = text.replace(LATENESS, ' ');
  if (!(HEADER_CUE.test(cued) || FACILITY_CONTACT.test(text) || FORMAT_TITLE.test(text) || COLLATERAL_CONTACT.test(text.trim()) || SERVICE_FOLLOW_UP.test(text) || MODALITY_ACRONYM.test(text) || NAME_AND_INITIAL_HEADING.test(text) || /^\s*(?:(?:[Cc]lient|[Pp]t|PT|[Pp]atient|[Nn]ame)\s*:\s*)?(?:(?:FF|EMT|RN|LPN|Sgt|Det|Ofc|Officer|Capt|Lt|Paramedic|Firefighter|Deputy|Trooper|Dispatcher|Medic)\.?(?:\/[A-Za-z]+)?\s+)?(Mr\.?|Ms\.?|Mrs\.?)?\s*(?:(?!(?:Caller|Client|Patient|Member|Mother|Father|Mom|Dad|Wife|Husband|Son|Daughter|Sister|Brother|Staff|Teacher|Nurse)\b)[A-Z][a-z]+(?:\s+(?:[A-Z]\.?|[A-Z][a-z'-]+))?|[A-Z]\.\s?(?:[A-Z]\.)+),?\s+(?:age\s+)?\d{1,2}(?:\b|(?:st|nd|rd|th)\s+(?:gr|grade|grader)\b|(?:st|nd|rd|th)(?=\s*[,;]|\s*$))/.test(text))) return false;
  // "Session w/ Maya today was harder than I expected": a judgment of the session, not its heading.
  // (Only in the heading's first fragment: "Tomasz R. indiv 45 min - green card interview went well" judges the interview, not the session.)
  if (/\b(?:was|is|were|felt|seemed|went)\s+(?:a\s+|an\s+|much\s+|really\s+|very\s+|pretty\s+|so\s+)?(?:harder|easier|better|worse|difficult|hard|tough|good|great|rough|productive|heavy|slow|intense|well|ok|okay|fine|than)\b/i.test(text.split(/\s[-–—]\s/)[0]!)) return false;
  // A heading is a list of fragments, not a report: no reporting verb near its start.
  // "Pt practiced breathing in session": a subject and its verb make a statement, not a heading.
  // ("Teen disclosed stepdad has ...": a person named by age and what they did is a statement too.)
  // ("Brief check at tent, he declined to come out": a statement after a comma ends the heading too.)
  // ("tele (phone, pt declined video)": what the client did, in brackets, is an aside to the heading.)
  // ("pt Lt. Col. (ret) spouse, Diane Marsh 58, husband has TBI ...": a relative and what they have is a statement too.)
  return !/^\s*(pt|cl|client|patient|she|he|they|i|we|teen|adolescent|child|kid|student|stu|youth|adult|veteran|vet)\s+(reports?|says?|states?|is|was|came|presents?|(?!(?:attended|joined|logged|scheduled|referred)\b)[a-z]+ed)\b/i.test(text) && !/,\s*(?:(?:her|his|their)\s+)?(?:husband|wife|partner|spouse|mother|father|mom|dad|son|daughter)\s+(?:has|had|is|was|reports?|reported|says|said)\b/i.test(text) && !/,\s*(?:pt|client|patient|she|he|they)\s+(?:reports?|reported|says|said|declined|refused|denied|denies|did|does|got|went|made|took|used|tried|rated|(?!(?:attended|joined|logged|scheduled|referred|aged)\b)[a-z]{3,}ed)\b/i.test(text.replace(/\([^()]*\)/g, ' '));
}

export function extractSessionDetails(header: string, whole: string): SessionDetails {
  const details: SessionDetails = { participants: [] };
  header = inMinutes(header).replace(SPOKEN_HOURS, '$1-$2').replace(WATCH_INTERVAL, ' ');
  // ("GIRP / Crisis", "SOAP tele": what follows the format's name is the heading.)
  // ("..., about 45 minutes": a heading's fragment that is only about how long is the session's length.)
  // ("session today individual in person about 45 minutes": after how the session was held, too.)
  header = header.replace(FORMAT_TITLE, '').replace(/(^|[,;]\s*)(?:about|approximately|approx\.?|around|roughly|~)\s*(?=\d{2,3}\s*-?\s*(?:min|mins|minutes)\s*(?:[,;]|$))/gi, '$1').replace(/(\b(?:in[- ]person|video|phone|telehealth|individual|indiv|session|couples|family|group|audio only|video only)\s+|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s+)(?:for\s+)?(?:about|approximately|approx\.?|around|roughly|~)\s*(?=\d{2,3}\s*-?\s*(?:min|mins|minutes)\b)/gi, '$1');
  // ("sleep window extended 15 min to 10:45-5:45": minutes a thing moved by are not the session's.)
  // ("today march 5th about 50 minutes": "about" after the day is the session's length, never what was talked about.)
  // ("HW 5-min delay before snacking": the minutes of homework, a delay or a wait are never the session's; nor a break's,
  // "2 hrs incl 10 min break"; nor a task's, "homework of a 20 min check-in 3x this week", "a 10 min walk daily".)
  // ("Met jointly 10 min then separately per protocol": the minutes of one part, met together or apart, are never the whole session's;
  // nor "met w/ her 10 min after" a group.)
  const minutes = /(?<!\b(?:talked|talk|talking|spoke|thought|think|worried|worry|asked|ask|cried|joked|laughed|complained)\s+about\s*)(?<!(?:late|(?<![a-z])x|for|first|last|after|within|(?<!\b(?:today|session|sess|call|visit|[a-z]+day|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}|,)\s)about|over|under|spent|took|every|(?<![a-z])out|left|away|break|gone|walked|stepped|1st|2nd|3rd|final|extended|extend|increased|decreased|reduced|shifted|moved|added|cut|shortened|lengthened|by|at|@|hw|homework|jointly|conjointly|together|separately|individually|alone|privately|apart)\s*)\b(\d{1,3})\s*-?\s*(?:min|mins|minutes?)\b(?!\s*(late|early|behind|after|afterwards?|before|prior|post|delay|wait|pause|breaks?|timer|rule|buffer|check-?ins?|conversations?|convos?|talks?|walks?|practices?|exercises?|meditations?|workouts?|runs?|(?:of\s+)?(?:parent|collateral|caregiver)\b|consult|(?:drive|drives|driving|commute|ride|walk|away|each way|round[- ]trip|from|to get|lost|frozen|of (?:lag|freezing|dead air|no (?:audio|video))|without (?:audio|video)|in\b(?!\s+(?:the\s+)?(?:office|person|clinic|home|school)\b))\b))(?<!\b(?:froze|frozen|dropped|lagged|cut out)\b[^.;\n]{0,20})/i.exec(header) ?? /(?<!(?:\b(?:f\/u|follow[- ]?up|next|plan|will|then|plus|add|adding)\b|\+)[^.;\n]{0,40})\b(\d{2,3})\s*-?\s*(?:min|mins|minutes)\s+(?:session|sess|indiv|individual|telehealth|video|in[- ]person|warm hand-?off|consult|visit)\b/i.exec(whole);
  // "50m session", "session 50m": jotted minutes (never metres; see symbol-rules.ts).
  // ("38M w/ Crohn's": a capital M after a number is the client's age and sex, never minutes.)
  // ("BIRP 3/17 2pm 55m": minutes jotted right after the hour the session began.)
  const jotted = minutes ? null : /(?<=\b\d{1,2}(?::\d{2})?\s*(?:am|pm),?\s+)([1-9]\d{1,2})\s?m\b(?![a-z])|\b([1-9]\d{1,2})\s?m\b(?=\s+(?:w\/|(?:session|sess|indiv\w*|individual|couples?|family|fam|group|grp|telehealth|video|phone|in[- ]person|intake|with)\b))|\b(?:session|sess)\s+([1-9]\d{1,2})\s?m\b|(?<=\b(?:indiv\w*|individual|video|phone|telehealth|tele|in[- ]person|couples?|family|group|grp)(?:\s*[—–,;/-]\s*|\s+))([1-9]\d{1,2})\s?m\b(?![a-z])/i.exec(header.replace(/\b(\d{1,2})M\b/g, '$1 male'));
  if (minutes) details.minutes = Number(minutes[1]);
  // ("parents seen separately (back to back, 30 min each)": two people seen one after the other, each for that long.)
  const eachApart = /\b(?:seen|met)\s+(?:separately|individually|back to back)\b[^.;]{0,40}?\b(\d{2,3})\s*(?:min|mins|minutes)\s+each\b/i.exec(header);
  if (eachApart && /\b(?:parents|both|each parent|mom and dad|mother and father|partners)\b/i.test(header)) details.minutes = Number(eachApart[1]) * 2;
  // ("mom present for first 20 min of 50": the part, then the whole session it was part of.)
  const partOf = /\b(?:first|last|final)\s+\d{1,3}\s*(?:min|mins|minutes)\s+of\s+(?:the\s+)?(\d{2,3})\b(?!\s*(?:min|mins|minutes)?\s*(?:drive|walk|ride))/i.exec(header);
  if (partOf && (!minutes || Number(minutes[1]) < Number(partOf[1]))) details.minutes = Number(partOf[1]);
  // ("indiv 45 min + 10 min check-in w/ dad": the parts of one session add up to its length.)
  const parts = /\b(\d{1,3})\s*-?\s*(?:min|mins|minutes?)\s*(?:\+|and|plus|&)\s*(\d{1,3})\s*-?\s*(?:min|mins|minutes?)\b/i.exec(header);
  // ("indiv portion 30 min then joint 20", "seen alone 30 min then w/ dad Mike 20 min": the portions of one session, one after the other, add up too.)
  const portions = parts ? null : /\b(\d{1,3})\s*-?\s*(?:min|mins|minutes?)\s*(?:,\s*)?(?:then|followed by)\s+(?:a\s+)?(?:(?:joint|family|conjoint|parent|together|dyadic)\s*(?:portion|time|session)?|(?:w\/|with)\s+(?:(?:his|her|their)\s+)?(?:mom|dad|mother|father|parents?|family|partner|wife|husband|grandma|grandmother|grandpa|grandfather|guardian)(?:\s+[A-Z][a-z]+)?)\s*(?:for\s+)?(\d{1,3})\b(?!\s*(?:am|pm|hrs?|hours?|days?|wks?|weeks?))/i.exec(header);
  if (portions) details.minutes = Number(portions[1]) + Number(portions[2]);
  if (parts) details.minutes = Number(parts[1]) + Number(parts[2]);
  // ("Zoe L. 26 indiv video 50m 3/18", "Mark S — indiv — 45m": jotted minutes after how the session was held, too.)
  else if (jotted && !portions) details.minutes = Number(jotted[1] ?? jotted[2] ?? jotted[3] ?? jotted[4]);
  else {
    const stated = /\b(\d{2,3})[- ]minutes?\s+(?:individual |couples |family |group |telehealth |video |intake )*(?:session|psychotherapy|visit)\b/i.exec(whole);
    // "I met with them for 50 min", "saw her for 45 minutes": the clinician's own time with them.
    // ("I saw him individually for about 45 minutes": how, and about how long, may come between.)
    // ("I met with Devon Halsey in the CSU day room for about 40 minutes": a full name and where, too.)
    // ("GIRP - DHH skills group ... 75 min. ... I met w/ Tyler 15 min after group": the heading's own minutes stand.)
    let met = stated || minutes ? null : /\b(?:I|we|therapist)\s+(?:met|saw|spent|was)\s+(?:with\s+|w\/\s*)?(?:them|her|him|(?:the\s+|both\s+|both of the\s+)?(?:couple|family|client|pt|patient|group|parents?|partners)|both of them|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+and\s+[A-Z][a-z]+)?)(?:\s*\([^()]{0,160}\))?\s+(?:(?:individually|alone|privately|separately|1:1|one[- ]on[- ]one|together|jointly|conjointly)\s+)?(?:(?:in|at)\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:room|office|lobby|lounge|hallway|cafeteria|courtyard|yard|gym|unit|home|house|apartment|kitchen|porch|car|school|clinic|day room|dayroom|bedside|cell|cell-side|cellside)\s+)?(?:for\s+)?(?:about\s+|approximately\s+|around\s+|~\s*)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/.exec(whole);
    // "met indiv 45 min", "met 1:1 for 30 minutes": the time alone with the client, said without a subject.
    // ("we did like 40 minutes": the time spent, said with no one named.)
    // ("imaginal exposure on the ambush we did about 35 min": the minutes of an exercise named before it are the exercise's, not the session's.)
    // ("I saw Bri alone for ten minutes at the end": a part of a family session alone with one of them is that part's time.)
    // ("Family session - Mom, Dad, son Tyler 16 ... I saw him alone for 15 min": in a family or couples session, time alone with
    // one of them is that part's time, wherever it was said.)
    if (met && /\b(?:alone|individually|privately|separately|1:1|one[- ]on[- ]one)\b/i.test(met[0]) && /\b(?:family|couples?|conjoint|dyadic)\b/i.test(whole.split('\n')[0]!.slice(0, 80))) met = null;
    if (met && /\b(?:alone|individually|privately|separately|1:1|one[- ]on[- ]one)\b/i.test(met[0]) && /^\s*(?:at (?:the )?(?:end|start|beginning|close)|(?:to )?(?:start|finish|close)|first|afterwards?|after(?:\s+that)?)\b/i.test(whole.slice(met.index + met[0].length))) met = null;
    // ("we did ~15 min together" on one task: a part of the visit, never its length.)
    const did = stated || met || minutes ? null : /(?<!\b(?:exposure|imaginal|in vivo|hot spots?|role[- ]?plays?|breathing|relaxation|mindfulness|meditation|grounding|walk|sets)\b[^.;\n]{0,60})\b(?:I|we)\s+(?:did|had|talked|spent)\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+|like\s+|~\s*)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b(?!\s+(?:together|of)\b)/i.exec(whole);
    // ("started at four fifteen went about fifty minutes": when it began and how long it ran, dictated.)
    // ("10/14 started 1500 went about 45 minutes": the hour in clock time, without its colon, too.)
    const startedFor = /\bstarted\s+(?:at\s+)?(\d{1,2})(?::?(\d{2}))?\s*(am|pm)?\b[^.;]{0,20}?\b(?:went|ran|lasted)\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+|like\s+|~\s*)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/i.exec(whole);
    if (startedFor && !stated && !met && !minutes && !did && Number(startedFor[1]) >= 1 && (Number(startedFor[1]) <= 12 || (Number(startedFor[1]) <= 23 && startedFor[2] !== undefined && !startedFor[3]))) {
      const start = Number(startedFor[1]) > 12 ? Number(startedFor[1]) * 60 + Number(startedFor[2]) : toMinutes(startedFor[1]!, startedFor[2] ?? '00', startedFor[3]);
      details.minutes = Number(startedFor[4]);
      details.startTime = hhmm(start);
      details.endTime = hhmm((start + details.minutes) % (24 * 60));
    }
    // ("session was about fifty five minutes total", "the session lasted 50 minutes": the session's own length, said of it.)
    // ("so today was a phone follow up about 25 minutes": today's contact and its length, said of it.)
    // ("... a day group ran 90 minutes": the group's own length too.)
    const sessionWas = /\b(?:(?:the\s+)?(?:session|group)|today|today's\s+(?:call|session|visit|contact)|the\s+(?:call|visit|follow[- ]?up(?:\s+call)?))\s+(?:was|lasted|ran|went)\s+(?:(?:a|an)\s+(?:phone|telephone|video|telehealth|in[- ]person)\s+(?:follow[- ]?up|check[- ]in|session|call|visit)(?:\s+call)?\s+)?(?:for\s+)?(?:about\s+|approximately\s+|around\s+|like\s+|~\s*)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/i.exec(whole);
    if (sessionWas && !stated && !met && !minutes && !did && !startedFor) details.minutes = Number(sessionWas[1]);
    // ("Total contact approx 75 min."): the whole contact's length, said as a total.
    // ("Total time 3.5 hrs incl waiting": the total in hours, too.)
    const totalContact = /\btotal\s+(?:contact|time|session|face[- ]to[- ]face(?:\s+time)?|contact time)\s*(?:was\s+|of\s+|:\s*|=\s*)?(?:approx\.?\s+|approximately\s+|about\s+|around\s+|~\s*)?(?:(\d{2,3})\s*-?\s*(?:min|mins|minutes)|(\d(?:\.\d)?)\s*(?:hrs?|hours?)(?:\s*(?:and\s+)?(\d{1,2})\s*(?:min|mins|minutes))?)\b/i.exec(whole);
    // ("Total time 2 hrs 15 min": the hours and the minutes after them.)
    if (totalContact && !stated && !met && !minutes && !did && !startedFor && !sessionWas) details.minutes = totalContact[1] ? Number(totalContact[1]) : Math.round(Number(totalContact[2]) * 60) + Number(totalContact[3] ?? 0);
    // ("um this was 10/13 about an hour in person"): the day said aloud, then how long it ran.
    const dayThenLength = /\bthis\s+(?:was|is)\s+(?:on\s+)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*,?\s*(?:(?:about|around|approximately|like|just over|almost)\s+)?(?:(an|one)\s+hour\b(?!\s+and)|(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b)/i.exec(whole);
    if (dayThenLength && !stated && !met && !minutes && !did && !startedFor && !sessionWas) details.minutes = dayThenLength[1] ? 60 : Number(dayThenLength[2]);
    // ("we were together about 75 minutes": the time the clinician and the client spent, said of both.)
    const together = did ? null : /\b(?:we|I)\s+(?:were|was)\s+(?:together|in session|with (?:him|her|them))\s+(?:for\s+)?(?:about\s+|approximately\s+|around\s+|like\s+|~\s*)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/i.exec(whole);
    if (did) details.minutes = Number(did[1]);
    else if (together && !stated && !met && !minutes) details.minutes = Number(together[1]);
    const metAlone = stated || met || did || minutes ? null : /(?:^|[\n.;]\s*|\b(?:I|we|then)\s+)met\s+(?:w\/\s*(?:him|her|them|pt|client)\s+)?(?:indiv\w*|individually|1:1|one[- ]on[- ]one|alone|privately|separately)\s+(?:for\s+)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/im.exec(whole);
    // ("met with them together for 40 min then each alone ~10 min": the time together, then each one's time alone, add up.)
    const eachAlone = met ? /^\s*(?:,\s*)?(?:and\s+)?then\s+(each\s+)?(?:alone|individually|separately)\s+(?:for\s+)?(?:~\s*|about\s+|approx\.?\s+|approximately\s+)?(\d{1,2})\s*-?\s*(?:min|mins|minutes)\b/i.exec(whole.slice(met.index + met[0].length)) : null;
    if (stated) details.minutes = Number(stated[1]);
    else if (met && eachAlone) details.minutes = Number(met[1]) + Number(eachAlone[2]) * (eachAlone[1] ? 2 : 1);
    else if (met) details.minutes = Number(met[1]);
    else if (metAlone) details.minutes = Number(metAlone[1]);
    // ("Seen in infusion chair, ~30 min.": where the client was seen, then how long, closing the sentence.)
    // ("D: seen 30 min.": how long the client was seen, said first under a label.)
    const seenFor = stated || met || did || metAlone || minutes ? null : /(?:^|[\n.;]\s*)(?:seen|saw (?:her|him|them|pt|client)|met (?:with )?(?:her|him|them|pt|client))\b[^.;\n]{0,50},\s*(?:~\s*|approx\.?\s+|approximately\s+|about\s+)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\s*(?:,\s*(?:indiv\w*|individual|in person|in-person|telehealth|video|phone|family|couples|joint)\s*)?(?=[.;\n]|$)|(?:^|[\n.;]\s*|^[A-Z]{1,2}\s*:\s*|\n[A-Z]{1,2}\s*:\s*)(?:(?:pt|client|patient|resident)\s+(?:was\s+)?)?seen\s+(?:for\s+)?(?:~\s*|approx\.?\s+|approximately\s+|about\s+)?(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/i.exec(whole);
    if (seenFor) details.minutes = Number(seenFor[1] ?? seenFor[2]);
    // ("Eli Brandt (9, brother of Owen w/ Wilms) indiv 30 min - less angry ...": on the first line, the kind of session and its minutes.)
    const kindThenMinutes = seenFor || minutes ? null : /\b(?:indiv\w*|individual|family|couples|group|telehealth|video|phone)\s+(\d{2,3})\s*-?\s*(?:min|mins|minutes)\b/i.exec(whole.split('\n')[0]!);
    if (kindThenMinutes) details.minutes = Number(kindThenMinutes[1]);
    // ("... in the office for the parent child session about 50 minutes": the session named with how long it ran.)
    const namedFor = seenFor || kindThenMinutes || minutes ? null : NAMED_SESSION_FOR.exec(whole);
    if (namedFor) details.minutes = Number(namedFor[2]);
  }
  // A time range counts only in the heading: "slept 1:00-4:00" in the body is not the session.
  // "1120-1245", "0900-0950": clock times jotted without their colons (never years: "2019-2020").
  // ("group - 4/4 - 6:00-7:30pm": the day of a date before a dash is no clock time.)
  // ("Saw pt 1100-1200" in the body: the clinician's own time with the client is the session's too.)
  const seenAt = SEEN_FROM_TO.exec(whole);
  // ("Client: Marcus T.  DOB on file.  Date 3/11/25, 10:00-10:50": a range right after the session's date on the first line is its hours.)
  const dated = /\b(?:date|dos|date of service)\s*:?\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s+(?=\d{1,2}(?::\d{2}|\d{2})\s*(?:am|pm)?\s*(?:-|to)\s*\d)/i.exec(whole.split('\n')[0]!);
  const timedFrom = seenAt ? seenAt.index + seenAt[0].length : dated ? dated.index + dated[0].length : -1;
  // ("Lunch bunch - 4th gr friendship group\nTues 11/5, 11:40-12:15\npresent: ..."): a line near the top that holds only the
  // day and the hours is the heading's too.
  const hoursLine = whole.split('\n').slice(1, 3).find((l) => HOURS_LINE.test(l));
  // ("Weds 6:30-8pm": an end hour written without its minutes is on the hour.)
  const timed = (timedFrom >= 0 ? `${header} ${whole.slice(timedFrom, timedFrom + 24).split(/[.,;\n](?!\d)/)[0]}` : hoursLine && !header.includes(hoursLine.trim()) ? `${header} ${hoursLine}` : header).replace(/(\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:-|to)\s*)(\d{1,2})\s*(am|pm)\b/gi, (m, from: string, h: string, ampm: string) => (/:/.test(from) || /\d\s*(?:am|pm)/i.test(from) || /^\d{1,2}\s*(?:-|to)/.test(from) ? `${from}${h}:00${ampm}` : m))
    // ("DBT skills group Tues 5:30-7, 6 members": the end hour bare, after a start with its minutes, is on the hour too.)
    .replace(/(\b\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:-|to)\s*)(\d{1,2})(?![\d:/.]|\s*(?:am|pm|min|mins|minutes|hrs?|hours?|yo|y\/o|years?|members|pts|clients|people|x)\b)/gi, '$1$2:00');
  // ("1940-2030": a range ending after the 2020s is no span of years, so it is the hours.)
  const range = /(?<![\d/])\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:-|to)\s*(\d{1,2}):(\d{2})\s*(am|pm)?\b/i.exec(timed) ?? /(?<![\d/.:-])(?!(?:19|20)\d\d\s*-\s*(?:19\d\d|20[0-2]\d|\d\d)\b)([01]?\d|2[0-3])([0-5]\d)\s*(am|pm)?\s*(?:-|to)\s*([01]?\d|2[0-3])([0-5]\d)\s*(am|pm)?(?![\d/.:-])/i.exec(timed);
  if (range) {
    // ("0140-0305": an hour written with its leading zero is on the 24-hour clock, never an afternoon guessed.)
    const clock = (h: string, m: string, ampm?: string): number => (Number(h) >= 13 || (!ampm && /^0\d$/.test(h)) ? Number(h) * 60 + Number(m) : toMinutes(h, m, ampm));
    const start = clock(range[1]!, range[2] ?? '00', range[3] ?? range[6]);
    let end = clock(range[4]!, range[5]!, range[6]);
    if (end < start) end += 12 * 60;
    // ("11:40pm-12:55am": a call that runs past midnight ends the next day.)
    if (end < start) end += 12 * 60;
    if (end > start && end - start <= 240) {
      details.startTime = hhmm(start);
      details.endTime = hhmm(end % (24 * 60));
      details.minutes ??= end - start;
    }
  }
  // ("walked in 16:40, seen till 18:10": arrival and the end of being seen, in clock time, are the session's hours.)
  // ("CRISIS home visit 3/20 ... Arrived 11:50, left 2:05pm"): the clinician's arrival and leaving, anywhere, are the hours.
  const arrivedLeft = details.startTime ? null : ARRIVED_LEFT.exec(whole);
  if (arrivedLeft) {
    const start = toMinutes(arrivedLeft[1]!, arrivedLeft[2]!, arrivedLeft[3] ?? (arrivedLeft[6] && Number(arrivedLeft[1]) > Number(arrivedLeft[4]) && Number(arrivedLeft[1]) < 12 ? 'am' : arrivedLeft[6]));
    let end = toMinutes(arrivedLeft[4]!, arrivedLeft[5]!, arrivedLeft[6]);
    if (end < start) end += 12 * 60;
    if (end > start && end - start <= 240) {
      details.startTime = hhmm(start);
      details.endTime = hhmm(end % (24 * 60));
      details.minutes ??= end - start;
    }
  }
  const walkedIn = details.startTime ? null : /\b(?:walked in|arrived|came in|seen from|started)\s+(?:at\s+)?(\d{1,2}):(\d{2})\b[^.;\n]{0,20}?\b(?:seen|stayed|left|ended|finished)?\s*(?:till|until|to)\s+(\d{1,2}):(\d{2})\b/i.exec(header);
  if (walkedIn) {
    const clock = (h: string, m: string): number => (Number(h) >= 13 ? Number(h) * 60 + Number(m) : toMinutes(h, m));
    const start = clock(walkedIn[1]!, walkedIn[2]!);
    const end = clock(walkedIn[3]!, walkedIn[4]!);
    if (end > start && end - start <= 240) {
      details.startTime = hhmm(start);
      details.endTime = hhmm(end);
      details.minutes ??= end - start;
    }
  }
  // ("Telehealth (video) 3/14 3pm, 45 min", "phone crisis call 3/18 around 11:40pm ..., about 25 min": the hour it began, and with
  // its minutes the hour it ended.)
  const began = details.startTime ? null : /(?:^|[\s,(])(?:@\s*|at\s+|around\s+|approx\.?\s+|~\s*)?(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b(?!\s*(?:-|to)\s*\d)/i.exec(header);
  if (began && Number(began[1]) >= 1 && Number(began[1]) <= 12) {
    const start = toMinutes(began[1]!, began[2] ?? '00', began[3]);
    details.startTime = hhmm(start);
    if (details.minutes && details.minutes <= 240) details.endTime = hhmm((start + details.minutes) % (24 * 60));
  }
  // "DBT indiv (wk 14 of skills group)": what is in brackets qualifies the session; the words outside say what it was.
  // "in DBT skills grp + indiv": what the client is enrolled in says nothing of this session.
  // "Session type: Family (pt + mother + stepfather)": the label says nothing; what follows it does.
  const unbracketed = header.replace(/(^|[,;]\s*)(?:service|session type|type of session|type|setting|modality|format)\s*:\s*/gi, '$1').replace(/\([^()]*\)/g, ' ').replace(ENROLLED_IN_GROUP_WITH_INDIVIDUAL, (m, offset: number, whole: string) => (inProgramName(m, offset, whole) ? m : ' '));
  const outside = SERVICE.find(([re]) => re.test(unbracketed))?.[1];
  for (const [re, type] of outside ? SERVICE.filter(([, t]) => t === outside) : SERVICE) {
    // ("consider couples session if Ray willing": a session proposed is not this one.)
    // ("Pre-txp eval (intake)": the kind alone in brackets names it too.)
    if (re.test(unbracketed) || (type === 'intake' && /\(\s*(?:initial\s+)?intake\s*\)/i.test(header)) || (type !== 'individual' && type !== 'family' && type !== 'group' && new RegExp(`(?<!\\b(?:consider|considering|recommend|recommended|suggest|suggested|offer|offered|offering|refer(?:red)? (?:to|for)|future|possible|potential|next|schedule|add|adding|maybe|plan(?:ning)?(?: a)?|a|for)\\s+)\\b${type} (session|sess)\\b`, 'i').test(whole))) {
      details.serviceType = type;
      break;
    }
  }
  // ("Reunification sess #4, Marcus Delgado (father) + son Eli (11)": read with its brackets, a family session.)
  if (!details.serviceType && PARENT_WITH_CHILD.test(header)) details.serviceType = 'family';
  // (The same sentence names its kind: a parent-child session is a family session.)
  const namedKind = details.serviceType ? undefined : NAMED_SESSION_FOR.exec(whole)?.[1]?.toLowerCase();
  if (namedKind) details.serviceType = /^(?:couples)$/.test(namedKind) ? 'couples' : /^(?:individual|play)$/.test(namedKind) ? 'individual' : 'family';
  // "Phone session (video not working)": the modality the session was held in outranks one that failed.
  // "Marcus & Dani, sess 7" in a summary about their marriage: two partners, a couples session.
  if (!details.serviceType && /^[\s-]*([A-Z][a-z]+)\s*(?:&|\+|and)\s*([A-Z][a-z]+)\b/.test(header) && /\b(marriage|married|couple|husband|wife|spouse|partner|relationship|engaged|fianc\w*)\b/i.test(whole)) details.serviceType = 'couples';
  // ("I was called to the unit at 2:10 pm because staff found R. with a torn strip of bedsheet ... met with her in the crisis
  // room": a call-out to a crisis, told in the first sentence, is a crisis session.)
  if (!details.serviceType && /^[^.\n]{0,60}\b(?:was|got|were)\s+called\s+(?:to|onto|in to|out to)\s+(?:the\s+)?(?:unit|floor|ward|pod|ed|er|emergency room|emergency department|school|home|shelter|house)\b[^.\n]{0,80}\b(?:because|after|for|when)\b/i.test(whole) && /\b(?:suicid\w*|SI\b|self-harm|ligature|overdos\w*|C-SSRS|1:1|constant observation|crisis room|threat\w*|weapon|knife)/i.test(whole)) details.serviceType = 'crisis';
  // "Telehealth phone session, audio only": audio only is the phone, whatever else the heading names.
  // "pt on phone only today (video not working)" anywhere in the summary: held by phone.
  const phoneFirst = /\b(?:on (?:the )?phone only|phone only today|by phone only)\b|\b(?:phone|audio)\b[^.;\n]{0,40}\bvideo (?:not working|down|failed|wouldn't (?:work|load|connect)|would not (?:work|load|connect)|wasn't working|was not working|isn't working|is not working|didn't (?:work|load|connect)|did not (?:work|load|connect)|won't (?:work|load|connect)|dropped|froze|kept freezing|cut out)\b|\b(?:phone|audio)\b[^.;\n]{0,30}\b(?:no|without)\s+video(?:\s+(?:access|available|option))?\b/i.test(whole) || /\baudio[- ]only\b|\b(?:tele|telehealth|virtual)\s*[(/,-]?\s*(?:phone|telephone|audio)\b(?!\s*(?:number|#|no\.))|\b(?:tele|telehealth|virtual)\s+(?:session|sess|visit|call|appointment|appt|follow-up|f\/u|check-in)\s+(?:by|via|over)\s+(?:the\s+)?(?:phone|telephone)\b/i.test(header) || (/\b(phone|telephone) (session|sess|call|visit)\b|^phone\b/i.test(header) && /\bvideo (?:not working|down|failed|wouldn't|would not|wasn't|was not|isn't|is not|didn't|did not|dropped|froze)\b|\bno video\b/i.test(whole));
  if (phoneFirst) details.modality = 'phone';
  // ("Brief telehealth check-in with Sofia (15 min, phone)", "telehealth - phone"): telehealth said, then the phone named as how.
  const telehealthByPhone = !phoneFirst && /\btele(?:health|therapy)?\b/i.test(header) && /\(\s*(?:\d{2,3}\s*(?:min|mins|minutes)\s*,\s*)?(?:phone|telephone|audio only)\s*\)|\btele(?:health)?\s*[-–:,]\s*(?:phone|telephone|audio only)\b/i.test(header);
  if (telehealthByPhone) details.modality = 'phone';
  // "crisis call ... she logged on ... while we were on video", "mobile crisis call came in from the sister ... we met
  // him at his apartment": the call brought the crisis, and the session was held another way.
  const callOnlyBrought = /\bcrisis call\b/i.test(header) && CALL_NOT_THE_SESSION.test(whole);
  // ("7 attendees (2 via zoom)": some members joining by video leaves the session held where the rest met.)
  const heldHeader = header.replace(/\(?\s*\b(?:\d+|one|two|three|four|some|a few|several)\s+(?:(?:members?|attendees?|participants?|of them)\s+)?(?:joined\s+)?(?:via|on|by|over)\s+(?:zoom|video|phone|telehealth|teams)\s*\)?/gi, ' ');
  const headerModality = MODALITY.some(([re]) => re.test(heldHeader));
  for (const [re, modality] of phoneFirst || telehealthByPhone ? [] : MODALITY) {
    if (modality === 'phone' && callOnlyBrought && !/\b(phone|telephone) (session|sess|visit)\b|\bby phone\b|\bover the phone\b|\baudio only\b/i.test(header)) continue;
    // ("individual session in person ... body doubling over video call with her friend": the heading's modality outranks a video told in the body;
    // "his grandson cried when he saw his face on video call": someone else's call is no modality.)
    if (re.test(heldHeader) || (modality !== 'phone' && !headerModality && /\b(telehealth|video) (session|sess|visit)\b|\b(?:on|over|via|by) video\b(?![- ]?games?\b)(?<!\bon video(?=\s+call\b))(?!\s+(?:call|chat)?\s*with\s+(?:her|his|their|a|my)\s+(?:friend|friends|family|sister|brother|mom|dad|mother|father|partner|boyfriend|girlfriend))/i.test(whole) && modality === 'video')) {
      details.modality = modality;
      break;
    }
  }
  if (details.modality === 'video' && !/\b(?:video|zoom|doxy(?:\.me)?|teams|vv|vvc|facetime|webcam|camera|on screen)\b/i.test(whole)) details.telehealthUnspecified = true;
  // "next session 2 wks", "f/u session in 2 weeks": a time to the next session, not this one's number.
  // ("HD#2": the hospital day, never the session's number.)
  // ("after failed outpt PE (dropped out at session 4)": where another course ended is no number of this session.)
  const numbered = /(?<!\b(?:next|last|previous|prior|f\/u|follow-up|following)\s+)(?<!\b(?:dropped out|stopped|quit|left|discontinued|ended|terminated)\s+(?:at|after|around|by|in)\s+)(?:\bsess(?:ion)?|(?<!\bHD\s*|\bPOD\s*|\bday\s*)#)\s*:?\s*#?\s*(\d{1,3})\b(?!\s*-?\s*(?:min|mins|minutes|wks?|weeks?|days?|mos?|months?|hrs?|hours)\b)(?!:\d{2})/i.exec(header);
  // ("Session 2:00-2:50": the hour it started, never a number.)
  // "Session 12/1/2026", "Session 12/1": a date after the word (no course is 12 of 1), not a number.
  const number = numbered && !writtenAsDate(header.slice(numbered.index + numbered[0].length), Number(numbered[1]), whole, header.slice(0, numbered.index)) ? numbered : null;
  // "CPT session 6 of 12": the course's length, said with the number.
  const total = number ? /^\s*(?:of|\/)\s*(\d{1,3})\b/.exec(header.slice(number.index + number[0].length)) : null;
  if (number && total && Number(total[1]) >= Number(number[1])) details.sessionOf = Number(total[1]);
  // "4th sess", "session #6", "2nd visit".
  // "his 6th grief session": one or two words of topic may stand between.
  // ("1st half of session pt alone": a part of this session, never its number; "3rd missed indiv session" counts absences, never sessions held.)
  // ("3rd of 6 sessions": the number, then the course's length.)
  const ordinalOf = /\b(\d{1,2})(?:st|nd|rd|th)\s+of\s+(\d{1,2})\s+(?:[a-z]+\s+)?(?:sessions|sess|meetings|visits|appts|appointments)\b/i.exec(header);
  if (!number && ordinalOf && Number(ordinalOf[2]) >= Number(ordinalOf[1])) details.sessionOf = Number(ordinalOf[2]);
  const ordinal = ordinalOf ?? /\b(\d{1,3})(?:st|nd|rd|th)\s+(?!(?:half|part|portion|hour|minutes?|min|third|quarter|missed|no-?show|cancell?ed|late)\b)(?:(?!missed\b|no-?show\b|cancell?ed\b)[a-z]+\s+){0,2}?(?:sess|session|meeting|visit|appt|appointment)\b/i.exec(header) ?? spokenOrdinal(header);
  // "ind follow-up #6": a number marked with "#" is the session's, whatever word comes before it.
  const marked = number ? null : /(?:^|[\s,(])#\s?(\d{1,3})\b(?!\s*(?:min|mins|minutes|wks?|weeks?|days?)\b)/.exec(header);
  if (number) details.sessionNumber = Number(number[1]);
  else if (marked) details.sessionNumber = Number(marked[1]);
  else if (ordinal) details.sessionNumber = Number(ordinal[1]);
  else if (/\b(1st|first) (sess|session|meeting|visit)\b/i.test(header)) details.sessionNumber = 1;
  // "1 hr", "1.5 hrs", "2.5 hrs" (an evaluation) as the session's length.
  // Only as a fragment of its own: "slept 1 hr" is not the session's length.
  const hours = HOURS_FRAGMENT.exec(header);
  if (hours && details.minutes === undefined) details.minutes = Math.round(Number(hours[1]) * 60);
  // ("she was at home in her car actually parked outside her work": a place taken back is not where the client was.)
  const said = /\b(?:pt|cl|client|patient|she|he|they)\s+(?:(?:was|is|were)\s+)?(?:at|from|in)\s+(home|work|school|(?:her|his|their) (?:(?:off-campus|on-campus|own|new|parked|friend's|sister's|brother's|mother's|father's|mom's|dad's|grandmother's)\s+)?(?:car|office|home|house|apartment|apt|bedroom|dorm(?: room)?|room|parked car|truck|workplace|parents' house))\b(?:,?\s+in\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b)?/i.exec(whole);
  // ("last time she was at his house he shoved her": a place in the story, not where the client was for a session held in person.)
  const remote = details.modality === 'video' || details.modality === 'phone' || /\b(?:tele(?:health)?|video|phone|zoom|virtual)\b/i.test(whole);
  // ("I'll visit pt at home w/ hospice": where the client will be seen next is no place for this session.)
  const where = said && remote && !/\b(?:last time|the time|when|while|whenever|after|before|since|visit|visiting|see|seeing|meet|meeting)\s+$/i.test(whole.slice(Math.max(0, said.index - 14), said.index)) && !/^(?:\s+\S+){0,4}?\s+(?:actually|sorry|i mean|no wait|wait no)\b/i.test(whole.slice(said.index + said[0].length)) ? said : null;
  // "pt in his car" keeps its words ("in his car"); "pt at home" is "home".
  // ("pt at home in MI": the state or town after the place stays with it.)
  if (where) details.clientLocation = (/^(?:her|his|their) /i.test(where[1]!) ? `${/\b(?:in|from)\s+(?:her|his|their)\b/i.test(where[0]) ? 'in' : 'at'} ${where[1]!.toLowerCase()}` : where[1]!.toLowerCase()).replace(/\bapt$/, 'apartment') + (where[2] && /^[A-Z]/.test(where[2]) ? ` in ${where[2].replace(/\s+[a-z].*$/, '')}` : '');
  // ("pt in parked car outside work", "confirmed location = Target lot", "Pt confirmed at work, downtown SLC": where the client
  // was is told, in words the session line does not carry; the note keeps them, and no warning asks for them again.)
  if (remote && (details.clientLocation || LOCATION_TOLD.test(whole))) details.clientLocationTold = true;
  if (remote && CONSENT_TOLD.test(whole)) details.telehealthConsentTold = true;
  // Only a date with its year: the composer has no clock to give "11/27" its year (the Write
  // page does, and puts the date in its session control for the clinician to see).
  const date = findSessionDate(whole)?.date;
  if (date) details.date = date;
  return details;
}

/** What follows "Session 12" makes it a date: a day and a year ("/1/2026"), or a day below it ("/1"). */
function writtenAsDate(after: string, first: number, whole: string, before: string): boolean {
  const rest = /^\/(\d{1,2})(\/\d{2,4})?(?![\d/])/.exec(after);
  // ("Family session 3/12, 45 min": a session named by its kind, with no course named anywhere, is on a day of a month.)
  if (rest && first <= 12 && SESSION_KIND_BEFORE.test(before) && !courseNamed(whole)) return true;
  // ("individual session 3/12 at 4pm": a day followed by the hour it began is a date, whatever course could be 12 long.)
  const atHour = !!rest && HOUR_BEGUN_AFTER.test(after.slice(rest[0].length));
  // ("session 4/6 ... deferred to next sess 4/13": another day of the same month named for the next session makes it a date.)
  if (rest && first <= 12 && nextInSameMonth(whole, first, Number(rest[1]))) return true;
  return !!rest && first <= 12 && (rest[2] !== undefined || Number(rest[1]) < first || !COURSE_LENGTHS.has(Number(rest[1])) || atHour);
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** "third session" -> 3, as a match-like pair so it reads like the numeric ordinal. */
function spokenOrdinal(header: string): [string, string] | null {
  const m = new RegExp(`\\b(${ORDINALS.join('|')})\\s+(?:sess|session|meeting|visit)\\b`, 'i').exec(header);
  if (m) return [m[0], String(ORDINALS.indexOf(m[1]!.toLowerCase()) + 1)];
  // ("follow up number four", "session number 6": the number said after the word "number".)
  const numbered = /\b(?:follow[- ]?up|f\/u|session|sess|visit|appointment)\s+(?:number|no\.?)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/i.exec(header);
  return numbered ? [numbered[0], /\d/.test(numbered[1]!) ? numbered[1]! : String(SMALL_NUMBERS.indexOf(numbered[1]!.toLowerCase()) + 1)] : null;
}


function toMinutes(h: string, m: string, ampm?: string): number {
  let hour = Number(h) % 12;
  // ("12:10-12:40" with no am or pm: a session at twelve is at noon.)
  if (ampm?.toLowerCase() === 'pm' || (!ampm && (Number(h) < 7 || Number(h) === 12))) hour += 12;
  return hour * 60 + Number(m);
}
const hhmm = (mins: number): string => `${String(Math.floor(mins / 60) % 24).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;

/** Header fragments that only restate session details, so they are not repeated as context. */
export function isSessionFragment(fragment: string): boolean {
  const rest = stripSessionWords(fragment).toLowerCase().replace(/[#(),.:-]/g, ' ').split(/\s+/).filter((w) => w && !FILLER.has(w));
  return rest.length === 0;
}

/** Words that say nothing once the session details are taken out ("so today was a ... with the client"). */
const FILLER = new Set(['type', 'service', 'visit', 'assessment', 'so', 'today', 'by', 'via', 'over', 'on', 'in', 'at', 'was', 'is', 'a', 'an', 'the', 'this', 'with', 'client', 'patient', 'pt', 'cl', 'of', 'for', 'and', 'our', 'my', 'ok', 'okay', 'um', 'uh', 'well']);

/** A heading fragment without the words already in the session line ("family session 55 min w/ mother" -> "w/ mother"). */
/** "this was Maria's", "this is SSG Ramirez": the words before whom the session was with, once its number is gone. */
const THIS_WAS_NAMED = new RegExp(`^\\s*(?:so\\s+)?this\\s+(?:is|was)\\s+(?:(?:the|our|her|his|my)\\s+)?(?:with\\s+)?(?=(?:${RANK_OR_TITLE}\\s+)?[A-Z][a-z]+(?:['’]s)?\\s*$)`);

/** ("approx 1 hr 15 min", "1h30m", "like an hour and a half"): an hour and minutes said together are the minutes they add up to. */
const inMinutes = (text: string): string => text
  // ("HV 10/14 1:30-2:35p", "9a-10:30a": a clock time's "p" or "a" alone is pm or am.)
  .replace(/\b(\d{1,2}(?::\d{2})?)([ap])\s*-\s*(\d{1,2}(?::\d{2})?)([ap])(?![\w.])/gi, (_m, from: string, a: string, to: string, b: string) => `${from}${a.toLowerCase()}m-${to}${b.toLowerCase()}m`)
  .replace(/\b(\d{1,2}:\d{2})\s?([ap])(?![\w.])/gi, (_m, time: string, half: string) => `${time}${half.toLowerCase()}m`)
  // ("started about 2:40 went till about 4:10": the hours, said as a range.)
  .replace(/\bstarted\s+(?:at\s+)?(?:about\s+|around\s+|~\s*)?(\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm))\s+(?:and\s+)?(?:went|ran|lasted|ended)\s+(?:till|until|to|at)\s+(?:about\s+|around\s+|~\s*)?(\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm))/gi, '$1-$2')
  .replace(/\b(?:so\s+)?(?:like\s+|about\s+|around\s+)?(?:an|one)\s+hour\s+and\s+a\s+half\b/gi, '90 min').replace(/\b(?:so\s+)?(?:like\s+|about\s+|around\s+)?(?:a|one)\s+half(?:\s+an)?\s+hour\b/gi, '30 min')
  // ("this was 10/13 about an hour in person"): an hour said in words, the session's own, is sixty minutes.
  .replace(/(?<!\b(?:drove|drive|drives|driving|waited|wait|waiting|commute|commutes|away|took|takes|spent|spend|for)\s+)\b(?:about|around|approximately|like|just over|almost|nearly)\s+(?:an|one)\s+hour\b(?!\s+(?:and|later|before|after|earlier|ago|away|drive|each|a day|of\b|or\b))/gi, '60 min').replace(/\b([1-3])\s*(?:hr|hrs|hour|hours|h)\s*(?:and\s+)?(\d{1,2})\s*(?:min|mins|minutes|m)\b/gi, (_m, h: string, m: string) => `${Number(h) * 60 + Number(m)} min`);

/** The kind of session named just before "session" ("Family session 3/12"). */
const SESSION_KIND_BEFORE = new RegExp(String.raw`\b${SESSION_KINDS}\s*$`, 'i');

/** ("MH watch (15 min) since 3/9", "q15 min checks"): how often a watch looks in, never a session's length. */
export const WATCH_INTERVAL = /\b(?:watch|precautions?|obs|observation|checks?)\s*\(\s*(?:q\s*)?\d{1,2}\s*-?\s*(?:min|mins|minutes?)\s*(?:checks?)?\s*\)|\bq\s*\d{1,2}\s*-?\s*(?:min|mins|minutes?)\b|\b\d{1,2}\s*-?\s*(?:min|mins|minutes?)\s+(?:checks?|obs|observations?|rounds)(?![\w-])/gi;
/** ("came in at about 2:15 seen till 3:30"): the hours said as when the client came and until when they were seen. */
const SPOKEN_HOURS = /\b(?:came in|arrived|walked in|started|began)\s+(?:at\s+)?(?:about\s+|around\s+|approx\.?\s+|~\s*)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\s*,?\s*(?:and\s+)?(?:was\s+)?(?:seen|went|ran|lasted|stayed|left|ended)\s+(?:till|until|to|til)\s+(?:about\s+|around\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)(?![\d:])/gi;

// (To twelve: a visit's number said aloud, "follow up number eleven"; an age in a heading uses the first nine.)
const SMALL_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export function stripSessionWords(fragment: string): string {
  // ("Check-in w/ Amina Warsame via Somali phone interp": the interpreter the session went through, never the client's title.)
  // ("Mark S — indiv — 45m": minutes jotted as a piece of the heading of their own.)
  // ("D/ Ana 16, seen indiv": a format letter written with a slash opens the heading, and is no part of it.)
  fragment = inMinutes(fragment).replace(/^\s*[DAPSOBIRGE]\/\s+/, '').replace(/^\s*[1-9]\d{1,2}\s?m\s*$/, '').replace(/\bvia\s+(?:an?\s+)?([A-Z][a-z]+)\s+(?:phone\s+|video\s+|telephone\s+|in[- ]person\s+)?interp(?:reter)?\b/g, 'with a $1 interpreter');
  // ("Caring Dads father/child session", its slash written "and" by then: the kind of session goes whole.)
  fragment = fragment.replace(/\b(?:father|mother|dad|mom|parent)\s*(?:\/|and|&|\+)\s*(?:child|son|daughter|kid)\s+(?:session|sess|visit)\b/gi, ' ');
  // "Session type: Family (...)": the label of a session line is not context.
  // ("Date 3/11/25, 10:00-10:50": the date's label goes with the date.)
  // ("Date: 3/12/24  Time: 3:30-4:20": the hours' label goes with them.)
  fragment = fragment.replace(/^\s*(?:session\s+type|type of session|type|service|svc|duration|length|session length)\s*:\s*/i, '').replace(/^\s*(?:date of service|date|dos)\s*:?\s*(?=\d{1,2}\/\d{1,2}\b)/i, '').replace(/\b(?:time|times)\s*:\s*(?=\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:-|to)\s*\d)/gi, '');
  // "(Faduma, by phone)", "(court-ordered, 3rd session)": what is in brackets stays as written,
  // unless it is only session words ("(video, pt at home)").
  const kept: string[] = [];
  // ("PC-PTSD-5 (5/5)": a score in brackets after an instrument's name is kept, never read as a date.)
  // ("med check plus therapy add-on": the add-on names what the visit was, kept whole.)
  // ("Between-session call": a session word joined to another by a hyphen is part of that word.)
  // ("left vm w/ callback # and 988": the lifeline's name keeps its "Crisis"; so does a crisis line or center named.)
  // ("wife present for whole session", "dad joined for last 10 min of session": a part of the session, said of someone in it, stays whole.)
  // ("Women's group wk 6", "Tuesday men's group": a group named for whom it is for keeps its word.)
  const held = fragment.replace(/\b(?:[A-Za-z]+['’]s|boys'|girls'|teens'|parents'|caregivers')\s+(?:group|grp)\b|\b(?:whole|entire|full|rest of(?: the)?|remainder of(?: the)?|end of(?: the)?|half of(?: the)?|min(?:utes)? of(?: the)?)\s+session\b|\b(?:psycho)?therapy\s+add-?on\b|\b[a-z]+-(?:session|visit|appointment)\b|\b988 Suicide and Crisis Lifeline\b|\bVeterans Crisis Line\b|\bcrisis (?:line|text line|center|stabilization(?: unit)?)\b/gi, (m) => `\uE000${kept.push(m) - 1}\uE001`).replace(/\([^()]*\)/g, (m, offset: number) => (stripOutside(m.slice(1, -1)).replace(/[\s,;]+/g, '') || /\b[A-Z]+-[A-Z0-9-]+\s*$/.test(fragment.slice(0, offset)) ? `\uE000${kept.push(m) - 1}\uE001` : ' '));
  return stripOutside(held).replace(/\uE000(\d+)\uE001/g, (_m, i: string) => kept[Number(i)]!);
}

function stripOutside(fragment: string): string {
  // ("10/14 came in at about 2:15 seen till 3:30 so": the "so" left after the hours goes with them.)
  fragment = fragment.replace(SPOKEN_HOURS, ' ').replace(/(?<=\d)\s+so\s*$/i, ' ');
  // "in DBT skills grp + indiv": what the client is enrolled in is context, kept whole.
  if (ENROLLED_IN_GROUP_FRAGMENT.test(fragment)) return fragment;
  // ("sleep window extended 15 min to 10:45-5:45": the times and minutes of a sleep window or a bedtime are the client's, kept whole.)
  if (/\b(?:sleep window|window|bedtime|wake(?:\s*time|\s*up)?|rise time|time in bed|TIB|curfew)\b/i.test(fragment)) return fragment;
  // The session's date is in the session line; it is not repeated as heading context ("11/27").
  const date = findSessionDate(fragment);
  const undated = date ? `${fragment.slice(0, date.start)} ${fragment.slice(date.end)}` : fragment;
  return undated
    // ("Spanish - I did this session in Spanish": the language the clinician held it in is how it was conducted, said once.)
    .replace(/\b(?:i|we)\s+(?:did|held|conducted|had|ran)\s+(?:this|the|today's|our)\s+(?:session|sess|visit|call)\s+(?:entirely\s+|all\s+|fully\s+)?in\s+(?=[A-Z][a-z]+\b)/gi, 'conducted in ')
    .replace(/^\s*([A-Z][a-z]+)\s*[-:–]\s*(?=.*\bin\s+\1\b)/, '')
    // ("Crisis counseling, Red Cross shelter": the kind of service, said as counseling, goes whole; never a bare "Counseling" left.)
    .replace(/\bcrisis\s+counsel(?:l)?ing\b/gi, ' ')
    // ("child/parent sess, 45 min"): the kind of session, written with a slash, goes with the session's words.
    .replace(/\b(?:child|parent|father|mother|dad|mom)\s*\/\s*(?:parent|child|father|mother|dad|mom|son|daughter)\b/gi, ' ')
    // ("Child w/ parent - Eli Novak (8) w/ mom Jenna": the kind of session, written out, goes the same way.)
    .replace(/^\s*child\s+(?:w\/|with|and|&|\+)\s*(?:parent|caregiver)s?\s*$/gi, ' ')
    // ("D: Relapse prevention grp, IOP": the letter of the note's section the heading was written under is no context.)
    .replace(/^\s*(?:[SOADBIRPG]|data|subjective|situation|problem|behaviou?r)\s*:\s*/i, '')
    // A year alone is what is left of "Nov 27, 2026" split at its comma.
    .replace(/^\s*(?:19|20)\d{2}\s*$/, ' ')
    // "GIRP - Teen group": the note's format named as a title is not context.
    .replace(FORMAT_TITLE, ' ')
    // ("child parent session for Noah he's eleven with his dad": the kind of session is in its line; the child and their age stay.)
    .replace(/\b(?:child[- ](?:and[- ])?parent|parent[- ](?:and[- ])?child|dyadic)\s+(?:session|sess|visit|therapy)\s+(?:for|with|w\/)\s+/gi, ' ')
    .replace(/\b([A-Z][a-z]+)\s+(?:he's|she's|he is|she is|they're)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine)\b(?!\s*(?:min|mins|minutes|hrs?|hours?|days?|weeks?|months?)\b)/g, (_m, who: string, age: string) => `${who}, ${/\d/.test(age) ? age : SMALL_NUMBERS.indexOf(age) + 1},`)
    // ("ok session with Sam": the spoken "ok" opening the heading is no word of it.)
    .replace(/^\s*(?:ok|okay|so|alright|all right)\s+(?=(?:session|sess|visit|call|intake|check-in|telehealth|video|phone|family|couples|individual|indiv|group|this)\b)/i, '')
    // ("this is um Marcus follow up number four": the visit's number said aloud is in the session line, and "this is" goes with it.)
    .replace(/\b(?:follow[- ]?up|f\/u|session|sess|visit|appointment)\s+(?:number|no\.?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/gi, ' ')
    .replace(/^\s*this\s+(?:is|was)\s+(?=[A-Z][a-z]+\s*$)/, '')
    // ("I met with SSgt Greene by video today for his weekly session": how often the sessions are, and the day, are the session's.)
    .replace(/\s*\b(?:today\s+)?for\s+(?:his|her|their|our)\s+(?:weekly|biweekly|bi-weekly|regular|usual|monthly|scheduled)\b(?:\s+(?:session|sess|appointment|appt|visit|check-in))?/gi, ' ')
    // ("Marisol Tate she's the paramedic": who the named client is, said after the name, is said beside it.)
    .replace(/^\s*([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?)\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:the|a|an)\s+([a-z]+)(?=\s*$|\s*[,;]|\s+(?:session|sess|individual|indiv|intake|so|um)\b)/, '$1, $2')
    // ("Priya and Tom the couples session": the session named with its article goes whole, never leaving "the couples".)
    .replace(/\b(?:the|a|an|our|their)\s+(?:couples?|family|group|individual|indiv|intake|crisis|telehealth|video|phone)\s+(?:session|sess|visit)\b/gi, ' ')
    .replace(/\b\d{1,2}(:\d{2})?\s*(am|pm)?\s*(-|to)\s*\d{1,2}(?::\d{2}\s*(am|pm)?|\s*(?:am|pm)\b)/gi, ' ')
    // ("Tues 5:30-7": the end hour bare, read as the hours above.)
    .replace(/\b\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:-|to)\s*\d{1,2}(?![\d:/.]|\s*(?:am|pm|min|mins|minutes|hrs?|hours?|yo|y\/o|years?|members|pts|clients|people|x)\b)/gi, ' ')
    .replace(/(?<![\d/.:-])(?!(?:19|20)\d\d\s*-\s*(?:19\d\d|20[0-2]\d|\d\d)\b)(?:[01]?\d|2[0-3])[0-5]\d\s*(?:am|pm)?\s*(?:-|to)\s*(?:[01]?\d|2[0-3])[0-5]\d\s*(?:am|pm)?(?![\d/.:-])/gi, ' ')
    // "indiv portion 30 min then joint 20": the portions are the session's length, said in its line.
    .replace(/\b(?:(?:indiv(?:idual)?|alone|separate)\s+(?:portion|time)\s+)?\d{1,3}\s*-?\s*(?:min|mins|minutes?)\s*(?:,\s*)?(?:then|followed by)\s+(?:a\s+)?(?:joint|family|conjoint|parent|together|dyadic)\s*(?:portion|time|session)?\s*(?:for\s+)?\d{1,3}\b(?:\s*-?\s*(?:min|mins|minutes?))?/gi, ' ')
    // "crisis walk-in", "crisis contact": the service is named in the session line.
    .replace(/(?<=(?<!\bmobile\s)\bcrisis[\s,;:-]+)(?:walk[- ]in|call|contact)\b|\bwalk[- ]in(?=\s+crisis\b)/gi, ' ')
    // ("football DB session today was 45 minutes in person": what is left of the length said as a sentence goes with it.)
    .replace(/\btoday\s+(?:was|lasted|ran)\s*(?=$|[,;.]|(?:(?:about|approx\.?|around|~)\s*)?\d{2,3}\s*(?:min|mins|minutes)\b|(?:in[- ]person|telehealth|video|phone|by phone)\b)/gi, ' ')
    // ("Same day crisis, seen 1420-1510": the words left of the kind and the hours go with them.)
    .replace(/^\s*same[- ]day\b/i, ' ')
    .replace(/(?:^|(?<=[,;]\s*))\s*seen\s*$/i, ' ')
    // ("telehealth phone audio only": audio only is the telephone the session line names.)
    .replace(/\baudio[- ]only\b/gi, ' ')
    // ("telehealth over phone because ...": how it was held goes whole, never leaving "over".)
    .replace(/(?<!\b(?:finished|completed|continued|ended|switched|moved|changed)\s+)\b(?:over|via|by)\s+(?:the\s+)?(?:phone|telephone|video|zoom)\b/gi, ' ')
    // ("individually for the first 20 min then dad joined": a part of the session keeps its minutes.)
    // ("90 min drive each way": a drive's length is the client's, kept whole; so are "~10 min lost" to a frozen video.)
    .replace(/(?<!\b(?:first|last|final|initial|another|other|next|hw|HW|homework)\s+)(?:\bfor\s+)?(?:\b(?:about|approximately|approx\.?|around)\s+|~\s*)?\b\d{1,3}\s*-?\s*(min|mins|minutes?)\b(?!\s*(?:drive|drives|driving|commute|ride|walk|away|each way|round[- ]trip|lost|frozen|delay|wait|pause|timer|rule|buffer|of (?:lag|freezing|dead air|no (?:audio|video)))\b)/gi, ' ')
    .replace(HOURS_ALONE, ' ')
    // ("on March thirteenth from her bedroom started at four fifteen went about fifty minutes": the day, hour and length, dictated, go.)
    .replace(/\bstarted\s+(?:at\s+)?\d{1,2}(?::?\d{2})?\s*(?:am|pm)?(?:\s+(?:went|ran|lasted)\b)?/gi, ' ')
    // (The hour already taken out with its am or pm: "started went" is what is left of the length said aloud.)
    .replace(/\b(?:started\s+)?(?:went|ran|lasted)\s+(?=(?:she|he|they|she's|he's|they're)\b)/gi, ' ')
    .replace(/\bon\s+(?=from\b)/gi, '')
    .replace(/\s+(?:went|ran|lasted)\s*$/i, '')
    // ("soap note for um Daniel Osei 29 telehealth": the note's format named aloud is no context.)
    .replace(/^\s*(?:soap|dap|birp|girp|pirp|sirp|pie|progress)\s+note\s+(?:for|on|re)\s+/i, '')
    // ("this is session 6 with Li Wei um forty five minutes in person Mandarin interpreter was Grace": dictated, the heading's
    // "this is" goes, and the interpreter named is set apart from the client's name.)
    .replace(/^\s*(?:so\s+)?this\s+(?:is|was)\s+(?=(?:with|for)\s+[A-Z])/i, '')
    .replace(/\s+(?=[A-Z][a-z]+\s+interpreter\s+(?:was|is)\s+[A-Z][a-z]+)/, '; ')
    // ("3/14 3pm, 45 min", "BIRP 3/17 2pm 55m": the hour the session began, and minutes jotted after it, are in the session line.)
    .replace(/(?:^|(?<=[\s,(]))(?:@\s*|at\s+|around\s+|approx\.?\s+|~\s*)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b(?:,?\s*[1-9]\d{1,2}\s?m\b(?![a-z]))?/gi, ' ')
    // ("came in around 2:15 we were together about 75 minutes": the time together is in the session line, and so is the togetherness.)
    .replace(/\b(?:we|I)\s+(?:were|was)\s+together\b/gi, ' ')
    // ("indiv 60m w/ Khadija": jotted minutes go with the others.)
    .replace(/(?:^|(?<=\s))[1-9]\d{1,2}\s?m\b(?=\s+(?:w\/|(?:with|session|sess|indiv\w*|individual)\b))/gi, ' ')
    .replace(/(?<=\b(?:indiv\w*|individual|video|phone|telehealth|tele|in[- ]person|couples?|family|group|grp)(?:\s*[—–,;/-]\s*|\s+))[1-9]\d{1,2}\s?m\b(?![a-z])/gi, ' ')
    // ("for our 8th session on adjustment": the number goes with whose session it was and what it was for.)
    .replace(/\bfor\s+(?:his|her|their|our|my|the)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:sess|session|visit)\s+(?=(?:on|about|re|regarding)\s)/gi, '')
    // ("3rd of 6 sessions", written "third of 6 sessions" once shorthand is spelled out: the number and the course's length.)
    .replace(/\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+of\s+\d{1,2}\s+(?:[a-z]+\s+)?(?:sessions|sess|meetings|visits|appts|appointments)\b/gi, ' ')
    .replace(/\b\d{1,3}(st|nd|rd|th)\s+(sess|session|meeting|visit|appt|appointment)\b/gi, ' ')
    // "Dana R session 7 of CPT": the course the number counts in stays, after a comma ("Dana R, CPT").
    // ("Greg session 3 in person": "in person" is how it was held, never a course.)
    .replace(/(?<=\S)\s+(?:sess(?:ion)?\s*#?|#)\s*\d{1,3}\s+(?:of|in)\s+(?=(?!person\b)[A-Za-z⟪])/gi, ', ')
    // "his 6th grief session": the session's topic is kept, its number and the word "session" are not.
    .replace(/\b(?:(?:his|her|their|our)\s+)?\d{1,3}(?:st|nd|rd|th)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:sess|session|visit)\b/gi, '$1')
    .replace(/\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(sess|session|meeting|visit)\b/gi, ' ')
    .replace(/(?<=^|\s)(?<!\b(?:PE|CPT|EMDR|DBT|CBT|TF-CBT|ERP|IPT|PCIT|CBT-I|CPP|PMT)\s+)(sess(ion)?\s*:?\s*#?|#)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?=\s|$)(?!\s*-?\s*(?:min|mins|minutes|wks?|weeks?|days?|mos?|months?|hrs?|hours|yrs?|years?)\b)/gi, ' ')
    // "Good session" is the clinician's judgment of it, kept whole; so is a kind of session no service type names ("Caregiver session with Linda").
    // "his video wasn't working": a person's device, not the session's modality.
    // ("re missed supervised visit Sat": a parent's visit with a child is an event of its own, never the session.)
    .replace(/(?<!\b(?:his|her|their|my|the|no|after|following|during|a)\s)(?<!\b(?:data|internet|wifi|wi-fi|signal|camera|smartphone) for\s)(?<!\b(?:finished|completed|continued|ended|switched|moved|changed)\s+(?:from\s+[\w-]+\s+)?(?:by|to|on|over|from)\s)(?<!\bturned\s(?:into\s)?|\bmobile\s|\bvaso-occlusive\s|\bpain\s|\b\d{1,2}\s|\b(?:department|room|hospital|clinic|doctor|pcp|medical|er|ed|urgent care|home|bedside|unit|floor|hospice|supervised|unsupervised|missed|weekend|overnight|parenting|skipped|cancell?ed)\s(?=visit\b)|\b(?:from|out of|after|before|left|leaving|missed|skipped)\s(?=gro?u?p\b))\b(parent[- ]child|indiv|individual|couples?|fam|(?<!\bthe\s+[\w'-]+\s)(?<!\bmulti-)(?<![A-Z][a-z]+\s)family(?!\s+(?:meeting|mtg|consult(?:ation)?)\b)|group(?!\s+(?:home|homes|chat|text|living)\b)|intake(?!\s+disorder)|crisis|telehealth|video|vvc|zoom|doxy(?:\.me)?|facetime|phone|in[- ]person|(?<!\b(?:good|great|productive|difficult|hard|tough|rough|challenging|strong|positive|slow|caregiver|collateral|feedback|booster|termination|orientation|debrief(?:ing)?)\s)sess(ion)?|first(?!\s+(?:time|week|night|day|month|year|half|part|responders?|aid)\b)|1st|psychotherapy|(?<!\b(?:play|behaviou?ral|cognitive|exposure|interpersonal|dialectical|focused|based|processing|schema|narrative|occupational|physical|speech|art|music|trauma|emotionally|sex|marital|grief|sand|drama|equine)\s)therapy|visit|via|child)\b(?!-)(?!\s+(?:would|wouldn|was not|wasn|is not|isn|did not|didn|not working|failed|dropped|froze|kept|turned))/gi, ' ')
    .replace(/(?<=^|\s)(?<!\b(?:PE|CPT|EMDR|DBT|CBT|TF-CBT|ERP|IPT|PCIT|CBT-I|CPP|PMT)\s+)(sess(ion)?\s*:?\s*#?|#)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?(?=\s|$)(?!\s*-?\s*(?:min|mins|minutes|wks?|weeks?|days?|mos?|months?|hrs?|hours|yrs?|years?)\b)/gi, ' ')
    .replace(/\bind\.?(?=\s+(?:f\/u|follow[- ]?up)\b|\s*$)/gi, ' ')
    .replace(/\b(pt|client|cl|patient)\s+(at|from)\s+(home|work|school)\b/gi, ' ')
    .replace(/\(\s*[,\s]*\)/g, ' ')
    // "her 6th session for grief after ..." without its session words: "grief after ...".
    .replace(/^\s*(?:her|his|their|the)\s+(?:for|of)\s+/i, '')
    // "for an intake today with ..." without its session words: no dangling "for an".
    .replace(/\bfor\s+(?:an?|her|his|their|the)\s+(?=today\b|with\b|$)/gi, '')
    // "Intake today with Luis R., 19": who the session was with, without "today with".
    .replace(/^\s*[Tt]oday\s+with\s+(?=[A-Z])/, '')
    // "I met with him for our 3rd session" without its session words: the clinician's own words are left.
    .replace(/^\s*(?:i|we)\s+(?:met|had|did|held|completed|conducted)\s+(?:with\s+)?/i, '')
    // "family session for the Okafor family" without its session words: the family, without "for".
    .replace(/^\s*(?:for|with)\s+(?=the\s+[\w'-]+\s+family\b)/i, '')
    // "Mr. Okafor in the memory care wing saw him today for [30 min]": the clinician's seeing him, without its length, is no context.
    .replace(/\s+(?:saw|seen|met with|met)\s+(?:him|her|them)\s+(?:today\s+)?(?:for\s*)?(?:about|approximately|around|~)?\s*$/i, '')
    // "Rosa Delgado telehealth session today": the day is the session's, said in its line.
    .replace(/\s+today\s*$/i, '')
    // ("this was Maria's fourth session", "this was the fourth session with Maria", "I saw Ray for his weekly individual session":
    // without its session words, the one the session was with.)
    .replace(THIS_WAS_NAMED, '')
    .replace(/^\s*(?:with\s+)?([A-Z][a-z]+)['’]s\s*$/, '$1')
    .replace(/^\s*(?:i|we)\s+(?:saw|see)\s+(?=[A-Z])/i, '')
    .replace(/(?<=^\s*[A-Z][a-z]+)\s+for\s+(?:his|her|their)\s+(?:weekly|biweekly|bi-weekly|monthly|regular|usual|scheduled|routine)\s*$/, '')
    // ("Relapse Prevention Group - Tues 3/11 6-7:30pm": the weekday of the date and hours taken out goes with them.)
    .replace(/^\s*(?:mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?\s*$/i, ' ')
    // ("I met with Alex Rivera (they/them) by telehealth (Zoom) today": "by", "via", "over" left of how it was held go with it.)
    .replace(/\s+(?:by|via|over)(?=\s*(?:$|,|today\b))/gi, ' ')
    .replace(/\s+today(?=\s*,)/gi, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+,/g, ',')
    .replace(/^[\s,.:-]+|[\s,.:-]+$/g, '')
    .replace(/(?<=\d)\s+so$/i, '')
    // Only words that carry nothing ("him for the") are left of a heading fragment: nothing is left.
    .replace(/^(?:(?:him|her|them|for|the|our|a|an|with|of|to|today|this|my|and)\b\s*)+$/i, '');
}

