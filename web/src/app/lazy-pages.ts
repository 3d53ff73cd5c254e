// Every page after the first is its own chunk, fetched when its route is first opened, so the
// sign-in page and the Write page load without the code of the other pages (docs/decisions-web.md).
import { lazy } from 'react';

export const WriteNotePage = lazy(() => import('../compose/write-note-page.tsx').then((m) => ({ default: m.WriteNotePage })));
export const ClientsPage = lazy(() => import('../clients/clients-page.tsx').then((m) => ({ default: m.ClientsPage })));
export const HistoryPage = lazy(() => import('../history/history-page.tsx').then((m) => ({ default: m.HistoryPage })));
export const ReviewPage = lazy(() => import('../review/review-page.tsx').then((m) => ({ default: m.ReviewPage })));
export const SettingsPage = lazy(() => import('../settings/settings-page.tsx').then((m) => ({ default: m.SettingsPage })));
export const SupervisionPage = lazy(() => import('../supervision/supervision-page.tsx').then((m) => ({ default: m.SupervisionPage })));
export const AuditPage = lazy(() => import('../audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
