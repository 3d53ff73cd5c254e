import type { ReactNode } from 'react';

export function Loading(): ReactNode {
  return (
    <div className="loading" role="status" aria-busy="true">
      <span className="visually-hidden">Loading…</span>
    </div>
  );
}
