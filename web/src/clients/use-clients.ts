import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../api/api-error.ts';
import { api } from '../api/request.ts';
import type { Client } from '../api/types.ts';

export function useClients(): { clients: Client[] | null; error: string | null; reload: () => Promise<void> } {
  const [clients, setClients] = useState<Client[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      const result = await api.get<{ clients: Client[] }>('/api/clients');
      setClients([...result.clients].sort((a, b) => a.displayName.localeCompare(b.displayName)));
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { clients, error, reload };
}
