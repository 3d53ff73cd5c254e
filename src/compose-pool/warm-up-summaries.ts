// Made-up summaries each composer thread writes before it says it is ready. The composer's patterns
// compile on first use (V8 compiles each to machine code the first time it runs, bin/v8-flags.mjs), and
// a single short summary reaches few of them: the first real notes then paid up to 2 s of compiling
// inside their budget. These reach the common paths (a dictated run-on, labelled lines with scores and
// risk, a group), so that cost belongs to starting the worker. Invented people only.
import type { ComposeInput } from '#compose';

export const WARM_UP_INPUTS: readonly ComposeInput[] = [
  { summary: 'Pt reports better sleep. Used CBT thought record. Denies SI/HI. Plan: f/u 1 wk.', format: 'soap' },
  {
    summary:
      "so this was a telehealth session with Sam um he's 16 he said the week was rough his grandma passed and he keeps thinking what's the point he said sometimes he wishes he wouldn't wake up but no plan no intent um we did a safety plan mom is aware and locking up meds follow up next week",
    format: 'dap',
  },
  {
    summary:
      '6th indiv, 50 min. S: anx worse, new job stress, sleep 4-5 hrs. O: tearful, fidgety, linear. PHQ-9 14 (prev 17), GAD-7 12. A: MDD improving. Hx SA 2019 (OD), none since. Has guns at home, locked, brother holds key. P: cont wkly CBT, HW thought record daily, f/u w/ PCP re: sertraline.',
    format: 'soap',
  },
  { summary: 'DBT skills group, 6 members, 90 min. Taught TIPP. Ana shared urges to cut, used ice instead. Ben quiet, left early. No SI voiced. HW: diary card. Next wk: radical acceptance.', format: 'girp' },
];
