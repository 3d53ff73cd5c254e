// Ordinary summaries for the benchmarks: the clinician's jottings, repeated to a word count.

export const CLAUSES = [
  'pt reports rough wk, fight w/ husband re finances, felt unheard + shut down',
  'explored withdraw pattern, linked to FOO',
  'used EFT-informed reflection',
  'teared up talking about dad',
  'PHQ-9 12 (was 15)',
  'sleep onset 4-5 nights/wk, lies awake 1-2 hrs racing thoughts',
  'did thought record 2x - can catch the thought, freezes when she tries to challenge it',
  'validated the hopelessness given her hx',
  'by the end cl could come up w/ the balanced thought on their own',
  "said she could step back from the baby thought a bit, 'makes sense'",
  'denies SI/HI',
  'plan: invite husband next sess, practice I-statements daily',
];

export function summaryOf(words: number): string {
  const out: string[] = ['53 min indiv telehealth.'];
  let n = 4;
  for (let i = 0; n < words; i++) {
    const c = CLAUSES[i % CLAUSES.length]!;
    out.push(`${c}.`);
    n += c.split(/\s+/).length;
  }
  return out.join('\n');
}
