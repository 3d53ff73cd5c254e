import type { ReactNode } from 'react';
import { Logo } from '../ui/logo.tsx';

export function AuthLayout({ title, lead, children }: { title: string; lead: string; children: ReactNode }): ReactNode {
  return (
    <main className="auth">
      <div className="auth__card">
        <Logo />
        <h1 className="auth__title">{title}</h1>
        <p className="auth__lead">{lead}</p>
        {children}
      </div>
      <p className="auth__footer">
        Afterword writes notes from your own words after the session. It never records a session.
      </p>
    </main>
  );
}
