import { Suspense, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { ChangePasswordPage } from '../pages/change-password-page.tsx';
import { SetupPage } from '../pages/setup-page.tsx';
import { SignInPage } from '../pages/sign-in-page.tsx';
import { Loading } from '../ui/loading.tsx';
import { useSession } from '../session/session-context.tsx';
import { AppShell } from './app-shell.tsx';
import {
  AuditPage,
  ClientsPage,
  DocumentPage,
  HistoryPage,
  notesPageIfLoaded,
  PlanPage,
  preloadWritePage,
  ReviewPage,
  SettingsPage,
  SupervisionPage,
  TemplatesPage,
  TwoStepOfferPage,
  WriteNotePage,
  writePageIfLoaded,
} from './lazy-pages.ts';
import { PageLoadBoundary } from './page-load-boundary.tsx';
import { useHashRoute } from './use-hash-route.ts';

/** The Notes list: its code rendered directly when it is already here, else through lazy(). Chosen once per visit, so the page never remounts (losing its filters) when the code arrives. */
function NotesListPage(): ReactNode {
  const [Page] = useState(() => notesPageIfLoaded() ?? HistoryPage);
  return <Page />;
}

/** The Write page, rendered directly when its code is already here (as NotesListPage). */
function WritePage({ initialClientId }: { initialClientId: string | undefined }): ReactNode {
  const [Page] = useState(() => writePageIfLoaded() ?? WriteNotePage);
  return <Page initialClientId={initialClientId} />;
}

export function App(): ReactNode {
  const { state } = useSession();
  const route = useHashRoute();
  useEffect(() => {
    if (state.phase === 'signed-out' || state.phase === 'setup') preloadWritePage();
  }, [state.phase]);
  if (state.phase === 'loading') return <Loading />;
  if (state.phase === 'setup') return <SetupPage />;
  if (state.phase === 'signed-out') return <SignInPage reason={state.reason} />;
  if (state.user.mustChangePassword) return <ChangePasswordPage />;

  const [first = 'write', second] = route.path;
  // First run, after the owner account is made (SetupPage): the two-step sign-in offer, full page.
  if (first === 'welcome') {
    return (
      <PageLoadBoundary resetKey="welcome">
        <Suspense fallback={<Loading />}>
          <TwoStepOfferPage />
        </Suspense>
      </PageLoadBoundary>
    );
  }
  let page: ReactNode;
  let section = first;
  switch (first) {
    case 'clients':
      page = second && route.path[2] === 'plan' ? <PlanPage key={second} clientId={second} /> : <ClientsPage selectedId={second} />;
      break;
    case 'notes':
      section = 'history';
      page = second ? <ReviewPage key={second} noteId={second} /> : <NotesListPage />;
      break;
    case 'supervision':
      page = second ? <ReviewPage key={second} noteId={second} /> : <SupervisionPage />;
      break;
    case 'history':
      page = <NotesListPage />;
      break;
    case 'templates':
      page = <TemplatesPage />;
      break;
    case 'documents':
      // A saved document belongs to a client: the Clients section stays lit.
      section = 'clients';
      page = second ? <DocumentPage key={second} documentId={second} /> : <TemplatesPage />;
      break;
    case 'settings':
      page = <SettingsPage />;
      break;
    case 'audit':
      page = state.user.role === 'owner' ? <AuditPage /> : <p>Only the practice owner can see the audit log.</p>;
      break;
    default:
      section = 'write';
      page = <WritePage key={route.query.toString()} initialClientId={route.query.get('client') ?? undefined} />;
  }
  return (
    <AppShell section={section}>
      <PageLoadBoundary resetKey={route.path.join('/')}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </PageLoadBoundary>
    </AppShell>
  );
}
