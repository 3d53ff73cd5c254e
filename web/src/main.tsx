import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { askEarly } from './api/early-answers.ts';
import { App } from './app/app.tsx';
import { preloadNotesPage, preloadWritePage } from './app/lazy-pages.ts';
import { SessionProvider } from './session/session-context.tsx';
import { NO_FILTERS, pagePath } from './history/note-page-path.ts';
import { ToastProvider } from './ui/toast.tsx';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// Write is the default page and the one after sign-in: fetch its code while the session is checked.
const onWrite = /^#?\/?(write)?(\?|$)/.test(window.location.hash);
if (onWrite) preloadWritePage();
// So does the Notes list, when the app opens on it.
const onNotesList = /^#\/(notes|history)\/?(\?|$)/.test(window.location.hash);
if (onNotesList) preloadNotesPage();
// The session check, and the Notes list's first page when the app opens on it, leave now, beside
// the page's code, instead of one after another once React has rendered (api/early-answers.ts).
// On Write, its clients and settings too: they arrive with the page's code, not a round trip after it.
askEarly(['/api/setup', '/api/auth/me', ...(onNotesList ? [pagePath(NO_FILTERS, null)] : []), ...(onWrite ? ['/api/clients', '/api/settings'] : [])]);
createRoot(root).render(
  <StrictMode>
    <ToastProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ToastProvider>
  </StrictMode>,
);
