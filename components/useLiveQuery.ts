import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: Error };

/**
 * Runs `query` and re-runs it whenever the tables it read change, in any extension page (Dexie
 * broadcasts changes between same-origin contexts). The query must call only Dexie APIs.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
