// The signed-in frame: navigation on the left (top on narrow screens), the page on the right.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useSession, useUser } from '../session/session-context.tsx';
import { initials } from '../ui/format-names.ts';
import { Logo } from '../ui/logo.tsx';

const NAV = [
  { key: 'write', href: '#/write', label: 'Write a note' },
  { key: 'history', href: '#/history', label: 'Notes' },
  { key: 'clients', href: '#/clients', label: 'Clients' },
  { key: 'templates', href: '#/templates', label: 'Templates' },
  { key: 'settings', href: '#/settings', label: 'Settings' },
] as const;

export function AppShell({ section, children }: { section: string; children: ReactNode }): ReactNode {
  const user = useUser();
  const { signOut, superviseeCount } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  // Move focus to the page when the section changes, so screen readers start at the new content.
  const lastSection = useRef(section);
  useEffect(() => {
    if (lastSection.current !== section) mainRef.current?.focus({ preventScroll: true });
    lastSection.current = section;
  });
  // Co-signing is offered to supervisors, and to anyone (the owner) who supervises someone.
  const supervises = user.role === 'supervisor' || superviseeCount > 0;
  const items = [
    ...NAV.slice(0, 2),
    ...(supervises ? [{ key: 'supervision', href: '#/supervision', label: 'To co-sign' } as const] : []),
    ...NAV.slice(2),
    ...(user.role === 'owner' ? [{ key: 'audit', href: '#/audit', label: 'Audit log' } as const] : []),
  ];
  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <header className="sidebar">
        <a className="sidebar__brand" href="#/write" aria-label="Afterword, write a note">
          <Logo />
        </a>
        <nav aria-label="Main">
          <ul className="nav">
            {items.map((item) => (
              <li key={item.key}>
                <a className="nav__link" href={item.href} aria-current={section === item.key ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar__user">
          <span className="avatar" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="sidebar__who">
            <span className="sidebar__name">{user.name}</span>
            <span className="sidebar__role">{user.credentials || user.role}</span>
          </span>
          <div className="sidebar__signout">
            <button type="button" className="button button--quiet button--small" onClick={() => void signOut()}>
              Sign out
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => void signOut(true)}>
              Sign out everywhere
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" ref={mainRef} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
