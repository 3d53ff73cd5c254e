import { describe, expect, it } from 'vitest';
import { applyPronouns, completeSentence, finish, toThirdPerson, voiceFromStyle } from '../../../src/compose/write/voice.ts';

const past = voiceFromStyle(undefined);
const present = voiceFromStyle({ tense: 'present' });
const writer = voiceFromStyle({ clinicianTerm: 'this writer' });
const clinician = voiceFromStyle({ clinicianTerm: 'clinician' });

describe('voiceFromStyle', () => {
  it('defaults: client, therapist, past tense', () => {
    expect(past).toEqual({ client: 'client', clinician: 'therapist', tense: 'past' });
  });
  it('"Patient" and "Client" are common nouns; a name keeps its case', () => {
    expect(voiceFromStyle({ clientTerm: 'Patient' }).client).toBe('patient');
    expect(voiceFromStyle({ clientTerm: 'Client' }).client).toBe('client');
    expect(voiceFromStyle({ clientTerm: 'Jane' }).client).toBe('Jane');
    expect(voiceFromStyle({ clientTerm: '  ' }).client).toBe('client');
  });
});

describe('toThirdPerson', () => {
  it.each<[string, string]>([
    ['I explained the cycle', 'the therapist explained the cycle'],
    ['I am concerned about sleep', 'the therapist is concerned about sleep'],
    ['I have referred her', 'the therapist has referred her'],
    ['my concern is sleep', "the therapist's concern is sleep"],
    ['she told me about it', 'she told the therapist about it'],
    ['we agreed on a plan', 'therapist and client agreed on a plan'],
    ['we are meeting weekly', 'therapist and client are meeting weekly'],
    ['reviewed our work', 'reviewed the work'],
  ])('%s -> %s', (input, output) => {
    expect(toThirdPerson(input, past)).toBe(output);
  });

  it('uses the style clinician term', () => {
    expect(toThirdPerson('I explained the cycle', writer)).toBe('this writer explained the cycle');
    expect(toThirdPerson('she told me', clinician)).toBe('she told the clinician');
  });

  it('leaves text inside double quotes untouched', () => {
    const s = 'she said "I hate my job and my boss hates me" and we paused';
    expect(toThirdPerson(s, past)).toBe('she said "I hate my job and my boss hates me" and therapist and client paused');
  });

  it('leaves single-quoted speech untouched (given back in double quotes)', () => {
    expect(toThirdPerson("she said 'I am done' to me", past)).toBe('she said "I am done" to the therapist');
  });

  it('leaves "I-statements" and other hyphenated words untouched', () => {
    expect(toThirdPerson('practiced I-statements', past)).toBe('practiced I-statements');
    expect(toThirdPerson('role-played I-messages with me', past)).toBe('role-played I-messages with the therapist');
  });

  it('does not touch words that contain the pronouns', () => {
    expect(toThirdPerson('Iris mentioned weekend memes in Ouray', past)).toBe('Iris mentioned weekend memes in Ouray');
  });

  it('no first-person word is left outside quotes', () => {
    const out = toThirdPerson('I think we made progress; my sense is she trusts me and us', past);
    expect(out).not.toMatch(/\b(I|me|my|we|us|our)\b/);
  });
});

describe('completeSentence', () => {
  it('therapist subject becomes the clinician term', () => {
    expect(completeSentence('I explained the cycle', 'intervention', 'therapist', past)).toBe('Therapist explained the cycle.');
    expect(completeSentence('I explained the cycle', 'intervention', 'therapist', writer)).toBe('This writer explained the cycle.');
  });

  it('"we" becomes "Therapist and client"', () => {
    expect(completeSentence('we practiced box breathing', 'intervention', 'joint', past)).toBe('Therapist and client practiced box breathing.');
  });

  it('past tense turns a present report into the past', () => {
    expect(completeSentence('client reports better sleep', 'report', 'client', past)).toBe('Client reported better sleep.');
    expect(completeSentence('explored triggers', 'intervention', 'none', past)).toBe('Therapist explored triggers.');
  });

  it('present tense turns a past report into the present', () => {
    expect(completeSentence('client reported better sleep', 'report', 'client', present)).toBe('Client reports better sleep.');
    expect(completeSentence('explored triggers', 'intervention', 'none', present)).toBe('Therapist explores triggers.');
    expect(completeSentence('I explained the cycle', 'intervention', 'therapist', present)).toBe('Therapist explains the cycle.');
  });

  it('present tense agrees with the plural "Therapist and client"', () => {
    expect(completeSentence('we practiced box breathing', 'intervention', 'joint', present)).toBe('Therapist and client practice box breathing.');
  });

  it('completes subjectless fragments by kind', () => {
    expect(completeSentence('box breathing', 'intervention', 'none', past)).toBe('Therapist guided box breathing.');
    expect(completeSentence('better sleep this week', 'report', 'none', past)).toBe('Client reported better sleep this week.');
    expect(completeSentence('anxious about work', 'report', 'none', past)).toBe('Client reported feeling anxious about work.');
    expect(completeSentence('"I feel stuck"', 'report', 'none', past)).toBe('Client stated, "I feel stuck".');
    expect(completeSentence('thought record daily', 'homework', 'none', past)).toBe('Homework: thought record daily.');
    expect(completeSentence('reduce panic', 'goal', 'none', past)).toBe('Goal: reduce panic.');
    expect(completeSentence('tearful when discussing mother', 'observation', 'none', past)).toBe('Client presented as tearful when discussing mother.');
    expect(completeSentence('denies suicidal ideation', 'risk', 'none', past)).toBe('Client denied suicidal ideation.');
    expect(completeSentence('follow-up in 1 week', 'plan', 'none', past)).toBe('Follow-up in 1 week.');
  });

  it('a client subject with no verb still gets one', () => {
    expect(completeSentence('client anxious about work', 'report', 'client', past)).toMatch(/^Client (was|appeared|reported feeling) anxious about work\.$/);
  });

  it('a quoted "I" stays the client\'s words', () => {
    const out = completeSentence('client said "I give up" and I validated it', 'report', 'client', past);
    expect(out).toBe('Client said "I give up" and the therapist validated it.');
  });

  it('uses the client term of the style', () => {
    const v = voiceFromStyle({ clientTerm: 'patient' });
    expect(completeSentence('better sleep', 'report', 'none', v)).toBe('Patient reported better sleep.');
  });
});

describe('finish', () => {
  it.each<[string, string]>([
    ['client reported better sleep', 'Client reported better sleep.'],
    ['client reported better sleep.', 'Client reported better sleep.'],
    ['really?', 'Really?'],
    ['wow!', 'Wow!'],
    ['hi there  ,  ok', 'Hi there, ok.'],
    ['trailing, ', 'Trailing.'],
    ['ends with a colon:', 'Ends with a colon.'],
    ['she said "no."', 'She said "no."'],
    ['  spaced   out  ', 'Spaced out.'],
  ])('%j -> %j', (input, output) => {
    expect(finish(input)).toBe(output);
  });

  it('leaves an empty string empty', () => {
    expect(finish('')).toBe('');
    expect(finish(' , ')).toBe('');
  });

  it('does not lower-case anything', () => {
    expect(finish('CBT was used')).toBe('CBT was used.');
  });

  it('is idempotent', () => {
    for (const s of ['client ok', 'Really?', 'a, b ,c', 'x "y."']) expect(finish(finish(s))).toBe(finish(s));
  });
});

describe('applyPronouns', () => {
  it('rewrites client pronouns outside quotes', () => {
    expect(applyPronouns('He said his week was hard', 'she', 'he')).toBe('She said her week was hard');
    expect(applyPronouns('She said "she is tired"', 'they', 'she')).toBe('They said "she is tired"');
    expect(applyPronouns('She is tired and told her sister', 'they', 'she')).toBe('They are tired and told their sister');
  });
  it('changes only the client\'s pronouns: a husband\'s "he" stays his', () => {
    expect(applyPronouns('She said he wandered off and she found him', 'they', 'she')).toBe('They said he wandered off and they found him');
  });
  it('does nothing without a pronoun set, or when the client\'s pronouns are not known', () => {
    expect(applyPronouns('He said his week was hard', undefined, 'he')).toBe('He said his week was hard');
    expect(applyPronouns('He said his week was hard', 'she', undefined)).toBe('He said his week was hard');
  });
});

describe('completeSentence: subjects of their own and listed verbs', () => {
  it.each<[string, string]>([
    // A quantified subject is the doer: never "Client reported All members ..."
    ['All members denied suicidal ideation except one', 'All members denied suicidal ideation except one.'],
    ['2 members shared about relapse triggers', '2 members shared about relapse triggers.'],
    ['both agreed to a weekly check-in', 'Both agreed to a weekly check-in.'],
    // A heading jotted without its colon stays a heading
    ['Topic HALT', 'Topic: HALT.'],
    ['theme boundaries with family', 'Theme: boundaries with family.'],
  ])('report "%s"', (input, want) => {
    expect(completeSentence(input, 'report', 'none', past)).toBe(want);
  });
  it('keeps "Client reported" where the clause names no doer of its own', () => {
    expect(completeSentence('work stress high', 'report', 'none', past)).toBe('Client reported work stress high.');
    expect(completeSentence('two nights of poor sleep', 'report', 'none', past)).toBe('Client reported two nights of poor sleep.');
  });
  it('gives every listed reporting verb the sentence tense, but not inside a quotation', () => {
    expect(completeSentence('client denied any wish to hurt him, denies SI', 'risk', 'client', past)).toBe('Client denied any wish to hurt him and denied SI.');
    expect(completeSentence('client said "she denies it, and reports nothing"', 'report', 'client', past)).toBe('Client said "she denies it, and reports nothing".');
    expect(completeSentence('client denies SI, denies HI', 'risk', 'client', present)).toBe('Client denies SI and denies HI.');
  });
});

describe('completeSentence: things that happened to the client', () => {
  it.each<[string, string]>([
    ['client recently discharged from inpatient psychiatric unit', 'Client was recently discharged from inpatient psychiatric unit.'],
    ['she was fired Friday', 'Client was fired Friday.'],
    ['client diagnosed with ADHD as a kid', 'Client was diagnosed with ADHD as a kid.'],
  ])('"%s"', (input, want) => {
    expect(completeSentence(input, 'report', 'client', past)).toBe(want);
  });
  it('a client who did something is still its doer', () => {
    expect(completeSentence('client admitted to drinking on Saturday', 'report', 'client', past)).toBe('Client admitted to drinking on Saturday.');
  });
});
