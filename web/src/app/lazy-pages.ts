// Every page after the first is its own chunk, fetched when its route is first opened, so the
// sign-in page and the Write page load without the code of the other pages (docs/decisions-web.md).
import { lazy } from 'react';

type WritePageComponent = typeof import('../compose/write-note-page.tsx').WriteNotePage;
/** Set once the Write page's code has arrived (see writePageIfLoaded). */
let loadedWritePage: WritePageComponent | undefined;
const loadWritePage = () =>
  import('../compose/write-note-page.tsx').then((m) => {
    loadedWritePage = m.WriteNotePage;
    return m;
  });
export const WriteNotePage = lazy(() => loadWritePage().then((m) => ({ default: m.WriteNotePage })));

/**
 * The Write page itself when its code is already here (preloaded while the session was checked),
 * to render directly, as notesPageIfLoaded does for the Notes page: no spinner frame before it,
 * and no hold of a suspended page.
 * @example const Write = writePageIfLoaded() ?? WriteNotePage;
 */
export function writePageIfLoaded(): WritePageComponent | undefined {
  return loadedWritePage;
}
export const ClientsPage = lazy(() => import('../clients/clients-page.tsx').then((m) => ({ default: m.ClientsPage })));
type HistoryPageComponent = typeof import('../history/history-page.tsx').HistoryPage;
/** Set once the Notes page's code has arrived (see notesPageIfLoaded). */
let loadedHistoryPage: HistoryPageComponent | undefined;
const loadHistoryPage = () =>
  import('../history/history-page.tsx').then((m) => {
    loadedHistoryPage = m.HistoryPage;
    return m;
  });
export const HistoryPage = lazy(() => loadHistoryPage().then((m) => ({ default: m.HistoryPage })));

/**
 * The Notes page itself when its code is already here (preloaded at start-up while the session
 * was checked), to render directly: through lazy() it would suspend once anyway, and React holds a
 * suspended page back for a further 300 ms or so before showing it (issue 7, Notes page start-up).
 * @example const Notes = notesPageIfLoaded() ?? HistoryPage;
 */
export function notesPageIfLoaded(): HistoryPageComponent | undefined {
  return loadedHistoryPage;
}
export const ReviewPage = lazy(() => import('../review/review-page.tsx').then((m) => ({ default: m.ReviewPage })));
export const SettingsPage = lazy(() => import('../settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })));
export const SupervisionPage = lazy(() => import('../supervision/supervision-page.tsx').then((m) => ({ default: m.SupervisionPage })));
export const TwoStepOfferPage = lazy(() => import('../pages/two-step-offer-page.tsx').then((m) => ({ default: m.TwoStepOfferPage })));
export const PlanPage = lazy(() => import('../plans/plan-page.tsx').then((m) => ({ default: m.PlanPage })));
export const TemplatesPage = lazy(() => import('../templates/templates-page.tsx').then((m) => ({ default: m.TemplatesPage })));
export const DocumentPage = lazy(() => import('../documents/document-page.tsx').then((m) => ({ default: m.DocumentPage })));
export const AuditPage = lazy(() => import('../audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));

/**
 * Starts fetching the Write page's code ahead of its render: it is the default page and the page
 * after sign-in. main.tsx calls it at start-up on the Write route (so the chunk does not wait for
 * the two session round trips); App calls it once a sign-in or setup form is on screen.
 * @example preloadWritePage(); // idempotent: the browser fetches the module once
 */
export function preloadWritePage(): void {
  loadWritePage().catch(() => undefined); // a failure shows when the page renders (PageLoadBoundary)
}

/**
 * Starts fetching the Notes page's code ahead of its render, when the app opens on it (a bookmark,
 * a reload): main.tsx calls it at start-up so the chunk arrives while the session is checked
 * instead of after (issue 7, Notes page start-up).
 * @example preloadNotesPage(); // idempotent
 */
export function preloadNotesPage(): void {
  loadHistoryPage().catch(() => undefined); // a failure shows when the page renders (PageLoadBoundary)
}
