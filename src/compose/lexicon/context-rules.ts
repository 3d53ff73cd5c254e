// ConText-style triggers (NegEx family) for risk statements: which words negate, mark history,
// a hypothetical, or another person, and which words end a trigger's scope.
// Seeded from medspaCy's English rules (MIT, data/medspacy-LICENSE.txt), plus the words
// psychotherapists write ("denies", "endorses", "per hx", relatives as other experiencers).
import medspacy from './data/medspacy-context-rules.en.json' with { type: 'json' };
import { OTHER_PEOPLE } from './cues.ts';

export type ContextCategory = 'negated' | 'possible' | 'hypothetical' | 'historical' | 'other_person';
export type ContextDirection = 'forward' | 'backward' | 'bidirectional' | 'terminate' | 'pseudo';

export interface ContextRule {
  literal: string;
  category: ContextCategory;
  direction: ContextDirection;
}

const CATEGORY: Record<string, ContextCategory> = {
  NEGATED_EXISTENCE: 'negated',
  POSSIBLE_EXISTENCE: 'possible',
  HYPOTHETICAL: 'hypothetical',
  HISTORICAL: 'historical',
  FAMILY: 'other_person',
};

/** medspaCy literals that misfire on therapy summaries ("because" ends scope too early in "denies SI because..."; "decline" is an action). */
const DROPPED = new Set(['decline', 'because', 'presentation', 'comes in with', 'resolved', 'secondary', 'any other', 'as well as any', 'rather than', 'not to be']);

const PSYCHOTHERAPY_RULES: ContextRule[] = [
  ...['denies', 'denied', 'denying', 'deny', 'no', 'not', 'never', 'nor', 'negative for', 'no current', 'no active', 'no evidence of', 'did not report', 'does not report', 'did not endorse', 'does not endorse', 'not endorsing', 'no longer', 'without', 'free of', 'absence of', 'ruled out'].map(
    (literal): ContextRule => ({ literal, category: 'negated', direction: 'forward' }),
  ),
  ...['denied', 'not endorsed', 'negative', 'absent', 'none', 'not present', 'not reported', 'ruled out'].map(
    (literal): ContextRule => ({ literal, category: 'negated', direction: 'backward' }),
  ),
  ...['hx of', 'hx', 'history of', 'h/o', 'past', 'previous', 'prior', 'former', 'formerly', 'in the past', 'used to', 'years ago', 'per hx', 'lifetime'].map(
    (literal): ContextRule => ({ literal, category: 'historical', direction: 'forward' }),
  ),
  ...['in the past', 'years ago', 'as a teen', 'as a teenager', 'as a child', 'previously'].map(
    (literal): ContextRule => ({ literal, category: 'historical', direction: 'backward' }),
  ),
  ...['if', 'in case', 'should', 'would call', 'when urges', 'safety plan for'].map((literal): ContextRule => ({ literal, category: 'hypothetical', direction: 'forward' })),
  ...['but', 'however', 'although', 'though', 'yet', 'except', 'endorses', 'endorsed', 'reports', 'reported', 'admits', 'admitted', 'acknowledges', 'acknowledged', 'with'].map(
    (literal): ContextRule => ({ literal, category: 'negated', direction: 'terminate' }),
  ),
  ...OTHER_PEOPLE.map((p): ContextRule => ({ literal: `${p}'s`, category: 'other_person', direction: 'forward' })),
  ...['mother reports', 'father reports', 'mom reports', 'mum reports', 'dad reports', 'parent reports', 'parents report', 'sister reports', 'brother reports', 'friend reports', 'partner reports', 'husband reports', 'wife reports', 'family history of', 'fhx of', 'fhx'].map(
    (literal): ContextRule => ({ literal, category: 'other_person', direction: 'forward' }),
  ),
];

function fromMedspacy(): ContextRule[] {
  const rules: ContextRule[] = [];
  for (const r of medspacy.context_rules) {
    const category = CATEGORY[r.category];
    if (!category || DROPPED.has(r.literal)) continue;
    const direction = r.direction.toLowerCase() as ContextDirection;
    rules.push({ literal: r.literal.toLowerCase(), category, direction });
  }
  return rules;
}

/** All rules, longest literal first so "no longer" wins over "no". */
export const CONTEXT_RULES: readonly ContextRule[] = dedupe([...PSYCHOTHERAPY_RULES, ...fromMedspacy()]).sort((a, b) => b.literal.length - a.literal.length);

function dedupe(rules: ContextRule[]): ContextRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => {
    const key = `${r.literal}|${r.category}|${r.direction}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
