import type { ReactNode } from 'react';

interface CheckChipProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: 'checkbox' | 'radio';
  name?: string;
}

/** A native checkbox or radio drawn as a chip: Tab to reach it, Space to tick it. */
export function CheckChip({ label, checked, onChange, type = 'checkbox', name }: CheckChipProps): ReactNode {
  return (
    <label className={`check-chip${checked ? ' is-checked' : ''}`}>
      <input type={type} name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
