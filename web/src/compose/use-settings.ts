import { useEffect, useState } from 'react';
import { api } from '../api/request.ts';
import type { Settings } from '../api/types.ts';

/** The clinician's settings, or null while loading (or when they cannot be read). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    api.get<{ settings: Settings }>('/api/settings').then(
      (r) => setSettings(r.settings),
      () => setSettings(null),
    );
  }, []);
  return settings;
}
