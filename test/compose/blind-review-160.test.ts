import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';
import { note, section } from './note-text.ts';

// Blind review 160 (a memory clinic's dementia caregiver program; a burn center and trauma surgery psychology service),
// read on ff9d076, and the dictation findings carried from review 159. Tested on summaries written here, not the reviewers'.

describe('review 160: risk', () => {
  it('a self-inflicted burn by gasoline is a suicide attempt, and a hold and 15-minute checks are precautions, in Risk', () => {
    const summary = 'Pt Dale 52M, burn unit day 10, 30% TBSA, self-inflicted (doused w/ gasoline, 4/2). On psych hold, now q15 checks.\nToday endorses passive SI, denies plan or intent.\nPlan: f/u Thurs.';
    const read = readSummary(summary);
    expect(read.risk.attemptHistory).toBe(true);
    const risk = section(summary, 'risk');
    expect(risk).toMatch(/self-inflicted/);
    expect(risk).toMatch(/psychiatric hold/);
    expect(risk).toMatch(/A history of suicide attempt is documented/);
  });

  it('hands put on a dependent parent, told by the one who did it, are restated in Risk with a prompt to assess', () => {
    const summary = 'Family session, 60 min: Mai (daughter, caregiver) and her brother Tom; their mother has moderate dementia.\nMai told me privately that on Sunday she "pushed Mom" onto the bed when Mom hit her during bathing. Mai denied any thoughts of hurting her on purpose, denied SI.\nPlan: respite referral, f/u 1 wk.';
    expect(readSummary(summary).risk.handsOnAnother).toBe(true);
    const risk = section(summary, 'risk', 'girp');
    expect(risk).toMatch(/pushed Mom/);
    expect(risk).toMatch(/Physical aggression toward another person is documented above/);
  });

  it('"hit rock bottom" and a relative who hit the client are no aggression by the client', () => {
    expect(readSummary('Pt says he hit rock bottom after the layoff. Denies SI. F/u 1 wk.').risk.handsOnAnother).toBeUndefined();
    expect(readSummary('Pt reports her husband grabbed her wrist Sat. Denies SI. Safety plan reviewed.').risk.handsOnAnother).toBeUndefined();
  });

  it('"denied any plan or intent to hurt the shooter" is a denial of homicidal ideation toward him', () => {
    const summary = 'Intake, pt Dre 24M, GSW to abdomen POD 4, knows the shooter. Denied any plan or intent to hurt the shooter himself. Denies SI.';
    expect(readSummary(summary).risk.hi).toBe('denied');
    expect(readSummary('Pt reports no intent to hurt herself, some passive SI this week.').risk.hi).not.toBe('denied');
  });

  it('a denial the client\'s own sentence already says is not said again below it', () => {
    const risk = section('Pt reports passive SI this week, no plan, no intent, no prior attempts. Protective: his kids, his church. F/u 1 wk.', 'risk');
    expect(risk).not.toMatch(/a plan was denied/);
    expect(risk).not.toMatch(/intent was denied/);
    expect(risk).not.toMatch(/No prior suicide attempt was reported/);
    expect(risk.match(/Protective/g)).toHaveLength(1);
  });

  it('a status jotted "for" someone named who is not the client is not the client\'s', () => {
    const summary = 'Family meeting - Ortiz family. IP: Ramon O., 81, dementia, not present. Present: wife Elena, son Pablo.\nRamon shoved Elena Tues and yelled "get out of my house." No SI/HI for Elena.\nPlan: f/u 2 wks.';
    expect(readSummary(summary).risk.hi).not.toBe('denied');
  });

  it('"SW (Tina)" told of after a threat is the social worker, never suicide watch', () => {
    const out = note('Family mtg at bedside. Brother said he would "handle" the driver, has a gun at home. Pt denies SI. Plan: will let SW (Tina) know about the threat.', 'pirp');
    expect(out).toMatch(/social worker \(Tina\)/);
    expect(out).not.toMatch(/suicide watch/);
  });
});

describe('review 160: the session', () => {
  it('"telehealth session by phone" is audio only, whatever the next visit is held by', () => {
    const summary = 'so this is a telehealth session by phone with Rita she is at home um she says pain is better and she is sleeping more so next one is Friday by video';
    expect(readSummary(summary).session.modality).toBe('phone');
  });

  it('someone else\'s video call told in a group is no modality', () => {
    const summary = 'ok so this is the burn survivors group on the unit six members um Mr Lee said his daughter cried when she saw his face on video call and that opened it up so yeah next week is scars and clothing';
    expect(readSummary(summary).session.modality).toBeUndefined();
  });

  it('"Intake today with ..." names the kind of session, though the sentence goes on', () => {
    expect(readSummary('Intake today with Paul Reyes, 60, only son, caring for his mother June (86, Alzheimer\'s, moderate, dx 2020) who moved in with him and his wife 10 months ago. Referred by her neurologist after Paul "lost it" in clinic.\n\nMet with Paul alone for 60 min. GAD-7 was 14.').session.serviceType).toBe('intake');
  });

  it('the minutes set apart near the start, and "(family session, 75 min)" after "Met with", are the session\'s', () => {
    expect(readSummary('June (wife of Al, AD moderate) - 50 min, pt more rested, PHQ-9 down 12->9, back to choir 1x/wk, used redirect when Al asked about his mother, less arguing.\nCont. biweekly.').session.minutes).toBe(50);
    const told = readSummary('Met with the Park family today (family session, 60 min): Grace (daughter, 50, primary caregiver), her brother Sam, and their mother June, who has moderate Alzheimer\'s and stayed the first 15 minutes before getting restless.\nDiscussed sharing care.').session;
    expect(told.minutes).toBe(60);
    expect(told.serviceType).toBe('family');
  });
});

describe('review 160: words', () => {
  it('"refusing OT stretching" and "OT (Priya)" on a rehab unit are occupational therapy, never overtime', () => {
    const out = note('Pt refusing OT stretching x2 days, "it will tear." OT (Dana) came in and showed graft healed. Plan: OT stretching BID.');
    expect(out).toMatch(/occupational therapy stretching for 2 days/);
    expect(out).not.toMatch(/overtime/);
  });

  it('in dictation, a second speaker after a one-word answer starts anew, the word quoted', () => {
    const out = note('so um couples session with Ben and Rae so yeah they reported a hard week um Rae said exhausted Ben said he feels useless at home so yeah next session is Monday');
    expect(out).toMatch(/Rae said "exhausted"\./);
    expect(out).toMatch(/Ben said he feels useless at home/);
  });

  it('"they responded pretty well Jordan actually turned to her" is two statements', () => {
    const out = note('so um couples session with Ben and Rae we did some EFT work they responded pretty well Ben actually turned to her and said I hear you so yeah next session is Monday', 'girp');
    expect(out).toMatch(/They responded pretty well\. Ben actually turned to her/);
  });

  it('in a group, "Tom engaged, said he\'ll call the respite line" is Tom\'s saying, never the client\'s', () => {
    const out = note('Caregiver support group, 7 members.\nR: Tom engaged, said he\'ll call the respite line tonight. Dee quiet.\nP: next mtg 12/4.', 'birp');
    expect(out).toMatch(/Tom said he will call the respite line/);
    expect(out).not.toMatch(/Client said he will call/);
  });

  it('"he did mention he had suicidal thoughts" stays one statement', () => {
    const out = note('so um session with Ben he has been stressed at work um he did mention he had suicidal thoughts back in college but nothing like that now so yeah next session is Monday');
    expect(out).not.toMatch(/did mention\./);
  });

  it('"he scored twenty two on the PHQ-9 today" keeps the score with its instrument, in digits', () => {
    const out = note('so this is a phone session with Al um he says the pain is worse and he scored twenty two on the PHQ-9 today which is up from seventeen so yeah next one Monday');
    expect(out).toMatch(/scored 22 on the PHQ-9 today/);
    expect(out).not.toMatch(/on the\./);
  });

  it('"so subjectively ..." and "objectively ..." said aloud head their sections', () => {
    const summary = 'so this is a phone session with Al um so subjectively he says the pain is worse and he is not sleeping um objectively he sounded flat with long pauses so yeah next one Monday';
    expect(section(summary, 'subjective')).toMatch(/pain is worse/);
    expect(section(summary, 'objective')).toMatch(/sounded flat/);
    expect(note(summary)).not.toMatch(/objectively|subjectively/i);
  });

  it('"uses the line I was in a fire" quotes the member\'s words, never making the clinician the one in the fire', () => {
    const out = note('ok so burn survivors group on the unit six members um Ms Tran talked about the staring at the store and how she uses the line I was burned I am healing thanks for asking and people liked that a lot so yeah next week is clothing and scars', 'girp');
    expect(out).toMatch(/uses the line "I was burned I am healing thanks for asking"/);
    expect(out).not.toMatch(/the therapist was burned|therapist is healing/);
  });

  it('in a long dictated sentence, "Ms Wu talked about" starts anew after what came before', () => {
    const out = note('ok so burn survivors group on the unit six members um we did check in everyone rated distress most were five to seven Mr Park said his was a nine because his son would not look at his hands and that opened it up Ms Wu talked about the staring at work so yeah next week is clothing', 'girp');
    expect(out).toMatch(/opened it up\. Ms Wu talked about/);
  });
});
