// Public face of treatment plans: pure, no I/O.
export { draftPlan, promptsFor, type DraftPlanOptions, type PlanDraft } from './draft-plan.ts';
export { PlanError, type PlanErrorCode } from './plan-error.ts';
export { PLAN_LIBRARY } from './plan-library.ts';
export { ZLibraryCondition, type LibraryCondition } from './plan-library.schema.ts';
export { suggestPlanItems, findLibraryItem, type PlanSuggestion } from './suggest-plan-items.ts';
export * from './plan.schema.ts';
export { ZPlanWorksheet, describeWorksheetIssues, type TPlanWorksheet } from './plan-worksheet.schema.ts';
export { renderPlanText } from './render-plan-text.ts';
export { PLAN_PROGRESS } from './plan-progress-options.ts';
export { findGoalsInSummary, type GoalInSummary } from './find-goals-in-summary.ts';
