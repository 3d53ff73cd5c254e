import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadNotesPage, preloadWritePage } from './app/lazy-pages.ts';
import { SessionProvider } from './session/session-context.tsx';
import { ToastProvider } from './ui/toast.tsx';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
// Write is the default page and the one after sign-in: fetch its code while the session is checked.
if (/^#?\/?(write)?(\?|$)/.test(window.location.hash)) preloadWritePage();
// So does the Notes list, when the app opens on it.
if (/^#\/(notes|history)\/?(\?|$)/.test(window.location.hash)) preloadNotesPage();
createRoot(root).render(
  <StrictMode>
    <ToastProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ToastProvider>
  </StrictMode>,
);
