// Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, Tab enters the panel.
import { useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

interface Tab {
  key: string;
  label: ReactNode;
  panel: ReactNode;
}

export function InputTabs({ tabs, active, onChange, label }: { tabs: Tab[]; active: string; onChange: (key: string) => void; label: string }): ReactNode {
  const id = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  // A panel is rendered once it has been shown, and kept (with its state) after that: the Write
  // page opens without building the worksheet's few hundred checkboxes nobody is looking at.
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set([active]));
  if (!shown.has(active)) setShown(new Set([...shown, active]));
  function onKeyDown(event: KeyboardEvent): void {
    const index = tabs.findIndex((t) => t.key === active);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    const key = tabs[next]!.key;
    onChange(key);
    refs.current[key]?.focus();
  }
  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[tab.key] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === active ? 0 : -1}
            className="tabs__tab"
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== active}
          className="tabs__panel"
        >
          {shown.has(tab.key) ? tab.panel : null}
        </div>
      ))}
    </div>
  );
}
