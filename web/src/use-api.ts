import { useEffect, useState } from 'react';
import { onRecordChanged } from './api';

/** A request's state: still loading, failed with a message, or answered. */
export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

/** How many writes this page has made: every `useApi` loads again when it moves. */
function useRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => onRecordChanged(() => setRevision((r) => r + 1)), []);
  return revision;
}

/**
 * Runs `load` whenever `key` changes and keeps only the latest answer, so a fast typist never sees an
 * older request's result land after a newer one. After a write (a decision made or revoked) it loads
 * again, keeping the answer it has on screen until the new one arrives.
 */
export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T> & { key?: string }>({ state: 'loading' });
  const revision = useRevision();
  useEffect(() => {
    let live = true;
    setLoaded((previous) =>
      previous.state === 'ok' && previous.key === key ? previous : { state: 'loading', key },
    );
    load().then(
      (data) => live && setLoaded({ state: 'ok', data, key }),
      (error: unknown) =>
        live &&
        setLoaded({
          state: 'error',
          message: error instanceof Error ? error.message : String(error),
          key,
        }),
    );
    return () => {
      live = false;
    };
    // `key` names everything `load` depends on, so it alone (and a write) decides when to load again.
  }, [key, revision]);
  return loaded;
}
