// What the client's page shows while the Measures section's code arrives: the section's own
// heading row and "Loading…", the same height as the section before its measures are in, so
// nothing below (Archive, Delete) moves when the code replaces it (issue 9).
import type { ReactNode } from 'react';

export function MeasuresLoading(): ReactNode {
  return (
    <div className="stack">
      <div className="row measures__head">
        <h3 className="subhead">Measures</h3>
      </div>
      <p className="muted">Loading…</p>
    </div>
  );
}
