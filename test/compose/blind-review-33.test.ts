import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/compose/index.ts';

// Blind review 33 (issue 6): each mechanism the reviewers' notes showed missing, tested on
// summaries written for this file, never on the reviewers' own.
describe('review 33: whose risk', () => {
  it('a parent\'s listed denial ("Mom tearful, said ..., denies thoughts of hurting Lily or herself") is the parent\'s', () => {
    const r = readSummary('Child w/ parent session, 6yo Ava.\n- Mom tearful, said she is "worn out," denies thoughts of hurting Ava or herself.');
    expect(r.risk.hi).toBe('not_assessed');
  });

  it('"he has been talking about his rifle" right after the father\'s words is not written as the client\'s', () => {
    const r = readSummary('so family session with mom dad and their 15 year old Ben um mom disclosed that dad has been drinking again and last week told her he thinks the family would be better off without him and he has been talking about his hunting rifle uh dad minimized it');
    const rifle = r.facts.find((f) => /hunting rifle/.test(f.text))!;
    expect(rifle.subject).not.toBe('client');
  });

  it('"after telling a friend he would shoot up the kid" is the client\'s threat', () => {
    const r = readSummary('Crisis walk-in. 16yo M brought by mother after telling friend he would "shoot up" the kid who bullies him. Denies SI.');
    expect(r.risk.threat).toBe(true);
  });
});

describe('review 33: the client named with the parent who came', () => {
  it('"Saw Noah (6) with his mom": "she" after coaching mom is the mother', () => {
    const r = readSummary('Saw Noah (6) with his mom today. I coached her on labeled praise. She had a hard time not giving commands at first but by the end she was doing well.');
    expect(r.clientPronoun).toBe('he');
    expect(r.facts.find((f) => /hard time/.test(f.text))!.subject).toBe('other');
  });
});

describe('review 33: the risk section says each status once', () => {
  it('no status line repeats "Client denied SI and HI"; what is missing is still prompted', async () => {
    const { composeNote } = await import('../../src/compose/index.ts');
    const risk = composeNote({ summary: 'Pt reports a better week. Used coping skills. Denies SI/HI.', format: 'soap' }).sections.find((s) => s.key === 'risk')!.text;
    expect(risk).toMatch(/Client denied suicidal ideation and homicidal ideation\./);
    expect(risk).not.toMatch(/Risk status as documented/);
    expect(risk).toMatch(/\[Not documented: self-harm/);
  });

  it('a status the sentences above do not state as the client\'s keeps the status line', async () => {
    const { composeNote } = await import('../../src/compose/index.ts');
    const risk = composeNote({ summary: 'She said "sometimes I wish I would not wake up". No plan.', format: 'soap' }).sections.find((s) => s.key === 'risk')!.text;
    expect(risk).toMatch(/Risk status as documented: the client endorsed passive suicidal ideation/);
  });

  it('TIPP spelled out by the clinician is not spelled out again', async () => {
    const { composeNote } = await import('../../src/compose/index.ts');
    const out = composeNote({ summary: 'Taught TIPP skills (temperature, intense exercise, paced breathing, paired muscle relaxation).', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(out.match(/paired muscle relaxation/g)).toHaveLength(1);
    // A parenthesis that says something else ("ADHD-C (dx 2022)") does not stop the spelling-out.
    const other = composeNote({ summary: 'Sam 31, ADHD-C (dx 2022). Used planner 2/5 days.', format: 'soap' }).sections.map((s) => s.text).join('\n');
    expect(other).toMatch(/combined presentation/);
  });
});
