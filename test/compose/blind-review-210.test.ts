import { describe, expect, it } from 'vitest';
import { composeNote, findSessionDate } from '../../src/compose/index.ts';
import { readSummary } from '../../src/compose/read/read-summary.ts';
import { note, section } from './note-text.ts';

// Blind review 210 (a NICU and pediatric ICU parent support service; a community outpatient clinic for adults on Medicaid),
// read on 4bfceed. Tested on summaries written here, not the reviewers'.

describe('review 210: risk', () => {
  it('urges "again like she used to" with no act are current urges, never a history of self-harm', () => {
    const r = readSummary("she said she's had urges to scratch herself with a razor again like she used to in college. she hasn't done it. no thoughts of suicide.").risk;
    expect(r.selfHarm).not.toBe('history');
    expect(r.selfHarmUrges).toBe(true);
  });

  it('a bereaved parent\'s "I wish I\'d gone with him" is a wish to be dead, and another\'s in a family session is theirs', () => {
    expect(readSummary('Phone f/u w/ Mai, 2 mo after her daughter died. Mai: "Some days I wish I\'d gone with her." Clarified - no thoughts of ending her life, no plan, no intent.').risk.si).toBe('passive');
    const r = readSummary('Family session - client Omar (30) w/ his father. Omar: no SI. Dad said "sometimes I wish I was with her" but no plan, no intent.').risk;
    expect(r.si).toBe('denied');
    expect(r.othersRisk).toBe(true);
  });

  it('a denial beside quoted words of a wish not to wake asks the clinician to weigh them, never says so inside the sentence', () => {
    const text = section('Pt said "it would be easier to just not wake up." Denies SI.', 'risk');
    expect(text).not.toMatch(/\(weigh them\)/);
    expect(text).toMatch(/\[Suicidal ideation was denied beside quoted words of a wish to be dead or not to wake: say how you weighed them\.\]/);
  });
});

describe('review 210: words and who did it', () => {
  it('a plus after a bracket before a wish screened is positive; weeks plus days after "born" are a gestational age', () => {
    expect(note('Bedside w/ mom. C-SSRS screen done (+ wish to be dead, neg for active ideation).')).toMatch(/positive for wish to be dead/);
    expect(note('Phone f/u w/ parents, son born 25+4 died DOL 6.')).toMatch(/born 25 weeks 4 days/);
  });

  it('"q3h", "C/S" and "2BR" are spelled out', () => {
    const text = note('Mom pumping q3h, exhausted. Emergency C/S at 28 wks. They moved into a 2BR near the hospital.');
    expect(text).toMatch(/every 3 hours/);
    expect(text).toMatch(/cesarean section/);
    expect(text).toMatch(/two-bedroom/);
  });

  it('"De-escalated over ~15 min, sat down" is seen, and the chaplain\'s blessing is the chaplain\'s', () => {
    const text = note('Crisis consult, dad of NICU baby yelling at RN. De-escalated over ~15 min, sat down, accepted water. Chaplain Fr. Lee did a blessing at 11:00.');
    expect(text).not.toMatch(/Client reported De-escalated/i);
    expect(text).not.toMatch(/Client reported Chaplain/);
  });

  it('"this is Keisha no wait sorry this is Patricia" names Patricia only, and minutes late are no length, but "we only had about thirty minutes" is', () => {
    const summary = 'so um this is Dana no wait sorry this is Maria Lopez um individual session she was about 20 minutes late because of the bus so we only had about thirty minutes she said the rent is due';
    const doc = composeNote({ summary, format: 'pie' });
    expect(doc.session?.minutes).toBe(30);
    expect(note(summary, 'pie')).not.toMatch(/Sorry|Dana/);
  });

  it('"plan is continue weekly I\'m gonna write a letter" is two statements', () => {
    expect(note('she denied SI um so plan is continue weekly I\'m gonna write a letter for her landlord', 'birp')).toMatch(/Therapist will write a letter for her landlord/);
  });
});

describe('review 210: the session\'s date', () => {
  it('a date after "paged by bedside RN", after "f/u ... 0900," and after a closed bracket and a dash is the session\'s', () => {
    expect(findSessionDate('Crisis consult - paged by charge RN 15:10, 5/9/24\n- Mom pacing', { today: '2026-12-07' })?.date).toBe('2024-05-09');
    expect(findSessionDate('video f/u 6/3 1000, 45 min, pt at home\nPt Ana', { today: '2026-12-07' })?.date).toBe('2026-06-03');
    expect(findSessionDate('bereavement f/u telehealth (phone) 5/6 - the Tran family, baby born 24+1 died DOL 2 on 3/30\nP: ok', { today: '2026-12-07' })?.date).toBe('2026-05-06');
    // ("f/u 6/3" later in a heading is still the next visit.)
    expect(findSessionDate('Indiv 50 min. Plan: f/u 6/3 1000, same time.', { today: '2026-12-07' })).toBeUndefined();
  });
});
