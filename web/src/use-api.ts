import { useEffect, useState } from 'react';

/** A request's state: still loading, failed with a message, or answered. */
export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

/**
 * Runs `load` whenever `key` changes and keeps only the latest answer, so a fast typist never sees an
 * older request's result land after a newer one.
 */
export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => live && setLoaded({ state: 'ok', data }),
      (error: unknown) =>
        live &&
        setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // `key` names everything `load` depends on, so it alone decides when to load again.
  }, [key]);
  return loaded;
}
