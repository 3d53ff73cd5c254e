// The golden thread from the summary's side: a plan goal whose own words the summary uses, all of
// them in one sentence, is a goal the session worked on even when the clinician did not tick it.
// Only words that carry the goal's meaning count (not "reduce", "improve", "client", "will"), a
// goal needs two of them, and word forms are compared by a crude stem ("nights" is "night",
// "worrying" is "worry"), never by synonyms: a match the words do not show is not made.
import type { TPlanGoal } from './plan.schema.ts';

export interface GoalInSummary {
  goalId: string;
  /** The summary's sentence that uses the goal's words (character offsets). */
  start: number;
  end: number;
}

/** Words in a goal that say how it is phrased, not what it is about. */
const NOT_MEANING = new Set(
  'a an the and or of to in on at for with by from as per into over than then this that these those his her their its your my our client patient will would can could be is are was were been being have has had do does did not no more less fewer reduce reduced decrease decreased increase increased improve improved improvement maintain maintained manage managed learn learned develop able ability use using times time per week weeks day days month months daily weekly least most each every through zero one two three four five six seven eight nine ten once twice'.split(
    ' ',
  ),
);

const stem = (word: string): string => word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1').replace(/i$/, 'y').slice(0, 7);
const meaningWords = (text: string): string[] => [...new Set((text.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !NOT_MEANING.has(w)).map(stem))];

/**
 * The goals whose meaning words all appear in one sentence of the summary, with that sentence.
 * @example
 * findGoalsInSummary('pt slept through the night on 4 nights. worked on worry.', [{ id: 'g1', text: 'Sleep through the night', source }])
 * // [] ("slept" is not "sleep": only the goal's own word forms count)
 * findGoalsInSummary('Sleeping through the night 4 of 7 nights now.', [{ id: 'g1', text: 'Sleep through the night', source }])
 * // [{ goalId: 'g1', start: 0, end: 44 }]
 */
export function findGoalsInSummary(summary: string, goals: readonly Pick<TPlanGoal, 'id' | 'text'>[]): GoalInSummary[] {
  const sentences = [...summary.matchAll(/[^.;!?\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, words: new Set(meaningWords(m[0])) }));
  const found: GoalInSummary[] = [];
  for (const goal of goals) {
    const wanted = meaningWords(goal.text);
    if (wanted.length < 2) continue;
    const hit = sentences.find((s) => wanted.every((w) => s.words.has(w)));
    if (hit) found.push({ goalId: goal.id, start: hit.start, end: hit.end });
  }
  return found;
}
