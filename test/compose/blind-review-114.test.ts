import { describe, expect, it } from 'vitest';
import { composeNote } from '../../src/compose/index.ts';
import { note } from './note-text.ts';

// Blind review 114 (issue 6): psycho-oncology and hospice bereavement; intensive in-home family therapy and child
// welfare. A wish to be dead beside a "no" to suicide, who asked about MAID, a relative's threat and its denial, and
// what a caseworker or school social worker said, tested on summaries written for this file.

const riskStatus = (out: string): string => /Risk status as documented[^:\n]*: [^\n]*/.exec(out)?.[0] ?? '';

describe('review 114: psycho-oncology and bereavement', () => {
  it('a wish not to wake up stands beside a "no" to a question about suicide', () => {
    const out = note('Bereavement f/u w/ widow. She said "some nights I hope I just don\'t wake up." I asked her about suicide and she said no, no plan, no intent.', 'dap');
    expect(riskStatus(out)).toMatch(/endorsed passive suicidal ideation/);
    expect(riskStatus(note('Bereavement f/u. I asked her about suicide and she said no. Sleeping better.', 'dap'))).toMatch(/denied suicidal ideation/);
  });

  it('"pt asked again about MAID" is the client\'s question; asked again about SI, the client was asked', () => {
    const out = note('Bedside, oncology unit. Pt asked again about MAID, states he wants to choose when. No evidence of delirium. Denies plan or intent to end his life himself.', 'birp');
    expect(out).toMatch(/Client asked again about MAID/);
    expect(out).not.toMatch(/was asked again about MAID|reported no evidence of delirium/);
    expect(note('Pt asked again about SI - denies.', 'birp')).toMatch(/was asked again about suicidal ideation/);
  });

  it('a relative\'s threat, then a bare "denies intent", is the relative\'s, never the patient\'s', () => {
    const summary = 'Family mtg in pt room. Pt Rosa Delgado 70F, metastatic lung ca. Son Marco angry, said "if that surgeon shows his face I swear I\'ll hurt him." I walked Marco out; he calmed after 10 min. No weapons. Denies intent. Pt denied SI when asked privately.';
    const out = note(summary, 'soap');
    expect(out).toMatch(/Marco denied intent/);
    expect(out).not.toMatch(/Client denied intent/);
  });

  it('sitting with a widow is no Saturday, "Fr." ends no sentence, and life review and paging are the counselor\'s', () => {
    const out = note('Sat w/ June Park (wife of pt Henry, actively dying) ~30 min. She prayed, told stories of their marriage; used life review + presence. She asked for Fr. Tomas to come tonight - paged him.', 'pie');
    expect(out).not.toMatch(/Saturday/);
    expect(out).toMatch(/Fr\. Tomas to come tonight/);
    expect(out).toMatch(/Therapist used life review/);
    expect(out).toMatch(/Therapist paged him/);
  });

  it('"d. 6 wks ago" after a name is when that person died', () => {
    const out = note('Phone f/u w/ Sam Reyes (son of deceased pt Ana Reyes, d. 6 wks ago). Pt reports grief comes in waves. Denies SI.', 'simple');
    expect(out).toMatch(/died 6 weeks ago/);
    expect(out).not.toMatch(/Client reported 6 weeks ago/);
  });
});

describe('review 114: in-home family therapy and child welfare', () => {
  it('intent named only as a condition for staff to act on is no intent reported', () => {
    const summary = 'I did a C-SSRS - active SI without plan, no intent he\'d say. Staff to call mobile crisis if he tries to leave or states intent.';
    expect(note(summary, 'birp')).not.toMatch(/intent was reported/);
  });

  it('what a school social worker or a caseworker said or did is theirs, never the child\'s report', () => {
    const out = note('In-home session w/ Leo (9) and foster mom. School SW reports Leo\'s older brother posted about wanting to die. SW already called his placement + CPS. Leo doesn\'t know.', 'sirp');
    expect(out).toMatch(/[Ss]ocial worker already called his placement/);
    expect(out).not.toMatch(/Client reported (?:SW|social worker)/);
    const call = note('Phone call w/ CPS cw Dana Wu re: Price case. Per cw, mom missed 2 of last 3 visits. Permanency hearing moved to 8/2.', 'simple');
    expect(call).toMatch(/Caseworker reported that mother missed 2 of last 3 visits/);
    expect(call).not.toMatch(/Client reported (?:Per|permanency)/i);
  });
});

describe('review 114: who wrote it, and whom the session was with', () => {
  it('a family support partner\'s visit is written by one; "mom c/o Jaylen punched" is her complaint that he did', () => {
    expect(note('Intervention: FSP home visit 1 hr. Helped mom fill out the WIC renewal. Practiced calm-down breathing w/ her.', 'girp')).toMatch(/Family support partner helped (?:her|mother) fill out/);
    expect(note('in-home fam session w/ Reyes family (mom Ana, pt Luis 15)\n- mom c/o Luis punched the wall Sat after curfew fight', 'soap')).toMatch(/Mother complained that Luis punched the wall/);
  });

  it('a video session with a foster mother about a young child: what is reported is not the child\'s report', () => {
    const out = note('telehealth w/ foster mom Kim Diaz re: Noah (4). tantrums down from daily to 3x this wk. coached live during play.', 'dap');
    expect(out).toMatch(/Tantrums down from daily to three times this week/);
    expect(out).not.toMatch(/Client reported tantrums/);
  });
});

describe('review 114: the session length said after where the client was seen', () => {
  it('"Seen in infusion chair, ~30 min." is the session\'s length; an exercise\'s minutes are not', () => {
    expect(composeNote({ summary: 'Pt Ana Ruiz 52F, breast ca. Seen in infusion chair, ~30 min. Fear of recurrence. Denies SI.', format: 'soap' }).session?.minutes).toBe(30);
    expect(composeNote({ summary: 'Pt Ana Ruiz 52F, breast ca. Practiced breathing, ~10 min. Denies SI.', format: 'soap' }).session?.minutes).toBeUndefined();
  });
});
