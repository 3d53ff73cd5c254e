import type { ReactNode } from 'react';

export function Logo(): ReactNode {
  return (
    <span className="logo">
      <svg className="logo__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" />
        <path d="M9 22.5 15.2 9h1.6L23 22.5h-2.6l-1.5-3.4h-5.8l-1.5 3.4zm5-5.5h4l-2-4.7z" />
      </svg>
      <span className="logo__word">Afterword</span>
    </span>
  );
}
