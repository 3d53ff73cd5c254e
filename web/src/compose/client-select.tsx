// The Write page's client picker. Archived (discharged) clients are not offered; one chosen before
// it was archived stays shown.
import type { ReactNode } from 'react';
import type { Client } from '../api/types.ts';

export function ClientSelect({ clients, value, onChange }: { clients: Client[] | null; value: string; onChange: (id: string) => void }): ReactNode {
  const pickable = clients?.filter((c) => !c.archivedAt || c.id === value);
  return (
    <div className="field">
      <label className="field__label" htmlFor="write-client">
        Client
      </label>
      <select id="write-client" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">No client (a note without a profile)</option>
        {pickable?.map((c) => (
          <option key={c.id} value={c.id}>
            {c.displayName}
            {c.archivedAt ? ' (archived)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
